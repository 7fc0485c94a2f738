"""Records to table rows: one builder per row the tracker writes (pure)."""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import NamedTuple

from db.records import (
    ArticleRow,
    ArticleUpdate,
    ArticleUrlRow,
    ChangeRow,
    FigureRow,
    PointRow,
    SnapshotRow,
)
from etl.extract.relevance import Relevance
from etl.flag.classify import Change, Point
from etl.models import Article, Figure, Link
from etl.urls import article_id

Series = tuple[str | None, str | None]  # (metric, partner); no metric: an edit of the text only


def as_utc(when: datetime | None) -> datetime | None:
    """An aware time in UTC (stored as TIMESTAMPTZ: an instant, shown in any zone)."""
    return when.astimezone(UTC) if when else None


class ArticleRows(NamedTuple):
    """Every row one fetched article stores."""

    article: ArticleRow
    urls: tuple[ArticleUrlRow, ...]
    figures: tuple[FigureRow, ...]


def article_rows(
    link: Link,
    art: Article,
    relevance: Relevance,
    figures: tuple[Figure, ...],
    validators: tuple[str | None, str | None],
    run_id: int,
    stamp: datetime,
    published_date: date | None = None,
) -> ArticleRows:
    """The rows of a newly fetched article: itself (with its text), its URLs, its figures.
    `published_date`: the paper's own date (its publication time in the tracker's zone)."""
    aid = article_id(art.canonical_url)
    row = ArticleRow(
        article_id=aid, url=link.url, canonical_url=art.canonical_url, source=link.source,
        title=art.title, published_at=as_utc(art.published_at), published_date=published_date,
        lang=art.lang,
        relevant=relevance.relevant, body=art.body, content_hash=art.content_hash,
        first_seen_at=stamp, last_fetched_at=stamp, date_source=art.date_source,
        relevance_reason=relevance.reason, etag=validators[0], last_modified=validators[1],
        run_id=run_id,
    )  # fmt: skip
    urls = tuple(ArticleUrlRow(article_id(u), aid) for u in {link.url, art.canonical_url, art.url})
    figure_rows = tuple(figure_row(aid, art.content_hash, f, run_id, stamp) for f in figures)
    return ArticleRows(row, urls, figure_rows)


def article_update(
    aid: str, art: Article, relevance: Relevance, validators: tuple[str | None, str | None],
    now: datetime,
) -> ArticleUpdate:  # fmt: skip
    """What an edited article's row becomes."""
    return ArticleUpdate(aid, art.title, art.body, art.content_hash, relevance.relevant,
                         relevance.reason, now, now, validators[0], validators[1])  # fmt: skip


FIGURE_FIELDS = tuple(field.name for field in fields(Figure))  # looked up once, not per figure


def figure_row(aid: str, content_hash: str, fig: Figure, run_id: int, stamp: datetime) -> FigureRow:
    """One `figures` row; its id is stable for the same article version and figure."""
    parts = (aid, content_hash, fig.metric, fig.partner, fig.period_end, fig.value, fig.char_start)
    key = "|".join(map(str, parts))
    figure_id = hashlib.sha256(key.encode()).hexdigest()[:16]
    own = {name: getattr(fig, name) for name in FIGURE_FIELDS}
    return FigureRow(**own, figure_id=figure_id, article_id=aid, content_hash=content_hash,
                     extracted_at=stamp, run_id=run_id)  # fmt: skip


def snapshot_row(series: tuple[str, str | None], point: Point, run_id: int) -> SnapshotRow:
    """One `snapshots` row: what the flag step now knows of a point."""
    return SnapshotRow(run_id, series[0], series[1], point.period_end, point.period_start,
                       point.value, point.qualifier, point.figure_id)  # fmt: skip


def change_row(
    series: Series, change: Change, run_id: int, now: datetime, article_id: str | None = None
) -> ChangeRow:
    """One `changes` row: a flagged change of a series (or of an article's text)."""
    point, previous = change.point, change.previous
    where = point or previous  # a removed figure: its period, no value
    return ChangeRow(
        run_id=run_id, detected_at=now, change_type=change.change_type, metric=series[0],
        partner=series[1], value=_value(point), period_end=_end(where),
        period_start=where.period_start if where else None, previous_value=_value(previous),
        previous_period_end=_end(previous), delta=change.delta, delta_pct=change.delta_pct,
        figure_id=point.figure_id if point else None,
        previous_figure_id=previous.figure_id if previous else None, article_id=article_id,
        history=change.history, note=change.note, compared_with=change.compared_with,
    )  # fmt: skip


def _value(point: Point | None) -> float | None:
    return point.value if point else None


def _end(point: Point | None) -> date | None:
    return point.period_end if point else None


def point_row(
    series: tuple[str, str | None], point: Point, unit: str, urls: list[str], url: str,
    n_reports: int, run_id: int,
) -> PointRow:  # fmt: skip
    """One `points` row: a consolidated point, the reports behind it, how far it is trusted."""
    return PointRow(series[0], series[1], point.period_end, point.period_start, point.value, unit,
                    point.qualifier, n_reports, tuple(urls), url, point.figure_id, run_id,
                    point.n_sources, point.suspect, point.suspect_reason)  # fmt: skip
