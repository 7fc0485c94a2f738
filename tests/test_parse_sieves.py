"""The cheap sieves of reading a page keep every element the exact rules would pick: known date
markup tested element by element agrees with the CSS selectors run over the page, and the
attribute pass keeps every box and body container, in page order (pure)."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree
from lxml.cssselect import CSSSelector

from etl.parse.article import HTML_PARSER
from etl.parse.attributes import elements_with
from etl.parse.boxes import BOX_ATTRIBUTES, BOX_HINT_RE, CMS_MARKERS, is_box
from etl.parse.containers import BODY_ATTRIBUTES, BODY_WORDS_RE, IS_BODY
from etl.parse.metadata import IS_KNOWN_DATE, KNOWN_DATE_SELECTORS
from etl.parse.selectors import SelectorTest
from tests.conftest import SITE

# Every shape the rules know, beside near misses (a class word inside another word, the wrong
# tag, upper case, a clock above the story, a time outside its meta bar).
MIXED = """<!DOCTYPE html><html><head><title>T</title></head><body class="page">
<div class="article__meta"><span><time>01/02/2024</time></span></div><time>03/02/2024</time>
<span class="date">04/02/2024</span><div class="date">x</div><span class="dates">y</span>
<p data-role="publishdate">05/02/2024</p><div class="detail__meta post-date">z</div>
<div class="author">A</div><span class="time now">08:00</span><SPAN CLASS="TIME">9</SPAN>
<time itemprop="datePublished">2024-02-06</time><div class="ngaycapnhat"><b>b</b></div>
<div class="Related-News box-1"><a href="/a">a</a></div><nav id="nav-top"><a>n</a></nav>
<table class="pic"><tr><td><img src="a.jpg"></td></tr></table><div type="RelatedNewsBox">r</div>
<div class="kbwscwl-relatedbox"><span class="seo-suggest-link">s</span></div>
<div class="article__body cms-body" itemprop="articleBody"><p>Body.</p></div>
<div id="abody"><article class="fck_detail"><p>More.</p></article></div>
<div data-event-category="Article Link Display">l</div><div class="menu&#10;">m</div>
</body></html>"""
# A fragment: lxml hands back the one element under <body>, whose class must not count.
FRAGMENT = '<body class="article__meta"><div><time>02/02/2021</time></div></body>'


def pages() -> list[str]:
    found = [p.read_text(encoding="utf-8", errors="replace") for p in SITE.rglob("*.html")]
    return [MIXED, FRAGMENT, *found]


def parsed(html: str):
    return lxml.html.fromstring(html, parser=HTML_PARSER)


@pytest.mark.parametrize("html", pages())
def test_known_dates_element_by_element_agree_with_the_selectors(html):
    doc = parsed(html)
    selected = CSSSelector(", ".join(KNOWN_DATE_SELECTORS))(doc)
    tested = [node for node in doc.iter(etree.Element) if IS_KNOWN_DATE(node, doc)]
    assert tested == selected


def test_the_mixed_page_holds_known_dates_and_near_misses():
    doc = parsed(MIXED)
    tested = [n for n in doc.iter(etree.Element) if IS_KNOWN_DATE(n, doc)]
    assert len(tested) == 8  # the near misses (div.date, span.dates, bare time, TIME) left out
    fragment = parsed(FRAGMENT)  # the <div>: the <body> above it is not the page's
    assert not [n for n in fragment.iter(etree.Element) if IS_KNOWN_DATE(n, fragment)]


def test_selectors_with_deeper_combinators_are_refused():
    with pytest.raises(ValueError):
        SelectorTest(("div > span",))
    with pytest.raises(ValueError):
        SelectorTest(("main .meta time",))


@pytest.mark.parametrize("html", pages())
def test_the_attribute_pass_keeps_every_box_in_page_order(html):
    doc = parsed(html)
    kept = elements_with(doc, BOX_ATTRIBUTES, BOX_HINT_RE, CMS_MARKERS)
    order = {node: i for i, node in enumerate(doc.getroottree().iter())}
    assert set(node for node in doc.getroottree().iter() if is_box(node)) <= set(kept)
    assert [order[node] for node in kept] == sorted(order[node] for node in kept)


@pytest.mark.parametrize("html", pages())
def test_the_attribute_pass_keeps_every_body_container(html):
    doc = parsed(html)
    kept = set(elements_with(doc, BODY_ATTRIBUTES, BODY_WORDS_RE))
    bodies = {node for node in doc.getroottree().iter() for test in IS_BODY if test(node)}
    assert bodies <= kept
