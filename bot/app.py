"""build_application(settings): the handlers, jobs, store and fetcher wired together."""

from __future__ import annotations

import asyncio
import gc
import html
import logging
from datetime import datetime, timezone
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bot.chat import admin, channels, commands, reader_settings
from bot.chat.delivery import Deliverer, Outgoing
from bot.config import Settings
from bot.jobs import reschedule_source, schedule_jobs, wake_delivery
from bot.models import Delivery, Digest
from bot.news.digest import render_html
from bot.news.roundup import render_roundup
from bot.news.fetch import Fetcher, FetchError
from bot.news.listing import ListingError
from bot.pipeline import RefreshResult, record_failure, refresh
from bot.probe import probe
from bot.prefs import ChatPrefs, chat_prefs
from bot.services import Services
from bot.sources import Probe, SourceRegistry
from bot.store import Store

log = logging.getLogger(__name__)


def file_base_url(api_base_url: str) -> str:
    """Return the file download base that goes with a Bot API base URL (".../bot" -> ".../file/bot")."""
    if api_base_url.endswith("/bot"):
        return api_base_url[: -len("bot")] + "file/bot"
    return api_base_url.rstrip("/") + "/file/bot"


def build_application(
    settings: Settings, *, store: Store | None = None, fetcher: Fetcher | None = None
) -> Application:  # type: ignore[type-arg]
    """Return the bot's Application, ready for run_polling() or for tests to start by hand.

    Raises StoreError when the database cannot be opened (it is left untouched).
    """
    store = store or Store(settings.storage.path, retention_days=settings.storage.retention_days)
    fetcher = fetcher or Fetcher(
        timeout=settings.fetch.timeout,
        max_bytes=settings.fetch.max_bytes,
        allow_private_addresses=settings.fetch.allow_private_addresses,
    )
    application = (
        ApplicationBuilder()
        .token(settings.telegram.token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(file_base_url(settings.telegram.api_base_url))
        .connection_pool_size(64)  # deliveries go out concurrently, up to the rate limit
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    registry = SourceRegistry(settings.sources, store)
    sources = registry.active  # the config's sources with the admins' changes from the chat
    locks: dict[str, asyncio.Lock] = {}

    def render_for(digest: Digest, prefs: ChatPrefs) -> str:
        return render_html(digest, language=prefs.language, timezone=prefs.timezone,
                           max_related=prefs.max_related, lead_chars=settings.digest.lead_chars)

    def render(digest: Digest, language: str) -> str:
        return render_for(digest, chat_prefs(None, settings.digest, language))

    async def refresh_by_name(name: str) -> RefreshResult:
        source = sources[name]
        if registry.is_paused(name):
            return RefreshResult(name)  # paused: the bot does not fetch it, not even for /latest
        async with locks.setdefault(name, asyncio.Lock()):  # a poll and a /latest never overlap
            try:
                result = await refresh(source, fetcher=fetcher, store=store)
            except (FetchError, ListingError) as exc:
                failures = record_failure(store, source, exc)
                await store.aflush()
                log.warning("%s: poll failed (%d in a row), skipped: %s", name, failures, exc)
                raise
            except Exception as exc:
                record_failure(store, source, exc)
                log.exception("%s: poll failed unexpectedly", name)
                raise
        if result.queued:
            services.wake_delivery()
        return result

    async def probe_url(url: str, name: str, with_digest: bool) -> Probe:
        return await probe(url, name, fetcher=fetcher, with_digest=with_digest)

    services = Services(
        settings=settings,
        store=store,
        sources=sources,
        refresh=refresh_by_name,
        render=render,
        render_for=render_for,
        registry=registry,
        probe=probe_url,
    )
    if application.job_queue is not None:
        job_queue = application.job_queue
        services.wake_delivery = lambda: wake_delivery(job_queue)
        registry.on_change = lambda name: reschedule_source(job_queue, services, name)
    rendered: dict[tuple[str, str, str, int], str | None] = {}

    def render_text(key: str, prefs: ChatPrefs) -> str | None:
        """Return a digest's or a roundup's text as this chat reads it, None if it is gone."""
        found = store.roundup(key) if key.startswith("roundup:") else None
        if found is not None:
            slot, digests = found
            if not digests:
                return None
            return render_roundup(digests, language=prefs.language, timezone=prefs.timezone,
                                  when=datetime.fromisoformat(slot), max_related=prefs.max_related)
        digest = store.digest(key)
        return render_for(digest, prefs) if digest is not None else None

    def render_delivery(delivery: Delivery) -> Outgoing | None:
        prefs = services.prefs_for(delivery.chat_id)
        # One text per digest and way of reading it: a broadcast renders once, not per chat.
        key = (delivery.digest_key, prefs.language, prefs.timezone, prefs.max_related)
        if key not in rendered:
            if len(rendered) > 256:
                rendered.clear()
            rendered[key] = render_text(delivery.digest_key, prefs)
        text = rendered[key]
        if text is None:
            return None
        now = datetime.fromtimestamp(store.clock(), timezone.utc)
        return Outgoing(text, silent=prefs.is_quiet(now))  # quiet hours: sent without a sound

    services.extra["deliverer"] = Deliverer(
        application.bot, store, render_delivery, settings.delivery
    )
    services.extra["fetcher"] = fetcher
    application.bot_data["services"] = services
    commands.add_handlers(application)
    admin.add_handlers(application)
    reader_settings.add_handlers(application)
    channels.add_handlers(application)
    application.add_error_handler(_on_error)
    schedule_jobs(application)
    return application


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    """Publish the command menu once the bot is connected."""
    try:
        await commands.register_menu(application)
    except Exception as exc:  # noqa: BLE001 - a menu is a nicety: the bot works without it
        log.warning("could not publish the command menu: %s", exc)
    await admin.register_admin_menus(application)
    # What start-up loaded (libraries, the database) lives as long as the bot: keep the
    # collector from scanning it again, which otherwise stalls the event loop ~50 ms at a time.
    gc.freeze()


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    """Close the fetcher and write the store one last time."""
    services: Services = application.bot_data["services"]
    await services.extra["fetcher"].aclose()
    services.store.close()


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a handler's error with its update's chat, and tell the user something went wrong."""
    chat_id: Any = None
    if isinstance(update, Update) and update.effective_chat:
        chat_id = update.effective_chat.id
    log.error("update in chat %s failed", chat_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(
                html.escape("Désolé, une erreur est survenue. / Sorry, something went wrong."),
                do_quote=False,
            )
        except Exception:  # noqa: BLE001 - the chat may be unreachable; the log has the error
            pass
