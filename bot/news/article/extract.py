"""A news page to an Article: headline, time, body paragraphs, lead and related headlines."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from bs4 import Tag

from bot.models import Article, Headline
from bot.news.article.blocks import Block, keep_block, read_blocks
from bot.news.article.body import story_containers
from bot.news.article.chrome import find_chrome
from bot.news.article.dates import looks_like_stamp, stamp_date, url_date
from bot.news.article.lead import is_front_matter, make_lead
from bot.news.article.meta import (
    clean_text,
    declared_zone,
    is_marked_published,
    ld_article,
    ld_text,
    page_language,
    page_title,
    structured_published,
)
from bot.news.article.page import Page, load_page
from bot.news.article.related import list_after, marked_related
from bot.news.article.subject import Subject, story_subject
from bot.news.article.tree import Survey, survey
from bot.news.markup import marks
from bot.news.text import collapse

_DATE_MARKS = re.compile(r"date|time|publi|stamp|posted|updated|dateline|meta|byline|info", re.I)
# English written month-first outside the Commonwealth; the rest of the world day-first.
_DAY_FIRST_ENGLISH = ("en-gb", "en-au", "en-nz", "en-in", "en-ie", "en-za")


def _day_first(lang: str) -> bool:
    """Return whether numeric dates on this page put the day first (05/07 = 5 July)."""
    lang = lang.lower()
    return not lang.startswith("en") or lang.startswith(_DAY_FIRST_ENGLISH)


def stamp_in_text(found: Survey, url: str, lang: str) -> datetime | None:
    """Return the date of the page's visible "published/updated" stamp, or None."""
    day_first = _day_first(lang)
    fallback: datetime | None = None
    # The story's stamp sits by its headline; a date in the site's header is today's date.
    dated = sorted(found.dated, key=lambda item: not found.after_headline(item[0]))
    for parent, string in dated:
        text = string
        if len(string) < 60:
            # "Publié le <b>5 juillet</b>": the stamp's words and its date sit in siblings.
            whole = collapse(parent.get_text(" "))
            text = whole if len(whole) <= 200 else string
        if looks_like_stamp(text):
            stamp = stamp_date(text, url, day_first)
            if stamp:
                return stamp
        if fallback is None and (parent.name == "time" or _DATE_MARKS.search(marks(parent))):
            fallback = stamp_date(text, url, day_first)
    return fallback


def _published(page: Page, found: Survey, article: dict[str, Any], url: str, lang: str) -> datetime | None:
    """Return the publication time: structured data, then the visible stamp, then the URL."""
    # A <time> above the headline, unless marked as the publication date, is the site's clock
    # or a ticker: the visible stamp by the story comes first.
    near = [t for t in found.times if found.after_headline(t) or is_marked_published(t)]
    far = [t for t in found.times if not any(t is n for n in near)]
    stamp = (structured_published(near, page.meta, article) or stamp_in_text(found, url, lang)
             or structured_published(far, {}, {}))
    if stamp is None:
        parts = url_date(url)
        if not (parts and parts[1] and parts[2]):
            return None
        stamp = datetime(parts[0], parts[1], parts[2])
    if stamp.tzinfo is None:
        # A stamp without a zone is in the zone the page declares elsewhere, when it does.
        stamp = stamp.replace(tzinfo=declared_zone(found.times, page.meta, article))
    return stamp


# A table cell this short is a datum ("Pos.", "Martin Truex Jr."), not a sentence a lead can quote.
_CELL_MAX_IN_LEAD = 100
_CELLS = ("td", "th")


def _paragraphs(containers: list[Tag], chrome: set[int], title: str) -> tuple[list[str], list[str]]:
    """Return the story's paragraphs under the containers, without chrome and front matter, and those a
    lead may quote (without the short cells of a table of data)."""
    title_key = collapse(title.lower())
    paragraphs: list[tuple[str, bool, int]] = []
    blocks = [block for container in containers for block in read_blocks(container, chrome)]
    blocks = [b for b in blocks if b.tag != "h1" and collapse(b.text.lower()) != title_key]
    kept = [keep_block(block) for block in blocks]
    prose = [k and len(b.text) >= 80 for b, k in zip(blocks, kept)]
    for index, block in enumerate(blocks):
        if kept[index] or (_listed_reference(block) and any(prose[:index]) and any(prose[index + 1:])):
            paragraphs.append((block.text, block.tag in _CELLS and len(block.text) < _CELL_MAX_IN_LEAD, block.run_in))
    # Bylines, credits and bare datelines above the first sentence are not the story.
    while paragraphs and len(paragraphs[0][0]) < 160 and is_front_matter(paragraphs[0][0]):
        paragraphs.pop(0)
    # A lead quotes a paragraph without its bold run-in heading ("30 minutes."): a label, not a sentence.
    return [text for text, _, _ in paragraphs], [text[run_in:].lstrip() for text, cell, run_in in paragraphs if not cell]


def _listed_reference(block: Block) -> bool:
    """Return whether a list item is a linked reference with words of its own ("<a>Ebook</a> - 15.7%",
    a deal, a source): inside the story's prose, a list of such items is the story's, not a menu."""
    return block.tag == "li" and 0.5 < block.link_density <= 0.85 and keep_block(
        Block(block.text, 0, block.tag))


def text_paragraphs(text: str) -> list[str]:
    """Return the paragraphs of a plain-text body (JSON-LD articleBody), tags and entities removed."""
    text = re.sub(r"<[^>]+>", "\n", text) if "<" in text else text
    return [p for p in (clean_text(line) for line in re.split(r"\n\s*", text)) if p]


def _related(containers: list[Tag], found: Survey, base: str, url: str, title: str, subject: Subject) -> list[Headline]:
    """Return the block the page marks as related stories, else the list of headlines after the story."""
    related = marked_related(found, base, url, subject, containers[-1] if containers else None)
    if not related and containers:
        related = list_after(containers[-1], found, base, url, title)
    return related


# Where a page declares what its story is about.
_SUBJECT_META = ("keywords", "news_keywords", "article:tag", "article:section")


def _subject(title: str, paragraphs: list[str], meta: dict[str, str], url: str) -> Subject:
    """Return the story's subject: its headline, lead and the keywords, tags and section its page declares."""
    return story_subject(title, paragraphs, [meta.get(key, "") for key in _SUBJECT_META], url)


def _lead(paragraphs: list[str], meta: dict[str, str]) -> str:
    """Return the digest's lead; a page with no body at all (built by scripts) gets its own summary."""
    return make_lead(paragraphs) or make_lead([clean_text(meta.get("og:description") or meta.get("description", ""))])


def extract_article(html: bytes | str, url: str) -> Article:
    """Return the Article a news page holds; empty fields when the page holds none."""
    try:
        return _extract(html, url or "")
    except Exception:  # noqa: BLE001 - the contract is to never raise on a bad page
        return Article(url=url or "", title="")


def _extract(html: bytes | str, url: str) -> Article:
    """Return the Article for a page (may raise on pathological input)."""
    page = load_page(html)
    body = page.soup.body or page.soup
    found = survey(body)
    article = ld_article(page.json_ld)
    title = page_title(page.head_title, found.h1s, found.h2s, page.meta, article, url)
    chrome = find_chrome(body, found)
    containers = story_containers(body, found, chrome)
    paragraphs, quotable = _paragraphs(containers, chrome, title)
    declared = ld_text(article.get("articleBody"))
    if len(declared) >= 500 and sum(map(len, paragraphs)) < 0.25 * len(declared):
        # Pages rendered by scripts ship an empty body but declare it in JSON-LD.
        paragraphs = quotable = text_paragraphs(declared)
    base = urljoin(url, page.base_href) if page.base_href else url
    return Article(
        url=url,
        title=title,
        published=_published(page, found, article, url, page.lang or ld_text(article.get("inLanguage"))),
        paragraphs=paragraphs,
        lead=_lead(quotable, page.meta),
        related=_related(containers, found, base, url, title, _subject(title, paragraphs, page.meta, url)),
        language=page_language(page.lang, page.meta, article),
        quotable=quotable if quotable != paragraphs else [],
    )
