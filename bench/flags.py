"""Flags at scale: 1,000,000 figures stored, 100 new; time the flag step and latest_figures.

Usage: python -m bench.flags [--figures 1000000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import machine, median

SERIES_METRICS = 24
PARTNERS = ["NULL", "'Japan'", "'South Korea'", "'Singapore'", "'Taiwan'", "'US'", "'China'",
            "'Denmark'", "'Netherlands'", "'Hong Kong'", "'Germany'"]  # fmt: skip


def build(path: Path, figures: int) -> None:
    """A database holding `figures` figures of 100,000 articles, flagged and snapshotted."""
    import db

    conn = db.connect(path)
    db.migrate(conn)
    articles = max(1, figures // 10)
    partners = f"[{', '.join(PARTNERS)}]"
    conn.execute(f"""
        INSERT INTO runs (run_id, mode, started_at, finished_at, status)
        VALUES (nextval('runs_seq'), 'backfill', now(), now(), 'ok');
        INSERT INTO articles (article_id, url, canonical_url, source, title, published_at, lang,
                              relevant, body, content_hash, first_seen_at, last_fetched_at)
        SELECT 'a' || i, 'https://news.test/' || i, 'https://news.test/' || i, 's' || (i % 20),
               't', TIMESTAMP '2015-01-01' + INTERVAL (i % 3650) DAY, 'en', true, '', 'h' || i,
               now(), now()
        FROM range({articles}) t(i);
        INSERT INTO figures (figure_id, article_id, metric, partner, value, unit, qualifier, kind,
                             period_start, period_end, text, sentence, extracted_at, content_hash,
                             run_id)
        SELECT 'f' || i, 'a' || (i % {articles}), 'metric_' || (i % {SERIES_METRICS}),
               ({partners})[1 + (i // {SERIES_METRICS}) % {len(PARTNERS)}],
               1e9 + (i % 977) * 1e6, 'USD', 'exact', 'stock', NULL,
               DATE '2015-01-31' + INTERVAL (30 * ((i // 264) % 120)) DAY, 't', 's', now(),
               'h' || (i % {articles}), 1
        FROM range({figures}) t(i);
    """)  # fmt: skip
    from db import store
    from etl.flag.step import flag_changes

    with db.transaction(conn):  # every figure queued, then flagged once: points and history
        conn.execute("INSERT INTO flag_queue SELECT figure_id, run_id FROM figures")
        flag_changes(conn, 1, datetime.now(UTC), 0.01)
    assert store.queued_figures(conn) == 0
    conn.close()


def add_new(path: Path, round_no: int) -> int:
    """100 new figures in a new, unflagged run; returns its run_id."""
    import db

    conn = db.connect(path)
    run_id = conn.execute(
        "INSERT INTO runs (run_id, mode, started_at, status) "
        "VALUES (nextval('runs_seq'), 'once', now(), 'running') RETURNING run_id"
    ).fetchone()[0]
    conn.execute(f"""
        INSERT INTO figures (figure_id, article_id, metric, partner, value, unit, qualifier, kind,
                             period_start, period_end, text, sentence, extracted_at, content_hash,
                             run_id)
        SELECT 'n{round_no}-' || i, 'a' || i, 'metric_' || (i % {SERIES_METRICS}), NULL,
               2e9 + i * 1e6, 'USD', 'exact', 'stock', NULL,
               DATE '2025-06-30' + INTERVAL ({round_no} * 31) DAY, 't', 's', now(), 'h' || i,
               {run_id}
        FROM range(100) t(i);
        INSERT INTO flag_queue SELECT figure_id, run_id FROM figures WHERE run_id = {run_id};
    """)  # fmt: skip
    conn.close()
    return run_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    import db
    from etl.flag.step import flag_changes

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "flags.duckdb"
        started = time.perf_counter()
        build(path, args.figures)
        built = time.perf_counter() - started
        flag_times, latest_times, changes = [], [], []
        for round_no in range(1, args.rounds + 1):
            run_id = add_new(path, round_no)
            conn = db.connect(path)
            started = time.perf_counter()
            with db.transaction(conn):
                changes.append(flag_changes(conn, run_id, datetime.now(UTC), 0.01))
            flag_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            rows = conn.execute("SELECT * FROM latest_figures").fetchall()
            latest_times.append(time.perf_counter() - started)
            conn.close()
    print(f"machine: {machine()}")
    print(f"figures stored: {args.figures:,} (built in {built:.1f} s); 100 new per round")
    print(f"flag step: median {median(flag_times) * 1000:.0f} ms "
          f"{[round(t * 1000) for t in flag_times]} ms; changes per round {changes}")  # fmt: skip
    latest_ms = [round(t * 1000) for t in latest_times]
    print(f"select * from latest_figures ({len(rows)} rows): median "
          f"{median(latest_times) * 1000:.0f} ms {latest_ms} ms")  # fmt: skip


if __name__ == "__main__":
    main()
