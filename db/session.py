"""One writer at a time across processes: a file lock, then a DuckDB connection, short-lived or
kept between batches until someone else waits for the file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db.connect import connect, wait_signal
from db.lock import WriterLock
from db.migrate import migrate
from etl.errors import StorageError

if TYPE_CHECKING:
    import duckdb

LOGGER = logging.getLogger(__name__)
QUIET_WAIT_SECONDS = 1.0  # a writer's batch takes milliseconds; say so only when the wait is real
KEEP_ROWS = 50_000  # rows written through a kept connection before it is closed and opened again:
# DuckDB's caches grow with what one connection wrote; this keeps a long backfill's memory flat


class Database:
    """The tracker's database file. Open it only to write, then let go, so that a daemon, a
    backfill and users' queries can share it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = WriterLock(Path(str(self.path) + ".lock"))
        self.waiters = wait_signal(self.path)
        self._migrated = False

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection held under the writers' lock; waits (and says so) while another holds it.
        A database error in the block (a full disk, a file it may not write) is a StorageError."""
        conn = self.open()
        try:
            with storage_errors(self.path):
                yield conn
        finally:
            self.close(conn)

    def kept(self) -> KeptSession:
        """A writer's connection to keep open across batches (see KeptSession)."""
        return KeptSession(self)

    def open(self) -> duckdb.DuckDBPyConnection:
        """Take the writers' lock (waiting, and saying so, while another holds it), then open
        and migrate; `close` gives both back."""
        if not self._lock.acquire(timeout=0):
            with self.waiters.waiting():
                if not self._lock.acquire(timeout=QUIET_WAIT_SECONDS):
                    LOGGER.info("%s: another tracker process is writing; waiting for its turn",
                                self.path)  # fmt: skip
                    self._lock.acquire()
        try:
            conn = connect(self.path)
        except BaseException:
            self._lock.release()
            raise
        try:
            with storage_errors(self.path):
                if not self._migrated:
                    migrate(conn)
                    self._migrated = True
        except BaseException:
            self.close(conn)
            raise
        return conn

    def close(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Close a connection from `open` and let the next writer in."""
        try:
            conn.close()
        finally:
            self._lock.release()


class KeptSession:
    """A writer's connection kept open between batches, so that a backfill does not reopen (and
    checkpoint) the file for each one. It is let go as soon as another process or thread waits
    for the database (`let_go_if_waited`, called between batches and while idle), so `query` and
    other writers still get their turn, and after KEEP_ROWS rows; the next `connection()` opens
    it again."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._rows = 0  # written through the open connection

    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open connection, opened (under the writers' lock) if it is not."""
        if self._conn is None:
            self._conn = self.database.open()
            self._rows = 0
        return self._conn

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection for a block of writes; a database error in it is a StorageError."""
        with storage_errors(self.database.path):
            yield self.connection()

    def wrote(self, rows: int) -> None:
        """Count rows written through the connection; past KEEP_ROWS it is closed."""
        self._rows += rows
        if self._rows >= KEEP_ROWS:
            self.close()

    def let_go_if_waited(self) -> bool:
        """Close the connection if someone waits for the database; whether it was let go."""
        if self._conn is not None and self.database.waiters.anyone_waiting():
            self.close()
            return True
        return False

    def close(self) -> None:
        """Close the connection (if open) and let the next writer in."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            self.database.close(conn)


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """A database error in the block (a full disk, a file we may not write): one clear line."""
    import duckdb

    try:
        yield
    except duckdb.Error as exc:
        raise StorageError(f"{path}: database error ({_first_line(exc)})") from exc


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
