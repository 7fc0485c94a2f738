"""Pure modules stay pure: no network, database, scheduler or clock in parsing and extraction."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ETL = Path(__file__).resolve().parent.parent / "etl"
PURE = [
    "amounts", "article", "catalogue", "changes", "context", "cues", "dates", "discover",
    "encoding", "figures", "models", "output", "periods", "relevance", "rows", "sentences",
    "textnorm", "urls",
]  # fmt: skip
FORBIDDEN_IMPORTS = {
    "requests",
    "duckdb",
    "apscheduler",
    "db",
    "etl.fetch",
    "etl.pipeline",
    "socket",
}
FORBIDDEN_CALLS = {"now", "today", "sleep", "urlopen"}


@pytest.mark.parametrize("module", PURE)
def test_pure_module(module):
    tree = ast.parse((ETL / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN_IMPORTS and name not in FORBIDDEN_IMPORTS, (
                module, name)  # fmt: skip
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in FORBIDDEN_CALLS, (module, node.func.attr)


def test_only_fetch_imports_requests():
    for path in ETL.glob("*.py"):
        if path.stem == "fetch":
            continue
        assert "import requests" not in path.read_text(encoding="utf-8"), path.name


def test_every_module_says_its_job():
    for path in [*ETL.glob("*.py"), *(ETL.parent / "db").glob("*.py")]:
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, path
