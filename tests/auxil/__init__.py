"""Test helpers: local servers that play the Telegram Bot API and a news site."""

from .fake_bot_api import FakeBotAPI, TelegramHTMLError, polling_application, validate_telegram_html
from .news_site import NewsSite

__all__ = [
    "FakeBotAPI",
    "NewsSite",
    "TelegramHTMLError",
    "polling_application",
    "validate_telegram_html",
]
