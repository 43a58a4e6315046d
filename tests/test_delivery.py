"""Delivery through the real PTB Bot over HTTP to the fake Bot API: every answer handled."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from telegram import Bot

from bot.chat.delivery import Deliverer, Render
from bot.chat.pacing import TokenBucket
from bot.chat.render import Outgoing
from bot.clock import Clock
from bot.config import DeliverySettings
from bot.models import Digest
from bot.store import Delivery, DeliveryStatus, ItemKind, Store, Target, open_store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.stores import Place, crash

FAST = DeliverySettings(per_chat_interval=0.0, retry_base=0.05, retry_max=0.2, send_timeout=0.5)
DIGEST = Digest(source="s", source_title="Source", url="http://news.test/a", title="A story")
SENT, FAILED, DROPPED = DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.DROPPED
CLOCK = Clock()  # the real time: retries wait out their real backoff


async def _render(delivery: Delivery) -> Outgoing:
    return Outgoing(f"<b>digest</b> for {delivery.chat_id}")


def _deliverer(bot: Bot, store: Store, settings: DeliverySettings = FAST,
               render: Render = _render) -> Deliverer:
    return Deliverer(bot, store, render, settings, CLOCK)


_open: list[Store] = []


@pytest_asyncio.fixture(autouse=True)
async def _close_stores() -> AsyncIterator[None]:
    yield
    while _open:
        await _open.pop().close()


def _open_store(database: Place) -> Store:
    store = open_store(database, clock=CLOCK)
    _open.append(store)
    return store


async def _store(database: Place, chats: list[int]) -> Store:
    store = _open_store(database)
    await store.digests.add(DIGEST)
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in chats])
    await store.sync()
    return store


async def _drain_until_settled(deliverer: Deliverer, store: Store, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while await store.outbox.pending_count():
        assert time.monotonic() < deadline, f"{await store.outbox.pending_count()} deliveries still pending"
        await deliverer.drain()
        if await store.outbox.pending_count():
            await _sleep_until(store)


async def _sleep_until(store: Store) -> None:
    next_due = await store.outbox.next_due()
    if next_due is not None:
        await asyncio.sleep(max(0.0, next_due - time.time()) + 0.01)


async def _status(store: Store) -> dict[int, DeliveryStatus]:
    return {d.chat_id: d.status for d in await store.outbox.deliveries()}


async def test_every_chat_gets_the_digest_once(database: Place, fake_api: FakeBotAPI, telegram_bot: Bot) -> None:
    chats = list(range(1, 41))
    store = await _store(database, chats)
    await _deliverer(telegram_bot, store).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == chats
    assert set((await _status(store)).values()) == {SENT}


async def test_retry_after_is_waited_out_and_the_message_sent_once(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1, 2, 3])
    fake_api.queue_failures("sendMessage", [("retry_after", 1)])
    started = time.monotonic()
    report = await _deliverer(telegram_bot, store).drain()
    assert report.rate_limited == 1
    assert time.monotonic() - started >= 0.9  # the refused chat waited as Telegram asked
    assert sorted(r["chat_id"] for r in fake_api.sent) == [1, 2, 3]


async def test_blocked_chat_is_marked_inactive_and_the_others_served(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1, 2, 3])
    await store.subscriptions.subscribe(2, "s")
    fake_api.block_chat(2)
    await _deliverer(telegram_bot, store).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == [1, 3]
    assert await _status(store) == {1: SENT, 2: DROPPED, 3: SENT}
    chat = await store.chats.get(2)
    assert chat is not None and chat.active is False
    assert await store.subscriptions.subscribers("s") == []


async def test_migrated_group_moves_to_its_new_id_with_its_subscriptions(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [-5, 1])
    await store.subscriptions.subscribe(-5, "s")
    fake_api.migrate_chat(-5, -1005)
    await _deliverer(telegram_bot, store).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == [-1005, 1]
    assert await store.subscriptions.of_chat(-1005) == ["s"]
    assert await store.subscriptions.of_chat(-5) == []


async def test_bursts_of_502_and_timeouts_are_retried_until_sent(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1, 2, 3, 4])
    fake_api.queue_failures(
        "sendMessage", [("status", 502), ("status", 502), ("delay", 1.0), ("status", 502)]
    )
    deliverer = _deliverer(telegram_bot, store)
    await _drain_until_settled(deliverer, store)
    sent = [r["chat_id"] for r in fake_api.sent]
    # A timed-out request may still have been delivered: Telegram cannot tell us. Every chat
    # is served, and only the timed-out one may be served twice.
    assert set(sent) == {1, 2, 3, 4}
    assert len(sent) - len(set(sent)) <= 1
    assert set((await _status(store)).values()) == {SENT}


async def test_other_bad_requests_fail_with_their_reason_without_retrying(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1])
    fake_api.queue_failures("sendMessage", [("bad_request", "Bad Request: message is too long")])
    await _deliverer(telegram_bot, store).drain()
    (row,) = await store.outbox.deliveries()
    assert row.status == FAILED and "too long" in (row.error or "")
    assert await store.outbox.pending_count() == 0


async def test_deliveries_given_up_after_max_attempts(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1])
    fake_api.queue_failures("sendMessage", [("status", 500)] * 3)
    settings = DeliverySettings(per_chat_interval=0.0, retry_base=0.01, max_attempts=3)
    await _drain_until_settled(_deliverer(telegram_bot, store, settings), store)
    (row,) = await store.outbox.deliveries()
    assert row.status == FAILED and row.attempts == 2


async def test_one_chat_receives_its_digests_in_order_and_spaced(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = _open_store(database)
    keys = []
    for n in range(3):
        digest = Digest(source="s", source_title="S", url=f"http://news.test/{n}", title=f"T{n}")
        await store.digests.add(digest)
        await store.outbox.enqueue(ItemKind.DIGEST, digest.key, [Target(1)])
        keys.append(digest.key)
    settings = DeliverySettings(per_chat_interval=0.2)

    async def its_key(delivery: Delivery) -> Outgoing:
        return Outgoing(delivery.key)

    started = time.monotonic()
    await _deliverer(telegram_bot, store, settings, its_key).drain()
    assert [r["text"] for r in fake_api.sent] == keys
    assert time.monotonic() - started >= 0.4  # two gaps of 0.2 s between three messages


async def test_pending_deliveries_survive_a_restart_and_sent_ones_are_not_resent(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1, 2])
    (first, _second) = await store.outbox.due()
    message = await telegram_bot.send_message(1, "x")
    await store.outbox.mark_sent(first.id, message.message_id)  # durable; the process "dies" here
    _open.remove(store)
    await crash(store)  # what the kill leaves: TinyDB's journal, no write; PostgreSQL's commits
    reopened = _open_store(database)
    assert [d.chat_id for d in await reopened.outbox.due()] == [2]
    await _deliverer(telegram_bot, reopened).drain()
    assert [r["chat_id"] for r in fake_api.sent] == [1, 2]
    assert await _status(reopened) == {1: SENT, 2: SENT}


async def test_token_bucket_keeps_the_average_rate() -> None:
    bucket = TokenBucket(rate=200.0)
    started = time.monotonic()
    for _ in range(41):
        await bucket.acquire()
    elapsed = time.monotonic() - started
    assert elapsed >= 40 / 200.0 * 0.9


@pytest.mark.parametrize("chat_id, expected", [(5, 1.0), (-5, 3.0)])
def test_groups_are_spaced_by_their_per_minute_limit(chat_id: int, expected: float) -> None:
    deliverer = Deliverer(None, None, _render, DeliverySettings(), CLOCK)  # type: ignore[arg-type]
    assert deliverer.spacing(chat_id) == expected


async def test_paid_broadcast_asks_telegram_for_it_and_uses_its_own_rate(
    database: Place, fake_api: FakeBotAPI, telegram_bot: Bot
) -> None:
    store = await _store(database, [1, 2])
    settings = DeliverySettings(allow_paid_broadcast=True, paid_messages_per_second=500)
    deliverer = _deliverer(telegram_bot, store, settings)
    assert deliverer.bucket.rate > 400
    await deliverer.drain()
    assert all(str(r["params"].get("allow_paid_broadcast")).lower() == "true" for r in fake_api.sent)
