"""Backfill throughput and memory against a generated loopback site, beside a ceiling measured in
the same run: the same pages fetched with one requests.Session and parsed with BeautifulSoup+lxml
(the plain fetch + parse loop). Small pages (about 5 KB) and large ones (about 110 KB).

Usage: python -m bench.backfill [--sizes small large] [--articles 2000] [--rounds 3]
                                [--before DIR]
--before DIR also times the tracker of another checkout (say `git worktree add DIR main`) in the
same rounds, for a before -> after on one machine load.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, config, machine, median, run_cli, served
from bench.sitegen import PADDING, write_site


def ceiling(base: str, paths: list[str]) -> float:
    """Articles per second for fetch + BeautifulSoup(lxml) parse, nothing else."""
    import requests
    from bs4 import BeautifulSoup

    session = requests.Session()
    started = time.perf_counter()
    for path in paths:
        html = session.get(base + path, timeout=30).text
        BeautifulSoup(html, "lxml")
    return len(paths) / (time.perf_counter() - started)


def tracker(base: str, count: int, workdir: Path, root: Path = ROOT) -> tuple[float, int, str]:
    """(articles per second, peak RSS MB, output) of `run.py backfill` into a fresh database,
    run from the checkout at `root`."""
    for leftover in workdir.glob("bench.duckdb*"):
        leftover.unlink()
    source = f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
    cfg = config(workdir, source)
    args = ("--config", str(cfg), "backfill", "--since", "2015-01-01")
    if root != ROOT:  # the other checkout measures RSS with this one's bench/rss.py
        shutil.copy(ROOT / "bench" / "rss.py", root / "bench" / "rss.py")
    wall, peak, out = run_cli(*args, measure_rss=True, root=root)
    assert f"{count} new articles" in out, out
    return count / wall, peak, out


def measure(size: str, articles: int, rounds: int, before: Path | None = None) -> None:
    """Print the ceiling, the tracker and their ratio on a site of `articles` pages of `size`
    (and the tracker of the checkout `before`, if given, in the same rounds)."""
    with tempfile.TemporaryDirectory() as tmp:
        site, work = Path(tmp) / "site", Path(tmp) / "work"
        site.mkdir()
        work.mkdir()
        paths = write_site(site, articles, size=size)
        kb = sum(f.stat().st_size for f in site.glob("*/*/*.html")) / len(paths) / 1024
        with served(site) as base:
            ceilings, speeds, peaks, befores = [], [], [], []
            for _ in range(rounds):  # interleaved, so all see the same machine load
                ceilings.append(ceiling(base, paths))
                speed, peak, _ = tracker(base, articles, work)
                speeds.append(speed)
                peaks.append(peak)
                if before is not None:
                    befores.append(tracker(base, articles, work, before)[0])
    ratios = [s / c for s, c in zip(speeds, ceilings, strict=True)]
    print(f"\n{size} pages (mean {kb:.1f} KB), articles: {articles}, rounds: {rounds}")
    print(f"ceiling (requests + bs4/lxml): median {median(ceilings):.1f} articles/s "
          f"{[round(c, 1) for c in ceilings]}")  # fmt: skip
    print(f"tracker backfill end to end:   median {median(speeds):.1f} articles/s "
          f"{[round(s, 1) for s in speeds]}")  # fmt: skip
    print(f"ratio tracker/ceiling: median {median(ratios):.2f} {[round(r, 2) for r in ratios]}")
    print(f"tracker peak RSS: median {median(peaks):.0f} MB {peaks}")
    if befores:
        old = [b / c for b, c in zip(befores, ceilings, strict=True)]
        print(f"before ({before}): median {median(befores):.1f} articles/s "
              f"{[round(b, 1) for b in befores]}, ratio {median(old):.2f} "
              f"{[round(r, 2) for r in old]}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", choices=sorted(PADDING), default=["small", "large"])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another checkout, timed in the same rounds")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    for size in args.sizes:
        measure(size, args.articles, args.rounds, args.before)


if __name__ == "__main__":
    main()
