"""The validated configuration: one immutable record that every command is given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from etl.config.notify import NotifyChannel
from etl.errors import ConfigError
from etl.extract.catalogue import Catalogue
from etl.models import Entity, Source

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_USER_AGENT = "province-news-tracker/0.1 (+https://github.com/; research use)"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the config file says, validated, with its metric catalogue compiled."""

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
    catalogue: Catalogue
    entity: Entity
    sources: tuple[Source, ...]
    notify: tuple[NotifyChannel, ...] = ()  # the [[notify]] channels

    def channel(self, name: str) -> NotifyChannel:
        """The notify channel called `name` (raises ConfigError when there is none)."""
        for channel in self.notify:
            if channel.name == name:
                return channel
        known = ", ".join(c.name for c in self.notify) or "none"
        raise ConfigError(f"{self.path}: no [[notify]] channel {name!r} (configured: {known})")

    def source(self, name: str) -> Source:
        """The source called `name` (raises ConfigError when there is none)."""
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"{self.path}: no source named {name!r} (configured: {known})")
