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
