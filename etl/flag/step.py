"""The flag step: flag every queued figure, exactly once, and consolidate the points it touches.

Stored figures wait in `flag_queue`. A flag step runs in one transaction under the writers'
lock, flags the series every queued figure touches, and empties the queue: a figure stored by a
concurrent pass is either in the queue when the step starts (flagged now) or stored after it
(flagged by the next step); a killed process leaves its figures queued for the next one. Its
cost follows the queued figures (the touched series), not the history.

It works the touched points in parts of at most `part_reports` stored figures (a point with more
is a part of its own): each part's reports are read in one query and reduced point by point to
what flagging needs (`Evidence`, and the facts of its `points` row) before the next part is read,
so a long backfill's step holds one part's reports, not a series' or the whole queue's. A series
is flagged, and its rows written, once its last touched point is read: the same as flagging it
whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from db import store
from db.records import PointRow, ReportRow, SnapshotRow, TouchedPoint
from etl.extract.catalogue import Catalogue
from etl.flag.classify import Point, PointKey, Report
from etl.flag.series import Evidence, Outcome, SeriesRules, flag_evidence, gather
from etl.flag.trust import Bounds, outlet_of
from etl.load.rows import change_row, point_row, snapshot_row

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Series = tuple[str, str | None]
PointOf = tuple[str, str | None, date, date | None]  # (metric, partner, period_end, period_start)
PART_REPORTS = 2000  # stored figures of the touched points read in one part


def flag_changes(
    conn: DuckDBPyConnection,
    run_id: int,
    now: datetime,
    tolerance: float,
    catalogue: Catalogue | None = None,
    edited: frozenset[str] = frozenset(),
    part_reports: int = PART_REPORTS,
) -> int:
    """Flag what every queued figure changed; returns the number of changes recorded.

    Run it inside a transaction. `catalogue` gives each metric's plausible range (without one,
    values are not range-checked); `edited` are articles whose edit is flagged on its own;
    `part_reports` bounds the stored figures whose reports are read at a time.
    """
    step = _Step(run_id, now, tolerance, catalogue, edited)
    touched = store.touched_points(conn)
    remaining = _count_by_series(touched)
    open_series: dict[Series, _SeriesState] = {}
    recorded = 0
    for part in _parts(touched, part_reports):
        _open(conn, {(p.metric, p.partner) for p in part} - set(open_series), open_series)
        reports = store.reports_of_points(conn, [p[:4] for p in part])
        for key, rows in _reports_by_point(reports).items():
            open_series[key[:2]].add(key[2:], rows, step)
            remaining[key[:2]] -= 1
        done = [series for series in open_series if remaining[series] == 0]
        recorded += _flag_and_write(conn, [(s, open_series.pop(s)) for s in done], step)
    store.clear_flag_queue(conn)
    return recorded


class _Step:
    """What every part of one flag step shares."""

    def __init__(self, run_id: int, now: datetime, tolerance: float,
                 catalogue: Catalogue | None, edited: frozenset[str]) -> None:  # fmt: skip
        self.run_id, self.now, self.tolerance = run_id, now, tolerance
        self.catalogue, self.edited = catalogue, edited

    def rules(self, metric: str, kind: str) -> SeriesRules:
        found = [m for m in self.catalogue.metrics if m.id == metric] if self.catalogue else []
        bounds = Bounds(found[0].min, found[0].max) if found else Bounds()
        return SeriesRules(kind, bounds, self.tolerance)


def _count_by_series(points: Sequence[TouchedPoint]) -> dict[Series, int]:
    counts: dict[Series, int] = defaultdict(int)
    for point in points:
        counts[(point.metric, point.partner)] += 1
    return counts


def _parts(points: Sequence[TouchedPoint], limit: int) -> Iterator[list[TouchedPoint]]:
    """The touched points in order, in parts of at most `limit` stored figures (a point with
    more is a part of its own)."""
    part: list[TouchedPoint] = []
    size = 0
    for point in points:
        if part and size + point.figures > limit:
            yield part
            part, size = [], 0
        part.append(point)
        size += point.figures
    if part:
        yield part


def _reports_by_point(rows: Sequence[ReportRow]) -> dict[PointOf, list[ReportRow]]:
    """Report rows by (metric, partner, period_end, period_start); a point with no report left
    keeps an empty list."""
    found: dict[PointOf, list[ReportRow]] = defaultdict(list)
    for row in rows:
        reports = found[(row.metric, row.partner, row.period_end, row.period_start)]
        if row.figure is not None:
            reports.append(row)
    return found


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a touched point's `points` row takes from its reports."""

    unit: str
    url: str
    urls: tuple[str, ...]
    n_reports: int
    kind: str


class _Known:
    """A point as it stood, with its stored row (unit, URLs) for when only its flags change."""

    def __init__(self, row: PointRow) -> None:
        self.row = row
        self.point = Point(row.period_end, row.period_start, row.value, row.qualifier,
                           row.figure_id, row.n_sources, row.suspect,
                           row.suspect_reason)  # fmt: skip


class _SeriesState:
    """A series being flagged: its points as they stood, its reviews, and what its touched
    points' reports said, gathered part by part."""

    def __init__(self, known: dict[PointKey, _Known], reviews: dict[PointKey, str]) -> None:
        self.known, self.reviews = known, reviews
        self.evidence: dict[PointKey, Evidence] = {}
        self.facts: dict[PointKey, _Facts] = {}

    def add(self, key: PointKey, rows: list[ReportRow], step: _Step) -> None:
        old = self.known.get(key)
        found = gather(key, [_report(r) for r in rows], old.point if old else None,
                       step.tolerance, step.edited)  # fmt: skip
        self.evidence[key] = found
        if found.point is not None:
            self.facts[key] = _facts_of(rows, found.point.figure_id)

    def kind(self) -> str:
        kinds = [facts.kind for facts in self.facts.values()]
        return kinds[0] if kinds else "stock" if all(k[1] is None for k in self.known) else "flow"


def _facts_of(rows: list[ReportRow], figure_id: str) -> _Facts:
    """The unit and URL of the report that decides the point, every URL, how many versions."""
    figures = [r.figure for r in rows if r.figure is not None]
    deciding = next(i for i, fig in enumerate(figures) if fig.figure_id == figure_id)
    urls = tuple(sorted({str(r.url) for r in rows}))
    return _Facts(figures[deciding].unit, str(rows[deciding].url), urls,
                  len({r.article_hash for r in rows}), figures[0].kind)  # fmt: skip


def _open(conn: DuckDBPyConnection, series: set[Series],
          open_series: dict[Series, _SeriesState]) -> None:  # fmt: skip
    """Read the points and reviews of series a part starts."""
    if not series:
        return
    ordered = sorted(series, key=lambda s: (s[0], s[1] or ""))
    known: dict[Series, dict[PointKey, _Known]] = defaultdict(dict)
    for row in store.points_of_series(conn, ordered):
        known[(row.metric, row.partner)][(row.period_end, row.period_start)] = _Known(row)
    reviews: dict[Series, dict[PointKey, str]] = defaultdict(dict)
    for review in store.reviews_of_series(conn, ordered):
        reviews[(review.metric, review.partner)][(review.period_end, review.period_start)] = (
            review.verdict
        )
    for one in ordered:
        open_series[one] = _SeriesState(known[one], reviews[one])


def _flag_and_write(conn: DuckDBPyConnection, done: list[tuple[Series, _SeriesState]],
                    step: _Step) -> int:  # fmt: skip
    """Flag the series whose touched points are all read, and write their rows."""
    changes, snapshots, points = [], [], []
    keys: list[PointOf] = []
    for series, state in done:
        known = state.known
        outcome = flag_evidence(step.rules(series[0], state.kind()),
                                {k: p.point for k, p in known.items()}, state.evidence,
                                state.reviews)  # fmt: skip
        changes += [change_row(series, c, step.run_id, step.now) for c in outcome.changes]
        snapshots += _snapshots(series, known, outcome, step.run_id)
        points += _point_rows(series, state, outcome, step.run_id)
        keys += [(series[0], series[1], k[0], k[1]) for k in outcome.rewritten]
    store.insert(conn, snapshots)
    store.insert(conn, changes)
    store.replace_points(conn, keys, points)
    return len(changes)


def _report(row: ReportRow) -> Report:
    fig = row.figure
    assert fig is not None
    return Report(fig.figure_id, fig.article_id, fig.value, fig.qualifier, row.published_at,
                  row.fresh, row.source or "", outlet_of(row.url or ""), fig.sentence,
                  row.published_date, row.from_backfill)  # fmt: skip


def _snapshots(series: Series, known: dict[PointKey, _Known], outcome: Outcome,
               run_id: int) -> list[SnapshotRow]:  # fmt: skip
    """Points that are new or whose value, source or flags changed."""
    return [
        snapshot_row(series, point, run_id)
        for key, point in outcome.points.items()
        if key in outcome.rewritten and (key not in known or known[key].point != point)
    ]


def _point_rows(series: Series, state: _SeriesState, outcome: Outcome,
                run_id: int) -> list[PointRow]:  # fmt: skip
    """The `points` rows of the rewritten points that still exist."""
    rows = []
    for key in outcome.rewritten:
        point = outcome.points.get(key)
        if point is None:
            continue
        facts = state.facts.get(key)
        if facts is not None:
            rows.append(point_row(series, point, facts.unit, list(facts.urls), facts.url,
                                  facts.n_reports, run_id))  # fmt: skip
        else:
            old = state.known[key].row
            rows.append(point_row(series, point, old.unit, list(old.urls), old.url,
                                  old.n_reports, old.run_id))  # fmt: skip
    return rows
