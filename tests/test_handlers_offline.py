"""Handlers offline: real services, real PTB updates and contexts, the Bot API answered from a table.

No HTTP and no polling: each test calls a handler (or routes an update through the
application's handlers) and reads what the bot sent from the recorded calls. The e2e tests
(test_app_e2e, test_admin, test_reader_settings) cover the same commands over HTTP.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.chat import admin_health, admin_opml, admin_sources, commands, reader_settings
from bot.i18n import text
from bot.models import ChatKind, Source
from bot.pipeline import PollStatus
from tests.auxil.offline import ADMIN, BOT_USERNAME, Handler, offline_bot, offline_settings

ALICE = 1001  # a reader in a private chat
GROUP = -100500
MEMBER, GROUP_ADMIN = 7, 8  # in GROUP
# Never fetched by these tests: the fetcher refuses loopback addresses unless the config allows them.
LEMONDE = Source(name="lemonde", url="http://127.0.0.1:9/rss.xml", title="Le Monde")
RFI = Source(name="rfi", url="http://127.0.0.1:9/rfi.xml", title="RFI")


# ---- /subscribe ---------------------------------------------------------------------------


async def test_subscribe_with_an_unknown_name_answers_with_the_valid_names(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE, RFI])) as bot:
        replies = await bot.call(commands.subscribe, bot.message("/subscribe Nope", chat_id=ALICE))
        assert replies == [text("fr", "unknown_source", name="nope", names="lemonde, rfi")]
        assert await bot.services.store.subscriptions.of_chat(ALICE) == []
        assert await bot.services.store.chats.get(ALICE) is None  # a refusal records nothing


async def test_subscribe_records_the_subscription_and_the_chat(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE, RFI])) as bot:
        store = bot.services.store
        replies = await bot.call(commands.subscribe, bot.message("/subscribe rfi", chat_id=ALICE))
        assert replies == [text("fr", "subscribed.one", title="RFI")]
        assert await store.subscriptions.of_chat(ALICE) == ["rfi"]
        chat = await store.chats.get(ALICE)
        assert chat is not None and chat.kind is ChatKind.PRIVATE and chat.active

        again = await bot.call(commands.subscribe, bot.message("/subscribe rfi", chat_id=ALICE))
        assert again == [text("fr", "subscribed.already", title="RFI")]
        # Routed as the application routes it, the command addressed to the bot by name.
        update = bot.message(f"/subscribe@{BOT_USERNAME}", chat_id=ALICE, language_code="en")
        assert await bot.send(update) == [text("en", "subscribed.all", names="lemonde, rfi")]
        assert await store.subscriptions.of_chat(ALICE) == ["lemonde", "rfi"]


async def test_a_group_member_who_is_not_a_chat_admin_cannot_subscribe_the_group(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        bot.request.members[GROUP, MEMBER] = "member"
        bot.request.members[GROUP, GROUP_ADMIN] = "administrator"
        refused = await bot.call(commands.subscribe, bot.message("/subscribe", chat_id=GROUP, user_id=MEMBER))
        assert refused == [text("fr", "group_admins_only")]
        asked = [c.params for c in bot.calls if c.method == "getChatMember"]
        assert asked == [{"chat_id": GROUP, "user_id": MEMBER}]
        assert await bot.services.store.subscriptions.of_chat(GROUP) == []

        await bot.call(commands.subscribe, bot.message("/subscribe", chat_id=GROUP, user_id=GROUP_ADMIN))
        assert await bot.services.store.subscriptions.of_chat(GROUP) == ["lemonde"]


# ---- reader settings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "usage"),
    [
        ("/times 25:00", "usage.times"),
        ("/times 08:00 demain", "usage.times"),
        ("/timezone Mars/Base", "usage.timezone"),
        ("/timezone Europe Paris", "usage.timezone"),
        ("/language de", "usage.language"),
        ("/related 11", "usage.related"),
        ("/related beaucoup", "usage.related"),
        ("/quiet 22:00", "usage.quiet"),
        ("/quiet 22:00 22:00", "usage.quiet"),
        ("/filter otan", "usage.filter"),
        ("/filter +ot.*an", "usage.filter"),
    ],
)
async def test_a_settings_command_with_a_bad_argument_answers_with_its_usage(
    tmp_path: Path, line: str, usage: str
) -> None:
    handler = reader_settings.SETTING_COMMANDS[line.split()[0].removeprefix("/")]
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        assert await bot.call(handler, bot.message(line, chat_id=ALICE)) == [text("fr", usage)]
        assert await bot.call(handler, bot.message(line, chat_id=ALICE, language_code="en")) == [
            text("en", usage)]
        assert await bot.services.store.chats.get(ALICE) is None  # nothing was stored


# ---- /latest ------------------------------------------------------------------------------


async def test_latest_without_a_digest_polls_and_says_it_cannot_read_the_source(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        replies = await bot.call(commands.latest, bot.message("/latest lemonde", chat_id=ALICE))
        assert replies == [text("fr", "latest.failed", title="Le Monde")]
        state = await bot.services.store.sources.state("lemonde")
        assert state.failures == 1 and "allow_private_addresses" in (state.last_error or "")


async def test_latest_of_a_paused_source_without_a_digest_has_nothing_to_show(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE, RFI])) as bot:
        await bot.services.catalog.set_paused("lemonde", True)
        replies = await bot.call(commands.latest, bot.message("/latest lemonde", chat_id=ALICE))
        assert replies == [text("fr", "latest.none", title="Le Monde")]
        assert (await bot.services.poller.poll("lemonde")).status is PollStatus.PAUSED
        assert (await bot.services.store.sources.state("lemonde")).failures == 0  # not even tried


async def test_latest_with_no_source_at_all_says_so(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [])) as bot:
        replies = await bot.call(commands.latest, bot.message("/latest", chat_id=ALICE))
        assert replies == [text("fr", "source.none")]


# ---- admins' commands ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("handler", "line"),
    [
        (admin_sources.addsource, "/addsource fil https://example.org/rss"),
        (admin_sources.removesource, "/removesource lemonde"),
        (admin_sources.pause, "/pause lemonde"),
        (admin_sources.resume, "/resume lemonde"),
        (admin_sources.interval, "/interval lemonde 600"),
        (admin_health.stats, "/stats"),
        (admin_opml.export, "/export"),
        (admin_opml.import_help, "/import"),
    ],
)
async def test_an_admin_command_is_refused_to_a_non_admin_and_the_attempt_logged(
    tmp_path: Path, handler: Handler, line: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        with caplog.at_level(logging.WARNING, logger="bot.chat.common"):
            replies = await bot.call(handler, bot.message(line, chat_id=ALICE))
        assert replies == [text("fr", "admin.refused")]
        catalog = bot.services.catalog
        assert catalog.names() == ["lemonde"] and not catalog.is_paused("lemonde")
        assert catalog.active["lemonde"].interval == LEMONDE.interval
        assert not [c for c in bot.calls if c.method in ("sendDocument", "sendChatAction")]
    logged = [r.getMessage() for r in caplog.records]
    assert any(line.split()[0] in m and str(ALICE) in m for m in logged), logged


async def test_the_same_admin_command_is_obeyed_for_a_bot_admin(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        replies = await bot.call(admin_sources.pause, bot.message("/pause lemonde", chat_id=ADMIN))
        assert replies == [text("fr", "admin.paused", name="lemonde")]
        assert bot.services.catalog.is_paused("lemonde")


# ---- a crafted callback query ---------------------------------------------------------------


CHANNEL = -1009876


def _button_press(bot: object, user_id: int, data: str) -> object:
    """Return the Update of a press on a settings button under a message the bot posted in a channel."""
    from telegram import Update

    from tests.auxil.offline import chat_json, user_json

    channel = chat_json(CHANNEL, "channel", "Chan")
    message = {"message_id": 5, "date": 1_700_000_000, "chat": channel, "sender_chat": channel,
               "text": "settings"}
    press = {"id": "42", "from": user_json(user_id), "chat_instance": "1", "data": data,
             "message": message}
    return Update.de_json({"update_id": 9_000, "callback_query": press}, bot.app.bot)  # type: ignore[attr-defined]


async def test_a_button_press_in_a_channel_by_someone_not_its_admin_changes_nothing(tmp_path: Path) -> None:
    # Official clients cannot press a button in a channel; a crafted update can: its sender is
    # checked against the channel's admins like anyone else's.
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        bot.request.members[CHANNEL, MEMBER] = "member"
        bot.request.members[CHANNEL, GROUP_ADMIN] = "administrator"
        update = _button_press(bot, MEMBER, f"{reader_settings.BUTTON_PREFIX}lang:en")
        await bot.call(reader_settings.on_button, update)  # type: ignore[arg-type]
        answers = [c.params for c in bot.calls if c.method == "answerCallbackQuery"]
        assert answers and answers[-1].get("show_alert") in (True, "true", "True")
        assert await bot.services.store.chats.get(CHANNEL) is None  # nothing was changed
        await bot.call(reader_settings.on_button,
                       _button_press(bot, GROUP_ADMIN, f"{reader_settings.BUTTON_PREFIX}lang:en"))  # type: ignore[arg-type]
        chat = await bot.services.store.chats.get(CHANNEL)
        assert chat is not None and chat.settings.language == "en"
