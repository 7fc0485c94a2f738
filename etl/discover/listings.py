"""Source kind "listing": HTML pages of article links, paged back in a backfill."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from etl.dates import parse_iso, parse_visible_date
from etl.discover.walk import Discovery, WalkContext, get_page
from etl.models import Link, Source, Window
from etl.urls import canonical_url


@dataclass(frozen=True, slots=True)
class ListingPage:
    """The article links of one listing page and the URL of the next page, if any."""

    links: tuple[Link, ...]
    next_url: str | None


def parse_listing(
    page_html: str, base: str, source: str, link_selector: str, next_selector: str | None, tz
) -> ListingPage:
    """Article links of a listing page (with a date when the item shows one) and the next page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, "lxml")
    links, seen = [], set()
    for anchor in soup.select(link_selector):
        href = anchor.get("href")
        if not isinstance(href, str) or href.startswith(("#", "javascript:", "mailto:")):
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
        href = found.get("href") if found else None
        if isinstance(href, str) and href:
            next_url = canonical_url(href, base)
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


def walk_listing(source: Source, ctx: WalkContext, found: Discovery) -> None:
    """The first page in a pass; in a backfill, page back until the items are older than --since."""
    url: str | None = source.url
    link_selector = source.option("link_selector") or "a"
    page_url = source.option("page_url")
    for number in range(1, source.option("max_pages", 50) + 1):
        page = get_page(url, ctx, found, may_be_gone=number > 1) if url else None
        if page is None:
            return
        listing = parse_listing(
            page.text, page.final_url, source.name, link_selector,
            source.option("next_selector"), ctx.tz,
        )  # fmt: skip
        found.links.extend(listing.links)
        if not listing.links or not ctx.window.since or _all_before(listing.links, ctx.window):
            return  # a pass reads the first page; a backfill pages back to --since
        url = page_url.format(page=number + 1) if page_url else listing.next_url
        # Only the first page is worth a conditional request: later pages shift as news arrives.
        ctx = replace(ctx, conditional=False)


def _all_before(links: Sequence[Link], window: Window) -> bool:
    """True once a listing page's dated items are all older than the window: stop paging."""
    dated = [link.published for link in links if link.published]
    return bool(window.since and dated and max(dated) < window.since)
