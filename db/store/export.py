"""Export reads: the relations of the database, their columns, and COPY to files (issue 15).

Names of tables and columns come from the database's own catalogue and are quoted; paths are
quoted as string literals. Nothing from the web is part of these statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from db.connect import connect
from db.lock import WriterLock
from etl.errors import EtlError

LOCK_WAIT_SECONDS = 120.0
FORMATS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}


@contextmanager
def quiet_database(path: Path) -> Iterator:
    """A read-only connection while no tracker process writes (writers wait their turn)."""
    lock = WriterLock(Path(f"{path}.lock"))
    if not lock.acquire(timeout=LOCK_WAIT_SECONDS):
        raise EtlError(f"{path}: a writer held the database for {LOCK_WAIT_SECONDS:.0f}s")
    try:
        conn = connect(path, read_only=True)
        try:
            yield conn
        finally:
            conn.close()
    finally:
        lock.release()


def relations(conn) -> list[tuple[str, str]]:
    """(name, "table" | "view") of every user table and view, tables first."""
    return conn.execute(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE NOT internal "
        "AND schema_name = 'main' AND database_name = current_database() "
        "UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE NOT internal "
        "AND schema_name = 'main' AND database_name = current_database() ORDER BY 2, 1"
    ).fetchall()


def columns(conn, name: str) -> list[tuple[str, str]]:
    """(column, type) of a table or view, in order."""
    return conn.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
        "AND schema_name = 'main' AND database_name = current_database() ORDER BY column_index",
        [name],
    ).fetchall()


def row_count(conn, name: str) -> int:
    """Rows of a table or view."""
    return conn.execute(f"SELECT count(*) FROM {quote_name(name)}").fetchone()[0]


def copy_out(
    conn, name: str, select: Sequence[str], target: Path, fmt: str, partition_by: Sequence[str] = ()
) -> None:
    """COPY the relation's `select` expressions to `target` (a file, or a folder when
    partitioned hive-style by `partition_by`)."""
    options = FORMATS[fmt]
    if partition_by and fmt == "jsonl":  # DuckDB's JSON writer cannot partition: one by one
        _copy_each_partition(conn, name, select, target, fmt, partition_by)
        return
    if partition_by:
        options += f", PARTITION_BY ({', '.join(quote_name(c) for c in partition_by)})"
    conn.execute(
        f"COPY (SELECT {', '.join(select)} FROM {quote_name(name)}) "
        f"TO {quote_literal(target.as_posix())} ({options})"
    )


def _copy_each_partition(conn, name, select, target: Path, fmt: str, partition_by) -> None:
    """Hive-style folders written one partition at a time (NULL: __HIVE_DEFAULT_PARTITION__)."""
    keys = ", ".join(quote_name(c) for c in partition_by)
    source = f"(SELECT {', '.join(select)} FROM {quote_name(name)})"
    rest = f"* EXCLUDE ({keys})"
    for values in conn.execute(f"SELECT DISTINCT {keys} FROM {source}").fetchall():
        folder = target.joinpath(
            *(f"{c}={_segment(v)}" for c, v in zip(partition_by, values, strict=True))
        )
        folder.mkdir(parents=True, exist_ok=True)
        where = " AND ".join(
            f"{quote_name(c)} IS NOT DISTINCT FROM {_literal(v)}"
            for c, v in zip(partition_by, values, strict=True)
        )
        conn.execute(
            f"COPY (SELECT {rest} FROM {source} WHERE {where}) "
            f"TO {quote_literal((folder / f'data_0.{fmt}').as_posix())} ({FORMATS[fmt]})"
        )


def _segment(value) -> str:
    """A partition value as a folder name (percent-encoded as Hive does)."""
    from urllib.parse import quote

    return "__HIVE_DEFAULT_PARTITION__" if value is None else quote(str(value), safe="")


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
    return quote_literal(str(value))


def quote_name(name: str) -> str:
    """An SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """An SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
