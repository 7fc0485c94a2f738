"""One fetch against a hostile loopback server: bounded in bytes and wall time whatever it
sends, cut responses retried, redirects checked like the first URL (see docs/reliability.md)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time

import pytest

from etl.errors import DisallowedByRobots, PermanentFetchError, TransientFetchError
from etl.fetch.fetcher import PAGE_MAX_BYTES, ROBOTS_MAX_BYTES, Fetcher, FetchPolicy
from etl.fetch.targets import TargetPolicy, origin_of
from tests.conftest import ROOT
from tests.hostile import (
    HostileServer,
    answer,
    cut_short,
    drip_body,
    drip_headers,
    endless_chunks,
    gzip_bomb,
    gzipped_zeros,
    in_turn,
    redirect,
)

LOGGER = logging.getLogger(__name__)
pytestmark = pytest.mark.timeout(30)
UA = "tracker-test/1.0"
PAGE = b"<html><body><article><p>Binh Duong exports grew.</p></article></body></html>"
OPEN_ROBOTS = answer(b"User-agent: *\nDisallow: /private/\n", "text/plain")


def fetcher(*servers: HostileServer, **changes) -> Fetcher:
    values = {
        "user_agent": UA,
        "timeout": 1.0,
        "max_retries": 0,
        "min_delay": 0.0,
        "backoff": 0.05,
        "trusted_origins": tuple(origin_of(s.base) for s in servers),
    }
    return Fetcher(FetchPolicy(**(values | changes)))


@pytest.fixture
def hostile():
    with HostileServer({"/robots.txt": OPEN_ROBOTS}) as server:
        yield server


# The child fetches robots.txt and reports its own peak memory; it runs with at most 1 GiB of
# address space, so that code which inflates the whole bomb fails fast instead of eating RAM.
ROBOTS_CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))
from etl.fetch.fetcher import Fetcher, FetchPolicy
base = sys.argv[1]
options = {"user_agent": "t", "timeout": 10.0, "max_retries": 0, "min_delay": 0.0}
if "trusted_origins" in FetchPolicy.__dataclass_fields__:
    options["trusted_origins"] = (base.split("//")[1],)
fetcher = Fetcher(FetchPolicy(**options))
started = time.monotonic()
fetcher.allowed(base + "/page.html")
body = next(iter(fetcher.robots_read.values()), None) or ""
# VmHWM: this process's own peak (ru_maxrss would count the parent's memory from before exec)
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"peak_rss_mb": int(peak.split()[1]) / 1024,
                  "seconds": time.monotonic() - started, "stored": len(body)}))
"""


def test_a_1gb_gzip_robots_txt_leaves_peak_memory_under_300_mb(hostile):
    hostile.behaviours["/robots.txt"] = gzip_bomb(1024)
    assert len(gzipped_zeros(1024)) < 2 * 1024 * 1024  # 1 GiB inflated from ~1 MiB
    child = subprocess.run(
        [sys.executable, "-c", ROBOTS_CHILD, hostile.base],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    report = json.loads(child.stdout)
    LOGGER.info(f"robots bomb: {report}")  # the numbers in docs/reliability.md come from here
    assert report["peak_rss_mb"] < 300
    assert report["stored"] <= ROBOTS_MAX_BYTES and report["seconds"] < 10


def test_an_endless_robots_txt_is_cut_at_its_cap_and_ends(hostile):
    hostile.behaviours["/robots.txt"] = endless_chunks(b"# comment line\n" * 500)
    hostile.behaviours["/page.html"] = answer(PAGE)
    started = time.monotonic()
    client = fetcher(hostile, timeout=5.0)
    assert client.fetch(hostile.base + "/page.html").content == PAGE
    assert time.monotonic() - started < 5
    assert 0 < len(next(iter(client.robots_read.values()))) <= ROBOTS_MAX_BYTES


def test_a_robots_redirect_to_a_private_target_is_not_followed(hostile):
    with HostileServer({"/robots.txt": answer(b"User-agent: *\nDisallow: /\n")}) as inside:
        hostile.behaviours["/robots.txt"] = redirect(inside.base + "/robots.txt")
        hostile.behaviours["/page.html"] = answer(PAGE)
        assert fetcher(hostile).fetch(hostile.base + "/page.html").content == PAGE
        assert inside.requests == []


@pytest.mark.parametrize("drip", [drip_body(PAGE, every=0.2), drip_headers(every=0.2)])
def test_a_drip_is_cut_at_the_deadline(hostile, drip):
    """One byte every 0.2 s never trips a 1 s socket timeout; the 2 s deadline holds anyway."""
    hostile.behaviours["/drip.html"] = drip
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="within 2 s"):
        fetcher(hostile).fetch(hostile.base + "/drip.html")
    elapsed = time.monotonic() - started
    LOGGER.info(f"drip cut after {elapsed:.2f} s")
    assert elapsed < 3.5


def test_a_gzip_bomb_page_is_cut_at_the_page_cap(hostile):
    hostile.behaviours["/bomb.html"] = gzip_bomb(256, "text/html")
    started = time.monotonic()
    page = fetcher(hostile, timeout=10.0).fetch(hostile.base + "/bomb.html")
    assert len(page.content) == PAGE_MAX_BYTES and time.monotonic() - started < 5


def test_an_endless_chunked_feed_is_cut_at_max_bytes(hostile):
    hostile.behaviours["/feed.xml"] = endless_chunks()
    page = fetcher(hostile, timeout=10.0, max_bytes=3 * 1024 * 1024).fetch(
        hostile.base + "/feed.xml", index=True
    )
    assert len(page.content) == 3 * 1024 * 1024


def test_a_cut_response_is_retried_and_never_a_short_page(hostile):
    hostile.behaviours["/cut.html"] = in_turn(cut_short(PAGE[:30], len(PAGE)), answer(PAGE))
    assert fetcher(hostile, max_retries=1).fetch(hostile.base + "/cut.html").content == PAGE
    assert hostile.count("/cut.html") == 2


def test_a_gz_sitemap_file_is_inflated_within_the_cap(hostile):
    import gzip

    xml = b'<?xml version="1.0"?><urlset><url><loc>/a.html</loc></url></urlset>'
    hostile.behaviours["/sitemap.xml.gz"] = answer(gzip.compress(xml), "application/x-gzip")
    hostile.behaviours["/bomb.xml.gz"] = answer(gzipped_zeros(256), "application/octet-stream")
    client = fetcher(hostile, timeout=10.0, max_bytes=1024 * 1024)
    assert client.fetch(hostile.base + "/sitemap.xml.gz", index=True).text == xml.decode()
    bomb = client.fetch(hostile.base + "/bomb.xml.gz", index=True)
    assert len(bomb.content) == 1024 * 1024


def test_redirects_are_checked_like_the_first_url(hostile):
    with HostileServer({"/robots.txt": OPEN_ROBOTS, "/x.html": answer(PAGE)}) as elsewhere:
        hostile.behaviours |= {
            "/to-private.html": redirect("/private/secret.html"),
            "/to-internal.html": redirect(elsewhere.base + "/x.html"),
            "/to-file.html": redirect("file:///etc/passwd"),
        }
        client = fetcher(hostile)
        with pytest.raises(DisallowedByRobots, match="redirects to .*/private/secret.html"):
            client.fetch(hostile.base + "/to-private.html")
        with pytest.raises(PermanentFetchError, match="non-public address \\(127.0.0.1\\)"):
            client.fetch(hostile.base + "/to-internal.html")
        with pytest.raises(PermanentFetchError, match="not an http\\(s\\) URL"):
            client.fetch(hostile.base + "/to-file.html")
        assert hostile.count("/private/secret.html") == 0 and elsewhere.requests == []
        trusting = fetcher(hostile, elsewhere)  # a second source's host may be redirected to
        assert trusting.fetch(hostile.base + "/to-internal.html").content == PAGE


def test_a_link_to_a_private_address_is_refused_before_any_request():
    """Checked on the URL alone (a broken check would connect to 127.0.0.1:9, nothing else)."""
    with pytest.raises(PermanentFetchError, match="non-public address \\(127.0.0.1\\)"):
        fetcher().fetch("http://127.0.0.1:9/feed.xml")
    with pytest.raises(PermanentFetchError, match="not a valid URL"):
        fetcher().fetch("http://[::1/feed")


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/", "http://10.1.2.3/", "http://192.168.1.1:8080/",
     "http://[::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
     "http://100.64.0.1/", "http://127.0.0.1:8081/"],
)  # fmt: skip
def test_non_public_addresses_are_refused_unless_trusted(url):
    assert "non-public" in (TargetPolicy().refusal(url) or "")
    assert TargetPolicy((origin_of(url),)).refusal(url) is None
    assert TargetPolicy().refusal("http://93.184.215.14/") is None  # a public address
