"""The HTML report: time to write it and its size, for 50 series of 24 and of 100 points.

Usage: python -m bench.report [--rounds 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import machine, median


def fill_series(db_path: Path, series: int, points: int) -> None:
    """A tracker database with `series` series of `points` points each, every point reported by
    its own article with a long sentence (what a report of a busy database must carry)."""
    import duckdb

    import db

    conn = duckdb.connect(str(db_path))
    try:
        db.migrate(conn)
        conn.execute(
            "INSERT INTO runs (run_id, mode, started_at, finished_at, status) "
            "VALUES (1, 'once', now()::TIMESTAMP, now()::TIMESTAMP, 'ok')"
        )
        conn.execute(
            """
            CREATE TEMP TABLE made AS
            SELECT s, p, 'metric_' || s AS metric, 'a' || s || '_' || p AS article_id,
                   'f' || s || '_' || p AS figure_id,
                   DATE '2015-12-31' + INTERVAL (p * 3) MONTH AS period_end,
                   (1000 + s * 10 + p * 7 + (p % 3) * 5) * 1e6 AS value
            FROM range(?) t(s), range(?) u(p)
            """,
            [series, points],
        )
        conn.execute(
            """
            INSERT INTO articles (article_id, url, canonical_url, source, title, published_at,
                                  lang, relevant, body, content_hash, first_seen_at,
                                  last_fetched_at, run_id)
            SELECT article_id, 'https://news.example/' || article_id,
                   'https://news.example/' || article_id, 'outlet-' || (p % 4),
                   'Binh Duong figures, report ' || p, period_end + INTERVAL 10 DAY, 'en', true,
                   'body', 'h' || article_id, now()::TIMESTAMP, now()::TIMESTAMP, 1
            FROM made
            """
        )
        conn.execute(
            """
            INSERT INTO figures (figure_id, article_id, metric, partner, value, unit, qualifier,
                                 kind, period_end, text, sentence, extracted_at, content_hash,
                                 run_id)
            SELECT figure_id, article_id, metric, NULL, value, 'USD', 'exact', 'stock',
                   period_end::DATE, 'US$' || value / 1e9 || ' billion',
                   'As of ' || period_end::DATE || ', the province had drawn a total of US$'
                   || value / 1e9 || ' billion of registered foreign direct investment '
                   || 'capital from investors of many countries and territories, according '
                   || 'to the provincial Department of Planning and Investment, which also '
                   || 'reported the number of valid projects and their sectors.',
                   now()::TIMESTAMP, 'h' || article_id, 1
            FROM made
            """
        )
        conn.execute(
            """
            INSERT INTO points (metric, partner, period_end, period_start, value, unit, qualifier,
                                n_reports, urls, url, figure_id, run_id)
            SELECT metric, NULL, period_end::DATE, NULL, value, 'USD', 'exact', 1,
                   ['https://news.example/' || article_id], 'https://news.example/' || article_id,
                   figure_id, 1
            FROM made
            """
        )
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from etl.config import load_settings
    from etl.report.build import write_report

    print(f"machine: {machine()}")
    for series, points in ((50, 24), (50, 100)):
        with tempfile.TemporaryDirectory() as tmp:
            database = Path(tmp) / "busy.duckdb"
            fill_series(database, series, points)
            config = Path(tmp) / "tracker.toml"
            config.write_text(f'[tracker]\ndatabase = "{database.as_posix()}"\n')
            settings = load_settings(config)
            times, written = [], None
            for _ in range(args.rounds):
                started = time.perf_counter()
                written = write_report(settings, Path(tmp) / "report.html", date(2015, 1, 1))
                times.append(time.perf_counter() - started)
            print(f"{series} series x {points} points: {written.size / 1024:,.0f} KB, "
                  f"median {median(times):.2f} s to write")  # fmt: skip


if __name__ == "__main__":
    main()
