"""Queue events in each channel's outbox, in one transaction with the channel's cursor."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from db.store import outbox
from etl.config import Settings
from etl.config.notify import NotifyChannel
from etl.notify.events import (
    accepts,
    change_event,
    delivery_id,
    due_streaks,
    source_event,
)


def queue_events(conn, settings: Settings, first_run_id: int | None, now: datetime) -> int:
    """Record the sources' last passes and queue every new event for every channel.

    Runs inside the caller's transaction, so the outbox rows and the cursors move together: an
    event is queued once per channel, or not at all. A channel seen for the first time starts
    with the changes of run `first_run_id` (None: with the changes to come).

    Returns:
        How many events were queued.
    """
    outbox.record_source_passes(conn)
    if not settings.notify:
        return 0
    streaks = outbox.source_streaks(conn)
    queued = 0
    for channel in settings.notify:
        start = _cursor(conn, channel.name, first_run_id)
        rows = outbox.change_events(conn, start)
        events = [change_event(row, settings.catalogue) for row in rows]
        events += [source_event(s) for s in due_streaks(streaks, channel)]
        queued += _queue(conn, channel, events, now)
        if rows:
            outbox.set_cursor(conn, channel.name, rows[-1]["change_id"])
    return queued


def _cursor(conn, channel: str, first_run_id: int | None) -> int:
    known = outbox.cursor(conn, channel)
    if known is not None:
        return known
    big = 1 << 62
    start = outbox.last_change_before_run(conn, big if first_run_id is None else first_run_id)
    outbox.set_cursor(conn, channel, start)
    return start


def _queue(conn, channel: NotifyChannel, events: Sequence[dict], now: datetime) -> int:
    rows = []
    for event in events:
        if not accepts(channel, event):
            continue
        delivery = delivery_id(channel.name, event["event_id"])
        event = {**event, "delivery_id": delivery, "channel": channel.name}
        rows.append((channel.name, event["event_id"], event["type"], delivery,
                     json.dumps(event, ensure_ascii=False)))  # fmt: skip
    outbox.queue_events(conn, rows, now)
    return len(rows)
