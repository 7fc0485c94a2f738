"""The database seam's records: one frozen record per table row the tracker writes, named rows
for what it reads back. Column names live here and in the schema, nowhere else (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar, NamedTuple

from etl.models import Figure

# ---------------------------------------------------------------- rows written (one per table)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An `articles` row: a stored article, relevant or not."""

    TABLE: ClassVar[str] = "articles"
    article_id: str
    url: str
    canonical_url: str
    source: str
    title: str
    published_at: datetime | None
    published_date: date | None  # the paper's own date, in the tracker's time zone
    lang: str
    relevant: bool
    body: str
    content_hash: str
    first_seen_at: datetime
    last_fetched_at: datetime
    date_source: str
    relevance_reason: str
    etag: str | None
    last_modified: str | None
    run_id: int


@dataclass(frozen=True, slots=True)
class ArticleUrlRow:
    """An `article_urls` row: one URL a story was found under."""

    TABLE: ClassVar[str] = "article_urls"
    url_id: str
    article_id: str


@dataclass(frozen=True, slots=True)
class ArticleUpdate:
    """What an edited article's `articles` row becomes (its old text is kept in
    `earlier_versions`)."""

    article_id: str
    title: str
    body: str
    content_hash: str
    relevant: bool
    relevance_reason: str
    last_fetched_at: datetime
    last_checked_at: datetime
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRow(Figure):
    """A `figures` row: a figure (its fields first) of one article version, with its ids."""

    TABLE: ClassVar[str] = "figures"
    figure_id: str
    article_id: str
    content_hash: str
    extracted_at: datetime
    run_id: int


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    """A `snapshots` row: what a flag step knew of one point."""

    TABLE: ClassVar[str] = "snapshots"
    run_id: int
    metric: str
    partner: str | None
    period_end: date
    period_start: date | None
    value: float
    qualifier: str
    figure_id: str


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """A `changes` row (its change_id comes from a sequence)."""

    TABLE: ClassVar[str] = "changes"
    run_id: int
    detected_at: datetime
    change_type: str
    metric: str | None = None
    partner: str | None = None
    value: float | None = None
    period_end: date | None = None
    period_start: date | None = None
    previous_value: float | None = None
    previous_period_end: date | None = None
    delta: float | None = None
    delta_pct: float | None = None
    figure_id: str | None = None
    previous_figure_id: str | None = None
    article_id: str | None = None
    history: bool = False
    note: str | None = None
    compared_with: str | None = None


@dataclass(frozen=True, slots=True)
class PointRow:
    """A `points` row: one consolidated point of a series."""

    TABLE: ClassVar[str] = "points"
    metric: str
    partner: str | None
    period_end: date
    period_start: date | None
    value: float
    unit: str
    qualifier: str
    n_reports: int
    urls: tuple[str, ...]
    url: str
    figure_id: str
    run_id: int
    n_sources: int
    suspect: bool
    suspect_reason: str | None


TableRecord = (
    ArticleRow | ArticleUrlRow | FigureRow | SnapshotRow | ChangeRow | PointRow
)  # what store.insert takes: a list of one of these


# ---------------------------------------------------------------- rows read


class RecheckRow(NamedTuple):
    """A young article to re-check with a conditional request."""

    article_id: str
    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str
    lang: str | None


class TouchedPoint(NamedTuple):
    """A point that figures waiting to be flagged touch, with how many figures of it are stored
    (a bound on how many reports the flag step reads of it)."""

    metric: str
    partner: str | None
    period_end: date
    period_start: date | None
    figures: int


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    """What the flag step reads of a figure that reports a point (not its whole `figures` row:
    a backfill's flag step holds every report of a series at once)."""

    figure_id: str
    article_id: str
    value: float
    unit: str
    qualifier: str
    kind: str
    sentence: str


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One current report of a touched point, with what its article says of it (`figure` None:
    no current figure reports the touched point any more)."""

    metric: str
    partner: str | None
    period_end: date
    period_start: date | None
    figure: ReportedFigure | None
    published_at: datetime | None
    published_date: date | None
    fresh: bool  # waiting in flag_queue
    from_backfill: bool
    source: str | None
    url: str | None
    article_hash: str | None


class ReviewRow(NamedTuple):
    """A person's verdict on one point: 'accept' (never suspect) or 'reject' (always suspect)."""

    metric: str
    partner: str | None
    period_end: date
    period_start: date | None
    verdict: str
    note: str | None
    reviewed_at: datetime


class SourceState(NamedTuple):
    """How a source's last pass went."""

    source: str
    last_pass_at: datetime | None
    last_status: str | None
    last_error: str | None
    articles_new: int | None


class ChangeLine(NamedTuple):
    """A flagged change as the `changes` command lists it, with both source URLs."""

    detected_at: datetime
    change_type: str
    metric: str | None
    partner: str | None
    previous_value: float | None
    value: float | None
    delta: float | None
    delta_pct: float | None
    previous_period_end: date | None
    period_end: date | None
    previous_url: str | None
    url: str | None
    history: bool
    note: str | None
    run_id: int
    run_mode: str | None
    compared_with: str | None
