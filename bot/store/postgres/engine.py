"""The PostgreSQL engine: a pool of connections, the schema's migrations, and errors that name the setting.

Every statement runs on a connection of the pool in autocommit, or in one explicit transaction
(`transaction()`): a method of a repository has committed when it returns, so a sent mark, a
queued broadcast or a roundup is durable at once, and every replica sees it. Nothing is kept in
memory between calls: the tables live in the database.

The schema is created and upgraded by `migrate` (synchronous: it runs where the store is
opened, as the TinyDB engine reads its file there) under a transaction-scoped advisory lock,
so replicas starting together apply each step once. The pool itself is opened on first use,
on the running event loop.

This is the only module of the bot that imports psycopg.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import psycopg
import psycopg_pool

from bot.store.errors import StoreError, StoreWriteError
from bot.store.postgres.migrations import LATEST, MIGRATION_LOCK, STEPS, VERSION_TABLE

log = logging.getLogger(__name__)

SETTING = "[storage] url"  # where the URL comes from: named by every error
EXPECTED = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE of a running PostgreSQL"
CONNECT_TIMEOUT = 10  # seconds to reach the server before giving up with a clear error
POOL_SIZE = 8  # connections per replica: sends, polls and commands at once

Record = tuple[Any, ...]  # a row as the driver gives it: never leaves bot/store/postgres
Params = Sequence[Any] | Mapping[str, Any]  # %s values in order, or %(name)s values by name


def is_database_url(location: object) -> bool:
    """Return whether a store location is a PostgreSQL URL (else it is a TinyDB file)."""
    return isinstance(location, str) and location.split("://", 1)[0] in ("postgresql", "postgres")


def redact(url: str) -> str:
    """Return the URL with its password (in the user part or as `?password=`) replaced by ***, for messages and logs."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return "<an unreadable URL>"
    if password is not None:
        host = parts.netloc.rpartition("@")[2]
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    query = [(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    if any(k == "password" for k, _ in query):
        parts = parts._replace(query=urlencode(query, safe="/*"))
    return urlunsplit(parts)


def _passwords(url: str) -> set[str]:
    """Return the password a URL holds, as written and decoded (none: empty)."""
    try:
        parts = urlsplit(url)
        found = {parts.password or ""} | {v for k, v in parse_qsl(parts.query) if k == "password"}
    except ValueError:
        return set()
    return {p for secret in found for p in (secret, unquote(secret)) if p}


def bigint_array(values: Iterable[int | None]) -> str:
    """Return whole numbers (None: NULL) as the text of a PostgreSQL array, for a `%s::bigint[]` parameter.

    A broadcast passes 100,000 chat ids at once: as text they cost the driver one string (about
    twice as fast, and 4 MB of memory once instead of 18 MB, as a Python list dumped element by
    element: bench/pg_store.py).
    """
    return "{" + ",".join("NULL" if v is None else str(int(v)) for v in values) + "}"


def _scrub(message: str, url: str) -> str:
    """Return a driver's message with the URL's password taken out, wherever it shows."""
    for secret in _passwords(url):
        message = message.replace(secret, "***")
    return " ".join(message.split())


def _problem(url: str, exc: BaseException) -> str:
    """Return what went wrong talking to the database, naming the setting and never the password."""
    return f"{SETTING} {redact(url)}: {_scrub(str(exc), url) or type(exc).__name__}"


@dataclass(frozen=True)
class Migration:
    """What `migrate` found and left: the schema's version before and after."""

    before: int
    after: int

    @property
    def applied(self) -> int:
        """Return how many steps ran."""
        return self.after - self.before


def _check_url(url: str) -> None:
    if not is_database_url(url):
        raise StoreError(f"{SETTING} {redact(url)!r}: expected {EXPECTED}.")


def connect(url: str) -> psycopg.Connection[Record]:
    """Return a new synchronous connection; StoreError naming the setting when it cannot be made."""
    _check_url(url)
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, autocommit=True)
    except (psycopg.Error, ValueError) as exc:
        raise StoreError(f"{_problem(url, exc)}. Expected {EXPECTED}; check the URL and that "
                         "the server runs and takes connections from here.") from None


def migrate(url: str) -> Migration:
    """Create or upgrade the schema to LATEST (once among replicas starting together); return the versions.

    StoreError when the database cannot be reached or was made by a newer bot.
    """
    with connect(url) as conn:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                conn.execute(VERSION_TABLE)
                row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
                before = int(row[0]) if row is not None and row[0] is not None else 0
                if before > LATEST:
                    raise StoreError(
                        f"{SETTING} {redact(url)}: the database's schema is version {before}, newer "
                        f"than this bot's ({LATEST}). Run the bot version that upgraded it.")
                for version, sql in STEPS:
                    if version > before:
                        conn.execute(sql)
                        conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
        except psycopg.Error as exc:
            raise StoreError(f"{_problem(url, exc)}: the schema could not be made.") from None
    if before < LATEST:
        log.info("store: PostgreSQL schema upgraded from version %d to %d", before, LATEST)
    return Migration(before=before, after=max(before, LATEST))


class Session:
    """One connection, within a transaction or not: what the repositories run their SQL on."""

    def __init__(self, conn: psycopg.AsyncConnection[Record]) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run a statement; return how many rows it changed."""
        cursor = await self._conn.execute(sql, params)
        return cursor.rowcount

    async def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run a statement once per set of values (pipelined: one round trip for them all)."""
        if rows:
            async with self._conn.cursor() as cursor:
                await cursor.executemany(sql, rows)

    async def fetch(self, sql: str, params: Params = ()) -> list[Record]:
        """Run a query; return its rows."""
        cursor = await self._conn.execute(sql, params)
        return await cursor.fetchall()

    async def fetchone(self, sql: str, params: Params = ()) -> Record | None:
        """Run a query; return its first row, or None."""
        cursor = await self._conn.execute(sql, params)
        return await cursor.fetchone()

    async def value(self, sql: str, params: Params = ()) -> Any:
        """Run a query; return the first column of its first row (None without rows)."""
        row = await self.fetchone(sql, params)
        return row[0] if row is not None else None


class PgEngine:
    """The pool of one PostgreSQL database, opened on first use on the running loop."""

    def __init__(self, url: str, *, pool_size: int = POOL_SIZE, wait: float = 3 * CONNECT_TIMEOUT) -> None:
        _check_url(url)
        self.url = url
        self.pool_size = pool_size
        self.wait = wait  # seconds a statement waits for a connection before StoreWriteError
        self.failure: str | None = None  # why the latest statement failed, when it did
        self._pool: psycopg_pool.AsyncConnectionPool[psycopg.AsyncConnection[Record]] | None = None
        self._opening: asyncio.Lock | None = None
        self._sweep: asyncio.Task[None] | None = None  # the check of every idle connection after one was found cut
        self.closed = False

    def __repr__(self) -> str:
        return f"PgEngine({redact(self.url)!r})"

    async def _check(self, conn: psycopg.AsyncConnection[Record]) -> None:
        """Check a connection as the pool hands it out; when the server cut it, check every idle one at once.

        The pool tries its idle connections one by one, backing off 1, 2, 4, 8 s between two stale
        ones: after a restart that cut them all, a statement would wait through the whole pool (over
        its 30 s with eight connections). One stale connection says the others are too: the sweep
        replaces them together, so the statement's next try gets a fresh one.
        """
        try:
            await psycopg_pool.AsyncConnectionPool.check_connection(conn)
        except Exception:
            if self._pool is not None and (self._sweep is None or self._sweep.done()):
                self._sweep = asyncio.create_task(self._pool.check())
            raise

    async def open(self) -> None:
        """Open the pool (once); StoreError naming the setting when the database cannot be reached."""
        if self._pool is not None:
            return
        if self.closed:
            raise StoreError(f"{SETTING} {redact(self.url)}: the store is closed")
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pool is not None:
                return
            pool: psycopg_pool.AsyncConnectionPool[psycopg.AsyncConnection[Record]] = (
                psycopg_pool.AsyncConnectionPool(
                    self.url, min_size=1, max_size=self.pool_size, open=False, name="store",
                    kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
                    # A connection is checked as it is taken (an empty query): after the server
                    # restarted, a stale one is replaced instead of failing the caller's statement
                    # (and the others are swept at once: see _check).
                    check=self._check,
                    timeout=self.wait,
                ))
            try:
                await pool.open(wait=True, timeout=CONNECT_TIMEOUT)
            except (psycopg_pool.PoolTimeout, psycopg.Error) as exc:
                await pool.close()
                raise StoreError(f"{_problem(self.url, exc)}: cannot open connections. "
                                 f"Expected {EXPECTED}.") from None
            self._pool = pool

    @asynccontextmanager
    async def session(self, *, transaction: bool = False) -> AsyncIterator[Session]:
        """Yield a connection of the pool (in one transaction, committed at the end, if asked).

        A lost or refused database raises StoreWriteError (the bot stops what must be durable
        until `can_write`); any other database error is a bug, raised as it is.
        """
        await self.open()
        assert self._pool is not None
        try:
            async with self._pool.connection() as conn:
                if transaction:
                    async with conn.transaction():
                        yield Session(conn)
                else:
                    yield Session(conn)
        except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as exc:
            self.failure = _problem(self.url, exc)
            raise StoreWriteError(self.failure) from None
        self.failure = None

    def transaction(self) -> AbstractAsyncContextManager[Session]:
        """Return a context giving a Session whose statements commit together at its end."""
        return self.session(transaction=True)

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement (committed on return); return how many rows it changed."""
        async with self.session() as session:
            return await session.execute(sql, params)

    async def fetch(self, sql: str, params: Params = ()) -> list[Record]:
        """Run one query; return its rows."""
        async with self.session() as session:
            return await session.fetch(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Record | None:
        """Run one query; return its first row, or None."""
        async with self.session() as session:
            return await session.fetchone(sql, params)

    async def value(self, sql: str, params: Params = ()) -> Any:
        """Run one query; return the first column of its first row (None without rows)."""
        async with self.session() as session:
            return await session.value(sql, params)

    async def can_write(self) -> bool:
        """Return whether the database takes statements now (asked again only after a failure)."""
        if self.failure is None:
            return True
        try:
            await self.execute("SELECT 1")
        except (StoreWriteError, StoreError):
            return False
        return True

    async def close(self) -> None:
        """Close the pool; later calls do nothing."""
        self.closed = True
        if self._sweep is not None and not self._sweep.done():
            self._sweep.cancel()  # (a sweep still checking connections of a pool about to close)
            await asyncio.gather(self._sweep, return_exceptions=True)
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()
