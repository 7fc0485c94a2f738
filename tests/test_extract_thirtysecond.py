"""Rules added in the thirty-second session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_year_compared_with_beside_last_year_lies_two_years_back():
    body = (
        "Binh Duong's exports rose 6.1% to US$24.3 billion in the first nine months. In the "
        "first nine months its industrial output grew 5.4%, faster than the 3.9% it managed "
        "last year but slower than the 9.6% of the same period of 2021."
    )
    got = facts(body, None, "en")
    assert ("exports_period", None, 24.3e9, "2023-01-01", "2023-09-30") in got
    assert ("iip_growth_pct", None, 5.4, "2023-01-01", "2023-09-30") in got


def test_a_year_compared_with_alone_is_last_year():
    body = (
        "Binh Duong's exports rose 6.1% to US$24.3 billion in the first nine months, against "
        "the same period of 2021."
    )
    got = facts(body, None, "en")
    assert ("exports_period", None, 24.3e9, "2022-01-01", "2022-09-30") in got


def test_a_rate_on_the_same_month_of_a_named_year_takes_the_reports_month():
    body = (
        "Binh Duong's report on May and the first five months of 2019 shows industrial output "
        "in May up 8.4 percent on May 2018 and exports in May at US$2.4 billion."
    )
    got = facts(body, None, "en")
    assert ("iip_growth_pct", None, 8.4, "2019-05-01", "2019-05-31") in got
    assert not any(f[4] == "2018-05-31" for f in got)


def test_an_ongoing_project_registering_an_extra_sum_adds_capital():
    body = (
        "In March 2019, an ongoing FDI project in Binh Duong registered an extra US$7 million, "
        "and the province licensed 15 new FDI projects."
    )
    got = facts(body, None, "en")
    assert ("fdi_adjusted_capital_period", None, 7e6, "2019-03-01", "2019-03-31") in got


def test_the_short_name_of_the_industrial_production_index_is_the_index():
    body = "Năm 2023, chỉ số công nghiệp của Bình Dương tăng 4,9%, xuất khẩu đạt 32 tỷ USD."
    got = facts(body, None, "vi")
    assert ("iip_growth_pct", None, 4.9, "2023-01-01", "2023-12-31") in got


def test_an_acronym_after_the_word_for_province_is_no_province_of_its_own():
    body = "Quý I/2024, tổng sản phẩm trong tỉnh GRDP ước tăng 3,86%, xuất khẩu đạt 7 tỷ USD."
    got = facts(body, None, "vi", "Kinh tế Bình Dương quý I")
    assert ("grdp_growth_pct", None, 3.86, "2024-01-01", "2024-03-31") in got


def test_the_provinces_total_product_is_its_gross_product():
    body = (
        "In the first half of 2024, Binh Duong's provincial total product expanded by 5.1%, "
        "below the 7% the province had planned."
    )
    got = facts(body, None, "en")
    assert ("grdp_growth_pct", None, 5.1, "2024-01-01", "2024-06-30") in got


def test_one_kind_of_electricity_falling_is_no_growth_of_the_economy():
    body = (
        "Binh Duong's GRDP grew 4.9% in the first quarter of 2024, though power output slipped "
        "(commercial electricity down 3.1% and solar power down 12.5%)."
    )
    got = facts(body, None, "en")
    assert ("grdp_growth_pct", None, 4.9, "2024-01-01", "2024-03-31") in got
    assert not any(f[2] in (-3.1, -12.5, 3.1, 12.5) for f in got)


def test_a_second_year_after_and_is_a_year_of_its_own():
    body = (
        "In 2021 and 2022, Binh Duong's GRDP grew 2.88% and 8.01% respectively. Its exports "
        "reached US$32.6 billion in 2022."
    )
    got = facts(body, date(2023, 2, 2), "en")
    assert ("grdp_growth_pct", None, 2.88, "2021-01-01", "2021-12-31") in got
    assert ("grdp_growth_pct", None, 8.01, "2022-01-01", "2022-12-31") in got


def test_the_country_a_province_is_placed_in_is_no_place_of_its_figures():
    body = (
        "Binh Duong's GRDP rose 6.3% in the first half of 2024, placing the province 15th in "
        "the country, and its exports reached US$15 billion. It stayed among the country's best "
        "performers, with FDI of US$1.2 billion."
    )
    got = facts(body, date(2024, 7, 3), "en")
    assert ("exports_period", None, 15e9, "2024-01-01", "2024-06-30") in got
    assert ("fdi_capital_period", None, 1.2e9, "2024-01-01", "2024-06-30") in got


def test_growth_said_of_nothing_else_is_the_economys():
    body = (
        "Binh Duong weathered the pandemic better than most: in 2020 and 2021 it posted growth "
        "of 6.1% and 2.9% respectively. Growth then reached 8% in 2022."
    )
    got = facts(body, date(2023, 3, 1), "en")
    assert ("grdp_growth_pct", None, 6.1, "2020-01-01", "2020-12-31") in got
    assert ("grdp_growth_pct", None, 2.9, "2021-01-01", "2021-12-31") in got
    assert ("grdp_growth_pct", None, 8.0, "2022-01-01", "2022-12-31") in got


def test_a_firms_growth_is_not_the_economys():
    body = (
        "In the first quarter of 2024, a garment company in Binh Duong said it was working "
        "towards growth of 12% this year."
    )
    got = facts(body, date(2024, 4, 2), "en")
    assert not any(f[2] == 12.0 for f in got)


def test_the_economy_of_a_named_province_rising_is_its_growth():
    body = (
        "Kinh tế Bình Dương tăng 7,22% so với năm 2023, đứng thứ 8 cả nước. Khu kinh tế "
        "Dung Quất tăng 12% về doanh thu."
    )
    got = facts(body, None, "vi", "Bình Dương năm 2024")
    assert ("grdp_growth_pct", None, 7.22, "2024-01-01", "2024-12-31") in got
    assert not any(f[2] == 12.0 for f in got)


def test_the_index_of_the_whole_industry_is_the_provinces_index():
    body = (
        "In the first nine months of 2023, Binh Duong's IIP of the whole industry rose 5.6% over "
        "the same period, while mining alone gained 14%."
    )
    got = facts(body, date(2023, 10, 2), "en")
    assert ("iip_growth_pct", None, 5.6, "2023-01-01", "2023-09-30") in got


def test_french_rise_verbs_make_a_percentage_a_change():
    body = (
        "Au premier semestre 2024, les exportations de Binh Duong ont augmenté de 6,4%, tandis "
        "que l'indice de production industrielle a grimpé (+7,1%) par rapport à la même période."
    )
    got = facts(body, date(2024, 7, 5), "fr")
    assert ("exports_period_yoy_pct", None, 6.4, "2024-01-01", "2024-06-30") in got
    assert ("iip_growth_pct", None, 7.1, "2024-01-01", "2024-06-30") in got


def test_the_exports_of_the_foreign_invested_sector_are_a_part():
    body = (
        "En neuf mois 2016, les exportations de Binh Duong ont atteint 13,6 milliards de "
        "dollars ; celles du secteur à investissement direct étranger ont augmenté de 4,2% et "
        "celles du secteur privé de 6,9%."
    )
    got = facts(body, date(2016, 10, 3), "fr")
    assert ("exports_period", None, 13.6e9, "2016-01-01", "2016-09-30") in got
    assert not any(f[2] in (4.2, 6.9) for f in got)


def test_a_province_that_counts_projects_holds_them():
    body = (
        "Binh Duong veut attirer 1,5 milliard de dollars d'IDE cette année. La province compte "
        "4.200 projets d'IDE d'une valeur de 40 milliards de dollars."
    )
    got = facts(body, date(2024, 1, 5), "fr")
    assert ("fdi_projects_total", None, 4200.0, None, "2024-01-05") in got
    assert ("fdi_capital_total", None, 40e9, None, "2024-01-05") in got


def test_budgetary_revenue_is_budget_revenue():
    body = "Binh Duong's total budgetary revenue rose to VND 60 trillion in 2023."
    got = facts(body, date(2024, 1, 5), "en")
    assert ("budget_revenue_period", None, 60e12, "2023-01-01", "2023-12-31") in got


def test_in_that_order_pairs_like_respectively():
    body = (
        "In March 2019, Binh Duong's imports and exports, in that order, came to an estimated "
        "US$1.6 billion and US$2.2 billion."
    )
    got = facts(body, None, "en")
    assert ("imports_period", None, 1.6e9, "2019-03-01", "2019-03-31") in got
    assert ("exports_period", None, 2.2e9, "2019-03-01", "2019-03-31") in got


def test_a_rate_the_figure_stands_above_is_its_base():
    body = (
        "Binh Duong's GRDP grew 7.1% in the second quarter of 2024, well above the 2.4% increase "
        "it recorded in the second quarter of 2023."
    )
    got = facts(body, date(2024, 7, 4), "en")
    assert ("grdp_growth_pct", None, 7.1, "2024-04-01", "2024-06-30") in got
    assert not any(f[2] == 2.4 for f in got)


def test_a_vietnamese_rise_verb_before_its_rate_in_brackets_is_no_list_item():
    body = (
        "Sáu tháng đầu năm 2022, chỉ số sản xuất công nghiệp của Bình Dương nhích lên (+7,4%), "
        "trong đó dệt may (+3,1%)."
    )
    got = facts(body, date(2022, 7, 2), "vi")
    assert ("iip_growth_pct", None, 7.4, "2022-01-01", "2022-06-30") in got
    assert not any(f[2] == 3.1 for f in got)


def test_a_parts_own_cue_after_its_noun_beats_the_previous_parts_cue():
    body = (
        "Tính đến ngày 20/9/2023, Bình Dương có 130 dự án FDI được cấp mới và điều chỉnh vốn, "
        "gồm 75 dự án FDI cấp mới và 55 dự án FDI điều chỉnh vốn."
    )
    got = facts(body, date(2023, 9, 25), "vi")
    assert ("fdi_new_projects_period", None, 75.0, "2023-01-01", "2023-09-20") in got
    assert ("fdi_adjusted_projects_period", None, 55.0, "2023-01-01", "2023-09-20") in got


def test_the_year_ago_rate_set_against_the_figure_is_its_base():
    body = (
        "Sáu tháng đầu năm 2023, tốc độ tăng trưởng kinh tế của Bình Dương đạt 5,1%, trong khi "
        "cùng kỳ năm 2022 chỉ là 2,9%."
    )
    got = facts(body, date(2023, 7, 3), "vi")
    assert ("grdp_growth_pct", None, 5.1, "2023-01-01", "2023-06-30") in got
    assert not any(f[2] == 2.9 for f in got)


def test_a_growth_rate_over_a_span_of_years_is_its_average_not_a_years_growth():
    body = (
        "Binh Duong's GRDP grew 13.5 percent a year in 2006-2010 on average, and GRDP grew 8.3 "
        "percent in the 2016-2020 period."
    )
    got = facts(body, date(2021, 3, 1), "en")
    assert not any(f[2] in (13.5, 8.3) for f in got)
