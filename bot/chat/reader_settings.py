"""Readers' settings: /settings with its buttons, /times /timezone /language /quiet /filter /related.

Anyone may look at a chat's settings; in groups only the chat's admins may change them (the
rule of /subscribe). A command without arguments shows the current value and how to change
it; a bad argument is answered with what is valid.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.chat.common import Handler, chat_prefs_of, may_change_settings, record_chat, reply
from bot.chat.context import BotContext
from bot.i18n import LANGUAGES, text
from bot.models import DeliveryMode
from bot.prefs import (
    DEFAULT_TIMES,
    MAX_RELATED,
    ChatPrefs,
    PrefsError,
    parse_filters,
    parse_language,
    parse_quiet,
    parse_related,
    parse_timezone,
    parse_times,
)
from bot.roundups import roundup_now
from bot.services import Services
from bot.store import ChatSettings

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {code: text(code, "language.name") for code in LANGUAGES}  # each by its own name
_OFF = ("off", "non", "no", "aucun", "aucune", "none")
BUTTON_PREFIX = "rs:"  # callback data of the settings buttons: "rs:<what>:<value>"


# A change of one chat's stored settings, as a command or a button asks for it.
Change = Callable[[ChatSettings], ChatSettings]


# ---- how settings read ------------------------------------------------------------------


def describe_mode(prefs: ChatPrefs) -> str:
    """Return how the chat gets its digests, in its language."""
    if prefs.scheduled:
        return text(prefs.language, "settings.times", times=", ".join(prefs.times))
    return text(prefs.language, "settings.each" if prefs.each_story else "settings.instant")


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
        previews=text(language, "settings.previews_on" if prefs.previews else "settings.previews_off"),
    )

    def button(label: str, data: str, current: bool = False) -> InlineKeyboardButton:
        return InlineKeyboardButton(("✓ " if current else "") + label, callback_data=BUTTON_PREFIX + data)

    rows = [
        [button(text(language, "button.instant"), "mode:instant",
                not prefs.scheduled and not prefs.each_story),
         button(text(language, "button.each"), "mode:each", prefs.each_story)],
        [button(text(language, "button.times"), "mode:times", prefs.scheduled)],
        [button(name, f"lang:{code}", code == language) for code, name in LANGUAGE_NAMES.items()],
        [button(text(language, "button.related_less"), "rel:-1"),
         button(text(language, "button.related_more"), "rel:+1")],
        [button(text(language, "button.previews_off"), "preview:off", not prefs.previews)
         if prefs.previews else
         button(text(language, "button.previews_on"), "preview:on", prefs.previews)],
    ]
    if prefs.quiet is not None:
        rows.append([button(text(language, "button.quiet_off"), "quiet:off")])
    return body, InlineKeyboardMarkup(rows)


# ---- changing settings ------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """A command that changes one setting: how its arguments become a change, and its words."""

    command: str
    usage: str  # the catalogue key of its usage: what is valid
    parse: Callable[[list[str]], Change]  # args -> the change; PrefsError when not valid
    current: Callable[[ChatPrefs], str]  # the value now, for the command without arguments
    done: Callable[[ChatPrefs], str]  # the answer once changed, from the new settings


def _is_off(args: list[str]) -> bool:
    return len(args) == 1 and args[0].lower() in _OFF


def _times(args: list[str]) -> Change:
    if _is_off(args) or [a.lower() for a in args] == [DeliveryMode.INSTANT]:
        return lambda s: replace(s, mode=DeliveryMode.INSTANT)
    times = parse_times(args)
    return lambda s: replace(s, mode=DeliveryMode.TIMES, times=times)


def _quiet(args: list[str]) -> Change:
    window = None if _is_off(args) else parse_quiet(args)
    return lambda s: replace(s, quiet=window)


def _filters(args: list[str]) -> Change:
    include, exclude = ((), ()) if _is_off(args) else parse_filters(args)
    return lambda s: replace(s, include=include, exclude=exclude)


def _one(parse: Callable[[str], Change]) -> Callable[[list[str]], Change]:
    def parse_one(args: list[str]) -> Change:
        if len(args) != 1:
            raise PrefsError("one argument")
        return parse(args[0])

    return parse_one


def _timezone(value: str) -> Change:
    zone = parse_timezone(value)
    return lambda s: replace(s, timezone=zone)


def _language(value: str) -> Change:
    language = parse_language(value)
    return lambda s: replace(s, language=language)


def _related(value: str) -> Change:
    count = parse_related(value)
    return lambda s: replace(s, max_related=count)


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
    Setting("times", "usage.times", _times, describe_mode, _times_done),
    Setting("timezone", "usage.timezone", _one(_timezone), lambda p: html.escape(p.timezone),
            lambda p: text(p.language, "set.timezone", timezone=html.escape(p.timezone))),
    Setting("language", "usage.language", _one(_language), lambda p: LANGUAGE_NAMES[p.language],
            lambda p: text(p.language, "set.language")),
    Setting("quiet", "usage.quiet", _quiet, describe_quiet, _quiet_done),
    Setting("filter", "usage.filter", _filters, describe_filters, _filters_done),
    Setting("related", "usage.related", _one(_related), lambda p: str(p.max_related),
            lambda p: text(p.language, "set.related", count=p.max_related)),
)


async def change(svc: Services, chat_id: int, edit: Change, before: ChatPrefs) -> ChatPrefs:
    """Store a chat's changed settings, starting or ending its digest times; return the new settings."""
    chat = await svc.store.chats.get(chat_id)
    await svc.store.chats.save_settings(chat_id, edit(chat.settings if chat else ChatSettings()))
    log.info("chat %s: reader settings changed", chat_id)
    after = await svc.prefs_for(chat_id)
    if after.scheduled and not before.scheduled:
        # Digest times count from now: what came before was already sent, one by one.
        await svc.store.chats.set_roundup_at(chat_id, svc.clock.now())
    elif before.scheduled and not after.scheduled:
        # Back to one digest per story: what was held goes out now, as one roundup.
        if await roundup_now(svc.store, chat_id, svc.clock.moment()):
            svc.scheduler.wake_delivery()
    return after


def _command(setting: Setting) -> Handler:
    async def handle(update: Update, context: BotContext) -> None:
        svc = context.services
        prefs = await chat_prefs_of(update, svc)
        usage = text(prefs.language, setting.usage)
        args = context.args or []
        if not args:
            await reply(update, text(prefs.language, "current", value=setting.current(prefs), usage=usage))
            return
        try:
            edit = setting.parse(args)
        except PrefsError:
            await reply(update, usage)
            return
        if not await may_change_settings(update, context):
            await reply(update, text(prefs.language, "settings.admins_only"))
            return
        chat = update.effective_chat
        assert chat is not None
        await record_chat(update, svc)
        await change(svc, chat.id, edit, prefs)
        await reply(update, setting.done(await chat_prefs_of(update, svc)))

    handle.__name__ = handle.__qualname__ = setting.command
    handle.__doc__ = f"Show or change the chat's {setting.command} setting."
    return handle


# One handler per setting command, by command name.
SETTING_COMMANDS = {setting.command: _command(setting) for setting in SETTINGS}


async def show_settings(update: Update, context: BotContext) -> None:
    """Send the chat's settings with the buttons that change them."""
    body, markup = settings_view(await chat_prefs_of(update, context.services))
    message = update.effective_message
    assert message is not None
    await message.reply_text(body, reply_markup=markup)


def _button_change(data: str, prefs: ChatPrefs) -> Change | None:
    """Return the change a button asks for, or None when it changes nothing (or is not ours)."""
    what, _, value = data.removeprefix(BUTTON_PREFIX).partition(":")
    if what == "mode" and value == DeliveryMode.INSTANT and (prefs.scheduled or prefs.each_story):
        return lambda s: replace(s, mode=DeliveryMode.INSTANT)
    if what == "mode" and value == DeliveryMode.EACH and not prefs.each_story:
        return lambda s: replace(s, mode=DeliveryMode.EACH)
    if what == "mode" and value == DeliveryMode.TIMES and not prefs.scheduled:
        times = prefs.times or DEFAULT_TIMES
        return lambda s: replace(s, mode=DeliveryMode.TIMES, times=times)
    if what == "lang" and value in LANGUAGE_NAMES and value != prefs.language:
        return lambda s: replace(s, language=value)
    if what == "rel" and value in ("-1", "+1"):
        count = min(MAX_RELATED, max(0, prefs.max_related + int(value)))
        return (lambda s: replace(s, max_related=count)) if count != prefs.max_related else None
    if what == "preview" and value in ("on", "off") and prefs.previews != (value == "on"):
        return lambda s: replace(s, previews=value == "on")
    if what == "quiet" and value == "off" and prefs.quiet is not None:
        return lambda s: replace(s, quiet=None)
    return None


async def on_button(update: Update, context: BotContext) -> None:
    """Apply a settings button and show the settings anew in the same message; admins only in groups."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and chat is not None
    svc = context.services
    before = await chat_prefs_of(update, svc)
    if not await may_change_settings(update, context):
        await query.answer(text(before.language, "settings.admins_only"), show_alert=True)
        return
    edit = _button_change(query.data or "", before)
    if edit is None:
        await query.answer()  # already so (a double tap): Telegram refuses an edit that changes nothing
        return
    await change(svc, chat.id, edit, before)
    after = await chat_prefs_of(update, svc)
    body, markup = settings_view(after)
    await query.edit_message_text(body, reply_markup=markup)
    await query.answer(text(after.language, "settings.updated"))
