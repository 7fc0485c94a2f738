"""Notifications' reads and writes: source passes, channel cursors, the outbox (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from db.sql import sql


def record_source_passes(conn) -> None:
    """Keep the last pass of every source in `source_passes` (idempotent)."""
    conn.execute(sql("record_source_passes"))


def source_streaks(conn) -> list[tuple]:
    """Each source's current run of failing passes and of passes with no new article:
    (source, event_type, passes, first_run_id, last_run_id, last_error)."""
    return conn.execute(sql("source_streaks")).fetchall()


def cursor(conn, channel: str) -> int | None:
    """The last change id the channel has considered (None: a channel never seen)."""
    row = conn.execute(sql("notify_cursor"), [channel]).fetchone()
    return row[0] if row else None


def set_cursor(conn, channel: str, change_id: int) -> None:
    """Move the channel's cursor."""
    conn.execute(sql("set_notify_cursor"), [channel, change_id])


def last_change_before_run(conn, run_id: int) -> int:
    """The highest change id of the runs before `run_id` (0 when none)."""
    return conn.execute(sql("last_change_before_run"), [run_id]).fetchone()[0]


def change_events(conn, after: int) -> list[dict]:
    """Every change after change id `after`, as dicts with its figure's and article's details."""
    cursor_ = conn.execute(sql("change_events"), [after])
    columns = [d[0] for d in cursor_.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor_.fetchall()]


def queue_events(conn, rows: Sequence[tuple], now: datetime) -> None:
    """Queue (channel, event_id, event_type, delivery_id, payload) rows; queued ones stay."""
    for row in rows:
        conn.execute(sql("queue_event"), [*row, now])


def pending_events(conn, channel: str) -> list[tuple]:
    """(event_id, event_type, delivery_id, payload, attempts) the channel has still to send."""
    return conn.execute(sql("pending_events"), [channel]).fetchall()


def recent_events(conn, channel: str, limit: int) -> list[tuple]:
    """(event_id, payload, queued_at) of the channel's newest events, sent or not (none in a
    database from before the outbox)."""
    if not has_outbox(conn):
        return []
    return conn.execute(sql("recent_events"), [channel, limit]).fetchall()


def mark_sent(conn, channel: str, event_ids: Sequence[str], now: datetime) -> None:
    """Record that the channel accepted these events."""
    if event_ids:
        conn.execute(sql("mark_events_sent"), [now, now, channel, list(event_ids)])


def mark_failed(conn, channel: str, event_ids: Sequence[str], error: str, now: datetime) -> None:
    """Record a failed attempt (the events stay queued for the next pass)."""
    if event_ids:
        conn.execute(sql("mark_events_failed"), [now, error, channel, list(event_ids)])


def outbox_summary(conn) -> list[tuple]:
    """(channel, sent, waiting, last_sent_at, last_error) per channel (none in a database from
    before the outbox)."""
    if not has_outbox(conn):
        return []
    return conn.execute(sql("outbox_summary")).fetchall()


def has_outbox(conn) -> bool:
    """Whether the database has the notify tables yet (a read-only open does not migrate)."""
    row = conn.execute(sql("has_outbox")).fetchone()
    return bool(row and row[0])
