"""The shipped configs: each validates, every source says how sure we are of it, and following
another province changes only its [entity] (issue 13)."""

from __future__ import annotations

import re

import pytest

from etl.config.load import load_settings
from tests.conftest import ROOT

CONFIGS = ROOT / "configs"
CONFIDENCE_RE = re.compile(r"#.*\b(high|medium|low)\b", re.I)


def source_blocks(text: str) -> list[str]:
    """The text of each [[source]] table, up to the next table or the end."""
    return [block for block in re.split(r"^\[", text, flags=re.M) if block.startswith("[source]]")]


@pytest.mark.parametrize(
    "name",
    [
        "default.toml",
        "dong-nai.toml",
        "bac-ninh.toml",
        "long-an.toml",
        "ba-ria-vung-tau.toml",
        "hai-phong.toml",
        "vinh-phuc.toml",
        "tay-ninh.toml",
        "quang-ninh.toml",
        "hai-duong.toml",
        "thai-nguyen.toml",
        "binh-phuoc.toml",
        "da-nang.toml",
        "bac-giang.toml",
        "thanh-hoa.toml",
        "hung-yen.toml",
        "nghe-an.toml",
        "quang-nam.toml",
    ],  # fmt: skip
)
def test_shipped_config_validates_and_every_source_carries_its_evidence(name):
    path = CONFIGS / name
    settings = load_settings(path)
    blocks = source_blocks(path.read_text(encoding="utf-8"))
    assert len(blocks) == len(settings.sources) >= 10
    unsure = [b.splitlines()[1] for b in blocks if not CONFIDENCE_RE.search(b)]
    assert unsure == []
    assert all(s.url.startswith("https://") for s in settings.sources)
    assert {s.kind for s in settings.sources} >= {"rss", "sitemap"}


def test_default_config_lists_the_outlets_of_issue_13():
    sources = {s.name: s for s in load_settings(CONFIGS / "default.toml").sources}
    urls = {s.url for s in sources.values()}
    assert {
        "https://www.sggp.org.vn/sitemap.xml", "https://thanhnien.vn/rss/kinh-te.rss",
        "https://tuoitre.vn/rss/kinh-doanh.rss", "https://cafef.vn/vi-mo-dau-tu.rss",
        "https://e.vnexpress.net/rss/news.rss", "https://baodautu.vn/sitemap.xml",
    } <= urls  # fmt: skip
    assert not [url for url in urls if "news.google" in url]
    bbd = sources["baobinhduong-kinhte"]
    assert not bbd.enabled and bbd.option("page_url").endswith("?page={page}")
    assert bbd.option("link_selector") == ".box-latestnews .items-news .content > h3 > a"
    assert sources["vietnamplus-sitemap"].option("child_pattern")


def test_a_province_is_configuration():
    binh_duong = load_settings(CONFIGS / "default.toml")
    dong_nai = load_settings(CONFIGS / "dong-nai.toml")
    assert binh_duong.metrics_path == dong_nai.metrics_path  # the same catalogue
    assert binh_duong.database != dong_nai.database
    national = {s.url for s in binh_duong.sources if "baobinhduong" not in s.url}
    assert {s.url for s in dong_nai.sources} == national
    for one, other in ((binh_duong.entity, dong_nai.entity), (dong_nai.entity, binh_duong.entity)):
        assert one.places and set(one.names) & set(other.other_places)
        assert not set(one.names) & set(one.other_places)


def test_the_centrally_run_cities_are_cities_hue_among_them():
    """ "the city", "thành phố" in their news are the tracked city itself; Huế has been one
    since 2025-01-01."""
    cities = ("ha-noi", "hai-phong", "da-nang", "can-tho", "ho-chi-minh", "thua-thien-hue")
    assert all(load_settings(CONFIGS / f"{name}.toml").entity.city for name in cities)
    assert not load_settings(CONFIGS / "default.toml").entity.city
