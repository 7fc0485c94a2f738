"""Bring a database to the current schema: schema.sql is version 1, then migrations/NNN_*.sql."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from db.connect import transaction

if TYPE_CHECKING:
    import duckdb

HERE = Path(__file__).resolve().parent
MIGRATION_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, Path]]:
    """Every schema step as (version, name, file), in order."""
    steps = [(1, "schema", HERE / "schema.sql")]
    for path in sorted((HERE / "migrations").glob("*.sql")):
        match = MIGRATION_RE.match(path.name)
        if match:
            steps.append((int(match.group(1)), path.stem, path))
    return steps


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest schema version the database has (0 for an empty database)."""
    return max(applied_versions(conn), default=0)


def applied_versions(conn: duckdb.DuckDBPyConnection) -> set[int]:
    """Every schema step the database has. Reads only, when the version table exists (so an
    up-to-date database is not written to)."""
    exists = _scalar(
        conn, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    )
    if not exists:
        conn.execute(
            "CREATE TABLE schema_version ("
            " version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT now())"
        )
    return {row[0] for row in conn.execute("SELECT version FROM schema_version").fetchall()}


def _scalar(conn: duckdb.DuckDBPyConnection, statement: str) -> int:
    row = conn.execute(statement).fetchone()
    return int(row[0]) if row else 0


def migrate(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration the database lacks, in order, each in its own transaction; safe
    to run at any time (a step numbered below one already applied still runs).

    Returns:
        The versions applied by this call (empty when the database was up to date).
    """
    done = applied_versions(conn)  # not just the highest: branches number their steps apart
    applied = []
    for version, name, path in migrations():
        if version in done:
            continue
        with transaction(conn):
            conn.execute(path.read_text(encoding="utf-8"))
            conn.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name]
            )
        applied.append(version)
    return applied
