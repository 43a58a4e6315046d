"""Digest times: which chats' times have come, and their held stories made into one roundup each.

Robust across restarts because everything lives in the store: the held deliveries, and per
chat `roundup_at`, the last digest time already handled. A time that passed while the bot was
down is handled at the next check (late, once); a roundup's key names its chat and time, so
a second check of the same time makes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from bot.config import DigestSettings
from bot.prefs import chat_prefs, last_slot
from bot.store import Delivery, Store, Target


async def make_roundups(store: Store, now: float, defaults: DigestSettings) -> list[str]:
    """Make the roundup of each chat whose digest time came since its last one; return their keys."""
    moment = datetime.fromtimestamp(now, timezone.utc)
    due: dict[int, datetime] = {}
    for chat in await store.chats.scheduled():
        prefs = chat_prefs(chat, defaults)
        slot = last_slot(prefs.times, prefs.timezone, moment)
        if slot is not None and (chat.roundup_at is None or slot.timestamp() > chat.roundup_at):
            due[chat.id] = slot
    if not due:
        return []  # the usual minute: no chat's time has come, the outbox is not read
    held = await store.outbox.held(due)
    keys: list[str] = []
    for chat_id, slot in due.items():
        keys += await _merge(store, chat_id, slot, held.get(chat_id, []))
        await store.chats.set_roundup_at(chat_id, slot.timestamp())
    return keys


async def roundup_now(store: Store, chat_id: int, slot: datetime) -> list[str]:
    """Merge a chat's held deliveries into its roundups now, at `slot`; return their keys."""
    held = await store.outbox.held([chat_id])
    return await _merge(store, chat_id, slot, held.get(chat_id, []))


async def _merge(store: Store, chat_id: int, slot: datetime, held: Sequence[Delivery]) -> list[str]:
    """Make one roundup per forum topic of the chat's held deliveries; return the keys made."""
    by_thread: dict[int | None, list[Delivery]] = {}
    for delivery in held:
        by_thread.setdefault(delivery.thread_id, []).append(delivery)
    keys = [await store.outbox.add_roundup(Target(chat_id, thread), slot, rows)
            for thread, rows in by_thread.items()]
    return [k for k in keys if k is not None]
