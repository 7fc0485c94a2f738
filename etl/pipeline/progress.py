"""Counters a progress display reads while a run goes on (the run writes, the display reads)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Progress:
    """How far a run is: links found, pages fetched, articles and figures stored, errors."""

    discovered: int = 0
    to_fetch: int = 0
    fetched: int = 0
    skipped: int = 0
    stored: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)
