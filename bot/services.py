"""The services that handlers and jobs share, made once by build_application."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.config import Settings
from bot.news.fetch import Fetcher
from bot.poller import Poller
from bot.prefs import ChatPrefs, chat_prefs
from bot.probe import Prober
from bot.replicas import Replica
from bot.sources import SourceCatalog
from bot.store import Store

if TYPE_CHECKING:  # the chat layer and the jobs read Services: imported for types only
    from bot.chat.delivery import Deliverer
    from bot.chat.render import Renderer
    from bot.jobs import Scheduler


@dataclass(frozen=True)
class Services:
    """What a handler or a job needs, each made once at start-up."""

    settings: Settings
    clock: Clock
    store: Store
    catalog: SourceCatalog  # the config's sources with the admins' changes from the chat
    fetcher: Fetcher
    poller: Poller
    prober: Prober
    renderer: Renderer
    deliverer: Deliverer
    scheduler: Scheduler
    replica: Replica  # this replica's leases among those sharing the store

    async def prefs_for(self, chat_id: int, user_language: str | None = None) -> ChatPrefs:
        """Return a chat's reader settings, the config's defaults where it chose nothing."""
        return chat_prefs(await self.store.chats.get(chat_id), self.settings.digest, user_language)
