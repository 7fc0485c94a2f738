"""Parse an article page into title, date, canonical URL, language and main body text (pure)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, tzinfo

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from etl.dates import parse_iso, parse_visible_date
from etl.models import Article
from etl.textnorm import nfc
from etl.urls import canonical_url

# Containers that hold the story itself, most specific first (SOURCES.md §12, then generic).
BODY_SELECTORS = (
    "[itemprop=articleBody]", "div.article__body", "article.fck_detail", ".fck_detail",
    "div.detail-content", "div.detail-cmain", "#abody", ".article-body", ".article-content",
    ".content-detail", ".detail__content", ".post-content", ".entry-content", ".news-content",
    "td.article-text", "article", "main",
)  # fmt: skip
# Boxes that carry other articles' headlines and figures: dropped before the body is read.
BOX_RE = re.compile(
    r"(^|[-_ ])(related|relate|lienquan|lien-quan|tin-lien-quan|most-?read|mostread|most-?viewed|"
    r"docnhieu|doc-nhieu|xem-?nhieu|xemthem|xem-them|read-?more|readmore|teaser|sidebar|"
    r"side-bar|footer|menu|navbar|nav|breadcrumbs?|share|social|comments?|tags?|keywords|"
    r"advert|ads|banner|popular|trending|box-news|other-news|more-news|newsletter|"
    r"subscribe|recommend|suggest|widget|latest|hot-news|tinkhac|tin-khac)($|[-_ ])",
    re.I,
)
BODY_MATCHERS = tuple(CSSSelector(selector) for selector in BODY_SELECTORS)  # compiled once
DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
             "svg", "button", "select", "figure", "figcaption")  # fmt: skip
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "blockquote", "section", "article", "td", "dd", "dt"}  # fmt: skip
DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "pubdate",
    "publishdate", "publish-date", "dc.date.issued", "dc.date", "date", "sailthru.date",
    "parsely-pub-date", "article.published",
)  # fmt: skip
DATE_HINT_RE = re.compile(r"date|time|publish|ngay|posted|meta|byline|author", re.I)
VI_CHARS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
FR_WORDS_RE = re.compile(r"\b(le|la|les|des|est|une|du|dans|pour|avec|sur)\b", re.I)
EN_WORDS_RE = re.compile(r"\b(the|and|of|in|to|is|with|for|from|has)\b", re.I)


def parse_article(html: str, url: str, tz: tzinfo, lang: str | None = None) -> Article:
    """Read one article page.

    Args:
        html: the decoded page.
        url: where it was fetched from (resolves relative links).
        tz: the site's time zone, for dates written without an offset.
        lang: the source's declared language, else detected from the text.

    Returns:
        The article; `published_at` is None when no date could be found (never the crawl time).
    """
    doc = lxml.html.fromstring(html or "<html></html>", base_url=url)
    ld = _json_ld(doc)
    metas = _metas(doc)
    title = _title(doc, ld, metas)
    published, date_source = _published(doc, ld, metas, tz)
    canonical = _canonical(doc, url, metas)
    body = _without_header_lines(body_text(doc), title, tz)
    return Article(
        url=url,
        canonical_url=canonical,
        title=title,
        published_at=published,
        date_source=date_source,
        lang=lang or detect_language(f"{title}\n{body}"),
        body=body,
        content_hash=content_hash(title, body),
    )


def content_hash(title: str, body: str) -> str:
    """sha256 of the normalised title and body: what decides that an article changed."""
    text = re.sub(r"\s+", " ", nfc(f"{title}\n{body}")).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def detect_language(text: str) -> str:
    """'vi' when Vietnamese letters are common, else 'fr' or 'en' by their common words."""
    letters = [c for c in text.lower() if c.isalpha()]
    if letters and sum(c in VI_CHARS for c in letters) / len(letters) > 0.03:
        return "vi"
    return "fr" if len(FR_WORDS_RE.findall(text)) > len(EN_WORDS_RE.findall(text)) else "en"


def _json_ld(doc) -> dict:
    for node in doc.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text_content() or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _ld_items(data):
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph", []))


def _metas(doc) -> dict[str, str]:
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


def _meta(metas: dict[str, str], *names: str) -> str | None:
    return next((metas[name] for name in names if name in metas), None)


def _title(doc, ld: dict, metas: dict[str, str]) -> str:
    for candidate in (ld.get("headline"), _meta(metas, "og:title")):
        if isinstance(candidate, str) and candidate.strip():
            return _clean(candidate)
    h1 = doc.xpath("//h1")
    if h1 and h1[0].text_content().strip():
        return _clean(h1[0].text_content())
    found = doc.xpath("//title")
    return _clean(found[0].text_content()) if found else ""


def _published(doc, ld: dict, metas: dict[str, str], tz: tzinfo) -> tuple[datetime | None, str]:
    candidates = (
        ("json-ld", ld.get("datePublished")),
        ("meta", _meta(metas, *DATE_META)),
        ("time", next(iter(doc.xpath("//time/@datetime")), None)),
    )
    for source, value in candidates:
        if isinstance(value, str) and (when := parse_iso(value, tz)):
            return when, source
    return _visible_date(doc, tz)


def _visible_date(doc, tz: tzinfo) -> tuple[datetime | None, str]:
    hinted = doc.xpath("//*[@class or @id]")
    for node in hinted:
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in ("body", "html") or not DATE_HINT_RE.search(marker):
            continue
        text = node.text_content()
        if len(text) < 200 and (when := parse_visible_date(text, tz)):
            return when, "text"
    for node in doc.xpath("//time"):
        if when := parse_visible_date(node.text_content(), tz):
            return when, "text"
    return None, "none"


def _canonical(doc, url: str, metas: dict[str, str]) -> str:
    for href in doc.xpath("//link[@rel='canonical']/@href") + [_meta(metas, "og:url")]:
        if href and href.strip():
            return canonical_url(href, base=url)
    return canonical_url(url)


def body_text(doc) -> str:
    """The story's paragraphs, without navigation, related-news, most-read or footer boxes."""
    etree.strip_elements(doc, etree.Comment, *DROP_TAGS, with_tail=False)
    container = _known_container(doc)
    keep = set(container.iterancestors()) | {container} if container is not None else set()
    for node in doc.xpath("//*[@class or @id]"):
        if node.tag in ("html", "body") or node in keep:
            continue
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if BOX_RE.search(marker) and node.getparent() is not None:
            node.drop_tree()
    if container is None:
        container = _densest(doc)
    return _paragraphs(container) if container is not None else ""


def _without_header_lines(body: str, title: str, tz: tzinfo) -> str:
    """Drop paragraphs that only repeat the headline or show the date (old table layouts)."""
    kept = [
        para
        for para in body.split("\n\n")
        if para != title and not (len(para) < 60 and parse_visible_date(para, tz))
    ]
    return "\n\n".join(kept)


def _known_container(doc):
    for matcher in BODY_MATCHERS:
        found = matcher(doc)
        if found:
            return max(found, key=lambda n: len(n.text_content()))
    return None


def _densest(doc):
    """The element whose own paragraphs hold the most text (pages without known markup)."""
    best, best_len = None, 0
    for node in doc.iter("div", "td", "section", "article", "body"):
        own = sum(len(p.text_content()) for p in node if p.tag == "p")
        own += len(node.text or "") + sum(len(child.tail or "") for child in node)
        if own > best_len:
            best, best_len = node, own
    return best


def _paragraphs(container) -> str:
    parts: list[str] = []
    _walk(container, parts)
    lines = (_clean(line) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _walk(node, parts: list[str]) -> None:
    block = node.tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if node.text and node.tag != "br":
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", nfc(text)).strip()
