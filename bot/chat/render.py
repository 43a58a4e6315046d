"""Renderer: the text of a digest or a roundup as one chat reads it (language, zone, related)."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.constants import MessageLimit

from bot.clock import Clock
from bot.config import DigestSettings
from bot.models import Digest
from bot.news.digest import render_html
from bot.news.roundup import render_roundup
from bot.prefs import ChatPrefs, chat_prefs
from bot.store import Delivery, ItemKind, Store

CACHE_SIZE = 256  # texts kept: a broadcast renders each way of reading a digest once, not per chat


@dataclass(frozen=True)
class Outgoing:
    """The message one delivery sends: its HTML text and whether it arrives silently."""

    text: str
    silent: bool = False
    preview_url: str | None = None  # the story whose link preview shows under it (None: no preview)


class Renderer:
    """Makes the Telegram HTML of digests and roundups for a chat's settings."""

    def __init__(self, store: Store, defaults: DigestSettings, clock: Clock) -> None:
        self.store = store
        self.defaults = defaults
        self.clock = clock
        self._texts: dict[tuple[ItemKind, str, str, str, int], tuple[str, str | None] | None] = {}

    def digest(self, digest: Digest, prefs: ChatPrefs) -> str:
        """Return a digest as a chat with these settings reads it."""
        # A site time without zone was built without its source's: it is the bot's zone.
        return render_html(digest, language=prefs.language, timezone=prefs.timezone,
                           max_related=prefs.max_related, limit=MessageLimit.MAX_TEXT_LENGTH,
                           site_timezone=self.defaults.timezone)

    def digest_in(self, digest: Digest, language: str) -> str:
        """Return a digest with the config's settings, in a language (admins' previews)."""
        return self.digest(digest, chat_prefs(None, self.defaults, language))

    async def outgoing(self, delivery: Delivery) -> Outgoing | None:
        """Return what a delivery sends, or None when its digest or roundup is gone from the store."""
        prefs = chat_prefs(await self.store.chats.get(delivery.chat_id), self.defaults)
        key = (delivery.kind, delivery.key, prefs.language, prefs.timezone, prefs.max_related)
        if key not in self._texts:
            if len(self._texts) >= CACHE_SIZE:
                self._texts.clear()
            self._texts[key] = await self._text(delivery, prefs)
        found = self._texts[key]
        if found is None:
            return None
        text, story = found
        return Outgoing(text, silent=prefs.is_quiet(self.clock.moment()),  # quiet hours: no sound
                        preview_url=story if prefs.previews else None)

    async def _text(self, delivery: Delivery, prefs: ChatPrefs) -> tuple[str, str | None] | None:
        """Return a delivery's text and the story it previews (a roundup previews none)."""
        if delivery.kind is ItemKind.DIGEST:
            digest = await self.store.digests.get(delivery.key)
            return (self.digest(digest, prefs), digest.url) if digest is not None else None
        roundup = await self.store.outbox.roundup(delivery.key)
        if roundup is None:
            return None
        found = [await self.store.digests.get(key) for key in roundup.digest_keys]
        digests = [d for d in found if d is not None]
        if not digests:
            return None
        return render_roundup(digests, language=prefs.language, timezone=prefs.timezone,
                              when=roundup.slot, max_related=prefs.max_related,
                              limit=MessageLimit.MAX_TEXT_LENGTH,
                              site_timezone=self.defaults.timezone), None
