"""Elements picked by their attribute values, in one pass over the page's attributes (pure)."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree


def elements_with(
    doc, names: tuple[str, ...], hint: re.Pattern, any_value: tuple[str, ...] = ()
) -> list:
    """The elements of `doc`'s page, in page order, with an attribute of `names` whose value
    `hint` finds, or any of `any_value` at all.

    Reading attribute values is far cheaper than visiting each element; each distinct value is
    searched once."""
    found: dict = {}
    searched: dict[str, bool] = {}
    for value in _attributes(names)(doc):
        if value.attrname not in any_value:
            text = str(value)
            hit = searched.get(text)
            if hit is None:
                hit = searched[text] = hint.search(text) is not None
            if not hit:
                continue
        found.setdefault(value.getparent(), None)
    return list(found)


@lru_cache(maxsize=8)
def _attributes(names: tuple[str, ...]) -> etree.XPath:
    return etree.XPath(" | ".join(f"//@{name}" for name in names))
