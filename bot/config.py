"""Settings: loaded once from a TOML file plus the environment, checked key by key."""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.models import DEFAULT_INTERVAL, Source, SourceKind
from bot.news.digest import DEFAULT_LEAD_CHARS
from bot.news.urls import is_http_url

DEFAULT_CONFIG_PATH = Path("config/bot.toml")
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


class ConfigError(Exception):
    """A config problem, worded as: where (file, key), what is expected, what was found."""


@dataclass(frozen=True)
class TelegramSettings:
    """How to reach Telegram and who administers the bot."""

    token: str = field(default="", repr=False)  # repr=False: never print the token by accident
    api_base_url: str = DEFAULT_API_BASE_URL
    admins: tuple[int, ...] = ()


@dataclass(frozen=True)
class StorageSettings:
    """Where the TinyDB file lives and how long history is kept."""

    path: Path = Path("data/bot.json")
    retention_days: int = 30


@dataclass(frozen=True)
class FetchSettings:
    """How news sites are fetched."""

    timeout: float = 15.0
    allow_private_addresses: bool = False
    max_bytes: int = 5_000_000
    alert_after: int = 3  # failed polls in a row after which admins are told, once


@dataclass(frozen=True)
class DigestSettings:
    """How digests read."""

    language: str = DEFAULT_LANGUAGE
    timezone: str = "Europe/Paris"
    max_related: int = 5
    lead_chars: int = DEFAULT_LEAD_CHARS  # the digest's lead, cut at a sentence end within this


@dataclass(frozen=True)
class DeliverySettings:
    """How fast the bot may send, kept below Telegram's own limits."""

    messages_per_second: float = 30.0
    per_chat_interval: float = 1.0
    group_messages_per_minute: int = 20
    allow_paid_broadcast: bool = False
    paid_messages_per_second: float = 1000.0
    max_attempts: int = 10  # tries of one delivery on 5xx/time-outs before it is given up
    retry_base: float = 2.0  # seconds before the first retry; doubles with each try
    retry_max: float = 900.0  # seconds between two tries, at most
    send_timeout: float = 10.0  # seconds to wait for Telegram's answer to one message


@dataclass(frozen=True)
class Settings:
    """Everything the bot is configured with."""

    telegram: TelegramSettings = TelegramSettings()
    storage: StorageSettings = StorageSettings()
    fetch: FetchSettings = FetchSettings()
    digest: DigestSettings = DigestSettings()
    delivery: DeliverySettings = DeliverySettings()
    sources: tuple[Source, ...] = ()
    config_path: Path | None = None

    def source(self, name: str) -> Source | None:
        """Return the configured source with this name, or None."""
        return next((s for s in self.sources if s.name == name), None)


# --- key checkers: each returns the converted value or raises ValueError("expected ...") ---


def _number(minimum: float, *, above: bool = False) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number {'>' if above else '>='} {minimum:g}")
        if value < minimum or (above and value == minimum):
            raise ValueError(f"expected a number {'>' if above else '>='} {minimum:g}")
        return float(value)

    return check


def _integer(minimum: int, maximum: int | None = None) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        bounds = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number {bounds}")
        if value < minimum or (maximum is not None and value > maximum):
            raise ValueError(f"expected a whole number {bounds}")
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value


def _http_url(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected an http(s) URL string")
    if not is_http_url(value.strip()):  # the rule every http(s) check of the bot uses
        raise ValueError("expected an http(s) URL")
    return value.strip()


def _admins(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise ValueError("expected a list of Telegram user ids (whole numbers)")
    return tuple(value)


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"expected one of {', '.join(LANGUAGES)}")
    return str(value)


def _timezone(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected an IANA time zone name such as Europe/Paris")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("expected an IANA time zone name such as Europe/Paris") from None
    return value


def _source_name(value: Any) -> str:
    if not isinstance(value, str) or not _NAME_RE.match(value):
        raise ValueError(
            "expected a short id: lowercase letters, digits, '-' or '_', at most 32 characters"
        )
    return value


def is_source_name(value: str) -> bool:
    """Return whether a text is a valid source name (the config's rule, also for /addsource)."""
    return bool(_NAME_RE.match(value))


def _kind(value: Any) -> SourceKind:
    try:
        return SourceKind(value)
    except ValueError:
        raise ValueError("expected one of feed, page, auto") from None


_SECTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "telegram": {"token": _string, "api_base_url": _http_url, "admins": _admins},
    "storage": {"path": _string, "retention_days": _integer(1)},
    "fetch": {
        "timeout": _number(0, above=True),
        "allow_private_addresses": _boolean,
        "max_bytes": _integer(1000),
        "alert_after": _integer(1),
    },
    "digest": {
        "language": _language,
        "timezone": _timezone,
        "max_related": _integer(0, 10),
        "lead_chars": _integer(100, 3000),
    },
    "delivery": {
        "messages_per_second": _number(0, above=True),
        "per_chat_interval": _number(0),
        "group_messages_per_minute": _integer(1),
        "allow_paid_broadcast": _boolean,
        "paid_messages_per_second": _number(0, above=True),
        "max_attempts": _integer(1),
        "retry_base": _number(0, above=True),
        "retry_max": _number(0, above=True),
        "send_timeout": _number(0, above=True),
    },
}
_SOURCE_KEYS: dict[str, Callable[[Any], Any]] = {
    "name": _source_name,
    "title": _string,
    "url": _http_url,
    "kind": _kind,
    "interval": _integer(1),
}
_SOURCE_REQUIRED = ("name", "url")


def known_keys() -> dict[str, tuple[str, ...]]:
    """Return the keys each section accepts, and under "sources" those of one [[sources]] table."""
    return {**{name: tuple(keys) for name, keys in _SECTIONS.items()}, "sources": tuple(_SOURCE_KEYS)}


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_section(where: str, name: str, table: Any) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [{name}]: expected a table")
    return _check_keys(f"{where}: [{name}]", table, _SECTIONS[name])


def _check_keys(
    where: str, table: dict[str, Any], checkers: dict[str, Callable[[Any], Any]]
) -> dict[str, Any]:
    """Return the table's values converted by their checkers; ConfigError names a bad key."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in checkers:
            raise ConfigError(f"{where} {key}: unknown key; expected one of: {', '.join(checkers)}")
        try:
            values[key] = checkers[key](value)
        except ValueError as exc:
            raise ConfigError(f"{where} {key}: {exc}, got {_describe(value)}") from None
    return values


def _check_source(where: str, index: int, table: Any, default_interval: int) -> Source:
    label = f"[[sources]] #{index + 1}"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: {label}: expected a table with name and url")
    if isinstance(table.get("name"), str):
        label += f" ({table['name']!r})"
    for key in _SOURCE_REQUIRED:
        if key not in table:
            expected = "a short id" if key == "name" else "an http(s) URL"
            raise ConfigError(f"{where}: {label} {key}: missing; expected {expected}")
    values = {"interval": default_interval, **_check_keys(f"{where}: {label}", table, _SOURCE_KEYS)}
    return Source(**values)


def check_sources(where: str, raw: Any, default_interval: int = DEFAULT_INTERVAL) -> tuple[Source, ...]:
    """Return the sources of a `[[sources]]` array, or raise ConfigError naming the bad key."""
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: sources: expected an array of tables ([[sources]])")
    sources = tuple(_check_source(where, i, t, default_interval) for i, t in enumerate(raw))
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise ConfigError(
                f"{where}: [[sources]] name: {source.name!r} is used twice; "
                "expected each source to have its own name"
            )
        seen.add(source.name)
    return sources


def _env_overrides(env: Mapping[str, str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if env.get("TELEGRAM_BOT_TOKEN"):
        overrides["token"] = env["TELEGRAM_BOT_TOKEN"].strip()
    if env.get("TELEGRAM_API_BASE_URL"):
        try:
            overrides["api_base_url"] = _http_url(env["TELEGRAM_API_BASE_URL"])
        except ValueError as exc:
            raise ConfigError(f"environment TELEGRAM_API_BASE_URL: {exc}") from None
    if env.get("BOT_ADMINS", "").strip():
        try:
            overrides["admins"] = tuple(
                int(part) for part in env["BOT_ADMINS"].split(",") if part.strip()
            )
        except ValueError:
            raise ConfigError(
                "environment BOT_ADMINS: expected Telegram user ids separated by commas, "
                f"such as 123,456; got {_describe(env['BOT_ADMINS'])}"
            ) from None
    return overrides


def parse_settings(
    text: str, *, where: str = "<config>", env: Mapping[str, str] | None = None
) -> Settings:
    """Return the Settings that a TOML text and the environment describe."""
    env = os.environ if env is None else env
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    unknown = set(data) - set(_SECTIONS) - {"sources"}
    if unknown:
        key = sorted(unknown)[0]
        expected = ", ".join([*(f"[{s}]" for s in _SECTIONS), "[[sources]]"])
        raise ConfigError(f"{where}: {key}: unknown section or key; expected one of: {expected}")
    sections = {name: _check_section(where, name, data.get(name, {})) for name in _SECTIONS}
    telegram = {**sections["telegram"], **_env_overrides(env)}
    storage = sections["storage"]
    if "path" in storage:
        storage["path"] = Path(storage["path"])
    sources = check_sources(where, data.get("sources", []))
    return Settings(
        telegram=TelegramSettings(**telegram),
        storage=StorageSettings(**storage),
        fetch=FetchSettings(**sections["fetch"]),
        digest=DigestSettings(**sections["digest"]),
        delivery=DeliverySettings(**sections["delivery"]),
        sources=sources,
    )


def load_settings(path: Path | str = DEFAULT_CONFIG_PATH, env: Mapping[str, str] | None = None) -> Settings:
    """Return the Settings in the TOML file at `path`, with the environment's overrides."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; expected a TOML config (see config/bot.toml)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    return dataclasses.replace(parse_settings(text, where=str(path), env=env), config_path=path)
