"""An article page's metadata: JSON-LD, <meta> tags, title, canonical URL and publication date,
read from structured data first and from each outlet's visible date markup next (pure)."""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo
from itertools import chain

from lxml import etree
from lxml.cssselect import CSSSelector

from etl.dates import parse_iso, parse_visible_date
from etl.parse.boxes import marker, outside_furniture
from etl.parse.selectors import SelectorTest
from etl.parse.text import clean
from etl.urls import canonical_url

DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "pubdate",
    "publishdate", "publish-date", "dc.date.issued", "dc.date", "date", "sailthru.date",
    "parsely-pub-date", "article.published",
)  # fmt: skip
# Outlets' own date markup, tried (in page order) before any other visible text (issue 13).
KNOWN_DATE_SELECTORS = (
    "time[itemprop=datePublished]", ".article__meta time", "[data-role=publishdate]", "span.date",
    ".detail__meta", "span.post-time", "div.ngaycapnhat", "span.format_date", ".post-date",
    "div.author", "span.time",
)  # fmt: skip
IS_KNOWN_DATE = SelectorTest(KNOWN_DATE_SELECTORS)  # asked of the story's elements only
# A headline outside <h1> (Báo Đầu tư writes it in div.title-detail).
TITLE_SELECTORS = tuple(CSSSelector(s) for s in ("h1", "div.title-detail", ".title-detail"))
DATE_HINT_RE = re.compile(r"date|time|publish|ngay|posted|meta|byline|author", re.I)
ARTICLE_TYPE_RE = re.compile(r"article|posting|report", re.I)
TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+")
LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']")
TITLES = etree.XPath("//title")
CANONICAL_HREFS = etree.XPath("//link[@rel='canonical']/@href")


def json_ld(doc) -> dict:
    """The page's NewsArticle (or other Article) object; a BreadcrumbList beside it is skipped."""
    fallback: dict = {}
    for node in LD_SCRIPTS(doc):
        try:
            data = json.loads(node.text_content() or "", strict=False)
        except ValueError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type", "")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind)
            if ARTICLE_TYPE_RE.search(kinds) and ("headline" in item or "datePublished" in item):
                return item
            if not fallback and "datePublished" in item:
                fallback = item
    return fallback


def _ld_items(data):
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph", []))


def metas(doc) -> dict[str, str]:
    """Every <meta> content by its property, name or itemprop (the first one wins)."""
    found: dict[str, str] = {}
    for node in doc.iter("meta"):
        content = (node.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = node.get(attr)
            if key:
                found.setdefault(key, content)
    return found


def meta(found: dict[str, str], *names: str) -> str | None:
    """The first of `names` the page has."""
    return next((found[name] for name in names if name in found), None)


def title(doc, ld: dict, found: dict[str, str]) -> str:
    """JSON-LD headline, og:title, the headline element, else <title>; without the site name."""
    site = meta(found, "og:site_name") or ""
    for candidate in (ld.get("headline"), meta(found, "og:title")):
        if isinstance(candidate, str) and candidate.strip():
            return _without_site_name(clean(candidate), site)
    for matcher in TITLE_SELECTORS:
        heading = next((h for h in matcher(doc) if h.text_content().strip()), None)
        if heading is not None:
            return clean(heading.text_content())
    found_title = TITLES(doc)
    return _without_site_name(clean(found_title[0].text_content()), site) if found_title else ""


def _without_site_name(text: str, site: str) -> str:
    """ "Headline | Báo Đầu tư" -> "Headline" when the page names itself "Báo Đầu tư"."""
    last = next(reversed(list(TITLE_SEPARATOR_RE.finditer(text))), None)
    if site and last and clean(text[last.end() :]).lower() == clean(site).lower():
        return text[: last.start()]
    return text


def canonical(doc, url: str, found: dict[str, str]) -> str:
    """rel=canonical, else og:url, else the URL fetched (an AMP link never counts)."""
    for href in CANONICAL_HREFS(doc) + [meta(found, "og:url")]:
        if href and href.strip():
            return canonical_url(href, base=url)
    return canonical_url(url)


def published(doc, ld: dict, found: dict[str, str], tz: tzinfo) -> tuple[datetime | None, str]:
    """(when, where from): JSON-LD, <meta>, the story's <time datetime>, else visible text."""
    for source, value in (("json-ld", ld.get("datePublished")), ("meta", meta(found, *DATE_META))):
        if isinstance(value, str) and (when := parse_iso(value, tz)):
            return when, source
    story = outside_furniture(doc)  # never a header clock, a banner or another story's box
    stamp = next((n.get("datetime") for n in story if n.tag == "time" and n.get("datetime")), None)
    if stamp and (when := parse_iso(stamp, tz)):
        return when, "time"
    return _visible_date(doc, story, tz)


def _visible_date(doc, story: list, tz: tzinfo) -> tuple[datetime | None, str]:
    """An outlet's date element first, then short date-like elements and <time> texts."""
    known = (node for node in story if IS_KNOWN_DATE(node, doc))
    hinted = (n for n in story if n.tag == "time" or DATE_HINT_RE.search(marker(n)))
    for node in chain(known, hinted):
        if node.tag in ("body", "html"):
            continue
        text = node.text_content()
        if len(text) < 200 and (when := parse_visible_date(text, tz)):
            return when, "text"
    return None, "none"
