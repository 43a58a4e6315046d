"""Which chat follows which source, and in which forum topic: the `subscriptions` table.

A chat counts as a subscriber unless the chats table marks it gone (a chat never recorded is
active), as in the TinyDB engine; subscribers come in the order they subscribed.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.clock import Clock
from bot.store.postgres.engine import PgEngine
from bot.store.rows import Target

_ACTIVE = "NOT EXISTS (SELECT 1 FROM chats c WHERE c.chat_id = s.chat_id AND NOT c.active)"


class PgSubscriptions:
    """The `Subscriptions` repository of the PostgreSQL store."""

    def __init__(self, engine: PgEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def subscribe(self, chat_id: int, source: str, thread_id: int | None = None) -> bool:
        """Subscribe a chat to a source; return False when it already was."""
        added = await self._engine.execute(
            "INSERT INTO subscriptions (chat_id, source, thread_id, since) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (chat_id, source) DO NOTHING", (chat_id, source, thread_id, self._clock.now()))
        return added == 1

    async def unsubscribe(self, chat_id: int, source: str | None = None) -> list[str]:
        """Remove a chat's subscription to a source (None: all); return the names removed, sorted."""
        rows = await self._engine.fetch(
            "DELETE FROM subscriptions WHERE chat_id = %s AND (%s::text IS NULL OR source = %s) RETURNING source",
            (chat_id, source, source))
        return sorted(row[0] for row in rows)

    async def of_chat(self, chat_id: int) -> list[str]:
        """Return the names of the sources a chat follows, sorted."""
        rows = await self._engine.fetch("SELECT source FROM subscriptions WHERE chat_id = %s", (chat_id,))
        return sorted(row[0] for row in rows)

    async def subscribers(self, source: str) -> list[Target]:
        """Return where each active chat subscribed to a source wants it."""
        rows = await self._engine.fetch(
            f"SELECT chat_id, thread_id FROM subscriptions s WHERE source = %s AND {_ACTIVE} ORDER BY id",
            (source,))
        return [Target(int(chat_id), thread_id) for chat_id, thread_id in rows]

    async def remove_source(self, source: str) -> list[int]:
        """Remove every subscription to a source; return the chats that had one, sorted."""
        rows = await self._engine.fetch("DELETE FROM subscriptions WHERE source = %s RETURNING chat_id", (source,))
        return sorted({int(row[0]) for row in rows})

    async def active_count(self, sources: Iterable[str]) -> int:
        """Return how many subscriptions of active chats point at one of these sources."""
        count = await self._engine.value(
            f"SELECT count(*) FROM subscriptions s WHERE source = ANY(%s::text[]) AND {_ACTIVE}", (list(sources),))
        return int(count)
