"""Peak RSS of a backfill as the article count grows (it should stay flat: stream, don't hoard).
The tracker's own peak, and its largest worker process's (the readers on the other cores).

Usage: python -m bench.memory [--sizes 2000 10000] [--pages large]
"""

from __future__ import annotations

import argparse
import re

from bench.backfill import tracker
from bench.common import generated_site, machine
from bench.sitegen import PADDING


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--pages", choices=sorted(PADDING), default="large")
    args = parser.parse_args()
    results = []
    for size in args.sizes:
        with generated_site(size, args.pages) as (base, work):
            speed, peak, out = tracker(base, size, work)
        child = re.search(r"PEAK_CHILD_RSS_MB=(\d+)", out)
        results.append((size, peak, int(child.group(1)) if child else 0, speed))
    print(f"machine: {machine()}")
    print(f"{args.pages} pages")
    for size, peak, child, speed in results:
        print(f"{size:>6} articles: peak RSS {peak} MB, largest worker {child} MB "
              f"({speed:.0f} articles/s)")  # fmt: skip
    (small, first, *_), (large, last, *_) = results[0], results[-1]
    print(f"peak RSS growth {small} -> {large} articles: {100 * (last - first) / first:+.1f} %")


if __name__ == "__main__":
    main()
