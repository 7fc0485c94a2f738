"""Extraction throughput: relevance + figure extraction alone on article texts, one core.

Usage: python -m bench.extraction [--articles 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from bench.common import METRICS, machine, median
from bench.sitegen import PARAGRAPHS_EN, PARAGRAPHS_VI, _fill


def texts(count: int, seed: int = 11) -> list[tuple[str, str, str, date]]:
    """(title, body, lang, published) of `count` articles of 6-14 paragraphs."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        vi = number % 3 == 2
        paragraphs = PARAGRAPHS_VI if vi else PARAGRAPHS_EN
        published = date(2019, 1, 1).fromordinal(date(2019, 1, 1).toordinal() + number % 1800)
        body = "\n\n".join(_fill(rng.choice(paragraphs), rng, published.year)
                           for _ in range(rng.randint(6, 14)))  # fmt: skip
        title = "Bình Dương thu hút vốn FDI" if vi else "Binh Duong draws FDI"
        out.append((title, body, "vi" if vi else "en", published))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from etl.config import load_catalogue
    from etl.extract.figures import extract_figures
    from etl.extract.places import Places
    from etl.extract.relevance import judge
    from etl.models import Entity

    catalogue = load_catalogue(METRICS)
    places = Places.build(Entity("Binh Duong", ("Bình Dương",), ("Thái Bình Dương",)), catalogue)
    articles = texts(args.articles)
    chars = sum(len(b) for _, b, _, _ in articles) / len(articles)
    rates, cpu_rates, figures = [], [], 0
    for _ in range(args.rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        figures = 0
        for title, body, lang, published in articles:
            if judge(title, body, places.entity, catalogue, places.others).relevant:
                figures += len(
                    extract_figures(body, published, lang, catalogue, places, title=title)
                )
        rates.append(len(articles) / (time.perf_counter() - started))
        cpu_rates.append(len(articles) / (time.process_time() - cpu_started))
    print(f"machine: {machine()}")
    print(f"articles: {args.articles} (mean {chars:.0f} characters), figures per round: {figures}")
    print(
        f"extraction: median {median(rates):.0f} articles/s on one core {[round(r) for r in rates]}"
    )
    # CPU time: what others' work on a shared machine disturbs least
    print(f"cpu: median {median(cpu_rates):.0f} articles per CPU-second "
          f"{[round(r) for r in cpu_rates]}")  # fmt: skip


if __name__ == "__main__":
    main()
