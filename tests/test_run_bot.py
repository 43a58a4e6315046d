"""The command line as a new user and an operator run it: no token, check-config, preview, healthcheck, the
console script, the environment, no network; and the token is never logged."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import logging
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import OpsSettings
from bot.logs import setup_logging
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import article_page, story
from tests.auxil.ports import free_port

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("TELEGRAM_", "BOT_", "NEWSDIGEST")) and k != "DATABASE_URL"}
    return subprocess.run([sys.executable, str(REPO / "run_bot.py"), *args], capture_output=True,
                          text=True, timeout=60, env={**clean, **(env or {})}, cwd=cwd)


def _preview_saved(tmp_path: Path, html: str, url: str) -> str:
    """Return what `preview` prints for a page saved under tmp_path and read against url, asserting it succeeds."""
    page = tmp_path / "saved.html"
    page.write_text(html, encoding="utf-8")
    result = _run("preview", str(page), "--url", url)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_without_a_token_the_bot_exits_with_one_line_on_botfather_and_preview() -> None:
    result = _run()
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "@BotFather" in lines[0] and "preview" in lines[0]


def test_replicas_in_webhook_mode_are_refused_without_one_shared_secret() -> None:
    result = _run(env={"TELEGRAM_BOT_TOKEN": "1:x", "NEWSDIGEST__STORAGE__URL": "postgresql://bot@db.invalid/bot",
                       "NEWSDIGEST__TELEGRAM__WEBHOOK_URL": "https://bot.example.org/telegram"})
    assert result.returncode == 2 and "webhook_secret" in result.stderr and "replicas" in result.stderr


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


def test_preview_of_a_saved_home_page_lists_its_stories_even_under_a_long_teaser(tmp_path: Path) -> None:
    teaser = "Le match s'est joué dans les dernières minutes, sous la pluie et devant un stade plein. " * 6
    stories = "".join(
        f'<article><h2><a href="/sports/2011-05-01/{slug}-86972{i}.shtml">{title}</a></h2><p>{teaser}</p></article>'
        for i, (slug, title) in enumerate([("genk-reprend-la-tete", "Genk reprend trois points d'avance en tête"),
                                           ("deschacht-de-retour", "Olivier Deschacht est bien de retour"),
                                           ("biglia-blesse", "Lucas Biglia se démet l'épaule : saison terminée")]))
    out = _preview_saved(tmp_path, f"<html><head><title>Le Journal</title></head><body><main>{stories}</main></body></html>",
                         "http://www.journal.example/")
    assert out.splitlines()[1] == "Genk reprend trois points d'avance en tête"  # the lead story, not the home page itself
    assert "Olivier Deschacht est bien de retour" in out


def test_preview_of_a_saved_section_front_lists_its_stories_though_a_slide_runs_long(tmp_path: Path) -> None:
    # A section's front (/sporarena/, not the home page) whose slider shows a long summary: its text passes for an
    # article's body, but the page lists dozens of stories, so it is a front page.
    summary = "Galatasaray ile Fenerbahçe arasında yaşanan transfer rekabeti bu yaza da damga vuracak gibi. " * 5
    slide = f'<div class="slide"><span class="title">Transfer bombası!</span><div class="description">{summary}</div></div>'
    stories = "".join(f'<li><h3><a href="/sporarena/son-dakika-haberi-numara-{i}-4163630{i:02d}">Spor haberi numara {i}:'
                      f' maçın ardından açıklama geldi</a></h3></li>' for i in range(24))
    out = _preview_saved(tmp_path, f"<html><head><title>Spor Arena</title></head><body>{slide}<ul>{stories}</ul></body></html>",
                         "https://www.gazete.example/sporarena/")
    assert out.splitlines()[1] == "Spor haberi numara 0: maçın ardından açıklama geldi"


def test_preview_of_a_short_article_whose_address_names_one_story_is_the_article(tmp_path: Path) -> None:
    # Two sentences of text, below the length that tells an article from a front page; the address says it is one.
    others = "".join(f'<li><a href="/actus/article/autre-sujet-numero-{i}-du-site">Un autre sujet du site, numéro {i}</a></li>'
                     for i in range(6))
    out = _preview_saved(tmp_path, "<html><head><title>Interview</title></head><body><ul>" + others + "</ul><article>"
                         "<h1>Les privatisations se font au profit d'intérêts privés</h1>"
                         "<p>La porte-parole était l'invitée de la radio pour parler du référendum.</p>"
                         "<p>Pour réécouter son interview, cliquez sur l'icône ci-dessous.</p></article></body></html>",
                         "https://www.journal.example/actus/article/les-privatisations-au-profit-des-interets-prives")
    assert out.splitlines()[1] == "Les privatisations se font au profit d'intérêts privés"


def test_preview_of_a_story_page_a_script_fills_gives_its_title_and_declared_summary(tmp_path: Path) -> None:
    # The body comes from a script (none in the saved page); the address, the title and the description say the story.
    others = "".join(f'<li><a href="/geral/noticia/2020/10/outro-assunto-do-dia-numero-{i}-ckg9{i}.html">Outro assunto do dia, '
                     f"número {i} da lista</a></li>" for i in range(6))
    url = "https://gauchazh.example.br/coronavirus/noticia/2020/10/brasil-registra-729-mortes-em-24-horas-ckg1fdppe008h.html"
    out = _preview_saved(tmp_path, '<html><head><title>Brasil registra 729 mortes em 24 horas | GZH</title><meta '
                         'name="description" content="O Brasil registrou 27.750 novos casos de coronavírus em 24 horas">'
                         '</head><body><ul>' + others + '</ul><div id="root"></div></body></html>', url)
    assert out.splitlines()[1] == "Brasil registra 729 mortes em 24 horas"
    assert "O Brasil registrou 27.750 novos casos de coronavírus em 24 horas" in out


def test_preview_of_a_saved_front_page_without_its_address_is_no_article_and_asks_for_url() -> None:
    # The file's own path (deep, ending in .html) is no story's address: the page is not taken for an article, and
    # since its links are the site's only against the site's address, the answer says how to give it.
    result = _run("preview", str(REPO / "tests" / "fixtures" / "listing" / "english_front.html"))
    assert result.returncode == 1
    assert "--url" in result.stderr and "Riverside Courier" not in result.stdout


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


def test_the_bot_refuses_to_start_on_an_unreachable_database_naming_the_setting_not_the_password() -> None:
    result = _run(env={"TELEGRAM_BOT_TOKEN": "1:x", "DATABASE_URL": "postgresql://bot:s3cret@127.0.0.1:1/bot"})
    assert result.returncode == 3
    assert "[storage] url postgresql://bot:***@127.0.0.1:1/bot" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout


def test_check_config_shows_the_database_url_without_its_password() -> None:
    result = _run("check-config", env={"DATABASE_URL": "postgresql://bot:s3cret@db.example:5432/bot"})
    assert result.returncode == 0, result.stderr
    assert "database: postgresql://bot:***@db.example:5432/bot" in result.stdout
    assert "s3cret" not in result.stdout + result.stderr


# --- as an operator runs it: anywhere, from the console script, without network ----------


def test_the_bot_runs_from_any_working_directory_on_the_projects_config(tmp_path: Path) -> None:
    result = _run("check-config", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{REPO / 'config' / 'bot.toml'}: OK" in result.stdout
    assert f"database: {REPO / 'data' / 'bot.json'}" in result.stdout


def test_the_console_script_is_run_bot_main(tmp_path: Path) -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"] == {"newsdigest-bot": "run_bot:main"}
    assert "run_bot" in pyproject["tool"]["setuptools"]["py-modules"]  # installed beside bot/
    # What the installed script does (pip writes: from run_bot import main; sys.exit(main())),
    # from another folder, with the module found on the path as an installed one is.
    script = "import sys; from run_bot import main; sys.exit(main())"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_", "NEWSDIGEST"))}
    result = subprocess.run([sys.executable, "-c", script, "check-config"], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, env={**clean, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert "peopledaily-fr" in result.stdout


def test_dependencies_bring_time_zones_webhooks_and_prometheus() -> None:
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = " ".join(dependencies)
    assert "tzdata" in names and "prometheus_client" in names
    assert "python-telegram-bot[job-queue,webhooks]" in names


def test_every_key_can_come_from_the_environment_on_the_command_line(tmp_path: Path) -> None:
    env = {"NEWSDIGEST__DIGEST__TIMEZONE": "America/New_York", "NEWSDIGEST__STORAGE__PATH": "/srv/bot.json",
           "NEWSDIGEST__OPS__ENABLED": "true", "NEWSDIGEST__LOGGING__FORMAT": "json"}
    result = _run("check-config", env=env)
    assert result.returncode == 0, result.stderr
    assert "time zone: America/New_York" in result.stdout and "database: /srv/bot.json" in result.stdout
    assert "/healthz" in result.stdout and "log format: json" in result.stdout
    bad = _run("check-config", env={"NEWSDIGEST__FETCH__TIMEOUT": "soon"})
    assert bad.returncode == 2
    assert bad.stderr.strip() == ("config error: environment NEWSDIGEST__FETCH__TIMEOUT: "
                                  "expected a number > 0, got 'soon'")


def test_without_network_the_bot_says_so_in_one_line(tmp_path: Path) -> None:
    # Nothing listens on port 9 of 127.0.0.1: a refused connection, as with no network.
    env = {"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
           "NEWSDIGEST__STORAGE__PATH": str(tmp_path / "bot.json")}
    result = _run(env=env, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert lines[-1].startswith("Cannot reach the Bot API at http://127.0.0.1:9/bot")
    assert len(lines) == 2 and "starting:" in lines[0]


def test_json_logs_are_one_object_a_line_without_the_token(log_stream: io.StringIO) -> None:
    token = "123456:SECRET-TOKEN"
    setup_logging(logging.INFO, secrets=[token], stream=log_stream, log_format="json")
    logging.getLogger("telegram.ext").warning("failed https://api.telegram.org/bot%s/getMe", token)
    try:
        raise RuntimeError(f"boom at /bot{token}/sendMessage")
    except RuntimeError:
        logging.getLogger("bot").exception("send failed")
    first, second = (json.loads(line) for line in log_stream.getvalue().splitlines())
    assert first["level"] == "WARNING" and first["logger"] == "telegram.ext"
    assert first["message"] == "failed https://api.telegram.org/bot<token>/getMe"
    assert second["message"] == "send failed" and "RuntimeError" in second["exception"]
    assert token not in log_stream.getvalue() and "SECRET-TOKEN" not in log_stream.getvalue()


# --- the operators' health check, as Docker's HEALTHCHECK runs it ---------------------------


async def test_the_healthcheck_command_asks_the_running_bots_healthz(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], log_stream: io.StringIO,
) -> None:
    import run_bot

    port = free_port()
    config = tmp_path / "bot.toml"
    config.write_text(f'[ops]\nenabled = true\nport = {port}\n', encoding="utf-8")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    settings = dataclasses.replace(settings, ops=OpsSettings(enabled=True, port=port))
    async with running_bot(settings):
        healthy = await asyncio.to_thread(run_bot.main, ["healthcheck", "--config", str(config)])
        out = capsys.readouterr().out
    stopped = await asyncio.to_thread(run_bot.main, ["healthcheck", "--config", str(config)])
    err = capsys.readouterr().err
    assert healthy == 0 and '"status": "ok"' in out
    assert stopped == 1 and f"no answer from http://127.0.0.1:{port}/healthz" in err


def test_the_healthcheck_command_says_when_the_endpoint_is_off() -> None:
    result = _run("healthcheck")
    assert result.returncode == 1 and "[ops] enabled = true" in result.stderr
