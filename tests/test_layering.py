"""The house's walls: pure rooms stay pure (followed through every import), lower rooms never
import upper ones, only the fetch room speaks HTTP, and every module says its job."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ETL = ROOT / "etl"
# Rooms whose code takes values and returns values: no network, disk, database, clock or config.
PURE = (
    "etl.models", "etl.errors", "etl.urls", "etl.dates", "etl.textnorm", "etl.parse",
    "etl.extract", "etl.discover.feeds", "etl.discover.sitemaps",
    "etl.discover.listings", "etl.fetch.encoding", "etl.flag.classify", "etl.flag.edits",
    "etl.load.rows", "etl.commands.output", "db.records",
)  # fmt: skip
FORBIDDEN = (
    "requests", "urllib3", "duckdb", "apscheduler", "socket", "db", "etl.fetch.fetcher",
    "etl.pipeline", "etl.config", "etl.commands.cli", "tomllib",
)  # fmt: skip
FORBIDDEN_CALLS = {"now", "today", "sleep", "urlopen"}
# The pipeline's order: a room may import rooms to its left, never to its right.
ORDER = (
    "etl.models etl.errors etl.textnorm etl.urls etl.dates",
    "etl.fetch etl.parse etl.extract etl.discover",
    "etl.config",
    "db",
    "etl.load etl.flag",
    "etl.pipeline",
    "etl.report etl.notify etl.export",
    "etl.commands",
)


def _all_modules() -> dict[str, Path]:
    out = {}
    for path in [*ETL.rglob("*.py"), *(ROOT / "db").rglob("*.py")]:
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _all_modules()


@cache
def _imports(module: str) -> frozenset[str]:
    """Every module `module` imports, at any depth of its code (lazy imports count too)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(name for name in found if name.split(".")[0] != "__future__")


def _closure(module: str) -> set[str]:
    """The module's own imports and, through the project's modules, theirs (transitively)."""
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        for name in _imports(current):
            if name in seen:
                continue
            seen.add(name)
            if name in MODULES:
                todo.append(name)
    return seen


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _pure(name: str) -> bool:
    return any(_under(name, p) for p in PURE)


def _pure_modules() -> list[str]:
    return sorted(m for m in MODULES if _pure(m))


@pytest.mark.parametrize("module", _pure_modules())
def test_pure_module_reaches_no_io(module):
    """A pure module may use another pure one (db.records, the seam's row records)."""
    reached = _closure(module)
    bad = sorted(n for n in reached if any(_under(n, f) for f in FORBIDDEN) and not _pure(n))
    assert not bad, f"{module} reaches {bad}"


@pytest.mark.parametrize("module", _pure_modules())
def test_pure_module_reads_no_clock(module):
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in FORBIDDEN_CALLS, (module, node.func.attr)


def _rank(module: str) -> int | None:
    for rank, rooms in enumerate(ORDER):
        if any(_under(module, room) for room in rooms.split()):
            return rank
    return None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_upward_import(module):
    mine = _rank(module)
    if mine is None:
        return
    for name in _imports(module):
        theirs = _rank(name)
        assert theirs is None or theirs <= mine, f"{module} imports {name} from a later room"


def test_layering_sees_through_a_relay(tmp_path):
    """The walk is transitive: a module importing a pure-looking relay that imports duckdb is
    caught (the old check looked at direct imports only)."""
    assert "duckdb" in {n.split(".")[0] for n in _closure("db.connect")}
    assert any(_under(n, "db") for n in _closure("etl.pipeline.run"))


def test_only_fetch_imports_requests():
    for name in MODULES:
        if _under(name, "etl.fetch"):
            continue
        imports = _imports(name)
        assert not any(_under(n, "requests") for n in imports), name


def test_every_module_says_its_job():
    for name, path in MODULES.items():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc and "PLACEHOLDER" not in doc, name
