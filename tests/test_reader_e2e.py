"""What readers see, end to end (issue 11): real PTB over HTTP against a fake Bot API whose
limits are Telegram's strictest (UTF-16 lengths, 3 messages a second to a private chat)."""

from __future__ import annotations

import re
from pathlib import Path

from bot.models import Source, SourceKind
from tests.auxil.fake_bot_api import MAX_TEXT_LENGTH, FakeBotAPI, utf16_units
from tests.auxil.harness import SOURCE, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import Story, article_page, rss_feed, story

ALICE = 1001


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
        fake_api.user_sends(f"/subscribe {SOURCE}", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 1)
        await bot.poll()
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
