"""A hostile web server on loopback: each path misbehaves straight on the socket (drips of
headers or body, endless chunked bodies, gzip bombs, bodies shorter than they claim, redirects),
for tests that a bad server costs a fetch a bounded time and memory, and nothing else."""

from __future__ import annotations

import socketserver
import threading
import time
import zlib
from collections.abc import Callable
from functools import cache

Behaviour = Callable[[socketserver.StreamRequestHandler], None]


class HostileServer:
    """Serve `behaviours` (path -> behaviour) on 127.0.0.1; every request path is logged."""

    def __init__(self, behaviours: dict[str, Behaviour] | None = None) -> None:
        self.behaviours: dict[str, Behaviour] = dict(behaviours or {})
        self.requests: list[str] = []
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                line = self.rfile.readline(65537).decode("latin-1")
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # the request's headers: not needed
                path = line.split(" ")[1] if line.count(" ") >= 2 else "/"
                server.requests.append(path)
                behaviour = server.behaviours.get(path.split("?", 1)[0], not_found)
                try:
                    behaviour(self)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass  # the client gave up (a deadline, a cap): that is the point

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> HostileServer:
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def count(self, path: str) -> int:
        """How many times `path` was requested."""
        return sum(1 for p in self.requests if p.split("?", 1)[0] == path)


def head(status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    """A status line and headers, Connection: close."""
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1")


def answer(body: bytes, content_type: str = "text/html; charset=utf-8", **headers) -> Behaviour:
    """A plain, well-behaved answer."""
    fields = {"Content-Type": content_type, "Content-Length": str(len(body))} | headers

    def write(handler) -> None:
        handler.wfile.write(head(200, fields) + body)

    return write


def not_found(handler) -> None:
    handler.wfile.write(head(404, {"Content-Length": "9"}) + b"not found")


def redirect(location: str) -> Behaviour:
    def write(handler) -> None:
        handler.wfile.write(head(302, {"Location": location, "Content-Length": "0"}))

    return write


def drip_body(body: bytes, every: float = 0.25) -> Behaviour:
    """Honest headers, then the body one byte every `every` seconds (never idle long enough
    for a socket timeout to fire)."""

    def write(handler) -> None:
        handler.wfile.write(
            head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))})
        )
        for byte in body:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(every)

    return write


def drip_headers(every: float = 0.25) -> Behaviour:
    """A status line, then one header byte every `every` seconds, forever."""

    def write(handler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while True:
            handler.wfile.write(b"z")
            handler.wfile.flush()
            time.sleep(every)

    return write


def endless_chunks(
    piece: bytes = b"x" * 8192, content_type: str = "text/plain", total: int = 32 * 1024 * 1024
) -> Behaviour:
    """A chunked body that goes on and on: `total` bytes, far past every cap (it does end, so
    that a broken cap costs a test some memory, not the machine)."""

    def write(handler) -> None:
        handler.wfile.write(
            head(200, {"Content-Type": content_type, "Transfer-Encoding": "chunked"})
        )
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        for _ in range(total // len(piece)):
            handler.wfile.write(chunk)
        handler.wfile.write(b"0\r\n\r\n")

    return write


def cut_short(body: bytes, claimed: int) -> Behaviour:
    """Claims `claimed` bytes, sends `body`, hangs up."""

    def write(handler) -> None:
        handler.wfile.write(head(200, {"Content-Type": "text/html; charset=utf-8",
                                       "Content-Length": str(claimed)}) + body)  # fmt: skip

    return write


def gzip_bomb(inflated_mb: int, content_type: str = "text/plain") -> Behaviour:
    """A body of `inflated_mb` MiB of zeros, gzip-encoded (about 1/1000 of that on the wire)."""
    body = gzipped_zeros(inflated_mb)
    return answer(body, content_type, **{"Content-Encoding": "gzip"})


@cache
def gzipped_zeros(megabytes: int) -> bytes:
    """`megabytes` MiB of zeros, gzip: one member per MiB, one after another (a valid gzip
    stream that every reader inflates whole), about 1 KiB each."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = squeeze.compress(bytes(1024 * 1024)) + squeeze.flush()
    return member * megabytes


def in_turn(*behaviours: Behaviour) -> Behaviour:
    """The first request gets the first behaviour, the next the second ... the last repeats."""
    calls = [0]

    def write(handler) -> None:
        index = min(calls[0], len(behaviours) - 1)
        calls[0] += 1
        behaviours[index](handler)

    return write
