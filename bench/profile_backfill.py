"""Profile one backfill of a generated site in-process with pyinstrument; prints the top lines.

Usage: python -m bench.profile_backfill [--articles 500]
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.common import config, served
from bench.sitegen import write_site


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    from pyinstrument import Profiler

    from etl.config import load_settings
    from etl.models import Window
    from etl.pipeline import run

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        write_site(site, args.articles)
        with served(site) as base:
            source = f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
            settings = load_settings(config(Path(tmp), source))
            profiler = Profiler(interval=0.002)
            with profiler:
                report = run(settings, mode="backfill", sources=settings.sources,
                             window=Window(datetime(2015, 1, 1, tzinfo=UTC), None))  # fmt: skip
            print(report)
            print(profiler.output_text(unicode=False, color=False, show_all=False)[:6000])


if __name__ == "__main__":
    main()
