"""Cheap tests before the regexes: the plain literals every match of a cue contains, and one
scan that tells which of many cue lists a sentence may hold (pure).

>>> literal_hints('new(?:ly)?[- ]licen[cs]ed'), literal_hints('export|xuat khau')
(('licen',), ('export', 'xuat khau'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from etl.textnorm import fold

GROUP_RE = re.compile(r"\([^()]*\)[?*+]?(?:\{[^}]*\})?")
OPTIONAL_RE = re.compile(r"\[[^\]]*\][?*+]?|\\[a-zA-Z][?*+]?|.[?*]|[+{}]")
MIN_HINT = 2


def _top_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern's top level ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    branches, depth, current, escaped = [], 0, "", False
    for char in pattern:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(current)
            current = ""
            continue
        current += char
    return [*branches, current]


def _branch_hint(branch: str) -> str | None:
    previous = None
    while previous != branch:
        previous = branch
        branch = GROUP_RE.sub("\0", branch)
    branch = OPTIONAL_RE.sub("\0", branch)
    runs = [r for r in re.split(r"[\0\\^$]", branch) if len(r.strip()) >= MIN_HINT]
    return max(runs, key=len) if runs else None


def literal_hints(cue: str) -> tuple[str, ...] | None:
    """One literal per top-level alternative of `cue` that its matches must contain; None when
    an alternative has none (then only the regex can tell)."""
    hints = [_branch_hint(b) for b in _top_branches(fold(cue))]
    return None if None in hints else tuple(h for h in hints if h)


@dataclass(frozen=True, slots=True)
class HintIndex:
    """Which labels (topics, partners) a sentence may name: each literal is filed under the
    first two characters of its first word, so a sentence only checks the literals its words
    could start."""

    by_prefix: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # key -> (literal, labels)
    always: frozenset[str]  # labels with a cue no literal test covers

    @classmethod
    def build(cls, cues_by_label: Iterable[tuple[str, Iterable[str]]]) -> HintIndex:
        """An index over (label, its cue regexes) pairs."""
        labels: dict[str, set[str]] = {}
        always: set[str] = set()
        for label, cues in cues_by_label:
            for cue in cues:
                hints = literal_hints(cue)
                if hints is None:
                    always.add(label)
                for hint in hints or ():
                    labels.setdefault(hint.strip(), set()).add(label)
        by_prefix: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for hint, names in labels.items():
            by_prefix.setdefault(hint.split()[0][:KEY], []).append((hint, frozenset(names)))
        return cls({k: tuple(v) for k, v in by_prefix.items()}, frozenset(always))

    def labels_in(self, folded: str) -> frozenset[str]:
        """The labels whose cues may match `folded`."""
        found = set(self.always)
        keys = {w[:KEY] for w in WORD_RE.findall(folded)}
        for key in keys:
            for hint, names in self.by_prefix.get(key, ()):
                if hint in folded:
                    found |= names
        return frozenset(found)


KEY = 2
# Where a literal may start: any run of word characters (a literal never starts mid-word, except
# inside a word run such as "(?:ex)?port", which is then keyed by the run's own start).
WORD_RE = re.compile(r"[\w$]+")
