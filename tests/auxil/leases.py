"""Leases shared by several replicas in one test process: the `Leases` contract over one table.

The embedded store grants every lease (one process holds its file), so the rules of several
replicas are tested with this table, kept the way the PostgreSQL engine keeps its rows (name ->
holder, until, on the store's clock); tests against the real PostgreSQL engine check the same
rules with several applications on one database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.clock import Clock


@dataclass
class LeaseTable:
    """Who holds which lease until when: what the replicas' views read and write."""

    clock: Clock
    rows: dict[str, tuple[str, float]] = field(default_factory=dict)

    def replica(self, holder: str) -> SharedLeases:
        """Return one replica's view of the table (a `Leases`)."""
        return SharedLeases(self, holder)

    def holder_of(self, name: str) -> str | None:
        """Return who holds a lease now, or None when it is free or expired."""
        row = self.rows.get(name)
        return row[0] if row is not None and row[1] > self.clock.now() else None


class SharedLeases:
    """A replica's `Leases` over a shared table."""

    def __init__(self, table: LeaseTable, holder: str) -> None:
        self.table = table
        self.holder = holder

    async def acquire(self, name: str, seconds: float) -> bool:
        """Hold `name` for `seconds` if it is free, expired or ours; return whether we hold it."""
        owner = self.table.holder_of(name)
        if owner not in (None, self.holder):
            return False
        self.table.rows[name] = (self.holder, self.table.clock.now() + seconds)
        return True

    async def release(self, name: str) -> None:
        """Give `name` up if we hold it."""
        if self.table.holder_of(name) == self.holder:
            del self.table.rows[name]
