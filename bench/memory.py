"""Peak RSS of a backfill as the article count grows (it should stay flat: stream, don't hoard).

Usage: python -m bench.memory [--sizes 500 1000 2000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.backfill import tracker
from bench.common import machine, served
from bench.sitegen import write_site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    args = parser.parse_args()
    results = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            site, work = Path(tmp) / "site", Path(tmp) / "work"
            site.mkdir()
            work.mkdir()
            write_site(site, size)
            with served(site) as base:
                speed, peak = tracker(base, size, work)
        results.append((size, peak, speed))
    print(f"machine: {machine()}")
    for size, peak, speed in results:
        print(f"{size:>6} articles: peak RSS {peak} MB ({speed:.0f} articles/s)")


if __name__ == "__main__":
    main()
