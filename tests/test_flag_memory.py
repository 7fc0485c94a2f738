"""A backfill's flag step holds every report of a series at once: each report must stay lean
(only what flagging reads, words that repeat shared), so its memory grows slowly with history."""

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


def test_flagging_a_long_series_holds_little_more_than_its_sentences(one_long_series):
    """The step's peak of Python memory per report, beyond the sentence each one carries: about
    1,100 bytes; when it held the whole figures row and all the raw rows, about 1,700."""
    tracemalloc.start()
    try:
        with db.transaction(one_long_series):
            changes = flag_changes(one_long_series, 1, datetime.now(UTC), 0.01)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert changes > 0 and store.queued_figures(one_long_series) == 0
    sentence_bytes = 49 + SENTENCE_CHARS  # an ASCII str object of that length
    assert (peak / REPORTS) - sentence_bytes < 1400
