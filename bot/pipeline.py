"""refresh(source): fetch -> listing -> unseen -> article -> digest -> outbox, top to bottom.

A refresh returns what happened, failures included: a source that cannot be read is recorded
as failing (its backoff lives with its state) and the result says so; nothing is raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import hashlib
import logging
from collections.abc import MutableMapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.clock import Clock
from bot.models import Article, Digest, Entry, Source
from bot.news.digest import build_digest
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError
from bot.ops.metrics import METRICS
from bot.parsing import ParseAborted, extract_article, parse_listing
from bot.prefs import chat_prefs, passes_filters, story_words
from bot.store import Health, ItemKind, SourceState, Store, StoreWriteError, Target

log = logging.getLogger(__name__)

STORY = "story"  # the variant of a story's own digest, for the chats that read each story
PER_HOST = 2  # articles read at once from one host
DEFAULT_MAX_ARTICLES = 5  # new articles read per poll ([digest] max_articles)


class PollStatus(enum.StrEnum):
    """What one poll of a source came to."""

    NEW = "new"  # new stories: a digest was made and queued
    NOTHING_NEW = "nothing new"
    NOT_MODIFIED = "not modified"  # the server answered 304: nothing was parsed
    UNCHANGED = "unchanged"  # the same bytes as last parsed: not parsed again
    PRIMED = "primed"  # the first poll: what was there was recorded, not posted
    FAILED = "failed"  # the listing could not be fetched or read
    PAUSED = "paused"  # an admin paused the source: not fetched
    BACKING_OFF = "backing off"  # it keeps failing: this turn is skipped
    ELSEWHERE = "polled by another replica"  # another replica holds its poll lease: not fetched here


@dataclass(frozen=True)
class RefreshResult:
    """What one poll of a source found and did."""

    source: str
    status: PollStatus
    new: int = 0
    digest: Digest | None = None
    queued: int = 0
    error: str = ""
    health: Health | None = None  # what admins are owed about the source after this poll
    # The source's state as this poll left it (None: not polled): its caller need not read it again.
    state: SourceState | None = dataclasses.field(default=None, compare=False, repr=False)


async def refresh(
    source: Source, *, fetcher: Fetcher, store: Store, clock: Clock, lead_chars: int,
    page_hashes: MutableMapping[str, bytes] | None = None, max_articles: int = DEFAULT_MAX_ARTICLES,
    state: SourceState | None = None,
) -> RefreshResult:
    """Poll a source once; put a digest of what is new in the outbox of every subscribed chat.

    `page_hashes` (source name -> hash of the page as last parsed, kept by the caller) spares
    the parse of a page that sends the same bytes again without answering 304. Up to
    `max_articles` new stories are read from their pages, concurrently (a few at a time per
    host); the others have the listing's words. `state` is the source's state when the caller
    has just read it (the store is asked otherwise); the result carries the state it saved.
    """
    if state is None:
        state = await store.sources.state(source.name)
    hashes: MutableMapping[str, bytes] = {} if page_hashes is None else page_hashes
    try:
        page = await fetcher.fetch(source.url, etag=state.etag, last_modified=state.last_modified)
        if page.not_modified:
            saved = await _succeeded(store, state, clock, state.etag, state.last_modified)
            return RefreshResult(source.name, PollStatus.NOT_MODIFIED, state=saved)
        # The URL too: a source moved to another address is read afresh.
        page_hash = hashlib.blake2b(source.url.encode() + b"\0" + page.content, digest_size=16).digest()
        if state.primed and hashes.get(source.name) == page_hash:
            saved = await _succeeded(store, state, clock, page.etag, page.last_modified)
            return RefreshResult(source.name, PollStatus.UNCHANGED, state=saved)
        # In a worker process, within a time and memory budget: deliveries keep their pace
        # meanwhile, and a pathological page is this source's failure (a ListingError).
        listing = await METRICS.timed_async("listing", parse_listing)(
            page.text or page.content, page.url, source.kind)
    except (FetchError, ListingError) as exc:
        return await _failed(store, source, state, clock, str(exc))
    except Exception as exc:  # a bug must cost this poll only, never the bot
        log.exception("%s: poll failed unexpectedly", source.name)
        return await _failed(store, source, state, clock, f"{type(exc).__name__}: {exc}")
    entries = listing.entries
    listed = [e.url for e in entries]

    if not state.primed:
        # A new source: remember what is already there without posting it, so nobody is
        # flooded; keep a digest of its top story so that /latest has something to show.
        digest = await make_digest(source, entries[0], [], fetcher, lead_chars) if entries else None
        if digest is not None:
            await _keep(store, digest)
        await store.sources.mark_seen(source.name, listed)
        saved = await _succeeded(store, state, clock, page.etag, page.last_modified, digest)
        hashes[source.name] = page_hash  # only once read through: a page that failed is read again
        return RefreshResult(source.name, PollStatus.PRIMED, digest=digest,
                             state=dataclasses.replace(saved, primed=True))

    fresh = set(await store.sources.unseen(source.name, listed))
    new = [e for e in entries if e.url in fresh]
    await store.sources.mark_seen(source.name, listed)  # still listed: keep them known
    if not new:
        saved = await _succeeded(store, state, clock, page.etag, page.last_modified)
        hashes[source.name] = page_hash
        return RefreshResult(source.name, PollStatus.NOTHING_NEW, state=saved)

    articles = await _read_articles(source, new[:max_articles], fetcher)
    articles += [None] * (len(new) - len(articles))
    digest = build_digest(source, new[0], articles[0], new[1:], lead_chars=lead_chars)
    # Filters decide per story: the chats whose filters leave some out read a copy without them;
    # a chat that reads each story gets one digest per story. Digests are durable on return,
    # before the deliveries that render them.
    plan = await _plan(store, source, digest, new, articles, lead_chars)
    await _keep(store, digest)  # after its copies: the newest, that /latest shows, is whole
    saved = await _succeeded(store, state, clock, page.etag, page.last_modified, digest)
    hashes[source.name] = page_hash
    try:
        queued = await _queue(store, plan)  # durable: the outbox is on disk before anything is sent
    except StoreWriteError as exc:
        # What failed is kept in memory, written once the disk takes it; nothing is sent until
        # then (the Deliverer asks the store first). Queued all the same: the story is not lost.
        log.error("%s: the digest %r is kept in memory, not yet on disk: %s", source.name, digest.title, exc)
        queued = 0
        with contextlib.suppress(StoreWriteError):
            queued = await _queue(store, plan)  # the chats the failed call did not reach
    log.info("%s: %d new, digest %r queued for %d chats", source.name, len(new), digest.title, queued)
    return RefreshResult(source.name, PollStatus.NEW, new=len(new), digest=digest, queued=queued, state=saved)


async def make_digest(
    source: Source, lead: Entry, others: list[Entry], fetcher: Fetcher, lead_chars: int
) -> Digest:
    """Return the digest of a lead entry, reading its page; the listing's words if that fails.

    The poll, /addsource's probe and `run_bot.py preview` all make their digests here.
    """
    article = await _read_article(source, lead, fetcher)
    return build_digest(source, lead, article, others, lead_chars=lead_chars)


async def _read_articles(source: Source, entries: list[Entry], fetcher: Fetcher) -> list[Article | None]:
    """Return the entries' articles (None where a page cannot be read), read concurrently,
    at most PER_HOST at a time from one host."""
    hosts: dict[str, asyncio.Semaphore] = {}

    async def read(entry: Entry) -> Article | None:
        async with hosts.setdefault(urlsplit(entry.url).hostname or "", asyncio.Semaphore(PER_HOST)):
            return await _read_article(source, entry, fetcher)

    return list(await asyncio.gather(*(read(e) for e in entries)))


async def _read_article(source: Source, entry: Entry, fetcher: Fetcher) -> Article | None:
    """Return the lead entry's article, or None (logged) when its page cannot be read."""
    try:
        page = await fetcher.fetch(entry.url)
    except FetchError as exc:
        log.warning("%s: article skipped, the digest uses the listing's text: %s", source.name, exc)
        return None
    try:
        return await METRICS.timed_async("article", extract_article)(page.text or page.content, page.url)
    except ParseAborted as exc:  # over its budget: the story is still posted, with the listing's text
        log.warning("%s: article at %s skipped, the digest uses the listing's text: %s",
                    source.name, entry.url, exc)
        return None
    except Exception:  # a parser bug must not cost the story: post it with the listing's text
        log.exception("%s: cannot extract the article at %s", source.name, entry.url)
        return None


# Each copy of a poll's digest that some chats read, with those chats: (send now, hold for times).
_Plan = list[tuple[Digest, list[Target], list[Target]]]


async def _plan(store: Store, source: Source, digest: Digest, stories: list[Entry],
                articles: list[Article | None], lead_chars: int) -> _Plan:
    """Return which copy of the digest each subscribed chat reads, its filters decided per story.

    A story is judged on its own title and lead (the listing's summary for the others), never
    on the headlines beside it. A chat's copy leaves out the stories it filtered; when its lead
    is filtered out, the next story that passes leads, with its own lead and related headlines.
    A chat that reads each story gets one digest per story that passes. The copies are
    stored (before the poll's digest); a chat whose filters let nothing through gets nothing.
    """
    subscribers = await store.subscriptions.subscribers(digest.source)
    chats = await store.chats.many(t.chat_id for t in subscribers)
    # Folded once for every chat's filters.
    words = [story_words(digest.title, digest.lead)]
    words += [story_words(e.title, e.summary) for e in stories[1:]]
    kept_by: dict[tuple[int, ...], tuple[list[Target], list[Target]]] = {}
    each: dict[int, list[Target]] = {}  # story index -> the chats that read it alone
    for target in subscribers:
        prefs = chat_prefs(chats.get(target.chat_id))
        kept = tuple(i for i, w in enumerate(words) if passes_filters(w, prefs.include, prefs.exclude))
        if kept and prefs.each_story:
            for i in kept:
                each.setdefault(i, []).append(target)
        elif kept:
            now, later = kept_by.setdefault(kept, ([], []))
            (later if prefs.scheduled else now).append(target)
    plan: _Plan = []
    for kept, (now, later) in kept_by.items():
        copy = digest
        if len(kept) < len(stories):
            urls = [stories[i].url for i in kept]
            variant = hashlib.sha256("\n".join(urls).encode()).hexdigest()[:12]
            if kept[0] == 0:
                wanted = set(urls)
                copy = dataclasses.replace(
                    digest, others=tuple(h for h in digest.others if h.url in wanted), variant=variant)
            else:
                lead = build_digest(source, stories[kept[0]], articles[kept[0]],
                                    [stories[i] for i in kept[1:]], lead_chars=lead_chars)
                copy = dataclasses.replace(lead, variant=variant)
            await _keep(store, copy)
        plan.append((copy, now, later))
    for i, targets in sorted(each.items()):
        alone = dataclasses.replace(
            build_digest(source, stories[i], articles[i], lead_chars=lead_chars), variant=STORY)
        await _keep(store, alone)
        plan.append((alone, targets, []))
    return plan


async def _keep(store: Store, digest: Digest) -> None:
    """Store a digest, durable on return; when the disk refuses, it stays in memory, written later.

    Nothing is sent while the store cannot write (the Deliverer asks it first), so a digest in
    memory only is never rendered for a delivery that a restart would lose.
    """
    try:
        await store.digests.add(digest)
    except StoreWriteError as exc:
        log.error("%s: the digest %r is kept in memory, not yet on disk: %s", digest.source, digest.title, exc)


async def _queue(store: Store, plan: _Plan) -> int:
    """Queue each chat's copy of a digest: to send now, or held for its times."""
    queued = 0
    for copy, now, later in plan:
        queued += await store.outbox.enqueue(ItemKind.DIGEST, copy.key, now)
        queued += await store.outbox.enqueue(ItemKind.DIGEST, copy.key, later, held=True)
    return queued


async def _succeeded(store: Store, state: SourceState, clock: Clock, etag: str | None,
                     last_modified: str | None, digest: Digest | None = None) -> SourceState:
    """Save and return the state after a successful poll."""
    story = (digest.title, digest.url) if digest is not None else None
    saved = state.succeeded(clock.now(), etag=etag, last_modified=last_modified, story=story)
    await store.sources.save_state(saved)
    return saved


async def _failed(store: Store, source: Source, state: SourceState, clock: Clock, error: str) -> RefreshResult:
    """Save the state after a failed poll, log it, and return the FAILED result."""
    saved = state.failed(clock.now(), error)
    await store.sources.save_state(saved)
    log.warning("%s: poll failed (%d in a row), skipped: %s", source.name, saved.failures, error)
    return RefreshResult(source.name, PollStatus.FAILED, error=error, state=saved)
