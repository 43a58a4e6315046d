"""Leases of the embedded store: one process holds the database, so every lease is its own."""

from __future__ import annotations

import os
import secrets
import socket

from bot.clock import Clock


def replica_name() -> str:
    """Return a name for this process among replicas: host, pid and a random part (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class LocalLeases:
    """`Leases` for a store only this process opens: acquiring always succeeds, expiries are kept for reports."""

    def __init__(self, clock: Clock, holder: str | None = None) -> None:
        self.clock = clock
        self.holder = holder or replica_name()
        self._until: dict[str, float] = {}

    async def acquire(self, name: str, seconds: float) -> bool:
        """Hold `name` for `seconds` from now; always True (no other replica shares this store)."""
        self._until[name] = self.clock.now() + seconds
        return True

    async def release(self, name: str) -> None:
        """Forget `name`."""
        self._until.pop(name, None)
