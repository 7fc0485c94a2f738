"""Shapes of our own wording found in the twenty-eighth session."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_day_written_in_full_in_any_order_dates_an_undated_report():
    march_2019 = ("2019-03-01", "2019-03-31")
    q1_2019 = ("2019-01-01", "2019-03-31")
    for body, lang in (
        ("Binh Duong reviews March.\n\nThe provincial People's Committee met on Mar 29th 2019 "
         "to review the month. Exports in March reached 2.1 billion USD, and exports for the "
         "first quarter were estimated at 6 billion USD.", "en"),
        ("Binh Duong reviews March.\n\nThe provincial People's Committee met on 29 March 2019 "
         "to review the month. Exports in March reached 2.1 billion USD, and exports for the "
         "first quarter were estimated at 6 billion USD.", "en"),
        ("Bình Dương họp giao ban tháng 3.\n\nNgày 29 tháng 3 năm 2019, UBND tỉnh Bình Dương "
         "họp đánh giá tình hình tháng 3. Kim ngạch xuất khẩu tháng 3 đạt 2,1 tỷ USD; xuất "
         "khẩu quý I ước đạt 6 tỷ USD.", "vi"),
        ("Binh Duong fait le point sur mars.\n\nLe comité populaire de Binh Duong s'est réuni "
         "le 29 mars 2019. Les exportations de mars ont atteint 2,1 milliards de dollars et "
         "celles du premier trimestre environ 6 milliards de dollars.", "fr"),
    ):  # fmt: skip
        found = facts(body, None, lang)
        assert ("exports_period", None, 2.1e9, *march_2019) in found, body
        assert ("exports_period", None, 6e9, *q1_2019) in found, body


def test_a_year_that_is_the_subject_of_a_sentence_dates_the_figures_after_it():
    body = (
        "Binh Duong chairman reviews the past year.\n\n"
        "2012 was a tough year for businesses everywhere. GRDP grew 9.5 percent, and exports "
        "brought in 11.2 billion USD."
    )
    found = facts(body, date(2013, 4, 25))
    year_2012 = ("2012-01-01", "2012-12-31")
    assert found == {("grdp_growth_pct", None, 9.5, *year_2012),
                     ("exports_period", None, 1.12e10, *year_2012)}  # fmt: skip


def test_the_opening_months_of_the_year_are_its_first_months():
    body = (
        "Binh Duong draws new investment.\n\n"
        "In the opening two months of the year Binh Duong licensed 21 FDI projects with a "
        "combined registered capital of 300 million USD."
    )
    found = facts(body, date(2019, 3, 10))
    two_months = ("2019-01-01", "2019-02-28")
    assert ("fdi_new_projects_period", None, 21, *two_months) in found


def test_a_year_reported_beside_december_days_is_this_year_not_last_year():
    year_2016 = ("2016-01-01", "2016-12-31")
    session = (
        "Le Conseil populaire de Binh Duong tient sa session de fin d'année jusqu'au 12 "
        "décembre. La croissance de Binh Duong a atteint 8,5 % en 2016. Cette année, les "
        "recettes budgétaires ont dépassé 40.000 milliards de dongs."
    )
    assert facts(session, None, "fr") == {
        ("grdp_growth_pct", None, 8.5, *year_2016),
        ("budget_revenue_period", None, 4e13, *year_2016),
    }
    december = (
        "Binh Duong's exports in December reached 2.3 billion USD, up 9 percent on the month "
        "before. In 2016, exports reached 21 billion USD."
    )
    assert ("exports_period", None, 2.3e9, "2016-12-01", "2016-12-31") in facts(december, None)


def test_exports_that_made_a_turnover_are_exports_not_a_firms_revenue():
    body = (
        "L'an dernier, les exportations de Binh Duong ont représenté un chiffre d'affaires "
        "de 27,4 milliards de dollars."
    )
    found = facts(body, date(2020, 2, 10), "fr")
    assert found == {("exports_period", None, 2.74e10, "2019-01-01", "2019-12-31")}


def test_a_sum_that_should_or_will_come_is_a_forecast():
    body = (
        "Exportations de Binh Duong : selon le service provincial, un milliard devrait "
        "provenir des nouvelles usines."
    )
    assert not facts(body, date(2020, 2, 10), "fr")


def test_leaders_who_hope_to_raise_exports_state_a_plan():
    body = (
        "Les dirigeants de Binh Duong espèrent ainsi porter le chiffre d'affaires annuel à "
        "l'export à 30 milliards de dollars."
    )
    assert not facts(body, date(2020, 2, 10), "fr")


def test_the_year_before_is_a_comparison_not_this_year():
    body = (
        "Binh Duong shipped goods worth 32.1 billion USD abroad last year, up 9.4% from the "
        "year before."
    )
    year_2024 = ("2024-01-01", "2024-12-31")
    assert facts(body, date(2025, 3, 20)) == {
        ("exports_period", None, 3.21e10, *year_2024),
        ("exports_period_yoy_pct", None, 9.4, *year_2024),
    }


def test_goods_shipped_through_the_countrys_border_gates_are_the_provinces_trade():
    body = (
        "Kinh tế Bình Dương quý I.\n\n"
        "Trong quý I/2023, doanh nghiệp Bình Dương xuất hàng qua các cửa khẩu trên cả nước với "
        "kim ngạch ước đạt 7,1 tỷ USD, giảm 16,8% so với cùng kỳ. Ở chiều ngược lại, giá trị "
        "hàng hóa các doanh nghiệp nhập về ước đạt 6,5 tỉ USD, giảm 25%."
    )
    q1 = ("2023-01-01", "2023-03-31")
    assert facts(body, date(2023, 4, 2), "vi") == {
        ("exports_period", None, 7.1e9, *q1),
        ("exports_period_yoy_pct", None, -16.8, *q1),
        ("imports_period", None, 6.5e9, *q1),
    }


def test_new_or_enlarged_projects_of_the_foreign_sector_break_down_into_new_and_added():
    body = (
        "Năm 2021, Bình Dương thu hút FDI khá.\n\n"
        "Với khối doanh nghiệp FDI, có 165 dự án được cấp mới giấy chứng nhận hoặc được chấp "
        "thuận tăng vốn. Trong số này, 55 dự án cấp mới đăng ký tổng cộng 450 triệu USD, còn "
        "110 dự án khác xin bổ sung thêm 850 triệu USD."
    )
    year_2021 = ("2021-01-01", "2021-12-31")
    assert facts(body, date(2021, 12, 20), "vi") == {
        ("fdi_new_projects_period", None, 55, *year_2021),
        ("fdi_new_capital_period", None, 4.5e8, *year_2021),
        ("fdi_adjusted_projects_period", None, 110, *year_2021),
        ("fdi_adjusted_capital_period", None, 8.5e8, *year_2021),
    }


def test_the_department_of_planning_and_investment_announcing_is_no_public_investment():
    body = (
        "Theo số liệu Sở Kế hoạch - Đầu tư công bố ngày 20/12, năm 2021 Bình Dương thu hút "
        "2,1 tỷ USD vốn FDI."
    )
    year_2021 = ("2021-01-01", "2021-12-31")
    assert facts(body, date(2021, 12, 22), "vi") == {
        ("fdi_capital_period", None, 2.1e9, *year_2021)
    }


def test_two_rates_as_precise_as_each_other_are_two_facts_not_one_rounded():
    body = (
        "Binh Duong's GRDP grew 8.34% in the first half of 2025 compared with a year earlier. "
        "In the second quarter alone, growth was 8.39%."
    )
    assert facts(body, date(2025, 7, 5)) == {
        ("grdp_growth_pct", None, 8.34, "2025-01-01", "2025-06-30"),
        ("grdp_growth_pct", None, 8.39, "2025-04-01", "2025-06-30"),
    }


def test_projects_outside_the_state_budget_give_no_budget_revenue():
    body = (
        "Sau 6 tháng năm 2017, các dự án ngoài ngân sách nhà nước tại Bình Dương có tổng vốn "
        "đăng ký ước đạt 91 nghìn tỷ đồng."
    )
    assert not facts(body, date(2017, 7, 5), "vi")


def test_projects_that_pour_in_more_capital_are_capital_increases():
    body = (
        "Trong quý 1/2019, 28 dự án FDI tại Bình Dương đăng ký rót thêm 315 triệu USD để mở "
        "rộng nhà xưởng."
    )
    q1 = ("2019-01-01", "2019-03-31")
    assert facts(body, date(2019, 4, 3), "vi") == {
        ("fdi_adjusted_projects_period", None, 28, *q1),
        ("fdi_adjusted_capital_period", None, 3.15e8, *q1),
    }
