"""A real PostgreSQL for the tests: one server per test session (the pgserver wheel), a fresh database per test."""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import tempfile
import warnings
from urllib.parse import urlsplit, urlunsplit

import psycopg

_numbers = itertools.count(1)


class PostgresServer:
    """A PostgreSQL server in a temporary folder, reached by a unix socket; `database()` gives a new, empty one.

    For tests it flushes nothing to disk (fsync off); `durable=True` keeps the defaults (benchmarks).
    """

    def __init__(self, *, durable: bool = False) -> None:
        # A short path: the server's unix socket lives in it (at most 107 bytes).
        self.folder = tempfile.mkdtemp(prefix="pg", dir="/tmp")
        # pgserver logs its clean-up at exit, after pytest closed the streams: keep it quiet.
        logging.getLogger("pgserver").setLevel(logging.WARNING)
        with warnings.catch_warnings():  # platformdirs (under pgserver) warns when XDG_RUNTIME_DIR is unset
            warnings.simplefilter("ignore")
            import pgserver

            self._server = pgserver.get_server(os.path.join(self.folder, "data"), cleanup_mode="stop")
            self.url = self._server.get_uri()
        if durable:  # a benchmark measures commits as a production server makes them
            return
        with psycopg.connect(self.url, autocommit=True) as conn:
            # Test databases hold nothing worth a flush to disk; a test waits on no fsync.
            conn.execute("ALTER SYSTEM SET fsync = off")
            conn.execute("ALTER SYSTEM SET synchronous_commit = off")
            conn.execute("ALTER SYSTEM SET full_page_writes = off")
            conn.execute("SELECT pg_reload_conf()")

    def database(self) -> str:
        """Create an empty database; return its URL."""
        name = f"t{os.getpid()}_{next(_numbers)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url_of(name)

    def drop(self, url: str) -> None:
        """Drop a database made by `database()`, whoever is still connected to it."""
        name = urlsplit(url).path.lstrip("/")
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]

    def url_of(self, name: str) -> str:
        """Return the URL of a database of this server."""
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)
