"""Which catalogue metric a percentage states: a growth rate (GRDP, IIP), an occupancy, or the
year-on-year change of the sum before it, with its sign (pure)."""

from __future__ import annotations

import math
import re

from etl.extract.amounts import minus_sign
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.cues import after_last_mark
from etl.extract.explain import Reason
from etl.extract.frame import FOREIGN_WORDS_RE, Frame
from etl.extract.metric import (
    OWN_CLAUSE,
    Choice,
    Forced,
    Scored,
    possessed_by_the_subject,
    score_topics,
    subject_block,
)
from etl.extract.places import PROVINCE
from etl.extract.scope import paired_amount
from etl.extract.status import (
    RATIO_OF_YEAR_AGO_RE,
    Work,
    compared_period_rate,
    joined_alone,
)

# "down by more than 15 percent": "more" is the bound of the amount's own qualifier, no rise
BOUND_OF_ITS_OWN_RE = re.compile(
    r"(?:more than|over|above|upwards of|plus de|hon|tren)\s*\S{0,4}\s*"
)
CHANGE_OF_ITS_SUM = "change of the amount before it"  # the rule of "…, up 8%" after a sum

SENTENCE_BEFORE_LEAST = 0.7  # a topic named anywhere before it in the sentence beats the article's
COUNT_GAP = 30  # "64 projects, up 54.2% ..."
NUMBER_OF_RE = re.compile(
    r"(?:\bso (?:luong )?(?:doanh nghiep|du an|lao dong|nha dau tu|co so|hop tac xa|luot|nguoi)"
    r"(?: [a-z]+){0,6} |\bnumber of (?:[a-z]+ ){1,4})"
    r"(?:(?:da |chi |cung |also |only )?(?:tang|giam|rose|fell|grew|dropped|declined|increased"
    r"|decreased|was up|was down|went up|went down|edged up|slipped)(?: them| by| manh| nhe)? )$"
)


def _a_blocked_sum(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> bool:
    """ "Domestic firms shipped X and foreign-invested companies Y, increases of a% and b%
    respectively": the sum a change pairs with is a subset's (its own clause names one, or the
    sentence is about one), so the change is left out with it (changes-follow-their-sums)."""
    own = [s for s in score_topics(work, index, frame, catalogue, None) if s.rule == OWN_CLAUSE]
    if own and max(own, key=lambda s: s.score).topic in catalogue.blocking:
        return True
    return subject_block(work, index, catalogue) is not None


def choose_percent(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, money: tuple[str | None, bool],
    forced: Forced | None = None,
) -> Choice | str:  # fmt: skip
    """A growth rate (GRDP, IIP), an occupancy, or the year-on-year change of the money before.
    `money` is the topic of the last sum of money in the sentence and whether it was kept."""
    if _number_of(work, index) and _is_change(work, index, catalogue):
        return "the change of a count (no catalogue metric)"
    if _businesses_capital(work, index):
        return "the change of new businesses' registered capital (no catalogue metric)"
    paired = paired_amount(work, index)
    if paired is not None and not work.amounts[paired].is_money:
        return "the change of a count, paired by 'respectively' (no catalogue metric)"
    if paired is not None and _a_blocked_sum(work, paired, frame, catalogue):
        return "the change of a figure left out, paired by 'respectively'"
    possessor = None if forced else possessed_by_the_subject(work, index, catalogue)
    if possessor:
        return f"a subset or another quantity (the sentence is about {possessor!r})"
    scored = score_topics(work, index, frame, catalogue, forced)
    own = scored if forced else _measure_first(work, scored, catalogue)
    whole = _whole_kept(work, index, money, catalogue)
    for s in own:
        choice = _rate_metric(work, index, catalogue, s, whole=whole)
        if choice is not None:
            return choice
    if forced or any(s.topic not in catalogue.refines for s in own):
        return f"no rate or change metric for {own[0].topic}"
    subject = None if forced else subject_block(work, index, catalogue)
    if subject:
        return f"a subset or another quantity (the sentence is about {subject!r})"
    if _after_a_count(work, index) and _is_change(work, index, catalogue):
        return "the change of a count or an area (no catalogue metric)"
    money_topic, kept = money
    if money_topic is not None and _beyond_a_semicolon(work, index):
        money_topic = None  # "… đạt 718,1 triệu USD; có thêm 2.000 doanh nghiệp …, tăng 6,2%"
    if money_topic is not None and _is_change(work, index, catalogue):
        if not kept:
            return "the change of a figure left out"
        family = catalogue.family(money_topic)
        if family != money_topic:  # "62 new projects worth $364 million, up 17%": a part's
            return f"the change of a part ({money_topic}; no catalogue metric)"
        choice = _change_of_its_sum(catalogue, family, money_topic)
        if choice is not None:
            return choice
        return f"no year-on-year metric for {money_topic}"
    for s in scored:
        if (
            s.rule == "sentence"
            and s.score >= SENTENCE_BEFORE_LEAST
            or (s.rule == "article topic" and s.score >= 0.5)
        ):
            choice = _rate_metric(work, index, catalogue, s, growth_only=s.rule != "sentence")
            if choice is None and s.rule == "sentence" and s.topic not in catalogue.refines:
                return f"no rate or change metric for {s.topic} (the sentence's topic)"
            if isinstance(choice, Choice):
                return choice
            if choice is not None:
                return choice
    grew = (
        _the_province_grew(work, index, catalogue)
        or _bare_growth(work, index, catalogue)
        or _its_growth(work, index, catalogue)
        or _the_growth_again(work, index, frame, catalogue)
        or _this_figure_changed(work, index, frame, catalogue)
    )
    if grew is not None:
        return grew
    return "not a growth rate, an occupancy or a change of a catalogue figure"


# "Measured by the industrial production index, industry rose by 12.9 per cent": the measure
# named is what the rate is, whatever nearer word names the sector (measured-by)
MEASURED_BY_RE = re.compile(r"(?<!\w)(?:measured by|mesuree? par|do bang) (?:the |l.)?$")
MEASURED_BY_CHARS = 20


def _measure_first(work: Work, scored: list[Scored], catalogue: Catalogue) -> list[Scored]:
    """The topics of the amount's own clause, led by the one the sentence names as the measure
    ("Measured by the IIP, industry rose …") when the clause names only a sector or subset (not
    "…, and retail sales climbed 18.3%": a topic of its own)."""
    own = [s for s in scored if s.rule == OWN_CLAUSE]
    if own and own[0].topic not in catalogue.blocking:
        return own
    folded = work.cues.folded
    for s in scored:
        at = folded.find(s.cue)
        if at > 0 and MEASURED_BY_RE.search(folded, max(0, at - MEASURED_BY_CHARS), at):
            return [s, *(o for o in own if o is not s)]
    return own


# "Cao Bang grew 5.04% last year", "the province expanded by 7.2%", "tỉnh tăng trưởng 8,1%": the
# province itself growing is its economy (province-grew)
GREW_RE = re.compile(
    r"\s*(?:'s economy\s+)?(?:grew|grows|expanded|expands|posted (?:a )?growth of|achieved "
    r"(?:a )?growth of|tang truong|dat muc tang truong"
    # "Quang Ninh is expected to grow by 9.46% in the first half": the place's own growth, foreseen
    r"|(?:is|was) (?:expected|estimated|projected|forecast) to (?:have )?(?:grow|grown|expand"
    r"|expanded))(?: by| at)?"
    # "Dong Nai grew at a double-digit pace, 10.18%": the pace named, then the rate
    r"(?: at (?:a|an) (?:[\w-]+ ){0,2}?(?:pace|rate)(?: of)?,?)?\s*$"
    # "Phu Tho's growth in 2024 is estimated at 9.53%": the place's own growth
    r"|'s (?:economic )?growth(?: rate)?(?: (?:in|for) (?:19|20)\d\d)?(?: (?:is|was) (?:estimated|"
    r"expected|put) (?:at|to (?:reach|be|hit))| reached| hit| stood at| came in at| of| was| is"
    r"| at)\s*$"
)


QUANTITY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:von|capital|investment|exports?|imports?|xuat khau|nhap khau|doanh thu|revenue"
    r"|thu ngan sach|san luong|output|industry|industrial|cong nghiep|services|dich vu)(?!\w)"
)


def _the_province_grew(work: Work, index: int, catalogue: Catalogue) -> Choice | None:
    amount, folded = work.amounts[index], work.cues.folded
    named = [c for c in work.cues.places if c.label == PROVINCE and c.end <= amount.start]
    if not named or not GREW_RE.fullmatch(folded, named[-1].end, amount.start):
        return None
    start = max(folded.rfind(",", 0, named[-1].start), folded.rfind(";", 0, named[-1].start)) + 1
    if any(c.end <= named[-1].start for c in work.cues.topics) or QUANTITY_BEFORE_RE.search(
        folded, start, named[-1].start
    ):
        return None  # "Vốn đầu tư đổ vào Đà Nẵng tăng trưởng 266%": the money grew, not the place
    return _economy_grew(catalogue, folded[named[-1].start : amount.start].strip(), "province-grew")


def _economy_grew(catalogue: Catalogue, cue: str, rule: str) -> Choice | None:
    """The catalogue's growth rate of the economy (GRDP), chosen by `cue` under `rule`."""
    metric = next((m for m in catalogue.metrics if m.topic == "grdp" and m.kind == "rate"), None)
    return Choice(metric, cue, rule, 1.0, 1.0) if metric is not None else None


def _change_of_its_sum(catalogue: Catalogue, family: str, cue: str) -> Choice | None:
    """The change metric of a whole's topic, as the change of the sum before the rate."""
    change = _change_metric(catalogue, family)
    return Choice(change, cue, CHANGE_OF_ITS_SUM, 2.0, 1.0) if change is not None else None


def _change_metric(catalogue: Catalogue, topic: str) -> Metric | None:
    """The catalogue's year-on-year change metric of a topic, if it has one."""
    return next((m for m in catalogue.metrics if m.change and m.topic == topic), None)


COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?:so (?:luong )?du an|number of|nombre de)(?!\w)")


def _whole_kept(
    work: Work, index: int, money: tuple[str | None, bool], catalogue: Catalogue
) -> str | None:
    """The topic of the sum right before the rate, in its clause, when that sum was kept as a
    whole (no part's); none when a count or a semicolon stands between them ("… 700 triệu USD
    vốn FDI, bằng 130% …; có 40 lượt nhà đầu tư góp vốn, bằng 35%") or the rate is a count's."""
    topic, kept = money
    if not kept or topic is None or catalogue.family(topic) != topic:
        return None
    if index == 0 or not work.amounts[index - 1].is_money or _beyond_a_semicolon(work, index):
        return None
    start = work.amounts[index].start
    if COUNT_BEFORE_RE.search(work.cues.folded, max(0, start - COUNT_GAP), start):
        return None  # "… 31,8 triệu USD, số dự án cấp mới bằng 100%": the count's
    return topic


def _rate_metric(
    work, index, catalogue, s: Scored, growth_only: bool = False, whole: str | None = None
):
    """The percent metric of a scored topic: its rate (growth, occupancy) or its change.
    `whole`: the topic of the sum just kept as a whole, whose change a part's cue inside its
    clause does not take ("$101.8 million of foreign investment, covering newly registered
    projects and existing projects that raised their capital, …, a 52.2 per cent drop")."""
    if s.topic in catalogue.blocking:
        return Reason(f"a subset or another quantity ({s.cue!r})", s.topic)
    family = catalogue.family(s.topic)
    if family != s.topic and _is_change(work, index, catalogue):
        choice = _change_of_its_sum(catalogue, family, s.cue) if family == whole else None
        if choice is not None:
            return choice
        return f"the change of a part ({s.topic}; no catalogue metric)"
    rate = [m for m in catalogue.metrics if m.unit == "percent" and m.topic == family]
    plain = [m for m in rate if not m.change]
    if plain and (not growth_only or _is_change(work, index, catalogue)):
        return Choice(plain[0], s.cue, s.rule, s.score, s.score)
    change = [m for m in rate if m.change]
    if change and not growth_only and _is_change(work, index, catalogue):
        return Choice(change[0], s.cue, s.rule, s.score, s.score)
    return None


def _beyond_a_semicolon(work: Work, index: int) -> bool:
    """A semicolon stands between the last sum before the percentage and it: another clause,
    with a subject of its own, owns the change."""
    sums = [a for a in work.amounts[:index] if a.is_money]
    if not sums:
        return False
    folded = work.cues.folded
    semicolon = folded.rfind(";", sums[-1].end, work.amounts[index].start)
    return semicolon >= 0 and not THAT_FIGURE_RE.search(
        folded, semicolon, work.amounts[index].start
    )  # (not "…; compared to the same period of 2018, the monthly figure was up 1.56 percent")


# the sum just told, pointed back to: "the monthly figure", "this figure", "con số này"
THAT_FIGURE_RE = re.compile(
    r"(?<!\w)(?:(?:the|this|that)(?: \w+)? (?:figure|amount|sum|value)|con so (?:nay|do|tren)"
    r"|ce (?:chiffre|montant))(?!\w)"
)


def _after_a_count(work: Work, index: int) -> bool:
    """ "64 dự án, đạt 54,2% so với cùng kỳ", "259.328 ha, tăng 0,6%": the percentage right
    after a count or an area is its own (the change of a count or area, no catalogue metric)."""
    if index == 0:
        return False
    before = work.amounts[index - 1]
    gap = work.cues.folded[before.end : work.amounts[index].start]
    in_period = any(s <= before.start < e for s, e in (p.span for p in work.periods))
    counted = (before.unit is None and not before.scaled) or before.unit == "ha"
    reach = COUNTED_NOUN_GAP if COUNTED_NOUN_RE.match(gap) else COUNT_GAP
    return counted and not in_period and len(gap) <= reach and "." not in gap


# "850 doanh nghiệp quay trở lại hoạt động, tăng 12,6%": the count's noun and what it did, then
# its change
COUNTED_NOUN_RE = re.compile(
    r"\s*(?:doanh nghiep|du an|enterprises|firms|businesses|companies|projects)(?!\w)[^,;\d]*,"
    r"\s*(?:tang|giam|up|down|rising|falling|an? (?:increase|rise|decrease|fall) of)\s*$"
)
COUNTED_NOUN_GAP = 70


# "số doanh nghiệp tăng 13,6%, còn số vốn đăng ký tăng 36,7%", "the number of new firms rose
# 27.4%, but their registered capital dropped 17.7%", "up 26 percent in number and 60 percent in
# capital": the businesses' count and their capital, side by side
BUSINESSES_COUNTED_RE = re.compile(
    r"(?<!\w)(?:so (?:luong )?(?:doanh nghiep|dn)|(?:the |their )?number of (?:[\w-]+ ){0,2}?"
    r"(?:firms|enterprises|businesses|companies)|their number|in number)(?!\w)"
)
CAPITAL_OF_THEM_RE = re.compile(
    r"(?<!\w)(?:(?:so |tong )?von(?: dang ky)?|(?:their |total )?(?:registered )?capital"
    r"|in capital)(?!\w)"
)


def _businesses_capital(work: Work, index: int) -> bool:
    """A capital change beside the change of a number of businesses, in a sentence that names no
    foreign investment up to the end of its clause: the new businesses' capital
    (businesses-capital; "…; riêng thu hút đầu tư nước ngoài đã vượt …" is another clause's)."""
    folded, amount = work.cues.folded, work.amounts[index]
    semicolon = folded.find(";", amount.end)
    return bool(
        BUSINESSES_COUNTED_RE.search(folded)
        and CAPITAL_OF_THEM_RE.search(folded, max(0, amount.start - 40), amount.end + 20)
        and not FOREIGN_WORDS_RE.search(folded, 0, semicolon if semicolon >= 0 else len(folded))
    )


def _number_of(work: Work, index: int) -> bool:
    """ "số doanh nghiệp giảm 14,8%", "the number of firms fell 14.8%", "tăng gần 4,5% về số dự
    án", "down 50.7% in number": a count's change."""
    folded, amount = work.cues.folded, work.amounts[index]
    return bool(
        NUMBER_OF_RE.search(folded, max(0, amount.start - 50), amount.start)
        or COUNT_AFTER_RE.match(folded, amount.end)
    )


COUNT_AFTER_RE = re.compile(
    r"\s*(?:ve so (?:luong )?(?:du an|doanh nghiep|luot|giay chung nhan|nha dau tu)"
    r"|in (?:the )?numbers?(?: of (?:projects|firms|enterprises|businesses))?|en nombre)(?!\w)"
)


def _is_change(work: Work, index: int, catalogue: Catalogue) -> bool:
    amount, seg = work.amounts[index], work.segs[index]
    words = catalogue.words["change"]
    folded = work.cues.folded
    if RATIO_LEAD_RE.search(folded, max(0, amount.start - 24), amount.start):
        return True
    if RATIO_OF_YEAR_AGO_RE.match(folded, amount.end):
        return True
    if SIGNED_IN_PARENS_RE.search(folded, max(0, amount.start - 4), amount.start):
        return True  # "2,3 milliards de dollars (+13%)": the sign tells a change
    if compared_period_rate(work, index):
        return True  # "kém năm 2017 (7,02%) và năm 2018 (7,15%)": those periods' own rates
    if work.cues.respectively is not None:
        return bool(words.search(folded, 0, len(folded)))
    # (up to the amount's end: "cao hơn 5%" looks ahead to the rate it stands before)
    return bool(words.search(folded, seg.before[0], amount.end) or words.search(folded, *seg.after))


SIGNED_IN_PARENS_RE = re.compile(r"\(\s*[+\u2212-]\s*$")
RATIO_BASE_CHARS = 60  # "57 percent of the record 3.3 billion USD it drew in 2017"
# what a ratio "bằng 93,4% so với năm 2022" measures against: a year earlier
YEAR_AGO_BASE_RE = re.compile(
    r"cung k[iy]|same period|nam truoc|a year|so voi (?:ca )?nam (?:19|20)\d\d|meme periode"
    r"|l'an (?:dernier|passe)|l'annee (?:derniere|precedente)"
    r"|(?:of|in) (?:19|20)\d\d"
)


# "So với cùng kỳ, …", "Nếu so với cùng thời điểm năm trước, …": a clause that opens on its base
YEAR_AGO_OPENING_RE = re.compile(
    r"\W*(?:neu )?(?:so voi|dat canh|compared (?:with|to)) (?:[\w-]+ ){0,2}?(?:cung k[iy]"
    r"|cung thoi diem nam truoc|nam truoc|the same period|a year earlier)(?!\w)"
)
LEVEL_AFTER_RE = re.compile(r"\s(?:to|xuong|con)(?!\w)")  # the level it fell to, no change
# "bằng gần 96% so với cùng kì", "equal to nearly 96 per cent of": a ratio to a base
EQUAL_TO = r"(?:bang|equal to|equivalent to)"
ABOUT = r"(?: (?:gan|khoang|hon|tren|xap xi|nearly|about|some|over|almost))?"
RATIO_LEAD_RE = re.compile(rf"{EQUAL_TO}{ABOUT} $")
# "đạt 104% so với cùng kỳ", "n'atteignent que 64,4% de leur niveau de la même période" too
# "which increased to 225% over the same period in 2020": a ratio to the year-ago level (+125)
REACHED_LEAD_RE = re.compile(
    rf"(?:{EQUAL_TO}|dat|atteign\w*(?: que)?|equivalant a|soit"
    rf"|(?:increased|rose|grew|climbed|jumped|surged) to){ABOUT} $"
)
# below this, "đạt X% so với cùng kỳ" is no level against a year ago (a fall of more than half)
LEVEL_FLOOR = 50
RISE_REACH = 80  # how far before a reached percentage its rise may be told
RISE_BEFORE_RE = re.compile(r"(?<!\w)tang(?! giam)(?!\w)")
# "tăng mạnh, đạt 29,29% so với cùng kỳ": the rise reached that much, no ratio
RISE_THEN_REACHED_RE = re.compile(
    r"(?<!\w)(?:tang|giam)(?: \w+)?,? dat(?: \w+)? $"
    # "tốc độ tăng trưởng tổng sản phẩm (GRDP) đạt 11,86% so với cùng kỳ": a growth rate reached
    r"|(?<!\w)(?:toc do tang(?: truong)?|muc tang(?: truong)?|tang truong|growth rate)(?!\w)"
    r"[^%;]{0,60}$"
)
# "soit 12% de plus qu'à la même période": a rise by that much, no ratio
MORE_OR_LESS_AFTER_RE = re.compile(
    r"\s*(?:de plus|de moins|en plus|en moins|en hausse|en baisse|more|less|higher|lower|up|down)"
    r"(?!\w)"
)
COORDINATED_BY_RE = re.compile(r"(?<!\w)(?:and|va|et) (?:by |de |con |them )?$")


def _second_of_a_run(work: Work, index: int) -> bool:
    """ "giảm lần lượt 2,47% và 7,98%", "fell 3% and 5%, respectively": a percentage joined to
    the one before it by "and" alone takes that one's sign (run-shares-its-sign)."""
    if index == 0 or work.amounts[index - 1].unit != "percent":
        return False
    return joined_alone(work.cues.folded, work.amounts[index - 1], work.amounts[index])


NUMBERS_AGREE = 1.5  # percentage points: how closely the sums must bear out a reading
BASE_AFTER_CHARS = 60  # "135% over the same period in 2017 (955.5 million USD)"


def _change_the_numbers_tell(work: Work, index: int) -> float | None:
    """ "1,295.8 million USD. That is 135% over the same period in 2017 (955.5 million USD)":
    with the sum and its year-ago base both written, the percentage is read as the sums bear it
    out: a ratio (+35) or a change (+35.6), a rise or a fall (numbers-tell)."""
    amount, amounts = work.amounts[index], work.amounts
    sums = [a for a in amounts[:index] if a.is_money]
    bases = [a for a in amounts[index + 1 :] if a.is_money and a.in_parens
             and a.start - amount.end <= BASE_AFTER_CHARS]  # fmt: skip
    current = (sums[-1].value, sums[-1].unit) if sums else work.sum_before
    if current is None or not bases or current[1] != bases[0].unit or not bases[0].value:
        return None
    ratio = 100 * current[0] / bases[0].value
    readings = {
        amount.value - 100: abs(ratio - amount.value),  # "135% of" the base: +35
        amount.value: abs(ratio - 100 - amount.value),  # "up 35%"
        -amount.value: abs(ratio - 100 + amount.value),  # "down 35%"
    }
    best = min(readings, key=readings.__getitem__)
    return round(best, 6) if readings[best] <= NUMBERS_AGREE else None


# "tốc độ phát triển GRDP … đạt 108,84%", "chỉ số phát triển … bằng 108%", "growth index of 108.8%":
# an index of the year-ago level (100 = no change)
INDEX_BEFORE_RE = re.compile(
    r"(?<!\w)(?:toc do phat trien|growth index|development index)(?!\w)"
    r"(?:(?!\d|%|;).)*(?:dat|bang|la|was|is|of|at|reached)\s*(?:muc\s*)?$"
)


# "GRDP ước cả năm 2022 của Hậu Giang đạt 113,94%": the output as a percent of the year before
GRDP_REACHED_RE = re.compile(r"(?<!\w)grdp(?!\w)(?:(?!\d ?%|;).)*(?:dat|bang|was|reached)\s*$")


def _rise_told_before(work: Work, index: int) -> bool:
    """A rise word ("tăng") stands before the amount, back to the amount before it and within
    RISE_REACH characters."""
    start = work.amounts[index].start
    floor = max(0, start - RISE_REACH, work.amounts[index - 1].end if index else 0)
    return RISE_BEFORE_RE.search(work.cues.folded, floor, start) is not None


def signed_change(work: Work, index: int, catalogue: Catalogue) -> float:
    """A change in percent with its sign: "giảm 9,1%" is -9.1; "bằng 159% so với" is +59;
    "equivalent to 56.2% of the same period" is -43.8."""
    amount, seg = work.amounts[index], work.segs[index]
    folded = work.cues.folded
    value = amount.value
    told = _change_the_numbers_tell(work, index)
    if told is not None:
        return told
    lead = folded[max(0, amount.start - 16) : amount.start]
    # "bằng 103,4% tháng 4; so với cùng kỳ …": the next clause's base is not this ratio's
    base_end = amount.end + RATIO_BASE_CHARS
    stop = folded.find(";", amount.end, base_end)
    base = YEAR_AGO_BASE_RE.search(folded, amount.end, base_end if stop < 0 else stop)
    if (
        REACHED_LEAD_RE.search(lead)
        and base
        and not any(
            amount.end <= a.start < base.start()
            and a.unit == "percent"
            and abs(a.value - abs(value - 100)) > 0.01
            for a in work.amounts
        )  # "ước đạt 4,28%, thấp hơn mức 6,91% của cùng kỳ": the base is the year-ago rate's,
        # not a ratio's (but "ước đạt 75,53%, tức giảm 24,47% so với cùng kỳ" restates it)
        and not RISE_THEN_REACHED_RE.search(folded, max(0, amount.start - RISE_REACH), amount.start)
        and not MORE_OR_LESS_AFTER_RE.match(folded, amount.end)
        and not (value < LEVEL_FLOOR and _rise_told_before(work, index))
    ):  # ("IIP tăng ở mức hai con số, ước đạt 25,15% so với cùng kỳ": no index fell to a quarter
        return round(value - 100, 6)  # of a year ago after a rise was told: the rise itself)
    if RATIO_OF_YEAR_AGO_RE.match(folded, amount.end):
        return round(value - 100, 6)
    if (
        RATIO_LEAD_RE.search(lead)
        and YEAR_AGO_OPENING_RE.match(folded, folded.rfind(";", 0, amount.start) + 1)
        and not MORE_OR_LESS_AFTER_RE.match(folded, amount.end)
    ):  # "So với cùng kỳ, kết quả này bằng 76,6% về số dự án và bằng 70% về vốn đăng ký": the
        return round(value - 100, 6)  # year-ago base opened the clause (base-opens-the-clause)
    if value > 50 and INDEX_BEFORE_RE.search(folded, max(0, amount.start - 60), amount.start):
        return round(value - 100, 6)  # "tốc độ phát triển GRDP đạt 108,84%": an index, +8.84
    if 100 < value < 200 and GRDP_REACHED_RE.search(
        folded, max(0, amount.start - 60), amount.start
    ):
        return round(value - 100, 6)  # "GRDP ước cả năm 2022 … đạt 113,94%": no growth that high
    if _second_of_a_run(work, index):  # "giảm lần lượt 2,47% và 7,98%"
        return math.copysign(value, signed_change(work, index - 1, catalogue))
    if minus_sign(folded, amount.start):
        return -value  # "giảm (-1,68%)", "tăng trưởng -5,5%": the sign says it
    if compared_period_rate(work, index):
        return value  # "thấp hơn quý I (14,8%)": lower than that quarter, which rose 14.8%
    reach = seg.before
    after = (amount.end, min(seg.after[1], amount.end + 24))
    if (
        COORDINATED_BY_RE.search(folded, max(0, amount.start - 12), amount.start)
        and index
        and work.amounts[index - 1].unit == "percent"
        and not any(catalogue.words[w].search(folded, *after) for w in ("decrease", "increase"))
    ):  # "fell by 25.96% on the month and (by) 3.65% on the year" (not "… and 3.5 percent less")
        reach = (0, amount.start)
    down = [
        m.end()
        for m in catalogue.words["decrease"].finditer(folded, *reach)
        if not LEVEL_AFTER_RE.match(folded, m.end())
    ]  # "growth down to just 2.79 per cent"
    up = [m.end() for m in catalogue.words["increase"].finditer(folded, *reach)
          if not BOUND_OF_ITS_OWN_RE.fullmatch(folded, m.start(), amount.start)]  # fmt: skip
    if down and (not up or max(down) > max(up)):
        return -value
    if not up and catalogue.words["decrease"].search(folded, *after):
        return -value
    return value


# "with growth of 7.5%", "Growth then reached 8.8% in 2022": growth said of nothing else, in a
# sentence that names no quantity, is the economy's (bare-growth)
BARE_GROWTH_RE = re.compile(
    r"(?<![\w-])growth(?: rate)?(?: then| also| again)?(?: of| reached| hit| stood at| came in at"
    r"| was| at)(?: (?:about|around|nearly|almost|over|more than|some))?\s*"
    # "growth of 7.5% and 5.71% respectively": the run the phrase opens
    r"(?:[\d.,]+ ?%(?: in (?:19|20)\d\d)?(?:,| and|, and) )*$"
)


def _its_growth(work: Work, index: int, catalogue: Catalogue) -> Choice | None:
    """ "Its 9.4 per cent growth rate last year …": the place's growth, its rate said before the
    word (its-growth; "its 10% growth goal" is a plan, left out before)."""
    amount, folded = work.amounts[index], work.cues.folded
    if not ITS_BEFORE_RE.search(folded, max(0, amount.start - 20), amount.start):
        return None
    if not GROWTH_AFTER_RE.match(folded, amount.end):
        return None
    if OTHER_GROWER_RE.search(folded, 0, amount.start):
        return None  # "The firm doubled its output; its 12% growth …": the firm's
    return _economy_grew(catalogue, "its growth", "its-growth")


ITS_BEFORE_RE = re.compile(r"(?<!\w)(?:its|the (?:province|city).s)\s+$")
GROWTH_AFTER_RE = re.compile(r"\s*(?:economic |grdp |gdp )?growth(?: rate)?(?!\w)")

# "his company, working towards growth of 10%": a firm's or a sector's own growth
OTHER_GROWER_RE = re.compile(
    r"(?<!\w)(?:compan(?:y|ies)|firms?|enterprises?|business(?:es)?|factor(?:y|ies)|sectors?"
    r"|industr(?:y|ies)|co\.?,? ltd)(?!\w)"
)


def _bare_growth(work: Work, index: int, catalogue: Catalogue) -> Choice | None:
    """Growth said right before the rate, of nothing the sentence names (bare-growth)."""
    amount, folded = work.amounts[index], work.cues.folded
    clause = after_last_mark(folded, amount.start)
    if work.cues.topics or not BARE_GROWTH_RE.search(folded, clause, amount.start):
        return None
    if QUANTITY_BEFORE_RE.search(folded, 0, amount.start) or OTHER_GROWER_RE.search(
        folded, 0, amount.start
    ):
        return None  # "exports kept rising, with growth of 12%": that quantity's growth
    return _economy_grew(catalogue, "growth", "bare-growth")


def _the_growth_again(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> Choice | None:
    """ "… la croissance économique a atteint en moyenne 9,11% par an. Rien qu'en 2020, elle s'est
    établie à 5,91%", "Le rythme est passé à 7,68 %": a pronoun or "the pace" as the subject of a
    rate, in a sentence that names no topic before it, right after the economy's growth was the
    topic, stands for that growth (growth-again)."""
    amount, folded = work.amounts[index], work.cues.folded
    if frame.topic != "grdp" or work.cues.topic_before(amount.start):
        return None
    if not PACE_SUBJECT_RE.fullmatch(folded, after_last_mark(folded, amount.start), amount.start):
        return None
    return _economy_grew(catalogue, "its growth, told before", "growth-again")


# the subject that stands for a growth told before, then at most a few words of its verb
PACE_SUBJECT_RE = re.compile(
    r"\s*(?:elle|it|this|the (?:pace|rate)|(?:le|ce) (?:rythme|taux)|muc tang(?: truong)?"
    r"|toc do (?:nay|tang(?: truong)?))\s+(?:[\w']+\s+){0,4}?"
)


def _this_figure_changed(
    work: Work, index: int, frame: Frame, catalogue: Catalogue
) -> Choice | None:
    """ "Vốn FDI … đã vượt 70% kế hoạch. So với năm 2014, con số này tăng 11,1%", "Ce montant …
    marque une hausse de plus de 19% sur un an": "this figure" as the subject of a change, in a
    sentence that names no topic before it, is the figure of the topic named last, and the
    change is that figure's (this-figure-changed)."""
    amount, folded = work.amounts[index], work.cues.folded
    topic = frame.topic
    if topic is None or frame.subset or work.cues.topic_before(amount.start):
        return None  # (after a subset's figure, "the figure" is the subset's: "Private firms
        # earned 5.8 billion USD from exports … The figure was almost 35% higher")
    if not THIS_FIGURE_RE.search(folded, after_last_mark(folded, amount.start), amount.start):
        return None
    if catalogue.family(topic) != topic or not _is_change(work, index, catalogue):
        return None  # a part's change has no metric
    change = _change_metric(catalogue, topic)
    return Choice(change, "this figure", "this-figure-changed", 1.0, 1.0) if change else None


# "this figure", "con số này", "ce montant": the figure just told, as a clause's subject
THIS_FIGURE = (
    r"con so (?:nay|do)|muc nay|this (?:figure|amount|sum)|the figure|ce (?:montant|chiffre)"
)
THIS_FIGURE_RE = re.compile(rf"(?<!\w)(?:{THIS_FIGURE})(?!\w)")
