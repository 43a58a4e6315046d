"""Helpers for the store's tests: a digest to queue, and a store opened on a manual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.clock import ManualClock
from bot.models import Digest, Headline
from bot.store import TinyDBStore

DIGEST = Digest(source="s", source_title="S", url="http://n.test/1", title="T",
                related=(Headline("R", "http://n.test/r"),))


def open_at(path: Path, clock: ManualClock | None = None, **options: float) -> TinyDBStore:
    """Return the TinyDB store of this file, on `clock` (a running ManualClock by default)."""
    return TinyDBStore(path, clock=clock or ManualClock(), **options)  # type: ignore[arg-type]


@asynccontextmanager
async def opened(path: Path, clock: ManualClock | None = None, **options: float) -> AsyncIterator[TinyDBStore]:
    """Yield the TinyDB store of this file, closed when the block ends."""
    store = open_at(path, clock, **options)
    try:
        yield store
    finally:
        await store.close()
