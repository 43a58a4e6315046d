"""Related headlines: the page's block of links to other stories, not its navigation."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup, Tag

from bot.models import Headline

MAX_RELATED = 12
_RELATED_MARKS = re.compile(
    r"related|similar|more-?(?:stories|news|articles|on)|read-?(?:also|more|next)|also-?read|"
    r"lire-?aussi|a-?lire|voir-?aussi|meme-?sujet|same-?topic|see-?also|suggest|recirc|"
    r"further-?reading|more-?from|mehr|leia|leggi|relacionad|correlat|relat",
    re.I,
)
_RELATED_HEADINGS = re.compile(
    r"sur le m[êe]me (?:sujet|th[èe]me)|[àa] lire (?:aussi|également|egalement)|lire aussi|"
    r"voir aussi|[àa] voir aussi|dans la m[êe]me rubrique|les plus lus|related|read (?:more|also|next)|"
    r"more (?:stories|news|on|from|about)|see also|you (?:may|might) also (?:like|be interested)|"
    r"recommended|further reading|also read|mehr zum thema|das könnte sie auch interessieren|"
    r"leia (?:também|mais)|veja (?:também|mais)|leggi anche|ver también|lee también|"
    r"noticias relacionadas|notizie correlate|相关|相關|관련",
    re.I,
)
_CHROME = re.compile(r"(?:^|[-_ ])(?:nav|navbar|menu|footer|header|breadcrumbs?|masthead|topbar|toolbar|share|social|pagination|pager|tags)(?:$|[-_ ])", re.I)
_ADS = re.compile(r"outbrain|taboola|sponsor|promo|advert|(?:^|[-_ ])ads?(?:$|[-_ ])", re.I)


def base_url(soup: BeautifulSoup, url: str) -> str:
    """Return the URL relative links resolve against (<base href> wins over the page URL)."""
    base = soup.find("base", href=True)
    if isinstance(base, Tag):
        href = base.get("href")
        if isinstance(href, str) and href.strip():
            return urljoin(url, href.strip())
    return url


def _marks(tag: Tag) -> str:
    """Return a tag's class and id as one string."""
    cls = tag.get("class") or []
    if isinstance(cls, str):
        cls = [cls]
    return " ".join([*cls, str(tag.get("id") or "")])


def _headline_text(a: Tag) -> str:
    """Return a link's text when it reads like a headline, else ""."""
    text = " ".join(a.get_text(" ").split())
    if not text:
        title = a.get("title")
        text = " ".join(title.split()) if isinstance(title, str) else ""
    words = len(text.split())
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text))
    if (words >= 3 and len(text) >= 15) or cjk >= 6:
        return text[:300]
    return ""


def _in_chrome(tag: Tag, stop: Tag | None) -> bool:
    """Return whether the tag sits inside navigation, header, footer or ads."""
    for parent in tag.parents:
        if parent is stop or not isinstance(parent, Tag):
            break
        if parent.name in ("nav", "footer", "header", "menu"):
            return True
        marks = _marks(parent)
        if marks and (_CHROME.search(marks) or _ADS.search(marks)) and not _RELATED_MARKS.search(marks):
            return True
    return False


def _absolute(href: str, base: str) -> str:
    """Return an http(s) link made absolute, or "" for javascript:, mailto: and anchors."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return ""
    full = urldefrag(urljoin(base, href))[0]
    return full if full.startswith(("http://", "https://")) else ""


def _headlines(container: Tag, base: str, own_url: str) -> list[Headline]:
    """Return the headline links inside container, absolute and without duplicates."""
    seen = {urldefrag(own_url)[0]}
    found: list[Headline] = []
    for a in container.find_all("a", href=True):
        title = _headline_text(a)
        href = a.get("href")
        link = _absolute(href, base) if title and isinstance(href, str) else ""
        if not link or link in seen:
            continue
        seen.add(link)
        found.append(Headline(title=title, url=link))
        if len(found) >= MAX_RELATED:
            break
    return found


def _announces_related(tag: Tag) -> bool:
    """Return whether a block is marked or titled as related stories."""
    if _RELATED_MARKS.search(_marks(tag)):
        return True
    heading = tag.find(["h2", "h3", "h4", "h5", "h6", "strong", "header", "span", "div", "p"], string=_RELATED_HEADINGS)
    if isinstance(heading, Tag):
        return True
    previous = tag.find_previous_sibling(True)
    if isinstance(previous, Tag) and previous.name in ("h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong"):
        text = previous.get_text(" ")
        return len(text) < 60 and bool(_RELATED_HEADINGS.search(text))
    return False


def marked_related(soup: BeautifulSoup, url: str) -> list[Headline]:
    """Return the headlines of a block the page marks as related stories, or []."""
    body = soup.body or soup
    base = base_url(soup, url)
    candidates: list[Tag] = []
    for tag in body.find_all(["aside", "section", "div", "ul", "ol", "nav"]):
        if _announces_related(tag) and not _ADS.search(_marks(tag)):
            candidates.append(tag)
    best: list[Headline] = []
    for tag in candidates:
        if _in_chrome(tag, None) and tag.name != "aside":
            continue
        found = _headlines(tag, base, url)
        # The first marked block with real headlines is the story's own; later ones are
        # often site-wide "most read" lists.
        if len(found) >= 2:
            return found
        if found and not best:
            best = found
    return best


def list_after(container: Tag, soup: BeautifulSoup, url: str) -> list[Headline]:
    """Return the first list of headline links that follows the story's body, or []."""
    base = base_url(soup, url)
    for tag in container.find_all_next(["ul", "ol", "div", "section", "table"], limit=400):
        if not isinstance(tag, Tag) or _in_chrome(tag, None):
            continue
        links = tag.find_all("a", href=True)
        if len(links) < 3:
            continue
        text_len = len(" ".join(tag.get_text(" ").split()))
        link_len = sum(len(" ".join(a.get_text(" ").split())) for a in links)
        if text_len == 0 or link_len / text_len < 0.6:
            continue
        found = _headlines(tag, base, url)
        if len(found) >= 3 and len(found) >= len(links) * 0.5:
            return found
    return []
