"""Rules added in the fortieth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_between_january_and_a_day_of_a_later_month_ends_on_that_day():
    body = (
        "Foreign investors committed 842 million USD to Binh Duong between January and "
        "September 18, the provincial investment department said."
    )
    got = facts(body, date(2023, 9, 25), "en", title="Binh Duong FDI so far")
    assert ("fdi_capital_period", None, 842000000.0, "2023-01-01", "2023-09-18") in got
