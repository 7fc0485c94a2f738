"""The HTML report's reads: points with their provenance and flags, sources' health."""

from __future__ import annotations

from collections.abc import Sequence

from db.sql import sql


def _dicts(cursor) -> list[dict]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def report_points(conn, metrics: Sequence[str] | None) -> list[dict]:
    """Every point (all of `points`' columns, with whatever a later schema adds) with its winning
    report's sentence, outlet and title, whether a backfill brought it first, and its flags."""
    chosen = list(metrics) if metrics else None
    return _dicts(conn.execute(sql("report_points"), [chosen, chosen]))


def report_sources(conn) -> list[dict]:
    """Per source: last pass, status, error, new articles, newest article, article counts."""
    return _dicts(conn.execute(sql("report_sources")))


def failing_passes(conn) -> dict[str, int]:
    """source -> failed passes in a row (empty before the notify tables exist)."""
    from db.store.outbox import has_outbox

    if not has_outbox(conn):
        return {}
    return dict(conn.execute(sql("report_failing_passes")).fetchall())


def report_window(conn) -> tuple:
    """(first run started, last run finished, runs)."""
    return conn.execute(sql("report_window")).fetchone()
