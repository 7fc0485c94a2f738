"""Runs and sources: a pass's start and end, and each source's last pass."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from db.records import SourceState
from db.sql import sql
from db.store.batch import json_list

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


# Who runs a pass: this host, this process, and a token told apart from an earlier process
# that had the same pid (a restarted container). A constant of the process, not a cache.
HOST = socket.gethostname()
PROCESS_TOKEN = uuid.uuid4().hex[:12]


def start_run(
    conn: DuckDBPyConnection,
    mode: str,
    sources: Sequence[str],
    since: datetime | None,
    until: datetime | None,
    now: datetime,
) -> int:
    """Record the start of a pass and return its run_id; runs left open by a process that is
    gone are marked interrupted (a live process's runs, this one's too, are left alone)."""
    gone = [run_id for run_id, pid, owner in conn.execute(sql("open_runs")).fetchall()
            if not _alive(pid, owner)]  # fmt: skip
    if gone:
        conn.execute(sql("mark_interrupted_runs"), [now, json_list(gone)])
    owner = f"{HOST}:{os.getpid()}:{PROCESS_TOKEN}"
    row = conn.execute(
        sql("start_run"), [mode, now, json_list(sources), since, until, os.getpid(), owner]
    ).fetchone()
    assert row is not None
    return int(row[0])


def _alive(pid: int | None, owner: str | None) -> bool:
    """Whether the process that started a run still runs (unknown hosts: assumed so)."""
    if pid is None or owner is None:
        return False  # a run from before owners were kept
    host, _, token = owner.rsplit(":", 2)
    if host != HOST or os.name == "nt":
        return True  # cannot look at another machine's processes (nor safely on Windows)
    if pid == os.getpid():
        return token == PROCESS_TOKEN
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fill_published_dates(conn: DuckDBPyConnection, timezone: str) -> None:
    """Give articles stored before the paper's date was kept their date in `timezone`."""
    conn.execute(sql("fill_published_dates"), [timezone])


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
         counts.get("changes_new", 0), json_list(errors), run_id],
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
