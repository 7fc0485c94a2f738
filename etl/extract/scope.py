"""Whose figure an amount is, and the "A and B ... X and Y, respectively" pairing (pure)."""

from __future__ import annotations

import re

from etl.extract.catalogue import Catalogue
from etl.extract.cues import read_cues
from etl.extract.frame import Frame
from etl.extract.places import NATIONAL, PROVINCE, Places
from etl.extract.status import Work

RUN_GAP_RE = re.compile(r"\s*,?\s*(?:and|va|et|,)\s*(?:\S+\s*){0,2}")  # "X and over Y"
# "the country's second", "thứ hai cả nước", "in the national top three": a rank, not a scope.
RANKING_RE = re.compile(
    r"(?:first|second|third|fourth|fifth|top|leading|largest|biggest|\d+(?:st|nd|rd|th)|rank\w*"
    r"|place|destination|magnet|thu \w+|dung dau|dan dau|xep)\W+(?:\w+\W+){0,3}$"
    r"|^\W*(?:'s\s)?(?:second|third|first|top|leading|largest|biggest|\d+(?:st|nd|rd|th))"
)


def respectively(work: Work, catalogue: Catalogue, places: Places) -> tuple[dict, dict]:
    """ "A and B ... X and Y, respectively": X goes with A and Y with B. Returns the topics and
    the scopes forced on amount indexes."""
    topics: dict[int, str] = {}
    scopes: dict[int, str] = {}
    cut = work.cues.respectively
    if cut is None:
        return topics, scopes
    run = _run_before(work, cut)
    if len(run) < 2:
        return topics, scopes
    first = work.amounts[run[0]].start
    named = [c for c in work.cues.places if c.end <= first]
    if len(named) >= len(run):
        for index, place in zip(run, named[-len(run) :], strict=True):
            scopes[index] = place.label
    plain = read_cues(work.cues.text, catalogue, places, plain=True)
    labels = [c for c in plain.topics if c.end <= first]
    if len(labels) >= len(run):
        for index, topic in zip(run, labels[-len(run) :], strict=True):
            topics[index] = topic.label
    return topics, scopes


def _run_before(work: Work, cut: int) -> list[int]:
    """Indexes of the amounts joined by "and" just before "respectively"."""
    before = [i for i, a in enumerate(work.amounts) if a.end <= cut and not a.in_parens]
    if not before:
        return []
    run = [before[-1]]
    for i in reversed(before[:-1]):
        left, right = work.amounts[i], work.amounts[run[0]]
        gap = work.cues.folded[left.end : right.start]
        if left.unit != right.unit or not RUN_GAP_RE.fullmatch(gap):
            break
        run.insert(0, i)
    return run


def scope_of(work: Work, index: int, frame: Frame, forced: dict[int, str]) -> tuple[str, str]:
    """(whose, why): the place named last before the amount in its sentence (a national word in
    a ranking phrase after the province's name does not count), else the sentence's place, else
    the place the article spoke of last (place-carries)."""
    if index in forced:
        return forced[index], "respectively"
    amount = work.amounts[index]
    folded = work.cues.folded
    before = [c for c in work.cues.places if c.end <= amount.start]
    while before and before[-1].label == NATIONAL and _ranking(folded, before[-1]):
        if not any(c.label == PROVINCE for c in before[:-1]):
            break
        before = before[:-1]
    if before:
        return before[-1].label, f"named before it ({folded[before[-1].start : before[-1].end]!r})"
    scope = work.cues.scope()
    if scope:
        return scope, "named in the sentence"
    return frame.place, "carried from an earlier sentence"


def _ranking(folded: str, cue) -> bool:
    head = folded[max(0, cue.start - 40) : cue.start]
    tail = folded[cue.end : cue.end + 20]
    return bool(RANKING_RE.search(head) or RANKING_RE.match(tail))
