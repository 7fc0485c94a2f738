"""What every command shares: the settings with `--db` applied, and a clean stop on signals."""

from __future__ import annotations

import logging
import threading
from argparse import Namespace
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from etl.errors import ConfigError

if TYPE_CHECKING:  # the config package is imported when a command runs, not for --help
    from etl.config import Settings

LOGGER = logging.getLogger("etl")
DEFAULT_CONFIG = "configs/default.toml"
Output = Callable[[str], None]  # where a command prints its result


def settings_of(args: Namespace) -> Settings:
    """The config's settings, with the database `--db` names instead of the config's."""
    from etl.config import PACKAGE_ROOT, load_settings

    config = Path(args.config or DEFAULT_CONFIG)
    if args.config is None and not config.exists():
        config = PACKAGE_ROOT / DEFAULT_CONFIG  # run from another folder: the bundled config
    settings = load_settings(config)
    if args.db:
        settings = replace(settings, database=Path(args.db).resolve())
    return settings


def database_of(args: Namespace) -> Path:
    """The database file: `--db`, else the config's. `--db` alone reads no config (so `query`
    starts fast); a config named with `--config` is checked beside it (a broken one: exit 2)."""
    if args.db and args.config is None:
        return Path(args.db)
    return settings_of(args).database


def check_metrics(settings: Settings, metrics: list[str] | None) -> list[str]:
    """The metric ids given on the command line, each checked against the catalogue."""
    known = [m.id for m in settings.catalogue.metrics]
    for metric in metrics or ():
        if metric not in known:
            raise ConfigError(f"--metric {metric!r}: not a metric id (known: {', '.join(known)})")
    return list(metrics or ())


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """Ctrl-C or SIGTERM asks the run to stop cleanly (what is stored stays); a second Ctrl-C
    interrupts at once."""
    import signal

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
