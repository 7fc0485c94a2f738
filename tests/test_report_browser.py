"""The report in a real browser (headless Chromium): it runs without console errors or network,
shows every point of every series, tells each point on hover and keyboard focus, executes no
markup from the web, fits a phone, and prints. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import db_rows
from tests.newsroom import HOSTILE, POINTS_SQL, Newsroom

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev extra) missing")
if not Path(CHROMIUM).exists() and os.environ.get("CI"):
    pytest.fail("CI must run the browser test: .ci/run installs chromium", pytrace=False)
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it",
                allow_module_level=True)  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Two passes over the newsroom (the hostile article in the second), then the report."""
    from etl.commands.cli import main

    folder = tmp_path_factory.mktemp("browser")
    room = Newsroom(folder / "site")
    try:
        room.publish_all()
        config = room.config(folder)
        assert main(["--config", str(config), "once"]) == 0
        room.publish(*HOSTILE, date.today())
        assert main(["--config", str(config), "once"]) == 0
    finally:
        room.stop()
    out = folder / "report.html"
    args = ["--config", str(config), "report", "--out", str(out), "--since", "2015-01-01"]
    assert main(args) == 0
    return folder / "tracker.duckdb", out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            headless=True, args=FLAGS, viewport={"width": 1200, "height": 900},
        )  # fmt: skip
        yield context
        context.close()


def open_page(browser, path: Path, width: int = 1200):
    """A page with the report loaded, and what it logged, requested and popped up."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    seen = {"console": [], "errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, seen


def test_report_loads_clean_and_executes_nothing_from_the_web(browser, report):
    _, out = report
    page, seen = open_page(browser, out)
    page.wait_for_timeout(300)
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert [m for m in seen["console"] if m[0] in ("error", "warning")] == []
    assert seen["requests"] == [out.as_uri()]  # nothing fetched: no CDN, no network
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, script').length") == 1
    body = page.inner_text("body")
    assert "<script>window.__pwned = 1</script>" in body  # the hostile title shows as text
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    page.close()


def test_every_series_has_its_chart_with_every_point(browser, report):
    database, out = report
    stored = {(m, p): n for m, p, n in db_rows(database, POINTS_SQL)}
    page, _ = open_page(browser, out)
    shown = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.card')]
        .map(c => [c.dataset.metric + '|' + c.dataset.partner,
                   c.querySelectorAll('svg.chart g.pt').length]))""")
    assert shown == {f"{m}|{p}": n for (m, p), n in stored.items()}
    visible = page.evaluate("""() => [...document.querySelectorAll('svg.chart g.pt circle.dot')]
        .every(c => c.getBoundingClientRect().width > 0)""")
    assert visible
    page.close()


def test_points_tell_their_report_on_focus_and_hover(browser, report):
    _, out = report
    page, _ = open_page(browser, out)
    card = page.locator(".card[data-metric='fdi_capital_total']")
    points = card.locator("g.pt")
    page.keyboard.press("Tab")
    for _ in range(200):  # move with the keyboard only, until a point of the FDI chart has focus
        if page.evaluate("document.activeElement.closest('.card')?.dataset.metric") == (
            "fdi_capital_total"
        ):
            break
        page.keyboard.press("Tab")
    tip = page.locator("#tip")
    assert tip.is_visible()
    first = tip.inner_text()
    assert "36.8 bn USD (exact)" in first and "Outlet: newsroom" in first
    assert "As of December 31, 2021, Binh Duong had total registered FDI capital" in first
    points.last.hover()
    last = tip.inner_text()
    assert "42.7 bn USD" in last and "Article: <script>window.__pwned = 1</script>" in last
    assert '<b onmouseover="window.__pwned = 3">' in last
    assert page.evaluate("window.__pwned") is None
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.close()


def test_fits_a_phone_and_prints(browser, report):
    _, out = report
    page, _ = open_page(browser, out, width=375)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    page.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    page.pdf(path=str(ARTIFACTS / "report.pdf"))
    assert (ARTIFACTS / "report.pdf").stat().st_size > 10_000
    page.close()
