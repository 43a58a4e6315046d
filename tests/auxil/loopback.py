"""An aiohttp server on 127.0.0.1 with a free port: what the fake Bot API and news site share."""

from __future__ import annotations

from typing import Self

from aiohttp import web


class LoopbackServer:
    """Serves `make_app()` on 127.0.0.1; start/stop or `async with`."""

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def make_app(self) -> web.Application:
        """Return the aiohttp application to serve."""
        raise NotImplementedError

    def before_stop(self) -> None:
        """Wake whatever waits (long polls, slow answers) so that stopping is quick."""

    async def start(self) -> None:
        """Bind 127.0.0.1 on a free port and start serving."""
        # A short shutdown_timeout: a dropped long poll must not hold teardown for 60 s.
        self._runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        """Close the server."""
        if self._runner is None:
            return
        self.before_stop()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """Return the bound port (after start)."""
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return self._port
