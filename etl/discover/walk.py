"""What every source kind's walk shares: the context it runs in, what it found, one page get."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Protocol

from etl.errors import DisallowedByRobots, FetchError, PermanentFetchError
from etl.models import Link, Page, Window
from etl.urls import canonical_url, url_problem

LOGGER = logging.getLogger(__name__)


class PageGetter(Protocol):
    """What a walk fetches pages with (the pipeline passes its `Fetcher`)."""

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        index: bool = False,
    ) -> Page: ...


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

    fetcher: PageGetter
    window: Window
    sitemap_window: Window  # which child sitemaps to open (a pass: only recent ones)
    tz: tzinfo
    validators: dict[str, tuple[str | None, str | None]]
    conditional: bool


def get_page(
    url: str, ctx: WalkContext, found: Discovery, *, may_be_gone: bool = False
) -> Page | None:
    """The page, or None (recorded in `found.errors` unless it is the end of a paged listing)."""
    etag, modified = ctx.validators.get(url, (None, None)) if ctx.conditional else (None, None)
    try:
        page = ctx.fetcher.fetch(url, etag=etag, last_modified=modified, index=True)
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


def item_link(
    href: str, base: str, source: str, published: datetime | None = None, title: str | None = None
) -> Link:
    """The Link of one feed item, sitemap <loc> or listing anchor, checked strictly.

    Raises:
        ValueError: the URL does not parse or is not http(s), or the date is out of range.
    """
    url = canonical_url(href, base)
    problem = url_problem(url)
    if problem:
        raise ValueError(problem)
    if published is not None:
        try:
            published.astimezone(UTC)
        except OverflowError as exc:  # year 9999 at -23:00 is past the last date there is
            raise ValueError(f"date out of range ({published.isoformat()})") from exc
    return Link(url, source, published, title)


def skip_note(href: str | None, exc: Exception) -> str:
    """How a skipped item is recorded: its URL as given and the reason."""
    shown = (href or "")[:200]
    return f"item skipped ({shown!r}: {exc})"
