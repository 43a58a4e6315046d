"""refresh(): a poll of a real local site with the real fetcher and store, no Telegram."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
import pytest_asyncio

from bot.models import Source, SourceKind
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError
from bot.pipeline import refresh
from bot.store import Store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import rss_feed, story


@pytest_asyncio.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    """Yield a fetcher allowed to reach the local test site."""
    async with Fetcher(timeout=5, allow_private_addresses=True) as f:
        yield f


@pytest.fixture
def store(tmp_path: Path) -> AsyncIterator[Store]:
    """Yield a store in a temp folder."""
    opened = Store(tmp_path / "bot.json")
    yield opened  # type: ignore[misc]
    opened.close()


async def test_first_poll_records_without_queuing_and_keeps_a_digest_for_latest(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    publish(news_site, [story(1), story(2)])
    store.subscribe(1, "quotidien")
    result = await refresh(site_source(news_site), fetcher=fetcher, store=store)
    assert result.primed and result.queued == 0 and store.pending_count() == 0
    assert store.latest_digest("quotidien").title == story(1).title


async def test_new_stories_make_one_digest_led_by_the_top_one(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    source = site_source(news_site)
    publish(news_site, [story(1)])
    await refresh(source, fetcher=fetcher, store=store)
    store.subscribe(1, "quotidien")
    store.subscribe(2, "quotidien")
    publish(news_site, [story(3), story(2), story(1)])
    result = await refresh(source, fetcher=fetcher, store=store)
    assert result.new == 2 and result.queued == 2
    digest = result.digest
    assert digest.title == story(3).title and "Première phrase de l'article 3" in digest.lead
    assert [h.title for h in digest.others] == [story(2).title]
    again = await refresh(source, fetcher=fetcher, store=store)
    assert again.new == 0 and store.pending_count() == 2


async def test_a_feed_source_uses_its_entries_and_a_broken_article_falls_back_to_the_summary(
    news_site: NewsSite, fetcher: Fetcher, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    older = story(1)
    older.published = datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)
    news_site.set("/rss.xml", rss_feed([older], news_site.base_url), content_type="application/rss+xml")
    source = Source(name="fil", url=news_site.url("/rss.xml"), kind=SourceKind.AUTO)
    await refresh(source, fetcher=fetcher, store=store)
    newer = story(2)
    newer.published = datetime(2024, 3, 5, 9, 0, tzinfo=timezone.utc)
    news_site.set("/rss.xml", rss_feed([older, newer], news_site.base_url),
                  content_type="application/rss+xml")
    # The article page of the new entry is missing: the digest still goes out, from the feed.
    with caplog.at_level(logging.WARNING):
        result = await refresh(source, fetcher=fetcher, store=store)
    assert result.digest.url == news_site.url(newer.path)
    assert result.digest.lead.startswith("Première phrase de l'article 2")
    assert result.digest.published == newer.published
    assert any("fil" in r.getMessage() and "404" in r.getMessage() for r in caplog.records)


async def test_a_304_answer_costs_no_parsing(news_site: NewsSite, fetcher: Fetcher, store: Store) -> None:
    stories = [story(1)]
    news_site.set("/", "<html>not parsed</html>", etag="v1")
    source = site_source(news_site)
    store.mark_seen(source.name, [])
    store.update_source_state(source.name, etag='"v1"')
    result = await refresh(source, fetcher=fetcher, store=store)
    assert result.not_modified
    del stories


async def test_a_broken_listing_raises_and_a_page_without_articles_says_so(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    news_site.fail("/", 500)
    with pytest.raises(FetchError, match="500"):
        await refresh(site_source(news_site), fetcher=fetcher, store=store)
    news_site.set("/", "<html><body><p>Maintenance</p></body></html>")
    with pytest.raises(ListingError):
        await refresh(site_source(news_site), fetcher=fetcher, store=store)


async def test_a_failing_source_is_logged_with_its_name_and_counted_by_the_bot(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, caplog: pytest.LogCaptureFixture
) -> None:
    news_site.fail("/", 503, times=2)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        now = [time.time()]
        bot.services.store.clock = lambda: now[0]  # the backoff's clock: no real waiting
        with caplog.at_level(logging.WARNING):
            await bot.poll()
            now[0] += 3600  # past the backoff (one interval) that the first failure starts
            await bot.poll()
        state = bot.services.store.source_state("quotidien")
        assert state.failures == 2 and "503" in (state.last_error or "")
        publish(news_site, [story(1)])
        now[0] += 2 * 3600
        await bot.poll()  # the job keeps polling: the source recovers
        assert bot.services.store.source_state("quotidien").failures == 0
    assert any(r.getMessage().startswith("quotidien: poll failed (2 in a row)") for r in caplog.records)
