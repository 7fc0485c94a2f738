"""The command line (PRODUCT.md §1, §7): parse arguments, call the command's module, exit codes.

Each command's body lives in its own module under etl/commands/; this file only knows their
options, their help (with an example each) and how errors become exit codes.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from etl.commands.common import DEFAULT_CONFIG
from etl.errors import ConfigError, EtlError

FORMATS = ("table", "json", "csv")
PROG = "run.py"
METRICS_FILE = Path(__file__).resolve().parents[2] / "configs" / "metrics.toml"

# command -> (module, function, whether it takes a table width, help, example)
COMMANDS = {
    "init": ("passes", "cmd_init", False, "create or migrate the database", "init"),
    "once": ("passes", "cmd_once", False,
             "one pass over the sources (what each scheduled tick runs), then notifications",
             "once --source vietnamplus-en"),
    "daemon": ("passes", "cmd_daemon", False,
               "run passes on each source's schedule until SIGINT/SIGTERM", "daemon"),
    "backfill": ("passes", "cmd_backfill", False,
                 "walk the sources' archives for a date window", "backfill --since 2024-01-01"),
    "extract": ("examine", "cmd_extract", False,
                "print one article's metadata and figures (no writes)",
                "extract article.txt --published 2024-07-05"),
    "changes": ("changes", "cmd_changes", True, "the flagged changes, newest first",
                "changes --since 2025-01-01 --metric fdi_capital_total --news-only"),
    "query": ("query", "cmd_query", True, "run one read-only SQL statement on the database",
              'query "select * from latest_figures" --format csv'),
    "sources": ("status", "cmd_sources", True,
                "the sources of the config and of the database, with their last pass",
                "--db data/demo.duckdb sources"),
    "report": ("report", "cmd_report", False,
               "write one offline HTML file: latest figures, a chart per series, changes, "
               "source health", "report --out report.html --since 2025-01-01"),
    "export": ("export", "cmd_export", False,
               "every table and view to Parquet, CSV or JSON Lines, one folder per table",
               "export --format parquet --out exported/"),
    "notify": ("notify", "cmd_notify", True,
               "the notification outbox per channel; send what waits; send a test sample",
               "notify --test team"),
    "review": ("review", "cmd_review", True,
               "list suspect points, or accept / reject one by hand",
               "review accept --metric fdi_capital_total --period-end 2024-12-31"),
    "demo": ("demo", "cmd_demo", False,
             "offline demo: serve a bundled sample site and backfill it", "demo"),
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 something failed, 2 bad usage/config)."""
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser(with_metrics=bool({"-h", "--help"} & set(argv)))
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _run(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except EtlError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; what was stored is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args) -> int:
    from importlib import import_module

    module, function, wants_width, _, _ = COMMANDS[args.command]
    handler = getattr(import_module(f"etl.commands.{module}"), function)
    if not wants_width:
        return handler(args, _out)
    wide = getattr(args, "wide", False) or not sys.stdout.isatty()
    return handler(args, _out, None if wide else shutil.get_terminal_size().columns)


def _out(text: str) -> None:
    print(text)


def version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("province-news-tracker")
    except PackageNotFoundError:
        return "unknown (not installed)"


class _Version(argparse.Action):
    """--version, reading the installed package's metadata only when asked."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


def _global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """--config, --db, -v, -q: on the main parser with defaults, on each command without (so
    that they may come after the command too, and override nothing when they do not)."""
    keep: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    config: dict[str, Any] = {"default": None} if defaults else keep
    parser.add_argument("--config", help=f"TOML config ({DEFAULT_CONFIG})", **config)
    parser.add_argument("--db", help="database file (overrides the config's)", **keep)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail", **keep)
    parser.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only",
                        **keep)  # fmt: skip


def _parser(with_metrics: bool = False) -> argparse.ArgumentParser:
    epilog = "examples:\n" + "\n".join(f"  {PROG} {c[4]}" for c in COMMANDS.values())
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Follow a province's news, extract its key economic figures into DuckDB, "
        "and flag what changed. Global options may also follow the command.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    _global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, defaults=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    metrics = _metric_ids() if with_metrics else ""
    commands = {}
    for name, (_, _, _, help_text, example) in COMMANDS.items():
        extra = ""
        if metrics and name in ("changes", "report"):
            extra = "\n" + textwrap.fill(f"metric ids: {metrics}", 78, subsequent_indent="  ")
        commands[name] = sub.add_parser(
            name, help=help_text, description=help_text, parents=[common],
            epilog=f"example:\n  {PROG} {example}{extra}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
    _options(commands)
    return parser


def _options(c: dict[str, argparse.ArgumentParser]) -> None:
    for name in ("once", "backfill"):
        c[name].add_argument("--source", action="append", default=[], metavar="NAME",
                             help="only this source (repeatable)")  # fmt: skip
    c["backfill"].add_argument("--since", required=True, type=_day, metavar="DATE")
    c["backfill"].add_argument("--until", type=_day, metavar="DATE", help="inclusive (today)")
    c["extract"].add_argument("target", help="a URL, an .html file or a .txt file")
    c["extract"].add_argument("--published", type=_day, metavar="DATE", help="publication date")
    c["extract"].add_argument("--format", choices=("table", "json"), default="table")
    c["extract"].add_argument("--explain", action="store_true",
                              help="say why: each figure's cue, period rule, place and qualifier, "
                              "and every number left out with its reason")  # fmt: skip
    c["changes"].add_argument("--since", type=_day, metavar="DATE", help="detected on or after")
    c["changes"].add_argument("--metric", metavar="ID", help="one metric id (see below)")
    c["changes"].add_argument("--news-only", action="store_true",
                              help="leave out history that backfills filled in")  # fmt: skip
    c["query"].add_argument("sql", help="one SELECT (or WITH ... SELECT) statement")
    for name in ("changes", "query"):
        c[name].add_argument("--format", choices=FORMATS, default="table")
    for name in ("changes", "query", "sources", "notify", "review"):
        c[name].add_argument("--wide", action="store_true", help="never cut table cells")
    c["report"].add_argument("--out", default="report.html", metavar="FILE",
                             help="the HTML file to write (report.html)")  # fmt: skip
    c["report"].add_argument("--since", type=_day, metavar="DATE",
                             help="changes detected on or after (30 days ago)")  # fmt: skip
    c["report"].add_argument("--metric", action="append", default=[], metavar="ID",
                             help="only this metric (repeatable; default: all)")  # fmt: skip
    c["export"].add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    c["export"].add_argument("--out", required=True, metavar="DIR", help="folder to write")
    c["notify"].add_argument("--test", metavar="CHANNEL", help="send a sample event to CHANNEL")
    c["notify"].add_argument("--send", action="store_true", help="send what the channels queue")
    c["review"].add_argument("verdict", nargs="?", choices=("accept", "reject"))
    c["review"].add_argument("--metric", metavar="ID")
    c["review"].add_argument("--partner", metavar="NAME")
    c["review"].add_argument("--period-end", type=_day, metavar="DATE")
    c["review"].add_argument("--period-start", type=_day, metavar="DATE")
    c["review"].add_argument("--note", metavar="TEXT")
    c["demo"].add_argument("--keep-serving", action="store_true", help="keep the sample site up")


def _metric_ids() -> str:
    import tomllib

    try:
        return ", ".join(tomllib.loads(METRICS_FILE.read_text(encoding="utf-8"))["metric"])
    except (OSError, ValueError, KeyError):
        return "(see configs/metrics.toml)"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        datefmt="%H:%M:%S", stream=sys.stderr)  # fmt: skip
    # urllib3 warns on every retry; the tracker reports what finally failed, once.
    quiet_below = logging.DEBUG if verbose else logging.ERROR
    for noisy in ("urllib3", "apscheduler.executors", "filelock"):
        logging.getLogger(noisy).setLevel(max(level, quiet_below))
