"""Where links sit: the page's navigation, header, footer, boxes and strips, and its paid teasers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from bot.news.markup import (
    ABOVE_HEADLINE_MARKS,
    ACCOUNT_MARKS,
    CLASSIFIED_MARKS,
    CLASSIFIEDS_TITLE,
    COVER_MARKS,
    FRAME_TAGS,
    HERO_MARKS,
    LATEST_MARKS,
    MOST_SHARED_MARKS,
    POPULAR_LABELS,
    POPULAR_MARKS,
    NAVIGATION_TAGS,
    PAID_LABEL,
    PAID_TOKENS,
    PRESS_RELEASES_TITLE,
    RELATED_LIST_MARKS,
    SECTIONING_TAGS,
    SERVICE_BOX_MARKS,
    WEATHER_MARKS,
    STRIP_MARKS,
    TAG_LIST_TOKEN,
    TICKER_MARKS,
    VIDEO_STRIP_MARKS,
    element_marks,
    element_says_ad_slot,
    element_says_navigation,
    link_language,
)
from bot.news.text import collapse, count_cjk
from bot.news.urls import absolute_url, normalize_url, same_site, site_name
from bot.news.frontpage.page import NOISE_TAGS
from bot.news.frontpage.headlines import (
    HEADING_TAGS, heading_of, is_date_stamp, is_label, opens_with_stamp, text_of, is_headline, word_count,
)
from bot.news.frontpage.addresses import CODED_ID_ASKED, DATE_PATH, ID_ASKED, LONG_ID


# Teasers: a heading holding a link, or a link holding a heading.
_TEASER_HEADINGS = ("h2", "h3", "h4", "h5")
_MANY_TEASERS = 5  # a header or footer tag holding this many is the page's body, not its masthead
_STORY_LIST_MIN = 3  # a menu-classed block linking this many dated or numbered stories is a list of stories
_CELL_LEVELS = 4  # how far above a menu-classed cell of one or two stories the list holding it may be
_LIST_HEADLINE_WORDS, _LIST_HEADLINE_CJK = 4, 5  # ... under link texts this long: headlines, not menu labels
_PROSE_WORDS = 15  # a paragraph with this many words of its own, outside its links, is running text
_PROSE_WORDS_BEFORE = 3  # ... and a link after this many of them, with more after it, sits inside a sentence
_LANGUAGES_MIN = 3  # links to this many languages in one block make it the site's language menu
_LANGUAGE_LEVELS = 3  # how far above such a link its menu may be (li, ul, div)

_FEED_ITEMS = 3  # stories of a list each opening with when it came: a feed of the newest, no lead


def _on_a_line_of_its_own(anchor: Any, paragraph: Any) -> bool:
    """Return whether a link (or the <strong> or <em> it alone fills) stands between line breaks of its paragraph, or
    between one and the paragraph's start or end, with no words beside it on that line."""
    node = anchor
    while node.getparent() is not paragraph:
        parent = node.getparent()
        if len(parent) != 1 or (parent.text or "").strip() or (node.tail or "").strip():
            return False
        node = parent
    previous, following = node.getprevious(), node.getnext()
    text_before = previous.tail if previous is not None else paragraph.text
    return not (text_before or "").strip() and not (node.tail or "").strip() \
        and (previous is None or previous.tag == "br") and (following is None or following.tag == "br") \
        and (previous is not None or following is not None)


class Containers:
    """Verdicts on the elements that hold links, each worked out once per page."""

    def __init__(self, root: Any) -> None:
        self._root = root
        self._teasers: dict[Any, int] | None = None  # element -> how many teasers it holds, counted once
        self._boilerplate: dict[Any, bool] = {}
        self._sectioned: dict[Any, bool] = {}
        self._in_heading: dict[Any, bool] = {}
        self._most_read: dict[Any, bool] = {}
        self._popular: dict[Any, bool] = {}
        self._popular_panes: set[str] | None = None  # ids of panes a tab names the most read (see _popular_tabs)
        self._story_lists: dict[tuple[Any, bool], tuple[int, int]] = {}  # (block, named) -> see _story_links
        self._video: dict[Any, bool] = {}
        self._menu_teasers: set[Any] = set()  # teasers inside a menu (see _menu_teaser)
        self._language_menus: set[Any] | None = None  # blocks that switch the site's language, found once

    def _swallows_the_page(self, element: Any) -> bool:
        """Return whether an element holds most of the page's teasers, five or more, and the page's last link: the rest
        of the page inside a menu the template never closed ("<li class=mega_cats>...<div class=main-col>" down to the
        footer), not a mega-menu's panel of teasers, which ends where the menu does."""
        held = self.teasers(element)
        if held < _MANY_TEASERS or 2 * held <= self.teasers(self._root):
            return False
        last = self._root.xpath("(//a)[last()]")
        return bool(last) and any(above is element for above in last[0].iterancestors())

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
        return self._inherited(element, self._in_heading, lambda e: True if e.tag in HEADING_TAGS else None)

    def in_most_read(self, anchor: Any) -> bool:
        """Return whether a link sits in a box of the most read or shared stories."""
        return self._inherited(anchor, self._most_read, lambda e: True if MOST_SHARED_MARKS.search(element_marks(e)) else None)

    def in_popular(self, anchor: Any) -> bool:
        """Return whether a link sits in a box of the most read, shared, trending or popular stories."""
        return self._inherited(anchor, self._popular, self._says_popular)

    def _says_popular(self, element: Any) -> bool | None:
        """Return True for a box its class or id calls the most read or trending (or the tab that shows it names so),
        False for a block inside one that names the top story's own place ("lespluslus" > "laune": the page's top story
        set above its most read), else None."""
        if element.tag in ("body", "html"):
            return None
        marks = element_marks(element)
        if POPULAR_MARKS.search(marks) or element.get("id") in self._popular_tabs():
            return True
        return False if COVER_MARKS.search(marks) else None

    def _popular_tabs(self) -> set[str]:
        """Return the ids of the panes whose tabs name the most read, watched or commented stories ("<a
        href='#tabs_2_2'>најчитани 7 дена</a>" over "<div class=tabcontent id=tabs_2_2>"): their own class says
        nothing."""
        if self._popular_panes is None:
            self._popular_panes = {href[1:] for link in self._root.iter("a")
                                   if (href := link.get("href") or "")[:1] == "#" and len(href) > 1
                                   and POPULAR_LABELS.search(text_of(link))}
        return self._popular_panes

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

    def in_prose(self, anchor: Any) -> bool:
        """Return whether a link is a few words inside a paragraph of running text (a teaser's summary pointing to an
        older story: "We've seen <a>makeup artists</a> use tricks ..."): a reference, not a story the page lists."""
        paragraph = anchor.getparent()
        for _ in range(2):  # the link may sit in a <strong> or an <em> of the paragraph
            if paragraph is None or paragraph.tag == "p":
                break
            paragraph = paragraph.getparent()
        if paragraph is None or paragraph.tag != "p":
            return False
        if _on_a_line_of_its_own(anchor, paragraph):
            return False  # a list's item written as lines of one paragraph: date<br>headline<br>summary
        before: list[str] = []  # the paragraph's own words before the link and after it, not other links' words
        after: list[str] = []

        def walk(element: Any, side: list[str], in_link: bool) -> list[str]:
            """Note the words of an element and return the side the words after it go to."""
            if element is anchor:
                return after
            in_link = in_link or element.tag == "a"
            if not in_link:
                side.append(element.text or "")
            for child in element:
                if isinstance(child.tag, str) and child.tag not in NOISE_TAGS:
                    side = walk(child, side, in_link)
                if not in_link:
                    side.append(child.tail or "")
            return side

        walk(paragraph, before, False)
        words_before, words_after = word_count(" ".join(before)), word_count(" ".join(after))
        if words_after < 2 and words_before >= _PROSE_WORDS:
            # A link that ends the sentence its paragraph runs into ("... and Champy, the mythical <a>Lake Champlain
            # water monster</a>."): the words right before it carry on, with no stop or colon that would introduce it.
            lead_in = "".join(before).rstrip()
            return bool(lead_in) and (lead_in[-1].isalnum() or lead_in[-1] == ",")
        return words_before >= _PROSE_WORDS_BEFORE and words_after >= 2 and words_before + words_after >= _PROSE_WORDS

    def _menu_teaser(self, element: Any) -> bool:
        """Return whether an element is a story's teaser inside a menu (a mega-menu's dropdown), where it is no label."""
        parent = element.getparent()
        if parent is None or not self._boilerplate.get(parent):  # the parent's verdict is known: see _inherited
            return False
        if not (self._is_teaser_card(element) or self._story_list_only(element)):
            return False
        # The nearest element that said chrome must be a menu, the header or the footer: never a hidden element,
        # an advertising slot or an account menu.
        node = parent
        while node is not None and node.tag not in NAVIGATION_TAGS and node.tag not in FRAME_TAGS:
            if node.tag in NOISE_TAGS or (element_marks(node) and not element_says_navigation(node)
                                             and self._says_boilerplate(node)):
                return False
            node = node.getparent()
        return node is not None or element_says_navigation(parent)

    def _header_banner(self, element: Any) -> bool:
        """Return whether an element is the top story's teaser the template set in the site's header, its headline the
        page's <h1>, no menu around it ("<header><div id=banner_main><article><header><h1><a>Sudbury's hospital in deep
        hole</a></h1>"): the page's lead, not a mega-menu's teaser."""
        parent = element.getparent()
        if parent is None or not self._boilerplate.get(parent) or not self._is_teaser_card(element) \
                or next(element.iter("h1"), None) is None:
            return False
        node = parent
        while node is not None and node.tag not in FRAME_TAGS:
            if node.tag in NAVIGATION_TAGS or node.tag in ("ul", "ol", "li") or element_says_navigation(node):
                return False
            node = node.getparent()
        return node is not None and node.tag == "header"

    def _says_boilerplate(self, element: Any) -> bool | None:
        """Return what an element itself says of the links inside it: chrome (True), stories (False), or nothing (None)."""
        tag = element.tag
        if tag in NOISE_TAGS or element in self._languages():
            return True
        if self._header_banner(element):
            return False
        if self._menu_teaser(element):
            self._menu_teasers.add(element)
            return False  # a mega-menu's teaser of a story: an image and one headline
        if tag in NAVIGATION_TAGS | FRAME_TAGS and _holds_main_column(element) \
                or tag in NAVIGATION_TAGS and self._swallows_the_page(element):
            return None  # the page's main column inside a menu or a header a template never closed: no chrome
        if tag in NAVIGATION_TAGS:
            # A menu; but a <nav> most of whose many links are stories' headlines is a list of the newest stories a
            # template put in one (a side menu of "new articles"), as a header tag may hold the page's body; and one its
            # class calls a slider or a carousel holding stories' headlines is the page's top stories ("slider bullets").
            return None if self._long_story_list(element) or HERO_MARKS.search(element_marks(element)) \
                and self._story_links(element)[0] >= _STORY_LIST_MIN else True
        if tag == "header" and _teasers_own_header(element):
            return None  # a teaser's header: its headline's heading and links to that story only, not the site's
        if tag in FRAME_TAGS and not self.sectioned(element):
            # The site's header or footer; inside a sectioning element it belongs to a story, and one that
            # holds five teasers or more is the page's body in a header tag, not a masthead; so is one most of whose
            # links are ten headlines or more of dated, numbered or long-slugged stories (a television's collections in
            # its <footer>). (Named counts every dated or numbered headline too: one list test serves both.)
            # (Nor one that holds most of the page's stories: a theme's zones of the whole page inside its "section-
            # header", the list of the day's stories, each with its author and its summary, among them.)
            return None if self.teasers(element) >= _MANY_TEASERS or self._long_story_list(element, named=True) \
                or _only_stories(element) or self._holds_pages_stories(element) else True
        if tag in ("body", "html"):
            return None  # a body class like "home-page-menu-open" says nothing about one link
        if tag not in NAVIGATION_TAGS and self._boilerplate.get(element.getparent()) and _only_stories(element) \
                and self._lists_stories(element) and _in_frame_outside_menus(element):
            # A list of the newest stories the template set inside the site's header or footer ("Latest:" and ten
            # numbered headlines sliding under the logo): every link a dated or numbered story's headline, stories.
            return False
        if _hidden_at_every_size(element.get("class") or ""):
            return True  # a row an editor switched off: in the markup, shown on no screen
        mark = element_marks(element)
        if mark and COVER_MARKS.search(mark) and self.teasers(element) \
                and not element_says_ad_slot(element, PAID_TOKENS) \
                and (any(parent.tag == "header" for parent in element.iterancestors()) or _in_sponsors_block(element)):
            # the page's cover story a template set inside its header ("cover-story", "hero"), or inside a sponsor's
            # block it never closed ("home-sponsored-section" around "home-featured", "featured-article")
            return False
        if mark and ACCOUNT_MARKS.search(mark) and tag != "article" and not self.teasers(element) \
                and not any(_is_story_headline(link) for link in element.iter("a")):
            # the header's account menu: help, settings, sign-in; not a story's teaser a template calls a "profile"
            # ("<article class='fig-profile'><h2><a ...>", "<li class='fig-grid4__profile'><a href=...-20211223>")
            return True
        if mark and (CLASSIFIED_MARKS.search(mark) and not self._lists_stories(element)
                     or SERVICE_BOX_MARKS.search(mark) and not (WEATHER_MARKS.search(mark) and self._holds_articles(element))):
            # a box of classified ads, the weather, horoscopes; not a list of dated or numbered stories' headlines that
            # a class calls an announcement ("corps annonce": French for both), nor a section's block of teasers, each
            # an <article> under its heading, that a class calls the weather's ("bloc-home bloc-home-meteo": the
            # farmers' weather news; recipes and horoscopes stay no stories however set)
            return True
        if mark and (element_says_ad_slot(element) and self.teasers(element) < 2
                     and not self._lists_stories(element, named=True) and self._story_links(element)[0] < _NAV_STORY_LIST_MIN
                     and not _unclosed_slot(element)
                     or element_says_ad_slot(element, PAID_TOKENS) and not self._holds_pages_stories(element)):
            # an advertising slot; one holding teasers or a list of dated, numbered or long-named headlines
            # ("block-ad-n-newsfeed", "listing-cell ad-cell") is a block of stories with an ad beside them, unless it
            # calls them sponsored or a partner's; so is one holding ten stories' headlines among the page's menus, the
            # frame an ad's skin is fixed to around the whole page ("<div class='bg-relative' id='AD-FIX'>"); so is one
            # the template never closed, the column's next blocks inside it (see _unclosed_slot); not a block a class
            # calls a partner's that holds most of the page's stories ("<div class=middle id=partner-page>": the page's
            # body, its name a template's)
            return True
        if mark and any(TAG_LIST_TOKEN.match(token) for token in mark.split()):
            return True  # a list of tags: its links lead to topic pages
        if mark and MOST_SHARED_MARKS.search(mark):
            return False  # a box of the most shared or read stories, not a share bar
        if _titled_menu(element):
            # A block its own first heading calls a menu ("<h2>Menú videoteca</h2>"): its links are labels (a story's
            # teaser in its dropdown is judged as a mega-menu's, see _menu_teaser).
            return True
        if element_says_navigation(element):
            parent = element.getparent()
            if parent is not None and self.in_heading(parent):
                # Inside a heading a class names a part of the headline ("teaser-breadcrumb-headline-title"), not a
                # menu: a menu around the heading says so itself.
                return None
            if self.in_menu_teaser(element):
                # Inside a mega-menu's teaser or list of stories a class names a part of the card ("<ul
                # class=menu-thumbs><li><div class=menu-thumb><a><img></a><div class=menu-text><a>...</a>"): the menu's
                # word is the template's, the card's stories stay.
                return None
            # A menu or a share bar holds labels, not teasers: an <article> or a headed link inside says the
            # class only configures a block of stories ("postblock pagination_disable", "td_block
            # with_ajax_pagination", a teaser's "hover-share-item"). Inside a <nav> or the site's header they
            # stay navigation: those are judged by their tag.
            # So does a carousel of stories inside ("kopa-owl-widget nav-top" around an "owl-carousel": where its arrows sit).
            # And so does a block holding most of the page's stories or its top story's h1 headline: a template that
            # names its content wrappers with a menu's word ("container-fluid main_nav" around the whole page, "row
            # nav_main_article" around the lead's picture and <h1>), no menu.
            return None if self.teasers(element) or element.find(".//article") is not None \
                or self._lists_stories(element) or self._cell_of_story_list(element) or self._teasers_footer(element) \
                or self._holds_story_carousel(element) or self._holds_pages_stories(element) \
                or self._column_of_pages_stories(element) or _pictured_story_carousel(element) or _dated_rows(element) \
                or any(link is not None and _is_story_headline(link) for link in map(_heading_link, element.iter("h1"))) \
                else True
        return None

    def _languages(self) -> set[Any]:
        """Return the blocks that switch the site's language: most of a block's links, to three languages or more, say the
        language they lead to (hreflang, lang, data-lang: "<a href='/sw/idhaa-ya-kiswahili/s-11588' data-lang='sw-TZ'>");
        the editions' home pages, however numbered their addresses, are no stories."""
        if self._language_menus is None:
            menus: set[Any] = set()
            languages: dict[Any, set[str]] = {}  # block -> the languages its links name
            for link in self._root.iter("a"):
                language = link_language(link) if link.get("href") else ""
                for block in islice(link.iterancestors(), _LANGUAGE_LEVELS) if language else ():
                    languages.setdefault(block, set()).add(language)
            for block, named in languages.items():
                if len(named) >= _LANGUAGES_MIN:
                    links = [link for link in block.iter("a") if link.get("href")]
                    if 2 * sum(1 for link in links if link_language(link)) >= len(links):
                        menus.add(block)
            self._language_menus = menus
        return self._language_menus

    def _teasers_footer(self, element: Any) -> bool:
        """Return whether a "footer"-classed element is one teaser's own ("media-news__footer" under the story's heading,
        holding its follow-up stories): its parent holds that one teaser's heading and a few at most, not the page's."""
        parent = element.getparent()
        return parent is not None and parent.tag not in ("body", "html") and "footer" in element_marks(element).lower() \
            and 0 < self.teasers(parent) < _MANY_TEASERS

    @staticmethod
    def _is_teaser_card(element: Any) -> bool:
        """Return whether an element is one story's teaser: a picture and a single heading that links a headline
        (a menu's section heading is a label; a block of several headings is a menu's column), or a picture and links
        to one story only, one of them a headline (a card without a heading: its picture's link and its title's)."""
        if element.tag in ("a", "ul", "ol", "li") or element.find(".//img") is None:
            return False
        headings = element.iter(*_TEASER_HEADINGS)
        heading = next(headings, None)
        if heading is None:
            links = [link for link in element.iter("a") if link.get("href")]
            return len({link.get("href") for link in links}) == 1 and any(is_headline(text_of(link)) for link in links)
        if next(headings, None) is not None:
            return False
        link = _heading_link(heading)
        return link is not None and is_headline(text_of(link))

    def _cell_of_story_list(self, element: Any) -> bool:
        """Return whether an element holds one or two links, every one a headline of a dated or numbered story, inside a
        menu-classed block a few levels up that lists such stories: a cell of a mega-menu's list ("subnav_listing_box"),
        too small to be called a menu by itself. A lone menu item linking a story stays a menu's."""
        links = [link for link in element.iter("a") if link.get("href")]
        if not (0 < len(links) < _STORY_LIST_MIN and all(_is_story_headline(link) for link in links)):
            return False
        return any(element_says_navigation(block) and self._lists_stories(block)
                   for block in islice(element.iterancestors(), _CELL_LEVELS))

    def _lists_stories(self, element: Any, named: bool = False) -> bool:
        """Return whether most of an element's links, three or more, are headlines of dated or numbered stories (or,
        named, of stories a long slug names): a list of stories its class calls a menu or a footer ("nav_part1",
        "footer-section"); a menu's links are labels ("Politik", "Familie & Gesundheit"), whatever ids their addresses
        carry. Worked out once per element: every cell of a big menu asks it of the blocks around it."""
        stories, links = self._story_links(element, named)
        return stories >= _STORY_LIST_MIN and 2 * stories >= links

    def _holds_articles(self, element: Any) -> bool:
        """Return whether an element holds teasers set in <article> elements, a heading linking each one's story."""
        return any(self.teasers(article) for article in element.iter("article"))

    def _holds_pages_stories(self, element: Any) -> bool:
        """Return whether an element holds ten or more of the page's headlines of dated or numbered stories, and three in
        four of them: the page's body, whatever its class says."""
        stories = self._story_links(element)[0]
        return stories >= _NAV_STORY_LIST_MIN and 4 * stories >= 3 * self._story_links(self._root)[0]

    def _column_of_pages_stories(self, element: Any) -> bool:
        """Return whether an element is one of two or three columns side by side whose parent holds three in four of the
        page's headlines of dated or numbered stories, ten or more of them its own: a column of the page's body that a
        template names with a menu's word ("nleft_nav" and "nright_nav", each holding half the stories)."""
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        columns = [child for child in parent if isinstance(child.tag, str) and child.tag not in NOISE_TAGS]
        return len(columns) <= _COLUMNS and self._story_links(element)[0] >= _NAV_STORY_LIST_MIN \
            and self._holds_pages_stories(parent)

    def _long_story_list(self, element: Any, named: bool = False) -> bool:
        """Return whether most of an element's links, and ten or more, are stories' headlines (of dated or numbered stories,
        or, named, of stories a long slug names too): a list of the newest stories a template put in a <nav> or the site's
        header (a side menu of "new articles"), no menu."""
        return self._lists_stories(element, named) and self._story_links(element, named)[0] >= _NAV_STORY_LIST_MIN

    def _holds_story_carousel(self, element: Any) -> bool:
        """Return whether an element holds a slider or a carousel of three stories' headlines or more."""
        return any(isinstance(inner.tag, str) and HERO_MARKS.search(element_marks(inner))
                   and self._story_links(inner, named=True)[0] >= _STORY_LIST_MIN for inner in element.iterdescendants())

    def _story_list_only(self, element: Any) -> bool:
        """Return whether a list or a block holds three links or more, every one a dated or numbered story's headline and
        to a story of its own (a mega-menu's list of a section's newest stories: "Top 10 des coutumes insolites ...")."""
        if element.tag not in ("ul", "ol", "div"):
            return False
        stories, links = self._story_links(element)  # (counted once per element: the menu's checks ask it too)
        addresses = {link.get("href") for link in element.iter("a") if link.get("href")}
        if stories == links:
            return len(addresses) >= _STORY_LIST_MIN
        # (a list of cards, each a picture's link and its headline's to one story: every address a headline's)
        headlined = {link.get("href") for link in element.iter("a") if link.get("href") and _is_story_headline(link)}
        return element.tag in ("ul", "ol") and stories >= _STORY_LIST_MIN and headlined == addresses

    def _story_links(self, element: Any, named: bool = False) -> tuple[int, int]:
        """Return how many of an element's links are headlines of dated or numbered stories (or, named, of stories a
        long slug names), and how many links it has."""
        counts = self._story_lists.get((element, named))
        if counts is None:
            counts = self._story_lists[(element, named)] = _story_links(element, named)
        return counts


def _dated_rows(element: Any) -> bool:
    """Return whether an element is a table of three rows or more, or a row or a cell of one, whose rows date what they
    link, a cell of a date stamp alone beside the link's ("<td class=menu-news-titre><a>Snes9x v1.30</a></td><td
    class=menu-news-date>24/03 11:50</td>"): a dated listing of stories that a class calls a menu's, no menu."""
    if element.tag == "table":
        return sum(map(_dated_row, element.iter("tr"))) >= _STORY_LIST_MIN
    row = element if element.tag == "tr" else next(element.iterancestors("tr"), None) if element.tag in ("td", "th") else None
    return row is not None and _dated_row(row)


def _dated_row(row: Any) -> bool:
    """Return whether a table's row holds a link in one cell and a date stamp alone in another."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    return any(cell.find(".//a[@href]") is not None for cell in cells) \
        and any(is_date_stamp(collapse(cell.text_content())) for cell in cells)


def _unclosed_slot(element: Any) -> bool:
    """Return whether an advertising slot holds, after its ad, another slot its class names the same and blocks of
    <article> teasers, two or more: a slot the template never closed ("<div class='box ad'><div id=div-gpt-ad-...>
    </div><div class='box ad'>...<div class='box dol'><article>..."), the column's next boxes inside it."""
    classes = element.get("class")
    return bool(classes) and any(inner.get("class") == classes for inner in element.iterdescendants("div")) \
        and sum(1 for _ in element.iter("article")) >= _UNCLOSED_ARTICLES


_UNCLOSED_ARTICLES = 2


def _in_sponsors_block(element: Any) -> bool:
    """Return whether an element sits in a block its class calls sponsored or a partner's, one that is no featured
    piece itself ("home-sponsored-section", not "featured-article sponsored-post": that piece is the sponsor's)."""
    paid = next((parent for parent in element.iterancestors() if element_says_ad_slot(parent, PAID_TOKENS)), None)
    return paid is not None and not COVER_MARKS.search(element_marks(paid))


def _story_links(element: Any, named: bool = False) -> tuple[int, int]:
    """Return how many of an element's links are headlines of dated or numbered stories (or, named, of stories a long
    slug names), and how many links it has."""
    stories = total = 0
    for link in element.iter("a"):
        if not link.get("href"):
            continue
        total += 1
        stories += _is_story_headline(link, named)
    return stories, total


# A story's name of four words or more, as the last part of its path ("/ancient-reptile-live-birth-egg"). (Not for a
# menu's verdict: an account menu's help pages are named so too, "/help/how-to-change-your-settings".)
_LONG_SLUG = re.compile(r"/[^/?#\s-]+(?:-[^/?#\s-]+){3,}/?$")


def _heading_link(heading: Any) -> Any | None:
    """Return the first link a heading holds, else the link it sits in, else None."""
    link = heading.find(".//a[@href]")
    return link if link is not None else next((a for a in heading.iterancestors("a") if a.get("href")), None)


def _is_story_headline(link: Any, named: bool = False) -> bool:
    """Return whether a link leads to a dated or numbered story (or, named, one a long slug names) under a headline's
    words, not a menu's label."""
    path, query = _address_path(link)
    if not (_dated_or_numbered(path, query) or named and _LONG_SLUG.search(path)):
        return False
    text = text_of(link)
    return len(text.split()) >= _LIST_HEADLINE_WORDS or count_cjk(text) >= _LIST_HEADLINE_CJK


def _pictured_story_carousel(element: Any) -> bool:
    """Return whether an element its own class calls a carousel or a slider ("carousel carousel-nav rise-headline": where
    its arrows sit) shows three stories or more, each a picture's link whose alt or title attribute is its headline."""
    if not HERO_MARKS.search(element_marks(element)):
        return False
    pictured = 0
    for link in element.iter("a"):
        path, query = _address_path(link)
        image = next(link.iter("img"), None)
        words = collapse(link.get("title")) or (collapse(image.get("alt")) if image is not None else "")
        if image is not None and _dated_or_numbered(path, query) \
                and (len(words.split()) >= _LIST_HEADLINE_WORDS or count_cjk(words) >= _LIST_HEADLINE_CJK):
            pictured += 1
            if pictured >= _STORY_LIST_MIN:
                return True
    return False


def _in_frame_outside_menus(element: Any, hero: bool = True) -> bool:
    """Return whether an element sits in the site's header or footer tag, not inside a menu there (a <nav>, a list or a
    block its class calls navigation: a mega-menu's teasers are read as such); nor, unless hero, inside a block its class
    calls the top stories' place (a slider of the top stories a template set in a header tag)."""
    for parent in element.iterancestors():
        if parent.tag in FRAME_TAGS:
            return True
        if parent.tag in NAVIGATION_TAGS or element_says_navigation(parent) \
                or not hero and HERO_MARKS.search(element_marks(parent)):
            return False
    return False


def _holds_hero(element: Any) -> bool:
    """Return whether an element is or holds a block its class calls the top stories' place (a slider, a hero)."""
    return any(HERO_MARKS.search(element_marks(inner)) for inner in element.iter() if isinstance(inner.tag, str))


def _holds_main_column(element: Any) -> bool:
    """Return whether an element holds the page's main column outside its list items: a <main>, or an element its
    class or id names the main content ("main-content container")."""
    # (Not one inside an item of the menu's list: a mega-menu's panel under its entry, whatever its parts are called.)
    return any((node.tag == "main" or _MAIN_COLUMN.search(element_marks(node)))
               and not any(above.tag == "li" for above in _ancestors_below(node, element))
               for node in element.iterdescendants() if isinstance(node.tag, str))


def _ancestors_below(node: Any, top: Any) -> Iterator[Any]:
    """Yield a node's ancestors up to (not including) top."""
    for above in node.iterancestors():
        if above is top:
            return
        yield above


def _only_stories(element: Any) -> bool:
    """Return whether every link of an element, five or more, leads to a dated or numbered story, whatever its words (a
    column's name, "Eco brèves"): a list of stories a template put in a footer tag, no site's footer (its legal, contact
    and section pages have neither date nor number)."""
    paths = [(path, query) for path, query in (_address_path(link) for link in element.iter("a") if link.get("href"))
             if not _SHARE_ENDPOINT.search(path)]  # (a teaser's share buttons lead to a network's form, no page)
    return len(paths) >= _MANY_TEASERS and all(_dated_or_numbered(path, query) for path, query in paths)


# A social network's form for sharing a page ("facebook.com/sharer/sharer.php?u=...", "twitter.com/intent/tweet?url=...",
# "linkedin.com/shareArticle?...", "pinterest.com/pin/create/button/?..."): a teaser's share button.
_SHARE_ENDPOINT = re.compile(r"/(?:sharer(?:\.php)?|share(?:\.php)?|intent/tweet|sharearticle|pin/create)(?:$|/)", re.I)


def _dated_or_numbered(path: str, query: str) -> bool:
    """Return whether an address names one story by a date or a long number, in its path or asked for in its query (a
    number alone, or coded with letters: "ar_page.aspx?id=dvVWXQa814151406519advVWXQ")."""
    return bool(DATE_PATH.search(path) or LONG_ID.search(path) or ID_ASKED.search(query)
                or CODED_ID_ASKED.search(query))


def _address_path(link: Any) -> tuple[str, str]:
    """Return a link's path and query, without its host (its digits are no story's)."""
    path, _, query = (link.get("href") or "").partition("#")[0].partition("?")
    if "//" in path:  # an absolute address: its path only, not digits of its host
        path = "/" + path.split("//", 1)[1].partition("/")[2]
    return path, query


_SITE_NAME_CHARS = 4  # a site's name this long at least, to be read out of a class ("sondakika-slider"), not "rt"
_NAV_STORY_LIST_MIN = 10  # stories' headlines in a <nav> that make it a list of stories, not a menu with a few teasers
_COLUMNS = 3  # blocks side by side that make a row of a page's columns, not its sections one under the other
_LABEL_LIST_MIN = 3  # links with words in the nearest block around a link: a list of them, not a lone link


def in_label_list(anchor: Any, memo: dict[Any, bool | None]) -> bool:
    """Return whether a link sits in a list of labels: the nearest block around it holding three links with words or
    more, two thirds of them labels (memo: the verdicts on blocks so far; a menu of sections, topics or products, whatever its class says). A story whose
    headline is one word ("Setlist") stands among longer headlines or under a heading, or its slug is that word."""
    node = anchor.getparent()
    while node is not None and node.tag not in ("body", "html"):
        verdict = memo.get(node)
        if verdict is None:
            texts = [text for text in (text_of(link) for link in node.iter("a")) if text]
            verdict = 3 * sum(is_label(text) for text in texts) >= 2 * len(texts) if len(texts) >= _LABEL_LIST_MIN \
                else None
            memo[node] = verdict
        if verdict is not None:
            return verdict
        node = node.getparent()
    return False


def titles_block(anchor: Any, containers: Containers) -> bool:
    """Return whether a headed link is the title of a block of stories ("Sport" over the sport teasers): its heading's
    parent holds two teasers besides it."""
    heading = heading_of(anchor)
    parent = heading.getparent() if heading is not None else None
    return parent is not None and containers.teasers(parent) >= 3


_MAIN_HEADINGS = ("h1", "h2", "h3")


class Strips:
    """Where a story's first link sits off the main column: in a strip of several stories that a class or an id
    names a ticker, a breaking-news bar, the page's header, a scrolled strip or a side column ("ticker",
    "page-header", "scroll-container", "rightCol"), a feed of the newest stories without a big heading ("latest-news"),
    or in a teaser's list of related links. Such a name on an
    element that links one story only describes that story (a breaking hero, a teaser's header): no strip; nor is an
    element that also names the top story's place ("featured", "hero", a slider or a carousel), nor a ticker-named block
    with a picture and a summary's paragraph of eight words or more (a grid of the top stories' teasers: a ticker's
    lines have neither)."""

    def __init__(self, base: str, stories: set[str], key_of: Callable[[str], str] = normalize_url) -> None:
        self._base = base
        self._stories = stories
        self._key_of = key_of  # a link's address as the page's entries name their stories
        self._site_name = site_name(urlsplit(base).hostname or "")
        self._verdict: dict[Any, bool] = {}

    def holds(self, anchor: Any) -> bool:
        """Return whether a link sits in a strip of stories or a list of related links."""
        # Not the body's class: "home page-template-default header-layout-2" says nothing about one link.
        return any(self._is_strip(element) for element in anchor.iterancestors() if element.tag not in ("body", "html"))

    def _items_called_latest(self, element: Any) -> bool:
        """Return whether an element's items that link stories, two or more, are each called one of the newest stories by
        their class or id ("<div class=latestItem>")."""
        items = [child for child in element if isinstance(child.tag, str) and child.find(".//a[@href]") is not None]
        return len(items) >= 2 and all(LATEST_MARKS.search(self._without_site_name(element_marks(item))) for item in items)

    def _is_strip(self, element: Any) -> bool:
        """Return whether an element is a strip of several stories or a list of related links, worked out once."""
        verdict = self._verdict.get(element)
        if verdict is None:
            tag = element.tag if isinstance(element.tag, str) else ""
            # A custom element's name (a-scroll-container) and an <aside> say what a class would.
            # (Not a script's behaviour named in a class: "trigger_scroll", "infinite-scroll", "js-scroll" load or
            # animate the page's own column as it scrolls, they are no scrolled strip; nor the layout that wraps the
            # main column and the sidebar, "content-sidebar-wrap", or the one without, "layout-no-sidebar"; nor a tag the
            # story is filed under, "taxonomy-breaking-news".)
            own_marks = _NO_SIDE_COLUMN.sub(" ", _BOTH_COLUMNS.sub(" ", _BEHAVIOUR.sub(" ", _FILED_UNDER.sub(
                " ", element_marks(element)))))
            mark = f"{own_marks} {tag if '-' in tag or tag == 'aside' else ''}"
            if tag == "marquee":
                verdict = True  # the old scrolling element: a ticker's lines, whatever its class (or none) says
            elif ABOVE_HEADLINE_MARKS.search(mark):
                # (before the hero's marks: the sürmanşet is often a slider too, "surmansetSlider")
                verdict = self._stories_in(element) >= 2
            elif _MAIN_CONTENT.search(own_marks):
                # The page's main column, whatever else its class says ("main_content pt-header": a spacing under the
                # header), or the whole page's wrapper ("space-header-banner page-wrapper"): no strip.
                verdict = False
            elif HERO_MARKS.search(mark) and (LATEST_MARKS.search(self._without_site_name(mark))
                                              or self._items_called_latest(element)) and not COVER_MARKS.search(mark):
                # A slider its class or id calls the newest stories' ("fullWidthSlider" with the id "latest-sldier"),
                # or whose every item its class calls one of them ("topCarousel" of "latestItem"s): the newest lines
                # scrolled, unless it heads one big (as a feed of the newest stories may). (Not a slider named for the
                # site, whose name may say "latest": sondakika.com's "sondakika-slider".)
                verdict = self._stories_in(element) >= 2 and next(element.iter("h1", "h2"), None) is None
            elif HERO_MARKS.search(mark):
                # "featured-header", "header-slider": the top story's own place (with its related links too:
                # "destaqueBig relacionados_peq"); not a slider a ticker's title heads ("Коротко:" over
                # "shortly_slider": the newest lines scrolled)
                verdict = _titled_ticker(element) and self._stories_in(element) >= 2 \
                    and next(element.iter("img", "picture"), None) is None
            elif RELATED_LIST_MARKS.search(mark):
                # A teaser's block that holds its headline and its related links ("titleRelatedBlock") is the teaser.
                verdict = next(element.iter(*_MAIN_HEADINGS), None) is None
            elif TICKER_MARKS.search(mark):
                # A breaking-news bar may hold one line; a teaser marked breaking (it has a heading of its headline, a
                # linked one, not only the bar's label "SON DAKİKA") is a story's.
                verdict = (self._stories_in(element) >= 2 and not _teaser_grid(element)) or not any(
                    heading.find(".//a") is not None or any(parent.tag == "a" for parent in heading.iterancestors())
                    for heading in element.iter(*HEADING_TAGS))
            elif STRIP_MARKS.search(mark):
                verdict = self._stories_in(element) >= 2
            elif LATEST_MARKS.search(mark):
                # A feed of the newest stories, unless it heads one big (an h1 or h2 teaser: the column's top story).
                verdict = self._stories_in(element) >= 2 and next(element.iter("h1", "h2"), None) is None
            elif _titled_ticker(element):
                verdict = self._stories_in(element) >= 2
            elif tag not in FRAME_TAGS and any(parent.tag in FRAME_TAGS for parent in element.iterancestors()) \
                    and _only_stories(element) and _in_frame_outside_menus(element, hero=False) \
                    and not _holds_hero(element):
                # A list of the newest stories inside the site's header or footer: no top story there (but a slider of
                # the top stories a template set in a header tag is their place)
                verdict = True
            else:
                verdict = self._stamped_feed(element)
            self._verdict[element] = verdict
        return verdict

    def _without_site_name(self, marks: str) -> str:
        """Return an element's marks without the site's name as its domain spells it (lower case)."""
        return marks.lower().replace(self._site_name, " ") if len(self._site_name) >= _SITE_NAME_CHARS else marks

    def _stamped_feed(self, element: Any) -> bool:
        """Return whether an element is a feed of the newest stories by its shape: no heading, three stories or more,
        each link opening with when it came ("před 15 minutami", "10:46")."""
        if next(element.iter(*HEADING_TAGS), None) is not None:
            return False
        stamped = 0
        for link in element.iter("a"):
            if self._key_of_link(link) in self._stories:
                if not opens_with_stamp(link):
                    return False  # (read no further: a big block's first unstamped story settles it)
                stamped += 1
        return stamped >= _FEED_ITEMS

    def _key_of_link(self, link: Any) -> str:
        """Return a link's address as the page's entries name their stories, or ""."""
        href = link.get("href")
        target = absolute_url(self._base, href) if href else None
        return self._key_of(target) if target else ""

    def _stories_in(self, element: Any) -> int:
        """Return how many different stories of the page an element links (at most 2 are counted)."""
        found: set[str] = set()
        for link in element.iter("a"):
            key = self._key_of_link(link)
            if key in self._stories:
                found.add(key)
                if len(found) >= 2:
                    break
        return len(found)


# A ticker's title, set in an element of its own just before the ticker ("Alertes infos :", "Flash info", "Breaking
# news", "Dernière minute", "Son dakika"): the lines after it are the newest alerts, not the page's top story.
_TICKER_TITLE = re.compile(r"^\W*(?:alertes? infos?|flash[- ]?infos?|breaking(?: news)?|derni[eè]re minute|[uú]ltima hora|"
                           r"[uú]ltimo minuto|eilmeldung(?:en)?|son dakika|last minute|news alerts?|en continu|"
                           # the newest lines as they come: "Minuto a Minuto", "minute par minute", "minute by minute"
                           r"minut[oe] (?:a|par|by|por) minut[oe]|"
                           # ... and in Russian and Ukrainian: "Коротко:", "Кратко", "Срочно", "Молния" ("in brief",
                           # "urgent", "flash")
                           r"коротко|кратко|срочно|терміново|молния|блискавка)\W*$", re.I)
_TICKER_TITLE_CHARS = 30


# A heading that calls its block a menu ("Menú videoteca", "Menu principal", "Main menu", "Hauptmenü").
_MENU_TITLE = re.compile(r"^\W*(?:(?:main|site|hlavn[ií]|g[lł][oó]wne)\s+)?(?:men[uúü]|hauptmen[uü])(?:\W|$)", re.I)


# A heading that names a service's box, the whole heading: lottery draws, horoscopes, the events calendar (what is on:
# announced, not reported), in the site's languages.
_SERVICE_TITLE = re.compile(r"^\W*(?:loter[ií]as?|lotto|lotter(?:y|ies|ie|ia)|hor[oó]scopos?|horoscopes?|horoskope?|"
                            r"oroscopo|гороскоп\w*|agenda|events|[ée]v[ée]nements|eventos|eventi|veranstaltungen|termine|"
                            r"εκδηλώσεις|мероприятия|афиша)\W*$", re.I)


def _titled_menu(element: Any) -> bool:
    """Return whether an element's first child with words is a heading that calls the element a menu, or a box of a
    service's (the lottery's draws, the horoscopes: "<h2>Loterias</h2><ul>...concurso-1770...</ul>")."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in NOISE_TAGS:
            continue
        if child.tag in HEADING_TAGS:
            words = " ".join("".join(child.itertext()).split())
            if words:
                return _MENU_TITLE.match(words) is not None or _SERVICE_TITLE.match(words) is not None
        elif any(text.strip() for text in child.itertext()):
            return False  # (read no further than its first words: a wrapper's child may hold the whole page)
    return False


def _teasers_own_header(element: Any) -> bool:
    """Return whether a header tag is a teaser's, not the site's: it holds a heading, and its links all lead to one page
    (the story's headline and its comments' count: "<header><h2><a href=/2018/.../slug>...</a><span><a
    href=/2018/.../slug#comments>"); the site's masthead links its home, its sections, its account."""
    if next(element.iter(*HEADING_TAGS), None) is None:
        return False
    targets = {(link.get("href") or "").split("#", 1)[0] for link in element.iter("a")}
    return len(targets) == 1 and "" not in targets


def _teaser_grid(element: Any) -> bool:
    """Return whether an element shows its stories as teasers: a picture and a summary of eight words or more."""
    return next(element.iter("img"), None) is not None and any(
        paragraph.find(".//a") is None and word_count(text_of(paragraph)) >= 8 for paragraph in element.iter("p"))


def _titled_ticker(element: Any) -> bool:
    """Return whether the nearest element before this one that holds words, spacers skipped, is a ticker's title; or
    this one's first line, in a list of plain links ("<ul><li class=alerttitle>Breaking News</li><li><a>...</a></li>")."""
    found = _first_with_words(islice(element.itersiblings(preceding=True), 4))
    if found is not None:
        return _is_ticker_title(found[1])
    if next(element.iter("img", "picture", *HEADING_TAGS), None) is not None:
        return False  # (a block of teasers, or a wrapper of the page, whose first words happen to be such a label)
    first = _first_with_words(element)
    return first is not None and first[0].tag != "a" and first[0].find(".//a") is None and _is_ticker_title(first[1])


def _first_with_words(elements: Iterable[Any]) -> tuple[Any, str] | None:
    """Return the first of these elements that holds words, spacers skipped, and its words; else None."""
    for element in elements:
        if isinstance(element.tag, str) and element.tag not in NOISE_TAGS:
            words = " ".join("".join(element.itertext()).split())
            if words:
                return element, words
    return None


def _is_ticker_title(words: str) -> bool:
    """Return whether an element's words are a ticker's title ("Breaking news", "Flash info :")."""
    return len(words) <= _TICKER_TITLE_CHARS and _TICKER_TITLE.match(words) is not None


_BEHAVIOUR = re.compile(r"(?:^|(?<=\s))(?:js[-_]\S*|\S*(?:trigger|infinite|lazy|load)[-_]?scroll\S*|\S*scroll[-_]?(?:trigger|load|spy|reveal|anim)\S*)",
                        re.I)  # a class token naming a script's behaviour (see Strips)
# A class token naming the page's content and its sidebar together ("content-sidebar-wrap", "sidebar-content",
# "content-with-sidebar", "site__main-aside-wrp"): the layout
# that holds the main column beside the side one, no side column itself (see Strips).
_BOTH_COLUMNS = re.compile(r"(?:^|(?<=\s))\S*(?:content[-_]?(?:with[-_]?)?sidebar|sidebar[-_]?content|"
                           r"main[-_]?(?:and[-_]?)?(?:aside|sidebar)[-_]?(?:wrap|wrp|wrapper|container))\S*", re.I)
# A class token saying a layout has no side column ("layout-no-sidebar", "without-sidebar", "has-no-sidebars"): the
# main column's wrapper, no side column itself (see Strips).
_NO_SIDE_COLUMN = re.compile(r"(?:^|(?<=\s))\S*(?:no|without|sans)[-_]?sidebars?(?![a-z])\S*", re.I)
# A class token naming the page's main column ("main_content", "main-content", "content-main"), or the wrapper of the whole
# page ("page-wrapper", "site-container").
_MAIN_CONTENT = re.compile(r"(?:^|\s)(?:main[-_]?content|content[-_]?main|(?:page|site)[-_]?(?:wrapper|wrap|container))(?:$|\s)",
                           re.I)
# A class or id token naming the page's main column alone ("main-content", "content_main"), never a menu's part.
_MAIN_COLUMN = re.compile(r"(?:^|\s)(?:main[-_]?content|content[-_]?main)(?:$|\s)", re.I)
# A class token naming a tag or a category the story is filed under ("taxonomy-breaking-news", "tag-ticker", "category-
# flash"), as a CMS writes them on a story's teaser: what the story is about, not where the teaser sits (see Strips).
_FILED_UNDER = re.compile(r"(?:^|(?<=\s))(?:taxonomy|tag|category|term)-\S*", re.I)
_PAID_LABEL_CHARS = 30  # longer texts are not a label
_LABEL_LEVELS = 4  # how far above a label its teaser may be


def _brand_logo(heading: Any, base: str) -> str:
    """Return the name of the site a heading links to by a picture alone (a brand's logo: "astramotor-md" of
    "https://www.astramotor-md.co.id"), or ""."""
    links = list(heading.iter("a"))
    target = absolute_url(base, links[0].get("href") or "") if len(links) == 1 else None
    if not target or same_site(base, target) or next(heading.iter("img"), None) is None:
        return ""
    return site_name(urlsplit(target).hostname or "")


def _filed_under(url: str, name: str) -> bool:
    """Return whether an address files its page under a folder named as a site is ("/noticias-magazine/..." of
    "noticiasmagazine"): the page's own section for that sister title."""
    return any(segment.replace("-", "").replace("_", "").lower() == name.replace("-", "")
               for segment in urlsplit(url).path.split("/")[:-1])


def paid_teasers(root: Any, base: str, key_of: Callable[[str], str] = normalize_url) -> set[str]:
    """Return the addresses (normalized) of the stories a teaser labels as paid for ("Anzeige" beside or inside the
    link): the one story linked by the label itself or by the nearest block around it that links any; and every link
    of a block titled as paid for, as press releases or as job offers or calls for tenders."""
    def targets(anchors: Iterable[Any]) -> set[str]:
        """Return the normalized addresses the anchors link to."""
        return {key_of(t) for t in (absolute_url(base, a.get("href") or "") for a in anchors) if t}

    paid: set[str] = set()
    for heading in root.iter(*HEADING_TAGS):
        # A block titled "Sponsored" or "Press releases": every link under its title is a paid or a company's page.
        # So is a block titled by a brand's logo alone, a picture linking to the brand's own site ("<h3><a
        # href='https://www.astramotor-md.co.id'><img ...></a></h3>" over the page's own addresses): the brand's corner;
        # not the page's own section named as that site is, a sister title's ("<h3><a href='https://www.noticiasmagazine
        # .pt/'><img></a></h3>" over "/noticias-magazine/<slug>-13999205.html").
        text = text_of(heading)
        brand = _brand_logo(heading, base) if not text else ""
        if not brand and (len(text) > _PAID_LABEL_CHARS or not (PAID_LABEL.match(text) or PRESS_RELEASES_TITLE.match(text)
                                                                or CLASSIFIEDS_TITLE.match(text))):
            continue
        titled = set(paid)
        # (A title in a header of its own, "<div class=view-header><h2>...</h2></div>", titles the block right after it,
        # and the next ones up to one a heading titles: a box's items may be siblings of its header.)
        block = heading.getparent()
        if block is not None and sum(1 for _ in block.iter("a")) == sum(1 for _ in heading.iter("a")):
            for index, sibling in enumerate(item for item in block.itersiblings() if isinstance(item.tag, str)):
                if index and (sibling.tag in HEADING_TAGS or next(sibling.iter(*HEADING_TAGS), None) is not None):
                    break
                paid.update(targets(sibling.iter("a")))
        elif block is not None and any(sibling.tag == heading.tag for sibling in block.iterchildren()
                                       if sibling is not heading):
            # A column of boxes each titled by a heading beside it ("<h2>Actualités</h2><div>...</div><h2>Communiqués
            # </h2><div>...</div>"): the title's box is what follows it, up to the next title of its rank.
            for sibling in heading.itersiblings():
                if sibling.tag == heading.tag:
                    break
                paid.update(targets(sibling.iter("a")))
        elif block is not None:
            paid.update(targets(block.iter("a")))
        if brand:
            paid -= {target for target in paid - titled if _filed_under(target, brand)}
    for text in root.xpath("//body//text()[string-length(normalize-space()) > 1]"):
        # A template pads the label with its indentation ("\n            Sponsored\n    "): only the words count.
        if len(text.strip()) > _PAID_LABEL_CHARS + 40 or not PAID_LABEL.match(text):
            continue
        node = text.getparent()
        if node is not None and text.is_tail:
            node = node.getparent()  # (the words after an element, a comment's too, are its parent's)
        if node is None or node.tag in NOISE_TAGS or len(text_of(node)) > _PAID_LABEL_CHARS:
            continue
        for _ in range(_LABEL_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            linked = targets([node] if node.tag == "a" and node.get("href") else node.iter("a"))
            own = {target for target in linked if same_site(base, target)}
            if own:
                # The sponsor's own site beside the story ("Presented by <a href=sponsor.com>") is not a second story:
                # the label's block reaches up to the story it labels ("Sponsored by" over the sponsor's logo, inside
                # the teaser).
                if len(own) == 1:
                    paid.update(own)
                break
            node = node.getparent()
    return paid


# Bootstrap 3's classes that hide an element on each size of screen ("hidden-xs" hides it on phones alone): all four on
# one element hide it on every screen.
_HIDDEN_SIZES = frozenset({"hidden-xs", "hidden-sm", "hidden-md", "hidden-lg"})


def _hidden_at_every_size(classes: str) -> bool:
    """Return whether an element's classes hide it on every size of screen (Bootstrap 3's "hidden-xs hidden-sm
    hidden-md hidden-lg"): never shown, whatever the page's other rows show."""
    return "hidden-" in classes and _HIDDEN_SIZES <= set(classes.split())
