"""Reading a source's listing: the entries of an RSS/Atom feed, or the article links of an HTML front page."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from time import struct_time
from typing import Any
from urllib.parse import urlsplit

import feedparser  # type: ignore[import-untyped]  # no stubs, no py.typed
from bs4 import BeautifulSoup

from bot.models import Entry, SourceKind, valid_text
from bot.news.charset import bom_codec
from bot.news.frontpage import read_front_page
from bot.news.text import collapse, truncate, valid_char_refs, valid_char_refs_bytes
from bot.news.urls import absolute_url, normalize_url

SUMMARY_MAX_CHARS = 500


@dataclass(frozen=True)
class Listing:
    """The entries a source lists, newest or most prominent first."""

    kind: SourceKind
    title: str
    entries: list[Entry]
    feed_url: str | None = None


class ListingError(ValueError):
    """The content is neither a usable feed nor a front page with article links."""


# ---------------------------------------------------------------------------- helpers


def _html_to_text(markup: str) -> str:
    """Return the plain text of an HTML fragment, whitespace collapsed."""
    if "<" not in markup:
        # No tags: feedparser already decoded the entities; bs4 would only warn that it looks like a URL.
        return collapse(markup)
    return collapse(BeautifulSoup(markup, "lxml").get_text(" "))


def _as_text(content: bytes | str, limit: int | None = None) -> str:
    """Return the content (or its first limit bytes) as text good enough to sniff markup, never failing."""
    if isinstance(content, str):
        return content if limit is None else content[:limit]
    head = content if limit is None else content[:limit]
    # A byte order mark says how the bytes are written (read as Latin-1, a UTF-8 one would be "ï»¿" before the root).
    bom = bom_codec(head)
    # Without one, markup names are ASCII: any 8-bit decoding finds them.
    return head.decode(bom, errors="replace") if bom else head.decode("latin-1")


# ---------------------------------------------------------------------------- kind

# Skip the XML declaration, processing instructions, comments and the doctype; capture the root element's name.
_PROLOG = re.compile(
    r"""^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!doctype\b[^>]*>\s*)*<([A-Za-z][\w:.-]*)""", re.IGNORECASE | re.DOTALL
)
_HTML_DOCTYPE = re.compile(r"<!doctype\s+html", re.IGNORECASE)
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_HTML_ROOTS = frozenset(
    {"html", "head", "body", "div", "a", "p", "section", "article", "main", "header", "title", "meta"}
)


def detect_kind(content: bytes | str, content_type: str = "") -> SourceKind:
    """Return FEED for RSS/Atom/RDF documents and PAGE for HTML; raise ListingError for anything else."""
    head = _as_text(content, 4096).lstrip("\ufeff")
    # The document's own root element is the best witness: servers often send feeds as text/html or text/plain.
    if _HTML_DOCTYPE.match(head.lstrip()):
        return SourceKind.PAGE
    match = _PROLOG.match(head)
    root = match.group(1).lower() if match else ""
    if root in _FEED_ROOTS or root.endswith((":rdf", ":feed", ":rss")):
        return SourceKind.FEED
    if root in _HTML_ROOTS:
        return SourceKind.PAGE
    media = content_type.split(";", 1)[0].strip().lower()
    if any(word in media for word in ("rss", "atom", "rdf")):
        return SourceKind.FEED
    if "html" in media and root:
        return SourceKind.PAGE
    if root and re.search(r"<(?:body|a\s)", head, re.IGNORECASE):
        return SourceKind.PAGE  # an HTML fragment without <html>
    raise ListingError(f"not a feed nor an HTML page (starts with {head.strip()[:40]!r})")


def parse_listing(content: bytes | str, url: str, kind: SourceKind = SourceKind.AUTO) -> Listing:
    """Return the listing of a feed or a front page; kind AUTO decides from the content."""
    if kind == SourceKind.AUTO:
        kind = detect_kind(content)
    if kind == SourceKind.FEED:
        return parse_feed(content, url)
    return parse_front_page(content, url)


# ---------------------------------------------------------------------------- feeds


def _entry_datetime(entry: dict[str, Any]) -> datetime | None:
    """Return the entry's publication (else update) time as an aware UTC datetime, or None."""
    for key in ("published_parsed", "updated_parsed"):
        # dict.get, not entry.get: feedparser warns when updated_parsed falls back to published_parsed.
        parsed = dict.get(entry, key)
        if isinstance(parsed, struct_time):
            try:
                return datetime(*parsed[:6], tzinfo=timezone.utc)
            except ValueError:  # e.g. a leap second or a year 0 that feedparser let through
                continue
    return None


def _title_text(entry: dict[str, Any]) -> str:
    """Return the title of a feed or an entry as plain text (Atom titles may be HTML)."""
    title = dict.get(entry, "title") or ""
    detail = dict.get(entry, "title_detail") or {}
    if "html" in str(detail.get("type", "")):
        return _html_to_text(title)
    return collapse(title)


def _entry_summary(entry: dict[str, Any]) -> str:
    """Return the entry's summary (else its content) as plain text of at most SUMMARY_MAX_CHARS."""
    summary = dict.get(entry, "summary") or ""
    if not summary:
        contents = dict.get(entry, "content") or []
        summary = contents[0].get("value", "") if contents else ""
    return truncate(_html_to_text(summary), SUMMARY_MAX_CHARS)


def _newest_first(entries: list[Entry]) -> list[Entry]:
    """Return the entries newest first; an undated entry keeps the place of the dated entry before it."""
    if not any(e.published for e in entries):
        return list(entries)
    # Give each undated entry its neighbour's date so that a stable sort leaves it where the feed put it.
    last = next(e.published for e in entries if e.published is not None)
    effective: list[datetime] = []
    for e in entries:
        if e.published is not None:
            last = e.published
        effective.append(last)
    order = sorted(range(len(entries)), key=lambda i: effective[i], reverse=True)
    return [entries[i] for i in order]


def _unique(entries: list[Entry]) -> list[Entry]:
    """Return the entries without repeats of one normalized URL, first kept."""
    seen: set[str] = set()
    out: list[Entry] = []
    for e in entries:
        if e.url not in seen:
            seen.add(e.url)
            out.append(e)
    return out


def parse_feed(content: bytes | str, url: str) -> Listing:
    """Return the entries of an RSS/Atom/RDF feed, newest first; raise ListingError if it has none and is malformed."""
    # content-location is the base for relative links. application/xml without a charset lets the
    # XML declaration decide (RFC 7303); without any content-type feedparser flags the feed as broken.
    headers = {"content-location": url, "content-type": "application/xml"}
    # feedparser's fallback parser raises on a reference to no character (&#xD800;): such a
    # reference in one item would make the whole feed unreadable. It reads as U+FFFD instead.
    if isinstance(content, str):
        # Already decoded: say so, or feedparser would trust an encoding="..." that no longer applies.
        data = valid_text(valid_char_refs(content)).encode("utf-8")
        headers["content-type"] = "application/xml; charset=utf-8"
    else:
        data = valid_char_refs_bytes(content)  # UTF-16 feeds (rare) keep theirs: see below
    try:
        # A stream, never a string: feedparser would fetch a string that looks like a URL or open it as a file.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except (ValueError, OverflowError) as exc:  # a bad reference still there (UnicodeEncodeError is one)
        raise ListingError(f"feed is malformed: {type(exc).__name__}: {exc}") from None
    bozo = bool(parsed.get("bozo")) and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride
    )
    if not parsed.entries and not bozo and not parsed.get("version"):
        raise ListingError("not a feed nor an HTML page")
    entries: list[Entry] = []
    for raw in parsed.entries:
        link = dict.get(raw, "link") or ""
        if not link:
            # Atom entries may carry only <link rel="alternate"> inside links, or an id that is a URL.
            link = next((l.get("href", "") for l in dict.get(raw, "links") or [] if l.get("rel") == "alternate"), "")
        absolute = absolute_url(url, link) if link else None
        title = _title_text(raw)
        if not absolute or not title:
            continue
        entries.append(
            Entry(
                url=normalize_url(absolute),
                title=title,
                published=_entry_datetime(raw),
                summary=_entry_summary(raw),
            )
        )
    if bozo and not entries:
        # A broken feed that still yields entries is used; one that yields none is reported.
        raise ListingError(f"feed is malformed: {parsed.get('bozo_exception')}")
    title = valid_text(_title_text(parsed.get("feed", {}))) or (urlsplit(url).hostname or url)
    return Listing(kind=SourceKind.FEED, title=title, entries=_unique(_newest_first(entries)))


# ---------------------------------------------------------------------------- front pages


def parse_front_page(html: bytes | str, url: str) -> Listing:
    """Return the article links of an HTML front page in document order; raise ListingError if there are none."""
    page = read_front_page(html, url)
    if not page.entries:
        raise ListingError("no article links found")
    return Listing(kind=SourceKind.PAGE, title=page.title, entries=page.entries, feed_url=page.feed_url)
