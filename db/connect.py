"""Open DuckDB connections (retrying while another process holds the file, and saying so): to
write, to read only, and transactions."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db.lock import WaitSignal
from etl.errors import EtlError

if TYPE_CHECKING:  # duckdb is imported when a connection is opened: `import db` stays light
    import duckdb

LOCK_WAIT_SECONDS = 10.0
RETRY_SECONDS = 0.02  # a writer that keeps the file lets go between two batches: be there


def wait_signal(path: Path | str) -> WaitSignal:
    """Where those waiting for the database file at `path` say so."""
    return WaitSignal(Path(f"{path}.wait"))


def connect(
    path: Path | str, *, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open the database file; while another process writes to it, retry for up to `wait` seconds
    (and say so through `wait_signal`, so a writer keeping the file open lets go).

    Raises:
        EtlError: the file stayed locked, or a read-only open found no database.
    """
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise EtlError(f"{path}: no database yet (run `python run.py init` or a pass first)")
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    with ExitStack() as stack:
        told = False
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise EtlError(f"{path}: cannot open the database ({exc})") from exc
                if time.monotonic() >= deadline:
                    raise EtlError(f"{path}: the database is busy ({exc})") from exc
            if not told:
                stack.enter_context(wait_signal(path).waiting())
                told = True
            time.sleep(RETRY_SECONDS)


@contextmanager
def reading(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for the block, closed after it: how every command reads.

    Raises:
        EtlError: no database yet, or the file stayed locked by a writer.
    """
    conn = connect(path, read_only=True)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: all of it is stored, or none of it."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; after a failed COMMIT there is none left to undo."""
    import duckdb

    try:
        conn.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the error that brought us here is the one worth reporting
