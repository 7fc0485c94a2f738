"""Smaller behaviours: page_url pagination, the feed's date for an undated page, the writer lock,
progress lines off a terminal, and `changes` filters."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime

from db.lock import WriterLock
from etl.models import Link
from tests.conftest import db_rows, source_block, write_config


def test_listing_with_a_page_url_template(tmp_path, site, cli):
    source = source_block(
        "paged", "listing", f"{site.base}/listing/page-1.html",
        link_selector="ul.news-list h3 a", page_url=f"{site.base}/listing/page-{{page}}.html",
    )  # fmt: skip
    config = write_config(tmp_path, source)
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    assert [p for p, _ in site.requests if p.startswith("/listing/")] == [
        "/listing/page-1.html", "/listing/page-2.html", "/listing/page-3.html",
        "/listing/page-4.html",  # past the last page: a 404 ends the walk
    ]  # fmt: skip
    urls = {
        r[0] for r in db_rows(tmp_path / "tracker.duckdb", "SELECT canonical_url FROM articles")
    }
    assert f"{site.base}/en/parks-2019.html" in urls and len(urls) == 8


def test_an_undated_page_takes_the_feeds_date(tmp_path):
    import etl

    reader = etl.open_tracker(write_config(tmp_path, "")).reader()
    when = datetime(2024, 5, 2, 1, 0, tzinfo=UTC)
    html = "<h1>Binh Duong exports</h1><article><p>Binh Duong exports rose.</p></article>"
    article, _, _ = reader.read(html, "http://news.test/a", "en", fallback=when)
    assert article.published_at == when and article.date_source == "feed"
    dated = html.replace("<h1>", "<time datetime='2024-04-30T10:00:00+07:00'></time><h1>")
    article, _, _ = reader.read(dated, "http://news.test/a", "en", fallback=when)
    assert article.date_source == "time" and article.published_at.day == 30
    assert Link("http://news.test/a", "s", when).published == when


def test_writer_lock_is_held_by_one_at_a_time(tmp_path):
    first, second = WriterLock(tmp_path / "x.lock"), WriterLock(tmp_path / "x.lock")
    assert first.acquire(timeout=0)
    got = []
    waiter = threading.Thread(target=lambda: got.append(second.acquire(timeout=0.2)))
    waiter.start()
    waiter.join()
    assert got == [False]
    first.release()
    assert second.acquire(timeout=1)
    second.release()


def test_progress_off_a_terminal_is_plain_log_lines(monkeypatch, caplog):
    import etl.commands.progress
    from etl import Progress
    from etl.commands.progress import ProgressDisplay

    monkeypatch.setattr(etl.commands.progress, "LOG_EVERY_SECONDS", 0.05)
    monkeypatch.setattr(etl.commands.progress, "REFRESH_SECONDS", 0.01)
    progress = Progress(discovered=12, fetched=3, stored=2, figures=7)
    with (
        caplog.at_level(logging.INFO, logger="etl.commands.progress"),
        ProgressDisplay(progress, tty=False),
    ):
        threading.Event().wait(0.2)
    lines = [r.getMessage() for r in caplog.records if r.name == "etl.commands.progress"]
    assert len(lines) >= 2
    assert lines[-1] == "progress: discovered 12, fetched 3, stored 2, figures 7, errors 0"


def test_changes_filters_and_json(tmp_path, site, cli):
    config = write_config(tmp_path, source_block("rss", "rss", f"{site.base}/rss.xml"))
    assert cli("--config", str(config), "once")[0] == 0
    code, out, _ = cli("--config", str(config), "changes", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["change_type"] for r in rows} == {"first_seen"}
    assert {"metric", "previous_value", "value", "delta", "delta_pct", "url", "previous_url",
            "period_end", "previous_period_end", "run_id"} <= set(rows[0])  # fmt: skip
    code, out, _ = cli("--config", str(config), "changes", "--metric", "grdp_growth_pct",
                       "--format", "json")  # fmt: skip
    assert [(r["metric"], r["value"]) for r in json.loads(out)] == [("grdp_growth_pct", 4.92)]
    code, out, _ = cli("--config", str(config), "changes", "--since", "2999-01-01")
    assert code == 0 and out.strip() == "no changes flagged since 2999-01-01"


def test_schedules_every_and_cron(tmp_path):
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from etl.commands.daemon import trigger_for
    from etl.config import load_settings

    sources = source_block("often", "rss", "https://a.example/rss", every="2h") + source_block(
        "nightly", "sitemap", "https://b.example/sitemap.xml", cron="15 3 * * *"
    )
    settings = load_settings(write_config(tmp_path, sources))
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    now = datetime.now(tz)  # an interval counts from when its trigger is made
    often, nightly = (trigger_for(src, settings) for src in settings.sources)
    first = often.get_next_fire_time(None, now)
    assert timedelta(hours=1, minutes=54) <= first - now <= timedelta(hours=2, minutes=6)  # ±5 %
    evening = datetime(2026, 11, 22, 21, 0, tzinfo=tz)
    assert nightly.get_next_fire_time(None, evening) == datetime(2026, 11, 23, 3, 15, tzinfo=tz)
