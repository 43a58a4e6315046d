"""Site chrome: the menus, share bars, cookie notices and hidden parts around a story."""

from __future__ import annotations

import re

from bs4.element import Tag

from bot.news.article.blocks import BLOCKS
from bot.news.article.tree import Survey, marks

# Elements that never hold the story's prose, whatever the site.
CHROME_TAGS = frozenset("nav footer aside form button input textarea label dialog menu figcaption "
                        "select option address".split())
# Class/id words that mark chrome in every CMS we know of; "okay" words rescue containers
# such as "main-content-with-sidebar".
_CHROME_WORDS = re.compile(
    r"(?:^|[-_ ])(?:share|sharing|social|socials|comment|comments|disqus|newsletter|subscribe|"
    r"subscription|cookie|cookies|consent|gdpr|related|recommend|recommended|promo|advert|"
    r"advertisement|ads?|sponsor|sponsored|sidebar|breadcrumbs?|menu|navbar|nav|"
    r"footer|masthead|popup|modal|banner|toolbar|print|skip|pagination|pager|tags|"
    r"signup|paywall|outbrain|taboola|byline|author|caption|credit|meta|dateline|signature|"
    r"read-?more|more-?stories|trending|popular|most-?read|jump|hidden|visually-?hidden|sr-only)"
    r"(?:$|[-_ ]|s\b)",
    re.I,
)
# Words that name chrome whatever its size or wrapper ("article-comments", "post-share"):
# only an element holding the headline or the <article> survives them.
_STRONG_CHROME = re.compile(
    r"(?:^|[-_ ])(?:comments?|disqus|share|sharing|social|newsletter|subscribe|cookies?|consent|gdpr|"
    r"related|recommend(?:ed|ations?)?|outbrain|taboola|sponsored|breadcrumbs?|gallery|slideshow|"
    r"carousel|popup|modal|sr-only|visually-?hidden)(?:$|[-_ ]|s\b)",
    re.I,
)
_OKAY_WORDS = re.compile(r"article|body|content|main|story|entry|post|text|column|shadow", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _names(marks_text: str) -> str:
    """Return the class/id tokens that name a component, without slugs made from headings."""
    # "sharing-with-multiple-developers-code-review" is a section title, not a share bar.
    if marks_text.count("-") + marks_text.count("_") <= 3:
        return marks_text
    return " ".join(t for t in marks_text.split() if t.count("-") + t.count("_") <= 3)


def _is_hidden(tag: Tag) -> bool:
    """Return whether the page hides this element from readers."""
    attrs = tag.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and ("none" in style or "hidden" in style) and bool(_HIDDEN_STYLE.search(style))


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
                if words and _STRONG_CHROME.search(words):
                    chrome.add(key)
                    continue
                if found.text.get(key, 0) <= limit:
                    name = child.name
                    if name in CHROME_TAGS or name == "header" or _is_hidden(child):
                        chrome.add(key)
                        continue
                    if words and _CHROME_WORDS.search(words) and not _OKAY_WORDS.search(words):
                        chrome.add(key)
                        continue
                    if name not in BLOCKS and _inline_widget(child, found):
                        chrome.add(key)
                        continue
            stack.append(child)
    return chrome
