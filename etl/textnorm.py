"""Text normalisation shared by matching steps: NFC, and a diacritic-free lower-case fold (pure)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FOLD_RANGE = 0x2000  # Latin, Vietnamese and the punctuation around them


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


# One table for every character of the range; others pass through unchanged.
FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(FOLD_RANGE)}


def nfc(text: str) -> str:
    """NFC-normalise (some outlets serve decomposed Vietnamese)."""
    return unicodedata.normalize("NFC", text)


# Characters news pages use for a plain one: no-break and thin spaces, typographic apostrophes,
# dashes between numbers ("15–8", "2020–2025"). Each maps to one character (offsets survive).
PLAIN_CHARS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
})  # fmt: skip
# The old spelling of a syllable ending in i after k, qu, t, m ("tỉ", "kì", "đăng kí", "quí",
# "Hoa Kì", "Mĩ", "kỉ lục") as the y that the word lists use; same length.
I_AS_Y = dict(zip("ìíỉĩịÌÍỈĨỊ", "ỳýỷỹỵỲÝỶỸỴ", strict=True))
OLD_I_RE = re.compile(r"(?<![^\W\d_])(?:[kKtTmM]|[qQ][uU])([ìíỉĩịÌÍỈĨỊ])(?![^\W\d_])")


def spelled(text: str) -> str:
    """The NFC text with one spelling for what outlets write several ways (see PLAIN_CHARS and
    OLD_I_RE), same length, so a span found in it is the same span of the page's text.

    >>> spelled("42,39 tỉ\u00a0USD, cùng kì")
    '42,39 tỷ USD, cùng kỳ'
    """
    text = nfc(text).translate(PLAIN_CHARS)
    return OLD_I_RE.sub(lambda m: m.group(0)[:-1] + I_AS_Y[m.group(1)], text)


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Lower-case, without diacritics, same length as the NFC text (character offsets survive).

    Cached: one sentence is folded by several steps in a row.

    >>> fold("Bình Dương")
    'binh duong'
    """
    return nfc(text).translate(FOLD_TABLE)


UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
# "HCM CITY —", "HÀ NỘI –", "(TTXVN) -", "TTO -", "Binh Duong (VNA) –" opening a story.
DATELINE_RE = re.compile(
    rf"^(?:[{UPPER}][{UPPER}0-9.,'’/+ ]{{0,28}}(?:\([^)]{{1,30}}\))?|\([^)]{{1,30}}\)|"
    r"[A-Z][\w.,'’ ]{0,30}\((?:VNA|VNS|TTXVN|Vietnam\+|VNP)\))\s*[—–-]{1,2}\s+(?=\S)"
)
