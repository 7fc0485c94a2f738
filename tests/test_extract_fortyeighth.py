"""Rules added in the forty-eighth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons, values


def test_the_parks_a_plan_provides_for_or_covers_are_the_provinces_parks():
    for told in (
        "Speaking to the visitors, the director said the province's plans provide for 31 "
        "industrial parks with a combined area of some 12,400 hectares.",
        "The approved plan provides the province with 31 IPs covering about 12,400 ha in all.",
        "So far the Government has approved Binh Duong's IP development plan to 2020, which "
        "covers 31 IPs with a total planned area of 12,400 ha.",
    ):
        got = facts(told, date(2024, 6, 1))
        assert values(got, "industrial_parks_total") == {31}, told
        assert values(got, "industrial_parks_area_ha") == {12400}, told
    # a plan for parks still to come stays a plan
    got = facts("Binh Duong plans to build 31 industrial parks by 2030.", date(2024, 6, 1))
    assert values(got, "industrial_parks_total") == set()


def test_plans_approved_for_projects_are_deeds_not_goals():
    got = facts(
        "In the first nine months, Binh Duong approved investment plans for 14 FDI projects "
        "with 210 million USD of registered capital. It also approved expansion plans for 9 "
        "projects, adding 75 million USD.",
        date(2024, 10, 5),
    )
    assert values(got, "fdi_new_projects_period") == {14}
    assert values(got, "fdi_new_capital_period") == {210e6}
    assert values(got, "fdi_adjusted_projects_period") == {9}
    assert values(got, "fdi_adjusted_capital_period") == {75e6}
    # a plan to draw projects is still a goal
    got = facts(
        "For 2025, Binh Duong has a plan for 40 new FDI projects worth 1 billion USD.",
        date(2024, 12, 20),
    )
    assert values(got, "fdi_new_projects_period") == set()


def test_a_kinds_own_noun_is_not_the_noun_counted_before():
    body = (
        "During the quarter, the Government approved two more industrial parks for Binh Duong, "
        "raising the total to 31 industrial parks.\n\n"
        "As of March 15, 2024, the province had drawn about US$624 million in investment "
        "capital. This included nine domestic projects with total registered capital of nearly "
        "VND7.7 trillion."
    )
    got = facts(body, date(2024, 5, 8))
    assert values(got, "industrial_parks_total") == {31}
    # the kind without a noun still counts the noun before it
    got = facts(
        "Binh Duong holds 1,069 valid projects, of which 369 are foreign-invested.",
        date(2024, 5, 8),
    )
    assert values(got, "fdi_projects_total") == {369}


def test_a_month_of_a_year_is_that_month():
    got = facts(
        "In May of 2019, Binh Duong licensed six FDI projects with 40 million USD of capital.",
        date(2019, 6, 10),
    )
    assert ("fdi_new_capital_period", None, 40e6, "2019-05-01", "2019-05-31") in got


def test_a_french_equivalent_restates_the_sum_before_it():
    body = (
        "Binh Duong a accordé des licences à 20 projets d'investisseurs vietnamiens, dont le "
        "capital cumulé atteint 5.100 milliards de dongs, l'équivalent de 210 millions de dollars."
    )
    got = facts(body, date(2020, 3, 1), "fr")
    assert values(got, "fdi_capital_period") == set()
    assert reasons(body, date(2020, 3, 1), "fr")["210 millions de dollars"].startswith(
        "a conversion"
    )
