"""Decide whether an article is about the tracked province's economy (pure).

The province's names come from the config's [entity] (name, aliases, exclude); what "economy"
means comes from the metric catalogue's topics, so a new metric needs no code here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.amounts import SCALED_RE
from etl.extract.catalogue import Catalogue
from etl.extract.leads import lead_scan
from etl.models import Entity
from etl.textnorm import DATELINE_RE, UPPER, fold, spelled

MIN_BODY_MENTIONS = 2
LIST_PLACES = 5  # other provinces named in a body that does not head with the province
# Words of any economic story, beside the catalogue's topics (folded, no diacritics).
ECONOMY_RE = re.compile(
    r"(?<!\w)(?:econom\w*|invest(?:ment|ments|or|ors|ed|ing)|enterprises?|businesses|growth"
    r"|kinh te|dau tu|doanh nghiep|tang truong|du an|entreprises?|investisseurs?"
    r"|trade[ds]?|thuong mai|xuat nhap khau|commerce)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Relevance:
    """The verdict and why."""

    relevant: bool
    reason: str
    # a round-up of many places, or a story led by another one: only the figures it names the
    # province for are the province's (the rest belong to the places it is about)
    roundup: bool = False


def names_pattern(names: list[str] | tuple[str, ...]) -> re.Pattern | None:
    """One folded, word-bounded regex for a list of names (longest first); None for no names.
    The words of a name may be joined by a hyphen or a dash as well as a space ("Thừa Thiên -
    Huế", "Thừa Thiên-Huế" for "Thừa Thiên Huế")."""
    folded = sorted({fold(n).strip() for n in names if n.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(_spaced, folded)) + r")(?!\w)")


def _spaced(name: str) -> str:
    return WORD_JOIN.join(re.escape(word) for word in re.split(r"\s*[-–—]\s*|\s+", name))


WORD_JOIN = r"(?:\s*[-–—]\s*|\s+)"  # what may stand between two words of a name


# Vietnamese words that fold like a province's name but are spelled with other marks:
# "diễn biến" (the course of events) is no Điện Biên, "đã nâng" (has raised) and "đa năng"
# (versatile) no Đà Nẵng, "làm động" no Lâm Đồng
FALSE_FRIENDS = frozenset({"diễn biến", "đã nâng", "đa năng", "làm động"})
FALSE_FRIENDS_FOLDED = frozenset(fold(word) for word in FALSE_FRIENDS)


def false_friend(text: str, start: int, end: int) -> bool:
    """The page spells the name folded at [start, end) as one of the FALSE_FRIENDS."""
    return text[start:end].lower() in FALSE_FRIENDS


RIVER_AFTER_RE = re.compile(r"(?:\s(?:is|was|has|had|flows?|runs?|every|each)(?!\w)|\s*[.;:!?])")


@dataclass(frozen=True, slots=True)
class EntityMatcher:
    """Finds the province's names in text: diacritic- and case-insensitive, on word boundaries,
    never inside an excluded phrase such as "Thái Bình Dương" (the Pacific Ocean). `places` are
    places inside the province (old towns, industrial parks): they scope a figure to it but do
    not make an article relevant on their own."""

    names: re.Pattern
    excluded: re.Pattern | None
    places: re.Pattern | None = None

    @classmethod
    def from_entity(cls, entity: Entity) -> EntityMatcher:
        """Compile the entity's names, aliases, exclusions and places."""
        names = names_pattern(entity.names)
        assert names is not None, "the entity has a name (checked by the config)"
        return cls(names, names_pattern(entity.exclude), names_pattern(entity.places))

    def _masked(self, text: str) -> str:
        folded = fold(text)
        if self.excluded and lead_scan(self.excluded).search(folded):
            folded = self.excluded.sub(lambda m: "#" * len(m.group(0)), folded)
        for friend in FALSE_FRIENDS_FOLDED:  # "diễn biến" when Điện Biên is tracked
            at = folded.find(friend)
            while at >= 0:
                end = at + len(friend)
                if false_friend(text, at, end):
                    folded = folded[:at] + "#" * len(friend) + folded[end:]
                at = folded.find(friend, end)
        return folded

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the province's mentions in `text`; "the Dong Nai is still dying",
        "into the Dong Nai every day": with "the" before it and a verb or a stop after it, a
        name is the river's, not the province's (rule the-river)."""
        folded = self._masked(text)
        return [m.span() for m in lead_scan(self.names).finditer(folded)
                if not (folded.endswith("the ", 0, m.start())
                        and RIVER_AFTER_RE.match(folded, m.end()))]  # fmt: skip

    def named_and_inner(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Spans of the province's names, and of the places inside it."""
        folded = self._masked(text)
        names = [m.span() for m in lead_scan(self.names).finditer(folded)]
        inner = [m.span() for m in lead_scan(self.places).finditer(folded)] if self.places else []
        return names, inner

    def is_name(self, text: str) -> bool:
        """Whether `text` (a place name) is one of the province's own names."""
        return bool(self.names.fullmatch(fold(text).strip()))

    def mentions(self, text: str) -> int:
        """How many times the province is named in `text`."""
        return len(self.spans(text))


def judge(
    title: str, body: str, matcher: EntityMatcher, catalogue: Catalogue,
    others: re.Pattern | None = None,
) -> Relevance:  # fmt: skip
    """Relevant when the province is a subject (named in the title, or at least twice in the
    body) and the article speaks of the economy (a catalogue topic or an economic word); a
    passing mention is not enough. A headline about another province (`others`) needs the
    province named more often than that one in the body."""
    title, body = spelled(title), spelled(body)
    in_title = matcher.mentions(title)
    spans = matcher.spans(body)
    in_body = len(spans)
    if (
        not in_title
        and in_body < MIN_BODY_MENTIONS
        and not _lead_subject(body, spans, others)
        and not _unnamed_local(title, body, spans, others)
    ):
        return Relevance(False, f"province named {in_body} time(s), not in the title")
    folded = fold(f"{title}\n{body}")
    topics = [p for name, p in catalogue.topics.items() if name not in catalogue.blocking]
    topical = any(p.search(folded) for p in topics) or ECONOMY_RE.search(folded)
    if not topical:
        return Relevance(False, "province named, but no economic subject")
    rival = _rival(fold(title), others) if others and not in_title else None
    if rival and in_body <= len(re.findall(re.escape(rival.group(0)), fold(body))) + 1:
        return Relevance(True, f"the headline is about {rival.group(0)!r}; {ROUNDUP}", True)
    if not in_title and others and _one_of_many(fold(body), spans, others):
        return Relevance(True, f"the province is one of many places the article lists; {ROUNDUP}",
                         True)  # fmt: skip
    where = "title" if in_title else f"body ({in_body} mentions)"
    return Relevance(True, f"province named in the {where}")


ROUNDUP = "only the figures it names the province for count (round-up)"


# "… dẫn đầu thu hút FDI, bỏ xa TP.HCM và Hà Nội", "outpacing Hanoi": a place a headline
# compares with is not what it is about
COMPARED_WITH_RE = re.compile(
    r"(?<!\w)(?:bo xa|vuot(?: qua| mat)?|hon ca|ahead of|surpass\w*|overtak\w*|outpac\w*|beat\w*"
    r"|than|devant|depass\w*)(?: (?:ca|nhieu|ca hai|both|the likes of|\w+ nhu))?\s*(?:\w+,?\s+)?$"
)


def _rival(folded_title: str, others: re.Pattern) -> re.Match | None:
    """The first other place a headline names, unless it names it only to compare with it."""
    for match in others.finditer(folded_title):
        lead = folded_title[max(0, match.start() - 24) : match.start()]
        if COMPARED_WITH_RE.search(lead) or PLACE_LIST_AFTER_COMPARED_RE.search(lead):
            continue
        if REGION_RE.fullmatch(match.group(0)) and (
            ONE_PROVINCE_BEFORE_RE.search(lead)
            or ONE_PROVINCE_AFTER_RE.match(folded_title, match.end())
        ):
            return None  # region-as-epithet: "Tỉnh ĐBSCL nằm trên 3 cù lao …" is about one
            # province of it, what else the headline names is said of that province
        return match
    return None


# the regions a headline may describe its province by ("Tỉnh ĐBSCL …", "A Mekong Delta province
# …", "Địa phương miền Tây …"): one province of the region, not the region
REGION_RE = re.compile(
    r"dong bang song (?:cuu long|hong)|dbscl|mekong delta|red river delta|mien (?:tay|trung|bac"
    r"|nam|dong)|tay nguyen|central highlands|dong nam bo|(?:bac|nam) trung bo|tay bac|dong bac"
    r"|(?:north|south)[- ]?(?:central|east|west)(?:ern)?(?: region)?"
)
ONE_PROVINCE_BEFORE_RE = re.compile(
    r"(?<!cac )(?<!nhung )(?<!nhieu )(?:tinh|dia phuong|thanh pho)\s+$"
)
ONE_PROVINCE_AFTER_RE = re.compile(r"\s+(?:province|city|locality)(?!\w)(?! of)")


PLACE_LIST_AFTER_COMPARED_RE = re.compile(r"(?:bo xa|ahead of|vuot)[^,.;]{0,20}(?:va|and|,)\s*$")


LEAD_CHARS = 300  # the lead: where a local paper names its province once and for all


def _lead_subject(body: str, spans: list[tuple[int, int]], others: re.Pattern | None) -> bool:
    """A local paper names its province once (`spans`), in the lead ("Theo Sở Tài chính Bình
    Dương, thu ngân sách … 6 tháng …"), and no other province anywhere: the story is the
    province's."""
    if len(spans) != 1 or spans[0][0] > LEAD_CHARS:
        return False
    return not _another_place(fold(body), others)


# "(ĐN) - Sở KH-ĐT cho biết, gần 6 tháng đầu năm 2022 tỉnh đã thu hút …": "the province" of a
# local paper that never names it
LOCAL_PROVINCE_RE = re.compile(
    r"(?<!\w)(?<!nhiều )(?<!các )(?<!những )(?:toàn tỉnh|tỉnh)(?= (?:đã|đạt|thu hút|có|ước|xuất|thu"
    r"|cấp)(?!\w))|(?<!\w)(?:the province|la province) (?:has|had|attracted|drew|earned|collected"
    r"|licensed|granted|approved|is home to|a attiré|a accueilli|a enregistré)(?!\w)"
    # "Export turnover in the province reached …", "the province's exports rose …"
    r"|(?<!\w)in the province (?:reached|rose|grew|totall?ed|came to|stood at|was|were)(?!\w)"
    r"|(?<!\w)the province's (?:state )?(?:exports?|imports?|export turnover|budget|revenue"
    r"|retail|grdp|economy|industrial|gross)"
    # "trên địa bàn tỉnh", "Cục Thống kê tỉnh", "the provincial Statistics Office": the paper's own
    # province, unnamed (a name after it would make it another's)
    r"|(?<!\w)(?:trên địa bàn (?:toàn )?|cục thống kê |sở [\w ,-]{2,40}? )(?:tỉnh|thành phố)"
    rf"(?-i:(?! [{UPPER}]))(?!\w)"
    r"|(?<!\w)the provincial (?:statistics office|department of (?:finance|industry and trade"
    r"|planning and investment))"
    # "xuất khẩu của tỉnh trong 5 tháng", "GDP trong tỉnh tăng 10%", "của toàn tỉnh"
    rf"|(?<!\w)(?:của|trong) (?:toàn )?tỉnh(?-i:(?! [{UPPER}]))(?!\w)",
    re.IGNORECASE,  # "The province earned …", "Tỉnh đã thu hút …" open a sentence
)


def _unnamed_local(
    title: str, body: str, spans: list[tuple[int, int]], others: re.Pattern | None
) -> bool:
    """A local paper's story speaks of "the province" ("tỉnh đã thu hút", "trên địa bàn tỉnh",
    "của tỉnh"), anywhere in its body, and names no other place (its own name once, if at all):
    the province whose paper it is (rule unnamed-local)."""
    if len(spans) > 1 or not LOCAL_PROVINCE_RE.search(body):
        return False
    dateline = DATELINE_RE.match(body)  # "Hanoi (VNA) –": where it was filed, no place it names
    rest = body[dateline.end() :] if dateline else body
    return not _another_place(fold(f"{title}\n{rest}"), others)


# "Sankoh Vietnam Co., Ltd", "Samsung Vietnam Group": a company's name; "Nguyen Nam Dinh",
# "Tran Thai Binh": a person's (a Vietnamese surname before the two words)
COMPANY_AFTER_RE = re.compile(r"\s+(?:co\.|co,|company|corp(?:oration)?|ltd|jsc|joint stock|group)")
SURNAME_BEFORE_RE = re.compile(
    r"(?<!\w)(?:nguyen|tran|pham|hoang|huynh|bui|trinh|doan|ngo|dinh|luong|truong)\s+$"
)


def _another_place(folded: str, others: re.Pattern | None) -> bool:
    """Whether the text names a place other than the province, leaving out the places that only
    stand in a company's or a person's name."""
    if others is None:
        return False
    return any(
        not COMPANY_AFTER_RE.match(folded, match.end())
        and not SURNAME_BEFORE_RE.search(folded, max(0, match.start() - 12), match.start())
        for match in others.finditer(folded)
    )


def _one_of_many(folded_body: str, spans: list[tuple[int, int]], others: re.Pattern) -> bool:
    """A round-up of several provinces ("TP HCM ..., Bắc Ninh ..., Bình Dương ..., Thái Nguyên
    ...") that names the province no more often than another one is about all of them; unless
    the province's figures come first, before any other place is named (round-up-led-by-it)."""
    counts: dict[str, int] = {}
    first_other = None
    for match in others.finditer(folded_body):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
        first_other = match.start() if first_other is None else first_other
    if len(counts) < LIST_PLACES or len(spans) > max(counts.values()):
        return False
    return not (
        first_other is not None
        and spans
        and _leads_with_figures(folded_body, spans[0], first_other)
    )


SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _leads_with_figures(folded: str, span: tuple[int, int], first_other: int) -> bool:
    """The province is named, with a figure in its sentence, before any other place."""
    start = max(folded.rfind(". ", 0, span[0]), folded.rfind("\n", 0, span[0])) + 1
    end = SENTENCE_END_RE.search(folded, span[1])
    sentence = folded[start : end.start() if end else len(folded)]
    return start + len(sentence) <= first_other and bool(SCALED_RE.search(sentence))
