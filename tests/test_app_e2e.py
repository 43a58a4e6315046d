"""The whole bot end to end: real PTB over HTTP, the fake Bot API, a local news site, TinyDB (or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from bot.store import Target
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import SOURCE, make_settings, publish, running_bot, site_source, storage_at, subscribed
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import story
from tests.auxil.stores import Place

ALICE = 1001  # a reader in a private chat
GROUP = -100500  # a group


async def test_start_describes_the_bot_and_the_menu_is_registered(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings):
        fake_api.user_sends("/start", chat_id=ALICE)
        (reply,) = await fake_api.wait_for_messages(ALICE, 1)
        assert SOURCE in reply["text"] and "/subscribe" in reply["text"]
        assert "Le Quotidien du Peuple en ligne" in reply["text"]
        names = {c["command"] for c in fake_api.my_commands()}
        assert {"start", "help", "subscribe", "unsubscribe", "latest", "sources"} <= names
        assert fake_api.my_commands(language_code="en")


async def test_subscriber_gets_a_digest_of_a_new_story_and_nothing_at_first_poll(
    tmp_path: Path, database: Place, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    old = [story(1), story(2)]
    publish(news_site, old)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)], storage=storage_at(database))
    async with running_bot(settings) as bot:
        await subscribed(bot, fake_api, ALICE)  # the first poll records what is there: no flood
        await bot.deliver()
        assert len(fake_api.messages_to(ALICE)) == 1

        fresh = story(3, "Le Conseil OTAN-Russie se réunira après le sommet de Varsovie")
        publish(news_site, [fresh, *old])
        await bot.poll()
        digest = (await fake_api.wait_for_messages(ALICE, 2))[1]
    assert digest["parse_mode"] == "HTML"
    assert f'href="{news_site.url(fresh.path)}"' in digest["text"]
    assert fresh.title in digest["plain"]
    assert "5 juillet 2016 à 08h36" in digest["plain"]
    assert "Première phrase de l'article 3" in digest["plain"]
    assert "Rédacteur" not in digest["plain"] and "WeChat" not in digest["plain"]
    related_path, related_title = fresh.related[0]
    assert f'href="{news_site.url(related_path)}"' in digest["text"]
    assert related_title in digest["plain"]


async def test_restart_sends_nothing_twice_and_keeps_subscriptions(
    tmp_path: Path, database: Place, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)], storage=storage_at(database))
    async with running_bot(settings) as bot:
        fake_api.user_sends("/subscribe", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 1)
        await bot.poll()
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await fake_api.wait_for_messages(ALICE, 2)

    async with running_bot(settings) as bot:  # the same database, a new process's worth of state
        await bot.poll()  # nothing new since
        await bot.deliver()
        assert len(fake_api.messages_to(ALICE)) == 2
        publish(news_site, [story(3), story(2), story(1)])
        await bot.poll()
        messages = await fake_api.wait_for_messages(ALICE, 3)
        await bot.deliver()
    assert len(fake_api.messages_to(ALICE)) == 3
    assert "article numéro 3" in messages[2]["plain"]


async def test_group_member_who_is_not_admin_cannot_subscribe_the_group(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    fake_api.set_member_status(GROUP, 7, "member")
    fake_api.set_member_status(GROUP, 8, "administrator")
    async with running_bot(settings) as bot:
        fake_api.user_sends("/subscribe", chat_id=GROUP, user_id=7, chat_type="group", chat_title="Club")
        (refusal,) = await fake_api.wait_for_messages(GROUP, 1)
        assert "administrateurs" in refusal["text"]
        assert await bot.services.store.subscriptions.of_chat(GROUP) == []

        fake_api.user_sends("/subscribe", chat_id=GROUP, user_id=8, chat_type="group", chat_title="Club")
        await fake_api.wait_for_messages(GROUP, 2)
        assert await bot.services.store.subscriptions.of_chat(GROUP) == [SOURCE]


async def test_unknown_source_name_is_answered_with_the_valid_names(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        fake_api.user_sends("/subscribe lemonde", chat_id=ALICE)
        (reply,) = await fake_api.wait_for_messages(ALICE, 1)
        assert "lemonde" in reply["plain"] and SOURCE in reply["plain"]
        assert await bot.services.store.subscriptions.of_chat(ALICE) == []


async def test_latest_builds_a_digest_on_demand_and_unsubscribe_stops_deliveries(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        fake_api.user_sends(f"/latest {SOURCE}", chat_id=ALICE, language_code="en")
        (digest,) = await fake_api.wait_for_messages(ALICE, 1)
        assert story(1).title in digest["plain"] and "July 5, 2016" in digest["plain"]

        fake_api.user_sends("/subscribe", chat_id=ALICE)
        fake_api.user_sends("/unsubscribe", chat_id=ALICE)
        await fake_api.wait_for_messages(ALICE, 3)
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await bot.deliver()
    assert len(fake_api.messages_to(ALICE)) == 3


async def test_a_chat_that_blocked_the_bot_is_marked_inactive_and_others_still_served(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    bob = 1002
    async with running_bot(settings) as bot:
        for chat in (ALICE, bob):
            fake_api.user_sends("/subscribe", chat_id=chat)
            await fake_api.wait_for_messages(chat, 1)
        await bot.poll()
        fake_api.block_chat(bob)
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await fake_api.wait_for_messages(ALICE, 2)
        await bot.deliver()
        store = bot.services.store
        chat = await store.chats.get(bob)
        assert chat is not None and chat.active is False
        assert await store.subscriptions.subscribers(SOURCE) == [Target(ALICE, None)]
