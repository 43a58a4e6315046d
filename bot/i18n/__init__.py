"""The bot's words in each language, read from one TOML catalogue per language, and its dates."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

# Declared here once (config, prefs and the command line import it); fr is the reference
# catalogue and the fallback. tests/test_i18n.py checks that these are the catalogue files.
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


class CatalogueError(Exception):
    """A catalogue file that is missing or not shaped as bot/i18n/fr.toml is."""


@dataclass(frozen=True)
class Catalogue:
    """One language's texts by dotted key, and its month names (January first)."""

    texts: Mapping[str, str]
    months: tuple[str, ...]


def _parse(name: str, data: dict[str, Any]) -> Catalogue:
    """Return the catalogue in a parsed TOML file, or raise CatalogueError naming what is wrong."""
    texts = data.get("texts")
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        raise CatalogueError(f"{name}: [texts]: expected a table of strings")
    date = data.get("date")
    months = date.get("months") if isinstance(date, dict) else None
    if not isinstance(months, list) or len(months) != 12 or not all(isinstance(m, str) for m in months):
        raise CatalogueError(f"{name}: [date] months: expected the twelve month names")
    return Catalogue(texts=texts, months=tuple(months))


@functools.cache
def catalogue(language: str) -> Catalogue:
    """Return the catalogue of `language`, read once from the installed package (not the cwd)."""
    name = f"{language}.toml"
    # importlib.resources, not a path beside __file__: the files may sit in a wheel or a zip.
    try:
        raw = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
        return _parse(name, tomllib.loads(raw))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{name}: cannot be read: {exc}") from None


def pick_language(candidate: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Return `candidate` (e.g. a Telegram language_code "fr-FR") if the bot speaks it, else default."""
    if candidate:
        short = candidate.split("-")[0].lower()
        if short in LANGUAGES:
            return short
    return default if default in LANGUAGES else DEFAULT_LANGUAGE


def text(language: str, key: str, **values: object) -> str:
    """Return the text for `key` in `language` (French when unknown), filled with `values`."""
    reference = catalogue(DEFAULT_LANGUAGE).texts
    table = catalogue(language).texts if language in LANGUAGES else reference
    template = table.get(key) or reference[key]
    return template.format(**values) if values else template


def format_datetime(moment: datetime, language: str) -> str:
    """Return a date and time as `language` writes it: "5 juillet 2016 à 08h36", "July 5, 2016, 08:36"; a time of
    midnight to the second is left out ("8 décembre 2011"): a page that gives the day only is read as its midnight."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    midnight = (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)
    return text(
        lang,
        "date.day" if midnight else "date.format",
        day=moment.day,
        month=catalogue(lang).months[moment.month - 1],
        year=moment.year,
        hour=moment.hour,
        minute=moment.minute,
    )
