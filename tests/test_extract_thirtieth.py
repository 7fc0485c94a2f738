"""Rules added in the thirtieth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_abbreviations_da_and_dn_after_a_count_are_projects_and_firms():
    body = (
        "Về thu hút FDI, quý I/2024 Bình Dương cấp phép cho 12 DA mới và 7 DA tăng vốn. Hiện "
        "tỉnh có "
        "4.200 DA FDI với tổng vốn 40 tỷ USD và 60.000 DN đang hoạt động."
    )
    got = facts(body, date(2024, 4, 10), "vi")
    assert ("fdi_new_projects_period", None, 12.0, "2024-01-01", "2024-03-31") in got
    assert ("fdi_adjusted_projects_period", None, 7.0, "2024-01-01", "2024-03-31") in got
    assert ("fdi_projects_total", None, 4200.0, None, "2024-04-10") in got
    assert ("enterprises_total", None, 60000.0, None, "2024-04-10") in got


def test_the_investment_part_folded_like_a_pledge_names_no_plan():
    # "phần đầu tư" and "cổ phần đầu tư" fold to the letters of "phấn đấu" (to strive for)
    body = (
        "Quý I/2024, Bình Dương thu hút 50 dự án đầu tư. Phần đầu tư nước ngoài gồm 12 dự án "
        "FDI mới với 320 triệu USD."
    )
    got = facts(body, date(2024, 4, 5), "vi")
    assert ("fdi_new_projects_period", None, 12.0, "2024-01-01", "2024-03-31") in got
    assert ("fdi_new_capital_period", None, 320e6, "2024-01-01", "2024-03-31") in got


def test_the_domestic_part_after_a_semicolon_is_no_count_of_fdi_projects():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương thu hút 30 dự án đầu tư. Vốn nước ngoài gồm 4 dự án "
        "FDI được cấp mới với 150 triệu USD; phần trong nước có 26 dự án với tổng vốn gần 3 "
        "nghìn tỷ đồng."
    )
    got = facts(body, date(2024, 7, 2), "vi")
    assert not any(f[0] == "fdi_projects_total" and f[2] == 26.0 for f in got)
    assert ("domestic_capital_period", None, 3e12, "2024-01-01", "2024-06-30") in got


def test_the_sum_word_alone_in_a_report_on_a_period_names_no_cumulative_total():
    body = (
        "Trong 9 tháng năm 2024, tình hình kinh tế của Bình Dương tiếp tục khởi sắc. "
        "Vốn đầu tư trực tiếp nước ngoài đạt tổng vốn 1,9 tỷ USD."
    )
    got = facts(body, date(2024, 10, 3), "vi")
    assert ("fdi_capital_period", None, 1.9e9, "2024-01-01", "2024-09-30") in got


def test_a_total_named_with_other_stock_words_stays_a_total_in_a_period_report():
    body = (
        "Trong 9 tháng năm 2024, tình hình kinh tế của Bình Dương tiếp tục khởi sắc. "
        "Lũy kế, toàn tỉnh có 4.300 dự án FDI với tổng vốn 41 tỷ USD."
    )
    got = facts(body, date(2024, 10, 3), "vi")
    assert ("fdi_capital_total", None, 41e9, None, "2024-09-30") in got


def test_a_gap_to_a_year_before_said_after_the_levels_is_no_level():
    body = (
        "In the first nine months of 2024, Binh Duong licensed 120 new FDI projects worth "
        "1.2 billion USD, 15 projects and 200 million USD more than in the same period of 2023."
    )
    got = facts(body, date(2024, 10, 4), "en")
    assert ("fdi_new_projects_period", None, 120.0, "2024-01-01", "2024-09-30") in got
    assert ("fdi_new_capital_period", None, 1.2e9, "2024-01-01", "2024-09-30") in got
    assert not any(f[2] in (15.0, 200e6) for f in got)


def test_what_was_licensed_up_to_now_is_the_total_not_the_new_projects():
    body = (
        "Up to now, 900 FDI projects from 35 countries and territories have been licensed in "
        "Binh Duong, carrying a combined registered fund of over US$9 billion."
    )
    got = facts(body, date(2024, 5, 20), "en")
    assert ("fdi_capital_total", None, 9e9, None, "2024-05-20") in got
    assert not any(f[0] == "fdi_new_capital_period" for f in got)


def test_an_adjective_of_the_total_stands_before_any_noun_for_firms():
    body = "Binh Duong now has 52,000 operational companies and 3,900 FDI projects."
    got = facts(body, date(2024, 5, 20), "en")
    assert ("enterprises_total", None, 52000.0, None, "2024-05-20") in got


def test_the_product_whose_shipments_earned_a_sum_is_a_subset():
    body = (
        "The first quarter of 2024 was a strong one for Binh Duong's fisheries, whose shipments "
        "brought in 1.1 billion USD, up 20 percent year on year."
    )
    got = facts(body, date(2024, 4, 5), "en")
    assert not any(f[0].startswith("exports_period") for f in got)


def test_so_far_said_of_a_quantity_counted_only_by_periods_is_this_years_sum():
    body = "Up to now, Binh Duong's total budget revenue has reached over 40 trillion VND."
    got = facts(body, date(2024, 9, 12), "en")
    assert ("budget_revenue_period", None, 40e12, "2024-01-01", "2024-09-12") in got


def test_the_final_months_of_a_year_are_its_second_half_and_pushing_for_is_a_plan():
    body = (
        "For the final six months of 2024, Binh Duong is pushing for budget collection of "
        "30 trillion VND."
    )
    assert facts(body, date(2024, 7, 10), "en") == set()


def test_the_period_a_report_sets_tasks_for_frames_none_of_its_figures():
    body = (
        "The figures come from the report on Binh Duong's economy in the first 6 months, "
        "with directions and tasks for the third quarter of 2024.\n\n"
        "Exports up 9.5%\n\n"
        "In the first 6 months of 2024 Binh Duong's exports rose 9.5% year on year."
    )
    got = facts(body, date(2024, 7, 20), "en")
    assert {f for f in got if f[0] == "exports_period_yoy_pct"} == {
        ("exports_period_yoy_pct", None, 9.5, "2024-01-01", "2024-06-30")
    }


def test_a_review_opening_through_a_year_dates_its_figures_not_the_year_compared_with():
    body = (
        "Binh Duong reviews its 2024 socio-economic results\n\n"
        "On the morning of December 5, the provincial People's Committee met the press.\n\n"
        "Through 2024 the province turned in many results better than those of 2023. Its "
        "exports are estimated at 35 billion USD, up 12%."
    )
    got = facts(body, None, "en")
    assert ("exports_period", None, 35e9, "2024-01-01", "2024-12-31") in got
    assert not any(f[4] == "2023-12-31" for f in got)


def test_a_day_written_long_before_the_years_whose_figures_are_told_dates_nothing():
    body = (
        "Signée le 12 mars 2019, la décision a doté Binh Duong de politiques propres.\n\n"
        "Pour la seule année 2024, la croissance du PIBR de Binh Duong s'est établie à 8,1%."
    )
    got = facts(body, None, "fr")
    assert ("grdp_growth_pct", None, 8.1, "2024-01-01", "2024-12-31") in got


def test_a_sum_accumulated_over_its_own_year_is_that_years_flow():
    body = (
        "Over the whole of 2023 the accumulated retail sales of Binh Duong are put at an "
        "estimated 280,000 billion VND."
    )
    got = facts(body, date(2024, 1, 8), "en")
    assert ("retail_sales_period", None, 280e12, "2023-01-01", "2023-12-31") in got


def test_ont_totalise_is_what_a_periods_sum_came_to():
    body = (
        "Au cours des deux premiers mois de 2026, les exportations de Binh Duong ont progressé. "
        "Les recettes budgétaires de la province ont totalisé 9.800 milliards de dongs."
    )
    got = facts(body, date(2026, 3, 8), "fr")
    assert ("budget_revenue_period", None, 9.8e12, "2026-01-01", "2026-02-28") in got


def test_licences_the_province_handed_over_a_half_year_are_its_licensing_whoever_reports_them():
    body = (
        "An official of the management board of Binh Duong's industrial parks said that in the "
        "first half of 2019 the province handed investment licenses to 17 FDI projects totaling "
        "USD 200 million and let 20 existing FDI projects add USD 84.8 million."
    )
    got = facts(body, date(2019, 7, 20), "en")
    assert ("fdi_new_projects_period", None, 17.0, "2019-01-01", "2019-06-30") in got
    assert ("fdi_new_capital_period", None, 200e6, "2019-01-01", "2019-06-30") in got
    assert ("fdi_adjusted_projects_period", None, 20.0, "2019-01-01", "2019-06-30") in got


def test_an_area_written_before_one_named_park_is_that_parks():
    body = (
        "Binh Duong has 29 industrial parks and has been cleared to add the 1,200 ha Tan Lap "
        "service and urban IP to its plan."
    )
    got = facts(body, date(2024, 3, 1), "en")
    assert ("industrial_parks_total", None, 29.0, None, "2024-03-01") in got
    assert not any(f[0] == "industrial_parks_area_ha" for f in got)


def test_a_flow_as_of_the_beginning_of_the_year_runs_from_its_first_day():
    body = (
        "In September, exports from Binh Duong were estimated at USD 3.2 billion.\n\n"
        "As of the beginning of 2021, what the province has earned from exports is estimated at "
        "USD 26.1 billion, up 4.5% from the same period a year earlier."
    )
    got = facts(body, date(2021, 10, 4), "en")
    assert ("exports_period", None, 26.1e9, "2021-01-01", "2021-09-30") in got
    assert ("exports_period_yoy_pct", None, 4.5, "2021-01-01", "2021-09-30") in got


def test_down_by_more_than_a_rate_is_a_fall():
    body = (
        "In October, Binh Duong's exports were estimated at USD 2.9 billion, though still down "
        "by more than 6 percent against the same month of last year."
    )
    got = facts(body, date(2021, 11, 4), "en")
    assert ("exports_period_yoy_pct", None, -6.0, "2021-10-01", "2021-10-31") in got


def test_trong_nam_opening_a_review_is_the_year_its_headline_names():
    body = (
        "Bình Dương năm 2010: những kết quả nổi bật\n\n"
        "* Trong năm, tỉnh thu hút thêm 160 dự án đầu tư, gồm 15 dự án FDI với tổng vốn đăng ký "
        "khoảng 250 triệu USD và 145 dự án DDI."
    )
    got = facts(body, date(2011, 4, 27), "vi")
    assert ("fdi_new_projects_period", None, 15.0, "2010-01-01", "2010-12-31") in got
    assert ("fdi_new_capital_period", None, 250e6, "2010-01-01", "2010-12-31") in got


def test_the_year_whose_tasks_a_report_reviews_still_frames_its_figures():
    body = (
        "Binh Duong reviews the performance of its tasks in 2024\n\n"
        "Exports up 12%\n\n"
        "Binh Duong's exports rose 12% year on year, to 35 billion USD."
    )
    got = facts(body, date(2025, 1, 6), "en")
    assert ("exports_period", None, 35e9, "2024-01-01", "2024-12-31") in got
