"""Retention: what no promise needs any more goes, so that the tables (and each write) stay bounded.

Finished deliveries (sent, failed, dropped, merged) older than the retention go; so do old
roundups no delivery refers to, old digests except each source's newest (/latest shows it) and
those a kept delivery or roundup renders, and seen urls no listing has shown for that long.
"""

from __future__ import annotations

from bot.store.digests import DigestRepository
from bot.store.outbox import OutboxRepository
from bot.store.sources import SourceRepository


def prune(outbox: OutboxRepository, digests: DigestRepository, sources: SourceRepository,
          cutoff: float) -> int:
    """Drop what is older than `cutoff` and needed by nothing kept; return how many rows (and urls) went."""
    removed, needed = outbox.prune(cutoff)
    removed += digests.prune(cutoff, needed)
    removed += sources.forget_seen_before(cutoff)
    return removed
