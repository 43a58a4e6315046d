"""The story's body: set site chrome aside, find the densest run of prose, read its paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from bot.news.article_tree import Survey, marks

BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
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
_POSITIVE = re.compile(r"article|body|content|entry|main|page|post|text|blog|story|prose|chapo|lead|intro", re.I)
_NEGATIVE = re.compile(
    r"hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|"
    r"outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|"
    r"tool|widget|nav|menu|social|caption|byline|author|newsletter",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_PARAGRAPHS = frozenset(("p", "pre", "td", "blockquote"))
_OWN_TEXT = frozenset(("div", "section", "article", "li", "main", "span", "font", "center", "dd"))
_TAG_BASE = {"div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
             "ol": -3, "ul": -3, "li": -3, "form": -3, "dl": -3, "th": -5, "body": -5, "address": -3}
_BOILERPLATE = re.compile(
    r"^\W*(?:advertisement|advertising|publicité|anzeige|publicidad|pubblicità|sponsored|"
    r"read more|read also|see also|related|lire aussi|à lire aussi|a lire aussi|lire la suite|"
    r"voir aussi|sur le même sujet|share|partager|share this|subscribe|sign up|newsletter|"
    r"click here|cliquez ici|follow us|suivez-nous|nous suivre|photo|photos|image|credit|"
    r"crédit|getty images|©|copyright|all rights reserved|tous droits réservés|"
    r"this article|cet article|continue reading|watch|video|vidéo)\b",
    re.I,
)


@dataclass
class Block:
    """One paragraph-sized run of text, with how much of it is link text."""

    text: str
    link_chars: int
    tag: str

    @property
    def link_density(self) -> float:
        """Return the share of the text that sits inside links."""
        return self.link_chars / max(len(self.text), 1)


def _is_hidden(tag: Tag) -> bool:
    """Return whether the page hides this element from readers."""
    attrs = tag.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and ("none" in style or "hidden" in style) and bool(_HIDDEN_STYLE.search(style))


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
            if key not in found.holds_story:
                words = marks(child)
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
            stack.append(child)
    return chrome


def _class_factor(tag: Tag) -> float:
    """Return a factor above 1 for class/id words that mark content, below 1 for chrome words."""
    words = marks(tag)
    if not words:
        return 1.0
    factor = 1.0
    if _NEGATIVE.search(words):
        factor *= CLASS_MALUS
    if _POSITIVE.search(words):
        factor *= CLASS_BONUS
    return factor


CLASS_BONUS = 1.3
CLASS_MALUS = 0.7


def _own_text_len(tag: Tag, found: Survey, chrome: set[int]) -> tuple[int, int, bool]:
    """Return (chars, commas, has block children) for the text an element holds outside blocks."""
    chars = commas = 0
    blocks = False
    for child in tag.contents:
        if isinstance(child, Tag):
            if child.name in BLOCKS:
                blocks = True
            elif id(child) not in chrome:
                chars += found.text.get(id(child), 0)
                commas += found.commas.get(id(child), 0)
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            s = child.strip()
            chars += len(s)
            commas += s.count(",")
    return chars, commas, blocks


def story_containers(root: Tag, found: Survey, chrome: set[int]) -> list[Tag]:
    """Return the elements that hold the story's prose, in page order ([] when none)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    prose: dict[int, int] = {}
    stack = [root]
    while stack:
        tag = stack.pop()
        for child in tag.contents:
            if isinstance(child, Tag) and id(child) not in chrome:
                stack.append(child)
        name = tag.name
        # A div with text and no block inside reads as a paragraph (its parent scores);
        # a div mixing text and blocks holds a paragraph of its own (it scores itself).
        as_paragraph = name in _PARAGRAPHS
        if as_paragraph:
            chars, commas = found.text.get(id(tag), 0), found.commas.get(id(tag), 0)
        elif name in _OWN_TEXT:
            chars, commas, blocks = _own_text_len(tag, found, chrome)
            as_paragraph = not blocks
        else:
            continue
        if chars < 25:
            continue
        score = 1 + commas + min(chars // 100, 3)
        if name == "li":
            score *= 0.5
        ancestor: Tag | None = tag.parent if as_paragraph else tag
        level = 0
        while isinstance(ancestor, Tag) and level < 4:
            key = id(ancestor)
            if key not in scores:
                nodes[key] = ancestor
                scores[key] = 0.0
            scores[key] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            ancestor = ancestor.parent
            level += 1
        # Prose counts for every ancestor, so sibling sections of one story can be told apart
        # from sidebars however deep their paragraphs sit.
        holder = tag if not as_paragraph else tag.parent
        while isinstance(holder, Tag) and holder is not root:
            prose[id(holder)] = prose.get(id(holder), 0) + chars
            holder = holder.parent
    if not scores:
        return []
    final = {
        k: (_TAG_BASE.get(nodes[k].name, 0) + v * _class_factor(nodes[k])) * (1 - found.link_density(nodes[k]))
        for k, v in scores.items()
    }
    return _widen(root, nodes, final, prose, found, chrome)


_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def _kind(tag: Tag) -> tuple[str, str] | None:
    """Return an element's tag and first class, the way CMSs name repeated sections."""
    cls = tag.attrs.get("class")
    first = (cls.split() or [""])[0] if isinstance(cls, str) else (cls[0] if cls else "")
    if not first or _LAYOUT_CLASS.match(first):
        return None  # "col-xs-12", "row": grid classes name a layout, not a kind of content
    return (tag.name, first)


_LAYOUT_CLASS = re.compile(r"(?:col|row|grid|container|wrapper|wrap|flex|clearfix|cf|span\d|pull|float|"
                           r"[dwhmp][trblxy]?-|g-|l-|u-)", re.I)


def _widen(root: Tag, nodes: dict[int, Tag], final: dict[int, float], prose: dict[int, int],
           found: Survey, chrome: set[int]) -> list[Tag]:
    """Return the best candidate widened to the whole story: split bodies and sibling runs."""
    ranked = sorted(final, key=final.__getitem__, reverse=True)
    top = nodes[ranked[0]]
    best = final[ranked[0]]
    # Near-equal candidates under one ancestor are parts of one story split by the CMS.
    close = [nodes[k] for k in ranked[1:6] if final[k] >= 0.75 * best]
    if len(close) >= 3:
        close_ids = [{id(a) for a in c.parents} | {id(c)} for c in close]
        for parent in top.parents:
            if parent is root or not isinstance(parent, Tag):
                break
            if sum(id(parent) in ids for ids in close_ids) >= 3:
                top = parent
                break
    # A parent that scores more than its child is the better container.
    last = final.get(id(top), best)
    threshold = last / 3
    parent = top.parent
    while isinstance(parent, Tag) and parent is not root:
        score = final.get(id(parent))
        if score is not None:
            if score < threshold:
                break
            if score > last:
                top = parent
                break
            last = score
        parent = parent.parent
    # An only child stands for its parent, so the parent's siblings can join.
    while isinstance(top.parent, Tag) and top.parent is not root:
        children = [c for c in top.parent.contents if isinstance(c, Tag) and id(c) not in chrome]
        if len(children) != 1:
            break
        top = top.parent
    parent = top.parent
    if not isinstance(parent, Tag):
        return [top]
    top_score = final.get(id(top), best)
    needed = max(10.0, top_score * 0.2)
    top_kind = _kind(top)
    top_marks = marks(top)
    picked: list[Tag] = []
    for sibling in parent.contents:
        if not isinstance(sibling, Tag) or id(sibling) in chrome:
            continue
        if sibling is top:
            picked.append(sibling)
            continue
        # Readability's rule: a sibling with the same class as the story gets a head start.
        bonus = top_score * 0.2 if top_marks and marks(sibling) == top_marks else 0.0
        if final.get(id(sibling), 0.0) + bonus >= needed:
            picked.append(sibling)
        elif top_kind is not None and _kind(sibling) == top_kind and prose.get(id(sibling), 0) >= 140 \
                and found.link_density(sibling) < 0.25:
            # One story cut into sections of one kind ("o-article_block ..."), however deep.
            picked.append(sibling)
        elif sibling.name == "p":
            length = found.text.get(id(sibling), 0)
            density = found.link_density(sibling)
            if (length > 80 and density < 0.25) or (0 < length <= 80 and density == 0
                                                    and _SENTENCE_END.search(sibling.get_text())):
                picked.append(sibling)
    return picked


def _next_tag_is_br(tag: Tag) -> bool:
    """Return whether the next non-blank sibling of a <br> is another <br>."""
    sibling = tag.next_sibling
    while isinstance(sibling, NavigableString) and not sibling.strip():
        sibling = sibling.next_sibling
    return isinstance(sibling, Tag) and sibling.name == "br"


def read_blocks(root: Tag, chrome: set[int]) -> list[Block]:
    """Return the text blocks under root in reading order, one per paragraph-like element."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = 0
    current = root.name or "div"

    def flush() -> None:
        nonlocal link_chars
        text = " ".join("".join(parts).split())
        if text:
            blocks.append(Block(text=text, link_chars=min(link_chars, len(text)), tag=current))
        parts.clear()
        link_chars = 0

    # Iterative on purpose: unclosed inline tags make trees thousands of levels deep.
    # Each frame: the children still to read, whether they sit in a link, and the block
    # name to restore when the frame ends (None for inline elements).
    stack: list[tuple[Iterator[PageElement], bool, str | None]] = [(iter(root.contents), False, None)]
    while stack:
        children, in_link, restore = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if restore is not None:
                flush()
                current = restore
            continue
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                parts.append(child)
                if in_link:
                    link_chars += len(child.strip())
            continue
        if not isinstance(child, Tag) or id(child) in chrome:
            continue
        name = child.name
        if name == "br":
            parts.append("\n")
            if _next_tag_is_br(child):
                flush()
        elif name in BLOCKS:
            flush()
            stack.append((iter(child.contents), in_link, current))
            current = name
        else:
            stack.append((iter(child.contents), in_link or name == "a", None))
    flush()
    return blocks


_CREDIT_END = re.compile(
    r"\([^()]*\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Xinhua|Bloomberg|Photo|Foto|File|Credit|Crédit|"
    r"Courtesy|via|Shutterstock|iStock|Image|Illustration|DPA|ANSA|Keystone)\b[^()]*\)\W*$"
)


def keep_block(block: Block) -> bool:
    """Return whether a block reads as story prose rather than chrome."""
    text = block.text
    if len(text) < 400 and _CREDIT_END.search(text):
        return False  # a photo caption: "... in 2006. (NASA via AP, File)"
    if block.link_density > 0.5 and len(text) < 400:
        return False
    if len(text) < 120 and _BOILERPLATE.search(text):
        return False
    if len(text) < 100 and text.startswith("(") and text.endswith(")"):
        return False  # "(Rédacteur : ...)", "(Photo: ...)"
    return True
