"""Find article links in RSS/Atom feeds, sitemaps and listing pages (pure)."""

from __future__ import annotations

import html
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from etl.dates import parse_iso, parse_visible_date
from etl.models import Link, Window
from etl.urls import canonical_url

_DAY = timedelta(days=1)
SITEMAP_DATE_RE = re.compile(r"(?<!\d)(20\d\d)[-_/](\d{1,2})(?:[-_/](\d{1,2}))?(?!\d)")


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap file lists: child sitemaps (an index) and article links (a urlset)."""

    children: tuple[tuple[str, datetime | None], ...]
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ListingPage:
    """The article links of one listing page and the URL of the next page, if any."""

    links: tuple[Link, ...]
    next_url: str | None


def links_from_feed(content: bytes, base: str, source: str, tz: tzinfo) -> list[Link]:
    """Article links of an RSS or Atom feed; malformed feeds give what could be read."""
    import feedparser  # imported here: costs ~0.1 s and only feeds need it

    feed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    links = []
    for entry in feed.entries:
        href = entry.get("link") or next((x.get("href") for x in entry.get("links", [])), None)
        if not href:
            continue
        title = html.unescape(html.unescape(entry.get("title", ""))) or None
        links.append(Link(canonical_url(href, base), source, _entry_date(entry, tz), title))
    return links


def _entry_date(entry, tz: tzinfo) -> datetime | None:
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=UTC)
        raw = entry.get(key)
        if raw and (when := parse_iso(raw, tz) or parse_visible_date(raw, tz)):
            return when  # dates feedparser cannot read, e.g. "10/5/2026 3:42:00 PM"
    return None


def parse_sitemap(content: bytes, base: str, source: str, tz: tzinfo) -> Sitemap:
    """Read a sitemap index or urlset (Google News fields too); broken XML is recovered."""
    from lxml import etree  # imported here: an unchanged sitemap (a 304) is never parsed

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(content.strip() or b"<urlset/>", parser)
    if root is None:
        return Sitemap((), ())
    children, links = [], []
    for node in root.iter("{*}sitemap"):
        loc = _child_text(node, "loc")
        if loc:
            lastmod = _child_text(node, "lastmod")
            children.append((canonical_url(loc, base), parse_iso(lastmod, tz) if lastmod else None))
    for node in root.iter("{*}url"):
        loc = _child_text(node, "loc")
        if not loc:
            continue
        when = _child_text(node, "publication_date") or _child_text(node, "lastmod")
        links.append(
            Link(
                canonical_url(loc, base),
                source,
                parse_iso(when, tz) if when else None,
                _child_text(node, "title"),
            )
        )
    return Sitemap(tuple(children), tuple(links))


def _child_text(node, name: str) -> str | None:
    for child in node.iter(f"{{*}}{name}"):
        if child.text and child.text.strip():
            return child.text.strip()
    return None


def sitemap_may_hold(url: str, lastmod: datetime | None, window: Window) -> bool:
    """False when a child sitemap cannot hold articles of the window: last modified before it
    starts, or named after a month (news-2021-5.xml, sitemap-2021-05-01.xml) outside it."""
    if lastmod and window.since and lastmod < window.since:
        return False
    match = SITEMAP_DATE_RE.search(url.rsplit("/", 1)[-1]) or SITEMAP_DATE_RE.search(url)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return True
    year, month = int(match.group(1)), int(match.group(2))
    first = datetime(year, month, 1, tzinfo=UTC)
    last = datetime(year, month, monthrange(year, month)[1], 23, 59, 59, tzinfo=UTC)
    if window.since and last < window.since.astimezone(UTC).replace(hour=0) - _DAY:
        return False
    return not (window.until and first > window.until + _DAY)


def parse_listing(
    page_html: str, base: str, source: str, link_selector: str, next_selector: str | None, tz
) -> ListingPage:
    """Article links of a listing page (with a date when the item shows one) and the next page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, "lxml")
    links, seen = [], set()
    for anchor in soup.select(link_selector):
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = canonical_url(href, base)
        if url in seen:
            continue
        seen.add(url)
        title = anchor.get_text(" ", strip=True) or None
        links.append(Link(url, source, _item_date(anchor, tz), title))
    next_url = None
    if next_selector:
        found = soup.select_one(next_selector)
        if found and found.get("href"):
            next_url = canonical_url(found["href"], base)
    return ListingPage(tuple(links), next_url)


def _item_date(anchor, tz) -> datetime | None:
    """The date shown next to a link: a <time>, or short text in the link's list item."""
    node = anchor
    for _ in range(3):
        node = node.parent
        if node is None or node.name in ("body", "html"):
            return None
        time_tag = node.find("time")
        if time_tag is not None and time_tag.get("datetime"):
            return parse_iso(time_tag["datetime"], tz)
        text = node.get_text(" ", strip=True)
        if len(text) < 400 and (when := parse_visible_date(text, tz)):
            return when
    return None
