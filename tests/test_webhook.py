"""Webhook mode end to end: Telegram's setWebhook with a secret, then updates POSTed to the bot as Telegram posts them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from bot.app import build_application, webhook_options
from bot.chat.context import BotApp
from bot.clock import ManualClock
from bot.config import Settings, TelegramSettings
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.ports import free_port

ALICE = 1001
SECRET = "s3cret-Token_42"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_settings(tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, secret: str = SECRET) -> Settings:
    """Return the harness' settings in webhook mode, listening on a free port of 127.0.0.1."""
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    telegram = dataclasses.replace(
        settings.telegram, webhook_url="https://bot.example.org/telegram/hook",
        webhook_listen="127.0.0.1", webhook_port=free_port(), webhook_secret=secret)
    return dataclasses.replace(settings, telegram=telegram)


@asynccontextmanager
async def webhook_bot(settings: Settings) -> AsyncIterator[tuple[BotApp, dict[str, Any]]]:
    """Yield the bot started as run_bot.py starts it in webhook mode, and the options it used."""
    app = build_application(settings, clock=ManualClock())
    options = webhook_options(settings)
    async with app:
        assert app.post_init is not None and app.post_shutdown is not None and app.updater is not None
        await app.post_init(app)
        await app.start()
        await app.updater.start_webhook(**options)
        try:
            yield app, options
        finally:
            await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)


def telegram_update(fake_api: FakeBotAPI, text: str, chat_id: int) -> dict[str, Any]:
    """Return the update Telegram would POST for a user's message (the fake makes it, nobody polls it)."""
    fake_api.user_sends(text, chat_id=chat_id)
    return fake_api.pending_updates[-1]


async def post(settings: Settings, update: dict[str, Any], secret: str | None) -> httpx.Response:
    """POST an update to the bot's webhook as Telegram does, with the secret header if given."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    url = f"http://127.0.0.1:{settings.telegram.webhook_port}/telegram/hook"
    async with httpx.AsyncClient(trust_env=False) as client:
        return await client.post(url, content=json.dumps(update), headers=headers, timeout=10)


async def test_the_bot_sets_its_webhook_with_the_secret_and_answers_an_update_that_carries_it(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = webhook_settings(tmp_path, fake_api, news_site)
    async with webhook_bot(settings):
        (call,) = fake_api.calls_of("setWebhook")
        assert call["url"] == "https://bot.example.org/telegram/hook"
        assert call["secret_token"] == SECRET
        assert set(call["allowed_updates"]) >= {"message", "callback_query"}
        answer = await post(settings, telegram_update(fake_api, "/start", ALICE), SECRET)
        assert answer.status_code == 200
        (reply,) = await fake_api.wait_for_messages(ALICE, 1)
    assert "/subscribe" in reply["text"]
    assert fake_api.calls_of("getUpdates") == []  # no long polling beside the webhook


async def test_an_update_with_a_wrong_or_no_secret_is_refused_and_not_handled(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = webhook_settings(tmp_path, fake_api, news_site)
    async with webhook_bot(settings) as (app, _):
        wrong = await post(settings, telegram_update(fake_api, "/subscribe", ALICE), "not-the-secret")
        missing = await post(settings, telegram_update(fake_api, "/subscribe", ALICE), None)
        # The right one after them is handled: the refused two never reached the handlers.
        right = await post(settings, telegram_update(fake_api, "/start", ALICE), SECRET)
        (reply,) = await fake_api.wait_for_messages(ALICE, 1)
        subscriptions = await app.bot_data.services.store.subscriptions.of_chat(ALICE)
    assert (wrong.status_code, missing.status_code, right.status_code) == (403, 403, 200)
    assert "/subscribe" in reply["text"] and subscriptions == []


async def test_without_a_secret_in_the_config_each_start_makes_a_random_one(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = webhook_settings(tmp_path, fake_api, news_site, secret="")
    async with webhook_bot(settings) as (_, options):
        secret = options["secret_token"]
        assert len(secret) >= 32 and fake_api.calls_of("setWebhook")[0]["secret_token"] == secret
        assert (await post(settings, telegram_update(fake_api, "/start", ALICE), "")).status_code == 403
        assert (await post(settings, telegram_update(fake_api, "/start", ALICE), secret)).status_code == 200
        await fake_api.wait_for_messages(ALICE, 1)
    assert webhook_options(settings)["secret_token"] != secret


def test_the_listener_serves_the_webhook_urls_path_and_polling_stays_the_default() -> None:
    assert Settings().telegram.webhook_url == ""
    settings = Settings(telegram=TelegramSettings(webhook_url="https://h.example/a/b", webhook_port=8443))
    options = webhook_options(settings)
    assert (options["url_path"], options["port"], options["listen"]) == ("a/b", 8443, "127.0.0.1")
