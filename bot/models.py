"""Plain frozen dataclasses shared by every layer of the bot."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_INTERVAL: int = 600


class SourceKind(str, enum.Enum):
    """How a source lists its articles."""

    FEED = "feed"  # RSS or Atom
    PAGE = "page"  # an HTML front page with links to articles
    AUTO = "auto"  # decided from what the URL serves


@dataclass(frozen=True)
class Source:
    """A news source that the bot follows."""

    name: str
    url: str
    title: str = ""
    kind: SourceKind = SourceKind.AUTO
    interval: int = 600

    @property
    def display_title(self) -> str:
        """Return the title to show readers, falling back to the name."""
        return self.title or self.name


@dataclass(frozen=True)
class Entry:
    """One article as a listing (feed or front page) announces it."""

    url: str
    title: str
    published: datetime | None = None
    summary: str = ""


@dataclass(frozen=True)
class Headline:
    """A headline that links to an article."""

    title: str
    url: str


@dataclass(frozen=True)
class Article:
    """A story as extracted from its page."""

    url: str
    title: str
    published: datetime | None = None
    paragraphs: list[str] = field(default_factory=list)
    lead: str = ""
    related: list[Headline] = field(default_factory=list)
    language: str = ""


@dataclass(frozen=True)
class Digest:
    """What the bot posts about one poll of one source: a lead story and its headlines."""

    source: str
    source_title: str
    url: str
    title: str
    published: datetime | None = None
    lead: str = ""
    related: tuple[Headline, ...] = ()
    others: tuple[Headline, ...] = ()

    @property
    def key(self) -> str:
        """Return the identity of this digest: one per source and lead story."""
        return f"{self.source}|{self.url}"


@dataclass(frozen=True)
class Delivery:
    """One digest to send to one chat: a row of the outbox."""

    id: int
    digest_key: str
    chat_id: int
    thread_id: int | None = None
    attempts: int = 0
