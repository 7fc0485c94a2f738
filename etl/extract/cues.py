"""What a sentence says around its amounts: topic cues, places, partners, clauses (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

from etl.extract.amounts import SCALE_WORD, Amount
from etl.extract.catalogue import PARTNER_LABEL, Catalogue
from etl.extract.hints import by_list, narrowed
from etl.extract.leads import LeadScan, Words
from etl.extract.places import PlaceCue, Places
from etl.textnorm import fold

# "and", "while", "còn" (not "còn hiệu lực", still valid, nor "còn lại", the rest): the words that
# join two clauses, each with a subject of its own
CLAUSE_JOINS = r"and|va|et|while|whereas|tandis que|trong khi|con(?! hieu luc| lai| hoat dong)"
# Where one amount's words end and the next one's begin.
CLAUSE_BREAK_RE = re.compile(
    r"[;:]|(?<!che bien),|\s[–—-]\s"  # "ngành chế biến, chế tạo": one industry's name
    # the clause goes on past an abbreviation in brackets, which names its subject again:
    # "chỉ số sản xuất công nghiệp (IIP) tăng 26,94%"; a longer one, a document's name, does
    # not even open a new clause: "trao Giấy chứng nhận đăng ký đầu tư (GCNĐKĐT) cho 8 dự án FDI"
    r"|\((?![a-z]{7,8}\))|(?<!\([a-z]{2})(?<!\([a-z]{3})(?<!\([a-z]{4})(?<!\([a-z]{5})"
    r"(?<!\([a-z]{6})(?<!\([a-z]{7})(?<!\([a-z]{8})\)"
    rf"|(?<!\w)(?:{CLAUSE_JOINS}|but|nhung|song|of which|trong do|including|gom)(?!\w)"
    r"(?! (?:territories|regions|vung lanh tho|territoires))"  # "countries and territories"
)
# "In Binh Duong, ...", "Tại Bình Dương, ...": the sentence opens on a place
OPENING_IN_RE = re.compile(r"\W*(?:in|at|for|as for|tai|o|rieng|con|rieng tai)\s+(?:tinh\s+)?")
# "…, Vice Chairman of the People's Committee of Thua Thien - Hue Province, said that … the
# locality had licensed …", "Ông …, Chủ tịch UBND tỉnh Quảng Nam, cho biết tỉnh đã …": the
# speaker's own province is the one their "the province" speaks of (speaker-said)
SPEAKER_SAID_RE = re.compile(
    r"[^,;.]*,\s+(?:said|told|noted|reported|added|stated|cho biet|cho hay|thong tin|a (?:declare"
    r"|indique|precise|souligne|affirme))(?!\w)"
)
RESPECTIVELY_RE = re.compile(  # "A and B, in that order, were X and Y": respectively too
    r"(?<!\w)(?:respectively|respectives?|respectivement|lan luot|tuong ung|in that order"
    r"|dans cet ordre)(?!\w)"
)
RESPECTIVELY = LeadScan.of(RESPECTIVELY_RE)  # tried where its words' literals stand
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Cue:
    """A matched word: where, and what it names (a topic or a partner)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """Everything found in one sentence, positions in its own characters."""

    text: str
    folded: str
    topics: tuple[Cue, ...]
    places: tuple[PlaceCue, ...]
    partners: tuple[Cue, ...]
    respectively: int | None
    # what the rules worked out about the sentence, kept for its other amounts: it lives and
    # dies with the sentence (no cache outlives it, none is shared between threads)
    facts: dict = field(default_factory=dict, compare=False, repr=False)

    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, worked out the first time the sentence is asked for `key`."""
        facts = self.facts
        if key not in facts:
            facts[key] = compute()
        return facts[key]

    def may_have(self, words: Words) -> bool:
        """Whether `words` may occur in the sentence at all: False when none of the literals
        its matches start with does (then no part of the sentence holds a match)."""
        if not isinstance(words, LeadScan):
            return True
        key = id(words)  # the catalogue's scans outlive the sentence: their ids stay theirs
        found = self.facts.get(key)
        if found is None:
            found = self.facts[key] = words.may_occur(self.folded)
        return found

    def scope(self) -> str | None:
        """ "province" when the province is named at all, else the first other place's label.
        "In Binh Duong, the province's 27 parks ...": a sentence that opens with another province
        and says "the province" only after it speaks of that one (anaphor-of-the-opening)."""
        labels = [c.label for c in self.places]
        if "province" not in labels:
            return labels[0] if labels else None
        first = self.places[0]
        generic = [c for c in self.places if c.label == "province"]
        if (
            first.label == "other"
            and all(c.generic for c in generic)
            and (
                OPENING_IN_RE.fullmatch(self.folded, 0, first.start)
                or SPEAKER_SAID_RE.match(self.folded, first.end, generic[0].start)
            )
        ):
            return first.label
        return "province"

    def topic_before(self, at: int) -> bool:
        """Whether a topic cue starts before `at` (the sentence names a topic before it)."""
        return any(c.start < at for c in self.topics)

    def has(self, words: Words, start: int, end: int) -> bool:
        """Whether `words` occur in folded[start:end]."""
        if end <= start:
            return False
        return bool(words.search(self.folded, start, end))


def read_cues(
    text: str, catalogue: Catalogue, places: Places, *, plain: bool = False, light: bool = False,
    this: str = "province",
) -> SentenceCues:  # fmt: skip
    """Find the cues of a sentence; `plain` leaves out blocking topics (for "respectively"),
    `light` too (a sentence without amounts only tells the frame its topics, places and the
    investor country it is about)."""
    folded = fold(text)
    found = by_list(catalogue.cue_hints.labels_in(folded))  # the entries its literals allow
    topics = [
        Cue(m.start(), m.end(), name)
        for name, entries in catalogue.topic_entries.items()
        if name in found and not ((plain or light) and name in catalogue.blocking)
        for m in narrowed(entries, found[name]).finditer(folded)
    ]
    partners = []
    if PARTNER_LABEL in found:
        partners = [
            Cue(m.start(), m.end(), catalogue.partners[int(m.lastgroup[1:])])
            for m in narrowed(catalogue.partner_entries, found[PARTNER_LABEL]).finditer(folded)
            if m.lastgroup
        ]
    named = tuple(places.find(text, folded, this))
    if light:
        return SentenceCues(text, folded, _longest(topics), named, _longest(partners), None)
    resp = RESPECTIVELY.search(folded)
    return SentenceCues(text, folded, _longest(topics), named, _longest(partners),
                        resp.start() if resp else None)  # fmt: skip


def _longest(cues: list[Cue]) -> tuple[Cue, ...]:
    """Drop cues inside longer ones ("import and export" wins over "export")."""
    if len(cues) < 2:
        return tuple(cues)
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
    without a break, the words belong to both. The first amount's words reach back to the
    sentence's last clause break before it; an amount just inside "(" belongs to the words
    before the parenthesis ("Bau Bang Industrial Park (1,000 ha)")."""
    if not amounts:
        return []
    befores, afters = [_clause_start(folded, 0, amounts[0].start)], []
    for left, right in zip(amounts, amounts[1:], strict=False):
        brk = CLAUSE_BREAK_RE.search(folded, left.end, right.start)
        afters.append(brk.start() if brk else right.start)
        start = brk.end() if brk else left.end
        if brk and brk.group(0) == "(" and not folded[brk.end() : right.start].strip():
            start = _clause_start(folded, left.end, brk.start())
        befores.append(start)
    last = CLAUSE_BREAK_RE.search(folded, amounts[-1].end)
    afters.append(last.start() if last else len(folded))
    afters = _through_counts(folded, amounts, afters)
    return [
        Segment((min(b, a.start), a.start), (a.end, max(a.end, e)))
        for a, b, e in zip(amounts, befores, afters, strict=True)
    ]


def _through_counts(folded: str, amounts: list[Amount], afters: list[int]) -> list[int]:
    """A sum's words run on past a count in its clause ("X came from 947 new businesses"), and
    a percentage's past "of which" ("82.3 percent of which has been leased")."""
    out = list(afters)
    for i in range(len(amounts) - 2, -1, -1):
        nxt = amounts[i + 1]
        bare = nxt.unit is None and not nxt.scaled
        valued = amounts[i].unit is not None or amounts[i].scaled
        if bare and out[i] == nxt.start and valued:
            out[i] = out[i + 1]
    for i in range(len(amounts) - 2, -1, -1):
        nxt = amounts[i + 1]
        aside = nxt.in_parens and amounts[i].is_money and (nxt.is_money or nxt.unit == "percent")
        close = folded.find(")", nxt.end)
        if (
            aside
            and close != -1
            and not CLAUSE_BREAK_RE.search(folded, amounts[i].end, nxt.start - 2)
        ):
            brk = CLAUSE_BREAK_RE.search(folded, close + 1)
            out[i] = brk.start() if brk else len(folded)
    for i, amount in enumerate(amounts):
        of_which = OF_WHICH_RE.match(folded, amount.end)
        if amount.unit == "percent" and of_which:
            brk = CLAUSE_BREAK_RE.search(folded, of_which.end())
            out[i] = brk.start() if brk else len(folded)
    return out


# "of which", "among them", "trong đó", "parmi lesquels", "dont": the words that open the parts
# of a sum told before them
PARTS_OPENER = (
    r"(?:of (?:which|these|those|them)|among (?:them|these|those)|trong (?:so )?do|trong so nay"
    r"|parmi (?:lesquels|lesquelles|eux|elles|ces investisseurs)|dont)"
)
OF_WHICH_RE = re.compile(rf"\s*{PARTS_OPENER}(?!\w)")


def after_last_mark(folded: str, at: int) -> int:
    """Where the words after the last comma, semicolon or colon before `at` begin (0 if none)."""
    return max(folded.rfind(mark, 0, at) for mark in ",;:") + 1


def _clause_start(folded: str, floor: int, end: int) -> int:
    """Where the clause ending at `end` starts: after the last break, a paren opening just
    before `end` not counted."""
    breaks = [m for m in CLAUSE_BREAK_RE.finditer(folded, floor, end)]
    while breaks and breaks[-1].group(0) == "(" and not folded[breaks[-1].end() : end].strip():
        end = breaks[-1].start()
        breaks = [m for m in breaks[:-1] if m.end() <= end]
    while breaks and _names_its_subject(folded, breaks[-1]):
        breaks.pop()
    return breaks[-1].end() if breaks else floor


def _names_its_subject(folded: str, brk: re.Match) -> bool:
    """ "Phần cấp mới gồm 12 dự án": "gồm" right after a noun, with no comma, says what that
    noun consists of; the noun is the subject of the count after it (consists-of)."""
    return brk.group(0) == "gom" and folded[brk.start() - 2 : brk.start()].strip().isalpha()


def nearest_before(cues, start: int, end: int):
    """The cue ending last inside [start, end)."""
    inside = [c for c in cues if c.start >= start and c.end <= end]
    return max(inside, key=lambda c: c.end) if inside else None


def nearest_after(cues, start: int, end: int):
    """The cue starting first inside [start, end); it may end past `end` ("Taiwan (China)" when
    a bracket ends the reach)."""
    inside = [c for c in cues if start <= c.start < end]
    return min(inside, key=lambda c: c.start) if inside else None


QUALIFIER_CHARS = 24  # how far before an amount "more than", "gần", "about" may stand
SUBJECT_CHARS = 80  # a partner this close to the sentence start is its subject
SOURCE_WORDS = r"(?:theo|according to|selon|d.apres)"  # the words that name a figure's source
# "According to the provincial Department of Planning and Investment, ", "D'après …, ", "Theo
# …, ": the source of the figures, before the sentence's subject
ATTRIBUTION_RE = re.compile(rf"\s*(?:{SOURCE_WORDS}|citing|trich)\s[^,;.]{{3,120}},\s*")
PARTNER_AFTER_CHARS = 60


def qualifier_of(cues: SentenceCues, amount: Amount, seg: Segment, words: dict) -> tuple[str, int]:
    """(qualifier, where the figure's phrase starts): the nearest "over"/"under" word just before
    the amount wins over an "approx" word anywhere in its clause ("ước đạt hơn" is over); a
    false friend ("cao hơn", "trên địa bàn") is no qualifier."""
    folded = cues.folded
    window_start = max(seg.before[0], amount.start - QUALIFIER_CHARS)
    best: tuple[int, str] | None = None
    for name in ("over", "under"):
        for match in words[f"qualifier_{name}"].finditer(folded, window_start, amount.start):
            if _false_friend(folded, match, words) or _too_far(folded, match.end(), amount.start):
                continue
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    if best:
        return best[1], best[0]
    approx = words["qualifier_approx"].search(folded, seg.before[0], amount.start)
    if approx:
        near = approx.start() if amount.start - approx.start() <= QUALIFIER_CHARS else amount.start
        return "approx", near
    return "exact", amount.start


def _false_friend(folded: str, match: re.Match, words: dict) -> bool:
    start = max(0, match.start() - 8)
    found = words["qualifier_false"].search(folded, start, match.end() + 12)
    return bool(found and found.start() <= match.start() < found.end())


def _too_far(folded: str, end: int, amount_start: int) -> bool:
    """ "hơn" ... a word or two ... amount: allowed; a whole clause between them is not."""
    between = folded[end:amount_start].split()
    return len(between) > 3


# "It is followed by the Republic of Korea, with 159 projects": the next of a ranking, the
# subject of its own sentence
FOLLOWED_BY_RE = re.compile(
    r"^\W*(?:it|this|they) (?:is|was|are|were) (?:closely )?followed by (?:the )?$"
)


# the whole a partner's part is taken out of: "among the province's 119 FDI projects", "trong
# tổng số 119 dự án FDI", "sur les 119 projets", "2.7 billion USD of 4.39 billion USD": every
# investor's, no partner's (whole-of-a-part)
WHOLE_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:among|out of|of all|trong (?:tong )?so|tren tong so|sur (?:les|un total de))"
    r"|(?<=usd |vnd )of"  # "(about 2.7 billion USD of 4.39 billion USD)"
    r"|(?<=\d )of)\s+"  # "were behind 15 of the 34 new projects"
    r"(?:(?:the|all|its|their) )?(?:(?:province|city|country)'s )?(?:total (?:of )?)?$"
)
WHOLE_CHARS = 40


# "09 dự án FDI Singapore", "75 projects from Japan", "12 projets de Corée": the country right after
# the count's noun
NOUN_THEN_PARTNER_RE = re.compile(
    r"\s+(?:(?:du an|projects?|projets?)(?: fdi| d'ide| ide)?"
    r"(?: (?:cua|from|of|de|d'|den tu))?\s*)?"
)  # (or the country's adjective alone, the noun left out: "…, 36 japonais, 8 chinois")


# "Avec 1,03 milliard de dollars, soit 53,4% du total, la République de Corée …", "With US$1.03
# billion, South Korea led …", "Với 1,03 tỷ USD, Hàn Quốc dẫn đầu": the amount opens the sentence
WITH_OPENER_RE = re.compile(r"\W*(?:with|avec|voi)\s+(?:[\w$.,-]+\s+){0,3}?")
WITH_SUBJECT_CHARS = 60  # from the amount to the subject the opener leads into


def _subject_after_a_with_opener(cues: SentenceCues, amount: Amount) -> str | None:
    """The country that opens the main clause after a "With X," opener holding the amount."""
    if not WITH_OPENER_RE.fullmatch(cues.folded, 0, amount.start):
        return None
    comma = cues.folded.find(", ", amount.end)
    after = [c for c in cues.partners if comma >= 0 and c.start > comma
             and c.start - amount.end <= WITH_SUBJECT_CHARS]  # fmt: skip
    return min(after, key=lambda c: c.start).label if after else None


def _named_after_its_noun(cues: SentenceCues, amount: Amount) -> str | None:
    """The investor country named right after the count's noun (noun-then-partner)."""
    after = [c for c in cues.partners if c.start >= amount.end]
    if not after:
        return None
    first = min(after, key=lambda c: c.start)
    return (
        first.label
        if NOUN_THEN_PARTNER_RE.fullmatch(cues.folded, amount.end, first.start)
        else None
    )


def partner_of(
    cues: SentenceCues, amount: Amount, seg: Segment, words: dict, previous: Amount | None = None,
    previous_partner: str | None = None,
) -> str | None:  # fmt: skip
    """The investor country a figure is restricted to: named in its own clause; or the partner
    of the amount just before it when nothing but its words stand between ("734 projects worth
    3.13 billion USD"); or the sentence's subject with no other partner between; or right after
    it ("619 projects ... put Korea third"), but never from a list ("mostly Japan, Taiwan ...")."""
    if WHOLE_BEFORE_RE.search(cues.folded, max(0, amount.start - WHOLE_CHARS), amount.start):
        return None  # "Japanese investors own 7 projects among the province's 119 FDI projects"
    named_after = _named_after_its_noun(cues, amount) or _subject_after_a_with_opener(cues, amount)
    if named_after is not None:
        return named_after  # "10 dự án FDI Trung Quốc, 09 dự án FDI Singapore": each its own
    partners = [c for c in cues.partners if c.end > amount.start or not _trails(cues.folded, c)]
    own = nearest_before([c for c in partners if not _compared_with(cues.folded, c)], *seg.before)
    if own:
        return own.label
    bracketed = bracketed_partner(cues, amount)
    if bracketed:
        return bracketed
    if previous_partner and previous is not None and joined(cues.folded, previous, amount):
        return previous_partner
    # "…; trong khi Singapore mới có 11 dự án song vốn đạt hơn 314 triệu USD": after a
    # semicolon a clause that names a country has a subject of its own (rule clause-subject);
    # one that names none speaks of the one before ("…; in Binh Duong their country ranks …")
    before = [c for c in partners if c.end <= amount.start and not _compared_with(cues.folded, c)]
    clause = cues.folded.rfind(";", 0, amount.start) + 1
    if any(c.start >= clause for c in before):
        before = [c for c in before if c.start >= clause]
    else:
        clause = 0
    source = ATTRIBUTION_RE.match(cues.folded, clause)
    if source and not any(c.start < source.end() for c in before):
        clause = source.end()  # "D'après le Département …, la Corée du Sud occupait …": the
        # subject stands after whoever the figures come from
    subject = (
        before and before[0].start - clause <= SUBJECT_CHARS and len({c.label for c in before}) == 1
    )
    if (
        subject
        and (
            not words["partner_list"].search(cues.folded, 0, before[0].start)
            or FOLLOWED_BY_RE.search(cues.folded, max(0, before[0].start - 30), before[0].start)
        )
        and not _province_takes_over(cues, before[-1].end, amount.start)
    ):
        return before[0].label
    if (
        before
        and len({c.label for c in before}) == 1
        and WITH_SUM_BEFORE_RE.search(cues.folded, max(0, amount.start - 60), amount.start)
        and not words["partner_list"].search(cues.folded, 0, amount.start)
        and not _province_takes_over(cues, before[-1].end, amount.start)
        and not any(
            c.label == "province" and not c.generic and before[-1].end <= c.start < amount.start
            for c in cues.places
        )
    ):  # "nearly a third of Taiwanese enterprises in Vietnam have picked the province as their
        return before[-1].label  # base, with total investment of over USD 6.2 billion"
    listing = words["partner_list"].search(cues.folded, amount.end)
    end = PARTNER_END_RE.search(cues.folded, amount.end)
    limit = min(len(cues.folded), amount.end + PARTNER_AFTER_CHARS,
                end.start() if end else len(cues.folded),
                listing.start() if listing else len(cues.folded))  # fmt: skip
    after = nearest_after(cues.partners, amount.end, limit)
    if after:
        return after.label
    intro = _intro_before(cues.folded, amount.start)
    if intro is not None and not [c for c in before if c.start >= intro]:
        closing = cues.folded.find(", ", amount.end)  # not the comma inside "2,1 milliards"
        main = [c for c in cues.partners if closing >= 0 and c.start > closing]
        gap = cues.folded[closing : main[0].start] if main else ""
        if (
            main
            and SUBJECT_GAP_RE.fullmatch(gap)
            and not AMONG_AFTER_RE.match(cues.folded, main[0].end)
        ):  # "(..., ) with X, the US ranks sixth" (not "avec X, le Japon figurant parmi …")
            return main[0].label
    return None


# "… US$1.3 billion from mainland China, 845 worth …": the country after "from" is the sum's
TRAILING_FROM_RE = re.compile(
    rf"(?:\d|{SCALE_WORD}|usd|dollars?|projects?|du an)\s*(?:from|of|tu|den tu)"
    r"\s+(?:the\s+|mainland\s+)*$"
)


# "Trung Quốc có số dự án nhiều hơn Đài Loan, 45 dự án": the country compared with; "France
# ranks second among EU members, with 12 projects": the group a rank is taken in
COMPARED_WITH_RE = re.compile(
    r"(?<!\w)(?:hon|than|so voi|compared (?:with|to)|(?:among|parmi)(?:\s+(?:the|les))?"
    r"(?:\s+(?:members?|membres|countries|pays|etats membres)\s+(?:of|de))?)"
    r"\s+(?:the\s+|l.|la\s+)?$"
)


def _compared_with(folded: str, cue: Cue) -> bool:
    """The partner is what a comparison measures against, not the clause's subject."""
    return bool(COMPARED_WITH_RE.search(folded, max(0, cue.start - 40), cue.start))


def _trails(folded: str, cue: Cue) -> bool:
    """The partner is an amount's before it ("US$1.3 billion from mainland China")."""
    return bool(TRAILING_FROM_RE.search(folded, max(0, cue.start - 40), cue.start))


def bracketed_partner(cues: SentenceCues, amount: Amount) -> str | None:
    """ "ahead of Taiwan (nine projects, $40.5 million)": the figures in a parenthesis that
    opens right after a country are that country's (rule partner-brackets)."""
    opening = cues.folded.rfind("(", 0, amount.start)
    if opening < 0 or ")" in cues.folded[opening : amount.start]:
        return None
    named = [c for c in cues.partners if 0 <= opening - c.end <= 1
             or PLACE_BEFORE_BRACKET_RE.fullmatch(cues.folded, c.end, opening)]  # fmt: skip
    return named[-1].label if named else None


# "with Japan in second place (111 projects, US$1.3 billion)": the country's rank, then its
# figures in brackets
PLACE_BEFORE_BRACKET_RE = re.compile(
    r",?\s+(?:in|at|taking|holding)\s+(?:the\s+)?\w+\s+(?:place|position|spot),?\s*"
)


CONTRAST_BEFORE_RE = re.compile(r"(?:while|whereas|but|meanwhile|trong khi(?: do)?|con)\s+$")


# ", with total investment of", ", với tổng vốn": the sum of the clause's subject before it
WITH_SUM_BEFORE_RE = re.compile(
    r",\s+(?:with|voi|avec)\s+(?:a\s+|the\s+|their\s+|its\s+)?(?:combined\s+|total\s+|tong\s+)*"
    r"(?:registered\s+|dang ky\s+)?(?:investment|capital|von)(?:\s+(?:capital|dau tu))?"
    r"(?:\s+(?:of|amounting to|la|dat))?\s+"
    r"(?:(?:over|more than|nearly|about|some|hon|gan|tren)\s+)?\S{0,5}\s?$"
)


def _province_takes_over(cues: SentenceCues, start: int, end: int) -> bool:
    """ "Singapore … with 430 projects, while the province as a whole counts 4,150": after a
    contrast the province, named as the new subject, owns what follows."""
    return any(
        c.label == "province" and not c.inner and start <= c.start < end
        and CONTRAST_BEFORE_RE.search(cues.folded, max(0, c.start - 16), c.start)
        for c in cues.places
    )  # fmt: skip


def _intro_before(folded: str, start: int) -> int | None:
    """Where a fronted "with ..." phrase holding the amount begins (sentence start or after a
    comma), if one does."""
    found = [m for m in INTRO_RE.finditer(folded, 0, start)]
    if not found:
        return None
    at = found[-1].start()
    if CLAUSE_MARK_RE.search(folded, at, start):  # not the marks inside "1,020" or "3.3"
        return None
    return at if at == 0 or folded[:at].rstrip().endswith(",") else None


# "…, le Japon figurant parmi les pays aux capitaux les plus importants": one of several
AMONG_AFTER_RE = re.compile(
    r"\s+(?:(?:figurant|etant|being|is|was|is also|remains) )?(?:parmi|among|one of)"
)
PARTNER_END_RE = re.compile(r"[,;:()]|\.(?!\d)|(?<!\w)(?:while|whereas|and|va|et)(?!\w)")
SUBJECT_GAP_RE = re.compile(r",\s*(?:(?:the|les|le|la|l')\s*)?")
INTRO_RE = re.compile(r"(?<!\w)(?:with|avec|voi)\s")
CLAUSE_MARK_RE = re.compile(r";|[,.](?!\d)")


# the subject a sentence opens with, after a time phrase: "So far they have", "Đến nay, họ có"
THEY_RE = re.compile(
    r"(?:[\w-]+,? ){0,4}?(?:they|these (?:firms|investors|companies)|ho|ils|elles)\s"
    r"(?!\w+ (?:said|noted|added|told))"
)
JOIN_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:(?:dau tu|fdi|moi|nuoc ngoai)\s+){0,2}"  # "dự án đầu tư với",
    # "15 Japanese-funded projects with"
    # "212 projets sud-coréens en activité, pour un capital total de": the count's own words
    r"(?:\w+-\w+\s+)?(?:en activite,?\s+)?"
    r"(?:(?:in|tai)\s+(?:the\s+)?(?:\w+\s+){1,3}?)?"  # "12 projects in Dong Nai"
    r"(?:worth|with|totall?ing|totall?ed|totals?|valued at|of|and|voi|tri gia|tong von|va"
    r"|totalisant|pour|et|representant|avec)\s"
    # "515 dự án của nhà đầu tư Hàn Quốc, tổng vốn đầu tư …", "230 projects of Japanese investors,
    # with total capital of": whose the projects are, then their sum
    r"|\s*(?:\w+\s+){0,2}?(?:cua|of|from)\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:voi\s+)?"
    r"(?:(?:together|jointly|collectively)\s+)?(?:tong von|with|worth|totall?ing)\s"
    # "80 Chinese enterprises were currently investing in the province, with the total capital of"
    r"|\s*(?:\w+\s+){0,2}?(?:are|were|have been)\s+(?:currently\s+|now\s+)?(?:investing|operating)"
    r"(?:\s+in\s+(?:the\s+)?\w+)?,?\s+with\s+(?:a\s+|the\s+|their\s+)?(?:combined\s+|total\s+)*"
    r"(?:registered\s+)?(?:capital|investment)(?:\s+of)?\s"
    # "15 projects from Japan, whose combined registered capital is …": the projects' own sum
    r"|\s*(?:[\w-]+\s+){0,6}?[\w-]+,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:capital|investment|value)\s"
    # "37 projets financés par des capitaux sud-coréens, d'une valeur totale de plus de 300 …"
    r"|\s*(?:[\w-]+\s+){0,6}?[\w-]+,?\s+d.une valeur(?:\s+totale)?\s+de\s"
)


def joined(folded: str, previous: Amount, amount: Amount) -> bool:
    """ "734 projects worth 3.13 billion USD": the money belongs to the counted projects."""
    between = folded[previous.end : amount.start]
    return bool(JOIN_RE.match(between)) and not any(ch in between for ch in ";.")
