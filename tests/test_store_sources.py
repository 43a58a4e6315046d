"""Sources: seen entries bounded per source, priming, poll state and the admins' records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from bot.clock import ManualClock
from bot.models import SourceKind
from bot.store import SourceRecord, SourceState, Store
from tests.auxil.stores import Place, crash, open_at, opened


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store in a temp folder, closed after the test."""
    async with opened(database) as opened_store:
        yield opened_store


async def test_seen_entries_are_bounded_per_source(database: Place) -> None:
    clock = ManualClock(0.0)
    async with opened(database, clock, seen_limit=5) as store:
        for n in range(8):
            clock.advance(1)
            await store.sources.mark_seen("s", [f"u{n}"])
        assert await store.sources.unseen("s", [f"u{n}" for n in range(8)]) == ["u0", "u1", "u2"]


async def test_first_poll_primes_the_source(store: Store) -> None:
    assert not (await store.sources.state("s")).primed
    await store.sources.mark_seen("s", [])
    assert (await store.sources.state("s")).primed


async def test_poll_state_is_replaced_whole_and_kept_over_a_reopen(database: Place, store: Store) -> None:
    assert await store.sources.state("s") == SourceState(name="s")
    await store.sources.save_state(SourceState(name="s", failures=2, last_error="timeout", etag='"e"'))
    await store.sources.save_state(SourceState(name="s", primed=True, last_success=5.0, etag='"f"'))
    await store.sync()
    await crash(store)  # one process holds the file at a time: this one dies, its writes on disk
    again = open_at(database)
    try:
        # `primed` comes from the seen entries, not from what was saved.
        assert await again.sources.state("s") == SourceState(name="s", last_success=5.0, etag='"f"')
    finally:
        await crash(again)


async def test_a_source_record_replaces_the_previous_one(store: Store) -> None:
    added = SourceRecord(name="n", url="http://n.test/", title="N", kind=SourceKind.FEED, interval=900, added=1.0)
    await store.sources.save_record(added)
    await store.sources.save_record(SourceRecord(name="c", paused=True))
    assert await store.sources.records() == {"n": added, "c": SourceRecord(name="c", paused=True)}
    await store.sources.save_record(SourceRecord(name="n", removed=True))
    assert (await store.sources.records())["n"] == SourceRecord(name="n", removed=True)


async def test_a_forgotten_source_primes_afresh(store: Store) -> None:
    await store.sources.mark_seen("s", ["u"])
    await store.sources.save_state(SourceState(name="s", failures=3))
    await store.sources.forget("s")
    assert await store.sources.state("s") == SourceState(name="s")
    assert await store.sources.unseen("s", ["u"]) == ["u"]


async def test_a_source_is_found_by_its_index_through_adds_forgets_and_a_reopen(database: Place) -> None:
    clock = ManualClock(100.0)
    async with opened(database, clock) as store:
        for n in range(50):
            await store.sources.save_state(SourceState(name=f"s{n}", failures=n))
            await store.sources.mark_seen(f"s{n}", [f"http://n.test/{n}"])
        await store.sources.forget("s7")
        await store.sources.save_state(SourceState(name="s7", failures=70))  # added again, a new row
        assert (await store.sources.state("s7")).failures == 70
        assert not (await store.sources.state("s7")).primed  # its seen entries went with the forget
        assert (await store.sources.state("s49")).failures == 49
        assert await store.sources.unseen("s3", ["http://n.test/3", "http://n.test/x"]) == ["http://n.test/x"]
        assert (await store.sources.state("nobody")) == SourceState(name="nobody")
    async with opened(database, clock) as again:
        assert [(await again.sources.state(f"s{n}")).failures for n in (0, 7, 49)] == [0, 70, 49]
        assert (await again.sources.state("s8")).primed
