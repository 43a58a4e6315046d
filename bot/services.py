"""The services that handlers and jobs share, created once at start and kept in bot_data."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from bot.i18n import pick_language
from bot.models import Digest, Source
from bot.store import Store


@dataclass
class Services:
    """What a handler or a job needs: settings, the store, the sources and the pipeline's door."""

    settings: Settings
    store: Store
    sources: dict[str, Source]
    refresh: Callable[[str], Awaitable[Any]]  # poll one source by name now
    render: Callable[[Digest, str], str]  # digest, language -> Telegram HTML
    wake_delivery: Callable[[], None] = lambda: None  # start a delivery pass soon
    extra: dict[str, Any] = field(default_factory=dict)

    def language_for(self, chat_id: int, user_language: str | None = None) -> str:
        """Return the language to speak in a chat: its own choice, else the user's, else the config's."""
        chat = self.store.chat(chat_id)
        if chat and chat.get("language"):
            return str(chat["language"])
        return pick_language(user_language, self.settings.digest.language)
