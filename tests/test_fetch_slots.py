"""Tests for the Fetcher under load: its caps on fetches at once, and a pool that cannot be left stuck."""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import Counter

import httpx
import pytest

from bot.news.fetch import FetchError, Fetcher
from tests.auxil.news_site import NewsSite


async def test_fetches_wait_for_a_slot_overall_and_per_host_and_the_wait_does_not_time_them_out() -> None:
    running: Counter[str] = Counter()
    peak_total = 0
    peak_host: Counter[str] = Counter()

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal peak_total
        host = request.headers["host"]
        running[host] += 1
        peak_total = max(peak_total, sum(running.values()))
        peak_host[host] = max(peak_host[host], running[host])
        await asyncio.sleep(0.05)
        running[host] -= 1
        return httpx.Response(200, stream=httpx.ByteStream(b"ok"))

    urls = [f"http://127.0.0.{n % 2 + 1}/{n}" for n in range(60)]  # two busy hosts
    urls += [f"http://127.0.1.{n}/" for n in range(1, 21)]  # and twenty with one page each
    # 80 answers of 50 ms, 6 at once: about 0.7 s in all, longer than the time-out of one fetch.
    async with Fetcher(timeout=0.3, allow_private_addresses=True, transport=httpx.MockTransport(answer),
                       max_fetches=6, max_per_host=2) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for url in urls))
        assert fetcher.slots.peak == 6 and fetcher.slots.busy == 0
    assert all(r.status == 200 for r in results)
    assert peak_total == 6
    assert peak_host["127.0.0.1"] == peak_host["127.0.0.2"] == 2


async def test_the_per_host_cap_keys_on_the_host_name_not_the_port() -> None:
    running = peak = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.02)
        running -= 1
        return httpx.Response(200, stream=httpx.ByteStream(b"ok"))

    async with Fetcher(allow_private_addresses=True, transport=httpx.MockTransport(answer),
                       max_fetches=50, max_per_host=3) as fetcher:
        await asyncio.gather(*(fetcher.fetch(f"http://127.0.0.1:{8000 + n}/") for n in range(12)))
    assert peak == 3


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc")
async def test_time_outs_under_contention_leave_no_connection_behind(news_site: NewsSite) -> None:
    # encode/httpcore#1093: a request cancelled just after the pool handed it a new connection
    # leaves that connection in the pool for good. 400 fetches at once of a page that answers
    # just before the time-out, cancelled while they wait: with one shared pool of 100
    # connections, bursts like these left connections open and slots taken after the fetches
    # had ended, until the pool was full. Each request now has a pool of its own, closed with it.
    news_site.set("/slow", "late", delay=0.45)  # answers just before the time-out: the race
    news_site.set("/late", "too late", delay=0.7)  # always times out, whatever the machine's load
    news_site.set("/fast", "ok")
    rng = random.Random(1093)
    async with Fetcher(timeout=0.5, allow_private_addresses=True, max_fetches=400, max_per_host=400) as fetcher:
        await fetcher.fetch(news_site.url("/fast"))
        before = _open_descriptors()

        async def slow(n: int) -> object:
            await asyncio.sleep(rng.uniform(0, 0.4))  # time-outs land while others connect
            return await fetcher.fetch(news_site.url("/slow" if n % 2 else "/late"))

        failed = 0
        for _burst in range(4):
            results = await asyncio.gather(*(slow(n) for n in range(400)), return_exceptions=True)
            assert all(isinstance(r, (FetchError, httpx.Response)) or not isinstance(r, BaseException)
                       for r in results)
            failed += sum(isinstance(r, FetchError) for r in results)
        assert failed > 400  # the burst did time out, so the race was run
        # The server (in this process) ends its slow answers; under load that takes a moment.
        deadline = time.monotonic() + 5.0
        while _open_descriptors() > before + 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert _open_descriptors() <= before + 2
        for _ in range(20):
            assert (await fetcher.fetch(news_site.url("/fast"))).status == 200
