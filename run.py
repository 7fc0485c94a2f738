"""Command-line entry point: `python run.py --help`."""

import sys

from etl.commands.cli import main

if __name__ == "__main__":
    sys.exit(main())
