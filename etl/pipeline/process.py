"""One article from link to records: fetch -> parse -> relevance -> figures (pure once fetched)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from etl.config import Settings
from etl.errors import ConfigError, DisallowedByRobots, FetchError
from etl.extract.catalogue import Catalogue
from etl.extract.explain import Extraction
from etl.extract.places import Places
from etl.extract.reading import read_article
from etl.extract.relevance import Relevance
from etl.fetch.fetcher import Fetcher
from etl.models import Article, Figure, Link, Page, Window
from etl.parse.article import parse_article

LOGGER = logging.getLogger(__name__)
Validators = tuple[str | None, str | None]  # a page's (ETag, Last-Modified)


@dataclass(frozen=True, slots=True)
class Processed:
    """The outcome for one link: an article with its verdict and figures, or an error."""

    link: Link
    article: Article | None = None
    relevance: Relevance | None = None
    error: str | None = None
    skipped: str | None = None
    outside_window: bool = False
    validators: Validators = (None, None)
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True, slots=True)
class Reader:
    """Everything needed to turn a page into records, for one run."""

    tz: tzinfo
    places: Places
    catalogue: Catalogue
    window: Window = Window()

    @classmethod
    def for_settings(cls, settings: Settings, window: Window | None = None) -> Reader:
        """A Reader for the config's entity, metric catalogue and time zone."""
        return cls(settings.timezone, Places.build(settings.entity, settings.catalogue),
                   settings.catalogue, window or Window())  # fmt: skip

    def read(
        self, html: str, url: str, lang: str | None, fallback: datetime | None = None
    ) -> tuple[Article, Relevance, tuple[Figure, ...]]:
        """Parse a page: (article, relevance, figures). `fallback` dates an undated page."""
        article = parse_article(html, url, self.tz, lang)
        if article.published_at is None and fallback is not None:
            article = replace(article, published_at=fallback, date_source="feed")
        return self.judge_and_extract(article)

    def judge_and_extract(self, article: Article) -> tuple[Article, Relevance, tuple[Figure, ...]]:
        """The relevance verdict and, for a relevant article, its figures."""
        article, verdict, extraction = self.judge_and_explain(article)
        return article, verdict, extraction.figures

    def judge_and_explain(self, article: Article) -> tuple[Article, Relevance, Extraction]:
        """The relevance verdict and, for a relevant article, its figures with their reasons."""
        verdict, extraction = read_article(
            article.title, article.body, self.local_date(article.published_at), article.lang,
            self.catalogue, self.places, address=article.url,
        )  # fmt: skip
        return article, verdict, extraction

    def local_date(self, when: datetime | None) -> date | None:
        """The calendar date of `when` in the site's time zone."""
        return when.astimezone(self.tz).date() if when else None

    def fetch_and_read(self, fetcher: Fetcher, link: Link, lang: str | None) -> Processed:
        """Fetch and read one link; every failure becomes an error record, never an exception."""
        fetched = fetch_page(fetcher, link)
        return fetched if isinstance(fetched, Processed) else self.read_page(link, lang, fetched)

    def read_page(self, link: Link, lang: str | None, page: Page) -> Processed:
        """Read a fetched page; a failure becomes an error record, never an exception."""
        try:
            article, verdict, figures = self.read(page.text, page.final_url, lang, link.published)
        except Exception as exc:  # one broken page must not stop the others
            LOGGER.exception("%s: could not be read", link.url)
            return Processed(link, error=f"{link.url}: could not be read ({exc!r})")
        if not self.window.contains(article.published_at):
            return Processed(link, article, outside_window=True)
        validators = (page.etag, page.last_modified)
        return Processed(link, article, verdict, validators=validators, figures=figures)


def fetch_page(fetcher: Fetcher, link: Link) -> Page | Processed:
    """The page of `link`, or the record of why there is none (never an exception)."""
    try:
        return fetcher.fetch(link.url)
    except DisallowedByRobots as exc:
        LOGGER.info("skipped %s", exc)
        return Processed(link, skipped=str(exc))
    except FetchError as exc:
        return Processed(link, error=str(exc))
    except ConfigError:  # the configuration's faults stop the run
        raise
    except Exception as exc:  # one broken page must not stop the others
        LOGGER.exception("%s: could not be fetched", link.url)
        return Processed(link, error=f"{link.url}: could not be read ({exc!r})")
