"""Feed channel: an Atom file of the channel's latest events, rewritten whole after each pass."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from etl.config.notify import NotifyChannel
from etl.notify.events import DeliveryError
from etl.report.build import write_atomically

ATOM = "http://www.w3.org/2005/Atom"
GENERATOR = "province-news-tracker"
NOT_XML_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # XML 1.0


def write_feed(channel: NotifyChannel, events: Sequence[dict], now: datetime) -> Path:
    """Write the Atom file with `events` (newest first), replacing the old one atomically.

    An event keeps its entry id (from its delivery id) in every version of the file, so a feed
    reader shows it once however often the file is written.
    """
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", _urn(f"feed\n{channel.name}"))
    _text(feed, "title", channel.title)
    _text(feed, "updated", _stamp(now))
    _text(feed, "generator", GENERATOR)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", GENERATOR)
    for event in events:
        _entry(feed, event, now)
    data = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    if channel.path is None:
        raise DeliveryError(f"channel {channel.name} has no path")
    write_atomically(channel.path, data)
    return channel.path


def _entry(feed: ET.Element, event: dict, now: datetime) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", _urn(event["delivery_id"]))
    _text(entry, "title", event["summary"])
    _text(entry, "updated", event.get("detected_at") or _stamp(now))
    if event.get("url"):
        ET.SubElement(entry, f"{{{ATOM}}}link", href=event["url"], rel="alternate")
    ET.SubElement(entry, f"{{{ATOM}}}category", term=event["type"])
    lines = [event["summary"]]
    for key, label in (("sentence", "Sentence"), ("title", "Article"), ("outlet", "Outlet"),
                       ("url", "Source"), ("note", "Note"), ("error", "Last error")):  # fmt: skip
        if event.get(key):
            lines.append(f"{label}: {event[key]}")
    _text(entry, "summary", "\n".join(lines))  # plain text: ElementTree escapes it


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = NOT_XML_RE.sub("", text)


def _urn(key: str) -> str:
    digest = key if len(key) == 32 else uuid.uuid5(uuid.NAMESPACE_URL, key).hex
    return f"urn:uuid:{uuid.UUID(hex=digest)}"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
