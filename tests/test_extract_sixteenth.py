"""Shapes of our own wording found in the sixteenth session: a number whose sentence says neither
what it measures nor when is no figure (unstated-is-no-figure), and the words that still tie
such a number to its metric: an investor country, the count it is the capital of, the province
as its subject, the quantity named just before it."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons

PUBLISHED = date(2024, 7, 8)
HALF_2024 = ("2024-01-01", "2024-06-30")
UNSTATED = "neither its metric nor its period"


def test_a_branch_growth_rate_in_an_industry_report_is_no_figure_of_the_province():
    body = (
        "Trong 6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) của Bình Dương tăng 6,5% "
        "so với cùng kỳ. Sản xuất thiết bị điện tăng 12,3%, sản xuất đồ uống tăng 4,4%."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("iip_growth_pct", None, 6.5, *HALF_2024) in found
    assert not any(f[2] in (12.3, 4.4) for f in found)
    assert reasons(body, PUBLISHED, lang="vi")["12,3%"].startswith(UNSTATED)


def test_a_sum_joined_to_a_total_count_is_the_capital_of_that_count():
    body = (
        "Foreign direct investment in Binh Duong reached a record at the end of June 2024. The "
        "province hosts 4,230 valid projects worth US$41.5 billion."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_total", None, 41.5e9, None, "2024-06-30") in found


def test_the_province_named_as_the_subject_of_a_ranked_sum_owns_it():
    body = (
        "Foreign direct investment into Vietnam's provinces in the first half of 2024 was led by "
        "Hanoi. Hanoi drew US$2.1 billion, followed by Bac Ninh with US$1.9 billion, while Binh "
        "Duong came third with US$1.3 billion."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.3e9, *HALF_2024) in found


def test_an_area_named_just_before_its_hectares_is_the_parks_area():
    body = (
        "Binh Duong's industrial parks drew new tenants in the first half of 2024. Laid out on a "
        "planned area of 13,100 hectares, the province's 29 parks were 90 percent occupied."
    )
    found = facts(body, PUBLISHED)
    assert any(f[0] == "industrial_parks_area_ha" and f[2] == 13_100 for f in found)


def test_capital_named_just_before_a_sum_takes_the_kind_of_investment_from_the_heading():
    body = (
        "Về thu hút đầu tư trong nước, trong 6 tháng đầu năm 2024 Bình Dương cấp mới cho 310 dự "
        "án với vốn 9.800 tỷ đồng và điều chỉnh tăng vốn 40 dự án với 2.500 tỷ đồng. Tổng vốn "
        "cấp mới và tăng thêm đạt 12.300 tỷ đồng."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("domestic_capital_period", None, 12_300e9, *HALF_2024) in found


def test_a_province_collecting_a_sum_collects_budget_revenue():
    body = (
        "Budget revenue was a bright spot of Binh Duong's first half of 2024. The province ranked "
        "among the top five localities, collecting VND 36.5 trillion. Its football club, "
        "meanwhile, was collecting 20 points in 15 games."
    )
    found = facts(body, PUBLISHED)
    assert ("budget_revenue_period", None, 36.5e12, *HALF_2024) in found
    assert not any(f[2] == 20 for f in found)


def test_as_of_the_moment_of_a_day_dates_a_total_to_that_day():
    body = (
        "Như vậy, tính đến thời điểm ngày 20/6/2024, trên địa bàn tỉnh Bình Dương có 4.064 dự án "
        "FDI còn hiệu lực với tổng vốn đăng ký 40.794,9 triệu USD."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_projects_total", None, 4064, None, "2024-06-20") in found
    assert ("fdi_capital_total", None, 40_794.9e6, None, "2024-06-20") in found


def test_the_end_of_the_first_french_semester_dates_a_total_to_june_30():
    body = (
        "À la fin du premier semestre 2024, Binh Duong comptait 4.064 projets d'investissement "
        "direct étranger en vigueur, pour un capital total de 40,8 milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 4064, None, "2024-06-30") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_the_parks_as_the_subject_that_hosted_projects_make_them_the_parks_own():
    body = (
        "Binh Duong drew US$1.3 billion of FDI in the first half of 2024. As of June 2024, local "
        "industrial parks hosted 2,810 valid foreign invested projects, which together had "
        "registered capital of over 27.4 billion USD. By then the parks were home to 3,120 "
        "secondary projects."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.3e9, *HALF_2024) in found
    assert not any(f[2] in (2810, 27.4e9) for f in found)


def test_zones_named_before_and_then_the_subject_of_a_vietnamese_sentence_are_a_subset():
    body = (
        "Bình Dương có 29 khu công nghiệp và 12 cụm công nghiệp. Đến hết tháng 6/2024, các khu này "
        "đã đón 2.810 dự án đầu tư, trong đó 1.950 dự án có vốn đầu tư nước ngoài (FDI). Riêng "
        "khu công nghệ cao đã thu hút 35 dự án FDI."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert not any(f[2] in (2810, 1950, 35) for f in found)


def test_projects_already_operating_among_those_licensed_are_a_part():
    body = (
        "Binh Duong leads the region in FDI attraction, with 4,230 projects worth nearly 41 "
        "billion USD in total from 65 countries and territories.\n\nOf these, 3,100 projects, "
        "worth a combined 30 billion USD, are already operating. Japan and South Korea are the "
        "largest investors."
    )
    found = facts(body, PUBLISHED)
    assert any(f[0] == "fdi_projects_total" and f[2] == 4230 for f in found)
    assert not any(f[2] in (3100, 30e9) for f in found)


def test_french_projects_that_entered_into_activity_are_a_part():
    body = (
        "À ce jour, Binh Duong a accueilli 4.230 projets d'investissement étranger dont le capital "
        "total dépasse 41 milliards de dollars. Sur ce nombre, 3.100 projets sont entrés en "
        "activité."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert any(f[0] == "fdi_projects_total" and f[2] == 4230 for f in found)
    assert not any(f[2] == 3100 for f in found)


def test_vietnamese_projects_officially_running_or_operated_are_a_part():
    body = (
        "Hiện toàn tỉnh Bình Dương có 4.100 dự án FDI đã được cấp phép. Trong số này, 3.050 dự án "
        "đã chính thức hoạt động, 13 dự án đang xây dựng. Hiện 620 dự án đã đi vào triển khai "
        "hoạt động tại các huyện phía Bắc."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert any(f[0] == "fdi_projects_total" and f[2] == 4100 for f in found)
    assert not any(f[2] in (3050, 620) for f in found)


def test_a_percentage_of_grdp_is_a_share_of_output_not_growth():
    body = (
        "Binh Duong's GRDP grew 7.5% in the first half of 2024. Processing and manufacturing "
        "expanded, added 4.5 percentage points to overall growth and made up 58.3% of GRDP. "
        "Services contribute more than 24 per cent of GRDP. Dịch vụ chiếm 24,1% GRDP của tỉnh."
    )
    found = facts(body, PUBLISHED)
    assert ("grdp_growth_pct", None, 7.5, *HALF_2024) in found
    assert not any(f[2] in (58.3, 24, 24.1) for f in found)


def test_projects_counted_where_nothing_foreign_was_named_are_of_every_kind():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương thu hút 49 dự án đầu tư mới, tăng 8 dự án so với "
        "cùng kỳ. Tỉnh cũng điều chỉnh vốn cho 17 dự án."
    )
    found = facts(body, PUBLISHED, lang="vi", title="9 tháng, Bình Dương hút 49 dự án đầu tư mới")
    assert not any(f[2] in (49, 17) for f in found)
    why = reasons(body, PUBLISHED, lang="vi")
    assert why["49"].startswith("projects of every kind")


def test_projects_after_foreign_investment_was_named_stay_foreign():
    body = (
        "Trong 6 tháng đầu năm 2024, Bình Dương thu hút 1,3 tỷ USD vốn FDI. Trong đó, có 50 dự án "
        "đầu tư mới."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_new_projects_period", None, 50, *HALF_2024) in found


def test_projects_worth_dollars_or_from_countries_are_foreign_though_unnamed():
    body = (
        "In 2023, Binh Duong licensed 35 projects with total registered investment of 252 "
        "million USD. Up to now, the province has 4,088 investment projects from 65 countries "
        "and territories."
    )
    found = facts(body, PUBLISHED)
    assert any(f[2] == 35 and f[0].startswith("fdi_") for f in found)
    assert any(f[2] == 4088 and f[0] == "fdi_projects_total" for f in found)


def test_an_every_kind_whole_still_makes_its_foreign_part_a_flow():
    body = (
        "Au cours de l'année 2023, Binh Duong a délivré des certificats d'investissement à 12 "
        "projets. Sur ces 12 projets, 11 relèvent d'investisseurs vietnamiens, tandis que le "
        "dernier est un projet d'investissement étranger d'un capital de 2,5 millions de dollars."
    )
    found = facts(body, date(2024, 1, 8), lang="fr")
    assert not any(f[2] == 12 for f in found)
    assert ("fdi_new_capital_period", None, 2.5e6, "2023-01-01", "2023-12-31") in found


def test_a_named_year_not_over_whose_verb_says_it_has_brought_is_the_year_so_far():
    body = (
        "Tính đến thời điểm này, Bình Dương có 4.044 dự án FDI còn hiệu lực. Riêng trong năm "
        "2023, tỉnh đã thu hút 118 dự án với số vốn đăng ký 1,52 tỷ USD; vốn thực hiện ước đạt "
        "khoảng 1 tỷ USD."
    )
    found = facts(body, date(2023, 11, 27), lang="vi")
    assert ("fdi_new_projects_period", None, 118, "2023-01-01", "2023-11-27") in found
    estimate = "Ước cả năm 2023, Bình Dương thu hút 1,8 tỷ USD vốn FDI."
    assert ("fdi_capital_period", None, 1.8e9, "2023-01-01", "2023-12-31") in facts(
        estimate, date(2023, 11, 27), lang="vi"
    )
