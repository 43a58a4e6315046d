"""The typed context handlers and jobs receive: `context.services` instead of bot_data lookups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot, JobQueue

if TYPE_CHECKING:
    from bot.services import Services


class BotData:
    """The application's bot_data: the services, set once by build_application."""

    services: Services


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """PTB's callback context with the bot's services typed."""

    @property
    def services(self) -> Services:
        """Return the services the application was built with."""
        return self.bot_data.services


BotApp = Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData,
                     JobQueue[BotContext]]
CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)
