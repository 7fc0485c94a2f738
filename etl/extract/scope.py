"""Whose figure an amount is, and the "A and B ... X and Y, respectively" pairing (pure)."""

from __future__ import annotations

import re

from etl.extract.amounts import BRACKETED_RE, Amount, closed_aside
from etl.extract.catalogue import Catalogue
from etl.extract.cues import Cue, read_cues
from etl.extract.frame import Frame
from etl.extract.metric import CURRENCY_PAIR_RULE, DOMESTIC, RESPECTIVELY_RULE, Forced
from etl.extract.places import NATIONAL, OTHER, PROVINCE, Places
from etl.extract.status import Work

RUN_GAP_RE = re.compile(r"\s*,?\s*(?:and|va|et|,)\s*(?:\S+\s*){0,2}")  # "X and over Y"
# "It is ...", "Today it ranks ...", "Its exports ...": the sentence's subject is a pronoun.
PRONOUN_SUBJECT_RE = re.compile(  # "As of August, it had", "This brought the hub to …"
    r"(?:\w+,? ){0,3}?(?:it|its)\s|(?:this|that) (?:brought|took|lifted|raised|pushed|put)\s"
)
RANK_HEAD_CHARS = 70  # "the second biggest magnet for foreign direct investment (FDI) in Vietnam"
# "Of that sum, $126.7 million came from ...", "Trong đó, ...": the parts of the sentence
# before's sum, whose place they keep (across a paragraph break too)
PARTS_OF_THE_SUM_BEFORE_RE = re.compile(
    r"\s*(?:(?:of|in|trong) (?:that|this|the|so) (?:sum|amount|total|von|tien)|of which|of these"
    r"|trong do|among them|parmi eux)(?!\w)"
)
# "the country's second", "thứ hai cả nước", "in the national top three": a rank, not a scope.
RANKING_RE = re.compile(
    r"(?:first|second|third|fourth|fifth|top|leading|leads|led|tops|topped|heads|largest"
    r"|biggest|\d+(?:st|nd|rd|th)|rank\w*"
    r"|place|destination|magnet|thu \w+|dung dau|dan dau|xep|hang dau|lon(?: nhat)?"
    r"|mot trong (?:nhung|cac)|ahead of (?:every|all) other"
    # "đứng ở vị trí số một cả nước", "thu hút nhiều vốn FDI nhất cả nước", "au premier rang
    # national": a rank or a superlative, whose field the nation is
    r"|vi tri|nhat(?! ban)|premier|premiere|deuxieme|troisieme|rang|classement"
    # "a growth pole for the northern region and for the whole country", "đầu tàu kinh tế của cả
    # nước": a role the province plays for the nation, whose figures it does not give
    r"|(?:growth )?poles?|(?:growth )?engines?|locomotives?|dau tau|cuc tang truong)"
    r"[^\w;]+(?:\w+[^\w;]+){0,6}$"  # (within the clause: not "cao nhất vùng; vốn của cả nước")
    r"|^\W*(?:'s\s|s\s)?(?:second|third|first|top|leading|largest|biggest|\d+(?:st|nd|rd|th)"
    r"|front[- ]?runners?|leaders?|pioneers?)"
)


def respectively(
    work: Work, catalogue: Catalogue, places: Places
) -> tuple[dict[int, Forced], dict[int, str]]:
    """ "A and B ... X and Y, respectively": X goes with A and Y with B. Returns the topics and
    the scopes forced on amount indexes."""
    topics: dict[int, Forced] = {}
    scopes: dict[int, str] = {}
    cut = work.cues.respectively
    if cut is None:
        return topics, scopes
    run = _run_before(work, cut)
    if len(run) < 2:  # "xuất khẩu và nhập khẩu ước lần lượt đạt X và Y": the run follows
        run = _run_after(work, cut)
    if len(run) >= 2 and all(_a_rank(work, work.amounts[i]) for i in run):
        run = _run_after(work, work.amounts[run[-1]].end)  # "lần lượt giữ hạng 3 và hạng 4
        # với kim ngạch tương ứng là X và Y": ranks first, the pair's sums after them
    if len(run) < 2:
        return topics, scopes
    first = work.amounts[run[0]].start
    named = _listed_places(work, [c for c in work.cues.places if c.end <= first], len(run))
    if len(named) >= len(run):
        for index, place in zip(run, named[-len(run) :], strict=True):
            scopes[index] = place.label
    plain = read_cues(work.cues.text, catalogue, places, plain=True)
    labels = _one_per_name([c for c in plain.topics if c.end <= first])
    verb = len(labels) > len(run) and RUN_VERB_GAP_RE.fullmatch(
        work.cues.folded, labels[-1].end, first
    )
    if verb:
        labels = labels[:-1]  # "58 adjusted projects and 268 share purchases added X and Y": the
        # verb before the run is both sums' (shared-verb-of-the-run), no topic of the pair
    if len(labels) < len(run):  # "X and Y worth of domestic and foreign investment, respectively"
        labels = [c for c in plain.topics if work.amounts[run[-1]].end <= c.start < cut]
    if len(labels) >= len(run):
        for index, topic in zip(run, labels[-len(run) :], strict=True):
            topics[index] = Forced(topic.label, RESPECTIVELY_RULE)
        for index, topic in _sums_before_the_rates(work, run, labels[-len(run) :]):
            topics[index] = Forced(topic.label, RESPECTIVELY_RULE)
        # "X and Y, respectively, up a% and b%": the changes pair up in the same order
        later = _run_after(work, max(cut, work.amounts[run[-1]].end))
        if len(later) == len(run):
            for index, topic in zip(later, labels[-len(run) :], strict=True):
                topics[index] = Forced(topic.label, RESPECTIVELY_RULE)
        pair = labels[-len(run) :]
        for index in range(run[-1] + 1, len(work.amounts)):  # "…, respectively, the former up
            which = FORMER_LATTER_RE.search(  # 12.3 percent": the first of the pair's change
                work.cues.folded, max(0, work.amounts[index].start - 30), work.amounts[index].start
            )
            if which and index not in topics:
                meant = pair[0] if which.group(0) == "the former" else pair[-1]
                topics[index] = Forced(meant.label, RESPECTIVELY_RULE)
    return topics, scopes


def _sums_before_the_rates(work: Work, run: list[int], pair: list[Cue]) -> list[tuple[int, Cue]]:
    """ "A and B were X and Y, equal to a% and b% of the plan and up c% and d%, respectively":
    the runs of sums before the run of rates "respectively" closes, after the pair's names, pair
    up in the same order (respectively-over-runs)."""
    found: list[tuple[int, Cue]] = []
    if work.amounts[run[0]].unit != "percent":
        return found
    earlier = _run_before(work, work.amounts[run[0]].start)
    while len(earlier) == len(run) and work.amounts[earlier[0]].start >= pair[-1].end:
        if work.amounts[earlier[0]].unit != "percent":
            found += list(zip(earlier, pair, strict=True))
        earlier = _run_before(work, work.amounts[earlier[0]].start)
    return found


def _one_per_name(cues: list[Cue]) -> list[Cue]:
    """Cues in a row of one topic name one member of a pair ("268 projects of capital
    contribution and share purchase"): the first of each run."""
    return [c for i, c in enumerate(cues) if i == 0 or cues[i - 1].label != c.label]


FORMER_LATTER_RE = re.compile(r"the former|the latter")
RUN_VERB_GAP_RE = re.compile(  # (and "… with registered capital of X and Y": the run's noun)
    r"\s*(?:of\s+)?"
    r"(?:(?:a combined|a total of|a further|another|some|nearly|about|over|more than)\s+)?"
    r"(?:us\$|\$|usd|vnd)?\s*"
)
# "vốn đăng ký 18.387 tỷ đồng và 776,27 triệu USD", "VND12,433 trillion and USD367.8 million",
# "19,3 triệu USD và 1.132,6 tỷ đồng": investment told in both currencies at once (an aside in
# brackets may stand after the first: "VND 11,615 billion (up 22.3%) and USD 184.4 million")
CURRENCY_PAIR_GAP_RE = re.compile(
    r"(?:\s*\([^()]{0,60}\))?"
    r"\s*(?:va|and|et|plus)\s+"  # "VND 38,000 billion plus USD 214 million"
    r"(?:(?:khoang|hon|gan|tren|over|more than|nearly|about|some)\s+)?\S{0,5}\s?"
)

CAPITAL_WORD_RE = re.compile(r"(?<!\w)(?:capital|capitaux|von(?: dau tu| dang ky)?)(?!\w)")


def currency_pair(work: Work, catalogue: Catalogue, projects_named: bool) -> dict[int, Forced]:
    """ "tổng vốn đăng ký 18.387 tỷ đồng và 776,27 triệu USD": in a sentence about investment, a
    đồng sum joined by "and" to a dollar sum (either first) is the domestic money, the dollars
    the foreign (rule currency-pair). A sentence after one that counted projects speaks of their
    investment when it names capital before the pair ("Their combined capital comes to about VND
    7.738,2 billion and USD 1 million"). Returns the topic forced on the đồng sum's index."""
    forced: dict[int, Forced] = {}
    investment = {DOMESTIC, *catalogue.refines.values()}  # domestic, and what FDI's parts refine
    if DOMESTIC not in catalogue.topics:
        return forced
    named = any(catalogue.family(c.label) in investment for c in work.cues.topics)
    plain = [i for i, a in enumerate(work.amounts) if not a.in_parens]
    for first, second in zip(plain, plain[1:], strict=False):
        pair = (work.amounts[first], work.amounts[second])
        if {pair[0].unit, pair[1].unit} != {"VND", "USD"}:
            continue
        dong = first if pair[0].unit == "VND" else second
        if not (
            named or (projects_named and CAPITAL_WORD_RE.search(work.cues.folded, 0, pair[0].start))
        ):
            continue
        if CURRENCY_PAIR_GAP_RE.fullmatch(work.cues.folded, pair[0].end, pair[1].start) and not any(
            c.label in catalogue.blocking and c.end <= pair[0].start for c in work.cues.topics
        ):  # not a subset's pair ("Industry took 33 of the projects, with X and Y")
            forced[dong] = Forced(DOMESTIC, CURRENCY_PAIR_RULE)
    return forced


def paired_amount(work: Work, index: int) -> int | None:
    """ "poured 1.56 billion USD into 339 projects, increases of 82.2% and 28.4%,
    respectively": the amount a change in a "respectively" run pairs with, when as many
    amounts of other units stand before the run (changes-respectively)."""
    cut = work.cues.respectively
    if cut is None:
        return None
    run = _run_before(work, cut)
    if len(run) < 2 or index not in run or work.amounts[run[0]].unit != "percent":
        return None
    before = [i for i in range(run[0]) if work.amounts[i].unit != "percent"
              and not work.amounts[i].in_parens]  # fmt: skip
    if len(before) < len(run):
        return None
    return before[-len(run) :][run.index(index)]


def _listed_places(work: Work, named: list, size: int) -> list:
    """The places of a list of exactly `size` ("Binh Duong and Thai Nguyen moved ahead of Bac
    Ninh ... X and Y respectively": the list, not the last two places), else all named."""
    fitting = [r for r in _place_runs(work.cues.folded, named) if len(r) == size]
    return fitting[-1] if fitting else named


def respective_partners(work: Work) -> dict[int, str]:
    """ "Nhật Bản và Đài Loan, tổng vốn lần lượt là X và Y", "Japan and Korea with X and Y,
    respectively": the sums go to the investor countries in the order they were named."""
    cut = work.cues.respectively
    if cut is None:
        return {}
    run = _run_before(work, cut)
    if len(run) < 2:
        run = _run_after(work, cut)
    if len(run) < 2:
        return {}
    first = work.amounts[run[0]].start
    named = [c.label for c in work.cues.partners if c.end <= first]
    distinct = [p for i, p in enumerate(named) if p not in named[:i]]
    if len(distinct) < len(run):
        return {}
    return dict(zip(run, distinct[-len(run) :], strict=True))


def _run_after(work: Work, cut: int) -> list[int]:
    """Indexes of the amounts joined by "and" right after "respectively"."""
    after = [i for i, a in enumerate(work.amounts) if a.start >= cut]
    if not after:
        return []
    run = [after[0]]
    for i in after[1:]:
        left, right = work.amounts[run[-1]], work.amounts[i]
        gap = work.cues.folded[left.end : right.start]
        if not _same_kind(left, right) or not RUN_GAP_RE.fullmatch(gap):
            break
        run.append(i)
    return run


def _a_rank(work: Work, amount: Amount) -> bool:
    """The number is a place in a ranking ("hạng 3", "thứ 4", "ranked 2nd"), no figure."""
    lead = work.cues.folded[max(0, amount.start - RANK_LEAD_CHARS) : amount.start]
    return amount.unit is None and bool(RANK_LEAD_RE.search(lead))


RANK_LEAD_CHARS = 12
RANK_LEAD_RE = re.compile(r"(?<!\w)(?:hang|thu|vi tri|ranked|rank|place|no\.)\s*$")


def _same_kind(left: Amount, right: Amount) -> bool:
    """Two amounts a run may join: the same unit, or two sums (their currencies may differ)."""
    return left.unit == right.unit or (left.is_money and right.is_money)


def _run_before(work: Work, cut: int) -> list[int]:
    """Indexes of the amounts joined by "and" just before "respectively"."""
    before = [i for i, a in enumerate(work.amounts) if a.end <= cut and not a.in_parens]
    if not before:
        return []
    run = [before[-1]]
    for i in reversed(before[:-1]):
        left, right = work.amounts[i], work.amounts[run[0]]
        gap = BRACKETED_RE.sub("", work.cues.folded[left.end : right.start])  # "(about 6,542 USD)"
        if not _same_kind(left, right) or not RUN_GAP_RE.fullmatch(gap):
            break
        run.insert(0, i)
    return run


# "Thanh Hoa, Nghe An and Ha Tinh together collected over 100 trillion VND": places joined by
# commas and "and" share what follows (rule places-together)
PLACES_JOINED_RE = re.compile(r"\s*(?:,|,?\s+(?:and|va|cung|et))\s*")


def _named_with_others(folded: str, before: list) -> bool:
    """The province named last before the amount closes a list of places with another one."""
    last = before[-1]
    if last.label != PROVINCE or last.generic or len(before) < 2:
        return False
    other = before[-2]
    return other.label == OTHER and bool(PLACES_JOINED_RE.fullmatch(folded, other.end, last.start))


def _generic_after_another(work: Work, frame: Frame) -> bool:
    """ "Foreign trade in Ninh Bình also soared … Of the 267 new projects the province drew, 70
    were FDI projects" in an article about Quang Ninh: "the province", in a sentence whose only
    places are such words, is the other province the sentence before spoke of
    (generic-after-another)."""
    return frame.place == OTHER and all(c.label == PROVINCE and c.generic for c in work.cues.places)


ROUNDUP_UNNAMED = "a round-up's sentence that does not name the province (round-up)"


def scope_of(work: Work, index: int, frame: Frame, forced: dict[int, str]) -> tuple[str, str]:
    """(whose, why): the place named last before the amount in its sentence (a national word in
    a ranking phrase after the province's name does not count), else the sentence's place, else
    the place the article spoke of last (place-carries). In a round-up of many places, the
    province's only where a sentence names it, or goes on with the parts of a sum it was named
    for."""
    whose, why = _scope_of(work, index, frame, forced)
    if frame.roundup and whose == PROVINCE and not _named_in_roundup(work, index, frame, why):
        return OTHER, ROUNDUP_UNNAMED
    return whose, why


def _named_in_roundup(work: Work, index: int, frame: Frame, why: str) -> bool:
    """The province is named by its name before the amount or in its clause ("the province now
    hosts 1,900 projects, second only to Binh Duong" names another's), or the sentence goes on
    with the parts of a sum it was named for, or says "the province" after a sentence that led
    with it."""
    end = work.segs[index].after[1]
    if why == PARTS_OF_THE_SUM_RULE or any(
        c.label == PROVINCE and not c.generic and not c.inner and c.start < end
        for c in work.cues.places
    ):
        return True
    # "Xếp thứ 2 là Bình Dương, xuất siêu 8,13 tỷ USD. Kim ngạch xuất khẩu của tỉnh đạt 28,97 tỷ
    # USD": "the province" right after a sentence led by its name, no other place named
    return (
        frame.last_scope == PROVINCE
        and any(c.label == PROVINCE and c.generic and not c.inner for c in work.cues.places)
        and not any(c.label != PROVINCE and not c.generic for c in work.cues.places)
    )


def _scope_of(work: Work, index: int, frame: Frame, forced: dict[int, str]) -> tuple[str, str]:
    """`scope_of` before the round-up's narrowing."""
    if index in forced:
        return forced[index], RESPECTIVELY_RULE
    amount = work.amounts[index]
    folded = work.cues.folded
    before = [c for c in work.cues.places if c.end <= amount.start
              and not closed_aside(folded, c.start, c.end, amount.start)]  # fmt: skip
    subject = carried_subject(work, frame)
    while before and before[-1].label != PROVINCE and _aside(folded, before, amount.start, subject):
        before = before[:-1]
    if (
        before
        and before[-1].generic
        and (
            folded[before[-1].start : before[-1].end].endswith("provincial")
            or work.cues.scope() != PROVINCE  # "In Binh Duong, the province's 27 parks ..."
        )
    ):
        named = [c for i, c in enumerate(before) if not c.generic
                 and not _in_apposition(folded, before[: i + 1], c, amount.start)
                 and not _ranked_in(folded, c)]  # fmt: skip
        if named and named[-1].label != PROVINCE:  # "In Kon Tum, the provincial committee ..."
            return named[-1].label, f"its province ({folded[named[-1].start : named[-1].end]!r})"
    if (
        before
        and before[-1].inner
        and before[-1].generic
        and frame.place not in (PROVINCE, NATIONAL)
        and not any(c.label == PROVINCE and not c.generic for c in work.cues.places)
    ):  # "Ho Chi Minh City has long led … placed the city at the top …, with X": that city
        return frame.place, "the city the article spoke of"
    if before and _named_with_others(folded, before):
        return OTHER, "the places named together before it (a group's figure)"
    if before and _generic_after_another(work, frame):
        return OTHER, "the other province the article spoke of last ('the province')"
    if before:
        return before[-1].label, f"named before it ({folded[before[-1].start : before[-1].end]!r})"
    seg = work.segs[index]
    clause = [c for c in work.cues.places if amount.end <= c.start < seg.after[1]
              and not _ranked_in(folded, c)]  # fmt: skip
    if clause:  # named after it, in its own clause ("4,700 projects in Vietnam")
        return clause[0].label, "named in its clause"
    if work.cues.scope() == PROVINCE:
        return PROVINCE, "named in the sentence"
    last = frame.last_scope
    if (
        work.cues.scope() is None
        and last is not None
        and (last != PROVINCE or frame.roundup)
        and PARTS_OF_THE_SUM_BEFORE_RE.match(folded)
    ):  # "Meanwhile, Dong Nai reported $163 million … Of that sum, $126.7 million …": Dong Nai's
        return last, PARTS_OF_THE_SUM_RULE
    if work.cues.scope() == NATIONAL and work.cues.partners and not carried_subject(work, frame):
        # "Với 3.523 dự án và 46,1 tỷ USD, Nhật Bản đứng thứ 2 về FDI vào Việt Nam": an investor
        # country's figures in a sentence that names only the nation are its national ones
        return NATIONAL, "an investor country's, in a sentence naming only the nation"
    return frame.place, "carried from an earlier sentence"


PARTS_OF_THE_SUM_RULE = "the parts of the sum before, whose place it named"


def carried_subject(work: Work, frame: Frame) -> bool:
    """The sentence speaks on of the province as "it" ("Today it is the third largest FDI
    destination in Vietnam after HCMC and Hanoi") while the article was speaking of it."""
    return frame.place == PROVINCE and bool(PRONOUN_SUBJECT_RE.match(work.cues.folded))


def _aside(folded: str, before: list, amount_start: int, subject: bool = False) -> bool:
    """The last place before an amount is not its owner when the province was named before it
    (or is the sentence's carried subject) and that place only stands in a ranking ("the
    country's second-largest"), a comparison ("has overtaken Hanoi", "ahead of HCMC", "vượt Hà
    Nội") or an appositive about the province ("Binh Duong, a hub neighbouring HCMC, drew X")."""
    cue = before[-1]
    if cue.label == NATIONAL and _whole_of_a_share(folded, cue, amount_start):
        return True  # "ước đạt 6.202 triệu USD, tương đương khoảng 7% KNXK cả nước, tăng 13,9%"
        # in a sentence that names no place before: the nation is only the share's whole
    if not subject and not any(c.label == PROVINCE for c in before[:-1]):
        return False
    if cue.label == NATIONAL and _ranking(folded, cue):
        return True
    first = _run_start(folded, before)
    lead = folded[max(0, first.start - 24) : first.start]
    # (not "Theo sau Thái Nguyên là TP.HCM với X": the place the sentence is about)
    if COMPARED_RE.search(lead) and not COPULA_BEFORE_RE.search(lead):
        # but "faster than the national GDP, which grew 5.05%", "vượt qua TPHCM (đạt 7,07%)",
        # "ahead of Thanh Hoa with over USD 104 million": its own
        gap = folded[cue.end : amount_start]
        return not (
            OWN_CLAUSE_AFTER_RE.match(gap) or (BEHIND_IT_RE.search(lead) and OWN_WITH_RE.match(gap))
        )
    return _in_apposition(folded, before, cue, amount_start)


# a relative clause about the place compared with: "…, vốn ước đạt 5,05%", "…, which grew 5%"
# (right after its name and a few words: not "behind only HCMC: it counts 4,016 projects, whose
# capital adds up to X", a clause about the province's projects) or a bracket opened right
# after the place around the amount ("vượt qua TPHCM (đạt 7,07%)")
OWN_CLAUSE_AFTER_RE = re.compile(
    r"\A(?:\s*[\w-]+){0,3}\s*,\s*(?:von|which|whose|qui|dont)(?!\w)|\A\s*\([^)]*\Z"
)


# "ahead of Thanh Hoa with X", "followed by Quang Ngai at Y": a place ranked below the province,
# its own figure told right after it (ranked-below-with)
BEHIND_IT_RE = re.compile(
    r"(?<!\w)(?:ahead of|followed by|devant|suivie? (?:de|par))(?: \w+){0,3}\s*$"
)
OWN_WITH_RE = re.compile(r"\A\s*(?:with|at|avec|a)\s+(?:[\w$.-]+\s+){0,2}\Z")
# "Theo sau Thái Nguyên là TP.HCM", "Second is Hanoi": "là" right before the place makes it the
# clause's subject, whatever comparison stands before
COPULA_BEFORE_RE = re.compile(r"(?<!\w)(?:la|is|was)\s*$")
COMPARED_RE = re.compile(
    r"(?<!\w)(?:overt(?:ook|ake[ns]?|aking)|surpass\w*|outpac\w*|ahead of|behind|after|than"
    r"|trail(?:s|ed|ing)?|only to|derriere|apres"
    r"|neighbou?ring|near|next to|like|vuot(?: qua)?|sau|truoc|hon|giap|ke can"
    r"|border(?:s|ed|ing)?(?: on)?|adjacent to|limitrophe d\w+)(?: \w+){0,3}\s*$"
)


def _run_start(folded: str, before: list):
    """The first place of the list the last one closes ("behind only HCMC and Hanoi")."""
    return _place_runs(folded, before)[-1][0]


def _place_runs(folded: str, places: list) -> list[list]:
    """The places grouped into lists ("Binh Duong and Thai Nguyen", "HCMC, Hanoi and Hai
    Phong"), each place joined to the one before it by a comma or "and"."""
    runs: list[list] = []
    for cue in places:
        if runs and PLACE_LIST_GAP_RE.fullmatch(folded[runs[-1][-1].end : cue.start]):
            runs[-1].append(cue)
        else:
            runs.append([cue])
    return runs


PLACE_LIST_GAP_RE = re.compile(r"\s*(?:,|and|va|et|&|,\s*and)\s*")


def _in_apposition(folded: str, before: list, cue, amount_start: int) -> bool:
    """ "P, a ... Q ..., drew X": Q sits between two commas right after the province's name."""
    opening = folded.rfind(",", 0, cue.start)
    closing = folded.find(",", cue.end, amount_start)
    if opening < 0 or closing < 0:
        return False
    named = [c for c in before[:-1] if c.label == PROVINCE and c.end <= opening]
    return bool(named) and opening - named[-1].end <= 3


# "placed it 22nd nationwide", "thứ 12 cả nước", "third in the country": where a rank is taken
RANK_BEFORE_RE = re.compile(
    r"(?<!\w)(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|thu (?:\d+|\w+))\s+"
    r"(?:in\s+)?(?:the\s+)?$"
)


def _ranked_in(folded: str, cue) -> bool:
    """The nation named right after a rank: the rank's field, not the place of a figure (a
    narrower test than `_ranking`, whose 70 characters of head would also take "heads of local
    departments …, and 500 businesses from Vietnam" for a rank)."""
    return cue.label == NATIONAL and bool(
        RANK_BEFORE_RE.search(folded, max(0, cue.start - 24), cue.start)
    )


# "chiếm 9,7% tổng vốn đăng ký cả nước", "close to 12% of the national total", "tương đương
# khoảng 7% KNXK cả nước": the nation as the whole a share of the province's is taken of
SHARE_OF_THE_WHOLE_RE = re.compile(
    r"\d\s?(?:%|per ?cent|percent)\s+(?:of\s+)?(?:(?:the|tong|all)\s+)?(?:[^\W\d]+\s+){0,5}$"
)
SHARE_HEAD_CHARS = 60


# "… cả nước và tăng 7,1%", "… of the national total and an increase of 41.3%": the province's
# figure goes on after the share (not "the national surplus of 2.7 billion USD", "(10,13 tỉ USD)")
GOES_ON_RE = re.compile(r"[^()]*?(?:,|;|\s(?:and|va|et))\s[^()]*")


def _whole_of_a_share(folded: str, cue, amount_start: int) -> bool:
    """The nation is named as the whole of the province's share, and the province's clause goes
    on to the amount."""
    head = folded[max(0, cue.start - SHARE_HEAD_CHARS) : cue.start]
    return SHARE_OF_THE_WHOLE_RE.search(head) is not None and bool(
        GOES_ON_RE.fullmatch(folded, cue.end, amount_start)
    )


def _ranking(folded: str, cue) -> bool:
    head = folded[max(0, cue.start - RANK_HEAD_CHARS) : cue.start]
    tail = folded[cue.end : cue.end + 20]
    return bool(RANKING_RE.search(head) or RANKING_RE.match(tail))
