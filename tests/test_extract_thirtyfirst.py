"""Rules added in the thirty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_count_whose_foreign_part_is_told_among_them_counts_projects_of_every_kind():
    body = (
        "In the first half of 2024 Binh Duong licensed 40 investment projects - three FDI "
        "projects among them - with registered capital of VND5,200 billion and US$90 million."
    )
    got = facts(body, date(2024, 7, 4), "en")
    assert ("fdi_new_projects_period", None, 3.0, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 40.0 for f in got)


def test_projects_with_capital_in_their_own_name_from_home_are_domestic():
    body = (
        "Trong quý I/2024, Bình Dương cấp mới 20 dự án FDI với 300 triệu USD. Toàn tỉnh hiện "
        "có 2.150 dự án vốn trong nước còn hiệu lực với tổng vốn 90.000 tỷ đồng."
    )
    got = facts(body, date(2024, 4, 8), "vi")
    assert ("fdi_new_projects_period", None, 20.0, "2024-01-01", "2024-03-31") in got
    assert not any(f[2] == 2150.0 for f in got)


def test_projects_funded_outside_the_state_budget_are_no_count_of_fdi_projects():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương cấp mới 14 dự án FDI với 210 triệu USD. Tỉnh còn "
        "thu hút 73 dự án đầu tư ngoài ngân sách với tổng vốn khoảng 25 nghìn tỷ đồng."
    )
    got = facts(body, date(2024, 7, 6), "vi")
    assert ("fdi_new_projects_period", None, 14.0, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 73.0 for f in got)


def test_a_year_a_target_is_set_for_is_the_year_an_undated_report_speaks_of():
    body = (
        "Binh Duong attracted US$820 million of FDI in the past seven months, or 58% of the "
        "target the province set for 2016."
    )
    got = facts(body, None, "en")
    assert ("fdi_capital_period", None, 820e6, "2016-01-01", "2016-07-31") in got


def test_an_opening_so_far_makes_the_licensed_projects_a_total():
    body = (
        "Binh Duong drew US$410 million of FDI in the first two months of 2018. So far, the "
        "province has granted licences to 1,290 projects with combined capital of US$21 billion."
    )
    got = facts(body, date(2018, 3, 2), "en")
    assert ("fdi_projects_total", None, 1290.0, None, "2018-03-02") in got
    assert not any(f[2] in (1290.0, 21e9) and f[0].endswith("_period") for f in got)


def test_the_projects_still_valid_among_those_ever_licensed_are_the_total():
    body = (
        "So far, Binh Duong has licensed 3,100 FDI projects worth US$33 billion; of these, "
        "2,650 are still valid, with more than US$28 billion."
    )
    got = facts(body, date(2019, 5, 10), "en")
    assert ("fdi_projects_total", None, 2650.0, None, "2019-05-10") in got
    assert not any(f[2] == 3100.0 for f in got)


def test_a_part_told_as_n_of_the_m_new_projects_carries_the_country_the_whole_does_not():
    body = (
        "In the first quarter of 2021, Korean investors accounted for 9 of the 25 new FDI "
        "projects licensed in Binh Duong."
    )
    got = facts(body, date(2021, 4, 6), "en")
    assert ("fdi_new_projects_period", "South Korea", 9.0, "2021-01-01", "2021-03-31") in got
    assert ("fdi_new_projects_period", None, 25.0, "2021-01-01", "2021-03-31") in got


def test_a_region_inside_a_company_name_is_no_place_the_figures_after_it_belong_to():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương thu hút 1,2 tỷ USD vốn FDI. Đáng chú ý, Công ty TNHH "
        "Đồng bằng sông Cửu Long đã tăng vốn thêm 50 triệu USD cho nhà máy. Nhà đầu tư nước ngoài "
        "còn thực hiện 40 lượt góp vốn, mua cổ phần với tổng giá trị 200 triệu USD."
    )
    got = facts(body, date(2024, 7, 3), "vi")
    assert ("fdi_contribution_projects_period", None, 40.0, "2024-01-01", "2024-06-30") in got
    assert ("fdi_contribution_capital_period", None, 200e6, "2024-01-01", "2024-06-30") in got


def test_amending_the_investment_certificate_is_the_adjusted_projects_cue():
    body = (
        "Quý I/2019, Bình Dương có 12 dự án FDI được cấp giấy chứng nhận đăng ký đầu tư mới, "
        "tổng vốn 140 triệu USD, cùng 7 dự án FDI khác điều chỉnh Giấy chứng nhận đăng ký đầu tư "
        "với tổng vốn 45 triệu USD."
    )
    got = facts(body, date(2019, 4, 4), "vi")
    assert ("fdi_adjusted_projects_period", None, 7.0, "2019-01-01", "2019-03-31") in got
    assert ("fdi_adjusted_capital_period", None, 45e6, "2019-01-01", "2019-03-31") in got


def test_projects_licensed_or_amended_together_are_no_count_of_new_ones():
    body = (
        "Trong quý I/2019, Bình Dương đã cấp mới và điều chỉnh Giấy chứng nhận đầu tư cho 31 dự "
        "án FDI."
    )
    got = facts(body, date(2019, 4, 4), "vi")
    assert not any(f[2] == 31.0 for f in got)


def test_a_conversion_in_brackets_inside_a_respectively_run_does_not_break_the_pairs():
    body = (
        "In 2021, Binh Duong's per capita GRDP and its budget revenue are estimated at 160 "
        "million VND (about 7,000 USD) and nearly 62 trillion VND, respectively."
    )
    got = facts(body, date(2021, 11, 20), "en")
    assert ("budget_revenue_period", None, 62e12, "2021-01-01", "2021-12-31") in got
    assert not any(f[2] == 160e6 for f in got)


def test_the_country_a_province_is_ranked_in_is_no_place_its_figures_belong_to():
    body = (
        "Binh Duong has grown fast. Today it is the country's second largest magnet for foreign "
        "investment, after Ho Chi Minh City. It is home to 4,100 FDI projects from 65 countries "
        "and territories."
    )
    got = facts(body, date(2023, 5, 2), "en")
    assert ("fdi_projects_total", None, 4100.0, None, "2023-05-02") in got
    assert ("fdi_countries_total", None, 65.0, None, "2023-05-02") in got


def test_the_country_a_vietnamese_ranking_names_is_no_place_the_figure_belongs_to():
    body = (
        "Năm 2022, Bình Dương là một trong những địa phương có mức tăng trưởng GRDP cao nhất cả "
        "nước, đạt 9,1%."
    )
    got = facts(body, date(2023, 1, 5), "vi")
    assert ("grdp_growth_pct", None, 9.1, "2022-01-01", "2022-12-31") in got


def test_the_turnover_of_retail_sales_in_french_is_retail_sales():
    body = (
        "Au premier trimestre 2020, le chiffre d'affaires des ventes au détail de biens et de "
        "services de Binh Duong a atteint 52.000 milliards de dongs."
    )
    got = facts(body, date(2020, 4, 3), "fr")
    assert ("retail_sales_period", None, 52e12, "2020-01-01", "2020-03-31") in got


def test_the_older_name_of_retail_sales_in_vietnamese_is_retail_sales():
    body = (
        "Sáu tháng đầu năm 2015, tổng mức lưu chuyển hàng hóa và doanh thu dịch vụ của Bình "
        "Dương đạt 61.300 tỷ đồng."
    )
    got = facts(body, date(2015, 7, 2), "vi")
    assert ("retail_sales_period", None, 61.3e12, "2015-01-01", "2015-06-30") in got


def test_projects_funded_outside_the_budget_in_french_are_no_count_of_fdi_projects():
    body = (
        "Au premier semestre 2024, Binh Duong a octroyé des licences à 14 projets d'IDE pour 210 "
        "millions de dollars. La province a aussi attiré 52 projets d'investissement hors budget."
    )
    got = facts(body, date(2024, 7, 6), "fr")
    assert ("fdi_new_projects_period", None, 14.0, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 52.0 for f in got)
