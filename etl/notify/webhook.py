"""Webhook channel: one HTTP POST of JSON per event, retried with backoff on failure."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence

from etl.config.notify import NotifyChannel
from etl.notify.events import DeliveryError, Queued

LOGGER = logging.getLogger(__name__)
MAX_RESPONSE_BYTES = 64 * 1024
BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 8.0
RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


def post_events(
    channel: NotifyChannel,
    events: Sequence[Queued],
    user_agent: str,
    sent: Callable[[list[str]], None],
) -> None:
    """POST each event in order, calling `sent` with its id as soon as the receiver accepted it.

    Every request carries the event's `delivery_id` (in the body and as the `Idempotency-Key`
    header), the same on every attempt, so a receiver can drop a copy.

    Raises:
        DeliveryError: an event was refused after the retries; the events after it wait too.
    """
    for event in events:
        post(channel, event.payload, event.delivery_id, user_agent)
        sent([event.event_id])


def post(channel: NotifyChannel, payload: dict, delivery: str, user_agent: str) -> None:
    """One event, with up to `max_retries` retries (backoff 0.5 s, 1 s, 2 s ... at most 8 s)."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": user_agent,
               "Idempotency-Key": delivery, "X-Tracker-Event": payload.get("type", "")}  # fmt: skip
    for attempt in range(channel.max_retries + 1):
        problem, retry = _attempt(channel, body, headers)
        if problem is None:
            return
        if not retry or attempt == channel.max_retries:
            raise DeliveryError(f"{channel.url}: {problem}")
        pause = min(MAX_BACKOFF_SECONDS, BACKOFF_SECONDS * 2**attempt)
        LOGGER.info("notify %s: %s; retrying in %.1fs", channel.name, problem, pause)
        time.sleep(pause)


def _attempt(channel: NotifyChannel, body: bytes, headers: dict) -> tuple[str | None, bool]:
    """(None, _) when accepted; else (what went wrong, whether to retry)."""
    if not channel.url:
        return "the channel has no url", False
    request = urllib.request.Request(channel.url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=channel.timeout) as response:
            response.read(MAX_RESPONSE_BYTES)
            return None, False
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}", exc.code in RETRYABLE
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"cannot connect ({reason})", True
