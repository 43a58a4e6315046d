"""Config: the keys of DESIGN.md, environment overrides, and errors that name file and key."""

from __future__ import annotations

import dataclasses
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
    assert settings.storage.path == Path("data/bot.json")


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
    shipped, defaults = load_settings(REPO / "config" / "bot.toml", env={}), Settings()
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
