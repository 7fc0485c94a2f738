"""Collect every problem of a config file, so that the user sees them all at once."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DURATION_RE = re.compile(r"^(\d+)\s*([smhd])$")
DURATION_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}


class Checker:
    """Reads typed values out of TOML tables, noting each bad one as `file: key: expected ...`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def bad(self, key: str, expected: str, got: Any) -> None:
        """Note one problem."""
        self.problems.append(f"{self.path}: {key}: expected {expected}, got {got!r}")

    def take(self, table: dict, key: str, prefix: str, kind: type, default: Any) -> Any:
        """`table[key]` when it has the type `kind`; else the default (and a problem noted)."""
        value = table.get(key, default)
        if value is default:
            return default
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not ok:
            self.bad(f"{prefix}{key}", TYPE_NAMES.get(kind, kind.__name__), value)
            return default
        return value

    def strings(self, table: dict, key: str, prefix: str) -> tuple[str, ...]:
        """A list of strings (empty when missing)."""
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(f"{prefix}{key}", "a list of strings", value)
            return ()
        return tuple(value)

    def duration(self, table: dict, key: str, prefix: str, default: str | None) -> timedelta | None:
        """A duration such as "30s"; None when missing and no default is given."""
        raw = self.take(table, key, prefix, str, default)
        if raw is None:
            return None
        parsed = parse_duration(raw)
        if parsed is None:
            self.bad(f"{prefix}{key}", 'a duration such as "30s", "15m", "2h" or "1d"', raw)
        return parsed

    def positive(self, table: dict, key: str, prefix: str, default: int, minimum: int = 1) -> int:
        """An integer of at least `minimum`."""
        value = self.take(table, key, prefix, int, default)
        if value < minimum:
            self.bad(f"{prefix}{key}", f"an integer >= {minimum}", value)
            return default
        return value

    def table(self, data: dict, key: str) -> dict:
        """A sub-table (empty when missing)."""
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.bad(key, "a table", value)
            return {}
        return value

    def unknown(self, table: dict, allowed: set[str], prefix: str) -> None:
        """Note every key the table should not have."""
        for key in sorted(set(table) - allowed):
            self.bad(f"{prefix}{key}", f"one of the known keys ({', '.join(sorted(allowed))})", key)


def parse_duration(text: str) -> timedelta | None:
    """Parse "30s", "15m", "2h", "1d" into a timedelta; None when it is not such a duration."""
    match = DURATION_RE.match(text.strip())
    if not match:
        return None
    return timedelta(**{DURATION_UNITS[match.group(2)]: int(match.group(1))})


def valid_url(url: str) -> bool:
    """An absolute http(s) URL."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def valid_cron(expr: str) -> bool:
    """A five-field crontab expression APScheduler accepts."""
    from apscheduler.triggers.cron import CronTrigger  # imported here: heavy, rarely needed

    if len(expr.split()) != 5:
        return False
    try:
        CronTrigger.from_crontab(expr)
    except ValueError:
        return False
    return True


def valid_selector(selector: str) -> bool:
    """A CSS selector soupsieve compiles."""
    import soupsieve  # comes with beautifulsoup4

    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError):
        return False
    return True


def valid_regex(pattern: str) -> bool:
    """A non-empty regular expression Python compiles."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return bool(pattern)
