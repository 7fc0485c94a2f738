"""Source kind "sitemap": sitemap indexes and urlsets (Google News fields too), walked to the
child sitemaps that can hold articles of the window."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from etl.dates import parse_iso
from etl.discover.walk import Discovery, WalkContext, get_page, item_link, skip_note
from etl.models import Link, Source, Window

_DAY = timedelta(days=1)
DOCTYPE_RE = re.compile(rb"<!DOCTYPE\s[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)
SITEMAP_DATE_RE = re.compile(r"(?<!\d)(20\d\d)[-_/](\d{1,2})(?:[-_/](\d{1,2}))?(?!\d)")
MAX_SITEMAPS = 500


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap file lists: child sitemaps (an index) and article links (a urlset), and
    what could not be read (a bad <loc>, broken XML), each noted with its reason."""

    children: tuple[tuple[str, datetime | None], ...]
    links: tuple[Link, ...]
    problems: tuple[str, ...] = ()


def parse_sitemap(content: bytes, base: str, source: str, tz: tzinfo) -> Sitemap:
    """Read a sitemap index or urlset (Google News fields too). Broken XML is recovered and
    noted; a DOCTYPE is dropped unread (a sitemap has no use for one; entity bombs hide there)."""
    from lxml import etree  # imported here: an unchanged sitemap (a 304) is never parsed

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(DOCTYPE_RE.sub(b"", content.strip(), count=1) or b"<urlset/>", parser)
    error = _first_error(parser)
    problems = [f"malformed XML, read what could be read ({error})"] if error else []
    if root is None:
        return Sitemap((), (), tuple(problems))
    children, links = [], []
    for node in root.iter("{*}sitemap"):
        loc = _child_text(node, "loc")
        try:
            if loc:
                lastmod = _child_text(node, "lastmod")
                child = item_link(loc, base, source, parse_iso(lastmod, tz) if lastmod else None)
                children.append((child.url, child.published))
        except ValueError as exc:
            problems.append(skip_note(loc, exc))
    for node in root.iter("{*}url"):
        loc = _child_text(node, "loc")
        try:
            if loc:
                links.append(_url_link(node, loc, base, source, tz))
        except ValueError as exc:
            problems.append(skip_note(loc, exc))
    return Sitemap(tuple(children), tuple(links), tuple(problems))


def _url_link(node, loc: str, base: str, source: str, tz: tzinfo) -> Link:
    when = _child_text(node, "publication_date") or _child_text(node, "lastmod")
    published = parse_iso(when, tz) if when else None
    return item_link(loc, base, source, published, _child_text(node, "title"))


def _first_error(parser) -> str | None:
    """The first error libxml2 met (it recovers from most; some stop it early)."""
    errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
    return f"line {errors[0].line}: {errors[0].message}" if errors else None


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


def _dated(url: str, lastmod: datetime | None) -> bool:
    return lastmod is not None or bool(SITEMAP_DATE_RE.search(url.rsplit("/", 1)[-1]))


def children_to_open(
    children: tuple[tuple[str, datetime | None], ...], pattern: str | None
) -> list[tuple[str, datetime | None]]:
    """The child sitemaps of an index that may list articles: those matching the source's
    `child_pattern` when it has one; else all, except undated children (no lastmod, no date in
    the name) beside dated siblings: hub lists such as VietnamPlus's categories.xml, topics.xml."""
    if pattern:
        return [child for child in children if re.search(pattern, child[0])]
    if not any(_dated(url, lastmod) for url, lastmod in children):
        return list(children)
    return [(url, lastmod) for url, lastmod in children if _dated(url, lastmod)]


def walk_sitemaps(source: Source, ctx: WalkContext, found: Discovery) -> None:
    """The index and every child sitemap that may hold articles of the window."""
    queue, seen = [source.url], {source.url}
    pattern = source.option("child_pattern")
    while queue and len(seen) <= MAX_SITEMAPS:
        page = get_page(queue.pop(0), ctx, found)
        if page is None:
            continue
        try:
            sitemap = parse_sitemap(page.content, page.final_url, source.name, ctx.tz)
        except Exception as exc:  # lxml gives up on some garbage even in recover mode
            found.errors.append(f"{page.url}: unreadable sitemap ({exc})")
            continue
        found.links.extend(sitemap.links)
        found.errors.extend(f"{page.url}: {problem}" for problem in sitemap.problems)
        for url, lastmod in children_to_open(sitemap.children, pattern):
            if url not in seen and sitemap_may_hold(url, lastmod, ctx.sitemap_window):
                seen.add(url)
                queue.append(url)
