"""Rules added in the thirty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_month_span_that_writes_its_year_after_both_months_is_one_span():
    body = (
        "Từ tháng 2/2024 đến tháng 8/2024, tỉnh Bình Dương thu hút 870 triệu USD vốn FDI. "
        "Từ tháng 1 đến tháng 7 năm 2023, xuất khẩu của tỉnh Bình Dương đạt 18 tỷ USD.\n\n"
        "From February 2024 to August 2024, Binh Duong's imports came to US$14 billion."
    )
    got = facts(body, date(2024, 9, 10), "vi")
    assert ("fdi_capital_period", None, 870e6, "2024-02-01", "2024-08-31") in got
    assert ("exports_period", None, 18e9, "2023-01-01", "2023-07-31") in got
    assert ("imports_period", None, 14e9, "2024-02-01", "2024-08-31") in got


def test_a_month_span_across_new_year_runs_from_the_first_years_month():
    body = "From November 2023 to February 2024, Binh Duong's exports came to US$9.5 billion."
    got = facts(body, date(2024, 3, 10), "en")
    assert ("exports_period", None, 9.5e9, "2023-11-01", "2024-02-29") in got
