"""The operators' endpoint of the running bot: /healthz (healthy, and each reason it is not) and /metrics."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import OpsSettings, Settings
from bot.store import Target
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import SOURCE, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import story
from tests.auxil.ports import free_port

ALICE, BOB, CAROL = 1001, 1002, 1003


def ops_settings(tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, **limits: float) -> Settings:
    """Return the harness' settings with the operators' endpoint on a free port of 127.0.0.1."""
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    ops = OpsSettings(enabled=True, listen="127.0.0.1", port=free_port(), **limits)  # type: ignore[arg-type]
    return dataclasses.replace(settings, ops=ops)


async def get(settings: Settings, path: str) -> httpx.Response:
    """Return the endpoint's answer to GET path."""
    async with httpx.AsyncClient(trust_env=False) as client:
        return await client.get(f"http://127.0.0.1:{settings.ops.port}{path}", timeout=10)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Return every sample of a Prometheus text exposition by (name, sorted labels)."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


async def subscribe(fake_api: FakeBotAPI, *chats: int) -> None:
    for chat in chats:
        fake_api.user_sends("/subscribe", chat_id=chat)
        await fake_api.wait_for_messages(chat, 1)


async def test_a_bot_that_polls_and_delivers_is_healthy(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = ops_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await bot.poll()
        answer = await get(settings, "/healthz")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "ok" and body["reasons"] == []
    assert body["outbox_backlog"] == 0 and body["newest_poll_age_seconds"] < 60


async def test_no_successful_poll_for_too_long_is_unhealthy(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = ops_settings(tmp_path, fake_api, news_site, max_poll_age=600)
    async with running_bot(settings) as bot:
        await bot.poll()
        assert (await get(settings, "/healthz")).status_code == 200
        news_site.set("/", "gone", status=500)  # the site fails from now on
        bot.clock.advance(3600)
        await bot.poll()  # a failure is no success: the newest success stays an hour old
        answer = await get(settings, "/healthz")
    assert answer.status_code == 503
    (reason,) = answer.json()["reasons"]
    assert reason.startswith("no successful poll of any source for 36") and "limit 600 s" in reason


async def test_a_store_that_cannot_write_is_unhealthy(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = ops_settings(tmp_path, fake_api, news_site, store_timeout=0.2)
    async with running_bot(settings) as bot:
        store = bot.services.store
        real_can_write = store.can_write

        async def disk_full() -> bool:  # what the store answers after a failed write (test_store_faults)
            return False

        async def stuck() -> bool:
            await asyncio.sleep(5)
            return True

        store.can_write = disk_full  # type: ignore[method-assign]
        full = await get(settings, "/healthz")
        store.can_write = stuck  # type: ignore[method-assign]
        slow = await get(settings, "/healthz")
        store.can_write = real_can_write  # type: ignore[method-assign]
    assert full.status_code == 503 and full.json()["reasons"] == [
        "the database cannot be written (is the disk full?)"]
    assert slow.status_code == 503 and slow.json()["reasons"] == [
        "the database was not written within 0.2 s"]


async def test_a_large_outbox_backlog_is_unhealthy(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = ops_settings(tmp_path, fake_api, news_site, max_backlog=2)
    async with running_bot(settings) as bot:
        await subscribe(fake_api, ALICE, BOB, CAROL)
        await bot.poll()
        fake_api.queue_failures("sendMessage", [("status", 502)] * 3)  # each retried later
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await bot.deliver()
        answer = await get(settings, "/healthz")
        metrics = samples((await get(settings, "/metrics")).text)
    assert answer.status_code == 503
    assert answer.json()["reasons"] == ["3 deliveries wait to be sent (limit 2)"]
    assert metrics[("newsdigest_outbox_backlog", ())] == 3
    assert metrics[("newsdigest_deliveries_total", (("outcome", "retried"),))] >= 3


async def test_a_late_event_loop_is_unhealthy(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = ops_settings(tmp_path, fake_api, news_site, max_loop_lag=0.2)
    async with running_bot(settings):
        time.sleep(1.0)  # something blocks the loop: every timer wakes late
        answer = await get(settings, "/healthz")
        await asyncio.sleep(1.2)  # the loop is free again: two on-time measures later, healthy
        again = await get(settings, "/healthz")
    assert answer.status_code == 503
    (reason,) = answer.json()["reasons"]
    assert reason.startswith("the event loop is ") and "late (limit 0.2 s)" in reason
    assert again.status_code == 200, again.text


async def test_metrics_count_polls_stories_deliveries_and_429s(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = ops_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await subscribe(fake_api, ALICE)
        before = samples((await get(settings, "/metrics")).text)
        await bot.poll()  # primes: nothing sent
        fake_api.queue_failures("sendMessage", [("retry_after", 1)])
        publish(news_site, [story(3), story(2), story(1)])
        await bot.poll()  # two new stories, one digest
        await fake_api.wait_for_messages(ALICE, 2)
        await bot.deliver()
        news_site.set("/", "gone", status=500)
        bot.clock.advance(7200)  # past any backoff
        await bot.poll()
        answer = await get(settings, "/metrics")
    assert answer.headers["content-type"].startswith("text/plain")
    after = samples(answer.text)

    def moved(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert moved("newsdigest_polls_total", source=SOURCE, status="primed") == 1
    assert moved("newsdigest_polls_total", source=SOURCE, status="new") == 1
    assert moved("newsdigest_polls_total", source=SOURCE, status="failed") == 1
    assert moved("newsdigest_poll_failures_total", source=SOURCE) == 1
    assert moved("newsdigest_stories_found_total", source=SOURCE) == 2
    assert moved("newsdigest_deliveries_total", outcome="sent") == 1
    assert moved("newsdigest_telegram_rate_limited_total") == 1
    assert moved("newsdigest_parse_seconds_count", stage="listing") == 2
    assert moved("newsdigest_parse_seconds_count", stage="article") >= 1
    assert ("newsdigest_event_loop_lag_seconds", ()) in after
    assert after[("newsdigest_outbox_backlog", ())] == 0


async def test_the_endpoint_is_off_unless_enabled(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    assert settings.ops.enabled is False
    port = free_port()
    settings = dataclasses.replace(settings, ops=OpsSettings(port=port))
    async with running_bot(settings):
        try:
            await get(settings, "/healthz")
        except httpx.ConnectError:
            pass
        else:
            raise AssertionError("the endpoint answered while [ops] enabled = false")


async def test_the_deliveries_of_a_target_are_counted_once_each(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    # The same pass sends to two chats: the counter moves by two, not by passes.
    publish(news_site, [story(1)])
    settings = ops_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await subscribe(fake_api, ALICE, BOB)
        await bot.poll()
        before = samples((await get(settings, "/metrics")).text)
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await fake_api.wait_for_messages(ALICE, 2)
        await fake_api.wait_for_messages(BOB, 2)
        await bot.deliver()
        after = samples((await get(settings, "/metrics")).text)
        assert await bot.services.store.subscriptions.subscribers(SOURCE) == [
            Target(ALICE, None), Target(BOB, None)]
    key = ("newsdigest_deliveries_total", (("outcome", "sent"),))
    assert after[key] - before.get(key, 0.0) == 2


async def test_a_health_check_asks_the_store_for_no_sources_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each state read scans the sources: one per source at each check cost sources x sources.
    from bot.clock import ManualClock
    from bot.models import Source
    from bot.ops.health import LoopLag, check_health
    from bot.sources import SourceCatalog
    from bot.store import open_store
    from tests.auxil.stores import count_state_reads

    clock = ManualClock(10_000.0)
    store = open_store(tmp_path / "bot.json", clock=clock)
    try:
        catalog = SourceCatalog([Source(name=f"s{n}", url=f"http://127.0.0.1/{n}") for n in range(50)], store)
        await catalog.load()
        reads = count_state_reads(store, monkeypatch)
        limits = OpsSettings(max_poll_age=600)

        async def check(newest_success: float | None) -> list[str]:
            report = await check_health(store=store, catalog=catalog, clock=clock, limits=limits,
                                        lag=LoopLag(), started=9_000.0, newest_success=newest_success)
            return list(report.reasons)

        assert await check(None) == ["no successful poll of any source for 1000 s (limit 600 s)"]
        assert await check(9_500.0) == []  # a success since the start
        assert await check(5_000.0) != []  # one before the start counts from the start
        assert reads == []
    finally:
        await store.close()


async def test_the_metrics_text_is_made_off_the_event_loop_and_not_hashed(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a figure per source the text is long to make: the loop's thread must not make it.
    from bot.ops.metrics import METRICS

    threads: list[int] = []
    exposition = METRICS.exposition

    def recorded() -> bytes:
        threads.append(threading.get_ident())
        return exposition()

    monkeypatch.setattr(METRICS, "exposition", recorded)
    settings = ops_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings):
        answer = await get(settings, "/metrics")
    assert answer.status_code == 200 and "newsdigest_polls" in answer.text
    assert threads and threading.get_ident() not in threads
    assert "etag" not in answer.headers  # nor hashed on the loop to make one
