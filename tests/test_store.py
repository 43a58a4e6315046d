"""The store: subscriptions, seen entries, digests, the outbox, atomic files, a damaged file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.models import Digest, Headline
from bot.store import PENDING, SENT, Store, StoreError

DIGEST = Digest(source="s", source_title="S", url="http://n.test/1", title="T",
                related=(Headline("R", "http://n.test/r"),))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Yield a store in a temp folder, closed after the test."""
    opened = Store(tmp_path / "bot.json")
    yield opened
    opened.close()


def test_subscriptions_survive_a_reopen(tmp_path: Path, store: Store) -> None:
    store.subscribe(1, "a")
    store.subscribe(1, "b", thread_id=7)
    assert store.subscribe(1, "a") is False
    store.flush()
    again = Store(tmp_path / "bot.json")
    try:
        assert again.subscriptions(1) == ["a", "b"]
        assert again.subscribers("b") == [(1, 7)]
    finally:
        again.close()


def test_unsubscribe_without_a_name_removes_all(store: Store) -> None:
    store.subscribe(1, "a")
    store.subscribe(1, "b")
    assert store.unsubscribe(1) == ["a", "b"]
    assert store.subscriptions(1) == []


def test_seen_entries_are_bounded_per_source(tmp_path: Path) -> None:
    clock = iter(range(10_000))
    store = Store(tmp_path / "bot.json", seen_limit=5, clock=lambda: float(next(clock)))
    try:
        for n in range(8):
            store.mark_seen("s", [f"u{n}"])
        assert store.unseen("s", [f"u{n}" for n in range(8)]) == ["u0", "u1", "u2"]
    finally:
        store.close()


def test_first_poll_primes_the_source(store: Store) -> None:
    assert not store.is_primed("s")
    store.mark_seen("s", [])
    assert store.is_primed("s")


def test_a_digest_is_queued_once_per_chat(store: Store) -> None:
    store.add_digest(DIGEST)
    assert store.enqueue(DIGEST.key, [(1, None), (2, None)]) == 2
    assert store.enqueue(DIGEST.key, [(1, None), (3, None)]) == 1
    assert sorted(d.chat_id for d in store.due()) == [1, 2, 3]
    assert store.digest(DIGEST.key) == DIGEST


def test_writes_go_through_a_temp_file_and_leave_valid_json(tmp_path: Path, store: Store) -> None:
    store.subscribe(1, "a")
    store.flush()
    assert json.loads((tmp_path / "bot.json").read_text())["subscriptions"]
    assert not (tmp_path / "bot.json.tmp").exists()


def test_a_sent_mark_survives_a_crash_before_the_flush(tmp_path: Path, store: Store) -> None:
    store.add_digest(DIGEST)
    store.enqueue(DIGEST.key, [(1, None), (2, None)])
    store.flush()
    first = store.due()[0]
    store.mark_sent(first.id, 99)
    store._close_files()  # the process dies: no flush
    again = Store(tmp_path / "bot.json")
    try:
        rows = {r["chat_id"]: r for r in again.deliveries()}
        assert rows[first.chat_id]["status"] == SENT and rows[first.chat_id]["message_id"] == 99
        assert [d.chat_id for d in again.due()] == [c for c in (1, 2) if c != first.chat_id]
        assert rows[2 if first.chat_id == 1 else 1]["status"] == PENDING
    finally:
        again.close()


@pytest.mark.parametrize("damage", [b'{"chats": {"1": {"chat_id"', b"\x00\x00\x00", b"[1, 2]"])
def test_a_damaged_database_is_refused_and_left_as_it_was(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "bot.json"
    path.write_bytes(damage)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert str(path) in str(caught.value) and "left as it was" in str(caught.value)
    assert path.read_bytes() == damage


def test_a_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.json"
    store = Store(path)
    for chat in range(50):
        store.subscribe(chat, "a")
    store.close()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StoreError, match="damaged"):
        Store(path)
    assert len(path.read_bytes()) == len(whole) // 2


def test_prune_drops_old_finished_deliveries_but_keeps_pending_and_latest(tmp_path: Path) -> None:
    now = [0.0]
    store = Store(tmp_path / "bot.json", retention_days=1, clock=lambda: now[0])
    try:
        store.add_digest(DIGEST)
        store.enqueue(DIGEST.key, [(1, None), (2, None)])
        first = store.due()[0]
        store.mark_sent(first.id)
        now[0] = 3 * 86400.0
        assert store.prune() == 1
        assert [r["status"] for r in store.deliveries()] == [PENDING]
        assert store.latest_digest("s") == DIGEST
    finally:
        store.close()


def test_a_migrated_chat_keeps_its_subscriptions_and_pending_deliveries(store: Store) -> None:
    store.subscribe(-5, "s")
    store.add_digest(DIGEST)
    store.enqueue(DIGEST.key, [(-5, None)])
    store.migrate_chat(-5, -1005)
    assert store.subscriptions(-1005) == ["s"]
    assert [d.chat_id for d in store.due()] == [-1005]


def test_prune_forgets_seen_urls_no_longer_listed_but_keeps_those_still_listed(tmp_path: Path) -> None:
    now = [0.0]
    store = Store(tmp_path / "bot.json", retention_days=1, clock=lambda: now[0])
    try:
        store.mark_seen("s", ["gone", "kept"])
        now[0] = 2 * 86400.0
        store.mark_seen("s", ["kept"])  # the listing still shows it
        store.prune()
        assert store.unseen("s", ["gone", "kept"]) == ["gone"]
    finally:
        store.close()


def test_marks_in_both_journals_after_a_crash_mid_flush_are_all_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "bot.json")
    store.add_digest(DIGEST)
    store.enqueue(DIGEST.key, [(1, None), (2, None), (3, None)])
    store.flush()
    first, second, _third = store.due()
    store.mark_sent(first.id, 10)
    store._snapshot(fold=True)  # a fold began: new marks go to the other journal...
    store.mark_sent(second.id, 11)
    store._close_files()  # ...and the process died before the file was written
    again = Store(tmp_path / "bot.json")
    try:
        assert {r["chat_id"]: r["status"] for r in again.deliveries()} == {1: SENT, 2: SENT, 3: PENDING}
        assert all(p.read_text() == "" for p in again.journal_paths)  # folded at start
    finally:
        again.close()


def test_every_change_reaches_the_file_though_unchanged_tables_are_not_serialized_again(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "bot.json")
    store.subscribe(1, "a")
    store.add_digest(DIGEST)
    store.enqueue(DIGEST.key, [(1, None), (2, None)])
    store.flush()  # every table's JSON is made once here
    store.subscribe(2, "a")  # a TinyDB change: a new dict for the table
    first = store.due()[0]
    store.mark_sent(first.id, 7)
    store.flush(fold=True)  # an in-place change of the outbox
    store.mark_sent(store.due()[0].id, 8)
    store.flush(fold=True)
    store.close()
    again = Store(tmp_path / "bot.json")
    try:
        assert again.subscribers("a") == [(1, None), (2, None)]
        assert [r["message_id"] for r in again.deliveries()] == [7, 8]
        assert again.latest_digest("s") == DIGEST
    finally:
        again.close()
