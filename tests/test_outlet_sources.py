"""Real outlets' feeds, sitemaps and listings (issue 13): VIR's guid-only feed items, sitemap
indexes that also list hub pages, Báo Bình Dương's `?page=N` listing, and all of them end to end
over loopback into DuckDB."""

from __future__ import annotations

import tomllib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from etl.discover.feeds import links_from_feed
from etl.discover.sitemaps import children_to_open, parse_sitemap
from tests.conftest import ROOT, SITE, db_rows, source_block, write_config

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BASE = "http://news.test"
DEFAULT = tomllib.loads((ROOT / "configs" / "default.toml").read_text(encoding="utf-8"))
CONFIGURED = {source["name"]: source for source in DEFAULT["source"]}


def read(path: str) -> bytes:
    return (SITE / path).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_vir_items_with_only_a_permalink_guid_are_found_by_their_guid():
    links = links_from_feed(read("outlets/vir/rss.xml"), BASE + "/outlets/vir/rss.xml", "vir", TZ)
    assert [link.url for link in links] == [
        BASE + "/outlets/vir/binh-duong-fdi-nine-months-96512.html",  # empty <link>, lower-case
        BASE + "/outlets/vir/long-an-industrial-land-96501.html",  # isPermaLink="True"
    ]  # never the enclosed image, the link inside content:encoded, nor a guid that is no URL
    assert links[0].published == datetime(2022, 9, 27, 9, 38, tzinfo=TZ)


def test_thanh_nien_and_tuoi_tre_feed_dates():
    feed = (
        b'<rss version="2.0"><channel><title>t</title>'  # no <?xml prolog, as Thanh Nien serves
        b"<item><title>B&amp;igrave;nh D&amp;#432;&amp;#417;ng</title><link>https://tn.test/a.htm"
        b"</link><pubDate>Mon, 14 Sep 26 08:00:00 +0700</pubDate></item>"
        b"<item><title>x</title><link>https://tt.test/b.htm</link>"
        b"<pubDate>10/5/2026 3:42:00 PM</pubDate></item></channel></rss>"
    )
    first, second = links_from_feed(feed, "https://tn.test/rss", "s", TZ)
    assert first.title == "Bình Dương"
    assert first.published == datetime(2026, 9, 14, 8, 0, tzinfo=TZ)
    assert second.published == datetime(2026, 10, 5, 15, 42, tzinfo=TZ)


def test_undated_hub_sitemaps_beside_dated_ones_are_not_opened():
    index = parse_sitemap(read("outlets/vietnamplus/sitemap.xml"), BASE, "s", TZ)
    assert len(index.children) == 4
    opened = [url.rsplit("/", 1)[1] for url, _ in children_to_open(index.children, None)]
    assert opened == ["news-2024-7.xml", "news-2024-6.xml"]


def test_child_pattern_of_the_default_config_keeps_only_news_sitemaps():
    pattern = CONFIGURED["vietnamplus-sitemap"]["child_pattern"]
    children = ((BASE + "/sitemaps/categories.xml", datetime(2024, 7, 1, tzinfo=TZ)),
                (BASE + "/sitemaps/news-2024-7.xml", None),
                (BASE + "/sitemaps/topics.xml", datetime(2024, 7, 1, tzinfo=TZ)))  # fmt: skip
    assert [url for url, _ in children_to_open(children, pattern)] == [children[1][0]]
    undated = ((BASE + "/a.xml", None), (BASE + "/b.xml", None))
    assert children_to_open(undated, None) == list(undated)  # nothing dated: all are opened


def test_bad_child_pattern_is_a_config_error(tmp_path, cli):
    block = source_block("s", "sitemap", "http://127.0.0.1:9/sitemap.xml", child_pattern="news-(")
    code, _, err = cli("--config", str(write_config(tmp_path, block)), "once")
    assert code == 2
    assert "source[s].child_pattern: expected a regular expression" in err


def outlet_sources(base: str) -> str:
    """The fixture outlets, each walked the way configs/default.toml walks the real one."""
    bbd = CONFIGURED["baobinhduong-kinhte"]
    listing = f"{base}/outlets/baobinhduong/kinh-te-page-1.html"
    return "".join(
        (
            source_block("vir", "rss", f"{base}/outlets/vir/rss.xml"),
            source_block("vietnamplus-sitemap", "sitemap",
                         f"{base}/outlets/vietnamplus/sitemap.xml",
                         child_pattern=CONFIGURED["vietnamplus-sitemap"]["child_pattern"]),
            source_block("baodautu-sitemap", "sitemap", f"{base}/outlets/baodautu/sitemap.xml",
                         child_pattern=CONFIGURED["baodautu-sitemap"]["child_pattern"]),
            source_block("baobinhduong-kinhte", "listing", listing,
                         link_selector=bbd["link_selector"],
                         page_url=listing + "?page={page}"),
        )
    )  # fmt: skip


@pytest.fixture
def outlet_site(site):
    site.routes["/outlets/baobinhduong/kinh-te-page-1.html"] = lambda h: _listing(site, h)
    return site


def _listing(site, handler):
    """Báo Bình Dương's economy listing: ?page=2 is the older page; later pages do not exist."""
    query = handler.path.partition("?")[2]
    if query in ("page=3", "page=4"):
        return 404, {"Content-Type": "text/plain"}, b"not found"
    return (
        site.file_answer("/outlets/baobinhduong/kinh-te-page-2.html") if query == "page=2" else None
    )


def test_outlets_end_to_end_into_duckdb(tmp_path, outlet_site, cli):
    config = write_config(tmp_path, outlet_sources(outlet_site.base))
    code, out, err = cli("--config", str(config), "backfill", "--since", "2020-01-01")
    assert code == 0, out + err
    rows = db_rows(
        tmp_path / "tracker.duckdb",
        "SELECT canonical_url, source, strftime(published_at + INTERVAL 7 HOUR, '%Y-%m-%d %H:%M'),"
        " relevant FROM articles",
    )
    stored = {
        url.split("/outlets/", 1)[1]: (source, when, relevant)
        for url, source, when, relevant in rows
    }
    assert stored == {
        "vir/binh-duong-fdi-nine-months-96512.html": ("vir", "2022-09-27 09:38", True),
        "vir/long-an-industrial-land-96501.html": ("vir", "2022-09-26 15:00", False),
        "vietnamplus/binh-duong-grdp-6-thang-tang-68-post956210.html":
            ("vietnamplus-sitemap", "2024-07-03 15:20", True),
        "baodautu/binh-duong-von-dau-tu-6-thang-d215432.html":
            ("baodautu-sitemap", "2024-07-05 10:38", True),
        "baobinhduong/xuat-khau-5-thang-tang-a321877.html":
            ("baobinhduong-kinhte", "2024-06-10 09:15", True),
        "baobinhduong/thu-hut-von-fdi-8-thang-a232114.html":
            ("baobinhduong-kinhte", "2020-09-09 00:00", True),
    }  # fmt: skip
    requested = [path for path, _ in outlet_site.requests]
    assert not [p for p in requested if "categories" in p or "topics" in p or "kinhte.html" in p]
    assert not [p for p in requested if "/images/" in p or "doc-nhieu" in p or "dong-nai" in p]
