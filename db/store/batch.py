"""Insert many rows of one table in one statement (rows whose key is stored are left alone)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from db.sql import sql

BATCH_TABLES = (
    "articles", "article_urls", "figures", "article_versions", "snapshots", "changes", "points",
)  # fmt: skip


def insert_rows(conn, table: str, rows: Sequence[dict]) -> None:
    """Insert many rows in one statement; rows whose key is stored already are left alone."""
    if table not in BATCH_TABLES:
        raise ValueError(f"no batch insert for table {table!r}")
    if rows:
        conn.execute(
            sql(f"insert_{table}"), [json.dumps(rows, default=_json_value), _shape(conn, table)]
        )


_SHAPES: dict[tuple[str, int], str] = {}


def _shape(conn, table: str) -> str:
    """The JSON structure of a table's rows (cached per table and schema version)."""
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if (table, version) not in _SHAPES:
        _SHAPES[(table, version)] = _read_shape(conn, table)
    return _SHAPES[(table, version)]


def _read_shape(conn, table: str) -> str:
    columns = conn.execute(sql("table_shape"), [table]).fetchall()
    shape = {name: [kind[:-2]] if kind.endswith("[]") else kind for name, kind in columns}
    shape.pop("change_id", None)  # given by its sequence
    return json.dumps([shape])


def _json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")
