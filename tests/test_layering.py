"""The layering of DESIGN.md: which room may import what.

Imports are read with `ast`, so that an import inside a function, a `from x import y` and a
relative import are all seen: a module name in a string or a comment is not an import.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"
STORE = BOT / "store"
# The store's modules others may import: the package itself (its __init__'s exports), its
# contract and its typed rows. Its engine and its concern modules stay inside bot/store/.
STORE_PUBLIC = {"bot.store", "bot.store.api", "bot.store.rows"}
STORE_ENGINES = {"store/engine.py"}  # the only modules that talk to TinyDB
POSTGRES_ENGINE = {"store/postgres/engine.py"}  # the only module that talks to PostgreSQL
POSTGRES_DRIVERS = {"psycopg", "psycopg_pool", "psycopg2", "asyncpg"}
COMMAND_MODULES = {f"bot.chat.{name}" for name in (
    "commands", "admin_sources", "admin_opml", "admin_health", "reader_settings", "channels")}


def _module_name(path: Path) -> str:
    """Return the dotted name of a module of the bot from its file."""
    parts = list(path.relative_to(BOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _module_file(name: str) -> Path | None:
    """Return the file of a module of the bot, or None when `name` is not one (a function, a class)."""
    if name != "bot" and not name.startswith("bot."):
        return None
    base = BOT.parent.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _parse_imports(source: str, package: str, *, runtime_only: bool = False) -> frozenset[str]:
    """Return the dotted names a module's source imports, anywhere in it (functions included).

    `from x import y` gives both "x" and "x.y" (y may be a module); a relative import is
    resolved against `package`, the module's package. With `runtime_only`, imports under
    `if TYPE_CHECKING:` are left out: they never run.
    """
    tree = ast.parse(source)
    skipped: set[int] = set()
    if runtime_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and _is_type_checking(node):
                skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return frozenset(found)


@cache
def _imports(path: Path, *, runtime_only: bool = False) -> frozenset[str]:
    """Return the dotted names a module of the bot imports (see _parse_imports)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _parse_imports(path.read_text(encoding="utf-8"), package, runtime_only=runtime_only)


def _top_levels(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imports(path)}


def _bot_modules(path: Path, *, runtime_only: bool = False) -> set[str]:
    """Return the bot's own modules a module imports (with the packages they run on import)."""
    modules: set[str] = set()
    for name in _imports(path, runtime_only=runtime_only):
        if _module_file(name) is None:
            continue
        parts = name.split(".")
        modules.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    return modules


def _runtime_closure(start: Path) -> set[str]:
    """Return every module of the bot that importing `start` runs, directly or not."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for name in _bot_modules(todo.pop(), runtime_only=True) - seen:
            seen.add(name)
            file = _module_file(name)
            if file is not None:
                todo.append(file)
    return seen


def _sources(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def test_the_import_reader_sees_what_a_regular_expression_would_miss() -> None:
    source = (
        "import os.path as p\n"
        "from . import render\n"
        "from ..store import engine\n"
        "def later():\n"
        "    from tinydb import TinyDB\n"
        "    import bs4\n"
        "x = 'import lxml'  # import feedparser\n"
        "if TYPE_CHECKING:\n"
        "    from bot.chat import commands\n"
    )
    found = _parse_imports(source, "bot.chat")
    assert {"os.path", "bot.chat", "bot.chat.render", "bot.store", "bot.store.engine", "tinydb",
            "tinydb.TinyDB", "bs4", "bot.chat.commands"} <= found
    assert not {"lxml", "feedparser"} & {n.split(".")[0] for n in found}
    assert "bot.chat.commands" not in _parse_imports(source, "bot.chat", runtime_only=True)


@pytest.mark.parametrize(
    "room, forbidden",
    [("news", {"telegram"}), ("chat", {"bs4", "lxml", "feedparser", "tinydb"})],
)
def test_a_room_does_not_import_what_design_keeps_out(room: str, forbidden: set[str]) -> None:
    offenders = {str(p.relative_to(BOT)): _top_levels(p) & forbidden for p in _sources(BOT / room)}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_only_the_store_engine_imports_tinydb() -> None:
    users = {str(p.relative_to(BOT)) for p in _sources(BOT) if "tinydb" in _top_levels(p)}
    assert users == STORE_ENGINES


def test_only_the_postgres_engine_imports_a_postgresql_driver() -> None:
    users = {str(p.relative_to(BOT)) for p in _sources(BOT) if _top_levels(p) & POSTGRES_DRIVERS}
    assert users == POSTGRES_ENGINE


def test_nothing_outside_the_store_imports_its_engine_or_its_concern_modules() -> None:
    offenders: dict[str, set[str]] = {}
    for path in _sources(BOT):
        if STORE in path.parents:
            continue
        private = {name for name in _bot_modules(path)
                   if name.startswith("bot.store.") and name not in STORE_PUBLIC}
        if private:
            offenders[str(path.relative_to(BOT))] = private
    assert offenders == {}


def test_the_jobs_import_no_command_module_even_indirectly() -> None:
    jobs = BOT / "jobs.py"
    assert _bot_modules(jobs) & COMMAND_MODULES == set()  # not even for types
    assert _runtime_closure(jobs) & COMMAND_MODULES == set()


def test_the_figures_import_nothing_of_the_bot_so_that_any_room_may_count_into_them() -> None:
    metrics = BOT / "ops" / "metrics.py"
    assert _bot_modules(metrics) == set()
    assert _top_levels(metrics) - {"__future__", "time", "collections", "typing"} == {"prometheus_client"}


def test_only_the_wiring_and_the_ops_package_import_the_endpoint_and_the_health_check() -> None:
    users = {str(p.relative_to(BOT)) for p in _sources(BOT)
             if _bot_modules(p) & {"bot.ops.server", "bot.ops.health"}}
    assert users <= {"app.py", "ops/server.py"}
