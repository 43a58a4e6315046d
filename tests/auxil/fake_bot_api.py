"""A local aiohttp server that speaks enough of the Telegram Bot API for the real PTB.

Tests point python-telegram-bot at it with ``ApplicationBuilder().base_url(fake.base_url)``
and ``.base_file_url(fake.base_file_url)``; PTB then talks HTTP to 127.0.0.1 exactly as it
would to api.telegram.org. The server plays users (``user_sends`` ...), records what the bot
sent (``sent``, ``calls``), validates messages like Telegram does (HTML, lengths) and can
inject failures (403, migration, 429, 5xx, slow answers) or enforce Telegram's rate limits.

How PTB talks to it (checked against PTB 22.8's source):
- URL: ``f"{base_url}{token}/{method}"`` (``base_url`` without "{token}" gets the token
  appended), always POST; files: ``f"{base_file_url}{token}/{file_path}"`` via GET.
- Bodies are ``application/x-www-form-urlencoded`` (or multipart/form-data when a file is
  uploaded), never JSON; every value is a string: str values as they are, everything else
  (ints, bools, dicts, lists) JSON-encoded. So "chat_id" arrives as "-100123" and
  "reply_markup" as a JSON string; ``_decode_param`` turns them back.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from http import HTTPStatus
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import web

from tests.auxil.loopback import LoopbackServer

if TYPE_CHECKING:
    from telegram.ext import Application

T = TypeVar("T")

BOT_ID = 999000
BOT_USERNAME = "news_test_bot"
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024

# Parameters whose values are plain strings: PTB sends them unencoded, so they must not be
# JSON-decoded (a text "123" must stay a str). Everything else is JSON-decoded when it parses.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "file_id",
        "language_code",
        "url",
        "title",
        "description",
        "short_description",
        "name",
        "emoji",
        "query",
        "secret_token",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "action",
        "document",
        "photo",
        "audio",
        "video",
        "animation",
        "voice",
        "sticker",
        "thumbnail",
    }
)

# Methods that send or change a message in a chat: they hit blocked/migrated chats and
# count against the rate limits.
_CHAT_METHODS = frozenset(
    {"sendmessage", "senddocument", "sendchataction", "editmessagetext", "editmessagereplymarkup"}
)
_RATE_LIMITED_METHODS = frozenset(
    {"sendmessage", "senddocument", "editmessagetext", "editmessagereplymarkup"}
)

_ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "blockquote",
        "span",
        "tg-spoiler",
        "tg-emoji",
    }
)
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


# --------------------------------------------------------------------------- HTML


class TelegramHTMLError(ValueError):
    """Telegram's reason for rejecting an HTML text (the part after "can't parse entities: ")."""


class _TelegramHTMLParser(HTMLParser):
    """Walks Telegram-HTML, raising TelegramHTMLError where Telegram would refuse it."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.parts: list[str] = []

    def _index(self) -> int:
        """Return the character index of the construct being handled."""
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _byte_offset(self, index: int) -> int:
        """Return the UTF-8 byte offset of a character index (Telegram reports bytes)."""
        return len(self._source[:index].encode("utf-8"))

    def _fail(self, message: str, index: int | None = None) -> None:
        at = self._index() if index is None else index
        raise TelegramHTMLError(f"{message} at byte offset {self._byte_offset(at)}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            self._fail(f'Unsupported start tag "{tag}"')
        attributes = dict(attrs)
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            self._fail('Tag "span" must have class "tg-spoiler"')
        if tag == "tg-emoji" and not attributes.get("emoji-id"):
            self._fail('Tag "tg-emoji" must have attribute "emoji-id"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self._fail(f'Unexpected end tag "</{tag}>"')
        expected = self.stack[-1]
        if expected != tag:
            self._fail(f'Unmatched end tag, expected "</{expected}>", found "</{tag}>"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        # HTMLParser passes a stray "<" or "&" through as data; Telegram refuses both.
        for char, escape in (("<", "&lt;"), ("&", "&amp;")):
            position = data.find(char)
            if position >= 0:
                self._fail(
                    f'Character "{char}" is reserved and must be escaped with "{escape}"',
                    self._index() + position,
                )
        self.parts.append(data)

    def _require_semicolon(self, name: str) -> None:
        end = self._index() + 1 + len(name)
        if self._source[end : end + 1] != ";":
            self._fail(f'Entity "&{name}" must end with ";"')

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES:
            self._fail(f'Unsupported HTML entity "&{name};"')
        self._require_semicolon(name)
        self.parts.append(_NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        self._require_semicolon("#" + name)
        try:
            codepoint = int(name[1:], 16) if name[:1] in "xX" else int(name)
        except ValueError:
            codepoint = -1
        if not (0 < codepoint <= 0x10FFFF) or 0xD800 <= codepoint <= 0xDFFF:
            self._fail(f'Invalid numeric HTML entity "&#{name};"')
        self.parts.append(chr(codepoint))

    def handle_comment(self, data: str) -> None:
        self._fail("HTML comments are not supported")

    def handle_decl(self, decl: str) -> None:
        self._fail("HTML declarations are not supported")

    def handle_pi(self, data: str) -> None:
        self._fail("HTML processing instructions are not supported")

    def unknown_decl(self, data: str) -> None:
        self._fail("Unsupported HTML declaration")


def validate_telegram_html(text: str) -> str:
    """Return the visible text of Telegram-HTML ``text``; raise TelegramHTMLError if refused."""
    parser = _TelegramHTMLParser(text)
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise TelegramHTMLError(
            f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"'
        )
    return "".join(parser.parts)


# --------------------------------------------------------------------------- helpers


@dataclass
class Upload:
    """One file part of a multipart request."""

    filename: str | None
    data: bytes
    content_type: str | None


@dataclass
class StoredFile:
    """A file the server can hand out through getFile and the file route."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional parameters."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad_request(description: str) -> ApiError:
    """Return a 400 ApiError with a "Bad Request: ..." description."""
    return ApiError(400, f"Bad Request: {description}")


def _retry_after(seconds: int) -> ApiError:
    """Return the 429 answer Telegram gives when flood control kicks in."""
    seconds = max(1, int(seconds))
    return ApiError(
        429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}
    )


def _decode_param(name: str, value: Any) -> Any:
    """Return a parameter value with PTB's JSON-in-a-string encoding undone."""
    if isinstance(value, str) and name not in _STRING_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # e.g. chat_id="@channel"
    return value


def _as_int(value: Any, name: str) -> int:
    """Return ``value`` as int or raise the 400 Telegram gives for a malformed number."""
    if isinstance(value, bool):
        raise _bad_request(f"invalid {name} specified")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad_request(f"invalid {name} specified") from None


def _infer_chat_type(chat_id: int) -> str:
    """Return the chat type Telegram's id ranges imply."""
    if chat_id > 0:
        return "private"
    if chat_id <= -1_000_000_000_000:
        return "supergroup"
    return "group"


def _update_type(update: dict[str, Any]) -> str:
    """Return the kind of an update ("message", "callback_query", ...)."""
    return next(key for key in update if key != "update_id")


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
    ) -> None:
        self.token = token
        self.enforce_limits = enforce_limits
        self.global_rate = global_rate
        self.private_burst = private_burst
        self.group_per_minute = group_per_minute
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
        self._updates: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._update_event = asyncio.Event()
        self._poll_generation = 0
        self._allowed_updates: set[str] | None = None
        self._webhook_url = ""

        self._chats: dict[int, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._next_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._member_status: dict[tuple[int, int], str] = {}
        self._callback_ids: set[str] = set()
        self._callback_counter = itertools.count(1)
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._file_counter = itertools.count(1)
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._last_commands: list[dict[str, Any]] = []

        self._blocked: set[int] = set()
        self._migrated: dict[int, int] = {}
        self._failures: dict[str, deque[Failure]] = {}

        # Limits mode keeps only timestamps: one deque overall plus one small deque per chat.
        self._global_window: deque[float] = deque()
        self._chat_windows: dict[int, deque[float]] = {}

        self._closing = False
        self._closing_event = asyncio.Event()
        super().__init__()

        self._methods: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {}
        for name, handler in [
            ("getMe", self._get_me),
            ("getUpdates", self._get_updates),
            ("setWebhook", self._set_webhook),
            ("deleteWebhook", self._delete_webhook),
            ("getWebhookInfo", self._get_webhook_info),
            ("setMyCommands", self._set_my_commands),
            ("getMyCommands", self._get_my_commands),
            ("deleteMyCommands", self._delete_my_commands),
            ("sendMessage", self._send_message),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("deleteMessage", self._delete_message),
            ("answerCallbackQuery", self._answer_callback_query),
            ("sendChatAction", self._send_chat_action),
            ("sendDocument", self._send_document),
            ("getFile", self._get_file),
            ("getChatMember", self._get_chat_member),
            ("getChatAdministrators", self._get_chat_administrators),
            ("getChat", self._get_chat),
            ("close", self._true),
            ("logOut", self._true),
        ]:
            self._methods[name.lower()] = (name, handler)

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
        self._closing = True
        self._closing_event.set()
        self._wake_pollers()

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

    def _push_update(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._wake_pollers()
        return update_id

    def _wake_pollers(self) -> None:
        """Wake every waiting getUpdates (new update, newer poll, or shutdown)."""
        self._update_event.set()
        self._update_event = asyncio.Event()

    @staticmethod
    def _command_entities(text: str | None) -> list[dict[str, Any]]:
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
        self._push_update("message", message)
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
        stored = self._store_file(file_bytes, filename, mime_type)
        message = self._user_message(
            chat_id=chat_id,
            user_id=user_id,
            chat_type=chat_type,
            chat_title=chat_title,
            message_thread_id=message_thread_id,
            is_topic_message=is_topic_message,
            language_code=language_code,
            first_name=first_name,
            document=self._document_dict(stored),
            caption=caption,
            caption_entities=self._command_entities(caption) or None,
        )
        self._push_update("message", message)
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
        self._push_update(
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
        return list(self._updates)

    # ------------------------------------------------------------------ test-side state

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Set what getChatMember answers for (chat_id, user_id): creator, administrator, member, restricted, left, kicked."""
        if status not in {"creator", "administrator", "member", "restricted", "left", "kicked"}:
            raise ValueError(f"unknown chat member status {status!r}")
        self._member_status[(chat_id, user_id)] = status

    def block_chat(self, chat_id: int) -> None:
        """Make sends to ``chat_id`` answer 403 "bot was blocked by the user"."""
        self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        """Undo block_chat."""
        self._blocked.discard(chat_id)

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
        queue = self._failures.setdefault(method.lower(), deque())
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
        """Return the commands stored for a scope and language, as getMyCommands would."""
        return self._commands.get(self._scope_key(scope, language_code), [])

    def file_bytes(self, file_id: str) -> bytes:
        """Return the bytes stored under a file_id (user documents and bot uploads)."""
        return self._files[file_id].data

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
                lambda: (found := self.messages_to(chat_id)) and len(found) >= count and found,
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
            lambda: (found := self.calls_of(method)) and len(found) >= count and found,
            timeout,
            what=f"{count} call(s) of {method}; calls so far: {[c[0] for c in self.calls]}",
        )

    # ------------------------------------------------------------------ HTTP plumbing

    def _answer(self, status: int, payload: dict[str, Any]) -> web.Response:
        stats = self.stats
        stats["total"] += 1
        stats["by_code"][status] = stats["by_code"].get(status, 0) + 1
        if status == 200:
            stats["ok"] += 1
        elif status == 429:
            stats["retry_after"] += 1
        return web.json_response(payload, status=status)

    def _error(self, error: ApiError) -> web.Response:
        payload: dict[str, Any] = {
            "ok": False,
            "error_code": error.status,
            "description": error.description,
        }
        if error.parameters:
            payload["parameters"] = error.parameters
        return self._answer(error.status, payload)

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        """Return the call's parameters from query, JSON, urlencoded or multipart bodies."""
        raw: dict[str, Any] = dict(request.query)
        uploads: dict[str, Upload] = {}
        if request.body_exists:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    raw.update(body)
            elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        # aiohttp spools parts to a temp file: close it or a ResourceWarning fails the test.
                        with contextlib.closing(value.file):
                            uploads[key] = Upload(value.filename, value.file.read(), value.content_type)
                    else:
                        raw[key] = value
        params = {key: _decode_param(key, value) for key, value in raw.items()}
        for key, value in list(params.items()):
            # PTB names a part and refers to it as "attach://name" when it can't use the field name.
            if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
                params[key] = uploads.pop(value[9:])
        for key, upload in uploads.items():
            params.setdefault(key, upload)
        return params

    async def _handle_api(self, request: web.Request) -> web.Response:
        try:
            params = await self._read_params(request)
        except ConnectionResetError:  # the client died mid-request (a killed bot)
            return web.Response(status=499)
        except ValueError:
            self.calls.append((request.match_info["method"], {}))
            return self._error(_bad_request("can't parse request body"))
        method_key = request.match_info["method"].lower()
        name, handler = self._methods.get(method_key, (request.match_info["method"], None))
        self.calls.append((name, params))
        if request.match_info["bot"] != f"bot{self.token}":
            return self._error(ApiError(401, "Unauthorized"))
        if handler is None:
            return self._error(ApiError(404, "Not Found"))
        sending = method_key == "sendmessage"
        self.in_flight += sending
        try:
            if self.answer_delay and sending:
                await self._sleep(self.answer_delay)  # a slower Telegram, to catch sends mid-way
            await self._apply_queued_failure(method_key)
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            return self._error(error)
        finally:
            self.in_flight -= sending
        return self._answer(200, {"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        stored = self._files_by_path.get(request.match_info["file_path"])
        if request.match_info["bot"] != f"bot{self.token}" or stored is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _sleep(self, seconds: float) -> None:
        """Sleep ``seconds`` or until the server stops, whichever comes first."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing_event.wait(), seconds)

    async def _apply_queued_failure(self, method_key: str) -> None:
        queue = self._failures.get(method_key)
        if not queue:
            return
        kind, value, *rest = queue.popleft()
        if kind == "delay":
            await self._sleep(float(value))
        elif kind == "retry_after":
            raise _retry_after(int(value))
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
            raise _bad_request(f"{key} is empty")
        if isinstance(value, str) and value.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == value[1:].lower():
                    return int(chat["id"])
            raise _bad_request("chat not found")
        return _as_int(value, key)

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
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )

    def _check_limits(self, chat_id: int) -> None:
        """Raise 429 as Telegram's flood control would; count the message otherwise."""
        if not self.enforce_limits:
            return
        now = time.monotonic()
        overall = self._global_window
        while overall and now - overall[0] >= 1.0:
            overall.popleft()
        if len(overall) >= self.global_rate:
            raise _retry_after(math.ceil(overall[0] + 1.0 - now))
        if chat_id < 0:
            window, cap = 60.0, self.group_per_minute
        else:
            # 1 message/s on average, with a burst of `private_burst` allowed.
            window, cap = float(self.private_burst), self.private_burst
        recent = self._chat_windows.get(chat_id)
        if recent is None:
            recent = self._chat_windows[chat_id] = deque(maxlen=cap)
        while recent and now - recent[0] >= window:
            recent.popleft()
        if len(recent) >= cap:
            raise _retry_after(math.ceil(recent[0] + window - now))
        overall.append(now)
        recent.append(now)

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
                raise _bad_request(f"can't parse entities: {error}") from None
        if mode in ("markdown", "markdownv2"):
            return text  # not validated: the project uses HTML
        raise _bad_request("unsupported parse_mode")

    @staticmethod
    def _check_reply_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise _bad_request("BUTTON_DATA_INVALID")
        return markup

    def _record(self, method: str, chat_id: int, message_id: int, params: dict[str, Any], **extra: Any) -> None:
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

    def _store_file(self, data: bytes, filename: str | None, mime_type: str | None) -> StoredFile:
        number = next(self._file_counter)
        suffix = ""
        if filename and "." in filename:
            suffix = re.sub(r"[^A-Za-z0-9.]", "", "." + filename.rsplit(".", 1)[1])[:10]
        stored = StoredFile(
            file_id=f"FILE{number:06d}",
            file_unique_id=f"U{number:06d}",
            file_path=f"documents/file_{number}{suffix}",
            data=data,
            file_name=filename,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    @staticmethod
    def _document_dict(stored: StoredFile) -> dict[str, Any]:
        document: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            document["file_name"] = stored.file_name
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        return document

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
            member.update(
                dict.fromkeys(
                    [
                        "can_be_edited",
                        "is_anonymous",
                        "can_restrict_members",
                        "can_promote_members",
                        "can_manage_topics",
                    ],
                    False,
                )
            )
            member.update(
                dict.fromkeys(
                    [
                        "can_manage_chat",
                        "can_delete_messages",
                        "can_manage_video_chats",
                        "can_change_info",
                        "can_invite_users",
                        "can_post_stories",
                        "can_edit_stories",
                        "can_delete_stories",
                        "can_pin_messages",
                    ],
                    True,
                )
            )
        elif status == "restricted":
            member.update(
                dict.fromkeys(
                    [
                        "can_change_info",
                        "can_invite_users",
                        "can_pin_messages",
                        "can_send_messages",
                        "can_send_polls",
                        "can_send_other_messages",
                        "can_add_web_page_previews",
                        "can_manage_topics",
                        "can_send_audios",
                        "can_send_documents",
                        "can_send_photos",
                        "can_send_videos",
                        "can_send_video_notes",
                        "can_send_voice_notes",
                        "can_edit_tag",
                    ],
                    False,
                )
            )
            member.update({"is_member": True, "until_date": 0})
        elif status == "kicked":
            member["until_date"] = 0
        return member

    @staticmethod
    def _scope_key(scope: Any, language_code: Any) -> tuple[str, str]:
        return (json.dumps(scope or {"type": "default"}, sort_keys=True), str(language_code or ""))

    # ------------------------------------------------------------------ methods

    def _true(self, params: dict[str, Any]) -> bool:
        return True

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset") or 0, "offset")
        limit = min(100, max(1, _as_int(params.get("limit") or 100, "limit")))
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            # Telegram remembers the last list; an empty list means "all but the opt-in ones".
            self._allowed_updates = set(allowed) or None

        # An offset confirms (drops) earlier updates; a negative one keeps only the last -offset.
        if offset > 0:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        elif offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()

        # A newer getUpdates ends this one with 409, as on Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()
        deadline = time.monotonic() + timeout
        while True:
            batch = [
                update
                for update in self._updates
                if update["update_id"] >= offset
                and (self._allowed_updates is None or _update_type(update) in self._allowed_updates)
            ][:limit]
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self._closing:
                return batch
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._update_event.wait(), remaining)
            if generation != self._poll_generation and not self._closing:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self._webhook_url = str(params.get("url") or "")
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad_request("too many commands")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("command description must be non-empty and at most 256 characters")
        self._commands[self._scope_key(params.get("scope"), params.get("language_code"))] = commands
        self._last_commands = commands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self._commands.get(self._scope_key(params.get("scope"), params.get("language_code")), [])

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self._commands.pop(self._scope_key(params.get("scope"), params.get("language_code")), None)
        return True

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        text = params.get("text")
        if text is None or text == "":
            raise _bad_request("message text is empty")
        text = str(text)
        plain = self._visible_text(text, params.get("parse_mode"))
        if not plain.strip():
            raise _bad_request("message text is empty")
        if len(plain) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        self._check_reply_markup(params.get("reply_markup"))
        self._check_limits(chat_id)
        message = self._bot_message(chat_id, params, text=plain)
        self._record("sendMessage", chat_id, message["message_id"], params, text=text, plain=plain)
        return message

    def _editable_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if params.get("inline_message_id"):
            raise _bad_request("inline messages are not supported by the fake server")
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        message_id = _as_int(params.get("message_id"), "message_id")
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise _bad_request("message to edit not found")
        if message.get("from", {}).get("id") != BOT_ID:
            raise _bad_request("message can't be edited")
        return chat_id, message

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message = self._editable_message(params)
        text = str(params.get("text") or "")
        if not text:
            raise _bad_request("message text is empty")
        plain = self._visible_text(text, params.get("parse_mode"))
        if not plain.strip():
            raise _bad_request("message text is empty")
        if len(plain) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        markup = self._check_reply_markup(params.get("reply_markup"))
        if plain == message.get("text") and markup == message.get("reply_markup"):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        self._check_limits(chat_id)
        message["text"] = plain
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        self._record("editMessageText", chat_id, message["message_id"], params, text=text, plain=plain)
        return message

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message = self._editable_message(params)
        markup = self._check_reply_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup") or (not markup and "reply_markup" not in message):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        self._check_limits(chat_id)
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        return message

    def _delete_message(self, params: dict[str, Any]) -> bool:
        chat_id = self._chat_id(params)
        message_id = _as_int(params.get("message_id"), "message_id")
        if self._messages.pop((chat_id, message_id), None) is None:
            raise _bad_request("message to delete not found")
        return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._callback_ids:
            raise _bad_request("query is too old and response timeout expired or query ID is invalid")
        self._callback_ids.discard(query_id)  # a query can be answered once
        self.callback_answers.append(params)
        return True

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._check_deliverable(self._chat_id(params))
        return True

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        self._check_deliverable(chat_id)
        document = params.get("document")
        if isinstance(document, Upload):
            if not document.data:
                raise _bad_request("file must be non-empty")
            stored = self._store_file(document.data, document.filename, document.content_type)
        elif isinstance(document, str) and document in self._files:
            stored = self._files[document]
        else:
            raise _bad_request("wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        plain = None
        if caption:
            plain = self._visible_text(str(caption), params.get("parse_mode"))
            if len(plain) > MAX_CAPTION_LENGTH:
                raise _bad_request("message caption is too long")
        self._check_reply_markup(params.get("reply_markup"))
        self._check_limits(chat_id)
        message = self._bot_message(
            chat_id, params, document=self._document_dict(stored), caption=plain
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

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise _bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_SIZE:
            raise _bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        user_id = _as_int(params.get("user_id"), "user_id")
        return self._member(chat_id, user_id)

    def _get_chat_administrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat_id = self._chat_id(params)
        if self._chat(chat_id)["type"] == "private":
            raise _bad_request("there are no administrators in the private chat")
        user_ids = [BOT_ID] + [uid for (cid, uid) in self._member_status if cid == chat_id and uid != BOT_ID]
        members = [self._member(chat_id, uid) for uid in user_ids]
        return [m for m in members if m["status"] in ("creator", "administrator")]

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        if chat_id not in self._chats:
            raise _bad_request("chat not found")
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
