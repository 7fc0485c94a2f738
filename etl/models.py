"""Immutable records that cross module boundaries: Entity, Source, Window, Link, Page, Article,
Figure, RunReport."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

NO_OPTIONS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Entity:
    """The tracked province: its names, phrases that are never it, the places inside it (old
    towns, industrial parks) and the places around it whose figures are not its own; `city`:
    a centrally-run city (Hải Phòng, Đà Nẵng), which "the city" and "thành phố" name."""

    name: str
    aliases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    other_places: tuple[str, ...] = ()
    city: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Source:
    """One configured news source; `options` holds what its kind accepts beyond the common keys
    (a listing's selectors, say), validated by the config against the kind's registry entry."""

    name: str
    kind: str
    url: str
    lang: str | None = None
    every: timedelta | None = timedelta(minutes=30)
    cron: str | None = None
    min_delay: timedelta | None = None
    enabled: bool = True
    options: Mapping[str, Any] = field(default_factory=lambda: NO_OPTIONS)

    def option(self, key: str, default: Any = None) -> Any:
        """The value of one of the kind's options, else `default`."""
        return self.options.get(key, default)


@dataclass(frozen=True, slots=True)
class Window:
    """A half-open publication window [since, until) in UTC; None means unbounded."""

    since: datetime | None = None
    until: datetime | None = None

    def contains(self, when: datetime | None) -> bool:
        """True when `when` is inside the window (an unknown date is never excluded)."""
        if when is None:
            return True
        if self.since and when < self.since:
            return False
        return not (self.until and when >= self.until)


@dataclass(frozen=True, slots=True)
class Link:
    """An article URL found by discovery, with what the feed or sitemap said of it."""

    url: str
    source: str
    published: datetime | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One HTTP response, decoded."""

    url: str
    final_url: str
    status: int
    content: bytes
    text: str
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article: metadata and main body text."""

    url: str
    canonical_url: str
    title: str
    published_at: datetime | None
    date_source: str
    lang: str
    body: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Figure:
    """One key figure an article states about the province (columns of the `figures` table)."""

    metric: str
    partner: str | None
    value: float
    unit: str
    qualifier: str
    kind: str
    period_start: date | None
    period_end: date | None
    text: str
    sentence: str
    char_start: int
    char_end: int
    confidence: float | None  # 0-1: how surely the extractor decided metric, period and place

    def as_json(self) -> dict:
        """The figure as a JSON-ready dict (dates as ISO strings)."""
        return {
            "metric": self.metric,
            "partner": self.partner,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "text": self.text,
            "sentence": self.sentence,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one pass or backfill did."""

    run_id: int
    mode: str
    status: str
    articles_seen: int
    articles_new: int
    figures_new: int
    changes_new: int
    errors: tuple[str, ...] = field(default=())
