"""The outbox: queued once per chat, durable on return, due in order, sent marks, roundups."""

from __future__ import annotations

import errno
import json
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.models import ChatKind, Digest
from bot.store import DeliveryStatus, ItemKind, Roundup, Store, StoreWriteError, Target, TinyDBStore
from bot.store import engine as engine_module
from tests.auxil.stores import DIGEST, Place, crash, is_tinydb, open_at, opened

OTHER = Digest(source="o", source_title="O", url="http://o.test/1", title="Other")
SLOT = datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc)


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store on a clock at 1000 s, closed after the test."""
    async with opened(database, ManualClock(1000.0)) as opened_store:
        yield opened_store


async def test_a_digest_is_queued_once_per_chat(store: Store) -> None:
    await store.digests.add(DIGEST)
    assert await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)]) == 2
    assert await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(3)]) == 1
    assert sorted(d.chat_id for d in await store.outbox.due()) == [1, 2, 3]
    assert await store.digests.get(DIGEST.key) == DIGEST


async def test_enqueue_is_on_disk_when_it_returns(database: Place, store: Store) -> None:
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1, 5)])
    await crash(store)  # the process dies here: only what is on disk is left
    reader = open_at(database)  # another store reads the file as it is now
    try:
        [delivery] = await reader.outbox.due()
        assert (delivery.kind, delivery.key, delivery.target) == (ItemKind.DIGEST, DIGEST.key, Target(1, 5))
    finally:
        await crash(reader)


async def test_a_sent_mark_survives_a_crash_before_any_write(database: Place, store: Store) -> None:
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    first = (await store.outbox.due())[0]
    await store.outbox.mark_sent(first.id, 99)
    await crash(store)  # the process dies: nothing more is written
    async with opened(database) as again:
        rows = {d.chat_id: d for d in await again.outbox.deliveries()}
        assert rows[first.chat_id].status is DeliveryStatus.SENT and rows[first.chat_id].message_id == 99
        other = 2 if first.chat_id == 1 else 1
        assert [d.chat_id for d in await again.outbox.due()] == [other]
        assert rows[other].status is DeliveryStatus.PENDING


async def test_a_sent_delivery_is_neither_due_nor_pending(store: Store) -> None:
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    first, second = await store.outbox.due()
    await store.outbox.mark_sent(first.id, 7)
    assert [d.id for d in await store.outbox.due()] == [second.id]
    assert await store.outbox.pending_count() == 1
    assert await store.outbox.sent_since(1000.0) == 1
    [sent] = await store.outbox.deliveries(status=DeliveryStatus.SENT)
    assert (sent.id, sent.message_id, sent.sent_at) == (first.id, 7, 1000.0)


async def test_a_chat_in_backoff_waits_whole_and_next_due_says_until_when(store: Store) -> None:
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    await store.outbox.enqueue(ItemKind.DIGEST, OTHER.key, [Target(1)])
    first = (await store.outbox.due())[0]
    await store.outbox.mark_retry(first.id, 1060.0, "429")
    assert [(d.chat_id, d.key) for d in await store.outbox.due()] == [(2, DIGEST.key)]
    [retried] = [d for d in await store.outbox.deliveries(chat_id=1) if d.id == first.id]
    assert (retried.attempts, retried.next_try, retried.error) == (1, 1060.0, "429")
    assert await store.outbox.next_due() == 1000.0
    assert [d.chat_id for d in await store.outbox.due(now=1060.0)] == [1, 2, 1]


async def test_a_failed_delivery_keeps_its_reason_and_is_not_due(store: Store) -> None:
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1)])
    [delivery] = await store.outbox.due()
    await store.outbox.mark_failed(delivery.id, "Bad Request: chat not found")
    assert await store.outbox.due() == [] and await store.outbox.next_due() is None
    [failed] = await store.outbox.deliveries(status=DeliveryStatus.FAILED)
    assert failed.error == "Bad Request: chat not found"


async def test_held_deliveries_become_one_roundup_delivery_of_kind_roundup(store: Store) -> None:
    for digest in (DIGEST, OTHER):
        await store.digests.add(digest)
        await store.outbox.enqueue(ItemKind.DIGEST, digest.key, [Target(-5, 3)], held=True)
    assert await store.outbox.due() == []
    held = (await store.outbox.held([-5]))[-5]
    assert [d.key for d in held] == [DIGEST.key, OTHER.key]
    assert all(d.status is DeliveryStatus.HELD for d in held)
    key = await store.outbox.add_roundup(Target(-5, 3), SLOT, held)
    assert key is not None and not key.startswith("roundup:")
    assert await store.outbox.add_roundup(Target(-5, 3), SLOT, held) is None  # made once
    [due] = await store.outbox.due()
    assert (due.kind, due.key, due.target) == (ItemKind.ROUNDUP, key, Target(-5, 3))
    assert await store.outbox.roundup(key) == Roundup(key, -5, 3, SLOT, (DIGEST.key, OTHER.key))
    assert await store.outbox.held([-5]) == {}
    merged = await store.outbox.deliveries(status=DeliveryStatus.MERGED)
    assert [d.kind for d in merged] == [ItemKind.DIGEST, ItemKind.DIGEST]


async def test_a_roundup_is_durable_when_add_roundup_returns(database: Place, store: Store) -> None:
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-5)], held=True)
    key = await store.outbox.add_roundup(Target(-5), SLOT, (await store.outbox.held([-5]))[-5])
    await crash(store)  # the process dies: only what is durable is left
    async with opened(database) as again:
        assert (await again.outbox.roundup(key or "")) is not None
        assert {(d.kind, d.status) for d in await again.outbox.deliveries()} == {
            (ItemKind.DIGEST, DeliveryStatus.MERGED), (ItemKind.ROUNDUP, DeliveryStatus.PENDING),
        }


async def test_a_roundup_is_in_the_tinydb_file_when_add_roundup_returns(tmp_path: Path) -> None:
    async with opened(tmp_path / "bot.json") as store:  # the file itself, not its journal
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-5)], held=True)
        key = await store.outbox.add_roundup(Target(-5), SLOT, (await store.outbox.held([-5]))[-5])
        tables = json.loads((tmp_path / "bot.json").read_text())
        assert [r["key"] for r in tables["roundups"].values()] == [key]
        assert {(r["kind"], r["status"]) for r in tables["deliveries"].values()} == {
            ("digest", "merged"), ("roundup", "pending"),
        }


async def test_a_digest_and_its_queued_rows_survive_a_kill_before_any_write(database: Place) -> None:
    store = open_at(database)
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    if is_tinydb(database):
        assert not database.exists()  # type: ignore[union-attr]  # no write of the file was needed: one line each
    await crash(store)
    again = open_at(database)
    try:
        assert await again.digests.get(DIGEST.key) == DIGEST
        assert sorted(d.chat_id for d in await again.outbox.due()) == [1, 2]
        assert await again.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1)]) == 0  # queued once
    finally:
        await again.close()


async def test_a_sent_row_pruned_before_any_write_never_comes_back_pending(database: Place) -> None:
    clock = ManualClock(0.0)
    store = open_at(database, clock)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1)])
    [delivery] = await store.outbox.due()
    await store.outbox.mark_sent(delivery.id, 7)
    clock.advance(7200)
    await store.prune()
    await crash(store)  # killed before the prune reached the file: the journal has the row and its mark
    again = open_at(database, clock)
    try:
        assert await again.outbox.due() == []
        assert [d.status for d in await again.outbox.deliveries()] in ([], [DeliveryStatus.SENT])
    finally:
        await again.close()


async def test_a_row_already_in_the_file_is_not_replaced_by_the_line_that_added_it(tmp_path: Path) -> None:
    row = {"kind": "digest", "key": DIGEST.key, "chat_id": 1, "status": "failed", "created": 1.0,
           "next_try": 1.0, "attempts": 3, "error": "400"}
    (tmp_path / "bot.json").write_text(json.dumps({"meta": {"1": {"schema": 2}}, "deliveries": {"1": row}}))
    added = {**row, "status": "pending", "attempts": 0, "error": None}
    (tmp_path / "bot.json.journal").write_text(json.dumps({"t": "deliveries", "ins": {"1": added}}) + "\n")
    store = open_at(tmp_path / "bot.json")
    try:
        [delivery] = await store.outbox.deliveries()
        assert delivery.status is DeliveryStatus.FAILED and delivery.attempts == 3
    finally:
        await store.close()


async def test_due_follows_every_change_of_a_pending_delivery_also_after_reopening(tmp_path: Path) -> None:
    clock = ManualClock(1000.0)
    store = open_at(tmp_path / "bot.json", clock)
    for chat in (1, 2, 3, 4, 5):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title="")
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in (1, 2, 3, 4, 5)])
    by_chat = {d.chat_id: d for d in await store.outbox.due()}
    await store.outbox.mark_sent(by_chat[1].id, 11)
    await store.outbox.mark_failed(by_chat[2].id, "too long")
    await store.chats.deactivate(3, "blocked")  # its waiting delivery is dropped
    await store.chats.migrate(4, 40)  # its waiting delivery moves with it
    await store.outbox.mark_retry(by_chat[5].id, 1000.0, "timed out")  # still pending
    assert sorted(d.chat_id for d in await store.outbox.due()) == [5, 40]
    assert await store.outbox.pending_count() == 2
    await store.close()
    async with opened(tmp_path / "bot.json", clock) as again:
        assert sorted(d.chat_id for d in await again.outbox.due()) == [5, 40]
        await again.outbox.enqueue(ItemKind.DIGEST, OTHER.key, [Target(6)], held=True)
        assert sorted(d.chat_id for d in await again.outbox.due()) == [5, 40]  # held: never due


async def test_rows_queued_while_the_disk_refuses_the_line_are_due_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with opened(tmp_path / "bot.json", ManualClock(1000.0)) as store:
        await store.digests.add(DIGEST)

        def refuse(*_args: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(engine_module.os, "write", refuse)
            with pytest.raises(StoreWriteError):
                await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
        assert [d.chat_id for d in await store.outbox.due()] == [1, 2]  # in memory, the line written later
        assert await store.can_write()
