"""Poller: one source's poll, as the job and /latest ask for it: lock, pause, backoff, health."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.news.fetch import Fetcher
from bot.ops.metrics import METRICS
from bot.pipeline import DEFAULT_MAX_ARTICLES, PollStatus, RefreshResult, refresh
from bot.replicas import POLL_SHARE, Replica, poll_lease
from bot.sources import SourceCatalog
from bot.models import Source
from bot.store import Health, SourceState, Store

log = logging.getLogger(__name__)

MAX_POLLS = 64  # scheduled polls at once; more wait their turn, in the order they came due
LATE_SHARE = 0.1  # a poll that starts later than this share of its interval after it was due is late
BEHIND_WINDOW = 300.0  # seconds of polls that say whether polling is behind
BEHIND_LOG_EVERY = 60.0  # seconds between two log lines saying that polling is behind


@dataclass(frozen=True)
class Behind:
    """How far scheduled polls lag: those waiting now, and the late ones of the last BEHIND_WINDOW."""

    waiting: int  # polls due and waiting for a slot now
    overdue: int  # of which already late
    started: int  # polls started within the window
    late: int  # of which started late (more than LATE_SHARE of their interval)
    p95: float  # seconds: the 95th percentile of their lateness
    longest: float  # seconds: the latest start, or the longest wait of a poll still waiting


class Pace:
    """Counts how late scheduled polls start; says when polling is behind, and by how much."""

    def __init__(self) -> None:
        self._starts: deque[tuple[float, float, bool]] = deque()  # (when, seconds late, late?)
        self._waiting: dict[int, tuple[float, float]] = {}  # a waiting poll's token -> (due, interval)
        self._logged = 0.0

    def waiting(self, token: int, due: float, interval: float) -> None:
        """Count a poll as waiting for its slot since it came due."""
        self._waiting[token] = (due, interval)

    def started(self, token: int, due: float, interval: float, now: float) -> None:
        """Count a poll as started: how late, and whether that is late for its interval."""
        self._waiting.pop(token, None)
        lateness = max(0.0, now - due)
        self._starts.append((now, lateness, lateness > interval * LATE_SHARE))
        self._forget(now)
        if lateness > interval * LATE_SHARE and now - self._logged >= BEHIND_LOG_EVERY:
            self._logged = now
            behind = self.behind(now)
            log.warning("polling is behind: %d polls waiting; in the last %d s %d of %d polls started late, "
                        "p95 %.1f s, up to %.1f s", behind.waiting, BEHIND_WINDOW, behind.late,
                        behind.started, behind.p95, behind.longest)

    def gave_up(self, token: int) -> None:
        """Forget a waiting poll that never started (cancelled at shutdown)."""
        self._waiting.pop(token, None)

    def behind(self, now: float | None = None) -> Behind:
        """Return the lateness of the last BEHIND_WINDOW seconds and of the polls waiting now."""
        now = time.time() if now is None else now
        self._forget(now)
        lateness = sorted(late for _, late, _ in self._starts)
        p95 = lateness[min(len(lateness) - 1, int(len(lateness) * 0.95))] if lateness else 0.0
        oldest_wait = max((now - due for due, _ in self._waiting.values()), default=0.0)
        overdue = sum(1 for due, interval in self._waiting.values() if now - due > interval * LATE_SHARE)
        return Behind(waiting=len(self._waiting), overdue=overdue, started=len(lateness),
                      late=sum(1 for *_, late in self._starts if late), p95=p95,
                      longest=max(max(lateness, default=0.0), oldest_wait))

    def is_behind(self, now: float | None = None) -> bool:
        """Return whether a poll started late within the window, or one waiting is late already."""
        behind = self.behind(now)
        return bool(behind.late or behind.overdue)

    def _forget(self, now: float) -> None:
        while self._starts and self._starts[0][0] < now - BEHIND_WINDOW:
            self._starts.popleft()


# Tells the admins what changed in a source's health (bot.chat.alerts in the running bot).
Alert = Callable[[Source, SourceState, Health], Awaitable[None]]


class Poller:
    """Polls sources by name; every rule about when a source is fetched lives here."""

    def __init__(self, catalog: SourceCatalog, fetcher: Fetcher, store: Store, clock: Clock, *,
                 lead_chars: int, alert_after: int, wake_delivery: Callable[[], None],
                 alert: Alert, max_polls: int = MAX_POLLS,
                 max_articles: int = DEFAULT_MAX_ARTICLES, replica: Replica | None = None) -> None:
        self.catalog = catalog
        self.fetcher = fetcher
        self.store = store
        self.clock = clock
        self.lead_chars = lead_chars
        self.max_articles = max_articles
        self.alert_after = alert_after
        self.wake_delivery = wake_delivery
        self.alert = alert
        self.replica = replica or Replica(store.leases, clock)  # whose poll leases these are
        self._locks: dict[str, asyncio.Lock] = {}
        self._slots = asyncio.Semaphore(max_polls)
        self._tokens = itertools.count()
        self.pace = Pace()
        # A hash of each source's page as last parsed: the same bytes again are not parsed again.
        self.page_hashes: dict[str, bytes] = {}
        # The newest successful poll's time (by `clock`), for /healthz: kept here, as polls end,
        # since asking the store for every source's state at each check costs sources x sources.
        self.newest_success: float | None = None

    async def poll(self, name: str, *, respect_backoff: bool = True, due: float | None = None) -> RefreshResult:
        """Poll a source now unless it is paused (or backing off, when respected); return what happened.

        A scheduled poll (`due`: the UNIX time it came due) waits for one of MAX_POLLS slots, and
        how late it starts is counted (`pace`); a /latest does not wait behind the schedule.
        A poll and a /latest of one source never overlap: the second waits for the first.
        Among replicas, a scheduled poll first takes the source's poll lease for POLL_SHARE of
        its interval (kept after the poll): held by another replica, it is ELSEWHERE, not
        fetched. A /latest needs no lease (the store makes each digest and delivery once).
        """
        source = self.catalog.get(name)
        if source is None:
            raise KeyError(name)
        if self.catalog.is_paused(name):
            return RefreshResult(name, PollStatus.PAUSED)  # not fetched, not even for /latest
        if due is None:
            return await self._poll(source, respect_backoff)
        token = next(self._tokens)
        self.pace.waiting(token, due, source.interval)
        try:
            async with self._slots:
                self.pace.started(token, due, source.interval, time.time())
                # Asked once a slot is ours: a replica whose polls queue up leaves the source to another.
                if not await self.replica.once(poll_lease(name), source.interval * POLL_SHARE):
                    log.debug("source %s: polled by another replica", name)
                    return RefreshResult(name, PollStatus.ELSEWHERE)
                return await self._poll(source, respect_backoff)
        finally:
            self.pace.gave_up(token)

    async def _poll(self, source: Source, respect_backoff: bool) -> RefreshResult:
        name = source.name
        async with self._locks.setdefault(name, asyncio.Lock()):
            # Read once per poll: the refresh starts from it and returns what it saved.
            state = await self.store.sources.state(name)
            if respect_backoff:
                retry_at = state.retry_at(source.interval)
                if retry_at is not None and self.clock.now() < retry_at:
                    return RefreshResult(name, PollStatus.BACKING_OFF)
            result = await refresh(source, fetcher=self.fetcher, store=self.store,
                                   clock=self.clock, lead_chars=self.lead_chars,
                                   page_hashes=self.page_hashes, max_articles=self.max_articles,
                                   state=state)
            METRICS.observe_poll(result)
            state = result.state if result.state is not None else await self.store.sources.state(name)
            if state.last_success is not None:
                self.newest_success = max(self.newest_success or state.last_success, state.last_success)
            health = state.health_change(self.alert_after)
            if health is not None:  # told once: the flag is kept with the source's state
                await self.store.sources.save_state(
                    dataclasses.replace(state, alerted=health is Health.FAILING))
        if result.queued:
            self.wake_delivery()
        if health is not None:
            await self.alert(source, state, health)
        return dataclasses.replace(result, health=health)
