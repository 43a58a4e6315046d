"""Numbered schema changes: a database file as an older bot wrote it, brought to today's layout.

Each step takes the raw tables (name -> doc_id -> row) of schema N and returns those of N + 1.
They run at load, on plain dicts, before anything reads the tables; the file on disk is only
replaced once the upgraded database is written whole (the old file is kept beside it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Tables = dict[str, dict[str, dict[str, Any]]]

SCHEMA_VERSION = 2
_ROUNDUP_PREFIX = "roundup:"  # schema 1 told a roundup's delivery apart by this key prefix


class SchemaError(ValueError):
    """The file's schema is one this bot cannot read (written by a newer bot)."""


def schema_of(tables: Tables) -> int | None:
    """Return the schema version a database records, or None for an empty one."""
    meta = tables.get("meta") or {}
    for row in meta.values():
        if "schema" in row:
            return int(row["schema"])
    # The first bot wrote meta as soon as it opened a file: tables without it are schema 1.
    return 1 if any(tables.values()) else None


def upgrade(tables: Tables) -> tuple[Tables, int | None]:
    """Return the tables in today's layout and the schema they were found in (None: empty)."""
    found = schema_of(tables)
    if found is None:
        return tables, None
    if found > SCHEMA_VERSION:
        raise SchemaError(f"schema {found} (this bot reads schema {SCHEMA_VERSION} and older)")
    for version in range(found, SCHEMA_VERSION):
        tables = _STEPS[version](tables)
        for row in (tables.get("meta") or {}).values():
            if "schema" in row:
                row["schema"] = version + 1
    return tables, found


def _v1_to_v2(tables: Tables) -> Tables:
    """Rename `sources` to `source_state`; give deliveries a kind and a key instead of `digest`."""
    if "sources" in tables:
        tables["source_state"] = tables.pop("sources")
    for row in (tables.get("deliveries") or {}).values():
        key = str(row.pop("digest", ""))
        row["kind"], row["key"] = _split(key)
        if isinstance(row.get("roundup"), str):
            row["roundup"] = _split(row["roundup"])[1]
    for row in (tables.get("roundups") or {}).values():
        row["key"] = _split(str(row["key"]))[1]
    return tables


def _split(key: str) -> tuple[str, str]:
    """Return (kind, key) of a schema-1 delivery key."""
    if key.startswith(_ROUNDUP_PREFIX):
        return "roundup", key[len(_ROUNDUP_PREFIX):]
    return "digest", key


def journal_line_v1(mark: dict[str, Any]) -> tuple[str, int, dict[str, Any]]:
    """Return a schema-1 journal line (a sent mark) as (table, doc_id, fields)."""
    return "deliveries", int(mark["id"]), {
        "status": "sent", "message_id": mark.get("mid"), "sent_at": mark["at"],
    }


_STEPS: dict[int, Callable[[Tables], Tables]] = {1: _v1_to_v2}
