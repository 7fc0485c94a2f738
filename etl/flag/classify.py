"""Classify what moved in a series: first_seen, increase, decrease, revision, conflict (pure).

A series is (metric, partner); its points are keyed by (period_end, period_start). A point's value
is its latest report's. Reports agree when their qualifier-aware intervals overlap: "more than
4,500" agrees with 4,512, "nearly $1.4 billion" with 1.39 billion; 37 and 42.7 billion do not.
A later report that disagrees with an earlier one of the same source is a revision; one that
disagrees with another source's is a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

# How far a bounded or approximate figure may lie from its stated number.
BOUND_SLACK = 0.10  # "more than X" / "nearly X": up to 10 % away, on its side
APPROX_SLACK = 0.05  # "about X": 5 % either way
EPOCH = datetime(1900, 1, 1)

PointKey = tuple[date, date | None]  # (period_end, period_start)


@dataclass(frozen=True, slots=True)
class Report:
    """One figure that reports a point."""

    figure_id: str
    article_id: str
    value: float
    qualifier: str
    published_at: datetime | None
    fresh: bool  # stored since the last flag step
    source: str = ""


@dataclass(frozen=True, slots=True)
class Point:
    """What is known of one point after a flag step (a `snapshots` row)."""

    period_end: date
    period_start: date | None
    value: float
    qualifier: str
    figure_id: str

    @property
    def key(self) -> PointKey:
        return (self.period_end, self.period_start)


@dataclass(frozen=True, slots=True)
class Change:
    """One `changes` row, before it has an id and a run."""

    change_type: str
    point: Point | None  # None: an edit that changed an article's text, not its figures
    previous: Point | None = None
    history: bool = False
    note: str | None = None

    @property
    def delta(self) -> float | None:
        """The move from the previous point, when there are both."""
        if self.point is None or self.previous is None:
            return None
        return self.point.value - self.previous.value

    @property
    def delta_pct(self) -> float | None:
        """The move in percent of the previous value."""
        if self.point is None or self.previous is None or self.previous.value == 0:
            return None
        return round(100 * (self.point.value - self.previous.value) / self.previous.value, 4)


def interval(value: float, qualifier: str, tolerance: float) -> tuple[float, float]:
    """The values a report is compatible with (two exact reports agree within `tolerance`)."""
    low, high = value * (1 - tolerance / 2), value * (1 + tolerance / 2)
    if qualifier == "over":
        high = value * (1 + BOUND_SLACK)
    elif qualifier == "under":
        low = value * (1 - BOUND_SLACK)
    elif qualifier == "approx":
        low, high = min(low, value * (1 - APPROX_SLACK)), max(high, value * (1 + APPROX_SLACK))
    return (min(low, high), max(low, high))


def agree(a: tuple[float, str], b: tuple[float, str], tolerance: float) -> bool:
    """Whether two reports of one point are compatible."""
    a_low, a_high = interval(*a, tolerance)
    b_low, b_high = interval(*b, tolerance)
    return a_low <= b_high and b_low <= a_high


def latest(reports: Iterable[Report]) -> Report:
    """The report that decides a point's value: the latest published, an exact one first."""
    return max(reports, key=lambda r: (r.published_at or EPOCH, r.qualifier == "exact", r.value))


def flag_series(
    kind: str,
    known: dict[PointKey, Point],
    touched: dict[PointKey, list[Report]],
    tolerance: float,
    edited: frozenset[str] = frozenset(),
) -> tuple[list[Change], list[Point]]:
    """Compare a series' known points with what its reports now say.

    Args:
        kind: the metric's kind ("stock" totals should not fall).
        known: the latest snapshot of every known point of the series.
        touched: every current report of the points that new figures touch.
        tolerance: relative difference two exact reports may have and still agree.
        edited: articles whose edit is flagged on its own (their new values are no revision).

    Returns:
        The changes to record and the points whose snapshot changed.
    """
    points = dict(known)
    changes: list[Change] = []
    snapshot: list[Point] = []
    for key in sorted(touched, key=_order):
        reports = touched[key]
        best = latest(reports)
        point = Point(key[0], key[1], best.value, best.qualifier, best.figure_id)
        old = points.get(key)
        if old is None:
            changes += _new_point(kind, point, points, reports, tolerance, first=not known)
            points[key] = point
            snapshot.append(point)
        elif _moved(old, point, tolerance) or old.figure_id != point.figure_id:
            changes += _known_point(old, point, reports, tolerance, edited)
            points[key] = point
            snapshot.append(point)
    if not known and points:
        newest = points[max(points, key=_order)]
        changes.insert(0, Change("first_seen", newest))
    return changes, snapshot


def _order(key: PointKey) -> tuple[date, date]:
    return (key[0], key[1] or date.min)


def _moved(old: Point, new: Point, tolerance: float) -> bool:
    return not agree((old.value, old.qualifier), (new.value, new.qualifier), tolerance)


def _new_point(kind, point, points, reports, tolerance, first: bool) -> list[Change]:
    changes = []
    disagreeing = _disagreement(point.key, reports, tolerance)
    if disagreeing:
        newer, older = disagreeing
        changes.append(Change("conflict", newer, older, note="two reports of a new point disagree"))
    if first:
        return changes
    earlier = [k for k in points if _order(k) < _order(point.key)]
    later = [k for k in points if _order(k) > _order(point.key)]
    history = bool(later)
    if earlier:
        changes += _movement(kind, point, points[max(earlier, key=_order)], history, None)
    if later:
        after = points[min(later, key=_order)]
        changes += _movement(kind, after, point, True, "delta recomputed: an older point arrived")
    return changes


def _known_point(old, point, reports, tolerance, edited) -> list[Change]:
    fresh = [r for r in reports if r.fresh and r.article_id not in edited]
    if not fresh:
        return []  # an edit already flagged as article_edited, or a quiet consolidation
    newcomer = latest(fresh)
    reported = _as_point(point.key, newcomer)
    same_source = [r for r in reports if not r.fresh and r.source == newcomer.source]
    if same_source:
        before = latest(same_source)
        later = (newcomer.published_at or EPOCH) > (before.published_at or EPOCH)
        if later and not _agree(newcomer, before, tolerance):
            note = "a later report of the same source gives another value"
            return [Change("revision", reported, _as_point(point.key, before), note=note)]
    if agree((newcomer.value, newcomer.qualifier), (old.value, old.qualifier), tolerance):
        return []
    return [Change("conflict", reported, old, note="sources disagree on this point")]


def _agree(a: Report, b: Report, tolerance: float) -> bool:
    return agree((a.value, a.qualifier), (b.value, b.qualifier), tolerance)


def _disagreement(key: PointKey, reports: list[Report], tolerance: float):
    """The first two reports of different articles that disagree, as (newer, older) points."""
    ordered = sorted(reports, key=lambda r: (r.published_at or EPOCH, r.figure_id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.article_id != b.article_id and not agree(
                (a.value, a.qualifier), (b.value, b.qualifier), tolerance
            ):
                return _as_point(key, b), _as_point(key, a)
    return None


def _as_point(key: PointKey, report: Report) -> Point:
    return Point(key[0], key[1], report.value, report.qualifier, report.figure_id)


def _movement(kind, point: Point, previous: Point, history: bool, note) -> list[Change]:
    if point.value == previous.value:
        return []
    change_type = "increase" if point.value > previous.value else "decrease"
    if change_type == "decrease" and kind == "stock":
        note = (note + "; " if note else "") + "a cumulative total fell: worth a look"
    return [Change(change_type, point, previous, history, note)]
