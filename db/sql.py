"""Named SQL statements, read from db/queries/*.sql (`-- name: NAME` starts each one)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

QUERIES = Path(__file__).resolve().parent / "queries"
NAME_RE = re.compile(r"^--\s*name:\s*([a-z_]+)\s*$", re.MULTILINE)


@cache
def _all() -> dict[str, str]:
    statements: dict[str, str] = {}
    for path in sorted(QUERIES.glob("*.sql")):
        parts = NAME_RE.split(path.read_text(encoding="utf-8"))
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            statements[name] = body.strip()
    return statements


def sql(name: str) -> str:
    """The statement called `name`."""
    return _all()[name]
