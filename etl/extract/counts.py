"""Which catalogue metric a count states: the metric of its counted noun ("4,063 projects",
"65 countries and territories", "29 IPs"), narrowed by a breakdown cue near it; a count with no
noun of its own takes the one counted before it ("27 of them in operation", "98 of which topped
up their capital"), the one it is brought to ("took the FDI project count to 170") or the one it
is set off after ("New projects, numbering over 560"); an investor country's count in a ranking
of a period is its new projects (pure)."""

from __future__ import annotations

import re

from etl.extract.amounts import Amount
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.cues import PARTS_OPENER, joined
from etl.extract.explain import Reason
from etl.extract.frame import (
    DOMESTIC_WORDS,
    DOMESTIC_WORDS_RE,
    FOREIGN_WORDS_RE,
    PROJECTS_NAMED_RE,
    Frame,
    splits_by_partner,
)
from etl.extract.metric import (
    MADE_OF_RE,
    OWN_BEFORE,
    SHARE_OF,
    THOUSANDS,
    Choice,
    heading_cue,
    licensing_verb_before,
    partner_leads,
    subject_block,
    whole_of_its_share,
)
from etl.extract.numwords import NUMBER_WORD_RE
from etl.extract.periods import PeriodMention
from etl.extract.status import (
    MANY_PROJECTS,
    OF_THEM_AFTER_RE,
    PROJECTS_NOUN,
    SPLIT_OPENER_RE,
    THESE_PROJECTS,
    Work,
    companies_in,
    period_of,
    period_of_its_sum,
)
from etl.textnorm import DATELINE_RE

NOUN_GAP_CHARS = 3
NOUN_LOOKAHEAD_CHARS = 160  # how far a counted noun's lookahead may read
QUALIFIER_GAP_CHARS = 12  # "worth nearly US$41 million", "với tổng vốn hơn 2 tỷ USD"
QUALIFIER_LEAD_CHARS = 16  # "and more than 4,200": the next amount's qualifier
# "25 newly registered and 14 expanded projects", "Twenty-six of the province's 28 IPs", "26/28
# khu công nghiệp" (26 of the 28 parks)
ELLIPSIS_RE = re.compile(
    r"\s?/\s?|\s+(?:[\w-]+\s+){1,3}(?:and|or|va|et)\s+"
    r"|\s+of (?:the |its )?(?:province.s |city.s )?(?:total of )?"
)
ANAPHORIC_NOUNS = ("ones", "others", "autres")
AMONG_THEM_RE = re.compile(rf"\W*{PARTS_OPENER}(?!\w)")
# "225.4 million USD was used for capital contributions or stake purchases in 81 projects": the
# part's words this far before the count are its own
CUE_BEFORE_CHARS = 60
COPULA_RE = re.compile(r"\s(?:were|are|was|is)\s")
PARTITIVE_RE = re.compile(
    r"\s(?:of (?:those|these|them|which|the) |trong so (?:do )?"
    r"|le (?:nombre|total) (?:de |des |d')"  # "porte à 58 le nombre de projets d'IDE"
    r"|d.entre (?:eux|elles) )"  # "69 d'entre eux relevant de l'IDE"
)
# "en activité", "en exploitation", "opérationnelles": in operation, in French
IN_OPERATION_FR = (  # "dont 10 en activité", "32 d'entre elles fonctionnent déjà"
    r"(?:en (?:activite|exploitation|service|fonctionnement)|operationnel\w*"
    r"|fonctionn(?:ent|aient)(?: deja)?)"
)
# "27 of them put into operation", "four of which are currently in operation", "14 of them have
# been established", "26 parks … had begun operating": the ones at work, in English
IN_OPERATION_EN = (
    r"(?:(?:are |were )?(?:now |already |currently |still )?(?:in operation|operating|operational"
    r"|active|up and running|running|put into (?:operation|service))"
    r"|(?:have |has |had )(?:already )?(?:begun|started|commenced) (?:operating|operations?)"
    r"|(?:have |has |had )(?:already )?been (?:established|opened|put into operation))"
)
# "432 of them", "845 worth US$5.4 billion": a count whose noun was named before and is left out
ELIDED_RE = re.compile(
    r"\s*(?:(?:others(?!\w)|autres(?=\s*(?:[,;.]|(?:ont|a|sont|deja|qui)(?!\w))))"  # "Six others
    # received additional capital", "25 autres à …" (not "Sept autres investisseurs"): more of the
    # same noun
    r"|of (?:them|those|these)(?:(?!\s*[a-z])|(?= (?:are|were) (?:now |already )?"
    r"(?:up and running|in operation|operating|operational|active)))"
    r"|(?:\w+\s+){0,1}?(?:worth|valued at|totall?ing"
    r"|with a (?:total |combined )?(?:capital|value) of|voi (?:tong )?von|tri gia|von)\s"
    # "29 industrial parks … include 28 that are in operation", "of which 29 are operating"
    r"|(?:that |which |of which )?(?:are|were) (?:now |already |still |currently )?(?:in operation"
    r"|operating|operational|active|up and running|valid|in force)\b"  # "of these, 1,034 are
    # still valid"
    r"|khu (?:(?:trong so do|trong do) )?(?:da |dang )?(?:di vao )?(?:hoat dong|van hanh)\b"
    # "27 khu đã đi vào hoạt động", "27 of them already running"; "dont 10 en activité", "32
    # d'entre elles sont en exploitation", "Treize d'entre elles, d'une superficie de 7.242
    # hectares, sont en activité": the part's aside between it and its verb
    rf"|(?:of (?:them|those|these|which)|d.entre (?:elles|eux))(?:,[^;]{{0,90}}?,)?"
    rf" (?:{IN_OPERATION_EN}|(?:sont |etaient )?(?:deja )?{IN_OPERATION_FR})\b"
    # "23 parks with a combined area of nearly 6,984 ha are in operation": the parks named again
    rf"|(?:parks|zones|parcs)(?!\w)(?:(?!\s(?:and|but|while|whereas|et|mais)\s)[^;()]){{0,70}}?\s"
    rf"(?:{IN_OPERATION_EN}|{IN_OPERATION_FR})\b"
    rf"|(?:sont |etaient )?(?:deja )?{IN_OPERATION_FR}\b"
    r"|etrangers? (?:d.une valeur de|pour|(?:d.un|avec un) (?:capital|montant) de)\s)"  # "dont un
)  # étranger d'une valeur de 3 millions de dollars": the one foreign project, and its money
NEW_AND_ADDED_COUNT = "the count of new and added projects together (no catalogue metric)"
# "15 dự án FDI được cấp phép mới hoặc điều chỉnh tăng vốn", "165 dự án được cấp mới giấy chứng
# nhận hoặc được chấp thuận tăng vốn": new and added projects counted as one
NEW_AND_ADDED = (  # "cấp chứng nhận đầu tư lần đầu hoặc chấp thuận nâng vốn cho 247 dự án"
    r"(?:cap (?:phep )?moi|dang ky moi|moi|lan dau)(?: giay chung nhan(?: dau tu)?)? (?:va|hoac) "
    r"(?:chap thuan )?"
)
ADDED_WORDS = r"(?:dieu chinh|tang von|nang von|bo sung)"
NEW_OR_ADDED_RE = re.compile(
    rf"\W*(?:[^\W\d]+\W+){{0,4}}?{NEW_AND_ADDED}(?:[^\W\d]+ ){{0,3}}?{ADDED_WORDS}"
    r"|\W*(?:[^\W\d]+\W+){0,3}?(?:new (?:and|or) (?:expanded|existing|added|expanding))"
)
# "tỉnh đã cấp mới và điều chỉnh tăng vốn cho 9 dự án": the same pair named before the count
NEW_OR_ADDED_BEFORE_RE = re.compile(
    rf"{NEW_AND_ADDED}{ADDED_WORDS}(?: tang)?(?: von)?(?: giay chung nhan)?(?: (?:dau tu|dang ky))*"
    r"(?: cho)?(?: tong cong| tat ca| tong so)?\s*$"  # "… điều chỉnh tổng cộng 86 dự án"
)
# "Trong số này, 5 quốc gia …", "Of these, six countries …": a part of a count just given
OF_THESE_RE = re.compile(
    r"(?:^|\W)(?:trong so (?:nay|do)|trong do|of (?:these|them|which)|among them),?\s*$"
)
PARTNER_BEFORE_CHARS = 2  # "Korean 1,200": too rare to reach further


def choose_count(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> Choice | str:
    """The metric of a counted noun right after the number ("4,063 projects", "65 countries")."""
    amount = work.amounts[index]
    folded = work.cues.folded
    limit = work.amounts[index + 1].start if index + 1 < len(work.amounts) else len(folded)
    later = _noun_start(work, amount.end)
    for shared in (False, True):  # its own noun first; else the next count's ("25 new and 14
        for name, noun in catalogue.nouns.items():  # expanded projects")
            if shared:
                match = _shared_noun(work, index, noun.pattern)
            else:
                match = _noun_at(noun.pattern, folded, amount.end, limit)
                if not match and later != amount.end:
                    match = _noun_at(noun.pattern, folded, later, limit)
            if not match:
                continue
            if (
                match.group(0).split()[-1] in ANAPHORIC_NOUNS
                and not PROJECTS_NAMED_RE.search(folded, 0, amount.start)
                and not (AMONG_THEM_RE.match(folded) and frame.projects_named)
            ):
                continue  # "ones", "others": projects only after projects were named (in the
                # sentence, or in the one before "Among them were 39 foreign invested ones")
            if name == "enterprises" and (
                _foreign_firms(work, amount.start, match.end())
                or _investors_of_a_country(work, amount.end, match)
            ):  # "3,400 companies from 64 countries", "80 Chinese enterprises investing here"
                name = "fdi_projects"
            return _count_metric(work, index, frame, catalogue, name, match.end())
    set_off = _set_off_noun(work, index, catalogue)
    if set_off:  # "New projects, numbering over 560, accounted for …"
        name, noun_start, end = set_off
        return _count_metric(work, index, frame, catalogue, name, end, noun_start)
    counted = _counted_before(work, index, catalogue) or (
        catalogue.metric(frame.counted).noun if frame.counted else None
    )
    if counted and _elided(work, index):  # "29 industrial parks, 27 of them in operation"
        return _count_metric(work, index, frame, catalogue, counted, amount.end)
    kind_end = _of_them_of_a_kind(work, index, catalogue, counted) if counted else None
    if counted and kind_end:  # "…, 98 of which topped up their capital"
        return _count_metric(work, index, frame, catalogue, counted, kind_end)
    kind = OF_A_KIND_RE.match(work.cues.folded, amount.end)
    if counted and kind and not _another_noun_of_the_kind(work, kind.end(), catalogue, counted):
        # "1,069 projects, of which 369 are foreign-invested": its kind says it
        return _count_metric(work, index, frame, catalogue, counted, kind.end())
    if counted and _a_country_alone(work, index):  # "dont 57 projets sud-coréens, 36 japonais et
        return _count_metric(work, index, frame, catalogue, counted, amount.end)  # 8 chinois"
    named = _noun_numbered(work, index, catalogue)
    if named:  # "Newly licensed projects numbered 61"
        return _count_metric(work, index, frame, catalogue, named, amount.end)
    return "no counted noun of the catalogue"


GROUP_NOUN_RE = re.compile(r"(?:countries|investors|firms|companies|businesses|enterprises)$")
COUNTRY_ALONE_END_RE = re.compile(r"\s*(?:[,;.)]|$|(?:and|or|et|ou|va)\s)")


def _a_country_alone(work: Work, index: int) -> bool:
    """A count whose only word is an investor country's adjective, in a list after a counted
    noun ("57 Korean projects, 36 Japanese and 8 Chinese", "57 projets sud-coréens, 36
    japonais")."""
    end, folded = work.amounts[index].end, work.cues.folded
    country = next((c for c in work.cues.partners if 0 < c.start - end <= 1), None)
    return (
        country is not None
        and COUNTRY_ALONE_END_RE.match(folded, country.end) is not None
        and not GROUP_NOUN_RE.search(folded, country.start, country.end)
    )  # (not "24 European countries and territories": a count of countries)


# "This included nine domestic projects", after a count of parks: the kind's own noun
KIND_NOUN_RE = re.compile(r"\s+(projects?)(?!\w)")


def _another_noun_of_the_kind(work: Work, end: int, catalogue: Catalogue, counted: str) -> bool:
    """The kind is followed by its own noun, not the one counted before ("9 domestic projects"
    after the parks were counted)."""
    noun = KIND_NOUN_RE.match(work.cues.folded, end)
    own = catalogue.nouns.get(counted)
    return noun is not None and own is not None and not own.pattern.fullmatch(noun.group(1))


def _investors_of_a_country(work: Work, start: int, noun: re.Match) -> bool:
    """ "around 80 Chinese enterprises were currently investing in the province": firms of one
    investor country that invest here are its projects (not a webinar's 100 Chinese firms)."""
    return any(start <= c.start and c.end <= noun.start() for c in work.cues.partners) and bool(
        INVESTING_RE.match(work.cues.folded, noun.end())
    )


INVESTING_RE = re.compile(
    r"\s+(?:(?:are|were|have been|had been|have|has|had) )?(?:currently |now |so far )?"
    r"(?:investing|invested)(?!\w)"
)


# the words of an approximate count ("numbered over 45", "New projects, numbering nearly 560")
APPROX_WORDS = r"(?:over|more than|nearly|about|some|around|almost)"
NUMBERED_RE = re.compile(
    rf"\s(?:number(?:ed|s)?|totall?ed|came to|stood at)\s+(?:{APPROX_WORDS} )?$"
)
NUMBERED_GAP_RE = re.compile(r"[^\d,;.()]{0,60}")  # "projects in Binh Duong currently number"
NUMBERED_NOUN_CHARS = 70


def _noun_numbered(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """The noun counted before the number by "numbered" ("Newly licensed projects numbered 61",
    "new FDI projects totalled 95", "projects in Binh Duong currently number 1,515")."""
    folded, amount = work.cues.folded, work.amounts[index]
    verb = NUMBERED_RE.search(folded, max(0, amount.start - 30), amount.start)
    if not verb:
        return _number_of_to(work, index, catalogue)
    start = max(0, verb.start() - NUMBERED_NOUN_CHARS)
    return _noun_name(_noun_ending_before(folded, catalogue, start, verb.start(), NUMBERED_GAP_RE))


# "New projects, numbering over 560, …", "Existing projects, over 110 of them, raised …": a
# count set off by commas right after its noun
SET_OFF_LEAD_RE = re.compile(rf",\s+(?P<verb>numbering\s+)?(?:{APPROX_WORDS}\s+)?$")
OF_THEM_SET_OFF_RE = re.compile(r"\s+of them\s*,[^,;.]*")  # with the verb that follows


def _set_off_noun(work: Work, index: int, catalogue: Catalogue) -> tuple[str, int, int] | None:
    """The counted noun a count set off by commas right after it counts, where that noun's words
    begin (their adjectives name its kind: "New projects, numbering over 560") and where the
    count's phrase ends (past "of them," and the verb that follows: "…, over 110 of them, raised
    their capital")."""
    folded, amount = work.cues.folded, work.amounts[index]
    lead = SET_OFF_LEAD_RE.search(folded, max(0, amount.start - 30), amount.start)
    of_them = OF_THEM_SET_OFF_RE.match(folded, amount.end)
    if not lead or not (lead.group("verb") or of_them):
        return None
    start = max(0, lead.start() - NUMBERED_NOUN_CHARS)
    noun = _noun_ending_before(folded, catalogue, start, lead.start(), NO_GAP_RE)
    return (*noun, of_them.end() if of_them else amount.end) if noun else None


def _noun_ending_before(
    folded: str, catalogue: Catalogue, start: int, end: int, gap: re.Pattern
) -> tuple[str, int] | None:
    """The counted noun whose last mention between `start` and `end` leaves only `gap` before
    `end` (the verb or the word that counts it), and where that mention begins."""
    for name, noun in catalogue.nouns.items():
        found = list(noun.pattern.finditer(folded, start, end))
        if found and gap.fullmatch(folded, found[-1].end(), end):
            return name, found[-1].start()
    return None


def _noun_name(found: tuple[str, int] | None) -> str | None:
    return found[0] if found else None


# "bring the number of foreign-invested projects in the province to 4,059", "the number of
# FDI projects reached 4,100", "lifted Da Nang's tally of foreign-invested projects to 1,012",
# "nâng tổng số dự án FDI lên 4.059"
NUMBER_OF_RE = re.compile(
    r"(?<!\w)(?:(?:the|its|their|[\w-]+'s) (?:(?:total|accumulated|cumulative) )?"
    r"(?:number|tally|count) of"
    r"|(?:tong )?so (?:luong )?)"
)
NUMBER_TO_RE = re.compile(  # "the number of valid FDI projects was 4,098", "số dự án … là 11.598"
    r"\s(?:to|reached|hit|at|len|dat|was|is|stood at|stands at|la)\s+"
    r"(?:(?:over|more than|nearly|about|almost|hon|gan|khoang)\s+)?$"
)
NUMBER_OF_CHARS = 110
# "the total number of licensed foreign-invested projects in the province has risen to 77"
NUMBER_OF_GAP_RE = re.compile(r"[^\d,;.()]{0,80}")


def _number_of_to(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """The noun after "the number of" that the sentence then brings to the amount."""
    folded, amount = work.cues.folded, work.amounts[index]
    to = NUMBER_TO_RE.search(folded, max(0, amount.start - 24), amount.start)
    if not to:
        return None
    # the first lead with nothing but words up to the verb ("So far, the number of …": "so far"
    # read as Vietnamese "số" has a comma after it)
    leads = NUMBER_OF_RE.finditer(folded, max(0, amount.start - NUMBER_OF_CHARS), to.start())
    lead = next((m for m in leads if NUMBER_OF_GAP_RE.fullmatch(folded, m.end(), to.start())), None)
    if not lead:
        return _noun_count_to(work, to.start(), catalogue)
    for name, noun in catalogue.nouns.items():
        found = noun.pattern.search(folded, lead.end(), to.start())
        if (
            found
            and found.start() - lead.end() <= NOUN_AFTER_NUMBER_OF
            and not OUTSIDE_RE.search(folded, lead.end(), found.start())
        ):
            return name
    return None


# "which took the locality's FDI project count to 170": the noun, then its count
COUNT_WORD_RE = re.compile(r"\s(?:count|tally)$")
NO_GAP_RE = re.compile("")  # the noun right against the word that counts it
NOUN_BEFORE_COUNT_CHARS = 40


def _noun_count_to(work: Work, to: int, catalogue: Catalogue) -> str | None:
    """The noun right before "count" or "tally" that the sentence brings to the amount."""
    folded = work.cues.folded
    word = COUNT_WORD_RE.search(folded, max(0, to - 8), to)
    if not word:
        return None
    start = max(0, word.start() - NOUN_BEFORE_COUNT_CHARS)
    return _noun_name(_noun_ending_before(folded, catalogue, start, word.start(), NO_GAP_RE))


# "số chủ trương đầu tư ngoài khu công nghiệp … là 5": what lies outside the parks, no parks
OUTSIDE_RE = re.compile(r"(?<!\w)(?:ngoai|outside|beyond|hors)\s+$")


NOUN_AFTER_NUMBER_OF = 30  # "the number of licensed foreign-invested projects": adjectives
OPERATING_RE = re.compile(
    rf"(?:{IN_OPERATION_EN}|hoat dong|van hanh|valid|in force|{IN_OPERATION_FR})$"
)


def _counted_before(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """The noun of the last count before this one in its sentence ("29 industrial parks")."""
    folded = work.cues.folded
    for other in reversed(work.amounts[:index]):
        if other.unit is not None or other.scaled:
            continue
        for name, noun in catalogue.nouns.items():
            if _noun_at(noun.pattern, folded, other.end, work.amounts[index].start):
                return name
    return None


# "109 new FDI projects", "14 nouveaux projets": a count of projects, its noun after a word at most
COUNTED_PROJECTS_RE = re.compile(rf"\s+(?:[\w-]+\s+)?{PROJECTS_NOUN}(?!\w)")


def _elided(work: Work, index: int) -> bool:
    """ "Mainland China accounts for 432 of them", "Taiwan for 845 worth US$5.4 billion": the
    count leaves out the noun counted last (the frame's), pointing back with "of them", saying
    which are in operation ("28 that are in operation"), or going straight on to the money of
    the things counted."""
    amount = work.amounts[index]
    match = ELIDED_RE.match(work.cues.folded, amount.end)
    if not match:
        return False
    if match.group(0).lstrip().startswith(("others", "autres")):
        return not work.cues.folded[: amount.start].strip() or any(
            a.unit is None and COUNTED_PROJECTS_RE.match(work.cues.folded, a.end)
            for a in work.amounts[:index]
        )  # "Six others …" opening a sentence, "109 new FDI projects …, while 94 others …" (not
        # "1,644 administrative procedures … 68 others")
    if match.group(0).lstrip().startswith("of ") or OPERATING_RE.search(match.group(0)):
        return True
    following = work.amounts[index + 1] if index + 1 < len(work.amounts) else None
    if following is None or not following.is_money:
        return False
    gap = work.cues.folded[match.end() : following.start]  # "worth nearly US$41 million"
    return len(gap) <= QUALIFIER_GAP_CHARS and not any(ch in gap for ch in ",;.()")


# "…, and 17 of them came from China", "…, 98 of which topped up their capital": a part of the
# count just given, pointed back at
OF_THEM_RE = re.compile(r"\s*of (?:them|which|these|those)(?!\w)")


def _of_them_of_a_kind(work: Work, index: int, catalogue: Catalogue, counted: str) -> int | None:
    """Where the words naming the kind end, for a part of the count before it, pointed back at
    with "of them" or "of which", whose own clause names its kind ("98 of which topped up their
    capital": added capital) or its investor country ("17 of them came from China"): the noun
    counted before, of that kind; None for any other count."""
    amount = work.amounts[index]
    match = OF_THEM_RE.match(work.cues.folded, amount.end)
    if not match:
        return None
    clause = CLAUSE_END_RE.search(work.cues.folded, match.end())
    end = clause.start() if clause else len(work.cues.folded)
    kinds = {m.topic for m in catalogue.metrics if m.noun == counted and m.topic}
    required = catalogue.nouns[counted].requires_topic
    if required:  # "25 of them involved foreign direct investment": the noun's own topic
        kinds.add(required)
    named = [c.end for c in work.cues.topics if c.label in kinds and match.end() <= c.start < end]
    named += [c.end for c in work.cues.partners if match.end() <= c.start < end]
    return min(named, default=None)


CLAUSE_END_RE = re.compile(r";|[.,](?!\d)|$")
# the noun counted before, left out, with the kind of the ones counted now: "of which 369 are
# foreign-invested and 700 are domestic", "made up of 903 foreign-backed and 3,014 domestic ones",
# "236 are Japanese-invested projects", "53 were invested by China"
KIND = (
    r"(?:foreign|overseas|[a-z]+ese|korean|american|singaporean|thai)[- ]"
    r"(?:invested|funded|owned|backed)|fdi|domestic"
)
KIND_END = r"[,;.]|\s(?:and|with|worth|capitali[sz]ed|whose)\s|$"
OF_A_KIND_RE = re.compile(
    r"\s+(?:(?:that|which) )?(?:"
    r"(?:are|were) (?:invested by(?= )|(?:" + KIND + r")(?: projects| ones)?(?=" + KIND_END + r"))"
    r"|(?:" + KIND + r")(?= and | ones| projects(?:" + KIND_END + r")|[,;.]))"
)


def _trailing_part(work, index: int, catalogue) -> Reason | None:
    """A count whose clause, before the next count, ends on a part's cue ("90 projects worth
    $1.1 billion have not been implemented", "350 dự án đang xây dựng"): that part's count
    (stage-trails)."""
    amount = work.amounts[index]
    later = [a.start for a in work.amounts[index + 1 :] if a.unit is None and not a.is_money]
    stop = CLAUSE_END_RE.search(work.cues.folded, amount.end)
    end = min([*later, stop.start() if stop else len(work.cues.folded)])
    for cue in work.cues.topics:
        if cue.label in catalogue.trailing and amount.end <= cue.start < end:
            phrase = folded_phrase(work, cue.start, cue.end)
            return Reason(f"a subset or another quantity ({phrase!r})", cue.label)
    return None


def nothing_foreign(work: Work, frame: Frame) -> bool:
    """ "9 tháng, Đồng Tháp hút 49 dự án đầu tư mới": projects counted where nothing foreign
    has been named (not in this sentence, the headline or any sentence before) and with no sum
    in dollars beside them are the province's projects of every kind (rule
    nothing-foreign-is-every-kind)."""
    return not frame.foreign_named and not any(a.unit == "USD" for a in work.amounts)


def _from_heading(
    work: Work, index: int, catalogue: Catalogue, kinds: set, window: tuple[int, int]
) -> tuple[int, int]:
    """ "Ở nhóm cấp mới, thành phố có 469 dự án …", "Tách riêng phần cấp mới, có 10 dự án FDI":
    a heading naming a kind of the count's noun reaches the first count of its clause (rule
    heading-kind)."""
    cue = heading_cue(work, catalogue)
    amount = work.amounts[index]
    if cue is None or cue.label not in kinds or ";" in work.cues.folded[cue.end : amount.start]:
        return window
    if any(not a.is_money and a.unit is None for a in work.amounts[:index]):
        return window  # only the first count: the heading's
    return (min(window[0], cue.start), window[1])


# "578 foreign-invested projects, whose registered capital adds up to", "4.050 dự án với tổng vốn
# đăng ký": the count's own capital
COUNTS_CAPITAL_RE = re.compile(
    # "now number 1,200, with their value surpassing X", "brought the count to 318, worth X": a
    # comma right after the count
    r"(?:,(?=\s+(?:with|whose|carrying|having|worth|valued at)\s))?"
    r"\s+(?:[\w'-]+[\s,]+){0,12}?(?:\([^)]{0,20}\)[\s,]*(?:[\w'-]+[\s,]+){0,2}?)?"
    r"(?:\(\s*)?"  # "3 dự án FDI (vốn đăng ký 5,2 triệu USD)": the capital in brackets after it
    r"(?:(?:whose|with|voi|co|carrying|having|bearing|dont|pour)\s+"
    r"(?:a |the |their |le |leur |un )?"
    r"(?:total |combined |tong (?:so )?|so )?"
    # "with total new and additional registered capital of X", "với tổng vốn đăng ký mới và tăng
    # thêm X": the words that say the capital is the new and the added one together
    r"(?:(?:new|newly|fresh|additional|added|and) ){0,4}?"
    # "seven FDI projects carrying a proposed capital of X": what the licences put down
    r"(?:registered |investment |proposed |pledged )?"
    r"(?:capital|investment|value|muc dau tu|von(?: dang ky| dau tu)?)\s+"
    r"(?:[\w'-]+\s+){0,5}?"
    # "14 dự án FDI, tổng vốn X", "06 dự án FDI, vốn đăng ký 275 triệu USD"
    r"|(?:tong (?:so )?von(?: dau tu)?(?: dang ky)?"
    # "1 dự án FDI vốn đăng ký X"
    r"|(?:(?<=, )|(?<=du an )|(?<=fdi )|(?<=\())von (?:dau tu|dang ky))"
    r"\s+(?:la\s+|dat\s+)?"
    r"|(?:worth|valued at|capitali[sz]ed at|registered at|tri gia|totall?ing"
    r"|representant(?: un (?:fonds|capital|montant)(?: global| total)? de)?"
    # "13 projets d'IDE, qui représentaient à eux seuls 1.097 millions de dollars"
    r"|qui (?:represent|totalis)(?:ent|aient)(?: a (?:eux|elles) seul(?:e)?s)?"
    r"|registering(?: (?:a total of|(?:total )?(?:registered )?capital of))?"  # "registering X"
    # "of which 95 FDI projects accounted for X": the part's own sum
    r"|accounted for"
    # "9 dự án … được tỉnh thu hút, đăng ký tổng cộng 52,5 triệu USD": the projects registered it
    r"|dang ky(?: tong cong| tong so(?: von)?| von)?"
    r"|totalisant(?: un (?:capital|investissement)(?: enregistre| total)? de)?"
    r"|d.une valeur (?:totale )?de|(?:d.un|pour un) (?:capital|montant|investissement)"
    r"(?: total| global| enregistre)? de"  # "344 projets … pour un montant global de X"
    r"|evalues? (?:au total )?a|pesant|cumulant"  # "7 projets d'IDE pesant près de 540 …"
    r"|dote(?:e)?s? d.un (?:capital|fonds)(?: (?:enregistre|social|d.investissement))?(?: de)?)\s+"
    r"(?:a (?:combined )?total of\s+|a combined\s+|au total\s+)?"
    r"|(?:with|voi)\s+)"  # "27 FDI projects with US$654 million": the sum right after "with"
    r"(?:more than |over |nearly |about |hon |gan |khoang |la |dat |pres de |plus de |environ )?"
    r"\S{0,5}\s?"
)


def joined_to_count(gap: str) -> bool:
    """The text between a count and a sum joins the sum to the count ("35 dự án có tổng vốn đầu
    tư 92,9 triệu USD", "25 projects worth 3.13 billion USD")."""
    return bool(COUNTS_CAPITAL_RE.fullmatch(gap))


def _worth_both_currencies(work: Work, index: int) -> bool:
    """ "631 projects are now registered in the province, holding VND92,400 billion (US$3.39
    billion) and US$280.5 million", "30 dự án, với tổng vốn đầu tư hơn 204,2 triệu USD và 448,3
    tỉ đồng": projects whose capital is told in đồng and, besides, in dollars (either first) are
    the domestic and the foreign ones together, unless words up to the sum say foreign."""
    folded, start = work.cues.folded, work.amounts[index].start
    later = [a for a in work.amounts[index + 1 :] if not a.in_parens]
    if len(later) > 2 and not later[0].is_money and later[1].is_money:
        later = _past_a_count_of_another_status(folded, start, later)
    if len(later) < 2:
        return False
    first, second = later[0], later[1]  # (no count between: "41 dự án trong nước và 46 dự án
    return (  # nước ngoài, với tổng vốn … tỷ đồng và … USD" are the parts, each of one kind)
        {first.unit, second.unit} == {"VND", "USD"}
        and not FOREIGN_WORDS_RE.search(folded, start, first.start)
        and BOTH_GAP_RE.fullmatch(folded, work.amounts[index].end, first.start) is not None
        and AND_THEN_RE.fullmatch(folded, first.end, second.start) is not None
    )


def _past_a_count_of_another_status(folded: str, start: int, later: list[Amount]) -> list[Amount]:
    """ "licensed 253 new projects and allowed 209 projects to increase their capital, with new
    and added capital totalling X VND and Y USD": a second count of projects by status (not by
    origin: nothing domestic or foreign is named up to the sums) stands between the count and
    its two sums, which are both counts' together."""
    if FOREIGN_WORDS_RE.search(folded, start, later[1].start) or DOMESTIC_WORDS_RE.search(
        folded, start, later[1].start
    ):
        return later
    return later[1:]


# the words between a count and its sum in đồng, within one clause; then "and" up to the dollars
BOTH_GAP_RE = re.compile(r"[^.;]{1,120}")
AND_THEN_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:va|and|et|cung)\s+(?:[a-z]+\s+){0,2}")


def _worth_dong(work: Work, index: int) -> bool:
    """ "cấp giấy chứng nhận đăng ký đầu tư cho 55 dự án với tổng mức đầu tư hơn 11.275 tỷ
    đồng": projects whose joined sum is in đồng, in a sentence that names nothing foreign, are
    the province's projects of every kind (foreign capital is told in dollars); so are those of
    a sentence that tells only đồng (`_sentence_in_dong`)."""
    if _sentence_in_dong(work, index):
        return True
    if index + 1 >= len(work.amounts):
        return False
    amount, worth = work.amounts[index], work.amounts[index + 1]
    gap = work.cues.folded[amount.end : worth.start]
    return (
        worth.unit == "VND"
        and (
            joined(work.cues.folded, amount, worth)
            or ADDED_WORTH_RE.fullmatch(gap) is not None
            # "cho 4 dự án, với tổng vốn 1.112,6 tỷ đồng" (not the valid ones: "số dự án còn hiệu
            # lực là 3.900 dự án, với tổng vốn …", the foreign ones counted before it)
            or (joined_to_count(gap) and not VALID_RE.search(work.cues.folded, 0, worth.start))
        )
        and _nothing_foreign_named(work.cues.folded, worth.end)
    )


def _sentence_in_dong(work: Work, index: int) -> bool:
    """ "có 55 dự án đầu tư mới được cấp quyết định chủ trương đầu tư hoặc giấy chứng nhận đăng ký
    đầu tư, với tổng số vốn đăng ký 17.223 tỷ đồng", "licensed 27 new projects with total capital
    of VND3.28 trillion and adjusted the investment policies of 26 projects": where every sum the
    sentence tells is in đồng, one stands after the count, and nothing foreign is named, the
    projects counted are the province's of every kind, however far their sum stands."""
    money = [a for a in work.amounts if a.is_money]
    folded = work.cues.folded
    return (
        any(a.start > work.amounts[index].end for a in money)
        and all(a.unit == "VND" for a in money)
        and _nothing_foreign_named(folded, len(folded))
        and not VALID_RE.search(folded, 0, work.amounts[index].start)
    )


def _nothing_foreign_named(folded: str, end: int) -> bool:
    """Nothing foreign is named before `end`, and the sentence does not open by splitting a whole
    told before it ("Trong đó, 656 dự án …": the whole's kind)."""
    return not FOREIGN_WORDS_RE.search(folded, 0, end) and not SPLIT_OPENER_RE.match(folded)


# "12 existing projects added VND330.5 billion", "17 dự án điều chỉnh tăng vốn với 2.789,8 tỷ
# đồng", "6 dự án … tăng thêm vốn, tổng cộng gần 1.500 tỷ đồng": the sum the projects added
ADDED_WORTH_RE = re.compile(
    r"\s+(?:[\w-]+,?\s+){0,10}?(?:add|added|adding|raised|tang them|bo sung(?: them)?|tong cong"
    r"|(?:tang|dieu chinh) von voi)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:nearly |over |more than |gan |hon |khoang |tren )?(?:vnd)?"
)


def _count_metric(
    work, index, frame, catalogue, name: str, end: int, noun_start: int | None = None
) -> Choice | str:
    """The metric of a count of `name`s whose phrase ends at `end` (and, for a count set off
    after its noun, whose noun begins at `noun_start`)."""
    amount, seg = work.amounts[index], work.segs[index]
    noun = catalogue.nouns[name]
    window = (  # up to the counted noun's end at least: "15 of the 34 new projects"
        max(seg.before[0], amount.start - CUE_BEFORE_CHARS),
        max(min(seg.after[1], end + 50), end),
    )
    if noun_start is not None:
        window = (min(window[0], noun_start), window[1])
    # "87 dự án đầu tư mới, gồm 41 … và 46 dự án nước ngoài": the whole's kind is the part's
    # (not "…; trong số này, 702 dự án còn hiệu lực": the valid ones, a total)
    whole = None
    if (
        name == "fdi_projects"
        and _part_of_a_count(work, index)
        and not VALID_RE.search(work.cues.folded, amount.end, seg.after[1])
    ):
        wholes = [i for i, a in enumerate(work.amounts[:index]) if not a.is_money]
        at = next((i for i in wholes if not _inside_a_period_phrase(work, i)), wholes[0])
        whole = work.amounts[at]
        window = (min(window[0], work.segs[at].before[0]), window[1])
    head = _shared_head(work, index) if name == "fdi_projects" else None
    kinds = {m.topic for m in catalogue.metrics if m.noun == name and m.topic}
    if head is not None and not any(
        c.label in kinds and amount.end <= c.start < seg.after[1] for c in work.cues.topics
    ):  # "cấp mới 22 dự án trong nước … và 18 dự án FDI": the verb before both is the 18's,
        shared = window[0]  # unless its own words or verb follow it (rule shared-verb)
        window = (min(window[0], head), window[1])
    else:
        shared = None
    window = _from_heading(work, index, catalogue, kinds, window)
    window = (window[0], max(window[1], _after_an_aside(work.cues.folded, end)))
    window = (window[0], max(window[1], _what_investors_spend_on(work.cues.folded, end)))
    blocking = (max(0, amount.start - 24), _before_next(work, index, catalogue, end + 40))
    if amount.value < MANY_PROJECTS and companies_in(
        work, catalogue.words["company"], max(0, amount.start - 60), end + 20
    ):  # "The plant joins the 4,172 valid FDI projects": so many are no one company's
        return "one company's or project's count"
    if name == "fdi_projects" and (
        _domestic(work.cues.folded, amount.end, end)
        or _domestic_sentence(work.cues.folded)
        or _domestic_clause(work.cues.folded, amount.start, end)
        or (frame.domestic and not FOREIGN_WORDS_RE.search(work.cues.folded))
    ):  # domestic-carries
        return DOMESTIC_COUNT
    if DELTA_IN_PARENS_RE.search(
        work.cues.folded, max(0, amount.start - 20), amount.start
    ) or MORE_THAN_BEFORE_IN_PARENS_RE.match(work.cues.folded, amount.end):
        return "the change of a count against a year earlier, in parentheses"
    if name == "fdi_projects" and (
        _new_and_added_after(work.cues.folded, end)
        or _new_and_added(work, amount)
        or (whole and _new_and_added(work, whole) and not _own_kind(work, index, end, kinds))
    ):  # "… cho 247 dự án, trong số đó có 70 dự án FDI": a part of new and added projects
        return NEW_AND_ADDED_COUNT  # together, unless its own words say new or added
    if name == "fdi_projects" and _foreign_part_follows(work.cues.folded, amount.start, end):
        return EVERY_KIND_SPLIT
    if name == "fdi_projects" and OUTSIDE_THE_BUDGET_RE.match(work.cues.folded, end):
        return OUTSIDE_THE_BUDGET
    if name == "fdi_projects" and _worth_dong(work, index):
        return EVERY_KIND_IN_DONG
    if name == "fdi_projects" and _worth_both_currencies(work, index):
        return EVERY_KIND_IN_BOTH
    if name == "countries" and _group_from(work, amount.start):
        return "the countries an investor group comes from, not the province's"
    if name == "countries" and TRADE_WITH_RE.search(work.cues.folded, 0, amount.start):
        return "trading partners, not investor countries"
    if name == "countries" and OF_THESE_RE.search(work.cues.folded, 0, amount.start):
        return "a part of the countries counted before (a subset)"
    subject = subject_block(work, index, catalogue) if name != "countries" else None
    # (not "Với khối doanh nghiệp FDI, có 165 dự án được cấp mới": the foreign sector's projects
    # are the FDI)
    if subject and not (name == "fdi_projects" and FOREIGN_WORDS_RE.search(subject)):
        return f"a subset (the sentence is about {subject!r})"
    blocked = [c for c in work.cues.topics if c.label in catalogue.blocking
               and seg.before[0] <= c.start and c.end <= amount.start
               and not (name == "enterprises" and DOMESTIC_FIRMS_RE.fullmatch(
                   work.cues.folded, c.start, c.end))]  # fmt: skip
    if blocked and name != "countries":  # "approved the investment policies of 30 projects"
        cue = blocked[-1]
        phrase = folded_phrase(work, cue.start, cue.end)
        return Reason(f"a subset or another quantity ({phrase!r})", cue.label)
    trailing = _trailing_part(work, index, catalogue)
    if trailing:
        return trailing
    if noun.blocked_by and work.cues.has(noun.blocked_by, *blocking):
        return f"a part of the {name.replace('_', ' ')} total (new, added or closed)"
    if (
        noun.requires_topic
        and not _topic_in_reach(work, noun.requires_topic, frame, catalogue)
        and not FOREIGN_WORDS_RE.search(work.cues.folded, amount.end, end)
        and not FROM_COUNTRIES_RE.match(work.cues.folded, end)
        and not PROJECTS_FROM_RE.search(work.cues.folded, max(0, amount.start - 40), amount.start)
    ):  # "home to over 3,900 foreign firms", "2,818 projects from 59 countries": foreign
        return f"no {noun.requires_topic} topic for the {name.replace('_', ' ')}"
    metrics = [m for m in catalogue.metrics if m.noun == name]
    if not any(m.partner for m in metrics) and _partner_next_to(work, amount.start, end):
        return f"the {name.replace('_', ' ')} of one investor country"
    near = [c for c in work.cues.topics if window[0] <= c.start < window[1]
            and c.label in {m.topic for m in metrics}]  # fmt: skip
    phrase = folded_phrase(work, amount.start, end)
    ranked = [m for m in metrics if frame.ranked_part and m.topic == frame.ranked_part
              and work.cues.partners and m.accepts(amount.value)]  # fmt: skip
    if not near and ranked:  # "Trung Quốc đứng thứ 2 với 13 dự án" in a ranking of new ones
        return Choice(ranked[0], phrase, "counted noun in a ranking of parts", OWN_BEFORE,
                      OWN_BEFORE)  # fmt: skip
    if near and (_total_so_far(work, index) or _had_licensed_by(work, index, near)):
        near = []  # "hiện có tổng cộng 693 dự án FDI đã được cấp giấy chứng nhận": every licence
    if near:
        tail = _noun_tail(work, index, end)
        inside = [c for c in near if amount.end <= c.start and c.end <= tail]
        cue = inside[0] if inside else min(near, key=lambda c: abs(c.start - amount.start))
        metric = next(m for m in metrics if m.topic == cue.label)
        rule = SHARED_VERB_RULE if shared is not None and cue.start < shared else CUE_RULE
        if metric.accepts(amount.value):  # "3,585 licensed projects" are no year's new ones
            phrase = work.cues.folded[cue.start : cue.end]
            return Choice(metric, phrase, rule, OWN_BEFORE, OWN_BEFORE)
    plain = [m for m in metrics if not m.topic]
    if not plain:
        return "no catalogue metric for this count"
    metric = plain[0]
    if not any(metric.accepts(v) for v in amount.readings if float(v).is_integer()):
        # "the two countries": no province's investor count; "70.000 businesses" is 70,000
        return f"outside the range of {metric.id}"
    if (
        metric.kind == "stock"
        and noun.requires_topic
        and not _count_is_stock(work, index, frame, catalogue, name)
    ):
        drawn = _drawn_in_period(work, index, catalogue, name, frame)
        if drawn:  # "drew 59 FDI projects in the first 10 months": the period's new projects
            return Choice(drawn, phrase, DRAWN_RULE, OWN_BEFORE, OWN_BEFORE)
        shared = _part_its_sum_is_a_share_of(work, index, catalogue, name)
        if shared:
            return Choice(shared, phrase, SHARE_RULE, OWN_BEFORE, OWN_BEFORE)
        registered = _registered_in_period(work, index, catalogue, name)
        if registered:
            return Choice(registered, phrase, REGISTERED_RULE, OWN_BEFORE, OWN_BEFORE)
        share = _a_countrys_share_of_the_new(work, index, catalogue, name, frame)
        if share:
            return Choice(share, phrase, RANKED_NEW_RULE, OWN_BEFORE, OWN_BEFORE)
        return "a count over a period, not a cumulative total"
    if metric.kind == "stock" and _part_of_a_group_named(work, index):
        return PART_OF_A_GROUP
    return Choice(metric, phrase, "counted noun", OWN_BEFORE, OWN_BEFORE)


# how far after a count its kind or its investor country may be named ("40 are foreign-invested")
KIND_WORDS_CHARS = 40
PART_OF_A_GROUP = "a part of the projects named before it ('of the N projects …'; a subset)"
# "Trong số 8 dự án nói trên, …", "trong 35 dự án bị thu hồi, …", "Of the 35 revoked projects,
# …": a group of projects named first, whose parts the sentence then counts
OF_THE_GROUP_RE = re.compile(
    r"(?<!\w)(?:trong (?:tong )?(?:so )?|of the |among the |parmi les |sur les )"
    r"\d[\d.,]* (?:[\w-]+ )?(?:du an|projects|projets)(?!\w)"
)


def _part_of_a_group_named(work: Work, index: int) -> bool:
    """ "trong 35 dự án bị thu hồi, tỉnh đã giao lại 10 dự án cho nhà đầu tư khác", "Of the 35
    revoked projects, 10 were handed to other investors": a count of projects after "of the N
    projects" in its sentence is a part of those N, no total of the province's; not an investor
    country's share of them ("Of the 3,200 projects, South Korea has 1,000": its own total), nor
    the foreign ones of a split by origin ("Of the 368 projects, 40 are foreign-invested")."""
    amount, folded = work.amounts[index], work.cues.folded
    group = OF_THE_GROUP_RE.search(folded, 0, amount.start)
    if group is None or group.end() > amount.start:
        return False
    words = folded[amount.end : amount.end + KIND_WORDS_CHARS].split(",")[0]
    if FOREIGN_WORDS_RE.search(words):
        return False  # "Of the 368 projects in the province, 40 are foreign-invested": its FDI
    return not any(group.end() <= c.start < amount.end + KIND_WORDS_CHARS
                   for c in work.cues.partners)  # fmt: skip


def _after_an_aside(folded: str, end: int) -> int:
    """ "Another 45 projects, most of them in industry, processing and manufacturing, raised
    their investment by …": past an aside on what the counted are made of, the count's own verb
    follows (0 when no such aside follows the counted noun)."""
    if not folded.startswith(",", end) or not MADE_OF_RE.match(folded, end + 1):
        return 0
    breaks = [at for at in (folded.find(mark, end + 1) for mark in ";.") if at >= 0]
    closing = folded.rfind(",", end + 1, min([end + 1 + ASIDE_REACH, *breaks]))
    return closing + CUE_AFTER_ASIDE_CHARS if closing > end else 0


ASIDE_REACH = 80  # how long an aside after a counted noun may be


# "836 foreign investors spent US$541.1 million on capital contribution and share purchase deals":
# the investors counted are deals, and what the money went on, past the sum, names their kind
INVESTORS_SPENDING_RE = re.compile(
    r"(?<=investors) (?:\w+ ){0,3}?(?:spent|put|poured|invested|committed|registered)(?!\w)"
    r"(?:[^.;:]|\.(?=\d)){0,80}?(?<!\w)(?:on|by way of|through|via|in the form of|for) (?:the )?"
)


def _what_investors_spend_on(folded: str, end: int) -> int:
    """Where the words naming what the counted investors spent their money on end (0 when the
    counted are no investors spending)."""
    spending = INVESTORS_SPENDING_RE.match(folded, end)
    return spending.end() + CUE_AFTER_ASIDE_CHARS if spending else 0


CUE_AFTER_ASIDE_CHARS = 40  # how far after the aside the count's verb may stand


SHARE_RULE = "counted noun joined to a share of a part"
# "167 projects and US$235.4 million", "148 projects worth 159.1 million USD": a count, then the
# sum that goes with it
COUNT_THEN_SUM_RE = re.compile(r"[^\d.;:]{0,40}")


def _part_its_sum_is_a_share_of(
    work: Work, index: int, catalogue: Catalogue, name: str
) -> Metric | None:
    """ "with 167 projects and US$235.4 million, 39.2 percent of all new capital": a count joined
    to a sum whose share is of one part of the flow counts that part's projects
    (share-names-the-part)."""
    amount = work.amounts[index]
    after = [i for i in range(index + 1, len(work.amounts)) if work.amounts[i].is_money]
    if not after or not COUNT_THEN_SUM_RE.fullmatch(
        work.cues.folded, amount.end, work.amounts[after[0]].start
    ):
        return None
    parts = [c for c in work.cues.topics if c.label in catalogue.refines]
    cue = whole_of_its_share(work, after[0], parts)
    if cue is None:
        return None
    counted = [m for m in catalogue.metrics if m.noun == name and m.topic == cue.label]
    return next((m for m in counted if m.accepts(amount.value)), None)


# "201 active FDI projects", "4,200 valid projects", "67 dự án FDI còn hiệu lực", "230 projets
# d'IDE en activité": the count's own noun names those in force
IN_FORCE_NOUN_RE = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?(?:valid|active|operating|operational)\s+(?:[\w()-]+\s+){0,3}?"
    r"(?:projects|ventures)"
    r"|(?:du an|doanh nghiep)(?:\s+(?:fdi|co von (?:dau tu )?nuoc ngoai|dau tu nuoc ngoai))?"
    r"\s+(?:con hieu luc|dang (?:con )?hoat dong)"
    r"|projets(?:\s+(?:d.ide|etrangers))?\s+(?:valides|en (?:activite|vigueur)))(?!\w)"
)
# "số dự án đầu tư còn hiệu lực trên địa bàn là 750", "It is now home to 355 valid projects",
# "135 foreign investment projects are in force": a sentence that tells the projects in force
IN_FORCE_RE = re.compile(
    r"(?<!\w)(?:(?:du an|doanh nghiep)(?: [\w-]+){0,6}? con hieu luc"
    r"|(?:valid|active|operating|operational) (?:[\w()-]+ ){0,3}?(?:projects|ventures)"
    r"|(?:projects|ventures) (?:[\w-]+ ){0,3}?(?:are |were )?(?:still )?(?:valid|in force)"
    r"|projets(?: [\w'-]+){0,2}? (?:valides|en vigueur))(?!\w)"
)
CUE_RULE = "counted noun and breakdown cue"
EVERY_KIND_SPLIT = "projects of every kind (the foreign-invested ones are counted after it)"
EVERY_KIND_IN_DONG = "projects of every kind (their capital is in đồng, nothing foreign is named)"
EVERY_KIND_IN_BOTH = "projects of every kind (their capital is told in đồng and in dollars)"
SHARED_VERB_RULE = "counted noun and shared verb"  # its sum is the part's (merge.py)
DRAWN_RULE = "counted noun drawn in a period"  # its sum is the part's too (merge.py)
# "… and 47 projects were permitted to expand …": a coordinated count with a verb of its own
OWN_VERB_RE = re.compile(
    r"(?<!\w)(?:were|was|are|is|have|has|had|been|took|received|drew|got|attracted|added|raised"
    r"|duoc|da|ont|sont|a ete|ont ete)(?!\w)"
)
# "… vốn đăng ký 5.551 tỷ đồng và 18 dự án FDI", "(… 80,4 tỷ đồng) và 29 dự án FDI": a count
# joined by "and" to the objects before it
COORDINATED_RE = re.compile(
    r"[\s,)]*(?:[^\d;.]{0,50}?[\s,)])?(?:va|cung|cung voi|and|as well as|et|ainsi que)\s+"
    r"(?:(?:to|for|cho|a)\s+)?"  # "handed licences to two domestic projects … and to nine FDI"
)


def _shared_head(work: Work, index: int) -> int | None:
    """`_coordinated_head` of a count with no verb of its own (rule shared-verb), worked out once
    per count: both the cue window and the drawn-in-a-period test ask for it."""
    return work.cues.once(
        ("shared head", index),
        lambda: (
            None
            if _own_verb(work, index) or _in_force_noun(work, index)
            else _coordinated_head(work, index)
        ),
    )


def tells_projects_in_force(folded: str) -> bool:
    """The sentence tells how many projects are in force (rule in-force-frames-totals)."""
    return IN_FORCE_RE.search(folded) is not None


def _in_force_noun(work: Work, index: int) -> bool:
    """The count's own noun names the projects in force ("… and 67 active FDI projects"): a
    total, whatever verb of a period's flow stands before it."""
    return IN_FORCE_NOUN_RE.match(work.cues.folded, work.amounts[index].end) is not None


def _own_verb(work: Work, index: int) -> bool:
    """A verb of the count's own follows it before the next amount ("and 21 projects in
    information and communications took 278 million USD")."""
    folded, amount = work.cues.folded, work.amounts[index]
    end = work.amounts[index + 1].start if index + 1 < len(work.amounts) else len(folded)
    return OWN_VERB_RE.search(folded, amount.end, end) is not None


def _coordinated_head(work: Work, index: int) -> int | None:
    """Where the cues of the first count of the clause begin, when this count is coordinated
    with what came before it: one verb ("cấp mới", "điều chỉnh", "licensed") governs both
    (rule shared-verb)."""
    if index == 0:
        return None
    folded, amount = work.cues.folded, work.amounts[index]
    if not COORDINATED_RE.fullmatch(folded, work.amounts[index - 1].end, amount.start):
        return None
    clause = folded.rfind(";", 0, amount.start) + 1
    counts = [a for a in work.amounts[:index] if not a.is_money and a.unit is None
              and a.start >= clause]  # fmt: skip
    return max(clause, counts[0].start - CUE_BEFORE_CHARS) if counts else None


NOUN_TAIL_CHARS = 30  # "21 dự án FDI điều chỉnh vốn": the words that qualify the noun after it
TAIL_STOP_RE = re.compile(r"[,;.:()]| (?:va|and|et|voi|with) ")


def _noun_tail(work: Work, index: int, end: int) -> int:
    """Where the words right after a counted noun stop qualifying it: the next mark, "và"/"and",
    "với"/"with" or amount, within a few words ("… gồm 27 dự án FDI cấp mới và 21 dự án FDI điều
    chỉnh vốn": the 21's own cue follows its noun)."""
    folded = work.cues.folded
    limit = min(len(folded), end + NOUN_TAIL_CHARS)
    if index + 1 < len(work.amounts):
        limit = min(limit, work.amounts[index + 1].start)
    stop = TAIL_STOP_RE.search(folded, end, limit)
    return max(end, stop.start() if stop else limit)


def _total_so_far(work: Work, index: int) -> bool:
    """A count led by a word of a total ("hiện có tổng cộng", "in total", "so far", "a total
    of") in a sentence that names no span of months ("Up to December 2013 … a total of 279 FDI
    projects"): the projects ever licensed, not a period's new ones."""
    seg, amount = work.segs[index], work.amounts[index]
    folded = work.cues.folded
    opening = OPENING_SO_FAR_RE.match(folded)  # "So far, the province has licensed …", "Lũy
    # kế đến nay, 187 dự án FDI đã được cấp giấy chứng nhận"
    return (
        bool(TOTAL_SO_FAR_RE.search(folded, seg.before[0], amount.start) or opening)
        and not NEW_NOUN_AFTER_RE.match(folded, amount.end)
        and not any(p.kind in ("range", "ytd") for p in work.periods)
    )


# "A total of 27 new projects received licences": the count's own noun says they are new
NEW_NOUN_AFTER_RE = re.compile(
    r"\s*(?:new(?:ly[- ](?:licen[cs]ed|registered))?|fresh|nouveaux|du an (?:fdi )?moi)(?!\w)"
)
TOTAL_SO_FAR_RE = re.compile(
    r"(?<!\w)(?:hien co|tong cong|toan tinh co(?! them)|luy ke|so far|in total|altogether|to date"
    r"|up to now|(?:up )?until now|currently has|now has|a total of)(?!\w)"
)
# the same words opening the sentence as a clause of their own, the day they count to after them
# ("Tính lũy kế đến nay,", "Lũy kế tới thời điểm hiện tại,", "Up until now,")
OPENING_SO_FAR_RE = re.compile(
    rf"(?:tinh |cong )?(?:{TOTAL_SO_FAR_RE.pattern})"
    r"(?: (?:tu truoc )?(?:den|toi) (?:nay|thoi diem (?:nay|hien tai)))?,"
)


def _parts_of_new(work: Work, index: int, frame: Frame | None) -> bool:
    """The count is a part of new projects counted just before: in its sentence ("có thêm 267 dự
    án mới, gồm … 70 dự án FDI") or in the sentence before, which this one opens by splitting
    ("… tiếp nhận 64 dự án đầu tư mới. Trong số này có 35 dự án FDI")."""
    folded, start = work.cues.folded, work.amounts[index].start
    if PARTS_OF_NEW_RE.search(folded, 0, start):
        return True
    end = work.amounts[index].end
    return bool(
        frame is not None
        and (("flow" in frame.last_kept and frame.counted) or frame.in_a_period)
        and SPLIT_OPENER_RE.match(folded)
        and (not any(a.is_money for a in work.amounts[:index])
             or THESE_PROJECTS_RE.match(folded))  # "Sur ces 12 projets, 11 … X dongs, tandis
        and FOREIGN_WORDS_RE.search(folded, end, end + FOREIGN_NOUN_CHARS)  # que le dernier …"
    )  # fmt: skip


def _one_of_the_periods_new(
    work: Work, index: int, frame: Frame | None, catalogue: Catalogue
) -> bool:
    """The count is a part of the period's new projects: of new ones counted just before ("có
    thêm 267 dự án mới, gồm 197 dự án trong nước … và 70 dự án FDI", parts-of-new) or the foreign
    ones beside the domestic ones of a report on a span of months (split-with-the-domestic-ones)."""
    return _parts_of_new(work, index, frame) or (
        frame is not None and _beside_the_domestic_ones(work, index, frame, catalogue)
    )


def _beside_the_domestic_ones(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> bool:
    """ "trong nước có 73 dự án với tổng vốn đăng ký 5.522 tỷ đồng; nước ngoài có 39 dự án FDI
    với số vốn đăng ký trên 380 triệu USD", "Phần đầu tư nước ngoài gồm 5 DA FDI …; phần trong
    nước có 35 DA …" in a report on a span of months: the period's projects split into domestic
    and foreign ones, each part the period's too (split-with-the-domestic-ones)."""
    folded, new = work.cues.folded, first_flow(catalogue, "fdi_projects")
    return (
        frame.in_a_period
        and new is not None
        and DOMESTIC_WORDS_RE.search(folded) is not None
        and any(a.unit is None and not a.is_money for i, a in enumerate(work.amounts) if i != index
                and DOMESTIC_WORDS_RE.search(folded, max(0, a.start - 40), a.end + 40))
        and not work.cues.has(catalogue.words["stock_strong"], 0, len(folded))
        and not HOLDS_RE.search(folded)  # (not "The province had 489 foreign investment projects
        # … together with 697 domestic ones": what it holds; nor beside a kind the sentence names,
        # "điều chỉnh 7 dự án trong nước … và 29 dự án FDI": the adjusted ones)
        and not any(c.label in catalogue.refines and c.label != new.topic
                    for c in work.cues.topics)
    )  # fmt: skip


HOLDS_RE = re.compile(r"(?<!\w)(?:had|has|have|counts?|counted|home to|hosts?|compte)(?!\w)")


THESE_PROJECTS_RE = re.compile(rf"\W*(?:{THESE_PROJECTS})")
FOREIGN_NOUN_CHARS = 50  # "35 dự án đầu tư trực tiếp nước ngoài (FDI)": the count's own noun


def _had_licensed_by(work: Work, index: int, near: list) -> bool:
    """ "By the end of 2012, Khanh Hoa province had licensed 86 FDI projects": what had been
    licensed by a day is every licence to then, a total (had-licensed-by)."""
    own = period_of(work, index, "stock")
    folded = work.cues.folded
    if own is None or own.kind != "point" or NEW_AFTER_RE.match(folded, work.amounts[index].end):
        return False  # "As of August, the province had licensed 20 new FDI projects": new ones
    return any(
        HAD_BEFORE_RE.search(folded, max(0, c.start - 12), c.start)
        and folded.startswith("licen", c.start)
        for c in near
    )


NEW_AFTER_RE = re.compile(r"\s+(?:new|newly|fresh|moi)(?!\w)")
HAD_BEFORE_RE = re.compile(r"(?<!\w)(?:had|has|have)(?: been)?\s+$")
DOMESTIC_COUNT = "domestic projects (no catalogue metric counts them)"
ADDED_BEFORE_RE = re.compile(r"(?<!\w)(?:co them|them duoc|added|a further|another)\s*$")
PARTS_OF_NEW_RE = re.compile(
    r"(?<!\w)(?:co them|them|moi|new|newly[- ]licensed)\W+(?:[\w-]+\W+){0,3}?"
    r"(?:gom|bao gom|including|comprising|of which|trong do)(?!\w)"
    # "cấp mới 6 dự án với tổng vốn đăng ký 916 tỷ đồng (trong đó 4 dự án FDI …)"
    # "đã cấp mới cho 20 dự án với tổng vốn … 5.200 tỷ đồng; trong số đó có 8 dự án FDI"
    r"|(?<!\w)(?:cap moi|newly licensed)\W[^;()]{0,120}?(?:\(|;\s*|,\s*)"
    r"(?:trong (?:so )?do|including|of which)(?!\w)"
)


# the investors of the figures just stated: "Their investors come from", "The investors are from"
THEIR_INVESTORS_RE = re.compile(
    r"\s*(?:their|its|these|those|the) (?:foreign )?investors|\s*(?:cac )?nha dau tu (?:cua )?"
    r"(?:cac du an )?(?:nay|tren|do)(?!\w)"
)


def _after_totals(frame: Frame) -> bool:
    """The sentence before kept totals only."""
    return bool(frame.last_kept) and "flow" not in frame.last_kept


def _before_next(work: Work, index: int, catalogue: Catalogue, limit: int) -> int:
    """Where the count's words end: before the next amount and the "more than" that leads it
    ("70,000 businesses and more than 4,200 FDI projects": neither is said of the businesses)."""
    if index + 1 >= len(work.amounts):
        return limit
    nxt = work.amounts[index + 1]
    if nxt.start >= limit:
        return limit
    lead = max(work.amounts[index].end, nxt.start - QUALIFIER_LEAD_CHARS)
    for name in ("over", "under", "approx"):
        found = catalogue.words[f"qualifier_{name}"].search(work.cues.folded, lead, nxt.start)
        if found:
            return min(found.start(), nxt.start)
    return nxt.start


def _drawn_in_period(
    work: Work, index: int, catalogue: Catalogue, name: str, frame: Frame | None = None
):
    """The metric of the projects a period drew ("drew 59 FDI projects in the first 10 months",
    "thu hút 59 dự án"): the first flow metric of the noun, its new projects, when a flow verb
    leads the count."""
    seg, amount = work.segs[index], work.amounts[index]
    start = seg.before[0]
    part = _part_of_a_count(work, index)
    if part:
        start = 0  # a part of a count before it ("…, trong đó có 71 dự án FDI"): that one's verb
    head = _shared_head(work, index)
    if head is not None:
        start = min(start, head)  # "drew 15 domestic projects worth X and 15 FDI projects"
    if _money_put_into_it(work, index):
        start = min(start, work.segs[index - 1].before[0])  # "poured 1.56 billion USD into 339"
    flow = catalogue.words["flow"]
    parts_of_new = _one_of_the_periods_new(work, index, frame, catalogue)
    if (
        not parts_of_new
        and not work.cues.has(flow, start, amount.start)
        # "approved 76 projects, three of them foreign-invested": the whole's licences
        and not (part and work.cues.has(catalogue.words["licensing"], 0, amount.start))
        and not _came_in_period(work, index, flow, frame)
        and not _drawn_after(work, index, frame)
        and not (part and YEAR_SO_FAR_RE.search(work.cues.folded, 0, amount.start))
    ):
        return None
    if DOMESTIC_RE.search(work.cues.folded, amount.end, seg.after[1]):
        return None  # "48.456 dự án trong nước": domestic projects
    return _new_ones(catalogue, name, amount.value)


# "Lũy kế từ đầu năm đến nay, con số là 21 dự án đầu tư trực tiếp (3 dự án FDI)": what the year
# has brought so far, told with no verb; its parts are the year's new ones too
YEAR_SO_FAR_RE = re.compile(
    r"(?<!\w)(?:(?:luy ke|cong don|tinh) tu dau nam|since the (?:start|beginning) of the year"
    r"|depuis le debut de l.annee)(?!\w)"
)


def first_flow(catalogue: Catalogue, noun: str | None) -> Metric | None:
    """The first flow metric of a counted noun: its new ones (new projects)."""
    return next((m for m in catalogue.metrics if m.noun == noun and m.kind == "flow"), None)


def _new_ones(catalogue: Catalogue, name: str, value: float) -> Metric | None:
    """The noun's new-ones metric, when it accepts the count's value."""
    first = first_flow(catalogue, name)
    return first if first is not None and first.accepts(value) else None


RANKED_NEW_RULE = "an investor country's count after the period's new ones"


def _a_countrys_share_of_the_new(
    work: Work, index: int, catalogue: Catalogue, name: str, frame: Frame
) -> Metric | None:
    """ "… handed certificates to 87 new FDI projects. Chinese investors were out in front with
    49 projects": an investor country's count in the period, after a sentence whose last count
    was of the period's new projects, is its share of them; after other counts too where words
    rank the countries ("By investor, Singapore led with 54 projects"), unless a share of all
    the foreign money follows ("… và 64 dự án điều chỉnh tăng vốn. Xếp đầu … Singapore – 15 dự
    án …, 33% số vốn FDI tỉnh nhận được" ranks the whole flow; "… permitted 1,602 existing FDI
    projects to raise their capital. Of these, …, including 1,205 projects from the Republic of
    Korea" parts the added ones)."""
    amount = work.amounts[index]
    new_ones = _new_ones(catalogue, name, amount.value)
    if new_ones is None or not frame.in_a_period:
        return None
    if frame.counted != new_ones.id and not _ranks_the_new(work.cues.folded, amount.start):
        return None
    if not _partner_next_to(work, amount.start, amount.end) and not partner_leads(
        work, amount.start
    ):
        return None
    return new_ones


# "Singapore led with 54 projects", "ranked first with 27 projects", "was the biggest source,
# with 139 projects", "Leading the ranking were …, whose 10 projects": the investor countries
# ranked by what they brought in the period
RANKING_WORDS_RE = re.compile(
    r"(?<!\w)(?:led|leads|leading|topped|tops|ranked|ranks|came (?:first|second|third|next)"
    r"|(?:biggest|largest|top) (?:source|investor)s?|ahead of|followed by|dan dau|dung dau"
    r"|xep (?:thu|dau)|dung thu|en tete|viennent ensuite|suivi(?:e|s)? (?:de|par))(?!\w)"
)


# "… – 18 dự án với tổng cộng 400 triệu USD, khoảng 31% số vốn FDI tỉnh nhận được", "27% of all
# FDI": a share of the whole foreign flow, which the ranking then splits
SHARE_OF_ALL_FDI_RE = re.compile(
    r"(?:%|percent|per cent)\s+(?:of\s+)?(?:the\s+|all\s+)?(?:(?:so|tong(?: so)?) von\s+|total\s+)?"
    r"(?:fdi|foreign (?:direct )?investment|l.ide|(?:dau tu )?nuoc ngoai)(?!\w)"
)


def _ranks_the_new(folded: str, start: int) -> bool:
    """Ranking words stand before the count in its sentence, and no share of all the foreign
    money follows it (ranked-in-a-period)."""
    return bool(RANKING_WORDS_RE.search(folded, 0, start)) and not SHARE_OF_ALL_FDI_RE.search(
        folded, start
    )


REGISTERED_RULE = "projects registering capital in a period (its new ones)"
# the rules that read a count as the period's new projects from its verb or its capital: the
# sum joined to such a count is theirs too (merge.py)
PERIOD_COUNT_RULES = (DRAWN_RULE, SHARED_VERB_RULE, REGISTERED_RULE)
# "Có 22 dự án đầu tư nước ngoài, vốn đăng ký 199,5 triệu USD", "Số vốn đăng ký 405,1 triệu USD
# đến từ 32 dự án đầu tư nước ngoài": the capital the period's projects registered, beside them
REGISTERED_NEAR_RE = re.compile(
    r"(?<!\w)(?:von (?:dau tu )?dang ky|registered (?:capital|investment)|capital enregistre)"
)
REGISTERED_CHARS = 60


def _registered_in_period(work: Work, index: int, catalogue: Catalogue, name: str) -> Metric | None:
    """The new-projects metric of a count of foreign projects told in a period with the capital
    they registered right beside it, and no stock word in the sentence."""
    amount, folded = work.amounts[index], work.cues.folded
    if not FOREIGN_WORDS_RE.search(folded, amount.end, amount.end + 40):
        return None
    near = (max(0, amount.start - REGISTERED_CHARS), amount.end + REGISTERED_CHARS)
    if not REGISTERED_NEAR_RE.search(folded, *near) or not any(
        a.is_money for a in work.amounts if near[0] <= a.start < near[1]
    ):
        return None
    if work.cues.has(catalogue.words["stock"], 0, len(folded)) or any(
        c.label in catalogue.refines and near[0] <= c.start < near[1] for c in work.cues.topics
    ):  # (not "6 dự án FDI được điều chỉnh, bổ sung thêm X": the projects that added capital)
        return None
    return _new_ones(catalogue, name, amount.value)


# "… 1,792 projects worth $32.5 billion, and 1,323 of them, worth $27.46 billion, are still
# valid", "Trong số đó, số dự án còn hiệu lực là 1.378 dự án": the valid ones are the total
VALID_RE = re.compile(
    r"(?<!\w)(?:con hieu luc|still valid|(?:remain|are|is) valid|valid (?:fdi )?projects"
    r"|in effect|(?:toujours |encore )?en vigueur|projets (?:d.ide )?(?:toujours |encore )?valides"
    r"|ongoing projects)(?!\w)"  # "1.394 restent en vigueur", "1,260 ongoing projects"
)
# "poured 1.56 billion USD into 339 projects", "rót 1,56 tỷ USD vào 339 dự án": the sum's verb
INTO_RE = re.compile(r"\s+(?:into|in|to|vao|cho|dans)\s+")  # "committed X to 172 projects"


def _money_put_into_it(work: Work, index: int) -> bool:
    """The count follows a sum put "into" it: the verb before that sum leads the count too."""
    if index == 0 or not work.amounts[index - 1].is_money:
        return False
    return bool(
        INTO_RE.fullmatch(work.cues.folded, work.amounts[index - 1].end, work.amounts[index].start)
    )


def _came_in_period(work: Work, index: int, flow, frame: Frame | None = None) -> bool:
    """ "Thirteen FDI projects with capital of $187 million came to the province in the first
    ten months": the flow verb after the count that opens the sentence, in a sentence that
    names the period's months; or that opens a clause after "and" ("…, and 483 FDI projects, worth
    X, received investment licences") in a report of a span of months."""
    amount, folded = work.amounts[index], work.cues.folded
    opener = [m.end() for m in CLAUSE_OPENER_RE.finditer(folded, 0, amount.start)]
    dateline = DATELINE_RE.match(work.cues.text)  # "TÂY NINH — Three projects … were licensed"
    start = (
        opener[-1] if opener else (dateline.end() if dateline else _after_a_leading_period(work))
    )
    if not SUBJECT_COUNT_RE.fullmatch(folded, start, amount.start):
        return False
    end = folded.find(";", amount.end) % (len(folded) + 1)  # the clause: to a semicolon or the end
    after = [m for m in flow.finditer(folded, amount.end, end)
             if not CAPITAL_AFTER_RE.match(folded, m.end())]  # fmt: skip
    framed = bool(start) and frame is not None and frame.flow_period is not None
    return bool(after) and (_names_a_span(work) or framed)


def _after_a_leading_period(work: Work) -> int:
    """Where the sentence goes on after the period phrase that opens it ("In 2020, 58 projects
    came to …", "From 2006 to 2010, 58 foreign-invested projects came to …"), or 0."""
    for p in work.periods:
        if p.span[0] <= LEADING_PERIOD_CHARS and work.cues.folded.startswith(", ", p.span[1]):
            return p.span[1]
    return 0


LEADING_PERIOD_CHARS = 3  # "In " before the period phrase


def _names_a_span(work: Work) -> bool:
    """The sentence names a span of months that is not still to come ("in the first ten
    months", "from the start of the year")."""
    return any(p.kind in ("range", "ytd") and not p.future for p in work.periods)


CLAUSE_OPENER_RE = re.compile(r"(?:,|;)\s*(?:and|while|va|con|et)\s")  # "…, and 483 projects …"
# "nửa đầu năm có 9 dự án đầu tư trực tiếp nước ngoài được tỉnh thu hút": a passive verb of
# drawing after the count's noun (not "15 dự án vừa được cấp phép": just licensed, an event)
PASSIVE_DRAWN_RE = re.compile(
    r"\s+(?:[\w()-]+\s+){0,10}?(?<!vua )duoc\s+(?:\w+\s+){0,3}?(?:thu hut|cap phep|cap moi)(?!\w)"
    # "seven foreign-invested projects worth nearly 350 million USD were registered", "32 projets
    # d'IDE cumulant 355,8 millions de dollars ont obtenu leur certificat d'investissement"
    r"|\s+(?:[\w()$.,'-]+\s+){0,10}?(?:(?:were|have been) (?:newly )?(?:registered|licen[cs]ed"
    r"|approved|drawn|attracted|lured)"
    r"|ont (?:obtenu|recu) (?:leurs?|des) (?:certificats?|licences?)"
    r"|ont ete (?:autorises|agrees|accordes))(?!\w)"
)


# "27 dự án FDI vào Bình Phước trong 9 tháng", "rót vào tỉnh": projects that came into the place
INTO_THE_PLACE_RE = re.compile(r"\s+(?:[\w()-]+\s+){0,4}?(?:do |rot )?vao\s+")


def _drawn_after(work: Work, index: int, frame: Frame | None) -> bool:
    """The count is drawn by a passive verb after its noun ("9 dự án FDI được tỉnh thu hút"), or
    came into the province ("27 dự án FDI vào Bình Phước"), in a sentence that names a span of
    months, or in a report of one (rule passive-drawn)."""
    folded, end = work.cues.folded, work.amounts[index].end
    into = INTO_THE_PLACE_RE.match(folded, end)
    if not PASSIVE_DRAWN_RE.match(folded, end) and not (
        into and any(c.start == into.end() and c.label == "province" for c in work.cues.places)
    ):
        return False
    return _names_a_span(work) or (frame is not None and frame.flow_period is not None)


# "116 dự án (nhiều hơn 57 dự án)", "79 dự án (tăng 12 dự án)", "(up 12 projects)": a difference
DELTA_IN_PARENS_RE = re.compile(
    r"\(\s*(?:tang|giam|nhieu hon|it hon|hon|up|down|more|fewer|an increase of|a rise of)"
    r"(?: (?:them|by|so voi cung ky))?\s*$"
)
# "(9 projects more than a year earlier)": the count's gap to a year before, in brackets
MORE_THAN_BEFORE_IN_PARENS_RE = re.compile(
    r"(?<=\d)\s+(?:[\w-]+\s+){0,2}?(?:more|fewer|less) than (?:a year (?:earlier|ago|before)"
    r"|(?:in )?the same period|last year)[^()]{0,20}\)"
)
SUBJECT_COUNT_RE = re.compile(r"\W*(?:(?:some|about|over|nearly|more than|another|a total of)\s)?")
CAPITAL_AFTER_RE = re.compile(  # "registered capital": no verb; "received investment licences" is
    r" (?:capital|funds|investment(?! licen[cs]es| certificates))"  # one
)
# the province's registered businesses are its domestic ones: no part of the enterprises total
DOMESTIC_FIRMS_RE = re.compile(
    r"doanh nghiep (?:co von )?(?:dau tu )?trong nuoc|domestic (?:enterprises|businesses|firms"
    r"|companies)"
)
DOMESTIC_RE = re.compile(
    r"(?<!\w)(?:trong nuoc|domestic(?:ally)?|ddi|idd|nationaux|vietnamiens|domestiques?"
    r"|local(?:ly)?-invested|investissements? nationa(?:l|ux))(?!\w)"
)
# "61 dự án đầu tư ngoài ngân sách", "52 projets d'investissement hors budget": projects funded
# outside the state budget, foreign and domestic alike
OUTSIDE_THE_BUDGET_RE = re.compile(r"\s*(?:(?:dau tu|von) )*(?:ngoai ngan sach|hors budget)(?!\w)")
OUTSIDE_THE_BUDGET = "projects of every kind (funded outside the state budget)"
DOMESTIC_AFTER_RE = re.compile(
    r"\s*(?:(?:dau tu|von dau tu|von) )?"  # "1.092 dự án vốn trong nước"
    # "54 dự án của nhà đầu tư trong nước", "54 projects by domestic investors"
    r"(?:(?:(?:cua|thuoc) (?:cac )?(?:nha dau tu|doanh nghiep|chu dau tu)|of|from|by"
    r"|d.investisseurs|d.entreprises) )?"
    r"(?:trong nuoc|ddi|vietnamien(?:ne)?s|nationa(?:l|ux|les)|domestiques?|domestic)(?!\w)"
)


# "1,700 projects in Dong Nai, including over 1,200 foreign-invested projects", "180 investment
# projects (109 domestic and 71 foreign)", "180 dự án, trong đó có 109 dự án trong nước và 71
# dự án FDI": the breakdown's first part names where its investors come from
PART_OPENER = (
    rf"(?:\(|(?:{PARTS_OPENER}(?: co)?|including|within (?:that|this|which)|gom"
    r"|made up of|comprising|consisting of)\W+)"
)
FOREIGN_PART_RE = re.compile(
    rf"[\s;]*(?:[\w,]+\W+){{0,20}}?(?:(?:(?:{PART_OPENER}|trong so nay co\s|:\s*)(?:\w+\W+){{0,2}}?"
    rf"(?:\d[\d.,]*|{NUMBER_WORD_RE})\s"
    # "Of the 368 projects in the province, 40 are foreign-invested"
    rf"|(?<=, |: )(?:\d[\d.,]*|{NUMBER_WORD_RE}) (?=are |were ))"
    r"(?:(?:du an|projects?|projets) )?(?:dau tu )?(?:(?:are|were|la|sont|a capitaux) )?"
    r"(?:relevent de )?"  # "parmi lesquels 18 relèvent de l'investissement direct étranger"
    r"|(?:\d[\d.,]*|[a-z]+) of (?:them|which) (?:(?:are|were|being|involved?|involving) )?)"
    # "eight of them FDI …", "25 of them involved foreign direct investment"
    r"(?:fdi|foreign|domestic|trong nuoc|ddi|(?:co von dau tu )?nuoc ngoai|d'ide|l'ide"
    r"|[dl]'investissements? (?:directs? )?etrangers?|etrangers?)(?!\w)"
)
# "granted licences to 15 investment projects - two FDI projects among them -": the part, then
# the words that make it one
# ("21 dự án đầu tư trực tiếp – 3 trong số đó là dự án FDI –", "1,100 of those projects, 544
# foreign and 581 domestic, …": the same, said in Vietnamese, or both parts named)
FOREIGN_AMONG_THEM_RE = re.compile(
    rf"\s*(?:[\w,]+\W+){{0,6}}?[-–—(,]\s*(?:\d[\d.,]*|{NUMBER_WORD_RE})\s"
    r"(?:(?:fdi|foreign(?:-invested)?|domestic)\s(?:projects?|ones)\s(?:among|of)\s(?:them|these)"
    r"|trong so (?:do|nay|ay) (?:la )?(?:du an )?(?:fdi|ddi|(?:dau tu )?(?:truc tiep )?nuoc ngoai"
    r"|trong nuoc)"
    rf"|(?:fdi|foreign|domestic|local) and (?:\d[\d.,]*|{NUMBER_WORD_RE}) (?:fdi|foreign|domestic"
    r"|local)"
    # "lured 46 investment projects - 10 foreign direct investment (FDI) projects and 36 domestic
    # ones -": both parts, each with its noun
    r"|(?:fdi|foreign(?:-invested)?|foreign direct investment(?: \(fdi\))?) projects and "
    rf"(?:\d[\d.,]*|{NUMBER_WORD_RE}) (?:domestic|local|ddi)\s(?:projects|ones))(?!\w)"
)
# "1.370 dự án đầu tư: nhà đầu tư trong nước nắm trên 1.300 dự án …": a colon that opens the
# parts by their investors' origin
ORIGIN_AFTER_COLON_RE = re.compile(
    r"[^:.;\d]{0,25}:\s*(?:cac )?(?:nha dau tu|doanh nghiep|investors?) "
    r"(?:trong nuoc|nuoc ngoai|fdi|domestic|foreign|local)(?!\w)"
)
# "hút được 47 dự án (riêng FDI chỉ có 1 dự án)", "(foreign-invested ones only 3)": the origin
# named first in brackets right after the count
FOREIGN_NAMED_FIRST_RE = re.compile(
    r"\s*\(\s*(?:rieng |trong do |of which |including )?(?:fdi|(?:du an )?(?:co von )?(?:dau tu )?"
    r"nuoc ngoai|foreign(?:-invested)?(?: ones| projects)?)\s(?:chi |only )?(?:co |la |gom |had "
    rf"|were |numbered )?(?:\d[\d.,]*|{NUMBER_WORD_RE})(?!\w)"
)
PART_OPENER_RE = re.compile(PART_OPENER)
# "40 projets : 25 projets d'investissement étranger …", "40 dự án: 25 dự án FDI …": a colon
# right after a count and its noun opens that count's breakdown
COUNT_COLON_RE = re.compile(
    r"(?<![\w.,])\d[\d.,]*\s+(?:[^\W\d]+[\s'-]+){0,3}?[^\W\d]+\s?(?P<colon>:)\s"
)


def _new_and_added_after(folded: str, end: int) -> bool:
    """New and added projects are named together right after the count's noun ("cho 247 dự án
    cấp mới và điều chỉnh vốn"), not a list of parts whose added ones have a count of their own
    ("73 dự án FDI mới và việc điều chỉnh tăng vốn cho 24 dự án": the new ones)."""
    pair = NEW_OR_ADDED_RE.match(folded, end)
    return pair is not None and not ADDED_COUNT_AFTER_RE.match(folded, pair.end())


# "… điều chỉnh tăng vốn cho 24 dự án": the added part's own count
ADDED_COUNT_AFTER_RE = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+(?:cho|for|of)\s+\d")


def _new_and_added(work: Work, count: Amount) -> bool:
    """New and added projects are named together right before the count."""
    folded = work.cues.folded
    return NEW_OR_ADDED_BEFORE_RE.search(folded, max(0, count.start - 60), count.start) is not None


def _own_kind(work: Work, index: int, end: int, kinds: set[str]) -> bool:
    """The words right after a counted noun name one of its `kinds` ("38 dự án mới", "46 dự án
    cấp mới", "42 dự án điều chỉnh tăng vốn")."""
    tail = _noun_tail(work, index, end)
    start = work.amounts[index].end
    return any(c.label in kinds and start <= c.start and c.end <= tail for c in work.cues.topics)


def _inside_a_period_phrase(work: Work, index: int) -> bool:
    """The number belongs to a period phrase ("in the past ten months"), no count."""
    amount = work.amounts[index]
    return any(p.span[0] <= amount.start and amount.end <= p.span[1] for p in work.periods)


def _part_of_a_count(work: Work, index: int) -> bool:
    """A count after a breakdown opener that follows another count ("180 projects (109 domestic
    and 71 foreign)"), not a sum ("35 million USD, gồm 9 dự án": the sum's projects)."""
    heads = [a for a in work.amounts[:index] if not a.is_money]
    if not heads:
        return False
    if OF_THEM_AFTER_RE.match(work.cues.folded, work.amounts[index].end):
        return True  # "20 new projects, eight of them FDI projects"
    folded, start = work.cues.folded, work.amounts[index].start
    openers = [m.start() for m in PART_OPENER_RE.finditer(folded, heads[0].end, start)]
    openers += [m.end() for m in COUNT_COLON_RE.finditer(folded, heads[0].start, start)
                if any(h.start <= m.start() < h.end for h in heads)
                and FOREIGN_PART_RE.match(folded, m.start("colon"))]  # fmt: skip
    # (the colon's parts named by origin, not "57 projets : 21 nouveaux projets et 36 …")
    openers += [heads[-1].end for m in [_foreign_part(folded, heads[-1].end)]
                if m and heads[-1].end < start < m.end()]  # fmt: skip
    # ("62 projects …: 17 were FDI projects": the breakdown by origin the whole's count opens)
    return any(not any(a.is_money and a.start > at for a in work.amounts[:index]) for at in openers)


def _foreign_part_follows(folded: str, start: int, end: int) -> bool:
    """A count of projects not named foreign, broken down next into the foreign-invested and
    the domestic ones."""
    return not FOREIGN_WORDS_RE.search(folded, start, end) and bool(_foreign_part(folded, end))


def _foreign_part(folded: str, at: int) -> re.Match | None:
    """The breakdown by origin that opens at `at`, right after a count's phrase: "(109 domestic
    and 71 foreign)", "- two FDI projects among them -"."""
    return (
        FOREIGN_PART_RE.match(folded, at)
        or FOREIGN_AMONG_THEM_RE.match(folded, at)
        or FOREIGN_NAMED_FIRST_RE.match(folded, at)
        or ORIGIN_AFTER_COLON_RE.match(folded, at)
    )


def _domestic_sentence(folded: str) -> bool:
    """ "cấp mới cho 29 dự án trong nước …; ngoài ra có 7 dự án điều chỉnh tăng vốn": a sentence
    that counts domestic projects and names nothing foreign counts only domestic ones."""
    return bool(DOMESTIC_WORDS_RE.search(folded)) and not FOREIGN_WORDS_RE.search(folded)


def _domestic_clause(folded: str, at: int, end: int) -> bool:
    """ "Phần FDI gồm 5 dự án …; phần trong nước có 35 dự án …": past a semicolon, a clause that
    names domestic investment before its count, and nothing foreign up to the count's noun
    (`end`), counts domestic projects; so does a clause past a comma or colon whose subject is
    domestic investment, with no other number between them (`_domestic_subject`)."""
    start = folded.rfind(";", 0, at) + 1
    return (
        bool(start)
        and bool(DOMESTIC_WORDS_RE.search(folded, start, at))
        and not FOREIGN_WORDS_RE.search(folded, start, end)
    ) or _domestic_subject(folded, at, end)


# where a sentence's clause opens or closes: a semicolon, a colon, or a comma before a word (not
# cues.CLAUSE_BREAK_RE, which also cuts at "gồm", "and", "(": where one amount's words end)
SUBJECT_CLAUSE_BREAK_RE = re.compile(r"[;:]|,(?=\s)")


def _domestic_subject(folded: str, at: int, end: int) -> bool:
    """ "Trong đó, các nhà đầu tư trong nước có 156 dự án …", "…, while local investors account
    for 341 projects": the clause's subject is domestic investment, no other number stands
    between it and the count, and nothing foreign is named in the whole clause (not "gồm 41 dự
    án trong nước và 46 dự án nước ngoài")."""
    breaks = [m.end() for m in SUBJECT_CLAUSE_BREAK_RE.finditer(folded, 0, at)]
    if not breaks:
        return False
    words = list(DOMESTIC_WORDS.finditer(folded, breaks[-1], at))
    if not words or any(c.isdigit() for c in folded[words[-1].end() : at]):
        return False
    closing = SUBJECT_CLAUSE_BREAK_RE.search(folded, end)
    return not FOREIGN_WORDS_RE.search(
        folded, breaks[-1], closing.start() if closing else len(folded)
    )


def _domestic(folded: str, start: int, end: int) -> bool:
    """ "1,092 domestic projects", "1.092 dự án đầu tư trong nước": not the FDI projects."""
    return bool(DOMESTIC_RE.search(folded, start, end) or DOMESTIC_AFTER_RE.match(folded, end))


def _noun_at(pattern: re.Pattern, folded: str, start: int, limit: int) -> re.Match | None:
    """The counted noun right after `start` (a few characters of gap at most), ending before
    `limit`; what it looks ahead to may lie past it ("836 foreign investors spent US$541.1
    million on capital contributions": the sum between)."""
    match = pattern.search(folded, start, start + NOUN_LOOKAHEAD_CHARS)
    if match and match.end() > limit:  # a longer noun past the next amount: the one before it
        match = pattern.search(folded, start, min(limit, start + NOUN_LOOKAHEAD_CHARS))
    return match if match and match.start() - start <= NOUN_GAP_CHARS else None


def _noun_start(work: Work, end: int) -> int:
    """Where the counted noun may begin: after "of those" ("8 of those projects") and after an
    investor country's adjective ("eight Italian projects")."""
    folded = work.cues.folded
    partitive = PARTITIVE_RE.match(folded, end)
    end = partitive.end() if partitive else end
    copula = COPULA_RE.match(folded, end - 1 if partitive else end)  # "Ten were newly registered
    end = copula.end() if copula else end  # FDI projects", "six of them are FDI projects"
    country = next((c for c in work.cues.partners if 0 <= c.start - end <= 1), None)
    return country.end if country else end


def _shared_noun(work: Work, index: int, pattern: re.Pattern) -> re.Match | None:
    """ "25 newly registered and 14 expanded projects": the first count shares the noun of the
    next one when only a few words and "and" stand between them."""
    nxt = index + 1
    if nxt >= len(work.amounts) or work.amounts[nxt].unit is not None:
        return None
    folded = work.cues.folded
    between = folded[work.amounts[index].end : work.amounts[nxt].start]
    if not ELLIPSIS_RE.fullmatch(between):
        return None
    shared = _noun_at(pattern, folded, work.amounts[nxt].end, work.amounts[nxt].end + 40)
    # "903 foreign-backed and 3,014 domestic ones": the next count's kind is its own
    return None if shared and DOMESTIC_RE.match(folded, shared.start()) else shared


FROM_WORDS = r"(?:from|originaires de|venus de|provenant de|den tu)"  # where projects come from
FROM_COUNTRIES_RE = re.compile(
    rf",?\s+{FROM_WORDS}\s+(?:more than |over |nearly |plus de |pres de |hon |gan )?\d[\d,.]*\s+"
    r"(?:countries|nations|pays|quoc gia)"
)


# "2,818 investment projects from 59 countries": the countries projects come from invest here
PROJECTS_FROM_RE = re.compile(
    rf"(?:projects|du an|projets),?\s+(?:{FROM_WORDS}|tu)\s+(?:more than |over |nearly |hon |gan "
    r"|plus de )?$"
)


def _foreign_firms(work: Work, start: int, end: int) -> bool:
    """Firms counted as an investor country's ("các nhà đầu tư Trung Quốc có 3.800 doanh
    nghiệp") or as coming from many countries ("3,400 companies from 64 countries") are FDI."""
    return _investors_of(work, start) or bool(FROM_COUNTRIES_RE.match(work.cues.folded, end))


INVESTORS_OF_RE = re.compile(r"(?:nha dau tu|investors?|firms|companies|doanh nghiep)\s*$")
INVESTORS_AFTER_RE = re.compile(r"\s*(?:investors?|firms|companies)")
INVESTORS_CHARS = 30


def _investors_of(work: Work, start: int) -> bool:
    """An investor country's investors stand just before the count ("các nhà đầu tư Trung Quốc
    có 3.800 doanh nghiệp", "Korean investors have 1,200 firms")."""
    folded = work.cues.folded
    for cue in work.cues.partners:
        near = 0 <= start - cue.end <= INVESTORS_CHARS
        if not near or any(c in folded[cue.end : start] for c in ",;."):
            continue
        if INVESTORS_OF_RE.search(folded, max(0, cue.start - 16), cue.start) or (
            INVESTORS_AFTER_RE.match(folded, cue.end)
        ):
            return True
    return False


# "trades with 200 nations", "xuất khẩu sang 150 quốc gia": markets, not investors
TRADE_WITH_RE = re.compile(
    r"(?:trad(?:es|ed|ing) with|export(?:s|ed|ing)? to|markets? in|xuat khau (?:sang|den|toi)"
    r"|thi truong)\s+(?:more than |over |nearly |hon |gan )?$"
)
GROUP_FROM_RE = re.compile(r"\s(?:from|(?:den )?tu)\s")


def _group_from(work: Work, start: int) -> bool:
    """ "European investors from 24 countries": an investor group's own countries."""
    return any(GROUP_FROM_RE.fullmatch(work.cues.folded, c.end, start) for c in work.cues.partners)


def _partner_next_to(work: Work, start: int, end: int) -> bool:
    """ "140 doanh nghiệp Nhật Bản", "2,000 Korean firms", "630 enterprises from the ROK": a
    country qualifies the noun."""
    folded = work.cues.folded
    return any(
        # (not past a comma: "Among 18 investing countries, South Korea leads")
        (0 <= c.start - end <= NOUN_GAP_CHARS and "," not in folded[end : c.start])
        or 0 <= start - c.end <= PARTNER_BEFORE_CHARS
        or (c.start >= end and FROM_PARTNER_RE.fullmatch(folded, end, c.start) is not None)
        for c in work.cues.partners
    )  # fmt: skip


FROM_PARTNER_RE = re.compile(r"\s*(?:from|of|cua|den tu)\s+(?:the\s+)?")


def folded_phrase(work: Work, start: int, end: int) -> str:
    """The folded words of the sentence between two offsets."""
    return work.cues.folded[start:end]


def _topic_in_reach(work: Work, topic: str, frame: Frame, catalogue: Catalogue) -> bool:
    labels = {catalogue.family(c.label) for c in work.cues.topics}
    if work.cues.partners and catalogue.partner_topic == topic:
        return True  # "Korean firms ... 734 projects": an investor country's projects
    carried = {catalogue.family(t) for t in (frame.topic, frame.title_topic) if t}
    return topic in labels or topic in carried  # "licensed 92 new projects … totals 946 projets"


SHARE_OF_RE = re.compile(rf"{SHARE_OF}$")


def _span_of_its_sum(work: Work, index: int) -> PeriodMention | None:
    """The span of months the sum joined to a count is told for (not "so far this year")."""
    span = period_of_its_sum(work, index, "stock")
    return span if span is not None and span.kind == "range" else None


def _count_is_stock(work: Work, index: int, frame: Frame, catalogue: Catalogue, name: str) -> bool:
    """A count of projects, countries or parks is a total unless its clause or sentence speaks
    of a period's flow ("drew 59 new projects in the first 10 months")."""
    amount, seg = work.amounts[index], work.segs[index]
    # (or its sum's: "drew 15 FDI projects with total capital of X in the first half")
    own = period_of(work, index, "stock") or _span_of_its_sum(work, index)
    folded = work.cues.folded
    if _in_force_noun(work, index):
        return True  # "The province counted 201 active FDI projects in 2024": those in force
    if own is not None and own.whole_history:
        return True  # "From 1996 to 2021, it attracted nearly 70 FDI projects": all it ever drew
    if own is not None and own.kind in ("point", "now"):  # "Tính đến đầu tháng 10, tỉnh có thêm
        return not (  # 5 dự án": added; "tính đến hết tháng 5, … cấp mới cho 20 dự án …; trong
            ADDED_BEFORE_RE.search(folded, seg.before[0], amount.start)  # số đó có 8 dự án FDI"
            or PARTS_OF_NEW_RE.search(folded, 0, amount.start)  # : parts of the new ones
        )
    if own is None and _one_of_the_periods_new(work, index, frame, catalogue):
        return False
    after_next = work.amounts[index + 1].end if index + 1 < len(work.amounts) else len(folded)
    later = [(m.start(), m.end()) for m in catalogue.words["stock_strong"].finditer(folded)
             if m.start() >= after_next]  # fmt: skip
    # a count in the clause of a span of months ("Nửa đầu năm 2017, … thu hút 30 dự án với tổng
    # vốn …") is that span's unless a strong stock word says otherwise ("lũy kế", "so far")
    drawn_in_the_frame = (  # "Cũng trong 9 tháng … Tỉnh còn thu hút được 30 dự án … với tổng
        own is None  # số vốn …": the frame's span of months, a flow verb before the count
        and frame.in_a_period
        and amount.value < THOUSANDS  # a period rarely brings thousands of projects
        and work.cues.has(catalogue.words["flow"], seg.before[0], amount.start)
    )
    came = _came_in_period(work, index, catalogue.words["flow"], frame)
    by_partner = own is None and frame.in_a_period and splits_by_partner(frame, work.cues)
    cues = (  # "Xét theo đối tác, Hàn Quốc đứng đầu với 23 dự án và tổng vốn …" after the year
        "stock_strong"  # so far: the period's split by country, "tổng vốn" no total (by-partner)
        if (own is not None and own.kind in ("range", "ytd", "same"))
        or drawn_in_the_frame
        or came
        or by_partner
        else "stock"
    )
    if any(not SHARE_OF_RE.search(folded, 0, m.start())
           and not any(s <= m.start() < e for s, e in later)
           for m in catalogue.words[cues].finditer(folded)):  # fmt: skip
        return True  # not the total a share is of ("Singapore …, chiếm 33% tổng vốn"), nor the
        # total a flow is added to after the count ("drew 35 projects, raising the total to …")
    if came or any(p.kind in ("range", "ytd", "same") for p in work.periods):
        return False
    if name == "countries" and THEIR_INVESTORS_RE.match(folded) and _after_totals(frame):
        return True  # "… home to 1,940 projects. Their investors come from 45 countries …"
    if frame.flow_period is not None and licensing_verb_before(work, catalogue, amount):
        return False  # "… has so far licensed 2,058 domestic projects. On the foreign side, the
        # province issued certificates to 11 FDI projects": the report's period's licences
    return not frame.in_a_period
