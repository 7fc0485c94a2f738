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
