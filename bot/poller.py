"""Poller: one source's poll, as the job and /latest ask for it: lock, pause, backoff, health."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable

from bot.clock import Clock
from bot.news.fetch import Fetcher
from bot.ops.metrics import METRICS
from bot.pipeline import DEFAULT_MAX_ARTICLES, PollStatus, RefreshResult, refresh
from bot.sources import SourceCatalog
from bot.models import Source
from bot.store import Health, SourceState, Store

# Tells the admins what changed in a source's health (bot.chat.alerts in the running bot).
Alert = Callable[[Source, SourceState, Health], Awaitable[None]]


class Poller:
    """Polls sources by name; every rule about when a source is fetched lives here."""

    def __init__(self, catalog: SourceCatalog, fetcher: Fetcher, store: Store, clock: Clock, *,
                 lead_chars: int, alert_after: int, wake_delivery: Callable[[], None],
                 alert: Alert, max_articles: int = DEFAULT_MAX_ARTICLES) -> None:
        self.catalog = catalog
        self.fetcher = fetcher
        self.store = store
        self.clock = clock
        self.lead_chars = lead_chars
        self.max_articles = max_articles
        self.alert_after = alert_after
        self.wake_delivery = wake_delivery
        self.alert = alert
        self._locks: dict[str, asyncio.Lock] = {}

    async def poll(self, name: str, *, respect_backoff: bool = True) -> RefreshResult:
        """Poll a source now unless it is paused (or backing off, when respected); return what happened.

        A poll and a /latest of one source never overlap: the second waits for the first.
        """
        source = self.catalog.get(name)
        if source is None:
            raise KeyError(name)
        if self.catalog.is_paused(name):
            return RefreshResult(name, PollStatus.PAUSED)  # not fetched, not even for /latest
        async with self._locks.setdefault(name, asyncio.Lock()):
            if respect_backoff:
                retry_at = (await self.store.sources.state(name)).retry_at(source.interval)
                if retry_at is not None and self.clock.now() < retry_at:
                    return RefreshResult(name, PollStatus.BACKING_OFF)
            result = await refresh(source, fetcher=self.fetcher, store=self.store,
                                   clock=self.clock, lead_chars=self.lead_chars,
                                   max_articles=self.max_articles)
            METRICS.observe_poll(result)
            state = await self.store.sources.state(name)
            health = state.health_change(self.alert_after)
            if health is not None:  # told once: the flag is kept with the source's state
                await self.store.sources.save_state(
                    dataclasses.replace(state, alerted=health is Health.FAILING))
        if result.queued:
            self.wake_delivery()
        if health is not None:
            await self.alert(source, state, health)
        return dataclasses.replace(result, health=health)
