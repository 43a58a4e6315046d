"""Schema 1 (the file the single-module store wrote) opens, upgraded, with everything readable.

tests/fixtures/store/schema1.json was written by that store itself: chats with settings, a
forum topic's subscription, seen entries, poll state, admins' records, digests, deliveries
pending, sent, held and merged, and a roundup with its pending delivery.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.models import ChatKind, DeliveryMode, SourceKind
from bot.store import (
    ChatSettings,
    DeliveryStatus,
    ItemKind,
    Roundup,
    SourceRecord,
    SourceState,
    Target,
    TinyDBStore,
)
from tests.auxil.stores import opened

FIXTURE = Path(__file__).parent / "fixtures" / "store" / "schema1.json"
LEMONDE = "lemonde|http://lemonde.test/a"
QUOTIDIEN = "quotidien|http://q.test/1"
ROUNDUP = "-100:0:2023-11-14T17:00:00+00:00"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """Return a copy of the schema-1 database in a temp folder."""
    path = tmp_path / "bot.json"
    shutil.copyfile(FIXTURE, path)
    return path


async def test_chats_and_their_settings_survive_the_upgrade(old_file: Path) -> None:
    async with opened(old_file) as store:
        alice = await store.chats.get(1)
        assert alice is not None and alice.kind is ChatKind.PRIVATE and alice.title == "Alice"
        assert alice.settings == ChatSettings(language="en", user_language="de", timezone="Europe/Berlin",
                                              quiet=("22:00", "07:00"), include=("chine",),
                                              exclude=("sport",), max_related=3)
        forum = await store.chats.get(-100)
        assert forum is not None and forum.kind is ChatKind.SUPERGROUP
        assert (forum.settings.mode, forum.settings.times, forum.roundup_at) == (
            DeliveryMode.TIMES, ("08:00", "18:00"), 1_699_990_000.0)
        assert [c.id for c in await store.chats.scheduled()] == [-100]
        gone = await store.chats.get(3)
        assert gone is not None and not gone.active and gone.inactive_reason == "blocked"
        assert await store.chats.counts() == (3, 1)


async def test_subscriptions_and_sources_survive_the_upgrade(old_file: Path) -> None:
    async with opened(old_file) as store:
        assert await store.subscriptions.of_chat(-100) == ["lemonde", "quotidien"]
        assert await store.subscriptions.subscribers("lemonde") == [Target(1), Target(2), Target(-100, 42)]
        assert await store.sources.unseen("lemonde", ["http://lemonde.test/a", "http://new"]) == ["http://new"]
        assert await store.sources.state("lemonde") == SourceState(
            name="lemonde", primed=True, last_success=1_699_999_000.0, last_new_story="A story",
            last_new_url="http://lemonde.test/a", etag='"abc"', last_modified="Tue, 14 Nov 2023 22:00:00 GMT")
        assert await store.sources.state("quotidien") == SourceState(
            name="quotidien", last_error="timeout", failures=3, last_failure=1_699_999_500.0, alerted=True)
        assert await store.sources.records() == {
            "added": SourceRecord(name="added", url="http://added.test/", title="Added", kind=SourceKind.FEED,
                                  interval=900, added=1_699_000_000.0),
            "quotidien": SourceRecord(name="quotidien", interval=1200, paused=True),
            "old": SourceRecord(name="old", removed=True),
        }


async def test_the_outbox_survives_the_upgrade_with_kinds_instead_of_prefixes(old_file: Path) -> None:
    async with opened(old_file) as store:
        assert (await store.digests.get(LEMONDE)) is not None
        assert (await store.digests.newest(["quotidien"])) == await store.digests.get(QUOTIDIEN)
        by_status = {(d.status, d.kind, d.key, d.chat_id) for d in await store.outbox.deliveries()}
        assert by_status == {
            (DeliveryStatus.SENT, ItemKind.DIGEST, LEMONDE, 1),
            (DeliveryStatus.PENDING, ItemKind.DIGEST, LEMONDE, 2),
            (DeliveryStatus.HELD, ItemKind.DIGEST, LEMONDE, -100),
            (DeliveryStatus.MERGED, ItemKind.DIGEST, QUOTIDIEN, -100),
            (DeliveryStatus.PENDING, ItemKind.ROUNDUP, ROUNDUP, -100),
        }
        [sent] = await store.outbox.deliveries(status=DeliveryStatus.SENT)
        assert sent.message_id == 555
        # The sent delivery is not due again, nor queued again.
        assert [(d.kind, d.chat_id) for d in await store.outbox.due()] == [
            (ItemKind.DIGEST, 2), (ItemKind.ROUNDUP, -100)]
        assert await store.outbox.enqueue(ItemKind.DIGEST, LEMONDE, [Target(1)]) == 0
        assert await store.outbox.roundup(ROUNDUP) == Roundup(
            ROUNDUP, -100, None, datetime(2023, 11, 14, 17, tzinfo=timezone.utc), (QUOTIDIEN,))
        [held] = (await store.outbox.held([-100]))[-100]
        assert held.target == Target(-100, 42)


async def test_the_upgraded_file_is_schema_2_and_the_old_one_is_kept_beside_it(old_file: Path) -> None:
    store: TinyDBStore
    async with opened(old_file) as store:
        tables = json.loads(old_file.read_text())  # written at open, before any change
        assert tables["meta"]["1"]["schema"] == 2
        assert "sources" not in tables and len(tables["source_state"]) == 2
        assert all("digest" not in row and row["kind"] in ("digest", "roundup")
                   for row in tables["deliveries"].values())
        assert [row["key"] for row in tables["roundups"].values()] == [ROUNDUP]
        assert store.path.with_name("bot.json.schema1").read_bytes() == FIXTURE.read_bytes()


async def test_sent_marks_a_schema_1_bot_left_in_its_journal_are_replayed(old_file: Path) -> None:
    journal = old_file.with_name("bot.json.journal")
    journal.write_text(json.dumps({"id": 2, "mid": 777, "at": 1_700_000_020.0}) + "\n")
    async with opened(old_file) as store:
        [sent] = await store.outbox.deliveries(chat_id=2)
        assert (sent.status, sent.message_id) == (DeliveryStatus.SENT, 777)
        assert [d.chat_id for d in await store.outbox.due()] == [-100]
