"""Chats: recorded, their settings kept, gone chats dropped from the outbox, migrated chats moved."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from bot.clock import ManualClock
from bot.models import ChatKind, DeliveryMode
from bot.store import Chat, ChatSettings, DeliveryStatus, ItemKind, Store, Target
from tests.auxil.stores import DIGEST, Place, crash, open_at, opened

SETTINGS = ChatSettings(language="en", user_language="de", timezone="Europe/Berlin",
                        mode=DeliveryMode.TIMES, times=("08:00", "18:00"), quiet=("22:00", "07:00"),
                        include=("chine",), exclude=("sport",), max_related=3)


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store on a clock at 1000 s, closed after the test."""
    async with opened(database, ManualClock(1000.0)) as opened_store:
        yield opened_store


async def test_a_recorded_chat_is_active_with_default_settings(store: Store) -> None:
    assert await store.chats.get(1) is None
    await store.chats.record(1, kind=ChatKind.PRIVATE, title="Alice")
    assert await store.chats.get(1) == Chat(id=1, kind=ChatKind.PRIVATE, title="Alice", created=1000.0)


async def test_settings_are_replaced_whole_and_kept_over_a_reopen(database: Place, store: Store) -> None:
    await store.chats.record(1, kind=ChatKind.GROUP, title="G")
    await store.chats.save_settings(1, ChatSettings(language="fr", max_related=1))
    await store.chats.save_settings(1, SETTINGS)
    await store.chats.save_settings(2, ChatSettings(timezone="UTC"))  # a chat not met yet
    await store.chats.set_roundup_at(1, 500.0)
    await store.sync()
    await crash(store)  # one process holds the file at a time: this one dies, its writes on disk
    again = open_at(database)
    try:
        chats = await again.chats.many([1, 2, 3])
        assert set(chats) == {1, 2}
        assert chats[1].settings == SETTINGS and chats[1].roundup_at == 500.0
        assert chats[1].kind is ChatKind.GROUP
        assert chats[2].settings == ChatSettings(timezone="UTC")
        await again.chats.save_settings(1, ChatSettings())
        assert (await again.chats.get(1)) == Chat(id=1, kind=ChatKind.GROUP, title="G", roundup_at=500.0,
                                                  created=1000.0)
    finally:
        await crash(again)


async def test_scheduled_chats_are_the_active_ones_with_digest_times(store: Store) -> None:
    for chat in (1, 2, 3):
        await store.chats.save_settings(chat, SETTINGS if chat != 2 else ChatSettings())
    await store.chats.deactivate(3, "kicked")
    assert [c.id for c in await store.chats.scheduled()] == [1]
    assert await store.chats.counts() == (2, 1)


async def test_deactivating_a_chat_drops_its_waiting_deliveries(store: Store) -> None:
    await store.chats.record(1, kind=ChatKind.PRIVATE, title="")
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    await store.outbox.enqueue(ItemKind.DIGEST, "o|x", [Target(1)], held=True)
    assert await store.chats.deactivate(1, "blocked") is True
    assert await store.chats.deactivate(1, "blocked") is False
    assert [d.chat_id for d in await store.outbox.due()] == [2]
    dropped = await store.outbox.deliveries(chat_id=1)
    assert {(d.status, d.error) for d in dropped} == {(DeliveryStatus.DROPPED, "blocked")}
    chat = await store.chats.get(1)
    assert chat is not None and not chat.active and chat.inactive_reason == "blocked"
    await store.chats.record(1, kind=ChatKind.PRIVATE, title="")  # back: active again
    assert await store.chats.get(1) == Chat(id=1, kind=ChatKind.PRIVATE, created=1000.0)


async def test_a_migrated_chat_keeps_its_subscriptions_and_pending_deliveries(store: Store) -> None:
    await store.chats.record(-5, kind=ChatKind.GROUP, title="G")
    await store.subscriptions.subscribe(-5, "s")
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-5)])
    await store.chats.migrate(-5, -1005)
    assert await store.subscriptions.of_chat(-1005) == ["s"]
    assert [d.chat_id for d in await store.outbox.due()] == [-1005]
    assert await store.chats.get(-5) is None
    assert (await store.chats.get(-1005)) is not None
    # Queued once per chat still holds under the new id.
    assert await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-1005)]) == 0
