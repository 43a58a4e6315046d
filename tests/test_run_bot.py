"""The command line as a new user runs it: no token, check-config, preview; and the token is never logged."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import setup_logging
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import article_page, story

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    return subprocess.run([sys.executable, str(REPO / "run_bot.py"), *args], capture_output=True,
                          text=True, timeout=60, env={**clean, **(env or {})}, cwd=cwd)


def test_without_a_token_the_bot_exits_with_one_line_on_botfather_and_preview() -> None:
    result = _run()
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "@BotFather" in lines[0] and "preview" in lines[0]


def test_check_config_prints_the_sources() -> None:
    result = _run("check-config")
    assert result.returncode == 0, result.stderr
    assert "peopledaily-fr" in result.stdout and "OK" in result.stdout


def test_check_config_with_a_broken_file_names_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[[sources]]\nname = 'x'\ninterval = 'often'\nurl = 'http://a/'\n")
    result = _run("check-config", "--config", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr and "interval" in result.stderr and "whole number" in result.stderr


def test_preview_prints_the_digest_of_a_saved_article_with_its_links(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    s = story(7, "Le Conseil OTAN-Russie se réunira bientôt")
    page.write_text(article_page(s), encoding="utf-8")
    url = "http://french.peopledaily.com.cn" + s.path
    result = _run("preview", str(page), "--url", url)
    assert result.returncode == 0, result.stderr
    assert s.title in result.stdout and url in result.stdout
    assert "5 juillet 2016 à 08h36" in result.stdout
    assert "http://french.peopledaily.com.cn" + s.related[0][0] in result.stdout
    assert "<" not in result.stdout  # plain text, as a reader sees it


def test_preview_of_a_missing_file_says_so(tmp_path: Path) -> None:
    result = _run("preview", str(tmp_path / "nope.html"))
    assert result.returncode == 1 and "cannot read" in result.stderr


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    """Yield the stream that the bot's logging writes to; restore logging after."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    stream = io.StringIO()
    yield stream
    root.handlers[:], level = saved
    root.setLevel(level)
    for name in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(name).setLevel(logging.NOTSET)


async def test_the_token_never_reaches_the_log(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, log_stream: io.StringIO
) -> None:
    setup_logging(logging.DEBUG, secrets=[fake_api.token], stream=log_stream)
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        fake_api.user_sends("/subscribe", chat_id=5)
        await fake_api.wait_for_messages(5, 1)
        await bot.poll()
        # A library that logs a Bot API URL, as httpx does at INFO: redacted all the same.
        logging.getLogger("telegram.ext").warning("failed %s/getMe", fake_api.base_url + fake_api.token)
    text = log_stream.getvalue()
    assert "getMe" in text and "<token>" in text
    assert fake_api.token not in text
    assert fake_api.token.split(":")[1] not in text


def test_the_bot_refuses_to_start_on_a_truncated_database_and_leaves_it(tmp_path: Path) -> None:
    db = tmp_path / "bot.json"
    db.write_bytes(b'{"subscriptions": {"1": {"chat_id": 5, "sour')
    config = tmp_path / "bot.toml"
    config.write_text(f'[storage]\npath = "{db}"\n')
    result = _run("--config", str(config), env={"TELEGRAM_BOT_TOKEN": "1:x"})
    assert result.returncode == 3
    assert str(db) in result.stderr and "left as it was" in result.stderr
    assert db.read_bytes() == b'{"subscriptions": {"1": {"chat_id": 5, "sour'
