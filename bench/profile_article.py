"""Profile the per-article work (fetch, parse, relevance, extraction) single-threaded.

Usage: python -m bench.profile_article [--articles 300]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import config, served
from bench.sitegen import write_site


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    from pyinstrument import Profiler

    import etl
    from etl.models import Link
    from etl.pipeline.fetching import open_fetcher

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        paths = write_site(site, args.articles)
        with served(site) as base:
            tracker = etl.open_tracker(config(Path(tmp), ""))
            reader = tracker.reader()
            fetcher = open_fetcher(tracker.settings, also_trusted=[base])
            profiler = Profiler(interval=0.001)
            started = time.perf_counter()
            with profiler:
                for path in paths:
                    reader.fetch_and_read(fetcher, Link(base + path, "bench"), None)
            rate = len(paths) / (time.perf_counter() - started)
    print(f"{rate:.1f} articles/s single-threaded (fetch + parse + relevance + extraction)")
    print(profiler.output_text(unicode=False, color=False)[:7000])


if __name__ == "__main__":
    main()
