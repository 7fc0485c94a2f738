"""The HTML report: every series with its chart and points, units, escaping, size."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import lxml.html
import pytest

from bench.report import fill_series
from etl.config import load_settings
from etl.report.build import write_report
from tests.conftest import db_rows
from tests.newsroom import (
    HOSTILE,
    HOSTILE_LEAD,
    HOSTILE_TITLE,
    POINTS_SQL,
    Newsroom,
)


@pytest.fixture
def reported(tmp_path, cli):
    """A database filled by two passes over the newsroom (the hostile article in the second),
    and its report."""
    room = Newsroom(tmp_path / "site")
    try:
        room.publish_all()
        config = room.config(tmp_path)
        assert cli("--config", str(config), "once")[0] == 0
        room.publish(*HOSTILE, date.today())
        assert cli("--config", str(config), "once")[0] == 0
    finally:
        room.stop()
    out = tmp_path / "report.html"
    code, stdout, _ = cli("--config", str(config), "report", "--out", str(out),
                          "--since", "2015-01-01")  # fmt: skip
    assert code == 0 and "wrote" in stdout
    return tmp_path / "tracker.duckdb", out


def cards(html: str) -> dict[tuple[str, str], int]:
    tree = lxml.html.fromstring(html)
    return {
        (card.get("data-metric"), card.get("data-partner")): len(card.cssselect("svg g.pt"))
        for card in tree.cssselect("article.card")
    }


def test_every_series_has_a_chart_with_its_points(reported):
    database, out = reported
    stored = db_rows(database, POINTS_SQL)
    assert len(stored) >= 2
    assert cards(out.read_text()) == {(m, p): n for m, p, n in stored}


def test_hostile_title_and_sentence_are_text(reported):
    database, out = reported
    titles = [t for (t,) in db_rows(database, "SELECT title FROM articles")]
    sentences = [s for (s,) in db_rows(database, "SELECT sentence FROM figures")]
    assert any(HOSTILE_TITLE in t for t in titles)  # the attack reached the database ...
    assert any(HOSTILE_LEAD in s for s in sentences)
    html = out.read_text()
    tree = lxml.html.fromstring(html)
    assert len(tree.cssselect("script")) == 1  # ... and the page runs only its own script
    assert not tree.cssselect("img, b, svg[onload]")
    assert not [el for el in tree.iter() if any(k.startswith("on") for k in el.attrib)]
    assert "&lt;b onmouseover=" in html and HOSTILE_LEAD in tree.text_content()


def test_latest_figures_read_with_units_and_provenance(reported):
    _, out = reported
    tree = lxml.html.fromstring(out.read_text())
    rows = {
        row.cssselect("td")[0].text_content(): [td.text_content() for td in row.cssselect("td")]
        for row in tree.cssselect("#latest tbody tr")
    }
    fdi = rows["FDI registered capital, cumulative"]
    assert fdi[1] == "42.7 bn USD" and fdi[2] == "as of 2024-12-31"
    assert fdi[3] == f"newsroom: {HOSTILE[1]}"
    assert fdi[4] == date.today().isoformat() and "US$42.7 billion" in fdi[5]
    assert rows["Exports in the period"][1:3] == ["34.6 bn USD", "2024"]


def test_changes_since_a_date_and_metric_filter(reported, cli, tmp_path):
    database, _ = reported
    out = tmp_path / "fdi.html"
    config = tmp_path / "tracker.toml"
    code, _, _ = cli("--config", str(config), "report", "--out", str(out),
                     "--metric", "fdi_capital_total", "--since", "2015-01-01")  # fmt: skip
    assert code == 0
    assert list(cards(out.read_text())) == [("fdi_capital_total", "")]
    tree = lxml.html.fromstring(out.read_text())
    types = Counter(c.text_content() for c in tree.cssselect("#changes tbody td code"))
    stored = db_rows(database, "SELECT change_type, count(*) FROM changes "
                     "WHERE metric = 'fdi_capital_total' GROUP BY ALL")  # fmt: skip
    assert types == dict(stored)
    # two days on: after tomorrow in any time zone (the report's day is the tracker's, +07:00)
    later = date.fromordinal(date.today().toordinal() + 2).isoformat()
    cli("--config", str(config), "report", "--out", str(out), "--since", later)
    assert "No change was flagged" in out.read_text()


def test_unknown_metric_is_bad_usage(reported, cli, tmp_path):
    code, _, err = cli("--config", str(tmp_path / "tracker.toml"), "report", "--metric", "fdi")
    assert code == 2 and "not a metric id" in err and "fdi_capital_total" in err


def test_sources_health(reported):
    _, out = reported
    tree = lxml.html.fromstring(out.read_text())
    row = [td.text_content() for td in tree.cssselect("#sources tbody tr")[0].cssselect("td")]
    assert row[0].startswith("newsroom") and row[2] == "ok" and row[4] == "just now"


def test_fifty_series_stay_under_a_megabyte(tmp_path):
    database = tmp_path / "busy.duckdb"
    fill_series(database, series=50, points=24)
    config = tmp_path / "tracker.toml"
    config.write_text(f'[tracker]\ndatabase = "{database.as_posix()}"\n')
    written = write_report(load_settings(config), tmp_path / "busy.html", date(2015, 1, 1))
    assert written.series == 50 and written.points == 50 * 24
    assert written.size < 1_000_000, written.size
    assert set(cards((tmp_path / "busy.html").read_text()).values()) == {24}


def test_report_of_a_database_without_figures(tmp_path, cli):
    config = tmp_path / "tracker.toml"
    config.write_text('[tracker]\ndatabase = "empty.duckdb"\n')
    assert cli("--config", str(config), "init")[0] == 0
    code, _, _ = cli("--config", str(config), "report", "--out", str(tmp_path / "r.html"))
    assert code == 0 and "No figures stored yet" in (tmp_path / "r.html").read_text()


def test_settings_database_override(reported, tmp_path):
    database, _ = reported
    settings = replace(load_settings(tmp_path / "tracker.toml"), database=database)
    written = write_report(settings, tmp_path / "again.html", date(2015, 1, 1))
    assert written.series == len(cards((tmp_path / "again.html").read_text()))
