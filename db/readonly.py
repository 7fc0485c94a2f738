"""Read-only SQL for users: exactly one SELECT on the tracker's database, nothing else.

Three walls: the statement's type is checked before it runs (one SELECT or EXPLAIN, never
ATTACH, COPY, EXPORT, INSTALL/LOAD, SET, PRAGMA, CALL or a second statement); the connection is
read-only; and DuckDB's external access is switched off and the configuration locked, so file
readers (read_csv, read_text, glob, '/etc/passwd' as a table ...) and extensions are refused by
DuckDB itself. `export` is how data leaves the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from db.connect import connect
from etl.errors import ConfigError, EtlError

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
WHY_NOT = {
    "ATTACH": "ATTACH opens another database",
    "DETACH": "DETACH changes which databases are open",
    "COPY": "COPY reads or writes files",
    "COPY_DATABASE": "COPY DATABASE writes another database",
    "EXPORT": "EXPORT DATABASE writes files",
    "LOAD": "INSTALL and LOAD fetch and run extensions",
    "SET": "SET, RESET, USE and PRAGMA x = y change settings",
    "VARIABLE_SET": "SET VARIABLE changes the session",
    "PRAGMA": "this PRAGMA changes settings or writes files",
    "CALL": "CALL runs table functions (use SELECT * FROM f(...))",
    "EXTENSION": "extensions are not loaded here",
}
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET lock_configuration = true",
)
READ_ONLY = "`query` is read-only: one SELECT on the tracker's database; `export` takes data out"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Columns, rows and whether the rows were cut at the cap."""

    columns: tuple[str, ...]
    rows: list[tuple]
    truncated: bool


def check_statement(statement: str) -> None:
    """Refuse anything but one read-only statement.

    Raises:
        ConfigError: no statement, several, not valid SQL, or a statement that is not a read.
    """
    try:
        statements = duckdb.extract_statements(statement)
    except duckdb.Error as exc:
        raise ConfigError(f"query: not valid SQL ({_first_line(exc)})") from exc
    if len(statements) != 1:
        raise ConfigError(
            f"query: refused: expected exactly one SQL statement, got {len(statements)} "
            f"({READ_ONLY})"
        )
    kind = statements[0].type
    if kind not in ALLOWED:
        why = WHY_NOT.get(kind.name, f"{kind.name} changes the database")
        raise ConfigError(f"query: refused: {why} ({READ_ONLY})")


def run_readonly(path: Path, statement: str, limit: int | None = 10_000) -> QueryResult:
    """Run one read-only `statement` on the database at `path`, locked down (see the module).

    Raises:
        ConfigError: the statement is refused, invalid, or reaches outside the database.
        EtlError: no database, or the file stayed locked by a writer.
    """
    check_statement(statement)
    conn = connect(path, read_only=True)
    try:
        for setting in LOCKDOWN:
            conn.execute(setting)
        cursor = conn.execute(statement)
        if cursor.description is None:
            return QueryResult((), [], False)
        columns = tuple(d[0] for d in cursor.description)
        rows = cursor.fetchmany(limit + 1) if limit else cursor.fetchall()
    except duckdb.PermissionException as exc:
        raise ConfigError(
            f"query: refused: files, URLs and other databases are out of reach ({READ_ONLY}): "
            f"{_first_line(exc)}"
        ) from exc
    except duckdb.Error as exc:
        raise EtlError(f"query failed: {_first_line(exc)}") from exc
    finally:
        conn.close()
    truncated = bool(limit and len(rows) > limit)
    return QueryResult(columns, rows[:limit] if truncated else rows, truncated)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
