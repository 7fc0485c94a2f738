"""What an article's edit changed in its figures: one article_edited change per figure that
moved, appeared or went, or one for the text alone (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from etl.flag.classify import Change, Point

EditKey = tuple[str, str | None, date, date | None]  # metric, partner, period_end, period_start
Series = tuple[str | None, str | None]


def edit_changes(
    before: Mapping[EditKey, Point], after: Mapping[EditKey, Point]
) -> list[tuple[Series, Change]]:
    """The article_edited changes of one edit, each with its series (metric, partner)."""
    out: list[tuple[Series, Change]] = []
    for key in sorted(set(before) | set(after), key=str):
        old, new = before.get(key), after.get(key)
        if old and new and old.value == new.value:
            continue
        note = "figure changed" if old and new else ("figure added" if new else "figure removed")
        out.append(((key[0], key[1]), Change("article_edited", new, old, note=note)))
    if not out:
        out.append(((None, None), Change("article_edited", None, note=TEXT_ONLY)))
    return out


TEXT_ONLY = "text changed; figures unchanged"
