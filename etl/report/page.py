"""The report as one self-contained HTML page: styles, script and charts inline, every text from
the web escaped (pure, given the report's data)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, tzinfo
from html import escape
from pathlib import Path

from etl.extract.catalogue import Catalogue
from etl.report.data import ReportData, Series, SourceHealth
from etl.report.display import (
    ago,
    amount,
    local_time,
    metric_label,
    percent_change,
    period,
    signed_amount,
)
from etl.report.svg import chart, group_labels

ASSETS = Path(__file__).resolve().parent


def render(data: ReportData, tz: tzinfo, catalogue: Catalogue | None = None) -> str:
    """The whole page."""
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    body = [
        _header(data, tz),
        "<main>",
        _latest(data, tz),
        _charts(data, tz),
        _changes(data, tz, catalogue),
        _sources(data, tz),
        "</main>",
        _footer(data),
    ]
    # Only our own style and script run: the policy names their hashes, so no markup that
    # slipped into a text could run a script or load anything from the network.
    policy = f"default-src 'none'; style-src '{_sha(css)}'; script-src '{_sha(script)}'"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f"<title>{escape(data.title)}</title><style>{css}</style></head><body>"
        + "".join(body)
        + f'<div id="tip" role="tooltip" hidden></div><script>{script}</script></body></html>\n'
    )


def _sha(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _header(data: ReportData, tz: tzinfo) -> str:
    return (
        f"<header><h1>{escape(data.title)}</h1>"
        f'<p class="meta">Generated {escape(local_time(data.generated_at, tz))} '
        f"from <code>{escape(data.database)}</code>. Times are shown in "
        f"{escape(data.timezone)}. {len(data.series)} series, {len(data.changes)} changes "
        f"since {data.since.isoformat()}.</p>"
        '<nav><a href="#latest">Latest figures</a><a href="#charts">Charts</a>'
        '<a href="#changes">Changes</a><a href="#sources">Sources</a></nav></header>'
    )


def _series_name(series: Series) -> str:
    name = escape(series.label)
    if series.partner:
        name += f" <small>(investors from {escape(series.partner)})</small>"
    return name


def _row(*cells: tuple[str, str, str]) -> str:
    """A table row; each cell is (label shown on a phone, HTML content, CSS class)."""
    tds = "".join(
        f'<td{f" class={chr(34)}{cls}{chr(34)}" if cls else ""} data-label="{label}">{html}</td>'
        for label, html, cls in cells
    )
    return f"<tr>{tds}</tr>"


def _link(url: str | None, text: str) -> str:
    if not url:
        return escape(text)
    return f'<a href="{escape(url)}" rel="noreferrer">{escape(text)}</a>'


def _latest(data: ReportData, tz) -> str:
    rows = []
    for series in data.series:
        p = series.latest
        if p is None:
            continue
        rows.append(_row(
            ("Series", _series_name(series), ""),
            ("Latest", escape(amount(p.value, p.unit, p.qualifier)), "num"),
            ("Period", escape(period(p.period_start, p.period_end)), ""),
            ("Outlet", f"{escape(p.outlet or '')}: {_link(p.url, p.title or 'article')}", ""),
            ("Published", escape(local_time(p.published_at, tz)[:10]), ""),
            ("Sentence", escape(p.sentence or ""), "sentence"),
        ))  # fmt: skip
    if not rows:
        return '<section id="latest"><h2>Latest figures</h2><p>No figures stored yet.</p></section>'
    return (
        '<section id="latest"><h2>Latest figures</h2>'
        '<p class="muted">The newest point of every series that is not suspect.</p>'
        '<div class="scroll"><table class="stack"><thead><tr><th>Series</th><th>Latest</th>'
        "<th>Period</th><th>Outlet</th><th>Published</th><th>Sentence</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></section>"
    )


def _charts(data: ReportData, tz) -> str:
    cards = [_card(series, index, tz) for index, series in enumerate(data.series)]
    return (
        '<section id="charts"><h2>Charts</h2><p class="muted">Hover over a point, or move to it '
        "with the Tab key, to read its value, outlet and sentence.</p>"
        f'<div class="grid">{"".join(cards)}</div></section>'
    )


def _card(series: Series, index: int, tz) -> str:
    latest = series.latest
    lines = group_labels(series)
    legend = [f"<li>{'—' if i == 0 else '- -' if i == 1 else '··'} {escape(label)}</li>"
              for i, label in enumerate(lines)] if len(lines) > 1 else []  # fmt: skip
    legend += ['<li><span class="key news"></span>news</li>',
               '<li><span class="key history"></span>history (backfill)</li>']  # fmt: skip
    if any(p.suspect for p in series.points):
        legend.append('<li><span class="key suspect"></span>suspect</li>')
    if any(p.conflict for p in series.points):
        legend.append('<li><span class="key conflict"></span>conflicting reports</li>')
    value = escape(amount(latest.value, latest.unit, latest.qualifier)) if latest else "-"
    return (
        f'<article class="card" id="series-{index}" data-metric="{escape(series.metric)}" '
        f'data-partner="{escape(series.partner or "")}" data-points="{len(series.points)}">'
        f"<h3>{_series_name(series)}</h3><small>{escape(series.metric)}</small>"
        f'<p class="latest">{value}</p>{chart(series, index, tz)}'
        f'<ul class="legend">{"".join(legend)}</ul>{_points_table(series, tz)}</article>'
    )


def _points_table(series: Series, tz) -> str:
    """Every point, newest first (a compact table: it prints, and it fits a phone as it is)."""
    rows = []
    for p in reversed(series.points):
        flags = " ".join(
            f'<span class="flag {cls}">{escape(text)}</span>'
            for cls, text, on in (
                ("suspect", "suspect: " + (p.suspect_reason or "?"), p.suspect),
                ("conflict", "conflicting reports", p.conflict),
                ("history", "history", p.history),
            )
            if on
        )
        rows.append(
            f"<tr><td>{escape(period(p.period_start, p.period_end))}</td>"
            f'<td class="num">{escape(amount(p.value, p.unit, p.qualifier))}</td>'
            f"<td>{_link(p.url, p.outlet or 'source')}</td><td>{flags}</td></tr>"
        )
    return (
        f"<details><summary>{_count(len(series.points), 'point')}</summary>"
        '<div class="scroll"><table class="points"><thead><tr><th>Period</th><th>Value</th>'
        "<th>Outlet</th><th>Flags</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></details>"
    )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _changes(data: ReportData, tz, catalogue) -> str:
    units = {s.metric: s.unit for s in data.series}
    rows = []
    for c in data.changes:
        unit = units.get(c["metric"])
        delta = signed_amount(c["delta"], unit) if c["delta"] is not None else ""
        pct = percent_change(c["delta_pct"])
        series = escape(metric_label(catalogue, c["metric"]))
        if c["partner"]:
            series += f" <small>({escape(c['partner'])})</small>"
        history = '<span class="flag">history</span>' if c["history"] else ""
        rows.append(_row(
            ("Detected", escape(local_time(c["detected_at"], tz)), ""),
            ("Type", f"<code>{escape(c['change_type'])}</code> {history}", ""),
            ("Series", series, ""),
            ("Old", escape(amount(c["previous_value"], unit)), "num"),
            ("New", escape(amount(c["value"], unit)), "num"),
            ("Change", f"{escape(delta)} {escape(pct)}", "num"),
            ("Period end", escape(str(c["period_end"] or "-")), ""),
            ("Source", _link(c["url"], "article"), ""),
        ))  # fmt: skip
    head = f'<section id="changes"><h2>Changes since {data.since.isoformat()}</h2>'
    if not rows:
        return head + "<p>No change was flagged in this time.</p></section>"
    return (
        head + '<div class="scroll"><table class="stack"><thead><tr><th>Detected</th><th>Type</th>'
        "<th>Series</th><th>Old</th><th>New</th><th>Change</th><th>Period end</th><th>Source</th>"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div></section>"
    )


def _sources(data: ReportData, tz) -> str:
    rows = [_source_row(s, data.generated_at, tz) for s in data.sources]
    return (
        '<section id="sources"><h2>Sources</h2><div class="scroll"><table class="stack"><thead><tr>'
        "<th>Source</th><th>Last pass</th><th>Status</th><th>New articles</th>"
        "<th>Silent for</th><th>Articles</th><th>Last error</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></section>"
    )


def _source_row(s: SourceHealth, now: datetime, tz) -> str:
    status = s.status or "never run"
    cls = "error" if status in ("error", "failed") else "ok" if status == "ok" else ""
    if s.failing_passes > 1:
        status += f", {s.failing_passes} passes in a row"
    kind = (
        f" <small>({escape(s.kind)})</small>" if s.kind else " <small>(not in the config)</small>"
    )
    if s.kind and not s.enabled:
        kind += " <small>disabled</small>"
    silent = "no article yet"
    if s.last_article_at:
        silent = ago(now.replace(tzinfo=None) - _naive(s.last_article_at))
    new = str(s.articles_new) if s.articles_new is not None else "-"
    return _row(
        ("Source", f"{escape(s.name)}{kind}", ""),
        ("Last pass", escape(local_time(s.last_pass_at, tz)), ""),
        ("Status", f'<span class="flag {cls}">{escape(status)}</span>', ""),
        ("New articles", new, "num"),
        ("Silent for", escape(silent), ""),
        ("Articles", f"{s.articles} ({s.relevant} relevant)", "num"),
        ("Last error", escape(s.last_error or ""), ""),
    )


def _naive(moment: datetime) -> datetime:
    """A stored moment as naive UTC (the database keeps naive UTC or zone-aware times)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _footer(data: ReportData) -> str:
    return (
        "<footer><p>Each value is the latest report of its point; qualifiers read “about” "
        "(approx), “over” and “under”. News points came from regular passes, history points "
        "from backfills of the archives. Suspect points are left out of the latest figures. "
        "Titles, sentences and outlet names are quoted from the web as they were written.</p>"
        "<p>Made by province-news-tracker; this file needs no network.</p></footer>"
    )
