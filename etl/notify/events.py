"""What a notification says: events built from changes and source streaks, and channel filters
(pure)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from etl.config.notify import NotifyChannel
from etl.extract.catalogue import Catalogue
from etl.report.display import (
    CHANGE_WORDS,
    amount,
    metric_label,
    percent_change,
    signed_amount,
)


class DeliveryError(Exception):
    """A channel did not take an event (it stays queued for the next pass)."""


@dataclass(frozen=True, slots=True)
class Queued:
    """One event waiting in a channel's outbox."""

    event_id: str
    event_type: str
    delivery_id: str
    payload: dict

    @staticmethod
    def from_row(row: tuple) -> Queued:
        """From an outbox row (event_id, event_type, delivery_id, payload, ...)."""
        return Queued(row[0], row[1], row[2], json.loads(row[3]))


@dataclass(frozen=True, slots=True)
class Streak:
    """A source that failed, or brought nothing new, in the last `passes` passes in a row."""

    source: str
    event_type: str  # source_failing | source_silent
    passes: int
    first_run_id: int
    last_run_id: int
    last_error: str | None = None


def delivery_id(channel: str, event_id: str) -> str:
    """The same id for the same event on the same channel, every time it is sent."""
    return hashlib.sha256(f"{channel}\n{event_id}".encode()).hexdigest()[:32]


def change_event_id(change_id: int) -> str:
    """The outbox key of a change (zero-padded, so that ids sort in order)."""
    return f"change:{change_id:012d}"


def change_event(row: dict, catalogue: Catalogue | None) -> dict:
    """A change row (from `change_events`) as the event channels receive."""
    unit = row.get("unit")
    event = {
        "event_id": change_event_id(row["change_id"]),
        "type": row["change_type"],
        "change_id": row["change_id"],
        "metric": row["metric"],
        "metric_label": metric_label(catalogue, row["metric"]),
        "partner": row["partner"],
        "unit": unit,
        "previous_value": row["previous_value"],
        "value": row["value"],
        "delta": row["delta"],
        "delta_pct": row["delta_pct"],
        "qualifier": row["qualifier"],
        "period_start": _iso(row["period_start"]),
        "period_end": _iso(row["period_end"]),
        "previous_period_end": _iso(row["previous_period_end"]),
        "outlet": row["outlet"],
        "url": row["url"],
        "previous_url": row["previous_url"],
        "title": row["title"],
        "text": row["text"],
        "sentence": row["sentence"],
        "note": row["note"],
        "history": bool(row["history"]),
        "run_id": row["run_id"],
        "detected_at": _iso(row["detected_at"]),
    }
    event["summary"] = summary(event)
    return event


def summary(event: dict) -> str:
    """One line a person reads: "FDI registered capital, cumulative rose: 41.5 bn USD -> ..."."""
    if event["type"] in ("source_failing", "source_silent"):
        what = "failed" if event["type"] == "source_failing" else "found no new article"
        return f"Source {event['source']} {what} in its last {event['passes']} passes"
    series = event["metric_label"] + (f" ({event['partner']})" if event.get("partner") else "")
    unit = event.get("unit")
    word = CHANGE_WORDS.get(event["type"], event["type"])
    line = f"{series} {word}: "
    if event.get("previous_value") is not None:
        line += f"{amount(event['previous_value'], unit)} -> "
    line += amount(event.get("value"), unit, event.get("qualifier"))
    if event.get("delta") is not None:
        change = percent_change(event.get("delta_pct"))
        line += f" ({signed_amount(event['delta'], unit)}{', ' + change if change else ''})"
    if event.get("period_end"):
        line += f", period ending {event['period_end']}"
    return line


def source_event(streak: Streak) -> dict:
    """A source streak as the event channels receive."""
    event = {
        "event_id": f"source:{streak.source}:{streak.event_type}:{streak.first_run_id:012d}",
        "type": streak.event_type,
        "source": streak.source,
        "passes": streak.passes,
        "first_run_id": streak.first_run_id,
        "last_run_id": streak.last_run_id,
        "error": streak.last_error,
        "history": False,
    }
    event["summary"] = summary(event)
    return event


def accepts(channel: NotifyChannel, event: dict) -> bool:
    """Whether the channel's filters let this event through.

    A minimum |delta %| applies to events that have one (a first sighting has none and passes).
    """
    if not channel.wants(event["type"]) or (event.get("history") and not channel.history):
        return False
    if event["type"].startswith("source_"):
        return True
    if channel.metrics and event.get("metric") not in channel.metrics:
        return False
    pct = event.get("delta_pct")
    return channel.min_delta_pct is None or pct is None or abs(pct) >= channel.min_delta_pct


def due_streaks(rows: Iterable[tuple], channel: NotifyChannel) -> list[Streak]:
    """The streaks (rows of `source_streaks`) long enough for the channel's alerts."""
    limits = {"source_failing": channel.source_failing_after,
              "source_silent": channel.source_silent_after}  # fmt: skip
    return [
        Streak(source, kind, passes, first, last, error)
        for source, kind, passes, first, last, error in rows
        if limits.get(kind) and passes >= limits[kind]
    ]


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
