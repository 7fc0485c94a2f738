"""Insert many records of one table in one statement (rows whose key is stored are left alone):
the rows go to DuckDB as one JSON text of columns, so a batch costs two bound values, not one
per row (each bound value costs the DuckDB client a look-up of optional modules)."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from db.records import ArticleRow, TableRecord
from db.sql import sql

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

SQL_TYPES: dict[Any, str] = {
    str: "VARCHAR", float: "DOUBLE", int: "BIGINT", bool: "BOOLEAN", date: "DATE",
    datetime: "TIMESTAMPTZ", tuple[str, ...]: "VARCHAR[]",
}  # fmt: skip
DATED = ("DATE", "TIMESTAMPTZ")


def insert(conn: DuckDBPyConnection, rows: Sequence[TableRecord]) -> None:
    """Insert records of one table in one statement; a row whose key is stored is left alone."""
    if rows:
        conn.execute(*_statement(f"insert_{_kind(rows).TABLE}", rows))


def insert_articles(conn: DuckDBPyConnection, rows: Sequence[ArticleRow]) -> set[str]:
    """Insert articles; returns the ids of those stored by this call (a stored one is left
    alone, and its id is not returned)."""
    if not rows:
        return set()
    return {row[0] for row in conn.execute(*_statement("insert_articles", rows)).fetchall()}


def json_list(values: Iterable[object]) -> str:
    """Many values as one JSON parameter (read with from_json): DuckDB's client converts a
    Python list value by value, at a cost that grows past the query's own."""
    return json.dumps(list(values), default=_json_value, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class _Layout:
    """How one record type travels: its columns, their JSON shape, the SELECT list unnesting
    them, and which columns are dates to be written as ISO text."""

    row_values: Callable[[Any], tuple[Any, ...]]
    names: tuple[str, ...]
    shape: str
    select: str
    dated: tuple[int, ...]


@cache
def _layout(kind: type) -> _Layout:
    hints = typing.get_type_hints(kind)
    names = tuple(f.name for f in fields(kind))
    types_ = [_sql_type(hints[name]) for name in names]
    getter = attrgetter(*names)
    row_values = getter if len(names) > 1 else lambda row: (getter(row),)
    return _Layout(
        row_values=row_values,
        names=names,
        shape=json.dumps({name: [kind_] for name, kind_ in zip(names, types_, strict=True)}),
        select=", ".join(f'unnest(j."{name}") AS "{name}"' for name in names),
        dated=tuple(i for i, kind_ in enumerate(types_) if kind_ in DATED),
    )


def _statement(name: str, rows: Sequence[TableRecord]) -> tuple[str, list[str]]:
    """The named statement with its SELECT list, and its two bound values (data, shape)."""
    layout = _layout(_kind(rows))
    columns: list[Any] = list(zip(*map(layout.row_values, rows), strict=True))
    for i in layout.dated:
        columns[i] = [None if v is None else v.isoformat() for v in columns[i]]
    data = json.dumps(dict(zip(layout.names, columns, strict=True)), ensure_ascii=False)
    return sql(name).replace("{columns}", layout.select), [data, layout.shape]


def _kind(rows: Sequence[TableRecord]) -> Any:  # a record class, with its TABLE
    kind = type(rows[0])
    if any(type(row) is not kind for row in rows):
        raise TypeError(f"one table per insert, got {sorted({type(r).__name__ for r in rows})}")
    return kind


def _sql_type(hint: Any) -> str:
    if isinstance(hint, types.UnionType):  # X | None
        (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    return SQL_TYPES[hint]


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")
