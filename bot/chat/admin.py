"""Admins' commands: add, remove, pause and tune sources, their health, stats, OPML export and import.

Admins are the Telegram user ids of settings.telegram.admins (config or BOT_ADMINS), in any
chat: a group's own admins are not the bot's. Everyone else gets a polite refusal, logged.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import re
import time
import unicodedata
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, BotCommandScopeChat, InputFile, LinkPreviewOptions, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.chat.commands import MENU, chat_language, reply, services, source_names
from bot.config import is_source_name
from bot.i18n import text
from bot.models import Source
from bot.news.opml import parse_opml, to_opml
from bot.services import Services
from bot.sources import (
    MAX_INTERVAL, MIN_INTERVAL, Probe, ProbeError, SourceRegistry, is_http_url, retry_at,
)

log = logging.getLogger(__name__)

MAX_OPML_BYTES = 1_000_000  # an OPML reading list is a few kilobytes; more is not one
IMPORT_PROBES_AT_ONCE = 4  # concurrent fetches while checking an import's feeds
TELEGRAM_TEXT_LIMIT = 4096
HEALTH_GROUP = 1  # /sources: the readers' list runs in group 0, the admins' health after it

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


# ---- helpers ---------------------------------------------------------------------------


def is_bot_admin(update: Update, svc: Services) -> bool:
    """Return whether the sender is one of the bot's admins."""
    user = update.effective_user
    return user is not None and user.id in svc.settings.telegram.admins


def _chunks(body: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Return the text cut at line ends into pieces Telegram accepts (lines are whole HTML)."""
    pieces: list[str] = []
    current = ""
    for line in body.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    pieces.append(current)
    return pieces


async def _reply(update: Update, body: str) -> None:
    """Answer like the readers' commands, in pieces when an admin listing is long."""
    for piece in _chunks(body):
        await reply(update, piece)


def _registry(svc: Services) -> SourceRegistry:
    assert svc.registry is not None, "build_application wires the registry"
    return svc.registry


def _command_of(update: Update) -> str:
    message = update.effective_message
    words = ((message.text or message.caption or "") if message else "").split()
    return words[0] if words else "?"


def admin_only(handler: Handler) -> Handler:
    """Return the handler guarded: non-admins get a polite refusal and the attempt is logged."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        svc = services(context)
        if not is_bot_admin(update, svc):
            user, chat = update.effective_user, update.effective_chat
            log.warning("admin command %s refused: user %s in chat %s is not a bot admin",
                        _command_of(update), user.id if user else "?", chat.id if chat else "?")
            await _reply(update, text(chat_language(update, svc), "admin.refused"))
            return
        await handler(update, context)

    return guarded


def _duration(seconds: float, language: str) -> str:
    """Return a rough duration: "45 s", "12 min", "3 h", "2 d"."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{round(seconds)} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} {text(language, 'admin.days')}"


async def _known_source(update: Update, svc: Services, language: str, name: str) -> str | None:
    """Return the source name if it exists; else answer with the valid names and return None."""
    name = name.strip().lower()
    if name in svc.sources:
        return name
    await _reply(update, text(language, "unknown_source", name=html.escape(name), names=source_names(svc)))
    return None


def _parse_interval(raw: str) -> int | None:
    """Return the interval in seconds if `raw` is a whole number in the allowed range, else None."""
    try:
        seconds = int(raw)
    except ValueError:
        return None
    return seconds if MIN_INTERVAL <= seconds <= MAX_INTERVAL else None


def _interval_help(language: str, raw: str) -> str:
    return text(language, "admin.bad_interval", value=html.escape(raw),
                min=MIN_INTERVAL, max=MAX_INTERVAL)


# ---- /addsource /removesource /pause /resume /interval ---------------------------------


@admin_only
async def addsource(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Check a URL, show the digest it would post and follow it: /addsource NAME URL [INTERVAL]."""
    svc = services(context)
    language = chat_language(update, svc)
    args = context.args or []
    if len(args) not in (2, 3):
        await _reply(update, text(language, "admin.addsource.usage", min=MIN_INTERVAL))
        return
    name, url = args[0], args[1]
    if not is_source_name(name):
        await _reply(update, text(language, "admin.bad_name", name=html.escape(name)))
        return
    if not is_http_url(url):
        await _reply(update, text(language, "admin.bad_url", url=html.escape(url)))
        return
    interval = 600
    if len(args) == 3:
        parsed = _parse_interval(args[2])
        if parsed is None:
            await _reply(update, _interval_help(language, args[2]))
            return
        interval = parsed
    registry = _registry(svc)
    if name in svc.sources:
        await _reply(update, text(language, "admin.name_taken", name=name))
        return
    if (other := registry.named_by_url(url)) is not None:
        await _reply(update, text(language, "admin.url_taken", name=other))
        return
    chat = update.effective_chat
    assert chat is not None and svc.probe is not None
    await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    try:
        probe = await svc.probe(url, name, True)
    except ProbeError as exc:
        await _reply(update, text(language, f"admin.probe.{exc.reason}", url=html.escape(url),
                                  detail=html.escape(str(exc))))
        return
    source = Source(name=name, url=url, title=probe.title, kind=probe.kind, interval=interval)
    try:
        registry.add(source)
    except ValueError:  # another admin took the name while this one was being checked
        await _reply(update, text(language, "admin.name_taken", name=name))
        return
    await svc.store.aflush()
    log.info("source %s added by admin %s: %s (%s, every %d s)", name,
             update.effective_user.id if update.effective_user else "?", url, probe.kind.value, interval)
    if probe.digest is not None:
        await _reply(update, svc.render(probe.digest, language))
    await _reply(update, text(language, "admin.added", name=name, title=html.escape(source.display_title),
                              kind=probe.kind.value, every=_duration(interval, language),
                              entries=probe.entries))


@admin_only
async def removesource(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop following a source, with its subscriptions: /removesource NAME."""
    svc = services(context)
    language = chat_language(update, svc)
    args = context.args or []
    if len(args) != 1:
        await _reply(update, text(language, "admin.usage", usage="/removesource NAME", names=source_names(svc)))
        return
    name = await _known_source(update, svc, language, args[0])
    if name is None:
        return
    title = svc.sources[name].display_title
    chats = _registry(svc).remove(name)
    await svc.store.aflush()
    log.info("source %s removed by admin %s; %d chats unsubscribed", name,
             update.effective_user.id if update.effective_user else "?", len(chats))
    await _reply(update, text(language, "admin.removed", name=name, title=html.escape(title),
                              chats=len(chats)))


async def _set_paused(update: Update, context: ContextTypes.DEFAULT_TYPE, paused: bool) -> None:
    svc = services(context)
    language = chat_language(update, svc)
    args = context.args or []
    command = "/pause" if paused else "/resume"
    if len(args) != 1:
        await _reply(update, text(language, "admin.usage", usage=f"{command} NAME", names=source_names(svc)))
        return
    name = await _known_source(update, svc, language, args[0])
    if name is None:
        return
    changed = _registry(svc).set_paused(name, paused)
    await svc.store.aflush()
    state = "paused" if paused else "resumed"
    key = f"admin.{state}" if changed else f"admin.already_{state}"
    await _reply(update, text(language, key, name=name))


@admin_only
async def pause(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop polling a source, keeping it and its subscribers: /pause NAME."""
    await _set_paused(update, context, True)


@admin_only
async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll a paused source again: /resume NAME."""
    await _set_paused(update, context, False)


@admin_only
async def interval(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Change how often a source is polled: /interval NAME SECONDS."""
    svc = services(context)
    language = chat_language(update, svc)
    args = context.args or []
    if len(args) != 2:
        await _reply(update, text(language, "admin.usage", usage="/interval NAME SECONDS",
                                  names=source_names(svc)))
        return
    name = await _known_source(update, svc, language, args[0])
    if name is None:
        return
    seconds = _parse_interval(args[1])
    if seconds is None:
        await _reply(update, _interval_help(language, args[1]))
        return
    _registry(svc).set_interval(name, seconds)
    await svc.store.aflush()
    await _reply(update, text(language, "admin.interval_set", name=name, seconds=seconds,
                              every=_duration(seconds, language)))


# ---- /stats and the health part of /sources ---------------------------------------------


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Report chats, subscriptions, the last 24 hours' digests and sends, and failing sources."""
    svc = services(context)
    language = chat_language(update, svc)
    store = svc.store
    day_ago = store.clock() - 86400
    active, inactive = store.chat_counts()
    failing = sorted((name, store.source_state(name).failures) for name in svc.sources)
    failing = [(name, count) for name, count in failing if count > 0]
    failing_text = (", ".join(f"{name} ({count})" for name, count in failing)
                    or text(language, "admin.none"))
    paused = sum(1 for name in svc.sources if _registry(svc).is_paused(name))
    await _reply(update, text(
        language, "admin.stats",
        active=active, inactive=inactive,
        subscriptions=store.active_subscription_count(svc.sources),
        digests=store.digests_since(day_ago), sent=store.sent_since(day_ago),
        pending=store.pending_count(), sources=len(svc.sources), paused=paused,
        failing=failing_text,
    ))


def health_lines(svc: Services, context: ContextTypes.DEFAULT_TYPE, language: str) -> str:
    """Return, per source, its kind, interval, last success, failures in a row and next poll."""
    registry = _registry(svc)
    now = svc.store.clock()
    lines = [text(language, "admin.health.title")]
    for name in sorted(svc.sources):
        source = svc.sources[name]
        state = svc.store.source_state(name)
        line = text(language, "admin.health.source", name=name, kind=source.kind.value,
                    every=_duration(source.interval, language))
        if registry.is_paused(name):
            line += text(language, "admin.health.paused")
        last = (text(language, "admin.ago", time=_duration(now - state.last_success, language))
                if state.last_success else text(language, "admin.never"))
        line += "\n   " + text(language, "admin.health.success", last=last)
        if state.failures:
            line += "\n   " + text(language, "admin.health.failures", count=state.failures,
                                   error=html.escape((state.last_error or "")[:200]))
        if not registry.is_paused(name):
            line += "\n   " + text(language, "admin.health.next",
                                   next=_next_poll(svc, context, name, now, language))
        lines.append(line)
    return "\n".join(lines)


def _next_poll(svc: Services, context: ContextTypes.DEFAULT_TYPE, name: str, now: float,
               language: str) -> str:
    """Return when the source is next fetched: its job's next run, or later if it backs off."""
    jobs = context.job_queue.get_jobs_by_name(f"poll:{name}") if context.job_queue else ()
    next_runs = [job.next_t.timestamp() for job in jobs if job.next_t is not None]
    if not next_runs:
        return "—"
    # The job's time is wall-clock; the backoff's is the store's clock (tests move it).
    when = min(next_runs) - time.time()
    until = retry_at(svc.store.source_state(name), svc.sources[name].interval)
    if until is not None and until - now > when:
        when = until - now
    return text(language, "admin.in", time=_duration(when, language))


async def sources_health(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """After the readers' /sources list, show admins each source's health (others: nothing more)."""
    svc = services(context)
    if not is_bot_admin(update, svc):
        return
    await _reply(update, health_lines(svc, context, chat_language(update, svc)))


async def notify_health(bot: Bot, svc: Services, name: str) -> None:
    """Tell the admins, once, that a source keeps failing, and once that it works again."""
    state = svc.store.source_state(name)
    if state.failures >= svc.settings.fetch.alert_after and not state.alerted:
        key = "admin.alert.failing"
    elif state.failures == 0 and state.alerted:
        key = "admin.alert.recovered"
    else:
        return
    svc.store.update_source_state(name, alerted=not state.alerted)
    await svc.store.aflush()
    source = svc.sources.get(name)
    until = retry_at(state, source.interval) if source else None
    for admin_id in svc.settings.telegram.admins:
        language = svc.language_for(admin_id)
        retry = _duration(until - svc.store.clock(), language) if until else "—"
        body = text(language, key, name=name, count=state.failures, retry=retry,
                    error=html.escape((state.last_error or "")[:300]))
        try:
            await bot.send_message(admin_id, body, parse_mode=ParseMode.HTML,
                                   link_preview_options=LinkPreviewOptions(is_disabled=True))
        except TelegramError as exc:  # an admin who never opened a chat with the bot
            log.warning("cannot tell admin %s about source %s: %s", admin_id, name, exc)


# ---- OPML: /export and /import ----------------------------------------------------------


@admin_only
async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the sources as an OPML file."""
    svc = services(context)
    message = update.effective_message
    assert message is not None
    data = to_opml(svc.sources.values())
    await message.reply_document(
        InputFile(data, filename="sources.opml", attach=True),
        caption=text(chat_language(update, svc), "admin.exported", count=len(svc.sources)),
        do_quote=False,
    )


@admin_only
async def import_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain that /import is the caption of an OPML file."""
    await _reply(update, text(chat_language(update, services(context)), "admin.import.usage",
                              max_kb=MAX_OPML_BYTES // 1000))


def _slug(title: str, url: str) -> str:
    """Return a source name made from a feed's title (or its host): lowercase ascii, dashes."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if not slug:
        host = (urlsplit(url).hostname or "source").removeprefix("www.")
        slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-") or "source"
    return slug[:32].rstrip("-_")


def _unique_name(base: str, taken: set[str]) -> str:
    """Return `base`, or base-2, base-3 ... (kept within 32 characters), not in `taken`."""
    name, number = base, 1
    while name in taken:
        number += 1
        suffix = f"-{number}"
        name = base[: 32 - len(suffix)].rstrip("-_") + suffix
    return name


@admin_only
async def import_opml(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add the feeds of an OPML file sent with the caption /import; report what was skipped and why."""
    svc = services(context)
    language = chat_language(update, svc)
    message = update.effective_message
    assert message is not None and message.document is not None
    if (message.document.file_size or 0) > MAX_OPML_BYTES:
        await _reply(update, text(language, "admin.import.too_big", max_kb=MAX_OPML_BYTES // 1000))
        return
    data = bytes(await (await message.document.get_file()).download_as_bytearray())
    if len(data) > MAX_OPML_BYTES:
        await _reply(update, text(language, "admin.import.too_big", max_kb=MAX_OPML_BYTES // 1000))
        return
    try:
        feeds = parse_opml(data)
    except ValueError as exc:
        await _reply(update, text(language, "admin.import.bad_file", detail=html.escape(str(exc))))
        return
    assert update.effective_chat is not None and svc.probe is not None
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)

    registry = _registry(svc)
    skipped: list[tuple[str, str]] = []
    candidates: list[tuple[str, str]] = []
    seen_urls: set[str] = set()
    for title, url in feeds:
        label = title or url
        if not is_http_url(url):
            skipped.append((label, text(language, "admin.skip.url")))
        elif (other := registry.named_by_url(url)) is not None:
            skipped.append((label, text(language, "admin.skip.followed", name=other)))
        elif url.rstrip("/") in seen_urls:
            skipped.append((label, text(language, "admin.skip.twice")))
        else:
            seen_urls.add(url.rstrip("/"))
            candidates.append((title, url))

    gate = asyncio.Semaphore(IMPORT_PROBES_AT_ONCE)

    probe = svc.probe

    async def check(url: str) -> Probe | ProbeError:
        async with gate:
            try:
                return await probe(url, "import", False)
            except ProbeError as exc:
                return exc

    results = await asyncio.gather(*(check(url) for _, url in candidates))
    added: list[str] = []
    for (title, url), result in zip(candidates, results):
        if isinstance(result, ProbeError):
            reason = text(language, f"admin.skip.{result.reason}", detail=html.escape(str(result)))
            skipped.append((title or url, reason))
            continue
        title = title or result.title
        name = _unique_name(_slug(title, url), set(svc.sources))
        registry.add(Source(name=name, url=url, title=title, kind=result.kind))
        added.append(name)
    await svc.store.aflush()
    log.info("OPML import by admin %s: %d added, %d skipped",
             update.effective_user.id if update.effective_user else "?", len(added), len(skipped))
    body = text(language, "admin.imported", added=len(added), skipped=len(skipped),
                names=", ".join(added) or text(language, "admin.none"))
    for label, reason in skipped:
        body += "\n" + text(language, "admin.skipped_line", title=html.escape(label[:120]), reason=reason)
    await _reply(update, body)


ADMIN_MENU = ("addsource", "removesource", "pause", "resume", "interval", "stats", "export", "import")


async def register_admin_menus(application: Application) -> None:  # type: ignore[type-arg]
    """Show each admin, in their private chat with the bot, the readers' commands and theirs."""
    svc: Services = application.bot_data["services"]
    language = svc.settings.digest.language
    menu = [BotCommand(name, text(language, f"cmd.{name}")[:256]) for name in MENU]
    menu += [BotCommand(name, text(language, f"admin.cmd.{name}")[:256]) for name in ADMIN_MENU]
    for admin_id in svc.settings.telegram.admins:
        try:
            await application.bot.set_my_commands(menu, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # an admin who never opened a chat with the bot
            log.info("admin %s gets the readers' menu for now: %s", admin_id, exc)


_IMPORT_CAPTION = filters.CaptionRegex(r"^/import(?:@\w+)?(?:\s|$)")


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Register the admins' command handlers."""
    # Checking URLs takes seconds: those two run beside the other updates, not before them.
    application.add_handler(CommandHandler("addsource", addsource, block=False))
    application.add_handler(
        MessageHandler(filters.Document.ALL & _IMPORT_CAPTION, import_opml, block=False)
    )
    for name, handler in (("removesource", removesource), ("pause", pause), ("resume", resume),
                          ("interval", interval), ("stats", stats), ("export", export),
                          ("import", import_help)):
        application.add_handler(CommandHandler(name, handler))
    application.add_handler(CommandHandler("sources", sources_health), group=HEALTH_GROUP)
