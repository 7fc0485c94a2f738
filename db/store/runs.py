"""Runs and sources: a pass's start and end, and each source's last pass."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from db.records import SourceState
from db.sql import sql

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


def start_run(
    conn: DuckDBPyConnection,
    mode: str,
    sources: Sequence[str],
    since: datetime | None,
    until: datetime | None,
    now: datetime,
) -> int:
    """Record the start of a pass and return its run_id; close runs a killed process left open."""
    conn.execute(sql("mark_interrupted_runs"), [now])
    row = conn.execute(sql("start_run"), [mode, now, list(sources), since, until]).fetchone()
    assert row is not None
    return int(row[0])


def finish_run(
    conn: DuckDBPyConnection,
    run_id: int,
    status: str,
    counts: Mapping[str, int],
    errors: Sequence[str],
    now: datetime,
) -> None:
    """Record the end of a pass with its counts and errors."""
    conn.execute(
        sql("finish_run"),
        [now, status, counts.get("articles_new", 0), counts.get("figures_new", 0),
         counts.get("changes_new", 0), list(errors), run_id],
    )  # fmt: skip


def update_source_state(
    conn: DuckDBPyConnection,
    source: str,
    now: datetime,
    status: str,
    error: str | None,
    articles_new: int,
    run_id: int,
) -> None:
    """Remember how a source's last pass went."""
    conn.execute(sql("update_source_state"), [source, now, status, error, articles_new, run_id])


def source_states(conn: DuckDBPyConnection) -> dict[str, SourceState]:
    """Each source's last pass, by source name."""
    rows = conn.execute(sql("source_states")).fetchall()
    return {row[0]: SourceState._make(row) for row in rows}
