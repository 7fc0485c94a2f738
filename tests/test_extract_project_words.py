"""How the projects of a breakdown are called decides their part, in sentences of our own: a
new project may be "foreign-invested" too, an existing one "underway", a domestic one
"domestically funded"; "a further" sum is only another one, its own words name its part."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

TWO_MONTHS = ("2024-01-01", "2024-02-29")


def test_new_foreign_invested_projects_are_new_projects():
    body = (
        "In the first two months of 2024 Binh Duong licensed 31 new foreign-invested projects "
        "worth 120 million USD."
    )
    found = facts(body, date(2024, 3, 6))
    assert found == {
        ("fdi_new_projects_period", None, 31.0, *TWO_MONTHS),
        ("fdi_new_capital_period", None, 1.2e8, *TWO_MONTHS),
    }


def test_money_added_into_underway_projects_is_added_capital():
    body = (
        "In January and February 2024, 55.2 million USD of foreign capital was added into 12 "
        "underway projects in Binh Duong."
    )
    found = facts(body, date(2024, 3, 6))
    assert found == {
        ("fdi_adjusted_capital_period", None, 5.52e7, *TWO_MONTHS),
        ("fdi_adjusted_projects_period", None, 12.0, *TWO_MONTHS),
    }


def test_a_further_sum_takes_the_part_its_own_words_name():
    body = (
        "In the first two months of 2024 foreign investors put 60 million USD into new projects "
        "in Binh Duong, and a further 8.4 million USD went into capital contribution and share "
        "purchase deals."
    )
    found = facts(body, date(2024, 3, 6))
    assert ("fdi_contribution_capital_period", None, 8.4e6, *TWO_MONTHS) in found
    assert not any(f[0] == "fdi_adjusted_capital_period" for f in found)


def test_domestically_funded_projects_bring_domestic_capital():
    body = (
        "Binh Duong also licensed 14 domestically-funded projects worth over 3 trillion VND in "
        "the first two months of 2024."
    )
    found = facts(body, date(2024, 3, 6))
    assert found == {("domestic_capital_period", None, 3e12, *TWO_MONTHS)}


def test_a_sum_from_new_and_capital_added_projects_is_the_whole_behind_a_ranking():
    body = (
        "Binh Duong is ahead of every other locality in the country in attracting FDI: in the "
        "first quarter of 2017 it drew over 2.6 billion USD from 14 newly-licensed projects and "
        "48 capital-added projects."
    )
    found = facts(body, date(2017, 4, 12))
    q1 = ("2017-01-01", "2017-03-31")
    assert found == {
        ("fdi_capital_period", None, 2.6e9, *q1),
        ("fdi_new_projects_period", None, 14.0, *q1),
        ("fdi_adjusted_projects_period", None, 48.0, *q1),
    }
