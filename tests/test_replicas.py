"""Several replicas on one store: each source polled by one, one sender, one roundup maker, one getUpdates poller.

The replicas share a lease table (tests/auxil/leases.py) the way they share the PostgreSQL
engine's; tests/test_replicas_pg.py runs applications on one real PostgreSQL database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram import Bot

import bot.poller
from bot.chat.delivery import Deliverer
from bot.chat.render import Outgoing
from bot.clock import ManualClock
from bot.config import DeliverySettings
from bot.jobs import Polling
from bot.models import ChatKind, Digest, Source
from bot.news.fetch import Fetcher
from bot.pipeline import PollStatus, RefreshResult
from bot.poller import Poller
from bot.replicas import POLL_SHARE, SENDER_MARGIN, SENDER_SECONDS, HeldLease, Replica
from bot.sources import SourceCatalog
from bot.store import Delivery, ItemKind, Store, Target, open_store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, running_bot
from tests.auxil.leases import LeaseTable
from tests.auxil.stores import open_at

FAST = DeliverySettings(per_chat_interval=0.0, retry_base=0.05, retry_max=0.2, send_timeout=0.5)
DIGEST = Digest(source="s", source_title="Source", url="http://news.test/a", title="A story")


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = open_at(tmp_path / "bot.json", ManualClock())
    yield opened
    await opened.close()


# ---- a lease kept by this replica ------------------------------------------------------------


async def test_a_held_lease_is_ours_until_its_expiry_less_the_margin_and_keep_renews_it() -> None:
    clock = ManualClock(1000.0)
    table = LeaseTable(clock)
    ours, theirs = HeldLease(table.replica("a"), clock, "sender", 6.0), table.replica("b")
    assert not ours.valid()
    assert await ours.renew() and ours.valid(margin=5.9) and not ours.valid(margin=6.0)
    clock.advance(4.5)
    assert ours.valid() and not ours.valid(margin=SENDER_MARGIN)
    assert await ours.keep(margin=SENDER_MARGIN)  # renewed: six seconds from now
    assert table.rows["sender"] == ("a", 1010.5)
    clock.advance(7.0)  # expired: another replica takes it, and ours no longer holds
    assert await theirs.acquire("sender", 6.0)
    assert not ours.valid() and not await ours.keep() and not await ours.renew()


async def test_a_lease_the_store_cannot_confirm_counts_as_lost_and_a_stop_goes_on_without_it() -> None:
    clock = ManualClock(1000.0)

    class Unreachable:
        holder = "a"

        async def acquire(self, name: str, seconds: float) -> bool:
            raise OSError("connection refused")

        async def release(self, name: str) -> None:
            raise OSError("connection refused")

    lease = HeldLease(Unreachable(), clock, "sender", 6.0)
    assert not await lease.renew() and not lease.valid()
    replica = Replica(Unreachable(), clock)
    replica.sender._until = clock.now() + 6.0  # held when the store went away
    await replica.release()  # the stop goes on: the leases expire by themselves
    assert not replica.sender.valid()


async def test_a_clean_stop_gives_up_every_lease_this_replica_took_at_once() -> None:
    clock = ManualClock(1000.0)
    table = LeaseTable(clock)
    replica = Replica(table.replica("a"), clock)
    assert await replica.may_send() and await replica.updates.renew()
    assert await replica.once("roundups", 90.0)
    assert await replica.once("poll:s", 540.0)
    assert await table.replica("b").acquire("poll:t", 540.0)
    await replica.release()
    assert not replica.sender.valid()
    assert {name: holder for name, (holder, _) in table.rows.items()} == {"poll:t": "b"}  # another's stays


# ---- polls -------------------------------------------------------------------------------------


async def test_a_scheduled_poll_is_left_to_the_replica_holding_the_source_until_its_lease_ends(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = ManualClock(1_000_000.0)
    table = LeaseTable(clock)
    source = Source(name="s", url="http://127.0.0.1/s", interval=600)
    fetched: list[str] = []

    async def refresh(source: Source, **kwargs: Any) -> RefreshResult:
        fetched.append(kwargs["store"].leases.holder)
        return RefreshResult(source.name, PollStatus.NOT_MODIFIED)

    monkeypatch.setattr(bot.poller, "refresh", refresh)

    async with Fetcher() as fetcher:
        pollers = []
        for name in ("a", "b"):
            view: Any = _Viewed(store, table.replica(name))
            catalog = SourceCatalog([source], view)
            await catalog.load()
            pollers.append(Poller(catalog, fetcher, view, clock, lead_chars=100, alert_after=3,
                                  wake_delivery=lambda: None, alert=lambda *args: asyncio.sleep(0)))
        a, b = pollers
        assert (await a.poll("s", due=time.time())).status is PollStatus.NOT_MODIFIED
        assert (await b.poll("s", due=time.time())).status is PollStatus.ELSEWHERE
        clock.advance(600 * POLL_SHARE - 1)
        assert (await b.poll("s", due=time.time())).status is PollStatus.ELSEWHERE
        assert (await b.poll("s", respect_backoff=False)).status is PollStatus.NOT_MODIFIED  # /latest
        clock.advance(2)  # a's lease has run out (a died, or its tick comes later): b polls
        assert (await b.poll("s", due=time.time())).status is PollStatus.NOT_MODIFIED
        assert (await a.poll("s", due=time.time())).status is PollStatus.ELSEWHERE
    assert fetched == ["a", "b", "b"]


class _Viewed:
    """A store with another replica's leases: the same tables, as two replicas share a database."""

    def __init__(self, store: Store, leases: Any) -> None:
        self._store = store
        self.leases = leases

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


# ---- delivery ----------------------------------------------------------------------------------


async def _render(delivery: Delivery) -> Outgoing:
    return Outgoing(f"digest for {delivery.chat_id}")


async def test_only_the_sender_sends_and_a_replica_that_loses_the_lease_stops_at_once(
        tmp_path: Path, fake_api: FakeBotAPI, telegram_bot: Bot) -> None:
    clock = ManualClock(1_000_000.0)
    table = LeaseTable(clock)
    store = open_store(tmp_path / "bot.json", clock=clock)
    chats = list(range(1, 61))
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in chats])
    replicas = {name: Replica(table.replica(name), clock) for name in ("a", "b")}
    paced = DeliverySettings(per_chat_interval=0.0, messages_per_second=100.0)
    a, b = (Deliverer(telegram_bot, store, _render, paced, clock, may_send=replicas[n].may_send)
            for n in ("a", "b"))
    assert await replicas["a"].sender.renew()
    assert (await b.drain()).standby and fake_api.sent == []  # b is not the sender: sends nothing

    async def take_over_after(count: int) -> None:
        await fake_api.wait_for(lambda: len(fake_api.sent) >= count, what=f"{count} sends")
        clock.advance(SENDER_SECONDS + 1)  # a stalls past its lease: b takes the sender's lease
        assert await replicas["b"].sender.renew()

    takeover = asyncio.create_task(take_over_after(20))
    report = await a.drain()
    await takeover
    assert report.standby and 20 <= report.sent < len(chats)  # a stopped well before the end
    rest = await b.drain()
    assert not rest.standby and report.sent + rest.sent == len(chats)
    assert sorted(r["chat_id"] for r in fake_api.sent) == chats  # each chat once
    await store.close()


def _replica_b(tmp_path: Path) -> tuple[ManualClock, LeaseTable, Store]:
    """Return a clock, a lease table shared with other replicas, and a store that is replica "b" of it."""
    clock = ManualClock()
    table = LeaseTable(clock)
    store = open_at(tmp_path / "bot.json", clock)
    store.leases = table.replica("b")
    return clock, table, store


async def test_the_delivery_job_of_a_replica_that_does_not_send_does_not_spin(
        tmp_path: Path, fake_api: FakeBotAPI) -> None:
    clock, table, store = _replica_b(tmp_path)
    assert await table.replica("a").acquire("sender", 3600)
    await store.chats.record(1, kind=ChatKind.PRIVATE, title="Reader")
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1)])
    settings = make_settings(tmp_path, fake_api, [])
    async with running_bot(settings, clock=clock, store=store) as running:
        deliverer = running.services.deliverer
        passes = 0
        drain = deliverer.drain

        async def counted() -> Any:
            nonlocal passes
            passes += 1
            return await drain()

        deliverer.drain = counted  # type: ignore[method-assign]
        await running.deliver()
        assert running.app.job_queue is not None
        await asyncio.sleep(0.5)
        assert passes <= 2  # the job's own ticks only: no wake-up loop while nothing can be sent
        assert fake_api.messages_to(1) == [] and await store.outbox.pending_count() == 1
        await table.replica("a").release("sender")  # the sender stopped cleanly
        (keep,) = running.app.job_queue.get_jobs_by_name("sender")
        await keep.run(running.app)  # this replica takes it and sends at once
        await fake_api.wait_for_messages(1, 1)


# ---- digest times, maintenance, getUpdates -----------------------------------------------------


async def test_digest_times_and_maintenance_run_only_on_the_replica_holding_their_lease(
        tmp_path: Path, fake_api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    clock, table, store = _replica_b(tmp_path)
    other = table.replica("a")
    made: list[float] = []
    pruned: list[float | None] = []

    async def make_roundups(store: Store, now: float, defaults: Any) -> list[str]:
        made.append(now)
        return []

    async def prune(now: float | None = None) -> int:
        pruned.append(now)
        return 0

    monkeypatch.setattr("bot.jobs.make_roundups", make_roundups)
    monkeypatch.setattr(store, "prune", prune)
    settings = make_settings(tmp_path, fake_api, [])
    async with running_bot(settings, clock=clock, store=store) as running:
        assert await other.acquire("roundups", 90) and await other.acquire("maintenance", 900)
        for job in ("roundups", "maintenance"):
            await _run_job(running.app, job)
        assert made == [] and pruned == []
        clock.advance(901)  # the other replica died: its leases ran out
        for job in ("roundups", "maintenance"):
            await _run_job(running.app, job)
        assert len(made) == 1 and len(pruned) == 1
        assert not await other.acquire("roundups", 90)  # now this replica's: it renews each time


async def _run_job(app: Any, name: str) -> None:
    (job,) = app.job_queue.get_jobs_by_name(name)
    await job.run(app)


async def test_only_the_holder_of_the_updates_lease_polls_getupdates(
        tmp_path: Path, fake_api: FakeBotAPI) -> None:
    clock, table, store = _replica_b(tmp_path)
    other = table.replica("a")
    settings = make_settings(tmp_path, fake_api, [])
    async with running_bot(settings, clock=clock, store=store, poll_updates=False) as running:
        assert await other.acquire("updates", 30)
        running.services.scheduler.poll_updates(Polling(("message",), timeout=1))
        await _run_job(running.app, "updates")
        assert running.app.updater is not None and not running.app.updater.running
        fake_api.user_sends("/start", chat_id=7)
        await asyncio.sleep(0.3)
        assert fake_api.messages_to(7) == []  # nobody polls here: the other replica would
        clock.advance(31)  # the other replica died
        await _run_job(running.app, "updates")
        assert running.app.updater.running
        await fake_api.wait_for_messages(7, 1)  # the update waited at Telegram, answered now
        clock.advance(31)  # this replica stalled past its lease and another took it: stop polling
        assert await other.acquire("updates", 30)
        await _run_job(running.app, "updates")
        assert not running.app.updater.running


# ---- the admins' source changes ----------------------------------------------------------------


async def test_a_source_change_on_one_replica_reaches_the_others_schedule(store: Store) -> None:
    sources = [Source(name=n, url=f"http://127.0.0.1/{n}", interval=600) for n in ("s", "t")]
    here, there = SourceCatalog(sources, store), SourceCatalog(sources, store)
    await here.load()
    await there.load()
    changes: list[str] = []
    there.on_change = changes.append
    assert await there.reload() == [] and changes == []  # nothing changed: nothing rescheduled
    await here.set_paused("s", True)
    await here.set_interval("t", 120)
    await here.add(Source(name="u", url="http://127.0.0.1/u", interval=300), at=0.0)
    assert await there.reload() == ["s", "t", "u"] and changes == ["s", "t", "u"]
    assert there.is_paused("s") and there.get("t") == Source(name="t", url="http://127.0.0.1/t", interval=120)
    await here.remove("u")
    assert await there.reload() == ["u"] and there.get("u") is None


async def test_a_change_made_on_a_replica_that_had_not_seen_another_keeps_both(store: Store) -> None:
    sources = [Source(name="s", url="http://127.0.0.1/s", interval=600)]
    here, there = SourceCatalog(sources, store), SourceCatalog(sources, store)
    await here.load()
    await there.load()
    await here.set_paused("s", True)
    await there.set_interval("s", 300)  # before its next re-read: the pause is kept
    fresh = SourceCatalog(sources, store)
    await fresh.load()
    assert fresh.is_paused("s") and fresh.get("s") == Source(name="s", url="http://127.0.0.1/s",
                                                             interval=300)

