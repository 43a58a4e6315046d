"""Helpers for the store's tests: a digest to queue, and a store opened on a manual clock, on either engine.

A store's place is a TinyDB file (a Path) or a PostgreSQL database (its URL): the `database`
fixture (tests/conftest.py) gives one of each, so a test written once runs on both engines.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.models import Digest, Headline
from bot.store import SourceState, Store, TinyDBStore, open_store

DIGEST = Digest(source="s", source_title="S", url="http://n.test/1", title="T",
                related=(Headline("R", "http://n.test/r"),))

Place = Path | str  # a TinyDB file, or a PostgreSQL URL


def open_at(place: Place, clock: ManualClock | None = None, **options: float) -> Store:
    """Return the store at this place, on `clock` (a running ManualClock by default)."""
    return open_store(place, clock=clock or ManualClock(), **options)  # type: ignore[arg-type]


@asynccontextmanager
async def opened(place: Place, clock: ManualClock | None = None, **options: float) -> AsyncIterator[Store]:
    """Yield the store at this place, closed when the block ends."""
    store = open_at(place, clock, **options)
    try:
        yield store
    finally:
        await store.close()


async def crash(store: Store) -> None:
    """End the store as a killed process would: TinyDB writes nothing more; PostgreSQL had committed everything."""
    if isinstance(store, TinyDBStore):
        store.abandon()
    else:
        await store.close()


def is_tinydb(place: Place) -> bool:
    """Return whether a place is a TinyDB file."""
    return isinstance(place, Path)


def count_state_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list that store.sources.state, answering as before, adds each asked source's name to."""
    reads: list[str] = []
    read = store.sources.state

    async def counted(name: str) -> SourceState:
        reads.append(name)
        return await read(name)

    monkeypatch.setattr(store.sources, "state", counted)
    return reads
