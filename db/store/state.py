"""The fetcher's memory: HTTP validators per URL and robots.txt per host."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from db.sql import sql

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

ROBOTS_MAX_AGE = timedelta(days=1)  # a robots.txt read longer ago is read again


def all_validators(conn: DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """url -> (etag, last_modified) for every feed, sitemap and listing page seen."""
    return {row[0]: (row[1], row[2]) for row in conn.execute(sql("all_validators")).fetchall()}


def set_validators(
    conn: DuckDBPyConnection, url: str, etag: str | None, last_modified: str | None, now: datetime
) -> None:
    """Keep a URL's HTTP validators for the next conditional request."""
    conn.execute(sql("set_validators"), [url, etag, last_modified, now])


def fresh_robots(conn: DuckDBPyConnection, now: datetime) -> dict[str, str | None]:
    """host -> robots.txt body (None: none) for hosts read within ROBOTS_MAX_AGE of `now`."""
    return dict(conn.execute(sql("fresh_robots"), [now - ROBOTS_MAX_AGE]).fetchall())


def save_robots(conn: DuckDBPyConnection, bodies: dict[str, str | None], now: datetime) -> None:
    """Keep robots.txt bodies read during a run."""
    for host, body in bodies.items():
        conn.execute(sql("save_robots"), [host, body, now])
