"""What the store knows of each source: its poll state (`source_state`), the entries it was seen
listing (`seen`, one row per source), and the admins' changes to the sources (`source_registry`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from bot.clock import Clock
from bot.models import SourceKind
from bot.store.engine import Engine, Row
from bot.store.rows import SourceRecord, SourceState

STATE = "source_state"
SEEN = "seen"
RECORDS = "source_registry"
DEFAULT_SEEN_LIMIT = 2000  # per source: enough to cover any front page or feed many times over

_STATE_FIELDS = tuple(f.name for f in dataclasses.fields(SourceState) if f.name not in ("name", "primed"))


class ByName:
    """Where each source's row is in a table of one row per source, checked at every use.

    Rows are added and removed through this repository only once the store is open, so the
    index follows them; a row count that differs from the index's, or an entry that no longer
    names its row, rebuilds it (a scan) rather than answering wrong.
    """

    def __init__(self, engine: Engine, table: str, field: str) -> None:
        self._engine = engine
        self._table = table
        self._field = field
        self._ids: dict[str, str] = {}  # source name -> doc id (the engine's keys are strings)

    def find(self, name: str) -> tuple[int, Row] | None:
        """Return (doc_id, row) of a source's row, or None when it has none."""
        rows = self._engine.rows(self._table)
        if len(rows) != len(self._ids):
            self._rebuild(rows)
        doc_id = self._ids.get(name)
        row = rows.get(doc_id) if doc_id is not None else None
        if doc_id is not None and (row is None or row.get(self._field) != name):
            self._rebuild(rows)
            doc_id = self._ids.get(name)
            row = rows.get(doc_id) if doc_id is not None else None
        return (int(doc_id), row) if doc_id is not None and row is not None else None

    def _rebuild(self, rows: dict[str, Row]) -> None:
        ids: dict[str, str] = {}
        for doc_id, row in rows.items():
            key = row.get(self._field)
            if isinstance(key, str):
                ids.setdefault(key, doc_id)  # the first, as a scan would find it
        self._ids = ids


class SourceRepository:
    """The `Sources` repository of the TinyDB store."""

    def __init__(self, engine: Engine, clock: Clock, seen_limit: int = DEFAULT_SEEN_LIMIT) -> None:
        self._engine = engine
        self._clock = clock
        self.seen_limit = seen_limit
        # Each poll reads its source's rows several times: by an index, not a scan of every source.
        self._by_name = {STATE: ByName(engine, STATE, "name"), SEEN: ByName(engine, SEEN, "source")}

    def _find(self, table: str, field: str, name: str) -> tuple[int, Row] | None:
        """Return (doc_id, row) of a source's row in a table of one row per source, or None."""
        return self._by_name[table].find(name)

    async def state(self, name: str) -> SourceState:
        """Return what is known of a source's polls (a fresh state for a new one)."""
        found = self._find(STATE, "name", name)
        row = found[1] if found else {}
        fields = {k: row[k] for k in _STATE_FIELDS if row.get(k) is not None}
        return SourceState(name=name, primed=self._find(SEEN, "source", name) is not None, **fields)

    async def save_state(self, state: SourceState) -> None:
        """Replace a source's poll state (`primed` is derived from its seen entries and ignored)."""
        fields = {k: getattr(state, k) for k in _STATE_FIELDS}
        found = self._find(STATE, "name", state.name)
        if found is None:
            self._engine.insert(STATE, {"name": state.name, **fields})
        elif any(found[1].get(k) != v for k, v in fields.items()):
            self._engine.update(STATE, [found[0]], fields)

    async def unseen(self, name: str, urls: Sequence[str]) -> list[str]:
        """Return the urls this source was never seen listing, in the order given."""
        found = self._find(SEEN, "source", name)
        known = found[1]["urls"] if found else {}
        return [u for u in urls if u not in known]

    async def mark_seen(self, name: str, urls: Sequence[str]) -> None:
        """Record urls as listed now (this primes the source); the newest are kept, within a bound.

        The pipeline passes every url its listing still shows, so a url's time is when it was
        last listed: pruning by age never forgets a story that is still on the page.
        """
        now = self._clock.now()
        found = self._find(SEEN, "source", name)
        # A new dict, never the stored one changed in place: a write may be serializing it.
        known: dict[str, float] = dict(found[1]["urls"]) if found else {}
        for url in urls:
            known[url] = now
        if len(known) > self.seen_limit:
            known = dict(sorted(known.items(), key=lambda kv: kv[1], reverse=True)[: self.seen_limit])
        if found is None:
            self._engine.insert(SEEN, {"source": name, "urls": known})
        elif known != found[1]["urls"]:
            self._engine.update(SEEN, [found[0]], {"urls": known})

    async def records(self) -> dict[str, SourceRecord]:
        """Return the admins' record of each source they changed, by name."""
        return {row["name"]: record_from_row(row) for row in self._engine.rows(RECORDS).values()}

    async def save_record(self, record: SourceRecord) -> None:
        """Replace the admins' record of a source."""
        found = [int(i) for i, row in self._engine.rows(RECORDS).items() if row.get("name") == record.name]
        self._engine.remove(RECORDS, found)
        self._engine.insert(RECORDS, record_to_row(record))

    async def forget(self, name: str) -> None:
        """Drop a source's seen entries and poll state, so that adding it again primes it afresh."""
        for table, field in ((SEEN, "source"), (STATE, "name")):
            found = [int(i) for i, row in self._engine.rows(table).items() if row.get(field) == name]
            self._engine.remove(table, found)

    def forget_seen_before(self, cutoff: float) -> int:
        """Drop seen urls last listed before a time; return how many went."""
        forgotten = 0
        for doc_id, row in list(self._engine.rows(SEEN).items()):
            urls = {u: t for u, t in row["urls"].items() if t >= cutoff}
            if len(urls) < len(row["urls"]):
                forgotten += len(row["urls"]) - len(urls)
                self._engine.update(SEEN, [int(doc_id)], {"urls": urls})
        return forgotten


def record_to_row(record: SourceRecord) -> dict[str, Any]:
    """Return an admin's source record as a row."""
    return {**dataclasses.asdict(record), "kind": record.kind.value}


def record_from_row(row: Row) -> SourceRecord:
    """Return the SourceRecord a row holds (schema-1 rows hold only the fields that were set)."""
    interval = row.get("interval")
    added = row.get("added")
    try:
        kind = SourceKind(row.get("kind") or SourceKind.AUTO.value)
    except ValueError:
        kind = SourceKind.AUTO
    return SourceRecord(
        name=row["name"],
        url=row.get("url"),
        title=row.get("title") or "",
        kind=kind,
        interval=int(interval) if interval is not None else None,
        paused=bool(row.get("paused", False)),
        removed=bool(row.get("removed", False)),
        added=float(added) if added is not None else None,
    )
