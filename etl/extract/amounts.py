"""The number grammar: amounts in a sentence with their scale, currency or unit (pure).

One grammar for English, Vietnamese and French: digits with separators, number words, scale
words (million, tỷ, nghìn tỷ, milliards ...), compound amounts ("2 tỷ 514 triệu USD", "39 billion
USD 592 million"), currencies before or after ("US$", "đô la Mỹ", "de dollars"), percentages and
areas. A separator followed by exactly three digits ("2,938", "12.470") can group thousands or
mark decimals: every reading is kept, the language's usual one first, and the figure step picks
the first reading that is plausible for the metric (see `readings`).

>>> [a.value for a in find_amounts("exports of US$42.7 billion and 8.650 tỷ đồng", "vi")]
[42700000000.0, 8650000000000.0]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from etl.extract.leads import LeadScan
from etl.extract.numwords import (
    FR_COUNTED_RE,
    FR_COUNTING,
    NUMBER_WORD_RE,
    SCALE_WORDS_NEED,
    VI_COUNTED_RE,
    VI_WORDS,
    number_word_value,
)
from etl.textnorm import fold

SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "bil": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tril": 1e12, "trln": 1e12, "mil": 1e6,
    "quadrillion": 1e15, "nghin ty": 1e12, "ngan ty": 1e12, "nghin ti": 1e12, "ngan ti": 1e12,
    "trieu ty": 1e15, "trieu ti": 1e15, "ty": 1e9, "ti": 1e9, "trieu": 1e6, "nghin": 1e3,
    "ngan": 1e3, "milliard": 1e9, "milliards": 1e9, "million billion": 1e15, "tr": 1e6,
}  # fmt: skip
LONG_SCALE = {"billion": 1e12, "billions": 1e12}  # French: a milliard is 1e9, a billion 1e12
# The scale words other steps look for after a number, folded ("1.1 bln USD", "8.650 tỷ đồng")
SCALE_WORD = (
    r"(?:(?:billion|million|trillion|milliard)s?|bln|mln|bn|trln|nghin ty|ngan ty|ty|ti|trieu"
    r"|nghin|ngan)"
)
SCALED_RE = re.compile(rf"\d\s?(?:%|percent|{SCALE_WORD})(?!\w)")  # a sum or a rate is written
# Short scales ("$5m", "$2bn") only right after the digits; the long ones after a space too.
GLUED_ONLY = {"m", "b"}
# "VND11, 660 billion", "US$ 4, 8 billion": a comma and a space inside a number before its scale
THOUSAND = 1e3  # a sum scaled by thousands names its currency; a count need not
BILLION = 1e9
SPACED = rf",\s(?=\d{{1,3}}(?:\.\d+)?\s?{SCALE_WORD}(?!\w))"  # "US$ 3, 406.94 million" too
NUM = (
    rf"\d{{1,3}}(?:(?:[.,]|\s(?=\d{{3}}(?!\d))|{SPACED})\d{{3}})+(?:[.,]\d+)?(?!\d)"
    rf"|\d+(?:(?:[.,]|(?<!\d{{4}}){SPACED})\d+)?"  # "in 2020, 630 million": a year, then a sum
)
NUMBER_RE = re.compile(rf"(?P<num>{NUM})|(?P<word>{NUMBER_WORD_RE})")
# NUMBER_RE's two kinds of start, searched apart: a digit (where its digits always match) and
# a number word (tried where the words' literals stand; etl/extract/leads.py).
DIGIT_RE = re.compile(r"\d")
NUMBER_WORDS = LeadScan.of(re.compile(NUMBER_WORD_RE))
VI_COUNTED = re.compile(VI_COUNTED_RE)
FR_COUNTED = re.compile(FR_COUNTED_RE)
SCALE_RE = re.compile(
    r"(?P<gap>\s?)(?:-\s?)?(?P<scale>"
    + "|".join(sorted((k for k in SCALES if k != "tr"), key=len, reverse=True))
    + r"|tr(?=\.?\s?usd))(?:(?!\w)|(?<=ty|ti)(?=\d{3}\s?trieu))"  # "1 tỷ097 triệu": the
)  # millions glued on; "2.435,2 Tr.USD": "triệu USD" cut short
USD_AFTER = (
    r"usd|us dollars?|u\.s\. dollars?|dollars? my|do[ -]?la my|do[ -]?la|dollars? us|dollars?"
    r"|d'usd|de dollars(?: americains| us)?|d'usd|dollars americains"
)
# "năm 2022 Đồng Nai …": a place named Đồng is no currency; nor is "tháng 8 đóng góp"
# (contributed), "đóng cửa" (closed) or "đóng vai" (played), folded alike
VND_AFTER = (
    r"vnd|vnđ|dong(?! (?:nai|thap|xoai|hoi|thanh|phu|khoi|gop|cua|vai)(?!\w))|dongs|de dongs"
    r"|d(?=\s|$|[,.;)])"
)
CURRENCY_AFTER_RE = re.compile(
    rf"(?:\s|\.(?=usd))?(?:(?P<usd>{USD_AFTER})|(?P<vnd>{VND_AFTER}))(?!\w)"
)
SPOKEN_DOLLAR_RE = re.compile(r"\s?do(?!\w)")  # "31,8 tỷ đô": dollars, after tỷ/triệu only
VI_SCALE_END_RE = re.compile(r"(?:ty|ti|trieu)$")
CURRENCY_BEFORE_RE = re.compile(r"(?P<usd>us\$|usd|\$)\s?$|(?P<vnd>vnd|vnđ)\s?$")
PERCENT_RE = re.compile(r"\s?(?:%|percent(?!age)|per cent|pct|pour cent|phan tram)")
POINTS_RE = re.compile(r"\s?(?:percentage points?|diem phan tram|points? de pourcentage)")
AREA_RES = (
    ("ha", re.compile(r"\s?(?:ha|hecta|hectares?)(?!\w)")),
    ("km2", re.compile(r"\s?(?:km2|km²|sq km|square kilomet(?:er|re)s?)(?!\w)")),
    ("m2", re.compile(r"\s?(?:m2|m²|square met(?:er|re)s?)(?!\w)")),
)
# After an amount: "X-Y", "X to Y", "từ X đến Y" make a range, never one figure.
RANGE_AFTER_RE = re.compile(
    r"\s?[-–—]\s?\$?\d|\s?(?:to|den|a|-|va) \$?\d+(?:[.,]\d+)?\s?(?:%|per|bil|mil|ty|ti|trieu|tri)"
)
RANGE_BEFORE_RE = re.compile(r"\d\s?[-–—]\s?\$?$")
# "between 200ha and 900ha": the second amount (the first is the one "between" opens)
BETWEEN_RE = re.compile(r"(?<!\w)between \$?\d[\d.,]*\s?[\w%]{0,12} and \$?$")
BETWEEN_OPEN_RE = re.compile(r"(?<!\w)between \$?$")
BETWEEN_AND_RE = re.compile(r"\s?[\w%]{0,12} and \$?\d")
BETWEEN_CHARS = 40
MULTIPLIER_RE = re.compile(r"\s?(?:times|fold|-fold|lan|fois)(?!\w)")
DATE_AFTER_RE = re.compile(
    r"[/-]\d|\.\d{1,2}(?:\.\d{2,4})?(?!\d)(?=\s|$|,)|\s?(?:st|nd|rd|th|e|er|eme)(?!\w)|:\d\d|h\d\d"
)
DATE_BEFORE_RE = re.compile(
    r"(?:\d[/-]|(?:ngay|thang|nam|quy|year|years|since|until|khoa|thu|lan thu|so|no\.?"
    r"|number|phase|giai doan|vong)\s"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s|[a-z]-?)$"
)
FRACTION_RE = re.compile(r"\s?/\s?\d")  # "31/36 chỉ tiêu", "11/23 KCN": k of n
MONEY = ("USD", "VND")
COMPOUND_RE = re.compile(
    r"(?:\s(?:usd|do la my|dong))?\s?(?:va |and )?(\d{1,3}(?:[.,]\d+)?)\s?"
    r"(trieu|million|nghin|ngan)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number found in a sentence, with what it measures.

    `unit` is USD, VND, percent, ha, km2, m2, or None for a bare number (a count once a noun
    follows; a sum of money when `scaled` and the currency is left to the context).
    `readings` are the values the digits allow, the language's usual reading first (`value`).
    `start`/`end` cover the number with its currency and scale, not the qualifier words.
    """

    readings: tuple[float, ...]
    unit: str | None
    start: int
    end: int
    digits: int
    scaled: bool
    in_parens: bool
    kind: str = "number"  # "number", or why it is no figure: range, multiplier, points, fraction

    @property
    def value(self) -> float:
        """The usual reading."""
        return self.readings[0]

    @property
    def is_money(self) -> bool:
        """A sum of money, its currency known or not."""
        return self.unit in MONEY or (self.unit is None and self.scaled)


def readings(token: str, lang: str) -> tuple[float, ...]:
    """The values a number as written can have, the most usual for `lang` first.

    "4,008" and "42.7" (English), "4.008" and "42,7" (Vietnamese, French), "3 128",
    "1.234,5", "7.285,6". A lone separator followed by exactly three digits is ambiguous:
    "2,938" is 2938 or 2.938.

    >>> readings("4.008", "vi"), readings("42,7", "vi"), readings("12.470", "en")
    ((4008.0, 4.008), (42.7,), (12.47, 12470.0))
    >>> readings("1.234.567", "vi"), readings("8.863.9", "en")
    ((1234567.0, 1234.567), (8863.9,))
    """
    token = token.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    dots, commas = token.count("."), token.count(",")
    if dots and commas:  # both: the last one is the decimal mark
        decimal = "." if token.rfind(".") > token.rfind(",") else ","
        group = "," if decimal == "." else "."
        return (float(token.replace(group, "").replace(decimal, ".")),)
    if not dots and not commas:
        return (float(token),)
    sep = "." if dots else ","
    head, _, tail = token.rpartition(sep)
    last_as_decimal = float(head.replace(sep, "") + "." + tail)
    if dots + commas > 1 and len(tail) != 3:  # "8.863.9 trillion": groups, then a decimal mark
        return (last_as_decimal,)
    if dots + commas > 1:  # "1.234.567": groups ("10,610,257 billion VND", a decimal mark
        return (float(token.replace(sep, "")), last_as_decimal)  # written as a group, second)
    if len(tail) != 3 or head == "0":
        return (float(head + "." + tail),)
    grouped, fraction = float(head + tail), float(f"{head}.{tail}")
    thousands_first = (sep == ",") if lang == "en" else (sep == ".")
    return (grouped, fraction) if thousands_first else (fraction, grouped)


SEPARATOR_RE = re.compile(r"[.,\s]")


def significant_digits(token: str) -> int:
    """How precisely a number is written (used to prefer "2.694 billion" over "2.7 billion",
    "61.723 tỷ" over "gần 62.000 tỷ"): its digits but the zeros that pad it on either side. Zeros
    after a decimal part that cannot group thousands are written on purpose ("11,70%" is as
    precise as "11,77%")."""
    digits = SEPARATOR_RE.sub("", token)
    decimals = SEPARATOR_RE.split(token)[-1]
    if decimals != token and len(decimals) != 3:
        return len(digits.lstrip("0")) or 1
    return len(digits.strip("0")) or 1


def find_amounts(sentence: str, lang: str) -> list[Amount]:
    """Every amount in `sentence`; years, dates and ordinals are left out, ranges, multipliers,
    percentage points and "k of n" counts come back marked by `kind` so that a caller can say
    why they are not figures."""
    folded = fold(sentence)
    amounts: list[Amount] = []
    position = 0
    for match in number_matches(folded):
        if match.start() < position:
            continue  # inside a compound amount read already
        amount = _amount(folded, match, lang)
        if amount is not None:
            amounts.append(amount)
            position = amount.end
    return _inherit_currency(amounts, folded)


def number_matches(folded: str) -> Iterator[re.Match]:
    """What `NUMBER_RE.finditer(folded)` finds, faster: its regex would try both kinds of number
    at every character. A digit and a number word never start at one place, so the leftmost
    match is at the nearer of the next digit and the next number word (a digit always starts
    one)."""
    end = len(folded)
    digit, word = DIGIT_RE.search(folded), NUMBER_WORDS.search(folded)
    while digit or word:
        at = min(digit.start() if digit else end, word.start() if word else end)
        found = NUMBER_RE.match(folded, at)
        if found is None:  # cannot happen: the digit or the word found there begins a match
            return
        yield found
        if digit and digit.start() < found.end():
            digit = DIGIT_RE.search(folded, found.end())
        if word and word.start() < found.end():
            word = NUMBER_WORDS.search(folded, found.end())


# "26/28 khu công nghiệp", "5/11 parcs industriels", "8/15 KCN": k of n, the parks named after
FRACTION_WHOLE_RE = re.compile(r"(?<![\d/.,])(\d{1,3})\s?/\s?$")
PARKS_AFTER_RE = re.compile(
    r"\s(?:khu cong nghiep|kcn|industrial (?:parks|zones)|ips"
    r"|parcs industriels|zones industrielles)(?!\w)"
)


def _whole_of_a_fraction(folded: str, start: int, end: int) -> bool:
    """The n of "k/n parks": how many parks there are, of which k are meant (k-of-n-parks)."""
    part, whole = FRACTION_WHOLE_RE.search(folded, max(0, start - 6), start), folded[start:end]
    return (
        part is not None
        and whole.isdigit()
        and int(part.group(1)) <= int(whole)  # (not a date: "ngày 15/5 KCN …")
        and not DATE_BEFORE_RE.search(folded, max(0, part.start() - 12), part.start())
        and PARKS_AFTER_RE.match(folded, end) is not None
    )


FRACTION_PART_RE = re.compile(r"\s?/\s?(\d{1,3})(?![\d/.,])")


def _whole_after(folded: str, end: int) -> re.Match | None:
    """The "/n" after the k of "k/n parks", when n is the whole of a fraction of parks."""
    whole = FRACTION_PART_RE.match(folded, end)
    if whole is None or not _whole_of_a_fraction(folded, whole.start(1), whole.end(1)):
        return None
    return whole


def _part_of_a_fraction(folded: str, end: int) -> bool:
    """The k of "k/n parks" ("đã đưa 26/28 khu công nghiệp vào hoạt động"): the parks meant, of
    the n there are (k-of-n-parks)."""
    return _whole_after(folded, end) is not None


def _amount(folded: str, match: re.Match, lang: str) -> Amount | None:
    start, end = match.span()
    attached = start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "/-.")
    if (
        attached
        and not minus_sign(folded, start)
        and folded[max(0, start - 3) : start] not in ("usd", "vnd")
        and folded[start - 1] != "$"
        and not _whole_of_a_fraction(folded, start, end)
    ):
        return None  # part of a code or a date: VSIP1, COVID-19, 15/5
    tail = folded[end:]
    if match.group("word"):
        return _word_amount(folded, match)
    token = match.group("num")
    if (
        DATE_AFTER_RE.match(tail)
        and not SCALE_RE.match(tail)
        and not _part_of_a_fraction(folded, end)
    ):
        return None
    values = readings(token, lang)
    kind = _marked_kind(folded, start, end)
    value_end, scale = _scale_at(folded, end, lang)
    billions = THOUSANDS_OF_BILLIONS_RE.match(folded, value_end) if scale == THOUSAND else None
    if billions:  # "10 nghìn 537 tỷ đồng": 10,537 tỷ
        values = tuple(v * THOUSAND + int(billions.group(1)) for v in values)
        token = f"{values[0]:.9g}"
        value_end, scale = billions.end(), BILLION
    scaled = scale is not None
    if scale:
        values = tuple(v * scale for v in values)
        scale_end = value_end
        values, value_end = _compound(folded, values, value_end, scale)
        if value_end != scale_end:  # "2 tỷ 514 triệu": as precise as "2,514 tỷ"
            token = f"{values[0] / scale:.9g}"
        kind = kind if kind != "number" else _marked_kind(folded, start, value_end)
    unit, start, end = _unit(folded, start, value_end)
    if unit is None and scaled:
        unit = _currency_inside(folded, start, end)
    if lang == "en" and unit == "VND" and scale == BILLION and DOT_GROUP_RE.fullmatch(token):
        values = values[::-1]  # "VND 227.805 billion": 227,805 billion đồng, as written at home
    if unit is None and scale == THOUSAND:
        scaled = False  # "over 1.6 thousand FDI projects", "hơn 3 nghìn doanh nghiệp": a count
    if (
        unit is None
        and scale is None
        and _looks_like_date(folded, start, values[0], token)
        and not _whole_of_a_fraction(folded, start, end)
    ):
        # ("gần 2 nghìn dự án" is 2,000 projects, no year)
        return None
    digits = significant_digits(token)
    values = tuple(float(f"{v:.12g}") for v in values)
    return Amount(values, unit, start, end, digits, scaled, opens_aside(folded, start), kind)


def minus_sign(folded: str, start: int) -> bool:
    """A minus sign written before the number: "giảm (-1,68%)", "tăng trưởng -5,5%" (not
    "2020-2021", "COVID-19", "từ 9 -11%")."""
    if start < 2 or folded[start - 1] != "-":
        return False
    before = folded[start - 2]
    return before == "(" or (before == " " and not folded[max(0, start - 3) : start - 2].isdigit())


def _word_amount(folded: str, match: re.Match) -> Amount | None:
    start, end = match.span()
    word = match.group("word")
    value_end, scale = _scale_at(folded, end)
    if word in SCALE_WORDS_NEED and scale is None and not _counted(word, folded, end):
        return None  # "mot", "hai", "un": everyday syllables unless a scale word or a
        # counted noun follows ("ba dự án", "mười chín dự án", "quatre projets")
    value = number_word_value(word) * (scale or 1)
    unit, start, end = _unit(folded, start, value_end)
    if MULTIPLIER_RE.match(folded[value_end:]):
        return None
    return Amount((float(value),), unit, start, end, 1, scale is not None,
                  opens_aside(folded, start))  # fmt: skip


# "licensed one foreign-invested project", "granted one new FDI project": a count of one
ONE_FDI_PROJECT_RE = re.compile(
    r"\s(?:new |more |other |ongoing )?(?:fdi|foreign[- ](?:invested|funded|backed|owned)"
    r"|foreign direct investment(?: \(fdi\))?) project(?!s)"
)


def _counted(word: str, folded: str, end: int) -> bool:
    """A Vietnamese, French or English number word before a noun it counts."""
    if word in VI_WORDS or word.startswith("muoi "):
        return VI_COUNTED.match(folded, end) is not None
    if word == "one":
        return ONE_FDI_PROJECT_RE.match(folded, end) is not None
    if word in ("un", "une") and ONE_OF_THEM_RE.search(folded, max(0, end - 40), end):
        return ONE_FOREIGN_RE.match(folded, end) is not None  # "…, dont un étranger"
    if word == "un" and GRANTED_TO_ONE_RE.search(folded, max(0, end - 50), end):
        return ONE_PROJECT_RE.match(folded, end) is not None  # "une licence à un projet"
    return word in FR_COUNTING and FR_COUNTED.match(folded, end) is not None


# "15 nouveaux projets …, dont un étranger", "le dernier est un projet d'investissement étranger":
# after a breakdown opener, "un" counts the one foreign project of the projects counted before
ONE_OF_THEM_RE = re.compile(
    r"(?<!\w)(?:dont|parmi (?:eux|lesquels)|le dernier est|la derniere est)\s+une?$"
)
# "délivré une licence d'investissement à un projet", "une hausse de capital accordée à un
# projet déjà opérationnel": a licence or a grant to one project, a count of one (not "la
# province a un projet": it has one)
GRANTED_TO_ONE_RE = re.compile(
    r"(?<!\w)(?:licences?(?: d.investissement)?|accordee?s?|permis|autorise\w*|octroye\w*)"
    r" a un$"
)
# "một dự án", "one project", "a single project", "un projet": the noun after a count of one
ONE_PROJECT_RE = re.compile(r"\s*(?:single |new )?(?:du an|projects?|projets?)(?!\w)")
ONE_FOREIGN_RE = re.compile(
    r"\s(?:(?:seul )?projets? )?(?:d.investissement )?(?:direct )?(?:etranger|d.ide|a capitaux"
    r" etrangers|fdi)(?!\w)"
)


def _scale_at(folded: str, end: int, lang: str = "") -> tuple[int, float | None]:
    found = SCALE_RE.match(folded, end)
    if not found:
        return end, None
    word = found.group("scale")
    if lang == "fr" and word in LONG_SCALE:  # "1,27 billion de dongs" (long scale)
        return found.end(), LONG_SCALE[word]
    if word in GLUED_ONLY and found.group("gap"):
        return end, None
    if word in ("m", "b") and not _money_before(folded, end):
        return end, None  # "5m" is five metres unless a currency stands before it
    return found.end(), SCALES[word]


def _money_before(folded: str, end: int) -> bool:
    return bool(re.search(r"(?:us\$|\$|usd|vnd)\s?[\d.,]+$", folded[max(0, end - 16) : end]))


def _compound(folded: str, values: tuple[float, ...], end: int, scale: float):
    """ "2 tỷ 514 triệu USD", "39 billion USD 592 million": a part of a smaller scale adds on
    ("103,5 triệu USD và 70,3 triệu USD" are two amounts)."""
    found = COMPOUND_RE.match(folded, end)
    if not found or not round(values[0] / scale, 6).is_integer():
        return values, end  # "1,5 tỷ USD và 300 triệu USD": a compound's large part is whole
    part = float(found.group(1).replace(",", ".")) * SCALES[found.group(2)]
    if part >= scale or any(part >= v for v in values):
        return values, end
    if _currency_inside(folded, end, found.start(1)) and CURRENCY_AFTER_RE.match(
        folded[found.end() :]
    ):
        return values, end  # "2 tỷ USD và 300 triệu USD": each sum names its currency
    if JOINED_COUNT_RE.match(found.group(0)) and NOUN_AFTER_RE.match(folded, found.end()):
        return values, end  # "41 tỷ USD và 70 nghìn doanh nghiệp": a sum, then a count
    return tuple(v + part for v in values), found.end()


# "227.805" in "VND 227.805 billion": an English text that keeps the dot grouping the thousands
# of billions of đồng, the way Vietnamese writes them (no one writes đồng to the million)
DOT_GROUP_RE = re.compile(r"\d{1,3}\.\d{3}")
# "81 nghìn 200 tỷ đồng": the thousands of billions, then the billions below a thousand
THOUSANDS_OF_BILLIONS_RE = re.compile(r"\s(\d{1,3})\s(?:ty|ti)(?!\w)")
JOINED_COUNT_RE = re.compile(r".*(?:va|and)\s")  # the part is joined by "and"
NOUN_AFTER_RE = re.compile(r"\s+(?!usd|do la|dong|vnd)[^\W\d]")  # a word, not a currency


def _currency_inside(folded: str, start: int, end: int) -> str | None:
    """The currency written inside a compound amount ("39 billion USD 592 million")."""
    found = re.search(r"(?<!\w)(usd|do la my|dong)(?!\w)", folded[start:end])
    if not found:
        return None
    return "VND" if found.group(1) == "dong" else "USD"


def _marked_kind(folded: str, start: int, end: int) -> str:
    """Why a number is not one figure: a range, a multiplier, points or a "k of n" count."""
    tail = folded[end:]
    if RANGE_AFTER_RE.match(tail) or RANGE_BEFORE_RE.search(folded[max(0, start - 4) : start]):
        return "range"
    if BETWEEN_RE.search(folded, max(0, start - BETWEEN_CHARS), start) or (
        BETWEEN_OPEN_RE.search(folded, max(0, start - 10), start) and BETWEEN_AND_RE.match(tail)
    ):
        return "range"  # "between 200ha and 900ha", "từ 200 đến 900 ha"
    if MULTIPLIER_RE.match(tail):
        return "multiplier"
    if POINTS_RE.match(tail):
        return "points"
    if FRACTION_RE.match(tail) and not _parks_at_work(folded, start, end):
        return "fraction"
    return "number"


# "đã đưa 26/28 khu công nghiệp vào hoạt động", "8/15 KCN đang hoạt động", "5/11 parcs
# industriels ont été créés": the k of n parks that are at work (the corpus labels both)
PARKS_AT_WORK_RE = re.compile(
    r"(?:\s[\w-]+){0,2}?\s(?:(?:da |dang )?(?:(?:dua |di )?vao )?(?:hoat dong|van hanh)"
    r"|(?:are |were )?(?:in operation|operating|operational)"
    r"|(?:ont ete|sont) (?:crees|en activite))"
    r"(?!\w)(?! co)"
)
PUT_TO_WORK_RE = re.compile(r"(?:mis en (?:service|exploitation)|put into operation)\s+$")


def _parks_at_work(folded: str, start: int, end: int) -> bool:
    """The k of "k/n parks" names the parks at work ("a mis en service 31/33 parcs"); not "11/23
    KCN đang hoạt động có tỉ lệ …", the working parks that have something more."""
    whole = _whole_after(folded, end)
    if whole is None:
        return False
    noun = PARKS_AFTER_RE.match(folded, whole.end(1))
    return noun is not None and (
        PARKS_AT_WORK_RE.match(folded, noun.end()) is not None
        or PUT_TO_WORK_RE.search(folded, max(0, start - 24), start) is not None
    )


def _unit(folded: str, start: int, end: int) -> tuple[str | None, int, int]:
    before = CURRENCY_BEFORE_RE.search(folded[max(0, start - 5) : start])
    if before:
        start -= len(before.group(0))
        unit = "USD" if before.group("usd") else "VND"
        after = CURRENCY_AFTER_RE.match(folded[end:])
        if after and (
            (after.group("usd") and unit == "USD") or (after.group("vnd") and unit == "VND")
        ):
            end += after.end()
        return unit, start, end
    if POINTS_RE.match(folded[end:]):
        return None, start, end
    found = PERCENT_RE.match(folded[end:])
    if found:
        return "percent", start, end + found.end()
    for unit, pattern in AREA_RES:
        found = pattern.match(folded[end:])
        if found:
            return unit, start, end + found.end()
    after = CURRENCY_AFTER_RE.match(folded[end:])
    if after:
        return ("USD" if after.group("usd") else "VND"), start, end + after.end()
    dollar = SPOKEN_DOLLAR_RE.match(folded[end:])
    if dollar and VI_SCALE_END_RE.search(folded, start, end):
        return "USD", start, end + dollar.end()
    return None, start, end


def _looks_like_date(folded: str, start: int, value: float, token: str) -> bool:
    """Years, days and months written as bare numbers."""
    if value.is_integer() and 1900 <= value <= 2100 and "," not in token and "." not in token:
        return True
    return bool(DATE_BEFORE_RE.search(folded[max(0, start - 12) : start])) and value <= 31


BRACKETED_RE = re.compile(r"\([^()]*\)")  # a remark in brackets: "(about 6,542 USD)"
PARENS_REACH = 14  # "(1,34 tỷ USD)", "(7,5%)": an amount just inside a parenthesis
# "(approximately 1.7 billion USD)", "(xấp xỉ 1,7 tỷ USD)": a qualifier between the bracket and
# the amount, whatever its length
QUALIFIED_OPENING_RE = re.compile(
    r"\((?:approximately|roughly|around|about|nearly|almost|some|over|more than|khoang|xap xi"
    r"|gan|hon|tren|environ|pres de|plus de|quelque)\s*(?:us\$|\$|usd|vnd|vnđ)?\s*$"
)


def opens_aside(folded: str, start: int) -> bool:
    """The amount at `start` opens a parenthesis: right after the bracket, or after a
    qualifier that follows it."""
    return in_parens(folded, start) or bool(
        QUALIFIED_OPENING_RE.search(folded, max(0, start - 24), start)
    )


def in_parens(folded: str, at: int, reach: int | None = PARENS_REACH) -> bool:
    """A parenthesis opens within `reach` characters before `at` (anywhere before it when
    `reach` is None) and is still open at `at`."""
    opening = folded.rfind("(", 0 if reach is None else max(0, at - reach), at)
    return opening != -1 and ")" not in folded[opening:at]


def closed_aside(folded: str, start: int, end: int, before: int, reach: int | None = None) -> bool:
    """The words at `start`..`end` lie inside a parenthesis closed before `before` ("(against
    $3.05 billion in the first quarter of 2014), leaving X": the aside's words are not X's)."""
    return in_parens(folded, start, reach) and ")" in folded[end:before]


# "5.1 million visitors", "1,2 triệu lượt khách", "hơn 2 triệu lượt": what a scaled number
# counts is no money
COUNTED_AFTER_RE = re.compile(
    r"\s+(?:de\s+)?(?:visitors|tourists|people|persons|inhabitants|residents|workers|employees|jobs"
    r"|tonnes|tons|units|households|passengers|vehicles|luot khach|luot|khach|du khach|nguoi"
    r"|lao dong|tan|chiec|visiteurs|touristes|habitants|personnes|salaries|employes|travailleurs"
    r"|emplois|doi|san pham|pairs|paires|pieces|items|of whom"
    r"|liters|litres|lit|kwh|mwh|gwh|cubic met(?:er|re)s|m3|square met(?:er|re)s|m2|kg)(?!\w)"
)


def counts_people_or_goods(folded: str, amount: Amount) -> bool:
    """A scaled number with no unit that counts visitors, tonnes … ("5.1 million visitors")."""
    counted = COUNTED_AFTER_RE.match(folded, amount.end)
    return amount.unit is None and amount.scaled and counted is not None


def _inherit_currency(amounts: list[Amount], folded: str) -> list[Amount]:
    """ "imports 5.6 billion" after "7.7 billion USD": a scaled number takes the last currency,
    unless it counts something else ("5.1 million visitors"); a sum in the trillions with no
    currency before it ("với tổng vốn hơn 169 ngàn tỷ") is in đồng: no province counts dollars
    in trillions (trillions-are-dong)."""
    out, currency = [], None
    for amount in amounts:
        if amount.unit in MONEY:
            currency = amount.unit
        elif (
            amount.unit is None and amount.scaled
            and (currency or amount.value >= TRILLION)
            and not counts_people_or_goods(folded, amount)
        ):  # fmt: skip
            amount = Amount(amount.readings, currency or "VND", amount.start, amount.end,
                            amount.digits, amount.scaled, amount.in_parens,
                            amount.kind)  # fmt: skip
        out.append(amount)
    return out


TRILLION = 1e12
