"""Rules added in the fifty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_a_headline_that_announces_groundwork_this_year_frames_no_period():
    # "X to break ground on … this year": a headline's infinitive is a plan, so its year is no
    # period the totals further down were counted over
    body = (
        "The province was mostly farmland twenty years ago; it now draws much FDI. Some 2,900 "
        "companies from 58 countries and territories operate in the province."
    )
    got = facts(
        body, date(2022, 4, 2), "en", "Binh Duong to break ground on two river ports this year"
    )
    assert values(got, "fdi_countries_total") == {58}
    got = facts(
        body, date(2022, 4, 2), "en", "Binh Duong to kick off work on two river ports this year"
    )
    assert values(got, "fdi_countries_total") == {58}


def test_a_share_of_the_output_is_no_growth_in_any_wording():
    # "the ratio of X to gross regional domestic product at N per cent", "représente N% du produit
    # intérieur brut", "the share of farming in the gross domestic product (GDP) fell from A to B":
    # a part of the economy's size, not its growth
    for body, lang in (
        (
            "The province means to keep the ratio of total investment to gross regional domestic "
            "product at 35 per cent this year.",
            "en",
        ),
        (
            "Les autorités souhaitent que le tourisme représente 12% du produit intérieur brut "
            "provincial cette année.",
            "fr",
        ),
        (
            "The share of farming in the province's gross domestic product (GDP) has shrunk from "
            "38.2 percent in 2005 to 11.4 percent.",
            "en",
        ),
    ):
        got = facts(body, date(2024, 3, 5), lang)
        assert values(got, "grdp_growth_pct") == set(), body


def test_the_output_itself_still_grows():
    # the guard: the output's own growth, named in full, stays a growth rate
    got = facts(
        "In 2023 the province's gross regional domestic product grew by 7.4 per cent.",
        date(2024, 1, 5),
    )
    assert values(got, "grdp_growth_pct") == {7.4}


def test_growing_at_an_annual_rate_is_a_usual_pace():
    # "growing at an annual rate of over N percent" in recent years: the yearly pace of several
    # years, no one year's growth
    got = facts(
        "Industry has carried the province in recent years, with its GRDP growing at an annual "
        "rate of over 9 percent.",
        date(2019, 5, 6),
    )
    assert values(got, "grdp_growth_pct") == set()
