"""A catalogue word list searched, on each text, with only the entries that text may hold (pure).

The rules ask a word list ("company", "target", "ip_subset" ...) about several spans of one
sentence, one amount at a time. The whole list's regex (or the search for its leading literals,
etl/extract/leads.py) reads every span in full, and the leading literals of a long list are
common ("at ", "the "): a few µs a list a question. Each entry's literals are filed under what a
word must start with to hold them (etl/extract/hints.py); the words of the text (their keys,
worked out once a sentence and shared) tell which entries can match in it at all, and the list
searches with the regex of those entries alone, mostly none. The scan of a set of keys is kept.

That regex finds what the whole list's finds on any span of the text but one that ends inside a
word: its last word is cut short and may have another key ("up" of "upgrade"). There the whole
list's regex is run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from etl.extract.hints import keyed_hints, narrowed, sentence_keys
from etl.extract.leads import END, NOTHING, LeadScan

SCANS_KEPT = 256  # the scans of this many sets of keys are kept, per list


@dataclass(frozen=True, slots=True)
class WordList(LeadScan):
    """A word list's scan (see LeadScan) whose searches on a text use only the entries that
    text may hold."""

    entries: tuple[str, ...] = ()
    # the entries by key (filed when first asked), and the last text asked about with the
    # scan of the entries it may hold (None: none may)
    memo: list = field(default_factory=lambda: [None, None], compare=False, repr=False)

    @classmethod
    def of_entries(cls, entries: tuple[str, ...], regex: re.Pattern) -> WordList:
        """The list whose regex is `regex`, the word-bounded alternation of `entries`."""
        scan = LeadScan.of(regex)
        return cls(scan.regex, scan.leads, scan.lead, scan.behind, scan.reach, entries)

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match]:
        """What the whole list's `finditer` finds."""
        if _cuts_a_word(text, endpos):
            return LeadScan.finditer(self, text, pos, endpos)
        scan = self._narrowed(text)
        return scan.finditer(text, pos, endpos) if scan is not None else NOTHING

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match | None:
        """What the whole list's `search` finds."""
        if _cuts_a_word(text, endpos):
            return LeadScan.search(self, text, pos, endpos)
        scan = self._narrowed(text)
        return scan.search(text, pos, endpos) if scan is not None else None

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match | None:
        """What the whole list's `match` finds."""
        if _cuts_a_word(text, endpos):
            return self.regex.match(text, pos, endpos)
        scan = self._narrowed(text)
        return scan.regex.match(text, pos, endpos) if scan is not None else None

    def _narrowed(self, text: str) -> LeadScan | None:
        """The scan of the entries `text` may hold (None: none may)."""
        last = self.memo[1]
        if last is not None and last[0] is text:
            return last[1]
        keyed = self.memo[0]
        if keyed is None:
            keyed = self.memo[0] = KeyedEntries.of(self.entries)
        keys = sentence_keys(text) & keyed.keys
        scan = keyed.scans.get(keys, False)
        if scan is False:
            indexes = {i for key in keys for i in keyed.by_key[key]}
            scan = (
                narrowed(self.entries, [*indexes, *keyed.always])
                if indexes or keyed.always
                else None
            )
            if len(keyed.scans) >= SCANS_KEPT:
                keyed.scans.clear()
            keyed.scans[keys] = scan
        self.memo[1] = (text, scan)
        return scan


@dataclass(frozen=True, slots=True)
class KeyedEntries:
    """The entries of a word list filed under the keys of their literals (see hints._key): a
    text may hold an entry only if one of its words has such a key."""

    keys: frozenset[str]
    by_key: dict[str, tuple[int, ...]]
    always: tuple[int, ...]  # entries without such a literal: always tried
    scans: dict = field(default_factory=dict, compare=False)  # the scans of sets of keys so far

    @classmethod
    def of(cls, entries: tuple[str, ...]) -> KeyedEntries:
        """Index `entries`."""
        by_key: dict[str, list[int]] = {}
        always = []
        for index, entry in enumerate(entries):
            hints = keyed_hints(entry)
            if hints is None:
                always.append(index)
            for _, key in hints or ():
                by_key.setdefault(key, []).append(index)
        return cls(frozenset(by_key), {k: tuple(v) for k, v in by_key.items()}, tuple(always))


def _cuts_a_word(text: str, endpos: int) -> bool:
    """`endpos` falls between two word characters of `text`."""
    if endpos <= 0 or endpos >= len(text):
        return False
    return _word_char(text[endpos - 1]) and _word_char(text[endpos])


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
