"""Fuzzing the commands' argument parsers: whatever a chat types, the stored form or PrefsError (None for intervals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.chat.admin_sources import parse_interval
from bot.prefs import (
    MAX_FILTER_WORDS,
    PrefsError,
    parse_filters,
    parse_language,
    parse_quiet,
    parse_related,
    parse_timezone,
    parse_times,
)
from tests.auxil.fuzz import FUZZ_MARKS, FUZZ_QUICK

pytestmark = FUZZ_MARKS

# What a chat types: anything (Telegram's JSON may carry a lone surrogate), and near misses.
typed = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["08:00", "8h00", "23:59", "24:00", "7:5", "０８:００", "٠٨:٠٠", "Europe/Paris", "europe/paris",
                     "Etc", "../../etc/passwd", "fr", "EN", " en ", "5", "٥", "10", "-0", "+5", "1_0", "9" * 5000,
                     "+mot", "-mot", "+jean-marc", "+aujourd'hui", "+", "-", "+ß", "+ǅ", "+\u0301", "600", "59",
                     "86400", "1e3", "0x10"]),
)
arguments = st.lists(typed, max_size=MAX_FILTER_WORDS + 2)


@FUZZ_QUICK
@pytest.mark.parametrize("parse", [parse_times, parse_quiet, parse_filters])
@given(args=arguments)
def test_any_words_are_settings_or_a_prefs_error(parse: Callable[[Sequence[str]], Any], args: list[str]) -> None:
    try:
        parse(args)
    except PrefsError:
        pass


@FUZZ_QUICK
@pytest.mark.parametrize("parse", [parse_timezone, parse_language, parse_related])
@given(value=typed)
def test_any_word_is_a_setting_or_a_prefs_error(parse: Callable[[str], Any], value: str) -> None:
    try:
        parse(value)
    except PrefsError:
        pass


@FUZZ_QUICK
@given(raw=typed)
def test_any_interval_is_seconds_in_range_or_none(raw: str) -> None:
    seconds = parse_interval(raw)
    assert seconds is None or isinstance(seconds, int)


@FUZZ_QUICK
@given(args=arguments)
def test_filter_words_that_pass_are_words_a_digest_can_match(args: list[str]) -> None:
    try:
        include, exclude = parse_filters(args)
    except PrefsError:
        return
    for word in (*include, *exclude):
        assert word and word.strip() == word  # an empty word would match every digest or none
        word.encode("utf-8")
