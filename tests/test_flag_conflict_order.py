"""A new point's conflict is found by sorting, not by comparing every pair of its reports: the
same conflict as the pairwise comparison, on random reports and through a real flag step."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest

import db
import etl.flag.series
from etl.flag.classify import EPOCH, Change, Point, Report, agree, new_point_conflict
from etl.flag.step import flag_changes

QUALIFIERS = ("exact", "exact", "over", "under", "approx")


def pairwise_conflict(point: Point, reports: list[Report], tolerance: float) -> list[Change]:
    """The definition: of the reports in publication order, the first pair (earlier, later) of
    two articles that disagree."""
    ordered = sorted(reports, key=lambda r: (r.published_at or EPOCH, r.figure_id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.article_id != b.article_id and not agree(
                (a.value, a.qualifier), (b.value, b.qualifier), tolerance
            ):
                newer = Point(point.period_end, point.period_start, b.value, b.qualifier,
                              b.figure_id)  # fmt: skip
                older = Point(point.period_end, point.period_start, a.value, a.qualifier,
                              a.figure_id)  # fmt: skip
                note = "two reports of a new point disagree"
                return [Change("conflict", newer, older, note=note)]
    return []


def random_reports(rng: random.Random) -> list[Report]:
    """Up to 40 reports from a few articles (one article often reports twice), values near
    each other or far apart, publication times that tie or are missing."""
    articles = [f"a{i}" for i in range(rng.randint(1, 6))]
    base = rng.choice([100.0, 4500.0, 1.4e9, -20.0, 0.0])
    spread = rng.choice([0.0, 0.004, 0.03, 0.2, 1.0])
    day = datetime(2024, 1, 1, tzinfo=UTC)
    return [
        Report(
            figure_id=f"f{i:03d}{rng.randint(0, 9)}",
            article_id=rng.choice(articles),
            value=round(base * (1 + rng.uniform(-spread, spread)), rng.choice([0, 2, 6])),
            qualifier=rng.choice(QUALIFIERS),
            published_at=rng.choice([None, day + timedelta(days=rng.randint(0, 3))]),
            fresh=True,
        )
        for i in range(rng.randint(0, 40))
    ]


def test_the_sorted_search_finds_the_pairwise_conflict_on_random_reports():
    rng = random.Random(16)
    point = Point(date(2024, 6, 30), date(2024, 1, 1), 0.0, "exact", "f")
    found = 0
    for _ in range(4000):
        reports = random_reports(rng)
        tolerance = rng.choice([0.0, 0.01, 0.05])
        expected = pairwise_conflict(point, reports, tolerance)
        assert new_point_conflict(point, reports, tolerance) == expected, reports
        found += bool(expected)
    assert 1000 < found < 3000  # both outcomes are well represented


def test_reports_of_one_article_never_conflict_and_the_first_pair_is_named():
    point = Point(date(2024, 6, 30), None, 0.0, "exact", "f")
    day = datetime(2024, 1, 1, tzinfo=UTC)

    def report(fid: str, article: str, value: float, days: int) -> Report:
        return Report(fid, article, value, "exact", day + timedelta(days=days), True)

    same = [report("f1", "a", 10, 0), report("f2", "a", 99, 1)]
    assert new_point_conflict(point, same, 0.01) == []
    reports = [report("f1", "a", 10, 0), report("f2", "a", 99, 1), report("f3", "b", 10, 2),
               report("f4", "c", 50, 3), report("f5", "b", 99, 4)]  # fmt: skip
    (change,) = new_point_conflict(point, reports, 0.01)
    assert (change.previous.figure_id, change.point.figure_id) == ("f1", "f4")


def fill_random(conn, seed: int) -> None:
    """Random figures of 30 new points (two series), from 25 articles of three outlets."""
    rng = random.Random(seed)
    conn.execute("INSERT INTO runs (run_id, mode, started_at, status) "
                 "VALUES (1, 'backfill', now(), 'ok')")  # fmt: skip
    for a in range(25):
        conn.execute(
            "INSERT INTO articles (article_id, url, canonical_url, source, title, published_at, "
            "lang, relevant, body, content_hash, first_seen_at, last_fetched_at) VALUES "
            "(?, ?, ?, ?, 't', ?, 'en', true, '', ?, now(), now())",
            [f"a{a}", f"https://news{a % 3}.test/{a}", f"https://x.test/{a}", f"outlet{a % 3}",
             datetime(2024, 1, 1 + rng.randint(0, 5)), f"h{a}"],
        )  # fmt: skip
    for i in range(600):
        point = rng.randrange(30)
        conn.execute(
            "INSERT INTO figures (figure_id, article_id, metric, value, unit, qualifier, kind, "
            "period_start, period_end, text, sentence, extracted_at, content_hash, run_id) "
            "VALUES (?, ?, ?, ?, 'USD', ?, 'flow', NULL, ?, 'x', 's', now(), ?, 1)",
            [f"f{i}", f"a{(a := rng.randrange(25))}",
             "exports_period" if point % 2 else "imports_period",
             1e9 * (1 + point % 5) * (1 + rng.choice([0, 0, 0.001, 0.02, 0.3])),
             rng.choice(QUALIFIERS), date(2020, 1, 1) + timedelta(days=31 * point), f"h{a}"],
        )  # fmt: skip
    conn.execute("INSERT INTO flag_queue SELECT figure_id, run_id FROM figures")


@pytest.mark.parametrize("seed", [1, 2])
def test_a_flag_step_writes_the_conflicts_the_pairwise_comparison_writes(
    tmp_path, monkeypatch, seed
):
    conn = db.connect(tmp_path / "sorted.duckdb")
    db.migrate(conn)
    fill_random(conn, seed)
    conn.close()
    shutil.copy(tmp_path / "sorted.duckdb", tmp_path / "pairwise.duckdb")
    found = {}
    for name in ("sorted", "pairwise"):
        if name == "pairwise":
            monkeypatch.setattr(etl.flag.series, "new_point_conflict", pairwise_conflict)
        conn = db.connect(tmp_path / f"{name}.duckdb")
        with db.transaction(conn):
            flag_changes(conn, 1, datetime(2026, 1, 1, tzinfo=UTC), 0.01)
        found[name] = conn.execute(
            "SELECT change_type, metric, period_end, value, previous_value, figure_id, "
            "previous_figure_id, note FROM changes ORDER BY change_id"
        ).fetchall()
        conn.close()
    conflicts = [row for row in found["sorted"] if row[0] == "conflict"]
    assert len(conflicts) >= 5
    assert found["sorted"] == found["pairwise"]
