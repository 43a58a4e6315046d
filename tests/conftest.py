"""Shared fixtures: the fake Telegram Bot API and the fake news site, started per test; a real PostgreSQL per session."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import pytest_asyncio

# bot.chat sets PTB_TIMEDELTA for every entry point (time periods such as RetryAfter.retry_after
# are datetime.timedelta, as in PTB 23). Imported first, so the tests run PTB in the bot's mode
# before any test module or helper makes a PTB value.
import bot.chat  # noqa: F401  (imported for its effect)
from telegram import Bot

from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.news_site import NewsSite
from tests.auxil.postgres import PostgresServer


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


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """Yield a PostgreSQL server (pgserver's binaries) for the whole session; stopped at its end."""
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> Iterator[str]:
    """Yield the URL of a new, empty PostgreSQL database; dropped after the test."""
    url = postgres.database()
    yield url
    postgres.drop(url)


@pytest.fixture(params=["tinydb", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Return where a store lives, once per engine: a TinyDB file, or a fresh PostgreSQL database's URL."""
    if request.param == "tinydb":
        return tmp_path / "bot.json"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest_asyncio.fixture
async def telegram_bot(fake_api: FakeBotAPI) -> AsyncIterator[Bot]:
    """Yield a real PTB Bot that talks to the fake Bot API."""
    async with Bot(fake_api.token, base_url=fake_api.base_url) as b:
        yield b
