"""Rules added in the twenty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from tests.test_extract_rules import CATALOGUE, PLACES, facts


def test_a_year_long_before_the_report_frames_none_of_the_lead_figures():
    body = (
        "Xuất khẩu của tỉnh Bình Dương ước đạt 2.158 triệu USD, tăng 12% so với cùng kỳ.\n\n"
        "Năm 2005, khi tỉnh mới có vài khu công nghiệp, xuất khẩu chỉ đạt khoảng 60 triệu USD."
    )
    got = facts(body, date(2019, 12, 20), "vi")
    assert ("exports_period", None, 2158000000.0, "2019-01-01", "2019-12-20") in got
    assert ("exports_period_yoy_pct", None, 12.0, "2019-01-01", "2019-12-20") in got
    assert ("exports_period", None, 60000000.0, "2005-01-01", "2005-12-31") in got


def test_a_bare_year_that_is_the_sentence_subject_names_the_year_reported():
    body = (
        "Với Bình Dương, 2021 được xem là một năm khó khăn. "
        "Kim ngạch xuất khẩu của tỉnh ước đạt 30,5 tỷ USD."
    )
    got = facts(body, None, "vi")
    assert ("exports_period", None, 30.5e9, "2021-01-01", "2021-12-31") in got


def test_an_estimated_rise_after_a_semicolon_is_no_part_of_the_plan_before_it():
    body = (
        "Năm 2022, thu ngân sách của Bình Dương đạt 65.000 tỷ đồng, hoàn thành chỉ tiêu "
        "mà tỉnh đặt ra; còn chỉ số sản xuất công nghiệp ước tăng 9,3%."
    )
    got = facts(body, date(2022, 12, 28), "vi")
    assert ("iip_growth_pct", None, 9.3, "2022-01-01", "2022-12-31") in got


def test_a_firm_named_like_a_month_count_dates_nothing():
    # "Tam Thang" written in capitals without tones is a name, not "tám tháng" (eight months)
    body = (
        "Binh Duong licensed 40 new FDI projects in 2019, among them the Tam Thang "
        "Garment factory. Exports reached US$25 billion."
    )
    got = facts(body, None, "en")
    assert ("exports_period", None, 25e9, "2019-01-01", "2019-12-31") in got


def test_a_year_alone_that_saw_figures_dates_the_stock_they_lifted():
    body = (
        "2018 alone saw 3,200 new enterprises founded in Binh Duong, which lifted the number "
        "of enterprises active in the province to 38,000."
    )
    got = facts(body, None, "en")
    assert ("enterprises_total", None, 38000.0, None, "2018-12-31") in got


def test_licences_that_went_to_projects_make_them_new_projects():
    body = (
        "In 2020 Binh Duong's exports reached US$27 billion. Licences went to 40 domestic "
        "investment projects with total registered capital of over VND 5.2 trillion, and to 25 "
        "foreign-invested projects with nearly USD 300 million of registered capital."
    )
    got = facts(body, date(2021, 2, 1), "en")
    assert ("fdi_new_projects_period", None, 25.0, "2020-01-01", "2020-12-31") in got
    assert ("fdi_new_capital_period", None, 300e6, "2020-01-01", "2020-12-31") in got
    assert ("domestic_capital_period", None, 5.2e12, "2020-01-01", "2020-12-31") in got


def test_an_amount_a_figure_increased_by_is_no_level():
    body = "In 2020, Binh Duong's budget revenue increased by over VND 2,500 billion."
    assert facts(body, date(2021, 2, 1), "en") == set()


def test_years_listed_in_brackets_are_one_span_and_adding_up_to_is_no_bound():
    body = (
        "Over the past three years (2022, 2023, 2024), Binh Duong's state budget revenue added "
        "up to VND 200,500 billion."
    )
    got = facts(body, date(2025, 3, 1), "en")
    assert got == {("budget_revenue_period", None, 200500e9, "2022-01-01", "2024-12-31")}
    figures = extract_figures(body, date(2025, 3, 1), "en", CATALOGUE, PLACES)
    assert [f.qualifier for f in figures] == ["exact"]


def test_what_a_province_drew_since_it_was_founded_is_its_total():
    body = (
        "Binh Duong sets sights on $3 billion of FDI in 2022\n\n"
        "Since it was re-established in 1997, the province has taken in 4,000 FDI projects, "
        "whose registered capital adds up to $36 billion."
    )
    title, text = body.split("\n\n")
    got = facts(text, date(2022, 1, 10), "en", title=title)
    assert got == {
        ("fdi_projects_total", None, 4000.0, None, "2022-01-10"),
        ("fdi_capital_total", None, 36e9, None, "2022-01-10"),
    }


def test_a_year_whose_figure_is_still_estimated_is_the_year_written_in():
    body = (
        "On November 5, the Binh Duong Department of Industry and Trade said it keeps promoting "
        "online sales. The province's total retail sales came to VND 280,000 billion in 2022 and "
        "VND 300,000 billion in 2023. For 2024 the total is estimated at VND 320,000 billion, "
        "and for 2025 the province is striving for VND 350,000 billion."
    )
    got = facts(body, None, "en")
    assert ("retail_sales_period", None, 320e12, "2024-01-01", "2024-12-31") in got
    assert ("retail_sales_period", None, 300e12, "2023-01-01", "2023-12-31") in got


def test_projects_that_raised_their_investment_most_of_them_in_one_sector_add_capital():
    body = (
        "In 2019, Binh Duong licensed 120 new FDI projects worth a total of USD 700 million, "
        "twice the value recorded in 2018. Another 60 projects, most of them in electronics, "
        "raised their investment by USD 1.2 billion."
    )
    got = facts(body, date(2020, 1, 6), "en")
    assert ("fdi_adjusted_capital_period", None, 1.2e9, "2019-01-01", "2019-12-31") in got
    assert ("fdi_adjusted_projects_period", None, 60.0, "2019-01-01", "2019-12-31") in got
    assert ("fdi_new_capital_period", None, 700e6, "2019-01-01", "2019-12-31") in got


def test_the_base_year_of_a_multiple_is_no_period_of_the_figures_after_it():
    body = (
        "In 2019, Binh Duong licensed 120 new FDI projects worth a total of USD 700 million, "
        "three times the investment value recorded in 2018. Another 60 projects added "
        "USD 1.2 billion to their capital."
    )
    got = facts(body, date(2020, 1, 6), "en")
    assert ("fdi_adjusted_capital_period", None, 1.2e9, "2019-01-01", "2019-12-31") in got


def test_the_whole_market_is_no_one_market():
    body = (
        "Theo Cục Thống kê, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng của toàn thị "
        "trường Bình Dương trong tháng 1/2025 đạt 28.500 tỷ đồng."
    )
    got = facts(body, date(2025, 2, 5), "vi")
    assert got == {("retail_sales_period", None, 28500e9, "2025-01-01", "2025-01-31")}


def test_the_same_month_a_year_before_is_a_year_on_year_base():
    body = (
        "Chỉ số sản xuất công nghiệp tháng 2/2024 của Bình Dương thấp hơn tháng trước 12,4% "
        "và giảm 5,6% so với tháng cùng kỳ."
    )
    got = facts(body, date(2024, 3, 2), "vi")
    assert got == {("iip_growth_pct", None, -5.6, "2024-02-01", "2024-02-29")}
