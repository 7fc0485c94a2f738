"""A wall-clock deadline on one HTTP exchange: when it passes, the exchange's socket is shut.

A socket timeout bounds each wait for a byte, not the exchange: a server that drips its headers
or its body one byte a second never trips it. Here every connection that serves an exchange
registers itself with the thread's current `Deadline`; a timer shuts its socket when time is up,
so the blocked read ends at once, in headers, body or TLS handshake alike.
"""

from __future__ import annotations

import socket
import threading
import time

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_CURRENT = threading.local()


class Deadline:
    """`with Deadline(seconds):` every connection used in the block is shut when time is up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._ends_at = time.monotonic() + seconds
        self._connections: list[HTTPConnection] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._over = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        _CURRENT.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._lock:
            self._over = True
            self._timer.cancel()
        _CURRENT.deadline = None

    def passed(self) -> bool:
        """True once the time is up (the timer may not have fired yet)."""
        return self.expired or time.monotonic() >= self._ends_at

    def follow(self, connection: HTTPConnection) -> None:
        """Shut `connection`'s socket when time is up (at once if it already is). The socket
        itself is kept too: a response that closes its connection takes the socket over."""
        with self._lock:
            if connection.sock is not None:
                self._sockets.append(connection.sock)
            else:
                self._connections.append(connection)
            if self.expired:
                self._shut_all()

    def _expire(self) -> None:
        with self._lock:
            if self._over:
                return
            self.expired = True
            self._shut_all()

    def _shut_all(self) -> None:
        sockets = self._sockets + [c.sock for c in self._connections if c.sock is not None]
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    """End every read on the socket (the plain socket's method: for a TLS socket too)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _follow_current(connection: HTTPConnection) -> None:
    deadline = getattr(_CURRENT, "deadline", None)
    if deadline is not None:
        deadline.follow(connection)


class _Followed(HTTPConnection):
    """A connection that registers with the thread's deadline on connect and on each request."""

    def connect(self) -> None:
        _follow_current(self)  # its socket is made here: shut even during a TLS handshake
        super().connect()
        _follow_current(self)  # the socket (for TLS, the wrapped one) from now on

    def request(self, *args, **kwargs):
        _follow_current(self)
        return super().request(*args, **kwargs)


class _HTTPConnection(_Followed):
    pass


class _HTTPSConnection(_Followed, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections obey the thread's `Deadline`."""

    def init_poolmanager(self, *args, **kwargs) -> None:  # noqa: D102 - requests hook
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOLS

    def proxy_manager_for(self, proxy, **proxy_kwargs):  # noqa: D102 - requests hook
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = POOLS
        return manager
