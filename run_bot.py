#!/usr/bin/env python3
"""The command line: `run` (the default), `preview URL|FILE`, `check-config`, `backup PATH`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.config import DEFAULT_CONFIG_PATH, ConfigError, Settings, load_settings
from bot.i18n import LANGUAGES
from bot.logs import setup_logging

NO_TOKEN = (
    "No Telegram bot token. Get one from @BotFather in Telegram (send /newbot), then run "
    "TELEGRAM_BOT_TOKEN=<token> python run_bot.py. "
    "`python run_bot.py preview URL_OR_FILE` works without a token."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py",
        description="A Telegram bot that posts short digests of news sites.",
    )
    parser.add_argument("command", nargs="?", default="run", choices=("run", "preview", "check-config", "backup"),
                        help="run the bot (default), preview a digest, check the config, or back up "
                             "the database")
    parser.add_argument("target", nargs="?",
                        help="for preview: a URL or a saved HTML/feed file; for backup: the copy's path")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG_PATH,
                        help=f"the TOML config file (default: {DEFAULT_CONFIG_PATH})")
    parser.add_argument("--language", choices=LANGUAGES, help="for preview: the digest's language")
    parser.add_argument("--url", help="for preview of a file: the URL it was saved from")
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug lines")
    return parser


def _load(path: Path, *, required: bool = True) -> Settings:
    if not required and not path.exists():
        return Settings()
    return load_settings(path)


def run(settings: Settings) -> int:
    """Run the bot with long polling until SIGINT or SIGTERM; return the exit code."""
    from telegram.error import InvalidToken, NetworkError

    from bot.app import build_application
    from bot.store import StoreError

    if not settings.telegram.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    try:
        application = build_application(settings)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 3
    logging.getLogger("bot").info(
        "starting: %d sources, database %s", len(settings.sources), settings.storage.path
    )
    # run_polling stops cleanly on SIGINT and SIGTERM (its default stop_signals).
    try:
        application.run_polling(
            allowed_updates=["message", "channel_post", "callback_query", "my_chat_member"],
            bootstrap_retries=3,  # a network that is briefly down at start is waited for
        )
    except InvalidToken:
        print("Telegram refused the token: check TELEGRAM_BOT_TOKEN (from @BotFather).",
              file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"Cannot reach the Bot API at {settings.telegram.api_base_url}: {exc}",
              file=sys.stderr)
        return 1
    return 0


def check_config(settings: Settings, path: Path) -> int:
    """Print what the config says, in a few lines; return 0."""
    token = "set" if settings.telegram.token else "not set (TELEGRAM_BOT_TOKEN)"
    print(f"{path}: OK")
    print(f"  token: {token}; admins: {len(settings.telegram.admins)}; "
          f"Bot API: {settings.telegram.api_base_url}")
    print(f"  database: {settings.storage.path}; language: {settings.digest.language}; "
          f"time zone: {settings.digest.timezone}")
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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = _load(args.config, required=args.command != "preview")
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    setup_logging(logging.DEBUG if args.verbose else logging.INFO, secrets=[settings.telegram.token])
    if args.command == "check-config":
        return check_config(settings, args.config)
    if args.command == "backup":
        return backup_database(settings, args.target)
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
