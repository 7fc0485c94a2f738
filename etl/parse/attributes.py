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
    values = _attributes(names)(doc)
    found = {value: hint.search(value) is not None for value in set(values)}
    if any_value:
        kept = (v for v in values if found[v] or v.attrname in any_value)
    else:
        kept = (v for v in values if found[v])
    return list(dict.fromkeys(value.getparent() for value in kept))


@lru_cache(maxsize=8)
def _attributes(names: tuple[str, ...]) -> etree.XPath:
    return etree.XPath(" | ".join(f"//@{name}" for name in names))
