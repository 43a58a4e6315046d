"""The source registry (config sources plus the admins' changes, kept in the store) and backoff."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.models import Source, SourceKind
from bot.sources import BACKOFF_CAP, SourceRegistry, is_http_url, retry_at
from bot.store import SourceState, Store

CONFIG = (
    Source(name="lemonde", url="https://www.lemonde.fr/rss/une.xml", title="Le Monde", interval=600),
    Source(name="rfi", url="https://www.rfi.fr/fr/rss", title="RFI", interval=900),
)


@pytest.fixture
def open_store(tmp_path: Path) -> Iterator[Callable[[], Store]]:
    """Yield a function that (re)opens the store in a temp folder; what it opened is closed after."""
    opened: list[Store] = []

    def reopen() -> Store:
        if opened:
            opened[-1].close()
        opened.append(Store(tmp_path / "bot.json"))
        return opened[-1]

    yield reopen
    opened[-1].close()


def test_the_admins_changes_survive_a_reopen_and_the_config_gives_the_rest(open_store: Callable[[], Store]) -> None:
    store = open_store()
    registry = SourceRegistry(CONFIG, store)
    changed: list[str] = []
    registry.on_change = changed.append
    registry.add(Source(name="france24", url="https://www.france24.com/fr/rss", title="France 24",
                        kind=SourceKind.FEED, interval=300))
    store.subscribe(1, "rfi")
    store.subscribe(2, "rfi")
    assert registry.remove("rfi") == [1, 2]
    assert registry.set_paused("lemonde", True) is True
    assert registry.set_paused("lemonde", True) is False
    registry.set_interval("lemonde", 1200)
    assert changed == ["france24", "rfi", "lemonde", "lemonde"]

    again = SourceRegistry(CONFIG, open_store())
    assert sorted(again.active) == ["france24", "lemonde"]
    assert again.active["france24"] == Source(name="france24", url="https://www.france24.com/fr/rss",
                                              title="France 24", kind=SourceKind.FEED, interval=300)
    assert again.active["lemonde"].interval == 1200 and again.is_paused("lemonde")
    assert again.store.subscriptions(1) == []
    assert again.is_configured("lemonde") and not again.is_configured("france24")


def test_a_removed_config_source_added_again_from_the_chat_starts_afresh(open_store: Callable[[], Store]) -> None:
    store = open_store()
    registry = SourceRegistry(CONFIG, store)
    store.mark_seen("rfi", ["https://www.rfi.fr/a"])
    store.update_source_state("rfi", failures=4)
    registry.remove("rfi")
    registry.add(Source(name="rfi", url="https://www.rfi.fr/en/rss", title="RFI English"))
    assert not store.is_primed("rfi") and store.source_state("rfi").failures == 0
    again = SourceRegistry(CONFIG, open_store())
    assert again.active["rfi"].url == "https://www.rfi.fr/en/rss"
    assert not again.is_configured("rfi")


def test_urls_are_matched_to_sources_whatever_their_trailing_slash(
    open_store: Callable[[], Store],
) -> None:
    registry = SourceRegistry(CONFIG, open_store())
    assert registry.named_by_url("https://www.rfi.fr/fr/rss/") == "rfi"
    assert registry.named_by_url("https://www.rfi.fr/en/rss") is None


def test_backoff_doubles_from_one_interval_and_stops_at_six_hours() -> None:
    def wait(failures: int, interval: int = 600) -> float | None:
        until = retry_at(SourceState(name="s", failures=failures, last_failure=1000.0), interval)
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
