"""Shapes of our own wording found in the seventeenth session: a sum registered in đồng and
restated in dollars is foreign capital only where its sentence names foreign investment
(unforeign-conversion)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons

PUBLISHED = date(2024, 7, 8)
HALF_2024 = ("2024-01-01", "2024-06-30")


def test_a_dong_sum_restated_in_dollars_is_not_fdi_where_nothing_foreign_is_named():
    body = (
        "Investment in Binh Duong in the first half of 2024\n\n"
        "In the first half of 2024, Binh Duong licensed 41 new projects with registered capital "
        "of VND6.3 trillion (US$248 million), while 9 projects raised theirs by VND410 billion "
        "(US$16.1 million)."
    )
    found = facts(body, PUBLISHED)
    assert not any(f[2] in (248e6, 16.1e6) for f in found)
    why = reasons(body, PUBLISHED)
    assert "not FDI" in why["US$248 million"]
    assert "not FDI" in why["US$16.1 million"]


def test_a_dong_sum_restated_in_dollars_is_fdi_where_its_sentence_names_foreign_investment():
    body = (
        "Đầu tư vào Bình Dương 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng đầu năm 2024, tỉnh cấp mới 12 dự án có vốn đầu tư nước ngoài, tổng vốn đăng "
        "ký 3.050 tỷ đồng (tương đương 120 triệu USD)."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert any(f[0].startswith("fdi_") and f[2] == 120e6 and f[3:] == HALF_2024 for f in found)


def test_an_investor_country_named_before_the_dong_sum_makes_it_foreign():
    body = (
        "In the first half of 2024, Japanese investors put VND2.5 trillion (US$98 million) into "
        "Binh Duong."
    )
    found = facts(body, PUBLISHED)
    assert any(f[2] == 98e6 and f[1] == "Japan" for f in found)


def test_a_verb_the_plan_only_expects_is_still_the_plans():
    body = (
        "Theo kế hoạch năm 2023, Bình Dương dự kiến thu hút khoảng 1,5 tỷ USD vốn FDI. Sáu tháng "
        "đầu năm 2024, tỉnh đã thu hút 820 triệu USD vốn FDI."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_capital_period", None, 820e6, *HALF_2024) in found
    assert not any(f[2] == 1.5e9 for f in found)


def test_hoping_or_working_to_attract_a_sum_is_a_target():
    hoped = "Bình Dương kỳ vọng thu hút được 25 dự án FDI trong quý IV năm 2024."
    assert not facts(hoped, PUBLISHED, lang="vi")
    assert reasons(hoped, PUBLISHED, lang="vi")["25"].startswith("a target")
    worked = (
        "La province de Binh Duong multiplie les mesures pour attirer 3 milliards de dollars "
        "d'IDE cette année."
    )
    assert not facts(worked, PUBLISHED, lang="fr")


def test_the_sum_a_percent_change_is_measured_from_is_a_base():
    body = (
        "Binh Duong drew 912 million USD of foreign direct investment (FDI) in the first half of "
        "2024, a rise of 18 percent from the 773 million USD it drew a year earlier."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 912e6, *HALF_2024) in found
    assert not any(f[2] == 773e6 for f in found)


def test_an_average_per_project_is_no_figure_of_the_province():
    english = (
        "Binh Duong revived its FDI attraction in the first half of 2024, with projects averaging "
        "US$20.2 million."
    )
    assert not facts(english, PUBLISHED)
    vietnamese = (
        "Vốn FDI đổ vào Bình Dương 6 tháng đầu năm 2024 chủ yếu từ dự án lớn, vốn trung bình là "
        "12 triệu USD mỗi dự án."
    )
    assert not facts(vietnamese, PUBLISHED, lang="vi")


def test_a_central_province_is_no_power_plant_and_a_part_counted_in_words_splits_its_whole():
    body = (
        "Au premier semestre 2024, la province centrale de Binh Duong a délivré des licences à "
        "15 nouveaux projets, dont six projets d'investissement direct étranger (IDE)."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert found == {("fdi_new_projects_period", None, 6.0, *HALF_2024)}
    assert reasons(body, PUBLISHED, lang="fr")["15"].startswith("projects of every kind")


def test_visitors_are_no_money():
    body = (
        "L'IDE à Binh Duong au premier semestre 2024\n\n"
        "De janvier à juin 2024, Binh Duong a reçu plus de 1,2 million de visiteurs."
    )
    assert not facts(body, PUBLISHED, lang="fr")


def test_a_count_of_every_kind_with_a_dong_and_a_dollar_sum_keeps_the_dong_as_domestic():
    body = (
        "In the first half of 2024, Binh Duong licensed 31 projects with total registered capital "
        "of nearly 5.2 trillion VND and over 140 million USD, including seven FDI projects."
    )
    found = facts(body, PUBLISHED)
    assert ("domestic_capital_period", None, 5.2e12, *HALF_2024) in found
    assert ("fdi_new_projects_period", None, 7.0, *HALF_2024) in found
    assert not any(f[2] == 31 for f in found)


def test_a_count_whose_foreign_part_is_told_after_it_is_of_every_kind():
    vietnamese = (
        "Lũy kế đến nay, Bình Dương có 1.240 dự án đầu tư còn hiệu lực; trong số này có 415 dự án "
        "FDI với tổng vốn đăng ký 5,1 tỷ USD."
    )
    found = facts(vietnamese, PUBLISHED, lang="vi")
    assert ("fdi_projects_total", None, 415.0, None, "2024-07-08") in found
    assert not any(f[2] == 1240 for f in found)
    english = (
        "Of the 512 projects in Binh Duong, 97 are foreign-invested projects and 415 are "
        "local-invested projects."
    )
    found = facts(english, PUBLISHED)
    assert ("fdi_projects_total", None, 97.0, None, "2024-07-08") in found
    assert not any(f[2] in (512, 415) for f in found)
    two_words = "Binh Duong has drawn over 2,300 projects, including more than 1,100 FDI projects."
    assert not any(f[2] == 2300 for f in facts(two_words, PUBLISHED))


def test_projects_told_by_their_state_alone_are_no_total():
    body = (
        "Foreign investors have disbursed US$24 billion on their projects in Binh Duong, and 2,950 "
        "projects are in operation. Currently 120 FDI projects are in operation in Bau Bang and 40 "
        "others are being implemented."
    )
    assert not any(f[2] in (2950, 120, 40) for f in facts(body, PUBLISHED))
    with_capital = (
        "As of the end of June, 3,100 FDI projects were operating in Binh Duong, with total "
        "registered capital of over US$33 billion."
    )
    assert ("fdi_projects_total", None, 3100.0, None, "2024-06-30") in facts(
        with_capital, PUBLISHED
    )


def test_the_running_part_named_after_its_noun_is_a_part():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.210 dự án đầu tư nước ngoài với tổng vốn đăng ký 41,2 tỷ "
        "USD; 2.950 dự án trong số này đã đi vào hoạt động."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_projects_total", None, 4210.0, None, "2024-07-08") in found
    assert not any(f[2] == 2950 for f in found)


def test_a_smaller_value_of_a_flow_told_after_it_without_a_period_is_a_part():
    body = (
        "Xuất khẩu Bình Dương 6 tháng đầu năm 2024\n\n"
        "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu của Bình Dương đạt 15,2 tỷ USD, tăng 12,4% so "
        "với cùng kỳ. Riêng nông sản các loại xuất khẩu được 2,9 tỷ USD, tăng 8,1%. Trong tổng số "
        "đó, hàng điện tử (phần lớn là linh kiện) xuất khẩu được 3,1 tỷ USD."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("exports_period", None, 15.2e9, *HALF_2024) in found
    assert not any(f[2] in (2.9e9, 3.1e9) for f in found)


def test_a_month_told_by_its_own_period_after_the_cumulative_flow_stays():
    body = (
        "In the first two months of 2024, Binh Duong's exports reached 4.5 billion USD. In "
        "February alone, exports were worth 2.1 billion USD."
    )
    found = facts(body, PUBLISHED)
    assert ("exports_period", None, 4.5e9, "2024-01-01", "2024-02-29") in found
    assert ("exports_period", None, 2.1e9, "2024-02-01", "2024-02-29") in found


def test_the_change_of_a_sum_left_out_as_a_part_goes_with_it():
    body = (
        "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu của Bình Dương đạt 15,2 tỷ USD, tăng 12,4% so "
        "với cùng kỳ. Riêng cá tra các loại xuất khẩu được 2,9 tỷ USD, tăng 8,1%."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("exports_period_yoy_pct", None, 12.4, *HALF_2024) in found
    assert not any(f[2] in (2.9e9, 8.1) for f in found)


def test_the_capital_of_domestic_projects_to_date_is_no_flow():
    body = (
        "Binh Duong is now home to 4,210 FDI projects with registered capital of US$41.2 billion, "
        "as well as 2,870 domestic projects worth more than 410 trillion VND."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_total", None, 41.2e9, None, "2024-07-08") in found
    assert not any(f[0] == "domestic_capital_period" for f in found)
    flow = (
        "Lũy kế 6 tháng đầu năm 2024, Bình Dương cấp mới 120 dự án đầu tư trong nước với tổng vốn "
        "đăng ký 21.400 tỷ đồng."
    )
    assert ("domestic_capital_period", None, 21.4e12, *HALF_2024) in facts(
        flow, PUBLISHED, lang="vi"
    )


def test_a_yearly_average_over_several_years_is_no_periods_growth():
    english = "Binh Duong's GRDP grew by 7.8% a year on average in 2021 - 2023."
    assert not facts(english, PUBLISHED)
    vietnamese = (
        "Sáu tháng đầu năm 2024, GRDP của Bình Dương tăng 6,5%. Bình quân giai đoạn 2016 - 2020, "
        "kinh tế tỉnh tăng 8,4%; giai đoạn 2021-2023 đạt 6,9%/năm."
    )
    found = facts(vietnamese, PUBLISHED, lang="vi")
    assert ("grdp_growth_pct", None, 6.5, *HALF_2024) in found
    assert not any(f[2] in (8.4, 6.9) for f in found)


def test_the_growth_of_a_sector_is_no_growth_of_the_economy():
    english = (
        "In the first half of 2024, Binh Duong's GRDP grew 6.5 percent. Industry and services kept "
        "improving, growing by 9.2 per cent and 4.8 per cent respectively."
    )
    found = facts(english, PUBLISHED)
    assert ("grdp_growth_pct", None, 6.5, *HALF_2024) in found
    assert not any(f[2] in (9.2, 4.8) for f in found)
    french = (
        "Au premier semestre 2024, le PIB régional de Binh Duong a crû de 6,5% en glissement "
        "annuel, l'industrie ayant progressé de 9,2% et les services de 4,8%."
    )
    found = facts(french, PUBLISHED, lang="fr")
    assert ("grdp_growth_pct", None, 6.5, *HALF_2024) in found
    assert not any(f[2] in (9.2, 4.8) for f in found)


def test_the_growth_of_grdp_per_head_is_no_growth_of_grdp():
    english = (
        "In the first half of 2024 Binh Duong's GRDP grew 6.5 percent. Per capita GRDP is "
        "expected to climb by 8.2% to VND75 million."
    )
    found = facts(english, PUBLISHED)
    assert ("grdp_growth_pct", None, 6.5, *HALF_2024) in found
    assert not any(f[2] == 8.2 for f in found)
    vietnamese = (
        "Sáu tháng đầu năm 2024, GRDP của Bình Dương tăng 6,5%. Bình quân mỗi người dân, GRDP đạt "
        "40,2 triệu đồng, cao hơn cùng kỳ 8,2%."
    )
    assert not any(f[2] == 8.2 for f in facts(vietnamese, PUBLISHED, lang="vi"))
