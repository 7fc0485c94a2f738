"""Rules added in the thirty-second session, each for one way the language works, in our own
wording."""

from __future__ import annotations

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
