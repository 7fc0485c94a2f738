"""The flag step works a long backfill's queue in parts: each query reads the reports of at most
one part, and the flags, points and history it writes are exactly those of one whole step."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

import db
from db import store
from db.sql import sql
from etl.flag.classify import Report, latest
from etl.flag.step import flag_changes

ARTICLES = 240  # each reports three series (two with a partner) over a dozen points


def fill(conn, first: int, count: int, run_id: int, mode: str) -> None:
    """`count` articles from number `first` on, in run `run_id`, each with three figures, all
    queued: three outlets, publication days that repeat (ties), values that rise, fall, disagree
    and have qualifiers."""
    conn.execute(f"""
        INSERT INTO runs (run_id, mode, started_at, status)
        VALUES ({run_id}, '{mode}', now(), 'ok');
        INSERT INTO articles (article_id, url, canonical_url, source, title, published_at, lang,
                              relevant, body, content_hash, first_seen_at, last_fetched_at)
        SELECT 'a' || i, 'https://news' || (i % 3) || '.test/' || i, 'https://x.test/' || i,
               'outlet' || (i % 3), 't', TIMESTAMP '2020-01-01' + INTERVAL (i % 90) DAY, 'en',
               true, '', 'h' || i, now(), now()
        FROM range({first}, {first + count}) t(i);
        INSERT INTO figures (figure_id, article_id, metric, partner, value, unit, qualifier, kind,
                             period_start, period_end, text, sentence, extracted_at, content_hash,
                             run_id)
        SELECT 'f' || i || '-' || s, 'a' || i,
               CASE s WHEN 0 THEN 'fdi_projects_total' ELSE 'exports_period' END,
               CASE s WHEN 2 THEN 'Japan' END,
               CASE s WHEN 0 THEN 4000 + 10 * (i % 12 * 7 % 12) - 600 * (i % 7 = 0)::INT
                      ELSE 1e9 * (1 + i % 12 * 5 % 12) + 3e8 * (i % 5 = 0)::INT END,
               'USD', CASE i % 4 WHEN 0 THEN 'approx' WHEN 1 THEN 'over' ELSE 'exact' END,
               CASE s WHEN 0 THEN 'stock' ELSE 'flow' END,
               CASE s WHEN 0 THEN NULL ELSE DATE '2020-01-01' + INTERVAL (i % 12) MONTH END,
               DATE '2020-01-01' + INTERVAL (i % 12 + 1) MONTH - INTERVAL 1 DAY,
               'x', 'Figure ' || (i % 9) || ' of the province.', now(), 'h' || i, {run_id}
        FROM range({first}, {first + count}) t(i), range(3) r(s);
        INSERT INTO flag_queue
        SELECT figure_id, run_id FROM figures WHERE run_id = {run_id};
    """)  # fmt: skip


def flag(conn, run_id: int, part_reports: int) -> int:
    with db.transaction(conn):
        return flag_changes(conn, run_id, datetime(2026, 1, run_id, tzinfo=UTC), 0.01,
                            part_reports=part_reports)  # fmt: skip


def written(conn) -> dict[str, list]:
    """Everything a flag step writes, in a stable order (changes by id: the order written)."""
    return {
        "changes": conn.execute("SELECT * FROM changes ORDER BY change_id").fetchall(),
        "points": conn.execute("SELECT * FROM points ORDER BY ALL").fetchall(),
        "snapshots": conn.execute("SELECT * FROM snapshots ORDER BY ALL").fetchall(),
        "queued": conn.execute("SELECT count(*) FROM flag_queue").fetchall(),
    }


@pytest.fixture
def twin_databases(tmp_path):
    """Two copies of one database after a backfill of ARTICLES articles, nothing flagged yet."""
    path = tmp_path / "whole.duckdb"
    conn = db.connect(path)
    db.migrate(conn)
    fill(conn, 0, ARTICLES, 1, "backfill")
    conn.close()
    shutil.copy(path, tmp_path / "parts.duckdb")
    whole, parts = db.connect(path), db.connect(tmp_path / "parts.duckdb")
    yield whole, parts
    whole.close()
    parts.close()


def test_a_backfill_flagged_in_parts_writes_what_one_whole_step_writes(twin_databases):
    whole, parts = twin_databases
    assert flag(whole, 1, 10**9) == flag(parts, 1, 7) > 0
    first = written(whole)
    assert first == written(parts)
    kinds = {row[5] for row in first["changes"]}
    assert {"first_seen", "increase", "decrease", "conflict", "suspect"} <= kinds
    for conn in (whole, parts):  # a later pass: new reports of known and new points
        fill(conn, ARTICLES, 40, 2, "daemon")
    assert flag(whole, 2, 10**9) == flag(parts, 2, 7) > 0
    assert written(whole) == written(parts) != first


class CountingConnection:
    """A real connection that notes how many rows each query handed back."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.fetched: list[tuple[str, int]] = []

    def execute(self, query, parameters=None):
        cursor = self.conn.execute(query, parameters)
        return _CountingCursor(self, query, cursor)


class _CountingCursor:
    def __init__(self, owner: CountingConnection, query: str, cursor) -> None:
        self.owner, self.query, self.cursor, self.rows = owner, query, cursor, 0
        owner.fetched.append((query, 0))
        self.index = len(owner.fetched) - 1

    def _note(self, rows):
        self.rows += len(rows)
        self.owner.fetched[self.index] = (self.query, self.rows)
        return rows

    def fetchall(self):
        return self._note(self.cursor.fetchall())

    def fetchmany(self, size):
        return self._note(self.cursor.fetchmany(size))

    def fetchone(self):
        row = self.cursor.fetchone()
        self._note([row] if row is not None else [])
        return row


@pytest.mark.parametrize("part_reports", [25, 60])
def test_no_query_reads_more_reports_than_a_part(twin_databases, part_reports):
    """Every point has 20 stored figures here, so a part holds whole points within the bound."""
    conn = CountingConnection(twin_databases[0])
    with db.transaction(conn.conn):
        flag_changes(conn, 1, datetime(2026, 1, 1, tzinfo=UTC), 0.01, part_reports=part_reports)
    reads = [rows for query, rows in conn.fetched if query == sql("reports_of_points")]
    assert sum(reads) == 3 * ARTICLES  # every report read, once
    assert len(reads) >= 3 * ARTICLES // part_reports
    assert max(reads) <= part_reports
    assert store.queued_figures(conn.conn) == 0


def test_a_point_with_more_reports_than_a_part_is_a_part_of_its_own(twin_databases):
    conn = CountingConnection(twin_databases[0])
    with db.transaction(conn.conn):
        flag_changes(conn, 1, datetime(2026, 1, 1, tzinfo=UTC), 0.01, part_reports=5)
    reads = [rows for query, rows in conn.fetched if query == sql("reports_of_points")]
    assert reads == [ARTICLES // 12] * 36  # 36 points of 20 reports each, one query each


def test_the_deciding_report_does_not_depend_on_the_order_reports_come_in():
    """Parts read reports in another order than one whole step: two reports alike in date,
    qualifier and value must still decide the point the same way."""
    day = datetime(2024, 3, 1, tzinfo=UTC)
    one, other = (Report(f"f{n}", f"a{n}", 5.0, "exact", day, fresh=True) for n in (1, 2))
    assert latest([one, other]) is latest([other, one]) is other
