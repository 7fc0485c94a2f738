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
MAX_LEADS = 128  # more than this make the literal search no faster than the regex
EXTEND_STEPS = 40  # longer leads are worked out in at most this many steps, else the short
END = sys.maxsize  # `endpos` by default: the whole text


class _TooMany(Exception):
    """The literals a pattern may start with are too many to search for."""


class _TooLong(_TooMany):
    """Working out the longer leads of a pattern takes too many steps (nested alternatives)."""


@dataclass(frozen=True, slots=True)
class LeadScan:
    """A regex, and a search for the literals every match of it starts with (None: no short
    list of such literals, the regex alone is run)."""

    regex: re.Pattern
    leads: tuple[str, ...] | None
    lead: re.Pattern | None
    # the literals some alternatives look behind for ("(?<=percent of )..."): a match may also
    # start where one ends (then `leads` are the other alternatives' and may be empty)
    behind: re.Pattern | None = None
    reach: int = 0  # the longest of those literals

    @classmethod
    def of(cls, regex: re.Pattern) -> LeadScan:
        """The scan of `regex` (a pattern without flags that change what a literal matches)."""
        if regex.flags & re.IGNORECASE:
            return cls(regex, None, None)
        leads = leading_literals(regex.pattern, regex.flags)
        if leads:
            return cls(regex, leads, re.compile(_trie(leads)))
        split = behind_split(regex.pattern, regex.flags)
        if split is None:
            return cls(regex, None, None)
        ahead, behind = split
        lead = re.compile(_trie(ahead)) if ahead else None
        return cls(regex, ahead, lead, re.compile(_trie(behind)), max(map(len, behind)))

    @property
    def pattern(self) -> str:
        """The regex's pattern."""
        return self.regex.pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match]:
        """What `self.regex.finditer(text, pos, endpos)` finds: the leftmost match, then the
        leftmost one from where it ended, and so on (no match is empty: each starts with a
        literal)."""
        if self.behind is not None:
            yield from self._mixed(text, pos, endpos)
            return
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
        if self.behind is not None:
            return next(self._mixed(text, pos, endpos), None)
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

    def may_occur(self, text: str) -> bool:
        """False when no match can start anywhere in `text`, whatever window of it is searched:
        none of the literals a match starts with (or looks behind for) stands in it. True when
        the scan has no such literals."""
        if self.lead is None and self.behind is None:
            return True
        return any(scan is not None and scan.search(text) for scan in (self.lead, self.behind))

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match | None:
        """`self.regex.match`."""
        return self.regex.match(text, pos, endpos)

    def _mixed(self, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """`finditer` when some alternatives start with a look-behind: the regex is tried where
        a leading literal starts or a looked-behind literal ends (no match is empty)."""
        at = pos
        while (start := self._next_start(text, at, endpos)) is not None:
            found = self.regex.match(text, start, endpos)
            if found:
                yield found
            at = found.end() if found else start + 1

    def _next_start(self, text: str, at: int, endpos: int) -> int | None:
        ahead = self.lead.search(text, at, endpos) if self.lead else None
        best = ahead.start() if ahead else endpos
        found = self.behind.search(text, max(0, at - self.reach), best)  # type: ignore[union-attr]
        while found and found.end() < at:  # it ends before `at`: the next one
            found = self.behind.search(text, found.start() + 1, best)  # type: ignore[union-attr]
        best = min(best, found.end()) if found else best
        return best if best < endpos else None


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


def lead_scan(regex: re.Pattern) -> LeadScan:
    """`LeadScan.of`, worked out once per regex (looked up by its pattern: the hash of a compiled
    regex reads all its code, on every call)."""
    return _scan(regex.pattern, regex.flags)


@lru_cache(maxsize=4096)
def _scan(pattern: str, flags: int) -> LeadScan:
    return LeadScan.of(re.compile(pattern, flags))


def leading_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals (at most LEAD_CHARS long) one of which begins every match of `pattern`, none a
    prefix of another; None when some match may begin otherwise (a class, a repeat, nothing)
    or when they are more than MAX_LEADS."""
    items = list(_parser.parse(pattern, flags))
    for found in (_extended(items), _plain(items)):  # the longer leads when they are few enough
        kept = _shortest(found or set())
        if kept and len(kept) <= MAX_LEADS:
            return kept
    return None


def _extended(items: list) -> set[str] | None:
    """The longer leads of the parsed `items`: of each alternative of a top-level alternation
    apart (a word list), so that one entry too intricate to extend leaves the others' long."""
    at = next((i for i, (op, _) in enumerate(items) if op not in ZERO_WIDTH), len(items))
    if at == len(items) or items[at][0] is not _constants.BRANCH:
        return _alternative_leads(items, True)
    found: set[str] = set()
    for branch in items[at][1][1]:
        leads = _alternative_leads([*items[:at], *branch, *items[at + 1 :]], True)
        if not leads:
            return None
        found |= leads
    return found


def _plain(items: list) -> set[str] | None:
    """The leads of the parsed `items`, not extended past their first literal run."""
    try:
        return _leads(items)
    except _TooMany:
        return None


def _shortest(found: set[str]) -> tuple[str, ...]:
    """The literals none of which begins with another, sorted."""
    kept: list[str] = []
    for lead in sorted(found, key=lambda x: (len(x), x)):
        if not any(lead.startswith(k) for k in kept):
            kept.append(lead)
    return tuple(sorted(kept))


def behind_split(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """For an alternation whose matches are never empty: the leading literals of the
    alternatives that have some (as `leading_literals`), and the literals the others look behind
    for first ("(?<=percent of )X"); None when an alternative has neither or they are too many."""
    parsed = _parser.parse(pattern, flags)
    items = list(parsed)
    at = next((i for i, (op, _) in enumerate(items) if op not in ZERO_WIDTH), len(items))
    if at == len(items) or items[at][0] is not _constants.BRANCH or parsed.getwidth()[0] < 1:
        return None
    alternatives = [
        (branch, [*items[:at], *branch, *items[at + 1 :]]) for branch in items[at][1][1]
    ]
    for extend in (True, False):  # the longer leads when they are few enough
        ahead: set[str] = set()
        behind: set[str] = set()
        for branch, whole in alternatives:
            found = _alternative_leads(whole, extend)
            literal = None if found else _looked_behind(branch)
            if not found and not literal:
                return None
            ahead |= found or set()
            behind |= {literal} if literal else set()
        kept = _shortest(ahead)
        if behind and len(kept) <= MAX_LEADS:
            return kept, tuple(sorted(behind))
    return None


def _alternative_leads(items: list, extend: bool) -> set[str] | None:
    for budget in ([EXTEND_STEPS], None) if extend else (None,):
        try:
            return _leads(items, budget)
        except _TooMany:
            continue
    return None


def _looked_behind(items: list) -> str | None:
    """The literal a look-behind that opens `items` looks for ("(?<=percent of )")."""
    if not items or items[0][0] is not _constants.ASSERT or items[0][1][0] != -1:
        return None
    body = list(items[0][1][1])
    if not body or any(op is not _constants.LITERAL for op, _ in body):
        return None
    return "".join(chr(code) for _, code in body)


def _leads(items: list, budget: list[int] | None = None) -> set[str] | None:
    """The literals the parsed `items` may start with (see `leading_literals`); with a `budget`
    (of steps), a literal goes on with the literals of what follows it ("in " and "(?:19|20)":
    "in 19", "in 20"), up to LEAD_CHARS: fewer places where the regex is tried in vain."""
    literal = ""
    for at, (op, argument) in enumerate(items):
        if op is _constants.LITERAL:
            literal += chr(argument)
            if len(literal) >= LEAD_CHARS:
                break
            continue
        if literal:
            return _continued(literal, items[at:], budget) if budget else {literal}
        if op in ZERO_WIDTH:
            continue  # reads nothing: the match starts with what follows (`match` checks it)
        return _opening(op, argument, items[at + 1 :], budget)
    return {literal} if literal else None


def _continued(literal: str, rest: list, budget: list[int]) -> set[str]:
    """`literal` followed by each literal `rest` may start with, cut to LEAD_CHARS; `literal`
    alone when `rest` may start otherwise."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooLong
    try:
        more = _leads(rest, budget)
    except _TooLong:
        raise
    except _TooMany:
        return {literal}
    return {(literal + m)[:LEAD_CHARS] for m in more} if more else {literal}


def _opening(op, argument, rest: list, budget: list[int] | None) -> set[str] | None:
    """The literals a match may start with when it starts with the item (op, argument)."""
    if op is _constants.BRANCH:
        return _union([_leads([*branch, *rest], budget) for branch in argument[1]])
    if op is _constants.SUBPATTERN:
        return None if argument[1] & re.IGNORECASE else _leads([*argument[3], *rest], budget)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, body = argument
        if low == 0 and high == 1:  # optional: with it, or straight to what follows
            return _union([_leads([*body, *rest], budget), _leads(rest, budget)])
        return _leads(list(body), budget) if low >= 1 else None
    if op is _constants.IN:
        return _class_chars(argument)
    return None


def _class_chars(items: list) -> set[str] | None:
    """The characters of a class of literals and short ranges ("[2-5]"); None for any other."""
    chars: set[str] = set()
    for kind, argument in items:
        if kind is _constants.LITERAL:
            chars.add(chr(argument))
        elif kind is _constants.RANGE and argument[1] - argument[0] < MAX_LEADS:
            chars.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            return None
    return chars


def _union(parts: list[set[str] | None]) -> set[str] | None:
    if any(part is None for part in parts):
        return None
    out: set[str] = set().union(*parts)  # type: ignore[arg-type]
    if len(out) > 4 * MAX_LEADS:
        raise _TooMany
    return out
