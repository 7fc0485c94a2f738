"""Bad configs give one clear message naming the file, the key and what is expected; exit 2."""

from __future__ import annotations

import pytest

from etl.config import load_settings, parse_duration
from etl.errors import ConfigError
from tests.conftest import METRICS, ROOT, run_process, write_config

GOOD_SOURCE = '[[source]]\nname = "a"\nkind = "rss"\nurl = "https://example.org/rss"\n'


@pytest.mark.parametrize(
    ("sources", "tracker", "expected"),
    [
        (GOOD_SOURCE.replace('kind = "rss"', 'kind = "rss"\ncolour = "red"'), "",
         "source[a].colour: expected one of the known keys"),
        (GOOD_SOURCE, 'workers = "four"', "tracker.workers: expected an integer, got 'four'"),
        (GOOD_SOURCE + GOOD_SOURCE, "", "source[1].name: expected a name no other source has"),
        (GOOD_SOURCE.replace("https://example.org/rss", "example.org/rss"), "",
         "source[a].url: expected an http:// or https:// URL, got 'example.org/rss'"),
        (GOOD_SOURCE.replace('kind = "rss"', 'kind = "rss"\nevery = "often"'), "",
         "source[a].every: expected a duration such as"),
        (GOOD_SOURCE.replace('kind = "rss"', 'kind = "rss"\ncron = "99 * * * *"'), "",
         "source[a].cron: expected a five-field crontab expression"),
        (GOOD_SOURCE.replace('kind = "rss"', 'kind = "atom"'), "",
         "source[a].kind: expected \"rss\" or \"sitemap\" or \"listing\", got 'atom'"),
        (GOOD_SOURCE.replace('kind = "rss"', 'kind = "listing"'), "",
         "source[a].link_selector: expected a CSS selector"),
        (GOOD_SOURCE.replace('name = "a"', 'name = "Bad Name"'), "",
         "source[Bad Name].name: expected a name of lowercase letters"),
        (GOOD_SOURCE, 'timezone = "Mars/Olympus"', "tracker.timezone: expected an IANA time zone"),
        (GOOD_SOURCE, "conflict_tolerance = 2", "tracker.conflict_tolerance: expected a fraction"),
    ],
)  # fmt: skip
def test_bad_config_names_file_key_and_expectation(tmp_path, sources, tracker, expected):
    config = write_config(tmp_path, sources, tracker)
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert str(config) in str(caught.value)
    assert expected in str(caught.value)


def test_every_problem_is_reported_at_once(tmp_path):
    bad = GOOD_SOURCE.replace('kind = "rss"', 'kind = "feed"').replace("https://", "ftp://")
    config = write_config(tmp_path, bad, 'workers = "two"')
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert len(str(caught.value).splitlines()) == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[tracker\n", "not valid TOML"),
        ("[tracker]\nunknown = 1\n", "tracker.unknown: expected one of the known keys"),
        ("source = 3\n", "source: expected an array of tables"),
    ],
)
def test_cli_exits_2_with_one_message_and_no_traceback(tmp_path, content, expected):
    config = tmp_path / "bad.toml"
    config.write_text(content)
    result = run_process("--config", str(config), "once")
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")


def test_missing_config_file_is_a_usage_error(tmp_path):
    result = run_process("--config", str(tmp_path / "nope.toml"), "sources")
    assert result.returncode == 2
    assert "config file not found" in result.stderr and "Traceback" not in result.stderr


def test_unknown_source_name_is_a_usage_error(tmp_path):
    config = write_config(tmp_path, GOOD_SOURCE)
    result = run_process("--config", str(config), "once", "--source", "nope")
    assert result.returncode == 2
    assert "no source named 'nope' (configured: a)" in result.stderr


def test_relative_database_path_is_resolved_against_the_config_folder(tmp_path):
    settings = load_settings(write_config(tmp_path, GOOD_SOURCE))
    assert settings.database == tmp_path / "tracker.duckdb"


def test_default_config_is_valid_and_lists_real_sources():
    settings = load_settings(ROOT / "configs" / "default.toml")
    kinds = {s.kind for s in settings.sources}
    assert kinds == {"rss", "sitemap", "listing"}
    assert {s.lang for s in settings.sources} == {"en", "vi"}
    assert all(s.url.startswith("https://") for s in settings.sources)


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("2 h", 7200)]
)
def test_durations(text, seconds):
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "5", "1w", "-1h", "h"])
def test_bad_durations(text):
    assert parse_duration(text) is None


def test_a_metrics_file_that_is_no_catalogue_names_the_config_and_its_key(tmp_path):
    (tmp_path / "notes.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    config = write_config(tmp_path, "")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'metrics = "{METRICS.as_posix()}"', 'metrics = "notes.txt"'))
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert str(config) in str(caught.value)
    assert "tracker.metrics" in str(caught.value)


def test_a_city_entity_is_a_yes_or_no(tmp_path):
    config = write_config(tmp_path, GOOD_SOURCE)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[entity]\n", '[entity]\ncity = "yes"\n'), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert "entity.city" in str(caught.value)
    config.write_text(text.replace("[entity]\n", "[entity]\ncity = true\n"), encoding="utf-8")
    assert load_settings(config).entity.city is True
