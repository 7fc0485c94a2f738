"""The command line as a user meets it: help, exit codes, output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import FIXTURES, SITE, run_process, site_sources, write_config

COMMANDS = ["init", "once", "daemon", "backfill", "extract", "changes", "query", "sources", "demo"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli, command):
    with pytest.raises(SystemExit) as done:
        cli(command, "--help")
    assert done.value.code == 0


def test_bad_usage_exits_2_without_traceback():
    result = run_process("backfill", "--since", "yesterday")
    assert result.returncode == 2
    assert "expected a date as YYYY-MM-DD, got 'yesterday'" in result.stderr
    assert "Traceback" not in result.stderr


def test_until_before_since_is_bad_usage(tmp_path, cli):
    config = write_config(tmp_path, "")
    code, _, err = cli(
        "--config", str(config), "backfill", "--since", "2022-01-02", "--until", "2022-01-01"
    )
    assert code == 2 and "before --since" in err


def test_daemon_without_sources_is_a_usage_error(tmp_path, cli):
    config = write_config(tmp_path, "")
    code, _, err = cli("--config", str(config), "daemon")
    assert code == 2 and "no enabled [[source]]" in err


def test_extract_txt_as_json_has_the_contract_shape(cli):
    path = FIXTURES / "articles" / "en-periods.txt"
    code, out, _ = cli("extract", str(path), "--published", "2022-07-20", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"title", "published", "lang", "relevant", "figures"} <= set(data)
    assert data["published"] == "2022-07-20" and data["lang"] == "en" and data["relevant"] is True
    figure = data["figures"][0]
    assert set(figure) >= {"metric", "partner", "value", "unit", "qualifier", "kind",
                           "period_start", "period_end", "text", "sentence"}  # fmt: skip
    assert figure["metric"] == "fdi_projects_total" and figure["value"] == 4033


def test_extract_html_file_reads_its_own_date(cli):
    code, out, _ = cli(
        "extract", str(SITE / "vi" / "von-fdi-5-thang-2021.html"), "--format", "json"
    )
    data = json.loads(out)
    assert code == 0 and data["published"] == "2021-05-21" and data["lang"] == "vi"
    assert ("fdi_projects_total", 4008.0) in {(f["metric"], f["value"]) for f in data["figures"]}


def test_extract_url_over_loopback_and_table_output(site, cli):
    code, out, _ = cli("extract", f"{site.base}/en/fdi-2022.html")
    assert code == 0
    assert "title: Binh Duong draws US$3.14 billion of FDI in 2022" in out
    assert "fdi_capital_period" in out and "3,140,000,000" in out


def test_extract_missing_file_is_a_usage_error(cli, tmp_path):
    code, _, err = cli("extract", str(tmp_path / "none.txt"))
    assert code == 2 and "no such file" in err


def test_extract_writes_nothing(tmp_path, cli):
    config = write_config(tmp_path, "")
    cli("--config", str(config), "extract", str(FIXTURES / "articles" / "en-periods.txt"))
    assert not (tmp_path / "tracker.duckdb").exists()


@pytest.fixture
def filled(tmp_path, site, cli):
    config = write_config(tmp_path, site_sources(site.base)["rss"])
    assert cli("--config", str(config), "once")[0] == 0
    return config


def test_query_formats(filled, cli):
    sql = "select metric, value from figures where metric = 'grdp_growth_pct'"
    code, out, _ = cli("--config", str(filled), "query", sql, "--format", "json")
    assert code == 0 and json.loads(out) == [{"metric": "grdp_growth_pct", "value": 4.92}]
    code, out, _ = cli("--config", str(filled), "query", sql, "--format", "csv")
    assert list(csv.reader(io.StringIO(out))) == [["metric", "value"], ["grdp_growth_pct", "4.92"]]
    code, out, _ = cli("--config", str(filled), "query", sql)
    assert out.splitlines()[0].split() == ["metric", "value"] and "4.92" in out


def test_query_is_read_only(filled, cli):
    code, _, err = cli("--config", str(filled), "query", "delete from articles")
    assert code == 2 and "read-only" in err.lower()
    code, out, _ = cli("--config", str(filled), "query", "select count(*) n from articles")
    assert "6" in out


def test_query_bad_sql_is_one_line(filled):
    result = run_process("--config", str(filled), "query", "select nope from nowhere")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: query failed")


def test_sources_shows_last_pass(filled, cli):
    code, out, _ = cli("--config", str(filled), "sources")
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("site-rss"))
    assert "rss" in row and " ok " in row and " 6 " in row


def test_demo_runs_offline(tmp_path):
    database = tmp_path / "demo.duckdb"
    result = run_process("--db", str(database), "demo")
    assert result.returncode == 0, result.stderr
    assert "Articles (9)" in result.stdout
    assert "fdi_capital_total" in result.stdout and "nearly US$40 billion" in result.stdout
    assert database.exists()
