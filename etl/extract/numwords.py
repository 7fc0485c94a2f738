"""Numbers written as words, in English, Vietnamese and French (folded, no diacritics) (pure).

>>> number_word_value("sixty-five"), number_word_value("thirteen"), number_word_value("hai")
(65, 13, 2)
"""

from __future__ import annotations

UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Vietnamese "nam" (five) is left out: it is also "year".
VI_NUMBERS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip
FR_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
}  # fmt: skip
OTHER_WORDS = {**VI_NUMBERS, **FR_NUMBERS}
# Words that are everyday syllables too ("ba", "un", "one of"): numbers only before a scale word.
SCALE_WORDS_NEED = frozenset({*OTHER_WORDS, "one"})
VI_WORDS = frozenset(VI_NUMBERS)
_SIMPLE = {**UNITS_EN, **TENS_EN, **OTHER_WORDS, "lam": 5}  # "lăm": five, only after "mười"
_TENS = "|".join(TENS_EN)
_UNITS = "|".join(sorted(UNITS_EN, key=len, reverse=True))
_OTHERS = "|".join(sorted(OTHER_WORDS, key=len, reverse=True))
# "mười chín" (19), "mười lăm" (15): ten and a unit
_VI_TEENS = r"muoi (?:mot|hai|ba|bon|lam|sau|bay|tam|chin)"
NUMBER_WORD_RE = (
    rf"(?<!\w)(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|{_VI_TEENS}|{_OTHERS})"
    # "six hundred thirty-one", "two hundred and five": the hundreds, then the rest
    rf"(?:[- ]hundred(?:(?: and)? (?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}))?)?(?!\w)"
)
# Vietnamese counted nouns after which an everyday syllable is a number ("ba dự án")
VI_COUNTED_RE = r"\s(?:du an|doanh nghiep|khu cong nghiep|quoc gia|nha dau tu|luot)(?!\w)"
# French counted nouns, likewise ("quatre projets", "deux nouveaux parcs industriels"); "un",
# "une" stay articles ("un projet de 50 millions" is a project, not a count)
FR_COUNTED_RE = (
    r"\s(?:(?:nouveaux|nouvelles|autres) )?(?:projets|entreprises|parcs|zones industrielles|pays"
    r"|investisseurs|societes|usines|zi|augmentations de capital)(?!\w)"
    # "quatre autres relèvent leur capital": others of the projects just named
    r"|\sautres (?:relevent|accroissent|augmentent|ont (?:releve|accru|augmente)"
    r"|(?:de |d.)(?:relever|accroitre|augmenter))"
    # "Parmi elles, dix sont déjà en activité": the parks named before, those in operation;
    # "cinq d'entre elles": some of the things just named
    r"|\s(?:sont |etaient )?(?:deja )?(?:en (?:activite|exploitation|service)"
    r"|operationnel\w*)(?!\w)"
    r"|\sd.entre (?:elles|eux)(?!\w)"
)
FR_COUNTING = frozenset(FR_NUMBERS) - {"un", "une"}


def number_word_value(word: str) -> int:
    """The value of a number word as NUMBER_WORD_RE matched it ("twenty-one", "two hundred",
    "six hundred thirty-one")."""
    hundreds, hundred, rest = word.partition("hundred")
    if not hundred:
        return _words_sum(word)
    rest = rest.strip(" -").removeprefix("and ").strip()
    return _words_sum(hundreds) * 100 + (_words_sum(rest) if rest else 0)


def _words_sum(word: str) -> int:
    return sum(_SIMPLE[p] for p in word.replace("-", " ").split())
