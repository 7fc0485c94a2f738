"""Rules added in the fifty-fourth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_capital_of_a_count_of_domestic_projects_in_a_period_report_is_the_periods():
    # the lead sets the period; a later sentence counts domestic (DDI) projects and gives their
    # total registered capital: that sum is the period's domestic capital, not a total to date
    for text, lang in (
        (
            "Binh Duong's investment drive kept its pace in the first nine months of 2023. The "
            "province attracted 31 FDI projects with total registered capital of 120 million USD, "
            "and 14 DDI projects with total registered capital of 2,150 billion VND.",
            "en",
        ),
        (
            "Binh Duong's investment drive kept its pace in the first nine months of 2023. The "
            "province drew in 14 domestically invested projects with total registered capital "
            "of 2,150 billion VND.",
            "en",
        ),
    ):
        got = facts(text, date(2023, 10, 6), lang)
        assert ("domestic_capital_period", None, 2150e9, "2023-01-01", "2023-09-30") in got, text


def test_the_capital_of_domestic_projects_held_on_a_day_is_no_flow():
    # the same words under a day of reckoning, or after "the province had", are what is held
    for text in (
        "Binh Duong's investment drive kept its pace in the first nine months of 2023. As of "
        "September 30, 2023, there were 697 DDI projects with total registered capital of "
        "406,510 billion VND.",
        "Binh Duong's investment drive kept its pace in the first nine months of 2023. The "
        "province had 697 DDI projects with total registered capital of 406,510 billion VND.",
    ):
        got = facts(text, date(2023, 10, 6), "en")
        assert values(got, "domestic_capital_period") == set(), text


def test_a_kind_after_the_last_count_of_a_pair_is_that_counts_own():
    # "540 foreign-backed and 1,460 domestic ones": the domestic noun is the second count's only;
    # the first keeps its own kind, and the whole before them is of every kind
    got = facts(
        "Binh Duong now counts 2,000 active projects, made up of 540 foreign-backed and 1,460 "
        "domestic ones, with registered capital of more than 60 billion USD.",
        date(2024, 11, 20),
        "en",
    )
    assert values(got, "fdi_projects_total") == {540}
