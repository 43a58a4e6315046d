"""Readers' commands: /start /help /subscribe /unsubscribe /latest /sources."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import BotCommand, ChatMember, LinkPreviewOptions, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.i18n import LANGUAGES, text
from bot.services import Services

log = logging.getLogger(__name__)

# The command menu, in the order readers see it; each has a text "cmd.<name>" in bot.i18n.
MENU = ("latest", "subscribe", "unsubscribe", "sources",
        "settings", "times", "timezone", "language", "quiet", "filter", "related",  # readers
        "help", "start")


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """Return the services that the application was built with."""
    return context.bot_data["services"]  # type: ignore[no-any-return]


def chat_language(update: Update, svc: Services) -> str:
    """Return the language to answer this update in: the chat's, else the sender's, else the config's."""
    user = update.effective_user
    chat = update.effective_chat
    assert chat is not None
    return svc.language_for(chat.id, user.language_code if user else None)


def _language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return chat_language(update, services(context))


async def reply(update: Update, body: str) -> None:
    """Answer in the update's chat (and topic) with HTML, without a link preview."""
    message = update.effective_message
    assert message is not None
    await message.reply_text(
        body,
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        do_quote=False,
    )


def source_names(svc: Services) -> str:
    return ", ".join(sorted(svc.sources)) or "—"


def _record_chat(update: Update, svc: Services) -> None:
    chat = update.effective_chat
    assert chat is not None
    title = chat.title or chat.full_name or chat.username or ""
    svc.store.upsert_chat(chat.id, kind=chat.type, title=title)
    user = update.effective_user
    if chat.type == ChatType.PRIVATE and user is not None and user.language_code:
        # readers: deliveries to a private chat speak its user's language, unless /language says
        svc.store.update_chat_settings(chat.id, user_language=user.language_code)


def command_lines(language: str) -> str:
    """Return the command list as HTML lines, one per command."""
    return "\n".join(f"/{name} — {html.escape(text(language, f'cmd.{name}'))}" for name in MENU)


def source_lines(svc: Services, language: str) -> str:
    """Return one HTML line per source: its name, title and last new story."""
    if not svc.sources:
        return text(language, "source.none")
    lines = []
    for name in sorted(svc.sources):
        source = svc.sources[name]
        line = text(language, "source.line", name=html.escape(name),
                    title=html.escape(source.display_title))
        state = svc.store.source_state(name)
        if state.last_new_story and state.last_new_url:
            line += text(language, "source.latest", url=html.escape(state.last_new_url, quote=True),
                         headline=html.escape(state.last_new_story))
        lines.append(line)
    return "\n".join(lines)


async def may_change_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Return whether the sender may change this chat's settings: anyone in private, admins in groups."""
    chat = update.effective_chat
    message = update.effective_message
    user = update.effective_user
    assert chat is not None and message is not None
    if chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
        return True  # in a channel only its admins can post
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin writes as the group itself
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def _check_names(args: list[str], svc: Services, language: str) -> tuple[list[str], str | None]:
    """Return the source names asked for, or an error text that lists the valid ones."""
    wanted = [a.strip().lower() for a in args if a.strip()]
    for name in wanted:
        if name not in svc.sources:
            return [], text(language, "unknown_source", name=html.escape(name), names=source_names(svc))
    return wanted, None


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Introduce the bot: what it does, its sources, its commands."""
    svc = services(context)
    _record_chat(update, svc)
    language = _language(update, context)
    await reply(update, text(language, "start", sources=source_lines(svc, language),
                              commands=command_lines(language)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the commands."""
    await reply(update, text(_language(update, context), "help",
                              commands=command_lines(_language(update, context))))


async def _names_allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[str] | None:
    """Return the source names a subscription change asks for, or None once the refusal is sent.

    Refused: an unknown name (the answer lists the valid ones), or a group member who is not
    one of the chat's admins (logged).
    """
    svc = services(context)
    language = _language(update, context)
    names, error = _check_names(context.args or [], svc, language)
    if error:
        await reply(update, error)
        return None
    if not await may_change_subscriptions(update, context):
        log.info("chat %s: user %s may not change subscriptions",
                 update.effective_chat.id if update.effective_chat else "?",
                 update.effective_user.id if update.effective_user else "?")
        await reply(update, text(language, "group_admins_only"))
        return None
    return names


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Subscribe the chat to the named sources (none named: to every source)."""
    names = await _names_allowed(update, context)
    if names is None:
        return
    svc = services(context)
    language = _language(update, context)
    _record_chat(update, svc)
    chat = update.effective_chat
    message = update.effective_message
    assert chat is not None and message is not None
    thread_id = message.message_thread_id if message.is_topic_message else None
    targets = names or sorted(svc.sources)
    added = [n for n in targets if svc.store.subscribe(chat.id, n, thread_id)]
    await svc.store.aflush()
    if not names:
        body = text(language, "subscribed.all", names=", ".join(targets))
    elif len(names) == 1 and not added:
        body = text(language, "subscribed.already", title=html.escape(svc.sources[names[0]].display_title))
    elif len(names) == 1:
        body = text(language, "subscribed.one", title=html.escape(svc.sources[names[0]].display_title))
    else:
        body = text(language, "subscriptions.mine", names=", ".join(svc.store.subscriptions(chat.id)))
    await reply(update, body)


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Unsubscribe the chat from the named sources (none named: from all)."""
    names = await _names_allowed(update, context)
    if names is None:
        return
    svc = services(context)
    language = _language(update, context)
    chat = update.effective_chat
    assert chat is not None
    if not names:
        removed = svc.store.unsubscribe(chat.id)
        body = text(language, "unsubscribed.all" if removed else "unsubscribed.none")
    else:
        removed = [r for n in names for r in svc.store.unsubscribe(chat.id, n)]
        if len(names) == 1:
            key = "unsubscribed.one" if removed else "unsubscribed.not"
            body = text(language, key, title=html.escape(svc.sources[names[0]].display_title))
        else:
            left = svc.store.subscriptions(chat.id)
            body = (text(language, "subscriptions.mine", names=", ".join(left)) if left
                    else text(language, "unsubscribed.all"))
    await svc.store.aflush()
    await reply(update, body)


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the newest digest of a source (or of the chat's sources), built now if there is none."""
    svc = services(context)
    language = _language(update, context)
    args = context.args or []
    if len(args) > 1:
        await reply(update, text(language, "too_many_args", names=source_names(svc)))
        return
    names, error = _check_names(args, svc, language)
    if error:
        await reply(update, error)
        return
    chat = update.effective_chat
    assert chat is not None
    candidates = names or svc.store.subscriptions(chat.id) or sorted(svc.sources)
    candidates = [n for n in candidates if n in svc.sources]
    if not candidates:
        await reply(update, text(language, "source.none"))
        return
    digest = svc.store.newest_digest(candidates)
    if digest is None:
        results = await asyncio.gather(*(svc.refresh(n) for n in candidates), return_exceptions=True)
        for name, result in zip(candidates, results):
            if isinstance(result, BaseException):
                log.warning("%s: /latest could not refresh: %s", name, result)
        digest = svc.store.newest_digest(candidates)
    if digest is None:
        title = svc.sources[candidates[0]].display_title if len(candidates) == 1 else source_names(svc)
        failed = len(candidates) == 1 and svc.store.source_state(candidates[0]).failures > 0
        await reply(update, text(language, "latest.failed" if failed else "latest.none",
                                  title=html.escape(title)))
        return
    user = update.effective_user
    prefs = svc.prefs_for(chat.id, user.language_code if user else None)
    await reply(update, svc.render_for(digest, prefs))  # readers: as the chat's digests read


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the sources, each with its last new story."""
    svc = services(context)
    await reply(update, source_lines(svc, _language(update, context)))


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Register the readers' command handlers."""
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("subscribe", subscribe))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe))
    application.add_handler(CommandHandler("latest", latest))
    application.add_handler(CommandHandler("sources", sources))


async def register_menu(application: Application) -> None:  # type: ignore[type-arg]
    """Publish the command menu with setMyCommands, in each language the bot speaks."""
    for language in LANGUAGES:
        commands = [BotCommand(name, text(language, f"cmd.{name}")[:256]) for name in MENU]
        await application.bot.set_my_commands(commands, language_code=language)
    default = [BotCommand(name, text("fr", f"cmd.{name}")[:256]) for name in MENU]
    await application.bot.set_my_commands(default)
