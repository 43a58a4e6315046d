"""Sources that behave: a failing source backs off and admins hear of it once; a 304 is not parsed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot import pipeline
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import SOURCE, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import front_page, story

ADMIN = 42  # the harness's settings make user 42 a bot admin


async def test_a_failing_source_backs_off_and_admins_are_told_once_then_once_on_recovery(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    settings = dataclasses.replace(settings, fetch=dataclasses.replace(settings.fetch, alert_after=3))
    async with running_bot(settings) as bot:
        store = bot.services.store
        bot.clock.set(1_000_000.0)  # the backoff reads the bot's clock: no waiting for hours
        fake_api.user_sends("/start", chat_id=ADMIN)  # the admin has a chat with the bot
        await fake_api.wait_for_messages(ADMIN, 1)
        news_site.fail("/", 500, times=100)

        hits = []
        for _ in range(6):  # poll ticks, each one hour (the source's interval) apart
            await bot.poll()
            hits.append(news_site.hits("/"))
            bot.clock.advance(3600)
        # Tries at 0 h, 1 h (wait 1 interval), 3 h (wait 2), then the next waits 4 h: 7 h.
        assert hits == [1, 2, 2, 3, 3, 3]
        assert (await store.sources.state(SOURCE)).failures == 3
        alerts = fake_api.messages_to(ADMIN)[1:]
        assert len(alerts) == 1 and "a échoué 3 fois de suite" in alerts[0]["plain"]
        assert "500" in alerts[0]["plain"]

        bot.clock.advance(7 * 3600)
        await bot.poll()  # a fourth failure: no second alert
        assert (await store.sources.state(SOURCE)).failures == 4
        bot.clock.advance(6 * 3600 + 1)  # the wait is capped at 6 h (8 h otherwise)
        news_site._failures.clear()
        await bot.poll()
        recovered = (await fake_api.wait_for_messages(ADMIN, 3))[2]
        assert "fonctionne de nouveau" in recovered["plain"]
        bot.clock.advance(3600)
        await bot.poll()
        await bot.deliver()
        assert (await store.sources.state(SOURCE)).failures == 0
    assert len(fake_api.messages_to(ADMIN)) == 3


async def test_a_304_answer_costs_no_parsing_and_counts_as_a_success(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = [story(1)]
    publish(news_site, stories)
    news_site.set("/", front_page(stories), etag="v1", last_modified="Tue, 05 Jul 2016 08:36:00 GMT")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        await bot.poll()
        state = await bot.services.store.sources.state(SOURCE)
        assert state.etag == '"v1"' and state.last_modified == "Tue, 05 Jul 2016 08:36:00 GMT"

        def no_parsing(*args: object, **kwargs: object) -> None:
            raise AssertionError("a 304 must not be parsed")

        monkeypatch.setattr(pipeline, "parse_listing", no_parsing)
        monkeypatch.setattr(pipeline, "extract_article", no_parsing)
        await bot.poll()
        state = await bot.services.store.sources.state(SOURCE)
    _, path, headers = news_site.requests[-1]
    assert path == "/" and headers.get("If-None-Match") == '"v1"'
    assert state.failures == 0 and state.last_error is None

