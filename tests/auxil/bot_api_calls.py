"""The Bot API methods a program calls through python-telegram-bot, read statically from its source.

A call is found by its attribute name, whatever the receiver is called, so moving code
between modules or renaming variables does not hide it:
- ``telegram.Bot`` methods (``context.bot.send_message`` -> sendMessage), their names taken
  from ``dir(telegram.Bot)``;
- PTB's shortcuts on Telegram objects (``message.reply_text`` -> sendMessage,
  ``query.answer`` -> answerCallbackQuery, ``document.get_file`` -> getFile), their targets
  read from PTB's own source, so a PTB upgrade updates them;
- ``bot.do_api_request("methodName")`` with a literal name.
Two kinds of names need help, both handled below: names that stand for several Bot API
methods (``answer``: SHORTCUT_MEANS says which one the bot means), and names ordinary
Python objects also have (``close``, ``copy``: counted only on a receiver named like a bot).
"""

from __future__ import annotations

import ast
import functools
import inspect
import io
import textwrap
from collections.abc import Iterable
from pathlib import Path

import telegram
from telegram.ext import Application, Updater

# Method names that may stand for more than one Bot API method (`answer` is a shortcut of
# CallbackQuery, InlineQuery, ShippingQuery and PreCheckoutQuery; Message.delete may delete
# a business message), and the one the bot means. A name missing here makes `calls_in`
# raise: add what the bot's call means. (`answer`: the bot answers callback queries only.)
SHORTCUT_MEANS = {"answer": "answerCallbackQuery"}

# telegram.Bot coroutines that are PTB's lifecycle, not Bot API methods; what they call
# (initialize -> getMe) is read from their source.
_LIFECYCLE = frozenset({"initialize", "shutdown"})

# Types whose method names collide with Telegram's (`store.close()`, `rows.copy()`).
_ORDINARY_TYPES = (dict, list, set, str, bytes, io.BytesIO)


def camel_case(name: str) -> str:
    """Return the Bot API name of a snake_case PTB method name (send_message -> sendMessage)."""
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


@functools.cache
def bot_methods() -> frozenset[str]:
    """Return the snake_case names of telegram.Bot's Bot API methods."""
    return frozenset(
        name
        for name in dir(telegram.Bot)
        if not name.startswith("_")
        and name == name.lower()
        and name not in _LIFECYCLE
        and inspect.iscoroutinefunction(getattr(telegram.Bot, name))
        and hasattr(telegram.Bot, camel_case(name))  # every API method has its camelCase alias
    )


def _called_names(source: str) -> set[str]:
    """Return the attribute names called in ``source`` (``x.y.send_message()`` -> send_message)."""
    tree = ast.parse(textwrap.dedent(source))
    return {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }


def _telegram_classes() -> set[type]:
    """Return the Telegram object classes PTB exports and their bases (Bot excluded)."""
    exported = (getattr(telegram, name) for name in telegram.__all__)
    return {
        base
        for cls in exported
        if inspect.isclass(cls) and issubclass(cls, telegram.TelegramObject)
        # Shortcuts shared by several types live on private bases (_BaseMedium.get_file).
        for base in cls.__mro__
        if issubclass(base, telegram.TelegramObject) and not issubclass(base, telegram.Bot)
    }


@functools.cache
def shortcuts() -> dict[str, dict[str, frozenset[str]]]:
    """Return, per shortcut name, the snake_case Bot methods it ends up calling, per class defining it."""
    calls: dict[tuple[str, str], set[str]] = {}
    for cls in _telegram_classes():
        for name, function in vars(cls).items():
            if not name.startswith("_") and inspect.iscoroutinefunction(function):
                calls[(cls.__name__, name)] = _called_names(inspect.getsource(function))
    defined_by: dict[str, list[tuple[str, str]]] = {}
    for key in calls:
        defined_by.setdefault(key[1], []).append(key)
    # A shortcut may go through another (CallbackQuery.edit_message_text -> Message.edit_text
    # -> Bot.edit_message_text): resolve until nothing changes.
    targets = {key: names & bot_methods() for key, names in calls.items()}
    changed = True
    while changed:
        changed = False
        for key, names in calls.items():
            reached = set(targets[key])
            for name in names:
                for other in defined_by.get(name, ()):
                    if other != key:
                        reached |= targets[other]
            if reached != targets[key]:
                targets[key] = reached
                changed = True
    table: dict[str, dict[str, frozenset[str]]] = {}
    for (class_name, name), reached in targets.items():
        table.setdefault(name, {})[class_name] = frozenset(reached)
    return table


@functools.cache
def _ordinary_names() -> frozenset[str]:
    """Return the method names of everyday Python types (close, copy, ...)."""
    return frozenset(name for kind in _ORDINARY_TYPES for name in dir(kind))


def _receiver_is_a_bot(node: ast.Attribute) -> bool:
    """Return whether ``x.bot.close`` / ``bot.close``'s receiver is named like a Bot."""
    receiver = node.value
    name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
    return name.lstrip("_").lower().endswith("bot")


def _methods_of_name(name: str) -> set[str]:
    """Return the Bot API names (camelCase) an attribute call ``.name(...)`` stands for."""
    found = {name} if name in bot_methods() else set()
    for targets in shortcuts().get(name, {}).values():
        found |= targets
    if len(found) > 1:
        if name not in SHORTCUT_MEANS:
            raise LookupError(
                f".{name}() may call any of {sorted(map(camel_case, found))}: "
                f"add the one the bot means to SHORTCUT_MEANS"
            )
        return {SHORTCUT_MEANS[name]}
    return {camel_case(method) for method in found}


def calls_in(source: str) -> set[str]:
    """Return the Bot API names (camelCase) of the methods ``source`` calls."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        if name == "do_api_request" and node.args and isinstance(node.args[0], ast.Constant):
            found.add(str(node.args[0].value))
            continue
        if name in _ordinary_names() and not _receiver_is_a_bot(node.func):
            continue  # `store.close()` is not Bot.close
        found |= _methods_of_name(name)
    return found


def calls_in_files(paths: Iterable[Path]) -> set[str]:
    """Return the Bot API names of the methods the Python files at ``paths`` call."""
    found: set[str] = set()
    for path in paths:
        found |= calls_in(path.read_text(encoding="utf-8"))
    return found


@functools.cache
def ptb_runtime_calls() -> frozenset[str]:
    """Return the Bot API names PTB's Application and Updater call by themselves (getMe, getUpdates, ...)."""
    names: set[str] = set()
    for owner in (Application, Updater):
        source = inspect.getsource(owner)
        names |= calls_in(source)
        # Bot.initialize / shutdown are lifecycle, not API methods: count what they call.
        for lifecycle in _LIFECYCLE & _called_names(source):
            names |= calls_in(textwrap.dedent(inspect.getsource(getattr(telegram.Bot, lifecycle))))
    return frozenset(names)
