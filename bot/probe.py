"""Prober: what a source at a URL would be: its kind, its title and the digest it would post."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.models import Digest, Source, SourceKind
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError
from bot.parsing import parse_listing
from bot.pipeline import make_digest


class ProbeFailure(enum.StrEnum):
    """Why a URL cannot be a source."""

    FETCH = "fetch"  # it could not be fetched
    LISTING = "listing"  # what it serves is neither a feed nor a front page
    EMPTY = "empty"  # it lists no article


class ProbeError(Exception):
    """A URL that cannot be a source: `reason` says why, str() gives the details."""

    def __init__(self, reason: ProbeFailure, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class Probe:
    """What a URL serves, read as a source listing."""

    url: str
    kind: SourceKind
    title: str
    entries: int
    digest: Digest | None = None
    urls: tuple[str, ...] = ()  # what it lists now: the source's starting point once added


class Prober:
    """Reads a URL as /addsource and /import do before a source is followed."""

    def __init__(self, fetcher: Fetcher, lead_chars: int) -> None:
        self.fetcher = fetcher
        self.lead_chars = lead_chars

    async def probe(self, url: str, name: str, *, with_digest: bool = True,
                    allow_empty: bool = False) -> Probe:
        """Return what a source at `url` would be; raise ProbeError saying why it cannot be one
        (a listing without articles too, unless `allow_empty`: a new feed may list none yet)."""
        try:
            page = await self.fetcher.fetch(url)
        except FetchError as exc:
            raise ProbeError(ProbeFailure.FETCH, exc.reason) from None
        try:
            # In a worker: a 4 MB feed parsed here would hold every update and delivery meanwhile.
            listing = await parse_listing(page.text or page.content, page.url)
        except ListingError as exc:
            raise ProbeError(ProbeFailure.LISTING, str(exc)) from None
        if not listing.entries and not allow_empty:
            raise ProbeError(ProbeFailure.EMPTY, "no articles listed")
        digest = None
        if with_digest and listing.entries:
            source = Source(name=name, url=url, title=listing.title, kind=listing.kind)
            digest = await make_digest(source, listing.entries[0], listing.entries[1:6],
                                       self.fetcher, self.lead_chars)
        return Probe(url=url, kind=listing.kind, title=listing.title, entries=len(listing.entries),
                     digest=digest, urls=tuple(e.url for e in listing.entries))
