"""The article links of an HTML front page: which links are stories, in page order, under which headline.

lxml reads the page: its C parser builds the tree several times faster than bs4 builds its Python
one, and only links are looked at. A link's address is judged first (cheap, and most links fail
there); only links that may be stories have their ancestors read, and each container's verdict
(navigation, the site's header or footer, a box of most-read stories ...) is worked out once and
shared by every link inside it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.etree  # type: ignore[import-untyped]  # no stubs: elements are Any here
import lxml.html  # type: ignore[import-untyped]

from bot.models import Entry
from bot.news.markup import (
    ACCOUNT_MARKS,
    CHROME_LABELS,
    CLASSIFIED_MARKS,
    COMMENT_COUNT,
    DATA_PAGE_TITLE,
    EVENT_SEGMENTS,
    FRAME_TAGS,
    HERO_MARKS,
    KICKER_MARKS,
    MEDIA_SUFFIX,
    PAID_LABEL,
    PRESS_RELEASES_TITLE,
    PAID_TOKENS,
    MEDIA_KICKERS,
    MORE_LABELS,
    MOST_SHARED_MARKS,
    NAVIGATION_TAGS,
    NOT_STORY_HOSTS,
    NOT_STORY_SEGMENTS,
    NOT_STORY_SLUG_WORDS,
    POLL_AND_CLASSIFIED_WORDS,
    RELATED_LIST_MARKS,
    SECTIONING_TAGS,
    SERVICE_BOX_MARKS,
    SPONSOR_LABELS,
    STRIP_MARKS,
    TAG_LIST_TOKEN,
    TICKER_MARKS,
    VIDEO_STRIP_MARKS,
    element_marks,
    element_says_ad_slot,
    element_says_navigation,
)
from bot.news.text import collapse, count_cjk
from bot.news.urls import absolute_url, normalize_url, site_domain


@dataclass
class FrontPage:
    """What a front page lists: the site's name, its stories in page order, and its feed if it links one."""

    title: str
    entries: list[Entry] = field(default_factory=list)
    feed_url: str | None = None


# ---------------------------------------------------------------------------- reading the bytes

# Elements whose text is never shown: links inside them are not on the page either.
_NOISE_TAGS = frozenset({"script", "style", "noscript", "template"})
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _decode(html: bytes) -> str:
    """Return the page as text: a byte-order mark, else the charset it declares, else UTF-8, else Windows-1252."""
    if html.startswith(codecs.BOM_UTF8):
        return html[3:].decode("utf-8", "replace")
    if html.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return html.decode("utf-16", "replace")
    match = _DECLARED_CHARSET.search(html[:8192])
    if match:
        try:
            codec = codecs.lookup((match.group(1) or match.group(2)).decode("ascii", "ignore")).name
        except LookupError:
            codec = ""
        if codec and not codec.startswith(("utf-16", "utf-32")):  # a page that declares UTF-16 is ASCII by then
            # Browsers read a declared Latin-1 as Windows-1252 (its quotes and dashes); so do we.
            return html.decode("cp1252" if codec in ("latin-1", "ascii") else codec, "replace")
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", "replace")


def _parse(html: bytes | str) -> Any:
    """Return the page's root element, or None for a page with no markup."""
    text = _decode(html) if isinstance(html, bytes) else html
    # lxml refuses text that still declares an encoding; NUL characters end its input early.
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None


# ---------------------------------------------------------------------------- which links are stories

# Path segments that lead to lists, people, accounts or machinery, never to one article.
_SKIP_SEGMENTS = frozenset(
    {
        "tag", "tags", "author", "authors", "auteur", "auteurs", "autor", "autore", "autores", "autori", "autoren",
        "contributor", "contributors",
        "login", "logout", "signin", "sign-in", "signup", "sign-up", "register", "account", "compte",
        "connexion", "inscription", "search", "recherche", "suche", "buscar",
        "feed", "feeds", "rss", "atom", "newsletter", "newsletters", "subscribe", "abonnement",
        "abo", "abos", "aboshop", "abonnements", "subscription", "subscriptions", "suscripcion", "suscripciones",
        "wp-login.php", "wp-admin", "cdn-cgi",
        "click", "adclick", "aclk",  # an ad server's click counter (/advertpro/servlet/click/media?mid=...): it sells
    }
)
# Segments that name an index of articles; such a path is an index unless it also carries an id or a date.
_INDEX_SEGMENTS = frozenset(
    {
        "category", "categories", "categorie", "section", "sections", "rubrique", "rubriques",
        "topic", "topics", "theme", "themes", "dossier", "dossiers", "archive", "archives", "sommaire",
        "thematique", "thematiques", "tematica", "tematicas", "tematiche",
    }
)
_SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".mp3", ".mp4",
    ".xml", ".rss", ".atom", ".json", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
    ".apk", ".exe", ".dmg", ".msi", ".epub", ".mobi",  # an app or a book to download
)
_ARTICLE_EXTENSIONS = (".html", ".htm", ".shtml")
_INDEX_FILE = re.compile(r"^(?:index|default|home|accueil|main)\d*\.\w+$", re.IGNORECASE)
_EPISODE_FOLDERS = frozenset({"podcasts"})  # a catalogue, but one episode in it is a story like a single video
_ID_OR_DATE = re.compile(r"\d{4,}")  # a numeric id (c31356-9081464) or a year (2016, 20240305)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Teasers: a heading holding a link, or a link holding a heading.
_TEASER_HEADINGS = ("h2", "h3", "h4", "h5")
_MANY_TEASERS = 5  # a header or footer tag holding this many is the page's body, not its masthead
_STORY_LIST_MIN = 3  # a menu-classed block linking this many dated or numbered stories is a list of stories
_LIST_HEADLINE_WORDS, _LIST_HEADLINE_CJK = 4, 5  # ... under link texts this long: headlines, not menu labels
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")

# How much a URL looks like one story: not at all, only with a long headline, surely, or so
# surely (a date or a long id) that a headline of one word is enough. SHAPELESS is a URL that
# says nothing either way (/Elnumerodecasos, /about): a story only where the page shows it as it
# shows its stories (see _Shapeless).
SHAPELESS, NOT_STORY, NEEDS_HEADLINE, STORY, SURE_STORY = -1, 0, 1, 2, 3
_DATE_PATH = re.compile(r"/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:/|$)")
_LONG_ID = re.compile(r"\d{5,}")
_DATE_ONLY_END = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/?$")


_UNDERSCORE_SLUG_WORDS = 6


_HOROSCOPE = re.compile(r"oroskop|oroscop", re.I)  # horoscope, Horoskop, horóscopo, oroscopo, goroskop: no report


def _path_kind(url: str, page_key: str) -> int:
    """Return how much a same-site URL looks like one article (NOT_STORY ... SURE_STORY);
    page_key is the front page's own normalized URL without its query."""
    parts = urlsplit(url)
    path = parts.path
    segments = [s for s in path.split("/") if s]
    if not segments or segments[-1] in ("undefined", "null"):
        return NOT_STORY  # the front page itself, or a link a script failed to fill in
    if normalize_url(url).split("?", 1)[0] == page_key:
        return NOT_STORY
    if _DATE_ONLY_END.search(path):
        return NOT_STORY  # /date/2021/08/02/: a day's or a month's archive, no story's slug or id after the date
    lowered = [s.lower() for s in segments]
    if any(s in _SKIP_SEGMENTS or s in NOT_STORY_SEGMENTS or s in POLL_AND_CLASSIFIED_WORDS for s in lowered) \
            and not (_EPISODE_FOLDERS.intersection(lowered[:-1]) and (_DATE_PATH.search(path) or _LONG_ID.search(path))):
        return NOT_STORY  # save one episode of a podcast, filed by its date or id (/podcasts/show/episode-200584821.html)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host.split(".", 1)[0] in NOT_STORY_HOSTS:
        return NOT_STORY
    last = lowered[-1]
    if last.endswith(_SKIP_EXTENSIONS):
        return NOT_STORY
    stem = re.sub(r"\.\w+$", "", last)
    # Any segment: the slug is often not the last one (/polskie-gory-sprawdz-co-o-nich-wiesz-quiz/7286/).
    if any(NOT_STORY_SLUG_WORDS.intersection(re.split(r"[-_+]", s)) for s in (stem, *lowered[:-1])):
        return NOT_STORY
    if _HOROSCOPE.search(path):
        return NOT_STORY  # inside a compound too: "monatshoroskop", "gunluk-horoscopo-diario"
    if EVENT_SEGMENTS.intersection(lowered) and not _DATE_PATH.search(path):
        return NOT_STORY  # /agenda/evenement/news/max-bird-report-du-22-mai/: a calendar entry
    if "page" in lowered[:-1] and last.isdigit():
        return NOT_STORY  # /page/2/: pagination
    # An index file (index.html, index.do) names its folder, or with a query the page a script serves
    # (index.php?o=rn&id=403755): a story only if the folder or the query has a date or an id.
    where = "/".join(segments[:-1]) if _INDEX_FILE.match(last) else path
    has_id_or_date = bool(_ID_OR_DATE.search(where) or _ID_OR_DATE.search(parts.query))
    if _INDEX_FILE.match(last) and not has_id_or_date:
        return NOT_STORY
    if any(s in _INDEX_SEGMENTS for s in lowered) and not has_id_or_date:
        return NOT_STORY
    if _DATE_PATH.search(path) or _LONG_ID.search(where):
        return SURE_STORY
    if has_id_or_date:
        return STORY
    if any(len([w for w in re.split(r"[-+]", s) if w]) >= 4 for s in (stem, *lowered[:-1])):
        return STORY  # a long hyphenated slug: /world/some-long-headline-slug/ (not /also_in_the_news/: a section)
    if last.endswith(_ARTICLE_EXTENSIONS) and len(segments) >= 2:
        return STORY
    if len(segments) >= 2 and ("-" in stem or len(stem.split("_")) >= _UNDERSCORE_SLUG_WORDS):
        # /gallery/best-fitness-tracker, /comments/what_should_i_do_about_my_friend: a story if its link reads like a
        # headline (a short underscored name, /also_in_the_news/, is a section's)
        return NEEDS_HEADLINE
    return SHAPELESS


def is_article_url(url: str, page_url: str) -> bool:
    """Return whether a same-site URL looks like one article: an id or a date, a long slug, or a deep .html path."""
    return _path_kind(url, normalize_url(page_url).split("?", 1)[0]) >= STORY


# ---------------------------------------------------------------------------- where links sit


class _Containers:
    """Verdicts on the elements that hold links, each worked out once per page."""

    def __init__(self, root: Any) -> None:
        self._root = root
        self._teasers: dict[Any, int] | None = None  # element -> how many teasers it holds, counted once
        self._boilerplate: dict[Any, bool] = {}
        self._sectioned: dict[Any, bool] = {}
        self._in_heading: dict[Any, bool] = {}
        self._most_read: dict[Any, bool] = {}
        self._video: dict[Any, bool] = {}
        self._menu_teasers: set[Any] = set()  # teasers inside a menu (see _menu_teaser)

    def teasers(self, element: Any) -> int:
        """Return how many teasers (a heading holding a link, or a link holding a heading) an element holds."""
        if self._teasers is None:
            counts: dict[Any, int] = {}
            for heading in self._root.iter(*_TEASER_HEADINGS):
                linked = heading.find(".//a[@href]") is not None
                node = heading.getparent()
                for _ in range(4):
                    if linked or node is None:
                        break
                    linked = node.tag == "a" and node.get("href") is not None
                    node = node.getparent()
                if not linked:
                    continue
                node = heading
                while node is not None:
                    counts[node] = counts.get(node, 0) + 1
                    node = node.getparent()
            self._teasers = counts
        return self._teasers.get(element, 0)

    def _inherited(self, element: Any, memo: dict[Any, bool], own: Any) -> bool:
        """Return own(e) for the nearest of element and its ancestors where it decides (True/False), else False."""
        path = []
        node = element
        while node is not None and node not in memo:
            path.append(node)
            node = node.getparent()
        verdict = memo[node] if node is not None else False
        for node in reversed(path):
            decided = own(node)
            verdict = decided if decided is not None else verdict
            memo[node] = verdict
        return verdict

    def sectioned(self, element: Any) -> bool:
        """Return whether an element is inside an article, section, aside or main element (not counting itself)."""
        parent = element.getparent()
        if parent is None:
            return False
        return self._inherited(parent, self._sectioned, lambda e: True if e.tag in SECTIONING_TAGS else None)

    def in_heading(self, element: Any) -> bool:
        """Return whether an element is (inside) a heading."""
        return self._inherited(element, self._in_heading, lambda e: True if e.tag in _HEADING_TAGS else None)

    def in_most_read(self, anchor: Any) -> bool:
        """Return whether a link sits in a box of the most read or shared stories."""
        return self._inherited(anchor, self._most_read, lambda e: True if MOST_SHARED_MARKS.search(element_marks(e)) else None)

    def in_video_strip(self, anchor: Any) -> bool:
        """Return whether a link sits in a list or a box of videos."""
        return self._inherited(anchor, self._video, lambda e: True if VIDEO_STRIP_MARKS.search(element_marks(e)) else None)

    def in_menu_teaser(self, anchor: Any) -> bool:
        """Return whether a link sits in a story's teaser inside a menu (once boilerplate has judged it)."""
        return bool(self._menu_teasers) and any(element in self._menu_teasers for element in anchor.iterancestors())

    def boilerplate(self, anchor: Any) -> bool:
        """Return whether a link sits in navigation, the site's header or footer, a menu, a sharing block,
        or an element whose text is never shown."""
        # Not the link's own class: a tracking class ("nav_profiling", data-nav) says nothing of where it sits.
        parent = anchor.getparent()
        return parent is not None and self._inherited(parent, self._boilerplate, self._says_boilerplate)

    def _menu_teaser(self, element: Any) -> bool:
        """Return whether an element is a story's teaser inside a menu (a mega-menu's dropdown), where it is no label."""
        parent = element.getparent()
        if parent is None or not self._boilerplate.get(parent):  # the parent's verdict is known: see _inherited
            return False
        if not self._is_teaser_card(element):
            return False
        # The nearest element that said chrome must be a menu, the header or the footer: never a hidden element,
        # an advertising slot or an account menu.
        node = parent
        while node is not None and node.tag not in NAVIGATION_TAGS and node.tag not in FRAME_TAGS:
            if node.tag in _NOISE_TAGS or (element_marks(node) and not element_says_navigation(node)
                                             and self._says_boilerplate(node)):
                return False
            node = node.getparent()
        return node is not None or element_says_navigation(parent)

    def _says_boilerplate(self, element: Any) -> bool | None:
        """Return what an element itself says of the links inside it: chrome (True), stories (False), or nothing (None)."""
        tag = element.tag
        if tag in _NOISE_TAGS:
            return True
        if self._menu_teaser(element):
            self._menu_teasers.add(element)
            return False  # a mega-menu's teaser of a story: an image and one headline
        if tag in NAVIGATION_TAGS:
            return True
        if tag in FRAME_TAGS and not self.sectioned(element):
            # The site's header or footer; inside a sectioning element it belongs to a story, and one that
            # holds five teasers or more is the page's body in a header tag, not a masthead.
            return None if self.teasers(element) >= _MANY_TEASERS else True
        if tag in ("body", "html"):
            return None  # a body class like "home-page-menu-open" says nothing about one link
        mark = element_marks(element)
        if mark and ACCOUNT_MARKS.search(mark):
            return True  # the header's account menu: help, settings, sign-in
        if mark and (CLASSIFIED_MARKS.search(mark) or SERVICE_BOX_MARKS.search(mark)):
            return True  # a box of classified ads, the weather, horoscopes
        if mark and (element_says_ad_slot(element) and self.teasers(element) < 2 or element_says_ad_slot(element, PAID_TOKENS)):
            # an advertising slot; one holding teasers is a block of stories with an ad beside them, unless it
            # calls them sponsored or a partner's
            return True
        if mark and any(TAG_LIST_TOKEN.match(token) for token in mark.split()):
            return True  # a list of tags: its links lead to topic pages
        if mark and MOST_SHARED_MARKS.search(mark):
            return False  # a box of the most shared or read stories, not a share bar
        if element_says_navigation(element):
            # A menu or a share bar holds labels, not teasers: an <article> or a headed link inside says the
            # class only configures a block of stories ("postblock pagination_disable", "td_block
            # with_ajax_pagination", a teaser's "hover-share-item"). Inside a <nav> or the site's header they
            # stay navigation: those are judged by their tag.
            return None if self.teasers(element) or element.find(".//article") is not None \
                or self._lists_stories(element) else True
        return None

    @staticmethod
    def _is_teaser_card(element: Any) -> bool:
        """Return whether an element is one story's teaser: a picture and a single heading that links a headline
        (a menu's section heading is a label; a block of several headings is a menu's column)."""
        if element.tag in ("a", "ul", "ol", "li") or element.find(".//img") is None:
            return False
        headings = element.iter(*_TEASER_HEADINGS)
        heading = next(headings, None)
        if heading is None or next(headings, None) is not None:
            return False
        link = heading.find(".//a[@href]")
        if link is None:
            link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
        return link is not None and is_headline(_text_of(link))

    @staticmethod
    def _lists_stories(element: Any) -> bool:
        """Return whether most of an element's links, three or more, are headlines of dated or numbered stories: a
        list of stories its class calls a menu or a footer ("nav_part1", "footer-section"); a menu's links are
        labels ("Politik", "Familie & Gesundheit"), whatever ids their addresses carry."""
        stories = total = 0
        for link in element.iter("a"):
            href = link.get("href")
            if not href:
                continue
            total += 1
            path = href.partition("?")[0].partition("#")[0]
            if "//" in path:  # an absolute address: its path only, not digits of its host
                path = "/" + path.split("//", 1)[1].partition("/")[2]
            if _DATE_PATH.search(path) or _LONG_ID.search(path):
                text = _text_of(link)
                stories += len(text.split()) >= _LIST_HEADLINE_WORDS or count_cjk(text) >= _LIST_HEADLINE_CJK
        return stories >= _STORY_LIST_MIN and 2 * stories >= total


# ---------------------------------------------------------------------------- what a link says


def _folded_words(text: str) -> list[str]:
    """Return the words of a text, lower-case and without accents ("Santé" -> "sante")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[a-z0-9]+", "".join(c for c in plain if not unicodedata.combining(c)))


# A market quote: a name, a price and its change ("Bitcoin 38.291,75 %-1,45", "DAX 18.210 +0,4 %", "ZBG Token $0,0317 -4,04%").
_NUMBER = re.compile(r"^(?:[-+−%$€£¥₺]*\d[\d.,]*[%$€£¥₺]?|%)$")
_QUOTE_NAME_WORDS = 3


def _is_quote(text: str) -> bool:
    """Return whether a link text is a market quote (a name, then a price and a percentage change): a data page's."""
    if "%" not in text:
        return False
    words = text.split()
    numbers = sum(bool(_NUMBER.match(word)) for word in words)
    return numbers >= 2 and len(words) - numbers <= _QUOTE_NAME_WORDS and bool(_NUMBER.match(words[-1]))


_FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)  # an image's alt that only names its file


def is_headline(text: str, slug: str = "") -> bool:
    """Return whether a link text reads like a headline rather than a label ("Sport", "More", "»").
    A headline of one to three words ("Setlist", "24 heures photo") counts when the story's
    URL slug spells it: a section label ("Santé") on a story link does not. slug is given for sure stories only."""
    if not text or len(text) > 300 or COMMENT_COUNT.match(text) or _is_quote(text) or _FILE_NAME.match(text):
        return False
    if len(text.split()) >= 4 or len(text) >= 20:
        return True
    words = _folded_words(text)
    if slug and words and not MORE_LABELS.match(text) and set(words) <= set(_folded_words(slug)):
        return True
    # Chinese, Japanese and Korean headlines have no spaces and are short in characters; on a dated or numbered
    # story's link five characters make one ("明星也爱路边摊", "国货亮相IFA"), where a label has two to four ("国际", "更多").
    if slug and count_cjk(text) >= 2 and len("".join(text.split())) >= 5 and not MORE_LABELS.match(text):
        return True
    return count_cjk(text) >= 8


# How good a link's text is as the story's headline: a heading, the link's own words, or what
# an image or a caption says (alt text, captions and photo credits are the last resort).
HEADING, LINK_TEXT, ASIDE_TEXT = 0, 1, 2
_CAPTION_MARKS = re.compile(r"caption|credit|legend|copyright|(?:^|[-_ ])(?:foto|photo|image|img)(?:$|[-_ ])", re.I)


def _is_caption(element: Any) -> bool:
    """Return whether an element is a figure caption or a photo credit."""
    return element.tag in ("figcaption", "small") or bool(_CAPTION_MARKS.search(element_marks(element)))


# An element whose whole text is a number is a counter beside the headline: a rank in a most-read
# list ("1", "2."), or a count of views or comments ("15111", "1 204").
_COUNTER = re.compile(r"^[#№]?\d{1,3}(?:[\s.,]?\d{3})*[.)]?$")


def _link_texts(anchor: Any) -> tuple[str, str]:
    """Return a link's words without those of captions, credits and counters inside it, and all its
    words but counters, dates and kickers."""
    own: list[str] = []
    shown: list[str] = []

    def walk(element: Any, caption: bool) -> None:
        if element.text:
            shown.append(element.text)
            if not caption:
                own.append(element.text)
        leading = _leading_kicker(element)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _NOISE_TAGS and not _is_counter(child) \
                    and not _is_kicker(child) and child is not leading:
                walk(child, caption or _is_caption(child))
            if child.tail:  # the text after a child belongs to the element around it
                shown.append(child.tail)
                if not caption:
                    own.append(child.tail)

    walk(anchor, False)
    return collapse(" ".join(own)), collapse(" ".join(shown))


def _is_kicker(element: Any) -> bool:
    """Return whether an element is the kicker above or before a headline ("Kommentar", "Trump bestätigt: ..."), as
    its class or its component name says: a label of the story, not words of its headline."""
    return bool(KICKER_MARKS.search(f"{element_marks(element)} {element.get('data-component') or ''}"))


def _is_counter(element: Any) -> bool:
    """Return whether an element's whole text is a number or a date: a rank, a count or when, not words of a headline."""
    text = collapse(" ".join(element.itertext()))
    return len(text) <= _STAMP_CHARS and bool(_COUNTER.match(text) or _STAMP.match(text))


# An element whose whole text is a day or a time stamps the story ("01/08", "30.07.", "14:05", "01/08/2021 14:05"); a
# number ("2.5" per cent) or a score ("2-1") is not one.
_STAMP = re.compile(r"^(?:\d{2}[./]\d{2}\.?|\d{1,2}\.\d{1,2}\.|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?:,?\s+\d{1,2}[:h.]\d{2})?$"
                    r"|^\d{1,2}[:h]\d{2}$")
_STAMP_CHARS = 24  # longer than any counter or date stamp: words, read no further
_KICKER_WORDS = 8  # a label, not a headline of its own


def _leading_kicker(element: Any) -> Any:
    """Return the child that opens an element as its kicker, set apart by the markup: an element first in it, with
    words after it, that ends in a colon ("<span>Bahn-Tochter: </span><span>Wie ...</span>") or a line break
    ("<strong>TEST</strong><br>Asus ..."); else None. A colon inside running text ("Android : ...") stays."""
    if (element.text or "").strip() or not len(element):
        return None
    first = element[0]
    follower = first.getnext()
    if follower is None and not (first.tail or "").strip():
        return None  # nothing after it: a wrapper, not a kicker (the common case, settled before reading any text)
    if not isinstance(first.tag, str) or first.tag in _NOISE_TAGS or first.tag in _HEADING_TAGS or first.tag == "br":
        return None
    words = _text_of(first)
    if not words or len(words.split()) > _KICKER_WORDS:
        return None
    # Before a line break only a label ("TEST", "Exclusive"): a bold headline over a teaser is set apart so too.
    by_break = not (first.tail or "").strip() and follower is not None and follower.tag == "br" and not is_headline(words)
    if not (by_break or words.endswith(":")):
        return None
    rest = collapse(" ".join([first.tail or ""] + [" ".join(e.itertext()) + " " + (e.tail or "") for e in first.itersiblings()
                                                   if isinstance(e.tag, str) and e.tag not in _NOISE_TAGS]))
    return first if is_headline(rest) else None


def _text_of(element: Any) -> str:
    """Return an element's words, whitespace collapsed."""
    return collapse(" ".join(element.itertext()))


def _heading_text(heading: Any) -> str:
    """Return a heading's words without a counter inside it ("Title 23026" with a view count)."""
    return _link_texts(heading)[1]


# What may trail or lead a headline in a link without being part of it: "more" arrows and separators
# left by a dropped counter ("... miejskim » ,") or kicker (": Der richtige Krieg"), a photographer's credit ("... © Franc Bardòu").
# A clock time before a headline in a news feed ("21:35 ...") or a video's length after it ("... 0:13").
# A CJK media marker after a headline: "(图)", "（组图）", "[多图]", or apart " 图", " 高清图" (pictures, HD pictures).
# A date before a headline in a feed ("14.10.20 21:48 | ...", "07/09/2014 ...").
_TRAILING = re.compile(r"(?:\s*©.*|[\s»›>|,·•:;–—-]+|\s+\d{1,2}:\d{2}(?::\d{2})?"
                       r"|\s*[(（\[【](?:组|多|高清)?图[)）\]】]|\s+(?:组|多|高清)?图)$")
_LEADING = re.compile(r"^(?:[\s»›>|·•–—:]+|(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\s+)?\d{1,2}:\d{2}(?::\d{2})?\s+"
                      r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\s+)")


def _cleaned(text: str) -> str:
    """Return a candidate headline without a media label before or after it, credits, arrows and separators around it
    (a closing guillemet that closes a quotation stays: «С верой и любовью к Отечеству»)."""
    text = MEDIA_KICKERS.sub("", text, count=1)
    previous = None
    while previous != text:
        previous = text
        trimmed = MEDIA_SUFFIX.sub("", _TRAILING.sub("", text))
        if trimmed.count("«") > trimmed.count("»") and text[len(trimmed):].lstrip().startswith("»"):
            trimmed = text[:text.index("»", len(trimmed)) + 1]
        text = _LEADING.sub("", trimmed)
    return text


# A class that says the element is the headline ("tnleft__titlenews", "element__headline"), not a subtitle.
# A heading's class on a plain element ("<div class='h1'>", a CSS framework's "h3") says so too.
_TITLE_MARKS = re.compile(r"(?<!sub)title|headline|titre|titular|(?:^|\s)h[1-4](?:$|\s)", re.I)


def _uncut(text: str, whole: str) -> str:
    """Return whole (a link's title attribute) when text is it cut short ("Rozpaczliwy apel ... niech go pan zap..."),
    else text."""
    match = _CUT.search(text)
    if not match or not whole:
        return text
    start = text[:match.start()].rstrip().casefold()
    return whole if len(start) >= 10 and whole.casefold().startswith(start) and len(whole) > len(start) else text


def _titled_part(text: str, title: str) -> str:
    """Return a link's title attribute when it is a whole headline found inside text (text adds a kicker, a byline,
    a teaser or a reading time to it: "Energiepolitik Ministerin Reiche will ... Von X"), else text. Not a title
    cut short: by a quotation mark that closed the attribute ('De virus y “de vinos' of '... “de vinos" con ...'),
    or ending in a colon or a comma."""
    if not title or len(title) >= len(text) or _CUT.search(title) or title[-1] in _OPEN_ENDS or not is_headline(title) \
            or (len(title.split()) < _TITLE_MIN_WORDS and count_cjk(title) < 2) or CHROME_LABELS.match(title):
        return text  # "Eskalation in Nahost": a kicker of three words may fill a title attribute too
    at = text.casefold().find(title.casefold())
    if at < 0:
        return text
    end = at + len(title)
    if text[end:].lstrip().startswith('"'):
        return text  # the attribute ended at a quotation mark the text goes on with: 'fase 2 "actualizada"'
    return title if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()) else text


_OPEN_ENDS = ":,;(–—-"
_TITLE_MIN_WORDS = 4


# A date with its year: "18 février 2012", "March 5, 2024", "18.02.2012", "2012-02-18"; then a clock time, a source.
_DATE_WITH_YEAR = re.compile(r"\b(?:\d{1,2}\.?\s+[^\W\d]{3,}\.?,?\s+(?:19|20)\d{2}|[^\W\d]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
                             r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b")
_CLOCK_OR_SOURCE = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\|.*$")
_DATELINE_WORDS = 2  # a place or a source beside the date, not a headline


def _is_dateline(text: str) -> bool:
    """Return whether a link text is a dateline: a date with its year and at most a place and a source beside it
    ("Izegem 19 février 2012 - 12:50 | Belga"), not a headline."""
    rest, dates = _DATE_WITH_YEAR.subn(" ", text)
    if not dates:
        return False
    return sum(any(c.isalnum() for c in word) for word in _CLOCK_OR_SOURCE.sub(" ", rest).split()) <= _DATELINE_WORDS


def _headline_of(anchor: Any, slug: str, containers: _Containers) -> tuple[int, str]:
    """Return the headline a link shows and its rank (HEADING, LINK_TEXT, ASIDE_TEXT), or (ASIDE_TEXT, "")."""
    time = next(anchor.iter("time"), None)
    date_text = _text_of(time) if time is not None else None
    own, shown = _link_texts(anchor)
    title = collapse(anchor.get("title"))
    candidates: list[tuple[int, str]] = []
    heading = next(anchor.iter(*_HEADING_TAGS), None)
    if heading is not None:
        candidates.append((HEADING, _uncut(_heading_text(heading), title)))
    parent = anchor.getparent()
    if parent is not None and containers.in_heading(parent):
        candidates.append((HEADING, _uncut(shown, title)))
    # A whole teaser in one link (label, headline, blurb): the part its class calls the title is the headline.
    titled = next((e for e in anchor.iterdescendants() if isinstance(e.tag, str) and _TITLE_MARKS.search(e.get("class") or "")),
                  None)
    if titled is not None:
        candidates.append((LINK_TEXT, _heading_text(titled)))
    candidates.append((LINK_TEXT, _uncut(own, title)))
    candidates.append((ASIDE_TEXT, title))
    image = next(anchor.iter("img"), None)
    if image is not None:
        candidates.append((ASIDE_TEXT, collapse(image.get("alt"))))
    candidates.append((ASIDE_TEXT, shown))
    short = ""
    for rank, text in candidates:
        if date_text is not None and text == date_text:
            continue  # a link whose only text is its date names no story
        if (CHROME_LABELS.match(text) or _is_dateline(text)) and rank != HEADING:
            rank = ASIDE_TEXT  # "Photo : ...", "© AFP": a credit; "Huy 18 février 2012 - 07:00 | L'Avenir": a dateline
        text = _cleaned(text)
        if is_headline(text, slug):
            return rank, _titled_part(text, title)
        if rank == HEADING and slug and not short and len(text.split()) >= 2 and not MORE_LABELS.match(text) \
                and not COMMENT_COUNT.match(text):
            short = text  # a dated or numbered story's heading of two or three words ("Sonnenmacht China")
        if rank == LINK_TEXT and text and text.casefold() == title.casefold() and len(text.split()) >= 3 \
                and not MORE_LABELS.match(text):
            return rank, text  # a short headline its title attribute repeats ("England v India")
    return (HEADING, short) if short else (ASIDE_TEXT, "")


# ---------------------------------------------------------------------------- the page


# A link text this long, or cut short ("..."), is a teaser's summary or a shortened headline: it loses
# to a whole headline. A box of the most read stories often words a headline shorter or otherwise:
# the story's own teaser wins over it.
_TEASER_CHARS = 150
_CUT = re.compile(r"(?:\.\.\.|…)\W*$")


def _preference(rank: int, text: str, boxed: bool, slug: str = "") -> tuple[int, bool, bool, bool, int]:
    """Return how good a story's headline is, smaller first: a heading over the link's words over alt text
    and captions; whole over cut or overlong; outside a most-read box over inside. Among equal headings and link
    words the first link wins: where the page first shows a story it words its headline in full, other boxes reword
    it (longer or shorter). Among alt texts and captions the longer wins: an alt describes a picture in a few words."""
    # A heading of two or three words may be a kicker above the headline's own heading ("Koran Tempo"): a longer one wins.
    # One its slug spells is the story's own ("Chalk Coffee" of /2019/05/27/chalk-coffee/).
    short = len(text.split()) < _TITLE_MIN_WORDS and count_cjk(text) < 2 and not (slug and is_headline(text, slug))
    return rank, short, len(text) > _TEASER_CHARS or bool(_CUT.search(text)), boxed, -len(text) if rank == ASIDE_TEXT else 0


def _site_title(root: Any, url: str) -> str:
    """Return the site's name from og:site_name, else the page's <title>, else the host."""
    for meta in root.iter("meta"):
        if meta.get("property") == "og:site_name" and collapse(meta.get("content")):
            return collapse(meta.get("content"))
    title = next(root.iter("title"), None)
    if title is not None and _text_of(title):
        return _text_of(title)
    return urlsplit(url).hostname or url


def _without_site_name(root: Any, host: str) -> Callable[[str], str]:
    """Return a function giving a headline without the site's name after it ("Oppo Find X2 Pro : le test - 01net.com"):
    the host, or the og:site_name the page declares."""
    names = {host} | {collapse(meta.get("content")) for meta in root.iter("meta") if meta.get("property") == "og:site_name"}
    names = {name for name in names if name}
    if not names:
        return lambda text: text
    suffix = re.compile(r"\s+[-|–—:·•]\s+(?:www\.)?(?:" + "|".join(re.escape(name) for name in names) + r")$", re.I)

    ends = tuple(name.casefold() for name in names)

    def unnamed(text: str) -> str:
        if not text.casefold().endswith(ends):
            return text
        trimmed = suffix.sub("", text)
        return trimmed if is_headline(trimmed) else text

    return unnamed


def _feed_link(root: Any, base: str) -> str | None:
    """Return the absolute URL of the page's <link rel="alternate"> RSS or Atom feed, if any."""
    for link in root.iter("link"):
        href = link.get("href")
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        if href is not None and "alternate" in rels and kind in _FEED_TYPES:
            return absolute_url(base, href)
    return None


def _host_of(url: str) -> str:
    """Return a URL's host as same_site compares it: lower-case, without "www." and a trailing dot."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _heading_of(anchor: Any) -> Any:
    """Return the heading a link holds or sits in (up to 3 levels up), or None."""
    heading = next(anchor.iter(*_HEADING_TAGS), None)
    node, depth = anchor.getparent(), 0
    while heading is None and node is not None and depth < 3:
        if node.tag in _HEADING_TAGS:
            heading = node
        node, depth = node.getparent(), depth + 1
    return heading


def _signature(heading: Any) -> tuple[str, str]:
    """Return a heading's tag and first class: what the teasers of one kind share."""
    classes = (heading.get("class") or "").split()
    return heading.tag, classes[0] if classes else ""


# A story URL of a single segment without an id or a date (/some-long-slug/) on the page's own host is a
# story where the site files its stories so; where such links are a few among deeper ones they are its pages
# (/send-us-a-story/, /plugged-with-our-host/): under this share of the page's stories, they are dropped.
_BARE_SLUG_SHARE = 0.25
# Where nearly all of a page's stories have an id or a date in their address, the few on its own host without one are
# its section, topic and author pages (/secciones/el-pais, /actualite/windows-11/, /yazar-ozel/<name>): under this share.
_IDLESS_SHARE = 0.15
_LEAD_WINDOW = 8  # how far below the first story a bigger-headed one may be the top story
_SHAPELESS_MIN_WORDS = 5  # a shapeless URL's link must read as a whole headline, not a label
_SHAPELESS_MIN_CJK = 10


# An id of letters and digits mixed (/video/iLyROoafznwD.html, /piazzaticino/wlrwje9kv50/, /4dojnm-uq-e/): no word of a
# slug in it, only mixed parts and scraps of one or two letters.
_OPAQUE_PART = re.compile(r"^(?:[a-z]{1,2}|\d+|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+)$", re.I)


# A last segment whose only id is a short mix of digits and letters (some-section-597ct0.htm, some-event-e569.htm): no
# token of digits alone, no long hash.
_MIXED_ID_ONLY = re.compile(r"^(?!.*(?:^|[-_,.])\d+(?:[-_,.]|$))[^/]*[-_]((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,8})(?:\.\w+)?$", re.I)
_LOOSE_END = re.compile(r"(?:/|%20)+$")  # a trailing slash or encoded space: the same page
_NUMBERED_SLUG = re.compile(r"/\d+/[^/]*[^\W\d_][^/]*-")  # /media/118/Na-kratko-o-kadrih: a short id before a slug


def _is_opaque_id(segment: str) -> bool:
    """Return whether a path segment (without its extension) is an id of letters and digits, not a slug or a number."""
    stem = re.sub(r"\.\w+$", "", segment)
    parts = re.split(r"[-_]", stem)
    return len(stem) >= 8 and all(_OPAQUE_PART.match(part) for part in parts) \
        and any(re.search(r"[a-z]", part, re.I) and re.search(r"\d", part) for part in parts)


class _Shapes:
    """What the addresses of a page's stories look like, to judge the links whose address alone says too little:
    a shapeless URL (/Elnumerodecasosenalicante) is a story when the page heads it as it heads two stories or
    more (the same heading tag and class); a bare one-segment slug is a story when the page has many; an address
    without an id or a date is a story when the page has more than a few."""

    def __init__(self, host: str) -> None:
        self._host = host  # the front page's own host: a sibling subdomain's slugs are its stories, not our pages
        self._signature_of: dict[str, tuple[str, str]] = {}  # shapeless key -> its heading's signature
        self._stories_by_signature: dict[tuple[str, str], set[str]] = {}
        self._bare: set[str] = set()
        self._all: set[str] = set()
        self._idless: set[str] = set()
        self._sure: set[str] = set()  # keys with a date or a long id in their address
        self._short_id_words: dict[str, int] = {}  # key with only a short id -> the most words any of its links reads
        self.heading_level: dict[str, int] = {}  # key -> the biggest heading (1 for h1) any of its links sits in

    def seen(self, key: str, kind: int, url: str, anchor: Any, text: str) -> bool:
        """Note a link with a headline; return False when it cannot be a story (a shapeless URL outside a heading
        or under a label-like text)."""
        heading = _heading_of(anchor)
        if heading is not None:
            level = int(heading.tag[1])
            self.heading_level[key] = min(level, self.heading_level.get(key, level))
        if kind == SHAPELESS:
            if heading is None:
                return False
            # The headline must be the heading's words: a label heading ("Tracts") over a blurb in the same
            # link is no headline, nor a heading that only holds the link beside other text.
            if text not in _heading_text(heading):
                return False
            if len(text.split()) < _SHAPELESS_MIN_WORDS and count_cjk(text) < _SHAPELESS_MIN_CJK:
                return False
            self._signature_of.setdefault(key, _signature(heading))
        elif heading is not None:
            self._stories_by_signature.setdefault(_signature(heading), set()).add(key)
        path = urlsplit(url).path
        if kind < SURE_STORY and len([s for s in path.split("/") if s]) == 1 and not _ID_OR_DATE.search(path) \
                and _host_of(url) == self._host:
            self._bare.add(key)
        if not (_ID_OR_DATE.search(path) or _ID_OR_DATE.search(urlsplit(url).query)
                or any(_is_opaque_id(segment) for segment in path.split("/")) or _NUMBERED_SLUG.search(path)) \
                and _host_of(url) == self._host:
            self._idless.add(key)
        if kind == SURE_STORY:
            self._sure.add(key)
        elif kind == STORY and _MIXED_ID_ONLY.match(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]):
            words = max(len(text.split()), count_cjk(text) // 2)
            self._short_id_words[key] = max(words, self._short_id_words.get(key, 0))
        self._all.add(key)
        return True

    def kept(self) -> set[str]:
        """Return the noted keys that stay stories once the whole page is read."""
        kept = {key for key in self._all
                if key not in self._signature_of
                or len(self._stories_by_signature.get(self._signature_of[key], ())) >= 2}
        if len(self._bare & kept) < _BARE_SLUG_SHARE * len(kept):
            kept -= self._bare
        if len(self._idless & kept) < _IDLESS_SHARE * len(kept):
            kept -= self._idless
        # Where most stories have a date or a long id, an address with only a short one (/some-section-597ct0.htm)
        # linked by a label of a few words is a section's page.
        if 2 * len(self._sure & kept) >= len(kept):
            kept -= {key for key, words in self._short_id_words.items() if words < _SHAPELESS_MIN_WORDS}
        return kept


_LABEL_LIST_MIN = 3  # links with words in the nearest block around a link: a list of them, not a lone link


def _is_label(text: str) -> bool:
    """Return whether a headline is short enough to be a label ("Sport", "Trade Republic"): what only a dated or
    numbered story whose slug spells it may have as its headline. Chinese, Japanese and Korean are not measured so."""
    return not is_headline(text) and count_cjk(text) < 2


def _slug_is(text: str, url: str) -> bool:
    """Return whether the last segment of a URL's path spells a text, word for word ("/2020/05/l-eau-qui-dort.html"
    for "L'eau qui dort"): the story's own title, not a label its slug goes on from ("/Trade-Republic-Zinsen-...")."""
    last = url.partition("?")[0].rstrip("/").rsplit("/", 1)[-1]
    def words(of: str) -> list[str]:
        """Return the folded words of a text but numbers: an id beside a slug, a number written in both."""
        return [word for word in _folded_words(of) if not word.isdigit()]

    return words(text) == words(re.sub(r"\.\w+$", "", last))


def _own_slug(url: str) -> str:
    """Return a URL's path without its first folder when it has more: the section a story is filed under ("/humor/")
    spells a label, not the story's headline."""
    path = urlsplit(url).path
    segments = [segment for segment in path.split("/") if segment]
    return "/".join(segments[1:]) if len(segments) > 1 else path


def _in_label_list(anchor: Any, memo: dict[Any, bool | None]) -> bool:
    """Return whether a link sits in a list of labels: the nearest block around it holding three links with words or
    more, two thirds of them labels (memo: the verdicts on blocks so far; a menu of sections, topics or products, whatever its class says). A story whose
    headline is one word ("Setlist") stands among longer headlines or under a heading, or its slug is that word."""
    node = anchor.getparent()
    while node is not None and node.tag not in ("body", "html"):
        verdict = memo.get(node)
        if verdict is None:
            texts = [text for text in (_text_of(link) for link in node.iter("a")) if text]
            verdict = 3 * sum(_is_label(text) for text in texts) >= 2 * len(texts) if len(texts) >= _LABEL_LIST_MIN \
                else None
            memo[node] = verdict
        if verdict is not None:
            return verdict
        node = node.getparent()
    return False


def _titles_block(anchor: Any, containers: _Containers) -> bool:
    """Return whether a headed link is the title of a block of stories ("Sport" over the sport teasers): its heading's
    parent holds two teasers besides it."""
    heading = _heading_of(anchor)
    parent = heading.getparent() if heading is not None else None
    return parent is not None and containers.teasers(parent) >= 3


def _folder_key(url: str) -> str:
    """Return a URL's host and path as a folder of other URLs: lower-case, without "www.", the query and a trailing slash."""
    rest = url.partition("://")[2].partition("#")[0].partition("?")[0].lower()
    return (rest[4:] if rest.startswith("www.") else rest).rstrip("/")


def _folders(links: Iterable[tuple[str, int]]) -> set[str]:
    """Return the folders (as _folder_key) that hold the page's story-like links: the address of such a folder
    is a list of stories (/actualites/magazine/tous-les-articles/, an author's /jean-dupont/), never one story."""
    folders: set[str] = set()
    for target, kind in links:
        if kind == NOT_STORY:
            continue
        key = _folder_key(target)
        end = key.rfind("/")
        while end > 0 and key.find("/") < end:  # every folder above the link, the host's root aside
            key = key[:end]
            folders.add(key)
            end = key.rfind("/")
    return folders


# An item asked by its id: id=1611, article_id=, articleId=, storyid=.
_ID_QUERY = re.compile(r"(?:^|&)(?:id|\w+[_-]id|(?:article|story|news|post|item|content|doc)id)=\d", re.I)


def _queried_pages(keys: list[str]) -> set[str]:
    """Return the keys that are one static page asked with several queries (wetter.html?plz=24103, ?plz=22359):
    a tool (weather by postcode, a schedule by day), not stories; a script (index.php?id=, article.do?id=) is not one,
    nor a page asked for an item by its id (lire.htm?action=read&id=1611)."""
    by_page: dict[str, list[str]] = {}
    for key in keys:
        page, _, query = key.partition("?")
        last = page.rstrip("/").rsplit("/", 1)[-1].lower()
        if query and last.endswith(_ARTICLE_EXTENSIONS) and not _INDEX_FILE.match(last) and not _ID_QUERY.search(query):
            by_page.setdefault(page, []).append(key)
    listed = set(keys)
    return {key for page, group in by_page.items() if len(group) >= 2 and page not in listed for key in group}


_MAIN_HEADINGS = ("h1", "h2", "h3")


class _Strips:
    """Where a story's first link sits off the main column: in a strip of several stories that a class or an id
    names a ticker, a breaking-news bar, the page's header, a scrolled strip or a side column ("ticker",
    "page-header", "scroll-container", "rightCol"), or in a teaser's list of related links. Such a name on an
    element that links one story only describes that story (a breaking hero, a teaser's header): no strip; nor is an
    element that also names the top story's place ("featured", "hero", a slider or a carousel)."""

    def __init__(self, base: str, stories: set[str]) -> None:
        self._base = base
        self._stories = stories
        self._verdict: dict[Any, bool] = {}

    def holds(self, anchor: Any) -> bool:
        """Return whether a link sits in a strip of stories or a list of related links."""
        # Not the body's class: "home page-template-default header-layout-2" says nothing about one link.
        return any(self._is_strip(element) for element in anchor.iterancestors() if element.tag not in ("body", "html"))

    def _is_strip(self, element: Any) -> bool:
        """Return whether an element is a strip of several stories or a list of related links, worked out once."""
        verdict = self._verdict.get(element)
        if verdict is None:
            tag = element.tag if isinstance(element.tag, str) else ""
            # A custom element's name (a-scroll-container) and an <aside> say what a class would.
            mark = f"{element_marks(element)} {tag if '-' in tag or tag == 'aside' else ''}"
            if RELATED_LIST_MARKS.search(mark):
                # A teaser's block that holds its headline and its related links ("titleRelatedBlock") is the teaser.
                verdict = next(element.iter(*_MAIN_HEADINGS), None) is None
            elif HERO_MARKS.search(mark):
                verdict = False  # "featured-header", "header-slider": the top story's own place
            elif TICKER_MARKS.search(mark):
                # A breaking-news bar may hold one line; a teaser marked breaking (it has a heading) is a story's.
                verdict = self._stories_in(element) >= 2 or next(element.iter(*_HEADING_TAGS), None) is None
            elif STRIP_MARKS.search(mark):
                verdict = self._stories_in(element) >= 2
            else:
                verdict = False
            self._verdict[element] = verdict
        return verdict

    def _stories_in(self, element: Any) -> int:
        """Return how many different stories of the page an element links (at most 2 are counted)."""
        found: set[str] = set()
        for link in element.iter("a"):
            href = link.get("href")
            target = absolute_url(self._base, href) if href else None
            key = normalize_url(target) if target else ""
            if key in self._stories:
                found.add(key)
                if len(found) >= 2:
                    break
        return len(found)


_PAID_LABEL_CHARS = 30  # longer texts are not a label
_LABEL_LEVELS = 4  # how far above a label its teaser may be


def _paid_teasers(root: Any, base: str) -> set[str]:
    """Return the addresses (normalized) of the stories a teaser labels as paid for ("Anzeige" beside or inside the
    link): the one story linked by the label itself or by the nearest block around it that links any; and every link
    of a block titled as paid for or as press releases."""
    paid: set[str] = set()
    for heading in root.iter(*_HEADING_TAGS):
        # A block titled "Sponsored" or "Press releases": every link under its title is a paid or a company's page.
        text = _text_of(heading)
        parent = heading.getparent()
        if parent is not None and len(text) <= _PAID_LABEL_CHARS and (PAID_LABEL.match(text) or PRESS_RELEASES_TITLE.match(text)):
            paid.update(normalize_url(t) for t in (absolute_url(base, a.get("href") or "") for a in parent.iter("a")) if t)
    for text in root.xpath("//body//text()[string-length(normalize-space()) > 1]"):
        if len(text) > _PAID_LABEL_CHARS + 40 or not PAID_LABEL.match(text):
            continue
        node = text.getparent()
        if node is None or node.tag in _NOISE_TAGS or len(_text_of(node)) > _PAID_LABEL_CHARS:
            continue
        for _ in range(_LABEL_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            links = [node] if node.tag == "a" and node.get("href") else list(node.iter("a"))
            targets = {normalize_url(t) for t in (absolute_url(base, a.get("href") or "") for a in links) if t}
            if targets:
                if len(targets) == 1:
                    paid.update(targets)
                break
            node = node.getparent()
    return paid


def read_front_page(html: bytes | str, url: str) -> FrontPage:
    """Return a front page's site name, article links in page order (one per story, under its best
    headline) and feed link; no entries when it has no article links."""
    root = _parse(html)
    if root is None:
        return FrontPage(title=urlsplit(url).hostname or url)
    base = url
    base_tag = next((b for b in root.iter("base") if b.get("href")), None)
    if base_tag is not None:
        base = absolute_url(url, base_tag.get("href")) or url
    page = FrontPage(title=_site_title(root, url), feed_url=_feed_link(root, base))
    page_key = normalize_url(url).split("?", 1)[0]
    containers = _Containers(root)
    shapes = _Shapes(_host_of(url))

    # One slot per article, at the position of its first link; the best headline among its links
    # wins: a heading over the link's words over an image's alt or a caption, then the first.
    order: list[str] = []
    headlines: dict[str, tuple[tuple[int, bool, bool, bool, int], str]] = {}
    sponsored: list[str] = []  # path prefixes a sponsor label points to ("Supplément partenaire : ...")
    videos: set[str] = set()  # stories first linked from a strip of videos
    named: set[str] = set()  # stories with a headline that is not only a heading of two or three words
    first_link: dict[str, Any] = {}  # key -> the story's first link, where the page first shows it
    headed: set[str] = set()  # stories with a link that is not a label in a list of labels (see _in_label_list)
    label_lists: dict[Any, bool | None] = {}  # block -> whether it is a list of labels (None: too few links to say)
    kinds: dict[str, int] = {}  # key -> how much its address looks like a story
    judged: dict[str, tuple[str, int] | None] = {}  # href -> (absolute URL, kind); a story is linked 2-3 times
    by_path: dict[str, str] = {}  # a story's URL in a loose form (see below) -> its key
    same_host = _host_of(url)
    same_domain = site_domain(same_host) if same_host and ":" not in same_host else None

    def on_site(target: str) -> bool:
        """Return same_site(url, target), the page's side worked out once."""
        host = _host_of(target)
        if not host or not same_host:
            return False
        if host == same_host:
            return True
        return same_domain is not None and ":" not in host and site_domain(host) == same_domain

    for anchor in root.iter("a"):
        href = anchor.get("href")
        if href is None:
            continue
        if href not in judged:
            target = absolute_url(base, href)
            judged[href] = (target, _path_kind(target, page_key)) if target and on_site(target) else None
        judgement = judged[href]
        if judgement is None:
            continue
        target, kind = judgement
        if kind <= NOT_STORY and SPONSOR_LABELS.match(_text_of(anchor)):
            sponsored.append(normalize_url(target).split("?", 1)[0].rstrip("/") + "/")
        if kind == NOT_STORY or containers.boilerplate(anchor):
            continue
        key = normalize_url(target)
        if key not in headlines:
            # One story linked over http and https ("http://site/page/", "https://site/page/") is one entry.
            other = ("https:" + key[5:]) if key.startswith("http:") else ("http:" + key[6:])
            key = other if other in headlines else key
        if key not in headlines:
            # One story linked with and without a trailing slash (or a stray encoded space: "...feria-ganadera%20"),
            # and, when its path names it by an id or a date, with and without a query that only says where the
            # link sat (/article/5117423 and /article/5117423?rec=es; a query asking by id names another page).
            path, mark, query = key.partition("?")
            path = _LOOSE_END.sub("", path)
            if kind == SURE_STORY and not _ID_QUERY.search(query):
                mark = query = ""
            key = by_path.setdefault(path + mark + query, key)
            # One numbered story filed under two folders or subdomains (/nova/12912/slug and /noticia/12912/slug,
            # metro.site/read/1490191/slug and www.site/read/1490191/slug): the same id and the same slug.
            last = path.rsplit("/", 1)[-1]
            number = _LONG_ID.findall(path.partition("://")[2].partition("/")[2])
            if number and "-" in last and not query:
                key = by_path.setdefault(f"{number[-1]} {last}", key)
        # Only a dated or numbered story may have a headline of one to three words its slug spells.
        slug = _own_slug(target) if kind == SURE_STORY else ""
        rank, text = _headline_of(anchor, slug, containers)
        if kind == NEEDS_HEADLINE and len(text.split()) < 4:
            text = ""
        if text and (rank != HEADING or is_headline(text, slug)):
            named.add(key)  # a short heading words a story's headline, but alone it may be a label's
        if text and not shapes.seen(key, kind, target, anchor, text):
            continue
        preference = _preference(rank, text, containers.in_most_read(anchor), slug)
        if text and (not _is_label(text) or rank == ASIDE_TEXT or _slug_is(text, target)
                     or not (_in_label_list(anchor, label_lists) if rank == LINK_TEXT else _titles_block(anchor, containers))):
            headed.add(key)
        if key not in headlines:
            order.append(key)
            kinds[key] = kind
            headlines[key] = (preference, text)
            first_link[key] = anchor
            if containers.in_video_strip(anchor):
                videos.add(key)
        elif text and (not headlines[key][1] or preference < headlines[key][0]):
            headlines[key] = (preference, text)
    kept = shapes.kept() - _queried_pages(order) - _paid_teasers(root, base)
    labels = {key for key in order if key not in headed}  # only ever a label in a list of labels: a menu's entry
    folders = _folders(judgement for judgement in judged.values() if judgement is not None)
    unnamed = _without_site_name(root, same_host)
    page.entries = [
        Entry(url=key, title=unnamed(headlines[key][1])) for key in order
        if headlines[key][1] and not any(key.startswith(prefix) for prefix in sponsored) and key in kept
        and not (kinds[key] < SURE_STORY and _folder_key(key) in folders)
        and key not in labels and key in named and not DATA_PAGE_TITLE.match(headlines[key][1])
    ]
    # The lead (the story a digest opens) is the page's top story, not a line of a strip above or beside the
    # main column (see _Strips), nor of a list headed smaller than the top story just below it (an h3 teaser
    # above the h2 hero). Nor a story the page names only in an image's alt text, nor one of a strip of videos,
    # nor one first shown in a menu's dropdown.
    strips = _Strips(base, {entry.url for entry in page.entries})
    unfit = videos | {key for key, (preference, _) in headlines.items() if preference[0] == ASIDE_TEXT}

    def fit(key: str) -> bool:
        """Return whether a story may be the lead."""
        return key not in unfit and not strips.holds(first_link[key]) and not containers.in_menu_teaser(first_link[key])

    lead = next((i for i, entry in enumerate(page.entries) if fit(entry.url)), 0)
    first_level = shapes.heading_level.get(page.entries[lead].url, 0) if page.entries else 0
    if first_level >= 3:
        lead = next((i for i in range(lead, min(lead + _LEAD_WINDOW, len(page.entries)))
                     if fit(page.entries[i].url) and shapes.heading_level.get(page.entries[i].url, 9) <= 2), lead)
    # A page that heads its first stories and one of them alone as its biggest (the only h1 among them) names its top
    # story so, even where that teaser sits in a block a class calls a header or a strip. Where most of the first
    # teasers have no heading at all, a lone h1 says nothing about prominence.
    levels = [shapes.heading_level.get(entry.url, 9) for entry in page.entries[:lead + _LEAD_WINDOW]]
    topmost = [i for i, level in enumerate(levels) if level == 1]
    if len(topmost) == 1:
        before = levels[:max(lead, topmost[0]) + 1]  # the stories down to both the lead and the h1
        key = page.entries[topmost[0]].url
        if 2 * sum(level < 9 for level in before) > len(before) and key not in unfit \
                and not containers.in_menu_teaser(first_link[key]):
            lead = topmost[0]
    if lead:
        page.entries.insert(0, page.entries.pop(lead))
    return page
