"""`run_bot.py migrate --from data/bot.json`: a TinyDB database copied into PostgreSQL, idempotently.

The file is read as a backup reads it (its journals' marks applied, bot.store.backup), each row
checked by the TinyDB engine's own rules, then every table is copied in one transaction with
ON CONFLICT DO NOTHING on each table's natural key (a chat's id, a digest's key, a delivery's
kind, key and chat, ...): a row already in PostgreSQL is kept as it is, so running the copy
twice adds nothing the second time, and a copy interrupted half-way leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.store.backup import read_database
from bot.store.chats import chat_from_row, settings_to_row
from bot.store.digests import digest_from_row, digest_to_row
from bot.store.migrations import Tables
from bot.store.postgres.engine import PgEngine, Session, migrate
from bot.store.rows import SourceState
from bot.store.sources import record_from_row, record_to_row

_STATE_FIELDS = tuple(f.name for f in dataclasses.fields(SourceState) if f.name not in ("name", "primed"))
# The tables in the order they are copied (the same names on both sides).
TABLES = ("chats", "subscriptions", "source_state", "seen", "source_registry", "digests", "deliveries",
          "roundups", "sent_counts")


@dataclass(frozen=True)
class Copied:
    """What one table's copy read from the file and added to PostgreSQL (0 when it was there)."""

    table: str
    read: int
    added: int


def _rows(tables: Tables, name: str, *, by: str | None = None) -> list[dict[str, Any]]:
    """Return a table's rows in the order they were added (or by a field, then that order)."""
    rows = sorted(tables.get(name, {}).items(), key=lambda kv: int(kv[0]))
    ordered = [row for _, row in rows]
    return sorted(ordered, key=lambda r: r[by]) if by else ordered


def _insert(table: str, columns: list[str], key: str, casts: dict[str, str] | None = None) -> str:
    marks = ", ".join(f"%({c})s{(casts or {}).get(c, '')}" for c in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({key}) DO NOTHING"


async def _copy_chats(db: Session, tables: Tables) -> None:
    rows = []
    for row in _rows(tables, "chats"):
        chat = chat_from_row(row)
        rows.append({"chat_id": chat.id, "kind": chat.kind.value, "title": chat.title, "active": chat.active,
                     "inactive_reason": chat.inactive_reason, "inactive_since": row.get("inactive_since"),
                     "created": chat.created, "roundup_at": chat.roundup_at, **settings_to_row(chat.settings)})
    if rows:
        await db.execute_many(_insert("chats", list(rows[0]), "chat_id"), rows)


async def _copy_subscriptions(db: Session, tables: Tables) -> None:
    rows = [{"chat_id": r["chat_id"], "source": r["source"], "thread_id": r.get("thread_id"),
             "since": float(r.get("since") or 0.0)} for r in _rows(tables, "subscriptions")]
    await db.execute_many(_insert("subscriptions", ["chat_id", "source", "thread_id", "since"], "chat_id, source"),
                          rows)


async def _copy_source_state(db: Session, tables: Tables) -> None:
    rows = []
    for row in _rows(tables, "source_state"):
        state = SourceState(name=row["name"], **{k: row[k] for k in _STATE_FIELDS if row.get(k) is not None})
        rows.append({"name": state.name, **{k: getattr(state, k) for k in _STATE_FIELDS}})
    await db.execute_many(_insert("source_state", ["name", *_STATE_FIELDS], "name"), rows)


async def _copy_seen(db: Session, tables: Tables) -> None:
    seen = _rows(tables, "seen")
    await db.execute_many(_insert("primed", ["source", "since"], "source"),
                          [{"source": r["source"], "since": min(r["urls"].values(), default=0.0)} for r in seen])
    await db.execute_many(_insert("seen", ["source", "url", "listed"], "source, url"),
                          [{"source": r["source"], "url": url, "listed": float(at)}
                           for r in seen for url, at in r["urls"].items()])


async def _copy_source_registry(db: Session, tables: Tables) -> None:
    rows = [record_to_row(record_from_row(r)) for r in _rows(tables, "source_registry")]
    if rows:
        await db.execute_many(_insert("source_registry", list(rows[0]), "name"), rows)


async def _copy_digests(db: Session, tables: Tables) -> None:
    rows = []
    for row in _rows(tables, "digests", by="created"):
        values = {"variant": "", **digest_to_row(digest_from_row(row)), "created": float(row["created"])}
        rows.append({**values, "related": json.dumps(values["related"]), "others": json.dumps(values["others"])})
    if rows:
        await db.execute_many(_insert("digests", list(rows[0]), "key", {"related": "::jsonb", "others": "::jsonb"}),
                              rows)


_DELIVERY_COLUMNS = ["kind", "key", "chat_id", "thread_id", "status", "attempts", "next_try", "created", "error",
                     "message_id", "sent_at", "failed_at", "roundup"]


async def _copy_deliveries(db: Session, tables: Tables) -> None:
    rows = [{c: r.get(c) for c in _DELIVERY_COLUMNS} | {"attempts": int(r.get("attempts") or 0)}
            for r in _rows(tables, "deliveries", by="created")]
    await db.execute_many(_insert("deliveries", _DELIVERY_COLUMNS, "kind, key, chat_id"), rows)


async def _copy_roundups(db: Session, tables: Tables) -> None:
    rows = [{"key": r["key"], "chat_id": r["chat_id"], "thread_id": r.get("thread_id"), "slot": r["slot"],
             "digests": list(r["digests"]), "created": float(r["created"])} for r in _rows(tables, "roundups")]
    await db.execute_many(
        _insert("roundups", ["key", "chat_id", "thread_id", "slot", "digests", "created"], "key",
                {"digests": "::text[]"}), rows)


async def _copy_sent_counts(db: Session, tables: Tables) -> None:
    rows = [{"hour": float(r["hour"]), "sent": int(r["sent"])} for r in _rows(tables, "sent_counts")]
    await db.execute_many(_insert("sent_counts", ["hour", "sent"], "hour"), rows)


_COPIERS = {
    "chats": _copy_chats, "subscriptions": _copy_subscriptions, "source_state": _copy_source_state,
    "seen": _copy_seen, "source_registry": _copy_source_registry, "digests": _copy_digests,
    "deliveries": _copy_deliveries, "roundups": _copy_roundups, "sent_counts": _copy_sent_counts,
}


async def _count(db: Session, table: str) -> int:
    return int(await db.value(f"SELECT count(*) FROM {table}"))


async def copy_tinydb(path: Path, url: str) -> list[Copied]:
    """Copy the TinyDB database at `path` into the PostgreSQL database at `url` (schema made first).

    Returns per table what was read and added (seen: urls). StoreError when either side cannot
    be used; nothing is added unless everything is.
    """
    tables, _ = read_database(path)
    migrate(url)
    engine = PgEngine(url, pool_size=1)
    report = []
    try:
        async with engine.transaction() as tx:
            for name in TABLES:
                before = await _count(tx, name)
                await _COPIERS[name](tx, tables)
                read = (sum(len(r["urls"]) for r in tables.get(name, {}).values()) if name == "seen"
                        else len(tables.get(name, {})))
                report.append(Copied(name, read, await _count(tx, name) - before))
    finally:
        await engine.close()
    return report
