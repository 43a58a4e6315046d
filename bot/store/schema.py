"""What a row of each table must hold: checked when a database is opened, before anything reads it.

A file with valid JSON but a wrong shape (a missing field, an unknown status, a non-numeric id)
would otherwise fail later, in the middle of a poll or a broadcast, with a raw traceback. Here
it is refused at once with the file, the table, the row and the field named.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from bot.models import ChatKind, DeliveryMode, SourceKind
from bot.store.rows import DeliveryStatus, ItemKind

# A field's check: what it must be, and whether a value is that.
Check = tuple[str, Callable[[Any], bool]]


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _moment(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _pairs(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(p, str) for p in v) for v in value)


def _times_by_url(value: Any) -> bool:
    return isinstance(value, dict) and all(_number(t) for t in value.values())


def _optional(check: Check) -> Check:
    what, test = check
    return f"{what} or null", lambda v: v is None or test(v)


def _one_of(kind: type[enum.Enum]) -> Check:
    values = [member.value for member in kind]
    return f"one of {', '.join(repr(v) for v in values)}", lambda v: v in values


INTEGER: Check = ("a whole number", _integer)
NUMBER: Check = ("a number (a UNIX time)", _number)
TEXT: Check = ("a string", _text)
BOOLEAN: Check = ("true or false", lambda v: isinstance(v, bool))
MOMENT: Check = ("an ISO date and time", _moment)
TEXTS: Check = ("a list of strings", _texts)

# Per table: the fields every row must have, and the fields a row may have.
REQUIRED: dict[str, dict[str, Check]] = {
    "meta": {"schema": INTEGER},
    "chats": {"chat_id": INTEGER},
    "subscriptions": {"chat_id": INTEGER, "source": TEXT},
    "source_state": {"name": TEXT},
    "seen": {"source": TEXT, "urls": ("an object of url -> time", _times_by_url)},
    "source_registry": {"name": TEXT},
    "digests": {"key": TEXT, "source": TEXT, "source_title": TEXT, "url": TEXT, "title": TEXT,
                "created": NUMBER},
    "deliveries": {"kind": _one_of(ItemKind), "key": TEXT, "chat_id": INTEGER,
                   "status": _one_of(DeliveryStatus), "created": NUMBER, "next_try": NUMBER},
    "roundups": {"key": TEXT, "chat_id": INTEGER, "slot": MOMENT, "digests": TEXTS, "created": NUMBER},
    "sent_counts": {"hour": NUMBER, "sent": INTEGER},
}
OPTIONAL: dict[str, dict[str, Check]] = {
    "meta": {"created": NUMBER},
    "chats": {"kind": _one_of(ChatKind), "title": TEXT, "active": BOOLEAN, "created": NUMBER,
              "inactive_reason": _optional(TEXT), "language": _optional(TEXT),
              "user_language": _optional(TEXT), "timezone": _optional(TEXT),
              "mode": _optional(_one_of(DeliveryMode)), "times": _optional(TEXTS),
              "quiet": _optional(("two times", lambda v: _texts(v) and len(v) == 2)),
              "include": _optional(TEXTS), "exclude": _optional(TEXTS),
              "max_related": _optional(INTEGER), "previews": _optional(BOOLEAN),
              "roundup_at": _optional(NUMBER),
              "inactive_since": _optional(NUMBER)},
    "subscriptions": {"thread_id": _optional(INTEGER), "since": NUMBER},
    "source_state": {"last_success": _optional(NUMBER), "last_failure": _optional(NUMBER),
                     "failures": INTEGER, "alerted": BOOLEAN, "last_new_story": _optional(TEXT),
                     "last_new_url": _optional(TEXT), "last_error": _optional(TEXT),
                     "etag": _optional(TEXT), "last_modified": _optional(TEXT)},
    "source_registry": {"url": _optional(TEXT), "title": TEXT, "kind": _one_of(SourceKind),
                        "interval": _optional(INTEGER), "paused": BOOLEAN, "removed": BOOLEAN,
                        "added": _optional(NUMBER)},
    "digests": {"published": _optional(MOMENT), "lead": TEXT, "related": ("a list of [title, url]", _pairs),
                "others": ("a list of [title, url]", _pairs), "variant": TEXT},
    "deliveries": {"thread_id": _optional(INTEGER), "attempts": INTEGER, "error": _optional(TEXT),
                   "message_id": _optional(INTEGER), "sent_at": _optional(NUMBER),
                   "failed_at": _optional(NUMBER), "roundup": _optional(TEXT)},
    "roundups": {"thread_id": _optional(INTEGER)},
}


def shape_error(tables: Mapping[str, Mapping[str, Any]]) -> str | None:
    """Return what is wrong with the first row of a wrong shape ("table 't', row 5: ..."), or None."""
    for table, rows in tables.items():
        if table not in REQUIRED:
            continue  # a table this bot does not use: kept as it is, never read
        for doc_id, row in rows.items():
            problem = row_error(table, doc_id, row)
            if problem is not None:
                return problem
    return None


def row_error(table: str, doc_id: str, row: Any) -> str | None:
    """Return what is wrong with one row of a table this bot uses, or None."""
    where = f"table {table!r}, row {doc_id!r}"
    if not doc_id.isdigit():
        return f"{where}: the row id is not a number"
    if not isinstance(row, dict):
        return f"{where}: expected an object, got {type(row).__name__}"
    for field, (what, test) in REQUIRED[table].items():
        if field not in row:
            return f"{where}: field {field!r} is missing (expected {what})"
        if not test(row[field]):
            return f"{where}: field {field!r} is {_show(row[field])} (expected {what})"
    for field, (what, test) in OPTIONAL.get(table, {}).items():
        if field in row and not test(row[field]):
            return f"{where}: field {field!r} is {_show(row[field])} (expected {what})"
    return None


def journal_error(line: Any) -> str | None:
    """Return what is wrong with a decoded journal line, or None.

    A line changes fields of one row ({"t", "id", "set"}) or adds rows ({"t", "ins": {id: row}}).
    """
    if not isinstance(line, dict):
        return "expected an object"
    table = line.get("t")
    if table not in REQUIRED:
        return f"unknown table {_show(table)}"
    if "ins" in line:
        rows = line["ins"]
        if not isinstance(rows, dict) or not rows:
            return f"'ins' is {_show(rows)} (expected an object of rows by id)"
        return next((e for i, r in rows.items() if (e := row_error(table, str(i), r)) is not None), None)
    doc_id, fields = line.get("id"), line.get("set")
    if not _integer(doc_id):
        return f"the row id is {_show(doc_id)} (expected a whole number)"
    if not isinstance(fields, dict):
        return f"'set' is {_show(fields)} (expected an object of fields)"
    checks = {**REQUIRED[table], **OPTIONAL.get(table, {})}
    for field, value in fields.items():
        check = checks.get(field)
        if check is not None and not check[1](value):
            return f"field {field!r} is {_show(value)} (expected {check[0]})"
    return None


def _show(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
