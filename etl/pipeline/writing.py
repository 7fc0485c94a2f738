"""New articles written in transactions sized by rows and seconds, through one connection kept
between them and let go whenever another process waits for the database."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import db
from db import store
from db.session import KeptSession
from etl.load.rows import ArticleRows

FLUSH_ROWS = 20_000  # rows waiting (articles, URLs, figures) before a write ...
FLUSH_SECONDS = 1.0  # ... or seconds since the oldest waiting article: a kill loses at most this
CHECK_SECONDS = 0.05  # how often to look whether someone waits for the database


@dataclass
class Batches:
    """Articles waiting to be written, and the connection kept for writing them."""

    session: KeptSession
    on_written: Callable[[list[ArticleRows]], None]  # told which articles were new
    waiting: list[ArticleRows] = field(default_factory=list)
    rows: int = 0
    oldest: float = 0.0
    checked: float = 0.0
    written: float = 0.0  # when the last write ended

    def add(self, rows: ArticleRows) -> None:
        """Queue the rows of one read article."""
        if not self.waiting:
            self.oldest = time.monotonic()
        self.waiting.append(rows)
        self.rows += 2 + len(rows.urls) + len(rows.figures)

    def tick(self) -> None:
        """Write when enough rows or seconds have gathered; let the connection go while another
        process or thread waits for the database, and once writes pause for FLUSH_SECONDS (a
        program opening the file without saying it waits gets in then). It is opened again for
        the next write."""
        now = time.monotonic()
        if self.waiting and (self.rows >= FLUSH_ROWS or now - self.oldest >= FLUSH_SECONDS):
            self.flush()
        elif not self.waiting and now - self.written >= FLUSH_SECONDS:
            self.session.close()
        if now - self.checked >= CHECK_SECONDS:
            self.checked = now
            self.session.let_go_if_waited()

    def flush(self) -> None:
        """Write every waiting article in one transaction."""
        if not self.waiting:
            return
        batch, rows, self.waiting, self.rows = self.waiting, self.rows, [], 0
        with self.session.writing() as conn, db.transaction(conn):
            fresh = _first_of_each(batch, store.insert_articles(conn, [r.article for r in batch]))
            store.insert(conn, [url for r in batch for url in r.urls])
            store.store_figures(conn, [figure for r in fresh for figure in r.figures])
        self.session.wrote(rows)
        self.written = time.monotonic()
        self.on_written(fresh)

    def close(self) -> None:
        """Write what waits, then close the connection."""
        try:
            self.flush()
        finally:
            self.session.close()


def _first_of_each(batch: list[ArticleRows], stored: set[str]) -> list[ArticleRows]:
    """The rows of each article just stored, once (two URLs of one story come once)."""
    fresh: dict[str, ArticleRows] = {}
    for rows in batch:
        if rows.article.article_id in stored:
            fresh.setdefault(rows.article.article_id, rows)
    return list(fresh.values())
