"""The engine: atomic writes, the journal over crashes, damaged files refused, the background writer."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.store import DeliveryStatus, ItemKind, StoreError, StoreWriteError, Target, TinyDBStore
from bot.store import engine as engine_module
from tests.auxil.stores import DIGEST, open_at, opened


async def test_writes_go_through_a_temp_file_and_leave_valid_json(tmp_path: Path) -> None:
    async with opened(tmp_path / "bot.json") as store:
        await store.subscriptions.subscribe(1, "a")
        await store.sync()
        tables = json.loads((tmp_path / "bot.json").read_text())
        assert tables["subscriptions"] and tables["meta"]["1"]["schema"] == 2
        assert not (tmp_path / "bot.json.tmp").exists()


async def test_the_background_writer_writes_a_change_nobody_flushed(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json")
    try:
        await store.start()
        await store.subscriptions.subscribe(1, "a")
        for _ in range(60):  # within a couple of seconds
            if (tmp_path / "bot.json").exists() and "subscriptions" in (tmp_path / "bot.json").read_text():
                break
            await asyncio.sleep(0.05)
        rows = json.loads((tmp_path / "bot.json").read_text())["subscriptions"].values()
        assert [row["source"] for row in rows] == ["a"]
    finally:
        await store.close()


async def test_the_background_writer_coalesces_changes_into_few_writes(tmp_path: Path) -> None:
    async with opened(tmp_path / "bot.json") as store:
        await store.start()
        for chat in range(50):
            await store.subscriptions.subscribe(chat, "a")
            await asyncio.sleep(0.01)  # half a second of changes, a turn of the loop each
        await asyncio.sleep(0.1)
        assert store.write_stats.writes <= 2


async def test_a_closed_store_closes_again_without_a_word(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json")
    await store.start()
    await store.close()
    await store.close()
    assert all(path.read_text() == "" for path in store.engine.journal_paths)


@pytest.mark.parametrize("damage", [b'{"chats": {"1": {"chat_id"', b"\x00\x00\x00", b"[1, 2]", b"",
                                    b'{"meta": {"1": {"schema": 99}}}'])
def test_a_damaged_database_is_refused_and_left_as_it_was(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "bot.json"
    path.write_bytes(damage)
    with pytest.raises(StoreError) as caught:
        open_at(path)
    assert str(path) in str(caught.value) and "left as it was" in str(caught.value)
    assert path.read_bytes() == damage


async def test_a_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.json"
    async with opened(path) as store:
        for chat in range(50):
            await store.subscriptions.subscribe(chat, "a")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StoreError, match="damaged"):
        open_at(path)
    assert len(path.read_bytes()) == len(whole) // 2


async def test_marks_in_both_journals_after_a_crash_mid_write_are_all_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_at(tmp_path / "bot.json")
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2), Target(3)])
    first, second, _third = await store.outbox.due()
    await store.outbox.mark_sent(first.id, 10)

    def dies(*_args: object) -> None:
        raise OSError("killed before the file was in place")

    monkeypatch.setattr(engine_module.os, "replace", dies)
    with pytest.raises(StoreWriteError):
        await store.engine.write(fold=True)  # a fold began: new marks go to the other journal...
    monkeypatch.undo()
    await store.outbox.mark_sent(second.id, 11)
    store.abandon()  # ...and the process died before any file was written
    async with opened(tmp_path / "bot.json") as again:
        statuses = {d.chat_id: d.status.value for d in await again.outbox.deliveries()}
        assert statuses == {1: "sent", 2: "sent", 3: "pending"}
        assert all(p.read_text() == "" for p in again.engine.journal_paths)  # folded at start


async def test_every_change_reaches_the_file_though_unchanged_tables_are_not_serialized_again(
    tmp_path: Path,
) -> None:
    store = open_at(tmp_path / "bot.json")
    await store.subscriptions.subscribe(1, "a")
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])  # writes every table
    serialized = store.write_stats.serialize_seconds
    await store.subscriptions.subscribe(2, "a")  # a TinyDB change of one table
    await store.outbox.mark_sent((await store.outbox.due())[0].id, 7)
    await store.engine.write(fold=True)  # an in-place change of the outbox
    await store.outbox.mark_sent((await store.outbox.due())[0].id, 8)
    await store.engine.write(fold=True)
    assert store.write_stats.serialize_seconds > serialized
    await store.close()
    async with opened(tmp_path / "bot.json") as again:
        assert await again.subscriptions.subscribers("a") == [Target(1), Target(2)]
        assert [d.message_id for d in await again.outbox.deliveries()] == [7, 8]
        assert await again.digests.newest(["s"]) == DIGEST


async def test_a_table_unchanged_since_the_last_write_is_reused_as_text(tmp_path: Path) -> None:
    store = open_at(tmp_path / "bot.json", ManualClock(0.0))
    try:
        await store.subscriptions.subscribe(1, "a")
        await store.digests.add(DIGEST)
        await store.sync()
        cached = dict(store.engine._json)  # the JSON made of every table
        await store.subscriptions.subscribe(2, "a")
        await store.sync()
        assert store.engine._json["digests"] is cached["digests"]  # not made again
        assert store.engine._json["subscriptions"] is not cached["subscriptions"]
    finally:
        await store.close()


async def test_a_long_journal_is_folded_by_a_routine_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store: TinyDBStore = open_at(tmp_path / "bot.json")

    def journal_lines() -> int:
        return sum(len(p.read_text().splitlines()) for p in store.engine.journal_paths)

    try:
        monkeypatch.setattr(store.engine, "fold_at", 3)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(n) for n in range(4)])
        assert journal_lines() == 1  # the queued rows: durable as one line, before any write
        await store.sync()
        assert journal_lines() == 0  # added rows are folded into the file by the next write
        for delivery in (await store.outbox.due())[:2]:
            await store.outbox.mark_sent(delivery.id)
        await store.sync()
        assert journal_lines() == 2  # short: kept
        await store.outbox.mark_sent((await store.outbox.due())[0].id)
        await store.engine.write()
        assert journal_lines() == 0
        tables = json.loads((tmp_path / "bot.json").read_text())
        assert [r["status"] for r in tables["deliveries"].values()].count("sent") == 3
    finally:
        await store.close()


async def test_the_database_file_is_tinydbs_own_layout(tmp_path: Path) -> None:
    from tinydb import TinyDB

    store = open_at(tmp_path / "bot.json")
    await store.subscriptions.subscribe(1, "lemonde", thread_id=7)
    await store.close()
    with TinyDB(tmp_path / "bot.json") as db:  # TinyDB's own JSONStorage reads what the store wrote
        assert [dict(row) for row in db.table("subscriptions").all()] == [
            {"chat_id": 1, "source": "lemonde", "thread_id": 7, "since": pytest.approx(time.time(), abs=60)}]


async def test_rows_of_any_size_are_written_a_slice_at_a_time_and_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SLICE_SECONDS", 0.0)  # every slice over its time: one row each
    store = open_at(tmp_path / "bot.json", ManualClock(0.0))
    await store.sources.mark_seen("big", [f"http://n.test/{n}" for n in range(500)])  # one large row
    for chat in range(1, engine_module.FIRST_SLICE_ROWS + 11):
        await store.subscriptions.subscribe(chat, "big")
    slices = list(store.engine._slices(store.engine._snapshot(fold=False)[0]))
    assert all(isinstance(piece, bytes) for piece in slices)
    start = slices.index(b',"subscriptions":{') + 1
    # The first slice's rows, then one row a slice: each slice took longer than its aim.
    assert len(slices[start : slices.index(b"}", start)]) == 1 + 10
    assert json.loads(b"".join(slices)) == store.engine._storage.data  # the same layout, whole
    await store.close()
    async with opened(tmp_path / "bot.json") as again:
        assert len(await again.sources.unseen("big", [f"http://n.test/{n}" for n in range(501)])) == 1
        assert len(await again.subscriptions.subscribers("big")) == engine_module.FIRST_SLICE_ROWS + 10


async def test_a_long_journal_is_applied_in_steps_the_loop_running_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "JOURNAL_STEP", 2)
    store = open_at(tmp_path / "bot.json")
    turns = 0

    async def count_turns() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    try:
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(n) for n in range(7)])
        for delivery in await store.outbox.due():
            await store.outbox.mark_sent(delivery.id, delivery.chat_id)
        counter = asyncio.get_running_loop().create_task(count_turns())
        await asyncio.sleep(0)
        turns = 0
        await store.engine.apply_journal_in_steps()
        counter.cancel()
        assert turns >= 3  # 7 marks, 2 a step: the loop ran between the steps
        assert not store.engine.journaled("deliveries")
        rows = store.engine.rows("deliveries").values()
        assert sorted(row["message_id"] for row in rows) == list(range(7))  # every mark in the table
        assert await store.outbox.due() == []
        store.abandon()  # killed before a fold: the journal still holds every mark
        async with opened(tmp_path / "bot.json") as again:
            assert len(await again.outbox.deliveries(status=DeliveryStatus.SENT)) == 7
    finally:
        store.abandon()


def _file_is_the_whole_serialization(engine: engine_module.Engine) -> bool:
    return engine.path.read_bytes() == engine_module.dump_tables(engine._storage.data)


async def test_a_write_reusing_rows_json_equals_the_whole_serialization_after_every_kind_of_change(
    tmp_path: Path,
) -> None:
    engine = engine_module.Engine(tmp_path / "bot.json", clock=ManualClock(0.0))
    try:
        ids = engine.insert_many("t", [{"n": n, "text": f"r\u00e9ponse {n}"} for n in range(300)])
        engine.insert("u", {"odd": "\ud800 a lone surrogate"})
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
        texts = engine._json["t"].texts
        engine.insert_many("t", [{"n": 1000}, {"n": 1001}])
        engine.update("t", ids[5:8], {"text": "changed"})
        engine.remove("t", ids[10:20])
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
        assert engine._json["t"].texts[str(ids[0])] is texts[str(ids[0])]  # unchanged: reused, not made again
        assert engine._json["t"].texts[str(ids[5])] is not texts[str(ids[5])]
        engine.update("t", [ids[30]], {})  # replaced by an equal row, a new object
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
        engine.rows("t")[str(ids[40])]["text"] = "changed in place"  # the same object, other values
        engine.mark_changed_in_place("t")
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
        assert json.loads(engine.path.read_bytes())["t"][str(ids[40])]["text"] == "changed in place"
        engine.remove("u", [1])
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
    finally:
        await engine.close()


async def test_a_row_changed_in_place_or_replaced_during_a_write_is_serialized_again_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SLICE_SECONDS", 0.0)  # one row a slice: the test can stop between
    engine = engine_module.Engine(tmp_path / "bot.json", clock=ManualClock(0.0))
    try:
        ids = engine.insert_many("t", [{"n": n} for n in range(engine_module.FIRST_SLICE_ROWS + 20)])
        await engine.write()
        engine.update("t", [ids[0]], {"n": -1})
        slices = engine._slices(engine._snapshot(fold=False)[0])
        for _ in range(6):  # "{", the meta table's four pieces, then the first slice of "t"
            next(slices)
        engine.update("t", [ids[1]], {"n": "replaced meanwhile"})
        list(slices)
        assert engine._json["t"].version == -1  # its texts are for the snapshot's rows, not today's
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
        engine.update("t", [ids[2]], {"n": -2})
        slices = engine._slices(engine._snapshot(fold=False)[0])
        for _ in range(6):
            next(slices)
        engine.rows("t")[str(ids[3])]["n"] = "changed in place meanwhile"
        engine.mark_changed_in_place("t")
        list(slices)
        assert "t" not in engine._json  # no JSON kept that the change in place may have made stale
        await engine.write()
        assert _file_is_the_whole_serialization(engine)
    finally:
        await engine.close()


async def test_the_rows_json_kept_holds_no_entry_for_a_removed_row(tmp_path: Path) -> None:
    engine = engine_module.Engine(tmp_path / "bot.json", clock=ManualClock(0.0))
    try:
        ids = engine.insert_many("t", [{"n": n} for n in range(1000)])
        await engine.write()
        for round_ in range(5):  # rows come and go: what is kept follows the table, it never grows
            engine.remove("t", ids[:100])
            ids = ids[100:] + engine.insert_many("t", [{"n": round_}] * 100)
            await engine.write()
            kept = engine._json["t"]
            assert set(kept.texts) == set(kept.rows) == {str(i) for i in ids}
        assert _file_is_the_whole_serialization(engine)
    finally:
        await engine.close()
