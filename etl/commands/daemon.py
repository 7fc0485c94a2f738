"""The daemon: one APScheduler 3.x job per source on its schedule, until SIGINT or SIGTERM."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime

from etl.config import Settings
from etl.models import Source

LOGGER = logging.getLogger(__name__)
MISFIRE_GRACE_SECONDS = 300
MAX_JITTER_SECONDS = 30.0


def trigger_for(source: Source, settings: Settings):
    """The source's schedule: `cron`, else `every` with a little jitter."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if source.cron:
        return CronTrigger.from_crontab(source.cron, timezone=settings.timezone)
    seconds = source.every.total_seconds()
    jitter = min(MAX_JITTER_SECONDS, seconds * 0.05)
    return IntervalTrigger(seconds=seconds, jitter=jitter or None, timezone=settings.timezone)


def run_daemon(settings: Settings, stop: threading.Event) -> int:
    """Run passes on each enabled source's schedule until `stop` is set; returns 0.

    A first pass over every source starts at once. Jobs coalesce, never overlap for one source,
    and share one fetcher (robots.txt and per-host spacing are kept across passes). Once `stop`
    is set no job starts, and the passes under way store what they have and end.
    """
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.background import BackgroundScheduler

    from etl.fetch.fetcher import Fetcher
    from etl.pipeline.run import fetch_policy

    sources = [src for src in settings.sources if src.enabled]
    fetcher = Fetcher(fetch_policy(settings), _known_robots(settings))
    scheduler = BackgroundScheduler(
        timezone=settings.timezone,
        executors={"default": ThreadPoolExecutor(max(1, settings.workers))},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": MISFIRE_GRACE_SECONDS},
    )  # fmt: skip
    now = datetime.now(settings.timezone)
    for source in sources:
        scheduler.add_job(
            one_pass, trigger_for(source, settings), args=[settings, source, fetcher, stop],
            id=source.name, name=source.name, next_run_time=now, replace_existing=True,
        )  # fmt: skip
    scheduler.start()
    LOGGER.info("daemon started: %d sources; stop with Ctrl-C or SIGTERM", len(sources))
    try:
        stop.wait()
    finally:
        LOGGER.info("stopping: no new pass starts; passes under way store what they have")
        scheduler.shutdown(wait=True)
        fetcher.close()
    LOGGER.info("daemon stopped")
    return 0


def _known_robots(settings: Settings) -> dict[str, str | None]:
    """robots.txt bodies read in the last day, so a restarted daemon does not ask again."""
    from datetime import UTC

    from db import store
    from db.session import Database
    from etl.load.rows import naive_utc
    from etl.pipeline.run import ROBOTS_MAX_AGE

    with Database(settings.database).session() as conn:
        return store.fresh_robots(conn, naive_utc(datetime.now(UTC) - ROBOTS_MAX_AGE))


def one_pass(settings: Settings, source: Source, fetcher, stop: threading.Event) -> None:
    """One scheduled pass over one source, logged in one line; never raises."""
    from etl.notify.dispatch import after_pass
    from etl.pipeline.run import run

    if stop.is_set():
        return
    started = time.monotonic()
    try:
        report = run(settings, mode="daemon", sources=[source], stop=stop, fetcher=fetcher)
    except Exception:  # a failing pass must not kill the scheduler; the next one retries
        LOGGER.exception("pass %s failed", source.name)
        return
    LOGGER.info(
        "pass %s: %s, %d new articles, %d figures, %d changes, %d errors, %.1fs",
        source.name, report.status, report.articles_new, report.figures_new,
        report.changes_new, len(report.errors), time.monotonic() - started,
    )  # fmt: skip
    after_pass(settings, report.run_id)  # notifications: each new change once per channel
