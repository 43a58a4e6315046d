"""Raw HTML to a small tree: read what needs no tree with regexes, parse only the body."""

from __future__ import annotations

import html as htmllib
import json
import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

from bot.news.charset import decode_body
from bot.news.markup import CUT_REGION_TAGS
from bot.news.text import collapse

# One alternation so that whichever construct opens first wins: a "<script>" inside a
# comment, or a "-->" inside a script, must not confuse the other.
_DROP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<script(?![\w-])(?P<attrs>[^>]*)>(?P<body>.*?)(?:</script\s*>|\Z)"
    # (?![\w-]): a custom element ("<video-js>") is not the media element, whose end tag it never closes.
    r"|<(?P<tag>style|svg|noscript|iframe|object|select|canvas|video|audio|button)(?![\w-]).*?(?:</(?P=tag)\s*>|\Z)"
    # A template is inert markup a script may copy, but one a Vue page fills a component's slot with ("<template
    # v-slot:content>", "<template #text>", "slot=") is what the reader sees, the story's text often: it stays.
    r"|<template(?![\w-])(?![^>]*\s(?:v-slot\b|#[\w-]|slot\s*=))[^>]*>.*?(?:</template\s*>|\Z)"
    r"|<!\[CDATA\[.*?\]\]>",
    re.I | re.S,
)
_JSON_LD_TYPE = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)
_HEAD = re.compile(r"<head\b[^>]*>(.*?)(?:</head\s*>|(?=<body\b))", re.I | re.S)
_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.I)
_META = re.compile(r"<meta\b([^>]*)>", re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_BASE = re.compile(r"<base\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
# Navigation and footers hold no story and no related block: they get no tree at all.
# A non-greedy match stops at the first closing tag; nesting of these is rare and harmless.
# Void elements that carry no text: the tree does not need them (meta tags are read above).
_VOID = re.compile(r"<(?:img|source|/?picture|link|meta|wbr|input|col|track|param|area)\b[^>]*>", re.I)
# Indentation between a tag and a block tag is no text; leaving it out spares the tree a node.
# (Before inline tags it may separate words, so it stays.)
_BLOCK_INDENT = re.compile(
    r">\s+(?=</?(?:div|p|li|ul|ol|tr|td|th|section|article|table|tbody|thead|tfoot|h[1-6]|header|aside|"
    r"figure|figcaption|main|dl|dt|dd|form|blockquote|hr|html|body|center|details|summary|fieldset|"
    r"address|menu|dialog)\b)",
    re.I,
)
# A footer its class gives to the story: "footer-article", "article-footer", "entry-footer", "post-footer",
# "story_footer".
_STORYS_FOOTER = re.compile(r"<footer\b[^>]*\bclass\s*=\s*[\"']?[^\"'>]*\b(?:(?:article|entry|post|story)[-_]?footer|"
                            r"footer[-_](?:article|entry|post|story)\b)", re.I)
_CHROME_REGIONS = re.compile(rf"<({'|'.join(CUT_REGION_TAGS)})\b[^>]*>.*?</\1\s*>", re.I | re.S)


@dataclass
class Page:
    """A page ready for extraction: its body tree and what its head and scripts declared."""

    soup: BeautifulSoup
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    head_title: str = ""
    lang: str = ""
    base_href: str = ""


def decode(html: bytes | str) -> str:
    """Return the page as text, decoded as decode_body reads a page that came without a Content-Type header."""
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray)):
        return ""
    return decode_body(bytes(html), None)


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
    text = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", text)
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


def attributes(text: str) -> dict[str, str]:
    """Return the attributes of a start tag's attribute text, names lower-cased."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        value = match.group(2) if match.group(2) is not None else match.group(3) if match.group(3) is not None else match.group(4)
        found.setdefault(match.group(1).lower(), htmllib.unescape(value or ""))
    return found


def meta_tags(text: str) -> dict[str, str]:
    """Return meta values keyed by lower-cased property/name/itemprop/http-equiv; first wins."""
    by_property: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for match in _META.finditer(text):
        attrs = attributes(match.group(1))
        content = attrs.get("content", "").strip()
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            # property="og:title twitter:title" names several keys at once
            target = by_property if key == "property" else by_name
            for part in attrs.get(key, "").lower().split():
                target.setdefault(part, content)
                # "DC.title" and "dc:title" name the same property.
                target.setdefault(part.replace(".", ":"), content)
    # RDFa's property="og:title" is the standard spelling; name="og:title" a common slip.
    return {**by_name, **by_property}


def _cut_regions(text: str) -> str:
    """Return the body without <nav> and <footer> regions, unless one would swallow the page."""
    limit = len(text) // 3

    def replace(match: re.Match[str]) -> str:
        if _STORYS_FOOTER.match(match.group(0)):
            return match.group(0)  # the story's own footer ("footer-article": its "Sur le même sujet"), not the page's
        return " " if match.end() - match.start() < limit else match.group(0)

    return _CHROME_REGIONS.sub(replace, text)


def load_page(html: bytes | str) -> Page:
    """Return the parsed page; an empty tree when the input is not HTML at all."""
    text, json_ld = strip_html(decode(html))
    head_match = _HEAD.search(text)
    head = head_match.group(1) if head_match else ""
    # Meta tags also live in bodies (itemprop="datePublished"); the head's come first.
    meta = meta_tags(text)
    title_match = _TITLE.search(head or text[:20000])
    head_title = collapse(htmllib.unescape(title_match.group(1))) if title_match else ""
    html_match = _HTML_TAG.search(text[:5000])
    html_attrs = attributes(html_match.group(1)) if html_match else {}
    base_match = _BASE.search(head)
    base_href = attributes(base_match.group(1)).get("href", "") if base_match else ""
    body = text[head_match.end():] if head_match else text
    body = _BLOCK_INDENT.sub(">", _VOID.sub("", _cut_regions(body)))
    with warnings.catch_warnings():
        # Garbage input makes bs4 warn; the contract is to return empty fields instead.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # class stays one string: splitting it for every tag costs time and nothing reads the parts.
        soup = BeautifulSoup(body, "lxml", multi_valued_attributes=None)
    return Page(
        soup=soup,
        json_ld=json_ld,
        meta=meta,
        head_title=head_title,
        lang=html_attrs.get("lang") or html_attrs.get("xml:lang") or "",
        base_href=base_href,
    )
