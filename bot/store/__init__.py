"""The bot's memory: chats, subscriptions, sources, digests and the outbox, behind typed repositories.

Callers use the `Store` protocol (bot/store/api.py) and the typed rows (bot/store/rows.py);
`open_store` gives the embedded TinyDB store. No raw database row leaves this package.
"""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.store.backup import Backup, backup
from bot.store.api import Chats, Digests, Leases, Outbox, Sources, Store, Subscriptions
from bot.store.engine import StoreError, StoreWriteError, WriteStats
from bot.store.rows import (
    BACKOFF_CAP,
    Chat,
    ChatSettings,
    Delivery,
    DeliveryStatus,
    Health,
    ItemKind,
    Roundup,
    SourceRecord,
    SourceState,
    Target,
)
from bot.store.sources import DEFAULT_SEEN_LIMIT
from bot.store.tinydb_store import TinyDBStore

__all__ = [
    "BACKOFF_CAP", "Backup", "backup", "Chat", "ChatSettings", "Chats", "Delivery", "DeliveryStatus", "Digests", "Health", "ItemKind", "Leases", "Outbox",
    "Roundup", "SourceRecord", "SourceState", "Sources", "Store", "StoreError", "StoreWriteError", "Subscriptions",
    "Target", "TinyDBStore", "WriteStats", "open_store",
]


def open_store(path: Path | str, *, clock: Clock, retention_days: float = 30,
               seen_limit: int = DEFAULT_SEEN_LIMIT) -> Store:
    """Return the store kept in this file (created if missing); StoreError if it cannot be used."""
    return TinyDBStore(path, clock=clock, retention_days=retention_days, seen_limit=seen_limit)
