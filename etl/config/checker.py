"""Collect every problem of a config file, so that the user sees them all at once."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path, PurePath
from typing import Any

from etl.urls import url_problem

DURATION_RE = re.compile(r"([0-9]+)\s*([smhd])")
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

    def note(self, text: str) -> None:
        """Note one problem in words of its own (naming its key)."""
        self.problems.append(f"{self.path}: {text}")

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

    def duration(
        self, table: dict, key: str, prefix: str, default: str | None, bounds: tuple[str, str]
    ) -> timedelta | None:
        """A duration such as "30s" within `bounds` (inclusive); None when missing and no
        default is given, or when it is bad (a problem is noted)."""
        raw = self.take(table, key, prefix, str, default)
        if raw is None:
            return None
        parsed = parse_duration(raw)
        low, high = bounds
        lowest, highest = parse_duration(low), parse_duration(high)
        assert lowest is not None and highest is not None  # the bounds are written in code
        if parsed is None:
            self.bad(f"{prefix}{key}", 'a duration such as "30s", "15m", "2h" or "1d"', raw)
        elif not lowest <= parsed <= highest:
            self.bad(f"{prefix}{key}", f"a duration between {low} and {high}", raw)
            return None
        return parsed

    def positive(
        self, table: dict, key: str, prefix: str, default: int, minimum: int = 1, maximum=None
    ) -> int:
        """An integer of at least `minimum` (and at most `maximum`, when given)."""
        value = self.take(table, key, prefix, int, default)
        if value < minimum or (maximum is not None and value > maximum):
            expected = f"an integer >= {minimum}" if maximum is None else (
                f"an integer between {minimum} and {maximum}")  # fmt: skip
            self.bad(f"{prefix}{key}", expected, value)
            return default
        return value

    def text(self, table: dict, key: str, prefix: str, default: str, check, expected: str) -> str:
        """A string that passes `check` (else a problem is noted and the default stands in)."""
        value = self.take(table, key, prefix, str, default)
        if value is not default and not check(value):
            self.bad(f"{prefix}{key}", expected, value)
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
    """Parse "30s", "15m", "2h", "1d" into a timedelta; None when it is not such a duration
    (or one longer than any timedelta)."""
    match = DURATION_RE.fullmatch(text.strip())
    if not match or len(match.group(1)) > 12:
        return None
    try:
        return timedelta(**{DURATION_UNITS[match.group(2)]: int(match.group(1))})
    except OverflowError:
        return None


def valid_url(url: str) -> bool:
    """An absolute http(s) URL that parses strictly: a host, a port in range, closed brackets,
    no spaces or control characters."""
    return url_problem(url) is None


def valid_path(text: str) -> bool:
    """A file path the OS can open: not empty, no NUL, names of at most 255 bytes."""
    if not text.strip() or "\x00" in text or text.endswith(("/", "\\")) or len(text) > 4096:
        return False
    try:
        names = PurePath(text).parts
        return all(len(name.encode("utf-8")) <= 255 for name in names)
    except (ValueError, UnicodeError):
        return False


def database_file_or_none(path: Path) -> bool:
    """True when nothing is at `path` yet, or a DuckDB database file is ("DUCK" at byte 8)."""
    try:
        if not path.exists():
            return True
        with path.open("rb") as handle:
            return path.is_file() and handle.read(12)[8:12] == b"DUCK"
    except (OSError, ValueError):
        return False


def valid_header(text: str) -> bool:
    """A value an HTTP header can carry: printable ASCII, at most 500 characters."""
    return 0 < len(text) <= 500 and all(32 <= ord(ch) < 127 for ch in text)


def valid_cron(expr: str) -> bool:
    """A five-field crontab expression APScheduler accepts."""
    from apscheduler.triggers.cron import CronTrigger  # imported here: heavy, rarely needed

    if len(expr.split()) != 5:
        return False
    try:
        CronTrigger.from_crontab(expr)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def valid_selector(selector: str) -> bool:
    """A CSS selector soupsieve compiles."""
    import soupsieve  # comes with beautifulsoup4

    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError, TypeError, OverflowError, RecursionError):
        return False
    return True


def valid_regex(pattern: str) -> bool:
    """A non-empty regular expression Python compiles."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return bool(pattern)
