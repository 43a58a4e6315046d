"""Tests for the Poller's cap on scheduled polls, its count of how late they start, and the first polls' spread."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

import bot.poller
from bot.clock import Clock
from bot.jobs import Scheduler
from bot.models import Source
from bot.news.fetch import Fetcher
from bot.pipeline import PollStatus, RefreshResult
from bot.poller import BEHIND_WINDOW, Pace, Poller
from bot.sources import SourceCatalog
from bot.store import Store, open_store
from tests.auxil.stores import Place, count_state_reads


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    opened = open_store(database, clock=Clock())
    yield opened
    await opened.close()


@pytest_asyncio.fixture
async def embedded_store(tmp_path: Path) -> AsyncIterator[Store]:
    """Yield a TinyDB store: one that answers without waiting on a server.

    The order polls reach `refresh` after their slot follows the order of the slots only when
    the backoff check before it takes no time; on PostgreSQL two polls' checks race.
    """
    opened = open_store(tmp_path / "bot.json", clock=Clock())
    yield opened
    await opened.close()


def test_pace_is_on_time_until_a_poll_starts_later_than_a_tenth_of_its_interval(
        caplog: pytest.LogCaptureFixture) -> None:
    pace = Pace()
    for token in range(10):
        pace.waiting(token, due=1000.0, interval=60)
        pace.started(token, due=1000.0, interval=60, now=1005.0)  # 5 s late: on time for 60 s
    assert not pace.is_behind(now=1006.0)
    pace.waiting(10, due=1000.0, interval=60)
    assert pace.behind(now=1006.0).waiting == 1 and not pace.is_behind(now=1006.0)
    assert pace.behind(now=1007.0).overdue == 1 and pace.is_behind(now=1007.0)  # waiting 7 s > 6 s
    with caplog.at_level(logging.WARNING, logger="bot.poller"):
        pace.started(10, due=1000.0, interval=60, now=1030.0)
    behind = pace.behind(now=1030.0)
    assert (behind.started, behind.late, behind.waiting, behind.longest) == (11, 1, 0, 30.0)
    assert "polling is behind" in caplog.text and "1 of 11 polls started late" in caplog.text
    assert not pace.is_behind(now=1031.0 + BEHIND_WINDOW)  # caught up: the window forgets


async def test_scheduled_polls_wait_for_a_slot_in_turn_and_latest_does_not(
        embedded_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store = embedded_store
    sources = [Source(name=f"s{n}", url=f"http://127.0.0.1/{n}", interval=600) for n in range(8)]
    catalog = SourceCatalog(sources, store)
    await catalog.load()
    running, peak, order = 0, 0, []
    release = asyncio.Event()

    async def refresh(source: Source, **kwargs: Any) -> RefreshResult:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        order.append(source.name)
        await release.wait()
        running -= 1
        return RefreshResult(source.name, PollStatus.NOT_MODIFIED)

    monkeypatch.setattr(bot.poller, "refresh", refresh)
    async with Fetcher() as fetcher:
        poller = Poller(catalog, fetcher, store, Clock(), lead_chars=100, alert_after=3,
                        wake_delivery=lambda: None, alert=lambda *args: asyncio.sleep(0), max_polls=2)
        due = time.time()
        polls = [asyncio.create_task(poller.poll(s.name, due=due)) for s in sources[:6]]
        await asyncio.sleep(0.05)
        assert running == 2 and poller.pace.behind().waiting == 4
        latest = asyncio.create_task(poller.poll("s7", respect_backoff=False))  # /latest: no slot needed
        await asyncio.sleep(0.05)
        assert running == 3
        release.set()
        await asyncio.gather(*polls, latest)
    assert peak == 3 and order[:2] == ["s0", "s1"] and order[2] == "s7"
    assert order[3:] == ["s2", "s3", "s4", "s5"]  # in the order they came due
    assert poller.pace.behind().started == 6 and poller.pace.behind().waiting == 0


async def test_a_poll_reads_its_sources_state_from_the_store_once(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # A state read scans the store's table of sources (where it has no index): once per poll.
    sources = [Source(name="s0", url="http://127.0.0.1:9/0", interval=600)]
    catalog = SourceCatalog(sources, store)
    await catalog.load()
    reads = count_state_reads(store, monkeypatch)
    async with Fetcher(allow_private_addresses=True, timeout=2) as fetcher:
        poller = Poller(catalog, fetcher, store, Clock(), lead_chars=100, alert_after=1,
                        wake_delivery=lambda: None, alert=lambda *args: asyncio.sleep(0))
        result = await poller.poll("s0", due=time.time())  # nothing listens on port 9: it fails
    assert result.status is PollStatus.FAILED and result.health is not None  # failing: told once
    assert reads == ["s0"]
    assert (await store.sources.state("s0")).alerted


class _Jobs:
    """What Scheduler asks of PTB's JobQueue, recorded."""

    def __init__(self) -> None:
        self.firsts: dict[str, float] = {}
        self.kwargs: dict[str, dict[str, Any]] = {}
        self.lookups = 0  # get_jobs_by_name calls: each wraps every job in PTB

    def jobs(self) -> tuple[Any, ...]:
        return ()

    def get_jobs_by_name(self, name: str) -> list[Any]:
        self.lookups += 1
        return []

    def run_repeating(self, callback: Any, *, interval: float, first: float, name: str,
                      data: Any = None, job_kwargs: dict[str, Any] | None = None) -> None:
        self.firsts[name] = first
        self.kwargs[name] = job_kwargs or {}

    def run_custom(self, callback: Any, *, job_kwargs: dict[str, Any], name: str) -> None:
        self.kwargs[name] = job_kwargs


async def test_first_polls_are_spread_evenly_over_the_interval_without_jitter(store: Store) -> None:
    catalog = SourceCatalog([Source(name=f"s{n:04}", url=f"http://127.0.0.1/{n}", interval=600)
                             for n in range(1000)], store)
    await catalog.load()
    jobs = _Jobs()
    Scheduler(jobs).start(catalog)  # type: ignore[arg-type]
    firsts = sorted(first for name, first in jobs.firsts.items() if name.startswith("poll:"))
    assert len(firsts) == 1000 and firsts[0] >= 1.0 and firsts[-1] < 600
    per_minute = [sum(1 for f in firsts if m * 60 <= f < (m + 1) * 60) for m in range(10)]
    assert max(per_minute) - min(per_minute) <= 2  # 100 a minute, not 1,000 in 20 s
    assert "jitter" not in jobs.kwargs["poll:s0000"]
    assert jobs.kwargs["poll:s0000"]["max_instances"] == 1
    assert jobs.lookups == 0  # no look-up per source: that cost sources x sources at the start


def test_stats_says_whether_polling_is_on_time_or_how_far_behind() -> None:
    from types import SimpleNamespace

    from bot.chat.admin_health import polling_pace

    poller = SimpleNamespace(pace=Pace())
    svc: Any = SimpleNamespace(poller=poller)
    assert polling_pace(svc, "en") == "Polling: on time"
    now = time.time()
    poller.pace.waiting(1, due=now - 40, interval=60)
    poller.pace.started(1, due=now - 40, interval=60, now=now)
    poller.pace.waiting(2, due=now - 50, interval=60)
    line = polling_pace(svc, "en")
    assert "Polling is behind: 1 polls waiting" in line and "1 of 1 polls started late" in line
    assert "up to 50 s" in line
    assert "en retard" in polling_pace(svc, "fr")
