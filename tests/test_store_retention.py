"""Retention: old finished deliveries, digests, roundups and seen urls go; what is needed stays."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from bot.clock import ManualClock
from bot.models import Digest
from bot.store import DeliveryStatus, ItemKind, Target
from tests.auxil.stores import DIGEST, opened

DAY = 86400.0


async def test_prune_drops_old_finished_deliveries_but_keeps_pending_and_latest(tmp_path: Path) -> None:
    clock = ManualClock(0.0)
    async with opened(tmp_path / "bot.json", clock, retention_days=1) as store:
        await store.digests.add(DIGEST)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
        first = (await store.outbox.due())[0]
        await store.outbox.mark_sent(first.id)
        clock.set(3 * DAY)
        assert await store.prune() == 1
        assert [d.status for d in await store.outbox.deliveries()] == [DeliveryStatus.PENDING]
        assert await store.digests.newest(["s"]) == DIGEST


async def test_prune_forgets_seen_urls_no_longer_listed_but_keeps_those_still_listed(tmp_path: Path) -> None:
    clock = ManualClock(0.0)
    async with opened(tmp_path / "bot.json", clock, retention_days=1) as store:
        await store.sources.mark_seen("s", ["gone", "kept"])
        clock.set(2 * DAY)
        await store.sources.mark_seen("s", ["kept"])  # the listing still shows it
        await store.prune()
        assert await store.sources.unseen("s", ["gone", "kept"]) == ["gone"]


async def test_prune_drops_old_digests_and_roundups_nothing_needs(tmp_path: Path) -> None:
    clock = ManualClock(0.0)
    older = Digest(source="s", source_title="S", url="http://n.test/old", title="Old")
    held = Digest(source="s", source_title="S", url="http://n.test/held", title="Held")
    async with opened(tmp_path / "bot.json", clock, retention_days=1) as store:
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
