"""Find amounts in a sentence: number, scale, currency or unit, English or Vietnamese (pure).

>>> [a.value for a in find_amounts("exports of US$42.7 billion and 8.650 tỷ đồng", "vi")]
[42700000000.0, 8650000000000.0]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.textnorm import fold

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "vingt": 20,
}  # fmt: skip
# Vietnamese and French number words are short everyday syllables: only taken before a scale word.
LOOSE_WORDS = {
    "mot", "hai", "ba", "bon", "sau", "bay", "tam", "chin", "muoi", "un", "deux", "trois", "quatre",
    "cinq", "sept", "huit", "neuf", "dix", "douze", "vingt",
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12, "nghin ty": 1e12, "ngan ty": 1e12, "nghin ti": 1e12, "ngan ti": 1e12,
    "ty": 1e9, "ti": 1e9, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3, "milliard": 1e9,
    "milliards": 1e9,
}  # fmt: skip
NUM = r"\d{1,3}(?:(?:[.,]|\s(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
WORD_NUM = r"(?<!\w)(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)"
NUMBER_RE = re.compile(rf"(?P<num>{NUM})|(?P<word>{WORD_NUM})")
SCALE_RE = re.compile(
    r"\s?(?:-\s?)?(?P<scale>" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")(?!\w)"
)
CURRENCY_AFTER_RE = re.compile(
    r"\s?(?:(?P<usd>usd|us dollars?|dollars? my|dollars?|d'usd|de dollars(?: americains)?|dola)"
    r"|(?P<vnd>vnd|dong|dongs|de dongs|d)(?!\w))"
)
CURRENCY_BEFORE_RE = re.compile(r"(?P<usd>us\$|usd|\$)\s?$|(?P<vnd>vnd)\s?$")
PERCENT_RE = re.compile(r"\s?(?:%|percent(?!age)|per cent|pour cent|phan tram)")
HECTARE_RE = re.compile(r"\s?(?:ha|hectares?)(?!\w)")
RANGE_AFTER_RE = re.compile(r"\s?[-–—]\s?\d|\s?(?:to|den|a)\s\d+(?:[.,]\d+)?\s?(?:%|per|bil|mil)")
RANGE_BEFORE_RE = re.compile(r"\d\s?[-–—]\s?$")
GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
MULTIPLIER_RE = re.compile(r"\s?(?:times|fold|lan|fois)(?!\w)")
DATE_AFTER_RE = re.compile(r"[/-]\d|\s?(?:st|nd|rd|th|e|er|eme)(?!\w)|:\d\d|h\d\d")
DATE_BEFORE_RE = re.compile(
    r"(?:\d[/-]|(?:ngay|thang|nam|quy|year|in|of|since|until|by|from|to|the|tu|den|de|en|le)\s"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s|[a-z]-?)$"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number found in a sentence, with what it measures.

    `unit` is USD, VND, percent, ha, or None for a bare number (a count, once a noun follows);
    `start`/`end` cover the number with its currency and scale, not the qualifier words.
    """

    value: float
    unit: str | None
    start: int
    end: int
    digits: int
    scaled: bool
    in_parens: bool


def parse_number(token: str, lang: str) -> float:
    """A number as written: "4,008" and "42.7" (English), "4.008" and "42,7" (Vietnamese, French),
    "3 128". A separator followed by exactly three digits groups thousands, except an English
    "." (a decimal point) and a Vietnamese "." before a decimal "," ("1.234,5").

    >>> parse_number("4.008", "vi"), parse_number("42,7", "vi"), parse_number("1.034", "en")
    (4008.0, 42.7, 1.034)
    """
    token = token.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if lang == "en":
        return float(token.replace(",", ""))
    if "." in token and "," in token:
        return float(token.replace(".", "").replace(",", "."))
    if "," in token:
        head, _, tail = token.rpartition(",")
        return (
            float(token.replace(",", ""))
            if len(tail) == 3 and "," not in head
            else float(
                token.replace(",", ".", 1) if token.count(",") == 1 else token.replace(",", "")
            )
        )
    if "." in token:
        parts = token.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float(token.replace(".", ""))
        return float(token) if token.count(".") == 1 else float(token.replace(".", ""))
    return float(token)


def significant_digits(token: str) -> int:
    """How precisely a number is written (used to prefer "2.694 billion" over "2.7 billion")."""
    return len(token.replace(".", "").replace(",", "").replace(" ", "").lstrip("0")) or 1


def find_amounts(sentence: str, lang: str) -> list[Amount]:
    """Every amount in `sentence`, minus years, dates, ordinals, ranges and multipliers."""
    folded = fold(sentence)
    amounts = []
    for match in NUMBER_RE.finditer(folded):
        amount = _amount(sentence, folded, match, lang)
        if amount is not None:
            amounts.append(amount)
    return _inherit_currency(amounts)


def _amount(sentence: str, folded: str, match: re.Match, lang: str) -> Amount | None:
    start, end = match.span()
    attached = start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "/-")
    if attached and folded[max(0, start - 3) : start] not in ("usd", "vnd"):
        return None  # part of a code or a date: VSIP1, COVID-19, 15/5
    tail = folded[end:]
    if match.group("word"):
        word = match.group("word")
        scale = SCALE_RE.match(tail)
        if word in LOOSE_WORDS and not scale:
            return None
        value, digits = float(NUMBER_WORDS[word]), 1
    else:
        token = match.group("num")
        if DATE_AFTER_RE.match(tail) or RANGE_AFTER_RE.match(tail) or MULTIPLIER_RE.match(tail):
            return None
        if RANGE_BEFORE_RE.search(folded[max(0, start - 4) : start]):
            return None
        value, digits = parse_number(token, lang), significant_digits(token)
        if lang == "en" and not SCALE_RE.match(tail) and GROUPED_RE.fullmatch(token):
            value = float(token.replace(".", ""))  # "4.082 projects": a count is never fractional
    scale = SCALE_RE.match(tail)
    scaled = False
    if scale:
        value *= SCALES[scale.group("scale")]
        end += scale.end()
        scaled = True
        if MULTIPLIER_RE.match(folded[end:]) or RANGE_AFTER_RE.match(folded[end:]):
            return None
    unit, start, end = _unit(folded, start, end)
    if unit is None and not scaled and _looks_like_date(folded, start, value):
        return None
    in_parens = (
        "(" in folded[max(0, start - 12) : start] and ")" not in folded[max(0, start - 12) : start]
    )
    return Amount(float(f"{value:.12g}"), unit, start, end, digits, scaled, in_parens)


def _unit(folded: str, start: int, end: int) -> tuple[str | None, int, int]:
    before = CURRENCY_BEFORE_RE.search(folded[max(0, start - 5) : start])
    if before:
        start -= len(before.group(0))
        unit = "USD" if before.group("usd") else "VND"
        after = CURRENCY_AFTER_RE.match(folded[end:])
        if after and (after.group("usd") and unit == "USD"):
            end += after.end()
        return unit, start, end
    for pattern, unit in ((PERCENT_RE, "percent"), (HECTARE_RE, "ha")):
        found = pattern.match(folded[end:])
        if found:
            return unit, start, end + found.end()
    after = CURRENCY_AFTER_RE.match(folded[end:])
    if after:
        return ("USD" if after.group("usd") else "VND"), start, end + after.end()
    return None, start, end


def _looks_like_date(folded: str, start: int, value: float) -> bool:
    """Years, days and months written as bare numbers."""
    if value.is_integer() and 1900 <= value <= 2100:
        return True
    return bool(DATE_BEFORE_RE.search(folded[max(0, start - 12) : start])) and value <= 31


def _inherit_currency(amounts: list[Amount]) -> list[Amount]:
    """ "imports 5.6 billion" after "7.7 billion USD": a scaled number takes the last currency."""
    out, currency = [], None
    for amount in amounts:
        if amount.unit in ("USD", "VND"):
            currency = amount.unit
        elif amount.unit is None and amount.scaled and currency:
            amount = Amount(amount.value, currency, amount.start, amount.end, amount.digits,
                            amount.scaled, amount.in_parens)  # fmt: skip
        out.append(amount)
    return out
