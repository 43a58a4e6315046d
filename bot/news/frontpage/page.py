"""Reading a front page's bytes: its encoding, then lxml's tree of it."""

from __future__ import annotations

import re
from typing import Any

import lxml.etree  # type: ignore[import-untyped]  # no stubs: elements are Any here
import lxml.html  # type: ignore[import-untyped]

from bot.news.charset import decode_body


# Elements whose text is never shown: links inside them are not on the page either.
NOISE_TAGS = frozenset({"script", "style", "noscript", "template"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# "<html lang="fr" />", XHTML's empty-element form written on the root: libxml2's HTML parser closes the root there and
# hangs the whole page outside it, so the tree's root holds nothing. Read as the start tag the page means.
_SELF_CLOSED_ROOT = re.compile(r"<(html|body)(\s[^<>]*?)?\s*/>", re.IGNORECASE)


def parse(html: bytes | str) -> Any:
    """Return the page's root element, or None for a page with no markup."""
    text = decode_body(html, None) if isinstance(html, bytes) else html
    # lxml refuses text that still declares an encoding; NUL characters end its input early.
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    text = _SELF_CLOSED_ROOT.sub(lambda m: f"<{m[1]}{m[2] or ''}>", text, count=2)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
