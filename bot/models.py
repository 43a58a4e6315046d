"""Plain frozen dataclasses shared by every layer of the bot."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_INTERVAL = 600  # seconds between two polls of a source, unless the config says otherwise

# Code points a str may hold but UTF-8 cannot encode: the halves of UTF-16 surrogate pairs.
_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """Return the text as UTF-8 can encode it: surrogate pairs joined, lone halves made U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text  # the usual case, and no copy
    # UTF-16 is where surrogates mean something: a pair decodes to its character, a half to U+FFFD.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _clean(instance: object, *names: str) -> None:
    """Make the named str fields of a frozen dataclass valid text, in place."""
    # Text from the outside (a JSON-LD "\ud800", a feed's &#xD800;) would otherwise reach the
    # store and Telegram, where encoding it raises: the models are the door all of it goes through.
    for name in names:
        value = getattr(instance, name)
        cleaned = valid_text(value)
        if cleaned is not value:
            object.__setattr__(instance, name, cleaned)


class SourceKind(enum.StrEnum):
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
    interval: int = DEFAULT_INTERVAL
    timezone: str = ""  # the zone of the site's times that carry none ("": the bot's, [digest] timezone)

    def __post_init__(self) -> None:
        _clean(self, "name", "url", "title")  # a title may come from a feed (/addsource, /import)

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

    def __post_init__(self) -> None:
        _clean(self, "url", "title", "summary")


@dataclass(frozen=True)
class Headline:
    """A headline that links to an article."""

    title: str
    url: str

    def __post_init__(self) -> None:
        _clean(self, "title", "url")


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
    # The paragraphs a lead may quote: without a table's short cells and a paragraph's bold run-in heading; [] when
    # they are the paragraphs themselves.
    quotable: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        _clean(self, "url", "title", "lead", "language")
        for name in ("paragraphs", "quotable"):
            texts: list[str] = getattr(self, name)
            cleaned = [valid_text(text) for text in texts]
            if any(a is not b for a, b in zip(cleaned, texts)):
                object.__setattr__(self, name, cleaned)


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
    # "" for a poll's digest; for the copy that chats whose filters leave some stories out
    # read, a tag of the stories it keeps (two copies with one lead differ by it).
    variant: str = ""

    def __post_init__(self) -> None:
        _clean(self, "source", "source_title", "url", "title", "lead")  # headlines clean themselves

    @property
    def key(self) -> str:
        """Return the identity of this digest: one per source and lead story (and variant)."""
        return f"{self.source}|{self.url}" + (f"|{self.variant}" if self.variant else "")


class ChatKind(enum.StrEnum):
    """What kind of Telegram chat a chat is (Telegram's own names; UNKNOWN before it is seen)."""

    PRIVATE = "private"
    GROUP = "group"
    SUPERGROUP = "supergroup"
    CHANNEL = "channel"
    UNKNOWN = ""


class DeliveryMode(enum.StrEnum):
    """How a chat gets its stories: as they come, or gathered at its digest times."""

    INSTANT = "instant"  # a digest per poll: its newest story with its lead, the others as links
    TIMES = "times"
    EACH = "each"  # one message per story, each with its lead and related headlines
