"""Pages read on the other cores: worker processes parse and extract while the fetch threads go
on fetching and the run writes (only when the pages are many: starting the workers costs more
than reading a handful of pages in the fetch threads)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing.process import BaseProcess

from etl.models import Link, Page
from etl.pipeline.process import Processed, Reader

LOGGER = logging.getLogger(__name__)
POOL_MIN_PAGES = 100  # fewer pages than this are read in the fetch threads

# The reader of a worker process, set once when the worker starts (ProcessPoolExecutor's
# initializer): each worker reads with its own copy, the parent's is never touched.
_worker_reader: Reader | None = None


def wants_pool(pages: int) -> bool:
    """Whether reading `pages` pages is worth worker processes (many pages, more than one core)."""
    return pages >= POOL_MIN_PAGES and _cores() > 1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Reading:
    """A page handed to a worker: its link, and the outcome to come."""

    link: Link
    lang: str | None
    page: Page
    future: Future[Processed]
    reader: Reader  # reads the page here if the worker died
    broken: Callable[[], bool]  # whether the pool has broken (a worker died)

    def result(self) -> Processed:
        """The outcome; a worker that died leaves the page to be read in this process."""
        try:
            return self._settled()
        except Exception as exc:  # the worker died (BrokenProcessPool) or the page did not travel
            LOGGER.warning("%s: not read by a worker (%r); read here", self.link.url, exc)
            return self.reader.read_page(self.link, self.lang, self.page)

    def _settled(self) -> Processed:
        """The future's result. A page handed over while the pool was breaking may never be
        settled (a race in concurrent.futures before Python 3.12): once the pool is broken and
        the future still waits, it is given up."""
        while True:
            try:
                return self.future.result(timeout=SETTLE_SECONDS)
            except TimeoutError:
                if self.broken() and not self.future.done():
                    raise BrokenProcessPool("the pool broke before this page was read") from None


SETTLE_SECONDS = 1.0  # how often a wait for a worker's result checks that the pool still stands


class ReadingPool:
    """One worker process per core, each with a copy of the run's reader. Workers are started
    fresh ("spawn"), never forked from a process that runs threads."""

    def __init__(self, reader: Reader, processes: int | None = None) -> None:
        self.reader = reader
        self._pool = ProcessPoolExecutor(
            processes or _cores(), mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(reader,),
        )  # fmt: skip

    def read(self, link: Link, lang: str | None, page: Page) -> Reading | Processed:
        """Hand a fetched page to a worker (its text only: the raw bytes stay here); once a
        worker has died (the pool is then broken), read it here instead."""
        page = replace(page, content=b"")
        try:
            future = self._pool.submit(_read, link, lang, page)
        except BrokenProcessPool:
            return self.reader.read_page(link, lang, page)
        return Reading(link, lang, page, future, self.reader, self._broken)

    def _broken(self) -> bool:
        return bool(self._pool._broken)  # set once a worker died

    def close(self) -> None:
        """Stop the workers; pages not started yet are dropped."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(reader: Reader) -> None:
    global _worker_reader
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parent = multiprocessing.parent_process()
    if parent is not None:  # a parent killed with -9 shuts no pool down: follow it out
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _worker_reader = reader


def _exit_with(parent: BaseProcess) -> None:
    parent.join()  # returns when the parent process has ended, however it ended
    os._exit(0)


def _read(link: Link, lang: str | None, page: Page) -> Processed:
    assert _worker_reader is not None, "a worker reads only after _start_worker"
    return _worker_reader.read_page(link, lang, page)
