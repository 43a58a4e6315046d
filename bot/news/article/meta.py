"""What a page states about itself: meta tags, JSON-LD, <time>, <html lang>, <title>."""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from bs4 import Tag

from bot.news.article.dates import parse_iso
from bot.news.text import collapse, count_cjk

_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|webpage|newsarticle", re.I)

PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "date",
    "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "date.published",
)
# Separators between a headline and the site's name in <title>, as Readability reads them;
# the "hierarchical" ones (" > ", " / ") say the title is a path, not "headline | site".
_SITE_SEPARATORS = re.compile(r" [|\-\\/>»–—] ")
_HIERARCHY = re.compile(r" [\\/>»] ")
# Between a headline and the site's name or sections: "X | Site", "X - Sport - Site", "X :: Site";
# in Chinese and Japanese titles also "X_光明网" and full-width bars.
_PART_SEPARATORS = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+|\s*｜\s*")
_CJK_SEPARATORS = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+|\s*[｜_|]\s*|\s*[-–—]{2}\s*")
_HEADLINE_WORDS = 3  # fewer is a section's name ("WORLD News"), not the story's headline
_TITLE_META = ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
               "title", "twitter:title", "parsely-title")


def ld_text(value: Any) -> str:
    """Return a JSON-LD value as text (first of a list, @value or name of an object)."""
    if isinstance(value, list):
        return ld_text(value[0]) if value else ""
    if isinstance(value, dict):
        return ld_text(value.get("@value") or value.get("name") or "")
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


def ld_article(json_ld: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the JSON-LD object that describes the article, or an empty dict."""
    best: dict[str, Any] = {}
    for node in json_ld:
        kind = node.get("@type")
        kinds = " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")
        if _ARTICLE_TYPES.search(kinds) and (node.get("headline") or node.get("datePublished")):
            if not best or ("headline" in node and "headline" not in best):
                best = node
    return best


def clean_text(text: str) -> str:
    """Return text with whitespace runs collapsed and stray entities ("&#8216;") decoded."""
    text = text or ""
    if "&" in text:
        # Structured data is often escaped twice: the entity survives the first decoding.
        text = html.unescape(text)
    return collapse(text)


def _words(text: str) -> list[str]:
    """Return the lower-case words of a text."""
    return re.findall(r"\w+", text.lower())


def _similarity(a: str, b: str) -> float:
    """Return the share of b's text made of words that also occur in a (1.0 = all)."""
    words_a, words_b = set(_words(a)), _words(b)
    if not words_b:
        return 0.0
    extra = sum(len(w) for w in words_b if w not in words_a)
    return 1 - extra / sum(len(w) for w in words_b)


def ld_title(article: dict[str, Any], head_title: str, site_names: set[str]) -> str:
    """Return the JSON-LD headline, or its name when the name is what the page's <title> says."""
    headline, name = clean_text(ld_text(article.get("headline"))), clean_text(ld_text(article.get("name")))
    if headline and name and headline != name:
        # Some sites put their own name in "name", others a description in "headline":
        # the one that the <title> repeats is the story's.
        if name.casefold() in site_names:
            return headline
        if _similarity(head_title, headline) > 0.75 >= _similarity(head_title, name):
            return headline
        return name
    return headline or name


def title_from_head(head_title: str, headings: list[str], subheadings: list[str]) -> str:
    """Return <title> without the site's name, unless what remains is too short to be a headline."""
    title = head_title
    for h1 in headings:
        # A <title> cut short or suffixed by the CMS ("...réunion--Site.com"): the h1 has it all.
        first = re.split(r"\s*(?:--|\|| - | – | — | _)\s*", title)[0]
        if len(first) >= 15 and len(_words(h1)) > len(_words(first)) and _words(h1)[: len(_words(first))] == _words(first):
            return h1
    if _SITE_SEPARATORS.search(title):
        hierarchical = bool(_HIERARCHY.search(title))
        candidate = _SITE_SEPARATORS.split(title)
        current = title[: [m.start() for m in _SITE_SEPARATORS.finditer(title)][-1]]
        if len(_words(current)) < 3:
            current = title[_SITE_SEPARATORS.search(title).end():]  # type: ignore[union-attr]
        # Two or three words left are more likely the site's name than the headline.
        if len(_words(current)) <= 4 and (
            not hierarchical or len(_words(current)) != len(_words(" ".join(candidate))) - 1
        ):
            return title
        return current.strip()
    if ": " in title:
        if any(h == title for h in [*headings, *subheadings]):
            return title
        current = title[title.rindex(": ") + 2:]
        if len(_words(current)) < 3:
            current = title[title.index(": ") + 2:]
        elif len(_words(title[: title.index(": ")])) > 5:
            return title
        return current.strip() if len(_words(current)) > 4 else title
    if (len(title) > 150 or len(title) < 15) and len(headings) == 1:
        # Two or three words are more likely a label than the headline.
        return headings[0] if len(_words(headings[0])) > 4 else title
    return title


def _segments(title: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of a title's parts between site separators ("|", " - ", "_" in CJK)."""
    pattern = _CJK_SEPARATORS if count_cjk(title) >= 4 else _PART_SEPARATORS
    spans, start = [], 0
    for match in pattern.finditer(title):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(title)))
    return [(a, b) for a, b in spans if title[a:b].strip()]


def _names_site(part: str, site_names: set[str], host: str) -> bool:
    """Return whether a title part is the site's name: its declared name, or a short part whose
    words spell the host ("Le Monde" on lemonde.fr, "The Beachbody Blog" on beachbody.com)."""
    folded = part.strip().casefold()
    if folded in site_names or folded.removeprefix("www.") in host:
        return True
    words = _words(part)
    if not words or len(words) > 5 or not host:
        return False
    label = host.removeprefix("www.").split(".")[0]
    return "".join(words) in label or label in "".join(words) or any(
        len(w) >= 5 and w in label for w in words)


def strip_site_name(title: str, site_names: set[str], host: str, headings: list[str]) -> str:
    """Return a title without the site's name and sections: the part a heading repeats, else the
    title less a first or last part that names the site."""
    spans = _segments(title)
    if len(spans) < 2:
        return title
    wanted = {" ".join(_words(h)) for h in headings}
    for a, b in spans:
        part = title[a:b].strip()
        if len(_words(part)) >= 2 and " ".join(_words(part)) in wanted and not _names_site(part, site_names, host):
            return part
    if _names_site(title[spans[-1][0]:spans[-1][1]], site_names, host):
        rest = title[:spans[-2][1]].strip()
        if len(_words(rest)) >= 3 or count_cjk(rest) >= 6:
            return rest
    if _names_site(title[spans[0][0]:spans[0][1]], site_names, host):
        rest = title[spans[1][0]:].strip()
        if len(_words(rest)) >= 3 or count_cjk(rest) >= 6:
            return rest
    return title


def page_title(head_title: str, h1s: list[Tag], h2s: list[Tag], meta: dict[str, str], article: dict[str, Any],
               url: str = "") -> str:
    """Return the story's headline (JSON-LD, then title meta tags, then <title>) without the site's name."""
    publisher = article.get("publisher")
    site_names = {
        clean_text(ld_text(publisher.get("name") if isinstance(publisher, dict) else "")).casefold(),
        clean_text(meta.get("og:site_name", "")).casefold(),
        clean_text(meta.get("application-name", "")).casefold(),
    } - {""}
    host = urlsplit(url).hostname or "" if url else ""
    headings = [clean_text(h.get_text(" ")) for h in [*h1s[:5], *h2s[:5]]]
    title = strip_site_name(_page_title(head_title, h1s, h2s, meta, article, site_names), site_names, host, headings)
    return _PAGE_NUMBER.sub("", title) or title


# Which page of a story split over several the title names: "（1/2 ページ）", "(page 2 of 3)", " - Seite 2".
_PAGE_NUMBER = re.compile(
    r"\s*[(（]\s*(?:page|seite|página|pagina|страница)\s*\d+\s*(?:/|of|von|de|di|из)\s*\d+\s*[)）]\s*$"
    r"|\s*[(（]\s*\d+\s*/\s*\d+\s*(?:ページ|页|頁|pages?)\s*[)）]\s*$"
    r"|\s+[-–|:]\s+(?:page|seite|página|pagina|страница)\s+\d+(?:\s*(?:/|of|von|de|di|из)\s*\d+)?\s*$",
    re.I,
)


def _page_title(head_title: str, h1s: list[Tag], h2s: list[Tag], meta: dict[str, str], article: dict[str, Any],
                site_names: set[str]) -> str:
    """Return the story's headline: JSON-LD, then title meta tags, then <title> trimmed of the site name."""
    candidate = ld_title(article, head_title, site_names)
    if candidate:
        return candidate
    # The first title meta tag the page's own <title> holds with more (the site's name), else the first at all: a
    # template may set one of them to the site's name on every page ("dc:title" = "Diario El Dia de La Plata
    # www.eldia.com" beside the story's og:title, which the <title> holds before " - La Ciudad").
    candidates = [clean_text(meta.get(key, "")) for key in _TITLE_META]
    candidates = [candidate for candidate in candidates if candidate]
    held = clean_text(head_title).casefold()
    candidate = next((c for c in candidates if c.casefold() in held and c.casefold() != held
                      and len(c.split()) >= _HEADLINE_WORDS), candidates[0] if candidates else "")
    if candidate:
        return candidate
    headings = [clean_text(h.get_text(" ")) for h in h1s[:5]]
    headings = [h for h in headings if len(h) >= 3]
    if head_title:
        return title_from_head(head_title, headings, [clean_text(h.get_text(" ")) for h in h2s[:10]])
    return headings[0] if headings else ""


def page_language(lang: str, meta: dict[str, str], article: dict[str, Any]) -> str:
    """Return the page's primary language subtag ("fr"), or "" when it gives none."""
    for value in (
        lang,
        ld_text(article.get("inLanguage")),
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("dc.language"),
    ):
        if isinstance(value, str):
            match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$|,)", value)
            if match:
                return match.group(1).lower()
    return ""


def is_marked_published(tag: Tag) -> bool:
    """Return whether an element is marked as the publication date (itemprop, pubdate)."""
    return str(tag.get("itemprop", "")).lower() in ("datepublished", "datecreated") or "pubdate" in tag.attrs


def structured_published(times: list[Tag], meta: dict[str, str], article: dict[str, Any]) -> datetime | None:
    """Return the publication time the page declares in JSON-LD, meta tags or <time>."""
    for value in (ld_text(article.get("datePublished")), ld_text(article.get("dateCreated"))):
        found = parse_iso(value)
        if found:
            return found
    for key in PUBLISHED_META:
        if key in meta:
            found = parse_iso(meta[key])
            if found:
                return found
    # An element marked as the publication date beats the first <time> (often a "last updated").
    ranked = sorted(times, key=lambda t: not is_marked_published(t))
    for tag in ranked:
        if str(tag.get("itemprop", "")).lower() in ("datemodified", "dateupdated"):
            continue
        stamp = tag.get("datetime") or tag.get("content") or tag.get("title")
        if isinstance(stamp, str):
            found = parse_iso(stamp)
            if found:
                return found
    return None


def declared_zone(times: list[Tag], meta: dict[str, str], article: dict[str, Any]) -> tzinfo | None:
    """Return the UTC offset of any zone-aware time the page declares (modified, <time>), or None."""
    values = [ld_text(article.get("dateModified")), meta.get("article:modified_time", ""),
              meta.get("og:updated_time", "")]
    values += [str(t.get("datetime") or "") for t in times]
    for value in values:
        found = parse_iso(value) if value else None
        if found is not None and found.tzinfo is not None:
            return found.tzinfo
    return None
