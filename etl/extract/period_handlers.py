"""What a period phrase's groups mean: the handlers that turn a match into a kind and dates,
and the month, count and quarter words they read (pure)."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

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
            "quatrieme": 4, "dau": 1, "cuoi": 4}  # fmt: skip


Handler = Callable[[dict, int | None], tuple[str, date | None, date | None]]


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, monthrange(year, month)[1])


def count_of(text: str) -> int:
    return int(text) if text.isdigit() else COUNTS[text]


def first_months(g: dict, year: int | None):
    n = count_of(g["n"])
    if not 1 <= n <= 12 or year is None:
        return "range", None, None
    return "range", date(year, 1, 1), month_end(year, n)


def last_months(g: dict, year: int | None):
    """ "the final six months of 2023": the year's last months, to December."""
    n = count_of(g["n"])
    return months_of(13 - n, 12)(g, year) if 1 <= n <= 12 else ("range", None, None)


def months_of(first: int, last: int) -> Handler:
    def handler(g: dict, year: int | None):
        if year is None:
            return "range", None, None
        return "range", date(year, first, 1), month_end(year, last)

    return handler


def first_quarters(g: dict, year: int | None):
    """ "the first two quarters", "ba quý đầu năm": January to the end of the last of them."""
    return months_of(1, 3 * count_of(g["nq"]))(g, year)


def quarter(g: dict, year: int | None):
    q = QUARTERS[g["q"]]
    return months_of(3 * q - 2, 3 * q)(g, year)


def quarter_end(g: dict, year: int | None):
    q = QUARTERS[g["q"]]
    return ("point", None, month_end(year, 3 * q)) if year else ("point", None, None)


def month_span(g: dict, year: int | None):
    first = MONTHS.get(g.get("month") or "") or int(g.get("m1") or g.get("m") or 0)
    last = MONTHS.get(g.get("month2") or "") or int(g.get("m2") or 0) or first
    opened = int(g.get("y1") or 0) or year
    if year and opened == year - 1 and 1 <= last < first <= 12:  # "December 2024 to March 2025"
        return "range", date(opened, first, 1), month_end(year, last)
    if not (1 <= first <= last <= 12) or opened != year:
        return "range", None, None
    return months_of(first, last)(g, year)


def day_span(g: dict, year: int | None):
    month, first, last = int(g["m"]), int(g.get("d1") or 1), int(g.get("d2") or 15)
    if year is None or not 1 <= month <= 12:
        return "range", None, None
    last = min(last, monthrange(year, month)[1])
    return "range", date(year, month, min(first, last)), date(year, month, last)


def date_span(g: dict, year: int | None):
    """ "từ ngày 16/4 đến 15/5", "from April 16 to May 15": from one day to another of a year;
    "từ ngày 21/12/2025 đến ngày 20/01/2026", a statistics month begun in the year before,
    counts to its last day (the as-of day that cuts the month it spells out), as does a span
    from a day of an earlier year ("lũy kế từ 1/1/1988 đến ngày 20/3/2023": a total to that day)."""
    first_month = int(g.get("m1") or 0) or MONTHS.get(g.get("month") or "", 0)
    last_month = int(g.get("m") or 0) or MONTHS.get(g.get("month2") or "", 0)
    if year is None or not (1 <= first_month <= 12 and 1 <= last_month <= 12):
        return "range", None, None
    first_year = int(g.get("y1") or year)
    first = min(int(g["d1"]), monthrange(first_year, first_month)[1])
    last = min(int(g["d2"]), monthrange(year, last_month)[1])
    start = date(first_year, first_month, max(first, 1))
    end = date(year, last_month, max(last, 1))
    if first_year != year:
        return ("point", None, end) if start < end else ("range", None, None)
    return ("range", start, end) if start <= end else ("range", None, None)


def first_days(g: dict, year: int | None):
    """ "13 ngày đầu năm 2021", "the first 45 days of the year": from January 1, N days."""
    days = int(g["n"])
    if year is None or not 1 <= days <= 366:
        return "range", None, None
    start = date(year, 1, 1)
    return "range", start, start + timedelta(days=days - 1)


def point(g: dict, year: int | None):
    month = MONTHS.get(g.get("month") or "") or int(g.get("m") or 12)
    if year is None or not 1 <= month <= 12:
        return "point", None, None
    if g.get("d"):
        day = min(max(int(g["d"]), 1), monthrange(year, month)[1])
    elif g.get("mid"):
        day = 15
    else:
        day = monthrange(year, month)[1]
    if g.get("ytd"):  # "from the start of the year to September 15": the year so far
        return "range", date(year, 1, 1), date(year, month, day)
    return "point", None, date(year, month, day)


def this_year_handler(g: dict, year: int | None):
    """ "this year", "cả năm", "in 2023": the whole year."""
    return months_of(1, 12)(g, year)


def years_handler(g: dict, year: int | None):
    """ "between 2016 and October 2019", "the 2016-2020 period": several years, to the end of
    the last one (or of its month)."""
    if g.get("yy"):  # "2017-20": the century of the first year
        year = int(g["first"][:2] + g["yy"])
    if year is None:
        return "range", None, None
    month = MONTHS.get(g.get("month2") or "") or int(g.get("m2") or 12)  # "đến tháng 10/2020"
    if not 1 <= month <= 12:
        return "range", None, None
    return "range", date(int(g["first"]), 1, 1), month_end(year, month)


def since_year_handler(g: dict, year: int | None):
    """ "since 2020": from that year's start to the publication (or the context's end)."""
    return "ytd", date(int(g["first"]), 1, 1), None


def since_day_handler(g: dict, year: int | None):
    """ "kể từ ngày 15/9 … đến nay", "since September 15": from that day to the publication."""
    month = MONTHS.get(g.get("month") or "") or int(g.get("m") or 0)
    if not year or not 1 <= month <= 12:
        return "ytd", None, None
    try:
        return "ytd", date(int(g.get("year") or year), month, int(g["d"])), None
    except ValueError:
        return "ytd", None, None


def past_year_handler(g: dict, year: int | None):
    """ "năm qua", "the past year": the whole year just lived, read like this year's (a handler
    of its own so that periods.py can take the year before in the first half of the next one)."""
    return this_year_handler(g, year)


def last_year_handler(g: dict, year: int | None):
    """ "last year", "năm ngoái": the whole year before."""
    return months_of(1, 12)(g, year - 1 if year else None)


def now_kind(kind: str) -> Handler:
    return lambda g, year: (kind, None, None)
