"""`run_bot.py migrate [--from FILE]`: the schema made, and a TinyDB database copied into PostgreSQL,
equal to the original as the repositories read it, and idempotently (a second copy adds nothing)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from bot.clock import ManualClock
from bot.models import ChatKind, DeliveryMode, Digest, SourceKind
from bot.store import ChatSettings, ItemKind, SourceRecord, SourceState, Store, Target, copy_tinydb
from tests.auxil.stores import DIGEST, opened

REPO = Path(__file__).resolve().parents[1]
OTHER = Digest(source="o", source_title="O", url="http://o.test/1", title="Other")
SLOT = datetime(2024, 5, 1, 8, tzinfo=timezone.utc)


async def _fill(store: Store) -> None:
    """Put a little of everything in a store, as a running bot would."""
    clock = store.clock
    assert isinstance(clock, ManualClock)
    await store.chats.record(1, kind=ChatKind.PRIVATE, title="Alice")
    await store.chats.save_settings(-5, ChatSettings(mode=DeliveryMode.TIMES, times=("08:00",), quiet=("22:00", "07:00"),
                                                     include=("chine",), max_related=2, previews=False))
    await store.chats.set_roundup_at(-5, 900.0)
    await store.chats.record(3, kind=ChatKind.GROUP, title="Gone")
    await store.chats.deactivate(3, "kicked")
    await store.subscriptions.subscribe(1, "s")
    await store.subscriptions.subscribe(-5, "s", thread_id=9)
    await store.subscriptions.subscribe(1, "o")
    await store.sources.mark_seen("s", ["http://n.test/1", "http://n.test/2"])
    await store.sources.mark_seen("empty", [])
    await store.sources.save_state(SourceState(name="s", failures=2, last_error="timeout", etag='"e"', alerted=True))
    await store.sources.save_record(SourceRecord(name="o", url="http://o.test/", title="O", kind=SourceKind.FEED,
                                                 interval=900, added=5.0))
    for digest in (DIGEST, OTHER):
        await store.digests.add(digest)
        clock.advance(1)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(1), Target(2)])
    await store.outbox.enqueue(ItemKind.DIGEST, OTHER.key, [Target(-5, 9)], held=True)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(-5, 9)], held=True)
    held = (await store.outbox.held([-5]))[-5][:1]
    await store.outbox.add_roundup(Target(-5, 9), SLOT, held)
    first, second = (await store.outbox.due())[:2]
    await store.outbox.mark_sent(first.id, 77)
    await store.outbox.mark_retry(second.id, 5000.0, "429")


async def _read(store: Store) -> dict[str, object]:
    """Return what every repository answers about the filled store (delivery ids left out: each engine numbers its own)."""
    deliveries = [dataclasses.replace(d, id=0) for d in await store.outbox.deliveries()]
    held = {chat: [dataclasses.replace(d, id=0) for d in rows] for chat, rows in (await store.outbox.held([-5])).items()}
    keys = {d.key for d in deliveries if d.kind is ItemKind.ROUNDUP}
    return {
        "chats": await store.chats.many([1, -5, 3, 2]), "counts": await store.chats.counts(),
        "scheduled": await store.chats.scheduled(),
        "of_chat": [await store.subscriptions.of_chat(c) for c in (1, -5)],
        "subscribers": await store.subscriptions.subscribers("s"),
        "state": [await store.sources.state(n) for n in ("s", "empty", "o")],
        "unseen": await store.sources.unseen("s", ["http://n.test/1", "http://n.test/3"]),
        "records": await store.sources.records(),
        "digests": [await store.digests.get(DIGEST.key), await store.digests.get(OTHER.key)],
        "newest": await store.digests.newest(["s", "o"]), "made": await store.digests.count_since(0.0),
        "deliveries": deliveries, "held": held, "roundups": [await store.outbox.roundup(k) for k in keys],
        "sent": await store.outbox.sent_since(0.0), "pending": await store.outbox.pending_count(),
        "due": [(d.chat_id, d.key) for d in await store.outbox.due(now=6000.0)],
    }


async def test_a_copy_reads_back_as_the_original_and_a_second_copy_adds_nothing(
        tmp_path: Path, postgres_url: str) -> None:
    path = tmp_path / "bot.json"
    async with opened(path, ManualClock(1000.0)) as tiny:
        await _fill(tiny)
        original = await _read(tiny)
    copied = await copy_tinydb(path, postgres_url)
    assert {c.table: c.added for c in copied} == {c.table: c.read for c in copied}
    assert {c.table: c.read for c in copied}["deliveries"] == 5 and {c.table: c.read for c in copied}["seen"] == 2
    again = await copy_tinydb(path, postgres_url)
    assert {c.added for c in again} == {0}
    async with opened(postgres_url, ManualClock(1000.0)) as pg:
        assert await _read(pg) == original


async def test_a_copy_keeps_what_postgresql_holds_already(tmp_path: Path, postgres_url: str) -> None:
    path = tmp_path / "bot.json"
    async with opened(path, ManualClock(1000.0)) as tiny:
        await tiny.subscriptions.subscribe(1, "s", thread_id=2)
    async with opened(postgres_url, ManualClock(1000.0)) as pg:
        await pg.subscriptions.subscribe(1, "s", thread_id=7)  # the bot ran on PostgreSQL already
        await copy_tinydb(path, postgres_url)
        assert await pg.subscriptions.subscribers("s") == [Target(1, 7)]


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("TELEGRAM_", "BOT_", "NEWSDIGEST")) and k != "DATABASE_URL"}
    return subprocess.run([sys.executable, str(REPO / "run_bot.py"), *args], capture_output=True, text=True,
                          timeout=120, env={**clean, **env}, cwd=REPO)


def test_migrate_makes_the_schema_once_and_says_which_version(postgres_url: str) -> None:
    first = _run("migrate", env={"DATABASE_URL": postgres_url})
    assert first.returncode == 0, first.stderr
    assert "schema version 1 (upgraded from 0)" in first.stdout
    again = _run("migrate", env={"NEWSDIGEST__STORAGE__URL": postgres_url})
    assert again.returncode == 0 and "schema version 1 (up to date)" in again.stdout


async def test_migrate_from_a_tinydb_file_reports_counts_and_twice_adds_nothing(
        tmp_path: Path, postgres_url: str) -> None:
    path = tmp_path / "bot.json"
    async with opened(path, ManualClock(1000.0)) as store:
        for chat in range(3):
            await store.chats.record(chat, kind=ChatKind.PRIVATE, title="")
            await store.subscriptions.subscribe(chat, "s")
    first = _run("migrate", "--from", str(path), env={"DATABASE_URL": postgres_url})
    assert first.returncode == 0, first.stderr
    lines = {line.split()[0]: line.split()[1:] for line in first.stdout.splitlines()[2:]}
    assert lines["chats"] == ["3", "read", "3", "added"] and lines["subscriptions"] == ["3", "read", "3", "added"]
    again = _run("migrate", "--from", str(path), env={"DATABASE_URL": postgres_url})
    assert again.returncode == 0 and "(up to date)" in again.stdout
    assert all(line.split()[3] == "0" for line in again.stdout.splitlines()[2:])


def test_migrate_without_a_database_url_says_which_setting_to_set(tmp_path: Path) -> None:
    result = _run("migrate", env={})
    assert result.returncode == 2 and "[storage] url" in result.stderr and "DATABASE_URL" in result.stderr


def test_migrate_from_a_missing_file_names_it(tmp_path: Path, postgres_url: str) -> None:
    result = _run("migrate", "--from", str(tmp_path / "nothing.json"), env={"DATABASE_URL": postgres_url})
    assert result.returncode == 3 and "nothing.json" in result.stderr
