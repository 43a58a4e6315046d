"""The bot's memory: chats, subscriptions, sources, digests and the outbox, behind typed repositories.

Callers use the `Store` protocol (bot/store/api.py) and the typed rows (bot/store/rows.py);
`open_store` gives the embedded TinyDB store for a file, the PostgreSQL store for a
`postgresql://` URL. No raw database row leaves this package.
"""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.store.backup import Backup, backup
from bot.store.api import Chats, Digests, Leases, Outbox, Sources, Store, Subscriptions
from bot.store.engine import WriteStats
from bot.store.errors import StoreError, StoreWriteError
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
from bot.store.postgres import Copied, Migration, PostgresStore, copy_tinydb, is_database_url, migrate, redact
from bot.store.tinydb_store import TinyDBStore

__all__ = [
    "BACKOFF_CAP", "Backup", "backup", "Chat", "Copied", "copy_tinydb", "ChatSettings", "Chats", "Delivery", "DeliveryStatus", "Digests", "Health", "ItemKind", "Leases", "Outbox",
    "Migration", "PostgresStore", "Roundup", "SourceRecord", "SourceState", "Sources", "Store", "StoreError", "StoreWriteError", "Subscriptions",
    "Target", "TinyDBStore", "WriteStats", "is_database_url", "migrate", "open_store", "redact",
]


def open_store(path: Path | str, *, clock: Clock, retention_days: float = 30,
               seen_limit: int = DEFAULT_SEEN_LIMIT) -> Store:
    """Return the store at `path`: a TinyDB file (created if missing) or a `postgresql://` URL.

    StoreError when it cannot be used: the message names the file or `[storage] url`, never a password.
    """
    if is_database_url(path):
        assert isinstance(path, str)
        return PostgresStore(path, clock=clock, retention_days=retention_days, seen_limit=seen_limit)
    return TinyDBStore(path, clock=clock, retention_days=retention_days, seen_limit=seen_limit)
