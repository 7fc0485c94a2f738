"""Rules added in the thirty-seventh session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_parts_listed_after_a_share_of_the_output_are_shares_not_growth():
    body = (
        "Binh Duong's GRDP grew 8.1% in 2024. According to the Binh Duong Statistics Office, "
        "industry and construction made up 63.4% of the province's GRDP in 2024 (industry alone "
        "55%), services a little over 26% and the rest 8.3%."
    )
    got = facts(body, date(2025, 1, 6), "en")
    assert ("grdp_growth_pct", None, 8.1, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] in (55.0, 26.0, 8.3, 63.4)]
