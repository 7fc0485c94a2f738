"""`init`, `once`, `backfill` and `daemon`: the commands that write, and what follows a pass."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from etl.commands.common import settings_of, stop_on_signals
from etl.errors import ConfigError


def cmd_init(args, out) -> int:
    """Create or migrate the database."""
    import db
    from db.migrate import current_version

    settings = settings_of(args)
    conn = db.connect(settings.database)
    try:
        applied = db.migrate(conn)
        version = current_version(conn)
    finally:
        conn.close()
    state = f"migrated ({', '.join(map(str, applied))})" if applied else "up to date"
    out(f"{settings.database}: schema version {version}, {state}")
    return 0


def cmd_once(args, out) -> int:
    """One pass over the sources, then the notifications."""
    from etl.pipeline.run import run, select_sources

    settings = settings_of(args)
    sources = select_sources(settings, args.source)
    with stop_on_signals() as stop:
        report = run(settings, mode="once", sources=sources, stop=stop)
    return _after(settings, report, out)


def cmd_backfill(args, out) -> int:
    """Walk the archives for a window, then the notifications (history only where asked)."""
    from etl.commands.progress import ProgressDisplay
    from etl.models import Window
    from etl.pipeline.run import Progress, run, select_sources

    settings = settings_of(args)
    until = args.until or datetime.now(settings.timezone).date()
    if until < args.since:
        raise ConfigError(f"--until {until} is before --since {args.since}")
    window = Window(
        datetime.combine(args.since, time(0), settings.timezone).astimezone(UTC),
        datetime.combine(until + timedelta(days=1), time(0), settings.timezone).astimezone(UTC),
    )
    sources = select_sources(settings, args.source)
    progress = Progress()
    with stop_on_signals() as stop, ProgressDisplay(progress):
        report = run(settings, mode="backfill", sources=sources, window=window,
                     progress=progress, stop=stop)  # fmt: skip
    return _after(settings, report, out)


def cmd_daemon(args, out) -> int:
    """Passes on each source's schedule until SIGINT/SIGTERM."""
    from etl.commands.daemon import run_daemon

    settings = settings_of(args)
    if not any(src.enabled for src in settings.sources):
        raise ConfigError(f"{settings.path}: no enabled [[source]] to schedule")
    with stop_on_signals() as stop:
        return run_daemon(settings, stop)


def _after(settings, report, out) -> int:
    """Print the run's summary, send its notifications; exit 1 when pages failed."""
    from etl.notify.dispatch import after_pass

    out(
        f"run {report.run_id} ({report.mode}): {report.status}; "
        f"{report.articles_seen} fetched, {report.articles_new} new articles, "
        f"{report.figures_new} new figures, {report.changes_new} changes, "
        f"{len(report.errors)} errors"
    )
    for error in report.errors[:20]:
        out(f"  error: {error}")
    if len(report.errors) > 20:
        out(f"  ... and {len(report.errors) - 20} more (see the runs table)")
    for result in after_pass(settings, report.run_id):
        if result.sent or result.waiting:
            waiting = f", {result.waiting} waiting ({result.error})" if result.waiting else ""
            out(f"  notify {result.channel}: {result.sent} sent{waiting}")
    return 1 if report.errors else 0
