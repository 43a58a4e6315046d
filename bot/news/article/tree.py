"""One walk over the body tree that measures every element, so nothing is searched twice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4.element import NavigableString, PreformattedString, Tag

from bot.news.article.related_words import titles_related
from bot.news.markup import RELATED_WORDS, marks
from bot.news.text import COMMAS

_DIGIT = re.compile(r"\d")
_DATE_PROPS = frozenset({"datepublished", "datecreated", "datemodified", "dateupdated"})
_HEADING_TAGS = frozenset("h2 h3 h4 h5 h6 strong b span div p header".split())
_BLOCK_LISTS = frozenset(("aside", "section", "div", "ul", "ol"))


@dataclass
class Survey:
    """What one walk learnt: per-element text, link text, commas and links, plus landmarks."""

    text: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    commas: dict[int, int] = field(default_factory=dict)
    anchors: dict[int, int] = field(default_factory=dict)
    holds_story: set[int] = field(default_factory=set)
    position: dict[int, int] = field(default_factory=dict)  # document order of every element
    h1s: list[Tag] = field(default_factory=list)
    h2s: list[Tag] = field(default_factory=list)
    times: list[Tag] = field(default_factory=list)
    dated: list[tuple[Tag, str]] = field(default_factory=list)
    related: list[Tag] = field(default_factory=list)
    total: int = 0

    def after_headline(self, tag: Tag) -> bool:
        """Return whether an element comes after the page's first h1 (True when there is none)."""
        if not self.h1s:
            return True
        return self.position.get(id(tag), 0) > self.position.get(id(self.h1s[0]), 0)

    def link_density(self, tag: Tag) -> float:
        """Return the share of an element's text that sits inside links."""
        key = id(tag)
        return self.links.get(key, 0) / max(self.text.get(key, 0), 1)


def survey(root: Tag) -> Survey:
    """Return the measurements of every element under root (root included)."""
    found = Survey()
    text, links, commas, anchors = found.text, found.links, found.commas, found.anchors
    holds, dated = found.holds_story, found.dated
    # Iterative on purpose: unclosed inline tags make trees thousands of levels deep.
    order: list[Tag] = []
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        tag, in_link = stack.pop()
        found.position[id(tag)] = len(order)
        order.append(tag)
        name = tag.name
        attrs = tag.attrs
        is_link = name == "a"
        link = in_link or is_link
        t = l = c = 0
        children: list[Tag] = []
        after_link = False  # words after a link in the same element end its sentence, they title nothing
        for child in tag.contents:
            if isinstance(child, Tag):
                children.append(child)
                after_link = after_link or child.name == "a"
            elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
                s = child.strip()
                if not s:
                    continue
                n = len(s)
                t += n
                if link:
                    l += n  # commas between links ("a, b, c") say nothing about prose
                else:
                    c += len(COMMAS.findall(s))
                if n < 200 and len(dated) < 500 and _DIGIT.search(s):
                    dated.append((tag, s))
                # (an <h1> after the page's first: a template's box title, "<h1>Related Stories</h1>")
                if n < 60 and (name in _HEADING_TAGS or name == "h1" and found.h1s) and not after_link \
                        and titles_related(s):
                    found.related.append(tag)
        key = id(tag)
        text[key] = t
        links[key] = l
        commas[key] = c
        anchors[key] = 1 if is_link and "href" in attrs else 0
        if name in ("h1", "article", "main"):
            holds.add(key)
        if name == "h1":
            found.h1s.append(tag)
        elif name == "h2":
            found.h2s.append(tag)
        if name == "time" or "datetime" in attrs or "pubdate" in attrs or (
            str(attrs.get("itemprop", "")).lower() in _DATE_PROPS
        ):
            found.times.append(tag)
        stack.extend((child, link) for child in reversed(children))
    # Children come after their parent in pre-order: walking backwards sums them up first.
    for tag in reversed(order):
        if tag is root:
            continue
        key, parent = id(tag), id(tag.parent)
        text[parent] += text[key]
        links[parent] += links[key]
        commas[parent] += commas[key]
        anchors[parent] += anchors[key]
        if key in holds:
            holds.add(parent)
    for tag in order:
        if tag.name in _BLOCK_LISTS and anchors[id(tag)] >= 2 and RELATED_WORDS.search(marks(tag)):
            found.related.append(tag)
    found.total = text[id(root)]
    return found


