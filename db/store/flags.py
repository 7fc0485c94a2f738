"""What the flag step reads and writes: touched series and points, snapshots, changes."""

from __future__ import annotations

from collections.abc import Sequence

from db.sql import sql
from db.store.batch import insert_rows


def touched_series(conn, edited: Sequence[str] = ()) -> list[tuple[str, str | None, int]]:
    """(metric, partner, new figures) of each series that unflagged runs or edits touch."""
    return conn.execute(sql("touched_series"), [list(edited)]).fetchall()


def reports_of_touched_points(conn, series: Sequence[tuple], edited: Sequence[str]) -> list[tuple]:
    """Every current report of the touched points of `series` ((metric, partner) pairs); a
    touched point with no report left comes as one row of NULL reports."""
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    return conn.execute(
        sql("reports_of_touched_points"), [metrics, partners, list(edited)]
    ).fetchall()


def replace_points(conn, keys: list[tuple], rows: list[dict]) -> None:
    """Write the consolidated touched points (`keys`: metric, partner, period_end, period_start)."""
    if keys:
        columns = [list(column) for column in zip(*keys, strict=True)]
        conn.execute(sql("delete_points"), columns)
    insert_rows(conn, "points", rows)


def known_points(conn, series: list[tuple[str, str | None]]) -> list[tuple]:
    """The latest snapshot of every point of the given (metric, partner) series."""
    if not series:
        return []
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    return conn.execute(sql("known_points_of_series"), [metrics, partners]).fetchall()


def mark_runs_flagged(conn, run_id: int) -> None:
    """Runs up to `run_id` have had their figures flagged."""
    conn.execute(sql("mark_runs_flagged"), [run_id])


def list_changes(conn, since, metric: str | None):
    """The flagged changes, newest first, with both source URLs: (columns, rows)."""
    cursor = conn.execute(sql("list_changes"), [since, since, metric, metric])
    return [d[0] for d in cursor.description], cursor.fetchall()


def rebuild_points(conn) -> None:
    """Consolidate every point again from the current figures."""
    conn.execute(sql("rebuild_points"))
