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


RANKING_LEAD = (
    "In the first half of 2024, Binh Duong granted certificates to 120 foreign-invested projects "
    "with capital of 500 million USD, and 40 existing projects added 300 million USD. "
)


def _partner_counts(got: list[tuple]) -> set[tuple]:
    return {(f[1], f[2]) for f in got if f[0] == "fdi_new_projects_period" and f[1]}


def test_an_investor_countrys_projects_in_a_ranking_of_the_period_are_its_new_ones():
    # "By investor, Japan led with 30 projects", "came next with 25 projects": the countries are
    # ranked by what they brought in the period, even after the added projects were told
    for ranking in (
        "By investor, Japan led with 30 projects and 150 million USD, and South Korea came next "
        "with 25 projects worth 90 million USD.",
        "Japan was the biggest source, with 30 projects valued at 150 million USD, ahead of South "
        "Korea with 25 projects worth 90 million USD.",
    ):
        got = facts(RANKING_LEAD + ranking, date(2024, 7, 3), "en")
        assert _partner_counts(got) == {("Japan", 30), ("South Korea", 25)}, ranking


def test_an_investor_countrys_projects_with_no_ranking_or_a_share_of_all_fdi_stay_unread():
    # no ranking word, or a share of all the foreign money (the ranking splits the whole flow,
    # new and added together): not the country's new projects
    for ranking in (
        "Japanese investors put money into 30 projects worth 150 million USD.",
        "By investor, Japan led with 30 projects and 150 million USD, or 19% of all FDI.",
    ):
        got = facts(RANKING_LEAD + ranking, date(2024, 7, 3), "en")
        assert _partner_counts(got) == set(), ranking


def test_a_quarterly_figure_of_one_month_keeps_a_window_that_ends_after_it_starts():
    # GRDP told in a window of months that starts after the last quarter's end ("In November")
    # cannot be cut back to that quarter's end: the window is kept as told
    got = facts(
        "Binh Duong's socio-economic report for November 2019 was reviewed on Monday. In November, "
        "economic growth in Binh Duong was estimated at 8.66%.",
        date(2019, 12, 17),
        "en",
    )
    spans = [(f[3], f[4]) for f in got if f[0] == "grdp_growth_pct"]
    assert spans and all(start <= end for start, end in spans), spans


def test_a_figure_whose_period_runs_backwards_is_left_out_with_its_reason():
    # whatever misreads a time phrase, no figure leaves the extractor with an end before its start
    from etl.extract.explain import Explanation
    from etl.extract.merge import Found, well_dated
    from etl.models import Figure

    def found(start: date, end: date) -> Found:
        figure = Figure("grdp_growth_pct", None, 8.66, "pct", "exact", "flow", start, end,
                        "8.66%", "Growth was 8.66%.", 11, 16, 0.8)  # fmt: skip
        why = Explanation("growth", "own clause", "lead-period", "province", "exact", "usual")
        return Found(figure, why, False, 3)

    forward, backward = (
        found(date(2019, 1, 1), date(2019, 9, 30)),
        found(date(2019, 11, 1), date(2019, 9, 30)),
    )
    kept, dropped = well_dated([forward, backward], [])
    assert kept == [forward]
    assert [(d.text, d.value) for d in dropped] == [("8.66%", 8.66)]
    assert "ends before it starts" in dropped[0].reason


def test_a_count_set_off_by_commas_after_its_noun_counts_it():
    # "New projects, numbering over 45, …", "Existing projects, some 30 of them, raised …": the
    # noun before the comma is counted, its adjectives and the verb after the count name the kind
    lead = "In the first half of 2024, foreign investors registered 300 million USD in Binh Duong. "
    for text, metric, count in (
        ("New projects, numbering over 45, brought in 120 million USD of that sum.",
         "fdi_new_projects_period", 45),
        ("Existing projects, some 30 of them, raised their capital by 80 million USD.",
         "fdi_adjusted_projects_period", 30),
        ("New projects numbered over 45, with 120 million USD between them.",
         "fdi_new_projects_period", 45),
    ):  # fmt: skip
        got = facts(lead + text, date(2024, 7, 5), "en")
        assert (metric, None, count, "2024-01-01", "2024-06-30") in got, text
        assert values(got, "fdi_projects_total") == set(), text
