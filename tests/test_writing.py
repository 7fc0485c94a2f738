"""The write path and the second core: a writer keeps its connection between batches yet lets a
query (another process) in, batches go by rows and seconds, and pages read in worker processes
store exactly what the fetch threads store."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date

import pytest

import etl
import etl.pipeline.pool
import etl.pipeline.writing
from db.lock import WaitSignal
from db.session import Database
from etl.commands.sitesrv import SiteServer
from etl.models import RunReport
from etl.pipeline.workers import stream_by_host
from tests.conftest import ROOT, db_rows, source_block, write_config

COUNT_RUNS = (
    "import sys, db; conn = db.connect(sys.argv[1], read_only=True, wait=float(sys.argv[2]));"
    "print(conn.execute('select count(*) from runs').fetchone()[0])"
)


def count_runs_elsewhere(path, wait: float) -> subprocess.CompletedProcess:
    """Another process reading the database, as `query` does (waiting up to `wait` seconds)."""
    return subprocess.run([sys.executable, "-c", COUNT_RUNS, str(path), str(wait)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)  # fmt: skip


def add_run(conn, run_id: int) -> None:
    conn.execute(
        "INSERT INTO runs (run_id, mode, started_at, status) VALUES (?, 'once', now(), 'ok')",
        [run_id],
    )


def test_a_kept_connection_lets_a_reader_in_then_writes_on(tmp_path):
    database = Database(tmp_path / "t.duckdb")
    kept = database.kept()
    add_run(kept.connection(), 1)
    refused = count_runs_elsewhere(database.path, wait=0.5)  # nobody lets go: the file is busy
    assert refused.returncode != 0 and "busy" in refused.stderr
    done = threading.Event()

    def writer() -> None:  # what a backfill does between batches
        while not done.is_set():
            kept.let_go_if_waited()
            time.sleep(0.02)

    ticking = threading.Thread(target=writer)
    ticking.start()
    try:
        let_in = count_runs_elsewhere(database.path, wait=10)
    finally:
        done.set()
        ticking.join()
    assert let_in.returncode == 0, let_in.stderr
    assert let_in.stdout.split() == ["1"]
    add_run(kept.connection(), 2)  # opened again for the next batch
    kept.close()
    assert db_rows(database.path, "select run_id from runs order by 1") == [(1,), (2,)]


def test_the_wait_signal_says_when_someone_waits(tmp_path):
    signal = WaitSignal(tmp_path / "t.duckdb.wait")
    assert not signal.anyone_waiting()
    inside, leave = threading.Event(), threading.Event()

    def waiter() -> None:
        with signal.waiting():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=waiter)
    thread.start()
    inside.wait(5)
    assert signal.anyone_waiting()
    leave.set()
    thread.join()
    assert not signal.anyone_waiting()


def test_a_stream_ticks_while_no_result_comes():
    def slow(item: int) -> int:
        time.sleep(0.3)
        return item * 10

    out = list(stream_by_host({"a": [1, 2]}, slow, 2, threading.Event(), tick=0.05))
    assert [item for item in out if item is not None] == [10, 20]
    assert out.index(10) > 2 and out[0] is None  # ticks came before the first result


ARTICLES = 30


@pytest.fixture
def many_pages(tmp_path):
    """A sitemap of ARTICLES small dated articles with a figure each."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "robots.txt").write_text("User-agent: *\n")
    server = SiteServer(folder)
    base = server.start()
    rows = ""
    for number in range(ARTICLES):
        (folder / f"{number}.html").write_text(
            f"<html><head><meta charset='utf-8'><title>Binh Duong exports {number}</title>"
            f"<meta property='article:published_time' content='2023-0{1 + number % 9}-10'>"
            f"</head><body><article><p>Binh Duong's exports reached US${200 + number} million "
            f"in the first month of 2023, up {number % 7 + 2} per cent.</p><p>Officials in Binh "
            f"Duong expect more orders.</p></article></body></html>",
            encoding="utf-8",
        )  # fmt: skip
        rows += f"<url><loc>{base}/{number}.html</loc></url>"
    (folder / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
    )
    yield server
    server.stop()


def stored(folder) -> tuple[list, list]:
    path = folder / "tracker.duckdb"
    articles = db_rows(path, "SELECT canonical_url, title, body, relevant FROM articles ORDER BY 1")
    figures = db_rows(
        path,
        "SELECT a.canonical_url, metric, value, period_end, sentence FROM figures f "
        "JOIN articles a USING (article_id) ORDER BY 1, 2, 3",
    )
    return articles, figures


def backfill(folder, base: str) -> RunReport:
    folder.mkdir()
    config = write_config(folder, source_block("many", "sitemap", f"{base}/sitemap.xml"))
    with etl.open_tracker(config) as tracker:
        return tracker.backfill(date(2015, 1, 1))


def test_worker_processes_store_what_the_fetch_threads_store(tmp_path, many_pages, monkeypatch):
    handed = []
    real_read = etl.pipeline.pool.ReadingPool.read

    def counted(self, link, lang, page):
        handed.append(link.url)
        return real_read(self, link, lang, page)

    monkeypatch.setattr(etl.pipeline.pool.ReadingPool, "read", counted)
    monkeypatch.setattr(etl.pipeline.pool, "POOL_MIN_PAGES", ARTICLES + 1)
    threads = backfill(tmp_path / "threads", many_pages.base)
    assert handed == []
    monkeypatch.setattr(etl.pipeline.pool, "POOL_MIN_PAGES", 2)
    monkeypatch.setattr(etl.pipeline.pool, "_cores", lambda: 2)
    workers = backfill(tmp_path / "workers", many_pages.base)
    assert len(handed) == ARTICLES
    assert threads.articles_new == workers.articles_new == ARTICLES
    articles, figures = stored(tmp_path / "workers")
    assert len(articles) == ARTICLES and len(figures) >= ARTICLES
    assert (articles, figures) == stored(tmp_path / "threads")


def test_batches_go_by_rows_and_by_seconds(tmp_path, many_pages, monkeypatch):
    writes = []
    real_flush = etl.pipeline.writing.Batches.flush

    def counted(self):
        if self.waiting:
            writes.append(len(self.waiting))
        real_flush(self)

    monkeypatch.setattr(etl.pipeline.writing.Batches, "flush", counted)
    monkeypatch.setattr(etl.pipeline.writing, "FLUSH_ROWS", 40)  # about eight articles' rows
    backfill(tmp_path / "by-rows", many_pages.base)
    assert sum(writes) == ARTICLES and len(writes) >= 3 and max(writes) < ARTICLES
    writes.clear()
    monkeypatch.setattr(etl.pipeline.writing, "FLUSH_ROWS", 10**9)
    monkeypatch.setattr(etl.pipeline.writing, "FLUSH_SECONDS", 3600)
    backfill(tmp_path / "at-the-end", many_pages.base)
    assert writes == [ARTICLES]  # nothing was due before the end: one transaction


BACKFILL_WITH_WORKERS = """
import sys
from datetime import date
import etl, etl.pipeline.pool
if __name__ == "__main__":
    etl.pipeline.pool.POOL_MIN_PAGES = 2
    etl.pipeline.pool._cores = lambda: 2
    with etl.open_tracker(sys.argv[1]) as tracker:
        tracker.backfill(date(2015, 1, 1))
"""


def children_of(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(child) for child in found.stdout.split()]


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_worker_processes_end_with_a_parent_killed_with_9(tmp_path, many_pages):
    def slow(handler):
        time.sleep(0.2)  # the backfill is still under way when it is killed
        body = (tmp_path / "site" / handler.path.lstrip("/")).read_bytes()
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body

    for number in range(ARTICLES):
        many_pages.routes[f"/{number}.html"] = slow
    sitemap = f"{many_pages.base}/sitemap.xml"
    config = write_config(tmp_path, source_block("many", "sitemap", sitemap))
    script = tmp_path / "backfill.py"
    script.write_text(BACKFILL_WITH_WORKERS)
    parent = subprocess.Popen([sys.executable, str(script), str(config)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while len(workers := children_of(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) >= 2, "the backfill started no worker processes"
        assert parent.poll() is None, "the backfill ended before the kill"
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:
        subprocess.run(["kill", "-9", str(pid)], check=False)
    assert left == []


def test_pages_are_read_here_once_a_worker_process_died(tmp_path, many_pages):
    import os
    import signal

    from etl.models import Link, Page
    from etl.pipeline.pool import Reading, ReadingPool
    from etl.pipeline.process import fetch_page

    sitemap = f"{many_pages.base}/sitemap.xml"  # its host is trusted on a private address
    config = write_config(tmp_path, source_block("many", "sitemap", sitemap))
    with etl.open_tracker(config) as tracker:
        reader, fetcher = tracker.reader(), tracker.fetcher({})
        links = [Link(f"{many_pages.base}/{n}.html", "many") for n in range(3)]
        pages = [fetch_page(fetcher, link) for link in links]
        assert all(isinstance(p, Page) for p in pages), pages
        pool = ReadingPool(reader, processes=1)
        try:
            first = pool.read(links[0], None, pages[0])
            assert isinstance(first, Reading) and first.result().article is not None
            for pid in list(pool._pool._processes):  # the worker dies (an OOM kill, say)
                os.kill(pid, signal.SIGKILL)
            pairs = zip(links, pages, strict=True)
            outcomes = [pool.read(link, None, page) for link, page in pairs]
            read = [o.result() if isinstance(o, Reading) else o for o in outcomes]
        finally:
            pool.close()
    assert [r.article.title for r in read] == [f"Binh Duong exports {n}" for n in range(3)]
    assert all(r.figures for r in read)


def test_a_page_whose_future_is_never_settled_is_read_here_once_the_pool_broke(
    tmp_path, many_pages
):
    from concurrent.futures import Future

    from etl.models import Link, Page
    from etl.pipeline.pool import Reading
    from etl.pipeline.process import fetch_page

    sitemap = f"{many_pages.base}/sitemap.xml"
    config = write_config(tmp_path, source_block("many", "sitemap", sitemap))
    with etl.open_tracker(config) as tracker:
        reader, fetcher = tracker.reader(), tracker.fetcher({})
        link = Link(f"{many_pages.base}/0.html", "many")
        page = fetch_page(fetcher, link)
        assert isinstance(page, Page), page

        def wait_for(reading: Reading) -> list:
            got: list = []
            waiter = threading.Thread(target=lambda: got.append(reading.result()), daemon=True)
            waiter.start()
            waiter.join(timeout=15)
            return got

        # a pool that broke while the page was handed over: its future is never settled
        got = wait_for(Reading(link, None, page, Future(), reader, lambda: True))
        assert [r.article.title for r in got] == ["Binh Duong exports 0"]
        # a pool that stands: the worker's result is waited for, however slow
        late: Future = Future()
        marker = object()
        threading.Timer(2.5, late.set_result, args=(marker,)).start()
        assert wait_for(Reading(link, None, page, late, reader, lambda: False)) == [marker]
