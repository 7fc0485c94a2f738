"""Named SQL statements, read from db/queries/*.sql (`-- name: NAME` starts each one)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

QUERIES = Path(__file__).resolve().parent / "queries"
NAME_RE = re.compile(r"^--\s*name:\s*([a-z_]+)\s*$", re.MULTILINE)


def read_statements(folder: Path) -> Mapping[str, str]:
    """Every named statement of the folder's .sql files."""
    statements: dict[str, str] = {}
    for path in sorted(folder.glob("*.sql")):
        parts = NAME_RE.split(path.read_text(encoding="utf-8"))
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            statements[name] = body.strip()
    return MappingProxyType(statements)


# Package data, read once when db.sql is imported (a few kilobytes; constant for the process).
STATEMENTS = read_statements(QUERIES)


def sql(name: str) -> str:
    """The statement called `name`."""
    return STATEMENTS[name]
