"""Telegram's HTML parse mode: what it accepts, what it shows, and the reason it refuses."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
     "blockquote", "span", "tg-spoiler", "tg-emoji"}
)
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


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
