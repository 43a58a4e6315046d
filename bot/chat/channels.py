"""Channels: `/subscribe @channel [NAME…]` and `/unsubscribe @channel [NAME…]` from a private chat.

A channel cannot talk to the bot, so one of its admins subscribes it from a private chat.
Telegram is asked (getChat, getChatMember) that the name is a channel, that the user
administers it and, to subscribe, that the bot is an admin there allowed to post.
"""

from __future__ import annotations

import dataclasses
import html

from telegram import ChatFullInfo, ChatMember, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden

from bot.chat.common import check_names, reply
from bot.chat.context import BotContext
from bot.i18n import text
from bot.models import ChatKind


async def _channel(update: Update, context: BotContext, handle: str, language: str, *,
                   posting: bool) -> ChatFullInfo | None:
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


async def change_channel(update: Update, context: BotContext, language: str, *,
                         subscribing: bool) -> None:
    """Subscribe or unsubscribe a channel that the user (and, to subscribe, the bot) administers."""
    svc = context.services
    chat = update.effective_chat
    assert chat is not None
    handle, *args = context.args or [""]
    if chat.type != ChatType.PRIVATE:
        await reply(update, text(language, "channel.private_only"))
        return
    names, error = check_names(args, svc, language)
    if error:
        await reply(update, error)
        return
    channel = await _channel(update, context, handle, language, posting=subscribing)
    if channel is None:
        return
    label = html.escape("@" + channel.username if channel.username else channel.title or handle)
    chats, subscriptions = svc.store.chats, svc.store.subscriptions
    if subscribing:
        await chats.record(channel.id, kind=ChatKind.CHANNEL, title=channel.title or "")
        recorded = await chats.get(channel.id)
        if recorded is not None and not recorded.settings.language:
            # The channel reads in the language of the admin who subscribed it, until told otherwise.
            await chats.save_settings(channel.id, dataclasses.replace(recorded.settings, language=language))
        for name in names or svc.catalog.names():
            await subscriptions.subscribe(channel.id, name)
        body = text(language, "channel.subscribed", channel=label,
                    names=", ".join(await subscriptions.of_chat(channel.id)))
    else:
        removed = ([r for n in names for r in await subscriptions.unsubscribe(channel.id, n)]
                   if names else await subscriptions.unsubscribe(channel.id))
        body = (text(language, "channel.unsubscribed", channel=label, names=", ".join(removed))
                if removed else text(language, "channel.unsubscribed_none", channel=label))
    await reply(update, body)
