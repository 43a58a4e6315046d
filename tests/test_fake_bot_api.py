"""The fake Bot API and the fake news site, driven by the real PTB and real httpx."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.auxil.fake_bot_api import BOT_ID, METHODS, FakeBotAPI, polling_application
from tests.auxil.telegram_html import TelegramHTMLError, validate_telegram_html
from tests.auxil.news_site import NewsSite

CHAT = 4242


def make_bot(fake: FakeBotAPI, token: str | None = None) -> Bot:
    """Return a PTB Bot aimed at the fake server."""
    return Bot(token or fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)


def make_app(fake: FakeBotAPI) -> Application[Any, Any, Any, Any, Any, Any]:
    """Return a PTB Application aimed at the fake server."""
    return (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )


# --------------------------------------------------------------------------- Bot methods


async def test_get_me_and_wrong_token(fake_api: FakeBotAPI) -> None:
    async with make_bot(fake_api) as bot:  # initialize() calls getMe
        me = await bot.get_me()
    assert (me.id, me.is_bot, me.username, me.first_name) == (BOT_ID, True, "news_test_bot", "News Bot")
    assert me.can_join_groups is True
    with pytest.raises(InvalidToken):
        async with make_bot(fake_api, token="654321:WRONG"):
            pass
    assert fake_api.calls[0][0] == "getMe"


async def test_send_message_records_params(fake_api: FakeBotAPI) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    async with make_bot(fake_api) as bot:
        first = await bot.send_message(
            CHAT,
            "<b>Title</b> &amp; <a href=\"https://e.x/a?b=1&amp;c=2\">link</a>",
            parse_mode="HTML",
            disable_notification=True,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=markup,
            message_thread_id=7,
        )
        second = await bot.send_message(-100123, "123")
    assert first.text == "Title & link"
    assert first.from_user is not None and first.from_user.id == BOT_ID
    assert first.reply_markup == markup
    assert (first.message_id, second.message_id) == (1, 1)  # one counter per chat
    record = fake_api.messages_to(CHAT)[0]
    assert record["method"] == "sendMessage"
    assert record["chat_id"] == CHAT and record["message_id"] == 1
    assert record["parse_mode"] == "HTML" and record["plain"] == "Title & link"
    assert record["disable_notification"] is True
    assert record["link_preview_options"] == {"is_disabled": True}
    assert record["reply_markup"] == {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}
    assert record["message_thread_id"] == 7
    # A text that looks like a number stays a str; a negative chat id becomes an int.
    other = fake_api.messages_to(-100123)[0]
    assert other["text"] == "123" and other["chat_id"] == -100123
    assert second.chat.type == "group"


async def test_send_message_errors_map_to_ptb_exceptions(fake_api: FakeBotAPI) -> None:
    # conftest sets PTB_TIMEDELTA=true: without it PTB warns inside RetryAfter.__init__.
    fake_api.block_chat(1)
    fake_api.migrate_chat(-5, -1001234567890)
    fake_api.queue_failures("sendMessage", [("retry_after", 3), ("status", 502)])
    async with make_bot(fake_api) as bot:
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(CHAT, "x")
        assert retry.value.retry_after == dtm.timedelta(seconds=3)
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "x")
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(1, "x")
        with pytest.raises(ChatMigrated) as migrated:
            await bot.send_message(-5, "x")
        assert migrated.value.new_chat_id == -1001234567890
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(CHAT, "a" * 4097)
        # Telegram counts UTF-16 code units: 2,049 emoji are 4,098 units.
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(CHAT, "📰" * 2049)
        await bot.send_message(CHAT, "📰" * 2048)
        # 4096 visible characters pass even if the HTML is longer.
        await bot.send_message(CHAT, "<b>" + "a" * 4090 + "</b>&lt;&gt;&amp;&quot;&#33;x", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)can't parse entities"):
            await bot.send_message(CHAT, "<b>bold <i>both</b></i>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)can't parse entities"):
            await bot.send_message(CHAT, "<p>para</p>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")
        fake_api.queue_failures("sendMessage", [("bad_request", "Bad Request: message is too long")])
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(CHAT, "short")
    # Only the one good message was recorded.
    assert [r["plain"][-6:] for r in fake_api.sent] == ["📰" * 6, "<>&\"!x"]


async def test_delay_provokes_client_timeout_but_message_arrives(fake_api: FakeBotAPI) -> None:
    fake_api.queue_failures("sendMessage", [("delay", 0.5)])
    async with make_bot(fake_api) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "slow", read_timeout=0.1)
        # The server answers late: like Telegram, the message was delivered anyway.
        [record] = await fake_api.wait_for_messages(CHAT, 1, timeout=2)
    assert record["text"] == "slow"


async def test_wait_for_messages_reports_what_was_sent(fake_api: FakeBotAPI) -> None:
    async with make_bot(fake_api) as bot:
        await bot.send_message(CHAT, "one")
    with pytest.raises(AssertionError, match="got 1: \\['one'\\]"):
        await fake_api.wait_for_messages(CHAT, 2, timeout=0.1)


async def test_set_my_commands_stores_one_list_per_language_and_refuses_bad_names(
    fake_api: FakeBotAPI,
) -> None:
    async with make_bot(fake_api) as bot:
        await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("latest", "Latest news")])
        await bot.set_my_commands([BotCommand("aide", "Aide")], language_code="fr")
        with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand("Latest", "bad: uppercase")])
        with pytest.raises(BadRequest, match="(?i)description"):
            await bot.set_my_commands([BotCommand("latest", "")])
    assert fake_api.commands == [{"command": "aide", "description": "Aide"}]
    assert fake_api.my_commands() == [
        {"command": "start", "description": "Start"},
        {"command": "latest", "description": "Latest news"},
    ]
    assert fake_api.my_commands(language_code="fr") == [{"command": "aide", "description": "Aide"}]


async def test_get_chat_member_answers_the_set_status_or_telegrams_default(fake_api: FakeBotAPI) -> None:
    fake_api.user_sends("hello", chat_id=-200, user_id=7, chat_type="group", chat_title="News fans")
    fake_api.set_member_status(-200, 7, "administrator")
    fake_api.set_member_status(-200, 9, "restricted")
    async with make_bot(fake_api) as bot:
        assert (await bot.get_chat_member(-200, 7)).status == "administrator"
        assert (await bot.get_chat_member(-200, 8)).status == "member"
        assert (await bot.get_chat_member(-200, 9)).status == "restricted"
        assert (await bot.get_chat_member(-200, BOT_ID)).status == "administrator"
        assert (await bot.get_chat_member(55, 55)).status == "creator"
        fake_api.set_member_status(-200, BOT_ID, "left")
        assert (await bot.get_chat_member(-200, BOT_ID)).status == "left"
    with pytest.raises(ValueError, match="unknown chat member status"):
        fake_api.set_member_status(-200, 7, "owner")


async def test_get_chat_answers_known_chats_by_id_or_username_and_refuses_others(
    fake_api: FakeBotAPI,
) -> None:
    fake_api.add_chat(-1001234567890, title="Le fil", username="lefil")
    fake_api.user_sends("hello", chat_id=-200, user_id=7, chat_type="group", chat_title="News fans")
    async with make_bot(fake_api) as bot:
        chat = await bot.get_chat(-200)
        channel = await bot.get_chat("@LeFil")
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.get_chat(-999)
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.get_chat("@nobody")
    assert (chat.id, chat.type, chat.title) == (-200, "group", "News fans")
    assert (channel.id, channel.type, channel.username) == (-1001234567890, "supergroup", "lefil")


async def test_send_chat_action_refuses_blocked_chats(fake_api: FakeBotAPI) -> None:
    fake_api.block_chat(1)
    async with make_bot(fake_api) as bot:
        assert await bot.send_chat_action(CHAT, "typing") is True
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_chat_action(1, "typing")


async def test_edit_message_text_refuses_unchanged_text_and_foreign_messages(fake_api: FakeBotAPI) -> None:
    user_message = fake_api.user_sends("hi", chat_id=CHAT)
    async with make_bot(fake_api) as bot:
        sent = await bot.send_message(CHAT, "<b>v1</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text("v1", CHAT, sent.message_id)
        edited = await bot.edit_message_text("<i>v2</i>", CHAT, sent.message_id, parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message can't be edited"):
            await bot.edit_message_text("x", CHAT, user_message)
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("x", CHAT, 999)
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.edit_message_text("a" * 4097, CHAT, sent.message_id)
    assert not isinstance(edited, bool) and edited.text == "v2" and edited.edit_date is not None


async def test_parse_modes_other_than_html_are_refused_not_waved_through(fake_api: FakeBotAPI) -> None:
    async with make_bot(fake_api) as bot:
        with pytest.raises(BadRequest, match="(?i)unsupported parse_mode"):
            await bot.send_message(CHAT, "*bold*", parse_mode="MarkdownV2")
    assert fake_api.sent == []


async def test_methods_the_bot_never_calls_answer_404(fake_api: FakeBotAPI) -> None:
    assert "deleteMessage" not in METHODS
    async with make_bot(fake_api) as bot:
        # PTB reports Telegram's 404 for a known method as InvalidToken("Not Found").
        with pytest.raises(InvalidToken, match="Not Found"):
            await bot.delete_message(CHAT, 1)
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("noSuchMethod")
    with pytest.raises(ValueError, match="not a Bot API method the fake implements"):
        fake_api.queue_failures("deleteMessage", [("status", 502)])


async def test_raw_http_method_names_are_case_insensitive_and_token_checked(fake_api: FakeBotAPI) -> None:
    api = f"{fake_api.base_url}{fake_api.token}"
    async with httpx.AsyncClient() as client:
        ok = await client.post(f"{api}/SENDMESSAGE", data={"chat_id": "9", "text": "form body"})
        bad_token = await client.post(f"{fake_api.base_url}1:X/getMe")
        unknown = await client.post(f"{api}/fooBar")
        json_body = await client.post(f"{api}/sendMessage", json={"chat_id": 9, "text": "x"})
    assert ok.json()["result"]["text"] == "form body"
    assert fake_api.sent[0]["method"] == "sendMessage" and fake_api.sent[0]["chat_id"] == 9
    assert (bad_token.status_code, bad_token.json()) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert (unknown.status_code, unknown.json()["description"]) == (404, "Not Found")
    # PTB never sends JSON bodies: the fake reads only what PTB sends.
    assert json_body.status_code == 400 and len(fake_api.sent) == 1


async def test_get_updates_long_polls_and_confirms(fake_api: FakeBotAPI) -> None:
    async with make_bot(fake_api) as bot:
        started = time.monotonic()
        asyncio.get_running_loop().call_later(0.2, lambda: fake_api.user_sends("hi", chat_id=CHAT))
        updates = await bot.get_updates(timeout=5)
        assert time.monotonic() - started < 2  # answered on arrival, not at the timeout
        assert [u.message.text for u in updates if u.message] == ["hi"]
        # Without an offset the update is still there; with offset it is confirmed.
        assert len(await bot.get_updates()) == 1
        assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
        assert fake_api.pending_updates == []
        started = time.monotonic()
        assert await bot.get_updates(timeout=0.3) == ()
        assert 0.25 < time.monotonic() - started < 2


async def test_rate_limits_mode() -> None:
    async with FakeBotAPI(enforce_limits=True, global_rate=5) as fake:
        async with make_bot(fake) as bot:
            for _ in range(3):  # a private chat allows a burst of 3
                await bot.send_message(1, "x")
            with pytest.raises(RetryAfter):
                await bot.send_message(1, "x")
            await bot.send_message(2, "x")
            await bot.send_message(-3, "x")
            with pytest.raises(RetryAfter):  # 5 messages in the last second overall
                await bot.send_message(4, "x")
        assert fake.stats["retry_after"] == 2
        assert fake.stats["by_code"][429] == 2
        assert fake.stats["ok"] == fake.stats["total"] - 2


# --------------------------------------------------------------------------- Application


async def test_application_polls_and_answers_start(fake_api: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_user is not None
        await update.effective_message.reply_text(
            f"Bonjour {update.effective_user.first_name} ({update.effective_user.language_code})"
        )

    app = make_app(fake_api)
    app.add_handler(CommandHandler("start", start))
    async with polling_application(app):
        fake_api.user_sends("/start", chat_id=CHAT)
        fake_api.user_sends("/start@news_test_bot", chat_id=-300, user_id=5, chat_type="supergroup",
                            message_thread_id=11, is_topic_message=True, first_name="Bob")
        [reply] = await fake_api.wait_for_messages(CHAT, 1, timeout=3)
        [group_reply] = await fake_api.wait_for_messages(-300, 1, timeout=3)
    assert reply["text"] == "Bonjour Alice (fr)"
    assert group_reply["text"] == "Bonjour Bob (fr)"
    assert group_reply["message_thread_id"] == 11  # PTB keeps the topic for replies
    # The final getUpdates confirmed everything: nothing would be delivered twice.
    assert fake_api.pending_updates == []


async def test_application_downloads_user_document_and_uploads_one(fake_api: FakeBotAPI) -> None:
    received: list[bytes] = []

    async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None and message.document is not None
        data = await (await message.document.get_file()).download_as_bytearray()
        received.append(bytes(data))
        await message.reply_document(
            bytes(data).upper(), filename="echo.toml", caption=f"<b>{message.caption}</b>",
            parse_mode="HTML",
        )

    app = make_app(fake_api)
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    async with polling_application(app):
        fake_api.user_sends_document(b"name = 'x'\n", "sources.toml", chat_id=CHAT, caption="cfg")
        [record] = await fake_api.wait_for_messages(CHAT, 1, timeout=3)
    assert received == [b"name = 'x'\n"]
    assert record["method"] == "sendDocument"
    assert (record["filename"], record["data"], record["caption"], record["plain"]) == (
        "echo.toml", b"NAME = 'X'\n", "<b>cfg</b>", "cfg",
    )
    assert fake_api.file_bytes(record["file_id"]) == b"NAME = 'X'\n"


async def test_application_callback_query_answer_and_edit(fake_api: FakeBotAPI) -> None:
    async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("ok")
        await query.edit_message_text(f"pressed {query.data}")

    app = make_app(fake_api)
    app.add_handler(CallbackQueryHandler(on_press))
    async with polling_application(app):
        sent = await app.bot.send_message(
            CHAT, "pick", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
        )
        fake_api.user_presses("a", chat_id=CHAT, message_id=sent.message_id)
        records = await fake_api.wait_for_messages(CHAT, 2, timeout=3)
    assert [r["method"] for r in records] == ["sendMessage", "editMessageText"]
    assert records[1]["message_id"] == sent.message_id and records[1]["text"] == "pressed a"
    assert fake_api.callback_answers[0]["text"] == "ok"


# --------------------------------------------------------------------------- HTML validator


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("plain > text", "plain > text"),
        ("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
         "<strike>k</strike><del>d</del>", "bsieunskd"),
        ('<a href="https://x.y/?a=1&amp;b=2">l</a>', "l"),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1"),
        ('<blockquote expandable>q</blockquote><span class="tg-spoiler">s</span>'
         '<tg-spoiler>t</tg-spoiler><tg-emoji emoji-id="1">👍</tg-emoji>', "qst👍"),
        ("&lt;&gt;&amp;&quot;&#65;&#x42;", '<>&"AB'),
        ("<B>Upper</B>", "Upper"),
    ],
)
def test_html_validator_accepts(html: str, plain: str) -> None:
    assert validate_telegram_html(html) == plain


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag, expected "</i>", found "</b>" at byte offset 7'),
        ("x</b>", "Unexpected end tag"),
        ("<p>x</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("é<br/>", 'Unsupported start tag "br" at byte offset 2'),
        ('<span class="x">s</span>', 'must have class "tg-spoiler"'),
        ("a < b", 'Character "<" is reserved'),
        ("a & b", 'Character "&" is reserved'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ("&amp b", 'Entity "&amp" must end with ";" at byte offset 0'),
        ("<!-- c -->", "comments are not supported"),
    ],
)
def test_html_validator_refuses(html: str, reason: str) -> None:
    with pytest.raises(TelegramHTMLError) as refused:
        validate_telegram_html(html)
    assert reason in str(refused.value)


# --------------------------------------------------------------------------- news site


async def test_news_site_get_404_and_request_log(news_site: NewsSite) -> None:
    news_site.set("/index.html", "<h1>Actualités</h1>", headers={"X-Test": "1"})
    news_site.set("/feed.xml", b"<rss/>", content_type="application/rss+xml")
    async with httpx.AsyncClient() as client:
        page = await client.get(news_site.url("/index.html"), headers={"User-Agent": "digest-test"})
        feed = await client.get(news_site.url("feed.xml?page=2"))
        missing = await client.get(news_site.url("/nope"))
    assert (page.status_code, page.text, page.headers["x-test"]) == (200, "<h1>Actualités</h1>", "1")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert (feed.status_code, feed.content) == (200, b"<rss/>")
    assert missing.status_code == 404
    assert news_site.requests[0][:2] == ("GET", "/index.html")
    assert news_site.requests[0][2]["User-Agent"] == "digest-test"
    assert news_site.hits("/feed.xml") == 1 and news_site.hits("/feed.xml?page=2") == 1
    news_site.remove("/index.html")
    async with httpx.AsyncClient() as client:
        assert (await client.get(news_site.url("/index.html"))).status_code == 404


async def test_news_site_conditional_get(news_site: NewsSite) -> None:
    modified = dtm.datetime(2026, 11, 28, 8, 0, tzinfo=dtm.timezone.utc)
    news_site.set("/a", "v1", etag="v1", last_modified=modified)
    async with httpx.AsyncClient() as client:
        first = await client.get(news_site.url("/a"))
        etag, last_modified = first.headers["etag"], first.headers["last-modified"]
        by_etag = await client.get(news_site.url("/a"), headers={"If-None-Match": etag})
        by_date = await client.get(news_site.url("/a"), headers={"If-Modified-Since": last_modified})
        news_site.set("/a", "v2", etag="v2", last_modified=modified + dtm.timedelta(hours=1))
        changed = await client.get(
            news_site.url("/a"), headers={"If-None-Match": etag, "If-Modified-Since": last_modified}
        )
    assert (etag, last_modified) == ('"v1"', "Sat, 28 Nov 2026 08:00:00 GMT")
    assert (by_etag.status_code, by_etag.content) == (304, b"")
    assert (by_date.status_code, by_date.content) == (304, b"")
    assert (changed.status_code, changed.text) == (200, "v2")


async def test_news_site_redirect_and_failures(news_site: NewsSite) -> None:
    news_site.set("/new", "moved here")
    news_site.redirect("/old", "/new")
    news_site.fail("/new", 503, times=2)
    async with httpx.AsyncClient(follow_redirects=True) as client:
        statuses = [(await client.get(news_site.url("/new"))).status_code for _ in range(2)]
        moved = await client.get(news_site.url("/old"))
    assert statuses == [503, 503]
    assert (moved.status_code, moved.text, str(moved.url)) == (200, "moved here", news_site.url("/new"))
    assert moved.history[0].status_code == 301
    assert news_site.hits("/old") == 1 and news_site.hits("/new") == 3


async def test_news_site_slow_page_and_head(news_site: NewsSite) -> None:
    news_site.set("/slow", "late", delay=5.0)
    news_site.set("/page", "0123456789")
    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(news_site.url("/slow"), timeout=0.2)
        head = await client.head(news_site.url("/page"))
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "10")
    # Teardown must not wait for the slow answer: stop() cuts the delay short.
    started = time.monotonic()
    await news_site.stop()
    assert time.monotonic() - started < 1.5


async def test_polling_application_stops_cleanly_when_the_body_fails(fake_api: FakeBotAPI) -> None:
    app = make_app(fake_api)
    with pytest.raises(ZeroDivisionError):
        async with polling_application(app):
            await fake_api.wait_for_calls("getUpdates", 1, timeout=2)
            _ = 1 / 0
    assert not app.running
    # The last getUpdates (timeout 0) confirmed the offset on the way out.
    assert fake_api.calls_of("getUpdates")[-1]["timeout"] == 0


def test_strict_flood_control_refuses_the_31st_in_a_second_and_a_4th_to_one_chat() -> None:
    from tests.auxil.flood_control import FloodControl

    flood = FloodControl(global_rate=30, private_burst=3, group_per_minute=20, strict=True)
    assert all(flood.refusal(chat) is None for chat in range(1, 31))
    assert flood.refusal(31) is not None  # the 31st within one second
    one = FloodControl(global_rate=30, private_burst=3, group_per_minute=20, strict=True)
    assert all(one.refusal(7) is None for _ in range(3))
    assert one.refusal(7) is not None  # a 4th to one private chat within one second
