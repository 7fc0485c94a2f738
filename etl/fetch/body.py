"""Read a response body within a byte cap: compressed bodies and .gz files are inflated piece by
piece with the output counted against the cap, so a compression bomb costs at most the cap."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

CHUNK = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
GZIP_TYPES = ("application/gzip", "application/x-gzip", "application/x-gunzip")
ENCODINGS = ("gzip", "x-gzip", "deflate", "identity", "")


class BrokenBody(Exception):
    """The body cannot be decoded (corrupt or cut compressed data)."""


@dataclass(frozen=True, slots=True)
class Body:
    """The bytes read, and whether the cap cut them."""

    content: bytes
    cut: bool


class Inflater:
    """zlib/gzip/deflate decompression whose output never exceeds the room it is given."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._inflate = None if encoding == "deflate" else zlib.decompressobj(32 + zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        """Inflate `data`; at most `room` bytes come out (the rest is dropped: the body is cut)."""
        out = bytearray()
        while data and len(out) < room:
            if self._inflate is None:  # deflate: zlib-wrapped by the standard, raw in practice
                self._inflate = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -15)
            try:
                out += self._inflate.decompress(data, room - len(out))
            except zlib.error as exc:
                raise BrokenBody(f"broken {self.encoding} data ({exc})") from exc
            data = self._inflate.unconsumed_tail
            if self._inflate.eof:  # a gzip file may hold several members, one after another
                rest = self._inflate.unused_data
                data = rest if rest.startswith(GZIP_MAGIC) else b""  # not padding or junk
                if data:
                    self._inflate = zlib.decompressobj(32 + zlib.MAX_WBITS)
        return bytes(out)

    @property
    def finished(self) -> bool:
        """Whether the compressed stream ended properly (False: it was cut short)."""
        return self._inflate is not None and self._inflate.eof


def _zlib_header(data: bytes) -> bool:
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def read_capped(pieces: Iterable[bytes], encoding: str, limit: int, check=None) -> Body:
    """Join `pieces` (raw bytes off the wire), inflated per `encoding` ("" for none), up to
    `limit` bytes of output; `check()` runs between pieces (a deadline raises there).

    Raises:
        BrokenBody: the compressed data is corrupt or ends before its end marker.
    """
    inflater = Inflater(encoding) if encoding not in ("identity", "") else None
    out, size, wire = [], 0, 0
    for piece in pieces:
        if check is not None:
            check()
        wire += len(piece)
        data = inflater.feed(piece, limit - size) if inflater else piece[: limit - size]
        out.append(data)
        size += len(data)
        if size >= limit or wire > limit + CHUNK:  # wire: compressed data that yields nothing
            return Body(b"".join(out), cut=True)
    if inflater is not None and size and not inflater.finished:
        raise BrokenBody(f"{encoding} body cut short")
    return Body(b"".join(out), cut=False)


def is_gzip_file(content: bytes, url_path: str, content_type: str) -> bool:
    """A .gz file (a sitemap.xml.gz), served as a file rather than with Content-Encoding."""
    media = content_type.split(";", 1)[0].strip().lower()
    named = url_path.lower().endswith(".gz") or media in GZIP_TYPES
    return named and content.startswith(GZIP_MAGIC)


def gunzip_capped(content: bytes, limit: int, was_cut: bool) -> Body:
    """The inflated .gz file, at most `limit` bytes; a file cut by the cap inflates partly.

    Raises:
        BrokenBody: the file is corrupt, or it ends early although it was read whole.
    """
    inflater = Inflater("gzip")
    data = inflater.feed(content, limit)
    if len(data) >= limit:
        return Body(data, cut=True)
    if not inflater.finished and not was_cut:
        raise BrokenBody("the .gz file ends early")
    return Body(data, cut=was_cut)
