"""What the flag step reads and writes: the queue of figures to flag, the reports and points of
the series they touch, reviews, snapshots, changes; and the reads of the `changes` command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from db.records import (
    ChangeLine,
    FigureRow,
    PointRow,
    ReportedFigure,
    ReportRow,
    ReviewRow,
    TouchedPoint,
)
from db.sql import sql
from db.store.batch import insert, json_list

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Series = tuple[str, str | None]  # (metric, partner)
PointKey = tuple[str, str | None, date, date | None]  # (metric, partner, period_end, period_start)


def store_figures(conn: DuckDBPyConnection, rows: Sequence[FigureRow]) -> None:
    """Store figures and queue them for the next flag step (in the caller's transaction)."""
    insert(conn, rows)
    for run_id in sorted({row.run_id for row in rows}):
        queue_figures(conn, [row.figure_id for row in rows if row.run_id == run_id], run_id)


def queue_figures(conn: DuckDBPyConnection, figure_ids: Sequence[str], run_id: int) -> None:
    """Figures that the next flag step must compare (stored in the same transaction)."""
    if figure_ids:
        conn.execute(sql("queue_figures"), [json_list(figure_ids), run_id])


def touched_points(conn: DuckDBPyConnection) -> list[TouchedPoint]:
    """Each point that queued figures touch, series by series, each in time order."""
    rows = conn.execute(sql("touched_points")).fetchall()
    return [TouchedPoint._make(row) for row in rows]


def reports_of_points(conn: DuckDBPyConnection, points: Sequence[PointKey]) -> list[ReportRow]:
    """Every current report of `points`; a point with no report left comes as one row without
    a figure. Read in batches, each row made lean at once (its raw rows are never all held)."""
    cursor = conn.execute(sql("reports_of_points"), [_points(points)])
    found: list[ReportRow] = []
    while batch := cursor.fetchmany(REPORT_BATCH_ROWS):
        found += map(_report_row, batch)
    return found


REPORT_BATCH_ROWS = 2048  # report rows read from the cursor at a time
FIGURE_WIDTH = len(fields(ReportedFigure))  # the ReportedFigure columns of a report row


def _report_row(row: tuple[Any, ...]) -> ReportRow:
    """(point key, ReportedFigure columns, article and run columns) -> ReportRow. Words that
    repeat from row to row (metric, partner, unit, qualifier, kind, source) are shared."""
    width = FIGURE_WIDTH
    metric, partner, end, start = row[:4]
    figure = None
    if row[4] is not None:
        figure_id, article_id, value, unit, qualifier, kind, sentence = row[4 : 4 + width]
        figure = ReportedFigure(figure_id, article_id, value, sys.intern(unit),
                                sys.intern(qualifier), sys.intern(kind), sentence)  # fmt: skip
    published, published_date, fresh, backfill, source, url, article_hash = row[4 + width :]
    return ReportRow(sys.intern(metric), _shared(partner), end, start, figure, published,
                     published_date, fresh, backfill, _shared(source), url,
                     article_hash)  # fmt: skip


def _shared(word: str | None) -> str | None:
    """One copy of a word that many rows repeat (the database hands out a new one per row)."""
    return None if word is None else sys.intern(word)


def points_of_series(conn: DuckDBPyConnection, series: Sequence[Series]) -> list[PointRow]:
    """The consolidated points of the given series, as they stand."""
    rows = conn.execute(sql("points_of_series"), [_series(series)]).fetchall()
    names = [f.name for f in fields(PointRow)]
    return [PointRow(**(dict(zip(names, row, strict=True)) | {"urls": tuple(row[8] or ())}))
            for row in rows]  # fmt: skip


def reviews_of_series(conn: DuckDBPyConnection, series: Sequence[Series]) -> list[ReviewRow]:
    """The latest verdict on each reviewed point of the given series."""
    rows = conn.execute(sql("reviews_of_series"), [_series(series)]).fetchall()
    return [ReviewRow._make(row) for row in rows]


def _series(series: Sequence[Series]) -> str:
    return json_list({"metric": metric, "partner": partner} for metric, partner in series)


def replace_points(
    conn: DuckDBPyConnection, keys: Sequence[PointKey], rows: Sequence[PointRow]
) -> None:
    """Write the points of `keys` again: those in `rows`, the others go."""
    if keys:
        conn.execute(sql("delete_points"), [_points(keys)])
    insert(conn, rows)


def _points(keys: Sequence[PointKey]) -> str:
    names = ("metric", "partner", "period_end", "period_start")
    return json_list(dict(zip(names, key, strict=True)) for key in keys)


def clear_flag_queue(conn: DuckDBPyConnection) -> None:
    """The queued figures have been flagged (call inside the flag step's transaction)."""
    conn.execute(sql("clear_flag_queue"))


def queued_figures(conn: DuckDBPyConnection) -> int:
    """How many stored figures wait to be flagged."""
    row = conn.execute(sql("queued_figures")).fetchone()
    return int(row[0]) if row else 0


def add_review(conn: DuckDBPyConnection, review: ReviewRow) -> int:
    """Keep a verdict on a point and queue its figures, so the next flag step follows it;
    returns how many current figures report the point (0: no such point, nothing kept)."""
    point = [review.metric, review.partner, review.period_end, review.period_start]
    figures = conn.execute(sql("figures_of_point"), point).fetchall()
    if figures:
        conn.execute(sql("add_review"), list(review))
    for figure_id, run_id in figures:
        queue_figures(conn, [figure_id], run_id)
    return len(figures)


def suspect_points(conn: DuckDBPyConnection) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(columns, rows) of every suspect point, for a reviewer."""
    cursor = conn.execute(sql("suspect_points"))
    return [d[0] for d in cursor.description], cursor.fetchall()


def list_changes(
    conn: DuckDBPyConnection, since: datetime | None, metric: str | None
) -> list[ChangeLine]:
    """The flagged changes, newest first, with both source URLs."""
    rows = conn.execute(sql("list_changes"), [since, since, metric, metric]).fetchall()
    return [ChangeLine._make(row) for row in rows]
