"""Cheap tests before the regexes: the plain literals every match of a cue contains, one scan
that tells which of many cue lists (or which of their entries) a sentence may hold, and a word
list's regex narrowed to those entries (pure).

>>> literal_hints('new(?:ly)?[- ]licen[cs]ed'), literal_hints('export|xuat khau')
(('licen',), ('export', 'xuat khau'))
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

# The standard library's own regex parser: a hint is read from the cue as `re` reads it.
from re import _constants, _parser  # type: ignore[attr-defined]

from etl.extract.leads import LeadScan

MIN_HINT = 2
KEY = 4
# A sentence's keys: the first KEY characters of each run of word characters (or the whole run).
KEY_RE = re.compile(rf"(?<!\w)\w{{1,{KEY}}}")
FIRST_WORD_RE = re.compile(r"\w+")
WORD_CHAR_RE = re.compile(r"\w")
ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _branches(items: list) -> list[list]:
    """The alternatives of a parsed pattern's top level, each a list of (op, argument) items:
    an alternation after nothing but literals and look-arounds is opened, and so is each of its
    alternatives (the parser's shared prefix, "d(?:enmark|anish)", handed back to each)."""
    for at, (op, argument) in enumerate(items):
        if op is _constants.BRANCH:
            head, tail = items[:at], items[at + 1 :]
            return [b for branch in argument[1] for b in _branches([*head, *branch, *tail])]
        if op is not _constants.LITERAL and op not in ZERO_WIDTH:
            break
    return [items]


def _word_start_runs(items: list) -> list[tuple[str, bool]]:
    """The runs of literal characters of one alternative that start where a word starts: at the
    alternative's start (every cue regex is wrapped in `(?<!\\w)`) or after what can only end
    with a non-word character or nothing ("(?:the )?"); anything but a literal or a look-around
    ends a run. With each, whether a word surely ends right after it (the wrapper's `(?!\\w)`
    after the alternative's last run)."""
    runs: list[tuple[str, bool]] = []
    current, boundary = "", True
    for op, argument in items:
        if op in ZERO_WIDTH:
            continue  # reads nothing: the literals around it stand side by side
        if op is not _constants.LITERAL:
            runs.append((current, False))
            current, boundary = "", _boundary_after([(op, argument)], boundary)
            continue
        char = chr(argument)
        word = bool(WORD_CHAR_RE.match(char))
        if current or (word and boundary):
            current += char
        boundary = not word
    return [*runs, (current, True)]


def _boundary_after(items: list, boundary: bool) -> bool:
    """Whether the text right after `items` surely holds no word character (or nothing was
    read), given whether it surely did before them."""
    for op, argument in items:
        if op is _constants.LITERAL:
            boundary = not WORD_CHAR_RE.match(chr(argument))
        elif op in ZERO_WIDTH:
            continue  # reads nothing
        elif op is _constants.SUBPATTERN:
            boundary = _boundary_after(list(argument[3]), boundary)
        elif op is _constants.BRANCH:
            boundary = all(_boundary_after(list(b), boundary) for b in argument[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            low, high, body = argument
            once = _boundary_after(list(body), boundary)
            again = once if high == 1 else once and _boundary_after(list(body), False)
            boundary = again and (boundary or low > 0)
        elif op is _constants.IN:
            boundary = all(o is _constants.LITERAL and not WORD_CHAR_RE.match(chr(a))
                           for o, a in argument)  # fmt: skip
        else:
            boundary = False
    return boundary


def _branch_hint(items: list) -> tuple[str, str] | None:
    """The longest literal of an alternative, with its key."""
    runs = [(r.rstrip(), ends or r != r.rstrip()) for r, ends in _word_start_runs(items)]
    runs = [(r, ends) for r, ends in runs if len(r) >= MIN_HINT]
    if not runs:
        return None
    hint, ends = max(runs, key=lambda run: len(run[0]))
    return hint, _key(hint, ends)


def _key(hint: str, ends_word: bool) -> str:
    """What a sentence's word must start with for `hint` to be in it: the first KEY characters
    of the hint's first word, or that whole word when shorter and surely complete ("u.s.", a
    whole "fdi"); "" when it may go on in the text ("new" of "new(?:ly)?"): always checked."""
    first = FIRST_WORD_RE.match(hint)
    assert first, "a hint starts with a word character"
    word = first.group(0)
    if len(word) >= KEY:
        return word[:KEY]
    return word if len(word) < len(hint) or ends_word else ""


def keyed_hints(cue: str) -> tuple[tuple[str, str], ...] | None:
    """One (literal, key) per top-level alternative of `cue` (a regex folded like the text, see
    etl/textnorm.py, and matched where a word starts): a literal its matches must contain,
    starting where a word of the text starts; None when an alternative has none (then only the
    regex can tell). Read with the regex module's own parser, so the literal is what `re`
    requires."""
    parsed = _parser.parse(cue)
    if parsed.state.flags & re.IGNORECASE:
        return None
    hints = [_branch_hint(b) for b in _branches(list(parsed))]
    return None if None in hints else tuple(h for h in hints if h)


def literal_hints(cue: str) -> tuple[str, ...] | None:
    """The literals of `keyed_hints`."""
    hints = keyed_hints(cue)
    return None if hints is None else tuple(hint for hint, _ in hints)


@dataclass(frozen=True, slots=True)
class HintIndex:
    """Which labels (topics, partners) a sentence may name: each literal is filed under its key
    (see `_key`), so a sentence only checks the literals its words could start."""

    by_key: dict[str, tuple[tuple[str, frozenset], ...]]  # key -> (literal, labels)
    always: frozenset  # labels with a cue no literal test covers
    keys: frozenset[str]  # by_key's keys: a set meets a set by its smaller side, a dict in full

    @classmethod
    def build(cls, cues_by_label: Iterable[tuple[Hashable, Iterable[str]]]) -> HintIndex:
        """An index over (label, its cue regexes) pairs."""
        labels: dict[tuple[str, str], set] = {}
        always: set = set()
        for label, cues in cues_by_label:
            for cue in cues:
                hints = keyed_hints(cue)
                if hints is None:
                    always.add(label)
                for keyed in hints or ():
                    labels.setdefault(keyed, set()).add(label)
        by_key: dict[str, list[tuple[str, frozenset]]] = {}
        for (hint, key), names in labels.items():
            by_key.setdefault(key, []).append((hint, frozenset(names)))
        return cls({k: tuple(v) for k, v in by_key.items()}, frozenset(always), frozenset(by_key))

    def labels_in(self, folded: str) -> frozenset:
        """The labels whose cues may match `folded`."""
        found = set(self.always)
        by_key = self.by_key
        for key in sentence_keys(folded) & self.keys:
            for hint, names in by_key[key]:
                if hint in folded:
                    found |= names
        return frozenset(found)


@lru_cache(maxsize=512)
def sentence_keys(folded: str) -> frozenset[str]:
    """The keys of a folded sentence's words (see `_key`), and "" (the always-checked key).
    Cached: the period needles read them for every sentence of an article first, then the cue
    and place indexes sentence by sentence."""
    return frozenset([*KEY_RE.findall(folded), ""])


def entries_of(label: Hashable, entries: Iterable[str]) -> list[tuple[tuple, list[str]]]:
    """(label, index) pairs for a `HintIndex` that tells which entries of a word list a sentence
    may hold (see `by_list` and `narrowed`)."""
    return [((label, index), [entry]) for index, entry in enumerate(entries)]


def by_list(found: Iterable[tuple[Hashable, int]]) -> dict[Hashable, list[int]]:
    """The (label, index) pairs `labels_in` found, grouped: label -> its entries' indexes."""
    out: dict[Hashable, list[int]] = {}
    for label, index in found:
        out.setdefault(label, []).append(index)
    return out


def narrowed(entries: tuple[str, ...], indexes: list[int]) -> LeadScan:
    """The word-bounded alternation of the `entries` at `indexes`, in the list's order (and its
    leading literals). An entry whose literal a text lacks can match nowhere in it: on that
    text, the regex of the entries its literals allow finds exactly what the whole list's
    regex finds."""
    return _scan_of(tuple(entries[i] for i in sorted(indexes)))


@lru_cache(maxsize=4096)
def _scan_of(entries: tuple[str, ...]) -> LeadScan:
    """The scan of `alternation(entries)`, worked out once per list of entries."""
    return LeadScan.of(alternation(entries))


@lru_cache(maxsize=4096)
def alternation(entries: tuple[str, ...]) -> re.Pattern:
    """`(?<!\\w)(?:e1|e2|...)(?!\\w)`, compiled once per distinct list."""
    return re.compile(r"(?<!\w)(?:" + "|".join(entries) + r")(?!\w)")
