"""Write the report file: read the database, render the page, replace the file atomically."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.config import Settings
from etl.report.data import read_report
from etl.report.page import render


@dataclass(frozen=True, slots=True)
class Written:
    """What `write_report` wrote."""

    path: Path
    size: int
    series: int
    points: int
    changes: int


def write_report(
    settings: Settings, out: Path, since: date, metrics: Sequence[str] = ()
) -> Written:
    """Write the HTML report of the settings' database to `out`."""
    data = read_report(settings, since, metrics)
    html = render(data, settings.timezone, settings.catalogue).encode("utf-8")
    write_atomically(Path(out), html)
    points = sum(len(s.points) for s in data.series)
    return Written(out, len(html), len(data.series), points, len(data.changes))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
