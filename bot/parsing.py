"""Parsing off the event loop: listings, articles and OPML files read in worker processes.

Every page the bot reads is parsed here, never on the event loop, and within a budget: a
parse that runs longer than PARSE_SECONDS has its worker killed (a thread cannot be stopped;
a process can), and a worker's memory is capped at PARSE_MEMORY_MB (RLIMIT_AS; a worker that
reached the cap is stopped as soon as the parent sees it, for a parser that ran out does not always
come back), so that one pathological page costs its own source a failure and nothing else. Workers
start when the first parse asks for one; `close()` stops them (the bot's shutdown, and an atexit hook).

Workers are forked from a fork server, never from the bot itself; like every start method but
fork, a worker's start imports the main module (run_bot.py) unless it is `python -m`: keep the
main module's work under `if __name__ == "__main__":`.
"""

from __future__ import annotations

import asyncio
import atexit
import dataclasses
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from bot.models import Article, SourceKind, valid_text
from bot.news import listing as _listing
from bot.news import opml as _opml
from bot.news.article import extract_article as _extract_article

PARSE_SECONDS = 20.0  # one parse longer than this is its page's failure (a 5 MB page takes 10-16 s)
PARSE_MEMORY_MB = 512  # a worker's address space; a parse past it fails (a 5 MB page peaks near 250 MB)
WORKERS = max(1, min(4, os.cpu_count() or 1))  # parses at once; more wait their turn
TASKS_PER_WORKER = 500  # a worker is replaced after this many parses: what lxml fragments goes
PEAK_SHARE = 0.9  # a parse whose worker came this close to its memory budget went over it
WATCH_SECONDS = 0.2  # how often a parse under way has its worker's memory looked at
MAX_ENTRIES = 1000  # a listing's entries kept, first (newest, most prominent) first; sites list < 300
STOP_SECONDS = 2.0  # how long close() waits for a worker to finish before killing it

T = TypeVar("T")


# A worker that cannot even receive its task (MemoryError in recv) exits with this code.
MEMORY_EXIT_CODE = 86


class ParseAborted(Exception):
    """A parse ended without a result: over its time or memory budget, or its worker died."""


@dataclass(frozen=True)
class Budget:
    """How long one parse may run and how much memory its worker may hold."""

    seconds: float = PARSE_SECONDS
    memory_mb: int = PARSE_MEMORY_MB


# ---------------------------------------------------------------------------- in the worker


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space (a parse past it gets MemoryError) and drop core dumps."""
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _peak_mb(pid: int | None = None) -> float:
    """Return the most address space a process (this one by default) has held, in MB (0 where /proc cannot say)."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _serve(conn: Connection, memory_mb: int) -> None:
    """Run the parses the parent sends, one at a time, answering (True, result) or (False, error)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the bot, which stops the workers
    _limit_memory(memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        except MemoryError:
            # The task itself is over the budget (a page too big to hold): the parent may still be
            # sending it, so no answer can go back through the pipe; the exit code says why.
            os._exit(MEMORY_EXIT_CODE)
        if task is None:
            return
        function, args = task
        try:
            answer: tuple[bool, object] = (True, function(*args))
            # A parser that catches every Exception (extract_article does) swallows MemoryError
            # and returns what it has: a peak at the cap says the result is not to be trusted.
            if _peak_mb() >= memory_mb * PEAK_SHARE:
                raise MemoryError
        except MemoryError:
            # What lxml and Python hold after running out is not worth trusting: answer, then go.
            conn.send((False, ParseAborted(f"over the memory budget of {memory_mb} MB")))
            return
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
            exc.add_note(traceback.format_exc())  # the worker's traceback, for the caller's log
            answer = (False, exc)
        try:
            conn.send(answer)
        except MemoryError:
            return
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or error: say what it was
            conn.send((False, RuntimeError(f"cannot return {type(answer[1]).__name__}: {exc}")))


def read_listing(content: bytes | str, url: str, kind: SourceKind = SourceKind.AUTO) -> _listing.Listing:
    """Return the listing a worker reads: parse_listing of the content made valid text, its first MAX_ENTRIES."""
    # Text that UTF-8 cannot encode ("\ud800") is no page's text; lxml would refuse it.
    listing = _listing.parse_listing(valid_text(content) if isinstance(content, str) else content, url, kind)
    if len(listing.entries) <= MAX_ENTRIES:
        return listing
    # The parent unpickles the answer holding the GIL: 50,000 entries are 300 ms of a frozen loop.
    return dataclasses.replace(listing, entries=listing.entries[:MAX_ENTRIES])


def read_article(content: bytes | str, url: str) -> Article:
    """Return the article a worker reads: extract_article of the content, made valid text first."""
    return _extract_article(valid_text(content) if isinstance(content, str) else content, url)


# ---------------------------------------------------------------------------- the pool


def _context() -> BaseContext:
    """Return how workers are started: from a fork server that has the parsers imported."""
    # Never a plain fork of the bot: it has threads and an event loop a child must not inherit.
    # The fork server is a clean process that imports the parsers once; each worker is a fork
    # of it, ready in milliseconds. Where there is none (Windows), spawn.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context: BaseContext, memory_mb: int) -> None:
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, memory_mb), name="parser", daemon=True)
        self.process.start()
        child.close()
        self.tasks = 0

    def stop(self, wait: float = 0.0) -> None:
        """Ask the worker to finish, kill it if it has not within `wait` seconds, and release it."""
        if wait and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.process.close()
        self.conn.close()


class ParsePool:
    """Worker processes that run parses within a Budget; a worker over its budget is replaced."""

    def __init__(self, budget: Budget = Budget(), workers: int = WORKERS,
                 tasks_per_worker: int = TASKS_PER_WORKER) -> None:
        self.budget = budget
        self.tasks_per_worker = tasks_per_worker
        self._context = _context()
        # One thread per worker waits on its pipe, so that the event loop never does; a parse
        # beyond `workers` waits in the executor's queue, holding no thread of anyone else's.
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="parse")
        self._idle: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        for _ in range(workers):
            self._idle.put(None)  # a slot whose worker starts when first needed
        self._lock = threading.Lock()
        self._busy: set[_Worker] = set()
        self._closed = False

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Return function(*args) as run in a worker; raise what it raised, or ParseAborted."""
        if self._closed:
            raise ParseAborted("the parser pool is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._run, function, args)

    def _run(self, function: Callable[..., T], args: tuple[Any, ...]) -> T:
        """Run one parse in an idle worker, starting or replacing it as needed (in a pool thread)."""
        worker = self._idle.get()
        keep = False
        try:
            if self._closed:
                raise ParseAborted("the parser pool is closed")
            if worker is None:
                try:
                    worker = _Worker(self._context, self.budget.memory_mb)
                except OSError as exc:  # no process to be had (EAGAIN, ENOMEM): this parse fails
                    raise ParseAborted(f"cannot start a worker: {exc}") from None
            with self._lock:
                self._busy.add(worker)
            if self._closed:  # closed while this worker started: close() did not see it busy
                raise ParseAborted("the parser pool was closed")
            ok, value = self._ask(worker, function, args)
            keep = not isinstance(value, ParseAborted) and worker.tasks < self.tasks_per_worker
        finally:
            if worker is not None:
                with self._lock:
                    self._busy.discard(worker)
                if not keep:
                    worker.stop()  # killed if still at work: the one way to end a parse
                    worker = None
            self._idle.put(worker)
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def _ask(self, worker: _Worker, function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
        """Return a worker's answer (ok, result or error); raise ParseAborted when it runs out of time or dies."""
        worker.tasks += 1
        try:
            worker.conn.send((function, args))
            self._wait(worker)
            ok, value = worker.conn.recv()
        except (OSError, EOFError):
            if self._closed:
                raise ParseAborted("the parser pool was closed") from None
            worker.process.join(1)
            if worker.process.exitcode == MEMORY_EXIT_CODE:
                raise ParseAborted(f"over the memory budget of {self.budget.memory_mb} MB "
                                   "(the task alone did not fit)") from None
            raise ParseAborted(f"its worker died (exit code {worker.process.exitcode})") from None
        return ok, value

    def _wait(self, worker: _Worker) -> None:
        """Return once the worker has answered; raise ParseAborted when its time or its memory runs out first."""
        deadline = time.monotonic() + self.budget.seconds
        while not worker.conn.poll(max(0.0, min(WATCH_SECONDS, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                raise ParseAborted(f"took longer than {self.budget.seconds:g} s")
            # A worker at its cap would answer that it went over (see _serve), if it answered: libxml2 does not
            # always come back from an allocation the cap refused, and a parse whose every allocation fails crawls.
            if _peak_mb(worker.process.pid) >= self.budget.memory_mb * PEAK_SHARE:
                raise ParseAborted(f"over the memory budget of {self.budget.memory_mb} MB")

    def close(self) -> None:
        """Stop every worker (a parse under way ends as ParseAborted); the pool cannot be used again."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            busy = list(self._busy)
        for worker in busy:
            if worker.process.is_alive():
                worker.process.kill()  # its thread sees the pipe close and retires it
        self._threads.shutdown(wait=True, cancel_futures=True)
        while True:
            try:
                idle = self._idle.get_nowait()
            except queue.Empty:
                break
            if idle is not None:
                idle.stop(STOP_SECONDS)


# ---------------------------------------------------------------------------- the bot's pool

_pool: ParsePool | None = None
_budget = Budget()
_pool_lock = threading.Lock()


def pool() -> ParsePool:
    """Return the bot's pool, made on first use with the configured budget."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ParsePool(_budget)
        return _pool


def configure(budget: Budget) -> None:
    """Set the budget of every parse from now on (the running pool, if any, is closed)."""
    global _budget
    _budget = budget
    close()


def close() -> None:
    """Stop the bot's worker processes; a later parse starts new ones."""
    global _pool
    with _pool_lock:
        closing, _pool = _pool, None
    if closing is not None:
        closing.close()


atexit.register(close)


async def parse_listing(content: bytes | str, url: str, kind: SourceKind = SourceKind.AUTO) -> _listing.Listing:
    """Return bot.news.listing.parse_listing's Listing, parsed in a worker; ListingError if over budget."""
    try:
        return await pool().run(read_listing, content, url, kind)
    except ParseAborted as exc:
        raise _listing.ListingError(f"cannot be parsed: {exc}") from None


async def extract_article(content: bytes | str, url: str) -> Article:
    """Return bot.news.article.extract_article's Article, extracted in a worker; ParseAborted if over budget."""
    return await pool().run(read_article, content, url)


async def parse_opml(data: bytes) -> list[tuple[str, str]]:
    """Return bot.news.opml.parse_opml's feeds, parsed in a worker; ValueError if over budget."""
    try:
        return await pool().run(_opml.parse_opml, data)
    except ParseAborted as exc:
        raise ValueError(f"the file cannot be parsed: {exc}") from None
