"""A province is configuration: our own articles about Đồng Nai, read with
`configs/dong-nai.toml`, give the figures labelled for them (the same rules, another entity:
its places, its river and its neighbours, Binh Duong among them)."""

from __future__ import annotations

import pytest

from etl.config import load_settings
from etl.extract.places import Places
from tests.conftest import FIXTURES, ROOT
from tests.test_figures import assert_reads_as_labelled, load

ARTICLES = FIXTURES / "articles-dong-nai"
SETTINGS = load_settings(ROOT / "configs" / "dong-nai.toml")
PLACES = Places.build(SETTINGS.entity, SETTINGS.catalogue)
CATALOGUE = SETTINGS.catalogue


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_dong_nai_article(name):
    assert_reads_as_labelled(*load(name, ARTICLES), CATALOGUE, PLACES)


def test_the_fixture_set_is_there():
    assert len(list(ARTICLES.glob("*.txt"))) >= 20
