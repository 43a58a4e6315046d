"""The operators' HTTP endpoint: GET /healthz and GET /metrics, on its own port.

Served by tornado (already there for PTB's webhook) on the bot's own event loop, not in a
thread: /healthz then answers only when the loop does, and reads the store and the
catalog from the loop that owns them. prometheus_client's own server would run in a thread
and answer even with the bot's loop stuck.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import Awaitable, Callable

import tornado.httpserver
import tornado.netutil
import tornado.web

from bot.ops.health import HealthReport
from bot.ops.metrics import CONTENT_TYPE, METRICS, Metrics

log = logging.getLogger(__name__)

CheckHealth = Callable[[], Awaitable[HealthReport]]
Backlog = Callable[[], Awaitable[int]]


class _Health(tornado.web.RequestHandler):
    def initialize(self, check: CheckHealth) -> None:
        self.check = check

    async def get(self) -> None:
        report = await self.check()
        self.set_status(200 if report.healthy else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({
            "status": "ok" if report.healthy else "unhealthy",
            "reasons": list(report.reasons),
            "loop_lag_seconds": round(report.loop_lag, 3),
            "newest_poll_age_seconds": None if report.newest_poll_age is None
            else round(report.newest_poll_age, 1),
            "outbox_backlog": report.backlog,
        }) + "\n")


class _Metrics(tornado.web.RequestHandler):
    def initialize(self, metrics: Metrics, backlog: Backlog) -> None:
        self.metrics = metrics
        self.backlog = backlog

    def compute_etag(self) -> None:
        """Return no ETag: tornado would hash the whole text on the loop, and a scrape never revalidates."""
        return None

    async def get(self) -> None:
        self.metrics.backlog.set(await self.backlog())
        self.set_header("Content-Type", CONTENT_TYPE)
        # In a thread: with a figure per source, the text takes ~0.1 s a thousand sources, and
        # the loop gets the interpreter back every switch interval (5 ms) meanwhile.
        self.finish(await asyncio.to_thread(self.metrics.exposition))


class OpsServer:
    """Serves /healthz and /metrics on `listen`:`port` (port 0: a free one, see `.port`)."""

    def __init__(self, listen: str, port: int, *, check: CheckHealth, backlog: Backlog,
                 metrics: Metrics = METRICS) -> None:
        self.listen = listen
        self.requested_port = port
        self.port = port
        self._app = tornado.web.Application([
            (r"/healthz", _Health, {"check": check}),
            (r"/metrics", _Metrics, {"metrics": metrics, "backlog": backlog}),
        ], log_function=lambda handler: None)  # no access log line per Docker health probe
        self._server: tornado.httpserver.HTTPServer | None = None

    async def start(self) -> None:
        """Bind and serve on the running loop; OSError when the port is taken."""
        sockets = tornado.netutil.bind_sockets(self.requested_port, self.listen, family=socket.AF_INET
                                               if ":" not in self.listen else socket.AF_UNSPEC)
        self.port = int(sockets[0].getsockname()[1])
        self._server = tornado.httpserver.HTTPServer(self._app)
        self._server.add_sockets(sockets)
        log.info("operator endpoint on http://%s:%d (/healthz, /metrics)", self.listen, self.port)

    async def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None
