"""Feeds, sitemaps and listing pages into links (pure: bytes in, links out)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from etl.discover.feeds import links_from_feed
from etl.discover.listings import parse_listing
from etl.discover.sitemaps import parse_sitemap, sitemap_may_hold
from etl.models import Window
from tests.conftest import SITE

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BASE = "http://news.test"


def read(path: str) -> bytes:
    return (SITE / path).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_rss_links_are_canonical_with_dates_and_unescaped_titles():
    links = links_from_feed(read("rss.xml"), BASE + "/rss.xml", "s", TZ)
    assert [link.url for link in links][:4] == [
        BASE + "/vi/xuat-khau-quy-1-2024.html",
        BASE + "/en/grdp-h1-2023.html",
        BASE + "/en/football-binh-duong.html",
        BASE + "/en/fdi-2022.html",
    ]
    assert links[0].published == datetime(2024, 3, 28, 3, 20, tzinfo=UTC)
    assert links[1].title == "Binh Duong's GRDP grows 4.92 per cent in first half"
    # "12/28/2022 7:00:00 AM": a US-style date feedparser cannot read
    assert links[4].published == datetime(2022, 12, 28, 7, 0, tzinfo=TZ)


def test_malformed_feed_gives_what_can_be_read():
    broken = read("rss.xml").replace(b"</channel>", b"<item><title>x</title><link>").rstrip()
    links = links_from_feed(broken[:-30], BASE, "s", TZ)
    assert len(links) >= 5


def test_sitemap_index_and_news_sitemap():
    index = parse_sitemap(read("sitemap.xml"), BASE, "s", TZ)
    assert len(index.children) == 6 and not index.links
    assert index.children[0] == (
        BASE + "/sitemaps/news-2024-03.xml",
        datetime(2024, 3, 31, 23, 0, tzinfo=ZoneInfo("Etc/GMT-7")),
    )
    news = parse_sitemap(read("sitemaps/news-2022-12.xml"), BASE, "s", TZ)
    assert [
        (link.url.rsplit("/", 1)[1], link.published.date().isoformat()) for link in news.links
    ] == [
        ("fdi-2022.html", "2022-12-30"),
        ("bao-thai-binh-duong.html", "2022-12-28"),
    ]
    assert news.links[0].title == "Binh Duong draws US$3.14 billion of FDI"


def test_broken_sitemap_is_recovered():
    broken = read("sitemaps/news-2023-07.xml").replace(b"</urlset>", b"<url><loc>")
    assert len(parse_sitemap(broken, BASE, "s", TZ).links) == 2


def test_child_sitemaps_outside_the_window_are_skipped():
    window = Window(datetime(2021, 1, 1, tzinfo=UTC), datetime(2022, 1, 1, tzinfo=UTC))
    assert sitemap_may_hold(BASE + "/news-2021-05.xml", None, window)
    assert not sitemap_may_hold(BASE + "/news-2020-11.xml", None, window)
    assert not sitemap_may_hold(BASE + "/news-2022-02.xml", None, window)
    # a neighbouring month is kept: its dates may be local while the window is in UTC
    assert sitemap_may_hold(BASE + "/news-2020-12.xml", None, window)
    assert not sitemap_may_hold(BASE + "/sitemap-a.xml", datetime(2020, 6, 1, tzinfo=UTC), window)
    assert sitemap_may_hold(BASE + "/sitemap-a.xml", datetime(2021, 6, 1, tzinfo=UTC), window)
    assert sitemap_may_hold(BASE + "/sitemaps-2021-5-1-15.xml", None, window)


def test_listing_page_links_dates_and_next():
    listing = parse_listing(read("listing/page-1.html").decode(), BASE + "/listing/page-1.html",
                            "s", "ul.news-list h3 a", "a.next", TZ)  # fmt: skip
    assert [link.url.rsplit("/", 1)[1] for link in listing.links] == [
        "xuat-khau-quy-1-2024.html", "grdp-h1-2023.html", "football-binh-duong.html",
        "fdi-2022.html",
    ]  # fmt: skip
    assert listing.links[3].url == BASE + "/en/fdi-2022.html"  # tracking parameter dropped
    assert listing.links[0].published.date().isoformat() == "2024-03-28"
    assert listing.next_url == BASE + "/listing/page-2.html"
