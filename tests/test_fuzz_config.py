"""Fuzzing parse_settings: whatever TOML text and environment, Settings or a ConfigError naming the key."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError, Settings, known_keys, parse_settings
from tests.auxil.fuzz import FUZZ, FUZZ_MARKS, any_text, urls

pytestmark = FUZZ_MARKS
KEYS = known_keys()


def toml_value(value: Any) -> str:
    """Return a value written as TOML (strings as basic strings, JSON's escapes being TOML's)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ("nan" if math.isnan(value) else "inf" if value > 0 else "-inf") if not math.isfinite(value) \
            else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


_scalars = st.one_of(
    st.booleans(), st.integers(-10**20, 10**20), st.floats(), any_text, urls,
    st.sampled_from(["fr", "en", "Europe/Paris", "UTC", "feed", "page", "auto", "lemonde", "data/bot.json",
                     "https://api.telegram.org/bot", "Mars/Olympus", "../etc/passwd", "", " "]),
)
_values = st.recursive(_scalars, lambda children: st.one_of(
    st.lists(children, max_size=3), st.dictionaries(st.sampled_from(["a", "name", "url"]), children, max_size=2)),
    max_leaves=6)


@st.composite
def toml_texts(draw: st.DrawFn) -> str:
    """Return a config text: known sections and keys (and some unknown) with values of any type."""
    lines: list[str] = []
    for section in draw(st.lists(st.sampled_from([*KEYS, "unknown"]), max_size=4, unique=True)):
        keys = [*KEYS.get(section, ()), "extra"]
        table = {k: draw(_values) for k in draw(st.lists(st.sampled_from(keys), max_size=4, unique=True))}
        tables = [table, *([dict(table)] if section == "sources" and draw(st.booleans()) else [])]
        for t in tables:
            lines.append(f"[[{section}]]" if section == "sources" else f"[{section}]")
            lines.extend(f"{k} = {toml_value(v)}" for k, v in t.items())
    return "\n".join(lines)


environments = st.dictionaries(
    st.sampled_from(["TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "BOT_ADMINS", "OTHER"]),
    st.one_of(any_text, urls, st.sampled_from(["1,2", " 3 , ", "1,,x", "9" * 5000])), max_size=3)


def settings_or_error(text: str, env: dict[str, str]) -> None:
    try:
        assert isinstance(parse_settings(text, where="bot.toml", env=env), Settings)
    except ConfigError as exc:
        assert str(exc).startswith(("bot.toml: ", "environment "))


@FUZZ
@given(text=toml_texts(), env=environments)
def test_any_config_is_settings_or_a_config_error(text: str, env: dict[str, str]) -> None:
    settings_or_error(text, env)


@FUZZ
@given(text=st.text(max_size=200))
def test_any_text_is_settings_or_a_config_error(text: str) -> None:
    settings_or_error(text, {})


# What fuzzing found: ZoneInfo's OSError (a directory, a long name) and tomllib's RecursionError.
@pytest.mark.parametrize("text", [
    '[digest]\ntimezone = "Etc"',  # a directory of the tz database: IsADirectoryError
    f'[digest]\ntimezone = "{"a" * 300}"',  # File name too long
    "a = " + "[" * 2000 + "]" * 2000,  # tomllib recurses once per bracket
])
def test_a_config_that_once_escaped_as_another_error_is_a_config_error(text: str) -> None:
    settings_or_error(text, {})
