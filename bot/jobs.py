"""The scheduled jobs: poll each source, drain the outbox, keep the store small."""

from __future__ import annotations

import logging
import random

from telegram.ext import Application, ContextTypes, JobQueue

from bot.chat.admin import notify_health
from bot.chat.delivery import Deliverer
from bot.schedule import make_roundups
from bot.services import Services
from bot.sources import retry_at

log = logging.getLogger(__name__)

DELIVERY_EVERY = 5.0  # seconds: picks up retries whose backoff has run out
MAINTENANCE_EVERY = 3600.0  # seconds between two prunes of old rows
ROUNDUPS_EVERY = 60.0  # seconds: digest times are whole minutes, a check a minute meets each
FIRST_POLL_SPREAD = 20.0  # seconds over which the first polls of all sources are spread


def _services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data["services"]  # type: ignore[no-any-return]


async def poll_source(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll one source (the job's data is its name); failures are logged, never raised."""
    assert context.job is not None
    name = str(context.job.data)
    svc = _services(context)
    if name not in svc.sources:
        context.job.schedule_removal()  # the source was removed while the job waited
        return
    if svc.registry is not None and svc.registry.is_paused(name):
        return
    waiting_until = retry_at(svc.store.source_state(name), svc.sources[name].interval)
    if waiting_until is not None and svc.store.clock() < waiting_until:
        return  # a failing source backs off: this tick is skipped
    try:
        await svc.refresh(name)
    except Exception:  # noqa: BLE001 - refresh logged it with the source's name; keep polling
        pass
    await notify_health(context.bot, svc, name)


async def drain_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send what is due in the outbox, unless a pass is already running."""
    svc = _services(context)
    deliverer: Deliverer = svc.extra["deliverer"]
    if deliverer.busy:
        return  # the running pass will see the new rows: it loops until nothing is due
    report = await deliverer.drain()
    next_due = svc.store.next_due()
    if next_due is not None and context.job_queue is not None:
        # A retry waits out its backoff: come back exactly then rather than at the next tick.
        wait = max(0.0, next_due - svc.store.clock())
        if wait < DELIVERY_EVERY:
            context.job_queue.run_once(drain_outbox, when=wait, name="delivery:retry")
    if report.sent or report.failed or report.chats_gone or report.rate_limited:
        log.info(
            "delivery: %d sent, %d retried later, %d failed, %d chats gone, %d flood waits",
            report.sent, report.retried, report.failed, len(report.chats_gone), report.rate_limited,
        )


async def maintain_store(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Prune finished rows past the retention period and flush."""
    store = _services(context).store
    removed = store.prune()
    await store.aflush(fold=True)  # and fold the journal's sent marks into the file
    if removed:
        log.info("store: pruned %d old rows", removed)


async def post_roundups(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Make the roundups whose digest time has come (by the store's clock) and send them."""
    svc = _services(context)
    keys = make_roundups(svc.store, svc.store.clock(), svc.settings.digest)
    await svc.store.aflush()  # a roundup is on disk before it is sent: a restart sends it once
    if keys:
        svc.wake_delivery()


def wake_delivery(job_queue: JobQueue) -> None:  # type: ignore[type-arg]
    """Start a delivery pass now (new rows are in the outbox)."""
    job_queue.run_once(drain_outbox, when=0, name="delivery:now")


def schedule_poll(job_queue: JobQueue, name: str, interval: int, first: float | None = None) -> None:  # type: ignore[type-arg]
    """Schedule the repeating poll of one source, with jitter so polls do not bunch up."""
    for job in job_queue.get_jobs_by_name(f"poll:{name}"):
        job.schedule_removal()
    if first is None:
        first = random.uniform(0.5, min(FIRST_POLL_SPREAD, interval))
    job_queue.run_repeating(
        poll_source,
        interval=interval,
        first=first,
        name=f"poll:{name}",
        data=name,
        job_kwargs={"jitter": interval * 0.1, "misfire_grace_time": interval},
    )


def reschedule_source(job_queue: JobQueue, svc: Services, name: str, first: float | None = None) -> None:  # type: ignore[type-arg]
    """Poll a source on its current interval, first within seconds; drop its job if removed or paused."""
    source = svc.sources.get(name)
    if source is None or (svc.registry is not None and svc.registry.is_paused(name)):
        for job in job_queue.get_jobs_by_name(f"poll:{name}"):
            job.schedule_removal()
        return
    schedule_poll(job_queue, name, source.interval, first=first)


def schedule_jobs(application: Application) -> None:  # type: ignore[type-arg]
    """Schedule every job: one poll per source, the delivery pass, maintenance."""
    job_queue = application.job_queue
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    svc: Services = application.bot_data["services"]
    for source in svc.sources.values():
        if svc.registry is None or not svc.registry.is_paused(source.name):
            schedule_poll(job_queue, source.name, source.interval)
    job_queue.run_repeating(drain_outbox, interval=DELIVERY_EVERY, first=1.0, name="delivery")
    job_queue.run_repeating(maintain_store, interval=MAINTENANCE_EVERY, first=60.0, name="maintenance")
    job_queue.run_repeating(post_roundups, interval=ROUNDUPS_EVERY, first=10.0, name="roundups")
