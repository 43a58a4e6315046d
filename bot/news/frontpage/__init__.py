"""The article links of an HTML front page: which links are stories, in page order, under which headline.

lxml reads the page: its C parser builds the tree several times faster than bs4 builds its Python
one, and only links are looked at. A link's address is judged first (cheap, and most links fail
there); only links that may be stories have their ancestors read, and each container's verdict
(navigation, the site's header or footer, a box of most-read stories ...) is worked out once and
shared by every link inside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import unquote, urlsplit

from bot.models import Entry
from bot.news.markup import (
    CALLOUT_TITLE, CLICK_TITLE, DATA_PAGE_TITLE, DEAL_TITLE, HERO_MARKS, HOROSCOPE_TITLE, ISSUE_TITLE, JOB_AD_TITLE,
    LIST_LINK_TITLE, LOTTERY_TITLE, MORE_AFTER, ON_SALE_TITLE, PAID_OPENING, PERIODICAL_SUBSCRIPTION_TITLE, PHONE_TITLE,
    PICTURE_OF_TITLE,
    LISTING_TITLE, POLL_TITLE, PR_TITLE, PRICE_TAG_TITLE, QUIZ_TITLE,
    QUOTE_TITLE,
    SPONSOR_LABELS, PRINT_EDITION_TITLE, SOCIAL_NOTICE_TITLE, SUBSCRIBE_TITLE, SUPPORT_TITLE, element_marks,
)
from bot.news.text import collapse, count_cjk, unaccented, unescaped_twice
from bot.news.urls import absolute_url, normalize_url, site_domain
from bot.news.frontpage.page import NOISE_TAGS, parse
from bot.news.frontpage.headlines import (
    CJK_HEADLINE_CHARS,
    ASIDE_TEXT,
    HEADING,
    HEADING_TAGS,
    LINK_TEXT,
    classed_as_section,
    headline_of,
    in_byline,
    is_update_stamp,
    stamped_label,
    is_cut,
    link_title,
    is_permalink,
    heading_of,
    uncut,
    cleaned,
    without_read_more_or_byline,
    is_label,
    title_preference,
    site_title,
    text_of,
    word_count,
    without_site_name,
    without_capitals_labels,
    attribute_extensions,
    attribute_tails,
    cuts_unmarked,
    goes_on,
    without_tail,
    is_headline,
    folded_words,
    names_an_edition,
    Preference,
    shows_its_story,
    LETTER_WORDS,
)
from bot.news.frontpage.addresses import (
    NEEDS_HEADLINE,
    SHAPELESS,
    NOT_STORY,
    STORY,
    SURE_STORY,
    ID_QUERY,
    INDEX_FILE,
    LONG_ID,
    PATH_QUERY,
    LOOSE_END,
    Shapes,
    asked_by_id,
    category_folders,
    folder_key,
    forwarded_to,
    post_by_number,
    story_folders,
    dated_section,
    numbered_folders,
    placement_params,
    with_letters_unescaped,
    without_params,
    host_of,
    own_slug,
    filed_day,
    names_its_catalogue,
    names_one_story,
    paid_placement,
    path_kind,
    queried_pages,
    tracking_only,
    unfiled,
    without_tracking,
    sections_slug,
    month_slug,
    slug_is,
)
from bot.news.frontpage.chrome import Containers, Strips, in_label_list, paid_teasers, titles_block


@dataclass
class FrontPage:
    """What a front page lists: the site's name, its stories in page order, and its feed if it links one."""

    title: str
    entries: list[Entry] = field(default_factory=list)
    feed_url: str | None = None


_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


def _one_slug_of_id(by_path: dict[str, str], number: str, key: str) -> str:
    """Return the entry a link of an id and a slug joins: the link of that id alone when one came first and no other
    slug shares the id (a folder of the day's stories, "/journal/070122/<slug>", holds many); note the slug's entry."""
    slugged = by_path.get(f"{number} /slugged")
    if slugged is None:
        by_path[f"{number} /slugged"] = key = by_path.get(f"{number} /alone", key)
    elif slugged:
        by_path[f"{number} /slugged"] = ""  # a second slug under one id: the id names no one story
    return key


# A page's name ending in its id, after the words of its slug ("...-ve-shode-smrtici-novicok_471958.html",
# "...-najlepsi-przyjada-do,nId,6815012"), a letter or two glued before the id maybe ("...-from-sh700_c1734620"); a date
# there is the day's, shared by the day's stories ("...-20211225").
_GLUED_ID = re.compile(r"^(?P<slug>.*[a-z].*?)[-_.,][a-z]{0,2}(?P<id>\d{5,})(?:\.[a-z0-9]{2,5})?$", re.I)
# A number that reads as a day, year first or last, and a time of day after it maybe ("20211225", "140926",
# "23032018220000"); not an id that opens with digits a day could ("2001273513": no hour 35).
_DATE_NUMBER = re.compile(r"(?:(?:(?:19|20)\d\d|\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                          r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)"
                          r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?")
# A page's name made of a tag of letters and the story's id, its slug after it maybe ("id_1208419207",
# "id_1208419207_Maskirani_potroshiha_...").
_TAGGED_ID = re.compile(r"(?P<tag>[a-z]{1,4}[-_])(?P<id>\d{5,})(?:[-_][^/]+)?", re.I)
# A page's name made of a story's coded id, letters then a long number, and the page's kind and number after a dash
# ("bse1803171600001-n1.htm" its news page, "bse1803171600001-p1.htm" its photos').
_CODED_PAGE = re.compile(r"(?P<id>[a-z]{1,5}\d{10,})-[a-z]\d{1,2}(?:\.[a-z]{2,5})?", re.I)
_ID_NAME = re.compile(r"\d{5,}(?:\.[a-z]{2,5})?")  # a page's name that is an id alone ("201803160013.aspx", "332048.vgp")
_POST_SHORTLINK = re.compile(r"p=(\d{3,})")  # a blog's short address of a post by its number, at the site's root
_REWORDED_SHARE = 0.5  # of the shorter slug's words the other one holds: one headline reworded, not two stories
_REWORDED_MIN_WORDS = 3


def _reworded_slug(by_path: dict[str, str], at: str, slug: str, key: str) -> str:
    """Return the entry a link whose id ends its name joins: the first link of that id in its folder when their slugs
    share most words (a headline reworded: "stropnicky-i-slechtova-..." and "stropnicky-a-slechtova-..."); note it."""
    words = frozenset(word for word in re.split(r"[-_,.]+", slug.lower()) if word)
    first = by_path.get(at + " slug")
    if first is None:
        by_path[at + " slug"], by_path[at] = " ".join(sorted(words)), key
        return key
    earlier = frozenset(first.split())
    shorter = min(len(words), len(earlier))
    if shorter >= _REWORDED_MIN_WORDS and len(words & earlier) >= _REWORDED_SHARE * shorter:
        return by_path[at]
    return key


def _short_address(by_path: dict[str, str], number: str, key: str) -> str:
    """Return the entry a story's short address by its number joins ("/?p=448126", "/i/9199591.html"): the story whose
    full address names that number, whichever came first."""
    return by_path.get(f"{number} post named") or by_path.setdefault(f"{number} post by number", key)


def _slug_without_its_id(by_path: dict[str, str], folder_slug: str, key: str, with_id: bool) -> str:
    """Return the entry a story's address joins where the site links it at its id and slug ("/artikel/167022-<slug>")
    and at its slug alone ("/artikel/<slug>") in one folder: the first of the two, whichever came first. Two stories of
    two ids and one slug stay two (only one address with an id joins the slug alone)."""
    name = f"{folder_slug} without its id"
    first = by_path.setdefault(name, key)
    if not with_id:
        return first
    if f"{name} joined" in by_path:
        return key  # a second story of its own id under the same slug
    by_path[f"{name} joined"] = key
    return first


def _one_slug_in_sections(by_path: dict[str, str], slot: str, folder: str, key: str) -> str:
    """Return the entry a story's address joins where its slug comes before an id alone: the first address so slugged,
    where this one lies in another section's folder; else its own."""
    first = by_path.setdefault(slot, key)
    where = by_path.setdefault(f"{slot} in", folder)
    return first if where != folder else key


def _id_alone(by_path: dict[str, str], number: str, key: str) -> str:
    """Return the entry a link of an id alone ("/news/1135110/", "/galerija/473068") joins: the one story whose slug the
    id carries, in a folder of the id's own or at the end of the story's name, whichever came first."""
    slugged = by_path.get(f"{number} /slugged")
    if slugged:
        return slugged
    key = by_path.setdefault(f"{number} /alone", key)
    # (A story's gallery or video at its id alone beside the story's name ending in that id, "/zinas/<slug>-473068":
    # one story, the site's id naming it; a day's number ending a name names no post, so the day's page stays apart.)
    return _short_address(by_path, number, key)


_MASK_CODE = re.compile(r"(?:[0-9a-fA-F]{2}){2,}")  # a key byte and a masked one at least, in hex


def _unmasked_addresses(root: Any) -> None:
    """Put back the words a CDN's e-mail protection masked in the page ("Mulher <span class=__cf_email__
    data-cfemail='f69484b6989597'>[email protected]</span> dá à luz ..."): every word with an "@" in it, a
    headline's "br@nca" or "Gestionali@", is served so, its bytes after the first XOR-ed with that first one, and
    a browser's script shows them decoded."""
    for element in root.xpath("//*[@data-cfemail]"):
        code = (element.get("data-cfemail") or "").strip()
        if not _MASK_CODE.fullmatch(code):
            continue
        key, *masked = bytes.fromhex(code)
        try:
            words = bytes(byte ^ key for byte in masked).decode("utf-8")
        except UnicodeDecodeError:
            continue
        for child in list(element):
            element.remove(child)  # (the placeholder's own parts, inside the element: the element's tail stays)
        element.text = words


# A click handler that opens a page: "window.open('<address>', ...)", "location.href = '<address>'".
_OPENS_PAGE = re.compile(r"""(?:window\.open\s*\(|location(?:\.href)?\s*=|location\.assign\s*\()\s*['"]([^'"]+)['"]""")


def _clickable_blocks_as_links(root: Any) -> None:
    """Read a block a script makes a link of, its address in "data-href" or in the page its click handler opens, and no
    link in or around it (a slider's slide, "<div class=n2-ss-layers-container data-href='/<story>/' onclick=...>"
    holding its headline), as the link it is, where the page also links that address: a story the page names elsewhere,
    shown here in place. (Not an address only a script opens, a ticker's or an encoded one: no reader's link goes
    there.)"""
    blocks = root.xpath("//*[@data-href or @onclick or @onmousedown][not(self::a)][not(.//a)][not(ancestor::a)]")
    if not blocks:
        return
    linked = {(anchor.get("href") or "").strip().rstrip("/") for anchor in root.iter("a")} - {""}
    worded: set[str] | None = None  # the addresses a link with words leads to, read once a click handler asks
    for element in blocks:
        address = (element.get("data-href") or "").strip()
        if not address:
            # (or the page its click handler opens, where the page links it by a picture only: "<li onmousedown=
            # \"window.open('https://site/<story>.html','_parent')\"><headline></li>", a slider's list of its slides'
            # headlines beside the pictures that link them; not a box a script makes clickable around a story the page
            # names in words elsewhere, an "Editors Choice" strip)
            opened = _OPENS_PAGE.search((element.get("onclick") or "") + " " + (element.get("onmousedown") or ""))
            address = opened[1].strip() if opened else ""
            if address.rstrip("/") in linked:
                if worded is None:
                    worded = {(anchor.get("href") or "").strip().rstrip("/") for anchor in root.iter("a")
                              if text_of(anchor)}
                address = "" if address.rstrip("/") in worded else address
        if address and address.rstrip("/") in linked:
            element.tag = "a"
            element.set("href", address)


def _names_its_section(link: Any, target: str) -> bool:
    """Return whether a link's words, three at most, are the name of the one folder its address holds ("<a
    href='/assopopolari/'>Assopopolari</a>", "/a2a/" under "A2A"): a section's own name in a menu."""
    segments = [segment for segment in urlsplit(target).path.split("/") if segment]
    words = text_of(link)
    return len(segments) == 1 and 0 < len(words.split()) <= _MENU_NAME_WORDS and slug_is(words, target)


def _canonical_key(root: Any, base: str) -> str | None:
    """Return the normalized address the page's <link rel="canonical"> names, if any."""
    for link in root.iter("link"):
        href = link.get("href")
        if href and "canonical" in (link.get("rel") or "").lower().split():
            target = absolute_url(base, href)
            return normalize_url(target) if target else None
    return None


def _feed_link(root: Any, base: str) -> str | None:
    """Return the absolute URL of the page's <link rel="alternate"> RSS or Atom feed, if any."""
    for link in root.iter("link"):
        href = link.get("href")
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        if href is not None and "alternate" in rels and kind in _FEED_TYPES:
            return absolute_url(base, href)
    return None


_PLACEMENT = re.compile(r"\d{1,4}")  # a box's or a section's short number after a story's id, not the story's
_LEAD_WINDOW = 8  # how far below the first story a bigger-headed one may be the top story
_BESIDE_LINKS = 2  # links to elsewhere a teaser may hold beside its story's (its section's, its comments')
_PICTURED_WINDOW = 3  # how far below an unheaded, unpictured first story a headed teaser with a picture may lead
_BIG_PICTURE = 400  # a picture this wide (its width attribute, in pixels) is a column's: a top story's
_BIGGER = 2.5  # how many times as wide the top story's picture is as a thumbnail's
_SLIDER_WINDOW = 12  # how far below a first story shown small the first one shown big may be (past a row of thumbnails)
# A teaser its class names the page's lead ("lead-post", "lead_news_link_449177", "is-lead") or its largest size
# ("article-xlg", "news-piece_major"), on the link or its three nearest blocks.
_LEAD_TEASER = re.compile(r"(?:^|[-_ ])(?:is-?lead|lead-?(?:post|story|article|item|news)|xlg|major)(?:$|[-_ ])", re.I)
_LEAD_TEASER_LEVELS = 3
# A class that names a teaser after the lead, the next one down ("second-lead-story", "sub-lead", "secondary-lead-story"):
# read with the lead's marks, not as one.
_NOT_THE_LEAD = re.compile(r"(?:second(?:ary)?|sub|third|other|more)[-_]?lead", re.I)
_STALE_DAYS = 30  # how much older than most of the page's dated stories a top story is not
_DATED_STORIES = 5  # dated stories a page needs for its usual day to say anything


# Folders of companies' press releases ("/press-release/", Swedish "/pressreleaser/", German "/pressemitteilungen/",
# French "/communique/", as a site files the releases it posts as they were sent: "/communique/gbl-resultats-de-...").
_PRESS_FOLDERS = frozenset({"press-release", "press-releases", "pressrelease", "pressreleases", "pressreleaser",
                            "pressmeddelanden", "pressemitteilung", "pressemitteilungen", "pressemeldungen",
                            "persbericht", "persberichten", "communique", "communiques", "communique-de-presse",
                            "communiques-de-presse", "comunicado", "comunicados", "comunicados-de-prensa",
                            "comunicato-stampa", "comunicati-stampa", "komunikaty-prasowe", "tiskove-zpravy",
                            # Russian and Ukrainian portals' "companies' news" ("/novosti-kompaniy/<slug>"): releases
                            "press-relizy", "novosti-kompaniy", "novosti-kompanij", "novyny-kompaniy", "novini-kompaniy"})
_NEWS_BESIDE_RELEASES = 5  # the page's other stories that make it a news site's, its releases a column beside them
_FILED_LEVELS = 4  # how far above a story's link the teaser whose class names the story's category may be


def _filed_as_release(anchor: Any) -> bool:
    """Return whether a link sits in a teaser whose class files its story under a category of press releases
    ("category-press-releases", "category-pressemitteilungen"), or in a box whose heading calls it companies' press
    releases ("<div class=sidebar-box><h3>Thông cáo báo chí</h3><ul><li><a ...>", "<h2>Comunicati stampa</h2>")."""
    for block in islice(anchor.iterancestors(), _FILED_LEVELS):
        for token in (block.get("class") or "").lower().split():
            if token.startswith("category-") and token.removeprefix("category-") in _PRESS_FOLDERS:
                return True
        # (its first element a heading: read only then, a block's first child may hold the whole page)
        heading = next((child for child in block if isinstance(child.tag, str) and child.tag not in NOISE_TAGS), None)
        if heading is not None and heading.tag in HEADING_TAGS and anchor not in heading.iter("a") \
                and _RELEASES_TITLE.match(text_of(heading)):
            return True
    return False


# A box's heading, the whole of it, that calls what it lists companies' press releases: "Thông cáo báo chí"
# (Vietnamese), "Communiqués de presse", "Pressemitteilungen", "Comunicati stampa", "Siaran pers" (Indonesian), ...
_RELEASES_TITLE = re.compile(r"^\W*(?:press releases?|communiqu[ée]s?(?: de presse)?|pressemitteilungen|pressmeddelanden|"
                             r"comunicados?(?: de prensa)?|comunicati(?: stampa)?|komunikaty prasowe|siaran pers|"
                             r"th[ôo]ng c[áa]o b[áa]o ch[íi])\W*$", re.I)


_REPEATED = 3  # stories given one text as their headline: the text is none of theirs when each is titled otherwise


def _own_titles(headlines: dict[str, tuple[Any, str]], titled: dict[str, list[str]]) -> None:
    """Give each story whose headline the page repeats on three stories or more (a slider's caption left the same on
    every item) its own link's title attribute instead, where that title reads as a headline no other story has."""
    repeated = Counter(text for _, text in headlines.values() if text)
    attributes = Counter(title for titles in titled.values() for title in set(titles))
    for key, (preference, text) in headlines.items():
        if text and repeated[text] >= _REPEATED:
            own = next((title for title in titled.get(key, []) if title != text and attributes[title] == 1
                        and is_headline(cleaned(title))), "")
            if own:
                headlines[key] = (preference, cleaned(own))


# A site's folder of its writers' blogs ("/blogg/mikael-hoffmann/", "/blogs/<name>/"): each blog's page under it.
_BLOG_FOLDERS = frozenset({"blog", "blogs", "blogg", "bloggar", "blogger", "bloggers", "blogue", "blogues", "blogi"})


def _names_its_blogger(anchor: Any, target: str) -> bool:
    """Return whether a link leads to a blog's own page, one name under a folder of blogs, and shows that name in an
    element of its own beside other words ("<a href=/blogg/mikael-hoffmann/><p>Mikael Hoffmann</p><p>Delad makt är
    dubbel makt</p></a>": the blogger and the newest post's title, linking the blog)."""
    parts = urlsplit(target)
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    if len(segments) != 2 or segments[0] not in _BLOG_FOLDERS or parts.query:
        return False
    name = folded_words(segments[1])  # (its words split at dashes and underscores as any other mark)
    if len(name) < 2 or name == folded_words(text_of(anchor)):
        return False
    return any(folded_words(text_of(part)) == name for part in anchor.iterdescendants() if isinstance(part.tag, str))


def _trailing_label(anchor: Any) -> str:
    """Return the word of the last element inside a link that holds words, where only empty elements follow it and
    words of the link come before it ("... në Fushë-Arrëz <div class=clearfix></div><div class=filter>Aktualitet</div>
    <div class=clearfix></div>"), else ""."""
    # (read from the end: the first element met so is the last in the page's order; the ones before it go unread)
    last = next((element for element in reversed(list(anchor.iterdescendants()))
                 if isinstance(element.tag, str) and element.tag not in ("br", "img") and text_of(element)), None)
    if last is None:
        return ""
    for element in (last, *last.iterancestors()):
        if element is anchor:
            break
        if (element.tail or "").strip() or any(isinstance(after.tag, str) and text_of(after) or (after.tail or "").strip()
                                               for after in element.itersiblings()):
            return ""
    label, shown = text_of(last), text_of(anchor)
    before = shown[:-len(label)].rstrip() if shown.endswith(label) else ""
    # one word of letters, no separator before it: not a media word or an update's mark a colon or a dash sets apart
    # ("...: Photos", "... - Yenilənib"), nor a listing's "Zum Verkauf", a source's "(Source ...)" or a cut's "..."
    return label if label.isalpha() and before and before[-1] not in ":-–—|/" else ""


def _without_shared_trailing_labels(headlines: dict[str, tuple[Any, str]], links_of: dict[str, list[Any]]) -> None:
    """Leave out of each headline a label its link sets apart last where three stories or more end in the same one
    ("... më e ulëta në Fushë-Arrëz Aktualitet", "... Kulturë"): the section each teaser names, not its words."""
    labels: dict[str, str] = {}
    for key, (_, text) in headlines.items():
        found = (_trailing_label(anchor) for anchor in links_of.get(key, [])) if text else iter(())
        label = next((label for label in found if label), "")
        if label and text.endswith(" " + label):
            labels[key] = label
    shared = Counter(labels.values())
    for key, label in labels.items():
        if shared[label] >= _REPEATED:
            preference, text = headlines[key]
            headlines[key] = (preference, text[:-len(label)].rstrip())


def _says_no_story(headline: str) -> bool:
    """Return whether a headline says its link leads to no story: a data page or a quote, a magazine's issue, a quiz or a
    readers' poll, an offer or a product at its price, a property's listing for sale, a horoscope, an advertisement, a
    list of articles, a call to readers, a job advertisement, a family's notice, a call to read the site's print
    edition, to subscribe to a periodical or to click, a gallery's picture by its number, a business's card with its
    telephone number."""
    return bool(DATA_PAGE_TITLE.match(headline) or QUIZ_TITLE.match(headline) or POLL_TITLE.match(headline)
                or QUOTE_TITLE.search(headline)
                or ISSUE_TITLE.match(headline) or PRICE_TAG_TITLE.search(headline) or PAID_OPENING.match(headline)
                or LISTING_TITLE.search(headline)
                or any(words.search(headline) for words in (DEAL_TITLE, HOROSCOPE_TITLE, PR_TITLE, LIST_LINK_TITLE,
                                                            CALLOUT_TITLE, JOB_AD_TITLE, LOTTERY_TITLE,
                                                            SOCIAL_NOTICE_TITLE, PRINT_EDITION_TITLE, CLICK_TITLE,
                                                            PICTURE_OF_TITLE, PERIODICAL_SUBSCRIPTION_TITLE, PHONE_TITLE)))


def _promotes_itself(headline: str, name: str) -> bool:
    """Return whether a headline promotes the site itself, named as its domain spells it ("telquel"): its print product on
    sale or out anew ("Le numéro 804 de TelQuel est en kiosque"), a call to support it ("Soutenir Acrimed ...") or to
    subscribe to it ("Come abbonarsi a Tempi")."""
    # (its name in words of the headline run together too: "Tichys Einblick" for tichyseinblick.de)
    return bool(name) and (ON_SALE_TITLE.search(headline) is not None or SUPPORT_TITLE.match(headline) is not None
                           or SUBSCRIBE_TITLE.search(headline) is not None) and name in "".join(folded_words(headline))


def _opens_with_name(headline: str, name: str) -> bool:
    """Return whether a headline opens with a name (its words run together) before a separator ("Actu17 – ...")."""
    opening = _OPENING_NAME.match(headline)
    return opening is not None and "".join(folded_words(opening.group(1))) == name


# A headline's opening words before a separator: a name it opens with ("Actu17 – ...", "Acrimed : ...").
_OPENING_NAME = re.compile(r"^\W*([^\s:|–—-]+(?:\s+[^\s:|–—-]+){0,2})\s*(?:[:|–—]|\s-)\s")


_CUT_BOX_STORIES = 3  # stories whose first headline a later link gives whole: a box that cuts them all


def _cut_at_a_word(earlier: str, later: str, target: str) -> bool:
    """Return whether a story's earlier headline is its later one cut after a word, no mark of the cut ("فضل الله
    والماشطة يوضحان" of "فضل الله والماشطة يوضحان موقف عبدالله السعيد": a narrow box's copy of the list a wider one
    shows whole), the words the later one goes on with mostly in the story's address (not a teaser's sentence after
    the headline in one link: "León mata a trabajador ... El cuidador olvidó ...")."""
    if not (len(later) > len(earlier) and later.startswith(earlier) and later[len(earlier)] == " "
            and len(earlier.split()) >= 2):
        return False
    address = unaccented(unquote(urlsplit(target).path)).lower()
    more = [unaccented(word).lower().strip(".,;:!?«»\"'") for word in later[len(earlier):].split()]
    return 2 * sum(bool(word) and word in address for word in more) >= len(more)


def _id_after_figures(numbers: list[str], slug: str) -> bool:
    """Return whether the last of a name's long numbers, ending it after its slug, is the story's id and the others are
    figures among the headline's words ("/2018/3/1/95217-ejecutados-...-602061.html"); not a day, nor where a number ends
    the slug ("<slug>_4857031_4355770.html": the story's id, the last one its section's)."""
    return not _DATE_NUMBER.fullmatch(numbers[-1]) and set(numbers[:-1]) <= set(re.split(r"[-_.,]+", slug)[:-1])


_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of a slug, three letters or more: not a page's mark ("-n1", "_p2")


def _without_id(name: str, number: str) -> str:
    """Return a page's name without its id and a letter or two glued before it ("a16926-slug" -> "-slug"); the letters
    stay where no slug follows the id ("yo1803190007.htm" -> "yo.htm": a section's code and a number, one page's code
    that another section's letters before the same number make another story's), nor where only a page's mark follows
    it ("bsd1803171600001-n1.htm" and "bse1803171600001-n1.htm": two sections' stories, each page one of its own)."""
    at = name.find(number)
    if at < 0:
        return name
    if not _SLUG_WORD.search(name[at + len(number):].partition(".")[0]):
        return name[:at] + name[at + len(number):]
    start = at
    while start > max(0, at - 2) and name[start - 1].isalpha():
        start -= 1
    if _WORD_BEFORE_ID.fullmatch(name[:start]) and not _DATE_NUMBER.fullmatch(number):
        # (a word the name opens with before the id and its slug: a box's mark, "matcont-112591-<slug>"; not before a
        # day, "video-20180321-<slug>": the day's video of a story, a page of its own)
        start = 0
    return name[:start] + name[at + len(number):]


_WORD_BEFORE_ID = re.compile(r"[^\W\d_]+[-_]")


_HERO_LEVELS = 8  # how far above a story's link the slider or carousel holding it may be
# The place of a story's comments on its page, or of one comment ("#comments", "#comment-1632380", "#respond").
_COMMENT_PLACE = re.compile(r"(?:comments?|respond|reply|disqus_thread)(?:[-_]?\d+)?$", re.I)
# A long number inside a coded id's letters and digits, a key on both sides ("id=dvVWXQa814151406519advVWXQ").
_WRAPPED_NUMBER = re.compile(r"([\w-]+=)[a-z\d]*?[a-z](\d{5,})[a-z][a-z\d]*", re.I)
_MOBILE_EDITION = re.compile(r"^([a-z][a-z0-9+.-]*://[^/]+)/(?:m|mobile)(?=/[^/])", re.I)  # the site's mobile folder
_NEWS_ID = re.compile(r"(?:^|&)((?:news|article|story)_?id)=(\d{5,})(?=&|$)", re.I)  # a query asking for one story by its id
_MENU_NAME_WORDS = 3  # a menu's name of a section, not a headline
_SLUG_WORDS = 4  # words of letters in the name of a slide that shows no words: a headline's slug
_COUNTED_RIVER = 5  # news items linked only by their comments' counters, at least, to be a river of stories
# A folder of a story's comments ("/Comment/StandardComment/1078127/Sport/..."): its counter links the readers' page.
_COMMENTS_FOLDER = re.compile(r"/[^/]*(?:comment|komment|koment|coment)[^/]*/", re.I)


def _parent(key: str) -> str:
    """Return the folder an entry's address files it in, as folder_key names folders ("https://www.site/news/world/slug/"
    -> "site/news/world")."""
    return folder_key(key).rpartition("/")[0]


def _page_name(key: str) -> str:
    """Return the last segment of an entry's address without its query and extension ("/news/a-b-12.html" -> "a-b-12")."""
    return re.sub(r"\.\w+$", "", key.partition("?")[0].rstrip("/").rpartition("/")[2])


_DATED_LEVELS = 3  # how far above a link the list item showing its story's time may be


def _dated_item(anchor: Any) -> Any:
    """Return the item around a link that shows its story's time in a <time datetime> element and links nothing else
    (a list's item: the picture's link and the headline's to one story), else None."""
    href = anchor.get("href")
    for block in islice(anchor.iterancestors(), _DATED_LEVELS):
        if block.tag in ("body", "html") or any(link.get("href") != href for link in block.iter("a")):
            return None
        if block.find(".//time[@datetime]") is not None:
            return block
    return None


# WordPress's classes of a published post's element (post_class(): "post-229324 post type-post status-publish hentry").
_WORDPRESS_POST = re.compile(r"(?:^|\s)post-\d+(?:\s|$)")
_WORDPRESS_POST_LEVELS = 4  # how far above its headline's link a post's element may be


def _wordpress_post_link(anchor: Any) -> bool:
    """Return whether a link is the headline of a published WordPress post's teaser: inside a heading, under an element
    classed "post-<id>" and "type-post" (not a page's, "type-page", nor a custom type's: "type-product")."""
    if not any(parent.tag in HEADING_TAGS for parent in [anchor, *islice(anchor.iterancestors(), 2)]) \
            and not any(child.tag in HEADING_TAGS for child in anchor):
        return False
    for block in islice(anchor.iterancestors(), _WORDPRESS_POST_LEVELS):
        classes = block.get("class") or ""
        if _WORDPRESS_POST.search(classes) and "type-post" in classes.split():
            return True
    return False


def _lead_teaser(anchor: Any) -> bool:
    """Return whether a link or one of its nearest blocks has a class that names the page's lead teaser."""
    return any(_LEAD_TEASER.search(_NOT_THE_LEAD.sub(" ", element_marks(block)))
               for block in [anchor, *islice(anchor.iterancestors(), _LEAD_TEASER_LEVELS)])


_TEASER_BLOCK_LEVELS = 2  # the blocks around a teaser's first link holding its other links (its picture's, headline's)


def _teaser_links(first: Any, links: list[Any]) -> list[Any]:
    """Return a story's links that sit in the same teaser as its first one: inside that link's parent or grandparent."""
    around = set(islice(first.iterancestors(), _TEASER_BLOCK_LEVELS))
    return [anchor for anchor in links if anchor is first or not around.isdisjoint(anchor.iterancestors())]


def _in_hero(anchor: Any, marks: re.Pattern[str] = HERO_MARKS) -> bool:
    """Return whether a link sits in a block its class calls a slider, a carousel or the hero (or what marks name): the
    page's top stories, whatever the size of their headings (an h4 caption over each slide)."""
    return any(marks.search(element_marks(block)) for block in islice(anchor.iterancestors(), _HERO_LEVELS))


_SLIDER_MARKS = re.compile(r"slider|carousel|slideshow", re.I)  # a block of several top stories shown one at a time
# A slider, a carousel, the hero, or a rotator, or the block a Turkish or Chinese layout calls the headline ("headline
# hdln", "headline"): its slides' pictures carry their headlines in their alt
_SLIDES_MARKS = re.compile(rf"{HERO_MARKS.pattern}|(?:^|[-_ ])(?:rotator|headlines?)(?:$|[-_ ])", re.I)


# A panel that opens on demand, as its class or id names it ("topArticlesDropdown", "nav-dropdown"): its teasers are
# shown only when the reader opens it, as a mega-menu's are.
_DROPDOWN_MARKS = re.compile(r"drop-?down", re.I)


def _in_dropdown(anchor: Any) -> bool:
    """Return whether a link sits in a block its class or id calls a dropdown panel, however far above it."""
    return any(_DROPDOWN_MARKS.search(element_marks(block)) for block in anchor.iterancestors())


_BANNER_MARKS = re.compile(r"(?:^|[-_ ])(?:banners?|banni[eè]re|bandeau)(?:$|[-_ ])", re.I)
_BANNER_LEVELS = 2  # how far above a link the block naming it a banner may be


def _banner_picture(anchor: Any) -> bool:
    """Return whether a link shows only a picture without words (no text, no alt) in a block named a banner: an
    advertiser's or a promotion's banner across the page ("<div id=banniere-haut><a href=...><img alt=''>")."""
    image = next(anchor.iter("img"), None)
    return image is not None and not text_of(anchor) and not (image.get("alt") or "").strip() and any(
        _BANNER_MARKS.search(element_marks(block)) for block in islice(anchor.iterancestors(), _BANNER_LEVELS))


def _slides_from(anchor: Any, links: list[Any]) -> int:
    """Return how many of these links sit in the slider or the carousel that holds this link (0 outside one)."""
    slider = next((block for block in islice(anchor.iterancestors(), _HERO_LEVELS)
                   if _SLIDER_MARKS.search(element_marks(block))), None)
    return 0 if slider is None else sum(any(block is slider for block in link.iterancestors()) for link in links)


def _own_blocks(anchor: Any) -> Iterator[Any]:
    """Yield a link and the blocks of two levels above it at most that link nothing else (a few links to elsewhere
    beside its story's, its section's or its comments'): its teaser's, not a block of other stories too."""
    href = anchor.get("href")
    for block in (anchor, *islice(anchor.iterancestors(), 2)):
        if block.tag in ("body", "html") or len({link.get("href") for link in block.iter("a")} - {href}) > _BESIDE_LINKS:
            return
        yield block


# A label set apart at a link's start, in bold or a span of its own, and closed by a dash ("<b>ASSE -</b>Ntep et Tannane
# absents du groupe", "<strong>Liverpool –</strong> Klopp : ..."): a club's, a place's or a rubric's kicker, not the
# headline's words.
_DASHED_LABEL = re.compile(r"^\S+(?:\s\S+){0,2}\s*[-–—]$")
_LABEL_TAGS = ("b", "strong", "span", "em")


def _dashed_label(anchor: Any) -> str:
    """Return the words of a label a link opens with in an element of its own, closed by a dash, else ""."""
    if (anchor.text or "").strip():
        return ""
    first = next((child for child in anchor if isinstance(child.tag, str)), None)
    if first is None or first.tag not in _LABEL_TAGS:
        return ""
    words = text_of(first)
    return words if _DASHED_LABEL.match(words) else ""


_SUMMARY_WORDS = 8  # words of a teaser's summary (or four times a CJK headline's least characters in Chinese or Japanese)


def _whole_teaser(anchor: Any) -> bool:
    """Return whether a story's link shows its whole teaser: a picture and a summary's paragraph beside its headline."""
    blocks = list(_own_blocks(anchor))
    return any(next(block.iter("img", "picture"), None) is not None for block in blocks) and any(
        word_count(text := text_of(paragraph)) >= _SUMMARY_WORDS or count_cjk(text) >= 4 * CJK_HEADLINE_CHARS
        for block in blocks for paragraph in block.iter("p"))


def _picture_width(anchors: list[Any]) -> int:
    """Return the widest picture a story's teaser shows by its width attribute, else by the size its address names
    (in one of its links, or beside one in its teaser's block), or 0 where none says its width."""
    return max((_image_width(image) for anchor in anchors for block in _own_blocks(anchor) for image in block.iter("img")),
               default=0)


_STRIP_SHAPE = 4  # times as wide as high: a strip's picture, not a top story's
_TALLER = 1.5
_STRIP_MIN_HEIGHT = 100  # pixels of a strip's picture at least (not a spacer, a pixel's line: "width=194 height=1")


def _pixels(image: Any, attribute: str) -> int | None:
    """Return a picture's width or height attribute in pixels ("630", "630px"), or None where it gives none."""
    value = (image.get(attribute) or "").strip().removesuffix("px")
    return int(value) if value.isdigit() else None


def _picture_size(anchors: list[Any]) -> tuple[int, int]:
    """Return the width and height attributes of the widest picture a story's teaser shows that gives both, or (0, 0)."""
    sizes = [(width, height) for anchor in anchors for block in _own_blocks(anchor) for image in block.iter("img")
             if (width := _pixels(image, "width")) is not None and (height := _pixels(image, "height")) is not None]
    return max(sizes, default=(0, 0))


# The size a picture's address names in a folder of its own, as a CMS files its copies of one picture by size
# ("/photo/150x100/2018-03/...", "/photo/622x387/..."): its width first. (Not a size in the file's name: an uploaded
# file keeps the name it was given, "/s320/incidente_incidente--400x300.jpg" served 320 pixels wide.)
_SIZE_IN_ADDRESS = re.compile(r"/(\d{2,4})x(\d{2,4})/")


def _image_width(image: Any) -> int:
    """Return a picture's width by its width attribute, else by the size its address names (a lazy picture's too), or 0."""
    width = _pixels(image, "width")
    if width is not None:
        return width
    source = next((image.get(name) for name in ("src", "data-src", "data-original") if image.get(name)), "")
    match = _SIZE_IN_ADDRESS.search(urlsplit(source).path)
    return int(match[1]) if match else 0


def _pictured(anchors: list[Any]) -> bool:
    """Return whether a story's teaser shows a picture: in one of its links, or beside one in its teaser's block."""
    return any(next(block.iter("img", "picture"), None) is not None
               for anchor in anchors for block in _own_blocks(anchor))


_SIDE_COLUMN = 1 / 3  # of a grid's width, the most a side column takes
_GRID_COLUMNS = 12
_GRID_COLUMN = re.compile(r"(?:^|\s)col-(sm|md|lg)-(\d{1,2})(?=\s|$)")
# A 960-pixel grid's column ("grid-6", "grid_6") in its container of 12, 16 or 24 columns ("container-24").
_FIXED_GRID_COLUMN = re.compile(r"(?:^|\s)grid[-_](\d{1,2})(?=\s|$)")
_FIXED_GRID = re.compile(r"(?:^|\s)container[-_](12|16|24)(?=\s|$)")
_SPAN_COLUMN = re.compile(r"(?:^|\s)span(\d{1,2})(?=\s|$)")  # Bootstrap 2's column ("span3" beside "span6" in a "row")


def _grid_width(element: Any) -> float:
    """Return the share of its grid's width a column class gives an element at a desktop's size ("col-md-6": 0.5,
    Bootstrap 2's "span3": 0.25, "grid-6" in a "container-24": 0.25), or 0."""
    classes = element.get("class") or ""
    widths = dict(_GRID_COLUMN.findall(classes))
    size = next((size for size in ("lg", "md", "sm") if size in widths), None)  # the widest screen's it names
    if size:
        return int(widths[size]) / _GRID_COLUMNS
    span = _SPAN_COLUMN.search(classes)
    if span:
        return int(span[1]) / _GRID_COLUMNS
    fixed = _FIXED_GRID_COLUMN.search(classes)
    grid = next((match for parent in element.iterancestors() if (match := _FIXED_GRID.search(parent.get("class") or ""))),
                None) if fixed else None
    return int(fixed[1]) / int(grid[1]) if fixed and grid else 0


_PLACED = re.compile(r"position\s*:\s*absolute", re.I)
_OFFSET = re.compile(r"(?:^|;)\s*(top|left)\s*:\s*(-?\d+)px", re.I)
_PLACED_TEASERS = 3  # of a grid's blocks placed so that hold stories, at least


def _offsets(element: Any) -> tuple[int, int] | None:
    """Return the top and left offsets an element's style places it at absolutely, or None."""
    style = element.get("style") or ""
    offsets = {side.lower(): int(value) for side, value in _OFFSET.findall(style)}
    return (offsets["top"], offsets.get("left", 0)) if _PLACED.search(style) and "top" in offsets else None


def _placed_highest(anchor: Any, lead: int, fit_entries: Callable[[], dict[Any, int]]) -> int:
    """Return the story of the block placed highest, then leftmost, among the placed blocks of the grid that holds the
    lead's first link (three blocks or more holding stories), else the lead. (fit_entries: the first link of each story
    that may lead -> its entry, asked only of such a grid.)"""
    block = next((e for e in anchor.iterancestors() if _offsets(e) is not None), None)
    if block is None or block.getparent() is None:
        return lead
    entry_at = fit_entries()
    placed: list[tuple[int, int, int]] = []
    for child in block.getparent():
        offsets = _offsets(child) if isinstance(child.tag, str) else None
        stories = [entry_at[link] for link in child.iter("a") if link in entry_at] if offsets else []
        if offsets and stories:
            placed.append((offsets[0], offsets[1], min(stories)))
    return min(placed)[2] if len(placed) >= _PLACED_TEASERS else lead


def _widest_column_lead(anchor: Any, lead: int, entry_at: dict[Any, int], opens: Callable[[Any], bool]) -> int:
    """Return the lead (first shown by this link), or the first story a link that may open the page shows in a wider
    column of the same grid row beside the lead's own (a row of "col-md-3" latest news before its "col-md-6" main
    column, of "grid-6" before "grid-12" in a "container-24": the wider one holds the top story)."""
    column = next((e for e in anchor.iterancestors() if _grid_width(e)), None)
    if column is None or column.getparent() is None or _grid_width(column) > _SIDE_COLUMN:
        return lead
    for sibling in column.getparent():
        # (a column beside it twice as wide at least; not a row of the whole width below, "col-md-12")
        if isinstance(sibling.tag, str) and 2 * _grid_width(column) <= _grid_width(sibling) < 1:
            found = next((entry_at[link] for link in sibling.iter("a") if link in entry_at and opens(link)), None)
            if found is not None:
                return found
    return lead


# A story's serial number in its address (one run of four digits or more), and the shape of the address around it
# ("/articles/#*": its folders, the number, the slug's letters).
_SERIAL = re.compile(r"(?<!\d)\d{4,}(?!\d)")
_WORDS_RUN = re.compile(r"[^#]+")  # a name's words around its number, whatever they say
_SERIAL_STORIES = 8  # stories numbered in one shape a page needs for its usual number to say anything
_OLDER_DIGITS = 2  # digits fewer than the usual number's that number an old story


def old_serials(keys: list[str]) -> set[str]:
    """Return the stories whose address numbers them with two digits fewer than most of the page's stories numbered in
    the same shape of address (43141 beside 1002576): a story the site wrote when it had a hundredth of its stories."""
    shapes: dict[str, list[tuple[str, int]]] = {}
    for key in keys:
        parts = urlsplit(key)
        folders, _, last = parts.path.rpartition("/")
        numbers = _SERIAL.findall(parts.path)
        if len(numbers) == 1 and filed_day(key) is None:
            shape = f"{parts.hostname}{folders}/{_WORDS_RUN.sub('*', _SERIAL.sub('#', last))}"
            shapes.setdefault(shape, []).append((key, len(numbers[0].lstrip("0"))))
    old: set[str] = set()
    for numbered in shapes.values():
        if len(numbered) >= _SERIAL_STORIES:
            usual = sorted(digits for _, digits in numbered)[len(numbered) // 2]
            old.update(key for key, digits in numbered if digits <= usual - _OLDER_DIGITS)
    return old


def stale_stories(keys: list[str]) -> set[str]:
    """Return the stories whose addresses file them a month or more before most of the page's dated stories, or number
    them with two digits fewer than most of the page's stories numbered alike (see old_serials)."""
    days = {key: day for key in keys if (day := filed_day(key)) is not None}
    if len(days) < _DATED_STORIES:
        return old_serials(keys)
    usual = sorted(days.values())[len(days) // 2]
    # An old story a page keeps linked (the site's new layout announced two years ago, an archive's feature in a
    # strip) is no top story of the day, wherever it sits: the day's news is dated with the page.
    return {key for key, day in days.items() if (usual - day).days > _STALE_DAYS} | old_serials(keys)


def whole(text: str, titles: list[str], unmarked: Sequence[str] = ()) -> str:
    """Return a headline cut short made whole by the longest text of its story's other links that it starts (a title
    attribute, an image's alt, another box's words), one not cut short itself first, else the headline; or, cut without
    a mark, by the longest of the unmarked texts (its links' titles on a page that cuts so) that goes on after it."""
    found = max((uncut(text, title) for title in titles), key=lambda found: (not is_cut(found), len(found)), default=text)
    if found == text and not is_cut(text):
        # (A headline cut in the middle of a word, a "»" after it or nothing, is cut short all the same, where another
        # text of its story goes on with that word's letters: "Syria’s children are among the mos »" of the picture's
        # alt "Syria’s children are among the most vulnerable".)
        bare = _TRAILING_ARROW.sub("", text)
        found = max((title for title in titles if _cut_in_a_word(bare, title)), key=len, default=text)
    if found == text and not is_cut(text):
        found = max((title for title in unmarked if goes_on(text, title)), key=len, default=text)
    return cleaned(found) if found != text else text


_TRAILING_ARROW = re.compile(r"\s+[»›]\s*$")
_CUT_MIN_CHARS = 10  # of a headline cut in a word, as of one cut with a mark (uncut)


def _cut_in_a_word(text: str, title: str) -> bool:
    """Return whether a text is the start of another one, cut between two letters of one word (of a script that spaces
    its words: a Chinese or Japanese text goes on letter after letter, "...発見されるの続きを読む")."""
    return len(text) >= _CUT_MIN_CHARS and len(title) > len(text) and title.casefold().startswith(text.casefold()) \
        and all(c.isalpha() and not count_cjk(c) for c in (text[-1], title[len(text)]))


def read_front_page(html: bytes | str, url: str) -> FrontPage:
    """Return a front page's site name, article links in page order (one per story, under its best
    headline) and feed link; no entries when it has no article links."""
    root = parse(html)
    if root is None:
        return FrontPage(title=urlsplit(url).hostname or url)
    _unmasked_addresses(root)
    _clickable_blocks_as_links(root)
    base = url
    base_tag = next((b for b in root.iter("base") if b.get("href")), None)
    if base_tag is not None:
        base = absolute_url(url, base_tag.get("href")) or url
    page = FrontPage(title=site_title(root, url), feed_url=_feed_link(root, base))
    page_key = normalize_url(url).split("?", 1)[0]
    # The page under the address it names its own ("<link rel=canonical href='0%2c7340%2cL-8%2c00.html'>" on a site's
    # root): the logo's link and a "make us your home page" link go there, to the page itself, no story.
    canonical = _canonical_key(root, base)
    containers = Containers(root)
    shapes = Shapes(host_of(url))

    # One slot per article, at the position of its first link; the best headline among its links
    # wins: a heading over the link's words over an image's alt or a caption, then the first.
    order: list[str] = []
    headlines: dict[str, tuple[Preference, str]] = {}
    whole_later: dict[str, str] = {}  # a story's headline a later link gives whole, where the first cut it (_cut_at_a_word)
    sponsored: list[str] = []  # paths a sponsor label or a paid placement points to: the pages under or asked of them
    videos: set[str] = set()  # stories first linked from a strip of videos
    named: set[str] = set()  # stories with a headline that is not only a heading of two or three words
    worded: set[str] = set()  # stories one of whose links shows words: its text, a title, a picture's alt text
    short_teasers: set[str] = set()  # slug-only stories a picture's teaser names in two or three words (see below)
    first_link: dict[str, Any] = {}  # key -> the story's first link, where the page first shows it
    links_of: dict[str, list[Any]] = {}  # key -> its links in page order (the lead is where one of them is fit)
    whole_titles: dict[str, list[str]] = {}  # key -> its links' title attributes, headlines and pictures' alts (see whole)
    titled: dict[str, list[str]] = {}  # key -> its links' title attributes
    headed: set[str] = set()  # stories with a link that is not a label in a list of labels (see in_label_list)
    label_lists: dict[Any, bool | None] = {}  # block -> whether it is a list of labels (None: too few links to say)
    kinds: dict[str, int] = {}  # key -> how much its address looks like a story
    judged: dict[str, tuple[str, int] | None] = {}  # href -> (absolute URL, kind); a story is linked 2-3 times
    by_path: dict[str, str] = {}  # a story's URL in a loose form (see below) -> its key
    menu_sections: set[str] = set()  # root pages the site's menu names by their own name: sections (see kept)
    same_host = host_of(url)
    same_domain = site_domain(same_host) if same_host and ":" not in same_host else None

    def on_site(target: str) -> bool:
        """Return same_site(url, target), the page's side worked out once."""
        host = host_of(target)
        if not host or not same_host:
            return False
        if host == same_host:
            return True
        return same_domain is not None and ":" not in host and site_domain(host) == same_domain

    # A site that tags each box's links with the box's number ("?pId=1758979194") links one story under several
    # addresses: those parameters are left out of its address, so that it is one entry, and the same story at the next
    # visit when it has moved to another box.
    # (Each link's address is resolved once, here: the parameters are read off all of them before any link is judged.)
    resolved = {href: absolute_url(base, href) for href in {a.get("href") for a in root.iter("a")} if href is not None}
    # A story linked through the site's own click counter, its address whole in the counter's query, is that story
    # ("/count_click/four/topic/82990?url=https%3A%2F%2Fdev.by%2Flenta%2Fmain%2Fbulba-ventures"): judged and named as
    # itself, not as a script that sends the reader on (an ad's counter, sending to another site, stays no story).
    for href, target in resolved.items():
        forwarded = forwarded_to(target) if target and on_site(target) else ""
        if forwarded and on_site(forwarded):
            resolved[href] = forwarded
    on_site_targets = {href: target for href, target in resolved.items() if target and on_site(target)}
    placement = placement_params((normalize_url(target) for href, target in on_site_targets.items() if "?" in href),
                                 lambda address: path_kind(address, page_key) >= STORY)
    # A site that files its stories in its sections' folders inside its folder of categories ("/category/national/
    # 500-people-stranded-aboard-ferry-...", "/category/tech/bird-repellent-fence-...") links them as a category's page
    # would be linked: where the page files such slugs under three sections or more, they are its stories.
    filed = category_folders(on_site_targets.values())

    def address(target: str) -> str:
        """Return a link's address as the page's entries name their stories."""
        normalized = normalize_url(target)
        if not placement:
            return normalized
        # (kept where the address without them names no story: a gallery's "Photos.aspx?ProjectID=4887", its only id)
        bare = without_params(normalized, placement)
        return bare if bare == normalized or path_kind(bare, page_key) >= STORY else normalized

    for anchor in root.iter("a"):
        href = anchor.get("href")
        if href is None:
            continue
        if href not in judged:
            target = on_site_targets.get(href)  # (each link's address judged on-site once, above)
            judged[href] = (target, path_kind(unfiled(target, filed), page_key)) if target \
                and (canonical is None or normalize_url(target) != canonical) else None
        judgement = judged[href]
        if judgement is None:
            continue
        target, kind = judgement
        if kind in (SHAPELESS, NEEDS_HEADLINE) and _wordpress_post_link(anchor):
            # A WordPress post's teaser ("<article class='post-229324 post type-post status-publish hentry'>") linking
            # that post from its heading: a published post's permalink, however short its slug
            # ("/grave-errore-allegri/").
            kind = STORY
        if kind <= NOT_STORY and (SPONSOR_LABELS.match(text_of(anchor)) or paid_placement(urlsplit(target).query)):
            sponsored.append(normalize_url(target).split("?", 1)[0].rstrip("/"))
        in_chrome = kind != NOT_STORY and containers.boilerplate(anchor)
        if kind == NOT_STORY or in_chrome or containers.in_prose(anchor) or in_byline(anchor):
            if in_chrome and kind != SURE_STORY and _names_its_section(anchor, target):
                menu_sections.add(address(target))
            continue
        key = address(target)
        if key not in headlines:
            # One story linked over http and https ("http://site/page/", "https://site/page/") is one entry.
            other = ("https:" + key[5:]) if key.startswith("http:") else ("http:" + key[6:])
            key = other if other in headlines else key
        if key not in headlines:
            # One story linked with and without a trailing slash (or a stray encoded space: "...feria-ganadera%20"),
            # and, when its path names it by an id or a date, with and without a query that only says where the
            # link sat (/article/5117423 and /article/5117423?rec=es; a query asking by id names another page).
            path, mark, query = key.partition("?")
            # (And with the letters of its slug percent-escaped and written out: "/342125/%D9%87%D9%84-..." and
            # "/342125/هل-..." are one address, as a browser shows it.)
            path = with_letters_unescaped(LOOSE_END.sub("", path))
            # (So is one whose path alone names one story by a long slug or an id of letters and digits,
            # "/article/usa-climatechange-coal-family-idJPKBN2651CO?il=0"; not a tool's page, "wetterplzsuche100.html?plz=".)
            last = path.rsplit("/", 1)[-1]
            if (kind == SURE_STORY or kind == STORY and query and names_one_story(last)
                    and path_kind(path, page_key) >= STORY or kind >= NEEDS_HEADLINE and tracking_only(query)) \
                    and not ID_QUERY.search(query) and not PATH_QUERY.match(query):  # (nor a path the root serves)
                mark = query = ""
            # (Its query's parameters in any order: "?lang=173&newid=13177&cat=155" and "?lang=173&cat=155&newid=13177";
            # and with or without a parameter that only says where the link sat: "view.php?key=2018...&ref=main_midtop".)
            loose = without_tracking(query) if mark else ""
            # (And at its address and at the site's mobile edition's, the same path under a first folder "m" or "mobile":
            # "/cronache/articolo.php?articolo_id=59728" and "/m/cronache/articolo.php?articolo_id=59728".)
            path = _MOBILE_EDITION.sub(r"\1", path)
            key = by_path.setdefault(path + ("?" if loose else "") + "&".join(sorted(loose.split("&"))), key)
            if asked := asked_by_id(loose):
                # (And with any other parameters beside its one long id, a section's or a box's: "mtview.php?no=
                # 2018031917303201530&MRH_P" and "mtview.php?vgb=autom&no=2018031917303201530&MATN_P" are one story;
                # so are a coded id's, letters before its number, from any of the site's scripts: "at_pg.aspx?CNTN_CD=
                # A0002416049&PAGE_CD=N0002" and "report_last.aspx?CNTN_CD=A0002416049&CMPT_CD=PT004".)
                # (A number a key wraps on both sides is the story's, whatever box's key wraps it:
                # "id=dvVWXQa814151406519advVWXQ" in the slider and "id=gwKFLza814151406519agwKFLz" in the latest
                # news are one story.)
                wrapped = _WRAPPED_NUMBER.fullmatch(asked)
                where = host_of(path) if wrapped or asked.partition("=")[2][:1].isalpha() else path
                asked_for = f"{wrapped[1]}{wrapped[2]}" if wrapped else asked
                key = by_path.setdefault(f"{where}?{asked_for} asked", key)
            if named_id := _NEWS_ID.search(loose):
                # (And one story asked by its news id from two of the site's scripts, its page and its clip's player:
                # "News.aspx?NewsID=358869" and "vod.aspx?newsid=358869&videoid=89866".)
                key = by_path.setdefault(f"{host_of(path)} {named_id[1].lower()}={named_id[2]}", key)
            # One numbered story filed under two folders or subdomains (/nova/12912/slug and /noticia/12912/slug,
            # metro.site/read/1490191/slug and www.site/read/1490191/slug): the same id and the same slug, or the
            # same name made of an id ("/omn/20200704/20200704A07ENE00.html", "/omn/20200704A07ENE00.html").
            inside = path.partition("://")[2].partition("/")[2]
            post = _POST_SHORTLINK.fullmatch(query) if not inside else None
            if post:
                # A blog's short address of a post by its number ("/?p=448126") beside its full one
                # ("/<section>/448126-<slug>.html", the number in its name): one story, whichever comes first.
                key = _short_address(by_path, post[1], key)
            elif not inside and (by_number := post_by_number(query)):
                # A root's post asked by its number with and without its slug in another parameter ("/?idnews=847298"
                # and "/?idnews=847298&t=la-presse-electronique-..."): one story.
                key = by_path.setdefault(path + "?" + by_number, key)
            if not query and (kind == SURE_STORY or names_one_story(last)) \
                    and (inside.count("/") >= 2 or kind == SURE_STORY and LONG_ID.search(last)):
                # One dated story (or one a long name names) filed under its folders in two orders, or on two of the
                # site's hosts ("/2018-03-19/sucesos/24-oleada-...htm" and "/sucesos/2018-03-19/24-oleada-...htm"): the
                # same folders and the same name (one folder too, where the name holds the story's id: "www.site/articles/
                # 1058434.html" and "lifestyle.site/articles/1058434.html").
                key = by_path.setdefault("folders " + "/".join(sorted(inside.split("/")[:-1])) + "/" + last, key)
            slugged = sections_slug(inside) if not query else None
            dated = month_slug(inside) if not query and not slugged else None
            if slugged:
                # One story a site files under each section that shows it ("/actualite/<slug>" at the top, "/sport/<slug>"
                # in the sport block): the same long slug of words is one entry. Not a video's or a gallery's page of it
                # ("/videos/<slug>/" beside "/news/<slug>/"): that is a page of its own.
                key = by_path.setdefault("slug " + slugged, by_path.get("dated slug " + slugged, key))
            elif dated:
                # ... and so is a blog's post at its month's permalink beside its section's ("/2018/03/<slug>/" and
                # "/esportes/<slug>/"), whichever comes first; not two days' posts of one slug under their dates alone
                # beside no section's (a daily column's name: each day's is its own).
                key = by_path.get("slug " + dated) or key
                by_path.setdefault("dated slug " + dated, key)
            number = LONG_ID.findall(inside)
            if not number and not query and "-" in last and names_one_story(last):
                # A story at its slug alone beside its address with its id before the slug, in one folder
                # ("/artikel/dansk-eu-topchef-..." and "/artikel/167022-dansk-eu-topchef-..."): one story (see below).
                key = _slug_without_its_id(by_path, f"{inside.rpartition('/')[0]}/{last.lower()}", key, with_id=False)
            tagged = _TAGGED_ID.fullmatch(last) if number and not query else None
            if tagged and not _DATE_NUMBER.fullmatch(tagged["id"]):
                # A story at its id alone after a tag of letters ("/bg-futbol/id_1208419207") beside its full address,
                # the same then its slug ("/bg-futbol/id_1208419207_Maskirani_potroshiha_..."), in one folder: one story.
                key = by_path.setdefault(f"{inside.rpartition('/')[0]}/{tagged['tag'].lower()}{tagged['id']} tagged", key)
            coded = _CODED_PAGE.fullmatch(last) if number and not query else None
            if coded:
                # One story's pages under its coded id, each in the site's folder for its kind: its news page and its
                # photos' ("/business/news/180317/bse1803171600001-n1.htm", "/business/photos/180317/bse...-p1.htm").
                key = by_path.setdefault(f"{coded['id'].lower()} coded page", key)
            if number and not query and ("-" in last or names_one_story(last)):
                # (its slug in any case: "/news/1135059/Immediate-Media-..." and "/news/1135059/immediate-media-...";
                # and the same as a link of its id alone, "/news/1135110/" beside "/news/1135110/capello-index-...")
                # (and under two sections' numbers beside it, "/<slug>,520,78711,3" and "/<slug>,534,78711,3": the
                # comma-separated numbers of a name are where it is filed, the id and the slug which story)
                # (and with a letter glued to its id, "/a16926-slug" and "/b16926-slug": the same id and slug, one story)
                unmarked = _without_id(last.lower(), number[-1])
                # (and under two sections' words before the slug, "/home_artikel,-<slug>-_arid,1356697.html" and
                # "/lokales/goslar_artikel,-<slug>-_arid,1356697.html": of a name's comma-separated fields, the slug's)
                fields = [field for field in unmarked.split(",") if not field.isdigit()]
                slugs = [field for field in fields if "-" in field.strip("-")]
                with_slug = f"{number[-1]} {','.join(slugs if slugs and len(fields) > 1 else fields)}"
                if with_slug not in by_path and number[-1] in inside.split("/"):  # the id a segment of its own
                    key = _one_slug_of_id(by_path, number[-1], key)
                glued = _GLUED_ID.match(last)
                one_id = len(number) == 1 and not _DATE_NUMBER.fullmatch(number[-1])  # the story's, not the day's
                if one_id and number[-1] in last:
                    by_path.setdefault(f"{number[-1]} post named", key)  # (a short address of the post joins it)
                    key = by_path.get(f"{number[-1]} post by number", key)
                if glued and glued["id"] == number[-1] and (one_id or _id_after_figures(number, glued["slug"])):
                    # One story under two slugs of its headline before one id, in one folder: a site that rewords a
                    # headline changes the slug its links carry ("..._471958.html" under both wordings).
                    key = _reworded_slug(by_path, f"{number[-1]} ends a name in {inside.rpartition('/')[0]}",
                                         glued["slug"], key)
                after_id = last[len(number[-1]) + 1:] if one_id and last.startswith(number[-1] + "-") else ""
                if after_id and names_one_story(after_id):
                    key = _slug_without_its_id(by_path, f"{inside.rpartition('/')[0]}/{after_id.lower()}", key, with_id=True)
                if one_id and last.lower().startswith((number[-1] + "_", number[-1] + "-")) and glued is None:
                    # One story whose name opens with its id, under two wholly different slugs in one folder: a site that
                    # rewrites a headline keeps the id the name opens with ("/europaeische_union/953400_EU-Austritt-
                    # muss-...html" and ".../953400_In-einem-kritischen-Stadium.html"): the id names the page.
                    key = by_path.setdefault(f"{number[-1]} opens a name in {inside.rpartition('/')[0]}", key)
                segments = inside.split("/")
                if one_id and segments[-2:-1] == number:
                    # ... and so after one id, the id a folder of its own ("/article/2001273513/m-kopa-solar-gets-more-
                    # funding-from-canada" and "/article/2001273513/m-kopa-gets-sh1b-from-canada").
                    key = _reworded_slug(by_path, f"{number[-1]} before a name in {'/'.join(segments[:-2])}",
                                         last.rpartition(".")[0] or last, key)
                key = by_path.setdefault(with_slug, key)
            elif number and not query and len(number) == 1 and not _DATE_NUMBER.fullmatch(number[-1]) \
                    and (word_and_id := _GLUED_ID.match(last)) is not None and word_and_id["id"] == number[-1]:
                # A story's page named by a word and its id ("/2018/03/17/article_1351776.html"): the id names it, and the
                # site's address of that id alone ("/node/1351776", its CMS's own) is the same page, whichever comes first.
                by_path.setdefault(f"{number[-1]} post named", key)
                key = by_path.get(f"{number[-1]} post by number", key)
            elif number and not query and (_PLACEMENT.fullmatch(last) or last.partition(".")[0] == number[-1]
                                           or INDEX_FILE.match(last)):
                # ... and one linked from several of the site's boxes, each adding its own short number after the id,
                # the slug first ("/slug/Section/20141209/artikler/712169973/1265" and "/slug/20141209/artikler/712169973/1779"),
                # or named by its id after its slug ("/news/2018-10-29/soaking-up-...-farming/10312844" and
                # "/news/u/news/2018-10-29/soaking-up-...-farming/10312844", "/magazin/clanak/<slug>/1033014.aspx" and
                # "/black/clanak/<slug>/1033014.aspx"), or by its id and slug before an index file, on two of the site's
                # hosts ("www.site/<slug>/a-192237/default.aspx", "vtm.site/clanky/<slug>/sc-870-a-192237/default.aspx").
                segments = inside.split("/")
                slug = max((segment for segment in segments if "-" in segment), key=len, default="")
                if names_one_story(slug):
                    at = segments.index(slug)
                    if len(number) == 1 and segments[at - 1:at] == number and not _DATE_NUMBER.fullmatch(number[-1]):
                        # (One story whose id is a folder before its slug, a box's number after: under a slug reworded,
                        # "/342148/تقرير-8-تغييرات-.../2528" and "/342148/8-تغييرات-.../2528", in one folder, whatever
                        # case the site spells the folder in: "/ar/News/" and "/ar/news/".)
                        key = _reworded_slug(by_path, f"{number[-1]} before a name in {'/'.join(segments[:at - 1]).lower()}",
                                             slug, key)
                    key = by_path.setdefault(f"{number[-1]} {slug.lower()}", key)
                    if last.partition(".")[0] == number[-1] and len(number) == 1:
                        # The id that names the page is the story, whatever slug goes before it: a site that changes a
                        # story's slug when its headline is reworded links it under both ("/news/l-equipe-type-...-et-
                        # wissam-.../884819" and "/news/l-equipe-type-...-wissam-.../884819"), within one folder. Not
                        # where the story has an id of its own before ("/2016/3/1/11140158/<slug>/in/10897549": the
                        # last number is the stream the story sits in).
                        key = by_path.setdefault(f"{number[-1]} names a page in {inside.partition('/')[0]}", key)
                        by_path.setdefault(f"{number[-1]} post named", key)  # (its id alone elsewhere joins it)
                elif last == number[-1] and not slug:
                    key = _id_alone(by_path, number[-1], key)  # a story named by its id alone
                elif not slug and len(number) == 1 and not _DATE_NUMBER.fullmatch(number[-1]):
                    # A short address of a story by its id alone and an extension ("/i/9199591.html") beside its full one,
                    # the id ending its name ("/<section>/<slug>-9199591.html"): one story, whichever comes first.
                    key = _short_address(by_path, number[-1], key)
            elif number and not query and inside.split("/")[-2:-1] == number[-1:] and "." in last \
                    and not any(character.isdigit() for character in last):
                # One story named by its id before a page name all the site's stories share, filed under two sections'
                # folders ("/online/health/717800/News.html", "/online/Variety/717800/News.html"): the id names it.
                key = by_path.setdefault(f"{number[-1]} before {last.lower()}", key)
        # Only a dated or numbered story may have a headline of one to three words its slug spells.
        slug = own_slug(target) if kind == SURE_STORY else ""
        rank, text = headline_of(anchor, slug, containers, short_ok=kind != NEEDS_HEADLINE)
        if text and (label := _dashed_label(anchor) or stamped_label(anchor)) and text.startswith(label) \
                and is_headline(text[len(label):].strip(), slug):
            # a kicker set in bold before a dash, "<b>ASSE -</b>Ntep et Tannane ...", or ending in the story's day and
            # time, "<strong>Sport 16/3 21:21</strong>Kvartsfinalklart för H65 och Lugi"
            text = text[len(label):].strip()
        if text and _COMMENT_PLACE.match(urlsplit(href).fragment):
            # A link to a reader's comment on the story words the reader ("#comment-1632380": "Japanese government
            # milking money through ..."), not the headline: the story's other links name it first.
            rank = ASIDE_TEXT
        if is_update_stamp(text):
            continue  # the header's "last updated" clock linking the newest story: neither its headline nor its place
        if kind != SURE_STORY and _names_its_blogger(anchor, target):
            continue  # a blog's own page, its writer's name and newest post shown: the blog, not a story
        if text and text != (shown := collapse(text_of(anchor))) and ISSUE_TITLE.match(shown):
            # A print issue's cover, its number and year all the link shows ("<a class=edition-item><span>3 - 2017</span>
            # <img alt='Høyresiden må bry seg mer om rasisme'>"): the issue, its cover story's words in the picture's alt.
            continue
        parts = urlsplit(target)
        folder, _, name = parts.path.lower().rpartition("/")
        if kind >= STORY and not parts.query and _ID_NAME.fullmatch(name):
            # One story named by its id alone, filed under two sections' folders under one headline ("/news/aftr/
            # 201803160013.aspx" and "/news/afav/201803160013.aspx", both "Expat writers publish ..."): one entry (an
            # id that reads as a day and a serial may name each section's page of that day: the headline tells the
            # story apart).
            if text:
                key = by_path.setdefault(f"{parts.hostname} {name} titled {text.casefold()}", key)
            above = folder.rpartition("/")[2]
            if "-" in above and names_one_story(above):
                # ... and one story's slug before its id under two sections, each section's copy its own id
                # ("/Thoi-su/To-chuc-trong-the-Le-tang-.../332048.vgp", "/Hoat-dong-.../To-chuc-trong-the-Le-tang-.../
                # 332050.vgp"); not two ids under one slug in one section (a series' issues).
                key = _one_slug_in_sections(by_path, f"{parts.hostname} {above} before an id", folder, key)
        # A headline the page cuts short ("... en el siglo…") may be whole in another of its story's links, wherever it
        # sits: the title of its picture's link, the picture's alt text, or the words of a list's link.
        image = next(anchor.iter("img"), None)
        alt = collapse(image.get("alt")) if image is not None else ""
        wholes = whole_titles.setdefault(key, [])
        title_attribute = link_title(anchor)
        wholes.extend(found for found in (title_attribute, text, alt) if found and found not in wholes)
        if title_attribute:
            titled.setdefault(key, []).append(title_attribute)
        # (a Chinese or Japanese headline has no spaces: its characters count)
        # (counted without a call to read more after it: "Top Stories see more" names a section in two words)
        too_short = kind == NEEDS_HEADLINE and len(MORE_AFTER.sub("", text).split()) < 4 \
            and count_cjk(text) < CJK_HEADLINE_CHARS
        if kind == NEEDS_HEADLINE and (names_its_catalogue(text, target) or classed_as_section(anchor)):
            text = ""  # (a topic's page its link's class calls a category's: "<a class=category-flag>", a teaser's label)
        elif too_short and image is not None and len(text.split()) >= 2 and slug_is(text, target):
            # A picture's teaser whose name spells its two or three words ("/aktualnosci/wiadomosci/tylko-krystek/" under
            # "Tylko Krystek") may be a story's: where its folder holds the page's other stories (see below).
            short_teasers.add(key)
        elif too_short:
            text = ""
        if text and (rank != HEADING or is_headline(text, slug) or is_permalink(anchor)):
            named.add(key)  # a short heading words a story's headline, but alone it may be a label's (not a post's permalink)
        heading = heading_of(anchor) if text else None  # read once: the page's shapes and the headline's rank use it
        dated = _dated_item(anchor) if text and heading is None else None
        if text and not shapes.seen(key, kind, target, heading, text, dated, lambda: _pictured([anchor])):
            continue
        preference = title_preference(rank, text, containers.in_most_read(anchor), slug,
                                      int(heading.tag[1]) if heading is not None else 9)
        if text and (not is_label(text) or rank == ASIDE_TEXT or slug_is(text, target)
                     or not (in_label_list(anchor, label_lists) if rank == LINK_TEXT else titles_block(anchor, containers))):
            headed.add(key)
        links_of.setdefault(key, []).append(anchor)
        shown = text_of(anchor)
        if text or title_attribute or alt or shown and not shown.isdigit():  # (a slider's button by its number says nothing)
            worded.add(key)
        if key not in headlines:
            order.append(key)
            kinds[key] = kind
            headlines[key] = (preference, text)
            first_link[key] = anchor
            if containers.in_video_strip(anchor):
                videos.add(key)
        elif text and (not headlines[key][1] or preference < headlines[key][0]):
            headlines[key] = (preference, text)
        elif text and preference == headlines[key][0] and _cut_at_a_word(headlines[key][1], text, target):
            whole_later[key] = text
    if len(whole_later) >= _CUT_BOX_STORIES:
        # A box that cuts every headline after a few words, no mark of the cut, where another shows them whole: the
        # whole ones (a site's narrow copy of a list; one story's shorter wording alone is the page's own choice).
        headlines.update({key: (headlines[key][0], text) for key, text in whole_later.items()})
    _own_titles(headlines, titled)
    _without_shared_trailing_labels(headlines, links_of)
    # A slider's slides that show their headlines only in their pictures (no text, no title, no alt: "<a
    # href='/tsk-afrin-siviller-hastane-goruntu-309215'><img ...></a>" in a "mansetslider") are the page's top stories, when
    # the address names one story by its date or id and a slug: entries without a title, never the lead (a digest leaves
    # them out of its headlines and titles one from its own page where it leads). Not such a picture anywhere else: a
    # promotion's banner, a link to an old story.
    # (Where its folder files a story the page names: not a slider of a newspaper's covers or a ticker's frame; nor an
    # id alone, "/article49544.html", which names a story the page lists by its slug too.)
    named_parents = {_parent(key) for key in order if headlines[key][1]}

    def named_by_slug(key: str) -> bool:
        """Return whether an address names one story by its date or id and a slug of a headline's words."""
        return kinds[key] == SURE_STORY and len(LETTER_WORDS.findall(_page_name(key))) >= _SLUG_WORDS

    wordless = {key for key in order if key not in worded and named_by_slug(key)
                and _parent(key) in named_parents and all(_in_hero(anchor) for anchor in links_of[key])}
    # A river of news items that name no headline, each linked only by its comments' counter ("<p class=news-text>...</p>
    # <a class=comment href='/news/132876_Chronique-Hail-Spirit-Noir-...' title='Commenter'>0</a>"), five items or more:
    # the page's stories all the same, where the address names one by its id or date and a slug; entries without a title,
    # as a slider's wordless slides are. (Not a counter beside a story's headline: that story is named by it.)
    counted = {key for key in order if not headlines[key][1] and named_by_slug(key)
               and all(text_of(anchor).isdigit() for anchor in links_of[key]) and not _COMMENTS_FOLDER.search(key)}
    if len(counted) >= _COUNTED_RIVER:
        wordless |= counted
    kept = (shapes.kept() | wordless) - queried_pages(order) - paid_teasers(root, base, address)
    # A page at the site's root the menu names by its own name ("<a href='/bosch/'>Bosch</a>") is a section's, a partner's
    # channel, whatever headline a box links to it (its newest story's: "BOSCH POWER TOOLS, FATTURATO +5% NEL 2017").
    kept -= menu_sections
    # A picture of an album at an address under the album's own, the page linking both ("/album/testdag-8-in-barcelona/
    # f1-testing-day-four-37/" beside "/album/testdag-8-in-barcelona/"), by a link that shows nothing but the picture: a
    # page of that story, not a story of its own.
    # (The album's address names one story by its slug, not a section's folder: "/photos/<slug>.html" is a story.)
    albums = {folder for folder in map(folder_key, order) if names_one_story(folder.rpartition("/")[2])}
    kept -= {key for key in order if _parent(key) in albums and not any(text_of(anchor) for anchor in links_of[key])}
    # A short picture teaser's story stays where a story of a headline of four words or more is filed in its folder
    # ("/aktualnosci/wiadomosci/"); not one among topics', teams' or campaigns' tiles alone in theirs ("/vlajka/...").
    if short_teasers:
        story_parents = {_parent(key) for key in order if len(headlines[key][1].split()) >= 4 and key not in short_teasers}
        kept -= {key for key in short_teasers if len(headlines[key][1].split()) < 4 and _parent(key) not in story_parents}
    labels = {key for key in order if key not in headed}  # only ever a label in a list of labels: a menu's entry
    folders = story_folders(judgement for judgement in judged.values() if judgement is not None)
    numbered = numbered_folders(judgement for judgement in judged.values() if judgement is not None)
    unnamed = without_site_name(root, same_host)
    # (A page that cuts its lines at a length without a mark has them whole in its links' titles.)
    extensions = attribute_extensions(root)
    tails = attribute_tails(extensions)
    cut_unmarked = cuts_unmarked(extensions, tails)
    own_name = "".join(folded_words(same_domain.split(".")[0])) if same_domain else ""  # the site's name, as its domain
    # The one headline of a page that opens with the site's name presents the site ("Actu17 – L'info ..."); a site named
    # for its town opens many headlines with it ("Elbląg: ..."): a place, not the site.
    named_first = [key for key in order if _opens_with_name(headlines[key][1], own_name)] if own_name else []
    presents_itself = set(named_first) if len(named_first) == 1 else set()
    page.entries = [
        Entry(url=key, title=unnamed(without_read_more_or_byline(whole(unescaped_twice(headlines[key][1]),
                                                                       whole_titles.get(key, []),
                                                                       titled.get(key, []) if cut_unmarked else []))))
        for key in order
        if (headlines[key][1] or key in wordless) and key in kept
        and not any(key.startswith((prefix + "/", prefix + "?")) for prefix in sponsored)
        and not (folder_key(key) in folders and (kinds[key] < SURE_STORY or dated_section(key)))
        and folder_key(key) not in numbered
        and (key in wordless or key not in labels and key in named) and not _says_no_story(headlines[key][1])
        and not _promotes_itself(headlines[key][1], own_name) and key not in presents_itself
        and not names_an_edition(headlines[key][1], own_name)
    ]
    # Companies' press releases a news site files in a folder of its own ("/pressreleaser/2854772/...") beside its
    # newsroom's stories: not the site's news. (A company's own newsroom lists only them: they are its news there.)
    # (So are those the site's blog software files under a category of press releases, as it prints into the teaser's
    # class: "<article class='post category-press-releases'>" in a "Corporate News" box, its address a plain slug.)
    released = {entry.url for entry in page.entries
                if _PRESS_FOLDERS.intersection(urlsplit(entry.url).path.lower().split("/"))
                or _filed_as_release(first_link[entry.url])}
    if released and len(page.entries) - len(released) >= _NEWS_BESIDE_RELEASES:
        page.entries = [entry for entry in page.entries if entry.url not in released]
    slugs = [own_slug(entry.url) for entry in page.entries]  # (a label the story's own slug spells stays: see there)
    titles = without_capitals_labels([entry.title for entry in page.entries], slugs)
    if tails:
        titles = [without_tail(title, tails) for title in titles]
    page.entries = [Entry(url=entry.url, title=title) for entry, title in zip(page.entries, titles)]
    # The lead (the story a digest opens) is the page's top story, not a line of a strip above or beside the
    # main column (see Strips), nor of a list headed smaller than the top story just below it (an h3 teaser
    # above the h2 hero). Nor a story the page names only in an image's alt text, nor one of a strip of videos,
    # nor one first shown in a menu's dropdown or in a box of the most read or trending stories, nor by a link that shows
    # nothing (a scoreboard's empty link laid over its scores), nor by a banner's picture without words (an advertiser's).
    strips = Strips(base, {entry.url for entry in page.entries}, address)
    # (A slide of a slider or a hero named only by its picture's alt is named by its headline all the same: a Turkish
    # manşet's pictures carry their headlines in their alt, painted on the picture. A slide that shows no words at all
    # is not.)
    pictured_only = {key for key, (preference, title) in headlines.items() if preference[0] == ASIDE_TEXT
                     and not (title and _in_hero(first_link[key], _SLIDES_MARKS))}
    stale = stale_stories([entry.url for entry in page.entries])
    unfit = videos | pictured_only | stale

    def placed(key: str, anchor: Any = None, barred: set[str] = unfit) -> bool:
        """Return whether a story is named by its words and shown (first outside a menu's dropdown, or by this link)
        outside a menu's dropdown and a box of the most read: it may be the lead wherever else it sits (barred: the
        stories that may not, the unfit ones)."""
        if anchor is None:  # (a story a mega-menu lists too is placed where the page itself first shows it)
            anchor = next((link for link in links_of[key] if not containers.in_menu_teaser(link)), first_link[key])
        return key not in barred and not containers.in_menu_teaser(anchor) and not containers.in_popular(anchor) \
            and not _in_dropdown(anchor)

    def fit(key: str) -> bool:
        """Return whether a story may be the lead by its first link: placed so, and not in a strip."""
        return placed(key) and not strips.holds(first_link[key])

    # The first story the page shows fit, by the first of its links that is (read in page order, up to the first such
    # link): one first listed in a strip above the page (the header's list of the newest stories) is the lead where its
    # own teaser opens the main column. Where every story sits in a strip, the first one placed so (not one of a menu's
    # dropdown) opens the page.
    index_of = {entry.url: i for i, entry in enumerate(page.entries)}
    entry_at = {anchor: index_of[key] for key in index_of for anchor in links_of[key]}

    def opens(anchor: Any) -> bool:
        """Return whether a story's link may open the page: placed so, outside a strip, showing its story (not only a
        banner's picture)."""
        return not strips.holds(anchor) and shown_placed(anchor)

    def shown_placed(anchor: Any) -> bool:
        """Return whether a story's link may open the page but for sitting in a strip."""
        return placed(page.entries[entry_at[anchor]].url, anchor) and shows_its_story(anchor) and not _banner_picture(anchor)

    lead = next((entry_at[anchor] for anchor in root.iter("a") if anchor in entry_at and opens(anchor)),
                next((entry_at[anchor] for anchor in root.iter("a") if anchor in entry_at
                      and placed(page.entries[entry_at[anchor]].url, anchor)), 0))
    if page.entries:
        # (Where the first story sits in a strip, every story does: the page's grid inside a theme's "section-header".)
        first = first_link[page.entries[lead].url]
        lead = _widest_column_lead(first, lead, entry_at, shown_placed if strips.holds(first) else opens)
    first_level = shapes.heading_level.get(page.entries[lead].url, 0) if page.entries else 0
    # (Not a first teaser shown whole, its picture and its summary with its headline: "Top News" under an h4 above the
    # editors' picks' h2 slider.)
    if first_level >= 3 and not _in_hero(first_link[page.entries[lead].url]) \
            and not _whole_teaser(first_link[page.entries[lead].url]):
        lead = next((i for i in range(lead, min(lead + _LEAD_WINDOW, len(page.entries)))
                     if fit(page.entries[i].url) and shapes.heading_level.get(page.entries[i].url, 9) <= 2), lead)
    # A first story shown by a bare link (no heading, no picture: a line of a list above the main column) yields to a
    # headed teaser with a picture just below it: the top story's own.
    if page.entries and shapes.heading_level.get(page.entries[lead].url, 9) == 9 \
            and not _pictured(links_of[page.entries[lead].url]):
        lead = next((i for i in range(lead + 1, min(lead + 1 + _PICTURED_WINDOW, len(page.entries)))
                     if fit(page.entries[i].url) and shapes.heading_level.get(page.entries[i].url, 9) <= 2
                     and _pictured(links_of[page.entries[i].url])), lead)
    # A page that heads its first stories and one of them alone as its biggest (the only h1 among them) names its top
    # story so, even where that teaser sits in a block a class calls a header or a strip. Where most of the first
    # teasers have no heading at all, a lone h1 says nothing about prominence; nor where the page heads another story h1
    # further down (a show's and a column's teasers): it heads by kind then, not by rank.
    # (A slider's slides, where the first story is one, count as one teaser: the window reaches past them.)
    slides = _slides_from(first_link[page.entries[lead].url], [first_link[entry.url] for entry in page.entries[lead:]]) \
        if page.entries else 0
    levels = [shapes.heading_level.get(entry.url, 9) for entry in page.entries[:lead + _LEAD_WINDOW + slides]]
    topmost = [i for i, level in enumerate(levels) if level == 1]
    if len(topmost) == 1 and sum(shapes.heading_level.get(entry.url, 9) == 1 for entry in page.entries) == 1:
        before = levels[:max(lead, topmost[0]) + 1]  # the stories down to both the lead and the h1
        key = page.entries[topmost[0]].url
        # (headed by h1 to h3: a row of teasers under h4s or smaller, a header's columnists, is small print that
        # ranks no story, as a list of bare lines does not)
        if 2 * sum(level <= 3 for level in before) > len(before) and placed(key, first_link[key]):
            lead = topmost[0]
    # A first story shown with a small picture (a row of thumbnails above the slider, 218 pixels wide) yields to the first
    # story just below it shown with a picture 2.5 times as wide at least and as wide as a column (a slider's 630): the
    # top story is shown biggest.
    # (Each by the teaser that first shows it: a top story's slide drawn as a background, beside its small picture in a
    # list further down, is not shown small; nor one first shown as a thumbnail in a list above the slider that shows it
    # big further down.)
    # (A story named only by its big picture's words, its alt or its title attribute, is named so all the same: a
    # manşet's 980-pixel slide shows its headline painted on the picture; a banner's picture says no words.)
    def shown_big(key: str) -> bool:
        """Return whether a story may lead by its first link's big picture: fit, or fit but for being named only by
        that picture's words."""
        anchor = first_link[key]
        return fit(key) or key in pictured_only and bool(headlines[key][1]) \
            and placed(key, anchor, barred=unfit - pictured_only) and not strips.holds(anchor)

    def shown_bigger_below(start: int, bigger: Callable[[Any], bool]) -> int:
        """Return the first story among the few just below start that may lead by its big picture and whose first link
        shows it bigger (bigger asks of that link), else start."""
        return next((i for i in range(start + 1, min(start + 1 + _SLIDER_WINDOW, len(page.entries)))
                     if shown_big(page.entries[i].url) and bigger(first_link[page.entries[i].url])), start)

    small = _picture_width([first_link[page.entries[lead].url]]) if page.entries else 0
    if 0 < small < _BIG_PICTURE and _picture_width(links_of[page.entries[lead].url]) < _BIG_PICTURE:
        lead = shown_bigger_below(lead, lambda link: _picture_width([link]) >= max(_BIG_PICTURE, _BIGGER * small))
    # A first story shown in a strip's shape, a picture more than four times as wide as high (a 980x230 sports slider),
    # yields to the first story just below it shown as wide and half as high again at least (the 980x360 headline
    # slider below it): the top story is shown biggest.
    strip = _picture_size([first_link[page.entries[lead].url]]) if page.entries else (0, 0)
    def wider_and_taller(link: Any) -> bool:
        """Return whether a link shows a picture as wide as the strip's and half as high again at least."""
        width, height = _picture_size([link])
        return width >= strip[0] and height >= _TALLER * strip[1]

    if strip[1] >= _STRIP_MIN_HEIGHT and strip[0] > _STRIP_SHAPE * strip[1]:
        lead = shown_bigger_below(lead, wider_and_taller)
    # A teaser the page's own class calls its lead or its largest, among the first stories, is the top story (a grid's
    # "article-xlg article-top" after a row of small section headlines; a "lead-post" below a slider of older features).
    # (By any link of its first teaser: the picture's link beside the block so classed, "<a class=photo>" before "<div
    # class='news-piece news-piece_major'>" holding the headline's; not a link to it further down the page.)
    def lead_teaser(key: str) -> bool:
        """Return whether a story's first teaser is one a class names the page's lead."""
        first = first_link[key]
        return any(_lead_teaser(anchor) for anchor in _teaser_links(first, links_of[key]))

    if page.entries and not lead_teaser(page.entries[lead].url):
        lead = next((i for i in range(min(lead + _LEAD_WINDOW, len(page.entries)))
                     if fit(page.entries[i].url) and lead_teaser(page.entries[i].url)), lead)
    # A grid whose teasers the page places itself, each block at its own offsets ("position:absolute; top:725px;
    # left:0px" in its style, a layout editor's grid), shows them in the order of those offsets, not of the markup: the
    # top story is the one placed highest, then leftmost (the markup's order breaking ties).
    if page.entries:
        lead = _placed_highest(first_link[page.entries[lead].url], lead, lambda: {
            first_link[entry.url]: i for i, entry in enumerate(page.entries) if fit(entry.url)})
    if lead:
        page.entries.insert(0, page.entries.pop(lead))
    # A digest's other headlines follow the page, but the stories shown only in a menu's dropdown (a mega-menu's
    # featured teasers, above the page's own column in the markup, often older) come after the page's own.
    # So do the stories the page shows only in a box of the most read (the week's, not the day's news): last.
    later = [2 if all(containers.in_popular(anchor) for anchor in links_of[entry.url])
             else int(containers.in_menu_teaser(first_link[entry.url])) for entry in page.entries[1:]]
    page.entries = page.entries[:1] + [entry for rank in (0, 1, 2) for entry, place in zip(page.entries[1:], later)
                                       if place == rank]
    return page
