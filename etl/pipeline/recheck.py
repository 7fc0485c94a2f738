"""Re-check young articles for edits: conditional requests, old versions kept, figures re-read."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from db import store
from db.records import ChangeRow, FigureRow, RecheckRow
from etl.errors import FetchError
from etl.fetch.fetcher import Fetcher
from etl.flag.classify import Point
from etl.flag.edits import EditKey, edit_changes
from etl.load.rows import article_update, change_row, figure_row
from etl.models import Article, Figure

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

    from etl.extract.relevance import Relevance
    from etl.pipeline.process import Reader, Validators

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Edit:
    """A stored article whose page now says something else."""

    article_id: str
    article: Article
    relevance: Relevance
    figures: tuple[Figure, ...]
    validators: Validators


@dataclass(frozen=True, slots=True)
class Recheck:
    """What re-checking found: unchanged articles, edits and failures."""

    unchanged: tuple[str, ...]
    edits: tuple[Edit, ...]
    errors: tuple[str, ...]


def recheck(rows: Sequence[RecheckRow], fetcher: Fetcher, reader: Reader) -> Recheck:
    """Fetch each young article conditionally; an unchanged text is no edit."""
    unchanged, edits, errors = [], [], []
    for row in rows:
        try:
            page = fetcher.fetch(row.url, etag=row.etag, last_modified=row.last_modified)
        except FetchError as exc:
            errors.append(str(exc))
            continue
        if page.not_modified:
            unchanged.append(row.article_id)
            continue
        try:
            article, verdict, figures = reader.read(page.text, page.final_url, row.lang)
        except Exception as exc:  # one unreadable page must not stop the re-checks
            LOGGER.exception("%s: could not be read", row.url)
            errors.append(f"{row.url}: could not be read ({exc!r})")
            continue
        if article.content_hash == row.content_hash:
            unchanged.append(row.article_id)
        else:
            LOGGER.info("edited: %s", row.url)
            validators = (page.etag, page.last_modified)
            edits.append(Edit(row.article_id, article, verdict, figures, validators))
    return Recheck(tuple(unchanged), tuple(edits), tuple(errors))


def store_edits(
    conn: DuckDBPyConnection, found: Recheck, run_id: int, now: datetime
) -> list[ChangeRow]:
    """Write the new versions and their figures; return the article_edited change rows."""
    store.mark_checked(conn, found.unchanged, now)
    old = _by_article(store.current_figures_of(conn, [e.article_id for e in found.edits]))
    changes = []
    for edit in found.edits:
        aid, art = edit.article_id, edit.article
        update = article_update(aid, art, edit.relevance, edit.validators, now)
        store.update_article_version(conn, update)
        rows = [figure_row(aid, art.content_hash, f, run_id, now) for f in edit.figures]
        store.store_figures(conn, rows)
        gone = old.get(aid, {}).values()  # the old version's points are consolidated again
        store.queue_figures(conn, [point.figure_id for point in gone], run_id)
        after = {_key(r): _point(r) for r in rows if r.period_end is not None}
        changes += [change_row(series, change, run_id, now, aid)
                    for series, change in edit_changes(old.get(aid, {}), after)]  # fmt: skip
    return changes


def _by_article(rows: Sequence[FigureRow]) -> dict[str, dict[EditKey, Point]]:
    out: dict[str, dict[EditKey, Point]] = {}
    for row in rows:
        if row.period_end is not None:
            out.setdefault(row.article_id, {})[_key(row)] = _point(row)
    return out


def _key(row: FigureRow) -> EditKey:
    assert row.period_end is not None
    return (row.metric, row.partner, row.period_end, row.period_start)


def _point(row: FigureRow) -> Point:
    assert row.period_end is not None
    return Point(row.period_end, row.period_start, row.value, row.qualifier, row.figure_id)
