"""The one HTTP seam: polite, bounded, retrying GETs that return a Page or raise FetchError."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from urllib import robotparser
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from etl.errors import DisallowedByRobots, PermanentFetchError, TransientFetchError
from etl.fetch.encoding import decode
from etl.models import Page
from etl.urls import host_of

LOGGER = logging.getLogger(__name__)
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 30.0
CHUNK = 64 * 1024
ROBOTS_MAX_AGE_SECONDS = 24 * 3600.0  # a long-running daemon reads robots.txt again daily
UNREACHABLE_SECONDS = 60.0  # a host whose robots.txt cannot be reached is skipped this long


class CappedRetry(Retry):
    """urllib3's Retry, but a Retry-After longer than MAX_RETRY_AFTER is not waited out."""

    def get_retry_after(self, response):  # noqa: D102 - urllib3 hook
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_RETRY_AFTER)


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


class Fetcher:
    """Fetches pages for one run; robots.txt and per-host spacing are kept per host.

    Safe to use from several threads, as long as each host is fetched by one thread at a time.
    """

    def __init__(self, policy: FetchPolicy, robots: dict[str, str | None] | None = None) -> None:
        """`robots`: robots.txt bodies by host, read earlier (None: the host has none)."""
        self.policy = policy
        self.session = _session(policy)
        self._robots: dict[str, robotparser.RobotFileParser | None] = {}
        self._robots_at: dict[str, float] = {}
        self.robots_read: dict[str, str | None] = {}  # bodies fetched by this fetcher
        for host, body in (robots or {}).items():
            self._robots[host] = self._rules(host, body)
            self._robots_at[host] = time.monotonic()
        self._last_request: dict[str, float] = {}
        self._crawl_delays: dict[str, float] = {}
        self._unreachable: dict[str, tuple[str, float]] = {}  # host -> (reason, when)
        self._lock = threading.Lock()
        self.requests_made = 0

    def close(self) -> None:
        """Release the connection pool."""
        self.session.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page:
        """GET `url`, conditionally when validators are given.

        Returns:
            The decoded page; `not_modified` is True on a 304.

        Raises:
            TransientFetchError: timeouts, resets, 429/5xx after the retries.
            PermanentFetchError: 4xx, disallowed by robots.txt, redirect loops.
        """
        if not self.allowed(url):
            raise DisallowedByRobots(url, "disallowed by robots.txt")
        down = self._down_reason(host_of(url))
        if down:
            raise TransientFetchError(url, f"host unreachable ({down})")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_turn(url)
        return self._get(url, headers)

    def _get(self, url: str, headers: dict) -> Page:
        timeout = (min(10.0, self.policy.timeout), self.policy.timeout)
        try:
            with self.session.get(url, headers=headers, timeout=timeout, stream=True) as resp:
                return self._page(url, resp)
        except requests.TooManyRedirects as exc:
            raise PermanentFetchError(url, "too many redirects (a redirect loop?)") from exc
        except requests.exceptions.RetryError as exc:
            raise TransientFetchError(url, f"gave up after retries ({_reason(exc)})") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientFetchError(url, f"network error ({_reason(exc)})") from exc
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as exc:
            raise TransientFetchError(url, f"broken body ({_reason(exc)})") from exc
        except requests.RequestException as exc:
            raise PermanentFetchError(url, f"bad request ({_reason(exc)})") from exc

    def _page(self, url: str, resp: requests.Response) -> Page:
        self.requests_made += 1 + len(resp.history)
        if resp.status_code == 304:
            return Page(url, resp.url, 304, b"", "", not_modified=True,
                        etag=resp.headers.get("ETag"),
                        last_modified=resp.headers.get("Last-Modified"))  # fmt: skip
        if resp.status_code in RETRY_STATUSES:
            raise TransientFetchError(url, f"HTTP {resp.status_code}")
        if resp.status_code >= 400:
            raise PermanentFetchError(url, f"HTTP {resp.status_code}")
        content = self._read(url, resp)
        content_type = resp.headers.get("Content-Type", "")
        return Page(
            url=url,
            final_url=resp.url,
            status=resp.status_code,
            content=content,
            text=decode(content, content_type),
            content_type=content_type,
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
        )

    def _read(self, url: str, resp: requests.Response) -> bytes:
        """The body, cut at max_bytes; a read slower than the timeout overall is abandoned."""
        chunks, size = [], 0
        deadline = time.monotonic() + 3 * self.policy.timeout
        for chunk in resp.iter_content(CHUNK):
            chunks.append(chunk)
            size += len(chunk)
            if size >= self.policy.max_bytes:
                LOGGER.warning("%s: body larger than %d bytes, cut", url, self.policy.max_bytes)
                break
            if time.monotonic() > deadline:
                raise TransientFetchError(url, "body too slow to arrive")
        expected = resp.headers.get("Content-Length")
        body = b"".join(chunks)[: self.policy.max_bytes]
        if (
            expected
            and expected.isdigit()
            and len(body) < min(int(expected), self.policy.max_bytes)
        ):
            raise TransientFetchError(url, f"truncated body ({len(body)} of {expected} bytes)")
        return body

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
        parts = urlsplit(url)
        host = parts.netloc.lower()
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        self._wait_turn(robots_url)
        body = None
        try:
            resp = self.session.get(robots_url, timeout=(5, 10))
            self.requests_made += 1
            if resp.status_code < 400:
                body = resp.text
        except (requests.ConnectionError, requests.Timeout) as exc:
            LOGGER.info("%s: %s; the host is skipped for now", robots_url, _reason(exc))
            with self._lock:
                self._unreachable[host] = (_reason(exc), time.monotonic())
            return None
        except requests.RequestException as exc:
            LOGGER.info("%s: unreadable (%s); treating the site as open", robots_url, _reason(exc))
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
        rules.parse(body.splitlines())
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


def _session(policy: FetchPolicy) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = policy.user_agent
    session.headers["Accept-Language"] = "vi,en;q=0.8"
    session.max_redirects = MAX_REDIRECTS
    retry = CappedRetry(
        total=policy.max_retries,
        connect=policy.max_retries,
        read=policy.max_retries,
        status=policy.max_retries,
        backoff_factor=policy.backoff,
        backoff_jitter=policy.backoff / 2,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    adapter = HTTPAdapter(max_retries=retry, pool_connections=8, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


REASONS = (
    ("Failed to resolve", "host name not found"),
    ("Name or service not known", "host name not found"),
    ("Connection refused", "connection refused"),
    ("Read timed out", "read timed out"),
    ("ConnectTimeout", "connect timed out"),
    ("timed out", "timed out"),
    ("Connection reset", "connection reset"),
    ("RemoteDisconnected", "server closed the connection"),
    ("IncompleteRead", "body cut short"),
)


def _reason(exc: Exception) -> str:
    """A short, readable reason for a failed request (requests' own text runs to 300 chars)."""
    text = str(exc)
    for marker, reason in REASONS:
        if marker in text:
            return reason
    return text if len(text) < 160 else text[:157] + "..."
