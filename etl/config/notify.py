"""The `[[notify]]` tables of the config: channels (webhook, feed, email, apprise) and filters."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.config.checker import Checker, valid_url

CHANNEL_KINDS = ("webhook", "feed", "email", "apprise")
CHANGE_TYPES = (
    "first_seen", "increase", "decrease", "revision", "conflict", "article_edited", "suspect",
)  # fmt: skip
SOURCE_EVENTS = ("source_failing", "source_silent")
EVENT_TYPES = CHANGE_TYPES + SOURCE_EVENTS
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FEED_TITLE = "Province news tracker: changes"
COMMON_KEYS = {
    "name", "kind", "change_types", "metrics", "min_delta_pct", "history",
    "source_failing_after", "source_silent_after", "timeout", "max_retries",
}  # fmt: skip
KIND_KEYS = {
    "webhook": {"url"},
    "feed": {"path", "title", "max_entries"},
    "email": {"smtp_host", "smtp_port", "smtp_user", "smtp_password_env", "smtp_starttls",
              "smtp_ssl", "from", "to", "subject"},
    "apprise": {"urls"},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Smtp:
    """Where and how an email channel sends its digest (the password is read from the
    environment variable `password_env` when the digest is sent, never kept in the config)."""

    host: str
    port: int
    user: str | None
    password_env: str | None
    starttls: bool
    ssl: bool
    sender: str
    to: tuple[str, ...]
    subject: str


@dataclass(frozen=True, slots=True)
class NotifyChannel:
    """One `[[notify]]` channel: where events go, and which events it wants."""

    name: str
    kind: str
    url: str | None = None  # webhook
    path: Path | None = None  # feed: the Atom file
    title: str = FEED_TITLE
    max_entries: int = 200
    urls: tuple[str, ...] = ()  # apprise
    smtp: Smtp | None = None  # email
    change_types: tuple[str, ...] = ()  # empty: every type
    metrics: tuple[str, ...] = ()  # empty: every metric
    min_delta_pct: float | None = None
    history: bool = False  # backfilled history too (news only by default)
    source_failing_after: int = 3  # passes in a row a source fails before that is an event
    source_silent_after: int = 48  # passes in a row with no new article (0: never)
    timeout: float = 10.0
    max_retries: int = 3

    def wants(self, event_type: str) -> bool:
        """Whether this channel takes events of this type."""
        return not self.change_types or event_type in self.change_types


def notify_channels(check: Checker, raw: Any, folder: Path, settings) -> tuple[NotifyChannel, ...]:
    """Every `[[notify]]` table, checked against the settings' metric catalogue; each problem is
    noted on `check`."""
    metric_ids = frozenset(m.id for m in settings.catalogue.metrics)
    if not isinstance(raw, list):
        check.bad("notify", "an array of tables ([[notify]])", raw)
        return ()
    channels, seen = [], set()
    for index, table in enumerate(raw):
        if not isinstance(table, dict):
            check.bad(f"notify[{index}]", "a table", table)
            continue
        channel = _channel(check, table, index, folder, metric_ids)
        if channel.name in seen:
            check.bad(f"notify[{channel.name}].name", "a name no other channel has", channel.name)
        seen.add(channel.name)
        channels.append(channel)
    return tuple(channels)


def _channel(check: Checker, table: dict, index: int, folder: Path, metric_ids) -> NotifyChannel:
    name = table.get("name")
    p = f"notify[{name}]." if isinstance(name, str) else f"notify[{index}]."
    name = check.take(table, "name", p, str, "")
    if not NAME_RE.match(name):
        check.bad(f"{p}name", "a name of lowercase letters, digits and '-'", name)
    kind = check.take(table, "kind", p, str, "")
    if kind not in CHANNEL_KINDS:
        check.bad(f"{p}kind", " or ".join(f'"{k}"' for k in CHANNEL_KINDS), kind)
    check.unknown(table, COMMON_KEYS | KIND_KEYS.get(kind, set()), p)
    return NotifyChannel(
        name=name,
        kind=kind,
        **_target(check, table, p, kind, folder),
        **_filters(check, table, p, metric_ids),
        timeout=check.take(table, "timeout", p, float, 10.0),
        max_retries=check.positive(table, "max_retries", p, 3, minimum=0),
    )


def _filters(check: Checker, table: dict, p: str, metric_ids) -> dict:
    types = check.strings(table, "change_types", p)
    for bad in sorted(set(types) - set(EVENT_TYPES)):
        check.bad(f"{p}change_types", f"names from {', '.join(EVENT_TYPES)}", bad)
    metrics = check.strings(table, "metrics", p)
    for bad in sorted(set(metrics) - metric_ids):
        check.bad(f"{p}metrics", "metric ids of the catalogue", bad)
    minimum = check.take(table, "min_delta_pct", p, float, None)
    if minimum is not None and minimum < 0:
        check.bad(f"{p}min_delta_pct", "a number >= 0 (a percentage such as 5)", minimum)
    return {
        "change_types": types,
        "metrics": metrics,
        "min_delta_pct": minimum,
        "history": check.take(table, "history", p, bool, False),
        "source_failing_after": check.positive(table, "source_failing_after", p, 3, minimum=0),
        "source_silent_after": check.positive(table, "source_silent_after", p, 48, minimum=0),
    }


def _target(check: Checker, table: dict, p: str, kind: str, folder: Path) -> dict:
    if kind == "webhook":
        url = check.take(table, "url", p, str, "")
        if not valid_url(url):
            check.bad(f"{p}url", "an http:// or https:// URL", url)
        return {"url": url}
    if kind == "feed":
        path = check.take(table, "path", p, str, "")
        if not path.strip():
            check.bad(f"{p}path", "a file path for the Atom feed", path)
        title = check.take(table, "title", p, str, FEED_TITLE)
        entries = check.positive(table, "max_entries", p, 200)
        return {"path": folder / path, "title": title, "max_entries": entries}
    if kind == "email":
        return {"smtp": _smtp(check, table, p)}
    if kind == "apprise":
        urls = check.strings(table, "urls", p)
        if not urls:
            check.bad(f"{p}urls", "a list of Apprise URLs", table.get("urls"))
        if importlib.util.find_spec("apprise") is None:
            check.bad(f"{p}kind", "the apprise extra installed (pip install apprise)", kind)
        return {"urls": urls}
    return {}


def _smtp(check: Checker, table: dict, p: str) -> Smtp:
    host = check.take(table, "smtp_host", p, str, "")
    if not host.strip():
        check.bad(f"{p}smtp_host", "the SMTP server's host name", host)
    sender = check.take(table, "from", p, str, "")
    to = check.strings(table, "to", p)
    for key, value in (("from", [sender]), ("to", to or [""])):
        if not all("@" in address for address in value):
            check.bad(f"{p}{key}", "email addresses", table.get(key))
    return Smtp(
        host=host,
        port=check.positive(table, "smtp_port", p, 25),
        user=check.take(table, "smtp_user", p, str, None),
        password_env=check.take(table, "smtp_password_env", p, str, None),
        starttls=check.take(table, "smtp_starttls", p, bool, False),
        ssl=check.take(table, "smtp_ssl", p, bool, False),
        sender=sender,
        to=to,
        subject=check.take(table, "subject", p, str, "Province news tracker: {count} changes"),
    )
