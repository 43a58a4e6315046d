"""Digests: stored once per key, found by key, the newest of some sources."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest_asyncio

from bot.clock import ManualClock
from bot.models import Digest
from bot.store import Store
from tests.auxil.stores import DIGEST, Place, opened


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store on a clock at 1000 s, closed after the test."""
    async with opened(database, ManualClock(1000.0)) as opened_store:
        yield opened_store


async def test_a_digest_is_stored_once_and_read_back_equal(store: Store) -> None:
    published = dataclasses.replace(DIGEST, url="http://n.test/2",
                                    published=datetime(2024, 5, 1, 8, tzinfo=timezone.utc))
    assert await store.digests.add(DIGEST) is True
    assert await store.digests.add(DIGEST) is False
    await store.digests.add(published)
    assert await store.digests.get(DIGEST.key) == DIGEST
    assert await store.digests.get(published.key) == published
    assert await store.digests.get("nothing") is None


async def test_the_newest_digest_of_some_sources(store: Store) -> None:
    assert await store.digests.newest(["s"]) is None
    clock = store.clock
    assert isinstance(clock, ManualClock)
    older = Digest(source="s", source_title="S", url="http://n.test/old", title="Old")
    other = Digest(source="o", source_title="O", url="http://o.test/1", title="Other")
    await store.digests.add(older)
    clock.advance(1)
    await store.digests.add(DIGEST)
    clock.advance(1)
    await store.digests.add(other)
    assert await store.digests.newest(["s"]) == DIGEST
    assert await store.digests.newest(["s", "o"]) == other
    assert await store.digests.count_since(1001.0) == 2
