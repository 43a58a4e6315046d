"""Several replicas of the bot on one store: which replica does which shared job, by leases.

Every replica runs every job; a job whose work must be done once asks the store for a lease
first (`Store.leases`: held until it expires, renewed by acquiring it again):

- `poll:<source>`: a scheduled poll takes it for POLL_SHARE of the source's interval and keeps
  it (not released after the poll), so no replica polls that source again within the interval;
  the replica whose tick comes first after it expires polls next (bot/poller.py).
- `sender`: one replica sends the outbox (SENDER_SECONDS, renewed every SENDER_RENEW_EVERY).
  Telegram's limit is per bot: one sender keeps the pace's bucket and per-chat spacing exact
  without a round trip to the store per message, and 30 messages/s is far within one process.
- `roundups`, `maintenance`: the digest-time check and the prune run where the lease is held.
- `updates`: in long-polling mode, one replica calls getUpdates (Telegram answers a second
  poller with 409 Conflict); webhook mode needs none (any replica handles any update).

With the embedded store one process holds the database and every lease is its own: the bot
behaves exactly as a single process. Leases held at a clean stop are released (the polls' too:
a replica restarted under a new name polls at once, as a single process did) so that another
replica takes over at once; after a crash they expire.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from bot.clock import Clock
from bot.store import Leases

log = logging.getLogger(__name__)

POLL_SHARE = 0.9  # of a source's interval: its poll lease; the next tick after it may poll again
SENDER_SECONDS = 6.0  # the sender's lease: after a crash another replica sends within this + renew
SENDER_RENEW_EVERY = 2.0
SENDER_MARGIN = 2.0  # a send starts only while the lease has this long to run (a send takes < 1 s)
UPDATES_SECONDS = 30.0  # long polling: getUpdates waits up to 10 s, a takeover within 40 s is enough
UPDATES_RENEW_EVERY = 10.0
ROUNDUPS_SECONDS = 90.0  # the digest-time check runs each minute: its holder renews it each time
MAINTENANCE_SECONDS = 900.0  # the prune runs every 600 s: its holder renews it each time
SOURCES_REREAD_EVERY = 30.0  # seconds: an admin's change on another replica reaches this one


def poll_lease(name: str) -> str:
    """Return the name of a source's poll lease."""
    return f"poll:{name}"


class HeldLease:
    """A lease this replica keeps: whether it holds it now, by the store's clock, and its renewal."""

    def __init__(self, leases: Leases, clock: Clock, name: str, seconds: float) -> None:
        self.leases = leases
        self.clock = clock
        self.name = name
        self.seconds = seconds
        self._until = 0.0  # on the store's clock: the lease is ours until then (0: not ours)

    def valid(self, margin: float = 0.0) -> bool:
        """Return whether the lease is ours for at least `margin` seconds more (no round trip)."""
        return self.clock.now() < self._until - margin

    async def renew(self) -> bool:
        """Take or renew the lease in the store; return whether this replica holds it now.

        A store that does not answer counts as a lease lost: acting as holder without knowing
        could make two senders (or two getUpdates pollers).
        """
        was = self.valid()
        # Read before asking: the store's expiry is at least this late, so ours is never later.
        started = self.clock.now()
        try:
            held = await self.leases.acquire(self.name, self.seconds)
        except Exception as exc:  # whatever the engine raises: the lease cannot be confirmed
            log.warning("lease %s: cannot be renewed (%s: %s); acting as if another replica held it",
                        self.name, type(exc).__name__, exc)
            held = False
        self._until = started + self.seconds if held else 0.0
        if held != was:
            log.info("lease %s: %s", self.name, "taken by this replica" if held else "held by another replica")
        return held

    async def keep(self, margin: float = 0.0) -> bool:
        """Return whether the lease is ours for `margin` seconds more, renewing it first when not sure."""
        return self.valid(margin) or await self.renew()

    async def release(self) -> None:
        """Stop acting as holder at once, then give the lease up in the store if it was ours."""
        was = self.valid()
        self._until = 0.0
        if was:
            await self.leases.release(self.name)


class Replica:
    """This replica's standing leases: the sender's and the updates poller's."""

    def __init__(self, leases: Leases, clock: Clock) -> None:
        self.leases = leases
        self.clock = clock
        self.sender = HeldLease(leases, clock, "sender", SENDER_SECONDS)
        self.updates = HeldLease(leases, clock, "updates", UPDATES_SECONDS)
        self._taken: set[str] = set()  # the jobs' leases taken by `once`: given up at a clean stop

    @property
    def name(self) -> str:
        """Return this replica's name among those sharing the store."""
        return self.leases.holder

    async def may_send(self) -> bool:
        """Return whether this replica may start a send now: the sender's lease, with a margin."""
        return await self.sender.keep(SENDER_MARGIN)

    async def once(self, name: str, seconds: float) -> bool:
        """Return whether this replica holds the lease of a job done by one replica at a time (a poll, the prune)."""
        held = await self.leases.acquire(name, seconds)
        if held:
            self._taken.add(name)
        else:
            self._taken.discard(name)
        return held

    async def release(self) -> None:
        """Give up every lease this replica took (a clean stop: another replica, or this one restarted, takes over at once).

        A store that does not answer leaves them to expire; the stop goes on.
        """
        for lease in (self.sender, self.updates):
            await _quietly(lease.name, lease.release())
        for name in sorted(self._taken):
            await _quietly(name, self.leases.release(name))
        self._taken.clear()


async def _quietly(name: str, release: Awaitable[None]) -> None:
    """Await a lease's release; a failure is logged, the lease expires by itself."""
    try:
        await release
    except Exception as exc:  # whatever the engine raises: the lease runs out at its term
        log.warning("lease %s: not released (%s: %s); it expires by itself", name, type(exc).__name__, exc)
