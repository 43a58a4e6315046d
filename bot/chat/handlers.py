"""Every handler of the bot, registered in one place, in an order that is written down.

Order matters only where two handlers could match one update; here none can: each command
has exactly one handler (`/subscribe @channel` and the admins' health under `/sources` are
decided inside their command's handler), the /import caption matches documents only, and
the settings buttons match callback queries only. All handlers are in PTB's default group 0.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.chat import admin_health, admin_opml, admin_sources, commands, reader_settings
from bot.chat.context import BotApp, BotContext
from bot.i18n import text

log = logging.getLogger(__name__)

_IMPORT_CAPTION = filters.CaptionRegex(r"^/import(?:@\w+)?(?:\s|$)")


def add_handlers(application: BotApp) -> None:
    """Register every command, button and error handler of the bot."""
    add = application.add_handler
    # 1. Readers: anyone may use these; subscription changes in groups need the chat's admins.
    add(CommandHandler("start", commands.start))
    add(CommandHandler("help", commands.help_command))
    add(CommandHandler("subscribe", commands.subscribe))
    add(CommandHandler("unsubscribe", commands.unsubscribe))
    add(CommandHandler("latest", commands.latest))
    add(CommandHandler("sources", commands.sources))
    add(CommandHandler("whoami", commands.whoami))
    # 2. Readers' settings, one command each, and the buttons of /settings.
    add(CommandHandler("settings", reader_settings.show_settings))
    for name, handler in reader_settings.SETTING_COMMANDS.items():
        add(CommandHandler(name, handler))
    add(CallbackQueryHandler(reader_settings.on_button, pattern=f"^{reader_settings.BUTTON_PREFIX}"))
    # 3. The bot's admins. Checking URLs takes seconds: those two run beside other updates.
    add(CommandHandler("addsource", admin_sources.addsource, block=False))
    add(MessageHandler(filters.Document.ALL & _IMPORT_CAPTION, admin_opml.import_opml, block=False))
    add(CommandHandler("removesource", admin_sources.removesource))
    add(CommandHandler("pause", admin_sources.pause))
    add(CommandHandler("resume", admin_sources.resume))
    add(CommandHandler("interval", admin_sources.interval))
    add(CommandHandler("stats", admin_health.stats))
    add(CommandHandler("export", admin_opml.export))
    add(CommandHandler("import", admin_opml.import_help))
    application.add_error_handler(on_error)


async def on_error(update: object, context: BotContext) -> None:
    """Log a handler's error with its update's chat, and tell the user something went wrong."""
    chat_id: Any = None
    if isinstance(update, Update) and update.effective_chat:
        chat_id = update.effective_chat.id
    log.error("update in chat %s failed", chat_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            # Both languages: the failure may be in reading the chat's own settings.
            await update.effective_message.reply_text(
                f"{text('fr', 'error')} / {text('en', 'error')}")
        except Exception:  # noqa: BLE001 - the chat may be unreachable; the log has the error
            pass
