"""One fact stated twice is kept once: headline and body, rounded and precise, a headline's
number the body leaves out (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.extract.catalogue import Catalogue
from etl.extract.explain import Dropped, Explanation
from etl.models import Figure

SAME_VALUE = 0.015  # a figure repeated with other rounding ("2.7" vs "2.694 billion")
TITLE_ROUNDING = 0.12  # a headline's "over 1 billion" for the body's "nearly 1.1 billion"
LEFT_OUT_AS_ANOTHER = ("subset", "another place", "company", "ceremony")


@dataclass(frozen=True, slots=True)
class Found:
    """A figure as found, before repeats are merged."""

    figure: Figure
    explanation: Explanation
    from_title: bool
    digits: int


def headline_restated(found: list[Found], dropped: list[Dropped]):
    """A headline's number that the body states and leaves out (a subset, another place's, one
    company's) is left out too: the headline restates the body."""
    others = [d for d in dropped if not d.from_title and d.value
              and any(word in d.reason for word in LEFT_OUT_AS_ANOTHER)]  # fmt: skip
    kept = []
    for item in found:
        twin = next((d for d in others if item.from_title and _close(item.figure.value, d.value)),
                    None)  # fmt: skip
        if twin is None:
            kept.append(item)
            continue
        figure = item.figure
        dropped.append(Dropped(figure.text, f"{twin.reason} (the body says so)", figure.sentence,
                               figure.char_start, figure.value, True))  # fmt: skip
    return kept, dropped


def _close(a: float, b: float | None) -> bool:
    return b is not None and abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


def merge_repeats(found: list[Found], catalogue: Catalogue) -> list[Found]:
    """One fact stated twice (headline and body, rounded and precise) is kept once."""
    kept: list[Found] = []
    for item in found:
        twin = next((k for k in kept if _same_fact(k, item, catalogue)), None)
        if twin is None:
            kept.append(item)
        elif _better(item, twin):
            kept[kept.index(twin)] = item
    return kept


def _same_fact(a: Found, b: Found, catalogue: Catalogue) -> bool:
    """Two statements of one fact: same metric and partner, values equal but for rounding (a
    headline rounds harder: "Hơn 1 tỷ USD" over a body's "gần 1,1 tỷ USD", and need not say
    whether a sum is the period's or the cumulative one)."""
    fa, fb = a.figure, b.figure
    headline = a.from_title or b.from_title
    if fa.partner != fb.partner:
        return False
    if fa.metric != fb.metric and not (headline and _one_family(fa, fb, catalogue)):
        return False
    tolerance = TITLE_ROUNDING if (a.from_title or b.from_title) else SAME_VALUE
    if abs(fa.value - fb.value) > tolerance * max(abs(fa.value), abs(fb.value), 1e-9):
        return False
    return (
        fa.period_end == fb.period_end
        or None in (fa.period_end, fb.period_end)
        or (a.from_title or b.from_title)
    )


def _one_family(fa: Figure, fb: Figure, catalogue: Catalogue) -> bool:
    ma, mb = catalogue.metric(fa.metric), catalogue.metric(fb.metric)
    return ma.unit == mb.unit and bool(ma.topic) and ma.topic == mb.topic


def _better(new: Found, old: Found) -> bool:
    if old.from_title != new.from_title:
        return old.from_title
    if (new.figure.period_end is None) != (old.figure.period_end is None):
        return old.figure.period_end is None
    return new.digits > old.digits
