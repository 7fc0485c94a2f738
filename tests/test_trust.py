"""Series a user can trust: a backfill tells the story of a cumulative series step by step, a
mis-reported point is held back as suspect, flows are compared like with like, outlets are
counted once per text, a reviewer's verdict is followed, and dates are the paper's own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from etl.commands.sitesrv import SiteServer
from tests.conftest import db_rows, source_block, write_config

FDI = (
    "As of {day:%B} {day.day}, {day.year}, Binh Duong had total registered FDI capital of "
    "US${bn} billion."
)
# A cumulative total told over six years; the 2019-06-30 report swapped two digits (23.9).
STORY = [
    (date(2015, 12, 31), "21"), (date(2016, 6, 30), "22.5"), (date(2016, 12, 31), "24"),
    (date(2017, 6, 30), "25.6"), (date(2017, 12, 31), "27.3"), (date(2018, 6, 30), "29"),
    (date(2018, 12, 31), "31"), (date(2019, 6, 30), "23.9"), (date(2019, 12, 31), "35.1"),
    (date(2020, 6, 30), "36.2"), (date(2020, 12, 31), "37.6"), (date(2021, 6, 30), "38.9"),
]  # fmt: skip
OUTLIER = date(2019, 6, 30)
EXPORTS = [  # (path, sentence, published): Q1 2023, the whole of 2023, Q1 2024
    ("x-q1-2023", "In the first quarter of 2023, Binh Duong's exports reached US$7.1 billion.",
     date(2023, 4, 5)),
    ("x-2023", "In 2023, Binh Duong's exports reached US$32.1 billion, the statistics office said.",
     date(2024, 1, 8)),
    ("x-q1-2024", "In the first quarter of 2024, Binh Duong's exports reached US$7.9 billion.",
     date(2024, 4, 4)),
]  # fmt: skip


def page(title: str, sentence: str, published: date) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='{published}T08:30:00+07:00'></head>"
        f"<body><h1>{title}</h1><article><p>{sentence}</p>"
        "<p>Binh Duong remains one of the country's leading destinations for investors.</p>"
        "</article></body></html>"
    )


def write_site(folder, articles: list[tuple[str, str, date]]) -> None:
    """Pages and a sitemap (with lastmod) for (path, sentence, published) articles."""
    folder.mkdir(exist_ok=True)
    (folder / "robots.txt").write_text("User-agent: *\n")
    urls = []
    for path, sentence, published in articles:
        (folder / f"{path}.html").write_text(page("Binh Duong economy", sentence, published))
        urls.append(f"<url><loc>{{{{BASE}}}}/{path}.html</loc><lastmod>{published}</lastmod></url>")
    (folder / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(urls) + "</urlset>"
    )


def story_articles() -> list[tuple[str, str, date]]:
    told = [
        (f"fdi-{day}", FDI.format(day=day, bn=bn), day + timedelta(days=9)) for day, bn in STORY
    ]
    return told + EXPORTS


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    write_site(folder, story_articles())
    server = SiteServer(folder)
    server.start()
    yield server
    server.stop()


def changes(db_path, where: str = "true") -> list[tuple]:
    return db_rows(db_path, "SELECT change_type, metric, previous_period_end::VARCHAR, "
                            "period_end::VARCHAR, previous_value, value, history, compared_with "
                            f"FROM changes WHERE {where} ORDER BY change_id")  # fmt: skip


def test_a_backfill_tells_the_story_and_holds_back_the_outlier(tmp_path, story, cli):
    db_path = tmp_path / "tracker.duckdb"
    config = write_config(tmp_path, source_block("story", "sitemap", f"{story.base}/sitemap.xml"))
    code, out, err = cli("--config", str(config), "backfill", "--since", "2015-01-01")
    assert code == 0, out + err

    plausible = [(day, float(bn) * 1e9) for day, bn in STORY if day != OUTLIER]
    steps = changes(db_path, "metric = 'fdi_capital_total' AND change_type IN "
                             "('increase', 'decrease')")  # fmt: skip
    expected = [
        ("increase", "fdi_capital_total", str(a), str(b), pytest.approx(va), pytest.approx(vb),
         True, "previous_as_of")
        for (a, va), (b, vb) in zip(plausible, plausible[1:], strict=False)
    ]  # fmt: skip
    assert steps == expected  # one history step per consecutive pair of plausible points

    suspect = db_rows(db_path, "SELECT period_end, value, suspect_reason FROM metric_series "
                               "WHERE metric = 'fdi_capital_total' AND suspect")  # fmt: skip
    assert [(s[0], s[1]) for s in suspect] == [(OUTLIER, 23.9e9)]
    assert "falls against its neighbours" in suspect[0][2]
    flagged = changes(db_path, "change_type = 'suspect'")
    assert [(c[1], c[3]) for c in flagged] == [("fdi_capital_total", str(OUTLIER))]
    latest = db_rows(db_path, "SELECT period_end, value, n_sources FROM latest_figures "
                              "WHERE metric = 'fdi_capital_total'")  # fmt: skip
    assert latest == [(date(2021, 6, 30), 38.9e9, 1)]

    # like with like: Q1 2024 against Q1 2023 (year on year), never Q1 against a whole year
    exports = changes(db_path, "metric = 'exports_period' AND change_type <> 'first_seen'")
    assert [(c[0], c[2], c[3], c[7]) for c in exports] == [
        ("increase", "2023-03-31", "2024-03-31", "year_before"),
    ]

    # nothing new: a second backfill and a pass add nothing
    before = db_rows(db_path, "SELECT count(*) FROM changes")[0][0]
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    assert cli("--config", str(config), "once")[0] == 0
    assert db_rows(db_path, "SELECT count(*) FROM changes")[0][0] == before
    assert db_rows(db_path, "SELECT count(*) FROM flag_queue")[0][0] == 0


def test_a_reviewer_accepts_or_rejects_a_point_and_the_flags_follow(tmp_path, story, cli):
    db_path = tmp_path / "tracker.duckdb"
    config = write_config(tmp_path, source_block("story", "sitemap", f"{story.base}/sitemap.xml"))
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    code, out, _ = cli("--config", str(config), "review")
    assert code == 0 and "fdi_capital_total" in out and str(OUTLIER) in out

    newest = "--period-end", "2021-06-30"
    code, out, err = cli("--config", str(config), "review", "reject", "--metric",
                         "fdi_capital_total", *newest, "--note", "a typo")  # fmt: skip
    assert code == 0, err
    latest = db_rows(db_path, "SELECT period_end FROM latest_figures "
                              "WHERE metric = 'fdi_capital_total'")  # fmt: skip
    assert latest == [(date(2020, 12, 31),)]
    rejected = changes(db_path, "change_type = 'suspect' AND period_end = DATE '2021-06-30'")
    assert len(rejected) == 1

    mark = db_rows(db_path, "SELECT max(change_id) FROM changes")[0][0]
    code, _, err = cli("--config", str(config), "review", "accept", "--metric",
                       "fdi_capital_total", "--period-end", str(OUTLIER))  # fmt: skip
    assert code == 0, err
    now_compared = changes(db_path, f"change_id > {mark}")
    assert [(c[0], c[2], c[3]) for c in now_compared] == [
        ("decrease", "2018-12-31", str(OUTLIER)),
        ("increase", str(OUTLIER), "2019-12-31"),
    ]
    assert db_rows(db_path, "SELECT count(*) FROM points WHERE suspect AND "
                            "metric = 'fdi_capital_total'")[0][0] == 1  # fmt: skip

    code, _, err = cli("--config", str(config), "review", "accept", "--metric", "no_such",
                       "--period-end", "2020-01-01")  # fmt: skip
    assert code == 2 and "no stored figure reports no_such" in err


def test_outlets_are_counted_once_per_text(tmp_path, cli):
    """Two outlets carry the same agency text (one source), a third writes its own."""
    sentence = FDI.format(day=date(2021, 12, 31), bn="40.2")
    own = ("Binh Duong's total registered FDI capital stood at US$40.2 billion as of "
           "December 31, 2021.")  # fmt: skip
    servers = []
    for name, text in (("agency", sentence), ("copy", sentence), ("own", own)):
        write_site(tmp_path / name, [(f"{name}-fdi", text, date(2022, 1, 9))])
        servers.append((name, SiteServer(tmp_path / name)))
    blocks = ""
    for name, server in servers:
        server.start()
        blocks += source_block(name, "sitemap", f"{server.base}/sitemap.xml")
    try:
        config = write_config(tmp_path, blocks)
        assert cli("--config", str(config), "backfill", "--since", "2021-01-01")[0] == 0
    finally:
        for _, server in servers:
            server.stop()
    rows = db_rows(tmp_path / "tracker.duckdb", "SELECT n_reports, n_sources, suspect "
                   "FROM metric_series WHERE metric = 'fdi_capital_total'")  # fmt: skip
    assert rows == [(2, 2, False)]  # the copy is neither another report nor another outlet


def test_a_publication_date_filter_matches_the_papers_own_date(tmp_path, story, cli):
    db_path = tmp_path / "tracker.duckdb"
    config = write_config(tmp_path, source_block("story", "sitemap", f"{story.base}/sitemap.xml"))
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    # published 08:30 in Ho Chi Minh City on 2016-01-09: 01:30 UTC the same day; the story's
    # 2016-07-09 article likewise. The paper's date is kept beside the instant.
    day = db_rows(db_path, "SELECT published_date, published_at = TIMESTAMPTZ "
                           "'2016-01-09 08:30:00+07' FROM articles "
                           "WHERE url LIKE '%fdi-2015-12-31%'")  # fmt: skip
    assert day == [(date(2016, 1, 9), True)]
    code, out, _ = cli("--config", str(config), "query",
                       "select count(*) n from articles where published_date = '2016-01-09'",
                       "--format", "csv")  # fmt: skip
    assert code == 0 and out.split() == ["n", "1"]
    types = db_rows(
        db_path,
        "SELECT DISTINCT data_type FROM information_schema.columns "
        "WHERE column_name IN ('published_at', 'detected_at', 'started_at')",
    )
    assert types == [("TIMESTAMP WITH TIME ZONE",)]
