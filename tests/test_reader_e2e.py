"""What readers see, end to end (issue 11): real PTB over HTTP against a fake Bot API whose
limits are Telegram's strictest (UTF-16 lengths, at most 3 messages within any second to a
private chat, the 31st message within any second refused, retry_after at least 1 s)."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest_asyncio

from bot.config import DeliverySettings, DigestSettings, Settings
from bot.models import Source, SourceKind
from tests.auxil.fake_bot_api import MAX_TEXT_LENGTH, FakeBotAPI, utf16_units
from tests.auxil.harness import SOURCE, publish, running_bot, site_source, subscribed
from tests.auxil.harness import make_settings as harness_settings
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import Story, article_page, rss_feed, story

ALICE = 1001
PER_CHAT = 0.4  # seconds between two messages to one chat: within 3 a second


@pytest_asyncio.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    """Yield the fake Bot API with the strict limits on, for every test here."""
    async with FakeBotAPI(enforce_limits=True, strict=True) as server:
        yield server


def make_settings(tmp_path: Path, api: FakeBotAPI, sources: list[Source], **sections: Any) -> Settings:
    """Return the harness's settings, paced for the strict limits."""
    sections.setdefault("delivery", DeliverySettings(per_chat_interval=PER_CHAT))
    return harness_settings(tmp_path, api, sources, **sections)


def publish_feed(site: NewsSite, stories: list[Story]) -> None:
    """Serve /feed.xml listing the stories (newest first) and each story's page."""
    site.set("/feed.xml", rss_feed(stories, site.base_url), content_type="application/rss+xml")
    for s in stories:
        site.set(s.path, article_page(s))


def feed_source(site: NewsSite, name: str = SOURCE, **kw: object) -> Source:
    """Return a source for the fake site's feed, polled only when a test says so."""
    return Source(name=name, url=site.url("/feed.xml"), title="Le Fil", kind=SourceKind.FEED,
                  interval=3600, **kw)  # type: ignore[arg-type]


async def test_an_emoji_heavy_digest_and_a_huge_title_arrive_within_telegrams_utf16_limit(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        await subscribed(bot, fake_api, ALICE)
        others = [story(10 + i, "🔥📈🌍 " * 15 + f"Autre nouvelle {i}") for i in range(60)]
        publish(news_site, [*others, story(1)])
        await bot.poll()
        emoji = (await fake_api.wait_for_messages(ALICE, 2))[1]
        # A feed lists a headline of any length (a front page would not take it for one).
        huge = story(2, "🔥📈 Un titre qui n'en finit pas " * 200)  # ~6,000 units
        publish_feed(news_site, [story(1)])
        settings = make_settings(tmp_path / "feed", fake_api, [feed_source(news_site)])
    (tmp_path / "feed").mkdir()
    async with running_bot(settings) as bot:
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 3)
        await bot.poll()
        publish_feed(news_site, [huge, story(1)])
        await bot.poll()
        cut = (await fake_api.wait_for_messages(ALICE, 4))[3]
    assert utf16_units(emoji["plain"]) <= MAX_TEXT_LENGTH  # the fake refuses more, too
    assert re.search(r"\+\d+ de plus$", emoji["plain"])
    assert utf16_units(cut["plain"]) <= MAX_TEXT_LENGTH
    assert f'<a href="{news_site.url(huge.path)}"><b>🔥📈 Un titre' in cut["text"]  # cut, still a link


async def test_long_replies_are_split_at_line_ends_within_utf16_limit(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    sources = [Source(name=f"s{i:03d}", url=news_site.url(f"/s{i}"), kind=SourceKind.FEED,
                      title="📰🔥🌍 Le journal numéro " + str(i) + " 🗞" * 10, interval=86400)
               for i in range(200)]
    settings = make_settings(tmp_path, fake_api, sources)

    def listed() -> set[str]:
        return set(re.findall(r"\bs\d{3}\b", "\n".join(r["plain"] for r in fake_api.messages_to(ALICE))))

    async with running_bot(settings):
        fake_api.user_sends("/sources", chat_id=ALICE)
        await fake_api.wait_for(lambda: len(listed()) == 200, what="every source listed")
        replies = fake_api.messages_to(ALICE)
    assert len(replies) > 1 and all(utf16_units(r["plain"]) <= MAX_TEXT_LENGTH for r in replies)


BOB = 1002
CAROL = 1003


async def test_filters_decide_per_story_on_its_own_title_and_lead(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        for chat, words in ((ALICE, "-népal"), (BOB, "-otan"), (CAROL, "+inondations")):
            fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=chat)
            fake_api.user_sends(f"/filter {words}", chat_id=chat)
            await fake_api.wait_for_messages(chat, 2)
        await bot.poll()
        first = story(2, "Le Conseil OTAN-Russie se réunira après le sommet")
        # A sidebar headline of the first story names the word Carol wants: it admits nothing.
        first.related = [("/Chine/n3/2016/0704/c1-1.html", "Des inondations ailleurs")]
        second = story(3, "Séisme au Népal : les secours arrivent")
        publish(news_site, [first, second, story(1)])
        await bot.poll()
        (alice,) = (await fake_api.wait_for_messages(ALICE, 3))[2:]
        (bob,) = (await fake_api.wait_for_messages(BOB, 3))[2:]
        await bot.deliver()
        assert len(fake_api.messages_to(CAROL)) == 2  # no story of hers: nothing sent
    # Alice filtered the second story only: she gets the first, without the second's headline.
    assert first.title in alice["plain"] and "Népal" not in alice["plain"]
    # Bob filtered the lead: the second story leads his copy, with its own lead.
    assert bob["plain"].splitlines()[1] == second.title
    assert "Première phrase de l'article 3" in bob["plain"] and "OTAN" not in bob["plain"]


async def test_a_digest_previews_its_own_story_and_settings_turn_it_off(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        await subscribed(bot, fake_api, ALICE)
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        digest = (await fake_api.wait_for_messages(ALICE, 2))[1]
        # The story itself is previewed, never a related headline's link nor the first link.
        assert digest["link_preview_options"] == {"is_disabled": False, "prefer_large_media": True,
                                                  "url": news_site.url(story(2).path)}
        fake_api.user_sends("/settings", chat_id=ALICE)
        view = (await fake_api.wait_for_messages(ALICE, 3))[2]
        assert "la photo et le titre" in view["plain"]
        fake_api.user_presses("rs:preview:off", chat_id=ALICE, message_id=view["message_id"])
        await fake_api.wait_for(lambda: fake_api.calls_of("editMessageText"), what="the settings anew")
        publish(news_site, [story(3), story(2), story(1)])
        await bot.poll()
        quiet = (await fake_api.wait_for_messages(ALICE, 4))[3]
        # Off: Telegram gets the bot's default, no preview at all.
        assert quiet["link_preview_options"] == {"is_disabled": True}
        reply = fake_api.messages_to(ALICE)[0]
        assert reply["link_preview_options"] == {"is_disabled": True}  # replies preview nothing


async def test_a_site_time_without_zone_is_the_sources_zone_shown_in_the_readers(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    # "08h36" on Le Quotidien du Peuple is Beijing time: 00:36 UTC, 20:36 the day before in New York.
    publish(news_site, [story(1)])
    beijing = Source(name=SOURCE, url=news_site.url("/"), title="Le Quotidien du Peuple en ligne",
                     kind=SourceKind.PAGE, interval=3600, timezone="Asia/Shanghai")
    settings = make_settings(tmp_path, fake_api, [beijing])
    async with running_bot(settings) as bot:
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=ALICE)
        fake_api.user_sends("/timezone America/New_York", chat_id=ALICE)
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=BOB)  # the bot's zone: Europe/Paris
        await fake_api.wait_for_messages(ALICE, 2)
        await fake_api.wait_for_messages(BOB, 1)
        await bot.poll()
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        alice = (await fake_api.wait_for_messages(ALICE, 3))[2]
        bob = (await fake_api.wait_for_messages(BOB, 2))[1]
    assert "4 juillet 2016 à 20h36" in alice["plain"]
    assert "5 juillet 2016 à 02h36" in bob["plain"]


async def test_latest_polls_first_when_the_last_poll_is_over_a_minute_old(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        bot.clock.set(bot.clock.now())  # frozen from here: the test moves it
        await bot.poll()
        publish(news_site, [story(2, "Une nouvelle toute fraîche"), story(1)])
        fake_api.user_sends("/latest", chat_id=ALICE)
        (recent,) = await fake_api.wait_for_messages(ALICE, 1)
        assert story(1).title in recent["plain"]  # polled seconds ago: answered from that poll
        bot.clock.advance(61)
        fake_api.user_sends("/latest", chat_id=ALICE)
        fresh = (await fake_api.wait_for_messages(ALICE, 2))[1]
        assert "Une nouvelle toute fraîche" in fresh["plain"]  # polled now, then answered
        assert fresh["link_preview_options"]["url"] == news_site.url(story(2).path)  # its preview
        # A subscriber whose /latest poll found the story gets it once, as its delivery.
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=BOB)
        await fake_api.wait_for_messages(BOB, 1)
        publish(news_site, [story(3, "Encore une autre nouvelle, celle-ci pour Bob"), story(2, "Une nouvelle toute fraîche"),
                            story(1)])
        bot.clock.advance(61)
        fake_api.user_sends("/latest", chat_id=BOB)
        await fake_api.wait_for_messages(BOB, 2)
        await bot.deliver()
    assert [m["plain"].count("Encore une autre") for m in fake_api.messages_to(BOB)][1:] == [1], [m["plain"][:200] for m in fake_api.messages_to(BOB)]


async def test_digest_times_are_checked_at_each_minute_boundary(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        assert bot.app.job_queue is not None
        (job,) = bot.app.job_queue.get_jobs_by_name("roundups")
        first = job.next_t
        assert first is not None and first.second == 0 and first.microsecond == 0
        assert 0 < first.timestamp() - time.time() <= 60.5
        # The next check is the next minute's start: no drift from the start-up time.
        trigger = job.job.trigger
        following = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
        assert following is not None and (following - first).total_seconds() == 60.0


async def test_replies_share_the_pacing_with_digests_and_are_sent_again_after_a_429(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        await subscribed(bot, fake_api, ALICE)
        publish(news_site, [story(2), story(1)])
        await bot.poll()  # a digest on its way to Alice...
        fake_api.user_sends("/language en", chat_id=ALICE)  # ...and two commands in the same second
        fake_api.user_sends("/start", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 4, timeout=15)
        fake_api.queue_failures("sendMessage", [("retry_after", 1)])  # Telegram refuses the next one
        fake_api.user_sends("/help", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 5, timeout=15)
        await bot.deliver()
    assert fake_api.stats["retry_after"] == 1  # only the one forced: the pace kept every limit
    texts = [m["plain"] for m in fake_api.messages_to(ALICE)]
    assert sum(t.startswith("📰") and story(2).title in t for t in texts) == 1  # the digest, once
    assert any("/subscribe" in t and "/latest" in t for t in texts[3:])  # /help, sent again


async def test_each_story_mode_sends_one_message_per_story_with_its_lead_reading_max_articles(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)],
                             digest=DigestSettings(max_articles=2))
    async with running_bot(settings) as bot:
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=ALICE)
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=BOB)  # a digest per poll, as before
        fake_api.user_sends("/settings", chat_id=ALICE)
        view = (await fake_api.wait_for_messages(ALICE, 2))[1]
        fake_api.user_presses("rs:mode:each", chat_id=ALICE, message_id=view["message_id"])
        await fake_api.wait_for(lambda: fake_api.calls_of("editMessageText"), what="the settings anew")
        assert "un message par article" in fake_api.calls_of("editMessageText")[0]["text"]
        await bot.poll()
        new = [story(2), story(3), story(4)]
        publish(news_site, [*new, story(1)])
        await bot.poll()
        # /subscribe, /settings, its edit, then the three stories
        alone = (await fake_api.wait_for_messages(ALICE, 6))[3:]
        (digest,) = (await fake_api.wait_for_messages(BOB, 2))[1:]
        await bot.deliver()
    assert len(fake_api.messages_to(ALICE)) == 6
    for message, s in zip(alone, new):
        assert message["plain"].splitlines()[1] == s.title  # its own headline leads
        assert "Également nouveau" not in message["plain"]
        assert message["link_preview_options"]["url"] == news_site.url(s.path)
    # max_articles = 2: the first two are read from their pages (lead and related headlines)...
    for message, s in zip(alone[:2], new):
        assert f"Première phrase de l'article {s.path[-6]}" in message["plain"]
        assert "À lire aussi" in message["plain"]
    assert news_site.hits(new[2].path) == 0  # ...the third one is not fetched
    assert new[1].title in digest["plain"] and new[2].title in digest["plain"]  # Bob: one digest


ADMIN = 42  # make_settings's bot admin


async def test_addsource_primes_at_the_add_so_a_story_published_before_the_first_poll_is_sent(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish_feed(news_site, [story(1)])
    news_site.set("/empty.xml", rss_feed([], news_site.base_url), content_type="application/rss+xml")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        fake_api.user_sends(f"/addsource fil {news_site.url('/feed.xml')}", chat_id=ADMIN)
        fake_api.user_sends(f"/addsource neuf {news_site.url('/empty.xml')}", chat_id=ADMIN)
        await fake_api.wait_for(lambda: {"fil", "neuf"} <= set(bot.services.catalog.active),
                                what="both sources added")
        fake_api.user_sends("/subscribe fil neuf", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 1)
        # Published between the add and the first scheduled poll: news, not "already there".
        publish_feed(news_site, [story(2, "Publiée juste après l'ajout de la source"), story(1)])
        news_site.set("/empty.xml", rss_feed([story(3, "Le tout premier article du fil neuf")],
                                             news_site.base_url), content_type="application/rss+xml")
        await bot.poll("fil")
        await bot.poll("neuf")
        await fake_api.wait_for_messages(ALICE, 3)
        await bot.deliver()
    texts = [m["plain"] for m in fake_api.messages_to(ALICE)[1:]]
    assert len(texts) == 3 - 1
    assert any("Publiée juste après l'ajout" in t for t in texts)
    assert any("Le tout premier article du fil neuf" in t for t in texts)
    assert not any(story(1).title in t.splitlines()[1] for t in texts)  # what the add saw is not news
