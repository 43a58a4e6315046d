"""One pacing layer for every message the bot sends: replies, alerts and deliveries alike.

The pace adapts: a 429 slows the whole bot at once (and lowers, a little, the pace it
recovers to), the refused chat waits its retry_after, and the pace comes back gradually
while Telegram accepts everything. Only a second 429 within the first's retry_after (the
slower pace was not enough) stops the whole bot for as long as Telegram asked.

`Pacer` is PTB's rate limiter for the application's Bot: each message-sending request waits
for its chat's spacing and a slot of the bot's overall rate, and a 429 is waited out and sent
again. The Deliverer shares its bucket and per-chat times (it schedules many chats at once,
so it takes slots itself and handles its own 429s; `delivery_send` marks those requests).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.config import DeliverySettings

log = logging.getLogger(__name__)

RATE_MARGIN = 0.98  # share of the configured rate aimed at, at best
SLOWDOWN = 0.9  # a 429 multiplies the pace by this...
SLOWEST = 0.5  # ...never below this share of the best pace
CEILING_STEP = 0.005  # each 429 lowers the pace recovered to by this share of the best...
LOWEST_CEILING = 0.93  # ...down to this share
RECOVERY = 0.03  # share of the best pace regained per second without 429
REPLY_RETRIES = 5  # a reply refused with 429 is sent again this many times at most
# The Bot API methods that post a message in a chat: these count against Telegram's limits.
PACED_METHODS = frozenset({"sendMessage", "editMessageText", "sendDocument", "sendPhoto",
                           "copyMessage", "forwardMessage", "sendMediaGroup"})
_FORGET_AFTER = 10_000  # per-chat times kept before the past ones are dropped

# Set by the Deliverer around its own sends: already paced, and their 429s are its to handle.
_DELIVERY: contextvars.ContextVar[bool] = contextvars.ContextVar("delivery_send", default=False)

ChatKey = int | str


def delivery_send() -> contextvars.Token[bool]:
    """Mark the current task's next requests as the Deliverer's own (paced, 429 handled)."""
    return _DELIVERY.set(True)


class TokenBucket:
    """A rate limiter: `rate` acquisitions per second on average (GCRA, "virtual scheduling").

    Each acquisition has a theoretical time, 1/rate after the previous one's; it may go up to
    `tolerance` seconds early. Waking a little late from a sleep then costs nothing: the next
    slot is still counted from the theoretical time, not from the late wake-up, so the
    average rate is kept exactly. Bursts are bounded by the tolerance.
    """

    def __init__(
        self, rate: float, tolerance: float = 0.005, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.interval = 1.0 / rate
        self.tolerance = tolerance
        self.clock = clock
        self.theoretical = clock()
        self.paused_until = 0.0
        self._lock = asyncio.Lock()

    def set_rate(self, rate: float) -> None:
        """Hand out `rate` slots per second from the next one on."""
        self.rate = rate
        self.interval = 1.0 / rate

    def pause(self, seconds: float) -> None:
        """Hand out nothing for `seconds` (Telegram said to wait)."""
        self.paused_until = max(self.paused_until, self.clock() + seconds)
        self.theoretical = max(self.theoretical, self.paused_until)

    async def acquire(self) -> None:
        """Wait until the next slot, then take it."""
        async with self._lock:  # first come, first served
            while True:
                now = self.clock()
                slot = max(self.theoretical, now, self.paused_until)
                if slot - now <= self.tolerance:
                    self.theoretical = slot + self.interval
                    return
                await asyncio.sleep(slot - now - self.tolerance)


def retry_after_seconds(exc: RetryAfter) -> float:
    """Return how many seconds Telegram asked to wait (a timedelta: the bot runs PTB_TIMEDELTA)."""
    value = exc.retry_after
    if not isinstance(value, timedelta):  # bot.chat sets PTB_TIMEDELTA for every entry point
        raise TypeError(f"PTB_TIMEDELTA is off: retry_after is {value!r}, expected a timedelta")
    return value.total_seconds()


class Pacer(BaseRateLimiter[None]):
    """Spaces the messages to each chat and keeps the bot's overall rate; 429s are waited out."""

    def __init__(self, settings: DeliverySettings, *, clock: Callable[[], float] = time.monotonic,
                 retries: int = REPLY_RETRIES) -> None:
        self.settings = settings
        self.clock = clock
        self.retries = retries
        rate = (settings.paid_messages_per_second if settings.allow_paid_broadcast
                else settings.messages_per_second)
        # Aim a little under the limit: Telegram counts arrivals, and network jitter bunches
        # them. The bucket's 5 ms tolerance absorbs late timers, at 30/s as at 1000/s.
        self.best = rate * RATE_MARGIN
        self.bucket = TokenBucket(self.best, clock=clock)
        self._next: dict[ChatKey, float] = {}  # when each chat may get its next message
        self.share = 1.0  # of the best pace, now
        self.ceiling = 1.0  # the share the pace recovers to
        self._recovered_at = clock()
        self._flood_until = 0.0  # the latest 429's retry_after runs out then
        self._flood_at = float("-inf")  # when the latest 429 that slowed the pace came
        self.floods = 0

    async def initialize(self) -> None:
        """Nothing to start."""

    async def shutdown(self) -> None:
        """Nothing to stop."""

    def spacing(self, chat_id: ChatKey) -> float:
        """Return the minimum seconds between two messages to one chat."""
        # Paid broadcasts lift the overall limit only: each chat's own limits still hold.
        if isinstance(chat_id, str) or chat_id < 0:  # groups, supergroups and channels (@name)
            return max(self.settings.per_chat_interval, 60.0 / self.settings.group_messages_per_minute)
        return self.settings.per_chat_interval

    def ready_at(self, chat_id: ChatKey) -> float:
        """Return when a chat may get its next message (monotonic seconds)."""
        return self._next.get(chat_id, 0.0)

    def mark(self, chat_id: ChatKey, *, wait: float = 0.0) -> None:
        """Record a message to a chat now (or a 429 that asks it to wait `wait` seconds)."""
        self._recover()
        now = self.clock()
        if len(self._next) > _FORGET_AFTER:
            self._next = {k: t for k, t in self._next.items() if t > now}
        self._next[chat_id] = max(self._next.get(chat_id, 0.0), now + max(self.spacing(chat_id), wait))

    def flood(self, wait: float, sent_at: float | None = None) -> None:
        """Telegram answered 429 with retry_after `wait` to a request sent at `sent_at`: slow
        down; wait it out if the slower pace already sent it."""
        now = self.clock()
        self.floods += 1
        if sent_at is not None and sent_at < self._flood_at:
            return  # on its way before the pace slowed: the same burst, already answered
        if now < self._flood_until:
            self.bucket.pause(wait)  # slowing down was not enough: do as Telegram said
        self._flood_until = max(self._flood_until, now + wait)
        self.ceiling = max(LOWEST_CEILING, self.ceiling - CEILING_STEP)
        self.share = max(SLOWEST, min(self.share, self.ceiling) * SLOWDOWN)
        self._recovered_at = self._flood_at = now
        self.bucket.set_rate(self.best * self.share)
        log.info("pace: %.0f%% of the best after a 429 (recovers to %.0f%%)",
                 self.share * 100, self.ceiling * 100)

    def _recover(self) -> None:
        """Bring the pace back toward its ceiling, by RECOVERY per second since the last 429."""
        if self.share >= self.ceiling:
            return
        now = self.clock()
        if now < self._flood_until:
            return  # still within a 429's retry_after: no faster yet
        since = max(self._recovered_at, self._flood_until)
        self.share = min(self.ceiling, self.share + RECOVERY * (now - since))
        self._recovered_at = now
        self.bucket.set_rate(self.best * self.share)

    async def acquire(self, chat_id: ChatKey) -> None:
        """Wait for the chat's turn, then for a slot of the overall rate."""
        while (wait := self.ready_at(chat_id) - self.clock()) > 0:
            await asyncio.sleep(wait)
        self.mark(chat_id)  # taken before the overall wait: a second reply queues behind it
        await self.bucket.acquire()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send a request: a message waits for its turn and is sent again after a 429."""
        chat_id = data.get("chat_id")
        if endpoint not in PACED_METHODS or not isinstance(chat_id, int | str) or _DELIVERY.get():
            return await callback(*args, **kwargs)
        attempt = 0
        while True:
            await self.acquire(chat_id)
            sent_at = self.clock()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                self.flood(wait, sent_at)
                self.mark(chat_id, wait=wait)
                attempt += 1
                if attempt > self.retries:
                    raise
                log.warning("telegram: flood control on %s to chat %s, sent again in %.0f s",
                            endpoint, chat_id, wait)
