"""Running for months: the daemon in a subprocess, with queries and a backfill beside it, SIGTERM;
kill -9 in the middle of a backfill, then a rerun that completes the work without duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from etl.commands.sitesrv import SiteServer
from tests.conftest import ROOT, db_rows, run_process, site_sources, source_block, write_config


def every(block: str, schedule: str) -> str:
    return block.replace("url =", f'every = "{schedule}"\nurl =', 1)


def start(*args: str) -> subprocess.Popen:
    """The CLI in a subprocess; with the fault handler on, so a hung one can dump its threads."""
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    return subprocess.Popen([sys.executable, str(ROOT / "run.py"), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def stopped(daemon: subprocess.Popen, seconds: float = 30) -> int:
    """SIGTERM, then the exit code; a daemon still running after `seconds` is made to dump every
    thread's stack (SIGABRT under the fault handler), and the test fails with that dump."""
    daemon.send_signal(signal.SIGTERM)
    try:
        return daemon.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        daemon.send_signal(signal.SIGABRT)
        _, err = daemon.communicate(timeout=30)
        raise AssertionError(f"the daemon did not stop within {seconds}s:\n{err[-6000:]}") from None


def query(config, sql: str) -> str:
    result = run_process("--config", str(config), "query", sql, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return result.stdout


def wait_for(condition, seconds: float = 20.0) -> None:
    """Poll `condition` (a failing query counts as not yet) until it holds."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except AssertionError:
            pass
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)


def test_daemon_passes_beside_queries_and_a_backfill_then_stops_on_sigterm(tmp_path, site):
    sources = site_sources(site.base)
    config = write_config(tmp_path, every(sources["rss"], "1s") + every(sources["listing"], "2s"))
    daemon = start("--config", str(config), "daemon")
    try:
        wait_for(lambda: int(query(config, "select count(*) from runs").split()[1]) >= 3)
        # a query while the daemon runs
        assert query(config, "select count(*) n from articles").split()[1] == "6"
        # a backfill while the daemon runs waits its turn and finishes
        backfill = run_process("--config", str(config), "backfill", "--since", "2015-01-01")
        assert backfill.returncode == 0, backfill.stderr
        assert "new articles" in backfill.stdout
        sent = time.monotonic()
        assert stopped(daemon, 15) == 0
        assert time.monotonic() - sent < 10
    finally:
        if daemon.poll() is None:
            daemon.kill()
    log = daemon.stderr.read()
    assert "pass site-rss: ok" in log and "pass site-listing: ok" in log
    assert "daemon stopped" in log and "Traceback" not in log
    runs = query(config, "select mode, count(*) n from runs group by mode order by mode")
    assert "backfill,1" in runs and "daemon," in runs
    assert (
        query(
            config, "select count(*) - count(distinct canonical_url) as dup from articles"
        ).split()[1]
        == "0"
    )


def test_restarted_daemon_makes_only_conditional_requests(tmp_path, site):
    config = write_config(tmp_path, every(site_sources(site.base)["rss"], "1h"))
    before = 0
    for finished in (1, 2):
        before = len(site.requests)
        daemon = start("--config", str(config), "daemon")
        wait_for(lambda n=finished: finished_runs(config) >= n)
        assert stopped(daemon, 15) == 0
    second = site.requests[before:]  # robots.txt too is remembered in the database
    assert [p for p, _ in second] == ["/rss.xml"]
    assert "If-None-Match" in second[0][1]


def finished_runs(config) -> int:
    return int(
        query(config, "select count(*) n from runs where finished_at is not null").split()[1]
    )


SLOW_ARTICLES = 60


def slow_site(tmp_path):
    """A sitemap of many small articles, each a little slow, so a kill lands mid-way."""
    folder = tmp_path / "slow"
    folder.mkdir()
    (folder / "robots.txt").write_text("User-agent: *\n")
    server = SiteServer(folder)
    base = server.start()
    paths = [f"/a/{i}.html" for i in range(SLOW_ARTICLES)]
    rows = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    (folder / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
    )

    def article(handler):
        time.sleep(0.08)
        number = int(handler.path.rsplit("/", 1)[1].split(".")[0])
        body = (
            f"<html><head><meta charset='utf-8'><title>Binh Duong report {number}</title>"
            f"<meta property='article:published_time' content='2022-03-{1 + number % 28:02}'>"
            f"</head><body><article><p>Binh Duong's exports reached US${100 + number} million "
            f"in February 2022.</p><p>Binh Duong trade grew.</p></article></body></html>"
        )
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    for path in paths:
        server.routes[path] = article
    return server


def table_rows(db_path) -> tuple[list, list]:
    articles = db_rows(db_path, "SELECT canonical_url, content_hash FROM articles ORDER BY 1")
    figures = db_rows(
        db_path,
        "SELECT a.canonical_url, metric, value, period_end FROM figures f "
        "JOIN articles a USING (article_id) ORDER BY 1, 2, 3",
    )
    return articles, figures


def stored_count(config) -> int:
    return int(query(config, "select count(*) n from articles").split()[1])


@pytest.mark.parametrize("kill_after", [0.0, 1.0])
def test_kill_9_mid_backfill_then_rerun_equals_a_clean_run(tmp_path, kill_after):
    server = slow_site(tmp_path)
    try:
        source = source_block("slow", "sitemap", f"{server.base}/sitemap.xml")
        killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
        killed_dir.mkdir()
        clean_dir.mkdir()
        killed = write_config(killed_dir, source)
        args = ("backfill", "--since", "2015-01-01")
        victim = start("--config", str(killed), *args)
        wait_for(lambda: stored_count(killed) > 0)  # a first batch is in
        time.sleep(kill_after)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        partial, _ = table_rows(killed_dir / "tracker.duckdb")
        assert 0 < len(partial) < SLOW_ARTICLES
        rerun = run_process("--config", str(killed), *args)
        assert rerun.returncode == 0, rerun.stderr
        clean = write_config(clean_dir, source)
        assert run_process("--config", str(clean), *args).returncode == 0
        assert table_rows(killed_dir / "tracker.duckdb") == table_rows(clean_dir / "tracker.duckdb")
        points = "SELECT metric, period_end, value, n_sources, suspect FROM points ORDER BY ALL"
        assert db_rows(killed_dir / "tracker.duckdb", points) == db_rows(
            clean_dir / "tracker.duckdb", points
        )  # every figure the killed run stored is flagged by the rerun
        assert db_rows(killed_dir / "tracker.duckdb", "SELECT count(*) FROM flag_queue") == [(0,)]
        statuses = query(killed, "select status from runs order by run_id").split()[1:]
        assert statuses == ["interrupted", "ok"]
    finally:
        server.stop()


def test_ctrl_c_stops_a_backfill_cleanly_and_a_rerun_resumes(tmp_path):
    server = slow_site(tmp_path)
    try:
        config = write_config(
            tmp_path, source_block("slow", "sitemap", f"{server.base}/sitemap.xml")
        )
        victim = start("--config", str(config), "backfill", "--since", "2015-01-01")
        wait_for(lambda: stored_count(config) > 0)
        victim.send_signal(signal.SIGINT)
        assert victim.wait(timeout=15) == 1 or victim.returncode == 0
        out = victim.stdout.read()
        assert "(backfill): interrupted" in out
        stored, _ = table_rows(tmp_path / "tracker.duckdb")
        assert 0 < len(stored) < SLOW_ARTICLES
        rerun = run_process("--config", str(config), "backfill", "--since", "2015-01-01")
        assert f"{SLOW_ARTICLES - len(stored)} new articles" in rerun.stdout
    finally:
        server.stop()


def tgkill(pid: int, tid: int, sig: int) -> None:
    """Send `sig` to one thread of another process (Linux's tgkill, through libc's syscall)."""
    import ctypes
    import platform

    numbers = {"x86_64": 234, "aarch64": 131}  # SYS_tgkill on the machines CI runs on
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.syscall(numbers[platform.machine()], pid, tid, sig) == 0, ctypes.get_errno()


def taking(pid: int, sig: int) -> list[int]:
    """The threads of a process that do not block `sig` (those the kernel may hand it to)."""
    found = []
    for tid in sorted(int(t) for t in os.listdir(f"/proc/{pid}/task")):
        with open(f"/proc/{pid}/task/{tid}/status") as status:
            blocked = next(int(line.split()[1], 16) for line in status if line.startswith("SigBlk"))
        if not blocked & (1 << (sig - 1)):
            found.append(tid)
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tgkill is Linux's")
def test_sigterm_handed_to_a_worker_thread_still_stops_the_daemon(tmp_path, site):
    # the kernel may give a process's signal to any of its threads; Python runs the handler only
    # in the main thread, so the daemon's main thread must not sleep through it
    sources = site_sources(site.base)
    config = write_config(tmp_path, every(sources["rss"], "1s"))
    daemon = start("--config", str(config), "daemon")
    try:
        wait_for(lambda: int(query(config, "select count(*) from runs").split()[1]) >= 2)
        workers = [t for t in taking(daemon.pid, signal.SIGTERM) if t != daemon.pid]
        assert workers, "the daemon runs its passes in threads"
        tgkill(daemon.pid, workers[-1], signal.SIGTERM)
        try:
            assert daemon.wait(timeout=20) == 0
        except subprocess.TimeoutExpired:
            daemon.send_signal(signal.SIGABRT)
            _, err = daemon.communicate(timeout=30)
            raise AssertionError(err[-3000:]) from None
    finally:
        if daemon.poll() is None:
            daemon.kill()
    assert "daemon stopped" in daemon.stderr.read()
