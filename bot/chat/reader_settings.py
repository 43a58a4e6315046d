"""Readers' settings: /settings with its buttons, /times /timezone /language /quiet /filter /related.

Anyone may look at a chat's settings; in groups only the chat's admins may change them (the
rule of /subscribe). A command without arguments shows the current value and how to change
it; a bad argument is answered with what is valid.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.chat.commands import _record_chat, reply, may_change_subscriptions, services
from bot.i18n import text
from bot.prefs import (
    DEFAULT_TIMES,
    INSTANT,
    MAX_RELATED,
    TIMES,
    ChatPrefs,
    PrefsError,
    parse_filters,
    parse_language,
    parse_quiet,
    parse_related,
    parse_timezone,
    parse_times,
)
from bot.schedule import roundup_now
from bot.services import Services

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fr": "français", "en": "English"}  # each language by its own name
_OFF = ("off", "non", "no", "aucun", "aucune", "none")
BUTTON_PREFIX = "rs:"  # callback data of the settings buttons: "rs:<what>:<value>"


def _prefs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> ChatPrefs:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    return services(context).prefs_for(chat.id, user.language_code if user else None)


# ---- how settings read ------------------------------------------------------------------


def describe_mode(prefs: ChatPrefs) -> str:
    """Return how the chat gets its digests, in its language."""
    if prefs.scheduled:
        return text(prefs.language, "settings.times", times=", ".join(prefs.times))
    return text(prefs.language, "settings.instant")


def describe_quiet(prefs: ChatPrefs) -> str:
    """Return the chat's quiet hours, or that it has none."""
    if prefs.quiet is None:
        return text(prefs.language, "settings.quiet_off")
    return text(prefs.language, "settings.quiet", start=prefs.quiet[0], end=prefs.quiet[1])


def describe_filters(prefs: ChatPrefs) -> str:
    """Return the chat's filter words as "+word -word", or that it has none."""
    words = [f"+{w}" for w in prefs.include] + [f"-{w}" for w in prefs.exclude]
    return html.escape(" ".join(words)) if words else text(prefs.language, "settings.off")


def settings_view(prefs: ChatPrefs) -> tuple[str, InlineKeyboardMarkup]:
    """Return the /settings message: the settings at a glance and the buttons that change them."""
    language = prefs.language
    body = text(
        language, "settings.body",
        language_name=LANGUAGE_NAMES[language], mode=describe_mode(prefs),
        timezone=html.escape(prefs.timezone), quiet=describe_quiet(prefs),
        filters=describe_filters(prefs), related=prefs.max_related,
    )

    def button(label: str, data: str, current: bool = False) -> InlineKeyboardButton:
        return InlineKeyboardButton(("✓ " if current else "") + label, callback_data=BUTTON_PREFIX + data)

    rows = [
        [button(text(language, "button.instant"), "mode:instant", not prefs.scheduled),
         button(text(language, "button.times"), "mode:times", prefs.scheduled)],
        [button(name, f"lang:{code}", code == language) for code, name in LANGUAGE_NAMES.items()],
        [button(text(language, "button.related_less"), "rel:-1"),
         button(text(language, "button.related_more"), "rel:+1")],
    ]
    if prefs.quiet is not None:
        rows.append([button(text(language, "button.quiet_off"), "quiet:off")])
    return body, InlineKeyboardMarkup(rows)


# ---- changing settings ------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """A command that changes one setting: how its arguments become stored fields, and its words."""

    command: str
    parse: Callable[[list[str]], dict[str, Any]]  # args -> fields; PrefsError when not valid
    current: Callable[[ChatPrefs], str]  # the value now, for the command without arguments
    done: Callable[[ChatPrefs], str]  # the answer once changed, from the new settings


def _is_off(args: list[str]) -> bool:
    return len(args) == 1 and args[0].lower() in _OFF


def _times(args: list[str]) -> dict[str, Any]:
    if _is_off(args) or [a.lower() for a in args] == [INSTANT]:
        return {"mode": INSTANT}
    return {"mode": TIMES, "times": list(parse_times(args))}


def _quiet(args: list[str]) -> dict[str, Any]:
    return {"quiet": None} if _is_off(args) else {"quiet": list(parse_quiet(args))}


def _filters(args: list[str]) -> dict[str, Any]:
    if _is_off(args):
        return {"include": None, "exclude": None}
    include, exclude = parse_filters(args)
    return {"include": list(include), "exclude": list(exclude)}


def _one(parse: Callable[[str], Any], field: str) -> Callable[[list[str]], dict[str, Any]]:
    def parse_one(args: list[str]) -> dict[str, Any]:
        if len(args) != 1:
            raise PrefsError("one argument")
        return {field: parse(args[0])}

    return parse_one


def _times_done(p: ChatPrefs) -> str:
    if not p.scheduled:
        return text(p.language, "set.instant")
    return text(p.language, "set.times", times=", ".join(p.times), timezone=html.escape(p.timezone))


def _quiet_done(p: ChatPrefs) -> str:
    if p.quiet is None:
        return text(p.language, "set.quiet_off")
    return text(p.language, "set.quiet", start=p.quiet[0], end=p.quiet[1])


def _filters_done(p: ChatPrefs) -> str:
    if not (p.include or p.exclude):
        return text(p.language, "set.filter_off")
    return text(p.language, "set.filter", filters=describe_filters(p))


SETTINGS = (
    Setting("times", _times, describe_mode, _times_done),
    Setting("timezone", _one(parse_timezone, "timezone"), lambda p: html.escape(p.timezone),
            lambda p: text(p.language, "set.timezone", timezone=html.escape(p.timezone))),
    Setting("language", _one(parse_language, "language"), lambda p: LANGUAGE_NAMES[p.language],
            lambda p: text(p.language, "set.language")),
    Setting("quiet", _quiet, describe_quiet, _quiet_done),
    Setting("filter", _filters, describe_filters, _filters_done),
    Setting("related", _one(parse_related, "max_related"), lambda p: str(p.max_related),
            lambda p: text(p.language, "set.related", count=p.max_related)),
)


async def change(svc: Services, chat_id: int, fields: dict[str, Any], before: ChatPrefs) -> None:
    """Store new settings for a chat, starting or ending its digest times as the mode changes."""
    svc.store.update_chat_settings(chat_id, **fields)
    log.info("chat %s: reader settings changed: %s", chat_id, ", ".join(sorted(fields)))
    after = svc.prefs_for(chat_id)
    if after.scheduled and not before.scheduled:
        # Digest times count from now: what came before was already sent, one by one.
        svc.store.update_chat_settings(chat_id, roundup_at=svc.store.clock())
    elif before.scheduled and not after.scheduled:
        # Back to one digest per story: what was held goes out now, as one roundup.
        if roundup_now(svc.store, chat_id, datetime.fromtimestamp(svc.store.clock(), timezone.utc)):
            svc.wake_delivery()
    await svc.store.aflush()


def _command(setting: Setting) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Any]:
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        svc = services(context)
        prefs = _prefs(update, context)
        usage = text(prefs.language, f"usage.{setting.command}")
        args = context.args or []
        if not args:
            await reply(update, text(prefs.language, "current", value=setting.current(prefs), usage=usage))
            return
        try:
            fields = setting.parse(args)
        except PrefsError:
            await reply(update, usage)
            return
        if not await may_change_subscriptions(update, context):
            await reply(update, text(prefs.language, "settings.admins_only"))
            return
        chat = update.effective_chat
        assert chat is not None
        _record_chat(update, svc)
        await change(svc, chat.id, fields, prefs)
        await reply(update, setting.done(_prefs(update, context)))

    handle.__name__ = handle.__qualname__ = setting.command
    handle.__doc__ = f"Show or change the chat's {setting.command} setting."
    return handle


async def show_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the chat's settings with the buttons that change them."""
    body, markup = settings_view(_prefs(update, context))
    message = update.effective_message
    assert message is not None
    await message.reply_text(body, parse_mode=ParseMode.HTML, reply_markup=markup, do_quote=False)


def _button_fields(data: str, prefs: ChatPrefs) -> dict[str, Any]:
    """Return the fields a button changes, or {} when it changes nothing (or is not ours)."""
    what, _, value = data.removeprefix(BUTTON_PREFIX).partition(":")
    if what == "mode" and value == INSTANT and prefs.scheduled:
        return {"mode": INSTANT}
    if what == "mode" and value == TIMES and not prefs.scheduled:
        return {"mode": TIMES, "times": list(prefs.times or DEFAULT_TIMES)}
    if what == "lang" and value in LANGUAGE_NAMES and value != prefs.language:
        return {"language": value}
    if what == "rel" and value in ("-1", "+1"):
        count = min(MAX_RELATED, max(0, prefs.max_related + int(value)))
        return {"max_related": count} if count != prefs.max_related else {}
    if what == "quiet" and value == "off" and prefs.quiet is not None:
        return {"quiet": None}
    return {}


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Apply a settings button and show the settings anew in the same message; admins only in groups."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and chat is not None
    before = _prefs(update, context)
    if not await may_change_subscriptions(update, context):
        await query.answer(text(before.language, "settings.admins_only"), show_alert=True)
        return
    fields = _button_fields(query.data or "", before)
    if not fields:
        await query.answer()  # already so (a double tap): Telegram refuses an edit that changes nothing
        return
    svc = services(context)
    await change(svc, chat.id, fields, before)
    after = _prefs(update, context)
    body, markup = settings_view(after)
    await query.edit_message_text(body, parse_mode=ParseMode.HTML, reply_markup=markup)
    await query.answer(text(after.language, "settings.updated"))


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Register /settings, its buttons and one command per setting."""
    application.add_handler(CommandHandler("settings", show_settings))
    for setting in SETTINGS:
        application.add_handler(CommandHandler(setting.command, _command(setting)))
    application.add_handler(CallbackQueryHandler(on_button, pattern=f"^{BUTTON_PREFIX}"))
