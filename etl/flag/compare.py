"""Like with like (pure): which earlier point each point of a series is compared with.

A stock is compared with its previous as-of date. A flow or a rate is compared with the same
period a year before (year on year) and with the previous period of the same length (Q2 with
Q1, a first half with the second half before it); never Q1 with a whole year. Suspect points
are left out, so a point is compared with the last plausible one.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from datetime import date, timedelta

from etl.flag.classify import Point, PointKey, order

PREVIOUS_AS_OF = "previous_as_of"
YEAR_BEFORE = "year_before"
PREVIOUS_PERIOD = "previous_period"
Comparison = tuple[str, PointKey, PointKey]  # (basis, earlier point, point)


def comparisons(kind: str, points: Mapping[PointKey, Point]) -> set[Comparison]:
    """Every (basis, earlier, later) pair of plausible points the series' kind compares."""
    keys = sorted((k for k, p in points.items() if not p.suspect), key=order)
    if kind == "stock":
        return {(PREVIOUS_AS_OF, a, b) for a, b in zip(keys, keys[1:], strict=False)}
    present = set(keys)
    found: set[Comparison] = set()
    for key in keys:
        for basis, earlier in ((YEAR_BEFORE, year_before(key)), (PREVIOUS_PERIOD, before(key))):
            if earlier is not None and earlier in present:
                found.add((basis, earlier, key))
    return found


def year_before(key: PointKey) -> PointKey | None:
    """The same period one year earlier (None for a period without a start)."""
    end, start = key
    if start is None:
        return None
    return (_shift_year(end, month_end=_is_month_end(end)), _shift_year(start, month_end=False))


def before(key: PointKey) -> PointKey | None:
    """The period of the same length that ends the day before this one starts."""
    end, start = key
    if start is None:
        return None
    previous_end = start - timedelta(days=1)
    if start.day == 1 and _is_month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = _add_months(date(start.year, start.month, 1), -months)
        return (previous_end, first)
    return (previous_end, previous_end - (end - start))


def _is_month_end(day: date) -> bool:
    return day.day == monthrange(day.year, day.month)[1]


def _shift_year(day: date, *, month_end: bool) -> date:
    last = monthrange(day.year - 1, day.month)[1]
    return date(day.year - 1, day.month, last if month_end else min(day.day, last))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
