"""The daemon: one APScheduler 3.x job per source on its schedule, until SIGINT or SIGTERM."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from etl.config import Settings
from etl.models import Source

if TYPE_CHECKING:
    from etl.pipeline.tracker import Tracker

LOGGER = logging.getLogger(__name__)
MISFIRE_GRACE_SECONDS = 300
MAX_JITTER_SECONDS = 30.0
STOP_POLL_SECONDS = 0.5  # how often the main thread wakes to let a pending SIGTERM handler run


def trigger_for(source: Source, settings: Settings) -> Any:
    """The source's schedule: `cron`, else `every` with a little jitter."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if source.cron:
        return CronTrigger.from_crontab(source.cron, timezone=settings.timezone)
    assert source.every is not None  # the config gives every source `every` or `cron`
    seconds = source.every.total_seconds()
    jitter = min(MAX_JITTER_SECONDS, seconds * 0.05)
    return IntervalTrigger(seconds=seconds, jitter=jitter or None, timezone=settings.timezone)


def run_daemon(settings: Settings, stop: threading.Event) -> int:
    """Run passes on each enabled source's schedule until `stop` is set; returns 0.

    A first pass over every source starts at once. Jobs coalesce, never overlap for one source,
    and share one tracker, hence one fetcher (robots.txt and per-host spacing are kept across
    passes). Once `stop` is set no job starts, and the passes under way store what they have
    and end.
    """
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.background import BackgroundScheduler

    from etl.pipeline.tracker import Tracker

    tracker = Tracker(settings)
    sources = tracker.sources()
    scheduler = BackgroundScheduler(
        timezone=settings.timezone,
        executors={"default": ThreadPoolExecutor(max(1, settings.workers))},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": MISFIRE_GRACE_SECONDS},
    )  # fmt: skip
    now = datetime.now(settings.timezone)
    for source in sources:
        scheduler.add_job(
            one_pass, trigger_for(source, settings), args=[tracker, source, stop],
            id=source.name, name=source.name, next_run_time=now, replace_existing=True,
        )  # fmt: skip
    scheduler.start()
    LOGGER.info("daemon started: %d sources; stop with Ctrl-C or SIGTERM", len(sources))
    try:
        # wake now and then: a signal the kernel hands to a worker thread only trips Python's
        # flag, and its handler (which sets `stop`) runs once the main thread is awake again; a
        # wait with no timeout could sleep through SIGTERM for good
        while not stop.wait(STOP_POLL_SECONDS):
            pass
    finally:
        LOGGER.info("stopping: no new pass starts; passes under way store what they have")
        scheduler.shutdown(wait=True)
        tracker.close()
    LOGGER.info("daemon stopped")
    return 0


def one_pass(tracker: Tracker, source: Source, stop: threading.Event) -> None:
    """One scheduled pass over one source, logged in one line; never raises."""
    from etl.notify.dispatch import after_pass

    if stop.is_set():
        return
    started = time.monotonic()
    try:
        report = tracker.run_pass([source.name], mode="daemon", stop=stop)
    except Exception:  # a failing pass must not kill the scheduler; the next one retries
        LOGGER.exception("pass %s failed", source.name)
        return
    LOGGER.info(
        "pass %s: %s, %d new articles, %d figures, %d changes, %d errors, %.1fs",
        source.name, report.status, report.articles_new, report.figures_new,
        report.changes_new, len(report.errors), time.monotonic() - started,
    )  # fmt: skip
    after_pass(tracker.settings, report.run_id)  # notifications: each new change once per channel
