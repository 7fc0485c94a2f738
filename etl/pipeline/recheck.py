"""Re-check young articles for edits: conditional requests, old versions kept, figures re-read."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from db import store
from etl.errors import FetchError
from etl.fetch.fetcher import Fetcher
from etl.models import Article, Figure

if TYPE_CHECKING:
    from etl.extract.relevance import Relevance
    from etl.pipeline.process import Reader

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Edit:
    """A stored article whose page now says something else."""

    article_id: str
    article: Article
    relevance: Relevance
    figures: tuple[Figure, ...]
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class Recheck:
    """What re-checking found: unchanged articles, edits and failures."""

    unchanged: tuple[str, ...]
    edits: tuple[Edit, ...]
    errors: tuple[str, ...]


def recheck(rows: list[tuple], fetcher: Fetcher, reader: Reader) -> Recheck:
    """Fetch each (article_id, url, etag, last_modified, content_hash, lang) conditionally."""
    unchanged, edits, errors = [], [], []
    for aid, url, etag, modified, old_hash, lang in rows:
        try:
            page = fetcher.fetch(url, etag=etag, last_modified=modified)
        except FetchError as exc:
            errors.append(str(exc))
            continue
        if page.not_modified:
            unchanged.append(aid)
            continue
        article, verdict, figures = reader.read(page.text, page.final_url, lang)
        if article.content_hash == old_hash:
            unchanged.append(aid)
        else:
            LOGGER.info("edited: %s", url)
            edits.append(Edit(aid, article, verdict, figures, page.etag, page.last_modified))
    return Recheck(tuple(unchanged), tuple(edits), tuple(errors))


def store_edits(conn, found: Recheck, run_id: int, now: datetime, figure_row) -> list[dict]:
    """Write the new versions and their figures; return the article_edited change rows."""
    store.mark_checked(conn, found.unchanged, now)
    old = _by_article(store.current_figures_of(conn, [e.article_id for e in found.edits]))
    changes = []
    for edit in found.edits:
        art = edit.article
        store.insert_rows(conn, "article_versions", [{
            "article_id": edit.article_id, "content_hash": art.content_hash, "title": art.title,
            "body": art.body, "fetched_at": now}])  # fmt: skip
        store.update_article_version(conn, {
            "article_id": edit.article_id, "title": art.title, "body": art.body,
            "content_hash": art.content_hash, "relevant": edit.relevance.relevant,
            "relevance_reason": edit.relevance.reason, "last_fetched_at": now,
            "last_checked_at": now, "etag": edit.etag, "last_modified": edit.last_modified,
        })  # fmt: skip
        rows = [figure_row(edit.article_id, art.content_hash, f, run_id, now) for f in edit.figures]
        store.insert_rows(conn, "figures", rows)
        changes += _edit_changes(edit, old.get(edit.article_id, {}), rows, run_id, now)
    return changes


def _by_article(rows) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for aid, fid, metric, partner, end, start, value in rows:
        out.setdefault(aid, {})[(metric, partner, end, start)] = (fid, value)
    return out


def _edit_changes(edit: Edit, before: dict, rows: list[dict], run_id: int, now) -> list[dict]:
    after = {
        (r["metric"], r["partner"], r["period_end"], r["period_start"]): (
            r["figure_id"],
            r["value"],
        )
        for r in rows
    }
    base = {"run_id": run_id, "detected_at": now, "change_type": "article_edited",
            "article_id": edit.article_id}  # fmt: skip
    out = []
    for key in sorted(set(before) | set(after), key=str):
        old, new = before.get(key), after.get(key)
        if old and new and old[1] == new[1]:
            continue
        metric, partner, end, start = key
        note = "figure changed" if old and new else ("figure added" if new else "figure removed")
        out.append(base | {
            "metric": metric, "partner": partner, "period_end": end, "period_start": start,
            "value": new[1] if new else None, "previous_value": old[1] if old else None,
            "figure_id": new[0] if new else None, "previous_figure_id": old[0] if old else None,
            "delta": new[1] - old[1] if old and new else None, "note": note,
        })  # fmt: skip
    if not out:
        out.append(base | {"note": "text changed; figures unchanged"})
    return out
