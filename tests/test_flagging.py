"""Every stored figure is flagged, in every mode: the daemon's concurrent passes over three
sources, a backfill beside them, a SIGTERM; and errors inside the pipeline are never a silent ok."""

from __future__ import annotations

import pytest

from etl.discover.kinds import KINDS, SourceKind
from tests.conftest import db_rows, run_process, site_sources, source_block, write_config
from tests.test_daemon import every, query, start, stopped, wait_for

UNFLAGGED = """
SELECT count(*) FROM figure_sources fs
WHERE fs.period_end IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM points p WHERE p.metric = fs.metric AND p.partner IS NOT DISTINCT FROM fs.partner
      AND p.period_end = fs.period_end AND p.period_start IS NOT DISTINCT FROM fs.period_start)
"""


def finished_passes(config) -> int:
    out = query(
        config, "select count(*) n from runs where mode = 'daemon' and finished_at is not null"
    )
    return int(out.split()[1])


def agreement(db_path) -> dict[str, int]:
    """Figures, changes, latest_figures rows, and what is left unflagged."""
    one = lambda sql: db_rows(db_path, sql)[0][0]  # noqa: E731
    return {
        "figures": one("SELECT count(*) FROM figure_sources WHERE period_end IS NOT NULL"),
        "series": one("SELECT count(DISTINCT (metric, partner)) FROM figure_sources "
                      "WHERE period_end IS NOT NULL"),
        "changes": one("SELECT count(*) FROM changes"),
        "first_seen": one("SELECT count(*) FROM changes WHERE change_type = 'first_seen'"),
        "latest": one("SELECT count(*) FROM latest_figures"),
        "queued": one("SELECT count(*) FROM flag_queue"),
        "unflagged": one(UNFLAGGED),
    }  # fmt: skip


def run_daemon(config, beside: tuple[str, ...] = ()) -> str:
    """The daemon until two passes of each of the three sources are done, then SIGTERM; with
    `beside`, that command runs (and finishes) while the daemon does."""
    daemon = start("--config", str(config), "daemon")
    try:
        wait_for(lambda: finished_passes(config) >= 1, seconds=90)
        if beside:
            result = run_process("--config", str(config), *beside)
            assert result.returncode == 0, result.stderr
        wait_for(lambda: finished_passes(config) >= 6, seconds=180)
        assert stopped(daemon) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    log = daemon.stderr.read()
    assert "Traceback" not in log
    return log


@pytest.mark.parametrize("beside", [(), ("backfill", "--since", "2015-01-01")])
def test_the_daemon_over_three_sources_flags_every_figure(tmp_path, site, beside):
    sources = site_sources(site.base)
    config = write_config(tmp_path, "".join(every(b, "1s") for b in sources.values()))
    run_daemon(config, beside)
    found = agreement(tmp_path / "tracker.duckdb")
    assert found["figures"] > 0 and found["queued"] == 0 and found["unflagged"] == 0
    assert found["latest"] == found["first_seen"] == found["series"] > 0
    assert found["changes"] >= found["first_seen"]
    # no run is left running, none marked interrupted by another pass or process; only a pass
    # that SIGTERM cut short says interrupted, and that is its source's last pass
    runs = db_rows(tmp_path / "tracker.duckdb", """
        SELECT mode, status, run_id = max(run_id) OVER (PARTITION BY mode, sources) AS last
        FROM runs""")  # fmt: skip
    assert all(status == "ok" or (status == "interrupted" and mode == "daemon" and last)
               for mode, status, last in runs)  # fmt: skip


def test_a_missing_metric_catalogue_stops_every_command_with_exit_2(tmp_path, site):
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    text = config.read_text().replace("metrics.toml", "missing-metrics.toml")
    config.write_text(text)
    page = tmp_path / "a.txt"
    page.write_text("Binh Duong\nBinh Duong exports rose.")
    commands = [
        ("init",), ("once",), ("backfill", "--since", "2024-01-01"), ("extract", str(page)),
        ("query", "select 1"), ("sources",), ("changes",), ("daemon",), ("review",),
        ("--db", str(tmp_path / "other.duckdb"), "query", "select 1"),
    ]  # fmt: skip
    for command in commands:
        result = run_process("--config", str(config), *command, timeout=60)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "missing-metrics.toml: metric catalogue not found (tracker.metrics)" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "tracker.duckdb").exists()


def test_an_unexpected_error_fails_its_source_with_a_reason_and_exit_1(
    tmp_path, site, cli, monkeypatch
):
    def broken_walk(source, ctx, found):
        raise RuntimeError("a bug in a new source kind")

    monkeypatch.setitem(KINDS, "sitemap", SourceKind("sitemap", broken_walk))
    sources = site_sources(site.base)
    config = write_config(tmp_path, sources["rss"] + sources["sitemap"])
    code, out, _ = cli("--config", str(config), "once")
    assert code == 1 and "partial" in out
    errors = db_rows(tmp_path / "tracker.duckdb", "SELECT status, errors FROM runs")
    assert errors[0][0] == "partial"
    assert any("discovery failed (RuntimeError('a bug in a new source kind'))" in e
               for e in errors[0][1])  # fmt: skip
    stored = db_rows(tmp_path / "tracker.duckdb", "SELECT count(*) FROM articles")[0][0]
    assert stored > 0  # the feed's articles are in


def test_an_unexpected_error_reading_pages_fails_each_page_not_silently(
    tmp_path, site, cli, monkeypatch
):
    from etl.pipeline.tracker import Tracker

    def broken_reader(self, window=None):
        raise RuntimeError("the reader cannot be built")

    monkeypatch.setattr(Tracker, "reader", broken_reader)
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    code, out, _ = cli("--config", str(config), "once")
    assert code == 1 and "(once): partial" in out
    errors = db_rows(tmp_path / "tracker.duckdb", "SELECT errors FROM runs")[0][0]
    assert errors and all("the reader cannot be built" in e for e in errors)


def test_a_run_that_fails_outright_says_so_in_runs(tmp_path, site, monkeypatch):
    config = write_config(tmp_path, source_block("feed", "rss", f"{site.base}/rss.xml"))
    import etl
    from etl.errors import ConfigError
    from etl.pipeline import run as run_module

    def refuse(*args, **kwargs):
        raise ConfigError("tracker.something: a setting the run cannot use")

    monkeypatch.setattr(run_module, "stream_by_host", refuse)
    with etl.open_tracker(config) as tracker, pytest.raises(ConfigError):
        tracker.run_pass()
    rows = db_rows(tmp_path / "tracker.duckdb", "SELECT status, errors FROM runs")
    assert rows == [("failed", ["run failed: tracker.something: a setting the run cannot use"])]
