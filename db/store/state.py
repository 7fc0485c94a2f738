"""The fetcher's memory: HTTP validators per URL and robots.txt per host."""

from __future__ import annotations

from db.sql import sql


def all_validators(conn) -> dict[str, tuple[str | None, str | None]]:
    """url -> (etag, last_modified) for every feed, sitemap and listing page seen."""
    return {row[0]: (row[1], row[2]) for row in conn.execute(sql("all_validators")).fetchall()}


def set_validators(conn, url: str, etag, last_modified, now) -> None:
    """Keep a URL's HTTP validators for the next conditional request."""
    conn.execute(sql("set_validators"), [url, etag, last_modified, now])


def fresh_robots(conn, since) -> dict[str, str | None]:
    """host -> robots.txt body (None: none) for hosts read after `since`."""
    return dict(conn.execute(sql("fresh_robots"), [since]).fetchall())


def save_robots(conn, bodies: dict[str, str | None], now) -> None:
    """Keep robots.txt bodies read during a run."""
    for host, body in bodies.items():
        conn.execute(sql("save_robots"), [host, body, now])
