"""`demo`: serve the bundled sample site on loopback, backfill it into a fresh database, show it."""

from __future__ import annotations

import tempfile
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from etl.commands.common import Output
from etl.commands.sitesrv import SiteServer
from etl.config import PACKAGE_ROOT, load_settings

DEMO_SITE = Path(__file__).resolve().parent / "demo_site"
DEFAULT_DB = Path("data/demo.duckdb")
CONFIG = """
[tracker]
database = "{database}"
min_delay = "0s"
metrics = "{metrics}"

[entity]
name = "Binh Duong"
aliases = ["Bình Dương", "former Binh Duong"]
exclude = ["Thái Bình Dương"]

[[source]]
name = "demo-rss"
kind = "rss"
url = "{base}/rss.xml"

[[source]]
name = "demo-sitemap"
kind = "sitemap"
url = "{base}/sitemap.xml"
"""
ARTICLES_SQL = """
SELECT strftime(published_at + INTERVAL 7 HOUR, '%Y-%m-%d') AS published, source, lang,
       relevant, title
FROM articles ORDER BY published_at
"""
FIGURES_SQL = """
SELECT metric, partner, value, unit, qualifier, period_end, text
FROM figures ORDER BY period_end, metric
"""


def run_demo(out: Callable[[str], None], db_path: str | None = None, *, keep_serving=False) -> int:
    """Run the demo, telling the user what happens through `out`; returns an exit code."""
    from datetime import date

    from db.readonly import run_readonly
    from etl.commands.output import table
    from etl.pipeline.tracker import Tracker

    database = Path(db_path or DEFAULT_DB).resolve()
    for leftover in (database, database.with_name(database.name + ".wal")):
        leftover.unlink(missing_ok=True)
    with SiteServer(DEMO_SITE) as site, tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "demo.toml"
        metrics = (PACKAGE_ROOT / "configs" / "metrics.toml").as_posix()
        config.write_text(CONFIG.format(database=database.as_posix(), base=site.base,
                                         metrics=metrics), encoding="utf-8")  # fmt: skip
        settings = load_settings(config)
        out(f"Serving the sample news site at {site.base} (loopback only)")
        out("Backfilling its feed and sitemaps since 2015 ...\n")
        with Tracker(settings) as tracker:
            report = tracker.backfill(date(2015, 1, 1))
        for title, sql in (("Articles", ARTICLES_SQL), ("Figures", FIGURES_SQL)):
            result = run_readonly(database, sql)
            out(f"{title} ({len(result.rows)})\n{table(result.columns, result.rows)}\n")
        out(f"Stored in {database}. Try:\n"
              f"  python run.py --db {database} report --since 2015-01-01  (open report.html)\n"
              f"  python run.py --db {database} query \"select * from latest_figures\"\n"
              f"  python run.py extract {DEMO_SITE / 'news' / 'q1-2021.html'}")  # fmt: skip
        if keep_serving:
            out(f"\nThe sample site stays up at {site.base}; Ctrl-C to stop.")
            _wait_forever()
    return 0 if report.status == "ok" else 1


def _wait_forever() -> None:
    import time

    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


def cmd_demo(args: Namespace, out: Output) -> int:
    """The `demo` command."""
    return run_demo(out, args.db, keep_serving=args.keep_serving)
