"""CPU per page of each step of reading a page (HTML → Article), on generated large and small pages.

Usage: python -m bench.parse_steps [--pages 90] [--rounds 5] [--sizes large small]

Each step is a function of `etl/parse` (or lxml's parser) timed with the thread's CPU clock
around each call; a step's time includes the steps it calls (`published` holds `_visible_date`).
A round reads every page once; the figure shown is the median over rounds of the mean per page.
"""

from __future__ import annotations

import argparse
import importlib
import random
import time
from collections import defaultdict
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bench.common import machine, median
from bench.sitegen import page

BASE = "http://news.test"
# (module, function) pairs timed; a step missing from the code is left out of the table.
STEPS = (
    ("lxml.html", "fromstring"),
    ("etl.parse.metadata", "json_ld"),
    ("etl.parse.metadata", "metas"),
    ("etl.parse.metadata", "title"),
    ("etl.parse.metadata", "canonical"),
    ("etl.parse.metadata", "published"),
    ("etl.parse.boxes", "outside_furniture"),
    ("etl.parse.metadata", "_visible_date"),
    ("etl.parse.containers", "find_container"),
    ("etl.parse.boxes", "strip_furniture"),
    ("etl.parse.boxes", "drop_boxes"),
    ("etl.parse.containers", "densest"),
    ("etl.parse.text", "paragraphs"),
    ("etl.parse.text", "story_lines"),
    ("etl.parse.article", "detect_language"),
    ("etl.parse.article", "content_hash"),
    ("etl.parse.article", "parse_article"),
)
SPENT: dict[str, float] = defaultdict(float)  # CPU seconds per step in the current round
PARSE_MODULES = ("etl.parse.article", "etl.parse.metadata", "etl.parse.boxes",
                 "etl.parse.containers", "etl.parse.text")  # fmt: skip


def instrument(spent: dict[str, float]) -> None:
    """Wrap every step, wherever `etl/parse` refers to it, to add its CPU time to `spent`."""
    modules = [importlib.import_module(name) for name in PARSE_MODULES]
    for module_name, name in STEPS:
        original = getattr(importlib.import_module(module_name), name, None)
        if original is None:
            continue
        timed = _timed(original, name, spent)
        for module in (importlib.import_module(module_name), *modules):
            if getattr(module, name, None) is original:
                setattr(module, name, timed)


def _timed(function: Callable, name: str, spent: dict[str, float]) -> Callable:
    def timed(*args, **kwargs):
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.thread_time() - started

    return timed


def pages(size: str, count: int) -> list[tuple[str, str]]:
    """(url, html) of `count` generated pages, the three templates in turn."""
    rng = random.Random(7)
    out = []
    for number in range(count):
        path, html, _ = page(number, BASE, rng, size)
        out.append((BASE + path, html))
    return out


def measure(size: str, count: int, rounds: int) -> dict[str, float]:
    """Median over rounds of the mean ms per page of each step."""
    from etl.parse.article import parse_article

    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    site = pages(size, count)
    per_round: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        SPENT.clear()
        for url, html in site:
            parse_article(html, url, tz)
        for name, seconds in SPENT.items():
            per_round[name].append(seconds * 1000 / count)
    return {name: median(values) for name, values in per_round.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=90)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", nargs="+", default=["large", "small"])
    args = parser.parse_args()
    instrument(SPENT)
    print(f"machine: {machine()}")
    for size in args.sizes:
        result = measure(size, args.pages, args.rounds)
        print(f"\n{size} pages ({args.pages} pages, {args.rounds} rounds): CPU ms per page, median")
        for _, name in STEPS:
            if name in result:
                print(f"  {name:<20} {result[name]:7.3f}")


if __name__ == "__main__":
    main()
