"""Rules added in the fifty-seventh session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_combined_capital_of_projects_licensed_in_the_period_is_a_flow():
    # "capital cumulé" after a count of projects licensed this year is their combined capital,
    # the period's flow, not a total to date; the verb may carry an apostrophe ("s'élève")
    got = facts(
        "Depuis janvier, Binh Duong a accordé des licences à 12 projets d'investissement direct "
        "étranger, représentant au total 80 millions de dollars. La province a par ailleurs "
        "approuvé 41 projets d'investisseurs vietnamiens, dont le capital cumulé s'élève à "
        "près de 5.100 milliards de dongs (environ 215 millions de dollars).",
        date(2023, 5, 10),
        "fr",
    )
    assert values(got, "domestic_capital_period") == {5.1e12}


def test_the_combined_capital_of_projects_held_to_date_is_no_flow():
    # the guard: after "à ce jour … compte", the same words are the projects' capital held
    got = facts(
        "À ce jour, Binh Duong compte 3.200 projets d'investisseurs vietnamiens, dont le capital "
        "cumulé s'élève à près de 510.000 milliards de dongs.",
        date(2023, 5, 10),
        "fr",
    )
    assert values(got, "domestic_capital_period") == set()
