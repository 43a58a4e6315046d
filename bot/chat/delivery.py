"""Sending the outbox to Telegram: as fast as its limits allow, each delivery exactly once.

Limits are kept before Telegram enforces them: a token bucket for the bot as a whole and a
minimum spacing per chat (groups are slower than private chats). Every Bot API answer has
its handling: 429 waits `retry_after`; 403 ends the chat's deliveries; a migrated group moves
to its new id; 5xx, time-outs and network errors retry with backoff; other 400s fail with
their reason.
"""

from __future__ import annotations

import asyncio
import functools
import heapq
import itertools
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from telegram import Bot, LinkPreviewOptions
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.chat.pacing import Pacer, delivery_send, retry_after_seconds
from bot.chat.render import Outgoing
from bot.clock import Clock
from bot.config import DeliverySettings
from bot.ops.metrics import METRICS
from bot.store import Delivery, Store, StoreWriteError

log = logging.getLogger(__name__)

# Answers to a 400 that mean the chat itself is gone: like a 403, stop sending to it.
_GONE = ("chat not found", "have no rights to send", "not enough rights", "chat_write_forbidden",
         "user is deactivated", "peer_id_invalid")

# Returns what to send for a delivery, or None when its digest is gone from the store.
Render = Callable[[Delivery], Awaitable[Outgoing | None]]
# Called when sending stops because the store cannot write (with why), and when it resumes (None).
StoreAlarm = Callable[[str | None], Awaitable[None]]
# Whether this process may start a send now: among replicas, only the holder of the sender lease.
MaySend = Callable[[], Awaitable[bool]]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # a roundup, or a chat that turned previews off
DUE_BATCH = 1000  # deliveries read at a time: a broadcast to 100,000 chats is never held whole
STORE_CHECK_EVERY = 5.0  # seconds between two checks whether a failing disk takes writes again


@dataclass(frozen=True)
class Outcome:
    """What a chat's queue does after one send: go on, wait and resend, or stop this pass."""

    wait: float = 0.0
    stop: bool = False


NEXT = Outcome()
STOP = Outcome(stop=True)


@dataclass
class DrainReport:
    """What one pass over the outbox did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    rate_limited: int = 0
    chats_gone: list[int] = field(default_factory=list)
    migrated: dict[int, int] = field(default_factory=dict)
    halted: str | None = None  # sending stopped: the store cannot write (why)
    standby: bool = False  # sending stopped or never started: another replica is the sender


class Deliverer:
    """Sends due deliveries from the store through a PTB Bot."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        render: Render,
        settings: DeliverySettings,
        wall_clock: Clock,
        *,
        on_store_failure: StoreAlarm | None = None,
        concurrency: int = 16,
        clock: Callable[[], float] = time.monotonic,
        pacer: Pacer | None = None,
        may_send: MaySend | None = None,
    ) -> None:
        self.bot = bot
        self.store = store
        self.render = render
        self.settings = settings
        self.wall_clock = wall_clock  # the store's time: retries are kept across restarts
        self.on_store_failure = on_store_failure
        # Why sending is stopped (the store cannot write), or None. A sent mark that cannot be
        # written would let the same message go again at every pass: nothing is sent until the
        # disk takes writes again; at most the messages whose marks failed can arrive twice.
        self.halted: str | None = None
        self.concurrency = concurrency
        self.clock = clock  # monotonic: pacing
        # The one pacing layer, shared with replies and alerts (the application's rate limiter).
        self.pacer = pacer or Pacer(settings, clock=clock)
        self.bucket = self.pacer.bucket
        # Asked before each send (a local check unless the lease nears its end): a replica that
        # lost the sender lease stops at once, and another replica's sender goes on.
        self.may_send = may_send or _always
        self._lock = asyncio.Lock()

    def spacing(self, chat_id: int) -> float:
        """Return the minimum seconds between two messages to one chat."""
        return self.pacer.spacing(chat_id)

    @property
    def busy(self) -> bool:
        """Return whether a drain is running."""
        return self._lock.locked()

    async def drain(self) -> DrainReport:
        """Send every delivery that is due now, returning when none is left to send now.

        Nothing is sent while the store cannot write (the report says why), nor by a replica
        that is not the sender (the report says `standby`).
        """
        async with self._lock:
            report = DrainReport()
            if not await self.may_send():
                report.standby = True
                return report
            if not await self._store_writes(report):
                return report
            while not self.halted:
                if not await self.may_send():
                    report.standby = True
                    break
                due = await self.store.outbox.due(limit=DUE_BATCH)
                if not due:
                    break
                await self._send_all(due, report)
            report.halted = self.halted
            METRICS.observe_drain(report)
            return report

    async def _store_writes(self, report: DrainReport) -> bool:
        """Return whether the store takes writes now, stopping or resuming sending accordingly."""
        if await self.store.can_write():
            if self.halted is not None:
                log.warning("delivery: the store writes again; sending resumes")
                self.halted = None
                if self.on_store_failure is not None:
                    await self.on_store_failure(None)
            return True
        await self._halt("the database cannot be written (is the disk full?)")
        report.halted = self.halted
        return False

    async def _halt(self, reason: str) -> None:
        """Stop sending until the store writes again; say so once."""
        if self.halted is not None:
            return
        self.halted = reason
        log.error("delivery: stopped: %s; it resumes by itself once the store writes", reason)
        if self.on_store_failure is not None:
            await self.on_store_failure(reason)

    async def _send_all(self, due: list[Delivery], report: DrainReport) -> None:
        """Send a batch: chats in turn by readiness, each chat's deliveries in order."""
        queues: dict[int, deque[Delivery]] = {}
        for delivery in due:
            queues.setdefault(delivery.chat_id, deque()).append(delivery)
        order = itertools.count()
        ready: list[tuple[float, int, int]] = [(0.0, next(order), chat) for chat in queues]
        heapq.heapify(ready)
        running: set[asyncio.Task[Outcome]] = set()
        slots = asyncio.Semaphore(self.concurrency)

        async def send_one(delivery: Delivery) -> Outcome:
            try:
                return await self._deliver(delivery, report)
            finally:
                slots.release()

        def finished(task: asyncio.Task[Outcome], delivery: Delivery, started: float) -> None:
            running.discard(task)
            chat_id = delivery.chat_id
            if task.cancelled() or task.exception() is not None:
                log.error("chat %s: delivery %s crashed", chat_id, delivery.id,
                          exc_info=None if task.cancelled() else task.exception())
                queues.pop(chat_id, None)  # left pending: the next pass tries again
                return
            outcome = task.result()
            if outcome.stop:
                queues.pop(chat_id, None)
                return
            if outcome.wait:  # flood control: the same delivery goes again, first
                queues.setdefault(chat_id, deque()).appendleft(delivery)
            if queues.get(chat_id):
                at = max(started + self.spacing(chat_id), self.clock() + outcome.wait)
                heapq.heappush(ready, (at, next(order), chat_id))

        while ready or running:
            if self.halted:  # the store cannot write: send nothing more, let the sends in flight end
                if running:
                    await asyncio.wait(running)
                break
            if not ready:
                await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                continue
            at, _, chat_id = ready[0]
            now = self.clock()
            if at > now:
                if running:
                    await asyncio.wait(
                        running, timeout=at - now, return_when=asyncio.FIRST_COMPLETED
                    )
                else:
                    await asyncio.sleep(at - now)
                continue
            heapq.heappop(ready)
            queue = queues.get(chat_id)
            if not queue:
                continue
            turn = self.pacer.ready_at(chat_id)
            if turn > now + self.bucket.tolerance:  # a reply went to this chat meanwhile
                heapq.heappush(ready, (turn, next(order), chat_id))
                continue
            if not await self.may_send():
                # Another replica sends now: start nothing more; the sends in flight end and
                # their marks are written, so the new sender does not send them again.
                report.standby = True
                if running:
                    await asyncio.wait(running)
                break
            delivery = queue.popleft()
            await slots.acquire()
            await self.bucket.acquire()
            self.pacer.mark(chat_id)
            started = self.clock()
            task = asyncio.create_task(send_one(delivery))
            running.add(task)
            task.add_done_callback(functools.partial(finished, delivery=delivery, started=started))

    async def _deliver(self, delivery: Delivery, report: DrainReport) -> Outcome:
        """Send one delivery and record the answer; return what the chat's queue does next."""
        outgoing = await self.render(delivery)
        if outgoing is None:
            await self.store.outbox.mark_failed(delivery.id, "the digest is no longer in the store")
            report.failed += 1
            return NEXT
        chat_id = delivery.chat_id
        delivery_send()  # paced above; its 429 is handled here (this task only)
        sent_at = self.clock()
        try:
            message = await self.bot.send_message(
                chat_id=chat_id,
                text=outgoing.text,  # HTML: the application's Defaults
                # The story's own preview (its picture and title card), named so that no other
                # link of the message takes it; none when the chat turned it off (said, not left
                # to None, which PTB may send as "no option": Telegram's own default, a preview).
                # is_disabled is said: PTB would fill it in from the Defaults' (disabled) otherwise.
                link_preview_options=(
                    LinkPreviewOptions(is_disabled=False, url=outgoing.preview_url,
                                       prefer_large_media=True)
                    if outgoing.preview_url else NO_PREVIEW),
                disable_notification=outgoing.silent,
                message_thread_id=delivery.thread_id,
                read_timeout=self.settings.send_timeout,
                allow_paid_broadcast=self.settings.allow_paid_broadcast or None,
            )
        except RetryAfter as exc:
            wait = retry_after_seconds(exc)
            self.pacer.flood(wait, sent_at)  # the whole bot slows down (or waits)
            self.pacer.mark(chat_id, wait=wait)
            report.rate_limited += 1
            log.warning("telegram: flood control, waiting %.0f s (chat %s)", wait, chat_id)
            return Outcome(wait=max(wait, 0.001))
        except ChatMigrated as exc:
            new_id = int(exc.new_chat_id)
            log.info("chat %s became supergroup %s: moving its subscriptions", chat_id, new_id)
            await self.store.chats.migrate(chat_id, new_id)
            report.migrated[chat_id] = new_id
            return STOP  # its deliveries now wait under the new id: the next batch sends them
        except Forbidden as exc:
            await self._chat_gone(chat_id, str(exc), report)
            return STOP
        except BadRequest as exc:
            if any(marker in str(exc).lower() for marker in _GONE):
                await self._chat_gone(chat_id, str(exc), report)
                return STOP
            log.warning("chat %s: delivery %s refused: %s", chat_id, delivery.id, exc)
            await self.store.outbox.mark_failed(delivery.id, str(exc))
            report.failed += 1
            return NEXT
        except TelegramError as exc:  # 5xx, time-outs, network errors: try again later
            return await self._backoff(delivery, exc, report)
        report.sent += 1
        try:
            await self.store.outbox.mark_sent(delivery.id, message.message_id)
        except StoreWriteError as exc:
            await self._halt(f"a sent mark cannot be written: {exc}")
            return STOP
        return NEXT

    async def _backoff(self, delivery: Delivery, exc: Exception, report: DrainReport) -> Outcome:
        attempts = delivery.attempts + 1
        if attempts >= self.settings.max_attempts:
            log.warning("chat %s: delivery %s given up after %d tries: %s",
                        delivery.chat_id, delivery.id, attempts, exc)
            await self.store.outbox.mark_failed(delivery.id, f"{type(exc).__name__}: {exc}")
            report.failed += 1
            return NEXT
        delay = min(self.settings.retry_max, self.settings.retry_base * 2.0 ** (attempts - 1))
        log.info("chat %s: delivery %s will be retried in %.0f s: %s",
                 delivery.chat_id, delivery.id, delay, exc)
        await self.store.outbox.mark_retry(delivery.id, self.wall_clock.now() + delay,
                                           f"{type(exc).__name__}: {exc}")
        report.retried += 1
        return STOP  # the chat waits for its backoff, its later deliveries behind this one

    async def _chat_gone(self, chat_id: int, reason: str, report: DrainReport) -> None:
        if await self.store.chats.deactivate(chat_id, reason):
            log.warning("chat %s: stopped sending (%s); its subscriptions are paused", chat_id, reason)
        report.chats_gone.append(chat_id)


async def _always() -> bool:
    """A process alone on its store sends whenever something is due."""
    return True
