"""Fetching against a fault-injecting loopback server: retries, bounds, politeness, encodings."""

from __future__ import annotations

import time

import pytest

from etl.commands.sitesrv import SiteServer
from etl.errors import DisallowedByRobots, PermanentFetchError, TransientFetchError
from etl.fetch.fetcher import PAGE_MAX_BYTES, Fetcher, FetchPolicy
from etl.fetch.targets import origin_of

UA = "tracker-test/1.0 (+mailto:test@example.org)"


def policy(*bases: str, **changes) -> FetchPolicy:
    """A quick policy; `bases` are the loopback servers it may fetch from (as a source's host)."""
    values = {"user_agent": UA, "timeout": 2.0, "max_retries": 3, "min_delay": 0.0, "backoff": 0.05,
              "trusted_origins": tuple(origin_of(base) for base in bases)}  # fmt: skip
    return FetchPolicy(**(values | changes))


class Counter:
    """Answers `faults` in turn, then a good page."""

    def __init__(self, *faults: tuple[int, dict, bytes]) -> None:
        self.faults = list(faults)
        self.times: list[float] = []

    def __call__(self, handler):
        self.times.append(time.monotonic())
        if self.faults:
            return self.faults.pop(0)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, b"<p>ok</p>"


@pytest.fixture
def server(site):
    """The fixture news site (conftest's `site`), under the name these tests read best with."""
    return site


def test_503_twice_then_200(server):
    flaky = Counter((503, {}, b"busy"), (503, {}, b"busy"))
    server.routes["/flaky"] = flaky
    page = Fetcher(policy(server.base)).fetch(server.base + "/flaky")
    assert page.status == 200 and len(flaky.times) == 3


def test_429_waits_for_retry_after(server):
    limited = Counter((429, {"Retry-After": "1"}, b"slow down"))
    server.routes["/limited"] = limited
    Fetcher(policy(server.base)).fetch(server.base + "/limited")
    assert len(limited.times) == 2
    assert limited.times[1] - limited.times[0] >= 0.9


def test_retries_are_bounded(server):
    down = Counter(*[(503, {}, b"down")] * 10)
    server.routes["/down"] = down
    with pytest.raises(TransientFetchError):
        Fetcher(policy(server.base, max_retries=2)).fetch(server.base + "/down")
    assert len(down.times) == 3


def test_404_is_permanent_and_not_retried(server):
    with pytest.raises(PermanentFetchError, match="HTTP 404"):
        Fetcher(policy(server.base)).fetch(server.base + "/nothing-here.html")
    assert [p for p, _ in server.requests].count("/nothing-here.html") == 1


def test_redirect_loop_is_detected(server):
    server.routes["/loop"] = lambda h: (302, {"Location": "/loop"}, b"")
    with pytest.raises(PermanentFetchError, match="too many redirects"):
        Fetcher(policy(server.base)).fetch(server.base + "/loop")


def test_truncated_body_is_an_error_not_a_short_page(server):
    server.routes["/cut"] = lambda h: (200, {"Content-Length": "5000"}, b"<p>half a page")
    with pytest.raises(TransientFetchError):
        Fetcher(policy(server.base, max_retries=0, timeout=1.0)).fetch(server.base + "/cut")


def test_huge_body_is_cut_at_the_cap(server):
    body = b"<p>" + b"x" * (30 * 1024 * 1024) + b"</p>"
    server.routes["/huge"] = lambda h: (200, {"Content-Type": "text/html"}, body)
    fetcher = Fetcher(policy(server.base, max_bytes=10 * 1024 * 1024))
    assert len(fetcher.fetch(server.base + "/huge", index=True).content) == 10 * 1024 * 1024
    assert len(fetcher.fetch(server.base + "/huge").content) == PAGE_MAX_BYTES  # an article


def test_a_page_that_never_answers_times_out(server):
    def hang(handler):
        time.sleep(5)
        return 200, {}, b"late"

    server.routes["/hang"] = hang
    started = time.monotonic()
    with pytest.raises(TransientFetchError):
        Fetcher(policy(server.base, timeout=0.5, max_retries=0)).fetch(server.base + "/hang")
    assert time.monotonic() - started < 4


def test_user_agent_on_every_request_and_robots_obeyed(server):
    fetcher = Fetcher(policy(server.base))
    fetcher.fetch(server.base + "/rss.xml")
    with pytest.raises(DisallowedByRobots):
        fetcher.fetch(server.base + "/private/secret-report.html")
    assert [p for p, _ in server.requests] == ["/robots.txt", "/rss.xml"]
    assert {h["User-Agent"] for _, h in server.requests} == {UA}


def test_crawl_delay_spaces_requests_to_one_host(tmp_path):
    (tmp_path / "robots.txt").write_text("User-agent: *\nCrawl-delay: 1\n")
    (tmp_path / "a.html").write_text("<p>a</p>")
    with SiteServer(tmp_path) as site:
        stamps = Counter()
        site.routes["/b.html"] = stamps
        fetcher = Fetcher(policy(site.base))
        fetcher.fetch(site.base + "/a.html")
        before = time.monotonic()
        fetcher.fetch(site.base + "/b.html")
        assert stamps.times[0] - before >= 0.8


def test_conditional_request_gets_304(server):
    fetcher = Fetcher(policy(server.base))
    first = fetcher.fetch(server.base + "/rss.xml")
    again = fetcher.fetch(server.base + "/rss.xml", etag=first.etag)
    assert first.etag and again.not_modified and again.content == b""
    assert server.requests[-1][1]["If-None-Match"] == first.etag


def test_vietnamese_text_html_without_charset_decodes(server):
    page = Fetcher(policy(server.base)).fetch(server.base + "/vi/von-fdi-5-thang-2021.html")
    assert page.content_type == "text/html"
    assert "Bình Dương thu hút hơn 1,2 tỷ USD" in page.text


def test_a_source_min_delay_spaces_its_host(tmp_path, cli):
    (tmp_path / "robots.txt").write_text("User-agent: *\n")
    with SiteServer(tmp_path) as site:
        stamps = Counter()
        site.routes["/a.html"] = stamps
        site.routes["/b.html"] = stamps
        from etl.config import load_settings
        from etl.pipeline.fetching import open_fetcher
        from tests.conftest import source_block, write_config

        source = source_block("slow", "rss", f"{site.base}/rss.xml", min_delay="1s")
        fetcher = open_fetcher(load_settings(write_config(tmp_path, source)))
        fetcher.fetch(site.base + "/a.html")
        fetcher.fetch(site.base + "/b.html")
        assert stamps.times[1] - stamps.times[0] >= 0.9


def test_hosts_are_fetched_in_parallel_and_each_host_serially(tmp_path, cli):
    """Two hosts, each slow: their requests interleave, but one host never gets two at once."""
    from tests.conftest import source_block, write_config

    in_flight: dict[str, int] = {}
    overlap_between_hosts, overlap_within_host = [], []

    def slow(name):
        def answer(handler):
            in_flight[name] = in_flight.get(name, 0) + 1
            overlap_within_host.append(in_flight[name] > 1)
            overlap_between_hosts.append(sum(in_flight.values()) > 1)
            time.sleep(0.15)
            in_flight[name] -= 1
            return 200, {"Content-Type": "text/html; charset=utf-8"}, (
                f"<h1>Binh Duong FDI {name}</h1><article><p>Binh Duong drew US$1 billion of "
                f"foreign investment in 2022.</p></article>").encode()  # fmt: skip

        return answer

    sources = ""
    servers = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "robots.txt").write_text("User-agent: *\n")
        server = SiteServer(folder)
        base = server.start()
        servers.append(server)
        links = "".join(f"<item><link>{base}/{i}.html</link></item>" for i in range(4))
        (folder / "rss.xml").write_text(f"<rss><channel>{links}</channel></rss>")
        for i in range(4):
            server.routes[f"/{i}.html"] = slow(name)
        sources += source_block(f"site-{name}", "rss", f"{base}/rss.xml")
    try:
        config = write_config(tmp_path, sources)
        code, out, _ = cli("--config", str(config), "once")
        assert code == 0 and "8 new articles" in out
        assert any(overlap_between_hosts) and not any(overlap_within_host)
    finally:
        for server in servers:
            server.stop()


def test_an_unreachable_host_is_not_retried_twice_and_is_tried_again_later(monkeypatch):
    import etl.fetch.fetcher

    fetcher = Fetcher(policy("http://127.0.0.1:9", max_retries=1))
    with pytest.raises(TransientFetchError, match="host unreachable \\(.*connection refused"):
        fetcher.fetch("http://127.0.0.1:9/rss.xml")
    made = fetcher.requests_made
    with pytest.raises(TransientFetchError, match="host unreachable"):
        fetcher.fetch("http://127.0.0.1:9/other.xml")
    assert fetcher.requests_made == made  # no new attempt while the mark holds
    monkeypatch.setattr(etl.fetch.fetcher, "UNREACHABLE_SECONDS", -1.0)  # the mark has lapsed
    with pytest.raises(TransientFetchError, match="network error \\(connection refused\\)"):
        fetcher.fetch("http://127.0.0.1:9/rss.xml")  # a real attempt again
