"""What `sources` shows: each source's schedule, last pass and next run."""

from __future__ import annotations

from argparse import Namespace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from etl.commands.common import Output
from etl.config import Settings
from etl.models import Source

if TYPE_CHECKING:
    from db.records import SourceState


def next_run(source: Source, last: datetime | None, now: datetime, tz) -> datetime | None:
    """When the daemon would next pass over `source` (None when it is disabled)."""
    if not source.enabled:
        return None
    if source.cron:
        from apscheduler.triggers.cron import CronTrigger

        trigger = CronTrigger.from_crontab(source.cron, timezone=tz)
        return trigger.get_next_fire_time(None, now.astimezone(tz))
    if last is None or source.every is None:
        return now
    return max(now, last + source.every)


def source_rows(settings: Settings, now: datetime) -> tuple[tuple[str, ...], list[tuple]]:
    """One row per source of the config, then of the database only: name, kind, schedule, last
    pass, status, new articles, next run, last error."""
    states = _states(settings)
    tz = settings.timezone
    columns = ("source", "kind", "schedule", f"last_pass ({tz.key})", "status", "new",
               f"next_run ({tz.key})", "last_error")  # fmt: skip
    rows = []
    for src in settings.sources:
        state = states.get(src.name)
        last, status, error, new = state[1:] if state else (None, None, None, None)
        last_local = last.astimezone(tz) if last else None
        upcoming = next_run(src, last_local, now, tz)
        schedule = src.cron or _every(src)
        rows.append((
            src.name, src.kind, schedule if src.enabled else "disabled",
            last_local.strftime("%Y-%m-%d %H:%M") if last_local else "never",
            status or "-", new if new is not None else "-",
            upcoming.astimezone(tz).strftime("%Y-%m-%d %H:%M") if upcoming else "-", error or "",
        ))  # fmt: skip
    for name in sorted(set(states) - {src.name for src in settings.sources}):
        last, status, error, new = states[name][1:]  # a source of the database, not the config
        last_local = last.astimezone(tz) if last else None
        rows.append((name, "-", "not in the config",
                     last_local.strftime("%Y-%m-%d %H:%M") if last_local else "never",
                     status or "-", new if new is not None else "-", "-", error or ""))  # fmt: skip
    return columns, rows


def _states(settings: Settings) -> dict[str, SourceState]:
    if not settings.database.exists():
        return {}
    import duckdb

    from db import reading, store

    with reading(settings.database) as conn:
        try:
            return store.source_states(conn)
        except duckdb.CatalogException:  # a database from before the source_state table
            return {}


def _every(src: Source) -> str:
    seconds = int(src.every.total_seconds()) if src.every else 0
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"every {seconds // size}{unit}"
    return f"every {seconds}s"


def cmd_sources(args: Namespace, out: Output, width: int | None) -> int:
    """Print the configured sources and those the database knows, with their last pass."""
    from datetime import datetime

    from etl.commands.common import settings_of
    from etl.commands.output import table

    settings = settings_of(args)
    columns, rows = source_rows(settings, datetime.now(UTC))
    out(f"database {settings.database}; times in {settings.timezone}")
    out(table(columns, rows, width))
    return 0
