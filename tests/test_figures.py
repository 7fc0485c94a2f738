"""Figures out of our own fixture articles, one per group of phenomena (numbers, periods,
attribution, classification), compared with hand-written expectations."""

from __future__ import annotations

import json
from datetime import date

import pytest

from etl.config import load_catalogue
from etl.extract.figures import extract_figures
from etl.extract.reading import read_article
from tests.conftest import FIXTURES, METRICS, extraction_places

ARTICLES = FIXTURES / "articles"
CATALOGUE = load_catalogue(METRICS)
PLACES = extraction_places()


def load(name: str, articles=ARTICLES):
    title, _, body = (articles / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    expected = json.loads((articles / f"{name}.json").read_text(encoding="utf-8"))
    return title.strip(), body.strip(), expected


def key(metric, partner, value, period_end):
    return (metric, partner, round(float(value), 6), str(period_end) if period_end else None)


def _unless_unknown(found: tuple, unknown: set) -> tuple:
    """A label whose date is unknown (null: an undated page's "so far") leaves the date open, as
    the scorer does."""
    undated = (*found[:3], None)
    return undated if undated in unknown else found


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_fixture_article(name):
    assert_reads_as_labelled(*load(name), CATALOGUE, PLACES)


def assert_reads_as_labelled(title, body, expected, catalogue, places) -> None:
    """The article is judged relevant or not as labelled, and gives exactly its labelled
    figures (metric, partner, value, period end; qualifier and period start where labelled)."""
    published = date.fromisoformat(expected["published"]) if expected["published"] else None
    verdict, extraction = read_article(title, body, published, expected["lang"], catalogue, places)
    assert verdict.relevant is expected["relevant"], verdict.reason
    if not expected["relevant"]:
        return
    figures = extraction.figures
    unknown = {key(g["metric"], g["partner"], g["value"], None) for g in expected["figures"]
               if g["period_end"] is None}  # fmt: skip
    got = {_unless_unknown(key(f.metric, f.partner, f.value, f.period_end), unknown): f
           for f in figures}  # fmt: skip
    want = {
        key(g["metric"], g["partner"], g["value"], g["period_end"]): g for g in expected["figures"]
    }
    # known errors, kept in sight: labelled figures not read yet, and what is read in their place
    missed = {key(g["metric"], g["partner"], g["value"], g["period_end"])
              for g in expected.get("missed", [])}  # fmt: skip
    misread = {key(g["metric"], g["partner"], g["value"], g["period_end"])
               for g in expected.get("misread", [])}  # fmt: skip
    assert missed <= set(want) and not misread & set(want)
    assert sorted(got, key=str) == sorted((set(want) - missed) | misread, key=str)
    want = {k: g for k, g in want.items() if k not in missed}
    for k, gold in want.items():
        if gold.get("qualifier"):  # None: the label leaves the qualifier open
            assert got[k].qualifier == gold["qualifier"], k
        if "period_start" in gold:
            assert str(got[k].period_start) == gold["period_start"], k


def test_every_figure_points_at_its_own_words():
    title, body, expected = load("vi-numbers")
    text = f"{title}\n\n{body}"
    for figure in extract_figures(body, date(2024, 7, 5), "vi", CATALOGUE, PLACES, title=title):
        assert text[figure.char_start : figure.char_end] == figure.text
        assert figure.text in figure.sentence
        assert figure.sentence in text
