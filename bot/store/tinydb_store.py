"""The embedded store: the five repositories over one TinyDB engine, and its writer's lifetime."""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.store import retention
from bot.store.api import Chats, Digests, Leases, Outbox, Sources, Subscriptions
from bot.store.chats import ChatRepository
from bot.store.digests import DigestRepository
from bot.store.engine import Engine, WriteStats
from bot.store.errors import StoreWriteError
from bot.store.leases import LocalLeases
from bot.store.outbox import OutboxRepository
from bot.store.sources import DEFAULT_SEEN_LIMIT, SourceRepository
from bot.store.subscriptions import SubscriptionRepository


class TinyDBStore:
    """The bot's memory in one TinyDB file (a `Store`); open it with `open_store`."""

    def __init__(self, path: Path | str, *, clock: Clock, retention_days: float = 30,
                 seen_limit: int = DEFAULT_SEEN_LIMIT) -> None:
        self.clock = clock
        self.retention = retention_days * 86400
        self.engine = Engine(path, clock=clock)
        outbox = OutboxRepository(self.engine, clock)
        chats = ChatRepository(self.engine, clock)
        subscriptions = SubscriptionRepository(self.engine, clock, chats)
        sources = SourceRepository(self.engine, clock, seen_limit)
        digests = DigestRepository(self.engine, clock)
        chats.on_deactivate.append(outbox.drop_waiting)
        chats.on_migrate += [subscriptions.move_chat, outbox.move_waiting]
        self._outbox, self._digests, self._sources = outbox, digests, sources
        self._chats, self._subscriptions = chats, subscriptions
        self.chats: Chats = chats
        self.subscriptions: Subscriptions = subscriptions
        self.sources: Sources = sources
        self.digests: Digests = digests
        self.outbox: Outbox = outbox
        self.leases: Leases = LocalLeases(clock)

    @property
    def path(self) -> Path:
        """Return the database file's path."""
        return self.engine.path

    @property
    def write_stats(self) -> WriteStats:
        """Return where the writes' time went so far (for benchmarks)."""
        return self.engine.stats

    async def start(self) -> None:
        """Start writing changes in the background (call once the event loop runs)."""
        self.engine.start()

    async def sync(self) -> None:
        """Return once every change made so far is on disk."""
        await self.engine.sync()

    async def can_write(self) -> bool:
        """Return whether changes reach the disk now, writing first what a failure left waiting."""
        if not self.engine.can_write():
            return False
        if self.engine.write_failure is not None:
            try:
                await self.engine.sync()
            except StoreWriteError:
                return False
        return True

    async def prune(self, now: float | None = None) -> int:
        """Drop what no promise needs any more (retention); return how many rows went."""
        now = self.clock.now() if now is None else now
        return await retention.prune(self.engine, self._outbox, self._digests, self._sources,
                                     self._chats, self._subscriptions, now=now,
                                     retention=self.retention)

    async def close(self) -> None:
        """Write everything, fold the journal, and release the files; later calls do nothing."""
        await self.engine.close()

    def abandon(self) -> None:
        """Drop the store as a killed process would: journal files closed as they are, nothing written."""
        self.engine.abandon()
