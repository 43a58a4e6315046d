"""/whoami and /start tell users their Telegram id: how an operator finds what `[telegram] admins` needs."""

from __future__ import annotations

from pathlib import Path

from bot.chat.menu import MENU
from bot.models import Source
from tests.auxil.offline import ADMIN, offline_bot, offline_settings

ALICE = 1001
GROUP = -100500
LEMONDE = Source(name="lemonde", url="http://127.0.0.1:9/rss.xml", title="Le Monde")


async def test_whoami_gives_the_users_id_and_the_chats_and_how_to_become_an_admin(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        (private,) = await bot.send(bot.message("/whoami", chat_id=ALICE, language_code="en"))
        (group,) = await bot.send(bot.message("/whoami", chat_id=GROUP, user_id=ALICE, language_code="en"))
    assert f"<code>{ALICE}</code>" in private and "[telegram] admins" in private
    assert f"<code>{ALICE}</code>" in group and f"<code>{GROUP}</code>" in group


async def test_whoami_tells_an_admin_so(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        (answer,) = await bot.send(bot.message("/whoami", chat_id=ADMIN))
    assert f"<code>{ADMIN}</code>" in answer and "administrateurs de ce bot" in answer


async def test_start_shows_the_users_id_while_the_bot_has_no_admin(tmp_path: Path) -> None:
    async with offline_bot(offline_settings(tmp_path, [LEMONDE], admins=())) as bot:
        (setting_up,) = await bot.send(bot.message("/start", chat_id=ALICE, language_code="en"))
    async with offline_bot(offline_settings(tmp_path, [LEMONDE])) as bot:
        (running,) = await bot.send(bot.message("/start", chat_id=ALICE, language_code="en"))
    assert "no admins yet" in setting_up and f"<code>{ALICE}</code>" in setting_up
    assert str(ALICE) not in running  # readers of a bot that has its admins are not told


def test_whoami_is_in_the_readers_menu() -> None:
    assert "whoami" in MENU
