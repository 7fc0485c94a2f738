"""`review`: list the suspect points, or accept / reject one by hand (the flags follow)."""

from __future__ import annotations

from argparse import Namespace

from etl.commands.common import Output, settings_of
from etl.errors import ConfigError


def cmd_review(args: Namespace, out: Output, width: int | None) -> int:
    """Without a verdict, the suspect points and why; with one, a review run."""
    import etl
    from etl.commands.output import table

    with etl.open_tracker(settings_of(args)) as tracker:
        if args.verdict is None:
            columns, rows = tracker.suspect_points()
            out(table(columns, rows, width) if rows else "no suspect points")
            return 0
        if not (args.metric and args.period_end):
            raise ConfigError("review accept|reject needs --metric and --period-end")
        report = tracker.review(args.metric, args.period_end, args.verdict, partner=args.partner,
                                period_start=args.period_start, note=args.note)  # fmt: skip
    out(f"run {report.run_id} (review): {args.verdict}ed; {report.changes_new} changes")
    return 0
