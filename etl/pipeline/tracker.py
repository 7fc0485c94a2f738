"""A tracker: one configuration's database and the fetcher its passes share; passes, backfills
and the reading of one text, for the CLI, the daemon, bench/ and a notebook."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from types import TracebackType
from typing import TYPE_CHECKING

from db.session import Database
from etl.config import Settings
from etl.models import Article, Figure, RunReport, Source, Window
from etl.pipeline.progress import Progress

if TYPE_CHECKING:
    from etl.extract.relevance import Relevance
    from etl.fetch.fetcher import Fetcher
    from etl.pipeline.process import Reader


@dataclass(frozen=True, slots=True)
class Reading:
    """What the tracker sees in one text: the article, whether it is relevant, its figures."""

    article: Article
    relevance: Relevance
    figures: tuple[Figure, ...]


class Tracker:
    """Runs passes and backfills over one configuration. Passes may run in several threads at
    once (the daemon's); they share one fetcher, so robots.txt and host spacing carry over."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database = Database(settings.database)
        self._fetcher: Fetcher | None = None
        self._guard = threading.Lock()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(
        self, kind: type | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def sources(self, names: Sequence[str] = ()) -> list[Source]:
        """The named sources (ConfigError for an unknown name), else every enabled one."""
        if names:
            return [self.settings.source(name) for name in names]
        return [src for src in self.settings.sources if src.enabled]

    def run_pass(
        self,
        names: Sequence[str] = (),
        *,
        mode: str = "once",
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> RunReport:
        """One pass over the named sources (default: every enabled one): new articles, edits of
        young ones, changes flagged."""
        from etl.pipeline.run import run

        return run(self, mode=mode, sources=self.sources(names), stop=stop, progress=progress)

    def backfill(
        self,
        since: date,
        until: date | None = None,
        names: Sequence[str] = (),
        *,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> RunReport:
        """Walk the sources' archives for articles published from `since` to `until` (inclusive,
        default today), both read as local dates of the configured time zone."""
        from etl.pipeline.run import run

        window = self.window(since, until)
        return run(self, mode="backfill", sources=self.sources(names), window=window, stop=stop,
                   progress=progress)  # fmt: skip

    def window(self, since: date, until: date | None = None) -> Window:
        """The publication window of local dates since..until (inclusive), in UTC."""
        from etl.errors import ConfigError

        tz = self.settings.timezone
        until = until or datetime.now(tz).date()
        if until < since:
            raise ConfigError(f"--until {until} is before --since {since}")
        start = datetime.combine(since, time(0), tz).astimezone(UTC)
        end = datetime.combine(until + timedelta(days=1), time(0), tz).astimezone(UTC)
        return Window(start, end)

    def reader(self, window: Window | None = None) -> Reader:
        """What turns a page or a text into an article, a relevance verdict and figures."""
        from etl.pipeline.process import Reader

        return Reader.for_settings(self.settings, window)

    def review(
        self,
        metric: str,
        period_end: date,
        verdict: str,
        *,
        partner: str | None = None,
        period_start: date | None = None,
        note: str | None = None,
    ) -> RunReport:
        """Accept ("accept": never suspect) or reject ("reject": always suspect) one point by
        hand; its series is flagged again, so the changes and latest_figures follow."""
        from db.records import ReviewRow
        from etl.pipeline.review import review_point

        review = ReviewRow(metric, partner, period_end, period_start, verdict, note,
                           datetime.now(UTC))  # fmt: skip
        return review_point(self, review)

    def suspect_points(self) -> tuple[list[str], list[tuple]]:
        """(columns, rows) of every point held back as suspect, with its reason."""
        from db import reading, store

        with reading(self.settings.database) as conn:
            return store.suspect_points(conn)

    def read_text(
        self, text: str, *, title: str = "", published: date | None = None, lang: str | None = None
    ) -> Reading:
        """The relevance verdict and figures of one text (a title, then the body); nothing is
        stored. `published` dates relative periods ("so far this year")."""
        from etl.parse.article import content_hash, detect_language

        when = datetime.combine(published, time(12), self.settings.timezone) if published else None
        article = Article(url="about:text", canonical_url="about:text", title=title,
                          published_at=when, date_source="given" if when else "none",
                          lang=lang or detect_language(f"{title}\n{text}"), body=text,
                          content_hash=content_hash(title, text))  # fmt: skip
        return Reading(*self.reader().judge_and_extract(article))

    def fetcher(self, robots: dict[str, str | None]) -> Fetcher:
        """The shared fetcher; made the first time, knowing `robots` (bodies read earlier)."""
        from etl.pipeline.fetching import open_fetcher

        with self._guard:
            if self._fetcher is None:
                self._fetcher = open_fetcher(self.settings, robots)
            return self._fetcher

    def close(self) -> None:
        """Let go of the network connections (the database is never held open)."""
        with self._guard:
            if self._fetcher is not None:
                self._fetcher.close()
                self._fetcher = None
