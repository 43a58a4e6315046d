"""The bot's memory in one TinyDB file: chats, subscriptions, seen entries, digests, the outbox.

TinyDB's own JSONStorage rewrites the whole file in place on every write: slow (O(size) per
write) and a crash mid-write corrupts it. Here TinyDB works on memory, `flush()` writes the
whole database to a temporary file and moves it over the old one with `os.replace` (atomic),
and the one write that must be durable at once, "this delivery was sent", is appended to a
small journal file that the next start replays. So a crash loses nothing that was flushed,
and a delivery marked sent is never sent again.

The journal is two files used in turn: when the marks of one are folded into a snapshot of
the database, new marks go to the other, and the first is emptied once the file written from
the snapshot is in place. Switching is a change of handle, not a file-system call, so the
event loop never waits on the disk (a rename there can wait hundreds of milliseconds for
another file's fsync).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from bot.models import Delivery, Digest, Headline

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
PENDING, SENT, FAILED, DROPPED = "pending", "sent", "failed", "dropped"
# readers: a delivery held for a chat's next digest time, then merged into its roundup.
HELD, MERGED = "held", "merged"
DEFAULT_SEEN_LIMIT = 2000  # per source: enough to cover any front page or feed many times over
SLICE_ROWS = 500  # rows serialized between two turns of the event loop (a few ms each)
FOLD_AT = 5000  # sent marks in the journal before a routine flush folds them into the file


# A snapshot: per table its name, the live dict, its in-place change count, and either a
# shallow copy of its rows or the JSON text made earlier from an identical table.
_Snapshot = list[tuple[str, dict[str, Any], int, "list[tuple[str, dict[str, Any]]] | str"]]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class StoreError(Exception):
    """The database cannot be used; the message says which file, what is wrong and what to do."""


class _MemoryStorage(Storage):
    """A TinyDB storage that keeps the data in memory; the Store decides when it reaches disk."""

    def __init__(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]]:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = True


@dataclass(frozen=True)
class SourceState:
    """What the store knows of one source's polls."""

    name: str
    primed: bool = False
    last_success: float | None = None
    last_new_story: str | None = None
    last_new_url: str | None = None
    last_error: str | None = None
    failures: int = 0
    etag: str | None = None
    last_modified: str | None = None
    last_failure: float | None = None  # when the latest failed poll ended: backoff counts from it
    alerted: bool = False  # admins were told that it keeps failing, and await the recovery notice


class Store:
    """The bot's database. Methods are synchronous and work on memory; flush() persists."""

    def __init__(
        self,
        path: Path | str,
        *,
        retention_days: float = 30,
        seen_limit: int = DEFAULT_SEEN_LIMIT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.journal_paths = (
            self.path.with_name(self.path.name + ".journal"),
            self.path.with_name(self.path.name + ".journal2"),
        )
        self.retention = retention_days * 86400
        self.seen_limit = seen_limit
        self.clock = clock
        self._storage = _MemoryStorage(self._load())
        self.db = TinyDB(storage=lambda: self._storage)
        self.chats = self.db.table("chats", cache_size=0)
        self.subs = self.db.table("subscriptions", cache_size=0)
        self.seen = self.db.table("seen", cache_size=0)
        self.sources = self.db.table("sources", cache_size=0)
        self.digests = self.db.table("digests", cache_size=0)
        self.outbox = self.db.table("deliveries", cache_size=0)
        self.meta = self.db.table("meta", cache_size=0)
        self.roundups = self.db.table("roundups", cache_size=0)  # readers: scheduled digests
        self.registry = self.db.table("source_registry", cache_size=0)  # admins' source changes
        # Each table's JSON text, kept while the table is the same dict, unchanged in place.
        self._json_cache: dict[str, tuple[dict[str, Any], int, str]] = {}
        self._changes: dict[str, int] = {}  # in-place changes of a table (journal folds)
        self._chat_index: dict[int, str] = {}
        self._chat_index_of: dict[str, Any] | None = None
        # Marks "sent" that are in the journal but not yet folded into the outbox table.
        self._sent: dict[int, dict[str, Any]] = {}
        self._queued: set[tuple[str, int]] = {
            (d["digest"], d["chat_id"]) for d in self.outbox.all()
        }
        self._flush_lock = asyncio.Lock()
        if not self.meta.all():
            self.meta.insert({"schema": SCHEMA_VERSION, "created": self.clock()})
        self._journals = [open(p, "a", encoding="utf-8") for p in self.journal_paths]  # noqa: SIM115
        self._journal = self._journals[0]
        if self._replay_journal():
            # Fold what a crash left in the journals now, so that both start empty.
            self.flush(fold=True)
            for journal in self._journals:
                journal.truncate(0)

    # ---- files -------------------------------------------------------------------------

    def _load(self) -> dict[str, dict[str, Any]]:
        """Return the database as stored, or raise StoreError without touching the file."""
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return {}
        try:
            raw = self.path.read_bytes()
            data = json.loads(raw) if raw.strip() else None
        except (OSError, ValueError) as exc:
            raise StoreError(
                f"{self.path}: the database is damaged ({exc}). The bot will not start on it, "
                "so that nothing is lost: the file is left as it was. Restore it from a backup, "
                "or move it away to start with an empty database."
            ) from None
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise StoreError(
                f"{self.path}: this is not the bot's database (expected a JSON object of "
                "tables). The file is left as it was; move it away to start with an empty one."
            )
        return data

    def _replay_journal(self) -> bool:
        """Load the sent marks the journals hold; return whether there were any."""
        for path in self.journal_paths:
            with path.open(encoding="utf-8") as journal:
                for line in journal:
                    try:
                        mark = json.loads(line)
                    except ValueError:
                        break  # a line cut by a crash: everything before it is whole
                    self._sent[int(mark["id"])] = {
                        "message_id": mark.get("mid"),
                        "sent_at": mark["at"],
                    }
        if self._sent:
            log.info("store: %d sent marks recovered from the journal", len(self._sent))
        return bool(self._sent)

    def _snapshot(self, *, fold: bool) -> tuple[_Snapshot, TextIO | None]:
        """Return a consistent copy of the database to serialize, and the journal it empties.

        When folding, the journal's marks go into the copy and new marks go to the other
        journal from now on; the one returned is emptied once the file is written. The copy is
        shallow per row (rows hold scalars, or lists that are replaced, never changed in place)
        and skips the tables unchanged since their JSON was last made (TinyDB puts a new dict
        in place of a table it changes): during a broadcast only the outbox is copied.
        """
        folded = None
        if fold:
            self._fold_sent()
            folded = self._journal
            self._journal = self._journals[1] if folded is self._journals[0] else self._journals[0]
        self._storage.dirty = False
        copy: _Snapshot = []
        for name, table in self._storage.data.items():
            generation = self._changes.get(name, 0)
            cached = self._json_cache.get(name)
            if cached is not None and cached[0] is table and cached[1] == generation:
                copy.append((name, table, generation, cached[2]))
            else:
                rows = [(doc_id, dict(row)) for doc_id, row in table.items()]
                copy.append((name, table, generation, rows))
        return copy, folded

    def _json_slices(self, snapshot: _Snapshot) -> Iterator[str]:
        """Yield the snapshot as JSON text, a slice of at most SLICE_ROWS rows at a time."""
        yield "{"
        for t_index, (name, table, generation, content) in enumerate(snapshot):
            yield ("," if t_index else "") + json.dumps(name) + ":{"
            if isinstance(content, str):
                yield content
            else:
                pieces = []
                for start in range(0, len(content), SLICE_ROWS):
                    piece = ("," if start else "") + _dumps(dict(content[start : start + SLICE_ROWS]))[1:-1]
                    pieces.append(piece)
                    yield piece
                if self._changes.get(name, 0) == generation:  # not changed in place meanwhile
                    self._json_cache[name] = (table, generation, "".join(pieces))
            yield "}"
        yield "}"

    def _write_file(self, payload: bytes, folded: TextIO | None) -> None:
        """Put the file in place atomically, then empty the journal whose marks it now holds."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        if folded is not None:
            folded.truncate(0)

    def _must_fold(self, fold: bool | None) -> bool:
        # Sent marks live in the journal; folding them costs a rewrite of the outbox, so it is
        # done when asked (close, maintenance) or when the journal has grown long.
        return bool(self._sent) and (fold is True or (fold is None and len(self._sent) >= FOLD_AT))

    def flush(self, *, fold: bool | None = True) -> None:
        """Write the database to disk atomically if anything changed (folding the journal)."""
        folding = self._must_fold(fold)
        if self._storage.dirty or folding:
            snapshot, folded = self._snapshot(fold=folding)
            self._write_file("".join(self._json_slices(snapshot)).encode(), folded)

    async def aflush(self, *, fold: bool | None = None) -> None:
        """Write the database to disk atomically without stalling the event loop.

        By default the journal's sent marks are folded in only once it is long: until then
        they are safe in the journal, and a broadcast does not rewrite the outbox per batch.
        """
        async with self._flush_lock:  # one write at a time: the other journal is then empty
            folding = self._must_fold(fold)
            if not (self._storage.dirty or folding):
                return
            snapshot, folded = self._snapshot(fold=folding)
            parts = []
            for part in self._json_slices(snapshot):
                parts.append(part)
                await asyncio.sleep(0)  # let the loop run between slices
            await asyncio.to_thread(self._write_file, "".join(parts).encode(), folded)

    def close(self) -> None:
        """Flush (folding the journal) and close the journal files; once closed, do nothing."""
        if self._journal.closed:
            return
        self.flush(fold=True)
        self._close_files()

    def _close_files(self) -> None:
        """Close the journal files as they are (what a killed process leaves behind)."""
        for journal in self._journals:
            journal.close()

    # ---- chats -------------------------------------------------------------------------

    def upsert_chat(
        self, chat_id: int, *, kind: str = "private", title: str = "", language: str | None = None
    ) -> None:
        """Record a chat (or refresh what is known of it) and mark it active."""
        Chat = Query()
        existing = self.chats.get(Chat.chat_id == chat_id)
        fields: dict[str, Any] = {"chat_id": chat_id, "kind": kind, "title": title, "active": True}
        if language is not None:
            fields["language"] = language
        if existing is None:
            self.chats.insert({**fields, "created": self.clock()})
        elif any(existing.get(k) != v for k, v in fields.items()):
            self.chats.update(fields, Chat.chat_id == chat_id)

    def chat(self, chat_id: int) -> dict[str, Any] | None:
        """Return what is known of a chat, or None (in constant time: each send asks)."""
        rows = self._storage.data.get("chats", {})
        if rows is not self._chat_index_of:
            # TinyDB puts a new dict in place of a table on every change: rebuild then only.
            self._chat_index = {row["chat_id"]: doc_id for doc_id, row in rows.items()}
            self._chat_index_of = rows
        doc_id = self._chat_index.get(chat_id)
        return dict(rows[doc_id]) if doc_id is not None else None

    def deactivate_chat(self, chat_id: int, reason: str) -> bool:
        """Mark a chat inactive (blocked, kicked, gone); return whether it was active."""
        Chat = Query()
        existing = self.chats.get(Chat.chat_id == chat_id)
        if existing is not None and not existing.get("active", True):
            return False
        if existing is None:
            self.chats.insert({"chat_id": chat_id, "kind": "", "title": "", "created": self.clock()})
        self.chats.update({"active": False, "inactive_reason": reason}, Chat.chat_id == chat_id)
        self._drop_pending(chat_id, reason)
        return True

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Move a chat, its subscriptions and its pending deliveries to a new id."""
        self.chats.update({"chat_id": new_id}, Query().chat_id == old_id)
        self.subs.update({"chat_id": new_id}, Query().chat_id == old_id)
        self.outbox.update(
            {"chat_id": new_id},
            (Query().chat_id == old_id) & (Query().status.one_of([PENDING, HELD])),
        )
        self._queued = {(d["digest"], d["chat_id"]) for d in self.outbox.all()}

    # ---- subscriptions -----------------------------------------------------------------

    def subscribe(self, chat_id: int, source: str, thread_id: int | None = None) -> bool:
        """Subscribe a chat (or a forum topic of it) to a source; return False if it already was."""
        Sub = Query()
        if self.subs.contains((Sub.chat_id == chat_id) & (Sub.source == source)):
            return False
        self.subs.insert(
            {"chat_id": chat_id, "source": source, "thread_id": thread_id, "since": self.clock()}
        )
        return True

    def unsubscribe(self, chat_id: int, source: str | None = None) -> list[str]:
        """Remove a chat's subscription to `source` (None: all); return the names removed."""
        Sub = Query()
        cond = Sub.chat_id == chat_id
        if source is not None:
            cond = cond & (Sub.source == source)
        removed = sorted(d["source"] for d in self.subs.search(cond))
        if removed:
            self.subs.remove(cond)
        return removed

    def subscriptions(self, chat_id: int) -> list[str]:
        """Return the names of the sources a chat is subscribed to, sorted."""
        return sorted(d["source"] for d in self.subs.search(Query().chat_id == chat_id))

    def subscribers(self, source: str) -> list[tuple[int, int | None]]:
        """Return (chat_id, thread_id) for each active chat subscribed to `source`."""
        # Raw rows, not TinyDB's search: this runs over every subscription at each new story.
        chats = self._storage.data.get("chats", {}).values()
        inactive = {c["chat_id"] for c in chats if c.get("active", True) is False}
        return [
            (d["chat_id"], d.get("thread_id"))
            for d in self._storage.data.get("subscriptions", {}).values()
            if d["source"] == source and d["chat_id"] not in inactive
        ]

    # ---- seen entries and source state --------------------------------------------------

    def _seen_doc(self, source: str) -> dict[str, Any] | None:
        found = self.seen.get(Query().source == source)
        return dict(found) if found is not None else None

    def is_primed(self, source: str) -> bool:
        """Return whether the source's first poll has been recorded."""
        return self._seen_doc(source) is not None

    def unseen(self, source: str, urls: Iterable[str]) -> list[str]:
        """Return the urls not seen before for this source, in the order given."""
        doc = self._seen_doc(source)
        known = doc["urls"] if doc else {}
        return [u for u in urls if u not in known]

    def mark_seen(self, source: str, urls: Iterable[str]) -> None:
        """Record urls as seen now for this source (this also primes it), keeping the newest only.

        The pipeline passes every url its listing still shows, so a url's time is when it was
        last listed: pruning by age never forgets a story that is still on the page.
        """
        now = self.clock()
        doc = self._seen_doc(source)
        known: dict[str, float] = dict(doc["urls"]) if doc else {}
        for url in urls:
            known[url] = now
        if len(known) > self.seen_limit:
            newest = sorted(known.items(), key=lambda kv: kv[1], reverse=True)[: self.seen_limit]
            known = dict(newest)
        if doc is None:
            self.seen.insert({"source": source, "urls": known})
        elif known != doc["urls"]:
            self.seen.update({"urls": known}, Query().source == source)

    def source_state(self, source: str) -> SourceState:
        """Return what is known of a source's polls."""
        found = self.sources.get(Query().name == source)
        state = dict(found) if found else {}
        state.pop("name", None)
        return SourceState(name=source, primed=self.is_primed(source), **_known(state))

    def update_source_state(self, source: str, **fields: Any) -> None:
        """Record facts about a source's latest poll (last_success, failures, etag, ...)."""
        Src = Query()
        if self.sources.contains(Src.name == source):
            self.sources.update(fields, Src.name == source)
        else:
            self.sources.insert({"name": source, **fields})

    # ---- digests -----------------------------------------------------------------------

    def add_digest(self, digest: Digest) -> bool:
        """Store a digest; return False if one with the same key is already there."""
        if self.digests.contains(Query().key == digest.key):
            return False
        self.digests.insert({**_digest_to_doc(digest), "created": self.clock()})
        return True

    def digest(self, key: str) -> Digest | None:
        """Return the digest with this key, or None."""
        found = self.digests.get(Query().key == key)
        return _digest_from_doc(found) if found is not None else None

    def latest_digest(self, source: str) -> Digest | None:
        """Return the newest digest of a source, or None."""
        return self.newest_digest([source])

    def newest_digest(self, sources: Iterable[str]) -> Digest | None:
        """Return the newest digest among these sources, or None."""
        wanted = set(sources)
        docs = [d for d in self.digests.all() if d["source"] in wanted]
        if not docs:
            return None
        return _digest_from_doc(max(docs, key=lambda d: (d["created"], d.doc_id)))  # type: ignore[attr-defined]

    def digests_since(self, since: float) -> int:
        """Return how many digests were made since a time."""
        return self.digests.count(Query().created >= since)

    # ---- the outbox --------------------------------------------------------------------

    def enqueue(
        self, digest_key: str, targets: Iterable[tuple[int, int | None]], status: str = PENDING
    ) -> int:
        """Add one delivery (pending, or HELD for a digest time) per target chat not yet having it."""
        now = self.clock()
        rows = []
        for chat_id, thread_id in targets:
            if (digest_key, chat_id) in self._queued:
                continue
            self._queued.add((digest_key, chat_id))
            rows.append(
                {
                    "digest": digest_key,
                    "chat_id": chat_id,
                    "thread_id": thread_id,
                    "status": status,
                    "attempts": 0,
                    "next_try": now,
                    "created": now,
                }
            )
        if rows:
            self.outbox.insert_multiple(rows)
        return len(rows)

    def _pending_rows(self) -> list[tuple[int, dict[str, Any]]]:
        """Return (id, row) of each pending delivery not yet marked sent, from the raw table.

        Read straight from the table's dict: TinyDB's search would build a Document per row,
        and with a broadcast in the outbox that costs tens of milliseconds per call.
        """
        rows = self._storage.data.get("deliveries", {})
        sent = self._sent
        pending = []
        for key, row in rows.items():
            if row["status"] == PENDING:
                doc_id = int(key)
                if doc_id not in sent:
                    pending.append((doc_id, row))
        return pending

    def due(self, now: float | None = None, limit: int | None = None) -> list[Delivery]:
        """Return pending deliveries whose time has come, oldest first."""
        now = self.clock() if now is None else now
        pending = self._pending_rows()
        # A chat waiting out a backoff waits whole: its later deliveries stay behind, in order.
        waiting = {row["chat_id"] for _, row in pending if row["next_try"] > now}
        rows = [(i, row) for i, row in pending if row["chat_id"] not in waiting]
        rows.sort(key=lambda pair: (pair[1]["created"], pair[0]))
        return [
            Delivery(id=i, digest_key=row["digest"], chat_id=row["chat_id"],
                     thread_id=row.get("thread_id"), attempts=row.get("attempts", 0))
            for i, row in rows[:limit]
        ]

    def pending_count(self) -> int:
        """Return how many deliveries are waiting to be sent."""
        return len(self._pending_rows())

    def next_due(self) -> float | None:
        """Return when the earliest pending delivery is due, or None when none is pending."""
        return min((row["next_try"] for _, row in self._pending_rows()), default=None)

    def mark_sent(self, delivery_id: int, message_id: int | None = None) -> None:
        """Record that a delivery reached Telegram, durably at once (one journal line)."""
        at = self.clock()
        self._journal.write(json.dumps({"id": delivery_id, "mid": message_id, "at": at}) + "\n")
        self._journal.flush()  # in the OS's hands: survives the process being killed
        self._sent[delivery_id] = {"message_id": message_id, "sent_at": at}

    def mark_retry(self, delivery_id: int, next_try: float, error: str) -> None:
        """Keep a delivery pending, to be tried again at `next_try`."""
        doc = self.outbox.get(doc_id=delivery_id)
        if doc is None:
            return
        attempts = int(doc.get("attempts", 0)) + 1
        self.outbox.update(
            {"attempts": attempts, "next_try": next_try, "error": error}, doc_ids=[delivery_id]
        )

    def mark_failed(self, delivery_id: int, error: str) -> None:
        """Give a delivery up for good, keeping the reason."""
        self.outbox.update(
            {"status": FAILED, "error": error, "failed_at": self.clock()}, doc_ids=[delivery_id]
        )

    def deliveries(self, **match: Any) -> list[dict[str, Any]]:
        """Return outbox rows (with the journal's marks applied) whose fields equal `match`."""
        self._fold_sent()
        rows = [dict(d, id=d.doc_id) for d in self.outbox.all()]
        return [r for r in rows if all(r.get(k) == v for k, v in match.items())]

    def sent_since(self, since: float) -> int:
        """Return how many deliveries were sent since a time."""
        self._fold_sent()
        return self.outbox.count((Query().status == SENT) & (Query().sent_at >= since))

    def _drop_pending(self, chat_id: int, reason: str) -> None:
        cond = (Query().chat_id == chat_id) & (Query().status == PENDING)
        self.outbox.update({"status": DROPPED, "error": reason}, cond)

    def _fold_sent(self) -> None:
        """Apply the journal's sent marks to the outbox table, in place: O(marks), not O(table)."""
        if not self._sent:
            return
        rows = self._storage.data.get("deliveries", {})
        for doc_id, mark in self._sent.items():
            row = rows.get(str(doc_id))
            if row is not None:
                row.update(status=SENT, **mark)
        self._storage.dirty = True
        self._changes["deliveries"] = self._changes.get("deliveries", 0) + 1  # changed in place
        self._sent = {}

    # ---- readers: chat settings and scheduled digests ------------------------------------
    # A chat's reader settings are fields of its row in the chats table (bot/prefs.py reads
    # them). A chat with digest times has its deliveries HELD in the outbox (never due); at
    # each of its times they become one roundup (a row listing their digest keys) and one
    # pending delivery of it, in memory at once and so in one flush: made once, sent once.

    def update_chat_settings(self, chat_id: int, **fields: Any) -> None:
        """Set reader settings in a chat's row (None: back to the default), adding the row if new."""
        Chat = Query()
        existing = self.chats.get(Chat.chat_id == chat_id)
        if existing is not None:
            if any(existing.get(k) != v for k, v in fields.items()):
                self.chats.update(fields, Chat.chat_id == chat_id)
        else:
            self.chats.insert(
                {"chat_id": chat_id, "kind": "", "title": "", "active": True,
                 "created": self.clock(), **fields}
            )

    def chat_rows(self, chat_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Return the rows of these chats by id, in one pass over the table."""
        wanted = set(chat_ids)
        return {c["chat_id"]: dict(c) for c in self.chats.all() if c["chat_id"] in wanted}

    def scheduled_chats(self) -> list[dict[str, Any]]:
        """Return the rows of the active chats that get their digests at set times."""
        rows = self.chats.search(Query().mode == "times")
        return [dict(c) for c in rows if c.get("active", True)]

    def held(self, chat_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        """Return these chats' held deliveries by chat, oldest first, each with its row id."""
        wanted = set(chat_ids)
        rows = self.outbox.search((Query().status == HELD) & Query().chat_id.one_of(wanted))
        by_chat: dict[int, list[dict[str, Any]]] = {}
        for d in sorted(rows, key=lambda d: (d["created"], d.doc_id)):
            by_chat.setdefault(d["chat_id"], []).append(dict(d, id=d.doc_id))
        return by_chat

    def add_roundup(
        self, chat_id: int, thread_id: int | None, slot: str, held: list[dict[str, Any]]
    ) -> str | None:
        """Merge held deliveries into one roundup and queue it; return its key, None if made before."""
        key = f"roundup:{chat_id}:{thread_id or 0}:{slot}"  # ":" is in no digest key
        if self.roundups.contains(Query().key == key):
            return None
        digests = list(dict.fromkeys(row["digest"] for row in held))
        self.roundups.insert(
            {"key": key, "chat_id": chat_id, "thread_id": thread_id, "slot": slot,
             "digests": digests, "created": self.clock()}
        )
        self.outbox.update({"status": MERGED, "roundup": key}, doc_ids=[r["id"] for r in held])
        self.enqueue(key, [(chat_id, thread_id)])
        return key

    def roundup(self, key: str) -> tuple[str, list[Digest]] | None:
        """Return a roundup's slot and the digests it lists (those still stored), or None."""
        found = self.roundups.get(Query().key == key)
        if found is None:
            return None
        digests = (self.digest(k) for k in found["digests"])
        return found["slot"], [d for d in digests if d is not None]

    # ---- retention ---------------------------------------------------------------------

    def prune(self, now: float | None = None) -> int:
        """Drop finished deliveries, digests and seen urls older than the retention; return count."""
        now = self.clock() if now is None else now
        cutoff = now - self.retention
        self._fold_sent()
        Row = Query()
        removed = self.outbox.remove(
            ~Row.status.one_of([PENDING, HELD]) & (Row.created < cutoff)
        )
        kept_keys = {d["digest"] for d in self.outbox.all()}
        old_digests = [
            d.doc_id
            for d in self.digests.search(Row.created < cutoff)
            if d["key"] not in kept_keys
        ]
        # Keep each source's newest digest whatever its age: /latest shows it.
        newest: dict[str, tuple[float, int]] = {}
        for d in self.digests.all():
            if d["source"] not in newest or d["created"] > newest[d["source"]][0]:
                newest[d["source"]] = (d["created"], d.doc_id)
        keep = {doc_id for _, doc_id in newest.values()}
        drop = [i for i in old_digests if i not in keep]
        if drop:
            self.digests.remove(doc_ids=drop)
        old_roundups = [
            r.doc_id for r in self.roundups.search(Row.created < cutoff) if r["key"] not in kept_keys
        ]
        if old_roundups:
            self.roundups.remove(doc_ids=old_roundups)
        forgotten = 0
        for doc in self.seen.all():
            urls = {u: t for u, t in doc["urls"].items() if t >= cutoff}
            if len(urls) < len(doc["urls"]):
                forgotten += len(doc["urls"]) - len(urls)
                self.seen.update({"urls": urls}, doc_ids=[doc.doc_id])
        self._queued = {(d["digest"], d["chat_id"]) for d in self.outbox.all()}
        return len(removed) + len(drop) + len(old_roundups) + forgotten

    # ---- admin: sources and health -----------------------------------------------------
    # The config gives the initial sources; what admins change from the chat (sources added,
    # removed, paused, their interval) is kept here, one record per source name, so that it
    # survives a restart.

    def source_records(self) -> dict[str, dict[str, Any]]:
        """Return the admins' record of each source they changed, by name."""
        return {d["name"]: {k: v for k, v in d.items() if k != "name"} for d in self.registry.all()}

    def put_source_record(self, name: str, record: Mapping[str, Any]) -> None:
        """Replace the admins' record of a source (a removal replaces an addition, say)."""
        Rec = Query()
        self.registry.remove(Rec.name == name)
        self.registry.insert({**record, "name": name})

    def forget_source(self, name: str) -> None:
        """Drop a source's seen entries and poll state, so that adding it again primes it afresh."""
        self.seen.remove(Query().source == name)
        self.sources.remove(Query().name == name)

    def remove_subscriptions(self, source: str) -> list[int]:
        """Remove every subscription to a source; return the chats that had one."""
        Sub = Query()
        chats = sorted({d["chat_id"] for d in self.subs.search(Sub.source == source)})
        if chats:
            self.subs.remove(Sub.source == source)
        return chats

    def chat_counts(self) -> tuple[int, int]:
        """Return how many chats are (active, inactive)."""
        inactive = self.chats.count(Query().active == False)  # noqa: E712
        return len(self.chats) - inactive, inactive

    def active_subscription_count(self, sources: Iterable[str]) -> int:
        """Return how many subscriptions of active chats point at one of these sources."""
        wanted = set(sources)
        inactive = {c["chat_id"] for c in self.chats.search(Query().active == False)}  # noqa: E712
        return sum(1 for d in self.subs.all() if d["source"] in wanted and d["chat_id"] not in inactive)


def _known(state: Mapping[str, Any]) -> dict[str, Any]:
    fields = SourceState.__dataclass_fields__
    return {k: v for k, v in state.items() if k in fields and k not in ("name", "primed")}


def _digest_to_doc(digest: Digest) -> dict[str, Any]:
    return {
        "key": digest.key,
        "source": digest.source,
        "source_title": digest.source_title,
        "url": digest.url,
        "title": digest.title,
        "published": digest.published.isoformat() if digest.published else None,
        "lead": digest.lead,
        "related": [[h.title, h.url] for h in digest.related],
        "others": [[h.title, h.url] for h in digest.others],
    }


def _digest_from_doc(doc: Mapping[str, Any]) -> Digest:
    published = doc.get("published")
    return Digest(
        source=doc["source"],
        source_title=doc["source_title"],
        url=doc["url"],
        title=doc["title"],
        published=datetime.fromisoformat(published) if published else None,
        lead=doc.get("lead", ""),
        related=tuple(Headline(t, u) for t, u in doc.get("related", [])),
        others=tuple(Headline(t, u) for t, u in doc.get("others", [])),
    )
