"""`run_bot.py backup PATH`: a consistent copy of the database, taken while the bot runs.

The bot replaces its file whole (os.replace) and appends sent marks to a journal that it empties
once they are in the file. A copy reads the journals, then the file, then the journals again:
a mark is either in the file read or in one of the two readings of the journals, whatever the
bot did meanwhile. The copy holds the file with every mark applied, and no journal: restoring
it is putting it in place of the database (the bot stopped) and removing the journals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.store.engine import dump_tables, journal_paths, read_journal, read_tables, write_atomically
from bot.store.errors import StoreError
from bot.store.migrations import Tables


@dataclass(frozen=True)
class Backup:
    """What a backup copied."""

    target: Path
    tables: int
    rows: int
    journal_lines: int


def read_database(path: Path) -> tuple[Tables, int]:
    """Return a consistent reading of the database at `path` (the bot may be running), every mark applied, and the journal lines read.

    StoreError when there is no database there or it cannot be read.
    """
    if not path.exists() and not any(j.exists() for j in journal_paths(path)):
        raise StoreError(f"{path}: no database there; check [storage] path in the config.")
    before = [line for journal in journal_paths(path) for line in read_journal(journal)]
    tables, _ = read_tables(path)
    after = [line for journal in journal_paths(path) for line in read_journal(journal)]
    for line in before + after:
        rows = tables.setdefault(line.table, {})
        if line.added:
            rows.setdefault(str(line.doc_id), line.fields)
        elif str(line.doc_id) in rows:
            rows[str(line.doc_id)].update(line.fields)
    return tables, len(before) + len(after)


def backup(path: Path, target: Path) -> Backup:
    """Write a consistent copy of the database at `path` to `target`; StoreError when it cannot."""
    if target.resolve() == path.resolve() or target.name.startswith(path.name + ".journal"):
        raise StoreError(f"{target}: a backup must not replace the database or its journals.")
    tables, lines = read_database(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomically(target, dump_tables(tables))
    except OSError as exc:
        raise StoreError(f"{target}: the backup cannot be written ({exc.strerror or exc}).") from None
    return Backup(target=target, tables=len(tables), rows=sum(len(t) for t in tables.values()),
                  journal_lines=lines)
