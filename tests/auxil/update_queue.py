"""The updates waiting for a bot, handed out by getUpdates the way Telegram does (offsets, long polls, 409s)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections import deque
from typing import Any

from tests.auxil.bot_api_wire import ApiError


def _update_type(update: dict[str, Any]) -> str:
    """Return the kind of an update ("message", "callback_query", ...)."""
    return next(key for key in update if key != "update_id")


class UpdateQueue:
    """Updates in arrival order; getUpdates confirms them by offset, as on Telegram."""

    def __init__(self) -> None:
        self._updates: deque[dict[str, Any]] = deque()
        self._ids = itertools.count(1)
        self._arrived = asyncio.Event()
        self._generation = 0
        self._allowed: set[str] | None = None
        self._webhook_url = ""
        self._closing = False

    @property
    def pending(self) -> list[dict[str, Any]]:
        """Return the updates not yet confirmed by an offset."""
        return list(self._updates)

    def push(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update and return its update_id."""
        update_id = next(self._ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._wake()
        return update_id

    def close(self) -> None:
        """End every pending long poll now (the server is stopping)."""
        self._closing = True
        self._wake()

    def set_webhook(self, url: str) -> None:
        """Remember a webhook: getUpdates answers 409 while one is set."""
        self._webhook_url = url

    def delete_webhook(self, *, drop_pending: bool) -> None:
        """Forget the webhook and, if asked, the pending updates."""
        self._webhook_url = ""
        if drop_pending:
            self._updates.clear()

    def _wake(self) -> None:
        """Wake every waiting poll (new update, newer poll, or shutdown)."""
        self._arrived.set()
        self._arrived = asyncio.Event()

    async def get(
        self, *, offset: int, limit: int, timeout: float, allowed: list[str] | None
    ) -> list[dict[str, Any]]:
        """Return up to ``limit`` updates from ``offset``, waiting up to ``timeout`` s for one; 409 as Telegram."""
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        if allowed is not None:
            # Telegram remembers the last list; an empty list means "all but the opt-in ones".
            self._allowed = set(allowed) or None
        # An offset confirms (drops) earlier updates; a negative one keeps only the last -offset.
        if offset > 0:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        elif offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()

        # A newer getUpdates ends this one with 409, as on Telegram.
        self._generation += 1
        generation = self._generation
        self._wake()
        deadline = time.monotonic() + timeout
        while True:
            batch = [
                update
                for update in self._updates
                if update["update_id"] >= offset
                and (self._allowed is None or _update_type(update) in self._allowed)
            ][:limit]
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self._closing:
                return batch
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), remaining)
            if generation != self._generation and not self._closing:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
