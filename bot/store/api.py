"""The store's contract: the repositories callers use, whatever engine is behind them.

Every method is a coroutine so that an engine that talks to a server implements the same
repositories without changing a caller. The TinyDB engine (bot/store/tinydb_store.py) keeps
its tables in memory and answers at once; the PostgreSQL engine (bot/store/postgres/) asks the
database each time and commits every change before the method returns.

Durability is the store's promise, not the caller's: the TinyDB engine writes changes on its
own schedule (within about a second), except the few that must be on disk before the bot
goes on, which return only once they are: `Outbox.enqueue` (the outbox before any send),
`Outbox.mark_sent` (a sent mark), `Outbox.add_roundup` (a roundup made once, sent once), and
`Store.sync()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from bot.clock import Clock
from bot.models import ChatKind, Digest
from bot.store.rows import (
    Chat,
    ChatSettings,
    Delivery,
    DeliveryStatus,
    ItemKind,
    Roundup,
    SourceRecord,
    SourceState,
    Target,
)


class Chats(Protocol):
    """The chats the bot has met and their reader settings."""

    async def record(self, chat_id: int, *, kind: ChatKind, title: str) -> None:
        """Record a chat (or refresh its kind and title) and mark it active."""

    async def get(self, chat_id: int) -> Chat | None:
        """Return a chat, or None when the bot never met it."""

    async def many(self, chat_ids: Iterable[int]) -> dict[int, Chat]:
        """Return the known chats among these ids, by id."""

    async def save_settings(self, chat_id: int, settings: ChatSettings) -> None:
        """Replace a chat's reader settings (adding the chat if new)."""

    async def set_roundup_at(self, chat_id: int, at: float) -> None:
        """Record the last digest time already made into a roundup for a chat."""

    async def scheduled(self) -> list[Chat]:
        """Return the active chats that get roundups at digest times."""

    async def deactivate(self, chat_id: int, reason: str) -> bool:
        """Mark a chat gone (blocked, kicked) and drop its waiting deliveries; return whether it was active."""

    async def migrate(self, old_id: int, new_id: int) -> None:
        """Move a chat, its subscriptions and its waiting deliveries to a new id (group -> supergroup)."""

    async def counts(self) -> tuple[int, int]:
        """Return how many chats are (active, inactive)."""


class Subscriptions(Protocol):
    """Which chat follows which source, and in which forum topic."""

    async def subscribe(self, chat_id: int, source: str, thread_id: int | None = None) -> bool:
        """Subscribe a chat to a source; return False when it already was."""

    async def unsubscribe(self, chat_id: int, source: str | None = None) -> list[str]:
        """Remove a chat's subscription to a source (None: all); return the names removed, sorted."""

    async def of_chat(self, chat_id: int) -> list[str]:
        """Return the names of the sources a chat follows, sorted."""

    async def subscribers(self, source: str) -> list[Target]:
        """Return where each active chat subscribed to a source wants it."""

    async def remove_source(self, source: str) -> list[int]:
        """Remove every subscription to a source; return the chats that had one, sorted."""

    async def active_count(self, sources: Iterable[str]) -> int:
        """Return how many subscriptions of active chats point at one of these sources."""


class Sources(Protocol):
    """Each source's poll state, the entries it was seen listing, and the admins' changes."""

    async def state(self, name: str) -> SourceState:
        """Return what is known of a source's polls (a fresh state for a new one)."""

    async def save_state(self, state: SourceState) -> None:
        """Replace a source's poll state (`primed` is derived from its seen entries and ignored)."""

    async def unseen(self, name: str, urls: Sequence[str]) -> list[str]:
        """Return the urls this source was never seen listing, in the order given."""

    async def mark_seen(self, name: str, urls: Sequence[str]) -> None:
        """Record urls as listed now (this primes the source); the newest are kept, within a bound."""

    async def records(self) -> dict[str, SourceRecord]:
        """Return the admins' record of each source they changed, by name."""

    async def save_record(self, record: SourceRecord) -> None:
        """Replace the admins' record of a source."""

    async def forget(self, name: str) -> None:
        """Drop a source's seen entries and poll state, so that adding it again primes it afresh."""


class Digests(Protocol):
    """The digests made by polls: what deliveries render."""

    async def add(self, digest: Digest) -> bool:
        """Store a digest, durable on return; return False when one with its key is already there.

        Raises StoreWriteError when the disk refuses it (it stays in memory, written later).
        """

    async def get(self, key: str) -> Digest | None:
        """Return the digest with this key, or None."""

    async def newest(self, sources: Iterable[str]) -> Digest | None:
        """Return the newest digest among these sources, or None."""

    async def count_since(self, since: float) -> int:
        """Return how many digests were made since a time."""


class Outbox(Protocol):
    """Deliveries, written before they are sent and marked when Telegram answers; roundups."""

    async def enqueue(self, kind: ItemKind, key: str, targets: Iterable[Target], *,
                      held: bool = False) -> int:
        """Queue the item for each target not yet having it (HELD for digest times); durable on return.

        Returns how many deliveries were added. Raises StoreWriteError when the disk refuses
        them: they stay queued in memory and nothing is sent until `Store.can_write()`.
        """

    async def due(self, now: float | None = None, limit: int | None = None) -> list[Delivery]:
        """Return pending deliveries whose time has come, oldest first; a chat in backoff waits whole."""

    async def next_due(self) -> float | None:
        """Return when the earliest pending delivery is due, or None when none is pending."""

    async def pending_count(self) -> int:
        """Return how many deliveries wait to be sent."""

    async def mark_sent(self, delivery_id: int, message_id: int | None = None) -> None:
        """Record that Telegram accepted a delivery; durable on return.

        Raises StoreWriteError when the mark cannot be written: it is kept in memory (this
        process will not send the delivery again) and written once `Store.can_write()`.
        """

    async def mark_retry(self, delivery_id: int, next_try: float, error: str) -> None:
        """Keep a delivery pending, one attempt more, to be tried again at `next_try`."""

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """Give a delivery up for good, keeping the reason."""

    async def held(self, chat_ids: Iterable[int]) -> dict[int, list[Delivery]]:
        """Return these chats' held deliveries by chat, oldest first."""

    async def add_roundup(self, target: Target, slot: datetime, held: Sequence[Delivery]) -> str | None:
        """Merge held deliveries into one roundup and queue it; durable on return.

        Returns the roundup's key, or None when this chat's roundup of that slot was made before.
        """

    async def roundup(self, key: str) -> Roundup | None:
        """Return a roundup, or None."""

    async def deliveries(self, *, status: DeliveryStatus | None = None,
                         chat_id: int | None = None) -> list[Delivery]:
        """Return deliveries (for reports and tests), optionally of one status or chat, oldest first."""

    async def sent_since(self, since: float) -> int:
        """Return how many deliveries were sent since a time."""


class Leases(Protocol):
    """Who does a shared job when several replicas of the bot share one store.

    A lease is a name ("poll:<source>", "sender", "maintenance", "roundups", "updates") held by
    one replica until it expires; the holder renews it by acquiring it again. Expiries are read
    on the store's clock. With the embedded store there is one process (it holds the file's
    lock), so every lease is its own; the PostgreSQL engine keeps them in a table all replicas
    see, and a lease left by a dead replica is free once it expires.
    """

    holder: str  # this replica's name among those sharing the store (host:pid:random)

    async def acquire(self, name: str, seconds: float) -> bool:
        """Hold `name` for `seconds` from now if it is free, expired or already ours; return whether we hold it."""

    async def release(self, name: str) -> None:
        """Give `name` up if we hold it, so that another replica may take it at once."""


class Store(Protocol):
    """The bot's memory: five repositories over one engine, with its clock, and the replicas' leases."""

    clock: Clock
    chats: Chats
    subscriptions: Subscriptions
    sources: Sources
    digests: Digests
    outbox: Outbox
    leases: Leases

    async def start(self) -> None:
        """Start writing changes in the background (call once the event loop runs)."""

    async def sync(self) -> None:
        """Return once every change made so far is on disk; StoreWriteError when the disk refuses."""

    async def can_write(self) -> bool:
        """Return whether changes reach the disk now, writing first what a failure left waiting.

        After a StoreWriteError the bot acts on nothing that must be durable until this is True.
        """

    async def prune(self, now: float | None = None) -> int:
        """Drop what no promise needs any more (retention); return how many rows went."""

    async def close(self) -> None:
        """Write everything, fold the journal, and release the files; later calls do nothing."""
