"""The services that handlers and jobs share, created once at start and kept in bot_data."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from bot.models import Digest, Source
from bot.prefs import ChatPrefs, chat_prefs
from bot.sources import Probe, SourceRegistry
from bot.store import Store


@dataclass
class Services:
    """What a handler or a job needs: settings, the store, the sources and the pipeline's door."""

    settings: Settings
    store: Store
    sources: dict[str, Source]
    refresh: Callable[[str], Awaitable[Any]]  # poll one source by name now
    render: Callable[[Digest, str], str]  # digest, language -> Telegram HTML
    # readers: digest, a chat's settings -> Telegram HTML in its language, zone, related count
    render_for: Callable[[Digest, ChatPrefs], str]
    wake_delivery: Callable[[], None] = lambda: None  # start a delivery pass soon
    # admin: the config's sources plus the chat's changes; `sources` is its `active` dict
    registry: SourceRegistry | None = None
    # admin: (url, name, with_digest) -> what a source there would be; raises ProbeError
    probe: Callable[[str, str, bool], Awaitable[Probe]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def language_for(self, chat_id: int, user_language: str | None = None) -> str:
        """Return the language to speak in a chat: its own choice, else the user's, else the config's."""
        return self.prefs_for(chat_id, user_language).language

    def prefs_for(self, chat_id: int, user_language: str | None = None) -> ChatPrefs:
        """Return a chat's reader settings, the config's defaults where it chose nothing."""
        return chat_prefs(self.store.chat(chat_id), self.settings.digest, user_language)
