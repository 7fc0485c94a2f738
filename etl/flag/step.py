"""The flag step: after a run, snapshot the series its figures touched and record the changes.

Its cost follows the run's new figures (the touched points and their series), not the history.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from db import store
from etl.flag.classify import Change, Point, Report, flag_series, latest

PointKey = tuple
CHUNK_FIGURES = 2000  # new figures flagged at a time


def flag_changes(
    conn, run_id: int, now: datetime, tolerance: float, edited: frozenset[str] = frozenset()
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


def _chunks(series: list[tuple[str, str | None, int]]) -> list[list[tuple[str, str | None]]]:
    """Series grouped so that a group's new figures stay under CHUNK_FIGURES."""
    chunks: list[list[tuple[str, str | None]]] = [[]]
    size = 0
    for metric, partner, figures in sorted(series, key=lambda s: (s[0], s[1] or "")):
        if chunks[-1] and size + figures > CHUNK_FIGURES:
            chunks.append([])
            size = 0
        chunks[-1].append((metric, partner))
        size += figures
    return [chunk for chunk in chunks if chunk]


def _flag_chunk(conn, chunk, run_id: int, now: datetime, tolerance: float, edited) -> int:
    rows = store.reports_of_touched_points(conn, chunk, sorted(edited))
    touched, kinds, extra = _touched(rows)
    known = _known(store.known_points(conn, list(touched)))
    snapshots, changes = [], []
    for series, points in touched.items():
        if series not in kinds:
            continue  # no report of the series is left: nothing to compare
        live = {key: reports for key, reports in points.items() if reports}
        found, snapped = flag_series(kinds[series], known.get(series, {}), live, tolerance, edited)
        changes += [_change_row(series, c, run_id, now) for c in found]
        snapshots += [_snapshot_row(series, p, run_id) for p in snapped]
    store.insert_rows(conn, "snapshots", snapshots)
    store.insert_rows(conn, "changes", changes)
    keys = [(s[0], s[1], k[0], k[1]) for s, points in touched.items() for k in points]
    store.replace_points(conn, keys, _point_rows(touched, extra, run_id))
    return len(changes)


def _touched(rows) -> tuple[dict, dict, dict]:
    """Reports by series and point; the series' kinds; each report's unit, url and content hash."""
    touched: dict = defaultdict(lambda: defaultdict(list))
    kinds, extra = {}, {}
    for row in rows:
        metric, partner, end, start, fid, aid, value, qualifier, unit, kind, published = row[:11]
        fresh, src, url, content_hash = row[11:]
        points = touched[(metric, partner)]
        if fid is None:  # a touched point that no current figure reports any more
            points.setdefault((end, start), [])
            continue
        points[(end, start)].append(Report(fid, aid, value, qualifier, published, bool(fresh), src))
        kinds[(metric, partner)] = kind
        extra[fid] = (unit, url, content_hash)
    return touched, kinds, extra


def _point_rows(touched: dict, extra: dict, run_id: int) -> list[dict]:
    """The `points` rows of the touched points that still have reports."""
    rows = []
    for (metric, partner), points in touched.items():
        for (end, start), reports in points.items():
            if not reports:
                continue
            best = latest(reports)
            unit, url, _ = extra[best.figure_id]
            rows.append({
                "metric": metric, "partner": partner, "period_end": end, "period_start": start,
                "value": best.value, "unit": unit, "qualifier": best.qualifier,
                "n_reports": len({extra[r.figure_id][2] for r in reports}),
                "urls": sorted({extra[r.figure_id][1] for r in reports}), "url": url,
                "figure_id": best.figure_id, "run_id": run_id,
            })  # fmt: skip
    return rows


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
