"""The bot's clock: one object handed to whoever needs the time, so tests can move it."""

from __future__ import annotations

import time
from datetime import datetime, timezone


class Clock:
    """Wall-clock time in seconds since the epoch, as the store, the poller and the jobs read it."""

    def now(self) -> float:
        """Return the current time as a UNIX timestamp."""
        return time.time()

    def moment(self) -> datetime:
        """Return the current time as an aware UTC datetime."""
        return datetime.fromtimestamp(self.now(), timezone.utc)


class ManualClock(Clock):
    """A clock that follows real time until set, then stands still where a test puts it."""

    def __init__(self, start: float | None = None) -> None:
        self._fixed = start

    def now(self) -> float:
        """Return the time a test set, else the real time."""
        return time.time() if self._fixed is None else self._fixed

    def set(self, moment: float) -> None:
        """Stop the clock at a UNIX timestamp."""
        self._fixed = moment

    def advance(self, seconds: float) -> None:
        """Move the clock forward (stopping it if it was running)."""
        self._fixed = self.now() + seconds
