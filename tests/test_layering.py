"""The layering of DESIGN.md: which room may import what."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def _imports(path: Path) -> set[str]:
    return {m.split(".")[0] for m in IMPORT.findall(path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize(
    "room, forbidden",
    [("news", {"telegram"}), ("chat", {"bs4", "lxml", "feedparser", "tinydb"})],
)
def test_a_room_does_not_import_what_design_keeps_out(room: str, forbidden: set[str]) -> None:
    offenders = {p.name: _imports(p) & forbidden for p in (BOT / room).glob("*.py")}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_only_the_store_engine_imports_tinydb() -> None:
    users = {str(p.relative_to(BOT)) for p in BOT.rglob("*.py") if "tinydb" in _imports(p)}
    assert users == {"store/engine.py"}
