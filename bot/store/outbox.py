"""The outbox: one delivery per item and chat, written before it is sent and marked when Telegram
answers (`deliveries`), and the roundups made of held deliveries at digest times (`roundups`).

A sent mark is a journal line, durable at once; it reaches the table when the journal is
folded into the file, so every read here lays the journal's changes over the rows. The hot
reads (due, pending_count, next_due) go over the raw rows, and enqueue finds what a chat
already has in a set, not by a search.

A chat with digest times has its deliveries HELD (never due); at each of its times they become
one roundup (a row listing their digest keys) and one pending delivery of it, on disk before
`add_roundup` returns: made once, sent once.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from bot.clock import Clock
from bot.store.engine import Engine, Row
from bot.store.errors import StoreWriteError
from bot.store.rows import Delivery, DeliveryStatus, ItemKind, Roundup, Target

DELIVERIES = "deliveries"
ROUNDUPS = "roundups"
SENT_COUNTS = "sent_counts"  # deliveries sent per hour, kept once their rows are gone
HOUR = 3600.0
PENDING, HELD = DeliveryStatus.PENDING.value, DeliveryStatus.HELD.value
_WAITING = (PENDING, HELD)
PRUNE_STEP = 1000  # rows looked at between two turns of the event loop when pruning


class OutboxRepository:
    """The `Outbox` repository of the TinyDB store."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock
        self._queued: set[tuple[str, str, int]] = set()  # (kind, key, chat_id) of every delivery
        # The ids of the deliveries that may be pending: a row is only ever added pending, never
        # made pending again, so this holds every pending one; those that left are dropped when
        # read. The hot reads go over it, not over the whole outbox.
        self._maybe_pending: set[int] = set()
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the sets of queued items and pending deliveries from the table (after rows went or moved)."""
        rows = self._engine.rows(DELIVERIES)
        self._queued = {(r["kind"], r["key"], r["chat_id"]) for r in rows.values()}
        self._maybe_pending = {int(i) for i, r in rows.items() if r["status"] == PENDING}

    def _rows(self) -> list[tuple[int, Row]]:
        """Return (id, row) of every delivery with the journal's changes laid over, oldest first."""
        patches = self._engine.journaled(DELIVERIES)
        rows = []
        for doc_id, row in self._engine.rows(DELIVERIES).items():
            patch = patches.get(int(doc_id))
            rows.append((int(doc_id), {**row, **patch} if patch else row))
        rows.sort(key=lambda pair: (pair[1]["created"], pair[0]))
        return rows

    def _pending(self) -> list[tuple[float, int, Row]]:
        """Return (created, id, row) of each pending delivery not yet marked sent, from the raw table.

        Read straight from the table's dict: with a broadcast in the outbox, anything that
        builds an object per row costs tens of milliseconds per call. The journal's lines for
        the outbox are sent marks only, so a row in it is no longer pending. O(pending), not
        O(outbox): the finished rows kept a while are not looked at.
        """
        patches = self._engine.journaled(DELIVERIES)
        rows = self._engine.rows(DELIVERIES)
        pending, left = [], []
        for doc_id in self._maybe_pending:
            row = rows.get(str(doc_id))
            if row is not None and row["status"] == PENDING and doc_id not in patches:
                pending.append((row["created"], doc_id, row))
            else:
                left.append(doc_id)
        self._maybe_pending.difference_update(left)
        return pending

    def add(self, kind: ItemKind, key: str, targets: Iterable[Target], *, held: bool = False,
            journaled: bool = True) -> int:
        """Queue the item for each target not yet having it; return how many were added.

        Journaled: durable at once as one journal line; else in memory, for the next write.
        """
        now = self._clock.now()
        rows = []
        for chat_id, thread_id in targets:
            if (kind.value, key, chat_id) in self._queued:
                continue
            self._queued.add((kind.value, key, chat_id))
            rows.append({"kind": kind.value, "key": key, "chat_id": chat_id, "thread_id": thread_id,
                         "status": HELD if held else PENDING, "attempts": 0, "next_try": now,
                         "created": now})
        if journaled:
            try:
                doc_ids = self._engine.insert_durably(DELIVERIES, rows)
            except StoreWriteError:
                self.reindex()  # the rows are kept in memory all the same, pending (the line is written later)
                raise
        else:
            doc_ids = self._engine.insert_many(DELIVERIES, rows)
        if not held:
            self._maybe_pending.update(doc_ids)
        return len(rows)

    async def enqueue(self, kind: ItemKind, key: str, targets: Iterable[Target], *,
                      held: bool = False) -> int:
        """Queue the item for each target not yet having it (HELD for digest times); durable on return.

        Returns how many deliveries were added.
        """
        return self.add(kind, key, targets, held=held)  # one journal line: durable, O(targets)

    async def due(self, now: float | None = None, limit: int | None = None) -> list[Delivery]:
        """Return pending deliveries whose time has come, oldest first; a chat in backoff waits whole."""
        now = self._clock.now() if now is None else now
        pending = self._pending()
        # A chat waiting out a backoff waits whole: its later deliveries stay behind, in order.
        waiting = {row["chat_id"] for _, _, row in pending if row["next_try"] > now}
        rows = [p for p in pending if p[2]["chat_id"] not in waiting] if waiting else pending
        rows.sort()  # by (created, id): ids are unique, so rows themselves are never compared
        return [delivery_from_row(i, row) for _, i, row in rows[:limit]]

    async def next_due(self) -> float | None:
        """Return when the earliest pending delivery is due, or None when none is pending."""
        return min((row["next_try"] for _, _, row in self._pending()), default=None)

    async def pending_count(self) -> int:
        """Return how many deliveries wait to be sent."""
        return len(self._pending())

    async def mark_sent(self, delivery_id: int, message_id: int | None = None) -> None:
        """Record that Telegram accepted a delivery; durable on return (one journal line)."""
        self._engine.journal(DELIVERIES, delivery_id, {
            "status": DeliveryStatus.SENT.value, "message_id": message_id, "sent_at": self._clock.now(),
        })

    async def mark_retry(self, delivery_id: int, next_try: float, error: str) -> None:
        """Keep a delivery pending, one attempt more, to be tried again at `next_try`."""
        row = self._engine.rows(DELIVERIES).get(str(delivery_id))
        if row is not None:
            self._engine.update(DELIVERIES, [delivery_id], {
                "attempts": int(row.get("attempts", 0)) + 1, "next_try": next_try, "error": error,
            })

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """Give a delivery up for good, keeping the reason."""
        if str(delivery_id) in self._engine.rows(DELIVERIES):
            self._engine.update(DELIVERIES, [delivery_id], {
                "status": DeliveryStatus.FAILED.value, "error": error, "failed_at": self._clock.now(),
            })

    async def held(self, chat_ids: Iterable[int]) -> dict[int, list[Delivery]]:
        """Return these chats' held deliveries by chat, oldest first."""
        wanted = set(chat_ids)
        rows = [(int(i), row) for i, row in self._engine.rows(DELIVERIES).items()
                if row["status"] == HELD and row["chat_id"] in wanted]
        rows.sort(key=lambda pair: (pair[1]["created"], pair[0]))
        by_chat: dict[int, list[Delivery]] = {}
        for doc_id, row in rows:
            by_chat.setdefault(row["chat_id"], []).append(delivery_from_row(doc_id, row))
        return by_chat

    def _roundup_row(self, key: str) -> Row | None:
        return next((row for row in self._engine.rows(ROUNDUPS).values() if row["key"] == key), None)

    async def add_roundup(self, target: Target, slot: datetime, held: Sequence[Delivery]) -> str | None:
        """Merge held deliveries into one roundup and queue it; durable on return.

        Returns the roundup's key, or None when this chat's roundup of that slot was made before.
        """
        key, stamp = roundup_key(target, slot)
        if self._roundup_row(key) is not None:
            return None
        digests = list(dict.fromkeys(d.key for d in held if d.kind is ItemKind.DIGEST))
        self._engine.insert(ROUNDUPS, {"key": key, "chat_id": target.chat_id, "thread_id": target.thread_id,
                                       "slot": stamp, "digests": digests, "created": self._clock.now()})
        self._engine.update(DELIVERIES, [d.id for d in held],
                            {"status": DeliveryStatus.MERGED.value, "roundup": key})
        # The roundup, its delivery and the merged rows reach the file in one write, together:
        # none of them without the others after a crash.
        self.add(ItemKind.ROUNDUP, key, [target], journaled=False)
        await self._engine.sync()
        return key

    async def roundup(self, key: str) -> Roundup | None:
        """Return a roundup, or None."""
        row = self._roundup_row(key)
        if row is None:
            return None
        return Roundup(key=row["key"], chat_id=row["chat_id"], thread_id=row.get("thread_id"),
                       slot=datetime.fromisoformat(row["slot"]), digest_keys=tuple(row["digests"]))

    async def deliveries(self, *, status: DeliveryStatus | None = None,
                         chat_id: int | None = None) -> list[Delivery]:
        """Return deliveries (for reports and tests), optionally of one status or chat, oldest first."""
        return [
            delivery_from_row(i, row) for i, row in self._rows()
            if (status is None or row["status"] == status.value)
            and (chat_id is None or row["chat_id"] == chat_id)
        ]

    async def sent_since(self, since: float) -> int:
        """Return how many deliveries were sent since a time (to the hour, for those already pruned)."""
        kept = sum(1 for _, row in self._rows()
                   if row["status"] == DeliveryStatus.SENT.value and (row.get("sent_at") or 0) >= since)
        counted = sum(int(row["sent"]) for row in self._engine.rows(SENT_COUNTS).values()
                      if row["hour"] + HOUR > since)
        return kept + counted

    # ---- for the other repositories of the store ----------------------------------------------

    def _waiting_of(self, chat_id: int) -> list[int]:
        """Return the ids of a chat's deliveries still waiting (pending or held, not marked sent)."""
        patches = self._engine.journaled(DELIVERIES)
        return [int(i) for i, row in self._engine.rows(DELIVERIES).items()
                if row["chat_id"] == chat_id and row["status"] in _WAITING and int(i) not in patches]

    def drop_waiting(self, chat_id: int, reason: str) -> None:
        """Give up a gone chat's waiting deliveries, pending and held, keeping the reason."""
        self._engine.update(DELIVERIES, self._waiting_of(chat_id),
                            {"status": DeliveryStatus.DROPPED.value, "error": reason})

    def move_waiting(self, old_id: int, new_id: int) -> None:
        """Move a chat's waiting deliveries to its new id."""
        moved = self._waiting_of(old_id)
        if moved:
            self._engine.update(DELIVERIES, moved, {"chat_id": new_id})
            self.reindex()

    async def prune(self, cutoff: float, *, counts_before: float) -> tuple[int, set[str]]:
        """Drop deliveries finished and roundups made before `cutoff`, counting the sent ones by hour.

        Returns how many rows went, and the digest keys the rows kept still need. The journal's
        sent marks must be applied first (`Engine.apply_journal`): they make rows finished.
        The outbox is looked through, and rows dropped, PRUNE_STEP at a time, the event loop
        running between.
        """
        rows = iter(dict(self._engine.rows(DELIVERIES)).items())  # a copy: the table changes meanwhile
        candidates: list[str] = []
        while step := list(itertools.islice(rows, PRUNE_STEP)):
            candidates += [i for i, row in step if row["status"] not in _WAITING and row["created"] < cutoff]
            await asyncio.sleep(0)
        removed = 0
        sent_by_hour: dict[float, int] = {}
        for start in range(0, len(candidates), PRUNE_STEP):
            # Read again: while the loop ran, a row may have gone or been replaced.
            deliveries = self._engine.rows(DELIVERIES)
            drop = [(int(i), row) for i in candidates[start : start + PRUNE_STEP]
                    if (row := deliveries.get(i)) is not None and row["status"] not in _WAITING]
            for _, row in drop:
                if row["status"] == DeliveryStatus.SENT.value:
                    hour = (row.get("sent_at") or row["created"]) // HOUR * HOUR
                    sent_by_hour[hour] = sent_by_hour.get(hour, 0) + 1
            self._engine.remove(DELIVERIES, [doc_id for doc_id, _ in drop])
            self._queued.difference_update((row["kind"], row["key"], row["chat_id"]) for _, row in drop)
            removed += len(drop)
            await asyncio.sleep(0)
        self._count_sent(sent_by_hour, counts_before)
        kept = self._engine.rows(DELIVERIES).values()
        keys = {row["key"] for row in kept}
        old_roundups = [int(i) for i, row in self._engine.rows(ROUNDUPS).items()
                        if row["created"] < cutoff and row["key"] not in keys]
        self._engine.remove(ROUNDUPS, old_roundups)
        # A roundup still kept renders its digests: they stay too.
        needed = {row["key"] for row in kept if row["kind"] == ItemKind.DIGEST.value}
        for row in self._engine.rows(ROUNDUPS).values():
            needed.update(row["digests"])
        return removed + len(old_roundups), needed

    def _count_sent(self, sent_by_hour: dict[float, int], counts_before: float) -> None:
        """Add pruned sends to the hourly counts; drop counts older than `counts_before`."""
        counts = self._engine.rows(SENT_COUNTS)
        by_hour = {row["hour"]: int(doc_id) for doc_id, row in counts.items()}
        for hour, sent in sent_by_hour.items():
            if hour in by_hour:
                row_id = by_hour[hour]
                self._engine.update(SENT_COUNTS, [row_id], {"sent": counts[str(row_id)]["sent"] + sent})
            else:
                self._engine.insert(SENT_COUNTS, {"hour": hour, "sent": sent})
        self._engine.remove(SENT_COUNTS, [int(i) for i, row in counts.items() if row["hour"] < counts_before])


def roundup_key(target: Target, slot: datetime) -> tuple[str, str]:
    """Return the key of a chat's (and topic's) roundup of a digest time, and the time as UTC ISO text."""
    # To the second: a switch back to instant just after a digest time makes a roundup of its own.
    stamp = slot.astimezone(timezone.utc).isoformat(timespec="seconds")
    return f"{target.chat_id}:{target.thread_id or 0}:{stamp}", stamp


def delivery_from_row(doc_id: int, row: Row) -> Delivery:
    """Return the Delivery a row of the outbox holds."""
    return Delivery(
        id=doc_id,
        kind=ItemKind(row["kind"]),
        key=str(row["key"]),
        chat_id=row["chat_id"],
        thread_id=row.get("thread_id"),
        status=DeliveryStatus(row["status"]),
        attempts=row.get("attempts") or 0,
        next_try=row.get("next_try") or 0.0,
        created=row.get("created") or 0.0,
        error=row.get("error"),
        message_id=row.get("message_id"),
        sent_at=row.get("sent_at"),
    )

