"""What only the PostgreSQL engine promises: versioned migrations, replicas sharing one database,
leases between them, and errors that name the setting without its password. (What both engines
promise is checked by the store's other tests, run on each.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from urllib.parse import urlsplit

import psycopg
import pytest

from bot.clock import ManualClock
from bot.models import ChatKind
from bot.store import ItemKind, PostgresStore, StoreError, StoreWriteError, Target, migrate, open_store, redact
from bot.store.postgres.migrations import LATEST
from tests.auxil.postgres import PostgresServer
from tests.auxil.stores import DIGEST

SLOT = datetime(2024, 5, 1, 8, tzinfo=timezone.utc)


@asynccontextmanager
async def replicas(url: str, count: int) -> AsyncIterator[list[PostgresStore]]:
    """Yield `count` stores on one database, as replicas r0, r1, ... would open it, on one clock at 1000 s."""
    clock = ManualClock(1000.0)
    stores = [PostgresStore(url, clock=clock, holder=f"r{n}") for n in range(count)]
    try:
        yield stores
    finally:
        for store in stores:
            await store.close()


def _versions(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]


def test_migrations_are_numbered_steps_applied_once_and_run_again_safely(postgres_url: str) -> None:
    first = migrate(postgres_url)
    assert (first.before, first.after, first.applied) == (0, LATEST, LATEST)
    again = migrate(postgres_url)
    assert (again.before, again.after, again.applied) == (LATEST, LATEST, 0)
    assert _versions(postgres_url) == list(range(1, LATEST + 1))


def test_replicas_starting_together_apply_each_step_once(postgres_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: migrate(postgres_url), range(4)))
    assert sorted(r.applied for r in results) == [0, 0, 0, LATEST]  # the advisory lock made them wait
    assert _versions(postgres_url) == list(range(1, LATEST + 1))


def test_a_database_of_a_newer_schema_is_refused_and_left_as_it_is(postgres_url: str) -> None:
    migrate(postgres_url)
    with psycopg.connect(postgres_url) as conn:
        conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (LATEST + 1,))
    with pytest.raises(StoreError, match=rf"\[storage\] url .*version {LATEST + 1}, newer"):
        open_store(postgres_url, clock=ManualClock(0.0))
    assert _versions(postgres_url)[-1] == LATEST + 1


@pytest.mark.parametrize("url, expected", [
    ("postgresql://bot:s3cret-pw@127.0.0.1:1/bot", "127.0.0.1"),  # nothing listens there
    ("postgres://bot:s3cret-pw@/bot?host=/nonexistent/socket/dir", "/nonexistent"),
])
def test_an_unreachable_database_names_the_setting_and_never_its_password(url: str, expected: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url, clock=ManualClock(0.0))
    message = str(caught.value)
    assert "[storage] url" in message and "postgresql://USER:PASSWORD@HOST" in message
    assert expected in message and "***" in message
    assert "s3cret" not in message


def test_a_url_is_shown_without_its_password_however_it_is_spelt() -> None:
    assert redact("postgresql://bot:p%40ss@db.example:5432/bot") == "postgresql://bot:***@db.example:5432/bot"
    assert redact("postgres://bot@db.example/bot") == "postgres://bot@db.example/bot"  # no password: as it is
    assert redact("postgresql://db.example/bot?sslmode=require") == "postgresql://db.example/bot?sslmode=require"
    assert redact("postgresql://bot@/bot?host=/run/pg&password=s3cret") == "postgresql://bot@/bot?host=/run/pg&password=***"


def test_a_missing_database_is_named(postgres: PostgresServer) -> None:
    url = postgres.url_of("no_such_database")
    with pytest.raises(StoreError, match="no_such_database.*does not exist"):
        open_store(url, clock=ManualClock(0.0))


async def test_two_replicas_on_one_database_see_each_others_writes(postgres_url: str) -> None:
    async with replicas(postgres_url, 2) as (one, two):
        await one.chats.record(1, kind=ChatKind.PRIVATE, title="A")
        await one.subscriptions.subscribe(1, "s", thread_id=4)
        await one.digests.add(DIGEST)
        assert await two.subscriptions.subscribers("s") == [Target(1, 4)]
        assert await two.digests.get(DIGEST.key) == DIGEST
        assert await two.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1, 4), Target(2)]) == 2
        assert await one.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1, 4)]) == 0  # queued once
        assert [d.chat_id for d in await one.outbox.due()] == [1, 2]
        await two.chats.deactivate(1, "blocked")
        assert [d.chat_id for d in await one.outbox.due()] == [2]


async def test_a_delivery_sent_by_one_replica_is_never_due_in_the_other(postgres_url: str) -> None:
    async with replicas(postgres_url, 2) as (one, two):
        await one.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(n) for n in range(1, 6)])
        due = await two.outbox.due(limit=5)
        for delivery in due[:3]:
            await one.outbox.mark_sent(delivery.id, 100 + delivery.chat_id)
        assert [d.chat_id for d in await two.outbox.due()] == [4, 5]
        assert await two.outbox.pending_count() == 2 and await two.outbox.sent_since(0.0) == 3


async def test_replicas_queueing_the_same_digest_at_once_queue_it_once_per_chat(postgres_url: str) -> None:
    async with replicas(postgres_url, 3) as stores:
        targets = [Target(n) for n in range(2000)]
        added = await asyncio.gather(*(s.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, targets) for s in stores))
        assert sum(added) == 2000
        assert await stores[0].outbox.pending_count() == 2000
        await stores[0].outbox.enqueue(ItemKind.DIGEST, "o|x", [Target(-5)], held=True)
        held = (await stores[0].outbox.held([-5]))[-5]
        keys = await asyncio.gather(*(s.outbox.add_roundup(Target(-5), SLOT, held) for s in stores))
        assert len([k for k in keys if k is not None]) == 1  # made once, whichever replica won


async def test_a_lease_is_held_by_one_replica_until_it_expires_or_is_released(postgres_url: str) -> None:
    async with replicas(postgres_url, 2) as (one, two):
        clock = one.clock
        assert isinstance(clock, ManualClock)
        assert await one.leases.acquire("sender", 10)
        assert not await two.leases.acquire("sender", 10)
        clock.advance(9)
        assert await one.leases.acquire("sender", 10)  # renewed by its holder: until 1019 now
        clock.advance(5)
        assert not await two.leases.acquire("sender", 10)
        clock.advance(5)  # the holder died: its lease expired at 1019
        assert await two.leases.acquire("sender", 10)
        assert not await one.leases.acquire("sender", 10)
        await one.leases.release("sender")  # not its lease: nothing happens
        assert not await one.leases.acquire("sender", 10)
        await two.leases.release("sender")
        assert await one.leases.acquire("sender", 10)  # free at once
        assert await two.leases.acquire("poll:s", 60)  # leases are by name


async def test_only_one_of_many_replicas_racing_for_a_lease_gets_it(postgres_url: str) -> None:
    async with replicas(postgres_url, 5) as stores:
        won = await asyncio.gather(*(s.leases.acquire("maintenance", 30) for s in stores))
        assert sum(won) == 1


async def test_connections_the_server_cut_are_replaced_without_failing_a_statement(
        postgres: PostgresServer, postgres_url: str) -> None:
    async with replicas(postgres_url, 1) as (store,):
        await asyncio.gather(*(store.outbox.enqueue(ItemKind.DIGEST, f"k{n}", [Target(n)]) for n in range(8)))
        with psycopg.connect(postgres.url, autocommit=True) as admin:  # a restart, as the pool sees it
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                          (urlsplit(postgres_url).path.lstrip("/"),))
        for delivery in await store.outbox.due():
            await store.outbox.mark_sent(delivery.id, 1)
        assert await store.outbox.pending_count() == 0 and await store.can_write()


async def test_after_the_server_cut_every_connection_a_statement_does_not_wait_through_the_pools_backoff(
        postgres: PostgresServer, postgres_url: str) -> None:
    # The pool tries stale connections one by one, 1, 2, 4 s apart: with eight cut, a statement would wait 7 s or more
    # before a fresh one; the sweep of the first stale connection's check replaces them together.
    async with replicas(postgres_url, 1) as (store,):
        store.engine.wait = 5.0  # seconds a statement waits for a connection (30 by default)
        await asyncio.gather(*(store.outbox.enqueue(ItemKind.DIGEST, f"k{n}", [Target(n)]) for n in range(8)))
        with psycopg.connect(postgres.url, autocommit=True) as admin:  # a restart, as the pool sees it
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                          (urlsplit(postgres_url).path.lstrip("/"),))
        assert len(await store.outbox.due()) == 8


async def test_a_lost_database_is_a_write_error_and_can_write_says_so_until_it_is_back(
        postgres: PostgresServer, postgres_url: str) -> None:
    name = urlsplit(postgres_url).path.lstrip("/")
    store = PostgresStore(postgres_url, clock=ManualClock(1000.0))
    store.engine.wait = 1.0  # seconds a statement waits for a connection (30 by default)
    try:
        assert await store.can_write()
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1)])
        with psycopg.connect(postgres.url, autocommit=True) as admin:  # the database goes away
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        with pytest.raises(StoreWriteError) as caught:
            await store.outbox.mark_sent(1, 7)
        assert "[storage] url" in str(caught.value)
        assert not await store.can_write()
        with psycopg.connect(postgres.url, autocommit=True) as admin:  # and comes back
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        deadline = asyncio.get_running_loop().time() + 20
        while not await store.can_write():  # the pool reconnects on its own schedule
            assert asyncio.get_running_loop().time() < deadline, "the store never wrote again"
            await asyncio.sleep(0.2)
        await store.outbox.mark_sent(1, 7)
        assert await store.outbox.pending_count() == 0
    finally:
        await store.close()
