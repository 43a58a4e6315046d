"""A local aiohttp server that plays the Telegram Bot API for the real PTB: the methods the bot calls, no more.

Tests point python-telegram-bot at it with ``ApplicationBuilder().base_url(fake.base_url)``
and ``.base_file_url(fake.base_file_url)``; PTB then talks HTTP to 127.0.0.1 exactly as it
would to api.telegram.org (``bot_api_wire`` says how). The server plays users
(``user_sends`` ...), records what the bot sent (``sent``, ``calls``), validates messages as
strictly as Telegram (HTML, lengths, buttons) and can inject failures (403, migration, 429,
5xx, slow answers) or enforce Telegram's rate limits.

``METHODS`` lists the Bot API methods it implements; tests/test_fake_bot_api_parity.py
checks that they are exactly the ones the bot and PTB's runtime call. A method nobody calls
answers 404, as Telegram does for an unknown method: add it when the bot starts using it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import web

from tests.auxil.bot_api_wire import ApiError, Upload, as_int, bad_request, read_params, retry_after
from tests.auxil.file_store import FileStore
from tests.auxil.flood_control import FloodControl
from tests.auxil.loopback import LoopbackServer
from tests.auxil.telegram_html import TelegramHTMLError, validate_telegram_html
from tests.auxil.update_queue import UpdateQueue

if TYPE_CHECKING:
    from telegram.ext import Application

__all__ = [
    "BOT_ID",
    "METHODS",
    "FakeBotAPI",
    "TelegramHTMLError",
    "polling_application",
    "validate_telegram_html",
]

T = TypeVar("T")
Handler = Callable[["FakeBotAPI", dict[str, Any]], Any]

BOT_ID = 999000
BOT_USERNAME = "news_test_bot"
MAX_TEXT_LENGTH = 4096  # UTF-16 code units of the text after entities are parsed, as Telegram counts
MAX_CAPTION_LENGTH = 1024
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)

# The Bot API methods the server implements, by their Bot API name (filled by @_bot_api).
METHODS: dict[str, Handler] = {}


def _bot_api(name: str) -> Callable[[Handler], Handler]:
    """Return a decorator that registers its function as the handler of Bot API method ``name``."""

    def register(handler: Handler) -> Handler:
        METHODS[name] = handler
        return handler

    return register


def utf16_units(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def _infer_chat_type(chat_id: int) -> str:
    """Return the chat type Telegram's id ranges imply."""
    if chat_id > 0:
        return "private"
    if chat_id <= -1_000_000_000_000:
        return "supergroup"
    return "group"


# What PTB requires to build a ChatMemberAdministrator / ChatMemberRestricted.
_ADMIN_FLAGS_OFF = ("can_be_edited", "is_anonymous", "can_restrict_members",
                    "can_promote_members", "can_manage_topics")
_ADMIN_RIGHTS = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                 "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                 "can_delete_stories", "can_pin_messages")
_RESTRICTED_RIGHTS = ("can_change_info", "can_invite_users", "can_pin_messages",
                      "can_send_messages", "can_send_polls", "can_send_other_messages",
                      "can_add_web_page_previews", "can_manage_topics", "can_send_audios",
                      "can_send_documents", "can_send_photos", "can_send_videos",
                      "can_send_video_notes", "can_send_voice_notes", "can_edit_tag",
                      "can_react_to_messages")

Failure = tuple[Any, ...]
_FAILURE_KINDS = frozenset({"status", "retry_after", "delay", "bad_request", "forbidden"})


# --------------------------------------------------------------------------- server


class FakeBotAPI(LoopbackServer):
    """A Telegram Bot API server on 127.0.0.1 for one bot token."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        enforce_limits: bool = False,
        global_rate: float = 30.0,
        private_burst: int = 3,
        group_per_minute: int = 20,
        strict: bool = False,
    ) -> None:
        self.token = token
        # Off by default: most tests send a handful of messages and must not wait for 429s.
        self._flood = (
            FloodControl(global_rate=global_rate, private_burst=private_burst,
                         group_per_minute=group_per_minute, strict=strict)
            if enforce_limits
            else None
        )
        self.answer_delay = 0.0  # seconds each sendMessage waits before it is handled
        self.in_flight = 0  # sendMessage requests received and not yet answered

        self.sent: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.stats: dict[str, Any] = {"total": 0, "ok": 0, "retry_after": 0, "by_code": {}}

        self.bot_user: dict[str, Any] = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "News Bot",
            "username": BOT_USERNAME,
        }
        self._updates = UpdateQueue()
        self._files = FileStore()

        self._chats: dict[int, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._next_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._member_status: dict[tuple[int, int], str] = {}
        self._callback_ids: set[str] = set()
        self._callback_counter = itertools.count(1)
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._last_commands: list[dict[str, Any]] = []

        self._blocked: set[int] = set()
        self._migrated: dict[int, int] = {}
        self._failures: dict[str, deque[Failure]] = {}

        self._closing_event = asyncio.Event()
        super().__init__()

    # ------------------------------------------------------------------ lifecycle

    def make_app(self) -> web.Application:
        """Return the Bot API routes: methods and file downloads."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        # The file route first: its paths have more segments than API calls.
        app.router.add_get("/file/{bot}/{file_path:.+}", self._handle_file)
        app.router.add_route("*", "/{bot}/{method}", self._handle_api)
        return app

    def before_stop(self) -> None:
        """Wake pending long polls and delays."""
        self._closing_event.set()
        self._updates.close()

    @property
    def base_url(self) -> str:
        """Return the URL for PTB's ``base_url`` (PTB appends the token and "/method")."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Return the URL for PTB's ``base_file_url`` (PTB appends token and "/file_path")."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ------------------------------------------------------------------ simulating users

    def add_chat(
        self,
        chat_id: int,
        chat_type: str | None = None,
        *,
        title: str | None = None,
        username: str | None = None,
        first_name: str | None = None,
        is_forum: bool = False,
    ) -> dict[str, Any]:
        """Register (or update) a chat the server knows and return its Chat dict."""
        chat_type = chat_type or _infer_chat_type(chat_id)
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name or "Alice"
        else:
            chat["title"] = title or f"Chat {chat_id}"
        if username:
            chat["username"] = username
        if is_forum:
            chat["is_forum"] = True
        self._chats[chat_id] = chat
        return chat

    def _user(
        self, user_id: int, first_name: str, language_code: str | None
    ) -> dict[str, Any]:
        """Return a user's User dict, remembered for getChatMember."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        return user

    def _user_and_chat(
        self,
        chat_id: int,
        user_id: int | None,
        chat_type: str,
        chat_title: str | None,
        first_name: str,
        language_code: str | None,
        is_forum: bool = False,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Return the User and Chat dicts of a user speaking in a chat, registering both."""
        if user_id is None:
            # Private chats share the user's id; in groups a fixed default user speaks.
            user_id = chat_id if chat_type == "private" else 1001
        user = self._user(user_id, first_name, language_code)
        known = self._chats.get(chat_id)
        if known is None or known["type"] != chat_type or (is_forum and not known.get("is_forum")):
            known = self.add_chat(
                chat_id,
                chat_type,
                title=chat_title,
                first_name=first_name,
                is_forum=is_forum or bool(known and known.get("is_forum")),
            )
        elif chat_title and chat_type != "private":
            known["title"] = chat_title
        return user, known

    def _new_message_id(self, chat_id: int) -> int:
        """Return the next message id in a chat (one counter per chat, like Telegram)."""
        message_id = self._next_message_id.get(chat_id, 0) + 1
        self._next_message_id[chat_id] = message_id
        return message_id

    @staticmethod
    def _command_entities(text: str | None) -> list[dict[str, Any]]:
        """Return the bot_command entity of a text that starts with a command."""
        if not text or not text.startswith("/"):
            return []
        command = text.split(maxsplit=1)[0]
        # Entity lengths are UTF-16 code units.
        return [{"type": "bot_command", "offset": 0, "length": len(command.encode("utf-16-le")) // 2}]

    def _user_message(
        self,
        *,
        chat_id: int,
        user_id: int | None,
        chat_type: str,
        chat_title: str | None,
        message_thread_id: int | None,
        is_topic_message: bool,
        language_code: str | None,
        first_name: str,
        **content: Any,
    ) -> dict[str, Any]:
        """Return a new Message from a user, kept so that the bot can reply to it."""
        user, chat = self._user_and_chat(
            chat_id, user_id, chat_type, chat_title, first_name, language_code, is_topic_message
        )
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id),
            "from": user,
            "chat": dict(chat),
            "date": int(time.time()),
        }
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
        if is_topic_message:
            message["is_topic_message"] = True
        message.update({k: v for k, v in content.items() if v is not None})
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def user_sends(
        self,
        text: str,
        *,
        chat_id: int,
        user_id: int | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
        message_thread_id: int | None = None,
        is_topic_message: bool = False,
        language_code: str | None = "fr",
        first_name: str = "Alice",
        caption: str | None = None,
    ) -> int:
        """Queue a Message update from a user and return the new message's message_id."""
        message = self._user_message(
            chat_id=chat_id,
            user_id=user_id,
            chat_type=chat_type,
            chat_title=chat_title,
            message_thread_id=message_thread_id,
            is_topic_message=is_topic_message,
            language_code=language_code,
            first_name=first_name,
            text=text,
            entities=self._command_entities(text) or None,
            caption=caption,
            caption_entities=self._command_entities(caption) or None,
        )
        self._updates.push("message", message)
        return int(message["message_id"])

    def user_sends_document(
        self,
        file_bytes: bytes,
        filename: str,
        *,
        chat_id: int,
        caption: str | None = None,
        mime_type: str | None = None,
        user_id: int | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
        message_thread_id: int | None = None,
        is_topic_message: bool = False,
        language_code: str | None = "fr",
        first_name: str = "Alice",
    ) -> int:
        """Queue a Message update carrying a document (downloadable via getFile); return its message_id."""
        stored = self._files.add(file_bytes, filename, mime_type)
        message = self._user_message(
            chat_id=chat_id,
            user_id=user_id,
            chat_type=chat_type,
            chat_title=chat_title,
            message_thread_id=message_thread_id,
            is_topic_message=is_topic_message,
            language_code=language_code,
            first_name=first_name,
            document=stored.document(),
            caption=caption,
            caption_entities=self._command_entities(caption) or None,
        )
        self._updates.push("message", message)
        return int(message["message_id"])

    def user_presses(
        self,
        callback_data: str,
        *,
        chat_id: int,
        message_id: int,
        user_id: int | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
        language_code: str | None = "fr",
        first_name: str = "Alice",
    ) -> str:
        """Queue a callback_query update for a button under ``message_id``; return the query id."""
        user, chat = self._user_and_chat(
            chat_id, user_id, chat_type, chat_title, first_name, language_code
        )
        message = self._messages.get((chat_id, message_id))
        if message is None:
            # A message the server never saw (e.g. sent before a restart): still accessible.
            message = {
                "message_id": message_id,
                "from": self.bot_user,
                "chat": dict(chat),
                "date": int(time.time()),
                "text": "",
            }
        query_id = f"cbq{next(self._callback_counter)}"
        self._callback_ids.add(query_id)
        self._updates.push(
            "callback_query",
            {
                "id": query_id,
                "from": user,
                "message": message,
                "chat_instance": f"ci{chat_id}",
                "data": callback_data,
            },
        )
        return query_id

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Return the updates not yet confirmed by a getUpdates offset."""
        return self._updates.pending

    # ------------------------------------------------------------------ test-side state

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Set what getChatMember answers for (chat_id, user_id): creator, administrator, member, restricted, left, kicked."""
        if status not in {"creator", "administrator", "member", "restricted", "left", "kicked"}:
            raise ValueError(f"unknown chat member status {status!r}")
        self._member_status[(chat_id, user_id)] = status

    def block_chat(self, chat_id: int) -> None:
        """Make sends to ``chat_id`` answer 403 "bot was blocked by the user"."""
        self._blocked.add(chat_id)

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Make sends to ``old_id`` answer 400 with migrate_to_chat_id=new_id."""
        self._migrated[old_id] = new_id
        old = self._chats.get(old_id)
        self.add_chat(new_id, "supergroup", title=old.get("title") if old else None)

    def queue_failures(self, method: str, failures: Iterable[Failure]) -> None:
        """Make the next calls of ``method`` fail, one failure per call, in order.

        Kinds: ("status", 502), ("retry_after", 3), ("delay", 5.0) (sleep, then answer
        normally: the message IS delivered, as when a client times out on a slow Telegram),
        ("bad_request", "Bad Request: ..."), ("forbidden", "Forbidden: ...").
        ("status", code, description) sets the description too.
        """
        if method not in METHODS:
            # A failure queued for a method the fake does not implement would never fire.
            raise ValueError(f"{method!r} is not a Bot API method the fake implements")
        queue = self._failures.setdefault(method, deque())
        for failure in failures:
            if not failure or failure[0] not in _FAILURE_KINDS:
                raise ValueError(f"unknown failure {failure!r}")
            queue.append(tuple(failure))

    def messages_to(self, chat_id: int, method: str | None = None) -> list[dict[str, Any]]:
        """Return the records in ``sent`` for ``chat_id`` (optionally one method only), oldest first."""
        return [
            record
            for record in self.sent
            if record["chat_id"] == chat_id and (method is None or record["method"] == method)
        ]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        """Return the params of every call of ``method`` (case-insensitive)."""
        wanted = method.lower()
        return [params for name, params in self.calls if name.lower() == wanted]

    @property
    def commands(self) -> list[dict[str, Any]]:
        """Return the command list of the last setMyCommands call."""
        return self._last_commands

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Return the commands setMyCommands stored for a scope and language."""
        return self._commands.get(self._scope_key(scope, language_code), [])

    def file_bytes(self, file_id: str) -> bytes:
        """Return the bytes stored under a file_id (user documents and bot uploads)."""
        stored = self._files.by_id(file_id)
        if stored is None:
            raise KeyError(file_id)
        return stored.data

    async def wait_for(
        self, predicate: Callable[[], T], timeout: float = 10.0, what: str = "condition"
    ) -> T:
        """Return the first truthy value of ``predicate()``; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            await asyncio.sleep(0.01)

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Return the sent records for ``chat_id`` once there are ``count``; AssertionError with what was sent otherwise."""
        try:
            return await self.wait_for(
                lambda: found if len(found := self.messages_to(chat_id)) >= count else [],
                timeout,
            )
        except AssertionError:
            found = self.messages_to(chat_id)
            everything = [(r["method"], r["chat_id"], r["text"] or r["caption"]) for r in self.sent]
            raise AssertionError(
                f"expected {count} message(s) to chat {chat_id} within {timeout}s, "
                f"got {len(found)}: {[r['text'] or r['caption'] for r in found]!r}; "
                f"all sent: {everything!r}"
            ) from None

    async def wait_for_calls(
        self, method: str, count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Return the params of ``method``'s calls once there are ``count``; AssertionError otherwise."""
        return await self.wait_for(
            lambda: found if len(found := self.calls_of(method)) >= count else [],
            timeout,
            what=f"{count} call(s) of {method}; calls so far: {[c[0] for c in self.calls]}",
        )

    # ------------------------------------------------------------------ HTTP plumbing

    def _answer(self, status: int, payload: dict[str, Any]) -> web.Response:
        """Return the JSON response, counted in ``stats``."""
        stats = self.stats
        stats["total"] += 1
        stats["by_code"][status] = stats["by_code"].get(status, 0) + 1
        if status == 200:
            stats["ok"] += 1
        elif status == 429:
            stats["retry_after"] += 1
        return web.json_response(payload, status=status)

    def _error(self, error: ApiError) -> web.Response:
        """Return the error response Telegram would send."""
        return self._answer(error.status, error.payload())

    async def _handle_api(self, request: web.Request) -> web.Response:
        """Return the answer to one Bot API call, recorded in ``calls``."""
        requested = request.match_info["method"]
        # Telegram matches method names case-insensitively.
        name = next((known for known in METHODS if known.lower() == requested.lower()), requested)
        try:
            params = await read_params(request)
        except ConnectionResetError:  # the client died mid-request (a killed bot)
            return web.Response(status=499)
        except ValueError:
            self.calls.append((name, {}))
            return self._error(bad_request("can't parse request body"))
        self.calls.append((name, params))
        if request.match_info["bot"] != f"bot{self.token}":
            return self._error(ApiError(401, "Unauthorized"))
        handler = METHODS.get(name)
        if handler is None:
            return self._error(ApiError(404, "Not Found"))
        sending = name == "sendMessage"
        self.in_flight += sending
        try:
            if self.answer_delay and sending:
                await self._sleep(self.answer_delay)  # a slower Telegram, to catch sends mid-way
            await self._apply_queued_failure(name)
            result = handler(self, params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            return self._error(error)
        finally:
            self.in_flight -= sending
        return self._answer(200, {"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        """Return a stored file's bytes, as Telegram's file server does."""
        stored = self._files.by_path(request.match_info["file_path"])
        if request.match_info["bot"] != f"bot{self.token}" or stored is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _sleep(self, seconds: float) -> None:
        """Sleep ``seconds`` or until the server stops, whichever comes first."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing_event.wait(), seconds)

    async def _apply_queued_failure(self, method: str) -> None:
        """Play the next failure queued for ``method``, if any."""
        queue = self._failures.get(method)
        if not queue:
            return
        kind, value, *rest = queue.popleft()
        if kind == "delay":
            await self._sleep(float(value))
        elif kind == "retry_after":
            raise retry_after(int(value))
        elif kind == "bad_request":
            raise ApiError(400, str(value))
        elif kind == "forbidden":
            raise ApiError(403, str(value))
        else:  # "status"
            status = int(value)
            description = rest[0] if rest else HTTPStatus(status).phrase
            raise ApiError(status, description)

    # ------------------------------------------------------------------ chat helpers

    def _chat_id(self, params: dict[str, Any], key: str = "chat_id") -> int:
        """Return the numeric chat id of a call, resolving "@username"; 400 like Telegram."""
        value = params.get(key)
        if value is None or value == "":
            raise bad_request(f"{key} is empty")
        if isinstance(value, str) and value.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == value[1:].lower():
                    return int(chat["id"])
            raise bad_request("chat not found")
        return as_int(value, key)

    def _chat(self, chat_id: int) -> dict[str, Any]:
        """Return the Chat dict the server knows, or one inferred from the id."""
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        chat_type = _infer_chat_type(chat_id)
        if chat_type == "private":
            return {"id": chat_id, "type": chat_type, "first_name": "User"}
        return {"id": chat_id, "type": chat_type, "title": f"Chat {chat_id}"}

    def _check_deliverable(self, chat_id: int) -> None:
        """Raise what Telegram answers for a blocked or migrated chat."""
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )

    def _check_limits(self, chat_id: int) -> None:
        """Raise 429 as Telegram's flood control would, when limits are enforced."""
        refusal = self._flood.refusal(chat_id) if self._flood is not None else None
        if refusal is not None:
            raise refusal

    @staticmethod
    def _visible_text(text: str, parse_mode: Any) -> str:
        """Return the text Telegram would show, or raise 400 "can't parse entities"."""
        if parse_mode is None or parse_mode == "":
            return text
        mode = str(parse_mode).lower()
        if mode == "html":
            try:
                return validate_telegram_html(text)
            except TelegramHTMLError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        # Markdown is not validated: the bot sends HTML, and a mode it starts using must be
        # checked here as strictly as HTML before it passes.
        raise bad_request(f"unsupported parse_mode {parse_mode!r} (the fake validates HTML only)")

    @staticmethod
    def _check_reply_markup(markup: Any) -> dict[str, Any] | None:
        """Return the decoded reply markup; 400 for bad JSON or callback data Telegram refuses."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
        return markup

    def _record(self, method: str, chat_id: int, message_id: int, params: dict[str, Any], **extra: Any) -> None:
        """Append what the bot sent to ``sent``."""
        record: dict[str, Any] = {
            "method": method,
            "chat_id": chat_id,
            "message_id": message_id,
            "text": params.get("text"),
            "plain": None,
            "caption": params.get("caption"),
            "parse_mode": params.get("parse_mode"),
            "message_thread_id": params.get("message_thread_id"),
            "disable_notification": params.get("disable_notification"),
            "link_preview_options": params.get("link_preview_options"),
            "reply_markup": params.get("reply_markup"),
            "params": params,
        }
        record.update(extra)
        self.sent.append(record)

    def _bot_message(self, chat_id: int, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        """Return a new Message from the bot, kept so that it can be edited and pressed."""
        chat = self._chat(chat_id)
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
        }
        thread = params.get("message_thread_id")
        if thread is not None:
            message["message_thread_id"] = thread
            if chat.get("is_forum"):
                message["is_topic_message"] = True
        message.update({k: v for k, v in content.items() if v is not None})
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        """Return the ChatMember dict for (chat_id, user_id)."""
        status = self._member_status.get((chat_id, user_id))
        if status is None:
            if user_id == BOT_ID:
                status = "administrator"
            elif self._chat(chat_id)["type"] == "private":
                status = "creator"
            else:
                status = "member"
        if user_id == BOT_ID:
            user = self.bot_user
        else:
            user = self._users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(dict.fromkeys(_ADMIN_FLAGS_OFF, False))
            member.update(dict.fromkeys(_ADMIN_RIGHTS, True))
        elif status == "restricted":
            member.update(dict.fromkeys(_RESTRICTED_RIGHTS, False))
            member.update({"is_member": True, "until_date": 0})
        elif status == "kicked":
            member["until_date"] = 0
        return member

    @staticmethod
    def _scope_key(scope: Any, language_code: Any) -> tuple[str, str]:
        """Return the key command lists are stored under: one list per scope and language."""
        return (json.dumps(scope or {"type": "default"}, sort_keys=True), str(language_code or ""))

    # ------------------------------------------------------------------ methods

    @_bot_api("getMe")
    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the bot's User, as PTB's initialize() reads it."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    @_bot_api("getUpdates")
    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Return the pending updates, long polling up to ``timeout`` seconds."""
        allowed = params.get("allowed_updates")
        return await self._updates.get(
            offset=as_int(params.get("offset") or 0, "offset"),
            limit=min(100, max(1, as_int(params.get("limit") or 100, "limit"))),
            timeout=float(params.get("timeout") or 0),
            allowed=allowed if isinstance(allowed, list) else None,
        )

    @_bot_api("setWebhook")
    def _set_webhook(self, params: dict[str, Any]) -> bool:
        """Return True after remembering the webhook (getUpdates then answers 409)."""
        self._updates.set_webhook(str(params.get("url") or ""))
        return True

    @_bot_api("deleteWebhook")
    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        """Return True after forgetting the webhook (and the pending updates if asked)."""
        self._updates.delete_webhook(drop_pending=bool(params.get("drop_pending_updates")))
        return True

    @_bot_api("setMyCommands")
    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        """Return True after storing a valid command list for its scope and language."""
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("command description must be non-empty and at most 256 characters")
        self._commands[self._scope_key(params.get("scope"), params.get("language_code"))] = commands
        self._last_commands = commands
        return True

    @_bot_api("sendMessage")
    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the sent Message; 400 for what Telegram refuses."""
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        text = params.get("text")
        if text is None or text == "":
            raise bad_request("message text is empty")
        text = str(text)
        plain = self._visible_text(text, params.get("parse_mode"))
        if not plain.strip():
            raise bad_request("message text is empty")
        if utf16_units(plain) > MAX_TEXT_LENGTH:
            raise bad_request("message is too long")
        self._check_reply_markup(params.get("reply_markup"))
        self._check_limits(chat_id)
        message = self._bot_message(chat_id, params, text=plain)
        self._record("sendMessage", chat_id, message["message_id"], params, text=text, plain=plain)
        return message

    def _editable_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Return the chat id and the bot's message an edit names; 400 as Telegram otherwise."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake server")
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        message_id = as_int(params.get("message_id"), "message_id")
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != BOT_ID:
            raise bad_request("message can't be edited")
        return chat_id, message

    @_bot_api("editMessageText")
    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the edited Message; 400 for what Telegram refuses, an unchanged text too."""
        chat_id, message = self._editable_message(params)
        text = str(params.get("text") or "")
        if not text:
            raise bad_request("message text is empty")
        plain = self._visible_text(text, params.get("parse_mode"))
        if not plain.strip():
            raise bad_request("message text is empty")
        if utf16_units(plain) > MAX_TEXT_LENGTH:
            raise bad_request("message is too long")
        markup = self._check_reply_markup(params.get("reply_markup"))
        if plain == message.get("text") and markup == message.get("reply_markup"):
            raise bad_request(_NOT_MODIFIED)
        self._check_limits(chat_id)
        message["text"] = plain
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        self._record("editMessageText", chat_id, message["message_id"], params, text=text, plain=plain)
        return message

    @_bot_api("answerCallbackQuery")
    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        """Return True for a known, unanswered query id."""
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._callback_ids:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        self._callback_ids.discard(query_id)  # a query can be answered once
        self.callback_answers.append(params)
        return True

    @_bot_api("sendChatAction")
    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        """Return True for a chat the bot may write to."""
        self._check_deliverable(self._chat_id(params))
        return True

    @_bot_api("sendDocument")
    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the sent Message with its document stored for getFile."""
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        document = params.get("document")
        if isinstance(document, Upload):
            if not document.data:
                raise bad_request("file must be non-empty")
            stored = self._files.add(document.data, document.filename, document.content_type)
        elif isinstance(document, str) and (known := self._files.by_id(document)) is not None:
            stored = known
        else:
            raise bad_request("wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        plain = None
        if caption:
            plain = self._visible_text(str(caption), params.get("parse_mode"))
            if utf16_units(plain) > MAX_CAPTION_LENGTH:
                raise bad_request("message caption is too long")
        self._check_reply_markup(params.get("reply_markup"))
        self._check_limits(chat_id)
        message = self._bot_message(
            chat_id, params, document=stored.document(), caption=plain
        )
        self._record(
            "sendDocument",
            chat_id,
            message["message_id"],
            params,
            plain=plain,
            filename=stored.file_name,
            data=stored.data,
            mime_type=stored.mime_type,
            file_id=stored.file_id,
        )
        return message

    @_bot_api("getFile")
    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the File of a stored file_id, its file_path served by the file route."""
        stored = self._files.by_id(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_SIZE:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    @_bot_api("getChatMember")
    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the ChatMember of a user in a chat (see set_member_status)."""
        chat_id = self._chat_id(params)
        user_id = as_int(params.get("user_id"), "user_id")
        return self._member(chat_id, user_id)

    @_bot_api("getChat")
    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        """Return the ChatFullInfo of a chat the server knows; 400 otherwise."""
        chat_id = self._chat_id(params)
        if chat_id not in self._chats:
            raise bad_request("chat not found")
        return {
            **self._chats[chat_id],
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }


# --------------------------------------------------------------------------- PTB helper


@contextlib.asynccontextmanager
async def polling_application(
    app: Application[Any, Any, Any, Any, Any, Any], *, timeout: int = 1
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Yield ``app`` initialized, started and long polling; stop and shut it down after.

    Stopping happens in ``finally``: Application.shutdown() refuses a running app, so a
    failing assertion inside a bare ``async with app`` would leave pending tasks behind.
    A short long-poll ``timeout`` keeps teardown quick (PTB cancels the pending poll anyway).
    """
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=timeout)
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
