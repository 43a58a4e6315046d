"""The PostgreSQL engine of the store: the same repositories as the TinyDB engine's, in tables
that several replicas of the bot share.

`engine.py` holds the pool, the migrations' runner and the only import of psycopg; one module
per concern holds its SQL (`chats`, `subscriptions`, `sources`, `digests`, `outbox`,
`retention`, `leases`); `migrations.py` the numbered schema steps; `copy.py` the copy of a
TinyDB database into PostgreSQL (`run_bot.py migrate --from`).
"""

from __future__ import annotations

from bot.store.postgres.copy import Copied, copy_tinydb
from bot.store.postgres.engine import Migration, is_database_url, migrate, redact
from bot.store.postgres.store import PostgresStore

__all__ = ["Copied", "Migration", "PostgresStore", "copy_tinydb", "is_database_url", "migrate", "redact"]
