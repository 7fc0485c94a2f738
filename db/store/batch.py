"""Insert many records of one table in one statement (rows whose key is stored are left alone)."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from db.records import TableRecord
from db.sql import sql

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

SQL_TYPES: dict[Any, str] = {
    str: "VARCHAR", float: "DOUBLE", int: "BIGINT", bool: "BOOLEAN", date: "DATE",
    datetime: "TIMESTAMPTZ", tuple[str, ...]: "VARCHAR[]",
}  # fmt: skip


def insert(conn: DuckDBPyConnection, rows: Sequence[TableRecord]) -> None:
    """Insert records of one table in one statement; a row whose key is stored is left alone."""
    if not rows:
        return
    kind = type(rows[0])
    if any(type(row) is not kind for row in rows):
        raise TypeError(f"one table per insert, got {sorted({type(r).__name__ for r in rows})}")
    names = [f.name for f in fields(kind)]
    data = [{name: getattr(row, name) for name in names} for row in rows]
    conn.execute(
        sql(f"insert_{kind.TABLE}"), [json.dumps(data, default=_json_value), json_shape(kind)]
    )


def json_list(values: Iterable[object]) -> str:
    """Many values as one JSON parameter (read with from_json): DuckDB's client converts a
    Python list value by value, at a cost that grows past the query's own."""
    return json.dumps(list(values), default=_json_value)


def json_shape(kind: type) -> str:
    """The JSON structure of a record type's rows, for DuckDB's from_json."""
    hints = typing.get_type_hints(kind)
    return json.dumps([{f.name: _sql_type(hints[f.name]) for f in fields(kind)}])


def _sql_type(hint: Any) -> str:
    if isinstance(hint, types.UnionType):  # X | None
        (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    return SQL_TYPES[hint]


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")
