"""What a Telegram HTML message is made of, for the digests and roundups: escaping, links,
the length Telegram counts, times shown in a zone. Pure; no Telegram library here."""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.news.text import truncate, utf16_len

# Telegram's message limit: UTF-16 code units of a text message after entities are parsed (Bot API
# sendMessage). The chat layer passes telegram's MessageLimit.MAX_TEXT_LENGTH as `limit`; this
# default is for callers without telegram (the preview, tests) and is the only copy in bot/news.
TELEGRAM_MESSAGE_LIMIT = 4096


def link(title: str, url: str, *, bold: bool = False) -> str:
    """Return an HTML link to `url` whose text is the escaped title (bold when asked)."""
    inner = escape(title)
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<a href="{html.escape(url, quote=True)}">{inner}</a>'


def escape(value: str) -> str:
    """Return text with <, > and & escaped for Telegram's HTML parse mode."""
    return html.escape(value, quote=False)


def visible_length(markup: str) -> int:
    """Return the length Telegram counts for this HTML: UTF-16 code units of the text without tags."""
    return utf16_len(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def fit(value: str, units: int, *, at_sentence: bool = False) -> str:
    """Return the text cut (as `truncate` cuts) to at most `units` UTF-16 code units."""
    # An emoji or a rare CJK character is two units: cut by code points, then again by what
    # is still over, until the units fit (each round shrinks by the excess, so few rounds).
    size = units
    while True:
        cut = truncate(value, max(size, 1), at_sentence=at_sentence)
        over = utf16_len(cut) - units
        if over <= 0 or size <= 1:
            return cut
        size -= over


def localize(moment: datetime, timezone: str | None, site_timezone: str | None = None) -> datetime:
    """Return a time in the reader's zone; a naive one is the site's clock, in `site_timezone`
    (kept as the site wrote it when that is not known)."""
    if moment.tzinfo is None:
        if not site_timezone:
            return moment
        moment = moment.replace(tzinfo=ZoneInfo(site_timezone))
    if not timezone:
        return moment
    return moment.astimezone(ZoneInfo(timezone))
