"""Find the period phrases of a sentence and resolve them against the publication date (pure).

Kinds: "range" (a flow's period: "in the first 10 months of 2021", "quý I", "tháng 9/2018"),
"point" (an as-of date: "as of October 31", "tính đến ngày 15/11", "by mid-June"), "now"
("so far", "currently", "hiện"), "ytd" ("since the beginning of the year", "từ đầu năm") and
"same" ("in the period", "trong kỳ": the period the article set). A phrase without a year takes
the publication year, or the year before when it would end after publication.

>>> [(p.kind, p.start, p.end) for p in find_periods("in the first 10 months of 2021", None)]
[('range', datetime.date(2021, 1, 1), datetime.date(2021, 10, 31))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from etl.extract.leads import LeadScan
from etl.extract.period_handlers import month_end
from etl.extract.period_patterns import (
    COMPARISON_RE,
    COMPILED,
    ITS_OWN_RATE_RE,
    MARKS,
    PATTERNS_OF,
    Handler,
    last_year_handler,
    needles_in,
    past_year_handler,
    this_year_handler,
)
from etl.textnorm import fold

FORECAST_DAYS = 150  # what a year "is expected" to bring with five months or more to go: a forecast
ESTIMATE_DAYS = 45  # "exports in the first quarter are likely to reach ..." written on March 22
EVENT_AHEAD_DAYS = 31  # a day this close after publication is an event's, not last year's
# "chỉ nhỉnh hơn mức tăng 3,21% của quý I/2020", "vượt mức tăng 4,03% của 6 tháng đầu năm 2020",
# "higher than the 5.1% of the first half of 2022": the period of the rate compared with is the
# base's, never a figure's own or the article's (base-period)
BASE_RATE_WORDS = (  # "chậm hơn mức tăng", "vượt mức tăng", "faster than the": a rate compared with
    r"(?<!\w)(?:(?:hon|so voi|vuot|sau)(?: han| nhieu| xa)? (?:muc|toc do)(?: tang(?: truong)?)?"
    r"|than (?:the|a|its)|compared (?:with|to) (?:the|a)"
    # "a rise of 7.1 percent, compared with growth of 6.9 percent in the same quarter a year
    # earlier": the base's rate
    r"|compared (?:with|to) (?:(?:the|a) )?(?:growth|rise|increase|expansion)(?: rate)? of"
    # "well above the 1.77% increase recorded in the second quarter of 2023", "up from the"
    r"|(?:above|below|ahead of|behind|up from|down from) (?:the|its)"
    # "a dépassé 8,2%, contre 8,1% au premier semestre 2022": the rate set against it
    r"|contre)"
)
BASE_PERIOD_BEFORE_RE = re.compile(  # also "nhanh hơn tốc độ của nửa đầu năm 2021"
    rf"{BASE_RATE_WORDS}(?: [\d.,]+ ?(?:%|percent|per cent))? (?:cua|of|in) (?:the )?$"
)
# "những tháng đầu năm 2021", "in the early months of the year": no period a figure can have
VAGUE_RE = re.compile(
    r"(?:nhung|cac|may) thang (?:dau|cuoi) nam(?: nay| (?:19|20)\d\d)?"
    r"|(?:early|opening|closing|final) months of (?:the year|this year|(?:19|20)\d\d)"
    # "Cho những tháng còn lại của năm 2021", "for the rest of 2021": the year still running
    r"|(?:nhung|cac) thang con lai (?:cua )?nam(?: nay| (?:19|20)\d\d)?"
    r"|(?:the )?(?:remaining months|rest) of (?:the year|this year|(?:19|20)\d\d)"
)
# "Được thành lập năm 1966", "founded in 1966": a firm's birth year is no period of a figure
FOUNDED_RE = re.compile(
    r"(?:thanh lap|ra doi|founded|established|set up)(?: (?:vao|in|tu))?(?: nam)? (?:19|20)\d\d"
)
FOUNDED_WORDS = ("thanh lap", "ra doi", "founded", "established", "set up")
# "tính theo giá so sánh năm 2010", "theo giá năm 2010", "at 2010 constant prices": the year
# prices are held at
PRICE_BASE_RE = re.compile(
    r"gia (?:so sanh|co dinh)(?: nam)? (?:19|20)\d\d|theo gia nam (?:19|20)\d\d"
    r"|(?:(?:19|20)\d\d )?(?:constant|comparative|fixed) (?:(?:19|20)\d\d )?prices?"
    r"(?: (?:of|in) (?:19|20)\d\d)?|prix (?:constants|comparables) (?:de )?(?:19|20)\d\d"
)
# tested as substrings
PRICE_WORDS = ("gia so sanh", "gia co dinh", "theo gia nam", "price", "prix")
# "this year", "năm nay", "cette année" as whole words
THIS_YEAR_RE = re.compile(r"(?<!\w)(?:this year|nam nay|cette annee)(?!\w)")
DEICTIC_RE = re.compile(r"this|nay|cette")  # "this year" is the publication's year
# The same regexes, run where the literals their matches start with stand (etl/extract/leads.py).
COMPARISON, VAGUE = LeadScan.of(COMPARISON_RE), LeadScan.of(VAGUE_RE)


@cache
def scan_of(index: int) -> LeadScan:
    """The scan of the period pattern at `index` in COMPILED, worked out the first time a
    sentence needs it (not when the module is imported: a run without articles needs none)."""
    return LeadScan.of(COMPILED[index][1])


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period phrase found in a sentence.

    `start`/`end` are None when the year is unknown. `stock` is True for phrases that imply a
    cumulative total ("so far", "to date"); `within_month` for a single month; `explicit_year`
    when the phrase names its year; `future` when it lies after the publication (a plan's year).
    """

    kind: str
    start: date | None
    end: date | None
    span: tuple[int, int]
    stock: bool = False
    within_month: bool = False
    explicit_year: bool = False
    future: bool = False
    anaphoric: bool = False  # "the year", "for the year": the year the text speaks of
    far_ahead: bool = False  # under way, but ending more than FORECAST_DAYS after publication
    closing: bool = False  # begun by publication and over, or ending within ESTIMATE_DAYS of it

    @property
    def several_years(self) -> bool:
        """ "between 2016 and October 2019", "the 2016-2020 period": more than one year."""
        return bool(self.start and self.end and self.start.year != self.end.year)

    @property
    def whole_history(self) -> bool:
        """ "From 1996 to 2021", "giai đoạn 1996 - 2021": decades from the 1990s on, the whole
        time the province has drawn foreign investment, so what came in over it is all there is."""
        return bool(
            self.start and self.end and self.start.year < HISTORY_STARTS_BEFORE
            and self.end.year - self.start.year >= WHOLE_HISTORY_YEARS
        )  # fmt: skip

    @property
    def whole_year(self) -> bool:
        """January 1 to December 31 of one year."""
        return bool(self.start and self.end and (self.start.month, self.start.day) == (1, 1)
                    and (self.end.month, self.end.day) == (12, 31)
                    and not self.several_years)  # fmt: skip


HISTORY_STARTS_BEFORE = 2000  # a span of the province's whole FDI history opens in its first years
WHOLE_HISTORY_YEARS = 20  # … and lasts decades (not "giai đoạn 1996 - 2010", a stage of it)


def _of_a_base(folded: str, mention: PeriodMention) -> bool:
    """The period belongs to the rate compared with ("… hơn mức tăng 3,21% của quý I/2020"; not
    "… hơn mức tăng của quý II (2,09%)", its own rate after it)."""
    return bool(
        BASE_PERIOD_BEFORE_RE.search(folded, max(0, mention.span[0] - 60), mention.span[0])
    ) and not ITS_OWN_RATE_RE.match(folded, mention.span[1])


def find_periods(
    sentence: str, published: date | None, context_year: int | None = None
) -> list[PeriodMention]:
    """Period phrases of a sentence, left to right; overlapping phrases keep the first pattern's.
    Comparisons ("than a year earlier", "so với cùng kỳ") and the period of a rate compared with
    ("hơn mức tăng 3,21% của quý I/2020") are never a figure's own period."""
    folded = fold(sentence)
    taken = [m.span() for m in COMPARISON.finditer(folded)]
    taken += [m.span() for m in VAGUE.finditer(folded)]
    if any(word in folded for word in FOUNDED_WORDS):
        taken += [m.span() for m in FOUNDED_RE.finditer(folded)]
    if any(word in folded for word in PRICE_WORDS):
        taken += [m.span() for m in PRICE_BASE_RE.finditer(folded)]
    if "Thang" in sentence:
        taken += [m.span() for m in NAMED_THANG_RE.finditer(sentence)]
    matched = []
    for index in sorted({i for needle in needles_in(folded) for i in PATTERNS_OF[needle]}):
        if MARKS[index] and not any(mark in folded for mark in MARKS[index]):
            continue  # "in 2019": no dash, so no span of years
        _, _, handler, stock = COMPILED[index]
        for match in scan_of(index).finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            if not _planned(match):
                matched.append((match, handler, stock))
    found = [_resolve(m, h, s, published, context_year) for m, h, s in matched]
    found += _elided_quarters(folded, found, taken)
    found += _elided_years(folded, found, taken)
    spans = [p for p in found if p.explicit_year and p.kind == "range" and p.start and p.end]
    if len(spans) == 1 and published and spans[0].end and spans[0].end.year != published.year:
        found = [_part_of_the_span(p, spans[0], (m, h, s), published, context_year)
                 for p, (m, h, s) in zip(found, matched, strict=True)]  # fmt: skip
    if "%" in folded or "cent" in folded:
        found = [p for p in found if not _of_a_base(folded, p)]
    return _spelled_out(sorted(found, key=lambda p: p.span), folded)


# "tháng 6/2016 (từ ngày 20/5/2016 – 20/6/2016)": the days in brackets right after a month
SPELLED_DAYS_RE = re.compile(r"\s*\(\s*(?:(?:duoc )?tinh |(?:that is|i\.e\.|soit),? )?")


def _spelled_out(found: list[PeriodMention], folded: str) -> list[PeriodMention]:
    """A month or run of months whose days a bracket right after it spells out, ending in its
    last month, runs over those days (period-spelled-out): a statistics month from the 21st of
    the month before to the 20th."""
    out = list(found)
    for i, (named, days) in enumerate(pairwise(found)):
        if (
            named.kind == "range" and days.kind == "range" and named.end and days.start
            and days.end and (days.end.year, days.end.month) == (named.end.year, named.end.month)
            and days.start != named.start  # (the same start: range-cut-by-its-days, frame.py)
            and SPELLED_DAYS_RE.fullmatch(folded, named.span[1], days.span[0])
        ):  # fmt: skip
            out[i] = replace(named, start=days.start, end=days.end)
    return out


# "the Tam Thang Garment factory", "Nam Thang ward": a Vietnamese month count written in capitals
# and without its tones ("tám tháng" is eight months) is a place's or a firm's name
NAMED_THANG_RE = re.compile(r"(?<![\w.])[A-Z][a-z]{1,5} Thang(?![\w])")


# "grew 3.84% in the first quarter and 2.97% in the second": the noun said once for both
# ("7,2 % au premier trimestre puis 9,6 % sur le deuxième")
ELIDED_QUARTER_RE = re.compile(
    r"(?<!\w)(?:in the|(?:sur|pour|dans) le|au|du) (?P<q>second|third|fourth|deuxieme|troisieme"
    r"|quatrieme)(?![\w-])(?! (?:half|six|nine|months?|year|place|semestre|moitie|mois|annee|rang))"
)
QUARTER_WORD_RE = re.compile(r"(?<!\w)(?:quarter|trimestre)(?!\w)")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "deuxieme": 2, "troisieme": 3,
            "quatrieme": 4}  # fmt: skip


def _elided_quarters(folded: str, found: list, taken: list) -> list[PeriodMention]:
    """The quarters a sentence names after one it named with its noun (elided-quarter)."""
    named = [p for p in found if p.kind == "range" and p.start and p.end
             and QUARTER_WORD_RE.search(folded, p.span[0], p.span[1])]  # fmt: skip
    if not named:
        return []
    first, out = named[0], []
    for match in ELIDED_QUARTER_RE.finditer(folded, first.span[1]):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        q = ORDINALS[match["q"]]
        year = first.start.year if first.start else None
        if year is None:
            continue
        start = date(year, 3 * q - 2, 1)
        out.append(replace(first, start=start, end=month_end(year, 3 * q), span=match.span()))
    return out


# "in 2020 and 2021", "năm 2020 và 2021", "en 2020 et 2021": a second year, its noun elided
ELIDED_YEAR_RE = re.compile(
    r"(?:,| and| va| et) (?:(?:in|nam|en) )?(?P<y>(?:19|20)\d\d)(?![\d.,]?\d|[-–/])"
)


def _elided_years(folded: str, found: list, taken: list) -> list[PeriodMention]:
    """The whole years a sentence names right after one it named with its noun (elided-year)."""
    out = []
    for first in [p for p in found if p.kind == "range" and p.whole_year and p.explicit_year]:
        at = first.span[1]
        while (match := ELIDED_YEAR_RE.match(folded, at)) is not None:
            if any(match.start() < e and s < match.end() for s, e in taken):
                break
            year = int(match["y"])
            out.append(replace(first, start=date(year, 1, 1), end=date(year, 12, 31),
                               span=match.span("y")))  # fmt: skip
            at = match.end()
    return out


def _part_of_the_span(
    mention: PeriodMention, span: PeriodMention, matched: tuple, published: date,
    context_year: int | None,
) -> PeriodMention:  # fmt: skip
    """ "GRDP 6 tháng năm 2023 tăng 7,95% (quý I tăng 8,43%, quý II tăng 7,51%)" published in
    2024: a yearless part, in brackets after the sentence's one span of a named year, is that
    year's (part-of-the-span)."""
    folded = matched[0].string
    opened = folded.rfind("(", span.span[1], mention.span[0])
    if mention.explicit_year or mention.kind != "range" or opened < 0:
        return mention  # only a part in brackets after the span is the span's
    match, handler, stock = matched
    year = span.end.year if span.end else None
    again = _resolve(match, handler, stock, published, context_year, year)
    inside = bool(
        again.start and again.end and span.start and span.end
        and span.start <= again.start and again.end <= span.end
    )  # fmt: skip
    return again if inside and again != span else mention


def one_run_to_its_last_month(
    start: date | None, end: date | None, other_start: date | None, other_end: date | None
) -> bool:
    """Two periods from the same start whose ends fall in the same month: one run of months told
    whole and counted to a day of its last month ("8 tháng" and "từ đầu năm đến ngày 15/8";
    LANGUAGE.md trap 12)."""
    return bool(
        start == other_start and end and other_end
        and (end.year, end.month) == (other_end.year, other_end.month)
    )  # fmt: skip


def comparison_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence compares with another period ("than a year earlier", "cùng kỳ")."""
    return [m.span() for m in COMPARISON_RE.finditer(fold(sentence))]


def _resolve(
    match: re.Match, handler: Handler, stock, published, context_year, sentence_year=None
) -> PeriodMention:
    groups = {k: v for k, v in match.groupdict().items() if v}
    explicit = groups.get("year")
    year = int(explicit) if explicit else (published.year if published else context_year)
    year = year if explicit or sentence_year is None else sentence_year  # same-sentence-year
    if handler is past_year_handler and published and published.month <= PAST_YEAR_MONTHS:
        year -= 1  # "năm qua" written in January is the year that just ended
    kind, start, end = handler(groups, year)
    # "in November" read in February is last year's; "are forecast to … in the fourth quarter"
    # read in August is this year's quarter still ahead
    if (
        not explicit and published and end
        and _too_late(kind, start, end, published, handler)
        and not (kind == "range" and start and start.year == published.year
                 and FORECAST_RE.search(match.string))
    ):  # fmt: skip
        kind, start, end = handler(groups, year - 1)
    if (
        kind == "range" and published and start and end and start <= published < end
        and NEARLY_RE.search(match.string, max(0, match.start() - NEARLY_CHARS),
                             match.start() + NEARLY_CHARS)
    ):  # fmt: skip
        end = published  # "sau gần 9 tháng của năm 2022" on September 29: counted to that day
    within = bool(
        kind == "range" and start and end and (start.year, start.month) == (end.year, end.month)
    )
    future = bool(published and start and start > published) or bool(
        published and end and (explicit or groups.get("yy")) and end.year > published.year
    )
    # "the fair runs until November 14" two days ahead: an event's day, no as-of date
    future = future or bool(
        published
        and end
        and kind == "point"
        and not explicit
        and end > published
        and not _year_end_ahead(end, published)
        and not (_month_end_ahead(end, published) and ESTIMATED_RE.search(match.string))
    )
    # "en octobre prochain", "next October", "tháng 10 sắp tới": a month still ahead, whatever
    # day the article is read on (next-month-ahead)
    future = future or bool(
        not explicit
        and (
            NEXT_AFTER_RE.match(match.string, match.end())
            or NEXT_BEFORE_RE.search(match.string, max(0, match.start() - 5), match.start())
        )
    )
    anaphoric = bool(groups.get("that")) or (
        handler is this_year_handler and not explicit and not DEICTIC_RE.search(match[0])
    )
    far_ahead = bool(
        published and start and end and start <= published
        and _far_from_over(start, end, published)
    )  # fmt: skip
    closing = bool(
        published and start and end and start <= published
        and (end - published).days <= ESTIMATE_DAYS
    )  # fmt: skip
    return PeriodMention(kind, start, end, match.span(), stock, within, bool(explicit), future,
                         anaphoric, far_ahead, closing)  # fmt: skip


PAST_YEAR_MONTHS = 6  # "the past year" said in the first half of a year is the year before
PLAN_FOR_RE = re.compile(
    r"(?<!\w)(?:ke hoach|phuong huong|nhiem vu|(?:plans?|targets?|tasks?) for)"
    r"(?: (?:cho|cua|trong))?(?: the)?\s+$"
)
PLAN_FOR_CHARS = 24


def _planned(match: re.Match) -> bool:
    """ "cùng kế hoạch cho nửa cuối năm", "bàn nhiệm vụ 6 tháng cuối năm", "the plan for the
    fourth quarter": the period a plan is for, its year unsaid, is no figure's period."""
    return not match.groupdict().get("year") and bool(
        PLAN_FOR_RE.search(match.string, max(0, match.start() - PLAN_FOR_CHARS), match.start())
    )


NEXT_AFTER_RE = re.compile(r"\s+(?:prochaine?|sap toi)(?!\w)")
NEXT_BEFORE_RE = re.compile(r"(?<!\w)next\s+$")
# "For the year as a whole, Binh Duong expects growth of 8%" in March: the year is far from over;
# "Inflows are forecast at 0.85 billion USD for the third quarter" on July 6: this year's quarter
FORECAST_RE = re.compile(
    r"(?<!\w)(?:expects?|expected|forecasts?|forecasted|projected|du kien|du bao|ky vong"
    r"|co the (?:tang|dat|vuot)|prevoit|devrai(?:t|ent))(?!\w)"
)


# "tháng 4-2015", "tháng 9/2019": a month named with its year (the month and the year grouped)
MONTH_OF_YEAR = r"thang (?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d\d)"
# "ước đạt", "an estimated", "estimé à": the figure is an estimate
ESTIMATED_RE = re.compile(r"(?<!\w)(?:uoc(?! mo)|estimated?|estim(?:e|ee|ees|es|ation))(?!\w)")
# "nearly nine months", "gần 9 tháng": a run of months not over yet (nearly-months)
NEARLY_RE = re.compile(r"(?<!\w)(?:gan|nearly|almost|close to)(?!\w)")
NEARLY_CHARS = 8


def _year_end_ahead(end: date, published: date) -> bool:
    """ "Revenue hit an estimated X by the end of the year" written in November: the coming
    year-end is estimated (a figure of this year), not last year's nor a plan (year-end-ahead)."""
    return (end.month, end.day) == (12, 31) and 0 < (end - published).days <= ESTIMATE_DAYS


def _month_end_ahead(end: date, published: date) -> bool:
    """ "Lũy kế đến tháng 9 ước đạt X" written on September 24, "by the end of August, exports
    were estimated at X" on August 28: the end of the month the report is written in, with an
    estimate, is its as-of date, not a day still to come (month-end-ahead)."""
    return (end.year, end.month) == (published.year, published.month) and (
        end + timedelta(days=1)
    ).day == 1


def _far_from_over(start: date, end: date, published: date) -> bool:
    """Five months or more to go, or, of a shorter period (a quarter, a half), more than its
    half and more than the last weeks an estimate is made in."""
    left = (end - published).days
    return left > FORECAST_DAYS or (left > ESTIMATE_DAYS and 2 * left > (end - start).days)


def _too_late(kind: str, start, end: date, published: date, handler: Handler) -> bool:
    """A phrase without a year that would end after publication speaks of last year's period,
    unless it is the year itself ("this year") or an estimate of a period about to end."""
    if handler in (last_year_handler, this_year_handler, past_year_handler) or end <= published:
        return False
    if kind == "point" and (end - published).days <= EVENT_AHEAD_DAYS:
        return False  # "runs until November 14" on November 12: days ahead, not last year
    if kind == "point" and (end.month, end.day) == (12, 31):
        return not _year_end_ahead(end, published)
    if kind != "range" or start > published:
        return True
    return (end - published).days > ESTIMATE_DAYS


def the_year_of(mentions: list[PeriodMention], reference: PeriodMention | None):
    """ "The year closed with a surplus of $3.7 billion" after "in 2015" in a January 2016
    round-up: "the year" is the year the text speaks of (the last named range before it in the
    sentence, else the article's period), not the publication's (year-anaphor)."""
    if not any(mention.anaphoric for mention in mentions):
        return mentions  # the usual case: no "the year" to resolve
    out: list[PeriodMention] = []
    for mention in mentions:
        named = [m for m in out if m.explicit_year and m.end and m.span[1] <= mention.span[0]]
        ref = named[-1] if named else reference
        if (
            mention.anaphoric
            and ref
            and ref.end
            and mention.end
            and ref.end.year != mention.end.year
        ):
            year = ref.end.year  # (a point, "the end of that year", keeps no start)
            start = date(year, 1, 1) if mention.start else None
            mention = replace(mention, start=start, end=date(year, 12, 31))
        out.append(mention)
    return out


def as_of(mention: PeriodMention, published: date | None, context: PeriodMention | None):
    """Give "now" and "ytd" mentions their dates: the publication date, else the context's end."""
    if mention.kind not in ("now", "ytd") or mention.end is not None:
        return mention
    end = published or (context.end if context else None)
    start = date(end.year, 1, 1) if end and mention.kind == "ytd" else None
    start = mention.start or start  # "since 2020": from its own start
    return replace(mention, start=start, end=end)
