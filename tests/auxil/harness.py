"""Running the real bot (Application, JobQueue, store, fetcher) against the fake servers."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import build_application
from bot.chat.context import BotApp
from bot.clock import ManualClock
from bot.config import DeliverySettings, FetchSettings, Settings, StorageSettings, TelegramSettings
from bot.models import Source, SourceKind
from bot.services import Services
from bot.store import Store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import Story, article_page, front_page

SOURCE = "quotidien"


def make_settings(
    tmp_path: Path, api: FakeBotAPI, sources: list[Source], **sections: Any
) -> Settings:
    """Return settings for a bot that talks to the fake API and may fetch from loopback."""
    settings = Settings(
        telegram=TelegramSettings(token=api.token, api_base_url=api.base_url, admins=(42,)),
        storage=StorageSettings(path=tmp_path / "bot.json"),
        fetch=FetchSettings(timeout=5.0, allow_private_addresses=True),
        # Fast retries so that tests of failures do not wait for real backoffs.
        delivery=DeliverySettings(per_chat_interval=0.0),
        sources=tuple(sources),
    )
    return dataclasses.replace(settings, **sections)


def storage_at(place: Path | str) -> StorageSettings:
    """Return `[storage]` settings for a store at this place: a TinyDB file, or a PostgreSQL URL."""
    if isinstance(place, Path):
        return StorageSettings(path=place)
    return StorageSettings(url=place)


def site_source(site: NewsSite, name: str = SOURCE, kind: SourceKind = SourceKind.PAGE) -> Source:
    """Return a source for the fake site's front page, polled only when a test says so."""
    return Source(name=name, url=site.url("/"), title="Le Quotidien du Peuple en ligne",
                  kind=kind, interval=3600)


def publish(site: NewsSite, stories: list[Story]) -> None:
    """Serve a front page listing the stories (first = top story) and each story's page."""
    site.set("/", front_page(stories))
    for s in stories:
        site.set(s.path, article_page(s))


@dataclasses.dataclass
class RunningBot:
    """A started Application and what tests need to drive it."""

    app: BotApp
    clock: ManualClock  # the bot's clock: real time until a test sets it

    @property
    def services(self) -> Services:
        """Return the services the application was built with."""
        return self.app.bot_data.services

    async def poll(self, name: str = SOURCE) -> None:
        """Run the source's poll job now, through the JobQueue's job."""
        assert self.app.job_queue is not None
        (job,) = self.app.job_queue.get_jobs_by_name(f"poll:{name}")
        await job.run(self.app)

    async def deliver(self) -> None:
        """Run the delivery job now and wait until no delivery pass is running."""
        assert self.app.job_queue is not None
        (job,) = self.app.job_queue.get_jobs_by_name("delivery")
        await job.run(self.app)
        deliverer = self.services.deliverer
        while deliverer.busy:  # a pass woken by a poll may still be running: let it finish
            await asyncio.sleep(0.01)


async def subscribed(bot: RunningBot, api: FakeBotAPI, chat: int, source: str = SOURCE) -> None:
    """Subscribe chat to source, wait for the bot's answer, and run the first poll (it records the
    page as it stands and sends nothing): what a digest test does before it publishes a story."""
    api.user_sends(f"/subscribe {source}", chat_id=chat)
    await api.wait_for_messages(chat, 1)
    await bot.poll(source)


@asynccontextmanager
async def running_bot(settings: Settings, *, clock: ManualClock | None = None, store: Store | None = None,
                      poll_updates: bool = True) -> AsyncIterator[RunningBot]:
    """Yield the bot started with long polling against the fake API; stop it cleanly after.

    The bot reads the time from `clock` (by default a new ManualClock: real time until a test
    sets it), so that tests move backoffs, quiet hours and digest times without waiting.
    `store`: a store opened by the test (on `clock`), such as one of several replicas';
    `poll_updates=False`: getUpdates is left to the updates lease (a replica's jobs).
    """
    clock = clock or ManualClock()
    app = build_application(settings, clock=clock, store=store)
    async with app:
        assert app.post_init is not None and app.post_shutdown is not None
        await app.post_init(app)  # run_polling would call it; tests start by hand
        await app.start()
        assert app.updater is not None
        if poll_updates:
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield RunningBot(app, clock)
        finally:
            if app.updater.running:
                await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)
