"""The one HTTP seam: polite, bounded, retrying GETs that return a Page or raise FetchError.

Every exchange is bounded in bytes (inflated bytes count) and in wall time (a deadline shuts the
socket whatever the server sends). Redirects are followed here one hop at a time, each hop
checked like the first URL: scheme, address, robots.txt of its host. See docs/reliability.md.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass
from urllib import robotparser
from urllib.parse import urlsplit

from etl.errors import DisallowedByRobots, PermanentFetchError, TransientFetchError
from etl.fetch.exchange import Request, exchange, new_session
from etl.fetch.targets import TargetPolicy
from etl.models import Page
from etl.urls import host_of

LOGGER = logging.getLogger(__name__)
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 30.0
PAGE_MAX_BYTES = 2 * 1024 * 1024  # an article page is cut here, before it is parsed
ROBOTS_MAX_BYTES = 512 * 1024  # what crawlers commonly read of a robots.txt
ROBOTS_MAX_AGE_SECONDS = 24 * 3600.0  # a long-running daemon reads robots.txt again daily
UNREACHABLE_SECONDS = 60.0  # a host whose robots.txt cannot be reached is skipped this long


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How to fetch: the politeness and bounds the config declares."""

    user_agent: str
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_retries: int = 3
    min_delay: float = 1.0
    backoff: float = 0.5
    host_delays: tuple[tuple[str, float], ...] = ()  # (host, seconds) set by sources' min_delay
    trusted_origins: tuple[str, ...] = ()  # host:port that may be private (the sources' own)


class _HostDown(TransientFetchError):
    """The host is marked unreachable: not retried in this fetch."""


class Fetcher:
    """Fetches pages for one run; robots.txt and per-host spacing are kept per host.

    Safe to use from several threads, as long as each host is fetched by one thread at a time.
    """

    def __init__(self, policy: FetchPolicy, robots: dict[str, str | None] | None = None) -> None:
        """`robots`: robots.txt bodies by host, read earlier (None: the host has none)."""
        self.policy = policy
        self.session = new_session(policy.user_agent)
        self.targets = TargetPolicy(policy.trusted_origins)
        self._robots: dict[str, robotparser.RobotFileParser | None] = {}
        self._robots_at: dict[str, float] = {}
        self.robots_read: dict[str, str | None] = {}  # bodies fetched by this fetcher
        self._last_request: dict[str, float] = {}
        self._crawl_delays: dict[str, float] = {}
        self._unreachable: dict[str, tuple[str, float]] = {}  # host -> (reason, when)
        self._lock = threading.Lock()
        self.requests_made = 0  # requests sent
        for host, body in (robots or {}).items():
            self._robots[host] = self._rules(host, body)
            self._robots_at[host] = time.monotonic()

    def close(self) -> None:
        """Release the connection pool."""
        self.session.close()

    def fetch(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        *,
        index: bool = False,
    ) -> Page:
        """GET `url`, conditionally when validators are given. An article page is cut at
        PAGE_MAX_BYTES; an `index` (feed, sitemap, listing page) may be as large as max_bytes.

        Returns:
            The decoded page; `not_modified` is True on a 304.

        Raises:
            TransientFetchError: timeouts, resets, cut bodies, 429/5xx after the retries.
            PermanentFetchError: 4xx, robots.txt, refused targets, redirect loops.
        """
        limit = self.policy.max_bytes if index else min(self.policy.max_bytes, PAGE_MAX_BYTES)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._retrying(url, lambda: self._follow(url, headers, limit))

    def _retrying(self, url: str, attempt) -> Page:
        """`attempt()`, again after a transient failure, up to max_retries more times."""
        for number in range(self.policy.max_retries + 1):
            try:
                return attempt()
            except _HostDown:
                raise
            except TransientFetchError as exc:
                if number == self.policy.max_retries:
                    raise
                LOGGER.debug("%s; trying again", exc)
                time.sleep(self._pause(exc, number))
        raise AssertionError("unreachable")  # the loop returns or raises

    def _pause(self, exc: TransientFetchError, number: int) -> float:
        wait = getattr(exc, "wait", None)
        if wait is None:
            wait = self.policy.backoff * 2**number + random.uniform(0, self.policy.backoff / 2)
        return min(wait, MAX_RETRY_AFTER)

    def _follow(self, url: str, headers: dict, limit: int, *, obey_robots: bool = True) -> Page:
        """One attempt: the URL and its redirects, each hop admitted before it is requested."""
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            self._admit(url, target, obey_robots)
            self._wait_turn(target)
            self.requests_made += 1
            answer = exchange(
                self.session, Request(url, target, headers, limit, self.policy.timeout)
            )
            if isinstance(answer, Page):
                return answer
            target = answer
        raise PermanentFetchError(url, "too many redirects (a redirect loop?)")

    def _admit(self, url: str, target: str, obey_robots: bool) -> None:
        """Raise unless `target` may be fetched now: scheme, address, host state, robots.txt."""
        hop = "" if target == url else f"redirects to {target}, "
        refusal = self.targets.refusal(target)
        if refusal:
            raise PermanentFetchError(url, f"{hop}{refusal}")
        self._raise_if_down(url, host_of(target))
        if obey_robots and not self.allowed(target):
            raise DisallowedByRobots(url, f"{hop}disallowed by robots.txt")
        self._raise_if_down(url, host_of(target))  # reading robots.txt may have found it down

    def _raise_if_down(self, url: str, host: str) -> None:
        down = self._down_reason(host)
        if down:
            raise _HostDown(url, f"host unreachable ({down})")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch `url` (robots.txt is read once per host)."""
        host = host_of(url)
        with self._lock:
            age = time.monotonic() - self._robots_at.get(host, -ROBOTS_MAX_AGE_SECONDS)
            known = host in self._robots and age < ROBOTS_MAX_AGE_SECONDS
        if not known:
            rules = self._read_robots(url)
            with self._lock:
                self._robots[host] = rules
                if host not in self._unreachable:  # an unreachable host is asked again later
                    self._robots_at[host] = time.monotonic()
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.policy.user_agent, url)

    def _read_robots(self, url: str) -> robotparser.RobotFileParser | None:
        """robots.txt, bounded like any read (ROBOTS_MAX_BYTES); its redirects are checked."""
        parts = urlsplit(url)
        host = host_of(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        body = None
        try:
            page = self._retrying(
                robots_url,
                lambda: self._follow(robots_url, {}, ROBOTS_MAX_BYTES, obey_robots=False),
            )
            body = page.text
        except TransientFetchError as exc:
            LOGGER.info("%s; the host is skipped for now", exc)
            with self._lock:
                self._unreachable[host] = (exc.reason, time.monotonic())
            return None
        except PermanentFetchError as exc:
            LOGGER.info("%s; treating the site as open", exc)
        with self._lock:
            self.robots_read[host] = body
        return self._rules(host, body)

    def forget_robots_read(self) -> None:
        """The bodies read so far are stored: start a new list (a daemon's fetcher lives long)."""
        with self._lock:
            self.robots_read = {}

    def _down_reason(self, host: str) -> str | None:
        """Why `host` is skipped for now, or None; the mark lapses after UNREACHABLE_SECONDS."""
        with self._lock:
            mark = self._unreachable.get(host)
            if mark and time.monotonic() - mark[1] > UNREACHABLE_SECONDS:
                del self._unreachable[host]
                mark = None
        return mark[0] if mark else None

    def _rules(self, host: str, body: str | None) -> robotparser.RobotFileParser | None:
        """Parsed robots.txt (None: everything allowed); remembers its Crawl-delay."""
        if body is None:
            return None
        rules = robotparser.RobotFileParser()
        rules.parse(body[:ROBOTS_MAX_BYTES].splitlines())
        delay = rules.crawl_delay(self.policy.user_agent)
        if delay:
            self._crawl_delays[host] = float(delay)
        return rules

    def _wait_turn(self, url: str) -> None:
        """Space requests to one host by the larger of min_delay and robots.txt's Crawl-delay."""
        host = host_of(url)
        configured = dict(self.policy.host_delays).get(host, self.policy.min_delay)
        delay = max(configured, self._crawl_delays.get(host, 0.0))
        with self._lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            start = now if last is None else max(now, last + delay)
            self._last_request[host] = start
        if start > now:
            time.sleep(start - now)
