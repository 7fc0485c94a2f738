"""Start-up: `python run.py --help` and `python run.py query "select 1"`, median wall time.

Usage: python -m bench.startup [--rounds 9]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import machine, median, run_cli


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "startup.duckdb"
        run_cli("--db", str(database), "init")
        helps = [run_cli("--help")[0] for _ in range(args.rounds)]
        queries = [
            run_cli("--db", str(database), "query", "select 1")[0] for _ in range(args.rounds)
        ]
    print(f"machine: {machine()}")
    print(f"run.py --help: median {median(helps):.3f} s {[round(t, 3) for t in helps]}")
    print(
        f"run.py query 'select 1': median {median(queries):.3f} s {[round(t, 3) for t in queries]}"
    )


if __name__ == "__main__":
    main()
