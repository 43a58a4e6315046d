"""The TinyDB engine: the tables in memory, a journal for the changes that must be durable at once,
and a writer that puts the whole database on disk atomically without stalling the event loop.

TinyDB's own JSONStorage rewrites the whole file in place on every write: slow (O(size) per
write) and a crash mid-write corrupts it. Here TinyDB works on memory; a write takes a
snapshot of the tables, serializes it in slices (the event loop runs between two), and puts
the text in place in a thread: temporary file, fsync, `os.replace` (atomic). Tables unchanged
since their JSON was last made are not serialized again: during a broadcast only the outbox is.

The one change that must be durable at once, "this delivery was sent", is a line appended to
a journal file (flushed to the OS: it survives the process being killed) and replayed at the
next start. The journal is two files used in turn: when the lines of one are folded into a
snapshot, new lines go to the other, and the first is emptied once the file written from the
snapshot is in place. Switching is a change of handle, not a file-system call, so the event
loop never waits on the disk (a rename there can wait hundreds of milliseconds for another
file's fsync).

This is the only module of the bot that imports tinydb.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import shutil
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from bot.clock import Clock
from bot.store.migrations import SCHEMA_VERSION, SchemaError, Tables, journal_line_v1, upgrade

log = logging.getLogger(__name__)

SLICE_ROWS = 500  # rows serialized between two turns of the event loop (a few ms each)
FOLD_AT = 5000  # journal lines before a routine write folds them into the file
WRITE_EVERY = 1.0  # seconds: the background writer writes at most about this often

Row = dict[str, Any]
# A snapshot: per table its name, its version, and either a shallow copy of its rows or the
# JSON text made earlier from the same version of the table.
_Snapshot = list[tuple[str, int, "list[tuple[str, Row]] | str"]]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class StoreError(Exception):
    """The database cannot be used; the message says which file, what is wrong and what to do."""


class _MemoryStorage(Storage):
    """A TinyDB storage that keeps the data in memory; the engine decides when it reaches disk."""

    def __init__(self, data: Tables) -> None:
        self.data = data

    def read(self) -> Tables:
        return self.data

    def write(self, data: Tables) -> None:
        self.data = data


@dataclass
class WriteStats:
    """Where the writes' time went: on the event loop (snapshot, serializing) and in the thread."""

    writes: int = 0
    snapshot_seconds: float = 0.0
    longest_snapshot: float = 0.0
    serialize_seconds: float = 0.0
    longest_slice: float = 0.0  # the longest the event loop waited on one slice
    write_seconds: float = 0.0  # temp file, fsync, replace: in a thread
    longest_write: float = 0.0

    def reset(self) -> None:
        """Start counting afresh (a benchmark leaves its setup's writes out)."""
        for field in dataclasses.fields(self):
            setattr(self, field.name, field.default)

    def add_snapshot(self, seconds: float) -> None:
        """Count the time one snapshot took."""
        self.snapshot_seconds += seconds
        self.longest_snapshot = max(self.longest_snapshot, seconds)

    def add_slice(self, seconds: float) -> None:
        """Count the time one slice of JSON took."""
        self.serialize_seconds += seconds
        self.longest_slice = max(self.longest_slice, seconds)

    def add_write(self, seconds: float) -> None:
        """Count the time one file write took."""
        self.writes += 1
        self.write_seconds += seconds
        self.longest_write = max(self.longest_write, seconds)


class Engine:
    """The tables of one database file, in memory, and when and how they reach the disk."""

    def __init__(self, path: Path | str, *, clock: Clock, write_every: float = WRITE_EVERY,
                 fold_at: int = FOLD_AT) -> None:
        self.path = Path(path)
        self.journal_paths = (
            self.path.with_name(self.path.name + ".journal"),
            self.path.with_name(self.path.name + ".journal2"),
        )
        self.write_every = write_every
        self.fold_at = fold_at
        self.stats = WriteStats()
        data, found = self._load()
        self._storage = _MemoryStorage(data)
        self._db = TinyDB(storage=lambda: self._storage)
        self._tables: dict[str, Table] = {}
        self._versions: dict[str, int] = {}  # bumped by every change of a table
        self._seq = 0  # changes made so far, all tables
        self._written = 0  # changes made before the snapshot of the latest write on disk
        self._json_cache: dict[str, tuple[int, str]] = {}  # table -> (version, its JSON)
        # Journal lines not yet applied to their tables: table -> doc_id -> fields.
        self._patches: dict[str, dict[int, Row]] = {}
        self._journals = [open(p, "a", encoding="utf-8") for p in self.journal_paths]  # noqa: SIM115
        self._current = 0  # the journal new lines go to
        self._lines = [0, 0]  # lines in each journal not yet in a file on disk
        self._lock = asyncio.Lock()  # one write at a time: the other journal is then empty
        self._wake = asyncio.Event()  # something changed: the writer has work
        self._stopping = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None
        self._last_write = 0.0  # time.monotonic() when the latest write began
        self.closed = False
        if found is None:
            self.insert("meta", {"schema": SCHEMA_VERSION, "created": clock.now()})
        replayed = self._replay_journals()
        upgraded = found is not None and found < SCHEMA_VERSION
        if upgraded:
            # Keep what the older bot wrote beside the upgraded file: it can go back to it.
            shutil.copy2(self.path, self.path.with_name(f"{self.path.name}.schema{found}"))
            log.info("store: %s upgraded from schema %s to %d", self.path, found, SCHEMA_VERSION)
            for name in list(self._storage.data):
                self.mark_changed_in_place(name)
        if replayed or upgraded:
            # Write the upgraded tables and what a crash left in the journals now, so that the
            # file is in today's layout and both journals start empty.
            self._write_sync(fold=True)
            for journal in self._journals:
                journal.truncate(0)
            self._lines = [0, 0]

    # ---- loading ----------------------------------------------------------------------------

    def _load(self) -> tuple[Tables, int | None]:
        """Return the tables as stored (upgraded) and their schema, or raise StoreError, file untouched."""
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return {}, None
        try:
            raw = self.path.read_bytes()
            data = json.loads(raw) if raw.strip() else None
        except (OSError, ValueError) as exc:
            raise StoreError(
                f"{self.path}: the database is damaged ({exc}). The bot will not start on it, "
                "so that nothing is lost: the file is left as it was. Restore it from a backup, "
                "or move it away to start with an empty database."
            ) from None
        if not isinstance(data, dict) or not all(
            isinstance(t, dict) and all(isinstance(r, dict) for r in t.values()) for t in data.values()
        ):
            raise StoreError(
                f"{self.path}: this is not the bot's database (expected a JSON object of "
                "tables). The file is left as it was; move it away to start with an empty one."
            )
        try:
            return upgrade(data)
        except (SchemaError, KeyError, TypeError, ValueError) as exc:
            raise StoreError(
                f"{self.path}: the database cannot be read by this bot ({exc}). The file is left "
                "as it was; run the bot version that wrote it, or restore a backup."
            ) from None

    def _replay_journals(self) -> bool:
        """Load the lines the journals hold into the tables; return whether there were any."""
        count = 0
        for path in self.journal_paths:
            with path.open(encoding="utf-8") as journal:
                for line in journal:
                    try:
                        entry = json.loads(line)
                        if "t" in entry:
                            table, doc_id, fields = entry["t"], int(entry["id"]), dict(entry["set"])
                        else:
                            table, doc_id, fields = journal_line_v1(entry)
                    except (ValueError, KeyError, TypeError):
                        break  # a line cut by a crash: everything before it is whole
                    self._patches.setdefault(table, {}).setdefault(doc_id, {}).update(fields)
                    count += 1
        if count:
            log.info("store: %d journal lines recovered", count)
            self.apply_journal()
        return bool(count)

    # ---- the tables, for the repositories of this package ------------------------------------

    def rows(self, table: str) -> dict[str, Row]:
        """Return a table's rows by doc_id (as text), the live dict: read it, never change it.

        Reading the raw dict is what keeps the hot paths fast: TinyDB's search would build a
        Document per row, and with a broadcast in the outbox that costs tens of milliseconds.
        """
        return self._storage.data.get(table, {})

    def version(self, table: str) -> int:
        """Return a number that changes whenever the table does (for indexes kept beside it)."""
        return self._versions.get(table, 0)

    def _table(self, name: str) -> Table:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = self._db.table(name, cache_size=0)
        return table

    def _touch(self, table: str) -> None:
        self._versions[table] = self._versions.get(table, 0) + 1
        self._seq += 1
        self._wake.set()

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Add a row; return its doc_id."""
        doc_id = self._table(table).insert(dict(row))
        self._touch(table)
        return doc_id

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        """Add rows in one change of the table; return their doc_ids."""
        docs = [dict(r) for r in rows]
        if not docs:
            return []
        doc_ids = self._table(table).insert_multiple(docs)
        self._touch(table)
        return doc_ids

    def update(self, table: str, doc_ids: Collection[int], fields: Mapping[str, Any]) -> None:
        """Set fields of these rows (values are replaced whole, never changed in place)."""
        if doc_ids:
            self._table(table).update(dict(fields), doc_ids=list(doc_ids))
            self._touch(table)

    def remove(self, table: str, doc_ids: Collection[int]) -> None:
        """Remove these rows."""
        if doc_ids:
            self._table(table).remove(doc_ids=list(doc_ids))
            self._touch(table)

    def mark_changed_in_place(self, table: str) -> None:
        """Record that rows of a table were changed in place (so that the next write has them)."""
        self._touch(table)

    # ---- the journal -------------------------------------------------------------------------

    def journal(self, table: str, doc_id: int, fields: Mapping[str, Any]) -> None:
        """Record a change of one row durably at once (one line, flushed to the OS).

        The change reaches the table at the next fold; until then `journaled` holds it.
        """
        line = _dumps({"t": table, "id": doc_id, "set": dict(fields)})
        handle = self._journals[self._current]
        handle.write(line + "\n")
        handle.flush()  # in the OS's hands: survives the process being killed
        self._patches.setdefault(table, {}).setdefault(doc_id, {}).update(fields)
        self._lines[self._current] += 1
        if self._lines[self._current] >= self.fold_at:
            self._wake.set()

    def journaled(self, table: str) -> Mapping[int, Row]:
        """Return the journal's changes to a table not yet applied to it, by doc_id."""
        return self._patches.get(table, {})

    def apply_journal(self) -> None:
        """Apply the journal's changes to their tables, in place: O(lines), not O(table)."""
        for name, patches in self._patches.items():
            rows = self.rows(name)
            for doc_id, fields in patches.items():
                row = rows.get(str(doc_id))
                if row is not None:
                    row.update(fields)
            if patches:
                self.mark_changed_in_place(name)
        self._patches = {}

    # ---- writing -----------------------------------------------------------------------------

    def _must_fold(self, fold: bool | None) -> bool:
        # Folding rewrites the tables the journal changed (the outbox), so it is done when
        # asked (close) or when the journal has grown long; until then the lines are safe.
        lines = self._lines[self._current]
        return lines > 0 and (fold is True or (fold is None and lines >= self.fold_at))

    def _snapshot(self, *, fold: bool) -> tuple[_Snapshot, TextIO | None, int]:
        """Return a consistent copy of the tables to serialize, the journal it empties, and its seq.

        When folding, the journal's changes go into the copy and new lines go to the other
        journal from now on; the one returned is emptied once the file is written. The copy is
        shallow per row (rows hold scalars, or lists and dicts that are replaced, never changed
        in place) and skips the tables whose JSON was made from the same version.
        """
        folded = None
        if fold:
            self.apply_journal()
            folded = self._journals[self._current]
            self._lines[self._current] = 0
            self._current = 1 - self._current
        copy: _Snapshot = []
        for name, table in self._storage.data.items():
            version = self._versions.get(name, 0)
            cached = self._json_cache.get(name)
            if cached is not None and cached[0] == version:
                copy.append((name, version, cached[1]))
            else:
                copy.append((name, version, [(doc_id, dict(row)) for doc_id, row in table.items()]))
        return copy, folded, self._seq

    def _slices(self, snapshot: _Snapshot) -> Iterator[str]:
        """Yield the snapshot as JSON text, a slice of at most SLICE_ROWS rows at a time."""
        yield "{"
        for t_index, (name, version, content) in enumerate(snapshot):
            yield ("," if t_index else "") + json.dumps(name) + ":{"
            if isinstance(content, str):
                yield content
            else:
                pieces = []
                for start in range(0, len(content), SLICE_ROWS):
                    piece = ("," if start else "") + _dumps(dict(content[start : start + SLICE_ROWS]))[1:-1]
                    pieces.append(piece)
                    yield piece
                if self._versions.get(name, 0) == version:  # not changed since the snapshot
                    self._json_cache[name] = (version, "".join(pieces))
            yield "}"
        yield "}"

    def _write_file(self, payload: bytes, folded: TextIO | None) -> None:
        """Put the file in place atomically, then empty the journal whose lines it now holds."""
        started = time.perf_counter()
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        if folded is not None:
            folded.truncate(0)
        self.stats.add_write(time.perf_counter() - started)

    def _needs_write(self, fold: bool | None) -> bool:
        return self._seq > self._written or self._must_fold(fold)

    def _write_sync(self, *, fold: bool | None) -> None:
        """Write the database now, blocking (at open, before the event loop has work)."""
        if not self._needs_write(fold):
            return
        self._last_write = time.monotonic()
        snapshot, folded, seq = self._snapshot(fold=self._must_fold(fold))
        self._write_file("".join(self._slices(snapshot)).encode(), folded)
        self._written = seq

    async def write(self, *, fold: bool | None = None) -> None:
        """Write the database atomically if anything changed, without stalling the event loop.

        By default the journal is folded in only once it is long (see FOLD_AT).
        """
        async with self._lock:
            if not self._needs_write(fold):
                return
            self._last_write = time.monotonic()
            started = time.perf_counter()
            snapshot, folded, seq = self._snapshot(fold=self._must_fold(fold))
            self.stats.add_snapshot(time.perf_counter() - started)
            parts = []
            slices = self._slices(snapshot)
            while True:
                started = time.perf_counter()
                part = next(slices, None)
                self.stats.add_slice(time.perf_counter() - started)
                if part is None:
                    break
                parts.append(part)
                await asyncio.sleep(0)  # let the loop run between slices
            writing = asyncio.ensure_future(asyncio.to_thread(self._write_file, "".join(parts).encode(), folded))
            try:
                await asyncio.shield(writing)
            except asyncio.CancelledError:
                # The thread goes on: hold the lock until the file is in place, so that no
                # other write races it for the temporary file.
                await asyncio.wait([writing])
                raise
            self._written = max(self._written, seq)

    async def sync(self) -> None:
        """Return once every change made so far is in the file on disk (a write now if needed)."""
        target = self._seq
        while self._written < target:
            await self.write()

    # ---- the background writer ---------------------------------------------------------------

    def start(self) -> None:
        """Start the background writer on the running loop (once)."""
        if self._writer is None and not self.closed:
            self._writer = asyncio.get_running_loop().create_task(self._run(), name="store-writer")

    async def _pause(self, seconds: float) -> None:
        """Wait this long, or less when the engine is closing."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _run(self) -> None:
        """Write whatever changed, at most once per `write_every` seconds, until stopped."""
        while not self._stopping.is_set():
            await self._wake.wait()
            # Coalesce: the changes of the coming moments go into the same write.
            await self._pause(self._last_write + self.write_every - time.monotonic())
            if self._stopping.is_set():
                return
            self._wake.clear()
            try:
                await self.write()
            except Exception:  # a full disk, say: the changes stay in memory, to write later
                log.exception("store: writing %s failed; trying again", self.path)
                self._wake.set()
                await self._pause(self.write_every)

    async def close(self) -> None:
        """Stop the writer, write everything (folding the journal), close the files; once."""
        if self.closed:
            return
        self.closed = True
        self._stopping.set()
        self._wake.set()
        if self._writer is not None:
            await self._writer
        await self.write(fold=True)
        for journal in self._journals:
            journal.truncate(0)  # every line is in the file now, in either journal
            journal.close()

    def abandon(self) -> None:
        """Close the journal files as they are and stop writing: what a killed process leaves."""
        self.closed = True
        self._stopping.set()
        if self._writer is not None:
            self._writer.cancel()
        for journal in self._journals:
            journal.close()
