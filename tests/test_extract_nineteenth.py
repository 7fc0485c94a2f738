"""Shapes of our own wording found in the nineteenth session: how a period report names new
projects, the projects of earlier years that added capital, and the investors who bought in."""

from __future__ import annotations

from datetime import date

from etl.extract.dating import estimate_publication
from tests.test_extract_rules import facts

PUBLISHED = date(2023, 7, 10)
H1_2023 = ("2023-01-01", "2023-06-30")


def test_projects_granted_certificates_are_new_ones():
    body = (
        "Binh Duong drew 1.4 billion USD of foreign investment in the first half of 2023. In the "
        "period, 61 foreign-invested projects were granted certificates with total registered "
        "capital of 310 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_new_projects_period", None, 61, *H1_2023) in found
    assert ("fdi_new_capital_period", None, 310e6, *H1_2023) in found


def test_projects_licensed_in_previous_years_that_add_capital_are_adjusted_ones():
    body = (
        "In the first half of 2023, Binh Duong licensed 61 new FDI projects. A further 40 "
        "projects licensed in earlier years raised their capital by 520 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_adjusted_projects_period", None, 40, *H1_2023) in found
    assert not any(f[0] == "fdi_new_projects_period" and f[2] == 40 for f in found)


def test_investors_allowed_to_contribute_capital_are_counted_contributions():
    body = (
        "In the first half of 2023, Binh Duong allowed 705 foreign investors to contribute "
        "capital to or buy shares in local firms, with a combined value of 190 million USD. The "
        "authorities also approved share purchases for 98 cases worth 45 million USD in June."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_contribution_projects_period", None, 705, *H1_2023) in found
    assert any(f[0] == "fdi_contribution_projects_period" and f[2] == 98 for f in found)


def test_a_sum_told_by_its_channels_is_the_whole_and_its_change_is_the_total_s():
    body = (
        "Binh Duong attracted 1.9 billion USD of foreign investment in the first half of 2023 "
        "through new projects, capital increases and capital contributions, up 31 percent year on "
        "year."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.9e9, *H1_2023) in found
    assert ("fdi_capital_period_yoy_pct", None, 31, *H1_2023) in found


def test_a_bracket_that_spells_a_name_short_does_not_open_a_breakdown():
    body = (
        "Binh Duong drew 1.9 billion USD of foreign investment in the first half of 2023. Of that, "
        "420 million USD went to 95 new foreign direct investment (FDI) projects."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_new_capital_period", None, 420e6, *H1_2023) in found


def test_a_change_in_the_capital_of_the_projects_just_counted_is_not_all_fdi_s():
    body = (
        "In the first half of 2023, Binh Duong granted investment certificates to 95 "
        "foreign-invested projects with total capital of 420 million USD, an increase of 12 "
        "percent in the number of new projects and of 7 percent in investment capital compared "
        "with the same period of 2022."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_new_capital_period", None, 420e6, *H1_2023) in found
    assert not any(f[0] == "fdi_capital_period_yoy_pct" for f in found)


def test_share_purchases_before_a_rate_do_not_make_it_a_share():
    body = (
        "Binh Duong attracted 1.9 billion USD of foreign investment in the first half of 2023 "
        "through new projects, capital increases and share purchases, up 31 percent year on year."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period_yoy_pct", None, 31, *H1_2023) in found


def test_a_sector_that_leads_the_investment_is_one_part_of_it():
    body = (
        "In the first half of 2023, Binh Duong licensed 95 new FDI projects worth 420 million "
        "USD. Information and communication attracted the most FDI, with 95 million USD. "
        "Wholesale and retail trade came second with 60 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_new_capital_period", None, 420e6, *H1_2023) in found
    assert not any(f[2] in (95e6, 60e6) for f in found)


def test_a_part_of_another_year_compared_with_in_vietnamese_is_the_year_before():
    texts = [
        "Bốn tháng đầu năm, Bình Dương xuất siêu 900 triệu USD",
        "Tính chung 4 tháng đầu năm, kim ngạch xuất khẩu của tỉnh đạt 9,1 tỷ USD.",
        "Kim ngạch nhập khẩu trong 4 tháng đạt 8,2 tỷ USD, thấp hơn 2% so với 4 tháng đầu năm "
        "2015.",
    ]
    assert estimate_publication(texts) == date(2016, 4, 30)


def test_a_lead_part_of_a_year_named_before_a_plan_word_is_the_report_s_period():
    texts = [
        "Binh Duong gathers pace after seven months",
        "The province's results in the first seven months of 2021 give it room to meet the "
        "year's target.",
        "In July alone, exports rose 12%, and the city will hold 20 trade fairs in 2021.",
    ]
    assert estimate_publication(texts) == date(2021, 7, 31)


def test_a_negative_change_in_vietnamese_is_a_fall():
    body = "Năm 2023, GRDP của Bình Dương ước đạt 96.500 tỷ đồng, âm 3,4% so với năm 2022."
    found = facts(body, date(2023, 12, 20), lang="vi")
    assert ("grdp_growth_pct", None, -3.4, "2023-01-01", "2023-12-31") in found


def test_a_forecast_for_the_quarter_just_begun_is_no_figure():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in the first half of 2023. Inflows are forecast "
        "at 700 million USD for the third quarter."
    )
    found = facts(body, date(2023, 7, 6))
    assert ("fdi_capital_period", None, 1.2e9, *H1_2023) in found
    assert not any(f[2] == 700e6 for f in found)


def test_a_total_of_new_projects_is_new_ones():
    body = (
        "Binh Duong's foreign investment kept rising. A total of 31 new projects received "
        "licences, carrying 140 million USD in registered capital."
    )
    found = facts(body, PUBLISHED)
    assert any(f[0] == "fdi_new_projects_period" and f[2] == 31 for f in found)
    assert not any(f[0] == "fdi_projects_total" for f in found)


def test_expanded_ones_beside_new_projects_are_adjusted_ones():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in the first half of 2023. With 23 new projects "
        "and 17 expanded ones licensed during the period, the province ranked high."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_new_projects_period", None, 23, *H1_2023) in found
    assert ("fdi_adjusted_projects_period", None, 17, *H1_2023) in found


def test_the_manufacturing_industry_in_french_is_one_sector_of_the_total():
    body = (
        "À l'heure actuelle, Binh Duong recense 4.200 projets d'IDE en cours. L'industrie "
        "manufacturière et de transformation garde la première place avec 2.900 projets pour "
        "plus de 30 milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 4200, None, "2023-07-10") in found
    assert not any(f[2] in (2900, 30e9) for f in found)


def test_a_mark_reached_that_is_no_round_number_is_the_figure():
    body = (
        "Năm 2022, Bình Dương thu hút 1,2 tỷ USD vốn đầu tư nước ngoài, sang năm 2023 con số này "
        "đã chạm mốc 2,46 tỷ USD. Thu ngân sách năm 2023 vượt mốc 60.000 tỷ đồng."
    )
    found = facts(body, date(2024, 2, 1), lang="vi")
    assert ("fdi_capital_period", None, 2.46e9, "2023-01-01", "2023-12-31") in found
    assert not any(f[2] == 60e12 for f in found)


def test_the_year_a_scheme_looks_to_says_nothing_of_when_the_article_was_written():
    texts = [
        "Sau 9 tháng, xuất khẩu của Bình Dương vượt 25 tỷ USD",
        "Kim ngạch xuất khẩu 9 tháng ước đạt 25,4 tỷ USD, tăng 12% so với cùng kỳ.",
        "Tỉnh cũng triển khai Đề án phát triển công nghiệp hỗ trợ đến năm 2030.",
    ]
    assert estimate_publication(texts) is None


def test_the_foreign_part_of_new_projects_counted_to_a_day_is_new_too():
    body = (
        "Tính đến hết tháng 5/2024, Bình Dương đã cấp mới cho 45 dự án với tổng vốn đăng ký "
        "khoảng 9.100 tỷ đồng; trong số đó có 12 dự án FDI với tổng vốn hơn 150 triệu USD."
    )
    found = facts(body, date(2024, 6, 3), lang="vi")
    assert ("fdi_new_projects_period", None, 12, "2024-01-01", "2024-05-31") in found
    assert not any(f[0] == "fdi_projects_total" for f in found)


def test_french_projects_already_in_place_that_raise_their_funds_are_adjusted():
    body = (
        "Binh Duong : 40 projets d'investissement direct étranger autorisés\n\n"
        "Au premier semestre 2023, Binh Duong a accordé une licence à 40 projets d'IDE "
        "représentant 90 millions de dollars. Par ailleurs, 22 projets déjà en place ont accru "
        "leur fonds d'investissement initial de 310 millions de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_adjusted_projects_period", None, 22, *H1_2023) in found
    assert ("fdi_adjusted_capital_period", None, 310e6, *H1_2023) in found
    assert not any(f[0] == "fdi_projects_total" for f in found)


def test_the_sum_of_projects_licensed_in_the_period_is_a_flow_despite_total_capital():
    body = (
        "Trong 6 tháng đầu năm 2023, công tác thu hút đầu tư của Bình Dương có nhiều khởi sắc. "
        "Tỉnh đã cấp mới và điều chỉnh tăng vốn cho 41 dự án FDI với tổng vốn đăng ký trên 610 "
        "triệu USD, tăng 18% về vốn và tăng gần 6% về số dự án so với cùng kỳ."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_capital_period", None, 610e6, *H1_2023) in found
    assert ("fdi_capital_period_yoy_pct", None, 18, *H1_2023) in found
    assert not any(f[0] == "fdi_capital_total" for f in found)
    assert not any(f[2] == 6 for f in found)


def test_how_far_past_its_target_a_figure_went_is_no_growth_rate():
    body = (
        "Binh Duong's GRDP grew 8.6 percent in the first half of 2023, 1.5 percent above its "
        "target and the fastest rate in the region."
    )
    found = facts(body, PUBLISHED)
    assert ("grdp_growth_pct", None, 8.6, *H1_2023) in found
    assert not any(f[2] == 1.5 for f in found)


def test_a_project_named_by_its_investor_is_one_project_and_no_period_figure():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in the first half of 2023. A solar glass "
        "manufacturing project of Sunrise Materials (Hong Kong) Limited, with registered capital "
        "of 150 million USD, is due to start operating in the third quarter."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.2e9, *H1_2023) in found
    assert not any(f[2] == 150e6 for f in found)


def test_respectively_pairs_the_parts_in_order_past_a_verb_and_a_two_word_part():
    body = (
        "In the first half of 2023, Binh Duong drew FDI of 1.45 billion USD. Of this, 116 new "
        "projects were registered with 648 million USD, while 58 adjusted projects and 268 "
        "projects of capital contribution and share purchase added 404.8 million USD and 396 "
        "million USD respectively."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_adjusted_capital_period", None, 404.8e6, *H1_2023) in found
    assert ("fdi_contribution_capital_period", None, 396e6, *H1_2023) in found


def test_the_region_city_with_no_name_after_it_is_the_province_itself():
    body = (
        "Binh Duong granted licences to 10 projects worth 20.6 million USD in the first half of "
        "2023. Over the same period the Southeast province also amended nine investment "
        "certificates, which together account for 9.5 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_adjusted_projects_period", None, 9, *H1_2023) in found
    assert ("fdi_adjusted_capital_period", None, 9.5e6, *H1_2023) in found


def test_the_economic_zone_authority_named_as_a_source_makes_no_subset():
    body = (
        "Theo số liệu của Ban Quản lý Khu kinh tế Bình Dương, tính đến tháng 11/2024, tỉnh thuộc "
        "tốp 5 địa phương thu hút FDI lớn nhất cả nước, với 4.200 dự án đến từ 65 quốc gia, vùng "
        "lãnh thổ."
    )
    found = facts(body, date(2024, 12, 5), lang="vi")
    assert any(f[0] == "fdi_projects_total" and f[2] == 4200 for f in found)


def test_a_catalogue_rate_in_a_list_of_growing_sectors_is_that_rate():
    body = (
        "Binh Duong's economy kept its pace in the first four months of 2023. Several sectors "
        "grew strongly on the same period last year: industrial production kept climbing, with "
        "the index of industrial production up 9.5%; exports rose by 12.4%."
    )
    found = facts(body, date(2023, 5, 10))
    assert ("iip_growth_pct", None, 9.5, "2023-01-01", "2023-04-30") in found
    assert ("exports_period_yoy_pct", None, 12.4, "2023-01-01", "2023-04-30") in found


def test_money_committed_there_after_the_parks_are_named_as_the_destination_is_theirs():
    body = (
        "Binh Duong drew 1.9 billion USD of FDI in the first half of 2023. Industrial parks "
        "remained the main destination. Foreign firms committed 1.4 billion USD there in the "
        "first half, through 80 newly registered projects."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.9e9, *H1_2023) in found
    assert not any(f[2] in (1.4e9, 80) for f in found)


def test_one_company_that_doubled_its_capital_is_no_period_figure():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in the first half of 2023. Sunway Holding "
        "Limited, another Hong Kong-funded project in the same park, nearly doubled its registered "
        "capital from 31.5 million USD to 60 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.2e9, *H1_2023) in found
    assert not any(f[2] in (31.5e6, 60e6) for f in found)


def test_what_foreign_firms_paid_into_the_budget_is_not_the_province_s_revenue():
    body = (
        "Binh Duong's budget revenue reached 62 trillion VND in 2022. Last year the 1,500 Korean "
        "firms paid more than 21.4 trillion VND into the provincial budget, up 12 percent."
    )
    found = facts(body, date(2023, 2, 1))
    assert ("budget_revenue_period", None, 62e12, "2022-01-01", "2022-12-31") in found
    assert not any(f[2] in (21.4e12, 12) for f in found)


def test_at_the_end_of_a_year_is_that_day_and_what_the_province_had_then_is_a_total():
    body = (
        "Binh Duong kept drawing foreign investors in 2016. At the end of 2016, it had 2,900 FDI "
        "projects worth US$27.3 billion from 60 countries and territories."
    )
    found = facts(body, date(2017, 3, 1))
    assert ("fdi_projects_total", None, 2900, None, "2016-12-31") in found
    assert ("fdi_capital_total", None, 27.3e9, None, "2016-12-31") in found


def test_cuoi_nam_at_the_head_of_a_sentence_is_the_year_s_last_day():
    body = "Cuối năm 2019, Bình Dương có 3.600 dự án FDI với tổng vốn đăng ký 33,8 tỷ USD."
    found = facts(body, date(2020, 2, 20), lang="vi")
    assert ("fdi_projects_total", None, 3600, None, "2019-12-31") in found
    assert ("fdi_capital_total", None, 33.8e9, None, "2019-12-31") in found
