"""bot/parsing.py: parses in worker processes give the results the parsers give, within a budget."""

from __future__ import annotations

import asyncio
import os
import pickle
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot import parsing
from bot.models import Article, Entry, Headline
from bot.news import listing as listing_module
from bot.news.article import extract_article
from bot.news.listing import ListingError, parse_listing
from bot.news.opml import parse_opml
from bot.parsing import Budget, ParseAborted, ParsePool
from tests.auxil.lag import with_max_lag

FIXTURES = Path(__file__).parent / "fixtures"


@pytest_asyncio.fixture
async def pool() -> AsyncIterator[ParsePool]:
    """Yield a pool of two workers with a one-second, 300 MB budget."""
    made = ParsePool(Budget(seconds=1.0, memory_mb=300), workers=2)
    yield made
    made.close()


def bot_package_file() -> str:
    """Return where the worker imported the bot from (run in a worker)."""
    return str(sys.modules["bot"].__file__)


# ---------------------------------------------------------------------------- same results


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "listing").iterdir()))
async def test_a_listing_parsed_in_a_worker_is_the_listing_parsed_here(name: str) -> None:
    content = (FIXTURES / "listing" / name).read_bytes()
    try:
        here: object = parse_listing(content, "https://example.org/")
    except ListingError as exc:
        with pytest.raises(ListingError, match=str(exc)):
            await parsing.parse_listing(content, "https://example.org/")
        return
    assert await parsing.parse_listing(content, "https://example.org/") == here


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "articles").iterdir()))
async def test_an_article_extracted_in_a_worker_is_the_article_extracted_here(name: str) -> None:
    content = (FIXTURES / "articles" / name).read_bytes()
    url = "https://example.org/monde/2024/03/05/un-article_123456.html"
    assert await parsing.extract_article(content, url) == extract_article(content, url)


async def test_an_opml_file_read_in_a_worker_is_the_file_read_here_and_its_errors_too() -> None:
    data = b'<opml version="2.0"><body><outline text="Le Fil" xmlUrl="https://example.org/rss"/></body></opml>'
    assert await parsing.parse_opml(data) == parse_opml(data) == [("Le Fil", "https://example.org/rss")]
    with pytest.raises(ValueError, match="root element is <rss>"):
        await parsing.parse_opml(b"<rss/>")


async def test_the_workers_run_the_bot_this_process_runs() -> None:
    assert await parsing.pool().run(bot_package_file) == sys.modules["bot"].__file__


def test_what_crosses_between_processes_pickles_to_itself() -> None:
    listing = parse_listing((FIXTURES / "listing" / "french_rss.xml").read_bytes(), "https://example.org/")
    article = Article(url="u", title="t", paragraphs=["p"], lead="l", related=[Headline("h", "u")])
    for value in (listing, article, Entry(url="u", title="t"), Headline("h", "u"), ListingError("bad")):
        copy = pickle.loads(pickle.dumps(value))
        assert copy == value or (isinstance(copy, ListingError) and str(copy) == "bad")


# ---------------------------------------------------------------------------- the budget


async def test_a_parse_over_its_time_is_killed_and_the_next_one_runs(pool: ParsePool) -> None:
    started = time.monotonic()
    result, lag = await with_max_lag(pool.run(time.sleep, 30))
    assert isinstance(result, ParseAborted) and "longer than 1 s" in str(result)
    assert time.monotonic() - started < 5 and lag < 0.1
    assert await pool.run(len, "abc") == 3


async def test_a_parse_over_its_memory_fails_and_the_next_one_runs(pool: ParsePool) -> None:
    with pytest.raises(ParseAborted, match="memory budget of 300 MB"):
        await pool.run(bytearray, 400 * 1024 * 1024)
    assert await pool.run(len, bytearray(1000)) == 1000


def fill_memory_then_hang() -> None:
    """Take memory until the cap refuses it, then never come back (as libxml2 may not, after a refused allocation)."""
    held = []
    try:
        while True:
            held.append(bytearray(8 * 1024 * 1024))
    except MemoryError:
        pass
    time.sleep(60)


async def test_a_parse_that_reached_its_memory_cap_and_never_answers_fails_as_over_its_memory_not_its_time() -> None:
    pool = ParsePool(Budget(seconds=10.0, memory_mb=300), workers=1)
    try:
        with pytest.raises(ParseAborted, match="memory budget of 300 MB"):
            await pool.run(fill_memory_then_hang)
        assert await pool.run(len, "ok") == 2
    finally:
        pool.close()


async def test_a_task_too_big_for_the_worker_to_receive_fails_as_over_its_memory(pool: ParsePool) -> None:
    # The worker runs out while it receives the task, before any parser runs: the same answer.
    with pytest.raises(ParseAborted, match="memory budget of 300 MB"):
        await pool.run(len, bytes(350 * 1024 * 1024))
    assert await pool.run(len, "ok") == 2


async def test_a_worker_that_dies_fails_its_parse_only(pool: ParsePool) -> None:
    with pytest.raises(ParseAborted, match="exit code 3"):
        await pool.run(os._exit, 3)
    assert await pool.run(len, "ok") == 2


async def test_a_parser_error_reaches_the_caller_as_itself(pool: ParsePool) -> None:
    with pytest.raises(ListingError, match="not a feed nor an HTML page"):
        await pool.run(listing_module.parse_listing, b"plain words", "https://example.org/")


async def test_a_slow_parse_does_not_hold_up_another(pool: ParsePool) -> None:
    slow = asyncio.ensure_future(pool.run(time.sleep, 0.8))
    started = time.monotonic()
    assert await pool.run(len, "quick") == 5
    assert time.monotonic() - started < 0.6 and not slow.done()
    await slow


async def test_a_worker_is_replaced_after_its_share_of_parses() -> None:
    pool = ParsePool(workers=1, tasks_per_worker=2)
    try:
        pids = [await pool.run(os.getpid) for _ in range(3)]
    finally:
        pool.close()
    assert pids[0] == pids[1] != pids[2]


async def test_a_closed_pool_parses_nothing_and_its_workers_are_gone() -> None:
    pool = ParsePool(workers=1)
    pid = await pool.run(os.getpid)
    pool.close()
    with pytest.raises(ParseAborted, match="closed"):
        await pool.run(len, "x")
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


async def test_closing_the_bots_pool_ends_a_parse_under_way_and_the_next_parse_starts_anew() -> None:
    running = asyncio.ensure_future(parsing.pool().run(time.sleep, 30))
    await asyncio.sleep(0.3)
    started = time.monotonic()
    await asyncio.to_thread(parsing.close)
    with pytest.raises(ParseAborted):
        await running
    assert time.monotonic() - started < 3
    assert await parsing.pool().run(len, "again") == 5


def test_a_worker_returns_a_listings_first_entries_only(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("<html><body><main>" + "".join(
        f'<a href="/2024/01/story-number-{i}-of-the-day">A headline for story number {i} today</a>'
        for i in range(10)) + "</main></body></html>")
    monkeypatch.setattr(parsing, "MAX_ENTRIES", 3)
    whole = parse_listing(page, "https://example.org/")
    assert parsing.read_listing(page, "https://example.org/").entries == whole.entries[:3]
