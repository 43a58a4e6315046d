"""Text from the outside is valid where it enters: no lone surrogate reaches the store or Telegram."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import Clock
from bot.config import DigestSettings
from bot.models import Article, Digest, Entry, Headline, Source, SourceKind, valid_text
from bot.news.article import extract_article
from bot.news.digest import build_digest
from bot.news.fetch import Fetcher
from bot.news.listing import parse_listing
from bot.news.text import valid_char_refs, valid_char_refs_bytes
from bot.pipeline import PollStatus, refresh
from bot.store import open_store
from tests.auxil.news_site import NewsSite

LONE = "\ud800"
URL = "https://example.org/monde/2024/03/05/un-article-sur-le-sujet_123456.html"
BODY = ("Le premier paragraphe raconte la nouvelle en détail, avec assez de mots pour être "
        "lu comme le corps d'un article et non comme un menu de la page. ")


def utf8_json(value: object) -> bytes:
    """Return a dataclass as the store and Telegram would write it: JSON, UTF-8, no escapes."""
    return json.dumps(dataclasses.asdict(value), ensure_ascii=False, default=str).encode("utf-8")  # type: ignore[call-overload]


def page(headline_ld: str, title: str, body: str) -> str:
    """Return an article page whose JSON-LD headline, <title>, <h1> and body hold the given text."""
    ld = json.dumps({"@type": "NewsArticle", "headline": headline_ld})  # "\ud800" escaped as JSON does
    return (f'<html lang="fr"><head><title>{title}</title><script type="application/ld+json">{ld}'
            f"</script></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{body} {BODY}</p>" for _ in range(3)) + "</article></body></html>")


def feed(item_title: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Le Fil</title>'
            f"<item><title>{item_title}</title><link>{URL}</link><description>Résumé &#xDC00; ici</description>"
            "</item><item><title>Une autre nouvelle du jour</title><link>https://example.org/b/2024/9876</link>"
            "</item></channel></rss>")


# ---------------------------------------------------------------------------- the rule


def test_valid_text_makes_a_lone_surrogate_a_replacement_character_and_joins_a_pair() -> None:
    assert valid_text(f"a{LONE}b") == "a\ufffdb"
    assert valid_text("\udc00x\ud83d") == "\ufffdx\ufffd"
    assert valid_text("\ud83d\ude00") == "\U0001f600"  # a pair written as two halves is its emoji


def test_valid_text_returns_valid_text_itself() -> None:
    text = "Élysée 😀 中文"
    assert valid_text(text) is text


@pytest.mark.parametrize("model", [
    lambda t: Entry(url=URL, title=t, summary=t),
    lambda t: Headline(title=t, url=URL),
    lambda t: Article(url=URL, title=t, paragraphs=[t, "ok"], lead=t, language=t),
    lambda t: Digest(source="s", source_title=t, url=URL, title=t, lead=t,
                     related=(Headline(t, URL),), others=(Headline(t, URL),)),
    lambda t: Source(name="s", url=URL, title=t),
])
def test_every_news_model_holds_only_text_utf8_can_encode(model: object) -> None:
    made = model(f"titre {LONE}")  # type: ignore[operator]
    assert "\ufffd" in utf8_json(made).decode("utf-8")


def test_a_reference_to_no_character_becomes_a_reference_to_the_replacement_character() -> None:
    assert valid_char_refs("a&#xD800;b&#55296;c&#x110000;d") == "a&#xFFFD;b&#xFFFD;c&#xFFFD;d"
    assert valid_char_refs("&#" + "9" * 5000 + ";") == "&#xFFFD;"  # int() refuses such numbers
    assert valid_char_refs_bytes(b"&#xdfff; &#x41; &#x10FFFF; &#0065;") == b"&#xFFFD; &#x41; &#x10FFFF; &#0065;"


# ---------------------------------------------------------------------------- at the parsers


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize("where", ["headline", "title", "body"])
@pytest.mark.parametrize("bad", [LONE, "&#xD800;"])
def test_an_article_with_a_surrogate_in_its_headline_title_or_body_reads_as_valid_text(
    where: str, bad: str, as_bytes: bool
) -> None:
    texts = {"headline": "Le titre du jour", "title": "Le titre du jour", "body": "Le corps"}
    if where == "headline":
        texts[where] += " " + LONE  # JSON-LD: json.dumps writes it as \ud800, json.loads gives it back
    else:
        texts[where] += " " + bad
    html = page(texts["headline"], texts["title"], texts["body"])
    content = html.encode("utf-8", "surrogatepass") if as_bytes else html
    article = extract_article(content, URL)
    digest = build_digest(Source(name="s", url=URL), Entry(url=URL, title="x"), article)
    assert utf8_json(article) and utf8_json(digest)


def test_a_json_ld_headline_with_a_surrogate_becomes_the_title_with_a_replacement_character() -> None:
    article = extract_article(page(f"Le titre {LONE} du jour", "Autre", "Le corps"), URL)
    assert article.title == "Le titre \ufffd du jour"


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_feed_item_titled_with_a_reference_to_a_surrogate_is_listed_with_a_replacement_character(
    as_bytes: bool
) -> None:
    text = feed("Une nouvelle &#xD800; du jour")
    listing = parse_listing(text.encode() if as_bytes else text, "https://example.org/feed")
    assert [e.title for e in listing.entries] == ["Une nouvelle \ufffd du jour", "Une autre nouvelle du jour"]
    assert listing.entries[0].summary == "Résumé \ufffd ici"
    digest = build_digest(Source(name="s", url=URL), listing.entries[0], None, listing.entries[1:])
    assert "\ufffd" in utf8_json(digest).decode("utf-8")


@pytest.mark.parametrize("ref", ["&#x110000;", "&#99999999999999999999;", "&#xDFFF;", "&#56320"])
def test_no_character_reference_makes_a_feed_unreadable(ref: str) -> None:
    listing = parse_listing(feed(f"Une nouvelle {ref} du jour"), "https://example.org/feed")
    assert listing.entries[0].title.startswith("Une nouvelle \ufffd")


# ---------------------------------------------------------------------------- through a poll


@pytest_asyncio.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(timeout=5, allow_private_addresses=True) as f:
        yield f


async def test_a_poll_of_such_a_feed_is_stored_and_the_store_keeps_working(
    news_site: NewsSite, fetcher: Fetcher, tmp_path: Path
) -> None:
    source = Source(name="fil", url=news_site.url("/feed"), kind=SourceKind.FEED, interval=3600)
    news_site.set("/feed", feed("Première &#xD800; nouvelle").replace(URL, news_site.url("/a/2024/1.html")),
                  content_type="application/rss+xml")
    news_site.set("/a/2024/1.html", page(f"Le titre {LONE} du jour", "Le titre &#xD800;", "Le corps"))
    store = open_store(tmp_path / "bot.json", clock=Clock())
    result = await refresh(source, fetcher=fetcher, store=store, clock=store.clock,
                           lead_chars=DigestSettings().lead_chars)
    assert result.status is PollStatus.PRIMED and result.digest is not None
    assert result.digest.title == "Première \ufffd nouvelle"  # a feed's digest keeps the item's title
    await store.subscriptions.subscribe(1, "fil")  # a later write: the store still works
    await store.close()
    reopened = open_store(tmp_path / "bot.json", clock=Clock())
    try:
        newest = await reopened.digests.newest(["fil"])
        assert newest == result.digest
        assert [t.chat_id for t in await reopened.subscriptions.subscribers("fil")] == [1]
    finally:
        await reopened.close()
