"""The bot's figures in Prometheus' terms: one registry, counted where things happen.

`METRICS` is the one instance the running bot counts into: the Poller after each poll, the
Deliverer after each pass, the pipeline's parsers through `timed`. It imports nothing of the
bot, so any room may count into it; the endpoint (`bot.ops.server`) serves it at /metrics.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ParamSpec, Protocol, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

T = TypeVar("T")
P = ParamSpec("P")
CONTENT_TYPE = CONTENT_TYPE_LATEST  # what /metrics answers with
_PARSE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class PollOutcome(Protocol):
    """What a poll returns, as far as the figures go (bot.pipeline.RefreshResult)."""

    @property
    def source(self) -> str: ...
    @property
    def new(self) -> int: ...
    @property
    def status(self) -> object: ...  # an enum whose value names the outcome


class DrainOutcome(Protocol):
    """What a delivery pass returns, as far as the figures go (bot.chat.delivery.DrainReport)."""

    sent: int
    retried: int
    failed: int
    rate_limited: int
    chats_gone: list[int]
    migrated: dict[int, int]


class Metrics:
    """The bot's counters, gauges and histograms, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)  # memory, CPU, open files (on Linux)
        self.polls = Counter("newsdigest_polls", "Polls of a source, by what they found",
                             ["source", "status"], registry=self.registry)
        self.poll_failures = Counter("newsdigest_poll_failures", "Failed polls of a source",
                                     ["source"], registry=self.registry)
        self.stories = Counter("newsdigest_stories_found", "New stories a source listed",
                               ["source"], registry=self.registry)
        self.deliveries = Counter("newsdigest_deliveries", "Deliveries by outcome: sent, retried, "
                                  "failed, chat_gone, migrated", ["outcome"], registry=self.registry)
        self.rate_limited = Counter("newsdigest_telegram_rate_limited",
                                    "429 answers from Telegram (flood control)", registry=self.registry)
        self.backlog = Gauge("newsdigest_outbox_backlog", "Deliveries waiting to be sent",
                             registry=self.registry)
        self.loop_lag = Gauge("newsdigest_event_loop_lag_seconds",
                              "How late the event loop last woke a timer", registry=self.registry)
        self.parse_seconds = Histogram("newsdigest_parse_seconds", "Time to parse a listing or an article",
                                       ["stage"], buckets=_PARSE_BUCKETS, registry=self.registry)

    def observe_poll(self, result: PollOutcome) -> None:
        """Count one poll: its outcome, a failure, the new stories it found."""
        status = str(getattr(result.status, "value", result.status))
        self.polls.labels(result.source, status).inc()
        if status == "failed":
            self.poll_failures.labels(result.source).inc()
        if result.new:
            self.stories.labels(result.source).inc(result.new)

    def observe_drain(self, report: DrainOutcome) -> None:
        """Count one delivery pass's outcomes and the 429s it met."""
        for outcome, count in (("sent", report.sent), ("retried", report.retried),
                               ("failed", report.failed), ("chat_gone", len(report.chats_gone)),
                               ("migrated", len(report.migrated))):
            if count:
                self.deliveries.labels(outcome).inc(count)
        if report.rate_limited:
            self.rate_limited.inc(report.rate_limited)

    def timed(self, stage: str, function: Callable[P, T]) -> Callable[P, T]:
        """Return `function` that also records how long each call takes under `stage`."""
        histogram = self.parse_seconds.labels(stage)

        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                histogram.observe(time.perf_counter() - started)

        return run

    def timed_async(self, stage: str, function: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
        """Return the coroutine function `function` that also records how long each call takes."""
        histogram = self.parse_seconds.labels(stage)

        async def run(*args: P.args, **kwargs: P.kwargs) -> T:
            started = time.perf_counter()
            try:
                return await function(*args, **kwargs)
            finally:
                histogram.observe(time.perf_counter() - started)

        return run

    def exposition(self) -> bytes:
        """Return every figure in Prometheus' text format."""
        return generate_latest(self.registry)


METRICS = Metrics()
