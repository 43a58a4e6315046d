"""Digest times over the store: held deliveries, roundups made once, kept across restarts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest_asyncio

from bot.clock import ManualClock
from bot.config import DigestSettings
from bot.models import DeliveryMode, Digest
from bot.roundups import make_roundups, roundup_now
from bot.store import ChatSettings, DeliveryStatus, ItemKind, Store, Target, open_store
from tests.auxil.stores import Place

PARIS = ZoneInfo("Europe/Paris")
CHAT = 1001
DEFAULTS = DigestSettings()
MERGED, PENDING = DeliveryStatus.MERGED, DeliveryStatus.PENDING


def at(*args: int) -> float:
    return datetime(*args, tzinfo=PARIS).timestamp()  # type: ignore[misc]


def _digest(n: int) -> Digest:
    return Digest(source="q", source_title="Q", url=f"http://q.test/{n}", title=f"Titre {n}")


_opened: list[Store] = []


@pytest_asyncio.fixture(autouse=True)
async def _close_stores() -> AsyncIterator[None]:
    yield
    while _opened:
        await _opened.pop().close()  # a second close does nothing


def _store(database: Place) -> Store:
    """Return the store at `database` (opened again after a close: a restart), closed after the test."""
    store = open_store(database, clock=ManualClock(at(2026, 3, 2, 7, 0)))
    _opened.append(store)
    return store


async def _hold(store: Store, n: int, thread: int | None = None) -> None:
    digest = _digest(n)
    await store.digests.add(digest)
    await store.outbox.enqueue(ItemKind.DIGEST, digest.key, [Target(CHAT, thread)], held=True)


async def _scheduled(store: Store, *times: str) -> None:
    await store.chats.save_settings(CHAT, ChatSettings(mode=DeliveryMode.TIMES, times=tuple(times)))
    await store.chats.set_roundup_at(CHAT, at(2026, 3, 2, 7, 0))


async def test_held_deliveries_are_never_due(database: Place) -> None:
    store = _store(database)
    await _hold(store, 1)
    assert await store.outbox.due(now=at(2030, 1, 1, 0, 0)) == []
    assert await store.outbox.pending_count() == 0


async def test_a_roundup_is_made_once_at_the_chats_time_with_everything_held(database: Place) -> None:
    store = _store(database)
    await _scheduled(store, "08:00", "18:00")
    await _hold(store, 1)
    await _hold(store, 2)
    assert await make_roundups(store, at(2026, 3, 2, 7, 59), DEFAULTS) == []
    (key,) = await make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS)
    assert await make_roundups(store, at(2026, 3, 2, 8, 1), DEFAULTS) == []
    roundup = await store.outbox.roundup(key)
    assert roundup is not None
    digests = [await store.digests.get(k) for k in roundup.digest_keys]
    assert [d.title for d in digests if d is not None] == ["Titre 1", "Titre 2"]
    assert roundup.slot == datetime(2026, 3, 2, 8, 0, tzinfo=PARIS)
    (delivery,) = await store.outbox.due(now=at(2026, 3, 2, 8, 1))
    assert delivery.key == key and delivery.chat_id == CHAT and delivery.kind is ItemKind.ROUNDUP
    merged = {d.status for d in await store.outbox.deliveries(chat_id=CHAT) if d.key != key}
    assert merged == {MERGED}


async def test_no_roundup_is_made_when_nothing_was_held(database: Place) -> None:
    store = _store(database)
    await _scheduled(store, "08:00")
    assert await make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS) == []
    await _hold(store, 1)  # arrives after 08:00: waits for tomorrow's
    assert await make_roundups(store, at(2026, 3, 2, 9, 0), DEFAULTS) == []
    assert len(await make_roundups(store, at(2026, 3, 3, 8, 0), DEFAULTS)) == 1


async def test_a_restart_loses_no_held_delivery_and_makes_no_roundup_twice(database: Place) -> None:
    store = _store(database)
    await _scheduled(store, "08:00")
    await _hold(store, 1)
    await store.close()
    store = _store(database)
    await _hold(store, 1)  # the same digest again for the same chat: not held twice
    (key,) = await make_roundups(store, at(2026, 3, 2, 9, 30), DEFAULTS)  # late: the bot was down at 08:00
    await store.close()
    store = _store(database)
    assert await make_roundups(store, at(2026, 3, 2, 9, 31), DEFAULTS) == []
    assert [d.key for d in await store.outbox.due(now=at(2026, 3, 2, 9, 31))] == [key]
    roundup = await store.outbox.roundup(key)
    assert roundup is not None and len(roundup.digest_keys) == 1


async def test_each_forum_topic_gets_its_own_roundup(database: Place) -> None:
    store = _store(database)
    await _hold(store, 1, thread=7)
    await _hold(store, 2, thread=9)
    keys = await roundup_now(store, CHAT, datetime(2026, 3, 2, 8, 0, tzinfo=PARIS))
    assert len(keys) == 2
    due = await store.outbox.due(now=at(2026, 3, 2, 8, 1))
    assert sorted(d.thread_id or 0 for d in due) == [7, 9]


async def test_held_rows_survive_retention_and_move_with_a_migrated_chat(database: Place) -> None:
    store = _store(database)
    await _hold(store, 1)
    await store.prune(now=at(2027, 1, 1, 0, 0))
    await store.chats.migrate(CHAT, -100999)
    assert list(await store.outbox.held([-100999])) == [-100999]


async def test_an_inactive_chat_gets_no_roundup(database: Place) -> None:
    store = _store(database)
    await _scheduled(store, "08:00")
    await _hold(store, 1)
    await store.chats.deactivate(CHAT, "blocked")
    assert await make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS) == []
    assert not [d for d in await store.outbox.deliveries(chat_id=CHAT) if d.status == PENDING]
