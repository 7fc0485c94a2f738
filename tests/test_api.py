"""The public API a notebook or bench/ calls: open a tracker, run a pass and a backfill, read a
text; and the typed seam underneath (a batch of records of one table at a time)."""

from __future__ import annotations

from datetime import date

import pytest

import etl
from db.records import ArticleUrlRow, SnapshotRow
from tests.conftest import db_rows, site_sources, write_config


def test_a_tracker_runs_a_pass_then_a_backfill_over_the_fixture_site(tmp_path, site):
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    with etl.open_tracker(config) as tracker:
        first = tracker.run_pass()
        again = tracker.run_pass()
        history = tracker.backfill(date(2015, 1, 1))
    stored = db_rows(tmp_path / "tracker.duckdb", "select count(*) from articles")[0][0]
    assert first.status == "ok" and first.articles_new == stored > 0
    assert again.articles_new == 0 and history.mode == "backfill"
    modes = db_rows(tmp_path / "tracker.duckdb", "select mode from runs order by run_id")
    assert [m for (m,) in modes] == ["once", "once", "backfill"]


def test_extract_figures_reads_one_text_without_a_database(tmp_path):
    config = write_config(tmp_path, "")
    text = ("Binh Duong drew US$2.5 billion of foreign direct investment (FDI) in the first "
            "half of 2023, the province's planning office said.")  # fmt: skip
    figures = etl.extract_figures(text, title="Binh Duong FDI", published=date(2023, 7, 4),
                                  config=config)  # fmt: skip
    assert [(f.metric, f.value, f.period_end) for f in figures] == [
        ("fdi_capital_period", 2.5e9, date(2023, 6, 30))
    ]
    assert not (tmp_path / "tracker.duckdb").exists()
    off_topic = etl.extract_figures("Ha Noi drew US$2.5 billion of FDI.", config=config)
    assert off_topic == ()


def test_a_batch_holds_records_of_one_table(tmp_path):
    import db
    from db import store

    conn = db.connect(tmp_path / "t.duckdb")
    db.migrate(conn)
    url = ArticleUrlRow("u1", "a1")
    snapshot = SnapshotRow(1, "m", None, date(2024, 1, 31), None, 1.0, "exact", "f1")
    with pytest.raises(TypeError):
        store.insert(conn, [url, snapshot])
    store.insert(conn, [url, url])
    assert conn.execute("select * from article_urls").fetchall() == [("u1", "a1")]
    conn.close()


def test_a_bad_config_is_one_message_from_the_api(tmp_path):
    from etl.errors import ConfigError

    config = tmp_path / "x.toml"
    config.write_text('[tracker]\nmetrics = "nowhere.toml"\n[entity]\nname = "Binh Duong"\n')
    with pytest.raises(ConfigError, match="nowhere.toml: metric catalogue not found"):
        etl.open_tracker(config)


def test_a_step_numbered_below_an_applied_one_still_runs(tmp_path):
    """A database migrated by a build that had step 13 but not 7 to 9 gets them later (and
    the steps numbered after 13, which that build did not have)."""
    import db
    from db.migrate import applied_versions, migrations

    conn = db.connect(tmp_path / "t.duckdb")
    applied_versions(conn)  # makes the version table
    for version, name, path in migrations():
        if version in (7, 8, 9) or version > 13:
            continue
        conn.execute(path.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
    later = [version for version, _, _ in migrations() if version > 13]
    assert db.migrate(conn) == [7, 8, 9, *later] and later
    assert {7, 8, 9, 13} <= applied_versions(conn)
    assert conn.execute("SELECT count(*) FROM flag_queue").fetchone() == (0,)
    conn.close()
