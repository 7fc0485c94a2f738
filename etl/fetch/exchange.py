"""One HTTP exchange, bounded: a GET and its whole body under one wall-clock deadline, the body
within a byte cap; the answer is a Page, a redirect's target, or a FetchError."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from etl.errors import PermanentFetchError, TransientFetchError
from etl.fetch.body import CHUNK, ENCODINGS, BrokenBody, gunzip_capped, is_gzip_file, read_capped
from etl.fetch.deadline import Deadline, DeadlineAdapter
from etl.fetch.encoding import decode
from etl.models import Page

LOGGER = logging.getLogger(__name__)
RETRY_STATUSES = (429, 500, 502, 503, 504)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
DEADLINE_FACTOR = 2.0  # one exchange (connect, headers, body) ends within 2 x timeout


class RetryLater(TransientFetchError):
    """429 or 5xx: worth another attempt, after the server's Retry-After when it gives one."""

    def __init__(self, url: str, reason: str, wait: float | None) -> None:
        super().__init__(url, reason)
        self.wait = wait


@dataclass(frozen=True, slots=True)
class Request:
    """What to ask: `target` (this hop) on behalf of `url` (named in errors)."""

    url: str
    target: str
    headers: dict
    limit: int  # bytes of body, inflated
    timeout: float  # seconds without a byte; the whole exchange gets DEADLINE_FACTOR times this


def new_session(user_agent: str) -> requests.Session:
    """A session whose connections obey `Deadline`, with no retries or redirects of its own."""
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    session.headers["Accept-Language"] = "vi,en;q=0.8"
    session.headers["Accept-Encoding"] = "gzip, deflate"  # what the body reader can inflate
    adapter = DeadlineAdapter(max_retries=0, pool_connections=8, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def exchange(session: requests.Session, ask: Request) -> Page | str:
    """GET `ask.target`; returns the page, or the absolute target of a redirect.

    Raises:
        TransientFetchError: network errors, the deadline, 429/5xx, a body cut short.
        PermanentFetchError: other 3xx/4xx, a bad URL or redirect, an unknown encoding.
    """
    seconds = DEADLINE_FACTOR * ask.timeout
    with Deadline(seconds) as deadline:
        try:
            resp = session.get(ask.target, headers=ask.headers, stream=True,
                               timeout=(min(10.0, ask.timeout), ask.timeout),
                               allow_redirects=False)  # fmt: skip
        except (requests.RequestException, ValueError) as exc:
            raise _request_error(ask.url, exc, deadline) from exc
        with resp:
            answer = _answer(ask, resp, deadline)
        if deadline.expired:  # headers or body ended by the deadline, not by the server
            raise TransientFetchError(ask.url, f"no complete answer within {seconds:g} s")
        return answer


def _answer(ask: Request, resp, deadline: Deadline) -> Page | str:
    status, headers = resp.status_code, resp.headers
    if status in REDIRECT_STATUSES and headers.get("Location"):
        return _redirect_target(ask, headers["Location"])
    if status == 304:
        etag, modified = headers.get("ETag"), headers.get("Last-Modified")
        return Page(ask.url, ask.target, 304, b"", "", not_modified=True, etag=etag,
                    last_modified=modified)  # fmt: skip
    if status in RETRY_STATUSES:
        raise RetryLater(ask.url, f"HTTP {status}", _retry_after(headers.get("Retry-After")))
    if status >= 300:
        raise PermanentFetchError(ask.url, f"HTTP {status}")
    content_type = headers.get("Content-Type", "")
    content = _read(ask, resp, deadline)
    return Page(
        url=ask.url,
        final_url=ask.target,
        status=status,
        content=content,
        text=decode(content, content_type),
        content_type=content_type,
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )


def _read(ask: Request, resp, deadline: Deadline) -> bytes:
    """The body within the cap (inflated) and the deadline; a response cut short raises."""
    encoding = resp.headers.get("Content-Encoding", "").strip().lower()
    if encoding not in ENCODINGS:
        raise PermanentFetchError(ask.url, f"unsupported Content-Encoding {encoding!r}")
    too_slow = f"not read within {deadline.seconds:g} s"

    def check() -> None:
        if deadline.passed():
            raise TransientFetchError(ask.url, too_slow)

    try:
        body = read_capped(resp.raw.stream(CHUNK, decode_content=False), encoding, ask.limit, check)
        if is_gzip_file(
            body.content, urlsplit(ask.target).path, resp.headers.get("Content-Type", "")
        ):
            body = gunzip_capped(body.content, ask.limit, body.cut)
    except BrokenBody as exc:
        raise TransientFetchError(ask.url, str(exc)) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        reason = too_slow if deadline.expired else f"body cut short ({short_reason(exc)})"
        raise TransientFetchError(ask.url, reason) from exc
    if body.cut:
        LOGGER.warning("%s: body larger than %d bytes, cut", ask.url, ask.limit)
    return body.content


def _redirect_target(ask: Request, location: str) -> str:
    try:
        return urljoin(ask.target, location.strip())
    except ValueError as exc:
        raise PermanentFetchError(ask.url, f"bad redirect ({exc})") from exc


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), if it says."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _request_error(url: str, exc: Exception, deadline: Deadline) -> Exception:
    """The FetchError for a request that got no usable answer."""
    if deadline.expired:
        return TransientFetchError(url, f"no complete answer within {deadline.seconds:g} s")
    if isinstance(exc, requests.ConnectionError | requests.Timeout):
        return TransientFetchError(url, f"network error ({short_reason(exc)})")
    return PermanentFetchError(url, f"bad request ({short_reason(exc)})")


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


def short_reason(exc: Exception) -> str:
    """A short, readable reason for a failed request (requests' own text runs to 300 chars)."""
    text = str(exc)
    for marker, reason in REASONS:
        if marker in text:
            return reason
    return text if len(text) < 160 else text[:157] + "..."
