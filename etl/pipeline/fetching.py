"""The fetcher a configuration asks for: its politeness policy and the robots.txt it knows."""

from __future__ import annotations

from collections.abc import Sequence

from etl.config import Settings
from etl.fetch.fetcher import Fetcher, FetchPolicy
from etl.fetch.targets import origin_of
from etl.urls import host_of


def fetch_policy(settings: Settings, also_trusted: Sequence[str] = ()) -> FetchPolicy:
    """The fetch policy the config declares; a source's own min_delay applies to its host, and
    its host may be a private address (as may the hosts of `also_trusted` URLs)."""
    return FetchPolicy(
        user_agent=settings.user_agent,
        timeout=settings.timeout.total_seconds(),
        max_bytes=settings.max_bytes,
        max_retries=settings.max_retries,
        min_delay=settings.min_delay.total_seconds(),
        host_delays=tuple(
            (host_of(src.url), src.min_delay.total_seconds())
            for src in settings.sources
            if src.min_delay is not None
        ),
        trusted_origins=tuple(
            origin_of(url) for url in [*(s.url for s in settings.sources), *also_trusted]
        ),
    )


def open_fetcher(
    settings: Settings,
    robots: dict[str, str | None] | None = None,
    also_trusted: Sequence[str] = (),
) -> Fetcher:
    """A fetcher for the config (close it after use); `robots`: bodies read earlier, by host;
    `also_trusted`: URLs whose hosts it may fetch even on a private address (see fetch_policy)."""
    return Fetcher(fetch_policy(settings, also_trusted), robots)
