"""Reader settings, pure: parsing the commands' arguments, filters, quiet hours, digest times."""

from __future__ import annotations

from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.config import DigestSettings
from bot.models import DeliveryMode, Digest, Headline
from bot.prefs import (
    ChatPrefs,
    PrefsError,
    chat_prefs,
    digest_words,
    story_words,
    fold,
    in_window,
    last_slot,
    parse_clock,
    parse_filters,
    parse_language,
    parse_quiet,
    parse_related,
    parse_times,
    parse_timezone,
    passes_filters,
)
from bot.store import Chat, ChatSettings

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("08:00", time(8, 0)), ("8:05", time(8, 5)), ("23:59", time(23, 59)), ("00:00", time(0, 0)),
     ("7h30", time(7, 30))],
)
def test_clock_times_are_read_as_hours_and_minutes(given: str, expected: time) -> None:
    assert parse_clock(given) == expected


@pytest.mark.parametrize("given", ["25:00", "24:00", "08:60", "8", "0800", "08:00:00", "", "huit"])
def test_a_clock_time_outside_00_00_to_23_59_is_refused(given: str) -> None:
    with pytest.raises(PrefsError):
        parse_clock(given)


def test_digest_times_are_sorted_and_deduplicated() -> None:
    assert parse_times(["18:00", "8:00", "08:00"]) == ("08:00", "18:00")


@pytest.mark.parametrize("args", [[], ["08:00", "25:00"], [f"{h:02d}:00" for h in range(7)]])
def test_digest_times_need_one_to_six_valid_times(args: list[str]) -> None:
    with pytest.raises(PrefsError):
        parse_times(args)


def test_quiet_hours_are_two_different_times() -> None:
    assert parse_quiet(["22:00", "07:00"]) == ("22:00", "07:00")
    for bad in (["22:00"], ["22:00", "22:00"], ["22:00", "07:00", "08:00"], ["22:00", "7"]):
        with pytest.raises(PrefsError):
            parse_quiet(bad)


def test_time_zones_are_iana_names_whatever_their_case() -> None:
    assert parse_timezone("Europe/Paris") == "Europe/Paris"
    assert parse_timezone("america/new_york") == "America/New_York"
    for bad in ("Mars/Base", "", "../etc/passwd", "Paris"):
        with pytest.raises(PrefsError):
            parse_timezone(bad)


def test_languages_are_fr_or_en() -> None:
    assert parse_language("EN") == "en"
    with pytest.raises(PrefsError):
        parse_language("de")


def test_related_counts_go_from_0_to_10() -> None:
    assert parse_related("0") == 0 and parse_related("10") == 10
    for bad in ("11", "-1", "cinq", "2.5"):
        with pytest.raises(PrefsError):
            parse_related(bad)


def test_filter_words_are_folded_and_split_by_sign() -> None:
    assert parse_filters(["+Élysée", "-Sport", "+chine"]) == (("elysee", "chine"), ("sport",))
    # A word with a hyphen is a sequence of words.
    assert parse_filters(["+Jean-Marc"]) == (("jean marc",), ())


@pytest.mark.parametrize(
    "args",
    [[], ["chine"], ["+"], ["+chi.*"], ["+a|b"], ["+chine", "-chine"], ["+_x"], ["+" + "a b"]],
)
def test_filters_that_are_not_signed_plain_words_are_refused(args: list[str]) -> None:
    with pytest.raises(PrefsError):
        parse_filters(args)


def test_folding_drops_case_and_accents() -> None:
    assert fold("ÉLYSÉE Noël ﬁn") == "elysee noel fin"


def _digest(title: str, lead: str = "", related: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> Digest:
    return Digest(
        source="s", source_title="S", url="https://x/1", title=title, lead=lead,
        related=tuple(Headline(t, f"https://x/r{i}") for i, t in enumerate(related)),
        others=tuple(Headline(t, f"https://x/o{i}") for i, t in enumerate(others)),
    )


def test_an_include_word_may_be_in_the_title_or_the_lead_never_in_a_headline_around_it() -> None:
    for digest in (
        _digest("La Chine et l'Europe"),
        _digest("Sommet", lead="Pékin et la CHINE signent."),
    ):
        assert passes_filters(digest_words(digest), ["chine"], [])
    # A sidebar headline neither admits nor drops the story it stands beside.
    for digest in (
        _digest("Sommet", related=("Ce que veut la Chine",)),
        _digest("Sommet", others=("Chine : la croissance ralentit",)),
    ):
        assert not passes_filters(digest_words(digest), ["chine"], [])
        assert passes_filters(digest_words(digest), [], ["chine"])
    assert passes_filters(story_words("Sommet", "La Chine signe."), ["chine"], [])


def test_filters_match_whole_words_only() -> None:
    words = digest_words(_digest("Les exportations chinoises reculent"))
    assert not passes_filters(words, ["chine"], [])
    assert passes_filters(words, ["chinoises"], [])


def test_an_exclude_word_rejects_the_digest_even_when_an_include_word_is_there() -> None:
    words = digest_words(_digest("Chine : résultats du sport"))
    assert not passes_filters(words, ["chine"], ["sport"])
    assert passes_filters(words, [], ["football"])


def test_a_phrase_does_not_match_across_two_headlines() -> None:
    words = digest_words(_digest("Rencontre avec Jean", others=("Marc Dupont élu",)))
    assert not passes_filters(words, ["jean marc"], [])
    assert passes_filters(digest_words(_digest("Jean-Marc Dupont élu")), ["jean marc"], [])


def test_no_filter_lets_everything_through() -> None:
    assert passes_filters(digest_words(_digest("Tout")), [], [])


@pytest.mark.parametrize(
    ("moment", "inside"),
    [(time(22, 0), True), (time(23, 59), True), (time(3, 0), True), (time(6, 59), True),
     (time(7, 0), False), (time(12, 0), False), (time(21, 59), False)],
)
def test_a_quiet_window_may_cross_midnight(moment: time, inside: bool) -> None:
    assert in_window(moment, time(22, 0), time(7, 0)) is inside


def test_a_quiet_window_within_a_day() -> None:
    assert in_window(time(13, 0), time(12, 0), time(14, 0))
    assert not in_window(time(14, 0), time(12, 0), time(14, 0))


def test_quiet_hours_are_judged_in_the_chats_time_zone() -> None:
    prefs = ChatPrefs(timezone="America/New_York", quiet=("22:00", "07:00"))
    # 03:00 UTC is 22:00 in New York (winter), 04:00 in Paris.
    assert prefs.is_quiet(datetime(2026, 1, 10, 3, 0, tzinfo=timezone.utc))
    assert not prefs.is_quiet(datetime(2026, 1, 10, 13, 0, tzinfo=timezone.utc))
    assert not ChatPrefs().is_quiet(datetime(2026, 1, 10, 3, 0, tzinfo=timezone.utc))


def test_the_last_slot_is_the_latest_digest_time_at_or_before_now() -> None:
    now = datetime(2026, 3, 2, 12, 30, tzinfo=PARIS)
    assert last_slot(("08:00", "18:00"), "Europe/Paris", now) == datetime(2026, 3, 2, 8, 0, tzinfo=PARIS)
    early = datetime(2026, 3, 2, 7, 0, tzinfo=PARIS)
    assert last_slot(("08:00", "18:00"), "Europe/Paris", early) == datetime(2026, 3, 1, 18, 0, tzinfo=PARIS)
    exactly = datetime(2026, 3, 2, 8, 0, tzinfo=PARIS)
    assert last_slot(("08:00",), "Europe/Paris", exactly) == exactly
    assert last_slot((), "Europe/Paris", now) is None


def test_the_last_slot_follows_the_chats_time_zone() -> None:
    now = datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc)  # 08:30 in New York
    slot = last_slot(("08:00",), "America/New_York", now)
    assert slot is not None and slot.astimezone(timezone.utc) == datetime(2026, 3, 2, 13, 0, tzinfo=timezone.utc)


def _chat(**settings: object) -> Chat:
    return Chat(id=1, settings=ChatSettings(**settings))  # type: ignore[arg-type]


def test_a_chats_row_gives_its_prefs_and_the_config_fills_the_rest() -> None:
    defaults = DigestSettings(language="fr", timezone="Europe/Paris", max_related=5)
    assert chat_prefs(None, defaults) == ChatPrefs(language="fr", timezone="Europe/Paris", max_related=5)
    assert chat_prefs(None, defaults, user_language="en-GB").language == "en"
    assert chat_prefs(_chat(language="fr"), defaults, user_language="en").language == "fr"
    prefs = chat_prefs(_chat(mode=DeliveryMode.TIMES, times=("08:00",), quiet=("22:00", "07:00"),
                             include=("chine",), max_related=0, timezone=None), defaults)
    assert prefs.scheduled and prefs.quiet == ("22:00", "07:00") and prefs.max_related == 0
    assert prefs.timezone == "Europe/Paris" and prefs.include == ("chine",)
    assert not chat_prefs(_chat(mode=DeliveryMode.INSTANT, times=("08:00",)), defaults).scheduled
