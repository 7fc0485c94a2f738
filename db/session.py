"""One writer at a time across processes: a file lock, then a short-lived DuckDB connection."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db.connect import connect
from db.lock import WriterLock
from db.migrate import migrate
from etl.errors import StorageError

if TYPE_CHECKING:
    import duckdb

LOGGER = logging.getLogger(__name__)
QUIET_WAIT_SECONDS = 1.0  # a writer's batch takes milliseconds; say so only when the wait is real


class Database:
    """The tracker's database file. Open it only to write a batch, then let go, so that a daemon,
    a backfill and users' queries can share it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = WriterLock(Path(str(self.path) + ".lock"))
        self._migrated = False

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection held under the writers' lock; waits (and says so) while another holds it.
        A database error in the block (a full disk, a file it may not write) is a StorageError."""
        import duckdb

        if not self._lock.acquire(timeout=QUIET_WAIT_SECONDS):
            LOGGER.info("%s: another tracker process is writing; waiting for its turn", self.path)
            self._lock.acquire()
        try:
            conn = connect(self.path)
            try:
                if not self._migrated:
                    migrate(conn)
                    self._migrated = True
                yield conn
            except duckdb.Error as exc:  # a full disk, a file we may not write: one clear line
                raise StorageError(f"{self.path}: database error ({_first_line(exc)})") from exc
            finally:
                conn.close()
        finally:
            self._lock.release()


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
