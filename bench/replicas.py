"""Replicas benchmark: bot processes on one PostgreSQL, against the fake Bot API's strict limits.

    python bench/replicas.py                                   # 3 replicas, 10,000 chats
    python bench/replicas.py --chats 1000 --sources 12 --interval 8   # a quick run
    python bench/replicas.py --only poll                       # one scenario: broadcast, kill-sender, poll
    python bench/replicas.py --only broadcast --compare        # (a), then the same with one replica

Three scenarios, each on a fresh database (PostgreSQL started with pgserver), each with real
replica processes (`run_bot.py run`, long polling: the updates lease) and, in a separate
process, the fake Bot API (Telegram's limits, strict: the 31st message in any second is
refused) and a local news site:

  (a) broadcast: one digest to every chat; the replicas together against the global limit,
      the 429s, lost and duplicate messages.
  (b) kill -9 of the sending replica when 40% are sent: every chat served, duplicates against
      the sends in flight at the kill (accepted by Telegram, not yet marked sent), seconds until
      another replica sends.
  (c) kill -9 of a replica while the sources are polled every `--interval` s: each source's
      poll after the kill, against when it was due (one interval after the one before).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import Clock  # noqa: E402
from bot.models import ChatKind, Digest, Headline  # noqa: E402
from bot.store import DeliveryStatus, ItemKind, Store, open_store  # noqa: E402

TOKEN = "123456:BENCH-TOKEN"
SENDER_TAKEN = "lease sender: taken by this replica"


# ---- the fake Bot API and the news site, in their own process --------------------------------


def _serve(conn: Connection, rate: float, sources: int) -> None:
    """Serve the fake Bot API (strict limits) and a news site; answer the bench's questions on `conn`."""
    from aiohttp import web

    from tests.auxil.fake_bot_api import FakeBotAPI
    from tests.auxil.news_site import NewsSite
    from tests.auxil.pages import front_page, story

    class TimedAPI(FakeBotAPI):
        """The fake Bot API, each message sent stamped with when it was accepted."""

        def _record(self, method: str, chat_id: int, message_id: int, params: dict[str, Any],
                    **extra: Any) -> None:
            super()._record(method, chat_id, message_id, params, at=time.time(), **extra)

    class TimedSite(NewsSite):
        """The news site, each request stamped with when it came."""

        def __init__(self) -> None:
            super().__init__()
            self.fetches: list[tuple[str, float]] = []

        async def _handle(self, request: web.Request) -> web.StreamResponse:
            self.fetches.append((request.path, time.time()))
            return await super()._handle(request)

    async def main() -> None:
        async with TimedAPI(TOKEN, enforce_limits=True, global_rate=rate, strict=True) as api, \
                TimedSite() as site:
            for n in range(sources):
                site.set(f"/s{n}/", front_page([story(n * 10 + k) for k in range(3)]), etag=f"s{n}")
            conn.send((api.base_url, site.url("/")))
            loop = asyncio.get_running_loop()
            while True:
                request = await loop.run_in_executor(None, conn.recv)
                if request == "stop":
                    return
                if request == "sends":
                    conn.send({"stats": dict(api.stats),
                               "sends": [(r["chat_id"], r["at"]) for r in api.sent if r["method"] == "sendMessage"]})
                elif request == "count":
                    conn.send(len(api.sent))
                elif request == "served":
                    conn.send(len({r["chat_id"] for r in api.sent}))
                elif request == "fetches":
                    conn.send(list(site.fetches))

    asyncio.run(main())


class Servers:
    """The fake Bot API and the news site in a child process."""

    def __init__(self, rate: float, sources: int) -> None:
        self._conn, theirs = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(theirs, rate, sources), daemon=True)
        self._process.start()
        self.api_url, self.site_url = self._conn.recv()

    def ask(self, what: str) -> Any:
        """Return the child's answer to `what` ("sends", "count", "fetches")."""
        self._conn.send(what)
        return self._conn.recv()

    def stop(self) -> None:
        """Stop the servers."""
        self._conn.send("stop")
        self._process.join(10)


# ---- PostgreSQL and the replicas -------------------------------------------------------------


def start_postgres(folder: Path) -> Any:
    """Return a started PostgreSQL server (pgserver) keeping its data in `folder`."""
    import pgserver

    return pgserver.get_server(folder, cleanup_mode="stop")


def new_database(server: Any, name: str) -> str:
    """Create an empty database; return its URL."""
    server.psql(f"CREATE DATABASE {name};")
    return str(server.get_uri(name))


def open_shared(url: str) -> Store:
    """Return the bot's store on the PostgreSQL database at `url`."""
    return open_store(url, clock=Clock())


@dataclass
class Replica:
    """A bot process and its log."""

    process: subprocess.Popen[bytes]
    log: Path

    def said(self, text: str) -> bool:
        """Return whether the replica's log holds `text`."""
        return self.log.exists() and text in self.log.read_text(encoding="utf-8", errors="replace")


def write_config(folder: Path, url: str, servers: Servers, sources: int, interval: int, rate: float) -> Path:
    """Write the replicas' config: the database, the fake Bot API, the news site's sources."""
    lines = [
        "[telegram]", f'api_base_url = "{servers.api_url}"',
        "[storage]", f'url = "{url}"',
        "[fetch]", "allow_private_addresses = true", "timeout = 5",
        "[delivery]", f"messages_per_second = {rate}",
    ]
    for n in range(sources):
        lines += ["[[sources]]", f'name = "s{n}"', f'url = "{servers.site_url}s{n}/"', f"interval = {interval}"]
    path = folder / "bot.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_replicas(count: int, config: Path, folder: Path) -> list[Replica]:
    """Start `count` bot processes on the config; their logs in `folder`."""
    replicas = []
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    for n in range(count):
        log = folder / f"replica{n}.log"
        with log.open("wb") as out:
            process = subprocess.Popen([sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)],
                                       stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        replicas.append(Replica(process, log))
    return replicas


def stop_replicas(replicas: list[Replica]) -> None:
    """Stop the replicas still running (SIGTERM: a clean stop)."""
    for replica in replicas:
        if replica.process.poll() is None:
            replica.process.send_signal(signal.SIGTERM)
    for replica in replicas:
        try:
            replica.process.wait(30)
        except subprocess.TimeoutExpired:
            replica.process.kill()


def wait_for(check: Any, timeout: float, what: str, step: float = 0.1) -> None:
    """Wait until `check()` is true; RuntimeError naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(step)


def sender_of(replicas: list[Replica]) -> Replica:
    """Return the replica whose log says it took the sender lease last (waiting for one)."""
    wait_for(lambda: any(r.said(SENDER_TAKEN) for r in replicas), 60, "a sender")
    alive = [r for r in replicas if r.process.poll() is None and r.said(SENDER_TAKEN)]
    (sender,) = alive[-1:]  # one replica holds it at a time
    return sender


# ---- the scenarios ---------------------------------------------------------------------------


DIGEST = Digest(source="s0", source_title="Bench", url="http://news.test/story", title="Une histoire",
                lead="Première phrase. Deuxième phrase.",
                related=tuple(Headline(f"Lié {n}", f"http://news.test/{n}") for n in range(5)))


async def seed(url: str, chats: int) -> None:
    """Record `chats` private chats subscribed to s0 and the digest to send them."""
    store = open_shared(url)
    await store.start()
    for chat in range(1, chats + 1):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title=f"Reader {chat}")
        await store.subscriptions.subscribe(chat, "s0")
    await store.digests.add(DIGEST)
    await store.close()


async def enqueue(url: str) -> float:
    """Queue the digest for every subscriber; return when it was queued."""
    store = open_shared(url)
    await store.start()
    targets = await store.subscriptions.subscribers("s0")
    await store.outbox.enqueue(ItemKind.DIGEST, DIGEST.key, targets)
    queued = time.time()
    await store.close()
    return queued


async def sent_marks(url: str) -> int:
    """Return how many deliveries the store has marked sent."""
    store = open_shared(url)
    await store.start()
    marked = len(await store.outbox.deliveries(status=DeliveryStatus.SENT))
    await store.close()
    return marked


def broadcast(args: argparse.Namespace, server: Any, folder: Path, *, kill: bool,
              count: int | None = None) -> float:
    """Run scenario (a) with `count` replicas (default --replicas), or (b) with `kill`; print its figures.

    Returns the share of the limit achieved from the enqueue.
    """
    count = count or args.replicas
    name = "kill_sender" if kill else f"broadcast{count}"
    servers = Servers(args.rate, 1)
    url = new_database(server, name)
    work = folder / name
    work.mkdir()
    replicas: list[Replica] = []
    try:
        asyncio.run(seed(url, args.chats))
        # The sources exist for the replicas' polls only; an interval of a day keeps them quiet.
        config = write_config(work, url, servers, 1, 86400, args.rate)
        replicas = start_replicas(count, config, work)
        sender = sender_of(replicas)
        before = servers.ask("count")
        queued = asyncio.run(enqueue(url))
        killed_at, in_flight, sent_at_kill = None, 0, 0
        if kill:
            wait_for(lambda: servers.ask("count") - before >= args.chats * 0.4, 600, "40% sent", 0.05)
            sender.process.send_signal(signal.SIGKILL)
            sender.process.wait()
            killed_at = time.time()
            sent_at_kill = servers.ask("count") - before
            in_flight = sent_at_kill - asyncio.run(sent_marks(url))
        wait_for(lambda: servers.ask("served") >= args.chats,
                 args.chats / args.rate * 3 + 60, "every chat served", 1.0)
        time.sleep(3)  # a duplicate still on its way arrives
        answer = servers.ask("sends")
    finally:
        stop_replicas(replicas)
        servers.stop()
    sends = answer["sends"]
    stats = answer["stats"]
    served = {c for c, _ in sends}
    times = sorted(t for _, t in sends)
    wall = times[-1] - queued
    busy = times[-1] - times[0]
    print(f"({'b' if kill else 'a'}) {count} replica{'s' if count > 1 else ''}, {args.chats} chats, one digest each, "
          f"limit {args.rate:g} msg/s (strict){': kill -9 of the sender at 40%' if kill else ''}")
    print(f"  sent {len(sends)} in {wall:.1f} s from the enqueue: {len(sends) / wall:.2f} msg/s = "
          f"{len(sends) / wall / args.rate:.1%} of the limit; from the first send: "
          f"{len(sends) / busy / args.rate:.1%} (the first send {times[0] - queued:.1f} s after the enqueue)")
    print(f"  answers {stats['total']}, of which 429: {stats['retry_after']} "
          f"({stats['retry_after'] / max(1, stats['total']):.2%})")
    print(f"  lost {args.chats - len(served)}, duplicates {len(sends) - len(served)}")
    if killed_at is not None:
        resumed = min((t for t in times if t > killed_at), default=None)
        resume = "never" if resumed is None else f"{resumed - killed_at:.1f} s"
        last = max(t for t in times if t <= killed_at)
        print(f"  killed after {sent_at_kill} sends; in flight at the kill (accepted by Telegram, not "
              f"marked sent): {in_flight}; sending resumed on another replica {resume} after the kill "
              f"({(resumed or last) - last:.1f} s without a send)")
    return len(sends) / wall / args.rate


def poll_takeover(args: argparse.Namespace, server: Any, folder: Path) -> None:
    """Run scenario (c); print its figures."""
    servers = Servers(args.rate, args.sources)
    url = new_database(server, "poll_takeover")
    work = folder / "poll"
    work.mkdir()
    interval = args.interval
    replicas: list[Replica] = []
    try:
        config = write_config(work, url, servers, args.sources, interval, args.rate)
        replicas = start_replicas(args.replicas, config, work)
        wait_for(lambda: all(r.said("starting:") for r in replicas), 60, "the replicas")
        started = time.time()
        time.sleep(interval * 3)  # every source polled, each by one replica, a few rounds
        victim = replicas[0]
        victim.process.send_signal(signal.SIGKILL)
        victim.process.wait()
        killed_at = time.time()
        time.sleep(interval * 3)
        fetches = servers.ask("fetches")
    finally:
        stop_replicas(replicas)
        servers.stop()
    by_source: dict[str, list[float]] = {}
    for path, at in fetches:
        if at >= started and path.startswith("/s") and path.endswith("/"):  # the listings
            by_source.setdefault(path, []).append(at)
    taken, lateness, early = 0, [], 0
    for times in by_source.values():
        times.sort()
        early += sum(1 for a, b in zip(times, times[1:]) if b - a < interval * 0.5)
        before = [t for t in times if t <= killed_at]
        after = [t for t in times if t > killed_at]
        if not before or not after:
            continue
        due = before[-1] + interval
        if due < killed_at:
            due = killed_at  # (its poll was overdue at the kill)
        late = after[0] - due
        lateness.append(late)
        if after[0] - before[-1] > interval * 1.1:
            taken += 1
    unpolled = args.sources - sum(1 for times in by_source.values() if any(t > killed_at for t in times))
    print(f"(c) {args.replicas} replicas, {args.sources} sources every {interval} s: kill -9 of one replica")
    print(f"  sources polled late after the kill (taken over): {taken}; the latest poll after its due "
          f"time: {max(lateness, default=0.0):.1f} s = {max(lateness, default=0.0) / interval:.2f} "
          f"intervals (target <= 1); never polled after the kill: {unpolled}")
    print(f"  polls within half an interval of the one before (twice in an interval): {early} of {sum(len(t) for t in by_source.values())}")


def main() -> None:
    """Run the scenarios and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=30.0, help="the limit, msg/s (Telegram's: 30)")
    parser.add_argument("--sources", type=int, default=30, help="sources of scenario (c)")
    parser.add_argument("--interval", type=int, default=20, help="their poll interval, seconds")
    parser.add_argument("--only", choices=("broadcast", "kill-sender", "poll"), action="append")
    parser.add_argument("--compare", action="store_true",
                        help="(a) also with one replica, the single process's figure, and the ratio")
    args = parser.parse_args()
    only = set(args.only or ("broadcast", "kill-sender", "poll"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = start_postgres(folder / "pg")
        try:
            if "broadcast" in only:
                share = broadcast(args, server, folder, kill=False)
                if args.compare and args.replicas > 1:
                    alone = broadcast(args, server, folder, kill=False, count=1)
                    print(f"  {args.replicas} replicas / one process: {share / alone:.3f} of its rate")
            if "kill-sender" in only:
                broadcast(args, server, folder, kill=True)
            if "poll" in only:
                poll_takeover(args, server, folder)
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
