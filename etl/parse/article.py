"""Parse an article page into title, date, canonical URL, language and main body text (pure)."""

from __future__ import annotations

import hashlib
import re
from datetime import tzinfo

import lxml.html
from lxml import etree

from etl.models import Article
from etl.parse import metadata
from etl.parse.boxes import drop_boxes, strip_furniture
from etl.parse.containers import densest, find_container
from etl.parse.text import paragraphs, story_lines
from etl.textnorm import nfc

# Elements that never hold the story's words (a <form> or <header> that wraps the story stays).
FURNITURE_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "figure", "figcaption", "marquee",
)  # fmt: skip
# lxml.html's own parser asks a Python function for each element's class (a form, an input ...),
# ~0.5 µs every time an element is touched; every element here is a plain HtmlElement.
HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
)  # fmt: skip
HTML_PARSER = etree.HTMLParser()
HTML_PARSER.set_element_class_lookup(HTML_CLASSES)
# Letters of Vietnamese that French does not use: "é", "à", "ô" … are common in French too (a
# French report on "Hải Phòng" and its "dôngs" is no Vietnamese text)
VI_CHARS = set("ăđơưảãáạằẳẵắặầẩẫấậẻẽẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợủũúụừửữứựỳỷỹýỵ")
VI_SHARE = 0.08  # Vietnamese text: 0.20–0.32 of its letters; English or French with names: < 0.03
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
    doc = lxml.html.fromstring(html or "<html></html>", base_url=url, parser=HTML_PARSER)
    ld = metadata.json_ld(doc)
    metas = metadata.metas(doc)
    title = metadata.title(doc, ld, metas)
    published, date_source = metadata.published(doc, ld, metas, tz)
    canonical = metadata.canonical(doc, url, metas)
    body = "\n\n".join(story_lines(body_lines(doc), title, tz))
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


def body_lines(doc) -> list[str]:
    """The story's paragraphs, without navigation, related-news, caption or footer boxes.

    The container is chosen first, while the headline still marks which <article> is the story.
    """
    container = find_container(doc)
    strip_furniture(doc, container, FURNITURE_TAGS)
    drop_boxes(doc, container)
    if container is None:
        container = densest(doc)
    return paragraphs(container) if container is not None else []


def content_hash(title: str, body: str) -> str:
    """sha256 of the normalised title and body: what decides that an article changed."""
    text = re.sub(r"\s+", " ", nfc(f"{title}\n{body}")).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def detect_language(text: str) -> str:
    """'vi' when Vietnamese letters are common, else 'fr' or 'en' by their common words."""
    lowered = text.lower()
    letters = sum(map(str.isalpha, lowered))
    if letters and sum(map(lowered.count, VI_CHARS)) / letters > VI_SHARE:
        return "vi"
    return "fr" if len(FR_WORDS_RE.findall(text)) > len(EN_WORDS_RE.findall(text)) else "en"
