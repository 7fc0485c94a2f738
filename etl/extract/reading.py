"""An article read whole: its relevance to the province, then its figures (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from etl.extract.catalogue import Catalogue
from etl.extract.explain import Extraction
from etl.extract.figures import explain_figures
from etl.extract.places import Places
from etl.extract.relevance import Relevance, judge

NOTHING = Extraction((), (), ())


def read_article(
    title: str, body: str, published: date | None, lang: str, catalogue: Catalogue,
    places: Places, *, address: str | None = None,
) -> tuple[Relevance, Extraction]:  # fmt: skip
    """The relevance verdict and, for a relevant article, its figures with their reasons. A
    round-up of many places is relevant only when one of its figures is the province's."""
    verdict = judge(title, body, places.entity, catalogue, places.others)
    if not verdict.relevant:
        return verdict, NOTHING
    extraction = explain_figures(body, published, lang, catalogue, places, title=title,
                                 address=address, roundup=verdict.roundup)  # fmt: skip
    if verdict.roundup and not extraction.figures:
        reason = verdict.reason.partition(";")[0]
        return replace(verdict, relevant=False, reason=f"{reason}, none of its figures"), NOTHING
    return verdict, extraction
