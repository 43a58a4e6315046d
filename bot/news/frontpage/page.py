"""Reading a front page's bytes: its encoding, then lxml's tree of it."""

from __future__ import annotations

import codecs
import re
from typing import Any

import lxml.etree  # type: ignore[import-untyped]  # no stubs: elements are Any here
import lxml.html  # type: ignore[import-untyped]


# Elements whose text is never shown: links inside them are not on the page either.
NOISE_TAGS = frozenset({"script", "style", "noscript", "template"})
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _decode(html: bytes) -> str:
    """Return the page as text: a byte-order mark, else the charset it declares, else UTF-8, else Windows-1252."""
    if html.startswith(codecs.BOM_UTF8):
        return html[3:].decode("utf-8", "replace")
    if html.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return html.decode("utf-16", "replace")
    match = _DECLARED_CHARSET.search(html[:8192])
    if match:
        try:
            codec = codecs.lookup((match.group(1) or match.group(2)).decode("ascii", "ignore")).name
        except LookupError:
            codec = ""
        if codec and not codec.startswith(("utf-16", "utf-32")):  # a page that declares UTF-16 is ASCII by then
            # Browsers read a declared Latin-1 as Windows-1252 (its quotes and dashes); so do we.
            return html.decode("cp1252" if codec in ("latin-1", "ascii") else codec, "replace")
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", "replace")


def parse(html: bytes | str) -> Any:
    """Return the page's root element, or None for a page with no markup."""
    text = _decode(html) if isinstance(html, bytes) else html
    # lxml refuses text that still declares an encoding; NUL characters end its input early.
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
