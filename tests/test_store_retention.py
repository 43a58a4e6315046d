"""Retention: old finished deliveries, digests, roundups and seen urls go; what is needed stays."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.models import ChatKind, Digest
from bot.store import DeliveryStatus, ItemKind, Target
from bot.store import engine as engine_module
from bot.store import outbox as outbox_module
from tests.auxil.stores import DIGEST, Place, opened

DAY = 86400.0


async def test_prune_drops_old_finished_deliveries_but_keeps_pending_and_latest(database: Place) -> None:
    clock = ManualClock(0.0)
    async with opened(database, clock, retention_days=1) as store:
        await store.digests.add(DIGEST)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
        first = (await store.outbox.due())[0]
        await store.outbox.mark_sent(first.id)
        clock.set(3 * DAY)
        assert await store.prune() == 1
        assert [d.status for d in await store.outbox.deliveries()] == [DeliveryStatus.PENDING]
        assert await store.digests.newest(["s"]) == DIGEST


async def test_prune_forgets_seen_urls_no_longer_listed_but_keeps_those_still_listed(database: Place) -> None:
    clock = ManualClock(0.0)
    async with opened(database, clock, retention_days=1) as store:
        await store.sources.mark_seen("s", ["gone", "kept"])
        clock.set(2 * DAY)
        await store.sources.mark_seen("s", ["kept"])  # the listing still shows it
        await store.prune()
        assert await store.sources.unseen("s", ["gone", "kept"]) == ["gone"]


async def test_prune_drops_old_digests_and_roundups_nothing_needs(database: Place) -> None:
    clock = ManualClock(0.0)
    older = Digest(source="s", source_title="S", url="http://n.test/old", title="Old")
    held = Digest(source="s", source_title="S", url="http://n.test/held", title="Held")
    async with opened(database, clock, retention_days=1) as store:
        for digest in (older, held, DIGEST):
            await store.digests.add(digest)
            clock.advance(1)
        await store.outbox.enqueue(ItemKind.DIGEST, held.key, [Target(-5)], held=True)
        slot = datetime(1970, 1, 1, 8, tzinfo=timezone.utc)
        key = await store.outbox.add_roundup(Target(-5), slot, (await store.outbox.held([-5]))[-5])
        assert key is not None
        clock.set(3 * DAY)
        # The roundup still waits to be sent: it, and the digest it renders, stay.
        assert await store.prune() == 2  # the merged delivery and the older digest
        assert await store.digests.get(held.key) == held and await store.digests.get(older.key) is None
        [roundup] = await store.outbox.due()
        await store.outbox.mark_sent(roundup.id)
        assert await store.prune() == 3  # its delivery, the roundup, the digest it rendered
        assert await store.outbox.roundup(key) is None
        assert await store.digests.newest(["s"]) == DIGEST  # the newest stays whatever its age


async def test_a_finished_delivery_goes_after_ten_minutes_and_is_still_counted_for_stats(database: Place) -> None:
    clock = ManualClock(10 * DAY)
    async with opened(database, clock) as store:
        await store.digests.add(DIGEST)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2), Target(3)])
        first, second, _third = await store.outbox.due()
        await store.outbox.mark_sent(first.id)
        await store.outbox.mark_sent(second.id)
        clock.advance(300)
        assert await store.prune() == 0  # five minutes: kept
        clock.advance(600)
        assert await store.prune() == 2
        assert [d.chat_id for d in await store.outbox.deliveries()] == [3]  # the pending one stays
        assert await store.outbox.sent_since(clock.now() - DAY) == 2  # counted though gone
        clock.advance(3600)
        assert await store.outbox.sent_since(clock.now() - 60) == 0  # counted to the hour
        clock.advance(40 * DAY)  # past the retention: the counts go too
        await store.prune()
        assert await store.outbox.sent_since(0.0) == 0


async def test_a_chat_gone_for_the_retention_period_is_forgotten_with_its_subscriptions(database: Place) -> None:
    clock = ManualClock(0.0)
    async with opened(database, clock, retention_days=2) as store:
        for chat in (1, 2):
            await store.chats.record(chat, kind=ChatKind.PRIVATE, title="")
            await store.subscriptions.subscribe(chat, "s")
        await store.chats.deactivate(1, "blocked")
        clock.set(1 * DAY)
        await store.prune()
        assert await store.chats.get(1) is not None  # gone a day: kept (it may come back)
        clock.set(3 * DAY)
        await store.prune()
        assert await store.chats.get(1) is None and await store.subscriptions.of_chat(1) == []
        assert await store.subscriptions.of_chat(2) == ["s"]


async def test_a_url_no_longer_listed_stays_seen_three_days_whatever_the_retention(database: Place) -> None:
    clock = ManualClock(0.0)
    async with opened(database, clock, retention_days=30) as store:
        await store.sources.mark_seen("s", ["gone", "kept"])
        clock.set(2 * DAY)
        await store.sources.mark_seen("s", ["kept"])
        await store.prune()
        assert await store.sources.unseen("s", ["gone", "kept"]) == []
        clock.set(4 * DAY)
        await store.prune()
        assert await store.sources.unseen("s", ["gone", "kept"]) == ["gone"]


async def test_prune_runs_in_steps_and_keeps_what_is_queued_and_sent_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_module, "PRUNE_STEP", 2)
    monkeypatch.setattr(engine_module, "JOURNAL_STEP", 2)
    clock = ManualClock(10 * DAY)
    async with opened(tmp_path / "bot.json", clock) as store:
        await store.digests.add(DIGEST)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in range(1, 8)])
        for delivery in await store.outbox.due():
            await store.outbox.mark_sent(delivery.id)
        clock.advance(3600)
        other = Digest(source="o", source_title="O", url="http://o.test/1", title="Other")
        await store.digests.add(other)
        pruning = asyncio.get_running_loop().create_task(store.prune())
        turns = 0
        while not pruning.done():  # the bot goes on while the outbox is pruned
            turns += 1
            if turns == 2:
                await store.outbox.enqueue(ItemKind.DIGEST, other.key, [Target(1), Target(2)])
            if turns == 4:
                await store.outbox.mark_sent((await store.outbox.due())[0].id)
            await asyncio.sleep(0)
        assert await pruning == 7
        assert turns >= 5  # 7 rows, 2 a step: the loop ran between the steps
        kept = await store.outbox.deliveries()
        assert [(d.key, d.status) for d in kept] == [
            (other.key, DeliveryStatus.SENT), (other.key, DeliveryStatus.PENDING)]
        assert await store.outbox.sent_since(0.0) == 8  # the 7 pruned are counted
        assert await store.digests.get(other.key) is not None
