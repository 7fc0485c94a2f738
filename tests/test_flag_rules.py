"""The flag step's pure rules: like-with-like comparisons, outlets counted once per text, and
when a point is suspect."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from etl.flag.classify import Point, Report
from etl.flag.compare import before, comparisons, year_before
from etl.flag.series import SeriesRules, flag_series
from etl.flag.trust import AFTER_PUBLICATION, FALLS, Bounds, judge_series, n_sources, own_doubt

Q1_24 = (date(2024, 3, 31), date(2024, 1, 1))


@pytest.mark.parametrize(
    ("key", "year", "previous"),
    [
        (Q1_24, (date(2023, 3, 31), date(2023, 1, 1)), (date(2023, 12, 31), date(2023, 10, 1))),
        ((date(2024, 5, 31), date(2024, 1, 1)), (date(2023, 5, 31), date(2023, 1, 1)),
         (date(2023, 12, 31), date(2023, 8, 1))),
        ((date(2024, 2, 29), date(2024, 2, 1)), (date(2023, 2, 28), date(2023, 2, 1)),
         (date(2024, 1, 31), date(2024, 1, 1))),
        ((date(2024, 1, 10), date(2024, 1, 4)), (date(2023, 1, 10), date(2023, 1, 4)),
         (date(2024, 1, 3), date(2023, 12, 28))),
        ((date(2024, 6, 30), None), None, None),
    ],
)  # fmt: skip
def test_the_same_period_a_year_before_and_the_period_before(key, year, previous):
    assert year_before(key) == year and before(key) == previous


def point(end, start, value, suspect=False, n=1):
    return Point(end, start, value, "exact", f"f{end}{start}", n, suspect)


def test_a_flow_is_never_compared_with_a_period_of_another_length():
    points = {
        (date(2023, 3, 31), date(2023, 1, 1)): point(date(2023, 3, 31), date(2023, 1, 1), 7.1),
        (date(2023, 12, 31), date(2023, 1, 1)): point(date(2023, 12, 31), date(2023, 1, 1), 32),
        Q1_24: point(*Q1_24, 7.9),
        (date(2023, 12, 31), date(2023, 10, 1)): point(date(2023, 12, 31), date(2023, 10, 1), 8),
    }
    found = {(basis, a[0], b[0]) for basis, a, b in comparisons("flow", points)}
    assert found == {
        ("year_before", date(2023, 3, 31), date(2024, 3, 31)),
        ("previous_period", date(2023, 12, 31), date(2024, 3, 31)),
    }


def test_a_stock_is_compared_with_its_last_plausible_as_of_date():
    keys = [(date(2024, m, 28), None) for m in (1, 2, 3)]
    points = {keys[0]: point(keys[0][0], None, 10), keys[1]: point(keys[1][0], None, 1, True),
              keys[2]: point(keys[2][0], None, 11)}  # fmt: skip
    assert comparisons("stock", points) == {("previous_as_of", keys[0], keys[2])}


def report(outlet, text, day=1, value=1.0, published_date=None):
    return Report(f"{outlet}{day}{text}", f"a{outlet}{day}{text}", value, "exact",
                  datetime(2024, 1, day, tzinfo=UTC), True, outlet, outlet, text,
                  published_date)  # fmt: skip


def test_outlets_count_once_per_text_by_who_published_it_first():
    agency, own = "Exports rose to $7.9 billion.", "The province exported $7.9 billion."
    assert n_sources([report("a", agency, 1), report("b", agency, 2)]) == 1
    assert n_sources([report("a", agency, 1), report("b", f" {agency.upper()} ", 2)]) == 1
    assert n_sources([report("a", agency, 1), report("b", agency, 2), report("c", own)]) == 2
    assert n_sources([report("a", agency, 1), report("a", own, 2), report("b", agency, 3)]) == 1


def test_a_value_outside_the_range_and_a_period_after_publication_are_suspect():
    occupancy = Bounds(0, 100)
    late = point(date(2030, 12, 31), None, 90)
    assert own_doubt(point(date(2024, 6, 30), None, 104), [], occupancy).startswith("outside")
    assert own_doubt(late, [report("a", "t", published_date=date(2024, 6, 3))], occupancy) == (
        AFTER_PUBLICATION
    )
    december = point(date(2024, 12, 31), None, 90)  # a year's estimate in late December: fine
    assert own_doubt(december, [report("a", "t", published_date=date(2024, 12, 20))],
                     occupancy) is None  # fmt: skip


@pytest.mark.parametrize(
    ("values", "n", "suspects"),
    [
        ([42.7, 31.6, 43.5], 1, [False, True, False]),  # a fall back up again: the outlier
        ([42.7, 31.6], 1, [False, True]),  # the newest falls: unconfirmed
        ([42.7, 31.6], 2, [False, False]),  # two outlets say so
        ([42.7, 31.6, 31.0], 1, [False, False, False]),  # the series stays down: it fell
        ([42.7, 42.5, 43.5], 1, [False, False, False]),  # a small dip is no fall
    ],
)
def test_a_cumulative_total_that_falls_unconfirmed_is_suspect(values, n, suspects):
    points = {(date(2024, i + 1, 28), None): point(date(2024, i + 1, 28), None, v, n=n)
              for i, v in enumerate(values)}  # fmt: skip
    judged = judge_series("stock", points, {}, {}, 0.01)
    assert [p.suspect for p in judged.values()] == suspects
    assert all(p.suspect_reason == FALLS for p in judged.values() if p.suspect)
    flows = judge_series("flow", points, {}, {}, 0.01)
    assert not any(p.suspect for p in flows.values())  # flows go up and down


def test_a_review_wins_and_a_second_flag_of_the_same_state_says_nothing():
    key = (date(2024, 2, 28), None)
    points = {(date(2024, 1, 28), None): point(date(2024, 1, 28), None, 42.7),
              key: point(key[0], None, 31.6)}  # fmt: skip
    accepted = judge_series("stock", points, {}, {key: "accept"}, 0.01)
    assert not accepted[key].suspect
    rejected = judge_series("stock", points, {}, {(date(2024, 1, 28), None): "reject"}, 0.01)
    assert rejected[(date(2024, 1, 28), None)].suspect and not rejected[key].suspect
    outcome = flag_series(SeriesRules("stock"), accepted, {}, {key: "accept"})
    assert outcome.changes == [] and outcome.rewritten == set()
