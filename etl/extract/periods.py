"""Find the period a figure refers to (English, Vietnamese, French) from the publication date.

>>> [(p.kind, p.start, p.end) for p in find_periods("in the first 10 months of 2021", None)]
[('range', datetime.date(2021, 1, 1), datetime.date(2021, 10, 31))]
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from etl.textnorm import fold

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12,
}  # fmt: skip
COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "mot": 1, "hai": 2, "ba": 3, "bon": 4,
    "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12,
}  # fmt: skip
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(COUNTS, key=len, reverse=True)) + ")"
YEAR = r"(?P<year>(?:19|20)\d\d)"
AS_OF = r"(?:as of|as at|by|until|till|through|up to|accumulated until)"
OF_YEAR = rf"(?:,? (?:of |in |nam |de |de l'annee )?(?:this year|the year|nam nay|{YEAR}))?"

# Phrases that compare with another period: never the figure's own period.
COMPARISON_RE = re.compile(
    r"same period(?: of| in| last)?(?: year| \d{4})?"
    r"|(?:than|from|over) (?:in )?(?:the same period )?(?:last year|a year (?:earlier|ago)|\d{4})"
    r"|a year (?:earlier|ago)|compared (?:with|to) [^,;]{0,30}"
    r"|cung ky(?: nam (?:truoc|ngoai|\d{4}))?|cung thoi diem(?: nam (?:truoc|ngoai))?"
    r"|so (?:voi )?(?:thang|nam) (?:truoc|\d{1,2}|\d{4})|sur un an|par rapport a [^,;]{0,30}"
    r"|than last (?:year|month)|(?:this year's|nam nay) (?:plan|target|ke hoach)|plan for the year"
    r"|thang truoc|nam truoc|nam ngoai|last month"
)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period phrase found in a sentence.

    kind: "range" (a flow's period), "point" (an as-of date), "now" (so far, currently),
    "ytd" (since the start of the year). `start`/`end` are None when the year is unknown.
    `stock` is True for phrases that imply a cumulative total ("so far", "to date").
    """

    kind: str
    start: date | None
    end: date | None
    span: tuple[int, int]
    stock: bool = False
    within_month: bool = False


Handler = Callable[[dict, int | None], tuple[str, date | None, date | None]]


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _count(text: str) -> int:
    return int(text) if text.isdigit() else COUNTS[text]


def _first_months(g: dict, year: int | None):
    n = _count(g["n"])
    if not 1 <= n <= 12 or year is None:
        return "range", None, None
    return "range", date(year, 1, 1), _month_end(year, n)


def _months(first: int, last: int):
    def handler(g: dict, year: int | None):
        if year is None:
            return "range", None, None
        return "range", date(year, first, 1), _month_end(year, last)

    return handler


def _quarter(g: dict, year: int | None):
    q = QUARTERS[g["q"]]
    return _months(3 * q - 2, 3 * q)(g, year)


def _month_span(g: dict, year: int | None):
    first = MONTHS.get(g.get("month") or "") or int(g.get("m1") or g.get("m") or 0)
    last = MONTHS.get(g.get("month2") or "") or int(g.get("m2") or 0) or first
    if not (1 <= first <= last <= 12):
        return "range", None, None
    return _months(first, last)(g, year)


def _day_span(g: dict, year: int | None):
    month, first, last = int(g["m"]), int(g.get("d1") or 1), int(g.get("d2") or 15)
    if year is None or not 1 <= month <= 12:
        return "range", None, None
    last = min(last, monthrange(year, month)[1])
    return "range", date(year, month, first), date(year, month, last)


def _point(g: dict, year: int | None):
    month = MONTHS.get(g.get("month") or "") or int(g.get("m") or 12)
    if year is None or not 1 <= month <= 12:
        return "point", None, None
    if g.get("d"):
        day = min(int(g["d"]), monthrange(year, month)[1])
    elif g.get("mid"):
        day = 15
    else:
        day = monthrange(year, month)[1]
    return "point", None, date(year, month, day)


def _year(g: dict, year: int | None):
    return _months(1, 12)(g, year)


def _last_year(g: dict, year: int | None):
    return _months(1, 12)(g, year - 1 if year else None)


def _now(kind: str):
    return lambda g, year: (kind, None, None)


MONTH_WORDS = tuple(MONTHS) + ("thang",)
AS_OF_WORDS = ("as of", "as at", "by ", "until", "till", "through", "up to")
# (words one of which a sentence must contain, pattern, handler, implies a stock). The words are a
# cheap test that spares most sentences most patterns (the patterns are the slow part).
PATTERNS: list[tuple[tuple[str, ...], str, Handler, bool]] = [
    (("months",), rf"(?:the |les |des )?first {COUNT} months{OF_YEAR}", _first_months, False),
    (("premiers mois",), rf"(?:les |des )?{COUNT} premiers mois{OF_YEAR}", _first_months, False),
    (
        ("thang",),
        rf"(?:sau |gop ca |ca |trong |luy ke |tinh chung )?{COUNT} thang(?: dau nam| nam)?"
        rf"(?: {YEAR})?(?! ?\d)(?! truoc)",
        _first_months,
        False,
    ),
    (
        ("half", "six months", "nua dau nam", "h1"),
        rf"(?:the )?(?:first[- ]half|first six months|half[- ]year|six months|nua dau nam|h1)"
        rf"{OF_YEAR}",
        _months(1, 6),
        False,
    ),
    (
        ("quarter",),
        rf"(?:the )?(?P<q>first|second|third|fourth)[- ]quarter{OF_YEAR}",
        _quarter,
        False,
    ),
    (("first three months",), rf"(?:the )?first three months{OF_YEAR}", _months(1, 3), False),
    (("quy ",), rf"quy (?P<q>iv|iii|ii|i|[1-4])(?:[/ ](?:nam )?{YEAR})?", _quarter, False),
    (("q1", "q2", "q3", "q4"), rf"q(?P<q>[1-4])(?:[/ ]{YEAR})?", _quarter, False),
    (
        MONTH_WORDS,
        rf"(?:from |de |tu thang )?{MONTH}\s?(?:-|–|to|a|den thang)\s?(?P<month2>{MONTH_NAMES})"
        rf"(?: {YEAR})?",
        _month_span,
        False,
    ),
    (
        ("tu ngay",),
        rf"tu ngay (?P<d1>\d{{1,2}}) ?(?:-|den(?: ngay)?) ?(?P<d2>\d{{1,2}})[-/](?P<m>\d{{1,2}})"
        rf"(?:[-/]{YEAR})?",
        _day_span,
        False,
    ),
    (
        ("dau thang",),
        rf"(?:nua dau|(?P<d2>\d{{1,2}}) ngay dau) thang (?P<m>\d{{1,2}})(?:[-/]{YEAR})?",
        _day_span,
        False,
    ),
    (
        ("den ",),
        rf"(?:tinh |luy ke )?den (?:het )?(?:ngay )?(?P<d>\d{{1,2}})[-/](?P<m>\d{{1,2}})"
        rf"(?:[-/]{YEAR})?",
        _point,
        False,
    ),
    (
        ("cuoi thang",),
        rf"(?:tinh )?den (?:het )?cuoi thang (?P<m>\d{{1,2}})(?:(?: nam |/){YEAR})?",
        _point,
        False,
    ),
    (("cuoi nam",), rf"(?:tinh )?den (?:het )?cuoi nam {YEAR}", _point, False),
    (AS_OF_WORDS, rf"{AS_OF} (?:the )?end(?: of)?[- ]{MONTH}(?: {YEAR})?", _point, False),
    (AS_OF_WORDS, rf"{AS_OF} (?:the )?end(?: of)?[- ]{YEAR}", _point, False),
    (AS_OF_WORDS, rf"{AS_OF} (?:the )?(?P<mid>mid)[- ]{MONTH}(?: {YEAR})?", _point, False),
    (
        AS_OF_WORDS,
        rf"{AS_OF} {MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {YEAR})?",
        _point,
        False,
    ),
    (AS_OF_WORDS, rf"{AS_OF} (?P<d>\d{{1,2}}) {MONTH}(?: {YEAR})?", _point, False),
    (
        ("thang",),
        rf"(?:rieng |trong )?thang (?P<m>\d{{1,2}})(?:[-/]| nam ){YEAR}",
        _month_span,
        False,
    ),
    (("thang",), r"(?:rieng |trong )thang (?P<m>\d{1,2})(?![\d/-])", _month_span, False),
    (MONTH_WORDS, rf"(?:in|during|en) {MONTH}(?! \d{{1,2}}\b)(?: {YEAR})?", _month_span, False),
    (
        ("so far this year", "since the", "to date", "to-date", "tu dau nam", "depuis le debut"),
        r"so far this year|since the (?:beginning|start) of (?:this|the) year|year[- ]to[- ]date"
        r"|(?:cong don |luy ke |tinh )?tu dau nam(?: den nay)?|depuis le debut de l'annee",
        _now("ytd"),
        False,
    ),
    (
        ("so far", "to date", "up to now", "a ce jour", "den nay"),
        r"so far|to date|up to now|a ce jour|tu truoc den nay|den nay",
        _now("now"),
        True,
    ),
    (
        ("currently", "at present", "now", "hien", "actuellement"),
        r"currently|at present|now|hien nay|hien tai|hien|actuellement",
        _now("now"),
        False,
    ),
    (
        ("last year", "nam ngoai", "l'an dernier", "l'annee derniere"),
        r"last year|nam ngoai|l'an dernier|l'annee derniere",
        _last_year,
        False,
    ),
    (
        ("year", "nam nay", "ca nam", "cette annee"),
        r"this year|the year|during the year|for the year|nam nay|ca nam|cette annee",
        _year,
        False,
    ),
    (("19", "20"), rf"(?:in|for|of|during|nam|en|trong nam) {YEAR}(?![\d/])", _year, False),
]
COMPILED = [
    (re.compile("|".join(map(re.escape, n))), re.compile(rf"(?<!\w){p}(?!\w)"), h, s)
    for n, p, h, s in PATTERNS
]


def find_periods(
    sentence: str, published: date | None, context_year: int | None = None
) -> list[PeriodMention]:
    """Period phrases of a sentence, left to right; overlapping phrases keep the first pattern's."""
    folded = fold(sentence)
    taken = [m.span() for m in COMPARISON_RE.finditer(folded)]
    found: list[PeriodMention] = []
    for needles, pattern, handler, stock in COMPILED:
        if not needles.search(folded):
            continue
        for match in pattern.finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            found.append(_resolve(match, handler, stock, published, context_year))
    return sorted(found, key=lambda p: p.span)


def _resolve(match, handler, stock, published, context_year) -> PeriodMention:
    g = {k: v for k, v in match.groupdict().items() if v}
    explicit = g.get("year")
    year = int(explicit) if explicit else (published.year if published else context_year)
    kind, start, end = handler(g, year)
    late = not explicit and published and end and end > published and handler is not _last_year
    if late and (kind != "range" or start > published):  # "in November" read in February
        kind, start, end = handler(g, year - 1)
    within = handler is _month_span and start is not None and start.month == end.month
    return PeriodMention(kind, start, end, match.span(), stock, within_month=within)


def as_of(mention: PeriodMention, published: date | None, context: PeriodMention | None):
    """Give "now" and "ytd" mentions their dates: the publication date, else the context's end."""
    if mention.kind not in ("now", "ytd") or mention.end is not None:
        return mention
    end = published or (context.end if context else None)
    start = date(end.year, 1, 1) if end and mention.kind == "ytd" else None
    return replace(mention, start=start, end=end)
