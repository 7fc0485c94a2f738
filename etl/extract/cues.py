"""What a sentence says around its amounts: topic cues, places, partners, segments (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.amounts import Amount
from etl.extract.catalogue import Catalogue
from etl.extract.relevance import EntityMatcher
from etl.textnorm import fold, nfc

# Where one amount's words end and the next one's begin.
CLAUSE_BREAK_RE = re.compile(
    r"[,;:]|\s[–—-]\s|(?<!\w)(?:and|while|whereas|va|trong khi|et|tandis que)(?!\w)"
)
RESPECTIVELY_RE = re.compile(r"(?<!\w)(?:respectively|lan luot|respectivement|tuong ung)(?!\w)")
# Words that stand for the province itself (matched on lower-case text with diacritics).
PROVINCE_WORDS_RE = re.compile(
    r"(?<!\w)(?:the province|province's|the provincial|provincial|the southern province|"
    r"the locality|local|tỉnh|địa phương|la province|la province's)(?!\w)"
)
OTHER_PROVINCE_RE = re.compile(r"(?<!\w)(?:province|tỉnh) of (?!binh duong)")


@dataclass(frozen=True, slots=True)
class Cue:
    """A matched word: where, and what it names (a topic, a place scope or a partner)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """Everything found in one sentence, positions in its own characters."""

    text: str
    folded: str
    topics: tuple[Cue, ...]
    places: tuple[Cue, ...]  # label: "province" or "other"
    partners: tuple[Cue, ...]
    respectively: int | None

    def scope(self) -> str | None:
        """ "province" when the province is named at all, "other" when only other places are."""
        labels = {c.label for c in self.places}
        return "province" if "province" in labels else ("other" if labels else None)

    def has(self, words: re.Pattern, start: int, end: int) -> bool:
        """Whether `words` occur in folded[start:end]."""
        return bool(words.search(self.folded, start, end)) if end > start else False


def read_cues(
    text: str, catalogue: Catalogue, matcher: EntityMatcher, *, plain=False
) -> SentenceCues:
    """Find the cues of a sentence; `plain` leaves out blocking topics (for "respectively")."""
    folded = fold(text)
    topics = [
        Cue(m.start(), m.end(), name)
        for name, pattern in catalogue.topics.items()
        if not (plain and name in catalogue.blocking)
        for m in pattern.finditer(folded)
    ]
    places = [Cue(s, e, "province") for s, e in matcher.spans(text)]
    lower = nfc(text).lower()
    places += [Cue(m.start(), m.end(), "province") for m in PROVINCE_WORDS_RE.finditer(lower)]
    places += [
        Cue(m.start(), m.end(), "other") for m in catalogue.words["other_places"].finditer(folded)
    ]
    places += [Cue(m.start(), m.end(), "other") for m in OTHER_PROVINCE_RE.finditer(lower)]
    partners = [
        Cue(m.start(), m.end(), catalogue.partners[int(str(m.lastgroup)[1:])])
        for m in catalogue.partner_re.finditer(folded)
    ]
    resp = RESPECTIVELY_RE.search(folded)
    return SentenceCues(text, folded, _longest(topics), _longest(places), _longest(partners),
                        resp.start() if resp else None)  # fmt: skip


def _longest(cues: list[Cue]) -> tuple[Cue, ...]:
    """Drop cues inside longer ones ("import and export" wins over "export")."""
    kept: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (c.start - c.end, c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return tuple(sorted(kept, key=lambda c: c.start))


@dataclass(frozen=True, slots=True)
class Segment:
    """The words that belong to one amount: before it (back to a clause break) and after it."""

    before: tuple[int, int]
    after: tuple[int, int]


def segments(folded: str, amounts: list[Amount]) -> list[Segment]:
    """Share the words between consecutive amounts at the first clause break between them;
    without a break, the words belong to both."""
    if not amounts:
        return []
    befores, afters = [0], []
    for left, right in zip(amounts, amounts[1:], strict=False):
        brk = CLAUSE_BREAK_RE.search(folded, left.end, right.start)
        afters.append(brk.start() if brk else right.start)
        befores.append(brk.end() if brk else left.end)
    afters.append(len(folded))
    return [
        Segment((min(b, a.start), a.start), (a.end, max(a.end, e)))
        for a, b, e in zip(amounts, befores, afters, strict=True)
    ]


def nearest_before(cues: tuple[Cue, ...], start: int, end: int) -> Cue | None:
    """The cue ending last inside [start, end)."""
    inside = [c for c in cues if c.start >= start and c.end <= end]
    return max(inside, key=lambda c: c.end) if inside else None


def nearest_after(cues: tuple[Cue, ...], start: int, end: int) -> Cue | None:
    """The cue starting first inside [start, end)."""
    inside = [c for c in cues if c.start >= start and c.end <= end]
    return min(inside, key=lambda c: c.start) if inside else None


QUALIFIER_CHARS = 24  # how far before an amount "more than", "gần", "about" may stand
SUBJECT_CHARS = 30  # a partner this close to the sentence start is its subject
PARTNER_AFTER_CHARS = 60


def qualifier_of(cues: SentenceCues, amount: Amount, seg: Segment, words: dict) -> tuple[str, int]:
    """(qualifier, where the figure's phrase starts): the nearest "over"/"under" word just before
    the amount wins over an "approx" word anywhere in its clause ("ước đạt hơn" is over)."""
    folded = cues.folded
    window_start = max(seg.before[0], amount.start - QUALIFIER_CHARS)
    best: tuple[int, str] | None = None
    for name in ("over", "under"):
        for match in words[f"qualifier_{name}"].finditer(folded, window_start, amount.start):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    if best:
        return best[1], best[0]
    approx = words["qualifier_approx"].search(folded, seg.before[0], amount.start)
    if approx:
        near = approx.start() if amount.start - approx.start() <= QUALIFIER_CHARS else amount.start
        return "approx", near
    return "exact", amount.start


def partner_of(cues: SentenceCues, amount: Amount, seg: Segment, words: dict) -> str | None:
    """The investor country a figure is restricted to: named in its own clause, as the sentence's
    subject, or right after it ("619 projects ... put Korea third"), but not in a list."""
    own = nearest_before(cues.partners, *seg.before)
    subject = nearest_before(cues.partners, 0, min(SUBJECT_CHARS, amount.start))
    found = own or subject
    if found:
        return found.label
    listing = words["partner_list"].search(cues.folded, amount.end)
    limit = min(len(cues.folded), amount.end + PARTNER_AFTER_CHARS,
                listing.start() if listing else len(cues.folded))  # fmt: skip
    after = nearest_after(cues.partners, amount.end, limit)
    return after.label if after else None
