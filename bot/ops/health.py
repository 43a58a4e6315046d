"""What /healthz answers: is the bot doing its job, and if not, why.

Healthy when the event loop is on time, the store can write, a source was polled
successfully recently and the outbox backlog is small; each limit is in `[ops]`. The
check runs on the bot's own event loop: an answer at all means the loop answers.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from bot.clock import Clock
from bot.config import OpsSettings
from bot.ops.metrics import METRICS, Metrics
from bot.sources import SourceCatalog
from bot.store import Store

LAG_EVERY = 0.5  # seconds between two measures of the event loop's lateness


@dataclass(frozen=True)
class HealthReport:
    """The verdict and, when unhealthy, one reason per failed check."""

    reasons: tuple[str, ...]
    loop_lag: float
    newest_poll_age: float | None
    backlog: int

    @property
    def healthy(self) -> bool:
        """Return whether every check passed."""
        return not self.reasons


class LoopLag:
    """Measures how late the event loop wakes a timer (a stalled loop makes every timer late)."""

    def __init__(self, metrics: Metrics = METRICS, every: float = LAG_EVERY) -> None:
        self.metrics = metrics
        self.every = every
        self.lag = 0.0
        self._beat = time.monotonic()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start measuring on the running loop."""
        self._beat = time.monotonic()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="loop-lag")

    async def stop(self) -> None:
        """Stop measuring."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    def current(self) -> float:
        """Return the latest lateness, or how overdue the next measure is if that is more."""
        overdue = time.monotonic() - self._beat - self.every
        return max(self.lag, overdue)

    async def _run(self) -> None:
        while True:
            expected = time.monotonic() + self.every
            await asyncio.sleep(self.every)
            self._beat = time.monotonic()
            self.lag = max(0.0, self._beat - expected)
            self.metrics.loop_lag.set(self.lag)


async def store_problem(store: Store, timeout: float) -> str | None:
    """Return why the store cannot write, or None when it can.

    The store knows whether its last write or a sent mark failed (`Store.can_write`, which
    also writes what waits): asked within `timeout`, so that a hung disk is a reason too.
    """
    try:
        # Shielded: a slow disk does not cancel the store's own write.
        if not await asyncio.wait_for(asyncio.shield(store.can_write()), timeout):
            return "the database cannot be written (is the disk full?)"
    except TimeoutError:
        return f"the database was not written within {timeout:g} s"
    except Exception as exc:  # noqa: BLE001 - whatever it is, it is the reason to report
        return f"the database cannot be written: {type(exc).__name__}: {exc}"
    return None


async def check_health(*, store: Store, catalog: SourceCatalog, clock: Clock, limits: OpsSettings,
                       lag: LoopLag, started: float, newest_success: float | None) -> HealthReport:
    """Return the bot's health: each check against its limit in `limits`.

    `started` is when the bot started (by `clock`): a bot younger than `max_poll_age` is not
    blamed for polls it has not made yet. `newest_success` is when a poll last succeeded
    (the Poller's figure, None before the first).
    """
    reasons: list[str] = []
    loop_lag = lag.current()
    if loop_lag > limits.max_loop_lag:
        reasons.append(f"the event loop is {loop_lag:.1f} s late (limit {limits.max_loop_lag:g} s)")
    problem = await store_problem(store, limits.store_timeout)
    if problem:
        reasons.append(problem)
    age: float | None = None
    if any(not catalog.is_paused(name) for name in catalog.names()):
        # A success before the start is older than the start: the ones since are enough.
        newest = max(started, newest_success if newest_success is not None else started)
        age = clock.now() - newest
        if age > limits.max_poll_age:
            reasons.append(f"no successful poll of any source for {age:.0f} s "
                           f"(limit {limits.max_poll_age:g} s)")
    backlog = await store.outbox.pending_count()
    if backlog > limits.max_backlog:
        reasons.append(f"{backlog} deliveries wait to be sent (limit {limits.max_backlog})")
    return HealthReport(tuple(reasons), loop_lag, age, backlog)
