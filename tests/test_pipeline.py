"""End to end over loopback: the fixture site's feed, sitemaps and listing pages into DuckDB."""

from __future__ import annotations

import pytest

from tests.conftest import db_rows, site_sources, write_config

# Every article the fixture site publishes, by path, with its publication date (local).
ARTICLES = {
    "/vi/xuat-khau-quy-1-2024.html": "2024-03-28",
    "/en/grdp-h1-2023.html": "2023-07-10",
    "/en/football-binh-duong.html": "2023-07-09",
    "/en/fdi-2022.html": "2022-12-30",
    "/vi/bao-thai-binh-duong.html": "2022-12-28",
    "/en/exports-h1-2021.html": "2021-06-28",
    "/vi/von-fdi-5-thang-2021.html": "2021-05-21",
    "/vi/fdi-thang-2-2020.html": "2020-03-05",
    "/en/parks-2019.html": "2019-10-15",
}
FOUND_BY = {
    "rss": {p for p in ARTICLES if "2019" not in p and "2020" not in p and "5-thang" not in p},
    "sitemap": set(ARTICLES) - {"/en/parks-2019.html"},
    "listing": set(ARTICLES) - {"/vi/bao-thai-binh-duong.html"},
}


def local_day(db_path) -> dict[str, str]:
    rows = db_rows(db_path, "SELECT canonical_url, published_at + INTERVAL 7 HOUR FROM articles")
    return {"/" + url.split("/", 3)[3]: when.date().isoformat() for url, when in rows}


@pytest.mark.parametrize("kind", ["rss", "sitemap", "listing"])
def test_each_discovery_kind_finds_its_articles_with_dates(tmp_path, site, cli, kind):
    config = write_config(tmp_path, site_sources(site.base)[kind])
    code, out, err = cli("--config", str(config), "backfill", "--since", "2015-01-01")
    assert code == 0, out + err
    days = local_day(tmp_path / "tracker.duckdb")
    assert set(days) == FOUND_BY[kind]
    assert days == {path: ARTICLES[path] for path in FOUND_BY[kind]}


def test_second_run_stores_nothing_twice_and_fetches_no_article(tmp_path, site, cli):
    config = write_config(tmp_path, "".join(site_sources(site.base).values()))
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    first = _counts(tmp_path / "tracker.duckdb")
    assert first["articles"] == len(ARTICLES)
    article_requests = len([p for p, _ in site.requests if p.startswith(("/en/", "/vi/"))])
    assert article_requests == len(ARTICLES)  # three sources, one fetch per story
    code, out, _ = cli("--config", str(config), "backfill", "--since", "2015-01-01")
    assert code == 0
    assert "0 new articles" in out
    assert _counts(tmp_path / "tracker.duckdb") == first | {"runs": 2}
    assert len([p for p, _ in site.requests if p.startswith(("/en/", "/vi/"))]) == len(ARTICLES)


def _counts(db_path) -> dict[str, int]:
    tables = ("articles", "figures", "runs")
    return {table: db_rows(db_path, f"SELECT count(*) FROM {table}")[0][0] for table in tables}


def test_backfill_window_is_respected(tmp_path, site, cli):
    config = write_config(tmp_path, "".join(site_sources(site.base).values()))
    code, _, _ = cli(
        "--config", str(config), "backfill", "--since", "2021-01-01", "--until", "2022-12-29"
    )
    assert code == 0
    assert set(local_day(tmp_path / "tracker.duckdb")) == {
        "/vi/bao-thai-binh-duong.html",
        "/en/exports-h1-2021.html",
        "/vi/von-fdi-5-thang-2021.html",
    }
    skipped = {"news-2020-03.xml", "news-2024-03.xml", "news-2023-07.xml"}
    assert not [p for p, _ in site.requests if p.rsplit("/", 1)[-1] in skipped]


def test_listing_backfill_stops_paging_once_past_since(tmp_path, site, cli):
    config = write_config(tmp_path, site_sources(site.base)["listing"])
    assert cli("--config", str(config), "backfill", "--since", "2023-01-01")[0] == 0
    assert "/listing/page-2.html" in [p for p, _ in site.requests]
    assert "/listing/page-3.html" not in [p for p, _ in site.requests]


def test_bodies_are_clean_and_vietnamese_is_decoded(tmp_path, site, cli):
    config = write_config(tmp_path, "".join(site_sources(site.base).values()))
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    database = tmp_path / "tracker.duckdb"
    bodies = dict(db_rows(database, "SELECT canonical_url, body FROM articles"))
    titles = dict(db_rows(database, "SELECT canonical_url, title FROM articles"))
    everything = "\n".join(bodies.values())
    for box_text in ("Dong Nai lures", "Most read", "Hanoi draws", "Tin liên quan", "Xem nhiều",
                     "Đồng Nai thu hút", "Bắc Ninh", "Read more", "Popular", "Vĩnh Phúc",
                     "Hà Nội thu ngân sách", "Bac Ninh GRDP", "Dong Nai has 32", "Trang chủ",
                     "test data", "Tags:"):  # fmt: skip
        assert box_text not in everything, box_text
    vi_page = next(u for u in bodies if "von-fdi-5-thang" in u)
    assert "Bình Dương thu hút hơn 1,2 tỷ USD vốn đầu tư nước ngoài" in bodies[vi_page]
    assert titles[vi_page] == "Bình Dương thu hút hơn 1,2 tỷ USD vốn FDI sau 5 tháng"
    table_page = next(u for u in bodies if "fdi-thang-2-2020" in u)
    assert bodies[table_page].split("\n\n")[:2] == [
        "Theo báo cáo của UBND tỉnh, 2 tháng đầu năm 2020 Bình Dương thu hút 212 triệu USD "
        "vốn đầu tư nước ngoài.",
        "Tính đến ngày 29/02/2020, toàn tỉnh có 3.870 dự án FDI với tổng vốn đăng ký 34,5 tỷ USD.",
    ]


def test_relevance_and_figures_land_with_provenance(tmp_path, site, cli):
    config = write_config(tmp_path, "".join(site_sources(site.base).values()))
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    database = tmp_path / "tracker.duckdb"
    relevant = dict(db_rows(database, "SELECT canonical_url, relevant FROM articles"))
    figures = db_rows(
        database,
        "SELECT a.canonical_url, f.metric, f.value, f.period_end::VARCHAR, f.text, f.sentence "
        "FROM figures f JOIN articles a USING (article_id)",
    )
    assert {u.rsplit("/", 1)[-1]: r for u, r in relevant.items() if not r} == {
        "bao-thai-binh-duong.html": False,  # the Pacific Ocean
        "football-binh-duong.html": False,  # a passing mention, no economy
    }
    found = {(u.rsplit("/", 1)[-1], m, v, p) for u, m, v, p, _, _ in figures}
    assert ("fdi-2022.html", "fdi_capital_period", 3.14e9, "2022-12-31") in found
    assert ("fdi-2022.html", "fdi_capital_total", 40e9, "2022-12-20") in found
    assert ("von-fdi-5-thang-2021.html", "fdi_projects_total", 4008, "2021-05-15") in found
    assert ("fdi-thang-2-2020.html", "fdi_capital_total", 34.5e9, "2020-02-29") in found
    for _, _, _, _, text, sentence in figures:
        assert text in sentence
    assert not [f for f in figures if "bao-thai" in f[0] or "football" in f[0]]


def test_every_pass_writes_a_runs_row(tmp_path, site, cli):
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    cli("--config", str(config), "once")
    cli("--config", str(config), "once")
    rows = db_rows(
        tmp_path / "tracker.duckdb",
        "SELECT mode, status, articles_new, errors FROM runs ORDER BY run_id",
    )
    assert rows == [("once", "ok", 6, []), ("once", "ok", 0, [])]


def test_a_failing_source_does_not_stop_the_others(tmp_path, site, cli):
    sources = site_sources(site.base)["rss"] + (
        '[[source]]\nname = "gone"\nkind = "rss"\nurl = "http://127.0.0.1:9/rss.xml"\n'
    )
    config = write_config(tmp_path, sources, tracker="max_retries = 0")
    code, out, _ = cli("--config", str(config), "once")
    assert code == 1
    assert "6 new articles" in out and "127.0.0.1:9/rss.xml" in out
    database = tmp_path / "tracker.duckdb"
    errors = db_rows(database, "SELECT errors FROM runs")[0][0]
    state = dict(db_rows(database, "SELECT source, last_status FROM source_state"))
    assert len(errors) == 1 and "127.0.0.1:9/rss.xml" in errors[0]
    assert state == {"site-rss": "partial", "gone": "error"}


def test_the_same_story_under_two_urls_counts_once(tmp_path, cli):
    from etl.commands.sitesrv import SiteServer

    folder = tmp_path / "site"
    (folder / "a").mkdir(parents=True)
    (folder / "robots.txt").write_text("User-agent: *\n")
    story = ("<html><head><meta charset='utf-8'><meta property='article:published_time' "
             "content='2023-07-01T08:00:00+07:00'></head><body><h1>Binh Duong FDI</h1><article>"
             "<p>As of June 30, 2023, Binh Duong had 4,100 valid FDI projects.</p></article>"
             "</body></html>")  # fmt: skip
    (folder / "a" / "story.html").write_text(story)
    (folder / "mirror.html").write_text(story)  # another URL, no canonical link: the same text
    with SiteServer(folder) as site:
        items = "".join(f"<item><link>{site.base}{p}</link></item>"
                        for p in ("/a/story.html", "/mirror.html"))  # fmt: skip
        (folder / "rss.xml").write_text(f"<rss><channel>{items}</channel></rss>")
        config = write_config(tmp_path, site_sources(site.base)["rss"])
        assert cli("--config", str(config), "once")[0] == 0
    database = tmp_path / "tracker.duckdb"
    articles = db_rows(database, "SELECT count(*) FROM articles")[0][0]
    series = db_rows(
        database,
        "SELECT value, n_reports, len(urls) FROM metric_series WHERE metric = 'fdi_projects_total'",
    )
    assert articles == 2
    assert series == [(4100, 1, 2)]  # two URLs, one report
