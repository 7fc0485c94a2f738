"""Source kind "listing": HTML pages of article links, paged back in a backfill."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from etl.dates import parse_iso, parse_visible_date
from etl.discover.walk import Discovery, WalkContext, get_page, item_link, skip_note
from etl.models import Link, Source, Window


@dataclass(frozen=True, slots=True)
class ListingPage:
    """The article links of one listing page, the URL of the next page, if any, and the links
    left out (bad URL or date), each noted with its reason."""

    links: tuple[Link, ...]
    next_url: str | None
    skipped: tuple[str, ...] = ()


def parse_listing(
    page_html: str, base: str, source: str, link_selector: str, next_selector: str | None, tz
) -> ListingPage:
    """Article links of a listing page (with a date when the item shows one) and the next page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, "lxml")
    links, seen, skipped = [], set(), []
    for anchor in soup.select(link_selector):
        href = anchor.get("href")
        if not isinstance(href, str) or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            link = item_link(href, base, source, _item_date(anchor, tz),
                             anchor.get_text(" ", strip=True) or None)  # fmt: skip
        except ValueError as exc:
            skipped.append(skip_note(href, exc))
            continue
        if link.url not in seen:
            seen.add(link.url)
            links.append(link)
    next_url = None
    found = soup.select_one(next_selector) if next_selector else None
    href = found.get("href") if found else None
    if isinstance(href, str) and href:
        try:
            next_url = item_link(href, base, source).url
        except ValueError as exc:
            skipped.append(skip_note(href, exc))
    return ListingPage(tuple(links), next_url, tuple(skipped))


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
        found.errors.extend(f"{page.url}: {note}" for note in listing.skipped)
        if not listing.links or not ctx.window.since or _all_before(listing.links, ctx.window):
            return  # a pass reads the first page; a backfill pages back to --since
        url = page_url.format(page=number + 1) if page_url else listing.next_url
        # Only the first page is worth a conditional request: later pages shift as news arrives.
        ctx = replace(ctx, conditional=False)


def _all_before(links: Sequence[Link], window: Window) -> bool:
    """True once a listing page's dated items are all older than the window: stop paging."""
    dated = [link.published for link in links if link.published]
    return bool(window.since and dated and max(dated) < window.since)
