"""Site furniture around and inside a story: related and teaser boxes, caption tables, banners,
header clocks; recognised by class fragments and CMS markers and dropped before the body is read
(pure)."""

from __future__ import annotations

import re

from lxml import etree

from etl.parse.attributes import elements_with

# Whole class or id tokens that name furniture ("box-news", "most-read", "tags", "footer" ...).
BOX_TOKENS = (
    r"related|relate|lienquan|lien-quan|tin-lien-quan|most-?read|mostread|most-?viewed|"
    r"docnhieu|doc-nhieu|xem-?nhieu|xemthem|xem-them|read-?more|readmore|teaser|sidebar|"
    r"side-bar|footer|menu|navbar|nav|breadcrumbs?|share|social|comments?|tags?|keywords|"
    r"advert|ads|banner|popular|trending|box-news|other-news|more-news|newsletter|"
    r"subscribe|recommend|suggest|widget|latest|hot-news|tinkhac|tin-khac|notice|thongbao|"
    r"thong-bao|announcement|marquee|cookie|popup"
)
BOX_TOKEN_RE = re.compile(rf"(^|[-_ ])({BOX_TOKENS})($|[-_ ])", re.I)
# Fragments that mark a box wherever they stand in a class or id ("box-tinlienquanv2",
# "article-relate", "kbwscwl-relatedbox", "PhotoCMS_Caption").
BOX_FRAGMENTS = r"tinlienquan|lienquan|relate|readmore|xemthem|docthem|caption"
BOX_FRAGMENT_RE = re.compile(BOX_FRAGMENTS, re.I)
BOX_RE = re.compile(f"{BOX_TOKEN_RE.pattern}|{BOX_FRAGMENT_RE.pattern}", re.I)
# CMS markers: Tuổi Trẻ / Thanh Niên `type=`, VnExpress tracking categories.
BOX_TYPES = {"relatednewsbox", "relatedonenews", "videostream", "boxtab", "photo", "video"}
LINK_BOX_CATEGORY = "article link display"
# Tables that only frame a photo and its caption (Vietnam News, VietnamPlus, MasterCMS sites).
CAPTION_TABLE_RE = re.compile(r"picture|image|photo|caption|tpl|pic\b", re.I)
# A class or id that makes its element a box (or a caption table) holds one of these words.
BOX_HINT_RE = re.compile(f"{BOX_TOKENS}|{BOX_FRAGMENTS}|{CAPTION_TABLE_RE.pattern}", re.I)
# The attributes is_box reads; a box's class or id holds a BOX_HINT_RE word, CMS markers count
# whatever their value.
CMS_MARKERS = ("type", "relatednewsboxtype", "data-event-category")
BOX_ATTRIBUTES = ("class", "id", *CMS_MARKERS)
# Where a page shows the time now, never the publication date.
CLOCK_RE = re.compile(
    r"(^|[-_ ])(clock|today|now|current-?(?:date|time)?|weather|top-?bar|topbar|header-?top|"
    r"top-?header|site-?header)($|[-_ ])",
    re.I,
)
# A byline bar ("author-share-top", "social-bar") holds the date beside the share buttons.
BYLINE_BAR_RE = re.compile(r"(^|[-_ ])(share|social|tags?|keywords|breadcrumbs?)(?=$|[-_ ])", re.I)
INLINE_TAGS = {"a", "span", "strong", "b", "em", "i", "u", "sup", "sub", "small", "mark", "abbr",
               "cite", "q", "font", "time", "label", "big", "s", "del", "ins"}  # fmt: skip
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "blockquote", "section", "article", "td", "th", "dd", "dt", "main",
              "body"}  # fmt: skip
WORD_RE = re.compile(r"\w{2,}")


def marker(node) -> str:
    """The class and id of an element, as one string."""
    return f"{node.get('class', '')} {node.get('id', '')}"


def is_box(node, text: str | None = None) -> bool:
    """Whether an element is a related, teaser, navigation or caption box by its markers
    (`text`: its class and id, when the caller has already read them)."""
    if (node.get("type") or "").lower() in BOX_TYPES or node.get("relatednewsboxtype"):
        return True
    if (node.get("data-event-category") or "").lower() == LINK_BOX_CATEGORY:
        return True
    text = marker(node) if text is None else text
    if BOX_RE.search(text):
        return True
    return node.tag == "table" and bool(CAPTION_TABLE_RE.search(text))


def in_sentence(node) -> bool:
    """An inline element with words of its sentence right beside it: part of the story (a linked
    place or keyword, such as Tuổi Trẻ's `a.seo-suggest-link`), never a box. A link standing
    alone between paragraphs is not in a sentence."""
    if node.tag not in INLINE_TAGS:
        return False
    current = node
    while current.getparent() is not None:
        if _words_beside(current):
            return True
        current = current.getparent()
        if current.tag not in INLINE_TAGS:
            return False
    return False


def _words_beside(node) -> bool:
    prev, after = node.getprevious(), node.getnext()
    before = prev.tail if prev is not None else node.getparent().text
    beside = [before, node.tail]
    beside += [n.text_content() for n in (prev, after) if n is not None and n.tag in INLINE_TAGS]
    return any(WORD_RE.search(text or "") for text in beside)


def drop_boxes(doc, container) -> None:
    """Drop every box except the container, its ancestors and the words of its sentences;
    inside the container, a nested <article> is another story's teaser and goes too."""
    keep = {container, *container.iterancestors()} if container is not None else set()
    for node in elements_with(doc, BOX_ATTRIBUTES, BOX_HINT_RE, CMS_MARKERS):
        if node in keep or node.tag in ("html", "body") or node.getparent() is None:
            continue
        if is_box(node) and not in_sentence(node):
            node.drop_tree()
    if container is not None:
        for teaser in list(container.iterdescendants("article")):
            teaser.drop_tree()
    for table in list(doc.iter("table")):
        if table not in keep and table.getparent() is not None and is_caption_table(table):
            table.drop_tree()


def is_caption_table(table) -> bool:
    """A table holding an image and no row of two filled cells: a photo with its caption."""
    if not table.xpath(".//img"):
        return False
    rows = table.xpath(".//tr")
    return not any(
        sum(bool(cell.text_content().strip()) for cell in row.xpath("./td|./th")) >= 2
        for row in rows
    )


def story_column(doc) -> set:
    """The elements that hold the page's first <h1>: the story's column, whatever their names."""
    h1 = next(doc.iter("h1"), None)
    return set(h1.iterancestors()) if h1 is not None else set()


def outside_furniture(doc) -> list:
    """Every element outside page furniture, in page order: where the story's date may stand.
    Site headers, navigation, footers, clocks, banners and boxes are skipped with all they hold,
    except an element of the story's column ("sidebar-1" on VnExpress holds the headline)."""
    story = story_column(doc)
    kept, stack = [], [(doc, False)]
    while stack:
        node, in_article = stack.pop()
        if node not in story and _is_furniture(node, in_article):
            continue
        kept.append(node)
        in_article = in_article or node.tag in ("article", "main")
        stack.extend((child, in_article) for child in reversed(node) if isinstance(child.tag, str))
    return kept


def _is_furniture(node, in_article: bool) -> bool:
    if node.tag in ("nav", "footer", "aside") or (node.tag == "header" and not in_article):
        return True
    if node.tag in ("html", "body"):
        return False
    text = marker(node)
    return bool(CLOCK_RE.search(text)) or is_box(node, BYLINE_BAR_RE.sub(" ", text))


def strip_furniture(doc, container, tags: tuple[str, ...]) -> None:
    """Remove comments and furniture elements (scripts, headers, forms ...) that do not hold the
    story; a page-wide ASP.NET <form> that wraps the container stays."""
    etree.strip_elements(doc, etree.Comment, with_tail=False)
    keep = {container, *container.iterancestors()} if container is not None else set()
    for node in list(doc.iter(*tags)):
        if node in keep or node.getparent() is None:
            continue
        if node.tag == "form" and container is None and len(node.text_content()) > 1000:
            continue  # no known container: a big form is the page itself
        node.drop_tree()
