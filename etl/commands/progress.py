"""Show a long run's progress: a bar on a terminal, a plain log line every few seconds elsewhere."""

from __future__ import annotations

import logging
import sys
import threading
import time
from types import TracebackType

from etl.pipeline.progress import Progress

LOGGER = logging.getLogger(__name__)
LOG_EVERY_SECONDS = 10.0
REFRESH_SECONDS = 0.5


class ProgressDisplay:
    """Watches a Progress from a thread while the run goes on (the run itself never waits on it)."""

    def __init__(self, progress: Progress, *, tty: bool | None = None) -> None:
        self.progress = progress
        self.tty = sys.stderr.isatty() if tty is None else tty
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._bar = None

    def __enter__(self) -> ProgressDisplay:
        if self.tty:
            from tqdm import tqdm

            self._bar = tqdm(total=0, unit="article", desc="backfill", dynamic_ncols=True)
        self._thread.start()
        return self

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: TracebackType | None):
        self._done.set()
        self._thread.join()
        self._show()
        if self._bar is not None:
            self._bar.close()

    def _watch(self) -> None:
        last_log = time.monotonic()
        while not self._done.wait(REFRESH_SECONDS):
            if self.tty:
                self._show()
            elif time.monotonic() - last_log >= LOG_EVERY_SECONDS:
                self._show()
                last_log = time.monotonic()

    def _show(self) -> None:
        p = self.progress
        counts = dict(discovered=p.discovered, fetched=p.fetched, stored=p.stored,
                      figures=p.figures, errors=len(p.errors))  # fmt: skip
        if self._bar is None:
            LOGGER.info("progress: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
            return
        self._bar.total = max(p.to_fetch, p.fetched)
        self._bar.n = p.fetched
        self._bar.set_postfix(counts, refresh=False)
        self._bar.refresh()
