"""Which chat follows which source, and in which forum topic: the engine's `subscriptions` table."""

from __future__ import annotations

from collections.abc import Iterable

from bot.clock import Clock
from bot.store.chats import ChatRepository
from bot.store.engine import Engine
from bot.store.rows import Target

TABLE = "subscriptions"


class SubscriptionRepository:
    """The `Subscriptions` repository of the TinyDB store."""

    def __init__(self, engine: Engine, clock: Clock, chats: ChatRepository) -> None:
        self._engine = engine
        self._clock = clock
        self._chats = chats

    def _ids(self, chat_id: int, source: str | None = None) -> list[tuple[int, str]]:
        """Return (doc_id, source) of a chat's subscriptions (to one source, or all)."""
        return [
            (int(doc_id), row["source"]) for doc_id, row in self._engine.rows(TABLE).items()
            if row["chat_id"] == chat_id and (source is None or row["source"] == source)
        ]

    async def subscribe(self, chat_id: int, source: str, thread_id: int | None = None) -> bool:
        """Subscribe a chat to a source; return False when it already was."""
        if self._ids(chat_id, source):
            return False
        self._engine.insert(
            TABLE, {"chat_id": chat_id, "source": source, "thread_id": thread_id, "since": self._clock.now()}
        )
        return True

    async def unsubscribe(self, chat_id: int, source: str | None = None) -> list[str]:
        """Remove a chat's subscription to a source (None: all); return the names removed, sorted."""
        found = self._ids(chat_id, source)
        self._engine.remove(TABLE, [doc_id for doc_id, _ in found])
        return sorted(name for _, name in found)

    async def of_chat(self, chat_id: int) -> list[str]:
        """Return the names of the sources a chat follows, sorted."""
        return sorted(name for _, name in self._ids(chat_id))

    async def subscribers(self, source: str) -> list[Target]:
        """Return where each active chat subscribed to a source wants it."""
        # Raw rows, not TinyDB's search: this runs over every subscription at each new story.
        inactive = self._chats.inactive_ids()
        return [
            Target(row["chat_id"], row.get("thread_id"))
            for row in self._engine.rows(TABLE).values()
            if row["source"] == source and row["chat_id"] not in inactive
        ]

    async def remove_source(self, source: str) -> list[int]:
        """Remove every subscription to a source; return the chats that had one, sorted."""
        found = [(int(i), row["chat_id"]) for i, row in self._engine.rows(TABLE).items() if row["source"] == source]
        self._engine.remove(TABLE, [doc_id for doc_id, _ in found])
        return sorted({chat_id for _, chat_id in found})

    async def active_count(self, sources: Iterable[str]) -> int:
        """Return how many subscriptions of active chats point at one of these sources."""
        wanted = set(sources)
        inactive = self._chats.inactive_ids()
        return sum(
            1 for row in self._engine.rows(TABLE).values()
            if row["source"] in wanted and row["chat_id"] not in inactive
        )

    def remove_chat(self, chat_id: int) -> list[str]:
        """Remove a chat's subscriptions (the chat is gone for good); return their sources."""
        found = self._ids(chat_id)
        self._engine.remove(TABLE, [doc_id for doc_id, _ in found])
        return [source for _, source in found]

    def move_chat(self, old_id: int, new_id: int) -> None:
        """Move a chat's subscriptions to its new id."""
        self._engine.update(TABLE, [doc_id for doc_id, _ in self._ids(old_id)], {"chat_id": new_id})
