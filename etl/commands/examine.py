"""Read one article (a URL, an .html file or a .txt file) and say what the tracker sees in it."""

from __future__ import annotations

from argparse import Namespace
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

from etl.commands.common import Output
from etl.config import Settings
from etl.errors import ConfigError
from etl.extract.explain import Extraction
from etl.extract.relevance import Relevance
from etl.fetch.encoding import decode
from etl.models import Article, Figure


@dataclass(frozen=True, slots=True)
class Examined:
    """The article, the relevance verdict and the figures with their reasons."""

    article: Article
    relevance: Relevance
    extraction: Extraction

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures."""
        return self.extraction.figures

    def as_json(self, explain: bool = False) -> dict:
        """The JSON shape of PRODUCT.md §1; with `explain`, each figure's "why" and the numbers
        left out ("dropped") with their reasons."""
        data = self._metadata()
        data["figures"] = [f.as_json() for f in self.figures]
        if explain:
            for figure, why in zip(data["figures"], self.extraction.explanations, strict=True):
                figure["why"] = why.as_json()
            data["dropped"] = [d.as_json() for d in self.extraction.dropped]
        return data

    def _metadata(self) -> dict:
        art = self.article
        return {
            "title": art.title,
            "published": art.published_at.date().isoformat() if art.published_at else None,
            "lang": art.lang,
            "relevant": self.relevance.relevant,
            "relevance_reason": self.relevance.reason,
            "url": art.url,
            "canonical_url": art.canonical_url,
            "date_source": art.date_source,
            "content_hash": art.content_hash,
        }


def examine(target: str, settings: Settings, published: date | None = None) -> Examined:
    """Fetch or read `target`, parse it, judge it and extract its figures; nothing is stored.

    Raises:
        ConfigError: the target is neither an http(s) URL nor an existing .html/.txt file.
        FetchError: the URL could not be fetched.
    """
    from etl.pipeline.fetching import open_fetcher
    from etl.pipeline.process import Reader

    reader = Reader.for_settings(settings)
    if target.startswith(("http://", "https://")):
        fetcher = open_fetcher(settings, also_trusted=[target])  # its host may be local
        try:
            page = fetcher.fetch(target)
        finally:
            fetcher.close()
        article = _parse_html(reader, page.text, page.final_url)
    else:
        path = Path(target)
        if not path.is_file():
            raise ConfigError(f"{target}: no such file (expected a URL, an .html or a .txt file)")
        if path.suffix.lower() in (".html", ".htm"):
            html = decode(path.read_bytes())
            article = _parse_html(reader, html, path.resolve().as_uri())
        elif path.suffix.lower() == ".txt":
            article = _from_text(path)
        else:
            raise ConfigError(f"{target}: expected a .html, .htm or .txt file")
    if published is not None:
        when = datetime.combine(published, time(12), settings.timezone)
        article = replace(article, published_at=when, date_source="given")
    article, verdict, extraction = reader.judge_and_explain(article)
    return Examined(article, verdict, extraction)


def _parse_html(reader, html: str, url: str) -> Article:
    from etl.parse.article import parse_article

    return parse_article(html, url, reader.tz)


def _from_text(path: Path) -> Article:
    """A .txt article: the first line is the title, paragraphs follow."""
    from etl.parse.article import content_hash, detect_language

    text = path.read_text(encoding="utf-8-sig")
    title, _, body = text.partition("\n")
    title, body = title.strip(), body.strip()
    return Article(
        url=path.resolve().as_uri(),
        canonical_url=path.resolve().as_uri(),
        title=title,
        published_at=None,
        date_source="none",
        lang=detect_language(f"{title}\n{body}"),
        body=body,
        content_hash=content_hash(title, body),
    )


def explain_lines(data: dict) -> list[str]:
    """What `extract --explain` prints after the table: why each figure, why each left out."""
    lines = ["", "why each figure:"]
    for f in data["figures"]:
        why = f["why"]
        lines.append(
            f"  {f['metric']} {f['value']:,.6g} «{f['text']}»: metric by {why['metric_rule']} "
            f"({why['metric_cue']!r}); period by {why['period_rule']}; {why['scope']}; "
            f"qualifier {why['qualifier']}; {why['reading']}; confidence {f['confidence']}"
        )
    lines += ["", "numbers left out:"]
    lines += [f"  «{d['text']}»: {d['reason']}" for d in data["dropped"]]
    return lines


def cmd_extract(args: Namespace, out: Output) -> int:
    """Print what the tracker sees in one article (table or JSON); writes nothing."""
    import json

    from etl.commands.common import settings_of
    from etl.commands.output import table, terminal_safe

    result = examine(args.target, settings_of(args), args.published)
    data = result.as_json(explain=args.explain)
    if args.format == "json":
        out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key in ("title", "published", "lang", "relevant", "relevance_reason", "canonical_url"):
        out(terminal_safe(f"{key:>16}: {data[key]}"))
    columns = ("metric", "partner", "value", "unit", "qualifier", "period_start", "period_end",
               "confidence", "text")  # fmt: skip
    rows = [[f[c] for c in columns] for f in data["figures"]]
    out(f"\n{len(rows)} figures")
    if rows:
        out(table(columns, rows))
    if args.explain:
        out(terminal_safe("\n".join(explain_lines(data))))
    return 0
