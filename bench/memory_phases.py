"""Where a backfill's peak RSS is: the peak while fetching, reading and writing, and the peak of
the flag step at the end, measured apart in one process (Linux: /proc/self/status, and
/proc/self/clear_refs to start the flag step's peak afresh).

Usage: python -m bench.memory_phases [--sizes 2000 10000] [--pages small]
"""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path
from typing import Any

from bench.common import config, generated_site, machine
from bench.sitegen import PADDING


def rss_mb() -> dict[str, int]:
    """The process's current (VmRSS) and peak (VmHWM) resident memory, in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) // 1024
    return found


def restart_peak() -> None:
    """From now on VmHWM is the peak since this call."""
    Path("/proc/self/clear_refs").write_text("5")


def backfill_phases(base: str, workdir: Path) -> dict[str, int]:
    """Peaks (MB) of a backfill into a fresh database: writing, before the flag step, the flag
    step itself."""
    import etl.pipeline.run as run
    from etl.commands.cli import main

    found: dict[str, int] = {}
    flag_changes = run.flag_changes

    def measured(*args: Any, **kwargs: Any) -> int:
        now = rss_mb()
        found.update(writing=now["VmHWM"], before_flag=now["VmRSS"])
        restart_peak()
        try:
            return flag_changes(*args, **kwargs)
        finally:
            found["flag_step"] = rss_mb()["VmHWM"]

    source = f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
    cfg = config(workdir, source)
    run.flag_changes = measured
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            main(["-q", "--config", str(cfg), "backfill", "--since", "2015-01-01"])
    finally:
        run.flag_changes = flag_changes
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--pages", choices=sorted(PADDING), default="small")
    args = parser.parse_args()
    print(f"machine: {machine()}\n{args.pages} pages, one process per size")
    for size in args.sizes:
        with generated_site(size, args.pages) as (base, work):
            found = _in_child(base, work)
        print(f"{size:>6} articles: writing peak {found['writing']} MB, "
              f"{found['before_flag']} MB before the flag step, "
              f"flag step peak {found['flag_step']} MB")  # fmt: skip


def _in_child(base: str, work: Path) -> dict[str, int]:
    """backfill_phases in a fresh interpreter, so each size starts from the same memory."""
    import json
    import subprocess
    import sys

    from bench.common import ROOT

    code = (
        "import json, sys; from pathlib import Path; from bench.memory_phases import "
        "backfill_phases; print(json.dumps(backfill_phases(sys.argv[1], Path(sys.argv[2]))))"
    )
    out = subprocess.run([sys.executable, "-c", code, base, str(work)], cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
