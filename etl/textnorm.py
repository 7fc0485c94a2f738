"""Text normalisation shared by matching steps: NFC, and a diacritic-free lower-case fold (pure)."""

from __future__ import annotations

import unicodedata

_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str) -> str:
    """NFC-normalise (some outlets serve decomposed Vietnamese)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, without diacritics, same length as the NFC text (character offsets survive).

    >>> fold("Bình Dương")
    'binh duong'
    """
    out = []
    for char in nfc(text).translate(_FOLD_TABLE):
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base.lower() if len(base.lower()) == 1 else char.lower())
    return "".join(out)
