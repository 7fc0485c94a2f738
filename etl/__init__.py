"""Province news tracker: discover -> fetch -> parse -> extract -> load -> flag.

The public API, for the command line, bench/ and a notebook (imports are lazy, so `import etl`
costs nothing until a function is called):

    tracker = etl.open_tracker("configs/default.toml")   # a Tracker (use it in a `with`)
    tracker.run_pass()                                  # one pass over the enabled sources
    tracker.backfill(date(2024, 1, 1))                  # walk the archives since a date
    etl.extract_figures("Binh Duong attracted ...", published=date(2024, 7, 5))
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from etl.config import Settings
    from etl.models import Figure
    from etl.pipeline.tracker import Tracker

DEFAULT_CONFIG = "configs/default.toml"
__all__ = ["Progress", "Tracker", "extract_figures", "load_settings", "open_tracker"]


def open_tracker(
    config: str | Path | Settings = DEFAULT_CONFIG, *, database: str | Path | None = None
) -> Tracker:
    """A tracker for a config file (or loaded Settings); `database` overrides the config's.

    Raises:
        ConfigError: the config or its metric catalogue is wrong (the message names file and key).
    """
    from dataclasses import replace

    from etl.config import Settings, load_settings
    from etl.pipeline.tracker import Tracker

    settings = config if isinstance(config, Settings) else load_settings(config)
    if database is not None:
        settings = replace(settings, database=Path(database).resolve())
    return Tracker(settings)


def extract_figures(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    config: str | Path | Settings = DEFAULT_CONFIG,
) -> tuple[Figure, ...]:
    """The key figures one text states about the province (empty when it is not relevant)."""
    with open_tracker(config) as tracker:
        return tracker.read_text(text, title=title, published=published).figures


def __getattr__(name: str) -> Any:
    """Tracker, Progress and load_settings, imported when first asked for."""
    if name == "Tracker":
        from etl.pipeline.tracker import Tracker

        return Tracker
    if name == "Progress":
        from etl.pipeline.progress import Progress

        return Progress
    if name == "load_settings":
        from etl.config import load_settings

        return load_settings
    raise AttributeError(f"module 'etl' has no attribute {name!r}")
