"""The flag step: flag every queued figure, exactly once, and consolidate the points it touches.

Stored figures wait in `flag_queue`. A flag step runs in one transaction under the writers'
lock, flags the series every queued figure touches, and empties the queue: a figure stored by a
concurrent pass is either in the queue when the step starts (flagged now) or stored after it
(flagged by the next step); a killed process leaves its figures queued for the next one. Its
cost follows the queued figures (the touched series), not the history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from db import store
from db.records import ChangeRow, PointRow, ReportRow, SnapshotRow, TouchedSeries
from etl.extract.catalogue import Catalogue
from etl.flag.classify import Point, PointKey, Report
from etl.flag.series import Outcome, SeriesRules, flag_series
from etl.flag.trust import Bounds, outlet_of
from etl.load.rows import change_row, point_row, snapshot_row

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Series = tuple[str, str | None]
Touched = dict[Series, dict[PointKey, list[ReportRow]]]
CHUNK_FIGURES = 2000  # queued figures flagged at a time


def flag_changes(
    conn: DuckDBPyConnection,
    run_id: int,
    now: datetime,
    tolerance: float,
    catalogue: Catalogue | None = None,
    edited: frozenset[str] = frozenset(),
) -> int:
    """Flag what every queued figure changed; returns the number of changes recorded.

    Run it inside a transaction. `catalogue` gives each metric's plausible range (without one,
    values are not range-checked); `edited` are articles whose edit is flagged on its own.
    """
    recorded = 0
    for chunk in _chunks(store.touched_series(conn)):
        recorded += _flag_chunk(conn, chunk, _Step(run_id, now, tolerance, catalogue, edited))
    store.clear_flag_queue(conn)
    return recorded


class _Step:
    """What every chunk of one flag step shares."""

    def __init__(self, run_id: int, now: datetime, tolerance: float,
                 catalogue: Catalogue | None, edited: frozenset[str]) -> None:  # fmt: skip
        self.run_id, self.now, self.tolerance = run_id, now, tolerance
        self.catalogue, self.edited = catalogue, edited

    def rules(self, metric: str, kind: str) -> SeriesRules:
        found = [m for m in self.catalogue.metrics if m.id == metric] if self.catalogue else []
        bounds = Bounds(found[0].min, found[0].max) if found else Bounds()
        return SeriesRules(kind, bounds, self.tolerance)


def _chunks(series: list[TouchedSeries]) -> list[list[Series]]:
    """Series grouped so that a group's queued figures stay under CHUNK_FIGURES."""
    chunks: list[list[Series]] = [[]]
    size = 0
    for metric, partner, figures in sorted(series, key=lambda s: (s.metric, s.partner or "")):
        if chunks[-1] and size + figures > CHUNK_FIGURES:
            chunks.append([])
            size = 0
        chunks[-1].append((metric, partner))
        size += figures
    return [chunk for chunk in chunks if chunk]


def _flag_chunk(conn: DuckDBPyConnection, chunk: list[Series], step: _Step) -> int:
    touched = _touched(store.reports_of_touched_points(conn, chunk))
    before = _points_by_series(store.points_of_series(conn, chunk))
    reviews = _reviews_by_series(conn, chunk)
    changes: list[ChangeRow] = []
    snapshots: list[SnapshotRow] = []
    points: list[PointRow] = []
    keys: list[tuple[str, str | None, date, date | None]] = []
    for series, reported in touched.items():
        known = before.get(series, {})
        kind = _kind(reported, known)
        reports = {key: [_report(r) for r in rows if r.figure] for key, rows in reported.items()}
        outcome = flag_series(step.rules(series[0], kind), {k: p.point for k, p in known.items()},
                              reports, reviews.get(series, {}), step.edited)  # fmt: skip
        changes += [change_row(series, c, step.run_id, step.now) for c in outcome.changes]
        snapshots += _snapshots(series, known, outcome, step.run_id)
        points += _point_rows(series, reported, known, outcome, step.run_id)
        keys += [(series[0], series[1], k[0], k[1]) for k in outcome.rewritten]
    store.insert(conn, snapshots)
    store.insert(conn, changes)
    store.replace_points(conn, keys, points)
    return len(changes)


class _Known:
    """A point as it stood, with its stored row (unit, URLs) for when only its flags change."""

    def __init__(self, row: PointRow) -> None:
        self.row = row
        self.point = Point(row.period_end, row.period_start, row.value, row.qualifier,
                           row.figure_id, row.n_sources, row.suspect,
                           row.suspect_reason)  # fmt: skip


def _points_by_series(rows: Sequence[PointRow]) -> dict[Series, dict[PointKey, _Known]]:
    found: dict[Series, dict[PointKey, _Known]] = defaultdict(dict)
    for row in rows:
        found[(row.metric, row.partner)][(row.period_end, row.period_start)] = _Known(row)
    return found


def _reviews_by_series(conn: DuckDBPyConnection, chunk: list[Series]) -> dict[Series, dict]:
    found: dict[Series, dict[PointKey, str]] = defaultdict(dict)
    for row in store.reviews_of_series(conn, chunk):
        found[(row.metric, row.partner)][(row.period_end, row.period_start)] = row.verdict
    return found


def _touched(rows: Sequence[ReportRow]) -> Touched:
    """Report rows by series and point (a point with no report left keeps an empty list)."""
    touched: Touched = defaultdict(lambda: defaultdict(list))
    for row in rows:
        points = touched[(row.metric, row.partner)]
        reports = points[(row.period_end, row.period_start)]
        if row.figure is not None:
            reports.append(row)
    return touched


def _kind(reported: dict[PointKey, list[ReportRow]], known: dict[PointKey, _Known]) -> str:
    kinds = [r.figure.kind for rows in reported.values() for r in rows if r.figure]
    return kinds[0] if kinds else "stock" if all(k[1] is None for k in known) else "flow"


def _report(row: ReportRow) -> Report:
    fig = row.figure
    assert fig is not None
    return Report(fig.figure_id, fig.article_id, fig.value, fig.qualifier, row.published_at,
                  row.fresh, row.source or "", outlet_of(row.url or ""), fig.sentence,
                  row.published_date, row.from_backfill)  # fmt: skip


def _snapshots(series: Series, known: dict[PointKey, _Known], outcome: Outcome,
               run_id: int) -> list[SnapshotRow]:  # fmt: skip
    """Points that are new or whose value, source or flags changed."""
    return [
        snapshot_row(series, point, run_id)
        for key, point in outcome.points.items()
        if key in outcome.rewritten and (key not in known or known[key].point != point)
    ]


def _point_rows(series: Series, reported: dict[PointKey, list[ReportRow]],
                known: dict[PointKey, _Known], outcome: Outcome,
                run_id: int) -> list[PointRow]:  # fmt: skip
    """The `points` rows of the rewritten points that still exist."""
    rows = []
    for key in outcome.rewritten:
        point = outcome.points.get(key)
        if point is None:
            continue
        behind = reported.get(key) or []
        if behind:
            deciding = next(r for r in behind if r.figure and r.figure.figure_id == point.figure_id)
            unit = deciding.figure.unit if deciding.figure else ""
            urls = sorted({str(r.url) for r in behind})
            rows.append(point_row(series, point, unit, urls, str(deciding.url),
                                  len({r.article_hash for r in behind}), run_id))  # fmt: skip
        else:
            old = known[key].row
            rows.append(point_row(series, point, old.unit, list(old.urls), old.url,
                                  old.n_reports, old.run_id))  # fmt: skip
    return rows
