"""Config: the keys of DESIGN.md, environment overrides, and errors that name file and key."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, known_keys, load_settings, parse_settings
from bot.i18n import LANGUAGES
from bot.models import DEFAULT_INTERVAL, Source, SourceKind

REPO = Path(__file__).resolve().parents[1]

GOOD = """
[telegram]
token = "from-file"
admins = [1, 2]

[fetch]
timeout = 7
allow_private_addresses = true

[[sources]]
name = "lemonde"
title = "Le Monde"
url = "https://www.lemonde.fr/rss/une.xml"
kind = "feed"
interval = 300

[[sources]]
name = "quotidien"
url = "http://french.peopledaily.com.cn/"
"""


def test_shipped_config_has_a_front_page_and_french_feeds_polled_every_600_s() -> None:
    settings = load_settings(REPO / "config" / "bot.toml", env={})
    kinds = [s.kind for s in settings.sources]
    assert SourceKind.PAGE in kinds and kinds.count(SourceKind.FEED) >= 3
    assert {s.interval for s in settings.sources} == {600}
    assert any("peopledaily" in s.url for s in settings.sources)
    assert settings.storage.path == REPO / "data" / "bot.json"  # beside the project, wherever it runs


def test_keys_of_the_design_are_read_with_their_meaning() -> None:
    settings = parse_settings(GOOD, env={})
    assert settings.telegram.token == "from-file" and settings.telegram.admins == (1, 2)
    assert settings.fetch.timeout == 7 and settings.fetch.allow_private_addresses is True
    lemonde, quotidien = settings.sources
    assert (lemonde.kind, lemonde.interval, lemonde.title) == (SourceKind.FEED, 300, "Le Monde")
    assert (quotidien.kind, quotidien.interval) == (SourceKind.AUTO, 600)


def test_environment_overrides_the_file() -> None:
    env = {"TELEGRAM_BOT_TOKEN": "from-env", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
           "BOT_ADMINS": "5, 6"}
    telegram = parse_settings(GOOD, env=env).telegram
    assert telegram.token == "from-env"
    assert telegram.api_base_url == "http://127.0.0.1:8081/bot"
    assert telegram.admins == (5, 6)


def test_token_never_appears_in_the_settings_repr() -> None:
    assert "from-file" not in repr(parse_settings(GOOD, env={}))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[fetch]\ntimout = 3\n", ["[fetch] timout", "unknown key", "timeout"]),
        ("[fetch]\ntimeout = 'soon'\n", ["[fetch] timeout", "expected a number", "'soon'"]),
        ("[[sources]]\nname = 'x'\n", ["#1 ('x') url", "missing", "http(s) URL"]),
        ("[[sources]]\nname = 'x'\nurl = 'ftp://a/'\n", ["url", "expected an http(s) URL"]),
        ("[[sources]]\nname='a'\nurl='http://a/'\n[[sources]]\nname='a'\nurl='http://b/'\n",
         ["name", "'a' is used twice"]),
        ("[[sources]]\nname='a'\nurl='http://a/'\ninterval = 0\n", ["interval", ">= 1"]),
        ("[[sources]]\nname='a'\nurl='http://a/'\nkind = 'rss'\n", ["kind", "feed, page, auto"]),
        ("[telegram]\nadmins = ['me']\n", ["[telegram] admins", "user ids"]),
        ("[colour]\nx = 1\n", ["colour", "unknown section"]),
        ("[fetch\n", ["not valid TOML"]),
    ],
)
def test_bad_config_names_the_file_the_key_and_what_is_expected(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    message = str(caught.value)
    assert message.startswith(str(path))
    for part in expected:
        assert part in message


def test_bad_admins_in_the_environment_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="BOT_ADMINS"):
        parse_settings("", env={"BOT_ADMINS": "alice"})


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_settings(tmp_path / "nope.toml", env={})


def test_alert_after_defaults_to_three_and_must_be_a_positive_whole_number() -> None:
    assert parse_settings("", env={}).fetch.alert_after == 3
    assert parse_settings("[fetch]\nalert_after = 5", env={}).fetch.alert_after == 5
    for bad in ("0", "2.5", '"3"'):
        with pytest.raises(ConfigError, match=r"\[fetch\] alert_after: expected a whole number >= 1"):
            parse_settings(f"[fetch]\nalert_after = {bad}", env={})


def test_the_shipped_config_loads() -> None:
    settings = load_settings(Path(__file__).parent.parent / "config" / "bot.toml", env={})
    assert settings.fetch.alert_after == 3 and settings.sources


def test_digest_language_is_one_that_bot_i18n_has_a_catalogue_for() -> None:
    for language in LANGUAGES:
        assert parse_settings(f'[digest]\nlanguage = "{language}"', env={}).digest.language == language
    with pytest.raises(ConfigError, match=rf"\[digest\] language: expected one of {', '.join(LANGUAGES)}"):
        parse_settings('[digest]\nlanguage = "de"', env={})


def test_the_shipped_config_shows_every_key_the_bot_accepts_and_no_other() -> None:
    data = tomllib.loads((REPO / "config" / "bot.toml").read_text(encoding="utf-8"))
    accepted = {name: set(keys) for name, keys in known_keys().items()}
    assert set(data) == set(accepted)
    shown = {name: set(data[name]) for name in accepted if name != "sources"}
    shown["sources"] = set().union(*(set(source) for source in data["sources"]))  # each at least once
    assert {name: sorted(keys - shown[name]) for name, keys in accepted.items() if keys - shown[name]} == {}
    assert {name: sorted(shown[name] - keys) for name, keys in accepted.items() if shown[name] - keys} == {}


def test_the_shipped_config_sets_each_key_to_its_default() -> None:
    # Read as text, without the config file's folder: paths stay as written.
    shipped = parse_settings((REPO / "config" / "bot.toml").read_text(encoding="utf-8"), env={})
    defaults = Settings()
    differ = {
        f"[{name}] {key}": (value, getattr(getattr(defaults, name), key))
        for name in known_keys() if name != "sources"
        for key, value in dataclasses.asdict(getattr(shipped, name)).items()
        if value != getattr(getattr(defaults, name), key)
    }
    assert differ == {}
    assert {source.interval for source in shipped.sources} == {DEFAULT_INTERVAL}


def test_every_setting_is_a_key_of_its_section_and_every_key_a_setting() -> None:
    accepted = {name: set(keys) for name, keys in known_keys().items()}
    fields = {name: {f.name for f in dataclasses.fields(getattr(Settings(), name))}
              for name in accepted if name != "sources"}
    fields["sources"] = {f.name for f in dataclasses.fields(Source)}
    assert fields == accepted


def test_a_source_without_interval_is_polled_every_default_interval() -> None:
    (source,) = parse_settings("[[sources]]\nname = 'a'\nurl = 'http://a/'\n", env={}).sources
    assert source.interval == DEFAULT_INTERVAL


# --- paths, the default config, the time-zone database -------------------------------------


def test_relative_paths_are_relative_to_the_config_file_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    (folder / "bot.toml").write_text('[storage]\npath = "state/bot.json"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings("etc/bot.toml", env={}).storage.path == folder / "state" / "bot.json"
    absolute = tmp_path / "elsewhere.json"
    (folder / "abs.toml").write_text(f'[storage]\npath = "{absolute}"\n', encoding="utf-8")
    assert load_settings(folder / "abs.toml", env={}).storage.path == absolute


def test_without_a_path_the_projects_config_is_read_wherever_the_bot_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={})
    assert settings.config_path == REPO / "config" / "bot.toml"
    assert settings.storage.path == REPO / "data" / "bot.json"
    other = tmp_path / "other.toml"
    other.write_text("[fetch]\ntimeout = 3\n", encoding="utf-8")
    assert load_settings(env={"NEWSDIGEST_CONFIG": str(other)}).fetch.timeout == 3


def test_a_missing_config_names_the_projects_own(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(REPO / "config" / "bot.toml")):
        load_settings(tmp_path / "nope.toml", env={})


def test_the_shipped_config_loads_without_the_systems_time_zone_database(tmp_path: Path) -> None:
    # PYTHONTZPATH to an empty folder: as on a slim image without /usr/share/zoneinfo.
    code = ("from bot.config import load_settings; "
            "print(load_settings(env={}).digest.timezone)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=REPO, env={**os.environ, "PYTHONTZPATH": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Europe/Paris"


# --- the environment ------------------------------------------------------------------------


def test_every_key_of_every_section_can_be_set_from_the_environment() -> None:
    env = {
        "NEWSDIGEST__FETCH__TIMEOUT": "30",
        "NEWSDIGEST__FETCH__ALLOW_PRIVATE_ADDRESSES": "true",
        "NEWSDIGEST__DIGEST__TIMEZONE": "America/New_York",
        "NEWSDIGEST__DIGEST__LANGUAGE": "en",
        "NEWSDIGEST__TELEGRAM__ADMINS": "[7, 8]",
        "NEWSDIGEST__TELEGRAM__WEBHOOK_URL": "https://bot.example.org/hook",
        "NEWSDIGEST__STORAGE__PATH": "2024",  # a string key keeps its text, even made of digits
        "NEWSDIGEST__OPS__ENABLED": "true",
        "NEWSDIGEST__OPS__LISTEN": "0.0.0.0",
        "NEWSDIGEST__LOGGING__FORMAT": "json",
        "NEWSDIGEST__DELIVERY__MESSAGES_PER_SECOND": "12.5",
    }
    settings = parse_settings(GOOD, env=env)
    assert settings.fetch.timeout == 30 and settings.fetch.allow_private_addresses is True
    assert (settings.digest.timezone, settings.digest.language) == ("America/New_York", "en")
    assert settings.telegram.admins == (7, 8)
    assert settings.telegram.webhook_url == "https://bot.example.org/hook"
    assert settings.storage.path == Path("2024")
    assert settings.ops.enabled is True and settings.ops.listen == "0.0.0.0"
    assert settings.logging.format == "json"
    assert settings.delivery.messages_per_second == 12.5
    assert settings.telegram.token == "from-file"  # what the environment leaves alone stays


def test_the_environment_variable_names_are_the_sections_and_keys_in_capitals() -> None:
    for section, keys in known_keys().items():
        if section == "sources":
            continue
        for key in keys:
            value = {"admins": "[1]", "token": "t", "webhook_secret": "s", "format": "json"}.get(key)
            variable = f"NEWSDIGEST__{section.upper()}__{key.upper()}"
            default = getattr(getattr(Settings(), section), key)
            raw = value or ("true" if isinstance(default, bool) else str(default) or "x")
            if key == "webhook_url":
                raw = "https://a.example/"
            if key == "path":
                raw = "db.json"
            if section == "storage" and key == "url":
                raw = "postgresql://bot:secret@db.example:5432/bot"
            parse_settings("", env={variable: raw})  # accepted: each key has its variable


@pytest.mark.parametrize(
    "variable, value, expected",
    [
        ("NEWSDIGEST__FETCH__TIMEOUT", "soon", ["NEWSDIGEST__FETCH__TIMEOUT", "expected a number > 0", "'soon'"]),
        ("NEWSDIGEST__FETCH__TIMOUT", "3", ["NEWSDIGEST__FETCH__TIMOUT", "unknown key", "NEWSDIGEST__FETCH__TIMEOUT"]),
        ("NEWSDIGEST__COLOUR__X", "1", ["NEWSDIGEST__COLOUR__X", "unknown section"]),
        ("NEWSDIGEST__SOURCES__NAME", "a", ["[[sources]] are set in the file"]),
        ("NEWSDIGEST__DIGEST__TIMEZONE", "Mars/Olympus", ["NEWSDIGEST__DIGEST__TIMEZONE", "IANA"]),
        ("NEWSDIGEST__TELEGRAM__ADMINS", "1,2", ["NEWSDIGEST__TELEGRAM__ADMINS", "user ids"]),
        ("NEWSDIGEST__TELEGRAM__WEBHOOK_URL", "http://a.example/", ["https://"]),
        ("NEWSDIGEST__LOGGING__FORMAT", "xml", ['"text" or "json"']),
    ],
)
def test_a_bad_environment_value_names_the_variable_and_what_is_expected(
    variable: str, value: str, expected: list[str]
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings("", env={variable: value})
    message = str(caught.value)
    assert message.startswith(f"environment {variable}:")
    for part in expected:
        assert part in message


def test_a_secret_in_a_bad_environment_value_is_not_repeated() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings("", env={"NEWSDIGEST__TELEGRAM__WEBHOOK_SECRET": "with spaces sèkret"})
    assert "sèkret" not in str(caught.value) and "WEBHOOK_SECRET" in str(caught.value)


def test_the_token_can_come_from_a_file_for_container_secrets(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text("123:from-a-file\n", encoding="utf-8")
    assert parse_settings(GOOD, env={"TELEGRAM_BOT_TOKEN_FILE": str(secret)}).telegram.token == "123:from-a-file"
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN_FILE: cannot read"):
        parse_settings(GOOD, env={"TELEGRAM_BOT_TOKEN_FILE": str(tmp_path / "none")})
    secret.write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN_FILE: .* is empty"):
        parse_settings(GOOD, env={"TELEGRAM_BOT_TOKEN_FILE": str(secret)})


def test_newsdigest_variables_win_over_the_older_names() -> None:
    env = {"TELEGRAM_BOT_TOKEN": "older", "NEWSDIGEST__TELEGRAM__TOKEN": "newer"}
    assert parse_settings("", env=env).telegram.token == "newer"


def test_webhook_keys_default_to_long_polling_and_check_the_secret() -> None:
    telegram = parse_settings("", env={}).telegram
    assert (telegram.webhook_url, telegram.webhook_listen, telegram.webhook_port) == ("", "127.0.0.1", 8443)
    ok = parse_settings('[telegram]\nwebhook_url = "https://bot.example.org/tg"\nwebhook_secret = "a-Z_9"',
                        env={})
    assert ok.telegram.webhook_secret == "a-Z_9" and "a-Z_9" not in repr(ok)
    with pytest.raises(ConfigError, match=r"\[telegram\] webhook_secret: expected 1 to 256 characters"):
        parse_settings('[telegram]\nwebhook_secret = "no spaces"', env={})
    with pytest.raises(ConfigError, match=r"\[telegram\] webhook_port: expected a whole number from 1 to 65535"):
        parse_settings("[telegram]\nwebhook_port = 0", env={})
