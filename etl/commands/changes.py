"""`changes`: the flagged changes, newest first, in words a person reads quickly, or as JSON/CSV
with the same change-type names."""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.records import ChangeLine
    from etl.extract.catalogue import Catalogue

from etl.commands.common import Output, check_metrics, settings_of
from etl.commands.output import render, terminal_safe
from etl.report.display import amount, metric_label, metric_unit, signed_amount

INDENT = " " * 23  # under "YYYY-MM-DD HH:MM+ZZZZ  "


def list_changes(
    database: Path, since: date | None, metric: str | None, tz: tzinfo = UTC
) -> tuple[list[str], list[ChangeLine]]:
    """(columns, rows) of the changes table with both source URLs, newest first; detection
    times in `tz`, and `since` a local date of `tz`."""
    from db import reading, store
    from db.records import ChangeLine

    with reading(database) as conn:
        start = datetime.combine(since, time(0), tz) if since else None
        rows = store.list_changes(conn, start, metric)
    return list(ChangeLine._fields), [r._replace(detected_at=r.detected_at.astimezone(tz))
                                      for r in rows]  # fmt: skip


def cmd_changes(args: Namespace, out: Output, width: int | None) -> int:
    """Print the changes (table, json or csv)."""
    settings = settings_of(args)
    metrics = check_metrics(settings, [args.metric] if args.metric else [])
    database = settings.database
    columns, rows = list_changes(database, args.since, metrics[0] if metrics else None,
                                 settings.timezone)  # fmt: skip
    if args.news_only:
        at = columns.index("history")
        rows = [row for row in rows if not row[at]]
    if args.format != "table":
        out(render(columns, rows, args.format))
    elif not rows:
        out("no changes flagged" + (f" since {args.since}" if args.since else ""))
    else:
        out(f"times in {settings.timezone}")
        out("\n".join(change_lines(columns, rows, settings.catalogue, settings.timezone)))
    return 0


def change_lines(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    catalogue: Catalogue | None = None,
    tz: tzinfo = UTC,
) -> list[str]:
    """Two lines a change: what moved, then when and who said so."""
    lines = []
    for row in rows:
        c = dict(zip(columns, row, strict=True))
        unit = metric_unit(catalogue, c["metric"])
        series = metric_label(catalogue, c["metric"])
        if c["metric"]:
            series += f" ({c['metric']}" + (f", {c['partner']})" if c["partner"] else ")")
        move = f"{amount(c['previous_value'], unit)} -> {amount(c['value'], unit)}"
        if c["delta"] is not None:
            move += f" ({signed_amount(c['delta'], unit)}"
            move += f", {c['delta_pct']:+.1f} %)" if c["delta_pct"] is not None else ")"
        flags = " [history]" if c["history"] else ""
        when = f"{c['previous_period_end'] or '-'} -> {c['period_end'] or '-'}"
        stamp = c["detected_at"].astimezone(tz)
        lines.append(f"{stamp:%Y-%m-%d %H:%M%z}  {c['change_type']:<14} {series}: {move}{flags}")
        sources = c["url"] or "-"
        if c["previous_url"] and c["previous_url"] != c["url"]:
            sources = f"{c['previous_url']} -> {sources}"
        lines.append(f"{INDENT}periods {when}; run {c['run_id']} ({c['run_mode']}); {sources}")
        if c["note"]:
            lines.append(f"{INDENT}{c['note']}")
    return [terminal_safe(line) for line in lines]
