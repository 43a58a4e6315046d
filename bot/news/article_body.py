"""The story's body: drop site chrome, find the densest run of prose, read its paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements that never hold the story's prose, whatever the site.
CHROME_TAGS = ("nav", "footer", "aside", "form", "button", "input", "textarea", "label",
               "dialog", "menu", "figcaption", "select", "option", "address")
# Class/id words that mark chrome in every CMS we know of; "okay" words rescue containers
# such as "main-content-with-sidebar".
_CHROME_WORDS = re.compile(
    r"(?:^|[-_ ])(?:share|sharing|social|socials|comment|comments|disqus|newsletter|subscribe|"
    r"subscription|cookie|cookies|consent|gdpr|related|recommend|recommended|promo|advert|"
    r"advertisement|ads?|sponsor|sponsored|sidebar|breadcrumbs?|menu|navbar|nav|"
    r"footer|masthead|popup|modal|banner|toolbar|print|skip|pagination|pager|tags|"
    r"signup|paywall|outbrain|taboola|byline|author|caption|credit|meta|dateline|"
    r"read-?more|more-?stories|trending|popular|most-?read|jump|hidden|visually-?hidden|sr-only)"
    r"(?:$|[-_ ]|s\b)",
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
_COMMAS = re.compile(r"[,，、،;；]")
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


def _classes(tag: Tag) -> str:
    """Return the class and id of a tag as one string."""
    attrs = tag.attrs or {}
    cls = attrs.get("class") or []
    if isinstance(cls, str):
        cls = [cls]
    return " ".join([*cls, str(attrs.get("id") or "")])


def _is_hidden(tag: Tag) -> bool:
    """Return whether the page hides this element from readers."""
    attrs = tag.attrs or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and bool(_HIDDEN_STYLE.search(style))


def _holds_story(tag: Tag, page_chars: int) -> bool:
    """Return whether an element holds too much of the page's text to be chrome."""
    if tag.find(["article", "main", "h1"]) is not None:
        return True
    return len(tag.get_text()) > 0.25 * page_chars


def remove_chrome(root: Tag) -> None:
    """Drop navigation, footers, share bars, hidden elements and similar chrome in place."""
    page_chars = len(root.get_text())
    # A wrapper named "Page-ad-margins" or "hidden-sidebar-layout" can hold the whole story:
    # chrome is only what holds a small part of the page.
    for tag in root.find_all(CHROME_TAGS):
        if not tag.decomposed and not _holds_story(tag, page_chars):
            tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or tag.name in ("html", "body", "article", "main"):
            continue
        marks = _classes(tag)
        chrome = _is_hidden(tag) or (
            marks.strip() and _CHROME_WORDS.search(marks) and not _OKAY_WORDS.search(marks)
        ) or tag.name == "header"
        if chrome and not _holds_story(tag, page_chars):
            tag.decompose()


def _class_weight(tag: Tag) -> int:
    """Return a bonus for class/id words that mark content and a malus for chrome words."""
    marks = _classes(tag)
    if not marks.strip():
        return 0
    weight = 0
    if _NEGATIVE.search(marks):
        weight -= 25
    if _POSITIVE.search(marks):
        weight += 25
    return weight


def _text_len(tag: Tag) -> int:
    """Return the length of an element's text with whitespace collapsed."""
    return len(" ".join(tag.get_text(" ").split()))


def _link_density(tag: Tag) -> float:
    """Return the share of an element's text that sits inside links."""
    total = _text_len(tag)
    if not total:
        return 0.0
    links = sum(_text_len(a) for a in tag.find_all("a"))
    return links / total


def _own_text(tag: Tag) -> str:
    """Return the text a div holds directly, outside any block child."""
    parts = [str(c) for c in tag.children if isinstance(c, NavigableString) and not isinstance(c, Comment)]
    for child in tag.children:
        if isinstance(child, Tag) and child.name not in BLOCKS:
            parts.append(child.get_text(" "))
    return " ".join(" ".join(parts).split())


def best_container(body: Tag) -> Tag | None:
    """Return the element whose paragraphs carry the most prose, or None."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    for tag in body.find_all(["p", "pre", "td", "blockquote", "div", "section", "li"]):
        if tag.name in ("div", "section", "li"):
            text = _own_text(tag)
        else:
            text = " ".join(tag.get_text(" ").split())
        if len(text) < 25:
            continue
        score = 1 + len(_COMMAS.findall(text)) + min(len(text) // 100, 3)
        if tag.name == "li":
            score *= 0.5
        ancestor: Tag | None = tag.parent if tag.name not in ("div", "section") else tag
        level = 0
        while isinstance(ancestor, Tag) and level < 4:
            key = id(ancestor)
            if key not in scores:
                nodes[key] = ancestor
                base = {"div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3,
                        "blockquote": 3, "ol": -3, "ul": -3, "li": -3, "form": -3,
                        "th": -5, "body": -5}.get(ancestor.name, 0)
                scores[key] = base + _class_weight(ancestor)
            scores[key] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            ancestor = ancestor.parent
            level += 1
    if not scores:
        return None
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)[:5]
    best = max(ranked, key=lambda k: scores[k] * (1 - _link_density(nodes[k])))
    return nodes[best]


def read_blocks(root: Tag) -> list[Block]:
    """Return the text blocks under root in reading order, one per paragraph-like element."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = [0]
    current = [root.name or "div"]

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text:
            blocks.append(Block(text=text, link_chars=min(link_chars[0], len(text)), tag=current[0]))
        parts.clear()
        link_chars[0] = 0

    def walk(node: Tag, in_link: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if isinstance(child, Comment):
                    continue
                text = str(child)
                parts.append(text)
                if in_link:
                    link_chars[0] += len(" ".join(text.split()))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                parts.append("\n")
                if child.next_sibling is not None and getattr(child.next_sibling, "name", None) == "br":
                    flush()
                continue
            if name in BLOCKS:
                flush()
                saved = current[0]
                current[0] = name
                walk(child, in_link)
                flush()
                current[0] = saved
            else:
                walk(child, in_link or name == "a")

    walk(root, False)
    flush()
    return blocks


def keep_block(block: Block) -> bool:
    """Return whether a block reads as story prose rather than chrome."""
    text = block.text
    if block.link_density > 0.5 and len(text) < 400:
        return False
    if len(text) < 120 and _BOILERPLATE.search(text):
        return False
    if len(text) < 100 and text.startswith("(") and text.endswith(")"):
        return False  # "(Rédacteur : ...)", "(Photo: ...)"
    if block.tag in ("li", "td", "th", "dt", "dd") and len(text) < 40:
        return False
    return True


def body_paragraphs(soup: BeautifulSoup) -> list[str]:
    """Return the story's paragraphs in order, without the site's chrome."""
    body = soup.body or soup
    if not isinstance(body, Tag):
        return []
    remove_chrome(body)
    container = best_container(body)
    if container is None:
        return []
    paragraphs = [b.text for b in read_blocks(container) if keep_block(b)]
    return paragraphs
