"""Subscriptions: kept over a reopen, removed one or all, counted for active chats only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from bot.models import ChatKind
from bot.store import Store, Target
from tests.auxil.stores import Place, crash, open_at, opened


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store in a temp folder, closed after the test."""
    async with opened(database) as opened_store:
        yield opened_store


async def test_subscriptions_survive_a_reopen(database: Place, store: Store) -> None:
    await store.subscriptions.subscribe(1, "a")
    await store.subscriptions.subscribe(1, "b", thread_id=7)
    assert await store.subscriptions.subscribe(1, "a") is False
    await store.sync()
    await crash(store)  # one process holds the file at a time: this one dies, its writes on disk
    again = open_at(database)
    try:
        assert await again.subscriptions.of_chat(1) == ["a", "b"]
        assert await again.subscriptions.subscribers("b") == [Target(1, 7)]
    finally:
        await crash(again)


async def test_unsubscribe_without_a_name_removes_all(store: Store) -> None:
    await store.subscriptions.subscribe(1, "a")
    await store.subscriptions.subscribe(1, "b")
    assert await store.subscriptions.unsubscribe(1) == ["a", "b"]
    assert await store.subscriptions.of_chat(1) == []


async def test_a_gone_chat_is_no_subscriber_and_not_counted(store: Store) -> None:
    for chat in (1, 2):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title="")
        await store.subscriptions.subscribe(chat, "a")
    await store.chats.deactivate(2, "blocked")
    assert await store.subscriptions.subscribers("a") == [Target(1, None)]
    assert await store.subscriptions.active_count(["a", "b"]) == 1


async def test_removing_a_source_returns_the_chats_that_followed_it(store: Store) -> None:
    await store.subscriptions.subscribe(2, "a")
    await store.subscriptions.subscribe(1, "a", thread_id=3)
    await store.subscriptions.subscribe(1, "b")
    assert await store.subscriptions.remove_source("a") == [1, 2]
    assert await store.subscriptions.subscribers("a") == []
    assert await store.subscriptions.of_chat(1) == ["b"]
