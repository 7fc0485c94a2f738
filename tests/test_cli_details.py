"""What a new user meets on the command line (issue 15): --version, help with examples and
metric ids, global options after the command, checked metric ids, formats that agree."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from etl.commands.cli import COMMANDS
from etl.commands.output import cell, table
from tests.conftest import run_process
from tests.newsroom import STORIES, TODAY, Newsroom


@pytest.fixture(scope="module")
def passed(tmp_path_factory):
    """Two passes over the newsroom: a first_seen, then an increase."""
    from etl.commands.cli import main

    folder = tmp_path_factory.mktemp("cli")
    room = Newsroom(folder / "site")
    try:
        config = room.config(folder)
        for days, story in ((5, STORIES[0]), (4, STORIES[1])):
            room.publish(*story, TODAY - timedelta(days=days))
            assert main(["--config", str(config), "once"]) == 0
    finally:
        room.stop()
    return config


def test_help_has_an_example_per_command_and_the_metric_ids():
    result = run_process("--help")
    out = result.stdout
    assert result.returncode == 0
    for name, spec in COMMANDS.items():
        assert f"run.py {spec[4]}" in out, name
    changes = run_process("changes", "--help").stdout
    assert "example:" in changes and "fdi_capital_total" in changes and "--news-only" in changes


def test_version_is_printed():
    result = run_process("--version")
    assert result.returncode == 0 and result.stdout.strip().startswith("run.py ")


def test_global_options_after_the_command(passed, cli):
    database = passed.parent / "tracker.duckdb"
    code, out, _ = cli("query", "select count(*) as n from articles", "--db", str(database))
    assert code == 0 and out.splitlines()[-1].strip() == "2"
    code, out, _ = cli("changes", "--config", str(passed), "--format", "json", "-q")
    assert code == 0 and len(json.loads(out)) == 2


def test_changes_checks_metric_and_names_types_alike(passed, cli):
    code, _, err = cli("--config", str(passed), "changes", "--metric", "fdi_total")
    assert code == 2 and "not a metric id" in err and "fdi_capital_total" in err
    code, table_out, _ = cli("--config", str(passed), "changes")
    code, json_out, _ = cli("--config", str(passed), "changes", "--format", "json")
    code, csv_out, _ = cli("--config", str(passed), "changes", "--format", "csv")
    types = [c["change_type"] for c in json.loads(json_out)]
    assert types == ["increase", "first_seen"]
    assert [r["change_type"] for r in csv.DictReader(io.StringIO(csv_out))] == types
    assert [line.split()[2] for line in table_out.splitlines()[1::2]] == types
    assert "36.8 bn USD -> 39.9 bn USD (+3.1 bn USD, +8.4 %)" in table_out


def test_news_only_leaves_out_history(passed, cli):
    code, out, _ = cli("--config", str(passed), "changes", "--format", "json", "--news-only")
    assert code == 0 and all(not c["history"] for c in json.loads(out))


def test_query_formats_without_reprs_or_needless_decimals(passed, cli):
    sql = "select 4082.0::DOUBLE as projects, ['a,b', 'c\"d'] as urls, true as ok"
    _, out, _ = cli("--config", str(passed), "query", sql, "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row == {"projects": "4082", "urls": '["a,b", "c\\"d"]', "ok": "true"}
    assert json.loads(row["urls"]) == ["a,b", 'c"d']
    _, out, _ = cli("--config", str(passed), "query", sql, "--format", "json")
    assert json.loads(out) == [{"projects": 4082, "urls": ["a,b", 'c"d'], "ok": True}]
    _, out, _ = cli("--config", str(passed), "query", sql)
    assert out.splitlines()[-1].split()[0] == "4082"


def test_empty_query_is_bad_usage(passed):
    for sql in ("", "   ", "-- nothing\n", ";"):
        result = run_process("--config", str(passed), "query", sql)
        assert result.returncode == 2 and "the SQL is empty" in result.stderr
        assert "Traceback" not in result.stderr


def test_long_cells_are_whole_unless_a_width_is_given(passed):
    sentence = "select sentence from figures order by period_end limit 1"
    result = run_process("--config", str(passed), "query", sentence)
    assert result.stdout.splitlines()[-1] == (
        "As of December 31, 2021, Binh Duong had total registered FDI capital of US$36.8 billion."
    )
    narrow = table(["metric", "sentence"], [["fdi_capital_total", "x" * 120]], width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60 and "…" in narrow


def test_terminal_never_gets_control_characters():
    assert cell("red \x1b[31mtext\x07") == "red \\x1b[31mtext\\x07"


def test_sources_of_the_database_given(passed, cli, tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('[tracker]\ndatabase = "nothing.duckdb"\n')
    database = passed.parent / "tracker.duckdb"
    code, out, _ = cli("--config", str(other), "sources", "--db", str(database))
    row = next(line for line in out.splitlines() if line.startswith("newsroom"))
    assert code == 0 and "not in the config" in row and " ok " in row


def test_default_config_from_another_folder(passed, tmp_path):
    database = passed.parent / "tracker.duckdb"
    result = run_process("--db", str(database), "changes", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2


def test_output_cut_short_by_the_reader_is_no_error(passed):
    import subprocess
    import sys

    from tests.conftest import ROOT

    command = [sys.executable, str(ROOT / "run.py"), "--config", str(passed), "changes"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `| head` that has read enough
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0 and b"Traceback" not in err
