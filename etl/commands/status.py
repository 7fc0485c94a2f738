"""What `sources` shows: each source's schedule, last pass and next run."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

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
    """One row per configured source: name, kind, schedule, last pass, status, new, next, error."""
    states = _states(settings)
    columns = ("source", "kind", "schedule", "last_pass", "status", "new", "next_run", "last_error")
    rows = []
    tz = settings.timezone
    for src in settings.sources:
        state = states.get(src.name)
        last, status, error, new = state[1:] if state else (None, None, None, None)
        last_local = last.replace(tzinfo=UTC).astimezone(tz) if last else None
        upcoming = next_run(src, last_local, now, tz)
        schedule = src.cron or _every(src)
        rows.append((
            src.name, src.kind, schedule if src.enabled else "disabled",
            last_local.strftime("%Y-%m-%d %H:%M") if last_local else "never",
            status or "-", new if new is not None else "-",
            upcoming.astimezone(tz).strftime("%Y-%m-%d %H:%M") if upcoming else "-", error or "",
        ))  # fmt: skip
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
