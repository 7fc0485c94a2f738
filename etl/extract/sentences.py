"""Split article text into sentences with their character offsets (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.textnorm import UPPER

# An end mark, then space, then something that starts a sentence.
BOUNDARY_RE = re.compile(
    rf"(?<=[.!?…])(?P<tail>(?:/\.)?[\"”’)]?)\s+(?=[\"“(]?[{UPPER}0-9])|\n\s*\n|\n"
)
# Abbreviations after which a full stop does not end the sentence.
NO_BREAK_RE = re.compile(
    r"(?:\b(?:Co|Ltd|Corp|Inc|Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
    r"|Dec|TP|Tp|TT|P|Q|vs|approx|e\.g|i\.e|U\.S|U\.K)|\b[A-Z])\.$"
)


LIST_NUMBER_RE = re.compile(r"\d{1,2}\.|[IVX]{1,4}\.")  # a numbered section's number alone


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it starts in the text; `paragraph` counts blank-line breaks."""

    text: str
    start: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, in order; paragraph breaks always end a sentence."""
    sentences: list[Sentence] = []
    paragraph, start = 0, 0
    for match in BOUNDARY_RE.finditer(text):
        newline = "\n" in match.group(0)
        if not newline and NO_BREAK_RE.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        if not newline and LIST_NUMBER_RE.fullmatch(text[start : match.start()].strip()):
            continue  # "3. Thương mại, xuất nhập khẩu: …": a numbered section stays one sentence
        _add(sentences, text, start, match.start() + len(match.group("tail") or ""), paragraph)
        if newline:
            paragraph += 1
        start = match.end()
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(stripped, offset, paragraph))
