"""The scheduled jobs: poll each source, drain the outbox, digest times, keep the store small.

Each job reads its services from the typed context and does one thing; `Scheduler` is the
only code that adds or removes jobs. Every replica of the bot runs every job; what one
replica at a time must do asks for its lease first (bot/replicas.py).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

from telegram.ext import Job, JobQueue

from bot.chat.context import BotContext
from bot.replicas import (
    MAINTENANCE_SECONDS, ROUNDUPS_SECONDS, SENDER_RENEW_EVERY, SOURCES_REREAD_EVERY, UPDATES_RENEW_EVERY,
)
from bot.roundups import make_roundups
from bot.sources import SourceCatalog

log = logging.getLogger(__name__)

DELIVERY_EVERY = 5.0  # seconds: picks up retries whose backoff has run out
# Among replicas, a digest queued by another replica's poll wakes nothing here: the sender looks
# for it every second (one query) rather than every five.
SHARED_DELIVERY_EVERY = 1.0
MAINTENANCE_EVERY = 600.0  # seconds between two prunes: each prune stays small (a finished row lives 10 min)
ROUNDUPS_GRACE = 50  # seconds a minute's roundup check may start late (a busy loop) and still run
# A source added, resumed or given a new interval is first polled within this many seconds. At
# start, the first polls of all sources are spread evenly over their interval instead: spread
# once, they stay spread (no jitter, which would only make polls late), and a thousand sources
# never come due in one burst.
FIRST_POLL_SPREAD = 20.0


async def poll_source(context: BotContext) -> None:
    """Poll one source (the job's data is its name); what happened is logged by the poll."""
    assert context.job is not None
    name = str(context.job.data)
    svc = context.services
    source = svc.catalog.get(name)
    if source is None:
        context.job.schedule_removal()  # the source was removed while the job waited
        return
    await svc.poller.poll(name, due=_due(context, source.interval))


def _due(context: BotContext, interval: float) -> float:
    """Return when this run of a poll job came due (a UNIX time): one interval before its next run."""
    # APScheduler moves next_t on before the run starts; a run it skipped or merged counts from the last.
    next_t = context.job.next_t if context.job is not None else None
    now = time.time()
    return now if next_t is None else min(now, next_t.timestamp() - interval)


async def drain_outbox(context: BotContext) -> None:
    """Send what is due in the outbox, unless a pass is already running."""
    svc = context.services
    deliverer = svc.deliverer
    if deliverer.busy:
        return  # the running pass will see the new rows: it loops until nothing is due
    report = await deliverer.drain()
    if report.standby:
        return  # another replica sends: it wakes itself
    next_due = await svc.store.outbox.next_due()
    if next_due is not None:
        # A retry waits out its backoff: come back exactly then rather than at the next tick.
        wait = max(0.0, next_due - svc.clock.now())
        if wait < DELIVERY_EVERY:
            svc.scheduler.wake_delivery(after=wait)
    if report.sent or report.failed or report.chats_gone or report.rate_limited:
        log.info(
            "delivery: %d sent, %d retried later, %d failed, %d chats gone, %d flood waits",
            report.sent, report.retried, report.failed, len(report.chats_gone), report.rate_limited,
        )


async def maintain_store(context: BotContext) -> None:
    """Prune what the store no longer needs, on one replica at a time."""
    if not await context.services.replica.once("maintenance", MAINTENANCE_SECONDS):
        return
    removed = await context.services.store.prune()
    if removed:
        log.info("store: pruned %d old rows", removed)


async def post_roundups(context: BotContext) -> None:
    """Make the roundups whose digest time has come (by the bot's clock) and send them, on one replica at a time."""
    svc = context.services
    if not await svc.replica.once("roundups", ROUNDUPS_SECONDS):
        return
    # add_roundup is durable: a roundup is on disk before it is sent, so a restart sends it once.
    if await make_roundups(svc.store, svc.clock.now(), svc.settings.digest):
        svc.scheduler.wake_delivery()


async def keep_sender(context: BotContext) -> None:
    """Take or renew the sender lease; a replica that just took it sends what is due at once."""
    svc = context.services
    was = svc.replica.sender.valid()
    if await svc.replica.sender.renew() and not was:
        svc.scheduler.wake_delivery()


async def reread_sources(context: BotContext) -> None:
    """Read the admins' source changes again: those made on another replica are scheduled here too."""
    changed = await context.services.catalog.reload()
    if changed:
        log.info("sources changed by another replica: %s", ", ".join(changed))


@dataclass(frozen=True)
class Polling:
    """How to call getUpdates (long polling), once this replica holds the updates lease."""

    allowed_updates: tuple[str, ...]
    bootstrap_retries: int = 0
    poll_interval: float = 0.0
    timeout: int = 10


async def keep_updates(context: BotContext) -> None:
    """Take or renew the updates lease: its holder alone polls getUpdates; one that loses it stops."""
    assert context.job is not None and isinstance(context.job.data, Polling)
    options = context.job.data
    updater = context.application.updater
    assert updater is not None
    held = await context.services.replica.updates.renew()
    if held and not updater.running:
        log.info("this replica polls Telegram for updates")
        await updater.start_polling(
            allowed_updates=list(options.allowed_updates), bootstrap_retries=options.bootstrap_retries,
            poll_interval=options.poll_interval, timeout=options.timeout)
    elif not held and updater.running:
        log.info("another replica polls Telegram for updates: this one stops")
        await updater.stop()


class Scheduler:
    """Adds, moves and removes the bot's jobs on PTB's JobQueue."""

    def __init__(self, job_queue: JobQueue[BotContext], *, delivery_every: float = DELIVERY_EVERY) -> None:
        self.job_queue = job_queue
        self.delivery_every = delivery_every

    def start(self, catalog: SourceCatalog) -> None:
        """Schedule every job: one poll per source not paused, the delivery pass, digest times, maintenance.

        The first polls are spread evenly over each source's interval, in a random order.
        """
        names = catalog.names()
        random.shuffle(names)
        # One pass over the jobs, not a look-up per source: PTB's get_jobs_by_name wraps every
        # job at each call, which made the start cost sources x sources (45 s at 10,000).
        for _, job in self._poll_jobs():
            job.schedule_removal()
        for position, name in enumerate(names):
            source = catalog.get(name)
            if source is not None:
                self._add_poll(catalog, name, first=1.0 + (source.interval - 1.0) * position / len(names))
        self.job_queue.run_repeating(keep_sender, interval=SENDER_RENEW_EVERY, first=0.0, name="sender")
        self.job_queue.run_repeating(drain_outbox, interval=self.delivery_every, first=1.0, name="delivery")
        self.job_queue.run_repeating(reread_sources, interval=SOURCES_REREAD_EVERY,
                                     first=SOURCES_REREAD_EVERY, name="sources")
        self.job_queue.run_repeating(maintain_store, interval=MAINTENANCE_EVERY, first=60.0,
                                     name="maintenance")
        # Digest times are whole minutes: a check at each minute's start (a cron trigger, which
        # does not drift) sends a roundup within seconds of its time, not up to a minute late.
        self.job_queue.run_custom(post_roundups, name="roundups", job_kwargs={
            "trigger": "cron", "second": 0, "misfire_grace_time": ROUNDUPS_GRACE, "coalesce": True})

    def poll_updates(self, polling: Polling) -> None:
        """Poll getUpdates whenever this replica holds the updates lease (long polling among replicas)."""
        self.job_queue.run_repeating(keep_updates, interval=UPDATES_RENEW_EVERY, first=0.0,
                                     name="updates", data=polling)

    def wake_delivery(self, after: float = 0.0) -> None:
        """Start a delivery pass now, or after a few seconds (a retry's backoff)."""
        self.job_queue.run_once(drain_outbox, when=after, name="delivery:now")

    def reschedule(self, catalog: SourceCatalog, name: str, first: float | None = None) -> None:
        """Poll a source on its current interval, first within seconds; drop its job if removed or paused."""
        for job in self.job_queue.get_jobs_by_name(f"poll:{name}"):
            job.schedule_removal()
        self._add_poll(catalog, name, first)

    def _add_poll(self, catalog: SourceCatalog, name: str, first: float | None) -> None:
        """Add a source's poll job, first within seconds unless `first` says; none if removed or paused."""
        source = catalog.get(name)
        if source is None or catalog.is_paused(name):
            return
        if first is None:
            first = random.uniform(0.5, min(FIRST_POLL_SPREAD, source.interval))
        self.job_queue.run_repeating(
            poll_source,
            interval=source.interval,
            first=min(first, source.interval),
            name=f"poll:{name}",
            data=name,
            # One run at a time: a poll still waiting for its slot when the next comes due merges
            # with it (the Poller reports the delay), rather than piling up.
            job_kwargs={"misfire_grace_time": source.interval, "coalesce": True, "max_instances": 1},
        )

    def next_polls(self) -> dict[str, float]:
        """Return when each source's poll job runs next (UNIX times, by name), in one pass over the jobs."""
        runs: dict[str, float] = {}
        for name, job in self._poll_jobs():
            if job.next_t is not None:
                runs[name] = min(runs.get(name, job.next_t.timestamp()), job.next_t.timestamp())
        return runs

    def _poll_jobs(self) -> Iterator[tuple[str, Job[BotContext]]]:
        """Yield (source name, job) for every poll job, in one pass over the jobs."""
        for job in self.job_queue.jobs():
            if job.name is not None and job.name.startswith("poll:"):
                yield job.name.removeprefix("poll:"), job

    def next_poll(self, name: str) -> float | None:
        """Return when a source's poll job runs next (a UNIX time), or None when it has none."""
        runs = [job.next_t.timestamp() for job in self.job_queue.get_jobs_by_name(f"poll:{name}")
                if job.next_t is not None]
        return min(runs, default=None)
