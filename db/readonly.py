"""Read-only SQL for users: one statement, a row cap, and a clear message when it fails."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from db.connect import connect
from etl.errors import EtlError


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Columns, rows and whether the rows were cut at the cap."""

    columns: tuple[str, ...]
    rows: list[tuple]
    truncated: bool


def run_readonly(path: Path, statement: str, limit: int | None = 10_000) -> QueryResult:
    """Run `statement` on a read-only connection (a write is refused by DuckDB itself).

    Raises:
        EtlError: no database, the file stayed locked by a writer, or the SQL is wrong.
    """
    conn = connect(path, read_only=True)
    try:
        cursor = conn.execute(statement)
        if cursor.description is None:
            return QueryResult((), [], False)
        columns = tuple(d[0] for d in cursor.description)
        rows = cursor.fetchmany(limit + 1) if limit else cursor.fetchall()
    except duckdb.Error as exc:
        raise EtlError(f"query failed: {exc}") from exc
    finally:
        conn.close()
    truncated = bool(limit and len(rows) > limit)
    return QueryResult(columns, rows[:limit] if truncated else rows, truncated)
