"""Runs and sources: a pass's start and end, and each source's last pass."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from db.sql import sql


def start_run(conn, mode: str, sources: Sequence[str], since, until, now: datetime) -> int:
    """Record the start of a pass and return its run_id; close runs a killed process left open."""
    conn.execute(sql("mark_interrupted_runs"), [now])
    return conn.execute(sql("start_run"), [mode, now, list(sources), since, until]).fetchone()[0]


def finish_run(conn, run_id: int, status: str, counts: dict, errors: Sequence[str], now) -> None:
    """Record the end of a pass with its counts and errors."""
    conn.execute(
        sql("finish_run"),
        [
            now,
            status,
            counts.get("articles_new", 0),
            counts.get("figures_new", 0),
            counts.get("changes_new", 0),
            list(errors),
            run_id,
        ],
    )


def update_source_state(conn, source: str, now, status: str, error, articles_new, run_id) -> None:
    """Remember how a source's last pass went."""
    conn.execute(sql("update_source_state"), [source, now, status, error, articles_new, run_id])


def source_states(conn) -> dict[str, tuple]:
    """source -> (last_pass_at, last_status, last_error, articles_new)."""
    return {row[0]: row[1:] for row in conn.execute(sql("source_states")).fetchall()}
