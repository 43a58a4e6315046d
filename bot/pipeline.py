"""refresh(source): fetch -> listing -> unseen -> article -> digest -> outbox, top to bottom."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.models import Article, Digest, Entry, Source
from bot.news.article import extract_article
from bot.news.digest import build_digest
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import parse_listing
from bot.prefs import chat_prefs, digest_words, passes_filters
from bot.store import HELD, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefreshResult:
    """What one poll of a source found and did."""

    source: str
    new: int = 0
    digest: Digest | None = None
    queued: int = 0
    primed: bool = False  # True on the first poll: what was there was recorded, not posted
    not_modified: bool = False


async def refresh(
    source: Source, *, fetcher: Fetcher, store: Store, clock: Callable[[], float] | None = None
) -> RefreshResult:
    """Poll a source once; put a digest of what is new in the outbox of every subscribed chat.

    Raises FetchError or ListingError when the listing cannot be read; the caller logs it.
    """
    clock = clock or store.clock  # one clock for all of a source's times: tests move it
    state = store.source_state(source.name)
    page = await fetcher.fetch(source.url, etag=state.etag, last_modified=state.last_modified)
    if page.not_modified:
        _record_success(store, source, clock)
        return RefreshResult(source.name, not_modified=True)

    # Parsing takes tens of milliseconds: in a thread, so deliveries keep their pace meanwhile.
    listing = await asyncio.to_thread(parse_listing, page.text or page.content, page.url, source.kind)
    store.update_source_state(source.name, etag=page.etag, last_modified=page.last_modified)
    entries = listing.entries

    if not state.primed:
        # A new source: remember what is already there without posting it, so nobody is
        # flooded; keep a digest of its top story so that /latest has something to show.
        store.mark_seen(source.name, [e.url for e in entries])
        digest = await make_digest(source, entries[0], [], fetcher) if entries else None
        if digest is not None:
            store.add_digest(digest)
        _record_success(store, source, clock, digest)
        await store.aflush()
        return RefreshResult(source.name, digest=digest, primed=True)

    fresh = set(store.unseen(source.name, [e.url for e in entries]))
    new = [e for e in entries if e.url in fresh]
    if not new:
        store.mark_seen(source.name, [e.url for e in entries])  # still listed: keep them known
        _record_success(store, source, clock)
        await store.aflush()
        return RefreshResult(source.name)

    digest = await make_digest(source, new[0], new[1:], fetcher)
    store.add_digest(digest)
    queued = _queue(store, digest, store.subscribers(source.name))
    store.mark_seen(source.name, [e.url for e in entries])
    _record_success(store, source, clock, digest)
    await store.aflush()  # the outbox is on disk before anything is sent
    log.info("%s: %d new, digest %r queued for %d chats", source.name, len(new), digest.title, queued)
    return RefreshResult(source.name, new=len(new), digest=digest, queued=queued)


async def make_digest(
    source: Source, lead: Entry, others: list[Entry], fetcher: Fetcher
) -> Digest:
    """Return the digest of a lead entry, reading its page; the listing's words if that fails.

    The poll, /addsource's probe and `run_bot.py preview` all make their digests here.
    """
    return build_digest(source, lead, await _read_article(source, lead, fetcher), others)


async def _read_article(source: Source, entry: Entry, fetcher: Fetcher) -> Article | None:
    """Return the lead entry's article, or None (logged) when its page cannot be read."""
    try:
        page = await fetcher.fetch(entry.url)
    except FetchError as exc:
        log.warning("%s: article skipped, the digest uses the listing's text: %s", source.name, exc)
        return None
    try:
        return await asyncio.to_thread(extract_article, page.text or page.content, page.url)
    except Exception:  # a parser bug must not cost the story: post it with the listing's text
        log.exception("%s: cannot extract the article at %s", source.name, entry.url)
        return None


def _queue(store: Store, digest: Digest, subscribers: list[tuple[int, int | None]]) -> int:
    """Queue a digest for each chat whose filters let it through: to send now, or held for its times."""
    rows = store.chat_rows(chat for chat, _ in subscribers)
    words = digest_words(digest)  # folded once for every chat's filters
    now: list[tuple[int, int | None]] = []
    later: list[tuple[int, int | None]] = []
    for chat, thread in subscribers:
        prefs = chat_prefs(rows.get(chat))
        if passes_filters(words, prefs.include, prefs.exclude):
            (later if prefs.scheduled else now).append((chat, thread))
    return store.enqueue(digest.key, now) + store.enqueue(digest.key, later, status=HELD)


def _record_success(
    store: Store, source: Source, clock: Callable[[], float], digest: Digest | None = None
) -> None:
    fields: dict[str, object] = {"last_success": clock(), "failures": 0, "last_error": None}
    if digest is not None:
        fields.update(last_new_story=digest.title, last_new_url=digest.url)
    store.update_source_state(source.name, **fields)


def record_failure(store: Store, source: Source, error: Exception) -> int:
    """Record a failed poll; return how many polls in a row have failed."""
    failures = store.source_state(source.name).failures + 1
    # last_failure: the poll job's backoff waits from this moment (store.clock: tests set it).
    store.update_source_state(
        source.name, failures=failures, last_error=str(error), last_failure=store.clock()
    )
    return failures
