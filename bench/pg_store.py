"""The store at 100,000 chats: one digest queued for every chat, PostgreSQL vs TinyDB in the same run.

    python bench/pg_store.py                  # a throwaway PostgreSQL (pgserver), 100,000 chats
    python bench/pg_store.py --chats 20000 --url postgresql://bot:...@db/bench   # an existing, EMPTY database

Printed: the time `Outbox.enqueue` takes for one digest to all chats on each engine (target
on PostgreSQL: <= 2 s) and their ratio; the process's resident memory (VmRSS, now, not the
peak) before and after each engine's enqueue (PostgreSQL holds no table in memory: flat); then
the sending loop's throughput, `due(limit=...)` and one `mark_sent` per delivery (a round trip
and a commit each on PostgreSQL), one sender and several at once.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import ManualClock  # noqa: E402
from bot.models import Digest  # noqa: E402
from bot.store import ItemKind, Store, Target, open_store, redact  # noqa: E402

DIGEST = Digest(source="s", source_title="Source", url="https://news.test/une", title="Une histoire")
MORE = [Digest(source="s", source_title="Source", url=f"https://news.test/{n}", title=f"Une autre {n}") for n in range(3)]
BATCH = 500  # deliveries asked of due() at a time, as a sender would


def rss_mb() -> float:
    """Return the process's resident memory now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def enqueue(store: Store, targets: list[Target], digest: Digest) -> tuple[float, float, float]:
    """Queue one digest for every target; return (seconds, RSS before, RSS after)."""
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    added = await store.outbox.enqueue(ItemKind.DIGEST, digest.key, targets)
    seconds = time.perf_counter() - started
    assert added == len(targets), (added, len(targets))
    gc.collect()
    return seconds, before, rss_mb()


async def send(store: Store, count: int, senders: int) -> float:
    """Take `count` due deliveries and mark each sent, `senders` at once; return deliveries per second."""
    started = time.perf_counter()
    done = 0
    while done < count:
        due = await store.outbox.due(limit=min(BATCH, count - done))
        if not due:
            break
        for start in range(0, len(due), senders):
            await asyncio.gather(*(store.outbox.mark_sent(d.id, 1) for d in due[start:start + senders]))
        done += len(due)
    return done / (time.perf_counter() - started)


async def run(url: str, chats: int, sends: int) -> None:
    targets = [Target(chat) for chat in range(1, chats + 1)]
    clock = ManualClock(1_000_000.0)
    figures: dict[str, tuple[float, float, float]] = {}

    pg = open_store(url, clock=clock)
    await pg.start()
    try:
        figures["postgresql"] = await enqueue(pg, targets, DIGEST)
        again = [await enqueue(pg, targets, digest) for digest in MORE]  # more broadcasts: memory stays put
        one = await send(pg, sends, 1)
        many = await send(pg, sends, 8)
        after_sends = rss_mb()
    finally:
        await pg.close()

    with tempfile.TemporaryDirectory() as folder:
        tiny = open_store(Path(folder) / "bot.json", clock=clock)
        await tiny.start()
        try:
            figures["tinydb"] = await enqueue(tiny, targets, DIGEST)
            tiny_send = await send(tiny, min(sends, 2000), 1)
        finally:
            await tiny.close()

    print(f"enqueue one digest for {chats:,} chats ({redact(url)}):")
    for name, (seconds, before, after) in figures.items():
        print(f"  {name:<10} {seconds:6.2f} s   RSS {before:6.0f} MB -> {after:6.0f} MB ({after - before:+.0f} MB)")
    pg_s, tiny_s = figures["postgresql"][0], figures["tinydb"][0]
    print(f"  ratio postgresql / tinydb: {pg_s / tiny_s:.2f}x   target on PostgreSQL <= 2 s: "
          f"{'met' if pg_s <= 2.0 else 'MISSED'}")
    print(f"  {len(again)} more broadcasts on PostgreSQL: "
          + ", ".join(f"{seconds:.2f} s (RSS {after:.0f} MB)" for seconds, _, after in again)
          + f"; after {2 * sends:,} sends: RSS {after_sends:.0f} MB")
    print(f"due(limit={BATCH}) + mark_sent per delivery, {chats:,} pending:")
    print(f"  postgresql  1 sender: {one:7.0f} deliveries/s   8 at once: {many:7.0f} deliveries/s")
    print(f"  tinydb      1 sender: {tiny_send:7.0f} deliveries/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=100_000)
    parser.add_argument("--sends", type=int, default=5000, help="deliveries marked sent per sender setting")
    parser.add_argument("--url", help="an existing, empty PostgreSQL database (default: a throwaway pgserver)")
    args = parser.parse_args()
    if args.url:
        asyncio.run(run(args.url, args.chats, args.sends))
        return
    from tests.auxil.postgres import PostgresServer

    server = PostgresServer(durable=True)
    try:
        asyncio.run(run(server.database(), args.chats, args.sends))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
