"""Readers' commands: /start /help /subscribe /unsubscribe /latest /sources /whoami."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import Update

from bot.chat.admin_health import health_lines
from bot.chat.channels import change_channel
from bot.chat.common import (
    check_names, chat_language, chat_prefs_of, is_bot_admin, may_change_settings, record_chat,
    reply, source_names,
)
from bot.chat.context import BotContext
from bot.chat.menu import command_lines
from bot.i18n import text
from bot.pipeline import PollStatus
from bot.prefs import digest_words, passes_filters
from bot.services import Services

log = logging.getLogger(__name__)


async def source_lines(svc: Services, language: str) -> str:
    """Return one HTML line per source: its name, title and last new story."""
    if not svc.catalog.active:
        return text(language, "source.none")
    lines = []
    for name in svc.catalog.names():
        source = svc.catalog.active[name]
        line = text(language, "source.line", name=html.escape(name),
                    title=html.escape(source.display_title))
        state = await svc.store.sources.state(name)
        if state.last_new_story and state.last_new_url:
            line += text(language, "source.latest", url=html.escape(state.last_new_url, quote=True),
                         headline=html.escape(state.last_new_story))
        lines.append(line)
    return "\n".join(lines)


async def start(update: Update, context: BotContext) -> None:
    """Introduce the bot: what it does, its sources, its commands."""
    svc = context.services
    await record_chat(update, svc)
    language = await chat_language(update, svc)
    body = text(language, "start", sources=await source_lines(svc, language),
                commands=command_lines(language))
    user = update.effective_user
    if not svc.settings.telegram.admins and user is not None:
        # A bot without admins is being set up: its operator needs their own id for the config.
        body += "\n\n" + text(language, "whoami.no_admins", user_id=user.id)
    await reply(update, body)


async def whoami(update: Update, context: BotContext) -> None:
    """Tell users their Telegram id (what `[telegram] admins` lists) and this chat's, and whether they are admins."""
    svc = context.services
    language = await chat_language(update, svc)
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:  # a channel post has no sender
        return
    body = text(language, "whoami", user_id=user.id, chat_id=chat.id)
    admin = is_bot_admin(update, svc)
    body += "\n" + text(language, "whoami.admin" if admin else "whoami.not_admin", user_id=user.id)
    await reply(update, body)


async def help_command(update: Update, context: BotContext) -> None:
    """List the commands."""
    language = await chat_language(update, context.services)
    await reply(update, text(language, "help", commands=command_lines(language)))


async def _names_allowed(update: Update, context: BotContext, language: str) -> list[str] | None:
    """Return the source names a subscription change asks for, or None once the refusal is sent.

    Refused: an unknown name (the answer lists the valid ones), or a group member who is not
    one of the chat's admins (logged).
    """
    names, error = check_names(context.args or [], context.services, language)
    if error:
        await reply(update, error)
        return None
    if not await may_change_settings(update, context):
        log.info("chat %s: user %s may not change subscriptions",
                 update.effective_chat.id if update.effective_chat else "?",
                 update.effective_user.id if update.effective_user else "?")
        await reply(update, text(language, "group_admins_only"))
        return None
    return names


def _names_a_channel(context: BotContext) -> bool:
    return bool(context.args) and (context.args or [""])[0].startswith("@")


async def _chat_change(update: Update, context: BotContext, *,
                       subscribing: bool) -> tuple[list[str], str] | None:
    """Return the names a change of this chat's subscriptions asks for and the language to answer
    in; None once handled otherwise (the `@channel` form, or a refusal)."""
    language = await chat_language(update, context.services)
    if _names_a_channel(context):
        await change_channel(update, context, language, subscribing=subscribing)
        return None
    names = await _names_allowed(update, context, language)
    return None if names is None else (names, language)


async def subscribe(update: Update, context: BotContext) -> None:
    """Subscribe the chat to the named sources (none: every source); `@channel` first: a channel."""
    svc = context.services
    asked = await _chat_change(update, context, subscribing=True)
    if asked is None:
        return
    names, language = asked
    await record_chat(update, svc)
    chat = update.effective_chat
    message = update.effective_message
    assert chat is not None and message is not None
    thread_id = message.message_thread_id if message.is_topic_message else None
    targets = names or svc.catalog.names()
    added = [n for n in targets if await svc.store.subscriptions.subscribe(chat.id, n, thread_id)]
    if not names:
        body = text(language, "subscribed.all", names=", ".join(targets))
    elif len(names) == 1:
        key = "subscribed.one" if added else "subscribed.already"
        body = text(language, key, title=html.escape(svc.catalog.active[names[0]].display_title))
    else:
        mine = await svc.store.subscriptions.of_chat(chat.id)
        body = text(language, "subscriptions.mine", names=", ".join(mine))
    await reply(update, body)


async def unsubscribe(update: Update, context: BotContext) -> None:
    """Unsubscribe the chat from the named sources (none: from all); `@channel` first: a channel."""
    svc = context.services
    asked = await _chat_change(update, context, subscribing=False)
    if asked is None:
        return
    names, language = asked
    chat = update.effective_chat
    assert chat is not None
    subscriptions = svc.store.subscriptions
    if not names:
        removed = await subscriptions.unsubscribe(chat.id)
        body = text(language, "unsubscribed.all" if removed else "unsubscribed.none")
    else:
        removed = [r for n in names for r in await subscriptions.unsubscribe(chat.id, n)]
        if len(names) == 1:
            key = "unsubscribed.one" if removed else "unsubscribed.not"
            body = text(language, key, title=html.escape(svc.catalog.active[names[0]].display_title))
        else:
            left = await subscriptions.of_chat(chat.id)
            body = (text(language, "subscriptions.mine", names=", ".join(left)) if left
                    else text(language, "unsubscribed.all"))
    await reply(update, body)


LATEST_FRESH = 60.0  # seconds: /latest polls a source whose last poll is older than this


async def _polled_before(svc: Services, name: str, moment: float) -> bool:
    """Return whether a source's last poll (success or failure) ended before a time, or never was."""
    state = await svc.store.sources.state(name)
    last = max(state.last_success or 0.0, state.last_failure or 0.0)
    return last < moment


async def latest(update: Update, context: BotContext) -> None:
    """Send the newest digest of a source (or of the chat's sources), polled now if there is none."""
    svc = context.services
    prefs = await chat_prefs_of(update, svc)
    language = prefs.language
    args = context.args or []
    if len(args) > 1:
        await reply(update, text(language, "too_many_args", names=source_names(svc)))
        return
    names, error = check_names(args, svc, language)
    if error:
        await reply(update, error)
        return
    chat = update.effective_chat
    assert chat is not None
    subscribed = await svc.store.subscriptions.of_chat(chat.id)
    candidates = names or subscribed or svc.catalog.names()
    candidates = [n for n in candidates if n in svc.catalog]
    if not candidates:
        await reply(update, text(language, "source.none"))
        return
    # A poll older than a minute is polled again first (the job's lock: never two at once),
    # so that /latest answers with what the site shows now, not up to an interval ago.
    stale = [n for n in candidates if await _polled_before(svc, n, svc.clock.now() - LATEST_FRESH)]
    polled = dict(zip(stale, await asyncio.gather(*(svc.poller.poll(n) for n in stale))))
    digest = await svc.store.digests.newest(candidates)
    if digest is None:
        # /latest does not wait out a failing source's backoff: the reader asked now.
        again = [n for n in candidates
                 if n not in polled or polled[n].status is PollStatus.BACKING_OFF]
        polled.update(zip(again, await asyncio.gather(
            *(svc.poller.poll(n, respect_backoff=False) for n in again))))
        digest = await svc.store.digests.newest(candidates)
    failed = len(candidates) == 1 and candidates[0] in polled and \
        polled[candidates[0]].status is PollStatus.FAILED
    if digest is None:
        title = (svc.catalog.active[candidates[0]].display_title if len(candidates) == 1
                 else source_names(svc))
        await reply(update, text(language, "latest.failed" if failed else "latest.none",
                                  title=html.escape(title)))
        return
    just_made = any(r.digest is not None and r.digest.key == digest.key and r.queued
                    for r in polled.values())
    if (just_made and not prefs.scheduled and digest.source in subscribed
            and passes_filters(digest_words(digest), prefs.include, prefs.exclude)):
        return  # this poll queued it for the chat: the delivery brings it, once
    await reply(update, svc.renderer.digest(digest, prefs),  # as the chat's digests read
                preview_url=digest.url if prefs.previews else None)


async def sources(update: Update, context: BotContext) -> None:
    """List the sources, each with its last new story; to the bot's admins, their health too."""
    svc = context.services
    language = await chat_language(update, svc)
    await reply(update, await source_lines(svc, language))
    if is_bot_admin(update, svc):
        await reply(update, await health_lines(svc, context, language))
