"""Admins' OPML: /export sends the sources as a file, /import (a file's caption) adds its feeds."""

from __future__ import annotations

import asyncio
import html
import logging
import re
import unicodedata
from urllib.parse import urlsplit

from telegram import InputFile, Update
from telegram.constants import ChatAction

from bot.chat.admin_sources import start_from
from bot.chat.common import admin_only, chat_language, reply
from bot.chat.context import BotContext
from bot.i18n import text
from bot.models import Source
from bot.news.opml import to_opml
from bot.parsing import parse_opml
from bot.news.urls import is_http_url
from bot.probe import Probe, ProbeError, ProbeFailure

log = logging.getLogger(__name__)

MAX_OPML_BYTES = 1_000_000  # an OPML reading list is a few kilobytes; more is not one
IMPORT_PROBES_AT_ONCE = 4  # concurrent fetches while checking an import's feeds
NAME_LENGTH = 32  # a source name's longest (bot.config's rule)
# Why a feed of the file was skipped, when it cannot be a source.
SKIP_REASONS = {
    ProbeFailure.FETCH: "admin.skip.fetch",
    ProbeFailure.LISTING: "admin.skip.listing",
    ProbeFailure.EMPTY: "admin.skip.empty",
}


@admin_only
async def export(update: Update, context: BotContext) -> None:
    """Send the sources as an OPML file."""
    svc = context.services
    message = update.effective_message
    assert message is not None
    data = to_opml(svc.catalog.active.values())
    await message.reply_document(
        InputFile(data, filename="sources.opml", attach=True),
        caption=text(await chat_language(update, svc), "admin.exported", count=len(svc.catalog.active)),
    )


@admin_only
async def import_help(update: Update, context: BotContext) -> None:
    """Explain that /import is the caption of an OPML file."""
    await reply(update, text(await chat_language(update, context.services), "admin.import.usage",
                             max_kb=MAX_OPML_BYTES // 1000))


def slug(title: str, url: str) -> str:
    """Return a source name made from a feed's title (or its host): lowercase ascii, dashes."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    made = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if not made:
        host = (urlsplit(url).hostname or "source").removeprefix("www.")
        made = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-") or "source"
    return made[:NAME_LENGTH].rstrip("-_")


def unique_name(base: str, taken: set[str]) -> str:
    """Return `base`, or base-2, base-3 ... (kept within 32 characters), not in `taken`."""
    name, number = base, 1
    while name in taken:
        number += 1
        suffix = f"-{number}"
        name = base[: NAME_LENGTH - len(suffix)].rstrip("-_") + suffix
    return name


@admin_only
async def import_opml(update: Update, context: BotContext) -> None:
    """Add the feeds of an OPML file sent with the caption /import; report what was skipped and why."""
    svc = context.services
    language = await chat_language(update, svc)
    message = update.effective_message
    assert message is not None and message.document is not None
    if (message.document.file_size or 0) > MAX_OPML_BYTES:
        await reply(update, text(language, "admin.import.too_big", max_kb=MAX_OPML_BYTES // 1000))
        return
    data = bytes(await (await message.document.get_file()).download_as_bytearray())
    if len(data) > MAX_OPML_BYTES:
        await reply(update, text(language, "admin.import.too_big", max_kb=MAX_OPML_BYTES // 1000))
        return
    try:
        feeds = await parse_opml(data)  # in a worker: a megabyte of XML is no work for the event loop
    except ValueError as exc:
        await reply(update, text(language, "admin.import.bad_file", detail=html.escape(str(exc))))
        return
    assert update.effective_chat is not None
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)

    catalog = svc.catalog
    skipped: list[tuple[str, str]] = []
    candidates: list[tuple[str, str]] = []
    seen_urls: set[str] = set()
    for title, url in feeds:
        label = title or url
        if not is_http_url(url):
            skipped.append((label, text(language, "admin.skip.url")))
        elif (other := catalog.named_by_url(url)) is not None:
            skipped.append((label, text(language, "admin.skip.followed", name=other)))
        elif url.rstrip("/") in seen_urls:
            skipped.append((label, text(language, "admin.skip.twice")))
        else:
            seen_urls.add(url.rstrip("/"))
            candidates.append((title, url))

    gate = asyncio.Semaphore(IMPORT_PROBES_AT_ONCE)

    async def check(url: str) -> Probe | ProbeError:
        async with gate:
            try:
                return await svc.prober.probe(url, "import", with_digest=False)
            except ProbeError as exc:
                return exc

    results = await asyncio.gather(*(check(url) for _, url in candidates))
    added: list[str] = []
    for (title, url), result in zip(candidates, results):
        if isinstance(result, ProbeError):
            reason = text(language, SKIP_REASONS[result.reason], detail=html.escape(str(result)))
            skipped.append((title or url, reason))
            continue
        title = title or result.title
        name = unique_name(slug(title, url), set(catalog.active))
        await catalog.add(Source(name=name, url=url, title=title, kind=result.kind), at=svc.clock.now())
        await start_from(svc, name, result)
        added.append(name)
    log.info("OPML import by admin %s: %d added, %d skipped",
             update.effective_user.id if update.effective_user else "?", len(added), len(skipped))
    body = text(language, "admin.imported", added=len(added), skipped=len(skipped),
                names=", ".join(added) or text(language, "admin.none"))
    for label, reason in skipped:
        body += "\n" + text(language, "admin.skipped_line", title=html.escape(label[:120]), reason=reason)
    await reply(update, body)
