"""A news page to an Article: headline, time, body paragraphs, lead and related headlines."""

from __future__ import annotations

import re
from datetime import datetime

from bs4 import BeautifulSoup, NavigableString, Tag

from bot.models import Article, Headline
from bot.news.article_body import best_container, read_blocks, remove_chrome, keep_block
from bot.news.article_clean import load_page
from bot.news.article_dates import looks_like_stamp, stamp_date, url_date
from bot.news.article_meta import (
    ld_article,
    meta_map,
    page_language,
    page_title,
    structured_published,
)
from bot.news.article_related import list_after, marked_related
from bot.news.text_lead import is_front_matter, make_lead

_DATE_MARKS = re.compile(r"date|time|publi|stamp|posted|updated|dateline|meta|byline|info", re.I)
_HAS_DIGITS = re.compile(r"\d")
# English written month-first outside the Commonwealth; the rest of the world day-first.
_DAY_FIRST_ENGLISH = ("en-gb", "en-au", "en-nz", "en-in", "en-ie", "en-za")


def _day_first(soup: BeautifulSoup) -> bool:
    """Return whether numeric dates on this page put the day first (05/07 = 5 July)."""
    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    lang = lang.lower() if isinstance(lang, str) else ""
    return not lang.startswith("en") or lang.startswith(_DAY_FIRST_ENGLISH)


def stamp_in_text(soup: BeautifulSoup, url: str) -> datetime | None:
    """Return the date of the page's visible "published/updated" stamp, or None."""
    body = soup.body or soup
    day_first = _day_first(soup)
    fallback: datetime | None = None
    for count, string in enumerate(body.find_all(string=_HAS_DIGITS)):
        if count > 600:
            break
        if not isinstance(string, NavigableString):
            continue
        parent = string.parent
        text = " ".join(parent.get_text(" ").split()) if isinstance(parent, Tag) else str(string)
        if len(text) > 200:
            text = " ".join(str(string).split())
            if len(text) > 200:
                continue
        if looks_like_stamp(text):
            found = stamp_date(text, url, day_first)
            if found:
                return found
        if fallback is None and isinstance(parent, Tag):
            marks = " ".join([*(parent.get("class") or []), str(parent.get("id") or "")])
            if parent.name == "time" or _DATE_MARKS.search(marks):
                fallback = stamp_date(text, url, day_first)
    return fallback


def _published(soup: BeautifulSoup, meta: dict[str, str], article: dict, url: str) -> datetime | None:
    """Return the publication time: structured data, then the visible stamp, then the URL."""
    found = structured_published(soup, meta, article) or stamp_in_text(soup, url)
    if found:
        return found
    parts = url_date(url)
    if parts and parts[1] and parts[2]:
        try:
            return datetime(parts[0], parts[1], parts[2])
        except ValueError:
            return None
    return None


def _body(soup: BeautifulSoup, title: str) -> tuple[list[str], Tag | None]:
    """Return the story's paragraphs and the element that holds them."""
    body = soup.body or soup
    if not isinstance(body, Tag):
        return [], None
    remove_chrome(body)
    container = best_container(body)
    if container is None:
        return [], None
    title_key = " ".join(title.lower().split())
    paragraphs = []
    for block in read_blocks(container):
        if block.tag == "h1" or " ".join(block.text.lower().split()) == title_key:
            continue
        if keep_block(block):
            paragraphs.append(block.text)
    # Bylines, credits and bare datelines above the first sentence are not the story.
    while paragraphs and len(paragraphs[0]) < 160 and is_front_matter(paragraphs[0]):
        paragraphs.pop(0)
    return paragraphs, container


def extract_article(html: bytes | str, url: str) -> Article:
    """Return the Article a news page holds; empty fields when the page holds none."""
    try:
        return _extract(html, url or "")
    except Exception:  # noqa: BLE001 - the contract is to never raise on a bad page
        return Article(url=url or "", title="")


def _extract(html: bytes | str, url: str) -> Article:
    """Return the Article for a page (may raise on pathological input)."""
    page = load_page(html)
    soup = page.soup
    meta = meta_map(soup)
    article = ld_article(page.json_ld)
    title = page_title(soup, meta, article)
    language = page_language(soup, meta, article)
    published = _published(soup, meta, article, url)
    related: list[Headline] = marked_related(soup, url)
    paragraphs, container = _body(soup, title)
    if not related and container is not None:
        related = list_after(container, soup, url)
    return Article(
        url=url,
        title=title,
        published=published,
        paragraphs=paragraphs,
        lead=make_lead(paragraphs),
        related=related,
        language=language,
    )
