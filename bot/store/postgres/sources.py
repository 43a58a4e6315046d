"""What the store knows of each source: its poll state (`source_state`), the urls it was seen
listing (`seen`, a row per url, bounded per source), whether its first poll was recorded
(`primed`), and the admins' changes to the sources (`source_registry`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.clock import Clock
from bot.store.postgres.engine import PgEngine
from bot.store.rows import SourceRecord, SourceState
from bot.store.sources import DEFAULT_SEEN_LIMIT, record_from_row, record_to_row

_STATE_FIELDS = tuple(f.name for f in dataclasses.fields(SourceState) if f.name not in ("name", "primed"))
_RECORD_FIELDS = tuple(f.name for f in dataclasses.fields(SourceRecord))


class PgSources:
    """The `Sources` repository of the PostgreSQL store."""

    def __init__(self, engine: PgEngine, clock: Clock, seen_limit: int = DEFAULT_SEEN_LIMIT) -> None:
        self._engine = engine
        self._clock = clock
        self.seen_limit = seen_limit

    async def state(self, name: str) -> SourceState:
        """Return what is known of a source's polls (a fresh state for a new one)."""
        async with self._engine.session() as db:
            row = await db.fetchone(f"SELECT {', '.join(_STATE_FIELDS)} FROM source_state WHERE name = %s", (name,))
            primed = await db.value("SELECT EXISTS (SELECT 1 FROM primed WHERE source = %s)", (name,))
        fields = {k: v for k, v in zip(_STATE_FIELDS, row or ()) if v is not None}
        return SourceState(name=name, primed=bool(primed), **fields)

    async def save_state(self, state: SourceState) -> None:
        """Replace a source's poll state (`primed` is derived from its seen entries and ignored)."""
        names = ", ".join(_STATE_FIELDS)
        marks = ", ".join(["%s"] * len(_STATE_FIELDS))
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in _STATE_FIELDS)
        await self._engine.execute(
            f"INSERT INTO source_state (name, {names}) VALUES (%s, {marks}) ON CONFLICT (name) DO UPDATE SET {updates}",
            (state.name, *(getattr(state, k) for k in _STATE_FIELDS)))

    async def unseen(self, name: str, urls: Sequence[str]) -> list[str]:
        """Return the urls this source was never seen listing, in the order given."""
        rows = await self._engine.fetch("SELECT url FROM seen WHERE source = %s AND url = ANY(%s::text[])",
                                        (name, list(urls)))
        known = {row[0] for row in rows}
        return [u for u in urls if u not in known]

    async def mark_seen(self, name: str, urls: Sequence[str]) -> None:
        """Record urls as listed now (this primes the source); the newest are kept, within a bound.

        The pipeline passes every url its listing still shows, so a url's time is when it was
        last listed: pruning by age never forgets a story that is still on the page.
        """
        now = self._clock.now()
        async with self._engine.transaction() as tx:
            await tx.execute("INSERT INTO primed (source, since) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                             (name, now))
            if not urls:
                return
            await tx.execute(
                "INSERT INTO seen (source, url, listed) SELECT %s, u, %s FROM unnest(%s::text[]) AS u "
                "ON CONFLICT (source, url) DO UPDATE SET listed = EXCLUDED.listed",
                # Once each (ON CONFLICT updates a row once), sorted: two polls lock rows in one order.
                (name, now, sorted(set(urls))))
            await tx.execute(
                "DELETE FROM seen WHERE source = %s AND url IN (SELECT url FROM seen WHERE source = %s "
                "ORDER BY listed DESC, url OFFSET %s)", (name, name, self.seen_limit))

    async def records(self) -> dict[str, SourceRecord]:
        """Return the admins' record of each source they changed, by name."""
        rows = await self._engine.fetch(f"SELECT {', '.join(_RECORD_FIELDS)} FROM source_registry ORDER BY name")
        return {row[0]: record_from_row(dict(zip(_RECORD_FIELDS, row))) for row in rows}

    async def save_record(self, record: SourceRecord) -> None:
        """Replace the admins' record of a source."""
        row = record_to_row(record)
        names = ", ".join(_RECORD_FIELDS)
        marks = ", ".join(["%s"] * len(_RECORD_FIELDS))
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in _RECORD_FIELDS[1:])
        await self._engine.execute(
            f"INSERT INTO source_registry ({names}) VALUES ({marks}) ON CONFLICT (name) DO UPDATE SET {updates}",
            tuple(row[k] for k in _RECORD_FIELDS))

    async def forget(self, name: str) -> None:
        """Drop a source's seen entries and poll state, so that adding it again primes it afresh."""
        async with self._engine.transaction() as tx:
            await tx.execute("DELETE FROM seen WHERE source = %s", (name,))
            await tx.execute("DELETE FROM primed WHERE source = %s", (name,))
            await tx.execute("DELETE FROM source_state WHERE name = %s", (name,))
