"""Two replicas of the bot, two applications on one real PostgreSQL database: the lease rules hold."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.jobs import DELIVERY_EVERY, SHARED_DELIVERY_EVERY
from bot.models import ChatKind, Digest
from bot.pipeline import PollStatus
from bot.replicas import POLL_SHARE, SENDER_SECONDS
from bot.store import ItemKind, Target
from bot.store.postgres.store import PostgresStore
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import RunningBot, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import story

DIGEST = Digest(source="quotidien", source_title="Le Quotidien", url="http://news.test/a", title="A story")


@asynccontextmanager
async def two_replicas(tmp_path: Path, url: str, fake_api: FakeBotAPI, news_site: NewsSite,
                       clock: ManualClock) -> AsyncIterator[tuple[RunningBot, RunningBot]]:
    """Yield two running applications on one database, replicas "a" and "b" (getUpdates left to the lease)."""
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with AsyncExitStack() as stack:
        bots = []
        for name in ("a", "b"):
            store = PostgresStore(url, clock=clock, holder=name)
            bots.append(await stack.enter_async_context(
                running_bot(settings, clock=clock, store=store, poll_updates=False)))
        yield bots[0], bots[1]


async def _run(bot: RunningBot, name: str) -> None:
    assert bot.app.job_queue is not None
    (job,) = bot.app.job_queue.get_jobs_by_name(name)
    await job.run(bot.app)


async def test_only_one_of_two_replicas_sends_and_each_chat_gets_its_digest_once(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI, news_site: NewsSite) -> None:
    clock = ManualClock()
    async with two_replicas(tmp_path, postgres_url, fake_api, news_site, clock) as (a, b):
        chats = list(range(1, 41))
        store = a.services.store
        for chat in chats:
            await store.chats.record(chat, kind=ChatKind.PRIVATE, title=f"Reader {chat}")
        await store.digests.add(DIGEST)
        await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, [Target(c) for c in chats])
        reports = await asyncio.gather(a.services.deliverer.drain(), b.services.deliverer.drain())
        await asyncio.gather(a.deliver(), b.deliver())
        assert sorted(r["chat_id"] for r in fake_api.sent) == chats  # each chat once
        (standby,) = [r for r in reports if r.standby]  # one replica sent, the other stood by
        assert standby.sent == 0
        assert await store.outbox.pending_count() == 0


async def test_a_source_is_polled_by_one_of_two_replicas_per_interval(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI, news_site: NewsSite) -> None:
    publish(news_site, [story(1)])
    clock = ManualClock()
    async with two_replicas(tmp_path, postgres_url, fake_api, news_site, clock) as (a, b):
        for bot in (a, b):  # the test makes the ticks: the jobs' own would poll at any moment
            assert bot.app.job_queue is not None
            for job in bot.app.job_queue.get_jobs_by_name("poll:quotidien"):
                job.schedule_removal()

        async def tick(bot: RunningBot) -> PollStatus:
            return (await bot.services.poller.poll("quotidien", due=time.time())).status

        interval = site_source(news_site).interval
        assert await tick(a) is PollStatus.PRIMED
        assert await tick(b) is PollStatus.ELSEWHERE  # within the interval: b leaves it to a
        clock.advance(interval * POLL_SHARE - 10)
        assert await tick(b) is PollStatus.ELSEWHERE
        clock.advance(11)  # a's lease ran out (a died, or its tick comes later): b's tick polls
        assert await tick(b) is PollStatus.NOTHING_NEW
        assert await tick(a) is PollStatus.ELSEWHERE
        clock.advance(interval)  # both ticks at once: one poll
        assert [status is PollStatus.ELSEWHERE for status in sorted(
            await asyncio.gather(tick(a), tick(b)), key=lambda s: s is PollStatus.ELSEWHERE)] == [False, True]
        assert news_site.hits("/") == 3


async def test_the_sender_lease_passes_at_once_at_a_clean_stop_and_after_its_term_otherwise(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI, news_site: NewsSite) -> None:
    clock = ManualClock()
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    a_store = PostgresStore(postgres_url, clock=clock, holder="a")
    async with running_bot(settings, clock=clock, store=PostgresStore(postgres_url, clock=clock, holder="b"),
                           poll_updates=False) as b:
        async with running_bot(settings, clock=clock, store=a_store, poll_updates=False) as a:
            await _run(a, "sender")
            await _run(b, "sender")
            holders = [a.services.replica.sender.valid(), b.services.replica.sender.valid()]
            assert holders.count(True) == 1
            if holders[1]:  # b took it first: make it a's, as the stalled replica of this test
                clock.advance(SENDER_SECONDS + 1)
                await _run(a, "sender")
            assert a.services.replica.sender.valid() and not await b.services.replica.may_send()
            clock.advance(SENDER_SECONDS + 1)  # a stalled (or died) past its lease: b takes over
            await _run(b, "sender")
            assert b.services.replica.sender.valid() and not await a.services.replica.may_send()
            clock.advance(SENDER_SECONDS + 1)
            await _run(a, "sender")  # a back: the lease is a's again once b's ran out
            assert await a.services.replica.may_send()
        # a stopped cleanly: it gave the lease up, b takes it at its next renewal, no wait
        await _run(b, "sender")
        assert await b.services.replica.may_send()


async def test_digest_times_are_checked_by_one_of_two_replicas(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI, news_site: NewsSite,
        monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[float] = []

    async def make_roundups(store: Any, now: float, defaults: Any) -> list[str]:
        checks.append(now)
        return []

    monkeypatch.setattr("bot.jobs.make_roundups", make_roundups)
    clock = ManualClock()
    async with two_replicas(tmp_path, postgres_url, fake_api, news_site, clock) as (a, b):
        await asyncio.gather(_run(a, "roundups"), _run(b, "roundups"))
        assert len(checks) == 1


async def test_an_admins_pause_on_one_replica_stops_the_polls_of_the_other(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI, news_site: NewsSite) -> None:
    clock = ManualClock()
    async with two_replicas(tmp_path, postgres_url, fake_api, news_site, clock) as (a, b):
        assert b.services.scheduler.next_poll("quotidien") is not None
        assert await a.services.catalog.set_paused("quotidien", True)
        await _run(b, "sources")
        await asyncio.sleep(0.05)  # the removal of b's poll job takes effect on the scheduler's loop
        assert b.services.scheduler.next_poll("quotidien") is None


# ---- real processes: `run_bot.py run` with long polling on one database -------------------------

REPO = Path(__file__).resolve().parents[1]
POLLS = "this replica polls Telegram for updates"


async def _until(check: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


async def test_of_two_bot_processes_one_polls_getupdates_and_the_other_takes_over_at_its_stop(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI) -> None:
    config = tmp_path / "bot.toml"
    config.write_text(f'[telegram]\napi_base_url = "{fake_api.base_url}"\n[storage]\nurl = "{postgres_url}"\n',
                      encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_", "NEWSDIGEST", "DATABASE_"))}
    logs = [tmp_path / f"replica{n}.log" for n in range(2)]
    processes = []
    for log in logs:
        with log.open("wb") as out:
            processes.append(subprocess.Popen(
                [sys.executable, str(REPO / "run_bot.py"), "--config", str(config)], stdout=out,
                stderr=subprocess.STDOUT, env={**clean, "TELEGRAM_BOT_TOKEN": fake_api.token}, cwd=REPO))

    def polling() -> list[int]:
        return [n for n, log in enumerate(logs) if POLLS in log.read_text(encoding="utf-8")]

    try:
        await _until(lambda: all("starting:" in log.read_text(encoding="utf-8") for log in logs), "the starts")
        await _until(lambda: bool(polling()), "a poller")
        fake_api.user_sends("/start", chat_id=5)
        await fake_api.wait_for_messages(5, 1)
        await asyncio.sleep(1.0)
        (first,) = polling()  # one process polls getUpdates, the other waits for the lease
        processes[first].send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(processes[first].wait, 30) == 0
        await _until(lambda: len(polling()) == 2, "the other process to poll", timeout=20)
        fake_api.user_sends("/start", chat_id=6)
        await fake_api.wait_for_messages(6, 1, timeout=20)
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        codes = [await asyncio.to_thread(p.wait, 30) for p in processes]
    assert codes == [0, 0], [log.read_text(encoding="utf-8")[-2000:] for log in logs]
    assert len(fake_api.messages_to(5)) == 1 and len(fake_api.messages_to(6)) == 1


async def test_on_a_shared_database_the_sender_looks_for_deliveries_queued_elsewhere_every_second(
        tmp_path: Path, postgres_url: str, fake_api: FakeBotAPI) -> None:
    settings = make_settings(tmp_path, fake_api, [])
    shared = dataclasses.replace(settings, storage=dataclasses.replace(settings.storage, url=postgres_url))
    for config, every in ((settings, DELIVERY_EVERY), (shared, SHARED_DELIVERY_EVERY)):
        async with running_bot(config, poll_updates=False) as bot:
            assert bot.app.job_queue is not None
            (job,) = bot.app.job_queue.get_jobs_by_name("delivery")
            assert job.job.trigger.interval.total_seconds() == every
