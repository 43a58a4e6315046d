"""build_application(settings): the store, fetcher, poller, renderer, deliverer and handlers, wired.

No logic of its own: each part is made once here and handed what it needs.
"""

from __future__ import annotations

import functools
import gc
from typing import cast

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.chat import alerts, handlers
from bot.chat.context import CONTEXT_TYPES, BotApp
from bot.chat.delivery import Deliverer
from bot.chat.menu import publish_menus
from bot.chat.render import Renderer
from bot.clock import Clock
from bot.config import Settings
from bot.jobs import Scheduler
from bot.news.fetch import Fetcher
from bot.poller import Poller
from bot.probe import Prober
from bot.services import Services
from bot.sources import SourceCatalog
from bot.store import Store, open_store

SEND_CONNECTIONS = 64  # deliveries go out concurrently, up to the rate limit

# Every message the bot sends is Telegram HTML without a link preview, and never quotes.
DEFAULTS = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
                    do_quote=False)


def file_base_url(api_base_url: str) -> str:
    """Return the file download base that goes with a Bot API base URL (".../bot" -> ".../file/bot")."""
    if api_base_url.endswith("/bot"):
        return api_base_url[: -len("bot")] + "file/bot"
    return api_base_url.rstrip("/") + "/file/bot"


def build_application(settings: Settings, *, clock: Clock | None = None,
                      store: Store | None = None, request: BaseRequest | None = None) -> BotApp:
    """Return the bot's Application, ready for run_polling() or for tests to start by hand.

    `store` is the database when a benchmark brings its own (instrumented) one; by default
    the one `settings.storage` names is opened. `request` replaces PTB's HTTP client (offline
    tests answer the Bot API from a table). Raises StoreError when the database cannot be
    opened (the file is left untouched).
    """
    clock = store.clock if store is not None else clock or Clock()
    store = store or open_store(settings.storage.path, clock=clock,
                                retention_days=settings.storage.retention_days)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram.token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(file_base_url(settings.telegram.api_base_url))
        .defaults(DEFAULTS)
        .context_types(CONTEXT_TYPES)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is None:
        builder = builder.connection_pool_size(SEND_CONNECTIONS)
    else:
        builder = builder.request(request).get_updates_request(request)
    # The builder's types do not follow context_types to the JobQueue: say what it built.
    application = cast(BotApp, builder.build())
    assert application.job_queue is not None, "install python-telegram-bot[job-queue]"
    fetcher = Fetcher(timeout=settings.fetch.timeout, max_bytes=settings.fetch.max_bytes,
                      allow_private_addresses=settings.fetch.allow_private_addresses)
    catalog = SourceCatalog(settings.sources, store)
    scheduler = Scheduler(application.job_queue)
    catalog.on_change = functools.partial(scheduler.reschedule, catalog)
    renderer = Renderer(store, settings.digest, clock)
    lead_chars = settings.digest.lead_chars
    poller = Poller(catalog, fetcher, store, clock, lead_chars=lead_chars,
                    alert_after=settings.fetch.alert_after, wake_delivery=scheduler.wake_delivery,
                    alert=lambda source, state, health: alerts.tell_admins(
                        application.bot, application.bot_data.services, source, state, health))
    application.bot_data.services = Services(
        settings=settings, clock=clock, store=store, catalog=catalog, fetcher=fetcher,
        poller=poller, prober=Prober(fetcher, lead_chars), renderer=renderer,
        deliverer=Deliverer(application.bot, store, renderer.outgoing, settings.delivery, clock,
                            on_store_failure=lambda failure: alerts.tell_admins_store(
                                application.bot, application.bot_data.services, failure)),
        scheduler=scheduler,
    )
    handlers.add_handlers(application)
    return application


async def _post_init(application: BotApp) -> None:
    """Start the store's writer, read the admins' source changes, schedule the jobs, publish menus."""
    svc = application.bot_data.services
    await svc.store.start()
    await svc.catalog.load()
    svc.scheduler.start(svc.catalog)
    await publish_menus(application)
    # What start-up loaded (libraries, the database) lives as long as the bot: keep the
    # collector from scanning it again, which otherwise stalls the event loop ~50 ms at a time.
    gc.freeze()


async def _post_shutdown(application: BotApp) -> None:
    """Close the fetcher and write the store one last time."""
    svc = application.bot_data.services
    await svc.fetcher.aclose()
    await svc.store.close()
