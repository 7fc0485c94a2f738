"""The period phrases of English, Vietnamese and French economic news, as folded regexes, each
with the handler that turns its groups into dates (pure). LANGUAGE.md §1 lists them."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date

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
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six mois": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}  # fmt: skip
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
            "1": 1, "2": 2, "3": 3, "4": 4, "premier": 1, "deuxieme": 2, "troisieme": 3,
            "quatrieme": 4}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(COUNTS, key=len, reverse=True)) + ")"
YEAR = r"(?P<year>(?:19|20)\d\d)"
AS_OF = (
    r"(?:as of|as at|by|until|till|through|up to|accumulated (?:until|to)|at the end of|tinh den"
    r"|luy ke den|den|cumulatively to)"
)
OF_YEAR = (
    rf"(?:,? (?:of |in |nam |de |de l'annee |cua nam )?(?:this year|the year|nam nay|{YEAR}))?"
)
QUARTER_WORD = r"(?P<q>first|second|third|fourth)"

# Phrases that compare with another period or a plan: never the figure's own period.
COMPARISON_RE = re.compile(
    r"(?:same|corresponding) periods?(?: (?:of|in))?(?: (?:the )?(?:last|previous) year| \d{4}"
    r"| last)?"
    r"|(?:than|from|over|on|against) (?:in )?(?:the same period )?"
    r"(?:last year|a year (?:earlier|ago)|the previous (?:year|month|quarter)|\d{4})"
    r"|a year (?:earlier|ago)|compared (?:with|to) [^,;]{0,30}|year[- ]on[- ]year|on[- ]year"
    r"|cung ky(?: nam (?:truoc|ngoai|\d{4}))?|cung thoi (?:diem|gian)(?: nam (?:truoc|ngoai))?"
    r"|so (?:voi )?(?:thang|nam|quy) (?:truoc|\d{1,2}|\d{4}|lien ke|ngoai)(?:[-/]\d{4})?"
    r"|(?:cao|thap|nhieu|it|tang|giam) hon (?:thang|nam|quy) (?:truoc|\d{1,2})"
    r"|sur un an|par rapport a [^,;]{0,30}|than last (?:year|month)|previous month|thang truoc"
    r"|(?:this year's|nam nay|the yearly|the annual|annual|yearly|whole-year|full-year) "
    r"(?:plan|target|goal|ke hoach)|plan for the year|ke hoach (?:nam|ca nam)(?: \d{4})?"
    r"|nam truoc|nam ngoai|last month|month-on-month|year-over-year"
)

Handler = Callable[[dict, int | None], tuple[str, date | None, date | None]]


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, monthrange(year, month)[1])


def _count(text: str) -> int:
    return int(text) if text.isdigit() else COUNTS[text]


def _first_months(g: dict, year: int | None):
    n = _count(g["n"])
    if not 1 <= n <= 12 or year is None:
        return "range", None, None
    return "range", date(year, 1, 1), month_end(year, n)


def _months(first: int, last: int) -> Handler:
    def handler(g: dict, year: int | None):
        if year is None:
            return "range", None, None
        return "range", date(year, first, 1), month_end(year, last)

    return handler


def _quarter(g: dict, year: int | None):
    q = QUARTERS[g["q"]]
    return _months(3 * q - 2, 3 * q)(g, year)


def _quarter_end(g: dict, year: int | None):
    q = QUARTERS[g["q"]]
    return ("point", None, month_end(year, 3 * q)) if year else ("point", None, None)


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
    return "range", date(year, month, min(first, last)), date(year, month, last)


def _point(g: dict, year: int | None):
    month = MONTHS.get(g.get("month") or "") or int(g.get("m") or 12)
    if year is None or not 1 <= month <= 12:
        return "point", None, None
    if g.get("d"):
        day = min(max(int(g["d"]), 1), monthrange(year, month)[1])
    elif g.get("mid"):
        day = 15
    else:
        day = monthrange(year, month)[1]
    return "point", None, date(year, month, day)


def this_year_handler(g: dict, year: int | None):
    """ "this year", "cả năm", "in 2023": the whole year."""
    return _months(1, 12)(g, year)


def last_year_handler(g: dict, year: int | None):
    """ "last year", "năm ngoái": the whole year before."""
    return _months(1, 12)(g, year - 1 if year else None)


def _now(kind: str) -> Handler:
    return lambda g, year: (kind, None, None)


def _p(needles: tuple[str, ...], pattern: str, handler: Handler, stock: bool = False):
    return needles, pattern, handler, stock


MONTH_WORDS = (*MONTHS, "thang")
AS_OF_WORDS = ("as of", "as at", "by ", "until", "till", "through", "up to", "accumulated",
               "end of", "tinh den", "luy ke den", "den ")  # fmt: skip
# (words one of which a sentence must contain, pattern, handler, implies a stock). The words are a
# cheap test that spares most sentences most patterns (the patterns are the slow part).
PATTERNS = [
    _p(
        ("months",),
        rf"(?:the |over the |in the |during the )?(?:first|past|last) {COUNT} months{OF_YEAR}",
        _first_months,
    ),
    _p(
        ("months",),
        rf"(?:in |over |during |for )(?:the )?{COUNT}[- ]months?(?: (?:of|in) {YEAR})?"
        rf"(?! (?:ago|later|before))",
        _first_months,
    ),
    _p(
        ("month span", "month period"),
        rf"(?:the )?{COUNT}[- ]month (?:span|period)",
        _first_months,
    ),
    _p(("premiers mois",), rf"(?:les |des )?{COUNT} premiers mois{OF_YEAR}", _first_months),
    _p(("mois",), rf"(?:en|sur) {COUNT} mois(?: de {YEAR})?", _first_months),
    _p(
        ("thang",),
        rf"(?:sau |gop ca |ca |trong |luy ke |tinh chung |cong don )?{COUNT} thang(?: dau(?: nam|"
        rf" tien)?| (?:cua )?nam| qua| vua qua)?(?: (?:nam )?{YEAR})?(?! ?\d)(?! truoc)(?! cuoi)",
        _first_months,
    ),
    _p(("cuoi nam",), rf"6 thang cuoi nam(?: {YEAR})?", _months(7, 12)),
    _p(("thang dau",), rf"thang dau (?:tien )?(?:cua )?(?:nam)(?: nay| {YEAR})?", _months(1, 1)),
    _p(
        ("half", "six months", "nua dau nam", "h1", "semestre"),
        rf"(?:the )?(?:first[- ]half|first six months|half[- ]year|six months|nua dau nam"
        rf"|nua nam(?: qua| vua qua)|h1|prem"
        rf"ier semestre){OF_YEAR}",
        _months(1, 6),
    ),
    _p(
        ("second half", "nua cuoi nam", "h2"),
        rf"(?:the )?(?:second[- ]half|nua cuoi nam|h2){OF_YEAR}",
        _months(7, 12),
    ),
    _p(
        ("quarter",),
        rf"{AS_OF} (?:the )?end of (?:the |this year's |the year's )?"
        rf"{QUARTER_WORD}[- ]quarter{OF_YEAR}",
        _quarter_end,
    ),
    _p(("quarter",), rf"(?:the )?{QUARTER_WORD}[- ]quarter{OF_YEAR}", _quarter),
    _p(
        ("trimestre",),
        rf"(?:le |au )?(?P<q>premier|deuxieme|troisieme|quatrieme) trimestre{OF_YEAR}",
        _quarter,
    ),
    _p(("first three months",), rf"(?:the )?first three months{OF_YEAR}", _months(1, 3)),
    _p(
        ("quy ", "qui "),
        rf"qu[yi] (?P<q>iv|iii|ii|i|[1-4])(?![\w])(?:[/ -](?:nam )?{YEAR})?",
        _quarter,
    ),
    _p(("q1", "q2", "q3", "q4"), rf"q(?P<q>[1-4])(?:[/ -]{YEAR})?", _quarter),
    _p(
        MONTH_WORDS,
        rf"(?:from |de |tu thang |between )?{MONTH}\s?(?:-|–|to|a|den thang|and)\s?"
        rf"(?P<month2>{MONTH_NAMES}"
        rf")(?: (?:this year|{YEAR}))?",
        _month_span,
    ),
    _p(
        ("thang",),
        rf"tu thang (?P<m1>\d{{1,2}}) (?:den|-) (?:thang )?(?P<m2>\d{{1,2}})(?:[/-]{YEAR})?",
        _month_span,
    ),
    _p(
        ("tu ngay",),
        rf"tu ngay (?P<d1>\d{{1,2}}) ?(?:-|–|den(?: ngay)?) ?(?P<d2>\d{{1,2}})[-/.](?P<m>\d{{1,2}}"
        rf")(?:[-/.]{YEAR})?",
        _day_span,
    ),
    _p(
        ("dau thang",),
        rf"(?:nua dau|(?P<d2>\d{{1,2}}) ngay dau) thang (?P<m>\d{{1,2}})(?:[-/]{YEAR})?",
        _day_span,
    ),
    _p(
        ("giua thang",),
        rf"(?:tinh |luy ke )?den giua thang (?P<m>\d{{1,2}})(?:[-/]{YEAR})?",
        lambda g, y: _point({**g, "mid": "1"}, y),
    ),
    _p(
        ("den ",),
        rf"(?:tinh |luy ke |cong don )?(?:tu dau nam )?den (?:het )?(?:ngay )?(?P<d>\d{{1,2}})[-/"
        rf".](?P<m>\d{{1,2}})(?:[-/.]{YEAR})?",
        _point,
    ),
    _p(
        ("cuoi thang", "het thang"),
        rf"(?:tinh |luy ke )?den (?:het |cuoi |het cuoi )+thang (?P<m>\d{{1,2}})"
        rf"(?:(?: nam |/|-){YEAR}"
        rf")?",
        _point,
    ),
    _p(("cuoi nam", "het nam"), rf"(?:tinh |luy ke )?den (?:het |cuoi )+nam {YEAR}", _point),
    _p(AS_OF_WORDS, rf"{AS_OF} (?:the )?end(?: of)?[- ]{MONTH}(?: {YEAR})?", _point),
    _p(AS_OF_WORDS, rf"{AS_OF} (?:the )?end(?: of)?[- ](?:{YEAR}|this year|the year)", _point),
    _p(AS_OF_WORDS, rf"{AS_OF} (?:the )?(?P<mid>mid)[- ]{MONTH}(?: {YEAR})?", _point),
    _p(AS_OF_WORDS, rf"{AS_OF} {MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {YEAR})?", _point),
    _p(
        AS_OF_WORDS,
        rf"{AS_OF} (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH}(?: {YEAR})?",
        _point,
    ),
    _p(AS_OF_WORDS, rf"(?:as of|as at|by|until|up to) {MONTH}(?: {YEAR})?(?! \d)", _point),
    _p(("fin ",), rf"(?:a|jusqu'a) (?:la )?fin (?:de |d')?{MONTH}(?: {YEAR})?", _point),
    _p(
        ("thang",),
        rf"(?:rieng |trong |chi trong |tinh rieng |chi rieng |rieng trong )?thang (?P<m>\d{{1,2}}"
        rf")(?:[-/]| nam ){YEAR}",
        _month_span,
    ),
    _p(
        ("thang",),
        r"(?:rieng |trong |chi trong |tinh rieng |chi rieng |rieng trong )?(?<![\d/] )thang (?P<"
        r"m>\d{1,2})(?![\d/-])(?: (?:vua qua|nay))?",
        _month_span,
    ),
    _p(
        MONTH_WORDS,
        rf"(?:in|during|en|for) {MONTH}(?! \d{{1,2}}\b)(?:,? {YEAR}| this year| alone)?",
        _month_span,
    ),
    _p(MONTH_WORDS, rf"{MONTH} {YEAR}", _month_span),
    _p(("alone",), rf"{MONTH} alone", _month_span),
    _p(
        (
            "so far this year", "since the", "to date", "to-date", "tu dau nam", "depuis le debut",
            "since early", "from early", "year to date",
        ),
        r"so far this year|since the (?:beginning|start) of (?:this|the) year|year[- ]to[- ]date"
        r"|since early this year|from early this year until now|(?:cong don |luy ke |tinh )?tu d"
        r"au nam(?: (?:den|toi) nay)?|depuis le debut de l'annee",
        _now("ytd"),
    ),
    _p(
        ("so far", "to date", "up to now", "a ce jour", "den nay", "toi nay", "cumulatively"),
        r"so far|to date|up to now|a ce jour|tu truoc den nay|(?:luy ke |tinh )?(?:den|toi) nay|"
        r"cumulatively",
        _now("now"), True,
    ),
    _p(
        ("currently", "at present", "now", "hien", "actuellement"),
        r"currently|at present|now|hien nay|hien tai|hien (?=co|dang|la|xep|dung|chiem|nam)"
        r"|actuellement",
        _now("now"),
    ),
    _p(
        (
            "in the period", "in the reviewed", "during the period", "over the reviewed",
            "trong ky", "over the period", "in the same time",
        ),
        r"(?:in|during|over) the (?:reviewed |same )?period|(?:in|over) the reviewed period|tron"
        r"g ky(?! truoc)",
        _now("same"),
    ),
    _p(
        ("last year", "nam ngoai", "l'an dernier", "l'annee derniere", "previous year"),
        r"last year|the previous year|nam ngoai|l'an dernier|l'annee derniere",
        last_year_handler,
    ),
    _p(("ca nam",), rf"ca nam(?: {YEAR})?", this_year_handler),
    _p(
        ("year", "nam nay", "cette annee"),
        r"this year|the year|during the year|for the year|nam nay|cette annee",
        this_year_handler,
    ),
    _p(
        ("19", "20"),
        rf"(?:in|for|of|during|nam|en|trong nam|trong|cua) {YEAR}(?![\d/])",
        this_year_handler,
    ),
]  # fmt: skip
COMPILED = [
    (re.compile("|".join(map(re.escape, n))), re.compile(rf"(?<!\w){p}(?!\w)"), h, s)
    for n, p, h, s in PATTERNS
]
