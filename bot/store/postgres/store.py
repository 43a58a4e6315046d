"""The PostgreSQL store: the five repositories and the leases over one pool, for one or many replicas."""

from __future__ import annotations

from bot.clock import Clock
from bot.store.api import Chats, Digests, Leases, Outbox, Sources, Subscriptions
from bot.store.postgres import retention
from bot.store.postgres.chats import PgChats
from bot.store.postgres.digests import PgDigests
from bot.store.postgres.engine import PgEngine, migrate, redact
from bot.store.postgres.leases import PgLeases
from bot.store.postgres.outbox import PgOutbox
from bot.store.postgres.sources import PgSources
from bot.store.postgres.subscriptions import PgSubscriptions
from bot.store.sources import DEFAULT_SEEN_LIMIT


class PostgresStore:
    """The bot's memory in a PostgreSQL database (a `Store`) that several replicas may share.

    Opening it creates or upgrades the schema (StoreError naming `[storage] url` when the
    database cannot be reached); the pool opens on first use on the running loop.
    """

    def __init__(self, url: str, *, clock: Clock, retention_days: float = 30,
                 seen_limit: int = DEFAULT_SEEN_LIMIT, holder: str | None = None) -> None:
        self.clock = clock
        self.retention = retention_days * 86400
        self.schema = migrate(url)
        self.engine = PgEngine(url)
        self.chats: Chats = PgChats(self.engine, clock)
        self.subscriptions: Subscriptions = PgSubscriptions(self.engine, clock)
        self.sources: Sources = PgSources(self.engine, clock, seen_limit)
        self.digests: Digests = PgDigests(self.engine, clock)
        self.outbox: Outbox = PgOutbox(self.engine, clock)
        self.leases: Leases = PgLeases(self.engine, clock, holder)

    def __repr__(self) -> str:
        return f"PostgresStore({redact(self.engine.url)!r})"

    @property
    def url(self) -> str:
        """Return the database's URL (its password in it: show `redact(url)`, never this)."""
        return self.engine.url

    async def start(self) -> None:
        """Open the pool (StoreError naming the setting when the database cannot be reached)."""
        await self.engine.open()

    async def sync(self) -> None:
        """Return at once: every change is committed before its method returns."""
        await self.engine.open()

    async def can_write(self) -> bool:
        """Return whether the database takes changes now (asked again only after a failure)."""
        return await self.engine.can_write()

    async def prune(self, now: float | None = None) -> int:
        """Drop what no promise needs any more (retention); return how many rows went."""
        now = self.clock.now() if now is None else now
        return await retention.prune(self.engine, now=now, retention=self.retention)

    async def close(self) -> None:
        """Close the pool; later calls do nothing (every change was committed already)."""
        await self.engine.close()
