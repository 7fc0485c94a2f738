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
    from etl.extract.places import Places
    from etl.extract.relevance import judge
    from etl.models import Entity

    catalogue = load_catalogue(METRICS)
    places = Places.build(Entity("Binh Duong", ("Bình Dương",), ("Thái Bình Dương",)), catalogue)
    articles = texts(args.articles)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for title, body, lang, published in articles:
            if judge(title, body, places.entity, catalogue, places.others).relevant:
                extract_figures(body, published, lang, catalogue, places, title=title)
    print(profiler.output_text(unicode=False, color=False)[:5000])


if __name__ == "__main__":
    main()
