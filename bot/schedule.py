"""Digest times: which chats' times have come, and their held stories made into one roundup each.

Robust across restarts because everything lives in the store: the held deliveries, and per
chat `roundup_at`, the last digest time already handled. A time that passed while the bot was
down is handled at the next check (late, once); a roundup's key names its chat and time, so
a second check of the same time makes nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from bot.config import DigestSettings
from bot.prefs import chat_prefs, last_slot
from bot.store import Store


def make_roundups(store: Store, now: float, defaults: DigestSettings) -> list[str]:
    """Make the roundup of each chat whose digest time came since its last one; return their keys."""
    moment = datetime.fromtimestamp(now, timezone.utc)
    due: dict[int, datetime] = {}
    for row in store.scheduled_chats():
        prefs = chat_prefs(row, defaults)
        slot = last_slot(prefs.times, prefs.timezone, moment)
        done = row.get("roundup_at")
        if slot is not None and (done is None or slot.timestamp() > done):
            due[row["chat_id"]] = slot
    if not due:
        return []  # the usual minute: no chat's time has come, the outbox is not read
    held = store.held(due)
    keys: list[str] = []
    for chat_id, slot in due.items():
        keys += _merge(store, chat_id, slot, held.get(chat_id, []))
        store.update_chat_settings(chat_id, roundup_at=slot.timestamp())
    return keys


def roundup_now(store: Store, chat_id: int, slot: datetime) -> list[str]:
    """Merge a chat's held deliveries into its roundups now, at `slot`; return their keys."""
    return _merge(store, chat_id, slot, store.held([chat_id]).get(chat_id, []))


def _merge(store: Store, chat_id: int, slot: datetime, held: list[dict[str, Any]]) -> list[str]:
    """Make one roundup per forum topic of the chat's held rows; return the keys made."""
    by_thread: dict[int | None, list[dict[str, Any]]] = {}
    for row in held:
        by_thread.setdefault(row.get("thread_id"), []).append(row)
    # To the second: a switch back to instant just after a digest time makes a roundup of its own.
    stamp = slot.astimezone(timezone.utc).isoformat(timespec="seconds")
    keys = [store.add_roundup(chat_id, thread, stamp, rows) for thread, rows in by_thread.items()]
    return [k for k in keys if k is not None]
