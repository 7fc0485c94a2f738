"""Where a fetch may go: http(s) URLs that parse strictly, and no private, loopback or
link-local address unless the configuration names the host (a source on a local mirror)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from urllib.parse import SplitResult, urlsplit

from etl.urls import url_problem

DEFAULT_PORTS = {"http": 80, "https": 443}
RESOLVED_SECONDS = 300.0  # how long a host's addresses are remembered


def origin_of(url: str) -> str:
    """`host:port` of an http(s) URL, lower-cased, with the default port written out ("" when
    the URL does not parse: it is refused when fetched)."""
    try:
        return _origin(urlsplit(url.strip()))
    except ValueError:
        return ""


def _origin(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower()
    port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class TargetPolicy:
    """Refuses URLs that are not http(s) or that point to a non-public address, except on the
    trusted origins (`host:port`, see `origin_of`). Host names are resolved (and remembered for
    RESOLVED_SECONDS) to see where they point."""

    def __init__(self, trusted: tuple[str, ...] = ()) -> None:
        self.trusted = frozenset(trusted)
        self._resolved: dict[str, tuple[str | None, float]] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """Why `url` may not be fetched, or None when it may."""
        problem = url_problem(url)
        if problem:
            return problem
        parts = urlsplit(url)
        origin = _origin(parts)
        if origin in self.trusted:
            return None
        address = self._non_public_address(parts.hostname or "", parts.port or 80)
        if address:
            return f"points to a non-public address ({address}), refused"
        return None

    def _non_public_address(self, host: str, port: int) -> str | None:
        with self._lock:
            known = self._resolved.get(host)
        if known and time.monotonic() - known[1] < RESOLVED_SECONDS:
            return known[0]
        found = next((a for a in _addresses(host, port) if not _is_public(a)), None)
        with self._lock:
            self._resolved[host] = (found, time.monotonic())
        return found


def _addresses(host: str, port: int) -> list[str]:
    """The addresses `host` stands for (itself when it is one; none when it does not resolve:
    the request then fails with its own reason)."""
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
