"""The outbox: one delivery per item and chat (`deliveries`, unique on kind, key and chat), and the
roundups made of held deliveries at digest times (`roundups`).

Every method commits before it returns: a queued broadcast (one statement over arrays, however
many chats), a sent mark, a roundup with its delivery and the merged rows (one transaction, made
once: the roundup's key is unique). Any replica sees them at once; a delivery marked sent by
one is never due in another.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.clock import Clock
from bot.store.outbox import HOUR, delivery_from_row, roundup_key
from bot.store.postgres.engine import PgEngine, Record, Session, bigint_array
from bot.store.rows import Delivery, DeliveryStatus, ItemKind, Roundup, Target

_FIELDS = ("id", "kind", "key", "chat_id", "thread_id", "status", "attempts", "next_try", "created", "error",
           "message_id", "sent_at")
_COLUMNS = ", ".join(_FIELDS)
PENDING, HELD, SENT = DeliveryStatus.PENDING.value, DeliveryStatus.HELD.value, DeliveryStatus.SENT.value
# A pending delivery's chat waits out a backoff whole: none of its deliveries is due until then.
_NOT_WAITING = ("NOT EXISTS (SELECT 1 FROM deliveries w WHERE w.chat_id = d.chat_id "
                "AND w.status = 'pending' AND w.next_try > %s)")


class PgOutbox:
    """The `Outbox` repository of the PostgreSQL store."""

    def __init__(self, engine: PgEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def enqueue(self, kind: ItemKind, key: str, targets: Iterable[Target], *,
                      held: bool = False) -> int:
        """Queue the item for each target not yet having it (HELD for digest times); committed on return.

        Returns how many deliveries were added: one statement whatever the number of chats.
        """
        async with self._engine.session() as db:
            return await _insert(db, kind, key, list(targets), HELD if held else PENDING, self._clock.now())

    async def due(self, now: float | None = None, limit: int | None = None) -> list[Delivery]:
        """Return pending deliveries whose time has come, oldest first; a chat in backoff waits whole."""
        now = self._clock.now() if now is None else now
        rows = await self._engine.fetch(
            f"SELECT {_COLUMNS} FROM deliveries d WHERE status = 'pending' AND {_NOT_WAITING} "
            "ORDER BY created, id LIMIT %s", (now, limit))
        return [delivery_from_record(row) for row in rows]

    async def next_due(self) -> float | None:
        """Return when the earliest pending delivery is due, or None when none is pending."""
        value = await self._engine.value("SELECT min(next_try) FROM deliveries WHERE status = 'pending'")
        return float(value) if value is not None else None

    async def pending_count(self) -> int:
        """Return how many deliveries wait to be sent."""
        return int(await self._engine.value("SELECT count(*) FROM deliveries WHERE status = 'pending'"))

    async def mark_sent(self, delivery_id: int, message_id: int | None = None) -> None:
        """Record that Telegram accepted a delivery; committed on return."""
        await self._engine.execute(
            "UPDATE deliveries SET status = 'sent', message_id = %s, sent_at = %s WHERE id = %s",
            (message_id, self._clock.now(), delivery_id))

    async def mark_retry(self, delivery_id: int, next_try: float, error: str) -> None:
        """Keep a delivery pending, one attempt more, to be tried again at `next_try`."""
        await self._engine.execute(
            "UPDATE deliveries SET attempts = attempts + 1, next_try = %s, error = %s WHERE id = %s",
            (next_try, error, delivery_id))

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """Give a delivery up for good, keeping the reason."""
        await self._engine.execute(
            "UPDATE deliveries SET status = 'failed', error = %s, failed_at = %s WHERE id = %s",
            (error, self._clock.now(), delivery_id))

    async def held(self, chat_ids: Iterable[int]) -> dict[int, list[Delivery]]:
        """Return these chats' held deliveries by chat, oldest first."""
        rows = await self._engine.fetch(
            f"SELECT {_COLUMNS} FROM deliveries WHERE status = 'held' AND chat_id = ANY(%s::bigint[]) "
            "ORDER BY created, id", (list(chat_ids),))
        by_chat: dict[int, list[Delivery]] = {}
        for row in rows:
            delivery = delivery_from_record(row)
            by_chat.setdefault(delivery.chat_id, []).append(delivery)
        return by_chat

    async def add_roundup(self, target: Target, slot: datetime, held: Sequence[Delivery]) -> str | None:
        """Merge held deliveries into one roundup and queue it; committed on return, in one transaction.

        Returns the roundup's key, or None when this chat's roundup of that slot was made before
        (by this replica or another: the key is unique).
        """
        key, stamp = roundup_key(target, slot)
        digests = list(dict.fromkeys(d.key for d in held if d.kind is ItemKind.DIGEST))
        now = self._clock.now()
        async with self._engine.transaction() as tx:
            made = await tx.execute(
                "INSERT INTO roundups (key, chat_id, thread_id, slot, digests, created) "
                "VALUES (%s, %s, %s, %s, %s::text[], %s) ON CONFLICT (key) DO NOTHING",
                (key, target.chat_id, target.thread_id, stamp, digests, now))
            if not made:
                return None
            await tx.execute(
                "UPDATE deliveries SET status = 'merged', roundup = %s WHERE id = ANY(%s::bigint[])",
                (key, [d.id for d in held]))
            await _insert(tx, ItemKind.ROUNDUP, key, [target], PENDING, now)
        return key

    async def roundup(self, key: str) -> Roundup | None:
        """Return a roundup, or None."""
        row = await self._engine.fetchone(
            "SELECT key, chat_id, thread_id, slot, digests FROM roundups WHERE key = %s", (key,))
        if row is None:
            return None
        key, chat_id, thread_id, slot, digests = row
        return Roundup(key=key, chat_id=int(chat_id), thread_id=thread_id, slot=datetime.fromisoformat(slot),
                       digest_keys=tuple(digests))

    async def deliveries(self, *, status: DeliveryStatus | None = None,
                         chat_id: int | None = None) -> list[Delivery]:
        """Return deliveries (for reports and tests), optionally of one status or chat, oldest first."""
        rows = await self._engine.fetch(
            f"SELECT {_COLUMNS} FROM deliveries WHERE (%s::text IS NULL OR status = %s) "
            "AND (%s::bigint IS NULL OR chat_id = %s) ORDER BY created, id",
            (status and status.value, status and status.value, chat_id, chat_id))
        return [delivery_from_record(row) for row in rows]

    async def sent_since(self, since: float) -> int:
        """Return how many deliveries were sent since a time (to the hour, for those already pruned)."""
        row = await self._engine.fetchone(
            "SELECT (SELECT count(*) FROM deliveries WHERE status = 'sent' AND coalesce(sent_at, 0) >= %s), "
            "(SELECT coalesce(sum(sent), 0) FROM sent_counts WHERE hour + %s > %s)", (since, HOUR, since))
        assert row is not None
        return int(row[0]) + int(row[1])


async def _insert(db: Session, kind: ItemKind, key: str, targets: list[Target], status: str, now: float) -> int:
    """Add a delivery of the item per target that has none yet (one statement over arrays); return how many."""
    if not targets:
        return 0
    return await db.execute(
        "INSERT INTO deliveries (kind, key, chat_id, thread_id, status, attempts, next_try, created) "
        "SELECT %s, %s, t.chat_id, t.thread_id, %s, 0, %s, %s "
        "FROM unnest(%s::bigint[], %s::bigint[]) WITH ORDINALITY AS t(chat_id, thread_id, n) ORDER BY t.n "
        "ON CONFLICT (kind, key, chat_id) DO NOTHING",
        (kind.value, key, status, now, now, bigint_array(t.chat_id for t in targets),
         bigint_array(t.thread_id for t in targets)))


def delivery_from_record(row: Record) -> Delivery:
    """Return the Delivery a row of the deliveries table holds (its columns in _FIELDS' order)."""
    return delivery_from_row(int(row[0]), dict(zip(_FIELDS, row)))
