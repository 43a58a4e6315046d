"""Raw HTML to a small tree: read what scripts carry, then drop what needs no tree."""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

# One alternation so that whichever construct opens first wins: a "<script>" inside a
# comment, or a "-->" inside a script, must not confuse the other.
_DROP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<script\b(?P<attrs>[^>]*)>(?P<body>.*?)(?:</script\s*>|\Z)"
    r"|<(?P<tag>style|svg|noscript|template|iframe|object|select|canvas|video|audio)\b.*?(?:</(?P=tag)\s*>|\Z)"
    r"|<!\[CDATA\[.*?\]\]>",
    re.I | re.S,
)
_JSON_LD_TYPE = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


@dataclass
class Page:
    """A page ready for extraction: its tree and the JSON-LD objects its scripts held."""

    soup: BeautifulSoup
    json_ld: list[dict[str, Any]] = field(default_factory=list)


def decode(html: bytes | str) -> str:
    """Return the page as text, decoded with its declared charset or UTF-8."""
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray)):
        return ""
    data = bytes(html)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    match = _CHARSET.search(data[:4096])
    encodings = [match.group(1).decode("ascii", "ignore")] if match else []
    for encoding in [*encodings, "utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", "replace")


def _flatten_ld(node: Any, out: list[dict[str, Any]]) -> None:
    """Collect every dict of a JSON-LD document, following @graph and lists."""
    if isinstance(node, list):
        for item in node:
            _flatten_ld(item, out)
    elif isinstance(node, dict):
        out.append(node)
        if "@graph" in node:
            _flatten_ld(node["@graph"], out)
        main = node.get("mainEntity")
        if isinstance(main, (dict, list)):
            _flatten_ld(main, out)


def _read_json(text: str) -> Any:
    """Return parsed JSON, forgiving the trailing commas and control characters pages ship."""
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        return json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
    except ValueError:
        return None


def strip_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the page without scripts, styles, comments and media, plus its JSON-LD objects."""
    json_ld: list[dict[str, Any]] = []

    def replace(match: re.Match[str]) -> str:
        if match.group("body") is not None and _JSON_LD_TYPE.search(match.group("attrs") or ""):
            _flatten_ld(_read_json(match.group("body")), json_ld)
        return " "

    return _DROP.sub(replace, text), json_ld


def load_page(html: bytes | str) -> Page:
    """Return the parsed page; an empty tree when the input is not HTML at all."""
    text, json_ld = strip_html(decode(html))
    with warnings.catch_warnings():
        # Garbage input makes bs4 warn; the contract is to return empty fields instead.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    return Page(soup=soup, json_ld=json_ld)
