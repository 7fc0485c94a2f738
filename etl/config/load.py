"""Read the TOML config once, validate all of it, and return typed, immutable Settings."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etl.config.catalogue_file import load_catalogue
from etl.config.checker import (
    Checker,
    database_file_or_none,
    parse_duration,
    valid_cron,
    valid_header,
    valid_path,
    valid_regex,
    valid_selector,
    valid_url,
)
from etl.config.notify import notify_channels
from etl.config.settings import DEFAULT_USER_AGENT, PACKAGE_ROOT, Settings
from etl.discover.kinds import KINDS, Option
from etl.errors import ConfigError
from etl.models import Entity, Source

LANGS = ("en", "vi")
NAME_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# Bounds (inclusive) of every duration, size and count: docs/reliability.md lists them.
DURATIONS = {
    "min_delay": ("0s", "1h"), "timeout": ("1s", "10m"), "recheck_every": ("0s", "365d"),
    "recheck_for": ("0s", "3650d"), "every": ("1s", "365d"),
}  # fmt: skip
MAX_BYTES = (64 * 1024, 256 * 1024 * 1024)
MAX_RETRIES = (0, 10)
WORKERS = (1, 32)
HEADER = "printable ASCII of at most 500 characters"
MAX_PAGES = 10_000
TRACKER_KEYS = {
    "database", "user_agent", "timezone", "min_delay", "timeout", "max_bytes", "max_retries",
    "workers", "recheck_every", "recheck_for", "conflict_tolerance", "metrics",
}  # fmt: skip
ENTITY_KEYS = {"name", "aliases", "exclude", "places", "other_places", "city"}
SOURCE_KEYS = {"name", "kind", "url", "lang", "every", "cron", "min_delay", "enabled"}


def load_settings(path: str | Path) -> Settings:
    """Read and validate a config file and the metric catalogue it names.

    Args:
        path: the TOML file.

    Returns:
        The validated settings; relative paths are resolved against the file's folder.

    Raises:
        ConfigError: listing every problem found, each naming the file and the key.
    """
    path = Path(path)
    data = _read_toml(path)
    check = Checker(path)
    check.unknown(data, {"tracker", "entity", "source", "notify"}, "")
    entity = _entity(check, check.table(data, "entity"))
    sources = _sources(check, data.get("source", []))
    settings = _tracker(check, check.table(data, "tracker"), path, entity, sources)
    channels = notify_channels(check, data.get("notify", []), path.resolve().parent, settings)
    if check.problems:
        raise ConfigError("\n".join(check.problems))
    return replace(settings, notify=channels)


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from exc


def _catalogue(path: Path, metrics_path: Path):
    """The metric catalogue the config names; a broken one names the config file and its key."""
    try:
        return load_catalogue(metrics_path)
    except ConfigError as exc:
        raise ConfigError(f"{path}: tracker.metrics: {exc}") from exc


def _tracker(check: Checker, table: dict, path: Path, entity: Entity, sources) -> Settings:
    check.unknown(table, TRACKER_KEYS, "tracker.")
    p = "tracker."
    folder = path.resolve().parent
    tolerance = check.take(table, "conflict_tolerance", p, float, 0.01)
    if not 0 <= tolerance < 1:
        check.bad("tracker.conflict_tolerance", "a fraction between 0 and 1", tolerance)
    metrics_path = _metrics_path(check, table, folder)
    return Settings(
        path=path,
        database=_database(check, table, folder),
        user_agent=check.text(table, "user_agent", p, DEFAULT_USER_AGENT, valid_header, HEADER),
        timezone=_timezone(check, table),
        min_delay=_duration(check, table, "min_delay", "1s"),
        timeout=_duration(check, table, "timeout", "20s"),
        max_bytes=check.positive(table, "max_bytes", p, 10 * 1024 * 1024, *MAX_BYTES),
        max_retries=check.positive(table, "max_retries", p, 3, *MAX_RETRIES),
        workers=check.positive(table, "workers", p, 4, *WORKERS),
        recheck_every=_duration(check, table, "recheck_every", "6h"),
        recheck_for=_duration(check, table, "recheck_for", "7d"),
        conflict_tolerance=tolerance,
        metrics_path=metrics_path,
        catalogue=_catalogue(path, metrics_path),
        entity=entity,
        sources=sources,
    )


def _database(check: Checker, table: dict, folder: Path) -> Path:
    """The database file: a path the OS can open, where a DuckDB database is or can be made."""
    name = check.text(table, "database", "tracker.", "data/tracker.duckdb", valid_path,
                      "a file path (no NUL, not a folder)")  # fmt: skip
    if not database_file_or_none(folder / name):
        check.bad("tracker.database", "a DuckDB database file or a path where one can be made",
                  name)  # fmt: skip
    return folder / name


def _timezone(check: Checker, table: dict) -> ZoneInfo:
    name = check.take(table, "timezone", "tracker.", str, "Asia/Ho_Chi_Minh")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        check.bad("tracker.timezone", "an IANA time zone such as Asia/Ho_Chi_Minh", name)
        return ZoneInfo("Asia/Ho_Chi_Minh")


def _metrics_path(check: Checker, table: dict, folder: Path) -> Path:
    """The catalogue the config names; without a name, metrics.toml beside it or the bundled one."""
    metrics = check.take(table, "metrics", "tracker.", str, None)
    if metrics is not None and not valid_path(metrics):
        check.bad("tracker.metrics", "a file path", metrics)
        metrics = None
    path = folder / metrics if metrics else folder / "metrics.toml"
    if metrics and not path.is_file():
        check.note(f"{path}: metric catalogue not found (tracker.metrics)")
    if not path.is_file():
        path = PACKAGE_ROOT / "configs" / "metrics.toml"
    return path


def _duration(check: Checker, table: dict, key: str, default: str):
    """A validated duration; an invalid one was reported and the default stands in for it."""
    value = check.duration(table, key, "tracker.", default, DURATIONS[key])
    return value if value is not None else parse_duration(default)


def _entity(check: Checker, table: dict) -> Entity:
    check.unknown(table, ENTITY_KEYS, "entity.")
    name = check.take(table, "name", "entity.", str, "Binh Duong")
    if not name.strip():
        check.bad("entity.name", "a non-empty name", name)
    lists = {key: check.strings(table, key, "entity.")
             for key in sorted(ENTITY_KEYS - {"name", "city"})}  # fmt: skip
    city = check.take(table, "city", "entity.", bool, False)
    return Entity(name=name, city=city, **lists)


def _sources(check: Checker, raw: Any) -> tuple[Source, ...]:
    if not isinstance(raw, list):
        check.bad("source", "an array of tables ([[source]])", raw)
        return ()
    sources, seen = [], set()
    for index, table in enumerate(raw):
        src = _source(check, table, index)
        if src is None:
            continue
        if src.name in seen:
            check.bad(f"source[{index}].name", "a name no other source has", src.name)
        seen.add(src.name)
        sources.append(src)
    return tuple(sources)


def _source(check: Checker, table: Any, index: int) -> Source | None:
    if not isinstance(table, dict):
        check.bad(f"source[{index}]", "a table", table)
        return None
    name = table.get("name")
    p = f"source[{index}]." if not isinstance(name, str) else f"source[{name}]."
    name = check.take(table, "name", p, str, "")
    if not NAME_RE.fullmatch(name):
        check.bad(f"{p}name", "a name of lowercase letters, digits and '-'", name)
    kind = check.take(table, "kind", p, str, "")
    if kind not in KINDS:
        check.bad(f"{p}kind", " or ".join(f'"{k}"' for k in KINDS), kind)
    options = KINDS[kind].options if kind in KINDS else {}
    check.unknown(table, SOURCE_KEYS | set(options), p)
    url = check.take(table, "url", p, str, "")
    if not valid_url(url):
        check.bad(f"{p}url", "an http:// or https:// URL", url)
    lang = check.take(table, "lang", p, str, None)
    if lang is not None and lang not in LANGS:
        check.bad(f"{p}lang", '"en" or "vi"', lang)
    cron = check.take(table, "cron", p, str, None)
    if cron and "every" in table:
        check.bad(f"{p}cron", "either every or cron, not both", cron)
    if cron and not valid_cron(cron):
        check.bad(f"{p}cron", 'a five-field crontab expression such as "0 */2 * * *"', cron)
    return Source(
        name=name,
        kind=kind,
        url=url,
        lang=lang,
        every=check.duration(table, "every", p, None if cron else "30m", DURATIONS["every"]),
        cron=cron,
        min_delay=check.duration(table, "min_delay", p, None, DURATIONS["min_delay"]),
        enabled=check.take(table, "enabled", p, bool, True),
        options=MappingProxyType(_options(check, table, p, options)),
    )


def _options(check: Checker, table: dict, prefix: str, options: dict[str, Option]) -> dict:
    """The kind's own keys, each checked by its declared type and check."""
    values = {}
    for key, option in options.items():
        if key not in table:
            if option.required:
                check.bad(f"{prefix}{key}", option.expected, None)
            continue
        value = check.take(table, key, prefix, option.type, None)
        if value is None:
            continue
        if not _passes(option.check, value):
            check.bad(f"{prefix}{key}", option.expected, value)
            continue
        values[key] = value
    return values


def _passes(name: str | None, value: Any) -> bool:
    if name == "css":
        return bool(value) and valid_selector(value)
    if name == "page_url":
        return "{page}" in value and _page_url(value)
    if name == "positive":
        return 1 <= value <= MAX_PAGES
    if name == "regex":
        return valid_regex(value)
    return True


def _page_url(template: str) -> bool:
    """A URL once {page} is filled in (and no other {field} in it)."""
    try:
        return valid_url(template.format(page=2))
    except (KeyError, IndexError, ValueError, AttributeError):
        return False
