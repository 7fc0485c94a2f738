"""A backfill's flag step holds the reports of one part at a time (etl/flag/step.py): each report
must stay lean (only what flagging reads, words that repeat shared), and what is kept of a point
once its reports are read (its evidence, its URLs) must stay small, so the step's memory follows
the part, not the history."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime

import pytest

import db
from db import store
from etl.flag.step import flag_changes

REPORTS = 3000  # figures of one series, as a long backfill gathers (bench: 21,000)
SENTENCE_CHARS = 240


@pytest.fixture
def one_long_series(tmp_path):
    """A database whose one series has REPORTS queued figures over 60 points, each from its own
    relevant article with its own sentence."""
    conn = db.connect(tmp_path / "t.duckdb")
    db.migrate(conn)
    conn.execute(f"""
        INSERT INTO runs (run_id, mode, started_at, status)
        VALUES (nextval('runs_seq'), 'backfill', now(), 'running');
        INSERT INTO articles (article_id, url, canonical_url, source, title, published_at, lang,
                              relevant, body, content_hash, first_seen_at, last_fetched_at)
        SELECT 'a' || i, 'https://news.test/' || i, 'https://news.test/' || i, 'outlet',
               't', TIMESTAMP '2020-01-01' + INTERVAL (i % 900) DAY, 'en', true, '', 'h' || i,
               now(), now()
        FROM range({REPORTS}) t(i);
        INSERT INTO figures (figure_id, article_id, metric, partner, value, unit, qualifier, kind,
                             period_start, period_end, text, sentence, extracted_at, content_hash,
                             run_id)
        SELECT 'f' || i, 'a' || i, 'fdi_capital_total', NULL, 1e9 + (i % 7) * 1e6, 'USD',
               'exact', 'stock', NULL, DATE '2020-01-31' + INTERVAL (30 * (i % 60)) DAY, 'x',
               left(repeat('Binh Duong drew ' || i || ' dollars. ', 20), {SENTENCE_CHARS}),
               now(), 'h' || i, 1
        FROM range({REPORTS}) t(i);
        INSERT INTO flag_queue SELECT figure_id, run_id FROM figures;
    """)  # fmt: skip
    yield conn
    conn.close()


def touched(conn):
    """The points the queued figures touch, as reports_of_points takes them."""
    return [point[:4] for point in store.touched_points(conn)]


def test_the_reports_of_a_series_share_the_words_they_repeat(one_long_series):
    rows = store.reports_of_points(one_long_series, touched(one_long_series))
    assert len(rows) == REPORTS
    first, *others = rows
    for row in others:
        assert row.metric is first.metric and row.source is first.source
        assert row.figure is not None and first.figure is not None
        assert row.figure.unit is first.figure.unit and row.figure.kind is first.figure.kind
        assert row.figure.qualifier is first.figure.qualifier


def peak_of_flagging(conn, part_reports: int) -> int:
    """The flag step's peak of Python memory (bytes), with parts of `part_reports` figures.
    DuckDB's client loads the time zones (pytz, where installed) at the first zoned timestamp it
    hands out, once per process: done before, so that it is not counted."""
    conn.execute("SELECT TIMESTAMPTZ '2020-01-01 00:00:00+00'").fetchall()
    tracemalloc.start()
    try:
        with db.transaction(conn):
            changes = flag_changes(conn, 1, datetime.now(UTC), 0.01, part_reports=part_reports)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert changes > 0 and store.queued_figures(conn) == 0
    return peak


SENTENCE_BYTES = 49 + SENTENCE_CHARS  # an ASCII str object of that length


def test_flagging_a_long_series_holds_little_more_than_its_sentences(one_long_series):
    """The peak per report held at once (the whole series in one part), beyond the sentence each
    carries: about 870 bytes; when it held the whole figures row and all the raw rows, 1,700."""
    peak = peak_of_flagging(one_long_series, REPORTS)
    assert (peak / REPORTS) - SENTENCE_BYTES < 1400


def test_flagging_in_parts_holds_one_part_of_reports(one_long_series):
    """Parts of 150 figures (three points): a part's reports, and for each report its URL, kept
    for its point's row and written with the series' points at the end (about 1.0 MB in all);
    the whole series in one part: 3.5 MB."""
    part = 150
    peak = peak_of_flagging(one_long_series, part)
    assert peak < part * (SENTENCE_BYTES + 1400) + REPORTS * 350
