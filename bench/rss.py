"""Run `run.py ARGS` in this process and print its own peak RSS at the end (PEAK_RSS_MB=...),
and that of its largest worker process, if it started any (PEAK_CHILD_RSS_MB=...)."""

from __future__ import annotations

import resource
import sys

from etl.commands.cli import main

if __name__ == "__main__":
    code = main(sys.argv[1:])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"PEAK_RSS_MB={peak_mb} PEAK_CHILD_RSS_MB={child_mb}", file=sys.stderr)
    sys.exit(code)
