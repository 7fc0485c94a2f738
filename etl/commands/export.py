"""`export`: every table and view to Parquet, CSV or JSON Lines, one folder per table."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from etl.commands.common import Output, database_of


def cmd_export(args: Namespace, out: Output) -> int:
    """Export, then list what was written."""
    from etl.export.tables import export_all

    written = export_all(database_of(args), Path(args.out), args.format)
    for item in written:
        out(f"{item.name:<22} {item.rows:>10,} rows  {item.path}")
    out(f"exported {len(written)} tables and views to {args.out} ({args.format})")
    return 0
