"""Leases on PostgreSQL: who does a shared job among replicas, a row (name, holder, until) per job.

Taken with one statement: the row is written when the lease is free, expired, or already ours,
and the answer says whether it is ours now. Expiries are on the store's clock, so that every
replica (and a test's ManualClock) judges them alike; a dead replica's lease is free once its
time is up.
"""

from __future__ import annotations

from bot.clock import Clock
from bot.store.leases import replica_name
from bot.store.postgres.engine import PgEngine


class PgLeases:
    """`Leases` in the database all replicas share."""

    def __init__(self, engine: PgEngine, clock: Clock, holder: str | None = None) -> None:
        self._engine = engine
        self.clock = clock
        self.holder = holder or replica_name()

    async def acquire(self, name: str, seconds: float) -> bool:
        """Hold `name` for `seconds` from now if it is free, expired or already ours; return whether we hold it."""
        now = self.clock.now()
        row = await self._engine.fetchone(
            "INSERT INTO leases (name, holder, until) VALUES (%s, %s, %s) ON CONFLICT (name) DO UPDATE "
            "SET holder = EXCLUDED.holder, until = EXCLUDED.until "
            "WHERE leases.until <= %s OR leases.holder = EXCLUDED.holder RETURNING holder",
            (name, self.holder, now + seconds, now))
        return row is not None

    async def release(self, name: str) -> None:
        """Give `name` up if we hold it, so that another replica may take it at once."""
        await self._engine.execute("DELETE FROM leases WHERE name = %s AND holder = %s", (name, self.holder))
