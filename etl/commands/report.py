"""`report`: write the offline HTML report (latest figures, charts, changes, source health)."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime, timedelta
from pathlib import Path

from etl.commands.common import Output, check_metrics, settings_of

DEFAULT_DAYS = 30


def cmd_report(args: Namespace, out: Output) -> int:
    """Write the report and say where, how big, and what is in it."""
    from etl.report.build import write_report

    settings = settings_of(args)
    metrics = check_metrics(settings, args.metric)
    since = args.since or (datetime.now(settings.timezone).date() - timedelta(days=DEFAULT_DAYS))
    written = write_report(settings, Path(args.out), since, metrics)
    out(
        f"wrote {written.path} ({written.size / 1024:,.0f} KB): {written.series} series, "
        f"{written.points} points, {written.changes} changes since {since}; open it in a browser"
    )
    return 0
