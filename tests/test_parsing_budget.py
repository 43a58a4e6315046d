"""A pathological page costs its own source a failure within the parse budget; the bot keeps its pace.

The pages are made here: a feed of tens of thousands of nested elements and an article of
hundreds of thousands of nested divs, both several seconds of parsing, polled through refresh()
with a budget of one second. Meanwhile a ticker measures the event loop's lag.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot import parsing
from bot.clock import Clock
from bot.config import DigestSettings
from bot.models import Source, SourceKind
from bot.news.fetch import Fetcher
from bot.parsing import Budget
from bot.pipeline import PollStatus, RefreshResult, refresh
from bot.probe import ProbeError, ProbeFailure, Prober
from bot.store import Store, open_store
from tests.auxil.harness import publish, site_source
from tests.auxil.lag import with_max_lag
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import rss_feed, story

BUDGET_SECONDS = 1.0
MAX_LAG = 0.1  # seconds: what a chat would notice


def nested_feed(depth: int) -> str:
    """Return an RSS feed with one item whose description nests `depth` elements (seconds of feedparser)."""
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Un titre</title>'
            "<link>https://example.org/a/2024/1.html</link><description>"
            + "<x>" * depth + "</x>" * depth + "</description></item></channel></rss>")


def nested_article(depth: int) -> str:
    """Return an article page whose story sits under `depth` nested divs (seconds, and memory, of lxml and bs4)."""
    return ("<html><head><title>Un titre</title></head><body><article><h1>Un titre</h1>"
            + "<div>" * depth + "<p>Le texte de l'article.</p>" + "</div>" * depth + "</article></body></html>")


@pytest.fixture(autouse=True)
def small_budget() -> Iterator[None]:
    """Give every parse of this module one second; the bot's budget again afterwards."""
    parsing.configure(Budget(seconds=BUDGET_SECONDS))
    yield
    parsing.configure(Budget())


@pytest_asyncio.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(timeout=10, allow_private_addresses=True) as f:
        yield f


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = open_store(tmp_path / "bot.json", clock=Clock())
    yield opened
    await opened.close()


async def poll(source: Source, fetcher: Fetcher, store: Store) -> tuple[RefreshResult, float, float]:
    """Return a refresh's result, how long it took and the event loop's longest lag meanwhile."""
    started = time.monotonic()
    result, lag = await with_max_lag(refresh(source, fetcher=fetcher, store=store, clock=store.clock,
                                             lead_chars=DigestSettings().lead_chars))
    assert isinstance(result, RefreshResult)
    return result, time.monotonic() - started, lag


async def test_a_pathological_feed_is_its_sources_failure_within_the_budget_and_the_next_poll_works(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    source = Source(name="fil", url=news_site.url("/feed"), kind=SourceKind.FEED, interval=3600)
    news_site.set("/feed", nested_feed(60_000), content_type="application/rss+xml")
    result, took, lag = await poll(source, fetcher, store)
    assert result.status is PollStatus.FAILED and "took longer than 1 s" in result.error
    assert took < BUDGET_SECONDS + 2 and lag < MAX_LAG
    assert (await store.sources.state("fil")).failures == 1

    stories = [story(1), story(2)]
    publish(news_site, stories)
    news_site.set("/feed", rss_feed(stories, news_site.base_url), content_type="application/rss+xml")
    result, _, _ = await poll(source, fetcher, store)
    assert result.status is PollStatus.PRIMED and result.digest is not None
    assert result.digest.title == story(1).title and "Première phrase" in result.digest.lead


@pytest.mark.parametrize("depth, why", [
    (300_000, "took longer than 1 s"),  # seconds of lxml and bs4 ...
    (200_000, "over the memory budget of 200 MB"),  # ... and hundreds of megabytes
])
async def test_a_pathological_article_is_skipped_with_its_reason_and_the_digest_uses_the_listing(
    news_site: NewsSite, fetcher: Fetcher, store: Store, caplog: pytest.LogCaptureFixture,
    depth: int, why: str,
) -> None:
    if "memory" not in why:
        parsing.configure(Budget(seconds=BUDGET_SECONDS, memory_mb=2048))  # time runs out first
    else:
        # Memory runs out first. The cap stands well above a worker's own ~100 MB of address space
        # (Python, lxml, bs4), so that it is this page that runs into it; the time is ample: on a busy
        # machine bs4 takes half a minute or more to build the tree up to the cap.
        parsing.configure(Budget(seconds=300, memory_mb=200))
    stories = [story(1), story(2)]
    publish(news_site, stories)
    news_site.set(stories[0].path, nested_article(depth))
    source = site_source(news_site)
    with caplog.at_level(logging.WARNING, logger="bot.pipeline"):
        result, took, lag = await poll(source, fetcher, store)
    assert result.status is PollStatus.PRIMED and result.digest is not None
    assert result.digest.title == story(1).title
    assert f"article at {news_site.url(stories[0].path)} skipped" in caplog.text
    assert why in caplog.text
    assert lag < MAX_LAG
    if "memory" not in why:
        assert took < BUDGET_SECONDS + 2

    publish(news_site, [story(3), *stories])
    result, _, _ = await poll(source, fetcher, store)
    assert result.status is PollStatus.NEW and result.digest is not None
    assert "Première phrase de l'article 3" in result.digest.lead  # the workers are back


async def test_addsource_probing_a_pathological_feed_says_it_cannot_be_read_and_the_loop_keeps_its_pace(
    news_site: NewsSite, fetcher: Fetcher
) -> None:
    news_site.set("/feed", nested_feed(60_000), content_type="application/rss+xml")
    probe = Prober(fetcher, DigestSettings().lead_chars).probe(news_site.url("/feed"), "fil", with_digest=False)
    result, lag = await with_max_lag(probe)
    assert isinstance(result, ProbeError) and result.reason is ProbeFailure.LISTING
    assert "took longer than 1 s" in str(result) and lag < MAX_LAG
