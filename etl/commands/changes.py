"""What `changes` shows: the flagged changes, newest first, in words a person reads quickly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.records import ChangeLine

ICONS = {"first_seen": "new", "increase": "up", "decrease": "down", "revision": "revised",
         "conflict": "CONFLICT", "article_edited": "edited"}  # fmt: skip


def list_changes(
    database: Path, since: date | None, metric: str | None
) -> tuple[list[str], list[ChangeLine]]:
    """(columns, rows) of the changes table with both source URLs, newest first."""
    from db import reading, store
    from db.records import ChangeLine

    with reading(database) as conn:
        start = datetime.combine(since, time(0)) if since else None
        return list(ChangeLine._fields), store.list_changes(conn, start, metric)


def amount(value: float | None) -> str:
    """A figure for reading: 41,500,000,000 -> "41.5 bn"."""
    if value is None:
        return "-"
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.6g}"


def change_lines(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """Two lines a change: what moved, then when and who said so."""
    lines = []
    for row in rows:
        c = dict(zip(columns, row, strict=True))
        series = c["metric"] or "(article text)"
        if c["partner"]:
            series += f" [{c['partner']}]"
        kind = ICONS.get(c["change_type"], c["change_type"])
        move = f"{amount(c['previous_value'])} -> {amount(c['value'])}"
        if c["delta"] is not None:
            move += f" ({'+' if c['delta'] >= 0 else ''}{amount(c['delta'])}"
            move += f", {c['delta_pct']:+.1f} %)" if c["delta_pct"] is not None else ")"
        flags = " (history from a backfill)" if c["history"] else ""
        when = f"{c['previous_period_end'] or '-'} -> {c['period_end'] or '-'}"
        lines.append(f"{c['detected_at']:%Y-%m-%d %H:%M}  {kind:<8} {series}: {move}{flags}")
        sources = c["url"] or "-"
        if c["previous_url"] and c["previous_url"] != c["url"]:
            sources = f"{c['previous_url']} -> {sources}"
        lines.append(f"{'':18}periods {when}; run {c['run_id']} ({c['run_mode']}); {sources}")
        if c["note"]:
            lines.append(f"{'':18}{c['note']}")
    return lines
