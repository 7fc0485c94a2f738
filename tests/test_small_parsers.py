"""URLs, dates and relevance: small pure functions with tables of cases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from etl.config import load_catalogue
from etl.dates import parse_iso, parse_visible_date
from etl.extract.relevance import judge
from etl.urls import article_id, canonical_url
from tests.conftest import METRICS, extraction_places

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://x.vn/a.html?utm_source=fb&fbclid=1#top", "http://www.x.vn/a.html"),
        ("https://x.vn/a/", "https://x.vn/a"),
        ("HTTPS://X.VN:443/a?zarsrc=30", "https://x.vn/a"),
    ],
)
def test_same_story_same_id(a, b):
    assert article_id(a) == article_id(b)


def test_different_stories_differ():
    assert article_id("https://x.vn/a?id=1") != article_id("https://x.vn/a?id=2")
    assert canonical_url("a.html?id=2&utm_medium=x", base="https://x.vn/b/") == (
        "https://x.vn/b/a.html?id=2"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 21, 2021 - 14:30", datetime(2021, 5, 21, 14, 30, tzinfo=TZ)),
        ("Thứ Sáu, 21/05/2021 - 14:30", datetime(2021, 5, 21, 14, 30, tzinfo=TZ)),
        ("Ngày đăng: 21/05/2021", datetime(2021, 5, 21, tzinfo=TZ)),
        ("Thứ hai, 12/2/2026, 10:00 (GMT+7)",
         datetime(2026, 2, 12, 10, 0, tzinfo=timezone(timedelta(hours=7)))),
        ("10/5/2026 3:42:00 PM", datetime(2026, 10, 5, 15, 42, tzinfo=TZ)),
        ("Thứ tư, ngày 09/09/2020", datetime(2020, 9, 9, tzinfo=TZ)),
        ("June 10, 2019 | 01:26 pm GMT+7",
         datetime(2019, 6, 10, 13, 26, tzinfo=timezone(timedelta(hours=7)))),
        ("Posted 3 June 2024", datetime(2024, 6, 3, tzinfo=TZ)),
        ("no date here", None),
        ("31/02/2021", None),
    ],
)  # fmt: skip
def test_visible_dates_day_first_in_site_zone(text, expected):
    assert parse_visible_date(text, TZ) == expected


def test_iso_dates_keep_their_offset_or_take_the_site_zone():
    assert parse_iso("2021-05-21T14:30:00+07:00", TZ).utcoffset() == timedelta(hours=7)
    assert parse_iso("2021-05-21T07:30:00Z", TZ) == datetime(2021, 5, 21, 14, 30, tzinfo=TZ)
    assert parse_iso("2021-05-21", TZ) == datetime(2021, 5, 21, tzinfo=TZ)


PLACES = extraction_places()


@pytest.mark.parametrize(
    ("title", "body", "relevant"),
    [
        ("Binh Duong draws $1 billion of FDI", "Foreign investment rose.", True),
        ("BÌNH DƯƠNG thu hút vốn FDI", "Vốn đầu tư tăng.", True),
        ("Bình Dương thu hút vốn FDI", "", True),
        ("Bão trên Thái Bình Dương", "Bão trên Thái Bình Dương, châu Á - Thái Bình Dương.", False),
        ("Phường Bình Dương họp dân", "Phường Bình Dương, TP.HCM tổ chức họp về đầu tư.", False),
        ("Traffic accident", "A car hit a vendor in Binh Duong. Binh Duong police came.", False),
        ("Vietnam FDI", "Hanoi leads, followed by Binh Duong in investment.", False),
        ("Former Binh Duong industry", "Its exports rose.", True),
        ("Industry news", "Binh Duong's exports rose. Binh Duong's imports fell.", True),
        (
            "Thu ngân sách 6 tháng đạt 25.000 tỷ đồng",
            "Theo Sở Tài chính Bình Dương, thu ngân sách 6 tháng ước đạt 25.000 tỷ đồng. Thu nội "
            "địa đạt 18.000 tỷ đồng.",
            True,
        ),
        (
            "Thu ngân sách 6 tháng đạt 25.000 tỷ đồng",
            "Theo Sở Tài chính Đồng Nai, thu ngân sách 6 tháng ước đạt 25.000 tỷ đồng, cao hơn "
            "Bình Dương.",
            False,
        ),
        (
            "Seven localities export over $10 billion",
            "HCM City led with $20 billion, Bac Ninh $17 billion, Binh Duong $14.8 billion, Thai "
            "Nguyen $12.9 billion, Hai Phong $11.5 billion and Dong Nai $10.4 billion. HCM City "
            "and Binh Duong fell most.",
            True,  # a round-up: relevant, for the figures it names the province for
        ),
    ],
)
def test_relevance(title, body, relevant):
    assert (
        judge(title, body, PLACES.entity, load_catalogue(METRICS), PLACES.others).relevant
        is relevant
    )


def test_a_river_named_like_the_province_is_no_mention_of_it():
    from etl.config import load_settings
    from etl.extract.places import Places
    from tests.conftest import ROOT

    settings = load_settings(ROOT / "configs" / "dong-nai.toml")
    places = Places.build(settings.entity, settings.catalogue)
    body = (
        "Factories dump waste into the Dong Nai every day, and investment in treatment lags. "
        "Scientists say the Dong Nai is dying."
    )
    verdict = judge("A river in trouble", body, places.entity, settings.catalogue, places.others)
    assert verdict.relevant is False
    body = "The Dong Nai People's Committee said investment in Dong Nai rose 5%."
    assert judge("FDI", body, places.entity, settings.catalogue, places.others).relevant is True
