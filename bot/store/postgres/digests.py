"""The digests made by polls, what deliveries render: the `digests` table, unique by key."""

from __future__ import annotations

import json
from collections.abc import Iterable

from bot.clock import Clock
from bot.models import Digest
from bot.store.digests import digest_from_row, digest_to_row
from bot.store.postgres.engine import PgEngine, Record

_FIELDS = ("key", "source", "source_title", "url", "title", "published", "lead", "related", "others", "variant")
_JSON = {"related", "others"}


class PgDigests:
    """The `Digests` repository of the PostgreSQL store."""

    def __init__(self, engine: PgEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def add(self, digest: Digest) -> bool:
        """Store a digest, committed on return; return False when one with its key is already there."""
        row = {"variant": "", **digest_to_row(digest)}
        marks = ", ".join("%s::jsonb" if k in _JSON else "%s" for k in _FIELDS)
        added = await self._engine.execute(
            f"INSERT INTO digests ({', '.join(_FIELDS)}, created) VALUES ({marks}, %s) ON CONFLICT (key) DO NOTHING",
            (*(json.dumps(row[k]) if k in _JSON else row[k] for k in _FIELDS), self._clock.now()))
        return added == 1

    async def get(self, key: str) -> Digest | None:
        """Return the digest with this key, or None."""
        row = await self._engine.fetchone(f"SELECT {', '.join(_FIELDS)} FROM digests WHERE key = %s", (key,))
        return digest_from_record(row) if row is not None else None

    async def newest(self, sources: Iterable[str]) -> Digest | None:
        """Return the newest digest among these sources, or None."""
        row = await self._engine.fetchone(
            f"SELECT {', '.join(_FIELDS)} FROM digests WHERE source = ANY(%s::text[]) "
            "ORDER BY created DESC, id DESC LIMIT 1", (list(sources),))
        return digest_from_record(row) if row is not None else None

    async def count_since(self, since: float) -> int:
        """Return how many digests were made since a time."""
        return int(await self._engine.value("SELECT count(*) FROM digests WHERE created >= %s", (since,)))


def digest_from_record(row: Record) -> Digest:
    """Return the Digest a row of the digests table holds (its columns in _FIELDS' order)."""
    return digest_from_row(dict(zip(_FIELDS, row)))
