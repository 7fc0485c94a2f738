"""Every read and write the pipeline makes: parameterised, batched, idempotent."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from db.sql import sql

BATCH_TABLES = (
    "articles", "article_urls", "figures", "article_versions", "snapshots", "changes", "points",
)  # fmt: skip


def start_run(conn, mode: str, sources: Sequence[str], since, until, now: datetime) -> int:
    """Record the start of a pass and return its run_id; close runs a killed process left open."""
    conn.execute(sql("mark_interrupted_runs"), [now])
    return conn.execute(sql("start_run"), [mode, now, list(sources), since, until]).fetchone()[0]


def finish_run(conn, run_id: int, status: str, counts: dict, errors: Sequence[str], now) -> None:
    """Record the end of a pass with its counts and errors."""
    conn.execute(
        sql("finish_run"),
        [
            now,
            status,
            counts.get("articles_new", 0),
            counts.get("figures_new", 0),
            counts.get("changes_new", 0),
            list(errors),
            run_id,
        ],
    )


def known_article_ids(conn, article_ids: Iterable[str]) -> set[str]:
    """Those of `article_ids` that are stored already."""
    return _known(conn, "known_article_ids", article_ids)


def known_url_ids(conn, url_ids: Iterable[str]) -> set[str]:
    """Those of `url_ids` under which an article is stored already."""
    return _known(conn, "known_url_ids", url_ids)


def _known(conn, query: str, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    return {row[0] for row in conn.execute(sql(query), [ids]).fetchall()}


def insert_rows(conn, table: str, rows: Sequence[dict]) -> None:
    """Insert many rows in one statement; rows whose key is stored already are left alone."""
    if table not in BATCH_TABLES:
        raise ValueError(f"no batch insert for table {table!r}")
    if rows:
        conn.execute(
            sql(f"insert_{table}"), [json.dumps(rows, default=_json_value), _shape(conn, table)]
        )


_SHAPES: dict[tuple[str, int], str] = {}


def _shape(conn, table: str) -> str:
    """The JSON structure of a table's rows (cached per table and schema version)."""
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if (table, version) not in _SHAPES:
        _SHAPES[(table, version)] = _read_shape(conn, table)
    return _SHAPES[(table, version)]


def _read_shape(conn, table: str) -> str:
    columns = conn.execute(sql("table_shape"), [table]).fetchall()
    shape = {name: [kind[:-2]] if kind.endswith("[]") else kind for name, kind in columns}
    shape.pop("change_id", None)  # given by its sequence
    return json.dumps([shape])


def _json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def update_source_state(conn, source: str, now, status: str, error, articles_new, run_id) -> None:
    """Remember how a source's last pass went."""
    conn.execute(sql("update_source_state"), [source, now, status, error, articles_new, run_id])


def source_states(conn) -> dict[str, tuple]:
    """source -> (last_pass_at, last_status, last_error, articles_new)."""
    return {row[0]: row[1:] for row in conn.execute(sql("source_states")).fetchall()}


def all_validators(conn) -> dict[str, tuple[str | None, str | None]]:
    """url -> (etag, last_modified) for every feed, sitemap and listing page seen."""
    return {row[0]: (row[1], row[2]) for row in conn.execute(sql("all_validators")).fetchall()}


def set_validators(conn, url: str, etag, last_modified, now) -> None:
    """Keep a URL's HTTP validators for the next conditional request."""
    conn.execute(sql("set_validators"), [url, etag, last_modified, now])


def touched_series(conn, edited: Sequence[str] = ()) -> list[tuple[str, str | None, int]]:
    """(metric, partner, new figures) of each series that unflagged runs or edits touch."""
    return conn.execute(sql("touched_series"), [list(edited)]).fetchall()


def reports_of_touched_points(conn, series: Sequence[tuple], edited: Sequence[str]) -> list[tuple]:
    """Every current report of the touched points of `series` ((metric, partner) pairs); a
    touched point with no report left comes as one row of NULL reports."""
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    return conn.execute(
        sql("reports_of_touched_points"), [metrics, partners, list(edited)]
    ).fetchall()


def replace_points(conn, keys: list[tuple], rows: list[dict]) -> None:
    """Write the consolidated touched points (`keys`: metric, partner, period_end, period_start)."""
    if keys:
        columns = [list(column) for column in zip(*keys, strict=True)]
        conn.execute(sql("delete_points"), columns)
    insert_rows(conn, "points", rows)


def known_points(conn, series: list[tuple[str, str | None]]) -> list[tuple]:
    """The latest snapshot of every point of the given (metric, partner) series."""
    if not series:
        return []
    metrics, partners = [s[0] for s in series], [s[1] for s in series]
    return conn.execute(sql("known_points_of_series"), [metrics, partners]).fetchall()


def mark_runs_flagged(conn, run_id: int) -> None:
    """Runs up to `run_id` have had their figures flagged."""
    conn.execute(sql("mark_runs_flagged"), [run_id])


def list_changes(conn, since, metric: str | None):
    """The flagged changes, newest first, with both source URLs: (columns, rows)."""
    cursor = conn.execute(sql("list_changes"), [since, since, metric, metric])
    return [d[0] for d in cursor.description], cursor.fetchall()


def articles_to_recheck(conn, young_since, checked_before) -> list[tuple]:
    """Articles published after `young_since` and not checked since `checked_before`."""
    return conn.execute(sql("articles_to_recheck"), [young_since, checked_before]).fetchall()


def mark_checked(conn, article_ids: Sequence[str], now) -> None:
    """Record a re-check that found nothing new."""
    if article_ids:
        conn.execute(sql("mark_checked"), [now, list(article_ids)])


def current_figures_of(conn, article_ids: Sequence[str]) -> list[tuple]:
    """The figures of the stored version of each article."""
    return conn.execute(sql("current_figures_of"), [list(article_ids)]).fetchall()


def update_article_version(conn, row: dict) -> None:
    """Make a re-fetched version current; the old one stays in article_versions."""
    keys = ("title", "body", "content_hash", "relevant", "relevance_reason", "last_fetched_at",
            "last_checked_at", "etag", "last_modified", "article_id")  # fmt: skip
    conn.execute(sql("update_article_version"), [row[k] for k in keys])


def fresh_robots(conn, since) -> dict[str, str | None]:
    """host -> robots.txt body (None: none) for hosts read after `since`."""
    return dict(conn.execute(sql("fresh_robots"), [since]).fetchall())


def save_robots(conn, bodies: dict[str, str | None], now) -> None:
    """Keep robots.txt bodies read during a run."""
    for host, body in bodies.items():
        conn.execute(sql("save_robots"), [host, body, now])


def rebuild_points(conn) -> None:
    """Consolidate every point again from the current figures."""
    conn.execute(sql("rebuild_points"))
