"""What the report shows, read from the database into records: series and their points, the
changes since a date, each source's health."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import db
from db import store
from db.store import report as report_store
from etl.config import Settings
from etl.report.display import metric_label


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One point of a series with the report that gives its value."""

    period_end: date
    period_start: date | None
    value: float
    unit: str | None
    qualifier: str | None
    outlet: str | None
    url: str | None
    title: str | None
    published_at: datetime | None
    sentence: str | None
    phrase: str | None
    n_reports: int
    n_sources: int | None  # distinct outlets, when the database says
    suspect: bool
    suspect_reason: str | None
    conflict: bool
    history: bool  # a backfill brought it first (else: news of a regular pass)
    note: str | None


@dataclass(frozen=True, slots=True)
class Series:
    """A metric (and partner) and its points, oldest first."""

    metric: str
    partner: str | None
    label: str
    unit: str | None
    kind: str | None
    points: tuple[ChartPoint, ...]

    @property
    def latest(self) -> ChartPoint | None:
        """The newest point that is not suspect (among equal ends, the longest period)."""
        trusted = [p for p in self.points if not p.suspect] or list(self.points)
        if not trusted:
            return None
        return max(
            trusted, key=lambda p: (p.period_end, -(p.period_start or p.period_end).toordinal())
        )


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """A source's last pass and how long it has brought nothing new."""

    name: str
    kind: str | None  # None: in the database but not in the config
    enabled: bool
    last_pass_at: datetime | None
    status: str | None
    last_error: str | None
    articles_new: int | None
    last_article_at: datetime | None
    articles: int
    relevant: int
    failing_passes: int


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything one report shows."""

    title: str
    generated_at: datetime
    timezone: str
    database: str
    since: date
    series: tuple[Series, ...]
    changes: tuple[dict, ...]
    sources: tuple[SourceHealth, ...]


def read_report(settings: Settings, since: date, metrics: Sequence[str] = ()) -> ReportData:
    """Read what the report shows from the settings' database (read-only)."""
    start = datetime.combine(since, time(0), settings.timezone).astimezone(UTC)
    with db.reading(settings.database) as conn:
        points = report_store.report_points(conn, metrics)
        rows = store.list_changes(conn, start, None)
        sources = report_store.report_sources(conn)
        failing = report_store.failing_passes(conn)
    changes = [row._asdict() for row in rows]
    changes = [c for c in changes if not metrics or c["metric"] in metrics]
    return ReportData(
        title=f"{settings.entity.name}: key economic figures from the news",
        generated_at=datetime.now(UTC),
        timezone=str(settings.timezone),
        database=str(settings.database),
        since=since,
        series=tuple(_series(points, settings.catalogue)),
        changes=tuple(changes),
        sources=tuple(_sources(settings, sources, failing)),
    )


def _series(rows: list[dict], catalogue) -> list[Series]:
    grouped: dict[tuple, list[ChartPoint]] = {}
    for row in rows:
        grouped.setdefault((row["metric"], row["partner"]), []).append(_point(row))
    kinds = {m.id: m.kind for m in catalogue.metrics}
    out = []
    for (metric, partner), points in grouped.items():
        unit = next((p.unit for p in points if p.unit), None)
        label = metric_label(catalogue, metric)
        out.append(Series(metric, partner, label, unit, kinds.get(metric), tuple(points)))
    order = {m.id: i for i, m in enumerate(catalogue.metrics)}
    return sorted(out, key=lambda s: (order.get(s.metric, len(order)), s.metric, s.partner or ""))


def _point(row: dict) -> ChartPoint:
    suspect = bool(row.get("suspect")) or bool(row.get("flagged_suspect"))
    return ChartPoint(
        period_end=row["period_end"],
        period_start=row["period_start"],
        value=row["value"],
        unit=row["unit"],
        qualifier=row["qualifier"],
        outlet=row["outlet"],
        url=row["url"],
        title=row["title"],
        published_at=row["published_at"],
        sentence=row["sentence"],
        phrase=row["phrase"],
        n_reports=row["n_reports"] or 0,
        n_sources=row.get("n_sources"),
        suspect=suspect,
        suspect_reason=row.get("suspect_reason") or (row["flag_note"] if suspect else None),
        conflict=bool(row["conflict"]),
        history=bool(row["from_backfill"]),
        note=row["flag_note"],
    )


def _sources(settings: Settings, rows: list[dict], failing: dict[str, int]) -> list[SourceHealth]:
    stored = {row["source"]: row for row in rows}
    names = [s.name for s in settings.sources] + sorted(
        set(stored) - {s.name for s in settings.sources}
    )
    configured = {s.name: s for s in settings.sources}
    out = []
    for name in names:
        row, src = stored.get(name, {}), configured.get(name)
        out.append(SourceHealth(
            name=name, kind=src.kind if src else None, enabled=src.enabled if src else False,
            last_pass_at=row.get("last_pass_at"), status=row.get("last_status"),
            last_error=row.get("last_error"), articles_new=row.get("articles_new"),
            last_article_at=row.get("last_article_at"), articles=row.get("articles") or 0,
            relevant=row.get("relevant") or 0, failing_passes=failing.get(name, 0),
        ))  # fmt: skip
    return out
