"""The sources the bot follows: the config's initial set, then what admins changed from the chat.

The store keeps one record per source an admin touched: an added source's fields, or a config
source's overrides (paused, interval), or "removed". So the chat's changes survive a restart,
and a config source an admin removed stays removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.models import Digest, Source, SourceKind
from bot.store import SourceState, Store

MIN_INTERVAL = 60  # seconds: the shortest poll interval an admin may set from the chat
MAX_INTERVAL = 86400
BACKOFF_CAP = 6 * 3600.0  # seconds: a failing source is still tried at least this often


@dataclass(frozen=True)
class Probe:
    """What a URL serves, read as a source listing (bot.probe makes it)."""

    url: str
    kind: SourceKind
    title: str
    entries: int
    digest: Digest | None = None


class ProbeError(Exception):
    """A URL that cannot be a source; `reason` is "fetch", "listing" or "empty", str() the details."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def is_http_url(url: str) -> bool:
    """Return whether a URL is absolute http(s), the only kind the bot fetches."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def retry_at(state: SourceState, interval: int) -> float | None:
    """Return when a failing source may be polled again (None: it is not failing).

    The wait doubles with each failure in a row, from one interval, capped at BACKOFF_CAP.
    """
    if state.failures < 1 or state.last_failure is None:
        return None
    wait = min(interval * 2.0 ** min(state.failures - 1, 30), BACKOFF_CAP)
    return state.last_failure + max(wait, interval)


class SourceRegistry:
    """The active sources (name -> Source, paused ones included) and the admins' changes to them."""

    def __init__(self, configured: Iterable[Source], store: Store) -> None:
        self.store = store
        self.configured = {s.name: s for s in configured}
        self.active: dict[str, Source] = {}  # the very dict Services.sources is: mutated in place
        self._paused: set[str] = set()
        # Called with a source's name after each change, to (re)schedule or drop its poll job.
        self.on_change: Callable[[str], None] = lambda name: None
        self._load()

    def _load(self) -> None:
        records = self.store.source_records()
        for name, source in self.configured.items():
            record = records.get(name, {})
            if not record.get("removed") and "url" not in record:
                self.active[name] = _with_overrides(source, record)
                if record.get("paused"):
                    self._paused.add(name)
        for name, record in records.items():
            if record.get("removed") or "url" not in record:
                continue
            self.active[name] = Source(
                name=name, url=record["url"], title=record.get("title", ""),
                kind=SourceKind(record.get("kind", "auto")),
                interval=int(record.get("interval", 600)),
            )
            if record.get("paused"):
                self._paused.add(name)

    def is_paused(self, name: str) -> bool:
        """Return whether a source is paused (kept, not polled)."""
        return name in self._paused

    def is_configured(self, name: str) -> bool:
        """Return whether a source comes from the config file (rather than /addsource)."""
        record = self.store.source_records().get(name, {})
        return name in self.configured and "url" not in record

    def named_by_url(self, url: str) -> str | None:
        """Return the name of the active source at this URL, or None."""
        wanted = url.rstrip("/")
        return next((s.name for s in self.active.values() if s.url.rstrip("/") == wanted), None)

    def add(self, source: Source) -> None:
        """Follow a new source from now on; ValueError if its name is taken."""
        if source.name in self.active:
            raise ValueError(f"a source named {source.name!r} exists already")
        self.store.forget_source(source.name)  # a name used before starts afresh: primed, no flood
        self.store.put_source_record(source.name, {
            "url": source.url, "title": source.title, "kind": source.kind.value,
            "interval": source.interval, "added": self.store.clock(),
        })
        self.active[source.name] = source
        self._paused.discard(source.name)
        self.on_change(source.name)

    def remove(self, name: str) -> list[int]:
        """Stop following a source and drop its subscriptions; return the chats that lose it."""
        self.active.pop(name)
        self._paused.discard(name)
        self.store.put_source_record(name, {"removed": True})
        self.store.forget_source(name)
        chats = self.store.remove_subscriptions(name)
        self.on_change(name)
        return chats

    def set_paused(self, name: str, paused: bool) -> bool:
        """Pause or resume a source; return False when it already was so."""
        if paused == (name in self._paused):
            return False
        if paused:
            self._paused.add(name)
        else:
            self._paused.discard(name)
        self._update(name, paused=paused)
        self.on_change(name)
        return True

    def set_interval(self, name: str, seconds: int) -> Source:
        """Change how often a source is polled; return the source as it is now."""
        source = dataclasses.replace(self.active[name], interval=seconds)
        self.active[name] = source
        self._update(name, interval=seconds)
        self.on_change(name)
        return source

    def _update(self, name: str, **fields: Any) -> None:
        record = self.store.source_records().get(name, {})
        self.store.put_source_record(name, {**record, **fields})


def _with_overrides(source: Source, record: dict[str, Any]) -> Source:
    if "interval" in record:
        return dataclasses.replace(source, interval=int(record["interval"]))
    return source
