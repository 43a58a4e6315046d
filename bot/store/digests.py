"""The digests made by polls, what deliveries render: the engine's `digests` table, indexed by key."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from bot.clock import Clock
from bot.models import Digest, Headline
from bot.store.engine import Engine, Row

TABLE = "digests"


class DigestRepository:
    """The `Digests` repository of the TinyDB store."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock
        self._index: dict[str, str] = {}  # key -> doc_id
        self._index_version = -1

    def _doc_id(self, key: str) -> str | None:
        """Return the doc_id of a digest's row, or None (in constant time: each send renders one)."""
        version = self._engine.version(TABLE)
        if version != self._index_version:
            self._index = {row["key"]: doc_id for doc_id, row in self._engine.rows(TABLE).items()}
            self._index_version = version
        return self._index.get(key)

    async def add(self, digest: Digest) -> bool:
        """Store a digest; return False when one with its key is already there."""
        if self._doc_id(digest.key) is not None:
            return False
        # Durable at once (a journal line): the deliveries queued next render it after a crash too.
        self._engine.insert_durably(TABLE, [{**digest_to_row(digest), "created": self._clock.now()}])
        return True

    async def get(self, key: str) -> Digest | None:
        """Return the digest with this key, or None."""
        doc_id = self._doc_id(key)
        return digest_from_row(self._engine.rows(TABLE)[doc_id]) if doc_id is not None else None

    async def newest(self, sources: Iterable[str]) -> Digest | None:
        """Return the newest digest among these sources, or None."""
        wanted = set(sources)
        found = [(row["created"], int(i), row) for i, row in self._engine.rows(TABLE).items()
                 if row["source"] in wanted]
        if not found:
            return None
        return digest_from_row(max(found, key=lambda t: (t[0], t[1]))[2])

    async def count_since(self, since: float) -> int:
        """Return how many digests were made since a time."""
        return sum(1 for row in self._engine.rows(TABLE).values() if row["created"] >= since)

    def prune(self, cutoff: float, referenced: Collection[str]) -> int:
        """Drop digests made before a time, except each source's newest and those referenced; return how many."""
        rows = self._engine.rows(TABLE)
        # Keep each source's newest digest whatever its age: /latest shows it.
        newest: dict[str, tuple[float, int]] = {}
        for doc_id, row in rows.items():
            mark = (row["created"], int(doc_id))
            if row["source"] not in newest or mark > newest[row["source"]]:
                newest[row["source"]] = mark
        keep = {doc_id for _, doc_id in newest.values()}
        drop = [
            int(doc_id) for doc_id, row in rows.items()
            if row["created"] < cutoff and row["key"] not in referenced and int(doc_id) not in keep
        ]
        self._engine.remove(TABLE, drop)
        return len(drop)


def digest_to_row(digest: Digest) -> dict[str, Any]:
    """Return a digest as a row (its time as ISO text, its headlines as [title, url] pairs)."""
    return {
        "key": digest.key,
        "source": digest.source,
        "source_title": digest.source_title,
        "url": digest.url,
        "title": digest.title,
        "published": digest.published.isoformat() if digest.published else None,
        "lead": digest.lead,
        "related": [[h.title, h.url] for h in digest.related],
        "others": [[h.title, h.url] for h in digest.others],
        **({"variant": digest.variant} if digest.variant else {}),
    }


def digest_from_row(row: Row) -> Digest:
    """Return the Digest a row holds."""
    published = row.get("published")
    return Digest(
        source=row["source"],
        source_title=row["source_title"],
        url=row["url"],
        title=row["title"],
        published=datetime.fromisoformat(published) if published else None,
        lead=row.get("lead", ""),
        related=tuple(Headline(t, u) for t, u in row.get("related", [])),
        others=tuple(Headline(t, u) for t, u in row.get("others", [])),
        variant=row.get("variant", ""),
    )
