"""The writers' lock shared by the threads of one process (a daemon's passes share their
database's) is held by one thread at a time and always let go: a lock lost in a race between one
thread letting go and another taking it makes every later writer, in this process or another
(a backfill beside the daemon), wait for ever."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import db.lock
from db.lock import WriterLock

THREADS = 4
TURNS = 1500


@contextmanager
def switching_often() -> Iterator[None]:
    """Let the interpreter switch threads every microsecond, so that threads interleave inside
    a read-then-write of shared state, as they rarely do at the 5 ms default."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_threads_sharing_one_writer_lock_take_turns_and_let_it_go(tmp_path, monkeypatch):
    monkeypatch.setattr(db.lock, "POLL_SECONDS", 0.0005)  # waiters try often: a race shows
    shared = WriterLock(tmp_path / "tracker.duckdb.lock")
    inside, most, failures = [0], [0], []

    def writer() -> None:
        try:
            for _ in range(TURNS):
                if not shared.acquire(timeout=5):
                    failures.append("waited 5 s for a lock nobody held")
                    return
                inside[0] += 1
                time.sleep(0)  # let the others try while it is held
                most[0] = max(most[0], inside[0])
                inside[0] -= 1
                shared.release()
        except Exception as exc:  # reported by the test, not lost in the thread
            failures.append(exc)

    with switching_often():
        threads = [threading.Thread(target=writer) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
    assert most == [1]  # never two holders at once
    other = WriterLock(tmp_path / "tracker.duckdb.lock")  # as another process takes it
    assert other.acquire(timeout=0)
    other.release()


def test_a_thread_waiting_for_a_held_lock_gives_up_at_its_timeout(tmp_path):
    shared = WriterLock(tmp_path / "x.lock")
    assert shared.acquire(timeout=0)
    got: list[bool] = []
    waiter = threading.Thread(target=lambda: got.append(shared.acquire(timeout=0.2)))
    started = time.monotonic()
    waiter.start()
    waiter.join()
    assert got == [False] and 0.15 < time.monotonic() - started < 5
    shared.release()
    assert shared.acquire(timeout=0)
    shared.release()
