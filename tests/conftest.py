"""Shared fixtures: the fake Telegram Bot API and the fake news site, started per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

# bot.chat sets PTB_TIMEDELTA for every entry point (time periods such as RetryAfter.retry_after
# are datetime.timedelta, as in PTB 23). Imported first, so the tests run PTB in the bot's mode
# before any test module or helper makes a PTB value.
import bot.chat  # noqa: F401  (imported for its effect)

from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.news_site import NewsSite


@pytest_asyncio.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    """Yield a started FakeBotAPI (token "123456:TEST-TOKEN"); stopped after the test."""
    async with FakeBotAPI() as server:
        yield server


@pytest_asyncio.fixture
async def news_site() -> AsyncIterator[NewsSite]:
    """Yield a started NewsSite; stopped after the test."""
    async with NewsSite() as site:
        yield site
