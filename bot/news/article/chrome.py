"""Site chrome: the menus, share bars, cookie notices and hidden parts around a story."""

from __future__ import annotations

from bs4.element import Tag

from bot.news.article.blocks import BLOCKS
from bot.news.article.tree import Survey
from bot.news.markup import (
    CHROME_TAGS,
    CHROME_WORDS,
    STORY_CONTAINER_WORDS,
    STRONG_CHROME_WORDS,
    TAXONOMY_TOKEN,
    hidden_from_readers,
    marks,
)


def _names(marks_text: str) -> str:
    """Return the class/id tokens that name a component, without slugs made from headings."""
    # "sharing-with-multiple-developers-code-review" is a section title, not a share bar, and
    # "category-social_media" is the topic a post is filed under, not a share bar either.
    tokens = [t for t in marks_text.split() if not TAXONOMY_TOKEN.match(t)]
    return " ".join(t for t in tokens if t.count("-") + t.count("_") <= 3)


def _is_hidden(tag: Tag) -> bool:
    """Return whether the page hides this element from readers."""
    return hidden_from_readers(tag.attrs)


def _inline_widget(tag: Tag, found: Survey) -> bool:
    """Return whether an inline element is a pop-up card of links inside a sentence."""
    key = id(tag)
    return found.anchors.get(key, 0) >= 3 and found.text.get(key, 0) >= 100 and found.link_density(tag) >= 0.7


def find_chrome(root: Tag, found: Survey) -> set[int]:
    """Return the ids of elements that are site chrome: menus, share bars, hidden or small headers."""
    chrome: set[int] = set()
    limit = 0.25 * found.total
    stack = [root]
    while stack:
        tag = stack.pop()
        for child in tag.contents:
            if not isinstance(child, Tag):
                continue
            key = id(child)
            # A wrapper named "Page-ad-margins" or "hidden-sidebar" can hold the whole story:
            # chrome is only what holds a small part of the page.
            if not found.text.get(key, 0) and child.name != "br":
                chrome.add(key)  # nothing to read below: later walks can skip it
                continue
            if key not in found.holds_story:
                words = _names(marks(child))
                if words and STRONG_CHROME_WORDS.search(words):
                    chrome.add(key)
                    continue
                if found.text.get(key, 0) <= limit:
                    name = child.name
                    if name in CHROME_TAGS or name == "header" or _is_hidden(child):
                        chrome.add(key)
                        continue
                    if words and CHROME_WORDS.search(words) and not STORY_CONTAINER_WORDS.search(words):
                        chrome.add(key)
                        continue
                    if name not in BLOCKS and _inline_widget(child, found):
                        chrome.add(key)
                        continue
            stack.append(child)
    return chrome
