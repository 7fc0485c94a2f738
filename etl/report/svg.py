"""A series as an inline SVG chart: a line through its points over time, each point focusable
with its value, qualifier, outlet and sentence (pure; every text is escaped)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, tzinfo
from html import escape

from etl.report.data import ChartPoint, Series
from etl.report.display import amount, local_time, period

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 78, 16, 14, 30
SENTENCE_CHARS = 240  # a longer sentence is cut in the tooltip (its article has it whole)
DASHES = ("", "6 4", "2 3", "10 3 2 3")


def chart(series: Series, series_index: int, tz: tzinfo) -> str:
    """The series' chart: an <svg> with one line per period length and one <g> per point."""
    points = list(series.points)
    x_of = _x_scale([p.period_end for p in points])
    y_of, ticks = _y_scale([p.value for p in points])
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-label="{escape(series.label)}: {len(points)} points" '
        f'data-points="{len(points)}" preserveAspectRatio="xMidYMid meet">'
    ]
    parts += _axes(ticks, y_of, [p.period_end for p in points], x_of, series.unit)
    groups = _groups(points, series.kind)
    for number, group in enumerate(groups):
        if len(group) > 1:
            coords = " ".join(f"{x_of(p.period_end):.0f},{y_of(p.value):.0f}" for p in group)
            dash = DASHES[number % len(DASHES)]
            style = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(f'<polyline class="line" points="{coords}"{style}/>')
    for index, point in enumerate(points):
        parts.append(_point(point, f"s{series_index}p{index}", x_of, y_of, tz))
    parts.append("</svg>")
    return "".join(parts)


def span_label(point: ChartPoint, kind: str | None) -> str:
    """Which line a point belongs to: "as of a date" for stocks, else its period's length."""
    if kind == "stock" or point.period_start is None:
        return "as of a date"
    months = round((point.period_end - point.period_start).days / 30.44)
    if months >= 12 and months % 12 == 0:
        return "12-month periods" if months == 12 else f"{months}-month periods"
    return f"{max(months, 1)}-month period" + ("s" if months != 1 else "")


def group_labels(series: Series) -> list[str]:
    """The lines of the chart, in the order they are drawn (for the legend)."""
    return [
        span_label(group[0], series.kind) for group in _groups(list(series.points), series.kind)
    ]


def _groups(points: Sequence[ChartPoint], kind: str | None) -> list[list[ChartPoint]]:
    groups: dict[str, list[ChartPoint]] = {}
    for point in points:
        groups.setdefault(span_label(point, kind), []).append(point)
    return [sorted(g, key=lambda p: p.period_end) for g in groups.values()]


def tooltip(point: ChartPoint, tz: tzinfo) -> str:
    """What a point says on hover or focus, one fact a line."""
    lines = [amount(point.value, point.unit, point.qualifier) + f" ({point.qualifier or 'exact'})",
             f"Period: {period(point.period_start, point.period_end)}"]  # fmt: skip
    source = point.outlet or "unknown outlet"
    if point.published_at:
        source += f", published {local_time(point.published_at, tz)[:10]}"
    lines.append(f"Outlet: {source}")
    if point.title:
        title = " ".join(point.title.split())
        lines.append(f"Article: {title if len(title) <= 140 else title[:139] + '…'}")
    if point.n_reports > 1 or point.n_sources is not None:
        reports = f"{point.n_reports} report{'s' if point.n_reports != 1 else ''}"
        if point.n_sources is not None:
            reports += f" from {point.n_sources} outlet{'s' if point.n_sources != 1 else ''}"
        lines.append(f"Reported by: {reports}")
    if point.sentence:
        text = " ".join(point.sentence.split())
        cut = text if len(text) <= SENTENCE_CHARS else text[: SENTENCE_CHARS - 1] + "…"
        lines.append(f"“{cut}”")
    lines += _flags(point)
    return "\n".join(lines)


def _flags(point: ChartPoint) -> list[str]:
    flags = []
    if point.suspect:
        flags.append("Suspect" + (f": {point.suspect_reason}" if point.suspect_reason else ""))
    if point.conflict:
        flags.append("Conflicting reports" + (f": {point.note}" if point.note else ""))
    if point.history:
        flags.append("History (from a backfill)")
    return flags


def _point(point: ChartPoint, ident: str, x_of, y_of, tz) -> str:
    x, y = x_of(point.period_end), y_of(point.value)
    classes = ["pt", "history" if point.history else "news"]
    classes += [
        name for name, on in (("suspect", point.suspect), ("conflict", point.conflict)) if on
    ]
    mark = f'<circle class="dot" cx="{x:.0f}" cy="{y:.0f}" r="6"/>'
    if point.conflict:
        mark += (f'<rect class="ring" x="{x - 8:.1f}" y="{y - 8:.1f}" width="16" height="16" '
                 f'transform="rotate(45 {x:.1f} {y:.1f})"/>')  # fmt: skip
    if point.suspect:
        mark += (f'<path class="cross" d="M{x - 7:.1f},{y - 7:.1f}L{x + 7:.1f},{y + 7:.1f}'
                 f'M{x - 7:.1f},{y + 7:.1f}L{x + 7:.1f},{y - 7:.1f}"/>')  # fmt: skip
    return (f'<g class="{" ".join(classes)}" id="{ident}" tabindex="0">'
            f"<title>{escape(tooltip(point, tz))}</title>{mark}</g>")  # fmt: skip


def _x_scale(days: Sequence[date]):
    low, high = min(days).toordinal(), max(days).toordinal()
    if low == high:
        low, high = low - 180, high + 180
    span = WIDTH - LEFT - RIGHT - 20

    def x_of(day: date) -> float:
        return LEFT + 10 + (day.toordinal() - low) / (high - low) * span

    return x_of


def _y_scale(values: Sequence[float]):
    low, high = min(values), max(values)
    if low == high:
        low, high = (low * 0.9, low * 1.1) if low else (-1.0, 1.0)
    if low > 0 and low < high * 0.5:
        low = 0.0  # a positive series far from zero is shown from zero
    ticks = _nice_ticks(min(low, high), max(low, high))
    bottom, top = ticks[0], ticks[-1]
    span = HEIGHT - TOP - BOTTOM

    def y_of(value: float) -> float:
        return TOP + (top - value) / (top - bottom) * span

    return y_of, ticks


def _nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = [start]
    while ticks[-1] < high - 1e-9 * abs(high):
        ticks.append(ticks[-1] + step)
    return [round(t, 10) for t in ticks]


def _axes(ticks, y_of, days: Sequence[date], x_of, unit: str | None) -> list[str]:
    parts = ['<g class="axis">']
    for tick in ticks:
        y = y_of(tick)
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{escape(amount(tick, unit))}</text>")  # fmt: skip
    years = sorted({d.year for d in days})
    step = max(1, math.ceil((years[-1] - years[0] + 1) / 8))
    for year in range(years[0] - 1, years[-1] + 2):
        edge = x_of(date(year, 1, 1))  # a faint line where each year starts; its label centred
        if LEFT <= edge <= WIDTH - RIGHT:
            parts.append(f'<line class="year" x1="{edge:.1f}" x2="{edge:.1f}" y1="{TOP}" '
                         f'y2="{HEIGHT - BOTTOM}"/>')  # fmt: skip
        x = x_of(date(year, 7, 1))
        if LEFT <= x <= WIDTH - RIGHT and (year - years[0]) % step == 0:
            parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">{year}</text>')
    parts.append("</g>")
    return parts
