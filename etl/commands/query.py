"""`query`: one read-only SQL statement on the database, printed as a table, JSON or CSV."""

from __future__ import annotations

import re
import sys
from argparse import Namespace

from etl.commands.common import Output, database_of
from etl.commands.output import render
from etl.errors import ConfigError

COMMENT_RE = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)


def cmd_query(args: Namespace, out: Output, width: int | None) -> int:
    """Run the statement; empty SQL is bad usage (exit 2)."""
    from db.readonly import run_readonly

    if not COMMENT_RE.sub("", args.sql).strip(" \t\r\n;"):
        raise ConfigError('query: the SQL is empty (example: query "select * from latest_figures")')
    limit = 10_000 if args.format == "table" else None
    result = run_readonly(database_of(args), args.sql, limit)
    if result.columns:
        out(render(result.columns, result.rows, args.format, width))
    if result.truncated:
        print(f"(first {limit} rows; use --format csv or json for all)", file=sys.stderr)
    return 0
