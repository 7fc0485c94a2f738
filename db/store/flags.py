"""What the flag step reads and writes: touched series and points, snapshots, changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from db.records import ChangeLine, FigureRow, PointRow, ReportRow, SnapshotRow, TouchedSeries
from db.sql import sql
from db.store.batch import insert

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Series = tuple[str, str | None]  # (metric, partner)
PointKey = tuple[str, str | None, date, date | None]  # (metric, partner, period_end, period_start)


def touched_series(conn: DuckDBPyConnection, edited: Sequence[str] = ()) -> list[TouchedSeries]:
    """Each series that unflagged runs or edits touch, with how many new figures it has."""
    rows = conn.execute(sql("touched_series"), [list(edited)]).fetchall()
    return [TouchedSeries._make(row) for row in rows]


def reports_of_touched_points(
    conn: DuckDBPyConnection, series: Sequence[Series], edited: Sequence[str]
) -> list[ReportRow]:
    """Every current report of the touched points of `series`; a touched point with no report
    left comes as one row of None reports."""
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    rows = conn.execute(
        sql("reports_of_touched_points"), [metrics, partners, list(edited)]
    ).fetchall()
    return [_report_row(row) for row in rows]


def _report_row(row: tuple[Any, ...]) -> ReportRow:
    """(point key, FigureRow columns, article columns) -> ReportRow."""
    width = len(fields(FigureRow))
    metric, partner, end, start = row[:4]
    figure = FigureRow(*row[4 : 4 + width]) if row[4] is not None else None
    published, fresh, source, url, article_hash = row[4 + width :]
    return ReportRow(metric, partner, end, start, figure, published, fresh, source, url,
                     article_hash)  # fmt: skip


def replace_points(
    conn: DuckDBPyConnection, keys: Sequence[PointKey], rows: Sequence[PointRow]
) -> None:
    """Write the consolidated touched points (`keys`) again: those in `rows`, the others go."""
    if keys:
        columns = [list(column) for column in zip(*keys, strict=True)]
        conn.execute(sql("delete_points"), columns)
    insert(conn, rows)


def known_points(conn: DuckDBPyConnection, series: Sequence[Series]) -> list[SnapshotRow]:
    """The latest snapshot of every point of the given series."""
    if not series:
        return []
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    rows = conn.execute(sql("known_points_of_series"), [metrics, partners]).fetchall()
    return [SnapshotRow(*row) for row in rows]


def mark_runs_flagged(conn: DuckDBPyConnection, run_id: int) -> None:
    """Runs up to `run_id` have had their figures flagged."""
    conn.execute(sql("mark_runs_flagged"), [run_id])


def list_changes(
    conn: DuckDBPyConnection, since: datetime | None, metric: str | None
) -> list[ChangeLine]:
    """The flagged changes, newest first, with both source URLs."""
    rows = conn.execute(sql("list_changes"), [since, since, metric, metric]).fetchall()
    return [ChangeLine._make(row) for row in rows]


def rebuild_points(conn: DuckDBPyConnection) -> None:
    """Consolidate every point again from the current figures."""
    conn.execute(sql("rebuild_points"))
