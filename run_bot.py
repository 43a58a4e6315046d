#!/usr/bin/env python3
"""The command line: `run` (the default), `preview URL|FILE`, `check-config`, `healthcheck`,
`backup PATH`, `migrate [--from FILE]`.

Also installed as the `newsdigest-bot` console script (pyproject.toml): same commands.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import (
    CONFIG_ENV, PROJECT_CONFIG_PATH, ConfigError, Settings, default_config_path, load_settings,
)
from bot.i18n import LANGUAGES
from bot.logs import setup_logging

if TYPE_CHECKING:
    from bot.chat.context import BotApp
    from bot.jobs import Polling

NO_TOKEN = (
    "No Telegram bot token. Get one from @BotFather in Telegram (send /newbot), then run "
    "TELEGRAM_BOT_TOKEN=<token> python run_bot.py. "
    "`python run_bot.py preview URL_OR_FILE` works without a token."
)

REPLICAS_NEED_SECRET = (
    "Webhook mode on a shared database ([storage] url) needs one [telegram] webhook_secret for all "
    "replicas (NEWSDIGEST__TELEGRAM__WEBHOOK_SECRET): a random one per start would stand for one replica only."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py",
        description="A Telegram bot that posts short digests of news sites.",
    )
    parser.add_argument("command", nargs="?", default="run",
                        choices=("run", "preview", "check-config", "healthcheck", "backup", "migrate"),
                        help="run the bot (default), preview a digest, check the config, ask "
                             "the running bot's /healthz (exit 0 when healthy), back up the database, "
                             "or make/upgrade the PostgreSQL schema ([storage] url) and exit")
    parser.add_argument("target", nargs="?",
                        help="for preview: a URL or a saved HTML/feed file; for backup: the copy's path")
    parser.add_argument("--config", type=Path, default=None,
                        help=f"the TOML config file (default: ${CONFIG_ENV}, else {PROJECT_CONFIG_PATH})")
    parser.add_argument("--language", choices=LANGUAGES, help="for preview: the digest's language")
    parser.add_argument("--url", help="for preview of a file: the URL it was saved from")
    parser.add_argument("--from", dest="source", type=Path, metavar="FILE",
                        help="for migrate: a TinyDB database (data/bot.json) to copy into PostgreSQL")
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug lines")
    return parser


def _load(path: Path | None, *, required: bool = True) -> Settings:
    if not required and not (path or default_config_path()).exists():
        return Settings()  # preview works without a config
    return load_settings(path)


def _database(settings: Settings) -> str:
    """Return where the store lives, as logs and messages show it (a URL's password hidden)."""
    from bot.store import redact

    return redact(settings.storage.url) if settings.storage.url else str(settings.storage.path)


def run(settings: Settings) -> int:
    """Run the bot (long polling, or a webhook when configured) until SIGINT or SIGTERM; return the exit code."""
    from telegram.error import InvalidToken, NetworkError

    from bot.app import ALLOWED_UPDATES, build_application, webhook_options
    from bot.jobs import Polling
    from bot.store import StoreError

    if not settings.telegram.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if among_replicas(settings) and settings.telegram.webhook_url and not settings.telegram.webhook_secret:
        # Each replica would set the webhook with a random secret of its own: the last one's
        # would stand, and the others would refuse every update the load balancer brings them.
        print(REPLICAS_NEED_SECRET, file=sys.stderr)
        return 2
    try:
        application = build_application(settings)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 3
    telegram = settings.telegram
    logging.getLogger("bot").info(
        "starting: %d sources, database %s, %s", len(settings.sources), _database(settings),
        f"webhook {telegram.webhook_url} (listening on {telegram.webhook_listen}:{telegram.webhook_port})"
        if telegram.webhook_url else "long polling",
    )
    # run_polling and run_webhook stop cleanly on SIGINT and SIGTERM (their default stop_signals);
    # bootstrap_retries: a network that is briefly down at start is waited for.
    try:
        if telegram.webhook_url:
            application.run_webhook(**webhook_options(settings), bootstrap_retries=3)
        elif among_replicas(settings):
            asyncio.run(poll_by_lease(application, Polling(tuple(ALLOWED_UPDATES), bootstrap_retries=3)))
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    except InvalidToken:
        print("Telegram refused the token: check TELEGRAM_BOT_TOKEN (from @BotFather).",
              file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"Cannot reach the Bot API at {settings.telegram.api_base_url}: {exc} "
              "(no network? a proxy is taken from HTTPS_PROXY)", file=sys.stderr)
        return 1
    except OSError as exc:  # a port of the webhook or of the operators' endpoint is taken
        print(f"Cannot listen: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:  # PostgreSQL went away between opening the store and starting it
        print(exc, file=sys.stderr)
        return 3
    return 0


def among_replicas(settings: Settings) -> bool:
    """Return whether other replicas of the bot may share this one's store (a database server, not a file)."""
    return bool(settings.storage.url)


async def poll_by_lease(application: BotApp, polling: Polling) -> None:
    """Run the bot until SIGINT or SIGTERM, polling getUpdates only while this replica holds the updates lease.

    run_polling would poll from the start: among replicas, Telegram answers a second poller
    with 409 Conflict. The steps and their order are run_polling's otherwise.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        application.bot_data.services.scheduler.poll_updates(polling)
        await stop.wait()
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def healthcheck(settings: Settings, timeout: float = 10.0) -> int:
    """Ask the running bot's /healthz; print its answer; return 0 when healthy, else 1."""
    ops = settings.ops
    if not ops.enabled:
        print("the operators' endpoint is off: set [ops] enabled = true "
              "(or NEWSDIGEST__OPS__ENABLED=true)", file=sys.stderr)
        return 1
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(ops.listen, ops.listen)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{ops.port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:  # noqa: S310 - our own endpoint
            body = answer.read().decode()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode()
        reasons = json.loads(body).get("reasons", []) if body.startswith("{") else [body]
        print(f"unhealthy: {'; '.join(reasons) or exc}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"no answer from {url}: {getattr(exc, 'reason', exc)}", file=sys.stderr)
        return 1
    print(body.strip())
    return 0


def check_config(settings: Settings, path: Path) -> int:
    """Print what the config says, in a few lines; return 0."""
    token = "set" if settings.telegram.token else "not set (TELEGRAM_BOT_TOKEN)"
    print(f"{path}: OK")
    print(f"  token: {token}; admins: {len(settings.telegram.admins)}; "
          f"Bot API: {settings.telegram.api_base_url}")
    print(f"  database: {_database(settings)}; language: {settings.digest.language}; "
          f"time zone: {settings.digest.timezone}")
    telegram, ops = settings.telegram, settings.ops
    updates = (f"webhook {telegram.webhook_url} on {telegram.webhook_listen}:{telegram.webhook_port}"
               if telegram.webhook_url else "long polling")
    endpoint = f"http://{ops.listen}:{ops.port}/healthz and /metrics" if ops.enabled else "off"
    print(f"  updates: {updates}; operators' endpoint: {endpoint}; log format: {settings.logging.format}")
    print(f"  {len(settings.sources)} sources:")
    for source in settings.sources:
        print(f"    {source.name:<16} {source.kind.value:<5} every {source.interval} s  {source.url}")
    return 0


def backup_database(settings: Settings, target: str | None) -> int:
    """Write a consistent copy of the database (the bot may be running); return the exit code."""
    from bot.store import StoreError, backup

    if not target:
        print("backup needs a path: python run_bot.py backup PATH", file=sys.stderr)
        return 2
    try:
        made = backup(settings.storage.path, Path(target))
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 3
    print(f"{settings.storage.path} copied to {made.target}: {made.rows} rows in {made.tables} "
          f"tables, {made.journal_lines} journal lines applied")
    return 0


def migrate_database(settings: Settings, source: Path | None) -> int:
    """Make or upgrade the PostgreSQL schema, then copy a TinyDB database into it if asked; return the exit code."""
    from bot.store import StoreError, copy_tinydb, migrate, redact

    url = settings.storage.url
    if not url:
        print("migrate needs PostgreSQL: set [storage] url = \"postgresql://USER:PASSWORD@HOST:PORT/DATABASE\" "
              "(or DATABASE_URL, or NEWSDIGEST__STORAGE__URL)", file=sys.stderr)
        return 2
    try:
        schema = migrate(url)
        print(f"{redact(url)}: schema version {schema.after}"
              + (f" (upgraded from {schema.before})" if schema.applied else " (up to date)"))
        if source is not None:
            copied = asyncio.run(copy_tinydb(source, url))
            print(f"{source} copied into {redact(url)}:")
            for table in copied:
                print(f"  {table.table:<16} {table.read:>8} read {table.added:>8} added")
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 3
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = _load(args.config, required=args.command != "preview")
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    setup_logging(logging.DEBUG if args.verbose else logging.INFO, log_format=settings.logging.format,
                  secrets=[settings.telegram.token, settings.telegram.webhook_secret])
    if args.command == "check-config":
        return check_config(settings, settings.config_path or PROJECT_CONFIG_PATH)
    if args.command == "healthcheck":
        return healthcheck(settings)
    if args.command == "backup":
        return backup_database(settings, args.target)
    if args.command == "migrate":
        return migrate_database(settings, args.source)
    if args.command == "preview":
        if not args.target:
            print("preview needs a URL or a file: python run_bot.py preview URL_OR_FILE", file=sys.stderr)
            return 2
        from bot.preview import preview

        return asyncio.run(preview(args.target, settings, language=args.language, url=args.url))
    if args.target:
        print(f"'run' takes no argument, got {args.target!r}", file=sys.stderr)
        return 2
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
