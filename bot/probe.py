"""probe(url): what a source at this URL would be: its kind, its title and the digest it would post."""

from __future__ import annotations

import logging

from bot.models import Source
from bot.news.article import extract_article
from bot.news.digest import build_digest
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError, parse_listing
from bot.sources import Probe, ProbeError

log = logging.getLogger(__name__)


async def probe(url: str, name: str, *, fetcher: Fetcher, with_digest: bool = True) -> Probe:
    """Return what a source at `url` would be; raise ProbeError saying why it cannot be one."""
    try:
        page = await fetcher.fetch(url)
    except FetchError as exc:
        raise ProbeError("fetch", exc.reason) from None
    try:
        listing = parse_listing(page.text or page.content, page.url)
    except ListingError as exc:
        raise ProbeError("listing", str(exc)) from None
    if not listing.entries:
        raise ProbeError("empty", "no articles listed")
    digest = None
    if with_digest:
        source = Source(name=name, url=url, title=listing.title, kind=listing.kind)
        lead = listing.entries[0]
        article = None
        try:
            lead_page = await fetcher.fetch(lead.url)
            article = extract_article(lead_page.text or lead_page.content, lead_page.url)
        except FetchError as exc:  # the preview still shows the listing's words
            log.info("probe %s: lead article not fetched: %s", url, exc)
        except Exception:  # noqa: BLE001 - a parser bug must not refuse a good source
            log.exception("probe %s: cannot extract the lead article", url)
        digest = build_digest(source, lead, article, listing.entries[1:6])
    return Probe(url=url, kind=listing.kind, title=listing.title, entries=len(listing.entries),
                 digest=digest)
