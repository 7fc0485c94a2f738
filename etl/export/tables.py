"""Export every table and view of the database, one folder per table; `figures` partitioned
hive-style by metric and year (`figures/metric=…/year=…/`). A `_schema.json` beside the
folders gives each table's columns and types, and rows, so CSV keeps its types too."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from db.store import export as store
from etl.errors import ConfigError

FORMATS = ("parquet", "csv", "jsonl")
SCHEMA_FILE = "_schema.json"
NAME_RE = re.compile(r"^[a-z0-9_]+$")
PARTITIONED = {"figures": ("metric", "year(period_end) AS year")}


@dataclass(frozen=True, slots=True)
class Exported:
    """One table or view written."""

    name: str
    kind: str
    rows: int
    path: Path


def export_all(database: Path, out: Path, fmt: str) -> list[Exported]:
    """Write every table and view of `database` under `out` in format `fmt`.

    The database is opened read-only while no tracker process writes to it (a daemon's next
    batch waits for the export), so the files are one consistent state.

    Raises:
        ConfigError: an unknown format, or `out` is a non-empty folder that no export made.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    _prepare(out)
    written, schema = [], {}
    with store.quiet_database(database) as conn:
        for name, kind in store.relations(conn):
            columns = store.columns(conn, name)
            path = _write(conn, name, columns, out, fmt)
            rows = store.row_count(conn, name)
            written.append(Exported(name, kind, rows, path))
            parts = ["metric", "year"] if name in PARTITIONED else []
            schema[name] = {"kind": kind, "rows": rows, "columns": columns, "partitioned_by": parts}
    meta = {"format": fmt, "database": str(database), "lists_in_csv": "JSON arrays",
            "tables": schema}  # fmt: skip
    (out / SCHEMA_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return written


def _write(conn, name: str, columns: list[tuple[str, str]], out: Path, fmt: str) -> Path:
    folder = out / name
    folder.mkdir(parents=True)
    select = [_expression(column, kind, fmt) for column, kind in columns]
    if name in PARTITIONED:
        store.copy_out(conn, name, [*select, PARTITIONED[name][1]], folder, fmt, ["metric", "year"])
        return folder
    target = folder / f"{name}.{fmt}"
    store.copy_out(conn, name, select, target, fmt)
    return target


def _expression(column: str, kind: str, fmt: str) -> str:
    """The column as written: in CSV, lists and structs as JSON text (CSV has no lists)."""
    quoted = store.quote_name(column)
    if fmt == "csv" and (kind.endswith("]") or kind.startswith(("STRUCT", "MAP"))):
        return f"to_json({quoted})::VARCHAR AS {quoted}"
    return quoted


def _prepare(out: Path) -> None:
    """An empty folder, or one a former export wrote (its table folders are replaced)."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: not a folder")
    if out.exists() and any(out.iterdir()):
        if not (out / SCHEMA_FILE).exists():
            raise ConfigError(
                f"--out {out}: not empty and not an earlier export; name a new folder"
            )
        old = json.loads((out / SCHEMA_FILE).read_text(encoding="utf-8")).get("tables", {})
        for name in old:
            if NAME_RE.match(name) and (out / name).is_dir():
                shutil.rmtree(out / name)
    out.mkdir(parents=True, exist_ok=True)
