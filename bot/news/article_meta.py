"""What a page states about itself: meta tags, JSON-LD, <time>, <html lang>."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup, Tag

from bot.news.article_dates import parse_iso

_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|webpage|newsarticle", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»·•/\\]+\s+|\s*(?:::|--|\|)\s*|\s+[-–—]\s*|\s*[–—]\s+")

PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "date",
    "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "date.published",
)


def meta_map(soup: BeautifulSoup) -> dict[str, str]:
    """Return meta values keyed by lower-cased property/name/itemprop/http-equiv; first wins."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if isinstance(key, str):
                # property="og:title twitter:title" names several keys at once
                for part in key.lower().split():
                    found.setdefault(part, content.strip())
    return found


def _ld_text(value: Any) -> str:
    """Return a JSON-LD value as text (first of a list, @value or name of an object)."""
    if isinstance(value, list):
        return _ld_text(value[0]) if value else ""
    if isinstance(value, dict):
        return _ld_text(value.get("@value") or value.get("name") or "")
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


def ld_article(json_ld: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the JSON-LD object that describes the article, or an empty dict."""
    best: dict[str, Any] = {}
    for node in json_ld:
        kind = node.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        if _ARTICLE_TYPES.search(kinds) and (node.get("headline") or node.get("datePublished")):
            if not best or ("headline" in node and "headline" not in best):
                best = node
    return best


def clean_text(text: str) -> str:
    """Return text with whitespace runs collapsed."""
    return re.sub(r"\s+", " ", text or "").strip()


def _title_parts(title: str) -> list[str]:
    """Return the pieces of a <title> split at the separators sites append their name with."""
    return [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]


def _norm(text: str) -> str:
    """Return text reduced to lower-case words, for loose comparison."""
    return " ".join(re.findall(r"\w+", text.lower()))


def page_title(soup: BeautifulSoup, meta: dict[str, str], article: dict[str, Any]) -> str:
    """Return the story's headline: structured data first, then <title> trimmed of the site name."""
    h1s = [clean_text(h.get_text(" ")) for h in soup.find_all("h1", limit=5)]
    h1s = [h for h in h1s if len(h) >= 3]
    head_title = clean_text(soup.title.get_text(" ")) if soup.title else ""
    for candidate in (
        _ld_text(article.get("headline")),
        meta.get("og:title", ""),
        meta.get("twitter:title", ""),
        meta.get("dc.title", ""),
        meta.get("headline", ""),
    ):
        candidate = clean_text(candidate)
        if candidate:
            return candidate
    if head_title:
        # The h1 that also appears in <title> is the headline without the site's name.
        for h1 in h1s:
            if _norm(h1) and _norm(h1) in _norm(head_title):
                return h1
        parts = _title_parts(head_title)
        for h1 in h1s:
            # A <title> cut short by the CMS: the h1 carries the whole headline.
            if parts and len(parts[0]) >= 15 and _norm(h1).startswith(_norm(parts[0])):
                return h1
        if len(parts) > 1:
            longest = max(parts, key=len)
            if len(longest.split()) >= 3:
                return longest
        return head_title
    return h1s[0] if h1s else ""


def page_language(soup: BeautifulSoup, meta: dict[str, str], article: dict[str, Any]) -> str:
    """Return the page's primary language subtag ("fr"), or "" when it gives none."""
    html = soup.find("html")
    candidates = [
        html.get("lang") if isinstance(html, Tag) else None,
        html.get("xml:lang") if isinstance(html, Tag) else None,
        _ld_text(article.get("inLanguage")),
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("dc.language"),
    ]
    for value in candidates:
        if isinstance(value, str):
            match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$|,)", value)
            if match:
                return match.group(1).lower()
    return ""


def structured_published(soup: BeautifulSoup, meta: dict[str, str], article: dict[str, Any]) -> datetime | None:
    """Return the publication time the page declares in JSON-LD, meta tags or <time>."""
    for value in (_ld_text(article.get("datePublished")), _ld_text(article.get("dateCreated"))):
        found = parse_iso(value)
        if found:
            return found
    for key in PUBLISHED_META:
        if key in meta:
            found = parse_iso(meta[key])
            if found:
                return found
    for attrs in ({"itemprop": "datePublished"}, {"pubdate": True}, {"class": re.compile("publish|posted", re.I)}):
        tag = soup.find(["time", "span", "abbr", "div", "p"], attrs=attrs)
        if isinstance(tag, Tag):
            value = tag.get("datetime") or tag.get("content") or tag.get("title")
            if isinstance(value, str):
                found = parse_iso(value)
                if found:
                    return found
    time_tag = soup.find("time", attrs={"datetime": True})
    if isinstance(time_tag, Tag):
        value = time_tag.get("datetime")
        if isinstance(value, str):
            return parse_iso(value)
    return None


def updated_time(meta: dict[str, str], article: dict[str, Any]) -> datetime | None:
    """Return the last-modified time the page declares, or None."""
    for value in (
        _ld_text(article.get("dateModified")),
        meta.get("article:modified_time", ""),
        meta.get("og:updated_time", ""),
    ):
        found = parse_iso(value)
        if found:
            return found
    return None
