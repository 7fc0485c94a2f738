"""CSS selectors as tests of one element, for walks that already hold the elements (pure)."""

from __future__ import annotations

from cssselect import GenericTranslator
from lxml import etree

TRANSLATOR = GenericTranslator()


def self_test(selector: str) -> etree.XPath:
    """A CSS selector (or a group) without combinator as a yes/no test of the element itself."""
    return etree.XPath(f"boolean({TRANSLATOR.css_to_xpath(selector, prefix='self::')})")


class SelectorTest:
    """Whether a group of CSS selectors, run from `top`, selects an element: what
    `CSSSelector(group)(top)` would hold, asked of the few elements a walk already has.

    Each selector is "X" (a compound without combinator) or "X tag" (a bare tag below an X)."""

    def __init__(self, selectors: tuple[str, ...]) -> None:
        pairs = [s.split() for s in selectors if " " in s]
        if any(len(pair) != 2 or not pair[1].isalpha() for pair in pairs):
            raise ValueError(f"selectors must be 'X' or 'X tag': {selectors}")
        self.own = self_test(", ".join(s for s in selectors if " " not in s))
        self.below = tuple((tag, self_test(above)) for above, tag in pairs)
        # Without attributes, an element matches only a bare tag.
        self.bare_tags = {tag for tag, _ in self.below}

    def __call__(self, node, top) -> bool:
        if not (len(node.attrib) or node.tag in self.bare_tags):
            return False
        if self.own(node):
            return True
        return any(node.tag == tag and _under(node, top, test) for tag, test in self.below)


def _under(node, top, test) -> bool:
    """Whether an ancestor of `node`, up to `top` included, passes `test`."""
    if node is top:
        return False
    for ancestor in node.iterancestors():
        if test(ancestor):
            return True
        if ancestor is top:
            return False
    return False
