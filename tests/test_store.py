"""The store as callers get it: open_store gives a Store whose every method returns typed rows."""

from __future__ import annotations

import dataclasses
import enum
import inspect
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.models import ChatKind
from bot.store import (
    ChatSettings,
    ItemKind,
    SourceRecord,
    SourceState,
    Store,
    PostgresStore,
    Target,
    TinyDBStore,
    open_store,
)
from bot.store import api
from tests.auxil.stores import DIGEST

SLOT = datetime(2024, 5, 1, 8, tzinfo=timezone.utc)
SCALARS = (str, int, float, bool, type(None), datetime)


def _typed(value: Any) -> bool:
    """Return whether a value holds rows, enums and scalars only: no raw row, no TinyDB Document."""
    if isinstance(value, dict):
        # A mapping only ever goes from ids or names to rows (or lists of rows), never field -> value.
        return all(isinstance(k, (int, str)) and not isinstance(v, SCALARS) and _typed(v)
                   for k, v in value.items())
    if isinstance(value, (list, tuple)) and not dataclasses.is_dataclass(value):
        return all(_typed(v) for v in value)
    if dataclasses.is_dataclass(value):
        return all(_typed(getattr(value, f.name)) for f in dataclasses.fields(value))
    return isinstance(value, (*SCALARS, enum.Enum))


async def _call_everything(store: Store) -> dict[str, Any]:
    """Call every method of every repository once, on data that makes each answer non-empty."""
    got: dict[str, Any] = {}
    got["chats.record"] = await store.chats.record(1, kind=ChatKind.PRIVATE, title="A")
    got["chats.save_settings"] = await store.chats.save_settings(-5, ChatSettings(times=("08:00",)))
    got["chats.set_roundup_at"] = await store.chats.set_roundup_at(-5, 1.0)
    got["subscriptions.subscribe"] = await store.subscriptions.subscribe(1, "s", thread_id=2)
    await store.subscriptions.subscribe(-5, "s")
    got["digests.add"] = await store.digests.add(DIGEST)
    got["outbox.enqueue"] = await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1, 2)])
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-5)], held=True)
    got["outbox.held"] = held = await store.outbox.held([-5])
    got["outbox.add_roundup"] = key = await store.outbox.add_roundup(Target(-5), SLOT, held[-5])
    assert key is not None
    got["outbox.roundup"] = await store.outbox.roundup(key)
    got["outbox.due"] = due = await store.outbox.due()
    got["outbox.next_due"] = await store.outbox.next_due()
    got["outbox.pending_count"] = await store.outbox.pending_count()
    got["outbox.mark_sent"] = await store.outbox.mark_sent(due[0].id, 3)
    got["outbox.mark_retry"] = await store.outbox.mark_retry(due[1].id, 5.0, "429")
    got["outbox.deliveries"] = await store.outbox.deliveries()
    got["outbox.sent_since"] = await store.outbox.sent_since(0.0)
    got["outbox.mark_failed"] = await store.outbox.mark_failed(due[1].id, "gone")
    got["sources.mark_seen"] = await store.sources.mark_seen("s", ["u"])
    got["sources.unseen"] = await store.sources.unseen("s", ["u", "v"])
    got["sources.save_state"] = await store.sources.save_state(SourceState(name="s", failures=1))
    got["sources.state"] = await store.sources.state("s")
    got["sources.save_record"] = await store.sources.save_record(SourceRecord(name="s", paused=True))
    got["sources.records"] = await store.sources.records()
    got["chats.get"] = await store.chats.get(1)
    got["chats.many"] = await store.chats.many([1, -5])
    got["chats.scheduled"] = await store.chats.scheduled()
    got["chats.counts"] = await store.chats.counts()
    got["subscriptions.of_chat"] = await store.subscriptions.of_chat(1)
    got["subscriptions.subscribers"] = await store.subscriptions.subscribers("s")
    got["subscriptions.active_count"] = await store.subscriptions.active_count(["s"])
    got["digests.get"] = await store.digests.get(DIGEST.key)
    got["digests.newest"] = await store.digests.newest(["s"])
    got["digests.count_since"] = await store.digests.count_since(0.0)
    got["chats.migrate"] = await store.chats.migrate(-5, -1005)
    got["chats.deactivate"] = await store.chats.deactivate(1, "blocked")
    got["subscriptions.unsubscribe"] = await store.subscriptions.unsubscribe(-1005)
    got["subscriptions.remove_source"] = await store.subscriptions.remove_source("s")
    got["sources.forget"] = await store.sources.forget("s")
    return got


async def test_every_public_method_returns_typed_rows_never_raw_ones(database: Path | str) -> None:
    store = open_store(database, clock=ManualClock(10.0))
    try:
        got = await _call_everything(store)
    finally:
        await store.close()
    protocols = {"chats": api.Chats, "subscriptions": api.Subscriptions, "sources": api.Sources,
                 "digests": api.Digests, "outbox": api.Outbox}
    every = {f"{repo}.{name}" for repo, protocol in protocols.items()
             for name, _ in inspect.getmembers(protocol, inspect.isfunction) if not name.startswith("_")}
    assert every <= set(got)  # a method added to the contract is checked here too
    assert {name: value for name, value in got.items() if not _typed(value)} == {}
    assert got["chats.many"][1].settings == ChatSettings() and got["outbox.held"][-5][0].kind is ItemKind.DIGEST


async def test_open_store_gives_the_tinydb_store_on_the_clock_given(tmp_path: Path) -> None:
    clock = ManualClock(5.0)
    store = open_store(tmp_path / "bot.json", clock=clock, retention_days=2, seen_limit=3)
    try:
        assert isinstance(store, TinyDBStore) and store.clock is clock
        assert store.retention == 2 * 86400
    finally:
        await store.close()


async def test_open_store_gives_the_postgres_store_for_a_url_on_the_clock_given(postgres_url: str) -> None:
    clock = ManualClock(5.0)
    store = open_store(postgres_url, clock=clock, retention_days=2, seen_limit=3)
    try:
        assert isinstance(store, PostgresStore) and store.clock is clock
        assert store.retention == 2 * 86400
    finally:
        await store.close()


async def test_the_embedded_store_holds_every_lease_itself(tmp_path: Path) -> None:
    store = open_store(tmp_path / "bot.json", clock=ManualClock(10.0))
    try:
        assert store.leases.holder
        assert await store.leases.acquire("sender", 5)
        assert await store.leases.acquire("sender", 5)  # renewed by its holder
        await store.leases.release("sender")
        assert await store.leases.acquire("poll:s", 60)
    finally:
        await store.close()
