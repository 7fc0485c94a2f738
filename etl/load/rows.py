"""Records to table rows: what an article, its URLs, its versions and its figures store (pure)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from etl.models import Figure
from etl.urls import article_id


def naive_utc(when: datetime | None) -> datetime | None:
    """UTC without tzinfo: how times are stored."""
    return when.astimezone(UTC).replace(tzinfo=None) if when else None


def rows_for(batch: list, run_id: int, stamp: datetime) -> tuple[list, list, list, list]:
    """Table rows (articles, article_urls, article_versions, figures) for processed links."""
    articles, urls, versions, figures = [], [], [], []
    for item in batch:
        art = item.article
        aid = article_id(art.canonical_url)
        articles.append({
            "article_id": aid, "url": item.link.url, "canonical_url": art.canonical_url,
            "source": item.link.source, "title": art.title,
            "published_at": naive_utc(art.published_at), "lang": art.lang,
            "relevant": item.relevance.relevant, "body": art.body,
            "content_hash": art.content_hash, "first_seen_at": stamp, "last_fetched_at": stamp,
            "date_source": art.date_source, "relevance_reason": item.relevance.reason,
            "etag": item.etag, "last_modified": item.last_modified, "run_id": run_id,
        })  # fmt: skip
        for url in {item.link.url, art.canonical_url, art.url}:
            urls.append({"url_id": article_id(url), "article_id": aid})
        versions.append({"article_id": aid, "content_hash": art.content_hash, "title": art.title,
                         "body": art.body, "fetched_at": stamp})  # fmt: skip
        figures.extend(figure_row(aid, art.content_hash, f, run_id, stamp) for f in item.figures)
    return articles, urls, versions, figures


def figure_row(aid: str, content_hash: str, fig: Figure, run_id: int, stamp: datetime) -> dict:
    """One `figures` row; its id is stable for the same article version and figure."""
    parts = (aid, content_hash, fig.metric, fig.partner, fig.period_end, fig.value, fig.char_start)
    key = "|".join(map(str, parts))
    return {
        "figure_id": hashlib.sha256(key.encode()).hexdigest()[:16], "article_id": aid,
        "metric": fig.metric, "partner": fig.partner, "value": fig.value, "unit": fig.unit,
        "qualifier": fig.qualifier, "kind": fig.kind, "period_start": fig.period_start,
        "period_end": fig.period_end, "text": fig.text, "sentence": fig.sentence,
        "extracted_at": stamp, "char_start": fig.char_start, "char_end": fig.char_end,
        "content_hash": content_hash, "run_id": run_id,
    }  # fmt: skip
