"""Fuzzing parse_listing: whatever a server sends, a Listing or a ListingError, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models import SourceKind
from bot.news.listing import Listing, ListingError, parse_listing
from bot.parsing import read_listing
from tests.auxil.fuzz import FUZZ, FUZZ_MARKS, any_text, encoded, feeds, mutated, pages

PAGE_URL = "https://example.org/"
# A feed read as a front page makes bs4 warn (once, in the worker): no failure of the parse.
pytestmark = [*FUZZ_MARKS, pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")]
kinds = st.sampled_from(list(SourceKind))
# The page's own URL is the fetcher's final URL, which httpx has parsed: a valid one, any path.
# (A malformed one, "http://[::1", makes both parsers raise ValueError: see the report.)
page_urls = st.one_of(st.just(PAGE_URL), any_text.map(lambda path: f"https://example.org/{path}"),
                      st.sampled_from(["http://127.0.0.1:8080/", "https://例え.jp/記事/", "https://x.y/a?b=1#c"]))


def listing_or_error(content: bytes | str, url: str, kind: SourceKind) -> Listing | None:
    """Return what a worker reads from the content, None for a ListingError; fail on anything else."""
    try:
        listing = read_listing(content, url, kind)
    except ListingError:
        return None
    for entry in listing.entries:
        entry.title.encode("utf-8")  # nothing UTF-8 cannot write reaches the store
        entry.summary.encode("utf-8")
    return listing


@FUZZ
@given(content=encoded(feeds), kind=kinds, url=page_urls)
def test_any_feed_is_a_listing_or_a_listing_error(content: bytes | str, kind: SourceKind, url: str) -> None:
    listing_or_error(content, url, kind)


@FUZZ
@given(content=encoded(pages), kind=kinds, url=page_urls)
def test_any_page_is_a_listing_or_a_listing_error(content: bytes | str, kind: SourceKind, url: str) -> None:
    listing_or_error(content, url, kind)


@FUZZ
@given(content=st.one_of(mutated(feeds), mutated(pages), st.binary(max_size=300)))
def test_any_torn_download_is_a_listing_or_a_listing_error(content: bytes) -> None:
    listing_or_error(content, PAGE_URL, SourceKind.AUTO)


@FUZZ
@given(content=st.text(st.characters(codec="utf-8"), max_size=300), kind=kinds)
def test_parse_listing_itself_takes_any_text_a_server_can_send(content: str, kind: SourceKind) -> None:
    # A decoded body never holds a lone surrogate (fetch decodes with errors="replace").
    try:
        parse_listing(content, PAGE_URL, kind)
    except ListingError:
        pass
