"""Whole passes with hostile sources next to the good fixture site: every good article is
stored, each bad item, page or source costs only itself, with its URL and reason recorded."""

from __future__ import annotations

import gzip
import logging
import time
from datetime import UTC, datetime

import duckdb
import pytest

from etl.fetch.fetcher import ROBOTS_MAX_BYTES
from tests.conftest import db_rows, site_sources, source_block, write_config
from tests.hostile import (
    HostileServer,
    answer,
    cut_short,
    drip_body,
    drip_headers,
    endless_chunks,
    gzip_bomb,
    in_turn,
    redirect,
)

LOGGER = logging.getLogger(__name__)
pytestmark = pytest.mark.timeout(60)
GOOD_SITE = 6  # articles in the fixture site's feed
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
XML = "application/xml; charset=utf-8"


def article(title: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>Binh Duong's exports reached US$2 billion in May 2024.</p>"
        f"<p>{title}: more on Binh Duong trade.</p></article></body></html>"
    ).encode()


def rss(*items: tuple[str, str]) -> bytes:
    rows = "".join(
        f"<item><title>t</title><link>{link}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + "</item>"
        for link, date in items
    )
    return f"<rss><channel><title>h</title>{rows}</channel></rss>".encode()


def feed_of(server: HostileServer, *pages: str):
    """A feed of `server`'s pages (names without .html; a full URL is taken as it is)."""
    urls = [page if "://" in page else f"{server.base}/{page}" for page in pages]
    return answer(rss(*[(f"{url}.html", "") for url in urls]), XML)


def stored_paths(database) -> set[str]:
    return {"/" + url.split("/", 3)[3] for (url,) in db_rows(database, "SELECT url FROM articles")}


def last_errors(database) -> list[str]:
    return db_rows(database, "SELECT errors FROM runs ORDER BY run_id DESC LIMIT 1")[0][0]


def good_site_stored(database, site) -> int:
    sql = "SELECT count(*) FROM articles WHERE url LIKE ?"
    return db_rows(database, sql, site.base + "/%")[0][0]


def test_bad_links_and_dates_skip_only_their_items(tmp_path, site, cli):
    with HostileServer({"/robots.txt": answer(ROBOTS, "text/plain")}) as bad:
        day = "Mon, 06 May 2024 08:00:00 +0700"
        bad.behaviours |= {
            "/feed.xml": answer(
                rss(
                    ("http://127.0.0.1:99999/a.html", day),
                    ("http://[::1", day),
                    (f"{bad.base}/late.html", "9999-12-31T23:59:00-23:00"),
                    (f"{bad.base}/ok-1.html", day),
                ),
                XML,
            ),
            "/list.html": answer(
                f'<div><a href="{bad.base}/ok-2.html">ok</a></div><div><a href="http://h:99999/b'
                f'">bad port</a></div><div><time datetime="9999-12-31T23:59:00-23:00"></time><a '
                f'href="/late-2.html">late</a></div>'.encode()
            ),
            "/map.xml": answer(
                f"<urlset><url><loc>http://[::1</loc></url><url><loc>{bad.base}/ok-3.html</loc>"
                f"</url></urlset>".encode(),
                XML,
            ),
        }
        bad.behaviours |= {f"/ok-{n}.html": answer(article(f"ok {n}")) for n in (1, 2, 3)}
        sources = site_sources(site.base)["rss"] + source_block(
            "bad-feed", "rss", f"{bad.base}/feed.xml"
        )
        sources += source_block("bad-list", "listing", f"{bad.base}/list.html", link_selector="a")
        sources += source_block("bad-map", "sitemap", f"{bad.base}/map.xml")
        code, out, _ = cli("--config", str(write_config(tmp_path, sources, timeout="2s")), "once")
    database = tmp_path / "tracker.duckdb"
    assert code == 1 and "partial" in out
    assert good_site_stored(database, site) == GOOD_SITE
    assert {"/ok-1.html", "/ok-2.html", "/ok-3.html"} <= stored_paths(database)
    errors = "\n".join(last_errors(database))
    for bad_url, reason in [
        ("http://127.0.0.1:99999/a.html", "Port out of range"),
        ("http://[::1", "Invalid IPv6 URL"),
        ("late.html", "out of range"),
        ("http://h:99999/b", "Port out of range"),
        ("late-2.html", "9999"),
    ]:
        assert any(bad_url in line and reason in line for line in errors.splitlines()), bad_url


def test_hostile_pages_cost_only_themselves(tmp_path, site, cli):
    """Drips, bombs (robots.txt and page), endless bodies, a cut page, a link to a private
    address, redirects to a disallowed page, to a host whose robots.txt closes everything and to
    a private address: each costs only itself, the good site is stored whole."""
    endless_robots = endless_chunks(ROBOTS + b"# padding\n" * 800)
    with (
        HostileServer({"/robots.txt": endless_robots}) as one,
        HostileServer({"/robots.txt": gzip_bomb(256)}) as two,
        HostileServer(
            {
                "/robots.txt": answer(b"User-agent: *\nDisallow: /\n", "text/plain"),
                "/feed.xml": answer(rss(), XML),
            }
        ) as closed,
        HostileServer({"/x.html": answer(article("inside"))}) as internal,
    ):
        one.behaviours |= {
            "/feed.xml": feed_of(
                one,
                "drip-head",
                "cut-once",
                "to-private",
                "to-closed",
                "to-internal",
                internal.base + "/x",
            ),  # fmt: skip
            "/drip-head.html": drip_headers(every=0.2),
            "/cut-once.html": in_turn(cut_short(article("cut")[:40], 900), answer(article("cut"))),
            "/to-private.html": redirect("/private/secret.html"),
            "/to-closed.html": redirect(closed.base + "/a.html"),
            "/to-internal.html": redirect(internal.base + "/x.html"),
        }
        two.behaviours |= {
            "/feed.xml": feed_of(two, "drip-body", "bomb", "endless"),
            "/drip-body.html": drip_body(article("slow"), every=0.2),
            "/bomb.html": gzip_bomb(256, "text/html"),
            "/endless.html": endless_chunks(b"<p>Binh Duong " + b"x" * 4000 + b"</p>", "text/html"),
        }
        sources = site_sources(site.base)["rss"] + "".join(
            source_block(name, "rss", f"{server.base}/feed.xml")
            for name, server in (("one", one), ("two", two), ("closed", closed))
        )
        config = write_config(tmp_path, sources, tracker="max_retries = 1", timeout="1s")
        started = time.monotonic()
        code, _, _ = cli("--config", str(config), "once")
        elapsed = time.monotonic() - started
        assert closed.count("/a.html") == 0 and internal.requests == []
        internal_x = internal.base + "/x.html"
        assert one.count("/private/secret.html") == 0
        heads = one.count("/drip-head.html")
        assert cli("--config", str(config), "once")[0] == 1  # the dripped page: asked again
        assert one.count("/drip-head.html") > heads
    database = tmp_path / "tracker.duckdb"
    LOGGER.info(f"hostile pass: {elapsed:.1f} s")
    assert code == 1 and elapsed < 25
    assert good_site_stored(database, site) == GOOD_SITE
    paths = stored_paths(database)
    assert "/cut-once.html" in paths and "/drip-head.html" not in paths
    assert "/drip-body.html" not in paths
    errors = last_errors(database)
    assert any("to-internal.html" in e and "non-public address" in e for e in errors)
    assert any(e.startswith(internal_x) and "non-public address" in e for e in errors)
    assert any("drip-head.html" in e and "within 2 s" in e for e in errors)
    robots = db_rows(database, "SELECT max(length(body)) FROM robots_cache")[0][0]
    assert robots <= ROBOTS_MAX_BYTES


def test_entity_bomb_and_gz_sitemaps_lose_nothing(tmp_path, site, cli):
    with HostileServer({"/robots.txt": answer(ROBOTS, "text/plain")}) as maps:
        ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
        )
        urls = "".join(
            f"<url><loc>{maps.base}/b-{i}.html</loc>{'<title>&j;</title>' if i == 1 else ''}</url>"
            for i in range(4)
        )
        bomb = f'<?xml version="1.0"?><!DOCTYPE urlset [{ents}]><urlset>{urls}</urlset>'
        zipped = (
            f"<urlset><url><loc>{maps.base}/z-0.html</loc></url><url><loc>{maps.base}"
            f"/z-1.html</loc></url></urlset>"
        )
        index = "".join(
            f"<sitemap><loc>{maps.base}/{name}</loc></sitemap>"
            for name in ("bomb.xml", "news.xml.gz")
        )
        maps.behaviours |= {
            "/index.xml": answer(f"<sitemapindex>{index}</sitemapindex>".encode(), XML),
            "/bomb.xml": answer(bomb.encode(), XML),
            "/news.xml.gz": answer(gzip.compress(zipped.encode()), "application/x-gzip"),
        }
        pages = [f"b-{i}.html" for i in range(4)] + ["z-0.html", "z-1.html"]
        maps.behaviours |= {f"/{p}": answer(article(p)) for p in pages}
        sources = site_sources(site.base)["rss"] + source_block(
            "maps", "sitemap", f"{maps.base}/index.xml"
        )
        code, _, _ = cli("--config", str(write_config(tmp_path, sources)), "once")
    database = tmp_path / "tracker.duckdb"
    assert {f"/{p}" for p in pages} <= stored_paths(database)
    assert good_site_stored(database, site) == GOOD_SITE
    assert any("bomb.xml" in e and "malformed XML" in e for e in last_errors(database))
    assert code == 1


def test_an_oversized_robots_txt_stored_earlier_is_read_only_up_to_its_cap(tmp_path, site, cli):
    """A database from before the cap may hold a huge robots.txt: only its first 512 KiB count
    (a rule past them is not seen), and it is never loaded whole."""
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    assert cli("--config", str(config), "init")[0] == 0
    huge = "User-agent: *\n" + "# filler\n" * (ROBOTS_MAX_BYTES // 5) + "Disallow: /en/\n"
    host = site.base.split("//", 1)[1]
    conn = duckdb.connect(str(tmp_path / "tracker.duckdb"))
    fresh = datetime.now(UTC).replace(tzinfo=None)  # stored times are naive UTC
    conn.execute("INSERT INTO robots_cache VALUES (?, ?, ?)", [host, huge, fresh])
    conn.close()
    assert cli("--config", str(config), "once")[0] == 0
    assert good_site_stored(tmp_path / "tracker.duckdb", site) == GOOD_SITE
