"""How figures read for people: metric names from the catalogue, values with units (pure)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.extract.catalogue import Catalogue

SCALES = {
    "USD": ((1e9, "bn"), (1e6, "m")),
    "VND": ((1e12, "tn"), (1e9, "bn"), (1e6, "m")),
}
QUALIFIER_WORDS = {"approx": "about", "over": "over", "under": "under", "exact": ""}
UNIT_SUFFIX = {"USD": " USD", "VND": " VND", "ha": " ha", "percent": " %", "count": ""}
CHANGE_WORDS = {
    "first_seen": "first seen", "increase": "rose", "decrease": "fell", "revision": "revised",
    "conflict": "conflicting reports", "article_edited": "article edited", "suspect": "suspect",
    "source_failing": "source failing", "source_silent": "source silent",
}  # fmt: skip


def metric_label(catalogue: Catalogue | None, metric_id: str | None) -> str:
    """The metric's readable name (its `label` in the catalogue, else the id in words)."""
    if not metric_id:
        return "(article text)"
    for metric in catalogue.metrics if catalogue is not None else ():
        if metric.id == metric_id and metric.label:
            return metric.label
    return metric_id.replace("_", " ").capitalize()


def metric_unit(catalogue: Catalogue | None, metric_id: str | None) -> str | None:
    """The metric's unit from the catalogue (None for an unknown metric)."""
    for metric in catalogue.metrics if catalogue is not None else ():
        if metric.id == metric_id:
            return metric.unit
    return None


def number(value: float) -> str:
    """A number without a needless `.0`: 4082.0 -> "4,082", 42.7 -> "42.7"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.4g}"


def amount(value: float | None, unit: str | None, qualifier: str | None = None) -> str:
    """A value with its unit: 42.7e9 USD -> "42.7 bn USD", 4082 count -> "4,082", 12.7 % ..."""
    if value is None:
        return "-"
    text = None
    for size, word in SCALES.get(unit or "", ()):
        if abs(value) >= size:
            text = f"{number(round(value / size, 3 if abs(value) < size * 10 else 2))} {word}"
            break
    text = (text or number(value)) + UNIT_SUFFIX.get(unit or "", f" {unit}" if unit else "")
    word = QUALIFIER_WORDS.get(qualifier or "exact", "")
    return f"{word} {text}" if word else text


def signed_amount(value: float | None, unit: str | None) -> str:
    """A difference with its sign: "+1.2 bn USD", "-3"."""
    if value is None:
        return "-"
    return ("+" if value >= 0 else "-") + amount(abs(value), unit)


def percent_change(delta_pct: float | None) -> str:
    """ "+2.9 %" (empty when unknown)."""
    return "" if delta_pct is None else f"{delta_pct:+.1f} %"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period(start: date | None, end: date | None) -> str:
    """A period as people write it: "as of 2022-12-31" (a stock), "2022", "Jan–May 2022",
    else "2021-01-15 to 2021-03-31"."""
    if end is None:
        return "undated"
    if start is None or start == end:
        return f"as of {end.isoformat()}"
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole_months and start.year == end.year:
        if (start.month, end.month) == (1, 12):
            return str(end.year)
        if start.month == end.month:
            return f"{MONTHS[end.month - 1]} {end.year}"
        return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {end.year}"
    return f"{start.isoformat()} to {end.isoformat()}"


def ago(span: timedelta | None) -> str:
    """How long ago, in the largest whole unit: "3 days", "5 hours", "never"."""
    if span is None:
        return "never"
    seconds = max(0, int(span.total_seconds()))
    for size, word in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = seconds // size
            return f"{count} {word}{'s' if count != 1 else ''}"
    return "just now" if seconds < 60 else f"{seconds} seconds"


def local_time(moment: datetime | None, tz: tzinfo) -> str:
    """A stored moment (naive means UTC) in the given zone: "2024-05-01 14:30"."""
    if moment is None:
        return "-"
    if moment.tzinfo is None:
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")
