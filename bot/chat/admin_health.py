"""Admins' view of the bot: /stats, and each source's health under /sources."""

from __future__ import annotations

import html
import time

from telegram import Update

from bot.chat.common import admin_only, chat_language, duration, reply
from bot.chat.context import BotContext
from bot.i18n import text
from bot.poller import BEHIND_WINDOW
from bot.services import Services

DAY = 86400.0


@admin_only
async def stats(update: Update, context: BotContext) -> None:
    """Report chats, subscriptions, the last 24 hours' digests and sends, and failing sources."""
    svc = context.services
    language = await chat_language(update, svc)
    store = svc.store
    day_ago = svc.clock.now() - DAY
    active, inactive = await store.chats.counts()
    failing = []
    for name in svc.catalog.names():
        failures = (await store.sources.state(name)).failures
        if failures > 0:
            failing.append(f"{name} ({failures})")
    paused = sum(1 for name in svc.catalog.names() if svc.catalog.is_paused(name))
    await reply(update, "\n".join((text(
        language, "admin.stats",
        active=active, inactive=inactive,
        subscriptions=await store.subscriptions.active_count(svc.catalog.names()),
        digests=await store.digests.count_since(day_ago),
        sent=await store.outbox.sent_since(day_ago),
        pending=await store.outbox.pending_count(), sources=len(svc.catalog.active), paused=paused,
        failing=", ".join(failing) or text(language, "admin.none"),
    ), polling_pace(svc, language))))


def polling_pace(svc: Services, language: str) -> str:
    """Return whether scheduled polls start on time, or how far behind they are."""
    behind = svc.poller.pace.behind()
    if not behind.late and not behind.overdue:
        return text(language, "admin.stats.polling_on_time")
    return text(language, "admin.stats.polling_behind", waiting=behind.waiting, started=behind.started,
                late=behind.late, window=duration(BEHIND_WINDOW, language),
                p95=duration(behind.p95, language), longest=duration(behind.longest, language))


async def health_lines(svc: Services, context: BotContext, language: str) -> str:
    """Return, per source, its kind, interval, last success, failures in a row and next poll."""
    now = svc.clock.now()
    lines = [text(language, "admin.health.title")]
    # One pass over the jobs for every source: a look-up per source costs sources x sources.
    next_runs = svc.scheduler.next_polls()
    for name in svc.catalog.names():
        source = svc.catalog.active[name]
        state = await svc.store.sources.state(name)
        paused = svc.catalog.is_paused(name)
        line = text(language, "admin.health.source", name=name, kind=source.kind.value,
                    every=duration(source.interval, language))
        if paused:
            line += text(language, "admin.health.paused")
        last = (text(language, "admin.ago", time=duration(now - state.last_success, language))
                if state.last_success else text(language, "admin.never"))
        line += "\n   " + text(language, "admin.health.success", last=last)
        if state.failures:
            line += "\n   " + text(language, "admin.health.failures", count=state.failures,
                                   error=html.escape((state.last_error or "")[:200]))
        if not paused:
            next_run = next_runs.get(name)
            if next_run is None:
                when = "—"
            else:
                # The job's time is wall-clock; the backoff's is the bot's clock (tests move it).
                wait = next_run - time.time()
                retry_at = state.retry_at(source.interval)
                if retry_at is not None and retry_at - now > wait:
                    wait = retry_at - now
                when = text(language, "admin.in", time=duration(wait, language))
            line += "\n   " + text(language, "admin.health.next", next=when)
        lines.append(line)
    return "\n".join(lines)
