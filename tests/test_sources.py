"""The source catalog (config sources plus the admins' changes, kept in the store) and backoff."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest_asyncio

from bot.clock import Clock
from bot.models import Source, SourceKind
from bot.news.urls import is_http_url
from bot.sources import SourceCatalog
from bot.store import BACKOFF_CAP, SourceState, Store, open_store
from tests.auxil.stores import Place

CONFIG = (
    Source(name="lemonde", url="https://www.lemonde.fr/rss/une.xml", title="Le Monde", interval=600),
    Source(name="rfi", url="https://www.rfi.fr/fr/rss", title="RFI", interval=900),
)

Reopen = Callable[[], Awaitable[Store]]


@pytest_asyncio.fixture
async def reopen(database: Place) -> AsyncIterator[Reopen]:
    """Yield a function that (re)opens the store (each engine in turn); what it opened is closed after."""
    opened: list[Store] = []

    async def again() -> Store:
        if opened:
            await opened[-1].close()
        opened.append(open_store(database, clock=Clock()))
        return opened[-1]

    yield again
    await opened[-1].close()


async def catalog_of(store: Store) -> SourceCatalog:
    """Return the catalog of the config's sources with the admins' changes read from the store."""
    catalog = SourceCatalog(CONFIG, store)
    await catalog.load()
    return catalog


async def test_the_admins_changes_survive_a_reopen_and_the_config_gives_the_rest(reopen: Reopen) -> None:
    store = await reopen()
    catalog = await catalog_of(store)
    changed: list[str] = []
    catalog.on_change = changed.append
    await catalog.add(Source(name="france24", url="https://www.france24.com/fr/rss", title="France 24",
                             kind=SourceKind.FEED, interval=300), at=1000.0)
    await store.subscriptions.subscribe(1, "rfi")
    await store.subscriptions.subscribe(2, "rfi")
    assert await catalog.remove("rfi") == [1, 2]
    assert await catalog.set_paused("lemonde", True) is True
    assert await catalog.set_paused("lemonde", True) is False
    await catalog.set_interval("lemonde", 1200)
    assert changed == ["france24", "rfi", "lemonde", "lemonde"]

    again = await catalog_of(await reopen())
    assert sorted(again.active) == ["france24", "lemonde"]
    assert again.active["france24"] == Source(name="france24", url="https://www.france24.com/fr/rss",
                                              title="France 24", kind=SourceKind.FEED, interval=300)
    assert again.active["lemonde"].interval == 1200 and again.is_paused("lemonde")
    assert await again.store.subscriptions.of_chat(1) == []
    assert again.is_configured("lemonde") and not again.is_configured("france24")


async def test_a_removed_config_source_added_again_from_the_chat_starts_afresh(reopen: Reopen) -> None:
    store = await reopen()
    catalog = await catalog_of(store)
    await store.sources.mark_seen("rfi", ["https://www.rfi.fr/a"])
    state = await store.sources.state("rfi")
    await store.sources.save_state(dataclasses.replace(state, failures=4))
    await catalog.remove("rfi")
    await catalog.add(Source(name="rfi", url="https://www.rfi.fr/en/rss", title="RFI English"), at=1000.0)
    state = await store.sources.state("rfi")
    assert not state.primed and state.failures == 0
    again = await catalog_of(await reopen())
    assert again.active["rfi"].url == "https://www.rfi.fr/en/rss"
    assert not again.is_configured("rfi")


async def test_urls_are_matched_to_sources_whatever_their_trailing_slash(reopen: Reopen) -> None:
    catalog = await catalog_of(await reopen())
    assert catalog.named_by_url("https://www.rfi.fr/fr/rss/") == "rfi"
    assert catalog.named_by_url("https://www.rfi.fr/en/rss") is None


def test_backoff_doubles_from_one_interval_and_stops_at_six_hours() -> None:
    def wait(failures: int, interval: int = 600) -> float | None:
        until = SourceState(name="s", failures=failures, last_failure=1000.0).retry_at(interval)
        return None if until is None else until - 1000.0

    assert wait(0) is None
    assert [wait(n) for n in (1, 2, 3, 4)] == [600, 1200, 2400, 4800]
    assert wait(7) == BACKOFF_CAP == 6 * 3600
    assert wait(500) == BACKOFF_CAP  # no overflow however long it has failed
    assert wait(1, interval=86400) == 86400  # never sooner than the source's own interval


def test_only_absolute_http_urls_are_accepted() -> None:
    assert is_http_url("https://example.org/rss") and is_http_url("http://127.0.0.1:8080/")
    for bad in ("ftp://example.org/", "example.org/rss", "https://", "javascript:alert(1)", ""):
        assert not is_http_url(bad)
