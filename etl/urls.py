"""Canonical URLs and the ids derived from them (pure)."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

HTTP_SCHEMES = ("http", "https")
TRACKING_PREFIXES = ("utm_", "at_", "mc_", "pk_")
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "zarsrc", "ref", "ref_src",
    "cmpid", "spm", "_ga", "gidzl", "share", "s_cid",
}  # fmt: skip


def canonical_url(url: str, base: str | None = None) -> str:
    """Absolute URL with tracking parameters and the fragment removed, host lower-cased.

    >>> canonical_url("HTTPS://Example.com:443/a?utm_source=x&id=2#top")
    'https://example.com/a?id=2'
    """
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def url_key(url: str) -> str:
    """What makes two URLs the same story: no scheme, no "www.", no trailing slash."""
    parts = urlsplit(canonical_url(url))
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def article_id(url: str) -> str:
    """The stable id of the article at `url`: 16 hex digits of the sha256 of its url_key."""
    return hashlib.sha256(url_key(url).encode("utf-8")).hexdigest()[:16]


def host_of(url: str) -> str:
    """The host:port part of a URL, lower-cased (the unit of politeness)."""
    return urlsplit(url).netloc.lower()


def url_problem(url: str) -> str | None:
    """Why `url` is not a fetchable absolute http(s) URL, or None when it is."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "a URL with spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port out of range or not a number
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in HTTP_SCHEMES:
        return f"not an http(s) URL (scheme {parts.scheme!r})" if parts.scheme else "not absolute"
    if not parts.hostname:
        return "a URL without a host"
    return None
