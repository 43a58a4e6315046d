"""Alerts: telling the bot's admins, once, that a source keeps failing, and once that it works again."""

from __future__ import annotations

import html
import logging

from telegram import Bot
from telegram.error import TelegramError

from bot.chat.common import duration
from bot.i18n import text
from bot.models import Source
from bot.services import Services
from bot.store import Health, SourceState

log = logging.getLogger(__name__)

MESSAGES = {Health.FAILING: "admin.alert.failing", Health.RECOVERED: "admin.alert.recovered"}


async def tell_admins(bot: Bot, svc: Services, source: Source, state: SourceState,
                      health: Health) -> None:
    """Send each admin, in their own language, what changed in a source's health."""
    retry_at = state.retry_at(source.interval)
    for admin_id in svc.settings.telegram.admins:
        language = (await svc.prefs_for(admin_id)).language
        retry = duration(retry_at - svc.clock.now(), language) if retry_at else "—"
        body = text(language, MESSAGES[health], name=source.name, count=state.failures, retry=retry,
                    error=html.escape((state.last_error or "")[:300]))
        try:
            await bot.send_message(admin_id, body)
        except TelegramError as exc:  # an admin who never opened a chat with the bot
            log.warning("cannot tell admin %s about source %s: %s", admin_id, source.name, exc)


async def tell_admins_store(bot: Bot, svc: Services, failure: str | None) -> None:
    """Tell each admin that sending stopped because the database cannot be written, or resumed."""
    for admin_id in svc.settings.telegram.admins:
        language = (await svc.prefs_for(admin_id)).language
        if failure is None:
            body = text(language, "admin.alert.store_recovered")
        else:
            body = text(language, "admin.alert.store_failing", error=html.escape(failure[:300]))
        try:
            await bot.send_message(admin_id, body)
        except TelegramError as exc:
            log.warning("cannot tell admin %s about the database: %s", admin_id, exc)
