"""Send what each channel has queued: after a pass, on `notify`, and a sample on `notify --test`.

Exactly once per channel and event: events are queued in one transaction with the channel's
cursor (so none is skipped or queued twice), marked sent only after the channel took them, and
sent again only when that mark is missing (a crash between the send and the mark). Such a copy
carries the same `delivery_id` (webhook body and `Idempotency-Key` header, the Atom entry id,
the email's Message-ID), so the receiver keeps one. One process sends at a time (a file lock).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import db
from db.lock import WriterLock
from db.session import Database
from db.store import outbox
from etl.config import Settings
from etl.config.notify import NotifyChannel
from etl.errors import EtlError
from etl.notify import apprise_channel, atom, mail, webhook
from etl.notify.events import DeliveryError, Queued, delivery_id, summary
from etl.notify.queue import queue_events

LOGGER = logging.getLogger(__name__)
LOCK_WAIT_SECONDS = 300.0


@dataclass(frozen=True, slots=True)
class ChannelResult:
    """What one channel did with its queue in one go."""

    channel: str
    sent: int
    waiting: int
    error: str | None = None


def after_pass(settings: Settings, run_id: int | None) -> list[ChannelResult]:
    """Queue the pass's events and send every channel's queue; never raises (a channel that
    fails keeps its events for the next pass, and says why in the log and the outbox)."""
    if not settings.notify:
        return []
    try:
        return deliver(settings, run_id)
    except Exception:  # a notification problem never fails the pass that found the changes
        LOGGER.exception("notifications after run %s failed; they are sent next time", run_id)
        return []


def deliver(settings: Settings, run_id: int | None = None) -> list[ChannelResult]:
    """Queue new events (a new channel starts with run `run_id`), then send every queue."""
    lock = WriterLock(Path(f"{settings.database}.notify.lock"))
    if not lock.acquire(timeout=LOCK_WAIT_SECONDS):
        raise EtlError(f"{settings.database}: another process is sending notifications")
    try:
        database = Database(settings.database)
        now = datetime.now(UTC)
        with database.session() as conn:
            with db.transaction(conn):
                queue_events(conn, settings, run_id, now)
            queues = {c.name: _queue_of(conn, c) for c in settings.notify}
        return [_send(database, settings, c, *queues[c.name]) for c in settings.notify]
    finally:
        lock.release()


def _queue_of(conn, channel: NotifyChannel) -> tuple[list[Queued], list[dict]]:
    pending = [Queued.from_row(row) for row in outbox.pending_events(conn, channel.name)]
    recent = []
    if channel.kind == "feed" and pending:
        recent = [
            json.loads(row[1])
            for row in outbox.recent_events(conn, channel.name, channel.max_entries)
        ]
    return pending, recent


def _send(database: Database, settings: Settings, channel: NotifyChannel,
          pending: list[Queued], recent: list[dict]) -> ChannelResult:  # fmt: skip
    done: list[str] = []

    def sent(event_ids: list[str]) -> None:
        with database.session() as conn:
            outbox.mark_sent(conn, channel.name, event_ids, datetime.now(UTC))
        done.extend(event_ids)

    if not pending:
        return ChannelResult(channel.name, 0, 0)
    try:
        _by_kind(settings, channel, pending, recent, sent)
    except DeliveryError as exc:
        left = [e.event_id for e in pending if e.event_id not in set(done)]
        with database.session() as conn:
            outbox.mark_failed(conn, channel.name, left, str(exc)[:500], datetime.now(UTC))
        LOGGER.warning("notify %s: %d sent, %d wait for the next pass: %s",
                       channel.name, len(done), len(left), exc)  # fmt: skip
        return ChannelResult(channel.name, len(done), len(left), str(exc))
    LOGGER.info("notify %s: %d sent", channel.name, len(done))
    return ChannelResult(channel.name, len(done), 0)


def _by_kind(settings, channel: NotifyChannel, pending: Sequence[Queued], recent, sent) -> None:
    ids = [e.event_id for e in pending]
    if channel.kind == "webhook":
        webhook.post_events(channel, pending, settings.user_agent, sent)
        return
    if channel.kind == "feed":
        try:
            atom.write_feed(channel, recent, datetime.now(UTC))
        except OSError as exc:
            raise DeliveryError(f"{channel.path}: cannot write the feed ({exc})") from exc
    elif channel.kind == "email":
        mail.send_digest(channel, pending)
    elif channel.kind == "apprise":
        apprise_channel.send_digest(channel, pending)
    sent(ids)


def send_test(settings: Settings, name: str) -> str:
    """Send a sample event to the channel called `name` (nothing is queued or recorded).

    Raises:
        ConfigError: no such channel. EtlError: the channel did not take the sample.
    """
    channel = settings.channel(name)
    event = sample_event(channel)
    queued = Queued(event["event_id"], event["type"], event["delivery_id"], event)
    try:
        if channel.kind == "webhook":
            webhook.post(channel, event, queued.delivery_id, settings.user_agent)
        elif channel.kind == "feed":
            atom.write_feed(channel, [event, *_recent(settings, channel)], datetime.now(UTC))
        elif channel.kind == "email":
            mail.send_digest(channel, [queued])
        else:
            apprise_channel.send_digest(channel, [queued])
    except (DeliveryError, OSError) as exc:
        raise EtlError(f"notify --test {name}: {exc}") from exc
    target = channel.url or channel.path or ", ".join(channel.smtp.to if channel.smtp else ())
    return f"sent a sample {channel.kind} event to {target or channel.name}"


def sample_event(channel: NotifyChannel) -> dict:
    """A made-up increase of cumulative FDI, marked as a test."""
    stamp = datetime.now(UTC)
    event_id = f"test:{stamp:%Y%m%dT%H%M%S%f}"
    event = {
        "event_id": event_id, "type": "test", "test": True, "change_id": None,
        "metric": "fdi_capital_total", "metric_label": "FDI registered capital, cumulative",
        "partner": None, "unit": "USD", "previous_value": 41.5e9, "value": 42.7e9,
        "delta": 1.2e9, "delta_pct": 2.89, "qualifier": "exact", "period_start": None,
        "period_end": "2024-12-31", "previous_period_end": "2024-06-30",
        "outlet": "example-outlet", "url": "https://example.org/news/fdi-2024",
        "previous_url": None, "title": "Sample: FDI rises (a test of the notification channel)",
        "text": "US$42.7 billion", "note": None, "history": False, "run_id": None,
        "sentence": "This is a test: the province's FDI capital reached US$42.7 billion.",
        "detected_at": stamp.isoformat().replace("+00:00", "Z"),
        "delivery_id": delivery_id(channel.name, event_id), "channel": channel.name,
    }  # fmt: skip
    event["summary"] = "TEST " + summary({**event, "type": "increase"})
    return event


def _recent(settings: Settings, channel: NotifyChannel) -> list[dict]:
    """The events the channel's feed shows now (none when there is no outbox yet)."""
    if not settings.database.exists():
        return []
    with db.reading(settings.database) as conn:
        rows = outbox.recent_events(conn, channel.name, channel.max_entries - 1)
    return [json.loads(row[1]) for row in rows]


def outbox_status(settings: Settings) -> tuple[list[str], list[tuple]]:
    """(columns, rows): per channel, events sent, waiting, the last send and the last error."""
    if not settings.database.exists():
        return ["channel", "sent", "waiting", "last_sent_at", "last_error"], []
    with db.reading(settings.database) as conn:
        rows = outbox.outbox_summary(conn)
    return ["channel", "sent", "waiting", "last_sent_at", "last_error"], rows
