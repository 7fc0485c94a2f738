"""Articles: what is stored already, re-checks of young articles, new versions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from db.sql import sql


def known_article_ids(conn, article_ids: Iterable[str]) -> set[str]:
    """Those of `article_ids` that are stored already."""
    return _known(conn, "known_article_ids", article_ids)


def known_url_ids(conn, url_ids: Iterable[str]) -> set[str]:
    """Those of `url_ids` under which an article is stored already."""
    return _known(conn, "known_url_ids", url_ids)


def _known(conn, query: str, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    return {row[0] for row in conn.execute(sql(query), [ids]).fetchall()}


def articles_to_recheck(conn, young_since, checked_before) -> list[tuple]:
    """Articles published after `young_since` and not checked since `checked_before`."""
    return conn.execute(sql("articles_to_recheck"), [young_since, checked_before]).fetchall()


def mark_checked(conn, article_ids: Sequence[str], now) -> None:
    """Record a re-check that found nothing new."""
    if article_ids:
        conn.execute(sql("mark_checked"), [now, list(article_ids)])


def current_figures_of(conn, article_ids: Sequence[str]) -> list[tuple]:
    """The figures of the stored version of each article."""
    return conn.execute(sql("current_figures_of"), [list(article_ids)]).fetchall()


def update_article_version(conn, row: dict) -> None:
    """Make a re-fetched version current; the old one stays in article_versions."""
    keys = ("title", "body", "content_hash", "relevant", "relevance_reason", "last_fetched_at",
            "last_checked_at", "etag", "last_modified", "article_id")  # fmt: skip
    conn.execute(sql("update_article_version"), [row[k] for k in keys])
