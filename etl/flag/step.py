"""The flag step: after a run, snapshot the series its figures touched and record the changes.

Its cost follows the run's new figures (the touched points and their series), not the history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from db import store
from db.records import FigureRow, PointRow, ReportRow, SnapshotRow, TouchedSeries
from etl.flag.classify import Point, PointKey, Report, flag_series, latest
from etl.load.rows import change_row, point_row, snapshot_row

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Series = tuple[str, str | None]
CHUNK_FIGURES = 2000  # new figures flagged at a time


def flag_changes(
    conn: DuckDBPyConnection,
    run_id: int,
    now: datetime,
    tolerance: float,
    edited: frozenset[str] = frozenset(),
) -> int:
    """Flag what the figures of every not-yet-flagged run changed; returns the changes recorded.

    Also rewrites the consolidated `points` the run touched. Works through the touched series
    a few at a time (a series is never split), so memory follows the chunk, not the run. Runs
    inside the caller's transaction: a killed process leaves its runs unflagged for the next run.
    """
    recorded = 0
    for chunk in _chunks(store.touched_series(conn, sorted(edited))):
        recorded += _flag_chunk(conn, chunk, run_id, now, tolerance, edited)
    store.mark_runs_flagged(conn, run_id)
    return recorded


def _chunks(series: list[TouchedSeries]) -> list[list[Series]]:
    """Series grouped so that a group's new figures stay under CHUNK_FIGURES."""
    chunks: list[list[Series]] = [[]]
    size = 0
    for metric, partner, figures in sorted(series, key=lambda s: (s.metric, s.partner or "")):
        if chunks[-1] and size + figures > CHUNK_FIGURES:
            chunks.append([])
            size = 0
        chunks[-1].append((metric, partner))
        size += figures
    return [chunk for chunk in chunks if chunk]


def _flag_chunk(
    conn: DuckDBPyConnection,
    chunk: list[Series],
    run_id: int,
    now: datetime,
    tolerance: float,
    edited: frozenset[str],
) -> int:
    rows = store.reports_of_touched_points(conn, chunk, sorted(edited))
    touched, kinds, by_figure = _touched(rows)
    known = _known(store.known_points(conn, list(touched)))
    snapshots, changes = [], []
    for series, points in touched.items():
        if series not in kinds:
            continue  # no report of the series is left: nothing to compare
        live = {key: reports for key, reports in points.items() if reports}
        found, snapped = flag_series(kinds[series], known.get(series, {}), live, tolerance, edited)
        changes += [change_row(series, c, run_id, now) for c in found]
        snapshots += [snapshot_row(series, p, run_id) for p in snapped]
    store.insert(conn, snapshots)
    store.insert(conn, changes)
    keys = [(s[0], s[1], k[0], k[1]) for s, points in touched.items() for k in points]
    store.replace_points(conn, keys, _point_rows(touched, by_figure, run_id))
    return len(changes)


Touched = dict[Series, dict[PointKey, list[Report]]]


def _touched(rows: Sequence[ReportRow]) -> tuple[Touched, dict[Series, str], dict[str, ReportRow]]:
    """Reports by series and point; the series' kinds; each report's row by figure id."""
    touched: Touched = defaultdict(lambda: defaultdict(list))
    kinds: dict[Series, str] = {}
    by_figure: dict[str, ReportRow] = {}
    for row in rows:
        series = (row.metric, row.partner)
        points = touched[series]
        if row.figure is None:  # a touched point that no current figure reports any more
            points.setdefault((row.period_end, row.period_start), [])
            continue
        points[(row.period_end, row.period_start)].append(_report(row.figure, row))
        kinds[series] = row.figure.kind
        by_figure[row.figure.figure_id] = row
    return touched, kinds, by_figure


def _report(fig: FigureRow, row: ReportRow) -> Report:
    return Report(fig.figure_id, fig.article_id, fig.value, fig.qualifier, row.published_at,
                  row.fresh, row.source or "")  # fmt: skip


def _point_rows(touched: Touched, by_figure: dict[str, ReportRow], run_id: int) -> list[PointRow]:
    """The `points` rows of the touched points that still have reports."""
    rows = []
    for series, points in touched.items():
        for (end, start), reports in points.items():
            if not reports:
                continue
            best = latest(reports)
            behind = [by_figure[r.figure_id] for r in reports]
            deciding = by_figure[best.figure_id]
            point = Point(end, start, best.value, best.qualifier, best.figure_id)
            unit = deciding.figure.unit if deciding.figure else ""
            rows.append(point_row(
                series, point, unit, sorted({str(r.url) for r in behind}), str(deciding.url),
                len({r.article_hash for r in behind}), run_id,
            ))  # fmt: skip
    return rows


def _known(rows: Sequence[SnapshotRow]) -> dict[Series, dict[PointKey, Point]]:
    known: dict[Series, dict[PointKey, Point]] = defaultdict(dict)
    for row in rows:
        point = Point(row.period_end, row.period_start, row.value, row.qualifier, row.figure_id)
        known[(row.metric, row.partner)][point.key] = point
    return known
