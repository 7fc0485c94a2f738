"""The command line (PRODUCT.md §1): parse arguments, call the library, print the result."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from etl.errors import ConfigError, EtlError

LOGGER = logging.getLogger("etl")
DEFAULT_CONFIG = "configs/default.toml"
FORMATS = ("table", "json", "csv")


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 something failed, 2 bad usage/config)."""
    parser = _parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except EtlError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; what was stored is kept", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run.py",
        description="Follow a province's news, extract its key economic figures into DuckDB, "
        "and flag what changed.",
    )
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="TOML config (%(default)s)")
    parser.add_argument("--db", help="database file (overrides the config's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    parser.add_argument("-q", "--quiet", action="store_true", help="log warnings and errors only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.set_defaults(handler=handler)
        return cmd

    add("init", _cmd_init, "create or migrate the database")
    once = add("once", _cmd_once, "one pass over the sources (what each scheduled tick runs)")
    once.add_argument("--source", action="append", default=[], metavar="NAME")
    add("daemon", _cmd_daemon, "run passes on each source's schedule until SIGINT/SIGTERM")
    backfill = add("backfill", _cmd_backfill, "walk the sources' archives for a date window")
    backfill.add_argument("--since", required=True, type=_day, metavar="DATE")
    backfill.add_argument("--until", type=_day, metavar="DATE", help="inclusive (default: today)")
    backfill.add_argument("--source", action="append", default=[], metavar="NAME")
    extract = add("extract", _cmd_extract, "print one article's metadata and figures (no writes)")
    extract.add_argument("target", help="a URL, an .html file or a .txt file")
    extract.add_argument("--published", type=_day, metavar="DATE", help="publication date")
    extract.add_argument("--format", choices=("table", "json"), default="table")
    extract.add_argument("--explain", action="store_true",
                         help="say why: each figure's cue, period rule, place and qualifier, "
                         "and every number left out with its reason")  # fmt: skip
    changes = add("changes", _cmd_changes, "the flagged changes, newest first")
    changes.add_argument("--since", type=_day, metavar="DATE")
    changes.add_argument("--metric", metavar="ID")
    changes.add_argument("--format", choices=FORMATS, default="table")
    query = add("query", _cmd_query, "run read-only SQL on the database")
    query.add_argument("sql")
    query.add_argument("--format", choices=FORMATS, default="table")
    add("sources", _cmd_sources, "the configured sources and their last pass")
    demo = add("demo", _cmd_demo, "offline demo: serve a bundled sample site and backfill it")
    demo.add_argument("--keep-serving", action="store_true", help="keep the sample site up")
    return parser


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


def _settings(args):
    from etl.config import load_settings

    settings = load_settings(args.config)
    if args.db:
        settings = replace(settings, database=Path(args.db).resolve())
    return settings


def _cmd_init(args) -> int:
    import db
    from db.migrate import current_version

    settings = _settings(args)
    conn = db.connect(settings.database)
    try:
        applied = db.migrate(conn)
        version = current_version(conn)
    finally:
        conn.close()
    state = f"migrated ({', '.join(map(str, applied))})" if applied else "up to date"
    print(f"{settings.database}: schema version {version}, {state}")
    return 0


def _cmd_once(args) -> int:
    import etl

    with etl.open_tracker(_settings(args)) as tracker, _stop_on_signals() as stop:
        report = tracker.run_pass(args.source, stop=stop)
    return _print_report(report)


@contextmanager
def _stop_on_signals():
    """Ctrl-C or SIGTERM asks the run to stop cleanly (what is stored stays); a second Ctrl-C
    interrupts at once."""
    import signal
    import threading

    stop = threading.Event()

    def ask_to_stop(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        LOGGER.warning("stopping after the pages under way (Ctrl-C again to abort)")
        stop.set()

    previous = {sig: signal.signal(sig, ask_to_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _cmd_backfill(args) -> int:
    import etl
    from etl.commands.progress import ProgressDisplay

    progress = etl.Progress()
    with etl.open_tracker(_settings(args)) as tracker:
        tracker.window(args.since, args.until)  # a bad window stops here, before any output
        with _stop_on_signals() as stop, ProgressDisplay(progress):
            report = tracker.backfill(args.since, args.until, args.source, stop=stop,
                                      progress=progress)  # fmt: skip
    return _print_report(report)


def _print_report(report) -> int:
    print(
        f"run {report.run_id} ({report.mode}): {report.status}; "
        f"{report.articles_seen} fetched, {report.articles_new} new articles, "
        f"{report.figures_new} new figures, {report.changes_new} changes, "
        f"{len(report.errors)} errors"
    )
    for error in report.errors[:20]:
        print(f"  error: {error}")
    if len(report.errors) > 20:
        print(f"  ... and {len(report.errors) - 20} more (see the runs table)")
    return 1 if report.errors else 0


def _cmd_daemon(args) -> int:
    from etl.commands.daemon import run_daemon

    settings = _settings(args)
    if not any(src.enabled for src in settings.sources):
        raise ConfigError(f"{settings.path}: no enabled [[source]] to schedule")
    with _stop_on_signals() as stop:
        return run_daemon(settings, stop)


def _cmd_changes(args) -> int:
    from etl.commands.changes import change_lines, list_changes
    from etl.commands.output import render

    columns, rows = list_changes(_db_path(args), args.since, args.metric)
    if args.format != "table":
        print(render(columns, rows, args.format))
    elif not rows:
        print("no changes flagged" + (f" since {args.since}" if args.since else ""))
    else:
        print("\n".join(change_lines(columns, rows)))
    return 0


def _cmd_extract(args) -> int:
    from etl.commands.examine import examine, explain_lines
    from etl.commands.output import table

    result = examine(args.target, _settings(args), args.published)
    data = result.as_json(explain=args.explain)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key in ("title", "published", "lang", "relevant", "relevance_reason", "canonical_url"):
        print(f"{key:>16}: {data[key]}")
    columns = ("metric", "partner", "value", "unit", "qualifier", "period_start", "period_end",
               "confidence", "text")  # fmt: skip
    rows = [[f[c] for c in columns] for f in data["figures"]]
    print(f"\n{len(rows)} figures")
    if rows:
        print(table(columns, rows))
    if args.explain:
        print("\n".join(explain_lines(data)))
    return 0


def _cmd_query(args) -> int:
    from db.readonly import run_readonly
    from etl.commands.output import render

    limit = 10_000 if args.format == "table" else None
    result = run_readonly(_db_path(args), args.sql, limit)
    if result.columns:
        print(render(result.columns, result.rows, args.format))
    if result.truncated:
        print(f"(first {limit} rows; use --format csv or json for all)", file=sys.stderr)
    return 0


def _db_path(args) -> Path:
    if args.db:
        return Path(args.db)
    return _settings(args).database


def _cmd_sources(args) -> int:
    from etl.commands.output import table
    from etl.commands.status import source_rows

    columns, rows = source_rows(_settings(args), datetime.now(UTC))
    print(table(columns, rows))
    return 0


def _cmd_demo(args) -> int:
    from etl.commands.demo import run_demo

    return run_demo(print, args.db, keep_serving=args.keep_serving)
