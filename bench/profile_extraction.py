"""Profile the extraction engine alone (relevance + figures) on generated article texts.

Usage: python -m bench.profile_extraction [--articles 600]
"""

from __future__ import annotations

import argparse

from bench.common import METRICS
from bench.extraction import texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    from pyinstrument import Profiler

    from etl.config import load_catalogue
    from etl.extract.figures import extract_figures
    from etl.extract.relevance import EntityMatcher, judge
    from etl.models import Entity

    catalogue = load_catalogue(METRICS)
    matcher = EntityMatcher.from_entity(Entity("Binh Duong", ("Bình Dương",), ("Thái Bình Dương",)))
    articles = texts(args.articles)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for title, body, lang, published in articles:
            if judge(title, body, matcher).relevant:
                extract_figures(body, published, lang, catalogue, matcher, title=title)
    print(profiler.output_text(unicode=False, color=False)[:5000])


if __name__ == "__main__":
    main()
