"""What one point's reports say: revisions and conflicts, qualifier-aware agreement (pure).

A series is (metric, partner); its points are keyed by (period_end, period_start). A point's value
is its latest report's. Reports agree when their qualifier-aware intervals overlap: "more than
4,500" agrees with 4,512, "nearly $1.4 billion" with 1.39 billion; 37 and 42.7 billion do not.
A later report that disagrees with an earlier one of the same source is a revision; one that
disagrees with another source's is a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

# How far a bounded or approximate figure may lie from its stated number.
BOUND_SLACK = 0.10  # "more than X" / "nearly X": up to 10 % away, on its side
APPROX_SLACK = 0.05  # "about X": 5 % either way
EPOCH = datetime(1900, 1, 1, tzinfo=UTC)

PointKey = tuple[date, date | None]  # (period_end, period_start)


@dataclass(frozen=True, slots=True)
class Report:
    """One figure that reports a point, with what its article says of it."""

    figure_id: str
    article_id: str
    value: float
    qualifier: str
    published_at: datetime | None
    fresh: bool  # stored since the last flag step
    source: str = ""
    outlet: str = ""  # the site that published it
    text: str = ""  # the sentence it came from (syndicated copies share it)
    published_date: date | None = None  # the paper's own date
    from_backfill: bool = False


@dataclass(frozen=True, slots=True)
class Point:
    """What is known of one point: its value, and how far it can be trusted."""

    period_end: date
    period_start: date | None
    value: float
    qualifier: str
    figure_id: str
    n_sources: int = 1
    suspect: bool = False
    suspect_reason: str | None = None

    @property
    def key(self) -> PointKey:
        """(period_end, period_start)."""
        return (self.period_end, self.period_start)


@dataclass(frozen=True, slots=True)
class Change:
    """One `changes` row, before it has an id and a run."""

    change_type: str
    point: Point | None  # None: an edit that changed an article's text, not its figures
    previous: Point | None = None
    history: bool = False
    note: str | None = None
    compared_with: str | None = None

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
    return _overlap(interval(*a, tolerance), interval(*b, tolerance))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals of compatible values share a value."""
    return a[0] <= b[1] and b[0] <= a[1]


def latest(reports: Iterable[Report]) -> Report:
    """The report that decides a point's value: the latest published, an exact one first (then
    the larger value, then the larger figure id: the same whatever order the reports come in)."""
    return max(reports, key=lambda r: (r.published_at or EPOCH, r.qualifier == "exact", r.value,
                                       r.figure_id))  # fmt: skip


def order(key: PointKey) -> tuple[date, date]:
    """Points in time order: by end, then the longer period first."""
    return (key[0], key[1] or date.min)


def moved(old: Point, new: Point, tolerance: float) -> bool:
    """Whether a point's value changed beyond what its qualifiers allow."""
    return not agree((old.value, old.qualifier), (new.value, new.qualifier), tolerance)


def new_point_conflict(point: Point, reports: list[Report], tolerance: float) -> list[Change]:
    """A conflict when two reports of different articles of a new point disagree: of the
    reports in publication order, the first that disagrees with a later one of another article,
    and the first such later one. O(n log n): what lies after each report is summed up by the
    highest low ends and lowest high ends of its intervals, of two different articles."""
    ordered = sorted(reports, key=lambda r: (r.published_at or EPOCH, r.figure_id))
    bounds = [interval(r.value, r.qualifier, tolerance) for r in ordered]
    later = _later_extremes(ordered, bounds)
    for i, (a, (low, high)) in enumerate(zip(ordered, bounds, strict=True)):
        if _outside(later[i], a.article_id, low, high):
            b = next(b for j, b in enumerate(ordered[i + 1 :], i + 1)
                     if b.article_id != a.article_id
                     and not _overlap(bounds[i], bounds[j]))  # fmt: skip
            newer, older = _as_point(point.key, b), _as_point(point.key, a)
            return [Change("conflict", newer, older, note="two reports of a new point disagree")]
    return []


Extreme = tuple[float, str]  # (an interval end, the article that reported it)
Extremes = tuple[list[Extreme], list[Extreme]]  # highest low ends, lowest high ends: two
# different articles each, best first


def _later_extremes(ordered: list[Report], bounds: list[tuple[float, float]]) -> list[Extremes]:
    """For each report, the Extremes of the reports after it."""
    highest_lows: list[Extreme] = []
    lowest_highs: list[Extreme] = []
    found: list[Extremes] = [([], [])] * len(ordered)
    for i in range(len(ordered) - 1, -1, -1):
        found[i] = (highest_lows, lowest_highs)
        article, (low, high) = ordered[i].article_id, bounds[i]
        highest_lows = _best_two(highest_lows, (low, article), max)
        lowest_highs = _best_two(lowest_highs, (high, article), min)
    return found


def _best_two(best: list[Extreme], new: Extreme, pick: Callable[..., Extreme]) -> list[Extreme]:
    """The two best ends of two different articles, once `new` is seen (a new list)."""
    mine = [e for e in best if e[1] == new[1]]
    others = [e for e in best if e[1] != new[1]]
    own = pick(mine + [new], key=lambda e: e[0])
    return sorted(others + [own], key=lambda e: e[0], reverse=pick is max)[:2]


def _outside(later: Extremes, article: str, low: float, high: float) -> bool:
    """Whether a report of another article after this one has an interval apart from it."""
    highest_lows, lowest_highs = later
    far_low = next((end for end, by in highest_lows if by != article), None)
    far_high = next((end for end, by in lowest_highs if by != article), None)
    return (far_low is not None and far_low > high) or (far_high is not None and far_high < low)


def known_point_change(
    old: Point, point: Point, reports: list[Report], tolerance: float, edited: frozenset[str]
) -> list[Change]:
    """A revision (a later report of the same source) or a conflict (another source) of a known
    point whose value moved; nothing for an edit flagged on its own."""
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


def _as_point(key: PointKey, report: Report) -> Point:
    return Point(key[0], key[1], report.value, report.qualifier, report.figure_id)
