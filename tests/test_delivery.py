"""Delivery through the real PTB Bot over HTTP to the fake Bot API: every answer handled."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from telegram import Bot

from bot.chat.delivery import Deliverer, Outgoing, TokenBucket
from bot.config import DeliverySettings
from bot.models import Delivery, Digest
from bot.store import DROPPED, FAILED, PENDING, SENT, Store
from tests.auxil.fake_bot_api import FakeBotAPI

FAST = DeliverySettings(per_chat_interval=0.0, retry_base=0.05, retry_max=0.2, send_timeout=0.5)
DIGEST = Digest(source="s", source_title="Source", url="http://news.test/a", title="A story")


@pytest_asyncio.fixture
async def bot(fake_api: FakeBotAPI) -> AsyncIterator[Bot]:
    """Yield a real PTB Bot that talks to the fake Bot API."""
    async with Bot(fake_api.token, base_url=fake_api.base_url) as b:
        yield b


def _render(delivery: Delivery) -> Outgoing:
    return Outgoing(f"<b>digest</b> for {delivery.chat_id}")


_open: list[Store] = []


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _store(tmp_path: Path, chats: list[int]) -> Store:
    store = Store(tmp_path / "bot.json")
    _open.append(store)
    store.add_digest(DIGEST)
    store.enqueue(DIGEST.key, [(c, None) for c in chats])
    store.flush()
    return store


async def _drain_until_settled(deliverer: Deliverer, store: Store, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while store.pending_count():
        assert time.monotonic() < deadline, f"{store.pending_count()} deliveries still pending"
        await deliverer.drain()
        if store.pending_count():
            await _sleep_until(store)


async def _sleep_until(store: Store) -> None:
    import asyncio

    next_due = store.next_due()
    if next_due is not None:
        await asyncio.sleep(max(0.0, next_due - time.time()) + 0.01)


def _status(store: Store) -> dict[int, str]:
    return {row["chat_id"]: row["status"] for row in store.deliveries()}


async def test_every_chat_gets_the_digest_once(tmp_path: Path, fake_api: FakeBotAPI, bot: Bot) -> None:
    chats = list(range(1, 41))
    store = _store(tmp_path, chats)
    await Deliverer(bot, store, _render, FAST).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == chats
    assert set(_status(store).values()) == {SENT}


async def test_retry_after_is_waited_out_and_the_message_sent_once(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1, 2, 3])
    fake_api.queue_failures("sendMessage", [("retry_after", 1)])
    started = time.monotonic()
    report = await Deliverer(bot, store, _render, FAST).drain()
    assert report.rate_limited == 1
    assert time.monotonic() - started >= 0.9  # the whole bot waited as Telegram asked
    assert sorted(r["chat_id"] for r in fake_api.sent) == [1, 2, 3]


async def test_blocked_chat_is_marked_inactive_and_the_others_served(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1, 2, 3])
    store.subscribe(2, "s")
    fake_api.block_chat(2)
    await Deliverer(bot, store, _render, FAST).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == [1, 3]
    assert _status(store) == {1: SENT, 2: DROPPED, 3: SENT}
    assert store.chat(2)["active"] is False and store.subscribers("s") == []


async def test_migrated_group_moves_to_its_new_id_with_its_subscriptions(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [-5, 1])
    store.subscribe(-5, "s")
    fake_api.migrate_chat(-5, -1005)
    await Deliverer(bot, store, _render, FAST).drain()
    assert sorted(r["chat_id"] for r in fake_api.sent) == [-1005, 1]
    assert store.subscriptions(-1005) == ["s"] and store.subscriptions(-5) == []


async def test_bursts_of_502_and_timeouts_are_retried_until_sent(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1, 2, 3, 4])
    fake_api.queue_failures(
        "sendMessage", [("status", 502), ("status", 502), ("delay", 1.0), ("status", 502)]
    )
    deliverer = Deliverer(bot, store, _render, FAST)
    await _drain_until_settled(deliverer, store)
    sent = [r["chat_id"] for r in fake_api.sent]
    # A timed-out request may still have been delivered: Telegram cannot tell us. Every chat
    # is served, and only the timed-out one may be served twice.
    assert set(sent) == {1, 2, 3, 4}
    assert len(sent) - len(set(sent)) <= 1
    assert set(_status(store).values()) == {SENT}


async def test_other_bad_requests_fail_with_their_reason_without_retrying(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1])
    fake_api.queue_failures("sendMessage", [("bad_request", "Bad Request: message is too long")])
    await Deliverer(bot, store, _render, FAST).drain()
    (row,) = store.deliveries()
    assert row["status"] == FAILED and "too long" in row["error"]
    assert store.pending_count() == 0


async def test_deliveries_given_up_after_max_attempts(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1])
    fake_api.queue_failures("sendMessage", [("status", 500)] * 3)
    settings = DeliverySettings(per_chat_interval=0.0, retry_base=0.01, max_attempts=3)
    await _drain_until_settled(Deliverer(bot, store, _render, settings), store)
    (row,) = store.deliveries()
    assert row["status"] == FAILED and row["attempts"] == 2


async def test_one_chat_receives_its_digests_in_order_and_spaced(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = Store(tmp_path / "bot.json")
    _open.append(store)
    keys = []
    for n in range(3):
        digest = Digest(source="s", source_title="S", url=f"http://news.test/{n}", title=f"T{n}")
        store.add_digest(digest)
        store.enqueue(digest.key, [(1, None)])
        keys.append(digest.key)
    settings = DeliverySettings(per_chat_interval=0.2)
    started = time.monotonic()
    await Deliverer(bot, store, lambda d: Outgoing(d.digest_key), settings).drain()
    assert [r["text"] for r in fake_api.sent] == keys
    assert time.monotonic() - started >= 0.4  # two gaps of 0.2 s between three messages


async def test_pending_deliveries_survive_a_restart_and_sent_ones_are_not_resent(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1, 2])
    (first, _second) = store.due()
    message = await bot.send_message(1, "x")
    store.mark_sent(first.id, message.message_id)  # journaled; the process "dies" here
    _open.remove(store)
    store._close_files()  # what the kill leaves: the journal's lines, no flush
    reopened = Store(tmp_path / "bot.json")
    _open.append(reopened)
    assert [d.chat_id for d in reopened.due()] == [2]
    await Deliverer(bot, reopened, _render, FAST).drain()
    assert [r["chat_id"] for r in fake_api.sent] == [1, 2]
    assert _status(reopened) == {1: SENT, 2: SENT}


async def test_token_bucket_keeps_the_average_rate() -> None:
    bucket = TokenBucket(rate=200.0)
    started = time.monotonic()
    for _ in range(41):
        await bucket.acquire()
    elapsed = time.monotonic() - started
    assert elapsed >= 40 / 200.0 * 0.9


@pytest.mark.parametrize("chat_id, expected", [(5, 1.0), (-5, 3.0)])
def test_groups_are_spaced_by_their_per_minute_limit(chat_id: int, expected: float) -> None:
    deliverer = Deliverer(None, None, _render, DeliverySettings())  # type: ignore[arg-type]
    assert deliverer.spacing(chat_id) == expected


async def test_paid_broadcast_asks_telegram_for_it_and_uses_its_own_rate(
    tmp_path: Path, fake_api: FakeBotAPI, bot: Bot
) -> None:
    store = _store(tmp_path, [1, 2])
    settings = DeliverySettings(allow_paid_broadcast=True, paid_messages_per_second=500)
    deliverer = Deliverer(bot, store, _render, settings)
    assert deliverer.bucket.rate > 400
    await deliverer.drain()
    assert all(str(r["params"].get("allow_paid_broadcast")).lower() == "true" for r in fake_api.sent)
