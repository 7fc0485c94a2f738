"""Turn fetched bytes into text: HTTP charset, the page's declaration, then detection (pure)."""

from __future__ import annotations

import codecs
import re

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)


def charset_from_content_type(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    match = re.search(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


def decode(content: bytes, content_type: str = "") -> str:
    """Decode a page; `text/html` without a charset is NOT assumed to be ISO-8859-1.

    Order: the header's charset, a byte-order mark, the page's <meta>/<?xml?> declaration,
    strict UTF-8, then charset-normalizer's best guess.
    """
    for name in (charset_from_content_type(content_type), _bom(content), _declared(content)):
        text = _try(content, name)
        if text is not None:
            return text
    text = _try(content, "utf-8")
    if text is not None:
        return text
    from charset_normalizer import from_bytes  # only for pages that are not UTF-8

    best = from_bytes(content).best()
    return str(best) if best is not None else content.decode("utf-8", errors="replace")


def _bom(content: bytes) -> str | None:
    if content.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _declared(content: bytes) -> str | None:
    head = content[:4096]
    match = XML_DECL_RE.search(head) or META_CHARSET_RE.search(head)
    return match.group(1).decode("ascii") if match else None


def _try(content: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        return content.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
