"""Render rows for people (aligned tables) and machines (JSON, CSV) (pure).

Tables fit a given width (the terminal's) by cutting the widest cells, or are never cut (`None`:
`--wide`, or output that is not a terminal). Text from the web is made safe for a terminal:
control characters are shown as `\\x1b`-style escapes, never sent as they are.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

MIN_CELL = 12
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Text with every control character (ANSI escapes too) written as a visible escape."""
    return CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def cell(value: Any) -> str:
    """A value as a table cell: dates in ISO, big numbers grouped, whole numbers without `.0`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            text = f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
        else:
            text = f"{value:,.2f}" if abs(value) >= 10000 else f"{value:g}"
    elif isinstance(value, int):
        text = f"{value:,}" if abs(value) >= 10000 else str(value)
    elif isinstance(value, datetime | date):
        text = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    elif isinstance(value, list | tuple):
        text = ", ".join(cell(v) for v in value)
    else:
        text = str(value)
    return terminal_safe(" ".join(text.split()))


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None = None) -> str:
    """An aligned plain-text table, at most `width` characters wide (None: never cut)."""
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    if width is not None:
        widths = _fit(widths, [len(c) for c in columns], width)
        cells = [[_cut(v, w) for v, w in zip(row, widths, strict=True)] for row in cells]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join([line.rstrip(), rule, *body])


def _fit(widths: list[int], heads: list[int], total: int) -> list[int]:
    """Narrow the widest columns, one character at a time, until the table fits `total`."""
    widths = list(widths)
    room = total - 2 * (len(widths) - 1)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= max(MIN_CELL, heads[widest]):
            break  # every column is as narrow as it may be: the terminal wraps the rest
        widths[widest] -= 1
    return widths


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_json_value(value: Any) -> Any:
    """JSON-ready value: dates as ISO strings, whole floats as integers (no `.0` on counts)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    return value


def records_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as a JSON list of objects."""
    data = [{c: to_json_value(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2)


def csv_value(value: Any) -> str:
    """A CSV field: lists as JSON arrays (not Python reprs), dates in ISO, no `.0` on counts."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(to_json_value(value), ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(to_json_value(value))


def records_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_value(v) for v in row])
    return buffer.getvalue().rstrip("\n")


def render(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, width: int | None = None
) -> str:
    """Rows in the requested format: table (at most `width` wide), json or csv."""
    if fmt == "json":
        return records_json(columns, rows)
    if fmt == "csv":
        return records_csv(columns, rows)
    return table(columns, rows, width)
