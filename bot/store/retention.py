"""Retention: what no promise needs any more goes, so that the tables (and each write) stay bounded.

A finished delivery (sent, failed, dropped, merged) is needed by no promise once it is in the
file: its sent mark keeps it from going again while it exists, and the same story cannot be
queued again while its url is in the source's seen entries (written with the outbox). So it is
kept ten minutes (a look after an incident), then only counted (for /stats). A digest's text
is needed while a waiting delivery or roundup renders it, and each source's newest for /latest;
a roundup while its delivery waits. Seen urls are kept while listed, and a few days after (a
story that comes back within them is not news again). Chats gone (blocked, kicked) for the
retention period go with their subscriptions; so do the hourly sent counts older than it.
"""

from __future__ import annotations

import asyncio

from bot.store.chats import ChatRepository
from bot.store.digests import DigestRepository
from bot.store.engine import Engine
from bot.store.outbox import OutboxRepository
from bot.store.sources import SourceRepository
from bot.store.subscriptions import SubscriptionRepository

FINISHED_KEEP = 600.0  # seconds a finished delivery, roundup or unneeded digest is kept
SEEN_GRACE = 3 * 86400.0  # seconds a url no longer listed stays seen


async def prune(engine: Engine, outbox: OutboxRepository, digests: DigestRepository,
                sources: SourceRepository, chats: ChatRepository, subscriptions: SubscriptionRepository,
                *, now: float, retention: float) -> int:
    """Drop what no promise needs at `now`; return how many rows (and urls) went.

    In steps, the event loop running between them: a large outbox takes tens of milliseconds
    a step, never all of them at once.
    """
    finished = now - min(FINISHED_KEEP, retention)
    await engine.apply_journal_in_steps()  # the sent marks make their rows finished
    removed, needed = await outbox.prune(finished, counts_before=now - retention)
    await asyncio.sleep(0)
    removed += digests.prune(finished, needed)
    removed += sources.forget_seen_before(now - min(SEEN_GRACE, retention))
    await asyncio.sleep(0)
    for chat_id in chats.gone_before(now - retention):
        removed += 1 + len(subscriptions.remove_chat(chat_id))
    return removed
