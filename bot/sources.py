"""The sources the bot follows: the config's initial set, then what admins changed from the chat.

The store keeps one record per source an admin touched: an added source's fields, or a config
source's overrides (paused, interval), or "removed". So the chat's changes survive a restart,
and a config source an admin removed stays removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from bot.models import DEFAULT_INTERVAL, Source
from bot.store import SourceRecord, Store

MIN_INTERVAL = 60  # seconds: the shortest poll interval an admin may set from the chat
MAX_INTERVAL = 86400


class SourceCatalog:
    """The active sources (name -> Source, paused ones included) and the admins' changes to them."""

    def __init__(self, configured: Iterable[Source], store: Store) -> None:
        self.store = store
        self.configured = {s.name: s for s in configured}
        self.active: dict[str, Source] = {}
        self._paused: set[str] = set()
        self._records: dict[str, SourceRecord] = {}
        # Called with a source's name after each change, to (re)schedule or drop its poll job.
        self.on_change: Callable[[str], None] = lambda name: None

    async def reload(self) -> list[str]:
        """Read the admins' changes again (another replica may have made some); return the names that changed, sorted.

        `on_change` is called for each, so that its poll job follows.
        """
        before = {name: (source, name in self._paused) for name, source in self.active.items()}
        await self.load()
        after = {name: (source, name in self._paused) for name, source in self.active.items()}
        changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
        for name in changed:
            self.on_change(name)
        return changed

    async def load(self) -> None:
        """Read the admins' changes from the store: the config's sources as the chat left them."""
        self._records = await self.store.sources.records()
        self.active.clear()
        self._paused.clear()
        for name, source in self.configured.items():
            record = self._records.get(name)
            if record is None:
                self.active[name] = source
            elif not record.removed and record.url is None:
                interval = record.interval or source.interval
                self.active[name] = dataclasses.replace(source, interval=interval)
        for name, record in self._records.items():
            if record.removed or record.url is None:
                continue
            self.active[name] = Source(name=name, url=record.url, title=record.title,
                                       kind=record.kind, interval=record.interval or DEFAULT_INTERVAL)
        self._paused = {name for name, r in self._records.items() if r.paused and name in self.active}

    def __contains__(self, name: object) -> bool:
        return name in self.active

    def get(self, name: str) -> Source | None:
        """Return the active source with this name, or None."""
        return self.active.get(name)

    def names(self) -> list[str]:
        """Return the active sources' names, sorted."""
        return sorted(self.active)

    def is_paused(self, name: str) -> bool:
        """Return whether a source is paused (kept, not polled)."""
        return name in self._paused

    def is_configured(self, name: str) -> bool:
        """Return whether a source comes from the config file (rather than /addsource)."""
        record = self._records.get(name)
        return name in self.configured and (record is None or record.url is None)

    def named_by_url(self, url: str) -> str | None:
        """Return the name of the active source at this URL, or None."""
        wanted = url.rstrip("/")
        return next((s.name for s in self.active.values() if s.url.rstrip("/") == wanted), None)

    async def add(self, source: Source, *, at: float) -> None:
        """Follow a new source from now on; ValueError if its name is taken."""
        if source.name in self.active:
            raise ValueError(f"a source named {source.name!r} exists already")
        await self.store.sources.forget(source.name)  # a name used before starts afresh: no flood
        await self._save(SourceRecord(name=source.name, url=source.url, title=source.title,
                                      kind=source.kind, interval=source.interval, added=at))
        self.active[source.name] = source
        self._paused.discard(source.name)
        self.on_change(source.name)

    async def remove(self, name: str) -> list[int]:
        """Stop following a source and drop its subscriptions; return the chats that lose it."""
        self.active.pop(name)
        self._paused.discard(name)
        await self._save(SourceRecord(name=name, removed=True))
        await self.store.sources.forget(name)
        chats = await self.store.subscriptions.remove_source(name)
        self.on_change(name)
        return chats

    async def set_paused(self, name: str, paused: bool) -> bool:
        """Pause or resume a source; return False when it already was so."""
        if paused == (name in self._paused):
            return False
        if paused:
            self._paused.add(name)
        else:
            self._paused.discard(name)
        await self._save(dataclasses.replace(await self._record(name), paused=paused))
        self.on_change(name)
        return True

    async def set_interval(self, name: str, seconds: int) -> Source:
        """Change how often a source is polled; return the source as it is now."""
        source = dataclasses.replace(self.active[name], interval=seconds)
        self.active[name] = source
        await self._save(dataclasses.replace(await self._record(name), interval=seconds))
        self.on_change(name)
        return source

    async def _record(self, name: str) -> SourceRecord:
        # Read from the store, not from memory: another replica may have changed it since.
        return (await self.store.sources.records()).get(name) or SourceRecord(name=name)

    async def _save(self, record: SourceRecord) -> None:
        self._records[record.name] = record
        await self.store.sources.save_record(record)
