"""The bot process killed in the middle of a broadcast: after a restart every chat is served (on either engine)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bot.clock import Clock
from bot.models import ChatKind
from bot.store import DeliveryStatus, open_store
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import SOURCE, publish
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import story
from tests.auxil.stores import Place, is_tinydb

REPO = Path(__file__).resolve().parents[1]
CHATS = 320


def _config(tmp_path: Path, site: NewsSite, database: Place) -> Path:
    path = tmp_path / "bot.toml"
    storage = f'path = "{database}"' if is_tinydb(database) else f'url = "{database}"'
    path.write_text(
        f"""
[storage]
{storage}
[fetch]
allow_private_addresses = true
[delivery]
messages_per_second = 100
[[sources]]
name = "{SOURCE}"
url = "{site.url('/')}"
kind = "page"
interval = 2
""",
        encoding="utf-8",
    )
    return path


def _start(config: Path, api: FakeBotAPI, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url}
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, str(REPO / "run_bot.py"), "--config", str(config)],
                                env=env, stdout=out, stderr=subprocess.STDOUT, cwd=REPO)


async def test_a_bot_killed_mid_broadcast_serves_every_chat_after_restart(
    tmp_path: Path, database: Place, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    store = open_store(database, clock=Clock())
    for chat in range(1, CHATS + 1):
        await store.chats.record(chat, kind=ChatKind.PRIVATE, title="")
        await store.subscriptions.subscribe(chat, SOURCE)
    publish(news_site, [story(1)])
    # Primed: only story 2 will be new.
    await store.sources.mark_seen(SOURCE, [news_site.url(story(1).path)])
    await store.close()
    publish(news_site, [story(2), story(1)])
    fake_api.answer_delay = 0.05  # so that some sends are always on their way
    config, log = _config(tmp_path, news_site, database), tmp_path / "bot.log"

    first = _start(config, fake_api, log)
    try:
        await fake_api.wait_for(lambda: len(fake_api.sent) >= 100, timeout=30, what="100 sends")
    except AssertionError:
        first.kill()
        raise AssertionError(log.read_text()) from None
    first.kill()  # SIGKILL: no shutdown, no flush
    await asyncio.to_thread(first.wait, 10)
    await fake_api.wait_for(lambda: fake_api.in_flight == 0, timeout=5, what="the server to settle")
    reached = len(fake_api.sent)
    recorded = open_store(database, clock=Clock())
    marked = len(await recorded.outbox.deliveries(status=DeliveryStatus.SENT))
    await recorded.close()
    in_flight = reached - marked  # reached Telegram, but the bot died before noting it

    second = _start(config, fake_api, log)
    try:
        await fake_api.wait_for(
            lambda: len({r["chat_id"] for r in fake_api.sent}) >= CHATS, timeout=60,
            what="every chat to be served",
        )
        await asyncio.sleep(1.0)  # a resend would show up now
    finally:
        second.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(second.wait, 15)  # the loop serves the API meanwhile
    counts = Counter(r["chat_id"] for r in fake_api.sent)
    duplicates = sum(n - 1 for n in counts.values())
    print(f"\nkilled after {reached} sends; in flight at the kill: {in_flight}; "
          f"duplicates after the restart: {duplicates}")
    assert code == 0, log.read_text()  # SIGTERM stops the bot cleanly
    assert set(counts) == set(range(1, CHATS + 1))
    assert duplicates <= in_flight
    assert in_flight <= 16  # at most the concurrent sends
