"""The writing phase of a backfill alone: the rows a backfill of the bench site stores are
recorded once, then written again through the pipeline's batches into a fresh database, in a
fresh interpreter per size, and the writes' peak RSS printed (Linux: /proc/self/status).

Usage: python -m bench.memory_writes [--sizes 2000 10000] [--keep-rows N] [--without-bodies]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import ROOT, config, generated_site, machine
from bench.memory_phases import restart_peak, rss_mb

BATCH_ARTICLES = 100  # a transaction, about what the bench's one-second batches hold


def record(articles: int, rows_file: Path) -> None:
    """Backfill a generated site of small pages, pickling each article's rows as it is queued
    for writing (the flag step is left out)."""
    import etl.pipeline.run as run
    import etl.pipeline.writing as writing
    from etl.commands.cli import main

    add = writing.Batches.add
    with rows_file.open("wb") as out, generated_site(articles, "small") as (base, work):

        def recorded(self: writing.Batches, rows: object) -> None:
            pickle.dump(rows, out, protocol=pickle.HIGHEST_PROTOCOL)
            add(self, rows)

        source = f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
        writing.Batches.add, run.flag_changes = recorded, lambda *args, **kwargs: 0
        with contextlib.redirect_stdout(io.StringIO()):
            cfg = str(config(work, source))
            main(["-q", "--config", cfg, "backfill", "--since", "2015-01-01"])


def recorded_rows(rows_file: Path, limit: int) -> Iterator[Any]:
    """The first `limit` recorded articles' rows, read one at a time."""
    with rows_file.open("rb") as found:
        for _ in range(limit):
            try:
                yield pickle.load(found)
            except EOFError:
                return


def replay(rows_file: Path, articles: int, keep_rows: int, without_bodies: bool) -> int:
    """Peak RSS (MB) of writing the first `articles` recorded articles into a fresh database."""
    import db.session
    from etl.pipeline.writing import Batches

    db.session.KEEP_ROWS = keep_rows
    with tempfile.TemporaryDirectory() as tmp:
        batches = Batches(db.session.Database(Path(tmp) / "w.duckdb").kept(), lambda rows: None)
        restart_peak()
        for n, rows in enumerate(recorded_rows(rows_file, articles), 1):
            batches.add(_without_bodies(rows) if without_bodies else rows)
            if n % BATCH_ARTICLES == 0:
                batches.flush()
        batches.close()
        return rss_mb()["VmHWM"]


def _without_bodies(rows: Any) -> Any:
    """The rows of an article with no body."""
    import dataclasses

    return rows._replace(article=dataclasses.replace(rows.article, body=None))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--keep-rows", type=int, default=None, help="KEEP_ROWS to try")
    parser.add_argument("--without-bodies", action="store_true", help="store no article bodies")
    args = parser.parse_args()
    from db.session import KEEP_ROWS

    keep = args.keep_rows or KEEP_ROWS
    print(f"machine: {machine()}\nsmall pages, KEEP_ROWS {keep}, {BATCH_ARTICLES} articles a "
          f"transaction{', no bodies' if args.without_bodies else ''}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        rows_file = Path(tmp) / "rows.pickle"
        _child(f"record({max(args.sizes)}, Path({str(rows_file)!r}))")
        for size in args.sizes:
            call = f"replay(Path({str(rows_file)!r}), {size}, {keep}, {args.without_bodies})"
            print(f"{size:>6} articles: writes' peak RSS {_child(call)} MB")


def _child(call: str) -> object:
    """Evaluate `call` (a function of this module) in a fresh interpreter; its JSON result."""
    code = (f"import json; from pathlib import Path; from bench.memory_writes import *; "
            f"print(json.dumps({call}))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
