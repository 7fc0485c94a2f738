"""Helpers shared by the bench scripts: a served generated site, timing, medians, child RSS."""

from __future__ import annotations

import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METRICS = ROOT / "configs" / "metrics.toml"


@contextmanager
def served(folder: Path):
    """Serve `folder` from a separate process; yields the base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.serve", str(folder)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.kill()
        proc.wait()


@contextmanager
def generated_site(articles: int, pages: str):
    """A generated site of `articles` pages of size `pages`, served; yields (base URL, an empty
    work folder), both gone afterwards."""
    from bench.sitegen import write_site

    with tempfile.TemporaryDirectory() as tmp:
        site, work = Path(tmp) / "site", Path(tmp) / "work"
        site.mkdir()
        work.mkdir()
        write_site(site, articles, size=pages)
        with served(site) as base:
            yield base, work


def config(folder: Path, sources: str, **tracker: str) -> Path:
    """A bench config: no politeness delay, database in `folder`."""
    extra = "".join(f'{k} = "{v}"\n' for k, v in tracker.items())
    path = folder / "bench.toml"
    path.write_text(
        f'[tracker]\ndatabase = "bench.duckdb"\nmin_delay = "0s"\n'
        f'metrics = "{METRICS.as_posix()}"\n'
        f'{extra}\n[entity]\nname = "Binh Duong"\naliases = ["Bình Dương"]\n'
        f'exclude = ["Thái Bình Dương"]\n\n{sources}'
    )
    return path


def run_cli(*args: str, measure_rss: bool = False, root: Path = ROOT) -> tuple[float, int, str]:
    """(wall seconds, the command's own peak RSS in MB or 0, output) of `python run.py ARGS`
    (of the checkout at `root`: this one by default)."""
    command = ["-m", "bench.rss"] if measure_rss else [str(root / "run.py")]
    started = time.perf_counter()
    out = subprocess.run([sys.executable, *command, "-q", *args], cwd=root,
                         capture_output=True, text=True, check=False)  # fmt: skip
    wall = time.perf_counter() - started
    found = re.search(r"PEAK_RSS_MB=(\d+)", out.stderr)
    return wall, int(found.group(1)) if found else 0, out.stdout + out.stderr


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    """One line saying where the numbers come from."""
    import os

    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
