"""The typed rows the store hands out: no raw database row leaves bot/store/."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import NamedTuple

from bot.models import ChatKind, DeliveryMode, SourceKind


BACKOFF_CAP = 6 * 3600.0  # seconds: a failing source is still tried at least this often


class Health(enum.StrEnum):
    """What admins are told about a source's polls, once each time it changes."""

    FAILING = "failing"  # it failed `[fetch] alert_after` polls in a row
    RECOVERED = "recovered"  # it works again after admins were told it was failing


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
    previews: bool | None = None  # the story's link preview under a digest (None: on)


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

    def retry_at(self, interval: int) -> float | None:
        """Return when a failing source may be polled again (None: it is not failing).

        The wait doubles with each failure in a row, from one interval, capped at BACKOFF_CAP
        (but never shorter than the interval itself).
        """
        if self.failures < 1 or self.last_failure is None:
            return None
        wait = min(interval * 2.0 ** min(self.failures - 1, 30), BACKOFF_CAP)
        return self.last_failure + max(wait, interval)

    def succeeded(self, at: float, *, etag: str | None, last_modified: str | None,
                  story: tuple[str, str] | None = None) -> SourceState:
        """Return the state after a successful poll (story: the new lead's title and url)."""
        title, url = story if story is not None else (self.last_new_story, self.last_new_url)
        return replace(self, last_success=at, failures=0, last_error=None, etag=etag,
                       last_modified=last_modified, last_new_story=title, last_new_url=url)

    def failed(self, at: float, error: str) -> SourceState:
        """Return the state after a failed poll: one failure more, the backoff counting from `at`."""
        return replace(self, failures=self.failures + 1, last_error=error, last_failure=at)

    def health_change(self, alert_after: int) -> Health | None:
        """Return the news admins are owed about this source, once: failing, recovered, or None."""
        if self.failures >= alert_after and not self.alerted:
            return Health.FAILING
        if self.failures == 0 and self.alerted:
            return Health.RECOVERED
        return None


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
