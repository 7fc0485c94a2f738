"""The flag step: after a run, snapshot the series its figures touched and record the changes.

Its cost follows the run's new figures (the touched points and their series), not the history.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from db import store
from etl.changes import Change, Point, Report, flag_series

PointKey = tuple


def flag_changes(
    conn, run_id: int, now: datetime, tolerance: float, edited: frozenset[str] = frozenset()
) -> int:
    """Flag what the figures of every not-yet-flagged run changed; returns the changes recorded.

    Runs inside the caller's transaction, so a killed process leaves its runs unflagged and the
    next run flags them.
    """
    touched, kinds = _touched(store.reports_of_touched_points(conn))
    known = _known(store.known_points(conn, list(touched)))
    snapshots, changes = [], []
    for series, points in touched.items():
        found, snapped = flag_series(
            kinds[series], known.get(series, {}), points, tolerance, edited
        )
        changes += [_change_row(series, c, run_id, now) for c in found]
        snapshots += [_snapshot_row(series, p, run_id) for p in snapped]
    store.insert_rows(conn, "snapshots", snapshots)
    store.insert_rows(conn, "changes", changes)
    store.mark_runs_flagged(conn, run_id)
    return len(changes)


def _touched(rows) -> tuple[dict, dict]:
    touched: dict = defaultdict(lambda: defaultdict(list))
    kinds = {}
    for row in rows:
        metric, partner, end, start, fid, aid, value, qualifier, _, kind, published, fresh, src = (
            row
        )
        report = Report(fid, aid, value, qualifier, published, bool(fresh), src)
        touched[(metric, partner)][(end, start)].append(report)
        kinds[(metric, partner)] = kind
    return touched, kinds


def _known(rows) -> dict:
    known: dict = defaultdict(dict)
    for metric, partner, end, start, value, qualifier, figure_id in rows:
        known[(metric, partner)][(end, start)] = Point(end, start, value, qualifier, figure_id)
    return known


def _snapshot_row(series, point: Point, run_id: int) -> dict:
    return {
        "run_id": run_id, "metric": series[0], "partner": series[1],
        "period_end": point.period_end, "period_start": point.period_start,
        "value": point.value, "qualifier": point.qualifier, "figure_id": point.figure_id,
    }  # fmt: skip


def _change_row(series, change: Change, run_id: int, now: datetime) -> dict:
    previous = change.previous
    return {
        "run_id": run_id, "detected_at": now, "metric": series[0], "partner": series[1],
        "change_type": change.change_type, "value": change.point.value,
        "period_end": change.point.period_end, "period_start": change.point.period_start,
        "previous_value": previous.value if previous else None,
        "previous_period_end": previous.period_end if previous else None,
        "delta": change.delta, "delta_pct": change.delta_pct,
        "figure_id": change.point.figure_id,
        "previous_figure_id": previous.figure_id if previous else None,
        "history": change.history, "note": change.note,
    }  # fmt: skip
