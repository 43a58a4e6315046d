"""build_application(settings): the store, fetcher, poller, renderer, deliverer, handlers and the operators' endpoint, wired.

No logic of its own: each part is made once here and handed what it needs.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import secrets
from typing import Any, cast
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot import parsing
from bot.chat import alerts, handlers
from bot.chat.context import CONTEXT_TYPES, BotApp
from bot.chat.delivery import Deliverer
from bot.chat.menu import publish_menus
from bot.chat.pacing import Pacer
from bot.chat.render import Renderer
from bot.clock import Clock
from bot.config import Settings
from bot.jobs import DELIVERY_EVERY, SHARED_DELIVERY_EVERY, Scheduler
from bot.news.fetch import Fetcher
from bot.ops.health import LoopLag, check_health
from bot.ops.server import OpsServer
from bot.poller import Poller
from bot.probe import Prober
from bot.replicas import Replica
from bot.services import Services
from bot.sources import SourceCatalog
from bot.store import Store, open_store

SEND_CONNECTIONS = 64  # deliveries go out concurrently, up to the rate limit
# The updates the bot handles, asked of Telegram by polling and by webhook alike.
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "my_chat_member"]

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
    the one `settings.storage` names is opened (PostgreSQL when `[storage] url` is set: its
    schema made or upgraded here, its pool opened when the store starts). `request` replaces PTB's HTTP client (offline
    tests answer the Bot API from a table). Raises StoreError when the database cannot be
    opened (the file is left untouched).
    """
    clock = store.clock if store is not None else clock or Clock()
    store = store or open_store(settings.storage.url or settings.storage.path, clock=clock,
                                retention_days=settings.storage.retention_days)
    pacer = Pacer(settings.delivery)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram.token)
        .base_url(settings.telegram.api_base_url)
        .base_file_url(file_base_url(settings.telegram.api_base_url))
        .defaults(DEFAULTS)
        .context_types(CONTEXT_TYPES)
        .rate_limiter(pacer)  # every message the bot sends is paced here, deliveries included
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
    # A database server may be shared with other replicas: deliveries they queue are looked for often.
    scheduler = Scheduler(application.job_queue,
                          delivery_every=SHARED_DELIVERY_EVERY if settings.storage.url else DELIVERY_EVERY)
    catalog.on_change = functools.partial(scheduler.reschedule, catalog)
    replica = Replica(store.leases, clock)
    renderer = Renderer(store, settings.digest, clock)
    lead_chars = settings.digest.lead_chars
    poller = Poller(catalog, fetcher, store, clock, lead_chars=lead_chars,
                    alert_after=settings.fetch.alert_after, wake_delivery=scheduler.wake_delivery,
                    max_articles=settings.digest.max_articles, replica=replica,
                    alert=lambda source, state, health: alerts.tell_admins(
                        application.bot, application.bot_data.services, source, state, health))
    application.bot_data.services = Services(
        settings=settings, clock=clock, store=store, catalog=catalog, fetcher=fetcher,
        poller=poller, prober=Prober(fetcher, lead_chars), renderer=renderer,
        deliverer=Deliverer(application.bot, store, renderer.outgoing, settings.delivery, clock,
                            pacer=pacer, may_send=replica.may_send,
                            on_store_failure=lambda failure: alerts.tell_admins_store(
                                application.bot, application.bot_data.services, failure)),
        scheduler=scheduler, replica=replica,
    )
    handlers.add_handlers(application)
    ops = Operations(application)
    application.post_init = functools.partial(_post_init, ops=ops)
    application.post_shutdown = functools.partial(_post_shutdown, ops=ops)
    return application


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Return the arguments of PTB's run_webhook / Updater.start_webhook for `[telegram] webhook_*`.

    The listener serves webhook_url's path; every update must carry the secret
    (X-Telegram-Bot-Api-Secret-Token), a random one per start when the config leaves it empty.
    """
    telegram = settings.telegram
    return {
        "listen": telegram.webhook_listen,
        "port": telegram.webhook_port,
        "url_path": urlsplit(telegram.webhook_url).path.lstrip("/"),
        "webhook_url": telegram.webhook_url,
        "secret_token": telegram.webhook_secret or secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


class Operations:
    """The event loop's lag monitor and, when `[ops] enabled`, the endpoint for /healthz and /metrics."""

    def __init__(self, application: BotApp) -> None:
        self.application = application
        self.lag = LoopLag()
        self.server: OpsServer | None = None
        self.started = 0.0

    async def start(self) -> None:
        """Start measuring the loop and serving the endpoint (OSError when its port is taken)."""
        svc = self.application.bot_data.services
        self.started = svc.clock.now()
        self.lag.start()
        limits = svc.settings.ops
        if not limits.enabled:
            return
        self.server = OpsServer(
            limits.listen, limits.port, backlog=svc.store.outbox.pending_count,
            check=lambda: check_health(store=svc.store, catalog=svc.catalog, clock=svc.clock,
                                       limits=limits, lag=self.lag, started=self.started,
                                       newest_success=svc.poller.newest_success))
        await self.server.start()

    async def stop(self) -> None:
        """Stop serving and measuring."""
        if self.server is not None:
            await self.server.stop()
        await self.lag.stop()


async def _post_init(application: BotApp, *, ops: Operations) -> None:
    """Start the store's writer, read the admins' source changes, schedule the jobs, publish menus, serve operators."""
    svc = application.bot_data.services
    await svc.store.start()
    await svc.catalog.load()
    svc.scheduler.start(svc.catalog)
    await publish_menus(application)
    await ops.start()
    # What start-up loaded (libraries, the database) lives as long as the bot: keep the
    # collector from scanning it again, which otherwise stalls the event loop ~50 ms at a time.
    gc.freeze()


async def _post_shutdown(application: BotApp, *, ops: Operations) -> None:
    """Stop the operators' endpoint, give up this replica's leases, close the fetcher, write the store, stop the parse workers."""
    await ops.stop()
    svc = application.bot_data.services
    await svc.replica.release()  # another replica sends (and polls updates) at once, not after expiry
    await svc.fetcher.aclose()
    await svc.store.close()
    await asyncio.to_thread(parsing.close)  # a blocking call of a few ms: off the loop
