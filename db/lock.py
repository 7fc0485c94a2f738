"""Cross-process file locks: the writers' lock, and the signal of those waiting for the database
(fcntl.flock where it exists, cheap to import; else filelock)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

fcntl: Any
try:
    import fcntl
except ImportError:  # Windows: filelock does the same job there
    fcntl = None

POLL_SECONDS = 0.05


class WriterLock:
    """Held by one process (and one thread) at a time. The threads of one process that share a
    lock (a daemon's passes share their database's) queue on a thread lock first: the file
    lock and its descriptor are only ever touched by the thread that holds the thread lock."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._thread_lock = threading.Lock()
        self._fallback = None
        if fcntl is None:
            from filelock import FileLock

            self._fallback = FileLock(str(self.path))

    def acquire(self, timeout: float | None = None) -> bool:
        """Take the lock; False when `timeout` seconds passed first (None: wait for it)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=-1 if timeout is None else timeout):
            return False
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            taken = self._acquire_file(left)
        except BaseException:
            self._thread_lock.release()
            raise
        if not taken:
            self._thread_lock.release()
        return taken

    def _acquire_file(self, timeout: float | None) -> bool:
        """The file lock, for the thread that holds the thread lock."""
        if self._fallback is not None:
            from filelock import Timeout

            try:
                self._fallback.acquire(timeout=-1 if timeout is None else timeout)
            except Timeout:
                return False
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
                return True
            except BlockingIOError:
                if deadline is not None and time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(POLL_SECONDS)

    def release(self) -> None:
        """Let the next writer in (called by the thread that holds the lock)."""
        try:
            if self._fallback is not None:
                self._fallback.release()
            elif self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                finally:
                    os.close(fd)  # closing lets go of the file lock in any case
        finally:
            self._thread_lock.release()


class WaitSignal:
    """Processes and threads waiting for a database say so here: each holds a shared lock on one
    file while it waits, so a writer that keeps its connection open between batches can tell
    (one non-blocking call) when to let go. Without fcntl a writer always lets go."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Say "I am waiting" for the block (silently nothing where it cannot be said)."""
        fd = self._open()
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            yield
        finally:
            if fd is not None:
                os.close(fd)  # closing the file lets go of its lock

    def anyone_waiting(self) -> bool:
        """Whether another process or thread is waiting (always True without fcntl)."""
        fd = self._open()
        if fd is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    def _open(self) -> int | None:
        if fcntl is None:
            return None
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a read-only folder: nobody can be told, nobody is waiting there
            return None
