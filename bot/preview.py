"""`run_bot.py preview URL_OR_FILE`: the digest the bot would post, printed, without Telegram."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bot.config import Settings
from bot import parsing
from bot.models import Article, Entry, Source, SourceKind
from bot.news.digest import build_digest, render_plain
from bot.news.fetch import Fetcher, FetchError
from bot.news.frontpage.addresses import is_article_url, is_home_page
from bot.news.urls import is_http_url
from bot.news.listing import Listing, ListingError, detect_kind
from bot.parsing import ParseAborted, extract_article, parse_listing
from bot.pipeline import make_digest

MIN_ARTICLE_CHARS = 280  # a page whose body is shorter than this is read as a front page
FRONT_PAGE_STORIES = 20  # a page at an address naming no story that lists this many stories is a front page


def _is_one_story(url: str, article: Article, listed: int) -> bool:
    """Return whether a page is one story rather than a front page: not a home page (whose top teaser may run long);
    an address that names one story (an id, a date, a long slug) with a body however short or a summary its page
    declares (a script fills the body); else a body that runs long on a page listing few stories (a section's front,
    /sporarena/, lists dozens under teasers long enough to pass for a body). A saved file's own path names nothing."""
    if is_home_page(url):
        return False
    site_root = urlunsplit(urlsplit(url)[:2] + ("/", "", ""))
    if is_http_url(url) and is_article_url(url, site_root) and (article.paragraphs or article.lead):
        return True
    return sum(map(len, article.paragraphs)) >= MIN_ARTICLE_CHARS and listed < FRONT_PAGE_STORIES


async def preview(
    target: str, settings: Settings, *, language: str | None = None, url: str | None = None
) -> int:
    """Print the digest for a URL or a saved page/feed; return the exit code."""
    try:
        return await _preview(target, settings, language=language, url=url)
    finally:
        parsing.close()  # the parsing workers: a command line run ends here


async def _preview(target: str, settings: Settings, *, language: str | None, url: str | None) -> int:
    """Print the digest for a URL or a saved page/feed; return the exit code."""
    language = language or settings.digest.language
    is_url = is_http_url(target)
    async with Fetcher(
        timeout=settings.fetch.timeout,
        max_bytes=settings.fetch.max_bytes,
        allow_private_addresses=settings.fetch.allow_private_addresses,
    ) as fetcher:
        try:
            if is_url:
                page = await fetcher.fetch(target)
                content, url = page.content, page.url
            else:
                path = Path(target)
                # Links in a saved page are read as the site's own when its URL is given.
                content, url = path.read_bytes(), url or path.resolve().as_uri()
        except FetchError as exc:
            print(f"cannot fetch: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"cannot read {target}: {exc.strerror}", file=sys.stderr)
            return 1
        configured = next((s for s in settings.sources if s.url == target), None)
        source = configured or Source(name="preview", url=url, title=urlsplit(url).netloc or Path(target).stem)
        try:
            kind = detect_kind(content)
        except ListingError as exc:
            print(f"{target}: {exc}", file=sys.stderr)
            return 1
        try:
            article = await extract_article(content, url) if kind == SourceKind.PAGE else None
        except ParseAborted as exc:
            print(f"{target}: {exc}", file=sys.stderr)
            return 1
        listing: Listing | None = None
        unlisted: ListingError | None = None
        try:
            listing = await parse_listing(content, url, kind)
        except ListingError as exc:
            unlisted = exc
        if configured is None and article is not None and _is_one_story(url, article, len(listing.entries) if listing else 0):
            # An article page: its digest is the story itself.
            entry = Entry(url=url, title=article.title, published=article.published)
            digest = build_digest(source, entry, article, lead_chars=settings.digest.lead_chars)
        else:
            if listing is None:
                # A saved page's links are the site's only against the site's address: without it none is a story's.
                hint = "" if is_http_url(url) else " (give the page's address with --url: its links are read against it)"
                print(f"{target}: {unlisted}{hint}", file=sys.stderr)
                return 1
            if not listing.entries:
                print(f"{target}: no articles listed", file=sys.stderr)
                return 1
            if configured is None and listing.title:
                source = Source(name="preview", url=url, title=listing.title)
            digest = await make_digest(source, listing.entries[0], listing.entries[1:6], fetcher,
                                       settings.digest.lead_chars)
    d = settings.digest
    print(render_plain(digest, language=language, timezone=d.timezone,
                       max_related=d.max_related))
    return 0
