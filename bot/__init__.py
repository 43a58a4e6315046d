"""A Telegram bot that posts short digests of news sites to the chats that subscribed."""

__version__ = "0.1.0"
