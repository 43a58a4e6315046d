"""Placeholder until the store package lands (the lead's branch): the contract's names."""

from bot.store.api import Chats, Digests, Outbox, Sources, Store, Subscriptions
from bot.store.rows import (
    BACKOFF_CAP, Chat, ChatSettings, Delivery, DeliveryStatus, Health, ItemKind, Roundup,
    SourceRecord, SourceState, Target,
)


class StoreError(Exception):
    """The database cannot be used; the message says which file, what is wrong and what to do."""


def open_store(path: object, *, clock: object, retention_days: float = 30,
               seen_limit: int = 2000) -> Store:
    """Return the store (placeholder)."""
    raise NotImplementedError


__all__ = ["BACKOFF_CAP", "Chat", "ChatSettings", "Chats", "Delivery", "DeliveryStatus", "Digests",
           "Health", "ItemKind", "Outbox", "Roundup", "SourceRecord", "SourceState", "Sources",
           "Store", "StoreError", "Subscriptions", "Target", "open_store"]
