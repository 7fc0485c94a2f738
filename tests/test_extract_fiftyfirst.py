"""Rules added in the fifty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_number_of_firms_after_an_opening_phrase_or_an_adjective():
    # "So far, the number of …": "so far" is no Vietnamese "số" that would open the phrase
    got = facts(
        "So far, the number of enterprises registered in Binh Duong stands at 71,240.",
        date(2024, 10, 2),
    )
    assert values(got, "enterprises_total") == {71240}
    # "the accumulated number of …", "the number of businesses in the locality": the same total
    for text in (
        "The accumulated number of enterprises in Binh Duong now stands at 71,240.",
        "Binh Duong licensed 3,900 new firms, taking the number of businesses in the locality "
        "to 71,240.",
    ):
        assert values(facts(text, date(2024, 10, 2)), "enterprises_total") == {71240}, text
    # new firms of the period are still no total
    got = facts(
        "So far this year, the number of new enterprises registered in Binh Duong stands at 4,120.",
        date(2024, 10, 2),
    )
    assert values(got, "enterprises_total") == set()


def test_the_period_of_an_n_month_totals_phrase():
    # "the two-month totals": the months so far of the year, neither the month just named nor
    # the year that a target names
    for text in (
        "Binh Duong's exports came to 5.1 billion USD in February, bringing the two-month "
        "totals to 10.2 billion USD for exports and 7.4 billion USD for imports.",
        "Binh Duong's two-month totals stood at 10.2 billion USD for exports and 7.4 billion "
        "USD for imports, or 24% and 22% of this year's respective targets.",
    ):
        got = facts(text, date(2024, 3, 4))
        spans = {(f[0], f[2]): (f[3], f[4]) for f in got}
        assert spans[("exports_period", 10.2e9)] == ("2024-01-01", "2024-02-29"), text
        assert spans[("imports_period", 7.4e9)] == ("2024-01-01", "2024-02-29"), text
