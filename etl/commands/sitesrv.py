"""A small news site on loopback: serves a folder (feeds, sitemaps, pages) with ETags, for the
demo and the tests. `{{BASE}}` in a file becomes the server's base URL."""

from __future__ import annotations

import hashlib
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
# A route handler gets the request and returns (status, headers, body) or None to fall through.
Route = Callable[["BaseHTTPRequestHandler"], tuple[int, dict, bytes] | None]


@dataclass
class SiteServer:
    """Serve `root` on 127.0.0.1; `routes` (path -> handler) inject dynamic answers and faults.

    `_site.toml` in `root` may give a path its own `content_type` (e.g. "text/html" with no
    charset). Every request is logged in `requests` as (path, headers).
    """

    root: Path
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict]] = field(default_factory=list)

    def __post_init__(self) -> None:
        overrides = self.root / "_site.toml"
        self.overrides = tomllib.loads(overrides.read_text()) if overrides.exists() else {}
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        assert self._httpd is not None, "the site is not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> str:
        """Start serving in a background thread; returns the base URL."""
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self.base

    def stop(self) -> None:
        """Stop serving."""
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def file_answer(self, path: str) -> tuple[int, dict, bytes]:
        """The answer for a file of the site (404 when there is none)."""
        local = (self.root / path.lstrip("/")).resolve()
        if path.endswith("/"):
            local = local / "index.html"
        if not local.is_file() or self.root.resolve() not in local.parents:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        body = local.read_bytes().replace(b"{{BASE}}", self.base.encode())
        content_type = self.overrides.get(path, {}).get(
            "content_type", CONTENT_TYPES.get(local.suffix, "application/octet-stream")
        )
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        return 200, {"Content-Type": content_type, "ETag": etag}, body


def _handler_for(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # otherwise keep-alive requests wait ~40 ms each
        protocol_version = "HTTP/1.1"

        def handle(self) -> None:
            try:
                super().handle()
            except ConnectionError:
                pass  # the client went away (killed, timed out): nothing to answer

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            path = self.path.split("?", 1)[0]
            site.requests.append((self.path, dict(self.headers)))
            answer = site.routes[path](self) if path in site.routes else None
            status, headers, body = answer or site.file_answer(path)
            etag = headers.get("ETag")
            if status == 200 and etag and etag == self.headers.get("If-None-Match"):
                status, body = 304, b""
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a size cap, a timeout)

        def log_message(self, *args) -> None:  # keep test and demo output clean
            pass

    return Handler
