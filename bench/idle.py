"""Idle pass: nothing new on the sites. Requests made per source and wall time after interpreter
start (a `python run.py once` minus a bare `python -c pass`, measured side by side).

Usage: python -m bench.idle [--sources 4] [--rounds 7]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, config, machine, median, run_cli
from etl.commands.sitesrv import SiteServer


def bare_interpreter() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    site = SiteServer(ROOT / "tests" / "fixtures" / "site")
    base = site.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sources = "".join(
                f'[[source]]\nname = "feed-{i}"\nkind = "rss"\nurl = "{base}/rss.xml?copy={i}"\n'
                for i in range(args.sources)
            )
            cfg = config(Path(tmp), sources)
            run_cli("--config", str(cfg), "once")  # fills the database: the next passes are idle
            walls, bares, requests = [], [], []
            for _ in range(args.rounds):
                before = len(site.requests)
                wall, _, out = run_cli("--config", str(cfg), "once")
                assert "0 new articles" in out, out
                requests.append(site.requests[before:])
                walls.append(wall)
                bares.append(bare_interpreter())
    finally:
        site.stop()
    per_pass = [len(r) for r in requests]
    conditional = all("If-None-Match" in h for r in requests for _, h in r)
    after_start = [w - b for w, b in zip(walls, bares, strict=True)]
    print(f"machine: {machine()}")
    print(f"sources: {args.sources}, rounds: {args.rounds}")
    print(f"requests per idle pass: {per_pass} (all conditional: {conditional})")
    print(f"idle pass wall: median {median(walls):.3f} s; "
          f"bare interpreter median {median(bares):.3f} s")  # fmt: skip
    print(f"after interpreter start: median {median(after_start):.3f} s")


if __name__ == "__main__":
    main()
