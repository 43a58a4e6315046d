"""The typed rows the store hands out: no raw database row leaves bot/store/."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from bot.models import ChatKind, DeliveryMode, SourceKind


class DeliveryStatus(enum.StrEnum):
    """Where one delivery stands."""

    PENDING = "pending"  # to send as soon as the chat's pace allows
    HELD = "held"  # waiting for the chat's next digest time (never due by itself)
    MERGED = "merged"  # a held delivery that went into a roundup
    SENT = "sent"  # Telegram accepted it
    FAILED = "failed"  # given up, with the reason
    DROPPED = "dropped"  # its chat is gone (blocked, kicked): not tried


class ItemKind(enum.StrEnum):
    """What a delivery sends: one source's digest, or a chat's roundup of held digests."""

    DIGEST = "digest"
    ROUNDUP = "roundup"


class Target(NamedTuple):
    """Where a delivery goes: a chat, and the forum topic in it (None: the chat itself)."""

    chat_id: int
    thread_id: int | None = None


@dataclass(frozen=True)
class ChatSettings:
    """A chat's reader settings as stored: None or empty means the config's default."""

    language: str | None = None  # chosen with /language
    user_language: str | None = None  # the Telegram language of a private chat's user
    timezone: str | None = None
    mode: DeliveryMode | None = None
    times: tuple[str, ...] = ()  # "HH:MM" digest times, sorted
    quiet: tuple[str, str] | None = None  # ("22:00", "07:00")
    include: tuple[str, ...] = ()  # folded filter words
    exclude: tuple[str, ...] = ()
    max_related: int | None = None


@dataclass(frozen=True)
class Chat:
    """What the store knows of a chat."""

    id: int
    kind: ChatKind = ChatKind.UNKNOWN
    title: str = ""
    active: bool = True
    inactive_reason: str = ""
    settings: ChatSettings = field(default_factory=ChatSettings)
    roundup_at: float | None = None  # the last digest time already made into a roundup
    created: float = 0.0


@dataclass(frozen=True)
class SourceState:
    """What the store knows of one source's polls."""

    name: str
    primed: bool = False  # its first poll was recorded (what was there is not news)
    last_success: float | None = None
    last_new_story: str | None = None
    last_new_url: str | None = None
    last_error: str | None = None
    failures: int = 0  # failed polls in a row
    last_failure: float | None = None  # when the latest failed poll ended: backoff counts from it
    etag: str | None = None
    last_modified: str | None = None
    alerted: bool = False  # admins were told it keeps failing, and await the recovery notice


@dataclass(frozen=True)
class SourceRecord:
    """An admin's change to the sources, kept over restarts: an added source, or overrides."""

    name: str
    url: str | None = None  # set for a source added from the chat (None: a config source's overrides)
    title: str = ""
    kind: SourceKind = SourceKind.AUTO
    interval: int | None = None  # the added source's interval, or a config source's override
    paused: bool = False
    removed: bool = False
    added: float | None = None


@dataclass(frozen=True)
class Delivery:
    """One item (a digest or a roundup) to send to one chat: a row of the outbox."""

    id: int
    kind: ItemKind
    key: str  # the digest's key (Digest.key) or the roundup's (Roundup.key)
    chat_id: int
    thread_id: int | None = None
    status: DeliveryStatus = DeliveryStatus.PENDING
    attempts: int = 0
    next_try: float = 0.0
    created: float = 0.0
    error: str | None = None
    message_id: int | None = None
    sent_at: float | None = None

    @property
    def target(self) -> Target:
        """Return where this delivery goes."""
        return Target(self.chat_id, self.thread_id)


@dataclass(frozen=True)
class Roundup:
    """The held digests of one chat (and topic) gathered at one of its digest times."""

    key: str
    chat_id: int
    thread_id: int | None
    slot: datetime  # the digest time, aware
    digest_keys: tuple[str, ...]
