"""`export`: every table and view round-trips through Parquet and CSV (rows, types, values),
figures partitioned hive-style, readable by pandas, pyarrow and DuckDB; safe beside a writer."""

from __future__ import annotations

import json
import threading
import time

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from db.session import Database
from tests.newsroom import HOSTILE, STORIES, TODAY, Newsroom


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A database after two passes with a notify channel (so every table has rows)."""
    from etl.commands.cli import main

    folder = tmp_path_factory.mktemp("export")
    room = Newsroom(folder / "site")
    try:
        feed = '[[notify]]\nname = "reader"\nkind = "feed"\npath = "feed.atom"\n'
        config = room.config(folder, feed)
        room.publish_all(STORIES)
        assert main(["--config", str(config), "once"]) == 0
        room.publish(*HOSTILE, TODAY)
        assert main(["--config", str(config), "once"]) == 0
    finally:
        room.stop()
    return config, folder / "tracker.duckdb"


def export(cli, config, out, fmt) -> dict:
    code, stdout, err = cli("--config", str(config), "export", "--format", fmt, "--out", str(out))
    assert code == 0, err
    return json.loads((out / "_schema.json").read_text())["tables"]


def originals(database) -> dict[str, tuple[int, list]]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal UNION ALL "
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
        ).fetchall()]  # fmt: skip
        return {
            n: (conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0],
                conn.execute(f'DESCRIBE "{n}"').fetchall())
            for n in names
        }  # fmt: skip
    finally:
        conn.close()


def differences(database, name: str, reader: str, columns: list[str]) -> int:
    """Rows in one side and not the other (0: the same multiset of rows)."""
    select = ", ".join(f'"{c}"' for c in columns)
    conn = duckdb.connect(str(database), read_only=True)
    try:
        original = f'SELECT {select} FROM "{name}"'
        copy = f"SELECT {select} FROM {reader}"
        return conn.execute(
            f"SELECT (SELECT count(*) FROM ({original} EXCEPT ALL {copy})) + "
            f"(SELECT count(*) FROM ({copy} EXCEPT ALL {original}))"
        ).fetchone()[0]
    finally:
        conn.close()


def test_parquet_round_trip(filled, cli, tmp_path):
    config, database = filled
    tables = export(cli, config, tmp_path / "pq", "parquet")
    source = originals(database)
    assert set(tables) == set(source) and {"figures", "changes", "notify_outbox"} <= set(tables)
    assert all(source[n][0] > 0 for n in ("articles", "figures", "changes", "notify_outbox"))
    for name, (rows, described) in source.items():
        folder = tmp_path / "pq" / name
        reader = f"read_parquet('{folder.as_posix()}/**/*.parquet', hive_partitioning = true)"
        conn = duckdb.connect()
        back = {
            row[0]: row[1] for row in conn.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()
        }
        conn.close()
        for column, kind, *_ in described:
            assert back[column] == kind, (name, column)
        assert tables[name]["rows"] == rows
        assert differences(database, name, reader, [c[0] for c in described]) == 0, name


def test_figures_are_hive_partitioned_and_read_by_pandas_and_pyarrow(filled, cli, tmp_path):
    config, database = filled
    export(cli, config, tmp_path / "pq", "parquet")
    folder = tmp_path / "pq" / "figures"
    assert sorted(p.name for p in folder.iterdir()) == ["metric=exports_period",
                                                         "metric=fdi_capital_total"]  # fmt: skip
    years = sorted(p.name for p in (folder / "metric=fdi_capital_total").iterdir())
    assert years == ["year=2021", "year=2022", "year=2023", "year=2024"]
    frame = pd.read_parquet(folder)
    assert len(frame) == 6 and set(frame["year"].astype(int)) == {2021, 2022, 2023, 2024}
    assert frame.loc[frame["value"] == 42.7e9, "metric"].astype(str).tolist() == [
        "fdi_capital_total"
    ]
    table = ds.dataset(folder, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 6
    changes = pd.read_parquet(tmp_path / "pq" / "changes")
    assert set(changes["change_type"]) == {"first_seen", "increase"}


def test_csv_round_trip_keeps_types_with_the_schema(filled, cli, tmp_path):
    config, database = filled
    tables = export(cli, config, tmp_path / "csv", "csv")
    for name, (rows, described) in originals(database).items():
        folder = tmp_path / "csv" / name
        kinds = {c: k for c, k in tables[name]["columns"]}
        assert kinds == {c[0]: c[1] for c in described}
        casts = ", ".join(
            f'CAST("{c}"{"::JSON" if k.endswith("]") else ""} AS {k}) AS "{c}"'
            for c, k in kinds.items()
        )
        raw = (f"read_csv('{folder.as_posix()}/**/*.csv', all_varchar = true, header = true, "
               "delim = ',', quote = '\"', escape = '\"', hive_partitioning = true)")  # fmt: skip
        reader = f"(SELECT {casts} FROM {raw})"
        assert differences(database, name, reader, list(kinds)) == 0, name
        if name == "articles":
            frame = pd.read_csv(folder / "articles.csv")
            assert len(frame) == rows and frame["title"].str.contains("<script>").sum() == 1
        if name == "metric_series":
            frame = pd.read_csv(folder / "metric_series.csv")
            assert all(isinstance(json.loads(v), list) for v in frame["urls"])


def test_jsonl_lines_are_records(filled, cli, tmp_path):
    config, database = filled
    tables = export(cli, config, tmp_path / "jl", "jsonl")
    lines = (tmp_path / "jl" / "latest_figures" / "latest_figures.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == tables["latest_figures"]["rows"] == 2
    assert all(isinstance(r["urls"], list) for r in records)


def test_export_waits_for_a_writer_and_refuses_a_foreign_folder(filled, cli, tmp_path):
    config, database = filled
    held = threading.Event()

    def writer() -> None:  # a daemon writing a batch: holds the file read-write for a while
        with Database(database).session() as conn:
            conn.execute("SELECT count(*) FROM figures").fetchone()
            held.set()
            time.sleep(1.5)

    thread = threading.Thread(target=writer)
    thread.start()
    held.wait(10)
    started = time.monotonic()
    tables = export(cli, config, tmp_path / "busy", "parquet")
    assert time.monotonic() - started >= 1.0 and tables["figures"]["rows"] == 6
    thread.join()
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    code, _, err = cli("--config", str(config), "export", "--out", str(foreign))
    assert code == 2 and "not empty" in err and (foreign / "notes.txt").exists()
    export(cli, config, tmp_path / "busy", "csv")  # an earlier export is replaced
    assert not list((tmp_path / "busy").rglob("*.parquet"))
