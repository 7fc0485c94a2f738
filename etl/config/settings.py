"""Read the TOML config once, validate all of it, and return typed, immutable Settings."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etl.errors import ConfigError

SOURCE_KINDS = ("rss", "sitemap", "listing")
LANGS = ("en", "vi")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DURATION_RE = re.compile(r"^(\d+)\s*([smhd])$")
DURATION_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USER_AGENT = "province-news-tracker/0.1 (+https://github.com/; research use)"


@dataclass(frozen=True, slots=True)
class Source:
    """One configured news source."""

    name: str
    kind: str
    url: str
    lang: str | None = None
    every: timedelta | None = timedelta(minutes=30)
    cron: str | None = None
    link_selector: str | None = None
    next_selector: str | None = None
    page_url: str | None = None
    max_pages: int = 50
    min_delay: timedelta | None = None
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Entity:
    """What "relevant" means: the province's name, its aliases and phrases that are never it."""

    name: str
    aliases: tuple[str, ...]
    exclude: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the config file says, validated."""

    path: Path
    database: Path
    user_agent: str
    timezone: ZoneInfo
    min_delay: timedelta
    timeout: timedelta
    max_bytes: int
    max_retries: int
    workers: int
    recheck_every: timedelta
    recheck_for: timedelta
    conflict_tolerance: float
    metrics_path: Path
    entity: Entity
    sources: tuple[Source, ...]

    def source(self, name: str) -> Source:
        """The source called `name` (raises ConfigError when there is none)."""
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"{self.path}: no source named {name!r} (configured: {known})")


class _Checker:
    """Collects every problem of one file so that the user sees them all at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def bad(self, key: str, expected: str, got: Any) -> None:
        self.problems.append(f"{self.path}: {key}: expected {expected}, got {got!r}")

    def take(self, table: dict, key: str, prefix: str, kind: type, default: Any) -> Any:
        value = table.get(key, default)
        if value is default:
            return default
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not ok:
            self.bad(f"{prefix}{key}", _type_name(kind), value)
            return default
        return value

    def strings(self, table: dict, key: str, prefix: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(f"{prefix}{key}", "a list of strings", value)
            return ()
        return tuple(value)

    def duration(self, table: dict, key: str, prefix: str, default: str | None) -> timedelta | None:
        raw = self.take(table, key, prefix, str, default)
        if raw is None:
            return None
        parsed = parse_duration(raw)
        if parsed is None:
            self.bad(f"{prefix}{key}", 'a duration such as "30s", "15m", "2h" or "1d"', raw)
        return parsed

    def unknown(self, table: dict, allowed: set[str], prefix: str) -> None:
        for key in sorted(set(table) - allowed):
            self.bad(f"{prefix}{key}", f"one of the known keys ({', '.join(sorted(allowed))})", key)


def _type_name(kind: type) -> str:
    return {str: "a string", int: "an integer", bool: "true or false", float: "a number"}.get(
        kind, kind.__name__
    )


def parse_duration(text: str) -> timedelta | None:
    """Parse "30s", "15m", "2h", "1d" into a timedelta; None when it is not such a duration."""
    match = DURATION_RE.match(text.strip())
    if not match:
        return None
    return timedelta(**{DURATION_UNITS[match.group(2)]: int(match.group(1))})


def _valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


TRACKER_KEYS = {
    "database", "user_agent", "timezone", "min_delay", "timeout", "max_bytes", "max_retries",
    "workers", "recheck_every", "recheck_for", "conflict_tolerance", "metrics",
}  # fmt: skip
ENTITY_KEYS = {"name", "aliases", "exclude"}
SOURCE_KEYS = {
    "name", "kind", "url", "lang", "every", "cron", "link_selector", "next_selector",
    "page_url", "max_pages", "min_delay", "enabled",
}  # fmt: skip


def load_settings(path: str | Path) -> Settings:
    """Read and validate a config file.

    Args:
        path: the TOML file.

    Returns:
        The validated settings; relative paths are resolved against the file's folder.

    Raises:
        ConfigError: listing every problem found, each naming the file and the key.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    check = _Checker(path)
    check.unknown(data, {"tracker", "entity", "source"}, "")
    tracker = _table(check, data, "tracker")
    entity = _entity(check, _table(check, data, "entity"))
    sources = _sources(check, data.get("source", []))
    settings = _tracker(check, tracker, path, entity, sources)
    if check.problems:
        raise ConfigError("\n".join(check.problems))
    return settings


def _table(check: _Checker, data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        check.bad(key, "a table", value)
        return {}
    return value


def _tracker(
    check: _Checker, table: dict, path: Path, entity: Entity, sources: tuple[Source, ...]
) -> Settings:
    check.unknown(table, TRACKER_KEYS, "tracker.")
    p = "tracker."
    folder = path.resolve().parent
    tz_name = check.take(table, "timezone", p, str, "Asia/Ho_Chi_Minh")
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        check.bad("tracker.timezone", "an IANA time zone such as Asia/Ho_Chi_Minh", tz_name)
        tz = ZoneInfo("Asia/Ho_Chi_Minh")
    metrics = check.take(table, "metrics", p, str, None)
    metrics_path = folder / metrics if metrics else folder / "metrics.toml"
    if not metrics_path.exists() and not metrics:
        metrics_path = PACKAGE_ROOT / "configs" / "metrics.toml"
    tolerance = check.take(table, "conflict_tolerance", p, float, 0.01)
    if not 0 <= tolerance < 1:
        check.bad("tracker.conflict_tolerance", "a fraction between 0 and 1", tolerance)
    return Settings(
        path=path,
        database=folder / check.take(table, "database", p, str, "data/tracker.duckdb"),
        user_agent=check.take(table, "user_agent", p, str, DEFAULT_USER_AGENT),
        timezone=tz,
        min_delay=_given(check.duration(table, "min_delay", p, "1s"), "1s"),
        timeout=_given(check.duration(table, "timeout", p, "20s"), "20s"),
        max_bytes=_positive(check, table, "max_bytes", p, 10 * 1024 * 1024),
        max_retries=_positive(check, table, "max_retries", p, 3, minimum=0),
        workers=_positive(check, table, "workers", p, 4),
        recheck_every=_given(check.duration(table, "recheck_every", p, "6h"), "6h"),
        recheck_for=_given(check.duration(table, "recheck_for", p, "7d"), "7d"),
        conflict_tolerance=tolerance,
        metrics_path=metrics_path,
        entity=entity,
        sources=sources,
    )


def _given(value: timedelta | None, default: str) -> timedelta:
    """A validated duration; an invalid one was reported, the default stands in for it."""
    return value if value is not None else parse_duration(default)


def _positive(
    check: _Checker, table: dict, key: str, prefix: str, default: int, minimum: int = 1
) -> int:
    value = check.take(table, key, prefix, int, default)
    if value < minimum:
        check.bad(f"{prefix}{key}", f"an integer >= {minimum}", value)
        return default
    return value


def _entity(check: _Checker, table: dict) -> Entity:
    check.unknown(table, ENTITY_KEYS, "entity.")
    name = check.take(table, "name", "entity.", str, "Binh Duong")
    if not name.strip():
        check.bad("entity.name", "a non-empty name", name)
    return Entity(
        name=name,
        aliases=check.strings(table, "aliases", "entity."),
        exclude=check.strings(table, "exclude", "entity."),
    )


def _sources(check: _Checker, raw: Any) -> tuple[Source, ...]:
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


def _source(check: _Checker, table: Any, index: int) -> Source | None:
    if not isinstance(table, dict):
        check.bad(f"source[{index}]", "a table", table)
        return None
    name = table.get("name")
    p = f"source[{index}]." if not isinstance(name, str) else f"source[{name}]."
    check.unknown(table, SOURCE_KEYS, p)
    name = check.take(table, "name", p, str, "")
    if not NAME_RE.match(name):
        check.bad(f"{p}name", "a name of lowercase letters, digits and '-'", name)
    kind = check.take(table, "kind", p, str, "")
    if kind not in SOURCE_KINDS:
        check.bad(f"{p}kind", " or ".join(f'"{k}"' for k in SOURCE_KINDS), kind)
    url = check.take(table, "url", p, str, "")
    if not _valid_url(url):
        check.bad(f"{p}url", "an http:// or https:// URL", url)
    lang = check.take(table, "lang", p, str, None)
    if lang is not None and lang not in LANGS:
        check.bad(f"{p}lang", '"en" or "vi"', lang)
    cron = check.take(table, "cron", p, str, None)
    every = check.duration(table, "every", p, None if cron else "30m")
    if cron and "every" in table:
        check.bad(f"{p}cron", "either every or cron, not both", cron)
    if cron and not _valid_cron(cron):
        check.bad(f"{p}cron", 'a five-field crontab expression such as "0 */2 * * *"', cron)
    page_url = check.take(table, "page_url", p, str, None)
    if page_url is not None and ("{page}" not in page_url or not _valid_url(page_url)):
        check.bad(f"{p}page_url", "a URL containing {page}", page_url)
    link_selector = check.take(table, "link_selector", p, str, None)
    if kind == "listing" and not link_selector:
        check.bad(f"{p}link_selector", "a CSS selector for article links (listing sources)", None)
    for key in ("link_selector", "next_selector"):
        if table.get(key) and not _valid_selector(table[key]):
            check.bad(f"{p}{key}", "a valid CSS selector", table[key])
    return Source(
        name=name,
        kind=kind,
        url=url,
        lang=lang,
        every=every,
        cron=cron,
        link_selector=link_selector,
        next_selector=check.take(table, "next_selector", p, str, None),
        page_url=page_url,
        max_pages=_positive(check, table, "max_pages", p, 50),
        min_delay=check.duration(table, "min_delay", p, None),
        enabled=check.take(table, "enabled", p, bool, True),
    )


def _valid_cron(expr: str) -> bool:
    from apscheduler.triggers.cron import CronTrigger  # imported here: heavy, rarely needed

    if len(expr.split()) != 5:
        return False
    try:
        CronTrigger.from_crontab(expr)
    except ValueError:
        return False
    return True


def _valid_selector(selector: str) -> bool:
    import soupsieve  # comes with beautifulsoup4

    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError):
        return False
    return True
