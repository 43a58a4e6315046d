"""probe(url): what a source at this URL would be: its kind, its title and the digest it would post."""

from __future__ import annotations

from bot.models import Source
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError, parse_listing
from bot.pipeline import make_digest
from bot.sources import Probe, ProbeError


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
        digest = await make_digest(source, listing.entries[0], listing.entries[1:6], fetcher)
    return Probe(url=url, kind=listing.kind, title=listing.title, entries=len(listing.entries),
                 digest=digest)
