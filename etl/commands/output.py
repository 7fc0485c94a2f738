"""Render rows for people (aligned tables) and machines (JSON, CSV) (pure)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

MAX_CELL = 60


def cell(value: Any) -> str:
    """A value as a table cell: dates in ISO, big numbers grouped, long text cut."""
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:,.0f}" if value.is_integer() and abs(value) >= 1000 else f"{value:g}"
    elif isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}" if abs(value) >= 10000 else str(value)
    elif isinstance(value, datetime | date):
        text = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    elif isinstance(value, list | tuple):
        text = ", ".join(cell(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned plain-text table."""
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join([line.rstrip(), rule, *body])


def to_json_value(value: Any) -> Any:
    """JSON-ready value: dates as ISO strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    return value


def records_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as a JSON list of objects."""
    data = [{c: to_json_value(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2)


def records_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([to_json_value(v) if v is not None else "" for v in row])
    return buffer.getvalue().rstrip("\n")


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows in the requested format: table, json or csv."""
    if fmt == "json":
        return records_json(columns, rows)
    if fmt == "csv":
        return records_csv(columns, rows)
    return table(columns, rows)
