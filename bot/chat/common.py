"""What every handler shares: answering, the chat's language, who may change what, names."""

from __future__ import annotations

import dataclasses
import functools
import html
import logging
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import ChatMember, LinkPreviewOptions, Update
from telegram.constants import ChatType, MessageLimit

from bot.chat.context import BotContext
from bot.i18n import text
from bot.models import ChatKind
from bot.news.text import utf16_len
from bot.prefs import ChatPrefs
from bot.services import Services

log = logging.getLogger(__name__)

Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def user_language(update: Update) -> str | None:
    """Return the sender's Telegram language code, if any."""
    return update.effective_user.language_code if update.effective_user else None


async def chat_prefs_of(update: Update, svc: Services) -> ChatPrefs:
    """Return the settings of the update's chat, the sender's language filling in the chat's."""
    chat = update.effective_chat
    assert chat is not None
    return await svc.prefs_for(chat.id, user_language(update))


async def chat_language(update: Update, svc: Services) -> str:
    """Return the language to answer this update in: the chat's, else the sender's, else the config's."""
    return (await chat_prefs_of(update, svc)).language


def chunks(body: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Return the text cut at line ends into pieces Telegram accepts (each line is whole HTML).

    Lengths are UTF-16 code units of the markup (as Telegram counts, and never less than the
    visible text); a single line over the limit is sent as its plain text, cut where it must.
    """
    pieces: list[str] = []
    current = ""
    for line in _lines_within(body, limit):
        candidate = f"{current}\n{line}" if current else line
        if current and utf16_len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    pieces.append(current)
    return pieces


def _lines_within(body: str, limit: int) -> list[str]:
    """Return the body's lines, each line over `limit` units split into escaped plain pieces."""
    lines: list[str] = []
    for line in body.split("\n"):
        if utf16_len(line) <= limit:
            lines.append(line)
            continue
        plain = html.unescape(re.sub(r"<[^>]+>", "", line))
        piece, units = "", 0
        for char in plain:
            size = utf16_len(html.escape(char, quote=False))
            if units + size > limit:
                lines.append(html.escape(piece, quote=False))
                piece, units = "", 0
            piece, units = piece + char, units + size
        lines.append(html.escape(piece, quote=False))
    return lines


async def reply(update: Update, body: str, *, preview_url: str | None = None) -> None:
    """Answer in the update's chat (and topic), in pieces when long (HTML, no preview: the
    Defaults; a digest's answer previews its story, `preview_url`, under its first piece)."""
    message = update.effective_message
    assert message is not None
    for index, piece in enumerate(chunks(body)):
        if preview_url and index == 0:  # is_disabled said: PTB would fill in the Defaults' otherwise
            await message.reply_text(piece, link_preview_options=LinkPreviewOptions(
                is_disabled=False, url=preview_url, prefer_large_media=True))
        else:
            await message.reply_text(piece)  # an explicit None would undo the Defaults' "off"


def source_names(svc: Services) -> str:
    """Return the sources' names for an answer that lists the valid ones."""
    return ", ".join(svc.catalog.names()) or "—"


def check_names(args: list[str], svc: Services, language: str) -> tuple[list[str], str | None]:
    """Return the source names asked for, or an error text that lists the valid ones."""
    wanted = [a.strip().lower() for a in args if a.strip()]
    for name in wanted:
        if name not in svc.catalog:
            return [], text(language, "unknown_source", name=html.escape(name), names=source_names(svc))
    return wanted, None


async def record_chat(update: Update, svc: Services) -> None:
    """Record the update's chat in the store (and a private chat's user language)."""
    chat = update.effective_chat
    assert chat is not None
    title = chat.title or chat.full_name or chat.username or ""
    await svc.store.chats.record(chat.id, kind=ChatKind(chat.type), title=title)
    language = user_language(update)
    if chat.type == ChatType.PRIVATE and language:
        # Deliveries to a private chat speak its user's language, unless /language says otherwise.
        stored = await svc.store.chats.get(chat.id)
        if stored is not None and stored.settings.user_language != language:
            await svc.store.chats.save_settings(
                chat.id, dataclasses.replace(stored.settings, user_language=language))


async def may_change_settings(update: Update, context: BotContext) -> bool:
    """Return whether the sender may change this chat's subscriptions and settings.

    Anyone in a private chat; in groups the chat's admins (or an anonymous admin writing as
    the group); in a channel, a post comes from its admins, but a callback query can be
    crafted, so its sender must be one of the channel's admins too.
    """
    chat = update.effective_chat
    user = update.effective_user
    assert chat is not None
    if chat.type == ChatType.PRIVATE:
        return True
    message = update.effective_message
    if update.callback_query is None:  # a message, which only Telegram itself can attribute
        if chat.type == ChatType.CHANNEL:
            return True  # only a channel's admins can post in it
        if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
            return True  # an anonymous admin writes as the group itself
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def is_bot_admin(update: Update, svc: Services) -> bool:
    """Return whether the sender is one of the bot's admins (config or BOT_ADMINS)."""
    user = update.effective_user
    return user is not None and user.id in svc.settings.telegram.admins


def _command_of(update: Update) -> str:
    message = update.effective_message
    words = ((message.text or message.caption or "") if message else "").split()
    return words[0] if words else "?"


def admin_only(handler: Handler) -> Handler:
    """Return the handler guarded: non-admins get a polite refusal and the attempt is logged."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        svc = context.services
        if not is_bot_admin(update, svc):
            user, chat = update.effective_user, update.effective_chat
            log.warning("admin command %s refused: user %s in chat %s is not a bot admin",
                        _command_of(update), user.id if user else "?", chat.id if chat else "?")
            await reply(update, text(await chat_language(update, svc), "admin.refused"))
            return
        await handler(update, context)

    return guarded


def duration(seconds: float, language: str) -> str:
    """Return a rough duration: "45 s", "12 min", "3 h", "2 d"."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{round(seconds)} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} {text(language, 'admin.days')}"
