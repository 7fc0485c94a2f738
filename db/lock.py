"""A cross-process file lock: fcntl.flock where it exists (cheap to import), else filelock."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

fcntl: Any
try:
    import fcntl
except ImportError:  # Windows: filelock does the same job there
    fcntl = None

POLL_SECONDS = 0.05


class WriterLock:
    """Held by one process (and one thread) at a time."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._fallback = None
        if fcntl is None:
            from filelock import FileLock

            self._fallback = FileLock(str(self.path))

    def acquire(self, timeout: float | None = None) -> bool:
        """Take the lock; False when `timeout` seconds passed first (None: wait for it)."""
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
        """Let the next writer in."""
        if self._fallback is not None:
            self._fallback.release()
        elif self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
