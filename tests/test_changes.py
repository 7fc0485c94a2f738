"""Change flags over a site whose content changes between passes (PRODUCT.md §5)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from etl.commands.sitesrv import SiteServer
from etl.flag.classify import Point, Report, agree
from etl.flag.series import SeriesRules, flag_series
from tests.conftest import db_rows, source_block, write_config

TODAY = date.today()


def article(title: str, sentence: str, published: date, hour: int = 9) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='{published}T{hour:02}:00:00+07:00'>"
        "</head>"
        f"<body><h1>{title}</h1><article><p>{sentence}</p>"
        "<p>Binh Duong remains a leading FDI destination.</p></article></body></html>"
    )


def feed(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{base}{p}</link></item>" for p in paths)
    return f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>"


class EvolvingSite:
    """A folder served on loopback whose files the test rewrites between passes."""

    def __init__(self, folder):
        self.folder = folder
        (folder / "robots.txt").write_text("User-agent: *\n")
        self.server = SiteServer(folder)
        self.base = self.server.start()
        self.feeds: dict[str, list[str]] = {"rss.xml": [], "other.xml": []}

    def publish(self, path, title, sentence, published, feed_name="rss.xml", hour=9) -> None:
        (self.folder / path.lstrip("/")).write_text(article(title, sentence, published, hour))
        if path not in self.feeds[feed_name]:
            self.feeds[feed_name].append(path)
        for name, paths in self.feeds.items():
            (self.folder / name).write_text(feed(self.base, paths))


@pytest.fixture
def evolving(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    site = EvolvingSite(folder)
    yield site
    site.server.stop()


def changes(db_path, since_id: int = 0) -> list[tuple]:
    return db_rows(
        db_path,
        "SELECT change_type, metric, previous_value, value, previous_period_end::VARCHAR, "
        "period_end::VARCHAR, delta, round(delta_pct, 2), history "
        "FROM changes WHERE change_id > ? ORDER BY change_id",
        since_id,
    )


def last_change_id(db_path) -> int:
    return db_rows(db_path, "SELECT coalesce(max(change_id), 0) FROM changes")[0][0]


def test_changes_across_passes(tmp_path, evolving, cli):
    db_path = tmp_path / "tracker.duckdb"
    sources = (
        source_block("evolving", "rss", f"{evolving.base}/rss.xml")
        + source_block("other-outlet", "rss", f"{evolving.base}/other.xml")
        + source_block("archive", "sitemap", f"{evolving.base}/sitemap.xml")
    )
    passes = ("once", "--source", "evolving", "--source", "other-outlet")
    config = write_config(tmp_path, sources, tracker='recheck_every = "0s"')
    (evolving.folder / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{evolving.base}'
        f"/a5.html</loc></url></urlset>"
    )
    q1 = "As of March 31, 2023, Binh Duong had total registered FDI capital of US$41 billion."
    evolving.publish("/a1.html", "Binh Duong FDI in Q1", q1, TODAY - timedelta(days=2))
    assert cli("--config", str(config), *passes)[0] == 0
    assert changes(db_path) == [
        ("first_seen", "fdi_capital_total", None, 41e9, None, "2023-03-31", None, None, False),
    ]

    # a newer point: an increase against the previous one
    mark = last_change_id(db_path)
    h1 = "As of June 30, 2023, Binh Duong had total registered FDI capital of US$41.5 billion."
    evolving.publish("/a2.html", "Binh Duong FDI in H1", h1, TODAY - timedelta(days=1))
    assert cli("--config", str(config), *passes)[0] == 0
    assert changes(db_path, mark) == [
        ("increase", "fdi_capital_total", 41e9, 41.5e9, "2023-03-31", "2023-06-30", 0.5e9, 1.22,
         False),
    ]  # fmt: skip

    # nothing new: nothing flagged, and re-checks are conditional (304), no article refetched
    mark = last_change_id(db_path)
    requests_before = len(evolving.server.requests)
    assert cli("--config", str(config), *passes)[0] == 0
    assert changes(db_path, mark) == []
    again = evolving.server.requests[requests_before:]
    article_requests = [(p, h) for p, h in again if p.startswith("/a")]
    assert article_requests and all("If-None-Match" in h for _, h in article_requests)

    # another outlet disagrees on the June point; a "more than" report does not
    mark = last_change_id(db_path)
    other = "As of June 30, 2023, Binh Duong's total registered FDI capital stood at US$37 billion."
    evolving.publish("/a3.html", "Binh Duong FDI", other, TODAY, feed_name="other.xml")
    bound = (
        "As of June 30, 2023, Binh Duong had total registered FDI capital of more than "
        "US$41 billion."
    )
    evolving.publish("/a4.html", "Binh Duong FDI", bound, TODAY - timedelta(days=3))
    assert cli("--config", str(config), *passes)[0] == 0
    assert [(c[0], c[2], c[3], c[5]) for c in changes(db_path, mark)] == [
        ("suspect", 41e9, 37e9, "2023-06-30"),  # a cumulative total fell, one outlet says so
        ("conflict", 41.5e9, 37e9, "2023-06-30"),
    ]

    # the first source revises its June figure in a later report
    mark = last_change_id(db_path)
    revised = "As of June 30, 2023, Binh Duong had total registered FDI capital of US$42 billion."
    evolving.publish("/a6.html", "Binh Duong FDI revised", revised, TODAY, hour=12)
    assert cli("--config", str(config), *passes)[0] == 0
    assert [(c[0], c[2], c[3], c[5]) for c in changes(db_path, mark)] == [
        ("increase", 41e9, 42e9, "2023-06-30"),  # no longer suspect: compared again
        ("revision", 41.5e9, 42e9, "2023-06-30"),
    ]

    # the Q1 article is edited in place: old version kept, figures re-read, article_edited
    mark = last_change_id(db_path)
    edited = q1.replace("US$41 billion", "US$40.8 billion")
    evolving.publish("/a1.html", "Binh Duong FDI in Q1", edited, TODAY - timedelta(days=2))
    assert cli("--config", str(config), *passes)[0] == 0
    assert [(c[0], c[2], c[3], c[5]) for c in changes(db_path, mark)] == [
        ("article_edited", 41e9, 40.8e9, "2023-03-31"),
    ]
    versions = db_rows(db_path, "SELECT count(*) FROM article_versions")[0][0]
    assert versions == 6  # five articles, one of them twice

    # an old article arrives by backfill between two known points
    mark = last_change_id(db_path)
    april = "As of April 30, 2023, Binh Duong had total registered FDI capital of US$41.2 billion."
    (evolving.folder / "a5.html").write_text(article("FDI April", april, date(2023, 5, 10)))
    code, _, _ = cli("--config", str(config), "backfill", "--since", "2023-01-01",
                     "--source", "archive")  # fmt: skip
    assert code == 0
    assert changes(db_path, mark) == [
        ("increase", "fdi_capital_total", 40.8e9, 41.2e9, "2023-03-31", "2023-04-30",
         pytest.approx(0.4e9), 0.98, True),
        ("increase", "fdi_capital_total", 41.2e9, 42e9, "2023-04-30", "2023-06-30",
         pytest.approx(0.8e9), 1.94, True),
    ]  # fmt: skip

    # re-running the backfill and a pass adds nothing
    mark = last_change_id(db_path)
    cli("--config", str(config), "backfill", "--since", "2023-01-01", "--source", "archive")
    cli("--config", str(config), *passes)
    assert changes(db_path, mark) == []

    code, out, _ = cli("--config", str(config), "changes", "--metric", "fdi_capital_total")
    assert code == 0
    assert (
        "increase       FDI registered capital, cumulative (fdi_capital_total): "
        "41 bn USD -> 41.5 bn USD (+500 m USD, +1.2 %)" in out
    )
    assert "[history]" in out


def report(fid, value, qualifier="exact", day=1, fresh=True, source="s"):
    return Report(fid, fid, value, qualifier, datetime(2024, 1, day, tzinfo=UTC), fresh, source)


@pytest.mark.parametrize(
    ("a", "b", "agrees"),
    [
        ((4500, "over"), (4512, "exact"), True),
        ((1.4e9, "under"), (1.39e9, "exact"), True),
        ((37e9, "exact"), (42.7e9, "exact"), False),
        ((100, "exact"), (100.9, "exact"), True),
        ((100, "exact"), (102, "exact"), False),
        ((4500, "over"), (4000, "exact"), False),
        ((10e9, "approx"), (10.4e9, "exact"), True),
    ],
)
def test_qualifier_aware_agreement(a, b, agrees):
    assert agree(a, b, 0.01) is agrees


def test_two_reports_of_a_new_point_that_disagree_are_a_conflict():
    end = date(2023, 6, 30)
    outcome = flag_series(
        SeriesRules("stock"),
        {(date(2023, 3, 31), None): Point(date(2023, 3, 31), None, 40e9, "exact", "old")},
        {(end, None): [report("x", 37e9, day=2), report("y", 42.7e9, day=3)]},
        {},
    )  # fmt: skip
    found = outcome.changes
    assert [c.change_type for c in found] == ["increase", "conflict"]
    assert found[1].point.value == 42.7e9 and found[1].previous.value == 37e9
    assert outcome.points[(end, None)].value == 42.7e9 and outcome.rewritten == {(end, None)}


def series(db_path, metric: str) -> list[tuple]:
    return db_rows(
        db_path,
        "SELECT period_end::VARCHAR, value, n_reports FROM metric_series WHERE metric = ? "
        "ORDER BY period_end",
        metric,
    )


def test_views_follow_edits_including_a_removed_figure(tmp_path, evolving, cli):
    db_path = tmp_path / "tracker.duckdb"
    config = write_config(tmp_path, source_block("evolving", "rss", f"{evolving.base}/rss.xml"),
                          tracker='recheck_every = "0s"')  # fmt: skip
    both = ("As of March 31, 2023, Binh Duong had 4,100 valid FDI projects with total registered "
            "FDI capital of US$41 billion.")  # fmt: skip
    evolving.publish("/b1.html", "Binh Duong FDI", both, TODAY)
    evolving.publish("/b2.html", "Binh Duong FDI again", both, TODAY - timedelta(days=1))
    assert cli("--config", str(config), "once")[0] == 0
    assert series(db_path, "fdi_capital_total") == [("2023-03-31", 41e9, 2)]
    assert series(db_path, "fdi_projects_total") == [("2023-03-31", 4100, 2)]

    mark = last_change_id(db_path)
    only_capital = (
        "As of March 31, 2023, Binh Duong's total registered FDI capital was US$41.3 billion."
    )
    evolving.publish("/b1.html", "Binh Duong FDI", only_capital, TODAY)
    assert cli("--config", str(config), "once")[0] == 0
    assert series(db_path, "fdi_capital_total") == [("2023-03-31", 41.3e9, 2)]
    assert series(db_path, "fdi_projects_total") == [("2023-03-31", 4100, 1)]
    edits = [(c[0], c[1], c[2], c[3]) for c in changes(db_path, mark)]
    assert sorted(edits, key=str) == sorted([
        ("article_edited", "fdi_capital_total", 41e9, 41.3e9),
        ("article_edited", "fdi_projects_total", 4100, None),
    ], key=str)  # fmt: skip

    gone = "Binh Duong officials met investors; the figures will be published later this month."
    evolving.publish("/b2.html", "Binh Duong FDI again", gone, TODAY - timedelta(days=1))
    assert cli("--config", str(config), "once")[0] == 0
    assert series(db_path, "fdi_projects_total") == []
