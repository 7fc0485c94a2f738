"""The registry of source kinds: what each `kind` of a [[source]] accepts and how it is walked.

A new kind (say a JSON API) is one module with its walk function and one line in `KINDS`;
the config validates the kind's options from here, and `discover` dispatches from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from etl.discover.feeds import walk_feed
from etl.discover.listings import walk_listing
from etl.discover.sitemaps import walk_sitemaps
from etl.discover.walk import Discovery, WalkContext
from etl.models import Source


@dataclass(frozen=True, slots=True)
class Option:
    """A key a kind accepts in its [[source]] table."""

    type: type
    expected: str  # how the config error describes a good value
    required: bool = False
    check: str | None = None  # a named check the config applies: "css", "page_url", "positive",
    # "regex"


@dataclass(frozen=True, slots=True)
class SourceKind:
    """One kind of source: its walk and the options it accepts."""

    name: str
    walk: Callable[[Source, WalkContext, Discovery], None]
    options: dict[str, Option] = field(default_factory=dict)


KINDS: dict[str, SourceKind] = {
    "rss": SourceKind("rss", walk_feed),
    "sitemap": SourceKind(
        "sitemap",
        walk_sitemaps,
        {
            "child_pattern": Option(
                str, "a regular expression matching the child sitemaps to open", check="regex"
            ),
        },
    ),
    "listing": SourceKind(
        "listing",
        walk_listing,
        {
            "link_selector": Option(str, "a CSS selector for article links", True, "css"),
            "next_selector": Option(str, "a CSS selector for the next-page link", check="css"),
            "page_url": Option(str, "a URL containing {page}", check="page_url"),
            "max_pages": Option(int, "an integer between 1 and 10000", check="positive"),
        },
    ),
}


def discover(source: Source, ctx: WalkContext) -> Discovery:
    """All article links the source lists inside the window; failing pages are recorded."""
    found = Discovery(source.name)
    KINDS[source.kind].walk(source, ctx, found)
    found.links = [link for link in found.links if ctx.window.contains(link.published)]
    return found
