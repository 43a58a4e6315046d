"""The fake Bot API implements exactly the methods the bot and PTB's runtime call, found in their source."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.auxil import bot_api_calls
from tests.auxil.bot_api_calls import calls_in, calls_in_files, ptb_runtime_calls
from tests.auxil.fake_bot_api import METHODS

ROOT = Path(__file__).resolve().parents[1]


def bot_sources(root: Path = ROOT) -> list[Path]:
    """Return every Python file of the bot: bot/ at any depth and the launcher scripts beside it."""
    # Recursive and by folder, not by file name: modules move while bot/ is redesigned.
    return sorted((root / "bot").rglob("*.py")) + sorted(root.glob("*.py"))


def test_the_fake_implements_exactly_the_methods_the_bot_and_ptb_call() -> None:
    called = calls_in_files(bot_sources()) | ptb_runtime_calls()
    implemented = set(METHODS)
    assert not called - implemented, (
        f"the bot calls {sorted(called - implemented)}, which the fake Bot API does not "
        "implement: add them to tests/auxil/fake_bot_api.py, as strict as Telegram"
    )
    assert not implemented - called, (
        f"the fake Bot API implements {sorted(implemented - called)}, which nothing calls: "
        "remove them from tests/auxil/fake_bot_api.py"
    )


def test_the_bot_sources_are_found_at_any_depth_and_tests_are_not(tmp_path: Path) -> None:
    for name in ("bot/app.py", "bot/chat/deep/handlers.py", "run_bot.py", "tests/test_x.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    found = {path.relative_to(tmp_path).as_posix() for path in bot_sources(tmp_path)}
    assert found == {"bot/app.py", "bot/chat/deep/handlers.py", "run_bot.py"}


def test_bot_methods_are_found_whatever_the_receiver_is_called() -> None:
    source = """
async def handler(update, context):
    await context.bot.send_message(1, "x")
    await self._telegram.send_photo(1, b"")
    sender = services.client.get_chat_member
"""
    # A method referenced without being called (`sender = ...get_chat_member`) is not counted.
    assert calls_in(source) == {"sendMessage", "sendPhoto"}
    assert "sendPhoto" not in METHODS  # so the parity test would fail if the bot did this


@pytest.mark.parametrize(
    ("call", "method"),
    [
        ("update.effective_message.reply_text('x')", "sendMessage"),
        ("message.reply_html('x')", "sendMessage"),
        ("message.reply_document(b'')", "sendDocument"),
        ("query.edit_message_text('x')", "editMessageText"),
        ("query.answer()", "answerCallbackQuery"),
        ("message.document.get_file()", "getFile"),
        ("chat.send_action('typing')", "sendChatAction"),
        ("message.edit_text('x')", "editMessageText"),
        ("bot.do_api_request('getChatMenuButton')", "getChatMenuButton"),
    ],
)
def test_ptb_shortcuts_count_as_the_method_they_call(call: str, method: str) -> None:
    assert calls_in(f"async def f():\n    await {call}\n") == {method}


def test_downloading_a_file_is_no_bot_api_method() -> None:
    # File.download_* fetch from the file route, which the fake serves beside the methods.
    assert calls_in("await (await document.get_file()).download_as_bytearray()") == {"getFile"}


def test_ordinary_close_and_copy_count_only_on_a_bot() -> None:
    assert calls_in("store.close()\njournal.close()\nrows = rows.copy()") == set()
    assert calls_in("await context.bot.close()\nawait self._bot.log_out()") == {"close", "logOut"}


def test_a_name_that_may_mean_several_methods_must_be_resolved(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LookupError, match="deleteBusinessMessages"):
        calls_in("await message.delete()")
    monkeypatch.delitem(bot_api_calls.SHORTCUT_MEANS, "answer")
    with pytest.raises(LookupError, match="answerInlineQuery"):
        calls_in("await query.answer()")


def test_ptb_runtime_calls_are_the_polling_and_webhook_bootstrap() -> None:
    # Application.initialize -> Bot.initialize -> getMe; Updater.start_polling ->
    # deleteWebhook then getUpdates; Updater.start_webhook -> setWebhook.
    assert ptb_runtime_calls() == {"getMe", "getUpdates", "deleteWebhook", "setWebhook"}
