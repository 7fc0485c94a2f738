"""Schema and migrations: every table and view of PRODUCT.md §3, idempotent init."""

from __future__ import annotations

import duckdb

import db
from db.migrate import current_version, migrations

TABLES = {
    "articles": "article_id, url, canonical_url, source, title, published_at, lang, relevant, "
    "body, content_hash, first_seen_at, last_fetched_at",
    "figures": "figure_id, article_id, metric, partner, value, unit, qualifier, kind, "
    "period_start, period_end, text, sentence, extracted_at",
    "runs": "run_id, mode, started_at, finished_at, status, sources, articles_new, figures_new, "
    "changes_new, errors",
    "snapshots": "run_id, metric, partner, period_end, value, unit, figure_id",
    "changes": "change_id, run_id, detected_at, metric, partner, change_type, previous_value, "
    "value, previous_period_end, period_end, delta, delta_pct, figure_id, previous_figure_id",
    "latest_figures": "metric, partner, period_end, value, url",
    "metric_series": "metric, partner, period_end, value, n_reports, urls",
}


def test_every_contract_table_and_view_has_its_columns(tmp_path):
    conn = db.connect(tmp_path / "t.duckdb")
    db.migrate(conn)
    for table, columns in TABLES.items():
        present = {row[0] for row in conn.execute(f"DESCRIBE {table}").fetchall()}
        missing = {c.strip() for c in columns.split(",")} - present
        assert not missing, (table, missing)
    conn.close()


def test_migrate_is_idempotent_and_records_versions(tmp_path):
    path = tmp_path / "t.duckdb"
    conn = db.connect(path)
    first = db.migrate(conn)
    conn.close()
    conn = db.connect(path)
    assert db.migrate(conn) == []
    assert first == [v for v, _, _ in migrations()]
    assert current_version(conn) == max(first)
    rows = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == first
    conn.close()


def test_cli_init_twice(tmp_path, cli):
    database = tmp_path / "x.duckdb"
    code, out, _ = cli("--db", str(database), "init")
    assert code == 0 and "migrated" in out
    code, out, _ = cli("--db", str(database), "init")
    assert code == 0 and "up to date" in out


def test_a_failed_transaction_leaves_nothing(tmp_path):
    conn = db.connect(tmp_path / "t.duckdb")
    db.migrate(conn)
    try:
        with db.transaction(conn):
            conn.execute("INSERT INTO source_state (source) VALUES ('a')")
            raise RuntimeError("killed half-way")
    except RuntimeError:
        pass
    assert conn.execute("SELECT count(*) FROM source_state").fetchone()[0] == 0
    conn.close()


def test_read_only_connection_refuses_writes(tmp_path):
    path = tmp_path / "t.duckdb"
    conn = db.connect(path)
    db.migrate(conn)
    conn.close()
    reader = db.connect(path, read_only=True)
    try:
        reader.execute("DELETE FROM runs")
        raised = False
    except duckdb.Error:
        raised = True
    reader.close()
    assert raised
