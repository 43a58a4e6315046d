"""The store over simulated months: does it stay small and quick at thousands of readers?

    python bench/store_growth.py --chats 10000 --days 90
    python bench/store_growth.py --chats 100 --days 30

The store is driven through its own API with its clock moved, as the bot drives it: each
source publishes `--stories` stories a day, each story's digest is queued for the source's
subscribers (`--chats` x `--subs` subscriptions spread over `--sources` sources), every
delivery is sent (marked) after its poll (the polls spread over the day), and maintenance
prunes as often as the bot's job does. Printed per reported
day: the database file, the rows kept, one full write (flush); since the previous line, the
longest event-loop stall (a 5 ms ticker's lateness), the most CPU time the loop's own thread
used within one such wait (the rest of a stall is the machine's other work), and how many wakes
were later than 50 ms; the process's peak RSS; at the end, the time to open the file and
whether exactly-once holds across kill -9 and a restart (a child process marks deliveries sent
on the simulated file, with the writer running, and is killed with SIGKILL; every delivery it
marked must stay sent, the others be due once).

`--keep FOLDER` leaves the database there (bench/cold_start.py starts the bot on it).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import ManualClock  # noqa: E402
from bot.jobs import MAINTENANCE_EVERY  # noqa: E402
from bot.models import ChatKind, Digest, Headline  # noqa: E402
from bot.store import ItemKind, TinyDBStore, open_store  # noqa: E402

DAY = 86400.0
STALL_LIMIT = 0.050  # the target for an event-loop stall
LEAD = ("Le Premier ministre a présenté mardi un plan de relance de l'économie, jugé trop timide "
        "par l'opposition. Les syndicats appellent à manifester jeudi dans toute la France. ") * 3


def _digest(source: int, day: int, n: int) -> Digest:
    url = f"https://site{source}.test/{day}/{n}/une-histoire-qui-fait-la-une.html"
    related = tuple(Headline(f"Titre lié {k} du jour {day}", f"{url}?r={k}") for k in range(5))
    return Digest(source=f"s{source}", source_title=f"Source {source}", url=url,
                  title=f"Histoire {n} du jour {day} de la source {source}", lead=LEAD, related=related)


class Ticker:
    """Measures how late the event loop wakes a 5 ms sleeper, and how much of that it was working.

    On a machine shared with other work the process also waits for a core: the loop thread's
    own CPU time over the same interval says how long the loop itself was busy.
    """

    def __init__(self) -> None:
        self.longest = 0.0
        self.busiest = 0.0  # the most CPU time the loop's thread used while one sleeper waited
        self.over = 0  # wakes later than STALL_LIMIT
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            started, cpu = time.perf_counter(), time.thread_time()
            await asyncio.sleep(0.005)
            late = time.perf_counter() - started - 0.005
            self.longest = max(self.longest, late)
            self.busiest = max(self.busiest, time.thread_time() - cpu)
            self.over += late > STALL_LIMIT

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def reset(self) -> tuple[float, float, int]:
        """Return the longest lateness, the busiest wait and the late wakes since the last reset."""
        figures = self.longest, self.busiest, self.over
        self.longest, self.busiest, self.over = 0.0, 0.0, 0
        return figures


async def simulate(args: argparse.Namespace, folder: Path) -> None:
    clock = ManualClock(1_700_000_000.0)
    path = folder / "bot.json"
    store = open_store(path, clock=clock, retention_days=args.retention)
    assert isinstance(store, TinyDBStore)
    rng = random.Random(1)
    started = time.perf_counter()
    for chat in range(1, args.chats + 1):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title=f"Reader {chat}")
        for source in rng.sample(range(args.sources), args.subs):
            await store.subscriptions.subscribe(chat, f"s{source}")
    await store.sync()
    print(f"setup: {args.chats} chats x {args.subs} subscriptions over {args.sources} sources "
          f"in {time.perf_counter() - started:.1f} s")
    # The bench's own list of each source's subscribers (the bot asks the store at each poll):
    # made before gc.freeze(), so that the collector does not scan its 50,000 objects all run long.
    subscribers = {s: await store.subscriptions.subscribers(f"s{s}") for s in range(args.sources)}
    await store.start()
    gc.freeze()  # as the bot's post_init does: what start-up loaded is not scanned again
    ticker = Ticker()
    ticker.start()
    next_prune = clock.now() + MAINTENANCE_EVERY
    print("| day | file MB | deliveries | digests | seen urls | flush ms | loop stall ms | loop busy ms "
          "| stalls > 50 ms | RSS MB | sim s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for day in range(1, args.days + 1):
        day_started = time.perf_counter()
        step = DAY / args.stories / args.sources  # the sources' polls spread over the day
        for n in range(args.stories):
            for source in range(args.sources):
                clock.set(clock.now() + step)
                if clock.now() >= next_prune:  # the maintenance job
                    await store.prune()
                    next_prune = clock.now() + MAINTENANCE_EVERY
                digest = _digest(source, day, n)
                await store.digests.add(digest)
                await store.sources.mark_seen(f"s{source}", [digest.url])
                await store.outbox.enqueue(ItemKind.DIGEST, digest.key, subscribers[source])
                await asyncio.sleep(0)  # each poll is a job of its own: the loop runs between them
                # Its deliveries go out (Telegram's pace is not simulated: each is sent and marked).
                for k, delivery in enumerate(await store.outbox.due()):
                    await store.outbox.mark_sent(delivery.id, delivery.id)
                    if k % 100 == 99:
                        await asyncio.sleep(0)  # sends are answered one by one
        flush_started = time.perf_counter()
        await store.chats.set_roundup_at(1, clock.now())  # one change: the next write is a full one
        await store.sync()
        flush = time.perf_counter() - flush_started
        if day in args.report or day == args.days or day % args.every == 0:
            kept = {name: len(rows) for name, rows in store.engine._storage.data.items()}  # noqa: SLF001
            seen = sum(len(r["urls"]) for r in store.engine.rows("seen").values())
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            stall, busy, over = ticker.reset()
            print(f"| {day} | {path.stat().st_size / 1e6:.1f} | {kept.get('deliveries', 0):,} | "
                  f"{kept.get('digests', 0):,} | {seen:,} | {flush * 1000:.0f} | {stall * 1000:.0f} | "
                  f"{busy * 1000:.0f} | {over} | {rss:.0f} | {time.perf_counter() - day_started:.1f} |")
    await store.close()
    opened = time.perf_counter()
    again = open_store(path, clock=clock, retention_days=args.retention)
    print(f"open the {path.stat().st_size / 1e6:.1f} MB file: {time.perf_counter() - opened:.2f} s")
    await again.close()
    await check_exactly_once(path, clock, args)


async def _killed_while_sending(path: Path, now: float, retention: float, key: str) -> None:
    """In a child process: queue a digest, mark half of its deliveries sent, report them, then SIGKILL itself."""
    store = open_store(path, clock=ManualClock(now), retention_days=retention)
    await store.start()  # the background writer runs: the kill may land in the middle of a write
    chats = await store.subscriptions.subscribers("s0")
    await store.outbox.enqueue(ItemKind.DIGEST, key, chats)
    waiting = [d for d in await store.outbox.due() if d.key == key]
    for k, delivery in enumerate(waiting[: len(waiting) // 2]):
        await store.outbox.mark_sent(delivery.id, delivery.id)  # durable on return
        print(f"sent {delivery.id}", flush=True)
        if k % 20 == 19:
            await asyncio.sleep(0.05)  # the writer writes (and folds) meanwhile
    os.kill(os.getpid(), signal.SIGKILL)


async def check_exactly_once(path: Path, clock: ManualClock, args: argparse.Namespace) -> None:
    """Print whether a delivery marked sent before a kill -9 stays sent, and the others are due once."""
    key = _digest(0, args.days + 1, 0).key
    child = subprocess.run(
        [sys.executable, __file__, "--kill-child", str(path), "--now", repr(clock.now()),
         "--retention", str(args.retention), "--key", key],
        capture_output=True, text=True, check=False,
    )
    if child.returncode != -signal.SIGKILL:
        print(f"the child process ended otherwise than killed ({child.returncode}): {child.stderr[-2000:]}")
    marked = {int(line.split()[1]) for line in child.stdout.splitlines() if line.startswith("sent ")}
    store = open_store(path, clock=clock, retention_days=args.retention)
    ours = [d for d in await store.outbox.deliveries() if d.key == key]
    sent = {d.id for d in ours if d.status.value == "sent"}
    due = [d for d in await store.outbox.due() if d.key == key]
    due_again = len({d.id for d in due} & marked)
    once = len(due) == len({d.chat_id for d in due}) == len(ours) - len(sent)
    for delivery in due:
        await store.outbox.mark_sent(delivery.id, delivery.id)
    await store.close()  # a clean restart after it
    again = open_store(path, clock=clock, retention_days=args.retention)
    left = [d for d in await again.outbox.due() if d.key == key]
    await again.close()
    held = child.returncode == -signal.SIGKILL and marked <= sent and not due_again and once and not left
    print(f"exactly-once across kill -9: {len(marked)} marked sent before the kill, {len(marked & sent)} "
          f"still sent after it, {due_again} due again; {len(due)} others due, each once; after a clean "
          f"restart {len(left)} due: {'kept' if held else 'BROKEN'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--subs", type=int, default=5, help="subscriptions per chat")
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--stories", type=int, default=20, help="stories per source per day")
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--retention", type=float, default=30.0, help="[storage] retention_days")
    parser.add_argument("--every", type=int, default=10, help="report every N days (and days 1-3)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="a folder to keep the database in (bench/cold_start.py opens it)")
    parser.add_argument("--kill-child", type=Path, help=argparse.SUPPRESS)  # the kill -9 check's child
    parser.add_argument("--now", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.report = {1, 2, 3}
    if args.kill_child is not None:
        asyncio.run(_killed_while_sending(args.kill_child, args.now, args.retention, args.key))
        return
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        for old in args.keep.glob("bot.json*"):
            old.unlink()  # a new simulation, not the last one's file grown
        asyncio.run(simulate(args, args.keep))
        return
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(simulate(args, Path(folder)))


if __name__ == "__main__":
    main()
