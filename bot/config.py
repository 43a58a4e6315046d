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
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.models import DEFAULT_INTERVAL, Source, SourceKind
from bot.news.digest import DEFAULT_LEAD_CHARS
from bot.news.urls import is_http_url

# The project's own config: found beside the code, not in the working directory.
PROJECT_CONFIG_PATH = Path(__file__).resolve().parents[1] / "config" / "bot.toml"
CONFIG_ENV = "NEWSDIGEST_CONFIG"  # the config file when --config is not given
ENV_PREFIX = "NEWSDIGEST__"  # NEWSDIGEST__SECTION__KEY overrides [section] key
TOKEN_FILE_ENV = "TELEGRAM_BOT_TOKEN_FILE"  # a file holding the token (container secrets)
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # Telegram's rule for a webhook secret_token


class ConfigError(Exception):
    """A config problem, worded as: where (file, key), what is expected, what was found."""


@dataclass(frozen=True)
class TelegramSettings:
    """How to reach Telegram and who administers the bot."""

    token: str = field(default="", repr=False)  # repr=False: never print the token by accident
    api_base_url: str = DEFAULT_API_BASE_URL
    admins: tuple[int, ...] = ()
    webhook_url: str = ""  # "": long polling; else the public https URL Telegram posts updates to
    webhook_listen: str = "127.0.0.1"  # where the webhook listener binds (behind a reverse proxy)
    webhook_port: int = 8443
    webhook_secret: str = field(default="", repr=False)  # "": a new random one at each start


@dataclass(frozen=True)
class StorageSettings:
    """Where the store lives (a TinyDB file, or PostgreSQL when `url` is set) and how long history is kept."""

    path: Path = Path("../data/bot.json")  # relative to the config file's folder
    retention_days: int = 30
    url: str = field(default="", repr=False)  # "postgresql://...": the PostgreSQL engine (its password: never shown)


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
    max_articles: int = 5  # new articles read from their pages per poll (the others: the listing's words)


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
class OpsSettings:
    """The operators' HTTP endpoint (/healthz, /metrics) and what /healthz calls healthy."""

    enabled: bool = False
    listen: str = "127.0.0.1"
    port: int = 9180
    max_poll_age: float = 3600.0  # seconds since the newest successful poll of any source
    max_backlog: int = 1000  # deliveries due and not yet sent
    max_loop_lag: float = 2.0  # seconds the event loop may be late
    store_timeout: float = 5.0  # seconds the store may take to write what it holds


@dataclass(frozen=True)
class LoggingSettings:
    """How log lines are written (to stderr)."""

    format: str = "text"  # "text" or "json" (one object a line)


@dataclass(frozen=True)
class Settings:
    """Everything the bot is configured with."""

    telegram: TelegramSettings = TelegramSettings()
    storage: StorageSettings = StorageSettings()
    fetch: FetchSettings = FetchSettings()
    digest: DigestSettings = DigestSettings()
    delivery: DeliverySettings = DeliverySettings()
    ops: OpsSettings = OpsSettings()
    logging: LoggingSettings = LoggingSettings()
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


DATABASE_URL_FORM = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"


def _database_url(value: Any) -> str:
    """Check a PostgreSQL URL ("" leaves the store in its TinyDB file); its text never goes in a message."""
    if not isinstance(value, str):
        raise ValueError(f"expected a string, {DATABASE_URL_FORM}")
    text = value.strip()
    if not text:
        return text
    scheme, _, rest = text.partition("://")
    if scheme not in ("postgresql", "postgres") or not rest:
        raise ValueError(f"expected a PostgreSQL URL, {DATABASE_URL_FORM} (or \"\" for the TinyDB file)")
    try:
        urlsplit(text).port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        raise ValueError(f"expected a PostgreSQL URL with a numeric port, {DATABASE_URL_FORM}") from None
    return text


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
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory, a name too long
        if not _has_timezone_database():
            raise ValueError("no time-zone database on this machine: pip install tzdata "
                             "(a dependency of the bot) to read time zone names") from None
        raise ValueError("expected an IANA time zone name such as Europe/Paris") from None
    return value


def _has_timezone_database() -> bool:
    try:
        ZoneInfo("UTC")
    except ZoneInfoNotFoundError:
        return False
    return True


def _listen_address(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected an address to listen on, such as 127.0.0.1 or 0.0.0.0")
    return value.strip()


def _webhook_url(value: Any) -> str:
    if value == "":
        return ""
    url = _http_url(value)
    if not url.startswith("https://"):
        raise ValueError('expected "" (long polling) or the https:// URL Telegram posts updates to')
    return url


def _webhook_secret(value: Any) -> str:
    if value != "" and (not isinstance(value, str) or not _SECRET_RE.match(value)):
        raise ValueError("expected 1 to 256 characters among A-Z, a-z, 0-9, _ and - "
                         '(or "" for a new random one at each start)')
    return str(value)


def _log_format(value: Any) -> str:
    if value not in ("text", "json"):
        raise ValueError('expected "text" or "json"')
    return str(value)


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
    "telegram": {
        "token": _string,
        "api_base_url": _http_url,
        "admins": _admins,
        "webhook_url": _webhook_url,
        "webhook_listen": _listen_address,
        "webhook_port": _integer(1, 65535),
        "webhook_secret": _webhook_secret,
    },
    "storage": {"path": _string, "retention_days": _integer(1), "url": _database_url},
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
        "max_articles": _integer(1, 20),
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
    "ops": {
        "enabled": _boolean,
        "listen": _listen_address,
        "port": _integer(1, 65535),
        "max_poll_age": _number(0, above=True),
        "max_backlog": _integer(1),
        "max_loop_lag": _number(0, above=True),
        "store_timeout": _number(0, above=True),
    },
    "logging": {"format": _log_format},
}
_SOURCE_KEYS: dict[str, Callable[[Any], Any]] = {
    "name": _source_name,
    "title": _string,
    "url": _http_url,
    "kind": _kind,
    "interval": _integer(1),
    "timezone": _timezone,
}
_SOURCE_REQUIRED = ("name", "url")


def known_keys() -> dict[str, tuple[str, ...]]:
    """Return the keys each section accepts, and under "sources" those of one [[sources]] table."""
    return {**{name: tuple(keys) for name, keys in _SECTIONS.items()}, "sources": tuple(_SOURCE_KEYS)}


def _shown(key: str, check: Callable[[Any], Any], value: Any) -> str:
    """Return a value as an error message shows it: a secret (a token, a database URL's password) hidden."""
    return "<hidden>" if key in ("token", "webhook_secret") or check is _database_url else _describe(value)


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
            raise ConfigError(f"{where} {key}: {exc}, got {_shown(key, checkers[key], value)}") from None
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


def _env_value(value: str, check: Callable[[Any], Any]) -> Any:
    """Return an environment value converted by its key's checker: as a string, else as TOML.

    "Europe/Paris" is a string; "7", "true", "[1, 2]" are read as TOML when the key wants a
    number, a boolean or a list. ValueError names what is expected.
    """
    try:
        return check(value)
    except ValueError as exc:
        first = exc
    try:
        parsed = tomllib.loads(f"v = {value}")["v"]
    except (tomllib.TOMLDecodeError, RecursionError):
        raise first from None
    return check(parsed)


def _env_sections(env: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """Return the values NEWSDIGEST__SECTION__KEY variables set, by section; errors name the variable."""
    values: dict[str, dict[str, Any]] = {}
    for variable in sorted(env):
        if not variable.upper().startswith(ENV_PREFIX):
            continue
        section, _, key = variable[len(ENV_PREFIX):].lower().partition("__")
        if section not in _SECTIONS:
            expected = ", ".join(f"{ENV_PREFIX}{name.upper()}__KEY" for name in _SECTIONS)
            hint = " ([[sources]] are set in the file)" if section == "sources" else ""
            raise ConfigError(f"environment {variable}: unknown section{hint}; expected one of: {expected}")
        checkers = _SECTIONS[section]
        if key not in checkers:
            expected = ", ".join(f"{ENV_PREFIX}{section.upper()}__{k.upper()}" for k in checkers)
            raise ConfigError(f"environment {variable}: unknown key; expected one of: {expected}")
        try:
            values.setdefault(section, {})[key] = _env_value(env[variable], checkers[key])
        except ValueError as exc:
            raise ConfigError(f"environment {variable}: {exc}, got {_shown(key, checkers[key], env[variable])}") from None
    return values


def _env_overrides(env: Mapping[str, str]) -> dict[str, Any]:
    """Return the [telegram] values of the older variables and the token file."""
    overrides: dict[str, Any] = {}
    if env.get("TELEGRAM_BOT_TOKEN"):
        overrides["token"] = env["TELEGRAM_BOT_TOKEN"].strip()
    if env.get(TOKEN_FILE_ENV):
        path = Path(env[TOKEN_FILE_ENV])
        try:
            overrides["token"] = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"environment {TOKEN_FILE_ENV}: cannot read {path}: {exc}") from None
        if not overrides["token"]:
            raise ConfigError(f"environment {TOKEN_FILE_ENV}: {path} is empty; expected the bot token")
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
    text: str, *, where: str = "<config>", env: Mapping[str, str] | None = None,
    base: Path | None = None,
) -> Settings:
    """Return the Settings that a TOML text and the environment describe.

    The environment wins over the file: TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_TOKEN_FILE,
    TELEGRAM_API_BASE_URL and BOT_ADMINS, then any NEWSDIGEST__SECTION__KEY. A relative
    storage path is taken from `base` (the config file's folder), else the working directory.
    """
    env = os.environ if env is None else env
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested bracket
        raise ConfigError(f"{where}: not valid TOML: arrays or tables nested too deep") from None
    unknown = set(data) - set(_SECTIONS) - {"sources"}
    if unknown:
        key = sorted(unknown)[0]
        expected = ", ".join([*(f"[{s}]" for s in _SECTIONS), "[[sources]]"])
        raise ConfigError(f"{where}: {key}: unknown section or key; expected one of: {expected}")
    sections = {name: _check_section(where, name, data.get(name, {})) for name in _SECTIONS}
    sections["telegram"].update(_env_overrides(env))
    if env.get("DATABASE_URL", "").strip():  # the usual name on hosted platforms; NEWSDIGEST__STORAGE__URL wins
        try:
            sections["storage"]["url"] = _database_url(env["DATABASE_URL"])
        except ValueError as exc:
            raise ConfigError(f"environment DATABASE_URL: {exc}, got <hidden>") from None
    for name, values in _env_sections(env).items():
        sections[name].update(values)
    storage = sections["storage"]
    path = Path(storage.get("path", StorageSettings.path))
    storage["path"] = Path(os.path.normpath(base / path)) if base is not None else path
    sources = check_sources(where, data.get("sources", []))
    return Settings(
        telegram=TelegramSettings(**sections["telegram"]),
        storage=StorageSettings(**storage),
        fetch=FetchSettings(**sections["fetch"]),
        digest=DigestSettings(**sections["digest"]),
        delivery=DeliverySettings(**sections["delivery"]),
        ops=OpsSettings(**sections["ops"]),
        logging=LoggingSettings(**sections["logging"]),
        sources=sources,
    )


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    """Return the config file to read when none is named: $NEWSDIGEST_CONFIG, else the project's."""
    env = os.environ if env is None else env
    return Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else PROJECT_CONFIG_PATH


def load_settings(path: Path | str | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Return the Settings in the TOML file at `path` (None: the default one), with the environment's overrides.

    Relative paths in the file are relative to the file's folder.
    """
    path = Path(path) if path is not None else default_config_path(env)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file; expected a TOML config (the project's is {PROJECT_CONFIG_PATH})"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    base = path.absolute().parent
    return dataclasses.replace(parse_settings(text, where=str(path), env=env, base=base), config_path=path)
