"""Any province by configuration alone (issue 13): one story names Bình Dương and Đồng Nai, each
with its own figures; run with the [entity] of configs/default.toml and of configs/dong-nai.toml,
each database keeps only its own province's figures."""

from __future__ import annotations

import json
import tomllib

import pytest

from tests.conftest import METRICS, ROOT, db_rows, source_block

BINH_DUONG = {
    ("fdi_capital_period", 1.2e9, "2024-06-30"),
    ("fdi_capital_period_yoy_pct", 18.0, "2024-06-30"),
    ("fdi_projects_total", 4200.0, "2024-06-30"),
}
DONG_NAI = {
    ("fdi_capital_period", 1.8e9, "2024-06-30"),
    ("fdi_capital_period_yoy_pct", 25.0, "2024-06-30"),
    ("fdi_projects_total", 1950.0, "2024-06-30"),
}


def entity_table(config_name: str) -> str:
    """The [entity] table of a shipped config, written back as TOML."""
    data = tomllib.loads((ROOT / "configs" / config_name).read_text(encoding="utf-8"))
    lines = [
        f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in data["entity"].items()
    ]
    return "[entity]\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("config_name", "own", "other"),
    [("default.toml", BINH_DUONG, DONG_NAI), ("dong-nai.toml", DONG_NAI, BINH_DUONG)],
)
def test_each_province_keeps_only_its_own_figures(tmp_path, site, cli, config_name, own, other):
    config = tmp_path / "tracker.toml"
    config.write_text(
        f'[tracker]\ndatabase = "tracker.duckdb"\nmin_delay = "0s"\ntimeout = "5s"\n'
        f'metrics = "{METRICS.as_posix()}"\n\n{entity_table(config_name)}\n'
        + source_block("two-provinces", "rss", f"{site.base}/outlets/provinces/rss.xml"),
        encoding="utf-8",
    )
    code, out, err = cli("--config", str(config), "backfill", "--since", "2024-01-01")
    assert code == 0, out + err
    rows = db_rows(
        tmp_path / "tracker.duckdb",
        "SELECT f.metric, f.value, f.period_end::VARCHAR, a.relevant "
        "FROM articles a LEFT JOIN figures f USING (article_id)",
    )
    assert {relevant for *_, relevant in rows} == {True}
    found = {(metric, value, end) for metric, value, end, _ in rows}
    assert own <= found
    assert not found & other
