"""A chat's reader settings: parsing the commands' arguments, and what they decide. Pure.

What a keyword filter matches: whole words of one story, its own title and lead (the listing's
summary for a story that is not a digest's lead), never the headlines around it; compared
after folding case and accents ("Élysée" matches "elysee"). A filter word is a plain word
(letters and digits; "jean-marc" or "aujourd'hui" are sequences of words that must follow
each other); there are no wildcards, no stems and no regular expressions: "chine" does not
match "chinois". Include words: at least one must be there; exclude words: none may be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from bot.config import DigestSettings
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, pick_language
from bot.models import DeliveryMode, Digest
from bot.news.text import unaccented
from bot.store import Chat

MAX_RELATED = 10
MAX_TIMES = 6  # digest times per day: more is instant delivery by another name
MAX_FILTER_WORDS = 20
DEFAULT_TIMES = ("08:00", "18:00")  # what the /settings button switches to when none are set
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:hH]([0-5]\d)$")
_WORD = re.compile(r"[^\W_]+")
# A filter word: letters/digits, joined by - or an apostrophe at most; nothing else.
_FILTER_WORD = re.compile(r"^[^\W_]+(?:['’-][^\W_]+)*$")


class PrefsError(ValueError):
    """An argument that is not valid; the command answers with its usage, which says what is."""


@dataclass(frozen=True)
class ChatPrefs:
    """One chat's reader settings, with the config's defaults filled in."""

    language: str = DEFAULT_LANGUAGE
    timezone: str = "Europe/Paris"
    mode: DeliveryMode = DeliveryMode.INSTANT
    times: tuple[str, ...] = ()
    quiet: tuple[str, str] | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_related: int = 5
    previews: bool = True  # the digest shows its story's link preview (picture and title)

    @property
    def each_story(self) -> bool:
        """Return whether the chat gets one message per story instead of a digest per poll."""
        return self.mode == DeliveryMode.EACH

    @property
    def scheduled(self) -> bool:
        """Return whether the chat gets roundups at its times instead of instant digests."""
        return self.mode == DeliveryMode.TIMES and bool(self.times)

    def is_quiet(self, moment: datetime) -> bool:
        """Return whether an aware moment falls in the chat's quiet hours (its own time zone)."""
        if self.quiet is None:
            return False
        local = moment.astimezone(ZoneInfo(self.timezone)).time()
        return in_window(local, parse_clock(self.quiet[0]), parse_clock(self.quiet[1]))


def chat_prefs(chat: Chat | None, defaults: DigestSettings | None = None,
               user_language: str | None = None) -> ChatPrefs:
    """Return a chat's reader settings, the config's defaults where it chose none."""
    defaults = defaults or DigestSettings()
    stored = chat.settings if chat is not None else None
    # The chat's choice, else the user's Telegram language (as they write now, else as recorded).
    language = (stored.language if stored else None) or pick_language(
        user_language or (stored.user_language if stored else None), defaults.language
    )
    if stored is None:
        return ChatPrefs(language=language, timezone=defaults.timezone,
                         max_related=defaults.max_related)
    return ChatPrefs(
        language=language if language in LANGUAGES else defaults.language,
        timezone=stored.timezone or defaults.timezone,
        mode=stored.mode or DeliveryMode.INSTANT,
        times=stored.times,
        quiet=stored.quiet,
        include=stored.include,
        exclude=stored.exclude,
        max_related=stored.max_related if stored.max_related is not None else defaults.max_related,
        previews=stored.previews is not False,
    )


# ---- parsing arguments: each returns the stored form or raises PrefsError -----------------


def parse_clock(value: str) -> time:
    """Return "08:00" (or "8h00") as a time; PrefsError("bad.time") otherwise."""
    match = _CLOCK.match(value.strip())
    if not match:
        raise PrefsError("bad.time")
    return time(int(match.group(1)), int(match.group(2)))


def parse_times(args: Sequence[str]) -> tuple[str, ...]:
    """Return digest times as sorted, distinct "HH:MM" strings; PrefsError when any is bad."""
    if not args or len(args) > MAX_TIMES:
        raise PrefsError("bad.times")
    clocks = sorted({parse_clock(a) for a in args})
    return tuple(c.strftime("%H:%M") for c in clocks)


def parse_quiet(args: Sequence[str]) -> tuple[str, str]:
    """Return a quiet window (start, end) as "HH:MM"; PrefsError unless two distinct times."""
    if len(args) != 2:
        raise PrefsError("bad.quiet")
    start, end = (parse_clock(a).strftime("%H:%M") for a in args)
    if start == end:
        raise PrefsError("bad.quiet")
    return start, end


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    # available_timezones() reads the tz database from disk: once is enough.
    return {name.lower(): name for name in available_timezones()}


def parse_timezone(value: str) -> str:
    """Return the IANA name of a time zone, case as the database spells it; PrefsError otherwise."""
    name = _zones().get(value.strip().lower())
    if name is None:
        raise PrefsError("bad.timezone")
    return name


def parse_language(value: str) -> str:
    """Return "fr" or "en"; PrefsError otherwise."""
    language = value.strip().lower()
    if language not in LANGUAGES:
        raise PrefsError("bad.language")
    return language


def parse_related(value: str) -> int:
    """Return a related-headline count from 0 to 10; PrefsError otherwise."""
    try:
        count = int(value.strip())
    except ValueError:
        raise PrefsError("bad.related") from None
    if not 0 <= count <= MAX_RELATED:
        raise PrefsError("bad.related")
    return count


def parse_filters(args: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (include, exclude) words from "+mot -mot" arguments, folded; PrefsError otherwise."""
    include: list[str] = []
    exclude: list[str] = []
    if not args or len(args) > MAX_FILTER_WORDS:
        raise PrefsError("bad.filter")
    for arg in args:
        sign, word = arg[:1], arg[1:]
        if not sign or sign not in "+-" or not _FILTER_WORD.match(word):
            raise PrefsError("bad.filter")
        folded = " ".join(words_of(word))
        target = include if sign == "+" else exclude
        if folded not in target:
            target.append(folded)
    if set(include) & set(exclude):
        raise PrefsError("bad.filter")
    return tuple(include), tuple(exclude)


# ---- matching ---------------------------------------------------------------------------


def fold(value: str) -> str:
    """Return text without case or accents: NFKD, combining marks dropped, casefolded."""
    return unaccented(value).casefold()


def words_of(value: str) -> list[str]:
    """Return the folded words of a text, in order."""
    return _WORD.findall(fold(value))


def story_words(title: str, lead: str) -> str:
    """Return a story's folded words (title, then lead) joined by single spaces, a space at each end."""
    # Each part stands apart: a phrase never matches across the title's end and the lead.
    return " " + " | ".join(" ".join(words_of(p)) for p in (title, lead)) + " "


def digest_words(digest: Digest) -> str:
    """Return the folded words of a digest's lead story (its title and lead), as story_words."""
    return story_words(digest.title, digest.lead)


def passes_filters(text_words: str, include: Iterable[str], exclude: Iterable[str]) -> bool:
    """Return whether folded text (from story_words) has an include word (if any) and no exclude word."""
    include = list(include)

    def has(word: str) -> bool:
        return f" {word} " in text_words

    if include and not any(has(w) for w in include):
        return False
    return not any(has(w) for w in exclude)


# ---- times ------------------------------------------------------------------------------


def in_window(moment: time, start: time, end: time) -> bool:
    """Return whether a time of day is in [start, end), a window that may cross midnight."""
    if start <= end:
        return start <= moment < end
    return moment >= start or moment < end


def last_slot(times: Sequence[str], timezone: str, now: datetime) -> datetime | None:
    """Return the latest of the daily times at or before an aware `now`, in the chat's zone."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    best: datetime | None = None
    for days in (0, 1):
        day = (local - timedelta(days=days)).date()
        for clock in times:
            slot = datetime.combine(day, parse_clock(clock), tzinfo=zone)
            if slot <= now and (best is None or slot > best):
                best = slot
        if best is not None:
            return best
    return best
