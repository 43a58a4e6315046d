"""Readers' controls end to end through the fake Bot API: settings, refusals, bad arguments."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from tests.auxil.fake_bot_api import BOT_ID, FakeBotAPI
from tests.auxil.harness import SOURCE, RunningBot, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import Story, story

ALICE = 1001  # a reader in a private chat
BOB = 1002
GROUP = -100500
MEMBER, ADMIN = 7, 8  # in GROUP
PARIS = ZoneInfo("Europe/Paris")
OTAN = "Le Conseil OTAN-Russie se réunira après le sommet de Varsovie"


def at(*args: int) -> float:
    """Return the timestamp of a wall-clock time in Paris."""
    return datetime(*args, tzinfo=PARIS).timestamp()  # type: ignore[misc]


async def say(api: FakeBotAPI, line: str, chat_id: int = ALICE, **kw: Any) -> dict[str, Any]:
    """Send a line as a user and return the bot's next message (or edit) in that chat."""
    before = len(api.messages_to(chat_id))
    api.user_sends(line, chat_id=chat_id, **kw)
    return (await api.wait_for_messages(chat_id, before + 1))[before]


async def press(api: FakeBotAPI, data: str, message: dict[str, Any], chat_id: int = ALICE,
                **kw: Any) -> dict[str, Any]:
    """Press a button under a message and return the bot's answer to the callback query."""
    answered = len(api.callback_answers)
    api.user_presses(data, chat_id=chat_id, message_id=message["message_id"], **kw)
    await api.wait_for(lambda: len(api.callback_answers) > answered, what="a callback answer")
    return api.callback_answers[answered]


async def run_job(bot: RunningBot, name: str) -> None:
    """Run a job of the bot's JobQueue now."""
    assert bot.app.job_queue is not None
    (job,) = bot.app.job_queue.get_jobs_by_name(name)
    await job.run(bot.app)


async def arrive(bot: RunningBot, site: NewsSite, stories: list[Story]) -> None:
    """Publish the stories on the site's front page (the first on top) and poll it."""
    publish(site, stories)
    await bot.poll()


def site_settings(tmp_path: Path, api: FakeBotAPI, site: NewsSite) -> Settings:
    """Return settings for a bot following a site that already has two stories."""
    publish(site, [story(1), story(2)])
    return make_settings(tmp_path, api, [site_source(site)])


def club(api: FakeBotAPI) -> dict[str, Any]:
    """Make MEMBER a plain member and ADMIN an admin of GROUP; return how GROUP's users write."""
    api.set_member_status(GROUP, MEMBER, "member")
    api.set_member_status(GROUP, ADMIN, "administrator")
    return {"chat_type": "group", "chat_title": "Club"}


def digests_to(api: FakeBotAPI, chat_id: int) -> list[dict[str, Any]]:
    """Return the digests (and roundups) sent to a chat: its messages with a link to the site."""
    return [m for m in api.messages_to(chat_id, "sendMessage") if "📰" in (m["plain"] or "")]


# ---- /settings and its buttons ----------------------------------------------------------


async def test_settings_shows_the_chats_settings_with_buttons_that_edit_it_in_place(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        shown = await say(fake_api, "/settings")
        assert "Réglages de ce chat" in shown["plain"] and "à chaque nouvel article" in shown["plain"]
        assert "Europe/Paris" in shown["plain"] and "Titres liés par résumé : 5" in shown["plain"]
        buttons = [b["callback_data"] for row in shown["reply_markup"]["inline_keyboard"] for b in row]
        assert {"rs:mode:instant", "rs:mode:times", "rs:lang:fr", "rs:lang:en", "rs:rel:-1",
                "rs:rel:+1"} <= set(buttons)

        answer = await press(fake_api, "rs:mode:times", shown)
        assert answer.get("show_alert") is not True
        (edit,) = fake_api.messages_to(ALICE, "editMessageText")
        assert edit["message_id"] == shown["message_id"]
        assert "un résumé à 08:00, 18:00" in edit["plain"]
        assert (await bot.services.prefs_for(ALICE)).scheduled

        await press(fake_api, "rs:rel:-1", shown)
        await press(fake_api, "rs:lang:en", shown)
        edits = fake_api.messages_to(ALICE, "editMessageText")
        assert "This chat's settings" in edits[-1]["plain"]
        assert "Related headlines per digest: 4" in edits[-1]["plain"]

        # A button that changes nothing is answered without an edit Telegram would refuse.
        await press(fake_api, "rs:lang:en", shown)
        assert len(fake_api.messages_to(ALICE, "editMessageText")) == len(edits)

        await say(fake_api, "/quiet 22:00 07:00")
        shown = await say(fake_api, "/settings")
        assert "from 22:00 to 07:00" in shown["plain"]
        await press(fake_api, "rs:quiet:off", shown)
        assert (await bot.services.prefs_for(ALICE)).quiet is None


async def test_a_group_member_who_is_not_admin_cannot_press_the_settings_buttons(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    group = club(fake_api)
    async with running_bot(settings) as bot:
        shown = await say(fake_api, "/settings", GROUP, user_id=MEMBER, **group)  # anyone may look
        answer = await press(fake_api, "rs:mode:times", shown, GROUP, user_id=MEMBER, **group)
        assert answer["show_alert"] is True and "administrateurs" in answer["text"]
        assert fake_api.messages_to(GROUP, "editMessageText") == []
        assert not (await bot.services.prefs_for(GROUP)).scheduled

        await press(fake_api, "rs:mode:times", shown, GROUP, user_id=ADMIN, **group)
        assert (await bot.services.prefs_for(GROUP)).scheduled
        assert len(fake_api.messages_to(GROUP, "editMessageText")) == 1


async def test_a_group_member_who_is_not_admin_cannot_change_settings_by_command(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    group = club(fake_api)
    async with running_bot(settings) as bot:
        for line in ("/times 08:00", "/language en", "/quiet 22:00 07:00", "/filter +otan",
                     "/related 2", "/timezone Asia/Tokyo"):
            refusal = await say(fake_api, line, GROUP, user_id=MEMBER, **group)
            assert "seuls les administrateurs du chat peuvent changer les réglages" in refusal["plain"]
        assert await bot.services.prefs_for(GROUP) == await bot.services.prefs_for(-1)  # all defaults still
        reply = await say(fake_api, "/related 2", GROUP, user_id=ADMIN, **group)
        assert "Titres liés par résumé : 2" in reply["plain"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/times 25:00", "HH:MM, de 00:00 à 23:59"),
        ("/times 08:00 demain", "p. ex. /times 08:00 18:00"),
        ("/timezone Mars/Base", "fuseau horaire IANA comme Europe/Paris"),
        ("/timezone Europe Paris", "fuseau horaire IANA"),
        ("/language de", "fr ou en"),
        ("/related 11", "de 0 à 10"),
        ("/related beaucoup", "de 0 à 10"),
        ("/quiet 22:00", "deux heures HH:MM différentes"),
        ("/quiet 22:00 22:00", "deux heures HH:MM différentes"),
        ("/filter otan", "précédé de + (doit apparaître) ou -"),
        ("/filter +ot.*an", "mots simples"),
    ],
)
async def test_a_bad_argument_is_answered_with_what_is_valid(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, line: str, expected: str
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        reply = await say(fake_api, line)
        assert expected in reply["plain"]
        assert await bot.services.store.chats.get(ALICE) is None  # nothing was stored


async def test_a_command_without_arguments_shows_the_value_and_how_to_change_it(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings):
        reply = await say(fake_api, "/timezone", language_code="en")
        assert "Now: Europe/Paris." in reply["plain"] and "/timezone Europe/Paris" in reply["plain"]
        await say(fake_api, "/times 7:30 19:00", language_code="en")
        reply = await say(fake_api, "/times", language_code="en")
        assert "one digest at 07:30, 19:00" in reply["plain"]


# ---- language ---------------------------------------------------------------------------


async def test_the_bot_speaks_the_chats_language_then_the_users_then_french(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        assert "Commandes" in (await say(fake_api, "/help", BOB, language_code="de"))["plain"]
        assert "Commands" in (await say(fake_api, "/help", BOB, language_code="en-US"))["plain"]
        reply = await say(fake_api, "/language en", BOB, language_code="fr")
        assert reply["plain"] == "I speak English in this chat."
        assert "Commands" in (await say(fake_api, "/help", BOB, language_code="fr"))["plain"]

        await say(fake_api, "/subscribe", BOB)
        await say(fake_api, "/subscribe", ALICE, language_code="en-GB")  # no /language: hers
        await say(fake_api, "/subscribe", 1003, language_code="de")  # neither: French
        await bot.poll()
        await arrive(bot, news_site, [story(3, OTAN), story(1), story(2)])
        await fake_api.wait_for(lambda: all(digests_to(fake_api, c) for c in (ALICE, BOB, 1003)),
                                what="three digests")
        for chat, date in ((BOB, "July 5, 2016, 08:36"), (ALICE, "July 5, 2016, 08:36"),
                           (1003, "5 juillet 2016 à 08h36")):
            assert date in digests_to(fake_api, chat)[0]["plain"]

        reply = await say(fake_api, "/language fr", BOB, language_code="en")
        assert reply["plain"] == "Je parle français dans ce chat."


# ---- filters, related headlines, quiet hours ----------------------------------------------


async def test_keyword_filters_decide_which_digests_a_chat_gets(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await say(fake_api, "/subscribe")
        reply = await say(fake_api, "/filter +Otan +élysée -Sport")
        assert reply["plain"] == "Filtres : +otan +elysee -sport."
        await bot.poll()
        published = [story(1), story(2)]
        for number, title in [(3, "Le budget de la santé voté"),  # no include word: not sent
                              (4, OTAN),  # sent: "OTAN" is a word of "OTAN-Russie"
                              (5, "L'Elysée commente le sport"),  # an exclude word: not sent
                              (6, "Réunion à l'ÉLYSÉE ce matin")]:  # sent, accents folded
            published.insert(0, story(number, title))
            await arrive(bot, news_site, published)
        await fake_api.wait_for(lambda: len(digests_to(fake_api, ALICE)) == 2, what="2 digests")
        titles = [d["plain"].splitlines()[1] for d in digests_to(fake_api, ALICE)]
        assert titles == [OTAN, "Réunion à l'ÉLYSÉE ce matin"]

        await say(fake_api, "/filter off")
        published.insert(0, story(7, "Le budget de la culture"))
        await arrive(bot, news_site, published)
        await fake_api.wait_for(lambda: len(digests_to(fake_api, ALICE)) == 3, what="3 digests")
        assert "Le budget de la culture" in digests_to(fake_api, ALICE)[2]["plain"]


async def test_the_related_count_sets_how_many_related_headlines_a_digest_shows(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await say(fake_api, "/subscribe")
        await say(fake_api, "/subscribe", BOB)
        await say(fake_api, "/related 0")
        await bot.poll()
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        await fake_api.wait_for(lambda: digests_to(fake_api, ALICE) and digests_to(fake_api, BOB),
                                what="both digests")
        related_title = story(3).related[0][1]
        assert related_title not in digests_to(fake_api, ALICE)[0]["plain"]
        assert related_title in digests_to(fake_api, BOB)[0]["plain"]
        latest = await say(fake_api, "/latest")  # on demand too
        assert story(3).title in latest["plain"] and related_title not in latest["plain"]


async def test_digests_in_the_quiet_hours_arrive_silently(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await say(fake_api, "/subscribe")
        reply = await say(fake_api, "/quiet 22:00 07:00")
        assert "de 22:00 à 07:00" in reply["plain"]
        await bot.poll()
        bot.clock.set(at(2026, 3, 2, 23, 30))  # inside a window across midnight
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        await fake_api.wait_for(lambda: digests_to(fake_api, ALICE), what="a digest")
        bot.clock.set(at(2026, 3, 3, 7, 0))  # the window has ended
        await arrive(bot, news_site, [story(4), story(3), story(1), story(2)])
        await fake_api.wait_for(lambda: len(digests_to(fake_api, ALICE)) == 2, what="2 digests")
        night, morning = digests_to(fake_api, ALICE)
        assert night["disable_notification"] is True
        assert not morning["disable_notification"]


# ---- forum topics and channels ------------------------------------------------------------


async def test_subscribing_from_a_forum_topic_posts_the_digests_in_that_topic(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    forum = -1001777
    fake_api.add_chat(forum, "supergroup", title="Forum", is_forum=True)
    fake_api.set_member_status(forum, ADMIN, "administrator")
    async with running_bot(settings) as bot:
        reply = await say(fake_api, "/subscribe", forum, user_id=ADMIN, chat_type="supergroup",
                          message_thread_id=42, is_topic_message=True)
        assert reply["message_thread_id"] == 42
        await bot.poll()
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        await fake_api.wait_for(lambda: digests_to(fake_api, forum), what="a digest in the forum")
        (digest,) = digests_to(fake_api, forum)
        assert digest["message_thread_id"] == 42


CHANNEL = -1009001


async def test_an_admin_of_a_channel_subscribes_it_from_a_private_chat(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    fake_api.add_chat(CHANNEL, "channel", title="Les nouvelles", username="lesnouvelles")
    fake_api.set_member_status(CHANNEL, ALICE, "administrator")
    async with running_bot(settings) as bot:
        reply = await say(fake_api, f"/subscribe @lesnouvelles {SOURCE}", language_code="en")
        assert reply["plain"] == f"@lesnouvelles is subscribed to: {SOURCE}."
        assert await bot.services.store.subscriptions.of_chat(ALICE) == []  # the channel, not the private chat
        await bot.poll()
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        await fake_api.wait_for(lambda: digests_to(fake_api, CHANNEL), what="a digest in the channel")
        assert "July 5, 2016" in digests_to(fake_api, CHANNEL)[0]["plain"]  # the admin's language

        reply = await say(fake_api, "/unsubscribe @lesnouvelles", language_code="en")
        assert reply["plain"] == f"@lesnouvelles is unsubscribed from: {SOURCE}."
        assert await bot.services.store.subscriptions.of_chat(CHANNEL) == []


async def test_a_channel_is_subscribed_only_by_its_admins_when_the_bot_may_post_there(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    fake_api.add_chat(CHANNEL, "channel", title="Les nouvelles", username="lesnouvelles")
    fake_api.add_chat(-1009002, "channel", title="Sans bot", username="sansbot")
    fake_api.add_chat(-1009003, "supergroup", title="Un groupe", username="ungroupe")
    fake_api.set_member_status(CHANNEL, ALICE, "member")
    fake_api.set_member_status(CHANNEL, BOB, "creator")
    fake_api.set_member_status(-1009002, BOB, "creator")
    fake_api.set_member_status(-1009002, BOT_ID, "member")
    fake_api.set_member_status(GROUP, ADMIN, "administrator")
    async with running_bot(settings) as bot:
        assert (await say(fake_api, "/subscribe @lesnouvelles"))["plain"] == (
            "Vous n'êtes pas administrateur de @lesnouvelles.")
        assert "Ajoutez d'abord le bot comme administrateur de @sansbot" in (
            await say(fake_api, "/subscribe @sansbot", BOB))["plain"]
        assert "Chaîne introuvable : @personne" in (await say(fake_api, "/subscribe @personne"))["plain"]
        assert (await say(fake_api, "/subscribe @ungroupe", BOB))["plain"] == (
            "@ungroupe n'est pas une chaîne.")
        assert "lemonde" in (await say(fake_api, "/subscribe @lesnouvelles lemonde", BOB))["plain"]
        reply = await say(fake_api, "/subscribe @lesnouvelles", GROUP, user_id=ADMIN,
                          chat_type="group", chat_title="Club")
        assert "écrivez-moi en privé" in reply["plain"]
        assert await bot.services.store.subscriptions.of_chat(CHANNEL) == []
        assert await bot.services.store.subscriptions.of_chat(GROUP) == []
        await say(fake_api, "/subscribe @lesnouvelles", BOB)
        assert await bot.services.store.subscriptions.of_chat(CHANNEL) == [SOURCE]


# ---- digest times -------------------------------------------------------------------------


async def test_a_chat_with_digest_times_gets_one_roundup_at_its_time_even_across_a_restart(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    first, second = story(3, OTAN), story(4, "Réunion à l'Élysée ce matin")
    async with running_bot(settings) as bot:
        bot.clock.set(at(2026, 3, 2, 7, 0))
        await say(fake_api, "/subscribe")
        await say(fake_api, "/subscribe", BOB)  # instant: the control group
        reply = await say(fake_api, "/times 08:00")
        assert "Résumés à 08:00 (Europe/Paris)" in reply["plain"]
        await bot.poll()
        await arrive(bot, news_site, [first, story(1), story(2)])
        await arrive(bot, news_site, [second, first, story(1), story(2)])
        await fake_api.wait_for(lambda: len(digests_to(fake_api, BOB)) == 2, what="Bob's digests")
        bot.clock.set(at(2026, 3, 2, 7, 59))
        await run_job(bot, "roundups")
        await bot.deliver()
        assert digests_to(fake_api, ALICE) == []  # held for 08:00

    async with running_bot(settings) as bot:  # a restart before the time loses nothing
        bot.clock.set(at(2026, 3, 2, 8, 0, 30))
        await run_job(bot, "roundups")
        await fake_api.wait_for(lambda: digests_to(fake_api, ALICE), what="the roundup")
        await run_job(bot, "roundups")
        await bot.deliver()

    async with running_bot(settings) as bot:  # and a restart after it sends nothing again
        bot.clock.set(at(2026, 3, 2, 8, 5))
        await run_job(bot, "roundups")
        await bot.deliver()
    (roundup,) = digests_to(fake_api, ALICE)
    assert roundup["plain"].startswith("🗞 Vos nouvelles — 2 mars 2026 à 08h00")
    assert first.title in roundup["plain"] and second.title in roundup["plain"]
    assert f'href="{news_site.url(first.path)}"' in roundup["text"]


async def test_digest_times_follow_the_chats_time_zone(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        bot.clock.set(at(2026, 3, 2, 7, 0))
        await say(fake_api, "/subscribe")
        reply = await say(fake_api, "/timezone america/new_york")
        assert reply["plain"] == "Fuseau horaire : America/New_York."
        await say(fake_api, "/times 08:00")
        await bot.poll()
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        bot.clock.set(at(2026, 3, 2, 8, 1))  # 08:01 in Paris, 02:01 in New York
        await run_job(bot, "roundups")
        await bot.deliver()
        assert digests_to(fake_api, ALICE) == []
        bot.clock.set(at(2026, 3, 2, 14, 0))  # 08:00 in New York
        await run_job(bot, "roundups")
        await fake_api.wait_for(lambda: digests_to(fake_api, ALICE), what="the roundup")


async def test_going_back_to_instant_sends_what_was_held_at_once(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = site_settings(tmp_path, fake_api, news_site)
    async with running_bot(settings) as bot:
        await say(fake_api, "/subscribe")
        await say(fake_api, "/times 08:00")
        await bot.poll()
        await arrive(bot, news_site, [story(3), story(1), story(2)])
        await bot.deliver()
        assert digests_to(fake_api, ALICE) == []
        before = len(fake_api.messages_to(ALICE))
        fake_api.user_sends("/times off", chat_id=ALICE)
        sent = await fake_api.wait_for_messages(ALICE, before + 2)  # the answer and the roundup
        assert "Envoi à chaque nouvel article." in [m["plain"] for m in sent[before:]]
        (roundup,) = digests_to(fake_api, ALICE)
        assert roundup["plain"].startswith("🗞 Vos nouvelles") and story(3).title in roundup["plain"]
