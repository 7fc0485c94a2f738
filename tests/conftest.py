"""Shared fixtures: the loopback fixture news site, config files in tmp_path, the CLI in-process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.commands.cli import main
from etl.commands.sitesrv import SiteServer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE = FIXTURES / "site"
METRICS = ROOT / "configs" / "metrics.toml"

ENTITY = """
[entity]
name = "Binh Duong"
aliases = ["Bình Dương", "former Binh Duong"]
exclude = ["Thái Bình Dương", "châu Á - Thái Bình Dương"]
"""


def extraction_places(entity=None):
    """The compiled places of Binh Duong (or `entity`) with the bundled catalogue."""
    from etl.config import load_catalogue
    from etl.extract.places import Places
    from etl.models import Entity

    entity = entity or Entity(
        "Binh Duong", ("Bình Dương", "former Binh Duong"),
        ("Thái Bình Dương", "châu Á - Thái Bình Dương", "phường Bình Dương"),
    )  # fmt: skip
    return Places.build(entity, load_catalogue(METRICS))


def db_rows(db_path, sql: str, *params) -> list[tuple]:
    """The rows of one read-only query on a tracker database."""
    conn = duckdb.connect(str(db_path), read_only=True)
    try:
        return conn.execute(sql, list(params)).fetchall()
    finally:
        conn.close()


@pytest.fixture
def site():
    """The fixture news site, served on 127.0.0.1 for the test."""
    server = SiteServer(SITE)
    server.start()
    yield server
    server.stop()


def source_block(name: str, kind: str, url: str, **extra: str) -> str:
    """One [[source]] table."""
    lines = [f'name = "{name}"', f'kind = "{kind}"', f'url = "{url}"']
    lines += [f"{k} = {v!r}".replace("'", '"') for k, v in extra.items()]
    return "[[source]]\n" + "\n".join(lines) + "\n"


def write_config(folder: Path, sources: str, tracker: str = "", timeout: str = "5s") -> Path:
    """A config in `folder` with a database beside it and no politeness delay."""
    path = folder / "tracker.toml"
    path.write_text(
        f'[tracker]\ndatabase = "tracker.duckdb"\nmin_delay = "0s"\ntimeout = "{timeout}"\n'
        f'metrics = "{METRICS.as_posix()}"\n{tracker}\n{ENTITY}\n{sources}',
        encoding="utf-8",
    )
    return path


def site_sources(base: str) -> dict[str, str]:
    """The fixture site's three ways in: its feed, its sitemap index and its listing pages."""
    return {
        "rss": source_block("site-rss", "rss", f"{base}/rss.xml"),
        "sitemap": source_block("site-sitemap", "sitemap", f"{base}/sitemap.xml"),
        "listing": source_block(
            "site-listing",
            "listing",
            f"{base}/listing/page-1.html",
            link_selector="ul.news-list h3 a",
            next_selector="a.next",
        ),  # fmt: skip
    }


@pytest.fixture
def cli(capsys):
    """Run the CLI in this process: returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def run_process(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python run.py ARGS` in a subprocess (for exit codes and tracebacks as a user sees them)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "run.py"), *args],
        capture_output=True, text=True, cwd=cwd, timeout=timeout,
    )  # fmt: skip
