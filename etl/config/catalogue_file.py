"""Read the metric catalogue's TOML file and compile it (a bad entry is a ConfigError)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from etl.errors import ConfigError
from etl.extract.catalogue import Catalogue, build_catalogue


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a metrics file.

    Raises:
        ConfigError: naming the file, the key and what was expected.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: metric catalogue not found (tracker.metrics)") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the metric catalogue ({exc})") from exc
    problems: list[str] = []
    try:
        catalogue = build_catalogue(data, problems)
    except re.error as exc:
        raise ConfigError(f"{path}: a cue is not a valid regular expression ({exc})") from exc
    if problems:
        raise ConfigError("\n".join(f"{path}: {p}" for p in problems))
    return catalogue
