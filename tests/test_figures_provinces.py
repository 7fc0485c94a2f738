"""A province is configuration, again: our own articles about eleven more provinces (Bắc Ninh,
Long An, Bà Rịa - Vũng Tàu, Hải Phòng, Vĩnh Phúc, Tây Ninh, Bắc Giang, Thanh Hóa, Hưng Yên,
Nghệ An, Quảng Nam), each read with its own
`configs/<province>.toml`, give the figures labelled for them, and the neighbours' do not."""

from __future__ import annotations

from functools import cache

import pytest

from etl.config import load_settings
from etl.extract.places import Places
from tests.conftest import FIXTURES, ROOT
from tests.test_figures import assert_reads_as_labelled, load

ARTICLES = FIXTURES / "articles-provinces"
CASES = sorted((p.parent.name, p.stem) for p in ARTICLES.glob("*/*.txt"))


@cache
def vocabulary(province: str) -> tuple:
    """The catalogue and the places of one province's shipped configuration."""
    settings = load_settings(ROOT / "configs" / f"{province}.toml")
    return settings.catalogue, Places.build(settings.entity, settings.catalogue)


@pytest.mark.parametrize(("province", "name"), CASES)
def test_province_article(province, name):
    catalogue, places = vocabulary(province)
    assert_reads_as_labelled(*load(name, ARTICLES / province), catalogue, places)


def test_every_shipped_province_has_articles():
    assert {province for province, _ in CASES} == {
        "bac-ninh", "long-an", "ba-ria-vung-tau", "hai-phong", "vinh-phuc", "tay-ninh",
        "bac-giang", "thanh-hoa", "hung-yen", "nghe-an", "quang-nam",
    }  # fmt: skip
