"""Articles: what is stored already, re-checks of young articles, new versions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from db.records import ArticleUpdate, FigureRow, RecheckRow
from db.sql import sql
from db.store.batch import json_list

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


def known_article_ids(conn: DuckDBPyConnection, article_ids: Iterable[str]) -> set[str]:
    """Those of `article_ids` that are stored already."""
    return _known(conn, "known_article_ids", article_ids)


def known_url_ids(conn: DuckDBPyConnection, url_ids: Iterable[str]) -> set[str]:
    """Those of `url_ids` under which an article is stored already."""
    return _known(conn, "known_url_ids", url_ids)


def _known(conn: DuckDBPyConnection, query: str, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    return {row[0] for row in conn.execute(sql(query), [json_list(ids)]).fetchall()}


def articles_to_recheck(
    conn: DuckDBPyConnection, young_since: datetime, checked_before: datetime
) -> list[RecheckRow]:
    """Articles published after `young_since` and not checked since `checked_before`."""
    rows = conn.execute(sql("articles_to_recheck"), [young_since, checked_before]).fetchall()
    return [RecheckRow._make(row) for row in rows]


def mark_checked(conn: DuckDBPyConnection, article_ids: Sequence[str], now: datetime) -> None:
    """Record a re-check that found nothing new."""
    if article_ids:
        conn.execute(sql("mark_checked"), [now, json_list(article_ids)])


def current_figures_of(conn: DuckDBPyConnection, article_ids: Sequence[str]) -> list[FigureRow]:
    """The figures of the stored version of each article."""
    rows = conn.execute(sql("current_figures_of"), [json_list(article_ids)]).fetchall()
    return [figure_of(row) for row in rows]


def figure_of(values: Sequence[Any]) -> FigureRow:
    """A FigureRow from its columns, in the order of its fields."""
    return FigureRow(**dict(zip([f.name for f in fields(FigureRow)], values, strict=True)))


def update_article_version(conn: DuckDBPyConnection, update: ArticleUpdate) -> None:
    """Make a re-fetched version current; the old one is kept in earlier_versions."""
    conn.execute(sql("keep_earlier_version"), [update.article_id])
    conn.execute(
        sql("update_article_version"),
        [update.title, update.body, update.content_hash, update.relevant,
         update.relevance_reason, update.last_fetched_at, update.last_checked_at, update.etag,
         update.last_modified, update.article_id],
    )  # fmt: skip
