"""Retention on PostgreSQL: the same rules as the TinyDB engine's (bot/store/retention.py), in SQL.

A finished delivery goes after FINISHED_KEEP, counted by the hour when it was sent; a roundup
once its delivery is gone; a digest once no waiting delivery or kept roundup renders it, except
each source's newest; a url not listed for SEEN_GRACE; a chat gone for the retention period,
with its subscriptions. One transaction: replicas never see half of it.
"""

from __future__ import annotations

from bot.store.outbox import HOUR
from bot.store.postgres.engine import PgEngine
from bot.store.retention import FINISHED_KEEP, SEEN_GRACE

_FINISHED = """
WITH gone AS (
    DELETE FROM deliveries WHERE status NOT IN ('pending', 'held') AND created < %(finished)s
    RETURNING status, sent_at, created
), counted AS (
    INSERT INTO sent_counts (hour, sent)
    SELECT floor(coalesce(nullif(sent_at, 0), created) / %(hour)s) * %(hour)s, count(*)
    FROM gone WHERE status = 'sent' GROUP BY 1
    ON CONFLICT (hour) DO UPDATE SET sent = sent_counts.sent + EXCLUDED.sent
)
SELECT count(*) FROM gone
"""
_ROUNDUPS = """
DELETE FROM roundups r WHERE created < %(finished)s
AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.key = r.key AND d.kind = 'roundup')
"""
_DIGESTS = """
DELETE FROM digests g WHERE created < %(finished)s
AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.kind = 'digest' AND d.key = g.key)
AND NOT EXISTS (SELECT 1 FROM roundups r WHERE r.digests @> ARRAY[g.key])
AND EXISTS (SELECT 1 FROM digests n WHERE n.source = g.source AND (n.created, n.id) > (g.created, g.id))
"""
_GONE_CHATS = """
WITH gone AS (
    DELETE FROM chats WHERE NOT active AND coalesce(nullif(inactive_since, 0), nullif(created, 0), 0) < %(cutoff)s
    RETURNING chat_id
), subscriptions_gone AS (
    DELETE FROM subscriptions WHERE chat_id IN (SELECT chat_id FROM gone) RETURNING 1
)
SELECT (SELECT count(*) FROM gone) + (SELECT count(*) FROM subscriptions_gone)
"""


async def prune(engine: PgEngine, *, now: float, retention: float) -> int:
    """Drop what no promise needs at `now`; return how many rows (and urls) went."""
    finished = now - min(FINISHED_KEEP, retention)
    async with engine.transaction() as tx:
        removed = int(await tx.value(_FINISHED, {"finished": finished, "hour": HOUR}))
        await tx.execute("DELETE FROM sent_counts WHERE hour < %s", (now - retention,))
        removed += await tx.execute(_ROUNDUPS, {"finished": finished})
        removed += await tx.execute(_DIGESTS, {"finished": finished})
        removed += await tx.execute("DELETE FROM seen WHERE listed < %s", (now - min(SEEN_GRACE, retention),))
        removed += int(await tx.value(_GONE_CHATS, {"cutoff": now - retention}))
    return removed
