"""Passes in a child process, watched from outside: a slow or huge page never holds back the
other articles' writes, and a full disk ends the run as "failed" with one clear message."""

from __future__ import annotations

import logging
import resource
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from tests.conftest import ROOT, db_rows, run_process, site_sources, source_block, write_config
from tests.hostile import HostileServer, answer, drip_body

LOGGER = logging.getLogger(__name__)
pytestmark = pytest.mark.timeout(60)
XML = "application/xml; charset=utf-8"


def feed(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>t</title><link>{base}{p}</link></item>" for p in paths)
    return f"<rss><channel><title>h</title>{items}</channel></rss>".encode()


def count_stored(database, prefix: str) -> int | None:
    """Articles under `prefix`, or None while the writer holds the file."""
    try:
        conn = duckdb.connect(str(database), read_only=True)
    except duckdb.Error:
        return None
    try:
        sql = "SELECT count(*) FROM articles WHERE url LIKE ?"
        return conn.execute(sql, [prefix + "/%"]).fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        conn.close()


def test_a_slow_page_and_a_huge_one_never_hold_back_the_others_writes(tmp_path, site):
    sentence = b"Binh Duong attracted US$1 billion of FDI in 2024 and exports grew " * 80_000
    huge = (
        b"<html><head><title>Binh Duong</title></head><body><article><p>"
        + sentence[: 5 * 1024 * 1024]
        + b"</p></article></body></html>"
    )
    slow = b"<html><body><article><p>" + b"Binh Duong " * 400 + b"</p></article></body></html>"
    with HostileServer({"/robots.txt": answer(b"User-agent: *\n", "text/plain")}) as host:
        host.behaviours |= {
            "/feed.xml": answer(feed(host.base, ["/slow.html", "/huge.html"]), XML),
            "/slow.html": drip_body(slow, every=0.05),  # holds its thread ~12 s (the deadline)
            "/huge.html": answer(huge),
        }
        sources = site_sources(site.base)["rss"] + source_block(
            "big", "rss", f"{host.base}/feed.xml"
        )
        config = write_config(tmp_path, sources, tracker="max_retries = 0", timeout="6s")
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "run.py"), "--config", str(config), "-q", "once"], cwd=ROOT
        )
        try:
            while not host.count("/slow.html"):
                time.sleep(0.05)
            slow_started = time.monotonic()
            stored = None
            while time.monotonic() - slow_started < 8 and stored != 6:
                stored = count_stored(tmp_path / "tracker.duckdb", site.base)
                time.sleep(0.2)
            waited = time.monotonic() - slow_started
        finally:
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    LOGGER.info(f"good articles stored {waited:.1f} s after the slow page began")
    assert stored == 6  # all of the good site, long before the slow page's 12 s deadline


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_fails_the_run_cleanly_and_the_next_run_completes(tmp_path, site):
    """A file-size limit (RLIMIT_FSIZE) stands in for a full disk: the database's writes past it
    fail with EFBIG, like ENOSPC on a full one, with no mount and no root needed."""
    body = "".join(f"<p>Binh Duong paragraph {i} on trade and industry.</p>" for i in range(12000))
    with HostileServer({"/robots.txt": answer(b"User-agent: *\n", "text/plain")}) as host:
        pages = [f"/big-{i}.html" for i in range(3)]
        host.behaviours["/feed.xml"] = answer(feed(host.base, pages), XML)
        for path in pages:
            host.behaviours[path] = answer(
                f"<html><head><title>{path}</title></head><body><article>{body}</article>"
                f"</body></html>".encode()
            )
        sources = site_sources(site.base)["rss"] + source_block(
            "big", "rss", f"{host.base}/feed.xml"
        )
        config = write_config(tmp_path, sources)
        assert run_process("--config", str(config), "init").returncode == 0
        database = tmp_path / "tracker.duckdb"
        limit = database.stat().st_size + 200_000  # room for bookkeeping, not for all articles
        full = subprocess.run(
            [sys.executable, str(ROOT / "run.py"), "--config", str(config), "once"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=_limit_file_size(limit),
        )
        assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr[-2000:]
        assert "failed" in full.stdout and "database error" in full.stdout
        assert "File too large" in full.stdout
        (status, errors), *others = db_rows(database, "SELECT status, errors FROM runs")
        assert status == "failed" and not others
        assert any("File too large" in error for error in errors)
        # each batch was written whole or not at all: every stored article has its URLs
        urls = "SELECT count(DISTINCT article_id) FROM article_urls"
        assert db_rows(database, urls) == db_rows(database, "SELECT count(*) FROM articles")
        assert db_rows(database, "SELECT count(*) FROM articles")[0][0] < 6 + 3
        again = run_process("--config", str(config), "once")
    assert again.returncode == 0, again.stdout
    assert db_rows(database, "SELECT count(*) FROM articles")[0][0] == 6 + 3  # nothing lost
