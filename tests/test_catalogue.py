"""The metric catalogue is data: a bad definition is a clear config error."""

from __future__ import annotations

import pytest

from etl.config import load_catalogue
from etl.errors import ConfigError
from etl.extract.catalogue import compile_words
from tests.conftest import METRICS, run_process, write_config

PRODUCT_METRICS = {
    "fdi_projects_total", "fdi_capital_total", "fdi_countries_total", "industrial_parks_total",
    "industrial_parks_area_ha", "industrial_parks_occupancy_pct", "enterprises_total",
    "fdi_capital_period", "fdi_new_projects_period", "fdi_new_capital_period",
    "fdi_adjusted_projects_period", "fdi_adjusted_capital_period",
    "fdi_contribution_projects_period", "fdi_contribution_capital_period",
    "domestic_capital_period", "exports_period", "imports_period", "trade_surplus_period",
    "budget_revenue_period", "retail_sales_period", "grdp_growth_pct", "iip_growth_pct",
    "fdi_capital_period_yoy_pct", "exports_period_yoy_pct",
}  # fmt: skip


def test_catalogue_has_every_metric_of_the_contract():
    assert {m.id for m in load_catalogue(METRICS).metrics} == PRODUCT_METRICS


@pytest.mark.parametrize(
    ("addition", "expected"),
    [
        (
            '[metric.x]\nunit = "EUR"\nkind = "flow"\ntopic = "fdi"\n',
            "metric.x.unit: expected one of",
        ),
        (
            '[metric.x]\nunit = "USD"\nkind = "flow"\ntopic = "nope"\n',
            "metric.x.topic: expected one of",
        ),
        ('[metric.x]\nunit = "USD"\nkind = "flow"\n', "metric.x: expected a topic or a noun"),
        ('[topic.bad]\ncues = ["(unclosed"]\n', "not a valid regular expression"),
        ('[topic.bad]\ncues = ["x"]\nsized = "(unclosed"\n', "topic.bad.sized: expected true"),
        ('[topic.bad]\ncues = ["x"]\nsized = 3\n', "topic.bad.sized: expected true"),
        (
            '[metric.x]\nunit = "USD"\nkind = "flow"\ntopic = "fdi"\nnegated_by = "nope"\n',
            "metric.x.negated_by: expected the name of a [words] list",
        ),
    ],
)
def test_bad_definition_is_a_config_error(tmp_path, addition, expected):
    path = tmp_path / "metrics.toml"
    path.write_text(METRICS.read_text(encoding="utf-8") + "\n" + addition, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_catalogue(path)
    assert expected in str(caught.value) and str(path) in str(caught.value)


def test_bad_catalogue_stops_the_cli_with_exit_2(tmp_path):
    metrics = tmp_path / "metrics.toml"
    metrics.write_text('[metric.x]\nunit = "EUR"\nkind = "flow"\ntopic = "fdi"\n')
    config = write_config(tmp_path, "", tracker="")
    config.write_text(config.read_text().replace(METRICS.as_posix(), metrics.as_posix()))
    article = tmp_path / "a.txt"
    article.write_text("Binh Duong FDI\n\nBinh Duong drew $1 billion of FDI in 2022.\n")
    result = run_process("--config", str(config), "extract", str(article))
    assert result.returncode == 2
    assert "metric.x.unit" in result.stderr and "Traceback" not in result.stderr


def test_a_new_metric_needs_no_code(tmp_path):
    path = tmp_path / "metrics.toml"
    extra = (
        '[metric.tourists_period]\nunit = "count"\nkind = "flow"\nnoun = "tourists"\n'
        '[noun.tourists]\nwords = ["tourists", "visitors", "luot khach"]\n'
    )
    path.write_text(METRICS.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    from datetime import date

    from etl.extract.figures import extract_figures
    from etl.extract.places import Places
    from etl.models import Entity

    catalogue = load_catalogue(path)
    places = Places.build(Entity("Binh Duong"), catalogue)
    figures = extract_figures(
        "Binh Duong welcomed 4,500,000 tourists in 2023.", date(2024, 1, 5), "en",
        catalogue, places,
    )  # fmt: skip
    assert [(f.metric, f.value, str(f.period_end)) for f in figures] == [
        ("tourists_period", 4_500_000, "2023-12-31")
    ]


def test_a_guarded_short_cue_does_not_shadow_a_longer_phrase():
    """A look-behind spells no text: the longer phrase is still tried first at a position."""
    regex = compile_words(["budget revenues?", "(?<!non-)(?<!outside the )(?<!off-)budget"])
    assert regex.search("the budget revenue rose").group(0) == "budget revenue"
    assert regex.search("non-budget capital") is None
