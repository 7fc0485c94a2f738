"""Walk one source's feed, sitemaps or listing pages and collect its article links."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import tzinfo

from etl.config import Source
from etl.discover import links_from_feed, parse_listing, parse_sitemap, sitemap_may_hold
from etl.errors import DisallowedByRobots, FetchError, PermanentFetchError
from etl.fetch import Fetcher
from etl.models import Link, Page, Window

LOGGER = logging.getLogger(__name__)
MAX_SITEMAPS = 500


@dataclass(slots=True)
class Discovery:
    """What walking one source gave: links, validators to keep, and failures."""

    source: str
    links: list[Link] = field(default_factory=list)
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class WalkContext:
    """What a walk needs besides the source: the fetcher, the window and stored validators."""

    fetcher: Fetcher
    window: Window
    sitemap_window: Window  # which child sitemaps to open (a pass: only recent ones)
    tz: tzinfo
    validators: dict[str, tuple[str | None, str | None]]
    conditional: bool


def discover(source: Source, ctx: WalkContext) -> Discovery:
    """All article links the source lists inside the window; failing pages are recorded."""
    found = Discovery(source.name)
    walker: Callable[[Source, WalkContext, Discovery], None] = {
        "rss": _walk_feed,
        "sitemap": _walk_sitemaps,
        "listing": _walk_listing,
    }[source.kind]
    walker(source, ctx, found)
    found.links = [link for link in found.links if ctx.window.contains(link.published)]
    return found


def _get(url: str, ctx: WalkContext, found: Discovery, *, may_be_gone: bool = False) -> Page | None:
    """The page, or None (recorded in `found.errors` unless it is the end of a paged listing)."""
    etag, modified = ctx.validators.get(url, (None, None)) if ctx.conditional else (None, None)
    try:
        page = ctx.fetcher.fetch(url, etag=etag, last_modified=modified)
    except DisallowedByRobots as exc:
        LOGGER.info("%s: skipped %s", found.source, exc)
        return None
    except FetchError as exc:
        gone = isinstance(exc, PermanentFetchError) and exc.reason in ("HTTP 404", "HTTP 410")
        if may_be_gone and gone:
            LOGGER.debug("%s: %s ends the listing", found.source, url)
            return None
        LOGGER.warning("%s: %s", found.source, exc)
        found.errors.append(str(exc))
        return None
    if page.etag or page.last_modified:
        found.validators[url] = (page.etag, page.last_modified)
    if page.not_modified:
        found.unchanged += 1
        return None
    return page


def _walk_feed(source: Source, ctx: WalkContext, found: Discovery) -> None:
    page = _get(source.url, ctx, found)
    if page is not None:
        found.links.extend(links_from_feed(page.content, page.final_url, source.name, ctx.tz))


def _walk_sitemaps(source: Source, ctx: WalkContext, found: Discovery) -> None:
    queue, seen = [source.url], {source.url}
    while queue and len(seen) <= MAX_SITEMAPS:
        page = _get(queue.pop(0), ctx, found)
        if page is None:
            continue
        try:
            sitemap = parse_sitemap(page.content, page.final_url, source.name, ctx.tz)
        except Exception as exc:  # lxml gives up on some garbage even in recover mode
            found.errors.append(f"{page.url}: unreadable sitemap ({exc})")
            continue
        found.links.extend(sitemap.links)
        for url, lastmod in sitemap.children:
            if url not in seen and sitemap_may_hold(url, lastmod, ctx.sitemap_window):
                seen.add(url)
                queue.append(url)


def _walk_listing(source: Source, ctx: WalkContext, found: Discovery) -> None:
    url: str | None = source.url
    for number in range(1, source.max_pages + 1):
        page = _get(url, ctx, found, may_be_gone=number > 1) if url else None
        if page is None:
            return
        listing = parse_listing(
            page.text, page.final_url, source.name, source.link_selector or "a",
            source.next_selector, ctx.tz,
        )  # fmt: skip
        found.links.extend(listing.links)
        if not listing.links or not ctx.window.since or _all_before(listing.links, ctx.window):
            return  # a pass reads the first page; a backfill pages back to --since
        url = listing.next_url
        if source.page_url:
            url = source.page_url.format(page=number + 1)
        # Only the first page is worth a conditional request: later pages shift as news arrives.
        ctx = replace(ctx, conditional=False)


def _all_before(links: list[Link], window: Window) -> bool:
    """True once a listing page's dated items are all older than the window: stop paging."""
    dated = [link.published for link in links if link.published]
    return bool(window.since and dated and max(dated) < window.since)
