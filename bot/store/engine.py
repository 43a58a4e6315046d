"""The TinyDB engine: the tables in memory, a journal for the changes that must be durable at once,
and a writer that puts the whole database on disk atomically without stalling the event loop.

TinyDB's own JSONStorage rewrites the whole file in place on every write: slow (O(size) per
write) and a crash mid-write corrupts it. Here TinyDB works on memory; a write takes a
snapshot of the tables, serializes it in slices (the event loop runs between two), and puts
the text in place in a thread: temporary file, fsync, `os.replace` (atomic). Rows unchanged
since their JSON was last made are not serialized again: a poll's change of one source's row
costs that row, not the table (rows are replaced, never changed in place, so an unchanged
row is the same object as at the last write).

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
import errno
import fcntl
import itertools
import json
import logging
import os
import shutil
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb.storages import MemoryStorage

from bot.clock import Clock
from bot.store.errors import StoreError, StoreWriteError
from bot.store.migrations import SCHEMA_VERSION, SchemaError, Tables, journal_line_v1, upgrade
from bot.store.schema import journal_error, shape_error

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.004  # the time one slice of JSON aims at, between two turns of the event loop
FIRST_SLICE_ROWS = 50  # rows in a table's first slice; the next ones follow the time it took
REUSED_SLICE_ROWS = 20_000  # rows of an unchanged table's JSON joined in one slice (a copy, no work)
JOURNAL_STEP = 2000  # journal changes applied to the tables between two turns of the event loop
FOLD_AT = 5000  # journal lines before a routine write folds them into the file
WRITE_EVERY = 1.0  # seconds: the background writer writes at most about this often

Row = dict[str, Any]


@dataclass(slots=True)
class _TableJson:
    """A table's rows as of its latest serialization, and each one's JSON (`"doc_id":{...}`, UTF-8).

    Kept as two dicts, not a tuple per row: a tuple holding a row is one more object per row
    for the collector to scan. `rows` is the snapshot's copy, made for the write anyway.
    """

    version: int  # the table's version the rows are of; -1: it changed during the serialization
    rows: dict[str, Row]
    texts: dict[str, bytes]


# A snapshot: per table its name, its version, and either a shallow copy of its rows or the
# JSON made earlier from the same version of the table.
_Snapshot = list[tuple[str, int, "dict[str, Row] | _TableJson"]]


_JOURNAL_ADVICE = ("The bot will not start on it, so that no sent mark is lost: the files are left "
                   "as they were. Restore a backup, or remove that line if you know what it held.")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _encode(text: str) -> bytes:
    """Return the JSON text as UTF-8; a lone surrogate becomes its JSON escape, never an error.

    Text from outside is cleaned where it is parsed; this is the last line: one bad value
    must never make every later write fail.
    """
    return text.encode("utf-8", "backslashreplace")


class _TablesInMemory(MemoryStorage):
    """TinyDB's in-memory storage holding the database's tables, in TinyDB's own layout.

    The engine changes rows in these dicts itself rather than through TinyDB's Table, whose
    every insert, update or remove rebuilds the whole table (O(rows) per change); and a row is
    replaced, never changed in place, so that a snapshot can share the rows it copies.
    """

    def __init__(self, data: Tables) -> None:
        self.memory = data
        self.data: Tables = data  # name -> doc_id (as text) -> row

    def write(self, data: Tables) -> None:
        """Take the tables TinyDB hands over (the engine itself never does)."""
        self.memory = self.data = data


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


def write_atomically(path: Path, payload: bytes | Iterable[bytes]) -> None:
    """Put `payload` (bytes, or pieces of them in order) in place of `path` whole or not at all.

    Temporary file, fsync, os.replace. Pieces are written one by one: the whole file is never
    joined into one string in memory.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("wb") as handle:
            if isinstance(payload, bytes):
                handle.write(payload)
            else:
                handle.writelines(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk must not also keep a half-written copy around
        raise


def dump_tables(tables: Tables) -> bytes:
    """Return the tables as the database file's bytes."""
    return _encode(_dumps(tables))


def journal_paths(path: Path) -> tuple[Path, Path]:
    """Return the two journal files that go with a database file."""
    return path.with_name(path.name + ".journal"), path.with_name(path.name + ".journal2")


def read_tables(path: Path) -> tuple[Tables, int | None]:
    """Return a database file's tables in today's layout and the schema found (None: no file or empty).

    Raises StoreError, naming the file and what is wrong, when it is damaged, of a newer
    schema, or holds a row of a wrong shape; the file is never changed here.
    """
    if not path.exists():
        return {}, None
    try:
        raw = path.read_bytes()
        data = json.loads(raw) if raw.strip() else None
    except (OSError, ValueError) as exc:
        raise StoreError(
            f"{path}: the database is damaged ({exc}). The bot will not start on it, "
            "so that nothing is lost: the file is left as it was. Restore it from a backup, "
            "or move it away to start with an empty database."
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(t, dict) and all(isinstance(r, dict) for r in t.values()) for t in data.values()
    ):
        raise StoreError(
            f"{path}: this is not the bot's database (expected a JSON object of "
            "tables). The file is left as it was; move it away to start with an empty one."
        )
    try:
        tables, found = upgrade(data)
    except (SchemaError, KeyError, TypeError, ValueError) as exc:
        raise StoreError(
            f"{path}: the database cannot be read by this bot ({exc}). The file is left "
            "as it was; run the bot version that wrote it, or restore a backup."
        ) from None
    problem = shape_error(tables)
    if problem is not None:
        raise StoreError(
            f"{path}: {problem}. The bot will not start on it, so that nothing is lost: "
            "the file is left as it was. Restore a backup, or correct or remove that row."
        )
    return tables, found


@dataclass(frozen=True)
class JournalLine:
    """One change a journal holds: fields set on a row, or a row added whole (`added`)."""

    table: str
    doc_id: int
    fields: Row
    added: bool = False


def read_journal(path: Path) -> list[JournalLine]:
    """Return a journal's whole lines, one change each (a line that adds rows gives one per row), in order.

    A line that is not JSON was cut: by a crash (the last line) or by a write that failed
    (a full disk; the next line starts anew): skipped. A whole line of a wrong shape, or
    bytes that are not UTF-8, mean the file is not what the bot wrote: StoreError.
    """
    entries: list[JournalLine] = []
    if not path.exists():
        return entries
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        where = f"{path}: line {number}"
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise StoreError(f"{where} is not UTF-8 text. {_JOURNAL_ADVICE}") from None
        try:
            entry = json.loads(text)
        except ValueError:
            if text.strip():
                log.warning("store: %s was cut by a crash or a failed write: skipped", where)
            continue
        if isinstance(entry, dict) and "t" not in entry and "id" in entry:
            try:
                entries.append(JournalLine(*journal_line_v1(entry)))
            except (KeyError, TypeError, ValueError):
                raise StoreError(f"{where}: not a sent mark. {_JOURNAL_ADVICE}") from None
            continue
        problem = journal_error(entry)
        if problem is not None:
            raise StoreError(f"{where}: {problem}. {_JOURNAL_ADVICE}")
        if "ins" in entry:
            entries += [JournalLine(entry["t"], int(i), dict(r), added=True) for i, r in entry["ins"].items()]
        else:
            entries.append(JournalLine(entry["t"], entry["id"], dict(entry["set"])))
    return entries


class Engine:
    """The tables of one database file, in memory, and when and how they reach the disk."""

    def __init__(self, path: Path | str, *, clock: Clock, write_every: float = WRITE_EVERY,
                 fold_at: int = FOLD_AT) -> None:
        self.path = Path(path)
        self.journal_paths = journal_paths(self.path)
        self.write_every = write_every
        self.fold_at = fold_at
        self.stats = WriteStats()
        self._lock_file = self._take_lock()
        data, found = self._load()
        self._storage = _TablesInMemory(data)
        self._versions: dict[str, int] = {}  # bumped by every change of a table
        self._seq = 0  # changes made so far, all tables
        self._written = 0  # changes made before the snapshot of the latest write on disk
        # Per table the JSON of each row at the latest write: only bytes, and only the rows the
        # table held then (a removed row's entry goes with the next write).
        self._json: dict[str, _TableJson] = {}
        self._in_place: dict[str, int] = {}  # per table, how often rows were changed in place
        # Journal lines not yet applied to their tables: table -> doc_id -> fields.
        self._patches: dict[str, dict[int, Row]] = {}
        # Raw descriptors in append mode: one os.write per line, so a failed write (a full disk)
        # leaves no half-buffered line behind to be written later out of order.
        self._journals = [os.open(p, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                          for p in self.journal_paths]
        self._unwritten: list[str] = []  # journal lines a failed write left in memory only
        self._broken_line = False  # a failed write may have left a cut line: start the next anew
        self.write_failure: str | None = None  # why the latest write of the file failed, if it did
        self._current = 0  # the journal new lines go to
        self._lines = [0, 0]  # lines in each journal not yet in a file on disk
        self._adds_in = [False, False]  # whether each journal holds added rows (fold them soon)
        self._next_id: dict[str, int] = {}  # the next doc_id of each table
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
                os.ftruncate(journal, 0)
            self._lines = [0, 0]
            self._adds_in = [False, False]

    # ---- the lock ---------------------------------------------------------------------------

    def _take_lock(self) -> int:
        """Return the descriptor holding this database's lock, or raise StoreError naming its holder.

        Two bots on one file would both deliver every story and overwrite each other's writes.
        The lock is the kernel's (flock): it goes with the process, so a killed bot leaves none.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise StoreError(f"{lock_path}: cannot lock the database ({exc}).") from None
            raise StoreError(
                f"{self.path}: the database is in use by another bot process (pid {holder}). "
                "Stop that one first, or give this one its own [storage] path."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd

    def _release_lock(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._lock_file)

    # ---- loading ----------------------------------------------------------------------------

    def _load(self) -> tuple[Tables, int | None]:
        """Return the database as stored (upgraded) and its schema, or raise StoreError, file untouched."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return read_tables(self.path)

    def _replay_journals(self) -> bool:
        """Load the lines the journals hold into the tables; return whether there were any."""
        count = 0
        for path in self.journal_paths:
            for line in read_journal(path):
                if line.added:  # a row added since the file was written (if it is not in it)
                    self._storage.data.setdefault(line.table, {}).setdefault(str(line.doc_id), line.fields)
                else:
                    self._patches.setdefault(line.table, {}).setdefault(line.doc_id, {}).update(line.fields)
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

    def _touch(self, table: str) -> None:
        self._versions[table] = self._versions.get(table, 0) + 1
        self._seq += 1
        self._wake.set()

    def _new_ids(self, table: str, count: int) -> list[int]:
        """Return `count` doc_ids never used in this table while the engine runs."""
        start = self._next_id.get(table)
        if start is None:
            start = max((int(k) for k in self.rows(table)), default=0) + 1
        self._next_id[table] = start + count
        return list(range(start, start + count))

    def _add(self, table: str, docs: list[Row]) -> list[int]:
        # Straight into the table's dict: TinyDB's insert rebuilds the whole table per call
        # (O(rows)), which made every queued digest cost as much as the outbox was long.
        doc_ids = self._new_ids(table, len(docs))
        self._storage.data.setdefault(table, {}).update(zip(map(str, doc_ids), docs))
        return doc_ids

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Add a row; return its doc_id."""
        return self.insert_many(table, [row])[0]

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        """Add rows in one change of the table; return their doc_ids."""
        docs = [dict(r) for r in rows]
        if not docs:
            return []
        doc_ids = self._add(table, docs)
        self._touch(table)
        return doc_ids

    def insert_durably(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        """Add rows and make them durable at once: one journal line, not a write of the file.

        Like a sent mark, the line is replayed at the next start if the file does not have the
        rows yet; the next write of the file folds the journal. StoreWriteError when the line
        cannot be written (the rows stay in memory; `can_write()` writes the line later).
        """
        docs = [dict(r) for r in rows]
        if not docs:
            return []
        doc_ids = self._add(table, docs)
        self._versions[table] = self._versions.get(table, 0) + 1  # its JSON is stale now
        # Fold at the next write: a row written into the file and removed later must not
        # come back from this line after a crash.
        self._adds_in[self._current] = True
        self._wake.set()
        self._unwritten.append(_dumps({"t": table, "ins": dict(zip(map(str, doc_ids), docs))}))
        self._lines[self._current] += 1
        self._write_journal_lines()
        return doc_ids

    def update(self, table: str, doc_ids: Collection[int], fields: Mapping[str, Any]) -> None:
        """Set fields of these rows (values are replaced whole, never changed in place)."""
        if doc_ids:
            rows = self._storage.data.get(table, {})
            for doc_id in doc_ids:
                row = rows.get(str(doc_id))
                if row is not None:
                    rows[str(doc_id)] = {**row, **fields}  # a new row: a snapshot may share the old
            self._touch(table)

    def remove(self, table: str, doc_ids: Collection[int]) -> None:
        """Remove these rows."""
        if doc_ids:
            # Straight from the table's dict, O(rows removed): TinyDB's remove rebuilds the
            # whole table, and retention removes thousands of rows from a large outbox at once.
            rows = self._storage.data.get(table, {})
            for doc_id in doc_ids:
                rows.pop(str(doc_id), None)
            self._touch(table)

    def mark_changed_in_place(self, table: str) -> None:
        """Record that rows of a table were changed in place (so that the next write has them)."""
        # A row changed in place is the same object with other values: its JSON must go.
        self._json.pop(table, None)
        self._in_place[table] = self._in_place.get(table, 0) + 1
        self._touch(table)

    # ---- the journal -------------------------------------------------------------------------

    def journal(self, table: str, doc_id: int, fields: Mapping[str, Any]) -> None:
        """Record a change of one row durably at once (one line, written to the OS).

        The change reaches the table at the next fold; until then `journaled` holds it. When
        the line cannot be written, the change is kept in memory all the same (this process
        acts on it) and StoreWriteError is raised: the caller stops until `can_write()`.
        """
        self._patches.setdefault(table, {}).setdefault(doc_id, {}).update(fields)
        self._unwritten.append(_dumps({"t": table, "id": doc_id, "set": dict(fields)}))
        self._write_journal_lines()
        self._lines[self._current] += 1
        if self._lines[self._current] >= self.fold_at:
            self._wake.set()

    def _write_journal_lines(self) -> None:
        """Append the lines not yet written to the current journal; StoreWriteError if it fails."""
        handle = self._journals[self._current]
        while self._unwritten:
            # After a failed write a cut line may end the file: a newline closes it first.
            line = ("\n" if self._broken_line else "") + self._unwritten[0] + "\n"
            data = line.encode("utf-8", "backslashreplace")
            try:
                written = os.write(handle, data)
            except OSError as exc:
                self._broken_line = True
                raise StoreWriteError(f"{self.journal_paths[self._current]}: {exc.strerror or exc}") from exc
            if written < len(data):
                self._broken_line = True
                raise StoreWriteError(f"{self.journal_paths[self._current]}: the disk took part of a line")
            self._broken_line = False
            self._unwritten.pop(0)

    def can_write(self) -> bool:
        """Return whether every change that must be durable is on disk, writing what waits now."""
        try:
            self._write_journal_lines()
        except StoreWriteError:
            return False
        return True

    def journaled(self, table: str) -> Mapping[int, Row]:
        """Return the journal's changes to a table not yet applied to it, by doc_id."""
        return self._patches.get(table, {})

    def apply_journal(self) -> None:
        """Apply the journal's changes to their tables: O(lines), not O(table)."""
        for name, patches in self._patches.items():
            rows = self.rows(name)
            for doc_id, fields in patches.items():
                row = rows.get(str(doc_id))
                if row is not None:
                    rows[str(doc_id)] = {**row, **fields}  # a new row: a snapshot may share the old
            if patches:
                self._touch(name)  # rows replaced, not changed in place: the others' JSON holds
        self._patches = {}

    async def apply_journal_in_steps(self) -> None:
        """Apply the journal's changes to their tables, JOURNAL_STEP at a time, the loop running between.

        A full journal (FOLD_AT sent marks) applied at once held the event loop tens of
        milliseconds. The lines stay in the journal file until a write folds them: replaying a
        change the file already has changes nothing.
        """
        while self._patches:
            budget = JOURNAL_STEP
            for name in list(self._patches):
                patches, rows = self._patches[name], self.rows(name)
                while patches and budget:
                    doc_id, fields = patches.popitem()  # one row's changes, merged: order is kept
                    row = rows.get(str(doc_id))
                    if row is not None:
                        rows[str(doc_id)] = {**row, **fields}
                    budget -= 1
                self._touch(name)
                if not patches:
                    del self._patches[name]
                if not budget:
                    break
            await asyncio.sleep(0)

    # ---- writing -----------------------------------------------------------------------------

    def _must_fold(self, fold: bool | None) -> bool:
        # Folding rewrites the tables the journal changed (the outbox), so it is done when
        # asked (close) or when the journal has grown long; until then the lines are safe.
        lines = self._lines[self._current]
        due = lines >= self.fold_at or self._adds_in[self._current]
        return lines > 0 and (fold is True or (fold is None and due))

    def _snapshot(self, *, fold: bool) -> tuple[_Snapshot, int | None, int]:
        """Return a consistent copy of the tables to serialize, the journal it empties, and its seq.

        When folding, the journal's changes go into the copy and new lines go to the other
        journal from now on; the one returned is emptied once the file is written. The copy
        shares the rows (a change replaces a row, never changes one in place: see `update`), so
        it is one dict copy per changed table; tables whose JSON was made from the same version
        are not copied at all.
        """
        folded = None
        if fold:
            self.apply_journal()
            folded = self._journals[self._current]
            self._lines[self._current] = 0
            self._adds_in[self._current] = False
            self._current = 1 - self._current
        copy: _Snapshot = []
        for name, table in self._storage.data.items():
            version = self._versions.get(name, 0)
            cached = self._json.get(name)
            if cached is not None and cached.version == version:
                copy.append((name, version, cached))
            else:
                # A dict copy, not a list of (id, row) pairs: one object, not a tuple per row for
                # the collector to scan (a hundred thousand rows made its pauses long).
                copy.append((name, version, dict(table)))
        return copy, folded, self._seq

    def _slices(self, snapshot: _Snapshot) -> Iterator[bytes]:
        """Yield the snapshot as the file's bytes, a slice of about SLICE_SECONDS of work at a time.

        Rows differ in size by a hundred times (a delivery, a source's seen urls), so each
        slice's count of rows follows the time the previous slice of its table took. A row that
        is the same object as at the table's latest serialization reuses its JSON.
        """
        in_place = dict(self._in_place)  # taken with the snapshot: no turn of the loop between
        yield b"{"
        for t_index, (name, version, content) in enumerate(snapshot):
            yield _encode(("," if t_index else "") + json.dumps(name) + ":{")
            if isinstance(content, _TableJson):  # unchanged since: the texts, joined in slices
                reused = iter(content.texts.values())
                first = True
                while piece := b",".join(itertools.islice(reused, REUSED_SLICE_ROWS)):
                    yield piece if first else b"," + piece
                    first = False
            else:
                yield from self._table_slices(name, version, content, in_place.get(name, 0))
            yield b"}"
        yield b"}"

    def _table_slices(self, name: str, version: int, rows: dict[str, Row], in_place: int) -> Iterator[bytes]:
        """Yield one changed table's rows as JSON in timed slices, and keep each row's JSON."""
        old = self._json.get(name)
        old_rows, old_texts = (old.rows, old.texts) if old is not None else ({}, {})
        texts: dict[str, bytes] = {}
        items, count, first = iter(rows.items()), FIRST_SLICE_ROWS, True
        while True:
            began = time.perf_counter()
            batch: list[bytes] = []
            for doc_id, row in itertools.islice(items, count):
                text = old_texts.get(doc_id)
                if text is None or old_rows.get(doc_id) is not row:
                    text = _encode(_dumps(doc_id) + ":" + _dumps(row))
                texts[doc_id] = text
                batch.append(text)
            if not batch:
                break
            piece = (b"" if first else b",") + b",".join(batch)
            took = time.perf_counter() - began
            yield piece
            first = False
            count = max(1, min(2 * count, int(count * SLICE_SECONDS / max(took, 1e-6))))
        if self._in_place.get(name, 0) != in_place:
            # Rows the snapshot shares were changed in place meanwhile: their JSON may be older.
            self._json.pop(name, None)
        else:
            # Changed since the snapshot: the texts still hold for these very rows, but the
            # table's next write must look at its rows again (-1 is no version).
            same = self._versions.get(name, 0) == version
            self._json[name] = _TableJson(version if same else -1, rows, texts)

    def _write_file(self, payload: list[bytes], folded: int | None) -> None:
        """Put the file in place atomically, then empty the journal whose lines it now holds."""
        started = time.perf_counter()
        write_atomically(self.path, payload)
        if folded is not None:
            os.ftruncate(folded, 0)
        self.stats.add_write(time.perf_counter() - started)

    def _needs_write(self, fold: bool | None) -> bool:
        return self._seq > self._written or self._must_fold(fold)

    def _write_sync(self, *, fold: bool | None) -> None:
        """Write the database now, blocking (at open, before the event loop has work)."""
        if not self._needs_write(fold):
            return
        self._last_write = time.monotonic()
        snapshot, folded, seq = self._snapshot(fold=self._must_fold(fold))
        self._write_file(list(self._slices(snapshot)), folded)
        self._written = seq

    async def write(self, *, fold: bool | None = None) -> None:
        """Write the database atomically if anything changed, without stalling the event loop.

        By default the journal is folded in only once it is long (see FOLD_AT).
        """
        async with self._lock:
            if not self._needs_write(fold):
                return
            self._last_write = time.monotonic()
            folding = self._must_fold(fold)
            if folding:
                await self.apply_journal_in_steps()  # the snapshot then applies what came since
            started = time.perf_counter()
            snapshot, folded, seq = self._snapshot(fold=folding)
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
            writing = asyncio.ensure_future(asyncio.to_thread(self._write_file, parts, folded))
            try:
                await asyncio.shield(writing)
            except asyncio.CancelledError:
                # The thread goes on: hold the lock until the file is in place, so that no
                # other write races it for the temporary file.
                await asyncio.wait([writing])
                raise
            except OSError as exc:  # a full disk, say: every change stays pending, to write again
                self.write_failure = f"{exc.strerror or exc}"
                raise StoreWriteError(f"{self.path}: {exc.strerror or exc}") from exc
            self._written = max(self._written, seq)
            self.write_failure = None

    async def sync(self) -> None:
        """Return once every change made so far is in the file on disk (a write now if needed).

        Raises StoreWriteError when the disk refuses the write (the changes stay pending).
        """
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
            failing = self.write_failure is not None
            try:
                await self.write()
            except Exception as exc:  # a full disk, say: the changes stay in memory, to write later
                if not failing:
                    log.error("store: writing %s failed (%s); the changes stay in memory and are "
                              "written as soon as the disk takes them", self.path, exc)
                self._wake.set()
                await self._pause(self.write_every)
            else:
                if failing:
                    log.warning("store: %s is written again", self.path)

    async def close(self) -> None:
        """Stop the writer, write everything (folding the journal), close the files; once.

        When the disk refuses the last write, the journals are left as they are: the next start
        replays them, so no sent mark is lost.
        """
        if self.closed:
            return
        self.closed = True
        self._stopping.set()
        self._wake.set()
        if self._writer is not None:
            await self._writer
        try:
            if not self.can_write():
                raise StoreWriteError("sent marks could not be written to the journal")
            await self.write(fold=True)
        except (OSError, StoreWriteError) as exc:
            log.error("store: the last write of %s failed (%s); the changes since the previous "
                      "write are lost, the journal's sent marks are kept", self.path, exc)
        else:
            for journal in self._journals:
                os.ftruncate(journal, 0)  # every line is in the file now, in either journal
        self._close_files()

    def abandon(self) -> None:
        """Close the journal files as they are and stop writing: what a killed process leaves."""
        self.closed = True
        self._stopping.set()
        if self._writer is not None:
            self._writer.cancel()
        self._close_files()

    def _close_files(self) -> None:
        for journal in self._journals:
            with contextlib.suppress(OSError):
                os.close(journal)
        self._release_lock()
