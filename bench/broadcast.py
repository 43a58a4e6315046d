"""Broadcast benchmark: one story to N chats through a fake Bot API that enforces Telegram's limits.

    python bench/broadcast.py --chats 3000
    python bench/broadcast.py --chats 10000

The fake Bot API runs in a child process (so the bot's process is measured alone) and answers
429 with retry_after like Telegram when the bot goes faster than 30 messages/s overall, 1/s to
one chat or 20/min to one group. The bot is the one build_application makes: its Deliverer
sends through the real PTB Bot over HTTP and records everything in the real Store. In the same run, the same deliveries are
recorded the naive way (one TinyDB insert each, TinyDB's own JSONStorage) for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import inspect
import multiprocessing
import resource
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tinydb import TinyDB  # noqa: E402  (the naive baseline only)

from bot.app import build_application  # noqa: E402
from bot.config import (  # noqa: E402
    DeliverySettings,
    Settings,
    StorageSettings,
    TelegramSettings,
)
from bot.models import ChatKind, Digest, Headline, Source  # noqa: E402
from bot.clock import Clock  # noqa: E402
from bot.store import ItemKind, TinyDBStore, WriteStats, open_store  # noqa: E402

TOKEN = "123456:BENCH-TOKEN"


# ---- the fake Bot API, in its own process ---------------------------------------------------


def _serve(conn: Connection, rate: float, strict: bool) -> None:
    from tests.auxil.fake_bot_api import FakeBotAPI

    async def main() -> None:
        async with FakeBotAPI(TOKEN, enforce_limits=True, global_rate=rate, strict=strict) as api:
            conn.send(api.base_url)
            loop = asyncio.get_running_loop()
            while True:
                request = await loop.run_in_executor(None, conn.recv)
                if request == "stop":
                    return
                per_chat: dict[int, int] = {}
                for record in api.sent:
                    per_chat[record["chat_id"]] = per_chat.get(record["chat_id"], 0) + 1
                conn.send({"stats": api.stats, "per_chat": per_chat})

    asyncio.run(main())


def _burn() -> None:
    """Keep one CPU busy until terminated (the busy-machine mode)."""
    while True:
        sum(i * i for i in range(10_000))


# ---- measuring the store and the event loop --------------------------------------------------


class Timings:
    """Seconds spent in the store's calls, by call: the total and the longest of each."""

    def __init__(self) -> None:
        self.total: dict[str, float] = {}
        self.longest: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        """Count one call's seconds."""
        self.total[name] = self.total.get(name, 0.0) + seconds
        self.longest[name] = max(self.longest.get(name, 0.0), seconds)

    def clear(self) -> None:
        """Forget what was counted (the setup's calls)."""
        self.total.clear()
        self.longest.clear()


def _write_seconds(stats: WriteStats) -> float:
    return stats.snapshot_seconds + stats.serialize_seconds + stats.write_seconds


class Timed:
    """A repository of the store whose coroutine methods add up the time they take.

    A durable call (enqueue, add_roundup) waits for a write: the writes are counted apart
    (WriteStats), so their seconds are taken out of the call's.
    """

    def __init__(self, name: str, repository: Any, stats: WriteStats, timings: Timings) -> None:
        self._name, self._repository, self._stats, self._timings = name, repository, stats, timings

    def __getattr__(self, attr: str) -> Any:
        method = getattr(self._repository, attr)
        if not inspect.iscoroutinefunction(method):
            return method
        name, stats, timings = f"{self._name}.{attr}", self._stats, self._timings

        async def timed(*args: Any, **kwargs: Any) -> Any:
            writes = _write_seconds(stats)
            started = time.perf_counter()
            try:
                return await method(*args, **kwargs)
            finally:
                timings.add(name, time.perf_counter() - started - (_write_seconds(stats) - writes))

        return timed


def timed_store(path: Path, timings: Timings) -> TinyDBStore:
    """Return the real store of this file with every repository call timed."""
    store = open_store(path, clock=Clock())
    assert isinstance(store, TinyDBStore)
    for name in ("chats", "subscriptions", "sources", "digests", "outbox"):
        setattr(store, name, Timed(name, getattr(store, name), store.write_stats, timings))
    return store


async def _watch_loop(stalls: list[float], stop: asyncio.Event) -> None:
    """Record how late the loop wakes a 5 ms sleeper: the longest stall is the figure."""
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.005)
        stalls.append(time.perf_counter() - started - 0.005)


# ---- the run ---------------------------------------------------------------------------------


async def broadcast(chats: int, rate: float, folder: Path, base_url: str) -> dict[str, Any]:
    """Return the figures of one broadcast of one digest to `chats` private chats.

    The bot is the real one: build_application's Deliverer, its per-chat rendering (each
    chat's language, time zone, quiet hours), the Store, PTB's Bot over HTTP.
    """
    timings = Timings()
    store = timed_store(folder / "bot.json", timings)
    digest = Digest(source="bench", source_title="Bench", url="http://news.test/story",
                    title="Une histoire", lead="Première phrase. Deuxième phrase.",
                    related=tuple(Headline(f"Lié {n}", f"http://news.test/{n}") for n in range(5)))
    for chat in range(1, chats + 1):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title=f"Reader {chat}")
        await store.subscriptions.subscribe(chat, "bench")
    await store.digests.add(digest)
    await store.sync()
    settings = Settings(
        telegram=TelegramSettings(token=TOKEN, api_base_url=base_url),
        storage=StorageSettings(path=folder / "bot.json"),
        delivery=DeliverySettings(messages_per_second=rate),
        sources=(Source(name="bench", url="http://news.test/", interval=86400),),
    )
    application = build_application(settings, store=store)
    deliverer = application.bot_data.services.deliverer
    await store.start()  # the background writer (start is idempotent)
    timings.clear()
    store.write_stats.reset()
    async with application:  # the bot's HTTP client, as run_polling would start it
        gc.freeze()  # as post_init does: what start-up loaded is not scanned again
        stalls: list[float] = []
        stop = asyncio.Event()
        watcher = asyncio.create_task(_watch_loop(stalls, stop))
        started = time.perf_counter()
        await store.outbox.enqueue(ItemKind.DIGEST, digest.key, await store.subscriptions.subscribers("bench"))
        while await store.outbox.pending_count():
            await deliverer.drain()
            next_due = await store.outbox.next_due()
            if next_due is not None:
                await asyncio.sleep(max(0.0, next_due - time.time()))
        wall = time.perf_counter() - started
        stop.set()
        await watcher
    await store.close()
    writes = store.write_stats
    breakdown, longest = dict(timings.total), dict(timings.longest)
    for part, seconds, longest_one in (
        ("write: snapshot", writes.snapshot_seconds, writes.longest_snapshot),
        ("write: serialize", writes.serialize_seconds, writes.longest_slice),
        ("write: file (thread)", writes.write_seconds, writes.longest_write),
    ):
        breakdown[part], longest[part] = seconds, longest_one
    return {"breakdown": breakdown, "longest": longest, "wall": wall, "store": sum(breakdown.values()),
            "stall": max(stalls, default=0.0),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def naive(chats: int, folder: Path) -> float:
    """Return the seconds to record the same deliveries with one TinyDB insert each."""
    db = TinyDB(folder / "naive.json")
    table = db.table("deliveries")
    started = time.perf_counter()
    for chat in range(1, chats + 1):
        table.insert({"digest": "bench|http://news.test/story", "chat_id": chat, "thread_id": None,
                      "status": "sent", "attempts": 0, "next_try": 0.0, "created": 0.0})
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=30.0, help="the configured messages/s")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive TinyDB baseline")
    parser.add_argument("--strict", action="store_true",
                        help="a stricter Telegram: the 31st message in any one-second window is "
                             "refused, retry_after at least 1 s")
    parser.add_argument("--busy", type=int, default=0, metavar="N",
                        help="a busy machine: N processes burning CPU beside the bot and the API")
    args = parser.parse_args()

    burners = [multiprocessing.Process(target=_burn, daemon=True) for _ in range(args.busy)]
    for burner in burners:
        burner.start()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(theirs, args.rate, args.strict), daemon=True)
    server.start()
    base_url = ours.recv()
    with tempfile.TemporaryDirectory() as tmp:
        figures = asyncio.run(broadcast(args.chats, args.rate, Path(tmp), base_url))
        ours.send("stats")
        answer = ours.recv()
        ours.send("stop")
        server.join(10)
        naive_seconds = None if args.no_naive else naive(args.chats, Path(tmp))
    for burner in burners:
        burner.terminate()
        burner.join()

    stats, per_chat = answer["stats"], answer["per_chat"]
    sent = sum(per_chat.values())
    lost = args.chats - len(per_chat)
    duplicates = sent - len(per_chat)
    achieved = sent / figures["wall"]
    per_1000 = figures["store"] / args.chats * 1000
    mode = ", ".join(m for m, on in (("strict", args.strict), (f"busy x{args.busy}", args.busy)) if on)
    print(f"broadcast of one digest to {args.chats} chats, limit {args.rate:g} msg/s"
          + (f" ({mode})" if mode else ""))
    print(f"  sent {sent} in {figures['wall']:.1f} s: {achieved:.2f} msg/s = "
          f"{achieved / args.rate:.1%} of the limit")
    print(f"  answers {stats['total']}, of which 429: {stats['retry_after']} "
          f"({stats['retry_after'] / max(1, stats['total']):.2%})")
    print(f"  lost {lost}, duplicates {duplicates}")
    print(f"  peak RSS of the bot {figures['rss_mb']:.0f} MB; longest event-loop stall "
          f"{figures['stall'] * 1000:.0f} ms")
    print(f"  store {figures['store']:.2f} s = {per_1000:.3f} s per 1,000 deliveries = "
          f"{figures['store'] / figures['wall']:.2%} of the broadcast's wall time")
    parts = sorted(figures["breakdown"].items(), key=lambda kv: -kv[1])
    print("    by call (total, longest): " + ", ".join(
        f"{name} {sec:.3f} s, {figures['longest'][name] * 1000:.0f} ms"
        for name, sec in parts if sec >= 0.001))
    if naive_seconds is not None:
        print(f"  naive store (one TinyDB insert each): {naive_seconds:.2f} s = "
              f"{naive_seconds / args.chats * 1000:.3f} s per 1,000 deliveries "
              f"({naive_seconds / max(figures['store'], 1e-9):.0f}x the store's time)")


if __name__ == "__main__":
    main()
