"""The chats the bot has met, with their reader settings: the `chats` table.

Rows are read into the same fields as the TinyDB engine's and made into a Chat by the same
function (`bot.store.chats.chat_from_row`). A gone chat's waiting deliveries are dropped, and a migrated chat's rows moved, in the same
transaction as the chat's own change: no replica sees one without the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.clock import Clock
from bot.models import ChatKind, DeliveryMode
from bot.store.chats import chat_from_row, settings_to_row
from bot.store.postgres.engine import PgEngine, Record
from bot.store.rows import Chat, ChatSettings, DeliveryStatus

_COLUMNS = ("chat_id, kind, title, active, inactive_reason, language, user_language, timezone, mode, "
            "times, quiet, include, exclude, max_related, previews, roundup_at, created")
_NAMES = tuple(name.strip() for name in _COLUMNS.split(","))
# Spelled out, not a parameter: the planner then knows the partial index deliveries_waiting applies.
WAITING = "status IN ('pending', 'held')"


class PgChats:
    """The `Chats` repository of the PostgreSQL store."""

    def __init__(self, engine: PgEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def record(self, chat_id: int, *, kind: ChatKind, title: str) -> None:
        """Record a chat (or refresh its kind and title) and mark it active."""
        await self._engine.execute(
            "INSERT INTO chats (chat_id, kind, title, created) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (chat_id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, active = true, "
            "inactive_reason = CASE WHEN chats.active THEN chats.inactive_reason ELSE '' END",
            (chat_id, kind.value, title, self._clock.now()))

    async def get(self, chat_id: int) -> Chat | None:
        """Return a chat, or None when the bot never met it."""
        row = await self._engine.fetchone(f"SELECT {_COLUMNS} FROM chats WHERE chat_id = %s", (chat_id,))
        return chat_from_record(row) if row is not None else None

    async def many(self, chat_ids: Iterable[int]) -> dict[int, Chat]:
        """Return the known chats among these ids, by id."""
        rows = await self._engine.fetch(f"SELECT {_COLUMNS} FROM chats WHERE chat_id = ANY(%s::bigint[])",
                                        (list(chat_ids),))
        return {row[0]: chat_from_record(row) for row in rows}

    async def _upsert(self, chat_id: int, fields: dict[str, Any]) -> None:
        names = ", ".join(fields)
        marks = ", ".join(["%s"] * len(fields))
        updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in fields)
        await self._engine.execute(
            f"INSERT INTO chats (chat_id, created, {names}) VALUES (%s, %s, {marks}) "
            f"ON CONFLICT (chat_id) DO UPDATE SET {updates}",
            (chat_id, self._clock.now(), *fields.values()))

    async def save_settings(self, chat_id: int, settings: ChatSettings) -> None:
        """Replace a chat's reader settings (adding the chat if new)."""
        await self._upsert(chat_id, settings_to_row(settings))

    async def set_roundup_at(self, chat_id: int, at: float) -> None:
        """Record the last digest time already made into a roundup for a chat."""
        await self._upsert(chat_id, {"roundup_at": at})

    async def scheduled(self) -> list[Chat]:
        """Return the active chats that get roundups at digest times."""
        rows = await self._engine.fetch(
            f"SELECT {_COLUMNS} FROM chats WHERE mode = %s AND active ORDER BY created, chat_id",
            (DeliveryMode.TIMES.value,))
        return [chat_from_record(row) for row in rows]

    async def deactivate(self, chat_id: int, reason: str) -> bool:
        """Mark a chat gone (blocked, kicked) and drop its waiting deliveries; return whether it was active."""
        now = self._clock.now()
        async with self._engine.transaction() as tx:
            changed = await tx.fetchone(
                "INSERT INTO chats (chat_id, active, inactive_reason, inactive_since, created) "
                "VALUES (%s, false, %s, %s, %s) ON CONFLICT (chat_id) DO UPDATE SET active = false, "
                "inactive_reason = EXCLUDED.inactive_reason, inactive_since = EXCLUDED.inactive_since "
                "WHERE chats.active RETURNING chat_id",
                (chat_id, reason, now, now))
            if changed is None:
                return False
            await tx.execute(
                f"UPDATE deliveries SET status = %s, error = %s WHERE chat_id = %s AND {WAITING}",
                (DeliveryStatus.DROPPED.value, reason, chat_id))
        return True

    async def migrate(self, old_id: int, new_id: int) -> None:
        """Move a chat, its subscriptions and its waiting deliveries to a new id (group -> supergroup)."""
        async with self._engine.transaction() as tx:
            # The new id may be known already (a message from the supergroup came first): it wins.
            moved = await tx.execute(
                "UPDATE chats SET chat_id = %s WHERE chat_id = %s "
                "AND NOT EXISTS (SELECT 1 FROM chats WHERE chat_id = %s)", (new_id, old_id, new_id))
            if not moved:
                await tx.execute("DELETE FROM chats WHERE chat_id = %s", (old_id,))
            await tx.execute(
                "UPDATE subscriptions s SET chat_id = %s WHERE chat_id = %s AND NOT EXISTS "
                "(SELECT 1 FROM subscriptions n WHERE n.chat_id = %s AND n.source = s.source)",
                (new_id, old_id, new_id))
            await tx.execute("DELETE FROM subscriptions WHERE chat_id = %s", (old_id,))
            await tx.execute(
                f"UPDATE deliveries d SET chat_id = %s WHERE chat_id = %s AND {WAITING} AND NOT EXISTS "
                "(SELECT 1 FROM deliveries n WHERE n.chat_id = %s AND n.kind = d.kind AND n.key = d.key)",
                (new_id, old_id, new_id))

    async def counts(self) -> tuple[int, int]:
        """Return how many chats are (active, inactive)."""
        row = await self._engine.fetchone(
            "SELECT count(*) FILTER (WHERE active), count(*) FILTER (WHERE NOT active) FROM chats")
        assert row is not None
        return int(row[0]), int(row[1])


def chat_from_record(row: Record) -> Chat:
    """Return the Chat a row of the chats table holds (its columns in _COLUMNS' order)."""
    return chat_from_row(dict(zip(_NAMES, row)))
