"""Channels: `/subscribe @channel [NAME…]` and `/unsubscribe @channel [NAME…]` from a private chat.

A channel cannot talk to the bot, so one of its admins subscribes it from a private chat.
Telegram is asked (getChat, getChatMember) that the name is a channel, that the user
administers it and, to subscribe, that the bot is an admin there allowed to post.
"""

from __future__ import annotations

import html

from telegram import ChatFullInfo, ChatMember, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, ApplicationHandlerStop, CommandHandler, ContextTypes, filters

from bot.chat.commands import _check_names, reply, services
from bot.i18n import text

# A /subscribe or /unsubscribe whose first argument is a public name: "@channel".
NAMES_A_CHANNEL = filters.Regex(r"^/\w+(@\w+)?\s+@")


async def _channel(
    update: Update, context: ContextTypes.DEFAULT_TYPE, handle: str, language: str, *, posting: bool
) -> ChatFullInfo | None:
    """Return the channel named `handle` if the user administers it (and the bot may post, when
    `posting`); otherwise answer why not and return None."""
    user = update.effective_user
    assert user is not None
    name = html.escape(handle)
    try:
        channel = await context.bot.get_chat(handle)
    except (BadRequest, Forbidden):
        await reply(update, text(language, "channel.not_found", channel=name))
        return None
    if channel.type != ChatType.CHANNEL:
        await reply(update, text(language, "channel.not_channel", channel=name))
        return None
    try:
        member = await context.bot.get_chat_member(channel.id, user.id)
        bot_member = await context.bot.get_chat_member(channel.id, context.bot.id)
    except (BadRequest, Forbidden):  # the bot cannot see the channel's members: it is no admin there
        await reply(update, text(language, "channel.bot_not_admin", channel=name))
        return None
    if member.status not in (ChatMember.OWNER, ChatMember.ADMINISTRATOR):
        await reply(update, text(language, "channel.not_admin", channel=name))
        return None
    # A channel admin without the right to post cannot deliver digests either.
    can_post = getattr(bot_member, "can_post_messages", None) is not False
    if posting and not (bot_member.status == ChatMember.ADMINISTRATOR and can_post):
        await reply(update, text(language, "channel.bot_not_admin", channel=name))
        return None
    return channel


async def channel_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Subscribe or unsubscribe a channel that the user and the bot administer; stop other handlers."""
    svc = services(context)
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    assert chat is not None and message is not None
    language = svc.prefs_for(chat.id, user.language_code if user else None).language
    handle, *args = context.args or [""]
    subscribing = (message.text or "").startswith("/subscribe")
    if chat.type != ChatType.PRIVATE:
        await reply(update, text(language, "channel.private_only"))
        raise ApplicationHandlerStop
    names, error = _check_names(args, svc, language)
    if error:
        await reply(update, error)
        raise ApplicationHandlerStop
    channel = await _channel(update, context, handle, language, posting=subscribing)
    if channel is None:
        raise ApplicationHandlerStop
    label = html.escape("@" + channel.username if channel.username else channel.title or handle)
    if subscribing:
        # The channel reads in the language of the admin who subscribed it, until told otherwise.
        known = svc.store.chat(channel.id) or {}
        svc.store.upsert_chat(channel.id, kind=ChatType.CHANNEL, title=channel.title or "",
                              language=None if known.get("language") else language)
        for name in names or sorted(svc.sources):
            svc.store.subscribe(channel.id, name)
        body = text(language, "channel.subscribed", channel=label,
                    names=", ".join(svc.store.subscriptions(channel.id)))
    else:
        removed = ([r for n in names for r in svc.store.unsubscribe(channel.id, n)] if names
                   else svc.store.unsubscribe(channel.id))
        body = (text(language, "channel.unsubscribed", channel=label, names=", ".join(removed))
                if removed else text(language, "channel.unsubscribed_none", channel=label))
    await svc.store.aflush()
    await reply(update, body)
    raise ApplicationHandlerStop  # the chat's own /subscribe must not run as well


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Register the channel forms of /subscribe and /unsubscribe, ahead of the chat's own."""
    application.add_handler(
        CommandHandler(["subscribe", "unsubscribe"], channel_command, filters=NAMES_A_CHANNEL),
        group=-1,
    )
