"""A pass or a backfill: discover -> fetch -> parse -> extract -> load -> flag, its run recorded."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property, partial
from typing import TYPE_CHECKING

import db
from db import store
from db.records import RecheckRow
from etl.discover.kinds import discover
from etl.discover.walk import Discovery, WalkContext
from etl.errors import ConfigError, StorageError
from etl.fetch.fetcher import Fetcher
from etl.flag.step import flag_changes
from etl.load.rows import ArticleRows, article_rows, as_utc
from etl.models import Link, RunReport, Source, Window
from etl.pipeline.progress import Progress
from etl.pipeline.recheck import Recheck, recheck, store_edits
from etl.pipeline.workers import stream_by_host
from etl.pipeline.writing import CHECK_SECONDS, Batches
from etl.urls import article_id, host_of

if TYPE_CHECKING:  # imported where used: a pass that reads no page never loads them
    from db.session import Database
    from etl.config import Settings
    from etl.pipeline.pool import Reading, ReadingPool
    from etl.pipeline.process import Processed, Reader
    from etl.pipeline.tracker import Tracker

LOGGER = logging.getLogger(__name__)
PASS_SITEMAP_DAYS = 31


def run(
    tracker: Tracker,
    *,
    mode: str,
    sources: Sequence[Source],
    window: Window | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> RunReport:
    """One pass (mode "once"/"daemon") or a backfill over `sources`.

    Returns:
        The run's report; failures of single pages are in `errors`, never raised.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    window = window or Window()
    settings = tracker.settings
    with tracker.database.session() as conn:
        run_id = store.start_run(conn, mode, [s.name for s in sources], as_utc(window.since),
                                 as_utc(window.until), now)  # fmt: skip
        store.fill_published_dates(conn, settings.timezone.key)
        start = _StartState(
            robots=store.fresh_robots(conn, now),
            validators=store.all_validators(conn),
            recheck=[] if mode == "backfill" else store.articles_to_recheck(
                conn, now - settings.recheck_for, now - settings.recheck_every),
        )  # fmt: skip
    job = _Job(tracker, run_id, window, tracker.fetcher(start.robots), progress or Progress(),
               stop or threading.Event(), now, start)  # fmt: skip
    return job.execute(sources, mode)


@dataclass(frozen=True, slots=True)
class _StartState:
    """What a run reads from the database before it goes to the network (in one session)."""

    robots: dict[str, str | None]
    validators: dict[str, tuple[str | None, str | None]]
    recheck: list[RecheckRow]


@dataclass
class _Job:
    """The state of one run while it goes on. The database is opened three times in a pass that
    finds nothing new (start, after discovery, end), plus once per batch of new articles."""

    tracker: Tracker
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

    @property
    def settings(self) -> Settings:
        return self.tracker.settings

    @property
    def database(self) -> Database:
        return self.tracker.database

    @cached_property
    def reader(self) -> Reader:
        """Built only when there is a page to read (lxml costs start-up time)."""
        return self.tracker.reader(self.window)

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
        except Exception as exc:  # the run's own fault or the config's: said, then raised
            status = "failed"
            self.progress.errors.append(f"run failed: {exc}")
            raise
        finally:
            self._finish(sources, status, edits)
        return RunReport(self.run_id, mode, status, self.progress.fetched,
                         self.counts["articles_new"], self.counts["figures_new"],
                         self.counts["changes_new"], tuple(self.progress.errors))  # fmt: skip

    def _discover(self, sources: Sequence[Source], mode: str) -> list[Discovery]:
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
            found = list(pool.map(lambda src: _discover_one(src, ctx), sources))
        for item in found:
            self.progress.errors.extend(item.errors)
            self.progress.discovered += len(item.links)
            LOGGER.debug(
                "%s: %d links, %d unchanged pages (304), %d errors",
                item.source, len(item.links), item.unchanged, len(item.errors),
            )  # fmt: skip
        return found

    def _select(
        self, discoveries: list[Discovery], sources: Sequence[Source]
    ) -> dict[str, list[tuple[Link, str | None]]]:
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
        by_host: dict[str, list[tuple[Link, str | None]]] = defaultdict(list)
        for url_id, link in unique.items():
            if url_id not in known:
                by_host[host_of(link.url)].append((link, langs.get(link.source)))
        self.progress.to_fetch = sum(len(v) for v in by_host.values())
        return by_host

    def _process(self, by_host: dict[str, list[tuple[Link, str | None]]]) -> None:
        """Fetch, read and store the selected links; with many pages, reading goes to worker
        processes while the fetch threads go on. Writes go by rows and seconds (also while a
        slow or huge page is under way, so it never holds back the others' writes)."""
        if not by_host:
            return  # an idle pass imports no reading code and opens nothing
        from etl.pipeline.pool import Reading, ReadingPool, wants_pool

        pool = ReadingPool(self.reader) if wants_pool(self.progress.to_fetch) else None
        work = partial(self._fetch_and_hand, pool) if pool else self._fetch_one
        batches = Batches(self.database.kept(), self._count_written)
        results = stream_by_host(by_host, work, self.settings.workers, self.stop,
                                 tick=CHECK_SECONDS)  # fmt: skip
        try:
            with closing(results):  # a failed write stops the fetch threads too
                for item in results:
                    if item is not None:
                        self._tally(item.result() if isinstance(item, Reading) else item, batches)
                    batches.tick()
        finally:
            if pool is not None:
                pool.close()
            batches.close()

    def _fetch_one(self, job: tuple[Link, str | None]) -> Processed:
        """One link; an unexpected error fails this link (with its reason), not the run. The
        configuration's faults (ConfigError) stop the run."""
        from etl.pipeline.process import Processed

        link, lang = job
        try:
            return self.reader.fetch_and_read(self.fetcher, link, lang)
        except ConfigError:
            raise
        except Exception as exc:
            LOGGER.exception("%s: failed", link.url)
            return Processed(link, error=f"{link.url}: failed ({exc!r})")

    def _fetch_and_hand(
        self, pool: ReadingPool, job: tuple[Link, str | None]
    ) -> Processed | Reading:
        from etl.pipeline.process import Processed, fetch_page

        link, lang = job
        fetched = fetch_page(self.fetcher, link)
        return fetched if isinstance(fetched, Processed) else pool.read(link, lang, fetched)

    def _tally(self, item: Processed, batches: Batches) -> None:
        """Count one outcome; an article to store joins the batches."""
        if item.skipped:
            self.progress.skipped += 1
            return
        self.progress.fetched += 1
        if item.error:
            self.progress.errors.append(item.error)
        elif item.article is not None and not item.outside_window:
            batches.add(self._rows_of(item, datetime.now(UTC)))

    def _count_written(self, fresh: list[ArticleRows]) -> None:
        for r in fresh:
            self.new_by_source[r.article.source] += 1
        figures = sum(len(r.figures) for r in fresh)
        self.counts["articles_new"] += len(fresh)
        self.counts["figures_new"] += figures
        self.progress.stored += len(fresh)
        self.progress.figures += figures

    def _rows_of(self, item: Processed, stamp: datetime) -> ArticleRows:
        art = item.article
        assert art is not None and item.relevance is not None
        day = self.reader.local_date(art.published_at)
        return article_rows(item.link, art, item.relevance, item.figures, item.validators,
                            self.run_id, stamp, day)  # fmt: skip

    def _finish(self, sources: Sequence[Source], status: str, edits: Recheck | None) -> None:
        """Store edits, flag changes and close the run, in one database session."""
        stamp = datetime.now(UTC)
        errors = self.progress.errors
        tolerance = self.settings.conflict_tolerance
        with self.database.session() as conn:
            edited: frozenset[str] = frozenset()
            if edits is not None:
                with db.transaction(conn):
                    changes = store_edits(conn, edits, self.run_id, self.now)
                    store.insert(conn, changes)
                self.counts["changes_new"] += len(changes)
                edited = frozenset(edit.article_id for edit in edits.edits)
            with db.transaction(conn):
                self.counts["changes_new"] += flag_changes(
                    conn, self.run_id, self.now, tolerance, self.settings.catalogue, edited
                )
            with db.transaction(conn):
                if status in ("ok", "partial"):  # else a 304 next time would hide unread links
                    for url, (etag, modified) in self.changed_validators.items():
                        store.set_validators(conn, url, etag, modified, self.now)
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


def _discover_one(source: Source, ctx: WalkContext) -> Discovery:
    """The source's links; an unexpected error fails this source (with its reason), not the run.
    The configuration's faults (ConfigError) stop the run."""
    try:
        return discover(source, ctx)
    except ConfigError:
        raise
    except Exception as exc:
        LOGGER.exception("%s: discovery failed", source.name)
        found = Discovery(source.name)
        found.errors.append(f"{source.url}: discovery failed ({exc!r})")
        return found
