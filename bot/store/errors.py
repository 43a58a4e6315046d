"""The store's errors, whatever engine is behind it."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used; the message says which file or setting, what is wrong and what to do."""


class StoreWriteError(Exception):
    """A change that must be durable at once could not be written (a full disk, a lost database).

    The TinyDB engine keeps it in memory and writes it as soon as the disk takes it again
    (`Store.can_write`); until then the bot must not act on more such changes (it stops sending).
    """
