"""Polling benchmark: N feeds or front pages on one interval, polled by the real bot, against local sites.

    python bench/polling.py --feeds 1000 --interval 60 --rounds 2
    python bench/polling.py --pages 500 --interval 60 --rounds 2
    python bench/polling.py --feeds 3000 --interval 60 --no-caps   # main's behaviour, for comparison
    python bench/polling.py --feeds 1000 --burn 1                  # beside a process that keeps a CPU busy
    python bench/polling.py --feeds 3000 --ops                     # /healthz and /metrics asked every 15 s
    python bench/polling.py --feeds 1000 --stalls 25               # where the loop stood when it stalled > 25 ms

The news sites run in a child process, on HOSTS loopback addresses (127.0.0.2 ...), so that the
per-host cap sees many hosts, as it would in production; the fake Bot API runs there too. The bot
is build_application's: its JobQueue, Scheduler, Poller, Fetcher, parse workers and store; only
its process is measured. Sources start primed (their stories seen, feeds with their ETag), so the
figures are of the steady state: 90% of feeds answer 304, the rest the same feed again; a front
page (~150 KB) answers 200 each time. --no-caps approximates main before this change: no cap on
polls or fetches, one shared httpx pool of 100 connections, first polls within 20 s.

The bot starts as run_polling starts it (its post_init: the jobs, the endpoint, gc.freeze). The
row ends with the machine's 1-minute load average before and after (2 cores shared with others:
a lag figure means little without it); below it, the garbage collector's longest passes, what
/stats and the log said while polls were late, and with --stalls the stacks the loop stalled in.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import logging
import multiprocessing
import os
import random
import resource
import socket
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.chat.admin_health import polling_pace  # noqa: E402
from bot.config import FetchSettings, OpsSettings, Settings, StorageSettings, TelegramSettings  # noqa: E402
from bot.models import Source, SourceKind  # noqa: E402
from bot.news.fetch import Fetcher  # noqa: E402
from bot.pipeline import PollStatus  # noqa: E402

TOKEN = "123456:BENCH-TOKEN"
HOSTS = 20
STORIES = 30


# ---- the sites, in their own process --------------------------------------------------------


def _story_links(n: int) -> list[str]:
    return [f"/story/{n}/{k}.html" for k in range(STORIES)]


def _feed(n: int, base: str) -> bytes:
    items = "".join(f"<item><title>Story {k} of feed {n}</title><link>{base}{path}</link>"
                    f"<guid>{base}{path}</guid><description>Summary {k}.</description></item>"
                    for k, path in enumerate(_story_links(n)))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


def _page(n: int) -> bytes:
    links = "".join(f'<li><a href="{path}">Headline number {k} of the front page {n}, read it here</a></li>'
                    for k, path in enumerate(_story_links(n)))
    filler = "".join(f"<div class='teaser'><p>{'Some teaser text of the day. ' * 12}</p></div>"
                     for _ in range(380))  # ~150 KB, as a real front page
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Site {n}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><main><ul>{links}</ul>{filler}</main></body></html>").encode()


def _serve(conn: Connection, count: int, pages: bool) -> None:
    from aiohttp import web

    from tests.auxil.fake_bot_api import FakeBotAPI

    running = peak = 0
    arrivals: list[tuple[float, int]] = []  # (when, source)
    page_bodies: dict[int, bytes] = {}

    async def handle(request: web.Request) -> web.StreamResponse:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        try:
            kind, number = request.match_info["kind"], int(request.match_info["n"])
            arrivals.append((time.time(), number))
            base = f"http://{request.host}"
            await asyncio.sleep(0.02)  # a server's think time
            if kind == "page":
                body = page_bodies.get(number) or page_bodies.setdefault(number, _page(number))
                return web.Response(body=body, content_type="text/html")
            if number % 10 and request.headers.get("If-None-Match") == '"v1"':
                return web.Response(status=304, headers={"ETag": '"v1"'})
            return web.Response(body=_feed(number, base), content_type="application/rss+xml",
                                headers={"ETag": '"v2"'})  # the 10% that keep changing their tag
        finally:
            running -= 1

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{kind}/{n}", handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        bases = []
        for host in range(HOSTS):
            site = web.TCPSite(runner, f"127.0.0.{host + 2}", 0, backlog=4096)
            await site.start()
            bases.append(f"http://127.0.0.{host + 2}:{site._server.sockets[0].getsockname()[1]}")  # type: ignore[union-attr]
        async with FakeBotAPI(TOKEN) as api:
            conn.send((bases, api.base_url))
            loop = asyncio.get_running_loop()
            while await loop.run_in_executor(None, conn.recv) != "stop":
                conn.send({"peak": peak, "arrivals": list(arrivals)})
        await runner.cleanup()

    asyncio.run(main())


def _burn(stop: Any) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


# ---- the bot, in this process -----------------------------------------------------------------


class StallSampler:
    """Where the event loop stood while it stalled: a thread samples the loop thread's stack.

    The loop task beats every 5 ms; once a beat is `threshold` late, the thread takes the loop
    thread's stack every 2 ms (the innermost frames of this project and of the libraries it
    calls), until the loop beats again. Sampling needs the GIL, so a stack comes at most a
    switch interval after a long C call: still inside the Python function that made it.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.beat = time.perf_counter()
        self.samples: Counter[tuple[str, ...]] = Counter()
        self._loop_thread = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        """Start sampling the calling thread (the event loop's)."""
        self._loop_thread = threading.get_ident()
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            if time.perf_counter() - self.beat < self.threshold:
                continue
            frame = sys._current_frames().get(self._loop_thread)
            stack: list[str] = []
            while frame is not None and len(stack) < 6:
                code = frame.f_code
                if "asyncio" not in code.co_filename or not stack:
                    stack.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self.samples[tuple(stack)] += 1

    def report(self, top: int = 12) -> list[str]:
        """Return the stacks seen most often during stalls, each with its share of the samples."""
        total = sum(self.samples.values()) or 1
        return [f"{n * 100 / total:4.1f}% {' <- '.join(stack)}" for stack, n in self.samples.most_common(top)]


class GcPauses:
    """The cyclic garbage collector's passes: how long the longest took, per generation."""

    def __init__(self) -> None:
        self.longest = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        generation = info["generation"]
        self.count[generation] += 1
        self.longest[generation] = max(self.longest[generation], time.perf_counter() - self._started)


async def _watch_loop(stalls: list[float], stop: asyncio.Event, sampler: StallSampler | None = None) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        if sampler is not None:
            sampler.beat = started
        await asyncio.sleep(0.005)
        stalls.append(time.perf_counter() - started - 0.005)


class _Recorder(logging.Handler):
    """Keeps the messages of the log lines it is given."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _scrape(port: int, answers: dict[str, float], stop: asyncio.Event) -> None:
    """Ask /healthz and /metrics every 15 s, as a monitor would; keep each path's longest answer time."""
    # No certificates to load (28 ms on the loop it measures): the endpoint is plain http.
    async with httpx.AsyncClient(trust_env=False, timeout=60, verify=False) as client:
        while not stop.is_set():
            for path in ("/healthz", "/metrics"):
                started = time.perf_counter()
                await client.get(f"http://127.0.0.1:{port}{path}")
                answers[path] = max(answers[path], time.perf_counter() - started)
            try:
                await asyncio.wait_for(stop.wait(), 15.0)
            except TimeoutError:
                pass


async def run(args: argparse.Namespace, bases: list[str], api_url: str, folder: Path) -> dict[str, Any]:
    kind, count = ("page", args.pages) if args.pages else ("feed", args.feeds)
    sources = tuple(Source(name=f"{kind}{n:05}", url=f"{bases[n % len(bases)]}/{kind}/{n}",
                           kind=SourceKind.PAGE if kind == "page" else SourceKind.FEED,
                           interval=args.interval) for n in range(count))
    settings = Settings(telegram=TelegramSettings(token=TOKEN, api_base_url=api_url),
                        storage=StorageSettings(path=folder / "bot.json"),
                        fetch=FetchSettings(allow_private_addresses=True), sources=sources,
                        ops=OpsSettings(enabled=args.ops, listen="127.0.0.1", port=_free_port()))
    application = build_application(settings)
    svc = application.bot_data.services
    store = svc.store
    await store.start()
    for n, source in enumerate(sources):  # primed: the steady state, not the first polls
        base = source.url.rsplit(f"/{kind}/", 1)[0]
        await store.sources.mark_seen(source.name, [base + path for path in _story_links(n)])
        state = await store.sources.state(source.name)
        await store.sources.save_state(dataclasses.replace(
            state, primed=True, etag='"v1"' if kind == "feed" else None))
    await store.sync()
    await svc.catalog.load()

    poller = svc.poller
    results: list[tuple[float, str, PollStatus]] = []
    lateness: list[float] = []
    due_of: dict[str, float] = {}
    name_of = {s.url: s.name for s in sources}
    real_poll = poller.poll

    async def poll(name: str, **kwargs: Any) -> Any:
        if kwargs.get("due") is not None:
            due_of[name] = kwargs["due"]
        result = await real_poll(name, **kwargs)
        results.append((time.time(), name, result.status))
        return result

    poller.poll = poll  # type: ignore[method-assign]
    if args.no_caps:
        poller._slots = asyncio.Semaphore(10**9)
        poller.fetcher = Fetcher(timeout=settings.fetch.timeout, allow_private_addresses=True,
                                 max_fetches=10**9, max_per_host=10**9,
                                 transport=httpx.AsyncHTTPTransport(
                                     limits=httpx.Limits(max_keepalive_connections=0)))
    fetcher = poller.fetcher
    real_fetch = fetcher._fetch
    in_flight = peak_fetches = 0

    async def inner_fetch(url: str, **kwargs: Any) -> Any:  # past the slots: the fetch proper
        nonlocal in_flight, peak_fetches
        name = name_of.get(url)
        if name is not None and name in due_of:
            lateness.append(time.time() - due_of.pop(name))
        in_flight += 1
        peak_fetches = max(peak_fetches, in_flight)
        try:
            return await real_fetch(url, **kwargs)
        finally:
            in_flight -= 1

    fetcher._fetch = inner_fetch  # type: ignore[method-assign]

    behind_logged: list[str] = []
    log_handler = _Recorder(behind_logged)
    logging.getLogger("bot.poller").addHandler(log_handler)
    async with application:
        await application.start()
        # The bot's own start-up, as run_polling does it: the store's writer, the jobs (first
        # polls spread over the interval), the operators' endpoint, and gc.freeze().
        assert application.post_init is not None
        await application.post_init(application)
        started = time.time()
        if args.no_caps:  # main: first polls within 20 s of the start
            for name in svc.catalog.names():
                svc.scheduler.reschedule(svc.catalog, name, first=random.uniform(0.5, 20.0))
        stalls: list[float] = []
        stop = asyncio.Event()
        sampler = StallSampler(args.stalls / 1000) if args.stalls else None
        if sampler is not None:
            sampler.start()
        gc_pauses = GcPauses()
        gc.callbacks.append(gc_pauses)
        watcher = asyncio.create_task(_watch_loop(stalls, stop, sampler))
        answers: dict[str, float] = defaultdict(float)
        scraper = asyncio.create_task(_scrape(settings.ops.port, answers, stop)) if args.ops else None
        behind_seen: list[str] = []
        end = started + args.interval * args.rounds
        while time.time() < end:
            await asyncio.sleep(min(5.0, max(0.0, end - time.time())))
            if poller.pace.is_behind():  # what an admin's /stats says, word for word
                behind_seen.append(f"{time.time() - started:.0f} s: {polling_pace(svc, 'en')}")
        stop.set()
        await watcher
        if scraper is not None:
            await scraper
        gc.callbacks.remove(gc_pauses)
        if sampler is not None:
            sampler.stop()
        await application.stop()
        if poller.fetcher is not svc.fetcher:
            await poller.fetcher.aclose()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
    logging.getLogger("bot.poller").removeHandler(log_handler)
    rounds = []
    for k in range(args.rounds):
        window = [r for r in results if started + k * args.interval <= r[0] < started + (k + 1) * args.interval]
        rounds.append((len({name for _, name, _ in window}),
                       sum(1 for *_, status in window if status is PollStatus.FAILED),
                       defaultdict(int, {s.value: sum(1 for *_, st in window if st is s) for s in PollStatus})))
    lateness.sort()
    return {"rounds": rounds, "peak_fetches": peak_fetches, "stall": max(stalls, default=0.0),
            "p95_late": lateness[int(len(lateness) * 0.95)] if lateness else float("nan"),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "never": count - len({name for _, name, _ in results}), "behind": behind_seen[-3:],
            "count": count, "kind": kind, "gc": gc_pauses, "logged": behind_logged, "answers": dict(answers),
            "stall_stacks": sampler.report() if sampler is not None else []}


def main() -> None:
    """Run one size and print its row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--pages", type=int, default=0, help="front pages instead of feeds")
    parser.add_argument("--interval", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-caps", action="store_true", help="main's behaviour: no caps, one shared pool")
    parser.add_argument("--burn", type=int, default=0, help="CPU burner processes beside the bot")
    parser.add_argument("--ops", action="store_true",
                        help="serve /healthz and /metrics, asked every 15 s as a monitor would")
    parser.add_argument("--stalls", type=float, default=0.0, metavar="MS",
                        help="print where the event loop stood while it stalled longer than MS ms")
    args = parser.parse_args()

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(theirs, args.feeds, bool(args.pages)), daemon=True)
    server.start()
    bases, api_url = ours.recv()
    stop = multiprocessing.Event()
    burners = [multiprocessing.Process(target=_burn, args=(stop,), daemon=True) for _ in range(args.burn)]
    for burner in burners:
        burner.start()
    load_before = os.getloadavg()[0]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            figures = asyncio.run(run(args, bases, api_url, Path(tmp)))
    finally:
        stop.set()
        for burner in burners:
            burner.join(5)
        ours.send("stats")
        answer = ours.recv()
        ours.send("stop")
        server.join(10)
    mode = "main (no caps)" if args.no_caps else "capped"
    label = f"{figures['count']} {'front pages' if figures['kind'] == 'page' else 'feeds'}"
    per_round = " then ".join(str(polled) for polled, _, _ in figures["rounds"])
    failed = " then ".join(str(failed) for _, failed, _ in figures["rounds"])
    print(f"| {label} / {args.interval} s | {mode}{' + CPU burner' if args.burn else ''} | {per_round} | "
          f"{failed} | {max(figures['peak_fetches'], 0)} (server saw {answer['peak']}) | "
          f"{figures['stall'] * 1000:.0f} ms | {figures['p95_late']:.1f} s | {figures['rss_mb']:.0f} MB | "
          f"{figures['never']} never polled | load {load_before:.1f} -> {os.getloadavg()[0]:.1f} |")
    for k, (_, _, statuses) in enumerate(figures["rounds"]):
        print(f"    round {k + 1}: " + ", ".join(f"{s} {n}" for s, n in statuses.items() if n))
    for line in figures["behind"]:
        print(f"    /stats at {line}")
    if figures["logged"]:
        print(f"    the log said it {len(figures['logged'])} times, last: {figures['logged'][-1]}")
    for path, seconds in figures["answers"].items():
        print(f"    {path} answered within {seconds * 1000:.0f} ms at worst")
    gc_pauses = figures["gc"]
    print("    garbage collector: " + ", ".join(
        f"gen {g} {gc_pauses.count[g]} passes, longest {gc_pauses.longest[g] * 1000:.0f} ms" for g in range(3)))
    for line in figures["stall_stacks"]:
        print(f"    stalled in {line}")
    sys.stdout.flush()
    os._exit(0)  # the parse workers' atexit hook is not worth waiting for here


if __name__ == "__main__":
    main()
