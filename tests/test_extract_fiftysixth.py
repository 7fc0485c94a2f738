"""Rules added in the fifty-sixth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_growth_that_reached_a_rate_against_last_year_is_that_rate_not_a_ratio():
    # "tăng trưởng … đạt 8,4% so với cùng kỳ": growth reached 8.4%, not 8.4% of last year's level
    got = facts(
        "Tăng trưởng kinh tế của tỉnh trong 9 tháng đầu năm 2024 đạt khoảng 8,4% so với cùng kỳ "
        "năm trước.",
        date(2024, 10, 5),
        "vi",
    )
    assert ("grdp_growth_pct", None, 8.4, "2024-01-01", "2024-09-30") in got


def test_a_share_of_last_years_level_reached_after_another_subject_stays_a_ratio():
    # the guard: with no growth word before it, "đạt 92% so với cùng kỳ" is 92% of last year's level
    got = facts(
        "Kim ngạch xuất khẩu 9 tháng đầu năm 2024 của tỉnh đạt 2,1 tỷ USD, đạt 92% so với cùng kỳ.",
        date(2024, 10, 5),
        "vi",
    )
    assert values(got, "exports_period_yoy_pct") == {-8.0}
