"""Shared fixtures: the fake Telegram Bot API and the fake news site, started per test."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest_asyncio

# PTB 22.x emits PTBDeprecationWarning from RetryAfter.__init__ itself (it reads its own
# int-valued retry_after) unless PTB_TIMEDELTA is on; with filterwarnings=error every 429
# would then surface as that warning instead of RetryAfter. Opting in makes time periods
# (RetryAfter.retry_after, ...) datetime.timedelta, as PTB 23 will.
os.environ.setdefault("PTB_TIMEDELTA", "true")

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
