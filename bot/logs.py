"""Logging set-up that never writes the bot token."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TextIO

LOG_FORMATS = ("text", "json")


class RedactFilter(logging.Filter):
    """Replace secrets (the bot token) in every record with a placeholder."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Return True, having rewritten the record's message without the secrets."""
        if not self.secrets:
            return True
        message = record.getMessage()
        text = message
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, "<token>")
        if text != message:
            record.msg, record.args = text, None
        return True


class RetryLoopFilter(logging.Filter):
    """PTB's network retry loop in one line: no traceback; at start-up, nothing (the caller says it once)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Return False for a failed start-up's record; else True, the traceback made one line."""
        if not record.name.startswith("telegram.ext"):
            return True
        message = record.getMessage()
        if not message.startswith("Network Retry Loop"):
            return True
        if message.startswith("Network Retry Loop (Bootstrap") and record.levelno >= logging.ERROR:
            return False  # run_bot.py prints the one clear line about it
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg, record.args = f"{message} ({type(error).__name__}: {error})", None
            record.exc_info, record.exc_text = None, None
        return True


class JSONFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as one line of JSON (the filters have already redacted it)."""
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(
    level: int = logging.INFO, secrets: Iterable[str] = (), stream: TextIO | None = None,
    log_format: str = "text",
) -> None:
    """Log to stderr (or `stream`), as text lines or JSON; the token is redacted, httpx's URL lines off."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if log_format == "json":
        handler.setFormatter(JSONFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RetryLoopFilter())
    handler.addFilter(RedactFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
