"""Mutated configs thrown at the CLI (hypothesis): exit 2 naming the file and the key, or a
config every command can use; never a traceback. Plus the holes the fuzzing first found."""

from __future__ import annotations

import math
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.commands.cli import main
from etl.config import load_settings
from etl.errors import ConfigError
from tests.conftest import METRICS

BASE: dict[str, dict] = {
    "tracker": {
        "database": "tracker.duckdb",
        "user_agent": "fuzz/1.0",
        "timezone": "Asia/Ho_Chi_Minh",
        "min_delay": "0s",
        "timeout": "5s",
        "max_bytes": 1048576,
        "max_retries": 1,
        "workers": 2,
        "recheck_every": "6h",
        "recheck_for": "7d",
        "conflict_tolerance": 0.01,
        "metrics": METRICS.as_posix(),
    },
    "entity": {"name": "Binh Duong", "aliases": ["Bình Dương"], "exclude": ["Thái Bình Dương"]},
}
SOURCES = [
    {"name": "feed", "kind": "rss", "url": "http://127.0.0.1:9/rss.xml", "every": "30m"},
    {"name": "map", "kind": "sitemap", "url": "http://127.0.0.1:9/map.xml", "cron": "0 * * * *"},
    {
        "name": "list",
        "kind": "listing",
        "url": "http://127.0.0.1:9/news/",
        "link_selector": "h3 a",
        "next_selector": "a.next",
        "page_url": "http://127.0.0.1:9/news/{page}",
        "max_pages": 3,
        "min_delay": "1s",
        "enabled": True,
        "lang": "vi",
    },
]
FIXTURE_HEALTH = HealthCheck.function_scoped_fixture  # each example makes its own folder
KEYS = [("tracker", key) for key in BASE["tracker"]] + [("entity", key) for key in BASE["entity"]]
KEYS += [(index, key) for index, source in enumerate(SOURCES) for key in source]
KEYS += [("tracker", "colour"), (0, "colour"), (1, "link_selector")]

HOSTILE_TEXT = [
    "",
    " ",
    "0s",
    "-1s",
    "10000000000m",
    "99999999999999999999d",
    "1e3s",
    "30",
    "1 s",
    "s",
    "http://[::1/feed",
    "http://127.0.0.1:99999/",
    "http://h:-1/",
    "ftp://x/",
    "http://",
    "http:///x",
    "//x/y",
    "http://x/{page}/{other}",
    "http://x/{0}",
    "http://x/{page!z}",
    "a\x00b",
    "line\nbreak",
    "h3 a[",
    ":nth-child(99999999999999999999)",
    "::",
    "* * * * 99",
    "*/0 * * * *",
    "60 * * * *",
    "Mars/Olympus",
    "../../etc/passwd",
    "/etc/passwd",
    "x" * 5000,
    "Bình Dương",
    "\U0001f600",
    "UTC",
    "0 */2 * * *",
    "h3 a",
    "rss",
    "listing",
    "atom",
]
VALUES = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, -1, 1, 2**31, 2**63 - 1, -(2**63)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.sampled_from(["a", 1, True, "h3 a"]), max_size=3),
    st.just({"nested": "table"}),
)
MUTATION = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(KEYS), VALUES),
    st.tuples(st.just("drop"), st.sampled_from(KEYS), st.none()),
)


def toml_value(value) -> str:
    """A value written as TOML (every string escaped, so any text survives)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    safe = set(string.ascii_letters + string.digits + " !#$%&'()*+,-./:;<=>?@[]^_`{|}~")
    return '"' + "".join(c if c in safe else f"\\U{ord(c):08x}" for c in value) + '"'


def write_mutant(folder: Path, mutations: list) -> Path:
    tables = {name: dict(table) for name, table in BASE.items()}
    sources = [dict(source) for source in SOURCES]
    for action, (where, key), value in mutations:
        table = sources[where] if isinstance(where, int) else tables[where]
        if action == "drop":
            table.pop(key, None)
        else:
            table[key] = value
    lines = []
    for name, table in tables.items():
        lines += [f"[{name}]"] + [f"{k} = {toml_value(v)}" for k, v in table.items()]
    for source in sources:
        lines += ["[[source]]"] + [f"{k} = {toml_value(v)}" for k, v in source.items()]
    path = folder / "fuzz.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def usable(path: Path) -> None:
    """A config that loads must work in every command: the schedules, the fetch policy, the
    database path and each URL (this is where the holes crashed later passes)."""
    from etl.commands.daemon import trigger_for
    from etl.fetch.fetcher import Fetcher
    from etl.pipeline.fetching import fetch_policy

    config = load_settings(path)
    assert "\x00" not in str(config.database)
    Fetcher(fetch_policy(config)).close()
    for source in config.sources:
        trigger_for(source, config)
        assert source.every is None or source.every.total_seconds() >= 1


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_mutated_configs_exit_2_with_file_and_key_or_work(tmp_path_factory, capsys, mutations):
    folder = tmp_path_factory.mktemp("fuzz")
    path = write_mutant(folder, mutations)
    code = main(["--config", str(path), "sources"])
    err = capsys.readouterr().err
    assert code in (0, 2), err
    if code == 2:
        assert str(path) in err and "Traceback" not in err
        keys = {key for _, (_, key), _ in mutations}
        assert any(key in err for key in keys | {"source", "tracker", "TOML"}), err
    else:
        usable(path)


@pytest.mark.parametrize(
    ("where", "key", "value", "expected"),
    [
        ("tracker", "timeout", "10000000000m", "tracker.timeout: expected a duration between"),
        ("tracker", "timeout", "99999999999999999999d", "tracker.timeout: expected a duration"),
        ("tracker", "min_delay", "2d", "tracker.min_delay: expected a duration between"),
        (0, "every", "0s", "source[feed].every: expected a duration between"),
        ("tracker", "database", "data\x00base.duckdb", "tracker.database: expected a file path"),
        ("tracker", "max_bytes", 2**62, "tracker.max_bytes: expected an integer between"),
        ("tracker", "workers", 10_000, "tracker.workers: expected an integer between"),
        ("tracker", "user_agent", "bot\r\nX-Evil: 1", "tracker.user_agent: expected"),
        (0, "url", "http://[::1/feed", "source[feed].url: expected an http:// or https:// URL"),
        (0, "url", "http://127.0.0.1:99999/rss.xml", "source[feed].url: expected an http://"),
        (2, "link_selector", 5, "source[list].link_selector: expected a string"),
        (2, "next_selector", ["a"], "source[list].next_selector: expected a string"),
        (2, "page_url", "http://x/{page}/{other}", "source[list].page_url: expected a URL"),
    ],
)
def test_each_hole_found_by_fuzzing_is_one_clear_message(tmp_path, where, key, value, expected):
    path = write_mutant(tmp_path, [("set", (where, key), value)])
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(path) in str(caught.value) and expected in str(caught.value), caught.value
    assert main(["--config", str(path), "sources"]) == 2


def test_a_nul_in_the_database_path_stops_once_with_exit_2(tmp_path):
    path = write_mutant(tmp_path, [("set", ("tracker", "database"), "a\x00b.duckdb")])
    assert main(["--config", str(path), "once"]) == 2
