"""Related headlines: the page's block of links to other stories, not its navigation."""

from __future__ import annotations

from urllib.parse import urldefrag

from bs4 import Tag
from bs4.element import PageElement

from bot.models import Headline
from bot.news.article.tree import Survey
from bot.news.markup import AD_WORDS, FRAME_TAGS, NAVIGATION_TAGS, NAVIGATION_WORDS, marks
from bot.news.text import collapse, count_cjk
from bot.news.urls import absolute_url, is_http_url, page_key, same_site

MAX_RELATED = 12
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_LISTS = frozenset(("ul", "ol", "div", "section", "table", "aside"))


def _headline_text(a: Tag) -> str:
    """Return a link's text when it reads like a headline, else ""."""
    # A link that wraps a kicker and a heading ("Reportage" + <h2>) is titled by the heading.
    heading = a.find(_HEADINGS) if len(a.contents) > 1 else None
    text = collapse((heading if isinstance(heading, Tag) else a).get_text(" "))
    if not text:
        title = a.get("title")
        text = collapse(title) if isinstance(title, str) else ""
    if (len(text) >= 15 and len(text.split()) >= 3) or count_cjk(text) >= 6:
        return text[:300]
    return ""


def _in_chrome(tag: Tag) -> bool:
    """Return whether the tag sits inside navigation, a header, a footer or ads."""
    for parent in [tag, *tag.parents]:
        if not isinstance(parent, Tag):
            break
        if parent.name in NAVIGATION_TAGS or parent.name in FRAME_TAGS:
            return True
        words = marks(parent)
        if words and (NAVIGATION_WORDS.search(words) or AD_WORDS.search(words)):
            return True
    return False


def absolute(href: str, base: str) -> str:
    """Return an http(s) link made absolute without its fragment, or "" for javascript:, mailto:, anchors."""
    return urldefrag(absolute_url(base, href) or "")[0]


def headlines(container: Tag, base: str, own_url: str) -> list[Headline]:
    """Return the headline links inside container to the same site, absolute and without duplicates."""
    own = {page_key(own_url), page_key(base)}
    seen: set[str] = set()
    page = own_url or base
    found: list[Headline] = []
    for a in container.descendants:
        if not isinstance(a, Tag) or a.name != "a" or "href" not in a.attrs:
            continue
        title = _headline_text(a)
        href = a.get("href")
        link = absolute(href, base) if title and isinstance(href, str) else ""
        if not link or link in seen or page_key(link) in own:
            continue  # the story itself, often linked back with a tracking query
        # Related stories live on the same site; share and follow links go elsewhere.
        if is_http_url(page) and not same_site(link, page):
            continue
        seen.add(link)
        found.append(Headline(title=title, url=link))
        if len(found) >= MAX_RELATED:
            break
    return found


def marked_related(found: Survey, base: str, url: str) -> list[Headline]:
    """Return the headlines of the first block the page marks or titles as related stories."""
    fallback: list[Headline] = []
    single: Tag | None = None  # the nearest block with one link: a "Lire aussi" with one story
    for tag in found.related:
        block: Tag | None = tag
        # A "Sur le même sujet" heading names the block that holds it, a few levels up.
        for _ in range(3):
            if not isinstance(block, Tag) or found.anchors.get(id(block), 0) >= 2:
                break
            if single is None and found.anchors.get(id(block), 0) == 1 and block is not tag:
                single = block
            block = block.parent
        if not isinstance(block, Tag) or block.name in ("body", "html"):
            continue
        if not 2 <= found.anchors.get(id(block), 0) <= 40 or found.link_density(block) < 0.4:
            continue
        if AD_WORDS.search(marks(block)) or (block.name != "aside" and _in_chrome(block)):
            continue
        links = headlines(block, base, url)
        if len(links) >= 2:
            return links
        if links and not fallback:
            fallback = links
    if not fallback and single is not None and not _in_chrome(single):
        fallback = headlines(single, base, url)
    return fallback


def list_after(container: Tag, found: Survey, base: str, url: str) -> list[Headline]:
    """Return the first list of headline links that follows the story's body, or []."""
    # Start after the story's last element: lists inside the story are its own content.
    last: PageElement = container
    while isinstance(last, Tag) and last.contents:
        last = last.contents[-1]
    seen = 0
    for tag in last.next_elements:
        if not isinstance(tag, Tag) or tag.name not in _LISTS:
            continue
        seen += 1
        if seen > 300:
            break
        key = id(tag)
        anchors = found.anchors.get(key, 0)
        if anchors < 3 or anchors > 40 or found.link_density(tag) < 0.6:
            continue
        if _in_chrome(tag):
            continue
        links = headlines(tag, base, url)
        if len(links) >= 3 and len(links) >= anchors * 0.5:
            return links
    return []
