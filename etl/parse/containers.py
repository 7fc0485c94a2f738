"""Which element holds the story: each known outlet's body container first, then generic ones,
then `article` (the one holding the headline) and `main`, else the densest block (pure)."""

from __future__ import annotations

import re

from lxml.cssselect import CSSSelector

from etl.parse.attributes import elements_with
from etl.parse.selectors import self_test

# Outlets' own body containers (SOURCES.md and issue 13), most specific first.
OUTLET_BODIES = (
    "article.fck_detail", ".fck_detail",                          # VnExpress, e.vnexpress.net
    "div.article__body.cms-body", "div.article__body",            # VietnamPlus, SGGP, Nhân Dân
    "div.detail-content.afcbc-body", "div.detail-content[data-role=content]",  # Tuổi Trẻ, TN
    "div.detail-cmain",
    "div.detail__content", "#abody",                              # Vietnam News
    ".__MASTERCMS_CONTENT",                                       # VIR (MasterCMS)
    "div.singular-content", "#newscontents",                      # Báo Bình Dương, new and old
    "#content_detail_news",                                       # Báo Đầu tư
)  # fmt: skip
GENERIC_BODIES = (
    "[itemprop=articleBody]", ".article-body", ".article-content", ".content-detail",
    ".post-content", ".entry-content", ".news-content", "td.article-text",
)  # fmt: skip
BODIES = (*OUTLET_BODIES, *GENERIC_BODIES)
IS_BODY = tuple(self_test(s) for s in BODIES)
# The class, id and itemprop words of those selectors: one cheap pass over the page's attributes
# keeps the few elements worth testing against each selector in turn (22 passes would cost ~5 ms
# a page).
BODY_WORDS_RE = re.compile(
    "|".join(sorted({re.escape(w) for s in BODIES for w in re.findall(r"[.#]([\w-]+)", s)}))
    + "|articleBody"
)
BODY_ATTRIBUTES = ("class", "id", "itemprop")
ARTICLE = CSSSelector("article")
MAIN = CSSSelector("main")


def find_container(doc):
    """The element holding the story, or None when no known markup matches."""
    candidates = elements_with(doc, BODY_ATTRIBUTES, BODY_WORDS_RE)
    for is_body in IS_BODY if candidates else ():
        found = [node for node in candidates if is_body(node)]
        if found:
            return _largest(found)
    articles = ARTICLE(doc)
    if articles:
        story = _holding_headline(doc)
        return story if story is not None else _largest(articles)
    found = MAIN(doc)
    return _largest(found) if found else None


def _largest(nodes):
    return max(nodes, key=lambda n: len(n.text_content()))


def _holding_headline(doc):
    """The innermost <article> that holds the page's first <h1> (teasers beside it do not)."""
    h1 = next(doc.iter("h1"), None)
    return next(h1.iterancestors("article"), None) if h1 is not None else None


def densest(doc):
    """The element whose own paragraphs hold the most text (pages without known markup)."""
    best, best_len = None, 0
    for node in doc.iter("div", "td", "section", "article", "body"):
        own = sum(len(p.text_content()) for p in node if p.tag == "p")
        own += len(node.text or "") + sum(len(child.tail or "") for child in node)
        if own > best_len:
            best, best_len = node, own
    return best
