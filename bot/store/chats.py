"""The chats the bot has met, with their reader settings, over the engine's `chats` table.

A chat's reader settings are fields of its row (language, user_language, timezone, mode, times,
quiet, include, exclude, max_related, previews), and so is `roundup_at`, the last digest time already
made into a roundup. Lookups by chat id go through an index rebuilt only when the table
changes: each send asks for its chat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bot.clock import Clock
from bot.models import ChatKind, DeliveryMode
from bot.store.engine import Engine, Row
from bot.store.rows import Chat, ChatSettings

TABLE = "chats"


class ChatRepository:
    """The `Chats` repository of the TinyDB store."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock
        self._index: dict[int, str] = {}  # chat_id -> doc_id
        self._inactive: frozenset[int] = frozenset()
        self._index_version = -1
        # What else follows a chat, set by the store that composes the repositories: its
        # waiting deliveries are dropped when it goes; its rows move when its id changes.
        self.on_deactivate: list[Callable[[int, str], None]] = []
        self.on_migrate: list[Callable[[int, int], None]] = []

    def _refresh(self) -> None:
        """Rebuild the indexes if the table changed since they were made."""
        version = self._engine.version(TABLE)
        if version != self._index_version:
            rows = self._engine.rows(TABLE)
            self._index = {row["chat_id"]: doc_id for doc_id, row in rows.items()}
            self._inactive = frozenset(
                row["chat_id"] for row in rows.values() if row.get("active", True) is False
            )
            self._index_version = version

    def _doc_id(self, chat_id: int) -> str | None:
        """Return the doc_id of a chat's row, or None (in constant time)."""
        self._refresh()
        return self._index.get(chat_id)

    def inactive_ids(self) -> frozenset[int]:
        """Return the ids of the chats marked gone (rebuilt when the table changes only)."""
        self._refresh()
        return self._inactive

    def gone_before(self, cutoff: float) -> list[int]:
        """Remove the chats gone (blocked, kicked) since before a time; return their ids."""
        rows = self._engine.rows(TABLE)
        gone = [(int(doc_id), row["chat_id"]) for doc_id, row in rows.items()
                if row.get("active", True) is False
                and (row.get("inactive_since") or row.get("created") or 0.0) < cutoff]
        self._engine.remove(TABLE, [doc_id for doc_id, _ in gone])
        return [chat_id for _, chat_id in gone]

    def _row(self, chat_id: int) -> Row | None:
        doc_id = self._doc_id(chat_id)
        return self._engine.rows(TABLE)[doc_id] if doc_id is not None else None

    def _put(self, chat_id: int, fields: dict[str, Any]) -> None:
        """Set fields of a chat's row when they differ, adding the row if new."""
        doc_id = self._doc_id(chat_id)  # the indexes are fresh from here on
        if doc_id is None:
            doc_id = str(self._engine.insert(TABLE, {
                "chat_id": chat_id, "kind": ChatKind.UNKNOWN.value, "title": "", "active": True,
                "created": self._clock.now(), **fields,
            }))
        else:
            row = self._engine.rows(TABLE)[doc_id]
            if not any(row.get(k) != v for k, v in fields.items()):
                return
            self._engine.update(TABLE, [int(doc_id)], fields)
        # Keep the indexes in step with this one change rather than rebuilding them: recording
        # thousands of chats would otherwise rebuild them from the whole table each time.
        self._index[chat_id] = doc_id
        if "active" in fields:
            gone = {chat_id} if fields["active"] is False else set()
            self._inactive = (self._inactive - {chat_id}) | gone
        self._index_version = self._engine.version(TABLE)

    async def record(self, chat_id: int, *, kind: ChatKind, title: str) -> None:
        """Record a chat (or refresh its kind and title) and mark it active."""
        fields: dict[str, Any] = {"kind": kind.value, "title": title, "active": True}
        row = self._row(chat_id)
        if row is not None and row.get("active", True) is False:
            fields["inactive_reason"] = ""
        self._put(chat_id, fields)

    async def get(self, chat_id: int) -> Chat | None:
        """Return a chat, or None when the bot never met it."""
        row = self._row(chat_id)
        return chat_from_row(row) if row is not None else None

    async def many(self, chat_ids: Iterable[int]) -> dict[int, Chat]:
        """Return the known chats among these ids, by id."""
        found = {}
        for chat_id in chat_ids:
            row = self._row(chat_id)
            if row is not None:
                found[chat_id] = chat_from_row(row)
        return found

    async def save_settings(self, chat_id: int, settings: ChatSettings) -> None:
        """Replace a chat's reader settings (adding the chat if new)."""
        self._put(chat_id, settings_to_row(settings))

    async def set_roundup_at(self, chat_id: int, at: float) -> None:
        """Record the last digest time already made into a roundup for a chat."""
        self._put(chat_id, {"roundup_at": at})

    async def scheduled(self) -> list[Chat]:
        """Return the active chats that get roundups at digest times."""
        return [
            chat_from_row(row) for row in self._engine.rows(TABLE).values()
            if row.get("mode") == DeliveryMode.TIMES.value and row.get("active", True)
        ]

    async def deactivate(self, chat_id: int, reason: str) -> bool:
        """Mark a chat gone (blocked, kicked) and drop its waiting deliveries; return whether it was active."""
        row = self._row(chat_id)
        if row is not None and not row.get("active", True):
            return False
        self._put(chat_id, {"active": False, "inactive_reason": reason, "inactive_since": self._clock.now()})
        for drop in self.on_deactivate:
            drop(chat_id, reason)
        return True

    async def migrate(self, old_id: int, new_id: int) -> None:
        """Move a chat, its subscriptions and its waiting deliveries to a new id (group -> supergroup)."""
        doc_id = self._doc_id(old_id)
        if doc_id is not None:
            self._engine.update(TABLE, [int(doc_id)], {"chat_id": new_id})
        for move in self.on_migrate:
            move(old_id, new_id)

    async def counts(self) -> tuple[int, int]:
        """Return how many chats are (active, inactive)."""
        inactive = len(self.inactive_ids())
        return len(self._engine.rows(TABLE)) - inactive, inactive


def settings_to_row(settings: ChatSettings) -> dict[str, Any]:
    """Return a chat's settings as fields of its row (None: the config's default)."""
    return {
        "language": settings.language,
        "user_language": settings.user_language,
        "timezone": settings.timezone,
        "mode": settings.mode.value if settings.mode is not None else None,
        "times": list(settings.times),
        "quiet": list(settings.quiet) if settings.quiet is not None else None,
        "include": list(settings.include),
        "exclude": list(settings.exclude),
        "max_related": settings.max_related,
        "previews": settings.previews,
    }


def _mode(value: Any) -> DeliveryMode | None:
    try:
        return DeliveryMode(value) if value else None
    except ValueError:
        return None  # a mode this bot does not know: the default


def _kind(value: Any) -> ChatKind:
    try:
        return ChatKind(value or "")
    except ValueError:
        return ChatKind.UNKNOWN


def chat_from_row(row: Row) -> Chat:
    """Return the Chat a row of the chats table holds."""
    quiet = row.get("quiet")
    max_related = row.get("max_related")
    settings = ChatSettings(
        language=row.get("language") or None,
        user_language=row.get("user_language") or None,
        timezone=row.get("timezone") or None,
        mode=_mode(row.get("mode")),
        times=tuple(row.get("times") or ()),
        quiet=(str(quiet[0]), str(quiet[1])) if quiet else None,
        include=tuple(row.get("include") or ()),
        exclude=tuple(row.get("exclude") or ()),
        max_related=int(max_related) if max_related is not None else None,
        previews=bool(row["previews"]) if row.get("previews") is not None else None,
    )
    roundup_at = row.get("roundup_at")
    return Chat(
        id=row["chat_id"],
        kind=_kind(row.get("kind")),
        title=row.get("title") or "",
        active=row.get("active", True) is not False,
        inactive_reason=row.get("inactive_reason") or "",
        settings=settings,
        roundup_at=float(roundup_at) if roundup_at is not None else None,
        created=float(row.get("created") or 0.0),
    )
