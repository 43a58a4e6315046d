"""The bot's handlers run offline: real services and real PTB objects, no HTTP, no polling.

`offline_bot(settings)` builds the application with `build_application` (the real store,
catalog, poller, renderer...) and gives it a bot whose requests go to `TableRequest`, a
`telegram.request.BaseRequest` (PTB's own seam between a Bot and HTTP) that records each
Bot API call and answers it from a table. Updates are real `telegram.Update`s made with
`Update.de_json`, and handlers get a `BotContext` made by PTB for the application:

    async with offline_bot(settings) as bot:
        update = bot.message("/subscribe lemonde")
        replies = await bot.call(commands.subscribe, update)   # one handler, directly
        replies = await bot.send(update)                       # or as the application routes it

Nothing is started: no long polling, no job runs, no delivery (the jobs are scheduled on a
JobQueue that never starts). Only what a handler sends itself is recorded.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.app import build_application
from bot.chat.context import BotApp, BotContext
from bot.clock import ManualClock
from bot.config import Settings, StorageSettings, TelegramSettings
from bot.models import Source
from bot.services import Services

TOKEN = "123456:OFFLINE-TOKEN"
BOT_ID = 123456
BOT_USERNAME = "news_offline_bot"
NOWHERE = "http://bot-api.invalid/bot"  # nothing may reach it: .invalid never resolves
ADMIN = 42  # the bot's admin in offline_settings; in a private chat, chat id = user id

Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
Answer = Callable[[dict[str, Any]], Any]  # a method's parameters -> its result


@dataclass(frozen=True)
class Call:
    """One Bot API call the bot made: the method's name and its parameters."""

    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        """Return the text or caption the call sent ("" if none)."""
        return str(self.params.get("text") or self.params.get("caption") or "")


class TableRequest(BaseRequest):
    """A BaseRequest that records every call and answers it from `answers`, by method name.

    A method without an answer gets a 400, as Telegram answers a call it refuses, so a test
    sees an unexpected call instead of a made-up success.
    """

    def __init__(self, answers: dict[str, Answer] | None = None) -> None:
        self.calls: list[Call] = []
        self.members: dict[tuple[int, int], str] = {}  # (chat, user) -> status; else "member"
        self.chats: dict[int, dict[str, Any]] = {}  # chat id -> the Chat JSON updates used
        self._message_ids = itertools.count(1)
        self.answers: dict[str, Answer] = {
            "getMe": lambda p: bot_user(),
            "sendMessage": self._message,
            "editMessageText": self._message,
            "sendDocument": self._message,
            "getChatMember": self._member,
            "sendChatAction": lambda p: True,
            "answerCallbackQuery": lambda p: True,
            "setMyCommands": lambda p: True,
            "deleteMyCommands": lambda p: True,
            **(answers or {}),
        }

    @property
    def read_timeout(self) -> float | None:
        """Return the default read timeout: nothing is read, nothing waits."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Record the call and answer it from the table: (HTTP status, the Bot API's JSON)."""
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        self.calls.append(Call(name, params))
        answer = self.answers.get(name)
        if answer is None:
            body = {"ok": False, "error_code": 400,
                    "description": f"Bad Request: the offline table has no answer for {name}"}
            return 400, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": answer(params)}).encode()

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        sent: dict[str, Any] = {
            "message_id": params.get("message_id") or next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chats.get(chat_id, chat_json(chat_id)),
            "from": bot_user(),
        }
        if "text" in params:
            sent["text"] = params["text"]
        if params.get("message_thread_id") is not None:
            sent["message_thread_id"] = params["message_thread_id"]
        return sent

    def _member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        return member_json(user_id, self.members.get((chat_id, user_id), "member"))


def bot_user() -> dict[str, Any]:
    """Return the bot's own User, as getMe answers."""
    return {"id": BOT_ID, "is_bot": True, "first_name": "News", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False}


def user_json(user_id: int, language_code: str | None = None) -> dict[str, Any]:
    """Return a human User."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    if language_code:
        user["language_code"] = language_code
    return user


def chat_json(chat_id: int, chat_type: str | None = None, title: str | None = None) -> dict[str, Any]:
    """Return a Chat: private for a positive id unless told, a group otherwise."""
    kind = chat_type or ("private" if chat_id > 0 else "group")
    chat: dict[str, Any] = {"id": chat_id, "type": kind}
    if kind == "private":
        chat["first_name"] = f"User{chat_id}"
    else:
        chat["title"] = title or f"Chat {chat_id}"
    return chat


def member_json(user_id: int, status: str) -> dict[str, Any]:
    """Return a ChatMember of a status, with the fields PTB requires of that status."""
    member: dict[str, Any] = {"status": status, "user": user_json(user_id)}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update({right: False for right in (
            "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
            "can_manage_video_chats", "can_restrict_members", "can_promote_members",
            "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
            "can_delete_stories")})
    return member


def offline_settings(tmp_path: Path, sources: list[Source], *, admins: tuple[int, ...] = (ADMIN,),
                     **sections: Any) -> Settings:
    """Return settings whose Bot API is nowhere (nothing is sent over HTTP) and whose store is in tmp_path."""
    settings = Settings(
        telegram=TelegramSettings(token=TOKEN, api_base_url=NOWHERE, admins=admins),
        storage=StorageSettings(path=tmp_path / "bot.json"),
        sources=tuple(sources),
    )
    return dataclasses.replace(settings, **sections)


@dataclass
class OfflineBot:
    """The application with its recording bot, and how tests make updates and run handlers."""

    app: BotApp
    request: TableRequest
    clock: ManualClock
    _update_ids: Any = field(default_factory=lambda: itertools.count(1))

    @property
    def services(self) -> Services:
        """Return the services the application was built with."""
        return self.app.bot_data.services

    @property
    def calls(self) -> list[Call]:
        """Return every Bot API call made so far (getMe and the menus included)."""
        return self.request.calls

    def message(self, text: str, *, chat_id: int = ADMIN, user_id: int | None = None,
                chat_type: str | None = None, chat_title: str | None = None,
                language_code: str | None = None, message_thread_id: int | None = None) -> Update:
        """Return the Update of a user's text message, as Telegram would send it (commands marked)."""
        chat = chat_json(chat_id, chat_type, chat_title)
        self.request.chats[chat_id] = chat
        sender = user_id if user_id is not None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._update_ids) + 10_000,
            "date": int(time.time()),
            "chat": chat,
            "from": user_json(sender, language_code),
            "text": text,
        }
        command = text.split()[0] if text.startswith("/") and text.split() else ""
        if command:
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if message_thread_id is not None:
            message.update(message_thread_id=message_thread_id, is_topic_message=True)
        return Update.de_json({"update_id": next(self._update_ids), "message": message}, self.app.bot)

    def since(self, mark: int, method: str = "sendMessage") -> list[str]:
        """Return the texts the bot sent with `method` after call number `mark`."""
        return [c.text for c in self.request.calls[mark:] if c.method == method]

    async def call(self, handler: Handler, update: Update) -> list[str]:
        """Run one handler on an update, with the context PTB makes; return the texts it sent.

        The context's args are the message's words after the command, as CommandHandler sets them.
        """
        context = BotContext.from_update(update, self.app)
        message = update.effective_message
        if message is not None and message.text and message.text.startswith("/"):
            context.args = message.text.split()[1:]
        mark = len(self.request.calls)
        await handler(update, context)
        return self.since(mark)

    async def send(self, update: Update) -> list[str]:
        """Route an update through the application's handlers (the first that matches, as PTB
        does in group 0) and run it; return the texts the bot sent. AssertionError if none matches.
        """
        mark = len(self.request.calls)
        for handler in self.app.handlers.get(0, []):
            check = handler.check_update(update)
            if check is None or check is False:
                continue
            context = BotContext.from_update(update, self.app)
            await handler.handle_update(update, self.app, check, context)
            return self.since(mark)
        raise AssertionError(f"no handler of the application matches {update.to_dict()}")


@asynccontextmanager
async def offline_bot(settings: Settings, *, clock: ManualClock | None = None,
                      request: TableRequest | None = None) -> AsyncIterator[OfflineBot]:
    """Yield the application built by build_application, its bot answering from a table.

    The store, catalog and menus are set up as at start-up (post_init), the jobs scheduled
    but never run; the store is closed after.
    """
    clock = clock or ManualClock()
    request = request or TableRequest()
    app = build_application(settings, clock=clock, request=request)  # no HTTP: answers from a table
    await app.bot.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    try:
        yield OfflineBot(app, request, clock)
    finally:
        await app.post_shutdown(app)
        await app.bot.shutdown()
