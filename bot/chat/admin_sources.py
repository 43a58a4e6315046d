"""Admins' source commands: /addsource /removesource /pause /resume /interval.

Admins are the Telegram user ids of settings.telegram.admins (config or BOT_ADMINS), in any
chat: a group's own admins are not the bot's. Everyone else gets a polite refusal, logged.
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.constants import ChatAction

from bot.chat.common import admin_only, chat_language, duration, reply, source_names
from bot.chat.context import BotContext
from bot.config import is_source_name
from bot.i18n import text
from bot.models import DEFAULT_INTERVAL, Source
from bot.news.urls import is_http_url
from bot.probe import Probe, ProbeError, ProbeFailure
from bot.services import Services
from bot.sources import MAX_INTERVAL, MIN_INTERVAL

log = logging.getLogger(__name__)

# The answer to each way a URL cannot be a source.
PROBE_ANSWERS = {
    ProbeFailure.FETCH: "admin.probe.fetch",
    ProbeFailure.LISTING: "admin.probe.listing",
    ProbeFailure.EMPTY: "admin.probe.empty",
}


def _admin_id(update: Update) -> int | str:
    return update.effective_user.id if update.effective_user else "?"


async def _known_source(update: Update, svc: Services, language: str, name: str) -> str | None:
    """Return the source name if it exists; else answer with the valid names and return None."""
    name = name.strip().lower()
    if name in svc.catalog:
        return name
    await reply(update, text(language, "unknown_source", name=html.escape(name), names=source_names(svc)))
    return None


async def _source_command(update: Update, context: BotContext,
                          usage: str) -> tuple[str, str, list[str]] | None:
    """Return (language, source name, arguments) of a command `usage` spells ("/x NAME ARG"),
    or None once the answer is sent: the usage for a wrong count, the valid names for an unknown one."""
    svc = context.services
    language = await chat_language(update, svc)
    args = context.args or []
    if len(args) != len(usage.split()) - 1:
        await reply(update, text(language, "admin.usage", usage=usage, names=source_names(svc)))
        return None
    name = await _known_source(update, svc, language, args[0])
    return None if name is None else (language, name, args)


def parse_interval(raw: str) -> int | None:
    """Return the interval in seconds if `raw` is a whole number in the allowed range, else None."""
    try:
        seconds = int(raw)
    except ValueError:
        return None
    return seconds if MIN_INTERVAL <= seconds <= MAX_INTERVAL else None


def _interval_help(language: str, raw: str) -> str:
    return text(language, "admin.bad_interval", value=html.escape(raw),
                min=MIN_INTERVAL, max=MAX_INTERVAL)


async def start_from(svc: Services, name: str, probe: Probe) -> None:
    """Make what the add saw a new source's starting point: what it listed is not news (and its
    digest is what /latest shows); a story published after the add is, from the first poll."""
    await svc.store.sources.mark_seen(name, probe.urls)  # primes it, even with nothing listed
    if probe.digest is not None:
        await svc.store.digests.add(probe.digest)


@admin_only
async def addsource(update: Update, context: BotContext) -> None:
    """Check a URL, show the digest it would post and follow it: /addsource NAME URL [INTERVAL]."""
    svc = context.services
    language = await chat_language(update, svc)
    args = context.args or []
    if len(args) not in (2, 3):
        await reply(update, text(language, "admin.addsource.usage", min=MIN_INTERVAL,
                                 default=DEFAULT_INTERVAL))
        return
    name, url = args[0], args[1]
    if not is_source_name(name):
        await reply(update, text(language, "admin.bad_name", name=html.escape(name)))
        return
    if not is_http_url(url):
        await reply(update, text(language, "admin.bad_url", url=html.escape(url)))
        return
    interval = DEFAULT_INTERVAL
    if len(args) == 3:
        parsed = parse_interval(args[2])
        if parsed is None:
            await reply(update, _interval_help(language, args[2]))
            return
        interval = parsed
    if name in svc.catalog:
        await reply(update, text(language, "admin.name_taken", name=name))
        return
    if (other := svc.catalog.named_by_url(url)) is not None:
        await reply(update, text(language, "admin.url_taken", name=other))
        return
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    try:
        probe = await svc.prober.probe(url, name, allow_empty=True)
    except ProbeError as exc:
        await reply(update, text(language, PROBE_ANSWERS[exc.reason], url=html.escape(url),
                                 detail=html.escape(str(exc))))
        return
    source = Source(name=name, url=url, title=probe.title, kind=probe.kind, interval=interval)
    try:
        await svc.catalog.add(source, at=svc.clock.now())
    except ValueError:  # another admin took the name while this one was being checked
        await reply(update, text(language, "admin.name_taken", name=name))
        return
    await start_from(svc, name, probe)
    log.info("source %s added by admin %s: %s (%s, every %d s)", name, _admin_id(update), url,
             probe.kind.value, interval)
    if probe.digest is not None:
        await reply(update, svc.renderer.digest_in(probe.digest, language))
    await reply(update, text(language, "admin.added", name=name, title=html.escape(source.display_title),
                             kind=probe.kind.value, every=duration(interval, language),
                             entries=probe.entries))


@admin_only
async def removesource(update: Update, context: BotContext) -> None:
    """Stop following a source, with its subscriptions: /removesource NAME."""
    svc = context.services
    asked = await _source_command(update, context, "/removesource NAME")
    if asked is None:
        return
    language, name, _ = asked
    title = svc.catalog.active[name].display_title
    chats = await svc.catalog.remove(name)
    log.info("source %s removed by admin %s; %d chats unsubscribed", name, _admin_id(update), len(chats))
    await reply(update, text(language, "admin.removed", name=name, title=html.escape(title),
                             chats=len(chats)))


async def _set_paused(update: Update, context: BotContext, paused: bool) -> None:
    asked = await _source_command(update, context, "/pause NAME" if paused else "/resume NAME")
    if asked is None:
        return
    language, name, _ = asked
    changed = await context.services.catalog.set_paused(name, paused)
    if paused:
        key = "admin.paused" if changed else "admin.already_paused"
    else:
        key = "admin.resumed" if changed else "admin.already_resumed"
    await reply(update, text(language, key, name=name))


@admin_only
async def pause(update: Update, context: BotContext) -> None:
    """Stop polling a source, keeping it and its subscribers: /pause NAME."""
    await _set_paused(update, context, True)


@admin_only
async def resume(update: Update, context: BotContext) -> None:
    """Poll a paused source again: /resume NAME."""
    await _set_paused(update, context, False)


@admin_only
async def interval(update: Update, context: BotContext) -> None:
    """Change how often a source is polled: /interval NAME SECONDS."""
    asked = await _source_command(update, context, "/interval NAME SECONDS")
    if asked is None:
        return
    language, name, args = asked
    seconds = parse_interval(args[1])
    if seconds is None:
        await reply(update, _interval_help(language, args[1]))
        return
    await context.services.catalog.set_interval(name, seconds)
    await reply(update, text(language, "admin.interval_set", name=name, seconds=seconds,
                             every=duration(seconds, language)))
