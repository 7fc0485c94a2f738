"""`query` runs exactly one read-only statement on the tracker's own database: every way out
(ATTACH, COPY, EXPORT, INSTALL/LOAD, SET, file readers, a second statement) is refused, exit 2."""

from __future__ import annotations

import os

import duckdb
import pytest

from tests.conftest import db_rows, write_config

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def database(tmp_path, cli):
    """An initialised tracker database holding one run; returns (config, database path)."""
    config = write_config(tmp_path, "")
    assert cli("--config", str(config), "init")[0] == 0
    path = tmp_path / "tracker.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(
        "INSERT INTO runs (run_id, mode, started_at, status) VALUES (7, 'once', now(), 'ok')"
    )
    conn.close()
    return config, path


def refused(cli, config, sql: str, *expected: str) -> str:
    code, out, err = cli("--config", str(config), "query", sql)
    assert code == 2 and out == "", (sql, code, out, err)
    assert err.startswith("error: query: ") and "Traceback" not in err
    for text in expected:
        assert text in err, (sql, err)
    return err


def test_a_second_statement_is_refused_and_nothing_runs(database, cli):
    config, path = database
    refused(cli, config, "select 1; select 2", "exactly one SQL statement, got 2")
    refused(cli, config, "select 1; delete from runs", "exactly one SQL statement, got 2")
    refused(cli, config, "  ")
    assert db_rows(path, "SELECT count(*) FROM runs") == [(1,)]


def test_attaching_a_hard_link_of_the_database_cannot_delete_its_rows(database, cli, tmp_path):
    config, path = database
    link = tmp_path / "same-file.duckdb"
    os.link(path, link)
    refused(cli, config, f"ATTACH '{link}' AS twin (READ_WRITE)", "ATTACH", "read-only")
    refused(cli, config, "DETACH twin", "DETACH")
    refused(cli, config, "delete from runs", "read-only")
    assert db_rows(path, "SELECT count(*) FROM runs") == [(1,)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("COPY runs TO '{tmp}/out.csv'", "COPY"),
        ("COPY (SELECT 1) TO '{tmp}/out.csv'", "COPY"),
        ("EXPORT DATABASE '{tmp}/exported'", "EXPORT"),
        ("INSTALL '{tmp}/none.duckdb_extension'", "INSTALL and LOAD"),  # a local path: no network
        ("LOAD '{tmp}/none.duckdb_extension'", "INSTALL and LOAD"),
        ("SET threads = 1", "SET"),
        ("RESET threads", "SET"),
        ("PRAGMA threads = 2", "SET"),
        ("PRAGMA enable_profiling", "PRAGMA"),
        ("PRAGMA profiling_output = '{tmp}/profile.txt'", "SET"),
        ("CALL pragma_table_info('runs')", "CALL"),
        ("CREATE TABLE t AS SELECT 1", "CREATE"),
        ("select * from read_csv('/etc/passwd')", "out of reach"),
        ("select * from read_text('/etc/hostname')", "out of reach"),
        ("select * from read_blob('/etc/hostname')", "out of reach"),
        ("select * from read_parquet('{tmp}/x.parquet')", "out of reach"),
        ("select * from read_json('{tmp}/x.json')", "out of reach"),
        ("select * from glob('/etc/*')", "out of reach"),
        ("selec 1", "not valid SQL"),
    ],
)
def test_every_way_out_is_refused_with_exit_2(database, cli, tmp_path, statement, expected):
    config, _ = database
    err = refused(cli, config, statement.format(tmp=tmp_path), expected)
    assert "root:" not in err  # nothing of a local file is shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.duckdb", "tracker.toml"]


def test_a_file_named_as_a_table_is_not_read(database, cli):
    config, _ = database
    code, out, err = cli("--config", str(config), "query", "select * from '/etc/passwd'")
    assert code == 1 and out == "" and "does not exist" in err and "root:" not in err


def test_reads_still_work(database, cli):
    config, _ = database
    for sql in (
        "select run_id from runs",
        "SHOW TABLES",
        "DESCRIBE runs",
        "EXPLAIN select 1",
        "PRAGMA show_tables",
        "select current_setting('enable_external_access') as x",
    ):
        code, out, err = cli("--config", str(config), "query", sql, "--format", "csv")
        assert code == 0, (sql, err)
    assert out.lower().split() == ["x", "false"]
