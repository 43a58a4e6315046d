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
from bs4 import BeautifulSoup, Tag

from bot.models import Entry, SourceKind, valid_text
from bot.news.markup import FRAME_TAGS, NAVIGATION_TAGS, SECTIONING_TAGS, says_navigation
from bot.news.text import collapse, count_cjk, truncate, valid_char_refs, valid_char_refs_bytes
from bot.news.urls import absolute_url, normalize_url, same_site

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
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("latin-1")  # markup names are ASCII: any 8-bit decoding finds them


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

# Path segments that lead to lists, people, accounts or machinery, never to one article.
_SKIP_SEGMENTS = frozenset(
    {
        "tag", "tags", "author", "authors", "auteur", "auteurs", "autor", "autore",
        "login", "logout", "signin", "sign-in", "signup", "sign-up", "register", "account", "compte",
        "connexion", "inscription", "search", "recherche", "suche", "buscar",
        "feed", "feeds", "rss", "atom", "newsletter", "newsletters", "subscribe", "abonnement",
        "wp-login.php", "wp-admin", "cdn-cgi",
    }
)
# Segments that name an index of articles; such a path is an index unless it also carries an id or a date.
_INDEX_SEGMENTS = frozenset(
    {
        "category", "categories", "categorie", "section", "sections", "rubrique", "rubriques",
        "topic", "topics", "theme", "themes", "dossier", "dossiers", "archive", "archives",
    }
)
_SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".mp3", ".mp4",
    ".xml", ".rss", ".atom", ".json", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
)
_ARTICLE_EXTENSIONS = (".html", ".htm", ".shtml")
_INDEX_FILE = re.compile(r"^(?:index|default|home|accueil|main)\d*\.\w+$", re.IGNORECASE)
_ID_OR_DATE = re.compile(r"\d{4,}")  # a numeric id (c31356-9081464) or a year (2016, 20240305)
_HEADINGS = re.compile(r"^h[1-6]$")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


def _attribute_values(tag: Tag, name: str) -> list[str]:
    """Return an attribute's values as strings: class and rel are lists in bs4, the others one string."""
    value = tag.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _in_boilerplate(anchor: Tag) -> bool:
    """Return whether a link sits in navigation, the site's header or footer, a menu, or a sharing block."""
    ancestors = [p for p in anchor.parents if isinstance(p, Tag) and p.name != "[document]"]
    for index, element in enumerate([anchor, *ancestors]):
        if element.name in NAVIGATION_TAGS:
            return True
        if element.name in FRAME_TAGS and not any(p.name in SECTIONING_TAGS for p in ancestors[index:]):
            return True
        if element.name in ("body", "html"):
            continue  # a body class like "home-page-menu-open" says nothing about one link
        if says_navigation(element):
            return True
    return False


def _article_path(url: str, page_url: str) -> bool:
    """Return whether a same-site URL looks like one article: an id or a date, a long slug, or a deep .html path."""
    parts = urlsplit(url)
    path = parts.path
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False  # the front page itself
    if normalize_url(url).split("?", 1)[0] == normalize_url(page_url).split("?", 1)[0]:
        return False
    lowered = [s.lower() for s in segments]
    if any(s in _SKIP_SEGMENTS for s in lowered):
        return False
    if lowered[-1].endswith(_SKIP_EXTENSIONS) or _INDEX_FILE.match(lowered[-1]):
        return False
    if "page" in lowered[:-1] and lowered[-1].isdigit():
        return False  # /page/2/: pagination
    has_id_or_date = bool(_ID_OR_DATE.search(path) or _ID_OR_DATE.search(parts.query))
    if any(s in _INDEX_SEGMENTS for s in lowered) and not has_id_or_date:
        return False
    if has_id_or_date:
        return True
    stem = re.sub(r"\.\w+$", "", lowered[-1])
    if any(len([w for w in re.split(r"[-_+]", s) if w]) >= 4 for s in (stem, *lowered[:-1])):
        return True  # a long hyphenated slug: /world/some-long-headline-slug/
    return lowered[-1].endswith(_ARTICLE_EXTENSIONS) and len(segments) >= 2


def _is_headline(text: str) -> bool:
    """Return whether a link text reads like a headline rather than a label ("Sport", "More", "»")."""
    if not text or len(text) > 300:
        return False
    if len(text.split()) >= 4 or len(text) >= 20:
        return True
    # Chinese, Japanese and Korean headlines have no spaces and are short in characters.
    return count_cjk(text) >= 8


def _link_text(anchor: Tag) -> str:
    """Return the headline a link shows: a heading inside it, its text, its title, or its image's alt."""
    heading = anchor.find(_HEADINGS)
    candidates = [
        collapse(heading.get_text(" ")) if isinstance(heading, Tag) else "",
        collapse(anchor.get_text(" ")),
        collapse(str(anchor.get("title") or "")),
    ]
    image = anchor.find("img")
    if isinstance(image, Tag):
        candidates.append(collapse(str(image.get("alt") or "")))
    time = anchor.find("time")
    if isinstance(time, Tag):
        # A link whose only text is its date ("Mardi 5 juillet 2016 à 08h30") names no story.
        candidates = [text for text in candidates if text != collapse(time.get_text(" "))]
    for text in candidates:
        if _is_headline(text):
            return text
    return ""


def _page_title(soup: BeautifulSoup, url: str) -> str:
    """Return the site's name from og:site_name, else the page's <title>, else the host."""
    site_name = soup.find("meta", attrs={"property": "og:site_name"})
    if isinstance(site_name, Tag) and collapse(str(site_name.get("content") or "")):
        return collapse(str(site_name.get("content")))
    if soup.title is not None and collapse(soup.title.get_text()):
        return collapse(soup.title.get_text())
    return urlsplit(url).hostname or url


def _feed_link(soup: BeautifulSoup, base: str) -> str | None:
    """Return the absolute URL of the page's <link rel="alternate"> RSS or Atom feed, if any."""
    for link in soup.find_all("link", href=True):
        rels = [rel.lower() for rel in _attribute_values(link, "rel")]
        kind = str(link.get("type") or "").split(";", 1)[0].strip().lower()
        if "alternate" in rels and kind in _FEED_TYPES:
            return absolute_url(base, str(link["href"]))
    return None


def parse_front_page(html: bytes | str, url: str) -> Listing:
    """Return the article links of an HTML front page in document order; raise ListingError if there are none."""
    soup = BeautifulSoup(html, "lxml")
    base = url
    base_tag = soup.find("base", href=True)
    if isinstance(base_tag, Tag):
        base = absolute_url(url, str(base_tag["href"])) or url
    title = _page_title(soup, url)
    feed_url = _feed_link(soup, base)
    for noise in soup.find_all(["script", "style", "noscript", "template"]):
        noise.decompose()

    # One slot per article, at the position of its first link; the longest headline among its links wins
    # (the top story often has an image link first, then the headline link).
    order: list[str] = []
    headlines: dict[str, str] = {}
    for anchor in soup.find_all("a", href=True):
        target = absolute_url(base, str(anchor["href"]))
        if target is None or not same_site(url, target) or not _article_path(target, url):
            continue
        if _in_boilerplate(anchor):
            continue
        key = normalize_url(target)
        text = _link_text(anchor)
        if key not in headlines:
            order.append(key)
            headlines[key] = text
        elif len(text) > len(headlines[key]):
            headlines[key] = text
    entries = [Entry(url=key, title=headlines[key]) for key in order if headlines[key]]
    if not entries:
        raise ListingError("no article links found")
    return Listing(kind=SourceKind.PAGE, title=title, entries=entries, feed_url=feed_url)
