"""`init`, `once`, `backfill` and `daemon`: the commands that write, and what follows a pass."""

from __future__ import annotations

from argparse import Namespace

from etl.commands.common import Output, settings_of, stop_on_signals
from etl.errors import ConfigError


def cmd_init(args: Namespace, out: Output) -> int:
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


def cmd_once(args: Namespace, out: Output) -> int:
    """One pass over the sources, then the notifications."""
    import etl

    settings = settings_of(args)
    with etl.open_tracker(settings) as tracker, stop_on_signals() as stop:
        report = tracker.run_pass(args.source, stop=stop)
    return _after(settings, report, out)


def cmd_backfill(args: Namespace, out: Output) -> int:
    """Walk the archives for a window, then the notifications (history only where asked)."""
    import etl
    from etl.commands.progress import ProgressDisplay

    settings = settings_of(args)
    progress = etl.Progress()
    with etl.open_tracker(settings) as tracker:
        tracker.window(args.since, args.until)  # a bad window stops here, before any output
        with stop_on_signals() as stop, ProgressDisplay(progress):
            report = tracker.backfill(args.since, args.until, args.source, stop=stop,
                                      progress=progress)  # fmt: skip
    return _after(settings, report, out)


def cmd_daemon(args: Namespace, out: Output) -> int:
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
