"""How far a point can be trusted: how many outlets reported it, and whether it is plausible
(pure).

n_sources counts distinct outlets, a syndicated text once: each distinct sentence belongs to the
outlet that published it first, and n_sources is the number of such first publishers. A point is
`suspect` when its value is outside the metric's declared range, when its period ends long after
the articles that report it were published, or when it is a cumulative total that falls against
the point before it, no second outlet confirms it and the point after it does not stay down.
A reviewer's verdict wins over all of these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from etl.flag.classify import EPOCH, Point, PointKey, Report, agree, order

SUSPECT_FALL = 0.05  # a cumulative total may dip this much (a rounding, a re-basing) unremarked
PUBLICATION_SLACK = timedelta(days=31)  # "exports in 2024 are estimated at ..." in December
OUT_OF_RANGE = "outside the metric's range"
AFTER_PUBLICATION = "the period ends after the articles that report it were published"
FALLS = "a cumulative total falls against its neighbours and no other outlet confirms it"
REJECTED = "rejected by review"
RECOMPUTED = (FALLS, REJECTED)  # reasons that depend on neighbours or reviews, decided anew
SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Bounds:
    """The range of values a metric declares plausible (None: unbounded)."""

    min: float | None = None
    max: float | None = None

    def contain(self, value: float) -> bool:
        """Whether `value` is inside the range."""
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


def outlet_of(url: str) -> str:
    """The site a URL belongs to (host and port, without a leading www.)."""
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def n_sources(reports: Sequence[Report]) -> int:
    """Distinct outlets that reported a point, a text syndicated under several once."""
    first: dict[str, Report] = {}
    for report in sorted(reports, key=lambda r: (r.published_at or EPOCH, r.outlet)):
        first.setdefault(SPACES_RE.sub(" ", report.text.strip().lower()), report)
    return len({report.outlet for report in first.values()}) or 1


def own_doubt(point: Point, reports: Sequence[Report], bounds: Bounds) -> str | None:
    """What makes a point implausible on its own: its value, or its dates against its reports'.
    `reports` empty: the point was not touched, so only its range is looked at again."""
    return doubt_of(point, last_published(reports), bool(reports), bounds)


def doubt_of(point: Point, published: date | None, touched: bool, bounds: Bounds) -> str | None:
    """own_doubt from what it reads of the reports: the latest day one was published, and
    whether the point has any report this step."""
    if not bounds.contain(point.value):
        return f"{OUT_OF_RANGE} [{_bound(bounds.min)}, {_bound(bounds.max)}]"
    if published is not None and point.period_end > published + PUBLICATION_SLACK:
        return AFTER_PUBLICATION
    if not touched and point.suspect_reason == AFTER_PUBLICATION:
        return AFTER_PUBLICATION
    return None


def last_published(reports: Sequence[Report]) -> date | None:
    """The latest day one of `reports` was published (None: no report has a date)."""
    return max((day for day in map(_published, reports) if day is not None), default=None)


def _published(report: Report) -> date | None:
    if report.published_date is not None:
        return report.published_date
    return report.published_at.date() if report.published_at else None


def _bound(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def judge_series(
    kind: str,
    points: Mapping[PointKey, Point],
    own: Mapping[PointKey, str | None],
    reviews: Mapping[PointKey, str],
    tolerance: float,
) -> dict[PointKey, Point]:
    """Every point of a series with its suspect flag and reason decided, oldest first (a stock
    point is compared with the last plausible point before it)."""
    keys = sorted(points, key=order)
    judged: dict[PointKey, Point] = {}
    last: Point | None = None
    for i, key in enumerate(keys):
        point = points[key]
        reason = own.get(key)
        if (
            reason is None
            and kind == "stock"
            and last is not None
            and _falls(point, last, tolerance)
        ):
            later = points[keys[i + 1]] if i + 1 < len(keys) else None
            confirmed = point.n_sources >= 2 or (later is not None and _falls(later, last, 0))
            reason = None if confirmed else FALLS
        verdict = reviews.get(key)
        if verdict is not None:
            reason = None if verdict == "accept" else REJECTED
        judged[key] = replace(point, suspect=reason is not None, suspect_reason=reason)
        if reason is None:
            last = judged[key]
    return judged


def _falls(point: Point, before: Point, tolerance: float) -> bool:
    """`point` is clearly below `before` (beyond SUSPECT_FALL and the qualifiers' slack)."""
    low = point.value < before.value * (1 - SUSPECT_FALL)
    return low and not agree((point.value, point.qualifier), (before.value, before.qualifier),
                             tolerance)  # fmt: skip
