"""Flag one series (pure): consolidate its touched points, judge how far each can be trusted,
and say what changed: first_seen, increase / decrease (like with like, history or news),
suspect, revision, conflict.

A movement is flagged once for each comparison (etl/flag/compare.py) that the series did not
have before this step, so a backfill tells every step of the story it fills in (history), a pass
that brings a newer point tells the news, and flagging the same data again tells nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from etl.flag.classify import (
    Change,
    Point,
    PointKey,
    Report,
    known_point_change,
    latest,
    moved,
    new_point_conflict,
    order,
)  # fmt: skip
from etl.flag.compare import PREVIOUS_AS_OF, comparisons
from etl.flag.trust import Bounds, doubt_of, judge_series, last_published, n_sources

RECOMPUTED_NOTE = "compared again: an earlier point arrived or changed"
FELL_NOTE = "a cumulative total fell: worth a look"


@dataclass(frozen=True, slots=True)
class SeriesRules:
    """What the series' metric declares: its kind and plausible range; the agreement tolerance."""

    kind: str
    bounds: Bounds = Bounds()
    tolerance: float = 0.01


@dataclass(frozen=True, slots=True)
class Outcome:
    """A series after a flag step: its changes, every point, and which points to write again."""

    changes: list[Change]
    points: dict[PointKey, Point]
    rewritten: set[PointKey] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Evidence:
    """All that flagging reads of one touched point's reports, so that they can go as soon as
    they are read: the point they make (None: no report left), the latest day one was
    published, whether a fresh report brings news, and the revisions and conflicts they show."""

    point: Point | None
    published: date | None = None
    news: bool = False
    disputes: tuple[Change, ...] = ()


def flag_series(
    rules: SeriesRules,
    before: Mapping[PointKey, Point],
    touched: Mapping[PointKey, list[Report]],
    reviews: Mapping[PointKey, str],
    edited: frozenset[str] = frozenset(),
) -> Outcome:
    """Compare what a series' reports now say with the points it had before this step.

    Args:
        rules: the metric's kind and range, and the agreement tolerance.
        before: every point of the series as it stood (its last consolidation).
        touched: every current report of the points queued figures touch (none: it is gone).
        reviews: a person's verdict ("accept" / "reject") per reviewed point.
        edited: articles whose edit is flagged on its own (their new values are no revision).
    """
    evidence = {key: gather(key, reports, before.get(key), rules.tolerance, edited)
                for key, reports in touched.items()}  # fmt: skip
    return flag_evidence(rules, before, evidence, reviews)


def gather(key: PointKey, reports: list[Report], old: Point | None, tolerance: float,
           edited: frozenset[str] = frozenset()) -> Evidence:  # fmt: skip
    """What a touched point's current reports say (`old`: the point as it stood, if it did)."""
    if not reports:
        return Evidence(None)
    point = consolidate(key, reports)
    news = any(r.fresh and not r.from_backfill for r in reports)
    if old is None:
        disputes = new_point_conflict(point, reports, tolerance)
    elif moved(old, point, tolerance) or old.figure_id != point.figure_id:
        disputes = known_point_change(old, point, reports, tolerance, edited)
    else:
        disputes = []
    return Evidence(point, last_published(reports), news, tuple(disputes))


def flag_evidence(
    rules: SeriesRules,
    before: Mapping[PointKey, Point],
    touched: Mapping[PointKey, Evidence],
    reviews: Mapping[PointKey, str],
) -> Outcome:
    """flag_series from the evidence of each touched point (see `gather`)."""
    raw = {key: point for key, point in before.items() if key not in touched}
    for key, found in touched.items():
        if found.point is not None:
            raw[key] = found.point
    own = {key: _own_doubt(p, touched.get(key), rules.bounds) for key, p in raw.items()}
    after = judge_series(rules.kind, raw, own, reviews, rules.tolerance)
    news = _News(before, after, touched)
    changes = _first_seen(before, after, news) + _movements(rules.kind, before, after, news)
    changes += _suspects(before, after, news)
    changes += [change for key in sorted(touched, key=order) for change in touched[key].disputes]
    rewritten = set(touched) | {k for k in after if before.get(k) != after[k]} | set(before)
    rewritten -= {k for k in before if k not in touched and before[k] == after.get(k)}
    return Outcome(changes, after, rewritten)


def _own_doubt(point: Point, found: Evidence | None, bounds: Bounds) -> str | None:
    return doubt_of(point, found.published if found else None, found is not None, bounds)


def consolidate(key: PointKey, reports: list[Report]) -> Point:
    """A point's value from its reports: the latest report's (an exact one first)."""
    best = latest(reports)
    return Point(key[0], key[1], best.value, best.qualifier, best.figure_id, n_sources(reports))


class _News:
    """Tells news from history: a change is news when its point is the series' newest, newer
    than every point known before, and not brought by a backfill alone."""

    def __init__(self, before: Mapping[PointKey, Point], after: Mapping[PointKey, Point],
                 touched: Mapping[PointKey, Evidence]) -> None:  # fmt: skip
        self.newest_before = max((order(k) for k in before), default=None)
        plausible = [order(k) for k, p in after.items() if not p.suspect]
        self.newest_after = max(plausible or [order(k) for k in after], default=None)
        self.touched = touched

    def history(self, key: PointKey) -> bool:
        found = self.touched.get(key)
        if found is None or not found.news:
            return True
        if self.newest_before is not None and order(key) <= self.newest_before:
            return True
        return self.newest_after is not None and order(key) < self.newest_after


def _first_seen(before, after, news: _News) -> list[Change]:
    if any(not p.suspect for p in before.values()):
        return []
    plausible = [k for k, p in after.items() if not p.suspect]
    if not plausible:
        return []
    newest = max(plausible, key=order)
    return [Change("first_seen", after[newest], history=news.history(newest))]


def _movements(kind: str, before, after, news: _News) -> list[Change]:
    changes = []
    for basis, earlier, key in sorted(comparisons(kind, after) - comparisons(kind, before),
                                      key=lambda c: (order(c[2]), c[0])):  # fmt: skip
        point, previous = after[key], after[earlier]
        if point.value == previous.value:
            continue
        up = point.value > previous.value
        notes = [RECOMPUTED_NOTE] if key in before else []
        if not up and basis == PREVIOUS_AS_OF:
            notes.append(FELL_NOTE)
        changes.append(Change("increase" if up else "decrease", point, previous,
                              news.history(key), "; ".join(notes) or None, basis))  # fmt: skip
    return changes


def _suspects(before, after, news: _News) -> list[Change]:
    changes = []
    previous: Point | None = None  # the last plausible point before, in time order
    for key in sorted(after, key=order):
        point, old = after[key], before.get(key)
        if point.suspect and (old is None or not old.suspect or old.value != point.value):
            changes.append(Change("suspect", point, previous, news.history(key),
                                  point.suspect_reason))  # fmt: skip
        if not point.suspect:
            previous = point
    return changes
