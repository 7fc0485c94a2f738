"""Find a regex's matches by first looking for the plain literals every match starts with (pure).

A word-bounded regex such as `(?<!\\w)(?:as of|tinh den) ...` gives the regex engine nothing to
skip ahead to: it tries the whole pattern at every character. When every match must start with
one of a few literals, a search for those literals finds the only places worth trying, and
`regex.match` there finds the very matches `regex.finditer` finds, in the same order.

>>> scan = LeadScan.of(re.compile(r"(?<!\\w)(?:(?:the )?province|tinh)(?!\\w)"))
>>> scan.leads
('provinc', 'the pro', 'tinh')
>>> [m.group(0) for m in scan.finditer("the province, tinh and provincial")]
['the province', 'tinh']
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# The standard library's own regex parser: the literals are read from the pattern as `re` reads it.
from re import _constants, _parser  # type: ignore[attr-defined]

ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
LEAD_CHARS = 7  # a lead this long is selective enough
MAX_LEADS = 64  # more than this make the literal search no faster than the regex
END = sys.maxsize  # `endpos` by default: the whole text


class _TooMany(Exception):
    """The literals a pattern may start with are too many to search for."""


@dataclass(frozen=True, slots=True)
class LeadScan:
    """A regex, and a search for the literals every match of it starts with (None: no short
    list of such literals, the regex alone is run)."""

    regex: re.Pattern
    leads: tuple[str, ...] | None
    lead: re.Pattern | None

    @classmethod
    def of(cls, regex: re.Pattern) -> LeadScan:
        """The scan of `regex` (a pattern without flags that change what a literal matches)."""
        leads = leading_literals(regex.pattern, regex.flags)
        if not leads or regex.flags & re.IGNORECASE:
            return cls(regex, None, None)
        return cls(regex, leads, re.compile(_trie(leads)))

    @property
    def pattern(self) -> str:
        """The regex's pattern."""
        return self.regex.pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match]:
        """What `self.regex.finditer(text, pos, endpos)` finds: the leftmost match, then the
        leftmost one from where it ended, and so on (no match is empty: each starts with a
        literal)."""
        if self.lead is None:
            yield from self.regex.finditer(text, pos, endpos)
            return
        find, match = self.lead.search, self.regex.match
        candidate = find(text, pos, endpos)
        while candidate:  # the loop of `search`, inlined: a generator's calls are the cost
            found = match(text, candidate.start(), endpos)
            if found:
                yield found
                candidate = find(text, found.end(), endpos)
            else:
                candidate = find(text, candidate.start() + 1, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match | None:
        """What `self.regex.search(text, pos, endpos)` finds: the match at the first place a
        leading literal stands where the regex matches (look-behinds still see the text before
        `pos`, and `endpos` cuts the text for both)."""
        lead = self.lead
        if lead is None:
            return self.regex.search(text, pos, endpos)
        candidate = lead.search(text, pos, endpos)
        if candidate is None:  # the usual case: no leading literal in the span
            return None
        find, match = lead.search, self.regex.match
        while candidate:
            found = match(text, candidate.start(), endpos)
            if found:
                return found
            candidate = find(text, candidate.start() + 1, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match | None:
        """`self.regex.match`."""
        return self.regex.match(text, pos, endpos)


def _trie(leads: tuple[str, ...]) -> str:
    """A regex matching exactly the `leads` (none a prefix of another), shared beginnings
    written once ("to(?:tal|ng so)") so that each place is tested against few of them."""
    trie: dict = {}
    for lead in leads:
        node = trie
        for char in lead:
            node = node.setdefault(char, {})
    return _branch(trie)


def _branch(node: dict) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


Words = re.Pattern | LeadScan  # what a rule searches a sentence with


@lru_cache(maxsize=4096)
def lead_scan(regex: re.Pattern) -> LeadScan:
    """`LeadScan.of`, worked out once per regex."""
    return LeadScan.of(regex)


def leading_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals (at most LEAD_CHARS long) one of which begins every match of `pattern`, none a
    prefix of another; None when some match may begin otherwise (a class, a repeat, nothing)
    or when they are more than MAX_LEADS."""
    try:
        found = _leads(list(_parser.parse(pattern, flags)))
    except _TooMany:
        return None
    if not found:
        return None
    kept: list[str] = []
    for lead in sorted(found, key=lambda x: (len(x), x)):
        if not any(lead.startswith(k) for k in kept):
            kept.append(lead)
    return tuple(sorted(kept)) if len(kept) <= MAX_LEADS else None


def _leads(items: list) -> set[str] | None:
    """The literals the parsed `items` may start with (see `leading_literals`)."""
    literal = ""
    for at, (op, argument) in enumerate(items):
        if op is _constants.LITERAL:
            literal += chr(argument)
            if len(literal) >= LEAD_CHARS:
                break
            continue
        if literal:
            break
        if op in ZERO_WIDTH:
            continue  # reads nothing: the match starts with what follows (`match` checks it)
        return _opening(op, argument, items[at + 1 :])
    return {literal} if literal else None


def _opening(op, argument, rest: list) -> set[str] | None:
    """The literals a match may start with when it starts with the item (op, argument)."""
    if op is _constants.BRANCH:
        return _union([_leads([*branch, *rest]) for branch in argument[1]])
    if op is _constants.SUBPATTERN:
        return None if argument[1] & re.IGNORECASE else _leads([*argument[3], *rest])
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, body = argument
        if low == 0 and high == 1:  # optional: with it, or straight to what follows
            return _union([_leads([*body, *rest]), _leads(rest)])
        return _leads(list(body)) if low >= 1 else None
    if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in argument):
        return {chr(code) for _, code in argument}
    return None


def _union(parts: list[set[str] | None]) -> set[str] | None:
    if any(part is None for part in parts):
        return None
    out: set[str] = set().union(*parts)  # type: ignore[arg-type]
    if len(out) > 4 * MAX_LEADS:
        raise _TooMany
    return out
