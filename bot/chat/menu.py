"""The command menus Telegram shows: the readers' in each language, and each admin's own."""

from __future__ import annotations

import html
import logging

from telegram import BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.chat.context import BotApp
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, text

log = logging.getLogger(__name__)

# The readers' menu, in the order they see it; each has a text "cmd.<name>" in the catalogues.
MENU = ("latest", "subscribe", "unsubscribe", "sources",
        "settings", "times", "timezone", "language", "quiet", "filter", "related",
        "whoami", "help", "start")
# The admins' commands, shown after the readers' in an admin's private chat ("admin.cmd.<name>").
ADMIN_MENU = ("addsource", "removesource", "pause", "resume", "interval", "stats", "export", "import")
_DESCRIPTION_LIMIT = 256  # Bot API: a BotCommand's description is 1-256 characters


def command_lines(language: str) -> str:
    """Return the command list as HTML lines, one per command."""
    return "\n".join(f"/{name} — {html.escape(text(language, f'cmd.{name}'))}" for name in MENU)


def _menu(language: str, *, admin: bool = False) -> list[BotCommand]:
    commands = [BotCommand(name, text(language, f"cmd.{name}")[:_DESCRIPTION_LIMIT]) for name in MENU]
    if admin:
        commands += [BotCommand(name, text(language, f"admin.cmd.{name}")[:_DESCRIPTION_LIMIT])
                     for name in ADMIN_MENU]
    return commands


async def publish_menus(application: BotApp) -> None:
    """Publish the readers' menu in each language, and each admin's menu in their private chat."""
    svc = application.bot_data.services
    try:
        for language in LANGUAGES:
            await application.bot.set_my_commands(_menu(language), language_code=language)
        await application.bot.set_my_commands(_menu(DEFAULT_LANGUAGE))
    except TelegramError as exc:  # a menu is a nicety: the bot works without it
        log.warning("could not publish the command menu: %s", exc)
    admin_menu = _menu(svc.settings.digest.language, admin=True)
    for admin_id in svc.settings.telegram.admins:
        try:
            await application.bot.set_my_commands(admin_menu, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # an admin who never opened a chat with the bot
            log.info("admin %s gets the readers' menu for now: %s", admin_id, exc)
