"""The write path alone: the rows of N read articles (small generated pages) written as a backfill
writes them (transactions by rows and seconds through a kept connection), beside the scheme it
replaced (a new connection and a transaction per 50 articles), into fresh databases.

Usage: python -m bench.writes [--articles 3000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import config, machine, median
from bench.sitegen import page


def article_rows(count: int) -> list:
    """The rows of `count` generated small articles, read by the tracker's reader."""
    import etl
    from etl.load.rows import article_rows as rows_of
    from etl.models import Link, Page

    with tempfile.TemporaryDirectory() as tmp:
        reader = etl.open_tracker(config(Path(tmp), "")).reader()
    rng, stamp, out = random.Random(7), datetime.now(UTC), []
    for number in range(count):
        path, html, _ = page(number, "http://bench.test", rng, "small")
        url = "http://bench.test" + path
        link = Link(url, "bench")
        read = reader.read_page(link, None, Page(url, url, 200, b"", html))
        assert read.article is not None and read.relevance is not None
        day = reader.local_date(read.article.published_at)
        out.append(rows_of(link, read.article, read.relevance, read.figures, (None, None), 1,
                           stamp, day))  # fmt: skip
    return out


def write(rows: list, folder: Path, per_batch: int | None) -> float:
    """Seconds to write `rows` into a fresh database: as a backfill does (per_batch None), or
    with a new connection and a transaction per `per_batch` articles."""
    from db.session import Database
    from etl.pipeline.writing import Batches

    database = Database(folder / f"w{per_batch}.duckdb")
    with database.session() as conn:
        conn.execute("INSERT INTO runs (run_id, mode, started_at, status) "
                     "VALUES (1, 'backfill', now(), 'running')")  # fmt: skip
    batches = Batches(database.kept(), lambda fresh: None)
    started = time.perf_counter()
    for number, one in enumerate(rows, 1):
        batches.add(one)
        if per_batch is None:
            batches.tick()
        elif number % per_batch == 0:
            batches.flush()
            batches.session.close()
    batches.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rows = article_rows(args.articles)
    kept, per_50 = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for round_no in range(args.rounds):
            folder = Path(tmp) / str(round_no)
            folder.mkdir()
            kept.append(write(rows, folder, None))
            per_50.append(write(rows, folder, 50))
    figures = sum(len(r.figures) for r in rows)
    print(f"machine: {machine()}")
    print(f"articles: {args.articles} ({figures} figures), rounds: {args.rounds}")
    for name, times in (("backfill's write path", kept), ("connection per 50", per_50)):
        ms = [round(1000 * t / args.articles, 2) for t in times]
        print(f"{name}: median {1000 * median(times) / args.articles:.2f} ms/article {ms}")


if __name__ == "__main__":
    main()
