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
        # Indexes: a chat's subscriptions (source -> doc_id), a source's (doc_id -> chat), in
        # step with the table: a subscribe or a new story looks up, never scans every row.
        self._by_chat: dict[int, dict[str, int]] = {}
        self._by_source: dict[str, dict[int, int]] = {}
        self._version = -1

    def _indexes(self) -> tuple[dict[int, dict[str, int]], dict[str, dict[int, int]]]:
        """Return the indexes, rebuilt if the table changed other than through `subscribe`."""
        version = self._engine.version(TABLE)
        if version != self._version:
            self._by_chat, self._by_source = {}, {}
            for doc_id, row in self._engine.rows(TABLE).items():
                self._by_chat.setdefault(row["chat_id"], {})[row["source"]] = int(doc_id)
                self._by_source.setdefault(row["source"], {})[int(doc_id)] = row["chat_id"]
            self._version = version
        return self._by_chat, self._by_source

    def _ids(self, chat_id: int, source: str | None = None) -> list[tuple[int, str]]:
        """Return (doc_id, source) of a chat's subscriptions (to one source, or all)."""
        mine = self._indexes()[0].get(chat_id, {})
        return [(doc_id, name) for name, doc_id in mine.items() if source is None or name == source]

    async def subscribe(self, chat_id: int, source: str, thread_id: int | None = None) -> bool:
        """Subscribe a chat to a source; return False when it already was."""
        by_chat, by_source = self._indexes()
        if source in by_chat.get(chat_id, {}):
            return False
        doc_id = self._engine.insert(
            TABLE, {"chat_id": chat_id, "source": source, "thread_id": thread_id, "since": self._clock.now()}
        )
        by_chat.setdefault(chat_id, {})[source] = doc_id
        by_source.setdefault(source, {})[doc_id] = chat_id
        self._version = self._engine.version(TABLE)
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
        # By the index: this runs at each new story, over the source's subscriptions only.
        inactive = self._chats.inactive_ids()
        rows = self._engine.rows(TABLE)
        return [
            Target(chat_id, rows[str(doc_id)].get("thread_id"))
            for doc_id, chat_id in self._indexes()[1].get(source, {}).items()
            if chat_id not in inactive
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
