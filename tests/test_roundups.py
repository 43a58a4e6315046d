"""Digest times over the store: held deliveries, roundups made once, kept across restarts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import DigestSettings
from bot.models import Digest
from bot.schedule import make_roundups, roundup_now
from bot.store import HELD, MERGED, PENDING, Store

PARIS = ZoneInfo("Europe/Paris")
CHAT = 1001
DEFAULTS = DigestSettings()


def at(*args: int) -> float:
    return datetime(*args, tzinfo=PARIS).timestamp()  # type: ignore[misc]


def _digest(n: int) -> Digest:
    return Digest(source="q", source_title="Q", url=f"http://q.test/{n}", title=f"Titre {n}")


_opened: list[Store] = []


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    while _opened:
        store = _opened.pop()
        if not store._journal.closed:
            store.close()


def _store(path: Path) -> Store:
    """Return the store in `path` (opened again after a close: a restart), closed after the test."""
    store = Store(path / "bot.json", clock=lambda: at(2026, 3, 2, 7, 0))
    _opened.append(store)
    return store


def _hold(store: Store, n: int, thread: int | None = None) -> None:
    digest = _digest(n)
    store.add_digest(digest)
    store.enqueue(digest.key, [(CHAT, thread)], status=HELD)


def _scheduled(store: Store, *times: str) -> None:
    store.update_chat_settings(CHAT, mode="times", times=list(times), roundup_at=at(2026, 3, 2, 7, 0))


def test_held_deliveries_are_never_due(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _hold(store, 1)
    assert store.due(now=at(2030, 1, 1, 0, 0)) == [] and store.pending_count() == 0


def test_a_roundup_is_made_once_at_the_chats_time_with_everything_held(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _scheduled(store, "08:00", "18:00")
    _hold(store, 1)
    _hold(store, 2)
    assert make_roundups(store, at(2026, 3, 2, 7, 59), DEFAULTS) == []
    (key,) = make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS)
    assert make_roundups(store, at(2026, 3, 2, 8, 1), DEFAULTS) == []
    slot, digests = store.roundup(key)  # type: ignore[misc]
    assert [d.title for d in digests] == ["Titre 1", "Titre 2"]
    assert datetime.fromisoformat(slot) == datetime(2026, 3, 2, 8, 0, tzinfo=PARIS)
    (delivery,) = store.due(now=at(2026, 3, 2, 8, 1))
    assert delivery.digest_key == key and delivery.chat_id == CHAT
    assert {r["status"] for r in store.deliveries(chat_id=CHAT) if r["digest"] != key} == {MERGED}


def test_no_roundup_is_made_when_nothing_was_held(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _scheduled(store, "08:00")
    assert make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS) == []
    _hold(store, 1)  # arrives after 08:00: waits for tomorrow's
    assert make_roundups(store, at(2026, 3, 2, 9, 0), DEFAULTS) == []
    assert len(make_roundups(store, at(2026, 3, 3, 8, 0), DEFAULTS)) == 1


def test_a_restart_loses_no_held_delivery_and_makes_no_roundup_twice(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _scheduled(store, "08:00")
    _hold(store, 1)
    store.close()
    store = _store(tmp_path)
    _hold(store, 1)  # the same digest again for the same chat: not held twice
    (key,) = make_roundups(store, at(2026, 3, 2, 9, 30), DEFAULTS)  # late: the bot was down at 08:00
    store.close()
    store = _store(tmp_path)
    assert make_roundups(store, at(2026, 3, 2, 9, 31), DEFAULTS) == []
    assert [d.digest_key for d in store.due(now=at(2026, 3, 2, 9, 31))] == [key]
    assert len(store.roundup(key)[1]) == 1  # type: ignore[index]


def test_each_forum_topic_gets_its_own_roundup(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _hold(store, 1, thread=7)
    _hold(store, 2, thread=9)
    keys = roundup_now(store, CHAT, datetime(2026, 3, 2, 8, 0, tzinfo=PARIS))
    assert len(keys) == 2
    assert sorted(d.thread_id or 0 for d in store.due(now=at(2026, 3, 2, 8, 1))) == [7, 9]


def test_held_rows_survive_retention_and_move_with_a_migrated_chat(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _hold(store, 1)
    store.prune(now=at(2027, 1, 1, 0, 0))
    store.migrate_chat(CHAT, -100999)
    assert list(store.held([-100999])) == [-100999]


def test_an_inactive_chat_gets_no_roundup(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _scheduled(store, "08:00")
    _hold(store, 1)
    store.deactivate_chat(CHAT, "blocked")
    assert make_roundups(store, at(2026, 3, 2, 8, 0), DEFAULTS) == []
    assert not [r for r in store.deliveries(chat_id=CHAT) if r["status"] == PENDING]
