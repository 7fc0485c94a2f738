"""Source kind "rss": the article links of an RSS or Atom feed."""

from __future__ import annotations

import html
from datetime import UTC, datetime, tzinfo

from etl.dates import parse_iso, parse_visible_date
from etl.discover.walk import Discovery, WalkContext, get_page, item_link, skip_note
from etl.models import Link, Source


def links_from_feed(
    content: bytes, base: str, source: str, tz: tzinfo, skipped: list[str] | None = None
) -> list[Link]:
    """Article links of an RSS or Atom feed; malformed feeds give what could be read. An item
    with a bad link or date is left out and noted in `skipped`."""
    import feedparser  # imported here: costs ~0.1 s and only feeds need it

    feed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    links = []
    for entry in feed.entries:
        href = entry_url(entry)
        if not href:
            continue
        title = html.unescape(html.unescape(entry.get("title", ""))) or None
        try:
            links.append(item_link(href, base, source, _entry_date(entry, tz), title))
        except ValueError as exc:
            if skipped is not None:
                skipped.append(skip_note(href, exc))
    return links


def entry_url(entry) -> str | None:
    """The item's article address: <link>, an alternate link, else a guid that is a URL (VIR
    items carry only `guid isPermaLink="true"`); never an enclosure or a link in the text."""
    if entry.get("link"):
        return entry["link"]
    alternate = (x.get("href") for x in entry.get("links", []) if x.get("rel") == "alternate")
    href = next((h for h in alternate if h), None)
    guid = (entry.get("id") or "").strip()
    return href or (guid if guid.startswith(("http://", "https://")) else None)


def _entry_date(entry, tz: tzinfo) -> datetime | None:
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        raw = entry.get(key)
        if raw and (when := parse_iso(raw, tz) or parse_visible_date(raw, tz)):
            return when  # dates feedparser cannot read, e.g. "10/5/2026 3:42:00 PM"
    return None


def walk_feed(source: Source, ctx: WalkContext, found: Discovery) -> None:
    """Read the feed once (conditionally in a pass)."""
    page = get_page(source.url, ctx, found)
    if page is not None:
        skipped: list[str] = []
        found.links.extend(
            links_from_feed(page.content, page.final_url, source.name, ctx.tz, skipped)
        )
        found.errors.extend(f"{page.url}: {note}" for note in skipped)
