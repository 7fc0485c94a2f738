"""A pass or a backfill: discover -> fetch -> parse -> extract -> load, with its run recorded."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

import db
from db import store
from db.session import Database
from etl.config import Settings
from etl.discover.kinds import discover
from etl.discover.walk import Discovery, WalkContext
from etl.errors import StorageError
from etl.fetch.fetcher import Fetcher, FetchPolicy
from etl.fetch.targets import origin_of
from etl.flag.step import flag_changes
from etl.load.rows import figure_row, naive_utc, rows_for
from etl.models import Link, RunReport, Source, Window
from etl.pipeline.recheck import Recheck, recheck, store_edits
from etl.pipeline.workers import batches, stream_by_host
from etl.urls import article_id, host_of

if TYPE_CHECKING:  # imported where used: a pass that reads no page never loads them
    from etl.pipeline.process import Processed, Reader

LOGGER = logging.getLogger(__name__)
BATCH_SIZE = 50
FLUSH_SECONDS = 2.0  # a slow site's articles are stored as they come, not all at the end
PASS_SITEMAP_DAYS = 31
ROBOTS_MAX_AGE = timedelta(days=1)


@dataclass(slots=True)
class Progress:
    """Counters a progress display reads while a run goes on."""

    discovered: int = 0
    to_fetch: int = 0
    fetched: int = 0
    skipped: int = 0
    stored: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)


def fetch_policy(settings: Settings, also_trusted: Sequence[str] = ()) -> FetchPolicy:
    """The fetch policy the config declares; a source's own min_delay applies to its host, and
    its host may be a private address (as may the hosts of `also_trusted` URLs)."""
    return FetchPolicy(
        user_agent=settings.user_agent,
        timeout=settings.timeout.total_seconds(),
        max_bytes=settings.max_bytes,
        max_retries=settings.max_retries,
        min_delay=settings.min_delay.total_seconds(),
        host_delays=tuple(
            (host_of(src.url), src.min_delay.total_seconds())
            for src in settings.sources
            if src.min_delay is not None
        ),
        trusted_origins=tuple(
            origin_of(url) for url in [*(s.url for s in settings.sources), *also_trusted]
        ),
    )


def make_reader(settings: Settings, window: Window | None = None) -> Reader:
    """A Reader for the config's entity, metric catalogue and time zone."""
    from etl.extract.relevance import EntityMatcher
    from etl.pipeline.process import Reader

    return Reader(
        tz=settings.timezone,
        matcher=EntityMatcher.from_entity(settings.entity),
        catalogue=settings.catalogue,
        window=window or Window(),
    )


def select_sources(settings: Settings, names: Sequence[str] = ()) -> list[Source]:
    """The named sources (ConfigError for an unknown name), else every enabled one."""
    if names:
        return [settings.source(name) for name in names]
    return [src for src in settings.sources if src.enabled]


def run(
    settings: Settings,
    *,
    mode: str,
    sources: Sequence[Source],
    window: Window | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    fetcher: Fetcher | None = None,
) -> RunReport:
    """One pass (mode "once"/"daemon") or a backfill over `sources`.

    Returns:
        The run's report; failures of single pages are in `errors`, never raised.
    """
    now = now or datetime.now(UTC)
    window = window or Window()
    progress = progress or Progress()
    stop = stop or threading.Event()
    database = Database(settings.database)
    with database.session() as conn:
        run_id = store.start_run(conn, mode, [s.name for s in sources], naive_utc(window.since),
                                 naive_utc(window.until), naive_utc(now))  # fmt: skip
        state = _StartState(
            robots=store.fresh_robots(conn, naive_utc(now - ROBOTS_MAX_AGE)),
            validators=store.all_validators(conn),
            recheck=[] if mode == "backfill" else store.articles_to_recheck(
                conn, naive_utc(now - settings.recheck_for),
                naive_utc(now - settings.recheck_every)),
        )  # fmt: skip
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(fetch_policy(settings), state.robots)
    try:
        job = _Job(settings, database, run_id, window, fetcher, progress, stop, now, state)
        return job.execute(sources, mode)
    finally:
        if own_fetcher:
            fetcher.close()


@dataclass(frozen=True, slots=True)
class _StartState:
    """What a run reads from the database before it goes to the network (in one session)."""

    robots: dict[str, str | None]
    validators: dict[str, tuple[str | None, str | None]]
    recheck: list[tuple]


@dataclass
class _Job:
    """The state of one run while it goes on. The database is opened three times in a pass that
    finds nothing new (start, after discovery, end), plus once per batch of new articles."""

    settings: Settings
    database: Database
    run_id: int
    window: Window
    fetcher: Fetcher
    progress: Progress
    stop: threading.Event
    now: datetime
    start: _StartState
    new_by_source: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    changed_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @cached_property
    def reader(self) -> Reader:
        """Built only when there is a page to read (the catalogue and lxml cost start-up time)."""
        return make_reader(self.settings, self.window)

    def execute(self, sources: Sequence[Source], mode: str) -> RunReport:
        status = "interrupted"
        edits = None
        try:
            discoveries = self._discover(sources, mode)
            todo = self._select(discoveries, sources)
            self._process(todo)
            if self.start.recheck and not self.stop.is_set():
                edits = recheck(self.start.recheck, self.fetcher, self.reader)
                self.progress.errors.extend(edits.errors)
            status = "ok" if not self.progress.errors else "partial"
            if self.stop.is_set():
                status = "interrupted"
        except StorageError as exc:  # what was written stays; the failed batch is retried later
            self.progress.errors.append(str(exc))
            status = "failed"
        finally:
            self._finish(sources, status, edits)
        return RunReport(self.run_id, mode, status, self.progress.fetched,
                         self.counts["articles_new"], self.counts["figures_new"],
                         self.counts["changes_new"], tuple(self.progress.errors))  # fmt: skip

    def _discover(self, sources, mode: str) -> list[Discovery]:
        recent = Window(self.now - timedelta(days=PASS_SITEMAP_DAYS), None)
        window = self.window
        ctx = WalkContext(
            fetcher=self.fetcher,
            window=window,
            sitemap_window=window if window.since else recent,
            tz=self.settings.timezone,
            validators=self.start.validators,
            conditional=mode != "backfill",
        )
        with ThreadPoolExecutor(max(1, min(self.settings.workers, len(sources)))) as pool:
            found = list(pool.map(lambda src: discover(src, ctx), sources))
        for item in found:
            self.progress.errors.extend(item.errors)
            self.progress.discovered += len(item.links)
            LOGGER.debug(
                "%s: %d links, %d unchanged pages (304), %d errors",
                item.source, len(item.links), item.unchanged, len(item.errors),
            )  # fmt: skip
        return found

    def _select(self, discoveries: list[Discovery], sources) -> dict[str, list[tuple[Link, str]]]:
        """Links not stored yet, one per story URL, grouped by host (one host, one thread)."""
        langs = {src.name: src.lang for src in sources}
        unique: dict[str, Link] = {}
        for item in discoveries:
            for link in item.links:
                unique.setdefault(article_id(link.url), link)
        changed = {
            url: value
            for item in discoveries
            for url, value in item.validators.items()
            if self.start.validators.get(url) != value
        }
        self.changed_validators = changed  # kept at the end, once the links' articles are
        if not unique:
            return {}
        with self.database.session() as conn:
            known = store.known_url_ids(conn, unique)
        by_host: dict[str, list[tuple[Link, str]]] = defaultdict(list)
        for url_id, link in unique.items():
            if url_id not in known:
                by_host[host_of(link.url)].append((link, langs.get(link.source)))
        self.progress.to_fetch = sum(len(v) for v in by_host.values())
        return by_host

    def _process(self, by_host: dict[str, list[tuple[Link, str]]]) -> None:
        """Fetch and read every link; store in batches, also every FLUSH_SECONDS while a slow
        or huge page is under way, so it never holds back the others' writes."""
        work = stream_by_host(by_host, self._fetch_one, self.settings.workers, self.stop,
                              tick=FLUSH_SECONDS)  # fmt: skip
        with closing(work):  # a failed write stops the workers too
            for batch in batches(work, self._tally, BATCH_SIZE, FLUSH_SECONDS):
                self._write(batch)

    def _tally(self, item: Processed) -> bool:
        """Count one outcome; True when it is an article to store."""
        if item.skipped:
            self.progress.skipped += 1
            return False
        self.progress.fetched += 1
        if item.error:
            self.progress.errors.append(item.error)
        return item.error is None and item.article is not None and not item.outside_window

    def _fetch_one(self, job: tuple[Link, str]) -> Processed:
        link, lang = job
        return self.reader.fetch_and_read(self.fetcher, link, lang)

    def _write(self, batch: list[Processed]) -> None:
        if not batch:
            return
        stamp = naive_utc(datetime.now(UTC))
        articles, urls, versions, figures = rows_for(batch, self.run_id, stamp)
        with self.database.session() as conn, db.transaction(conn):
            known = store.known_article_ids(conn, [a["article_id"] for a in articles])
            fresh = [a for a in articles if a["article_id"] not in known]
            fresh_ids = {a["article_id"] for a in fresh}
            store.insert_rows(conn, "articles", fresh)
            store.insert_rows(conn, "article_urls", urls)
            store.insert_rows(conn, "article_versions",
                              [v for v in versions if v["article_id"] in fresh_ids])  # fmt: skip
            new_figures = [f for f in figures if f["article_id"] in fresh_ids]
            store.insert_rows(conn, "figures", new_figures)
        for row in fresh:
            self.new_by_source[row["source"]] += 1
        self.counts["articles_new"] += len(fresh)
        self.counts["figures_new"] += len(new_figures)
        self.progress.stored += len(fresh)
        self.progress.figures += len(new_figures)

    def _finish(self, sources, status: str, edits: Recheck | None) -> None:
        """Store edits, flag changes and close the run, in one database session."""
        stamp = naive_utc(datetime.now(UTC))
        errors = self.progress.errors
        tolerance = self.settings.conflict_tolerance
        with self.database.session() as conn:
            edited: frozenset[str] = frozenset()
            if edits is not None:
                with db.transaction(conn):
                    changes = store_edits(conn, edits, self.run_id, naive_utc(self.now), figure_row)
                    store.insert_rows(conn, "changes", changes)
                self.counts["changes_new"] += len(changes)
                edited = frozenset(edit.article_id for edit in edits.edits)
            with db.transaction(conn):
                self.counts["changes_new"] += flag_changes(
                    conn, self.run_id, naive_utc(self.now), tolerance, edited
                )
            with db.transaction(conn):
                if status in ("ok", "partial"):  # else a 304 next time would hide unread links
                    for url, (etag, modified) in self.changed_validators.items():
                        store.set_validators(conn, url, etag, modified, naive_utc(self.now))
                store.save_robots(conn, self.fetcher.robots_read, stamp)
                self.fetcher.forget_robots_read()
                store.finish_run(conn, self.run_id, status, self.counts, errors, stamp)
                for src in sources:
                    mine = [e for e in errors if host_of(e.split(": ", 1)[0]) == host_of(src.url)]
                    state = "error" if mine else status
                    store.update_source_state(
                        conn, src.name, stamp, state, mine[0] if mine else None,
                        self.new_by_source[src.name], self.run_id,
                    )  # fmt: skip
