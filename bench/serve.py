"""Serve a folder on loopback in its own process (so the server does not share our GIL).

Usage: python -m bench.serve FOLDER  -> prints the base URL, serves until killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from etl.commands.sitesrv import SiteServer

if __name__ == "__main__":
    server = SiteServer(Path(sys.argv[1]))
    print(server.start(), flush=True)
    while True:
        time.sleep(3600)
