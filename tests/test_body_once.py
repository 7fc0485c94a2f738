"""Each article's text stored once: the current version in `articles`, earlier ones in
`earlier_versions`, `article_versions` a view of both; older databases moved over without loss."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import db
from db import store
from db.migrate import applied_versions, migrations
from db.records import ArticleRow, ArticleUpdate
from tests.conftest import db_rows

BODY_ONCE = 14  # the migration that moved the versions
T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
VERSIONS = "SELECT article_id, content_hash, title, body, fetched_at FROM article_versions"


def previous_schema(path):
    """A database file built by every schema step before BODY_ONCE, as users' files are."""
    conn = db.connect(path)
    applied_versions(conn)  # makes the version table
    for version, name, file in migrations():
        if version < BODY_ONCE:
            conn.execute(file.read_text(encoding="utf-8"))
            conn.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                         [version, name])  # fmt: skip
    return conn


def old_article(conn, aid: str, title: str, body: str, text_hash: str, fetched: datetime) -> None:
    conn.execute(
        "INSERT INTO articles (article_id, url, canonical_url, source, title, relevant, body,"
        " content_hash, first_seen_at, last_fetched_at) VALUES (?, ?, ?, 's', ?, true, ?, ?, ?, ?)",
        [aid, f"http://127.0.0.1/{aid}", f"http://127.0.0.1/{aid}", title, body, text_hash, T0,
         fetched],
    )  # fmt: skip


def old_version(conn, aid: str, title: str, body: str, text_hash: str, fetched: datetime) -> None:
    conn.execute("INSERT INTO article_versions VALUES (?, ?, ?, ?, ?)",
                 [aid, text_hash, title, body, fetched])  # fmt: skip


def test_the_migration_keeps_every_version_of_a_database_built_before_it(tmp_path):
    path = tmp_path / "old.duckdb"
    conn = previous_schema(path)
    day = timedelta(days=1)
    # a1: edited once; a2: never edited; a3: edited, then back to its first text; a4: no version
    old_version(conn, "a1", "First", "Exports rose 5%.", "h1", T0)
    old_version(conn, "a1", "Second", "Exports rose 6%.", "h2", T0 + day)
    old_article(conn, "a1", "Second", "Exports rose 6%.", "h2", T0 + day)
    old_version(conn, "a2", "Only", "FDI reached 40 bn.", "h3", T0)
    old_article(conn, "a2", "Only", "FDI reached 40 bn.", "h3", T0)
    old_version(conn, "a3", "A", "Text A.", "hA", T0)
    old_version(conn, "a3", "B", "Text B.", "hB", T0 + day)
    old_article(conn, "a3", "A", "Text A.", "hA", T0 + 2 * day)
    old_article(conn, "a4", "Lone", "No version row.", "h4", T0)
    before = conn.execute(VERSIONS).fetchall()
    conn.close()

    conn = db.connect(path)
    assert db.migrate(conn) == [v for v, _, _ in migrations() if v >= BODY_ONCE]
    conn.close()

    after = db_rows(path, VERSIONS)
    assert len(before) == 5 and all(after.count(row) >= before.count(row) for row in before)
    a4 = ("a4", "h4", "Lone", "No version row.", T0)
    assert sorted(after) == sorted([*before, ("a3", "hA", "A", "Text A.", T0 + 2 * day), a4])
    earlier = db_rows(path, "SELECT article_id, content_hash, fetched_at FROM earlier_versions")
    assert sorted(earlier) == [("a1", "h1", T0), ("a3", "hA", T0), ("a3", "hB", T0 + day)]
    kinds = db_rows(path, "SELECT table_type FROM information_schema.tables "
                          "WHERE table_name = 'article_versions'")  # fmt: skip
    assert kinds == [("VIEW",)]
    assert db_rows(path, "SELECT body FROM articles WHERE article_id = 'a1'") == [
        ("Exports rose 6%.",)
    ]


def new_article(conn, title: str, body: str, text_hash: str) -> None:
    store.insert_articles(conn, [ArticleRow(
        article_id="e1", url="http://127.0.0.1/e1", canonical_url="http://127.0.0.1/e1",
        source="s", title=title, published_at=T0, published_date=None, lang="en", relevant=True,
        body=body, content_hash=text_hash, first_seen_at=T0, last_fetched_at=T0,
        date_source="meta", relevance_reason="entity", etag=None, last_modified=None, run_id=1,
    )])  # fmt: skip


def edit(conn, title: str, body: str, text_hash: str, when: datetime) -> None:
    store.update_article_version(conn, ArticleUpdate(
        "e1", title, body, text_hash, True, "entity", when, when, None, None))  # fmt: skip


def test_an_edit_keeps_the_earlier_text_and_a_new_article_is_stored_once(tmp_path):
    path = tmp_path / "t.duckdb"
    conn = db.connect(path)
    db.migrate(conn)
    new_article(conn, "Exports in May", "Exports reached 2.9 bn USD.", "v1")
    assert conn.execute("SELECT count(*) FROM earlier_versions").fetchone() == (0,)
    edit(conn, "Exports in May (updated)", "Exports reached 3.1 bn USD.", "v2", T0 + timedelta(1))
    edit(conn, "Exports in May, final", "Exports reached 3.2 bn USD.", "v3", T0 + timedelta(2))
    conn.close()
    assert sorted(db_rows(path, VERSIONS)) == [
        ("e1", "v1", "Exports in May", "Exports reached 2.9 bn USD.", T0),
        ("e1", "v2", "Exports in May (updated)", "Exports reached 3.1 bn USD.", T0 + timedelta(1)),
        ("e1", "v3", "Exports in May, final", "Exports reached 3.2 bn USD.", T0 + timedelta(2)),
    ]
    assert db_rows(path, "SELECT title, body FROM articles") == [
        ("Exports in May, final", "Exports reached 3.2 bn USD.")
    ]
    assert db_rows(path, "SELECT count(*) FROM earlier_versions") == [(2,)]
