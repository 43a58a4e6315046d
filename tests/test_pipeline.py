"""refresh(): a poll of a real local site with the real fetcher and store, no Telegram."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import Clock
from bot.config import DigestSettings
from bot.models import Source, SourceKind
from bot.news.fetch import Fetcher
from bot.pipeline import PollStatus, RefreshResult, refresh
from bot.store import Store, open_store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import rss_feed, story
from tests.auxil.stores import Place


@pytest_asyncio.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    """Yield a fetcher allowed to reach the local test site."""
    async with Fetcher(timeout=5, allow_private_addresses=True) as f:
        yield f


@pytest_asyncio.fixture
async def store(database: Place) -> AsyncIterator[Store]:
    """Yield a store in a temp folder."""
    opened = open_store(database, clock=Clock())
    yield opened
    await opened.close()


async def poll(source: Source, fetcher: Fetcher, store: Store) -> RefreshResult:
    """Refresh a source as the bot's poller does, with the config's default lead length."""
    return await refresh(source, fetcher=fetcher, store=store, clock=store.clock,
                         lead_chars=DigestSettings().lead_chars)


async def test_first_poll_records_without_queuing_and_keeps_a_digest_for_latest(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    publish(news_site, [story(1), story(2)])
    await store.subscriptions.subscribe(1, "quotidien")
    result = await poll(site_source(news_site), fetcher, store)
    assert result.status is PollStatus.PRIMED and result.queued == 0
    assert await store.outbox.pending_count() == 0
    newest = await store.digests.newest(["quotidien"])
    assert newest is not None and newest.title == story(1).title


async def test_new_stories_make_one_digest_led_by_the_top_one(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    source = site_source(news_site)
    publish(news_site, [story(1)])
    await poll(source, fetcher, store)
    await store.subscriptions.subscribe(1, "quotidien")
    await store.subscriptions.subscribe(2, "quotidien")
    publish(news_site, [story(3), story(2), story(1)])
    result = await poll(source, fetcher, store)
    assert result.new == 2 and result.queued == 2
    digest = result.digest
    assert digest is not None
    assert digest.title == story(3).title and "Première phrase de l'article 3" in digest.lead
    assert [h.title for h in digest.others] == [story(2).title]
    again = await poll(source, fetcher, store)
    assert again.new == 0 and await store.outbox.pending_count() == 2


async def test_a_feed_source_uses_its_entries_and_a_broken_article_falls_back_to_the_summary(
    news_site: NewsSite, fetcher: Fetcher, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    older = story(1)
    older.published = datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)
    news_site.set("/rss.xml", rss_feed([older], news_site.base_url), content_type="application/rss+xml")
    source = Source(name="fil", url=news_site.url("/rss.xml"), kind=SourceKind.AUTO)
    await poll(source, fetcher, store)
    newer = story(2)
    newer.published = datetime(2024, 3, 5, 9, 0, tzinfo=timezone.utc)
    news_site.set("/rss.xml", rss_feed([older, newer], news_site.base_url),
                  content_type="application/rss+xml")
    # The article page of the new entry is missing: the digest still goes out, from the feed.
    with caplog.at_level(logging.WARNING):
        result = await poll(source, fetcher, store)
    assert result.digest is not None
    assert result.digest.url == news_site.url(newer.path)
    assert result.digest.lead.startswith("Première phrase de l'article 2")
    assert result.digest.published == newer.published
    assert any("fil" in r.getMessage() and "404" in r.getMessage() for r in caplog.records)


async def test_a_304_answer_costs_no_parsing(news_site: NewsSite, fetcher: Fetcher, store: Store) -> None:
    stories = [story(1)]
    news_site.set("/", "<html>not parsed</html>", etag="v1")
    source = site_source(news_site)
    await store.sources.mark_seen(source.name, [])
    state = await store.sources.state(source.name)
    await store.sources.save_state(dataclasses.replace(state, etag='"v1"'))
    result = await poll(source, fetcher, store)
    assert result.status is PollStatus.NOT_MODIFIED
    del stories


async def test_the_same_page_again_is_not_parsed_again_and_a_changed_or_broken_one_is(
    news_site: NewsSite, fetcher: Fetcher, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.pipeline

    parses: list[str] = []
    parse = bot.pipeline.parse_listing

    async def counted(content: bytes | str, url: str, kind: SourceKind = SourceKind.AUTO) -> object:
        parses.append(url)
        return await parse(content, url, kind)

    monkeypatch.setattr(bot.pipeline, "parse_listing", counted)
    hashes: dict[str, bytes] = {}
    source = site_source(news_site)

    async def poll_keeping_hashes() -> RefreshResult:
        return await refresh(source, fetcher=fetcher, store=store, clock=store.clock,
                             lead_chars=DigestSettings().lead_chars, page_hashes=hashes)

    publish(news_site, [story(1)])
    assert (await poll_keeping_hashes()).status is PollStatus.PRIMED
    assert (await poll_keeping_hashes()).status is PollStatus.UNCHANGED  # no 304, the same bytes
    assert len(parses) == 1
    publish(news_site, [story(2), story(1)])
    assert (await poll_keeping_hashes()).status is PollStatus.NEW
    assert len(parses) == 2
    news_site.set("/", "<html><body><p>Maintenance</p></body></html>")
    for _ in range(2):  # a page that failed is read again each time: it is not the page last read
        assert (await poll_keeping_hashes()).status is PollStatus.FAILED
    assert len(parses) == 4
    await store.sources.forget(source.name)  # a source started afresh primes again
    publish(news_site, [story(2), story(1)])
    assert (await poll_keeping_hashes()).status is PollStatus.PRIMED


async def test_each_poll_returns_the_state_it_saved_so_that_nobody_reads_it_again(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    source = site_source(news_site)
    news_site.set("/", "<html><body><p>Maintenance</p></body></html>")
    outcomes = [await poll(source, fetcher, store)]  # FAILED
    publish(news_site, [story(1)])
    outcomes.append(await poll(source, fetcher, store))  # PRIMED
    publish(news_site, [story(2), story(1)])
    outcomes.append(await poll(source, fetcher, store))  # NEW
    for result, status in zip(outcomes, (PollStatus.FAILED, PollStatus.PRIMED, PollStatus.NEW)):
        assert result.status is status and result.state is not None
    assert outcomes[0].state is not None and outcomes[0].state.failures == 1
    assert outcomes[1].state is not None and outcomes[1].state.primed and outcomes[1].state.failures == 0
    assert outcomes[-1].state == await store.sources.state(source.name)  # the newest, as stored


async def test_a_state_handed_in_is_the_one_the_poll_starts_from(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    source = site_source(news_site)
    news_site.set("/", "<html>not parsed</html>", etag="v1")
    await store.sources.mark_seen(source.name, [])
    state = await store.sources.state(source.name)
    # The caller's state (just read, say) holds the tag; the store's does not: the tag is sent.
    result = await refresh(source, fetcher=fetcher, store=store, clock=store.clock,
                           lead_chars=DigestSettings().lead_chars,
                           state=dataclasses.replace(state, etag='"v1"'))
    assert result.status is PollStatus.NOT_MODIFIED
    assert (await store.sources.state(source.name)).etag == '"v1"'


async def test_a_broken_listing_fails_the_poll_and_a_page_without_articles_says_so(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    # A poll never raises for a source it cannot read: it records the failure and says why.
    news_site.fail("/", 500)
    result = await poll(site_source(news_site), fetcher, store)
    assert result.status is PollStatus.FAILED and "500" in result.error
    news_site.set("/", "<html><body><p>Maintenance</p></body></html>")
    result = await poll(site_source(news_site), fetcher, store)
    assert result.status is PollStatus.FAILED and "no article links found" in result.error
    state = await store.sources.state("quotidien")
    assert state.failures == 2 and "no article links found" in (state.last_error or "")


async def test_a_failing_source_is_logged_with_its_name_and_counted_by_the_bot(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, caplog: pytest.LogCaptureFixture
) -> None:
    news_site.fail("/", 503, times=2)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        bot.clock.set(bot.clock.now())  # the backoff's clock: no real waiting
        with caplog.at_level(logging.WARNING):
            await bot.poll()
            bot.clock.advance(3600)  # past the backoff (one interval) that the first failure starts
            await bot.poll()
        state = await bot.services.store.sources.state("quotidien")
        assert state.failures == 2 and "503" in (state.last_error or "")
        publish(news_site, [story(1)])
        bot.clock.advance(2 * 3600)
        await bot.poll()  # the job keeps polling: the source recovers
        assert (await bot.services.store.sources.state("quotidien")).failures == 0
    assert any(r.getMessage().startswith("quotidien: poll failed (2 in a row)") for r in caplog.records)


async def test_a_story_moved_to_another_box_of_links_tagged_by_box_is_not_new_again(
    news_site: NewsSite, fetcher: Fetcher, store: Store
) -> None:
    # Each box tags its links with its number ("?pId=11"), and some story sits in two boxes (as on the sites that do
    # so): a story that moves to another box between two polls keeps its address, so it is never sent twice.
    from tests.auxil.pages import article_page

    def serve(boxes: list[tuple[int, list[int]]]) -> None:
        lists = "".join(
            "<ul>" + "".join(f'<li><a href="{story(n).path}?sCh=3d38&amp;pId={box}">{story(n).title}</a></li>' for n in numbers)
            + "</ul>" for box, numbers in boxes)
        news_site.set("/", f"<html><body>{lists}</body></html>")
        for _, numbers in boxes:
            for n in numbers:
                news_site.set(story(n).path, article_page(story(n)))

    source = site_source(news_site)
    serve([(11, [1, 2, 3]), (22, [4, 5, 1])])
    assert (await poll(source, fetcher, store)).status is PollStatus.PRIMED
    serve([(11, [6, 4, 5]), (22, [1, 2, 3, 6])])
    result = await poll(source, fetcher, store)
    assert result.new == 1 and result.digest is not None and result.digest.title == story(6).title
