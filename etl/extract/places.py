"""Whose figure: the tracked province, another province or region, or the whole country (pure).

The province's own words come from the config's [entity] (names, aliases, places inside it);
every other province, the regions, the country and the words that stand for "this province"
come from the catalogue's word lists, so following another province is configuration only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.extract.catalogue import Catalogue
from etl.extract.hints import HintIndex
from etl.extract.leads import lead_scan
from etl.extract.relevance import EntityMatcher, false_friend, names_pattern
from etl.models import Entity
from etl.textnorm import DATELINE_RE, fold

PROVINCE, OTHER, NATIONAL = "province", "other", "national"
THIS, REGION, PROVINCE_OF = "this province", "region", "province of"  # lists of the hint index
INNER = "inner places"  # "the city", "the town": a place inside the province, never the province
# "the province of X", "tỉnh X": X names the province meant.
PROVINCE_OF_RE = re.compile(r"(?<!\w)(?:(?:the )?province of|tinh) (?=\w)")
# "tổng sản phẩm trong tỉnh GRDP", "the province of FDI inflows": a measure's name, not a place
MEASURE_NAME_RE = re.compile(r"(?:GRDP|GDP|FDI|IIP|CPI|PCI|ODA)(?!\w)")
# the common Vietnamese surnames: one before two or more capitalised words ("Nguyễn Văn Út",
# "Đinh Quốc Thái") names a person, not a province
SURNAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Trương", "Mai", "Lâm", "Cao",
    "Tô", "Hà", "Thái", "Tạ", "Châu", "Lưu", "Đào", "Nông", "Triệu", "Quách", "Kiều", "Hứa",
})  # fmt: skip


def _a_persons_name(text: str) -> bool:
    """`text` opens with a surname and at least two more capitalised words."""
    words = re.findall(r"[^\W\d_]+|\S", text)[:3]
    return len(words) == 3 and words[0] in SURNAMES and all(w[0].isupper() for w in words[1:])


@dataclass(frozen=True, slots=True)
class PlaceCue:
    """A place named in a sentence: where, and whose (province, other or national)."""

    start: int
    end: int
    label: str
    inner: bool = False  # a place inside the province (a town, a park), not its name
    generic: bool = False  # "the province", "tỉnh": whichever province the sentence speaks of


@dataclass(frozen=True, slots=True)
class Places:
    """The compiled place vocabulary of one tracked province."""

    entity: EntityMatcher
    others: re.Pattern | None
    national: re.Pattern
    this_province: re.Pattern
    provinces: re.Pattern | None  # the other provinces alone
    regions: re.Pattern  # the regions and the config's other places
    hints: HintIndex  # the cheap literal test of which of the lists above a sentence may name
    inner_words: re.Pattern | None = None  # "the city", "the town" (catalogue words.inner_places)

    @classmethod
    def build(cls, entity: Entity, catalogue: Catalogue) -> Places:
        """The places of `entity`, with every catalogue province that is not it as another."""
        matcher = EntityMatcher.from_entity(entity)
        own = {fold(n).strip() for n in entity.names}
        provinces = [p for p in catalogue.provinces if not _is_own(p, own)]
        others = "|".join(provinces)
        extra = names_pattern(entity.other_places)
        regions = catalogue.words["regions"].pattern
        parts = [f"(?<!\\w)(?:{others})(?!\\w)"] if others else []
        rest = [regions] + ([extra.pattern] if extra else [])
        national, this = catalogue.words["national"].regex, catalogue.words["this_province"].regex
        inner = _either(catalogue, "inner_places", *(() if entity.city else ("city_places",)))
        if entity.city:  # "the city", "thành phố": the tracked city itself (city-is-the-entity)
            this = _either(catalogue, "this_province", "city_places") or this
        hints = HintIndex.build([
            (OTHER, provinces), (NATIONAL, [national.pattern]), (THIS, [this.pattern]),
            (REGION, rest), (PROVINCE_OF, [PROVINCE_OF_RE.pattern]),
        ] + ([(INNER, [inner.pattern])] if inner else []))  # fmt: skip
        return cls(
            matcher, re.compile("|".join(parts + rest)), national, this,
            re.compile(parts[0]) if parts else None, re.compile("|".join(rest)), hints, inner,
        )  # fmt: skip

    def find(self, text: str, folded: str, this: str = PROVINCE) -> list[PlaceCue]:
        """Every place the sentence names, longest first where two overlap; words that stand
        for "this province" ("the province", "tỉnh") name `this`, the article's own place."""
        names, inner = self.entity.named_and_inner(text)
        cues = [PlaceCue(s, e, PROVINCE, (s, e) not in names) for s, e in names + inner]
        if self.entity.excluded:  # "phường Bình Dương", a ward: a place, but not the province
            cues += _found(self.entity.excluded, folded, OTHER)
        named = self.hints.labels_in(folded)  # the lists a regex may find anything of
        if THIS in named:
            cues += [PlaceCue(m.start(), m.end(), this, generic=True)
                     for m in lead_scan(self.this_province).finditer(folded)
                     if _spelled_as_province(text[m.start() : m.end()])]  # fmt: skip
        if NATIONAL in named:
            cues += [c for c in _found(self.national, folded, NATIONAL)
                     if not _in_a_company_name(folded, c)
                     and not _ranked_in(folded, c)]  # fmt: skip
        # after the country's words: on the same words, "national" wins
        if self.provinces and OTHER in named:
            cues += [c for c in _found(self.provinces, folded, OTHER)
                     if not false_friend(text, c.start, c.end)]  # fmt: skip
        if REGION in named:  # (the region the province is ranked in is no other place)
            cues += [c for c in _found(self.regions, folded, OTHER)
                     if not _in_a_company_name(folded, c)
                     and not _ranked_in(folded, c)]  # fmt: skip
        if PROVINCE_OF in named:
            cues += self._province_of(text, folded, names)
        if INNER in named and self.inner_words is not None:
            cues += [PlaceCue(m.start(), m.end(), PROVINCE, inner=True, generic=True)
                     for m in self.inner_words.finditer(folded)]  # fmt: skip
        found = _epithets_dropped(_named_after_generic(_longest(cues)), folded)
        dateline = DATELINE_RE.match(text)  # "Hanoi (VNA) –": where the story was filed, not
        if dateline:  # whose figures it gives (dateline-is-no-place)
            found = [c for c in found if c.label == PROVINCE or c.start >= dateline.end()]
        return _opening_province_owns_generic(found, this)

    def _province_of(self, text: str, folded: str, own: list[tuple[int, int]]) -> list[PlaceCue]:
        """ "the province of Dong Nai" is another province even when Dong Nai is not listed
        (not the "Tinh" of "Ha Tinh Provincial People's Committee": inside the own name)."""
        out = []
        for match in PROVINCE_OF_RE.finditer(folded):
            if any(s <= match.start() < e for s, e in own):
                continue
            rest = text[match.end() : match.end() + 30]
            if not rest[:1].isupper() or MEASURE_NAME_RE.match(rest):
                continue  # "toàn tỉnh có", "tổng sản phẩm trong tỉnh GRDP": the province itself
            if _a_persons_name(rest):  # "Chủ tịch UBND tỉnh Đinh Quốc Thái": the chairman, not
                continue  # a province ("UBND tỉnh Hà Tĩnh Võ Trọng Hải": the list finds Hà Tĩnh)
            own = self.entity.spans(rest)
            if not own or own[0][0] > 0:
                out.append(PlaceCue(match.start(), match.end() + len(rest.split(" ")[0]), OTHER))
        return out


def _either(catalogue: Catalogue, *lists: str) -> re.Pattern | None:
    """One regex of the catalogue word lists given that it has, else None."""
    patterns = [catalogue.words[name].regex.pattern for name in lists if name in catalogue.words]
    return re.compile("|".join(patterns)) if patterns else None


# "Công ty TNHH Gamuda Land Việt Nam", "Samsung Electronics Vietnam Co., Ltd": the country's
# name inside a company's is no place the figure belongs to (company-name)
COMPANY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:cong ty|tnhh|co phan|tap doan|company|corporation)(?: [\w&.-]+){0,5} $"
)
COMPANY_AFTER_RE = re.compile(r" (?:co\.?,? ?ltd|company|corporation|corp\.?|jsc)(?!\w)")
COMPANY_NAME_CHARS = 60


# "it is the country's third largest FDI destination", "the nation's top exporter": the country
# is what the province is ranked in, not whose figures follow (ranking-universe)
RANKING_AFTER_RE = re.compile(
    r"(?:'s)?(?<='s)\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[- ])?(?:largest|biggest|leading|top|highest|most|best|fastest|strongest|leaders?"
    r"|frontrunner|powerhouse)(?!\w)"  # "Long An is the Mekong Delta's leader in FDI attraction"
)


# "tốc độ tăng trưởng GRDP cao nhất cả nước", "đứng thứ 11 cả nước", "dẫn đầu toàn quốc"
RANKING_BEFORE_RE = re.compile(
    r"(?<!\w)(?:cao nhat|lon nhat|nhieu nhat|dung dau|dan dau|hang dau|top \d+|(?:dung )?thu \d+)"
    r"(?: (?:trong|tren))?(?: (?:ca |toan )?(?:khu vuc|vung|mien))?\s+$"  # "thứ 5 khu vực ĐBSCL"
    # "placed the province 12th in the country", "ranked third nationwide among"
    r"|(?<!\w)(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)(?: place| position)? (?:in|among|of)(?: all)?(?: the)?\s+$"
    # "recorded the highest growth rate in the Southeast region", "a growth pole for the
    # northern region", "thành phố giữ vai trò đầu tàu của miền Trung": what it leads
    # "one of the most dynamic economies in Việt Nam"
    r"|(?<!\w)(?:highest|largest|fastest|strongest|lowest|most [\w-]+)(?: [\w-]+){0,3}? in"
    r"(?: the)?\s+$"
    r"|(?<!\w)(?:growth pole|engine|locomotive|hub) (?:of|for)(?: the)?\s+$"
    r"|(?<!\w)(?:dau tau|dong luc|trung tam)(?: kinh te)? cua\s+$"
)


RANKING_CHARS = 30  # how far before the country a ranking's words may stand


def _ranked_in(folded: str, cue: PlaceCue) -> bool:
    """The country (or region) is what the province is ranked in (rule ranking-universe)."""
    return bool(
        RANKING_AFTER_RE.match(folded, cue.end)
        or RANKING_BEFORE_RE.search(folded, max(0, cue.start - RANKING_CHARS), cue.start)
    )


def _in_a_company_name(folded: str, cue: PlaceCue) -> bool:
    """The place's name is the last word of a company's name (rule company-name)."""
    before = COMPANY_BEFORE_RE.search(folded, max(0, cue.start - COMPANY_NAME_CHARS), cue.start)
    return before is not None or COMPANY_AFTER_RE.match(folded, cue.end) is not None


# "le président du Comité populaire provincial", "the provincial People's Committee", "UBND tỉnh":
# the place in an authority's name says who speaks, not whose figure it is (authority-name)
AUTHORITY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:comite populaire|conseil populaire|comite du parti|people.s committee"
    r"|people.s council|party committee|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan"
    r"|so ke hoach (?:va |& )?dau tu|department of planning and investment"
    r"|service (?:provincial )?du plan et de l.investissement)\s+(?:cua |of |de (?:la )?)?$"
)
AUTHORITY_AFTER_RE = re.compile(
    r"\s+(?:people.s committee|people.s council|party committee|department of)(?!\w)"
)


def in_an_authoritys_name(folded: str, cue: PlaceCue) -> bool:
    """The place is part of an authority's name (rule authority-name)."""
    before = AUTHORITY_BEFORE_RE.search(folded, max(0, cue.start - COMPANY_NAME_CHARS), cue.start)
    return before is not None or AUTHORITY_AFTER_RE.match(folded, cue.end) is not None


def _found(regex: re.Pattern, folded: str, label: str) -> list[PlaceCue]:
    return [PlaceCue(m.start(), m.end(), label) for m in lead_scan(regex).finditer(folded)]


def _spelled_as_province(original: str) -> bool:
    """ "tỉnh" (province) and "tính" (to count: "tính đến") fold alike: the marks decide."""
    lowered = original.lower()
    return "tinh" not in fold(lowered) or "tỉnh" in lowered or "tinh" in lowered


def _is_own(pattern: str, own: set[str]) -> bool:
    return any(re.fullmatch(pattern, name) for name in own)


def _named_after_generic(cues: list[PlaceCue]) -> list[PlaceCue]:
    """ "UBND tỉnh Bình Dương", "the province of Bình Dương" in a story about another province:
    the generic word right before a name is that name's, not the story's province."""
    return [c for c in cues if not (c.generic and any(
        o.label != PROVINCE and 0 <= o.start - c.end <= 1 for o in cues))]  # fmt: skip


OPENING_CHARS = 16  # "In Binh Duong, …": a place this near the start opens its sentence


def _opening_province_owns_generic(cues: list[PlaceCue], this: str) -> list[PlaceCue]:
    """ "In Binh Duong, an industrial hub in the south, the provincial Department …" in a story
    about the region: the sentence opened with the province, and its generic words are the
    province's (opening-owns-generic)."""
    if this == PROVINCE:
        return cues
    opening = [c for c in cues if c.label == PROVINCE and not c.generic and not c.inner
               and c.start <= OPENING_CHARS]  # fmt: skip
    if not opening:
        return cues
    return [replace(c, label=PROVINCE) if c.generic and c.label == this and not c.inner else c
            for c in cues]  # fmt: skip


# "the Mekong Delta province of Long An": the region before "province of" the province's name
EPITHET_RE = re.compile(r"\s+provinces? of\s+")


# "Binh Duong province in Vietnam", "Binh Duong, southern Vietnam", "Vietnam's Binh Duong": the
# country only locates the province
LOCATED_IN_RE = re.compile(
    r"(?: province| city)?(?:,| in| of)(?: the)?"
    r"(?: (?:south|north|central)(?:ern)?(?: part of)?)? $"
)
LOCATES_RE = re.compile(r"^(?:'s|s') (?:(?:south|north)(?:ern)? |central |key |industrial )*$")


def _epithets_dropped(cues: list[PlaceCue], folded: str) -> list[PlaceCue]:
    """A region that only describes the province ("the Mekong Delta province of Long An", "the
    Red River Delta province of Bac Ninh") is no other place (region-as-epithet); nor is the
    country that only locates it ("Binh Duong province in Vietnam", "Vietnam's Binh Duong")
    (country-as-locator)."""
    own = [c for c in cues if c.label == PROVINCE and not c.generic]
    starts = {c.start for c in own}
    return [
        c for c in cues
        if not (c.label == OTHER and _epithet(c, folded, starts))
        and not (c.label == NATIONAL and _locator(c, folded, own))
    ]  # fmt: skip


def _locator(cue: PlaceCue, folded: str, own: list[PlaceCue]) -> bool:
    before = [c for c in own if c.end <= cue.start and cue.start - c.end <= 40]
    after = [c for c in own if c.start >= cue.end and c.start - cue.end <= 30]
    return bool(
        (before and LOCATED_IN_RE.fullmatch(folded, before[-1].end, cue.start))
        or (after and LOCATES_RE.match(folded[cue.end : after[0].start]))
    )


def _epithet(cue: PlaceCue, folded: str, starts: set[int]) -> bool:
    match = EPITHET_RE.match(folded, cue.end)
    if match is not None and match.end() in starts:
        return True
    return bool(  # "Over the same period the Mekong Delta city also amended …": the city meant
        (folded.startswith("the ", cue.start) or folded.endswith("the ", 0, cue.start))
        and ANAPHORIC_EPITHET_RE.match(folded, cue.end)
    )


# "the Mekong Delta city", "the Red River Delta province" with no name after it: the province the
# story is about, described by its region
ANAPHORIC_EPITHET_RE = re.compile(r"\s+(?:city|province|locality)(?! of)(?!\w)")


def _longest(cues: list[PlaceCue]) -> list[PlaceCue]:
    """Drop cues inside longer ones ("Binh Duong" inside "the province of Binh Duong")."""
    if len(cues) < 2:
        return cues
    kept: list[PlaceCue] = []
    for cue in sorted(cues, key=lambda c: (c.start - c.end, c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)
