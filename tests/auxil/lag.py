"""The event loop's lag while something runs: what a chat waiting for an answer would notice."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def with_max_lag(awaitable: Awaitable[T]) -> tuple[T | BaseException, float]:
    """Return what an awaitable gave (or raised) and the event loop's longest lag meanwhile, in seconds."""
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            started = loop.time()
            await asyncio.sleep(0.01)
            lags.append(loop.time() - started - 0.01)

    ticking = asyncio.create_task(ticker())
    try:
        result: T | BaseException = await awaitable
    except Exception as exc:  # noqa: BLE001 - the caller looks at it
        result = exc
    done.set()
    await ticking
    return result, max(lags, default=0.0)
