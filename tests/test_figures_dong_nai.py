"""A province is configuration: our own articles about Đồng Nai, read with
`configs/dong-nai.toml`, give the figures labelled for them (the same rules, another entity:
its places, its river and its neighbours, Binh Duong among them)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from etl.config import load_settings
from etl.extract.figures import extract_figures
from etl.extract.places import Places
from etl.extract.relevance import judge
from tests.conftest import FIXTURES, ROOT
from tests.test_figures import _unless_unknown, key

ARTICLES = FIXTURES / "articles-dong-nai"
SETTINGS = load_settings(ROOT / "configs" / "dong-nai.toml")
PLACES = Places.build(SETTINGS.entity, SETTINGS.catalogue)
CATALOGUE = SETTINGS.catalogue


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_dong_nai_article(name):
    title, _, body = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    title, body = title.strip(), body.strip()
    expected = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(expected["published"]) if expected["published"] else None
    verdict = judge(title, body, PLACES.entity, CATALOGUE, PLACES.others)
    assert verdict.relevant is expected["relevant"]
    if not expected["relevant"]:
        return
    figures = extract_figures(body, published, expected["lang"], CATALOGUE, PLACES, title=title)
    unknown = {key(g["metric"], g["partner"], g["value"], None) for g in expected["figures"]
               if g["period_end"] is None}  # fmt: skip
    got = {_unless_unknown(key(f.metric, f.partner, f.value, f.period_end), unknown)
           for f in figures}  # fmt: skip
    want = {
        key(g["metric"], g["partner"], g["value"], g["period_end"]) for g in expected["figures"]
    }
    assert sorted(got, key=str) == sorted(want, key=str)


def test_the_fixture_set_is_there():
    assert len(list(ARTICLES.glob("*.txt"))) >= 20
