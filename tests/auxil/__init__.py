"""Test helpers: local servers that play the Telegram Bot API and a news site."""

from .fake_bot_api import FakeBotAPI, polling_application
from .news_site import NewsSite
from .telegram_html import TelegramHTMLError, validate_telegram_html

__all__ = [
    "FakeBotAPI",
    "NewsSite",
    "TelegramHTMLError",
    "polling_application",
    "validate_telegram_html",
]
