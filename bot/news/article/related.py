"""Related headlines: the page's block of links to other stories, not its navigation."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urlsplit

from bs4 import Tag
from bs4.element import PageElement

from bot.models import Headline
from bot.news.article.related_words import (
    COMMERCIAL_LABELS,
    ELSEWHERE_LABELS,
    LIST_SEGMENTS,
    PAGE_TOOLS,
    PREV_NEXT,
    PREV_NEXT_MARKS,
    RECOMMENDATION_LABELS,
    SEARCH_SEGMENTS,
    SECTION_LABELS,
    SEE_ALL,
    STORY_PICKS,
    TOPIC_LABELS,
    TOPIC_MARKS,
    more_arrow,
    names_section,
    site_box,
    titles_related,
)
from bot.news.article.recency import all_newer, any_earlier
from bot.news.article.subject import Subject, story_subject
from bot.news.article.tree import Survey
from bot.news.markup import (
    AD_WORDS,
    FRAME_TAGS,
    NAVIGATION_TAGS,
    NAVIGATION_WORDS,
    NOT_STORY_SEGMENTS,
    RELATED_HEADINGS,
    RELATIVE_TIME,
    RELATIVE_TIME_OPENING,
    SITEWIDE_LABELS,
    SITEWIDE_MARKS,
    STRIP_MARKS,
    VIDEO_STRIP_MARKS,
    marks,
)
from bot.news.text import collapse, count_cjk
from bot.news.urls import absolute_url, asks_by_words, is_http_url, page_key, same_site

MAX_RELATED = 12
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_LISTS = frozenset(("ul", "ol", "div", "section", "table", "aside"))


# A link that opens with an advertisement's label ("Reklama Już 18 kwietnia ...", "Anzeige: ..."): an ad set in the box.
_AD_OPENER = re.compile(r"^\W*(?:reklama|anzeige|werbung|advertisement|sponsored|publicit[ée]|publicidad|pubblicit[àa]|"
                        r"patrocinado|реклама)\b", re.I)


def _headline_text(a: Tag) -> str:
    """Return a link's text when it reads like a headline, else ""."""
    # A link that wraps a kicker and a heading ("Reportage" + <h2>) is titled by the heading.
    heading = a.find(_HEADINGS) if len(a.contents) > 1 else None
    text = RELATIVE_TIME.sub("", collapse((heading if isinstance(heading, Tag) else a).get_text(" ")))
    if not text:
        title = a.get("title")
        text = collapse(title) if isinstance(title, str) else ""
    if more_arrow(text) or PREV_NEXT.search(text) or SEE_ALL.search(text) or PAGE_TOOLS.search(text) \
            or _AD_OPENER.match(text):
        return ""  # "Harriet Alexander »", "See all 121 stories", "Previous article ...", "E-mail to a friend", an ad
    if (len(text) >= 15 and len(text.split()) >= 3) or count_cjk(text) >= 6:
        return text[:300]
    return ""


def _in_chrome(tag: Tag, found: Survey) -> bool:
    """Return whether the tag sits inside navigation, a header, a footer or ads."""
    for parent in [tag, *tag.parents]:
        if not isinstance(parent, Tag):
            break
        if parent.name in FRAME_TAGS and _storys_own(parent):
            continue  # the story's own footer ("footer-article"), whatever its class says, holds its block
        if parent.name in NAVIGATION_TAGS or parent.name in FRAME_TAGS:
            return True
        if id(parent) in found.holds_story and parent is not tag:
            # A box around the story is the page or the story's own header ("blq-int-nav blq-container",
            # "article-header"), whatever its class says: chrome sits beside the story, not around it.
            return False
        # "mod-no-footer", "without-header": a class that says what the box lacks names no chrome, nor one that says
        # what it has ("td_with_ajax_pagination": a related box whose pages turn is no pagination bar).
        words = _NEGATED.sub(" ", marks(parent))
        if words.strip() and (NAVIGATION_WORDS.search(words) or AD_WORDS.search(words)):
            if not AD_WORDS.search(words) and not NAVIGATION_WORDS.search(_FRAME_WORDS.sub(" ", words)) \
                    and _storys_own(parent):
                continue  # "article-footer" inside the <article>: the story's own footer, as a <footer> there is
            return True
    return False


def _storys_own(frame: Tag) -> bool:
    """Return whether a header or a footer is an article's own (inside <article>: "footer-article" with its "Sur le
    même sujet"), not the page's."""
    return frame.find_parent("article") is not None


_FRAME_WORDS = re.compile(r"(?:^|(?<=[-_ ]))(?:footer|header)(?=$|[-_ ])", re.I)  # a class naming a header or a footer
_NEGATED = re.compile(r"(?:^|(?<=[-_ ]))(?:no|without|hide|hidden|has-no|with|has)[-_]\w+", re.I)


# Links to lists, not stories: a tag's, an author's or a section's page ("All Articles for Kinvey").
_INDEX_SEGMENTS = frozenset({"tag", "tags", "author", "authors", "category", "categories", "section", "sections",
                             # a person's page: an expert's, a contributor's, a staff member's ("person", "user" and
                             # "profile" are in NOT_STORY_SEGMENTS, read beside these)
                             "experts", "expert", "people", "staff", "contributor",
                             "contributors", "columnists", "journalists", "reporters", "autor", "autores", "auteur",
                             "auteurs", "autori", "autoren"})


_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.I)


def _leads_to_index(url: str) -> bool:
    """Return whether a URL's path names a tag, author, section or topic page."""
    parts = urlsplit(url)
    path = [s.lower() for s in parts.path.split("/") if s]
    segments = set(path)
    if segments & _INDEX_SEGMENTS or segments & NOT_STORY_SEGMENTS or segments & LIST_SEGMENTS:
        return True
    if segments & SEARCH_SEGMENTS or asks_by_words(parts.query):
        return True
    # A story's address carries an id, a date or a slug of its headline; a section's is a name of a word or two
    # ("/news/canada/british-columbia", "/sante/coronavirus/").
    if any(c.isdigit() for c in parts.path + parts.query):
        return False
    return not path or len(re.split(r"[-_+]", _EXTENSION.sub("", path[-1]))) <= 2


def _above(link: str, page: str) -> bool:
    """Return whether a link goes to a folder the page's own address is filed under (/blog/brown-center-chalkboard/
    above /blog/brown-center-chalkboard/2021/03/25/story/): the story's section or blog, not a story."""
    path = urlsplit(link).path.rstrip("/") + "/"
    own = urlsplit(page).path
    return same_site(link, page) and path != "/" and own.startswith(path) and len(own.rstrip("/")) > len(path)


def _is_prev_next(a: Tag) -> bool:
    """Return whether a link goes to the site's previous or next story (rel="prev", class "next")."""
    rel = a.get("rel")
    rels = {rel} if isinstance(rel, str) else set(rel or ())
    if rels & {"prev", "next"}:
        return True
    nodes = [node for node in (a, a.parent) if isinstance(node, Tag)]
    return any(set(re.split(r"[\s_-]+", marks(node).lower())) & PREV_NEXT_MARKS for node in nodes)


def _short_texts(tag: Tag, limit: int = 6) -> list[str]:
    """Return the texts of the first few elements under tag that hold no link and read as a label."""
    texts = []
    for element in tag.find_all(True, limit=40):
        if element.name == "a" or element.find("a") is not None:
            continue
        text = collapse(element.get_text(" "))
        if 0 < len(text) < 60:
            texts.append(text)
            if len(texts) >= limit:
                break
    return texts


def _labels(tag: Tag) -> list[list[str]]:
    """Return what may title a box, nearest first: its headings and short link-free texts, then those of the
    element just before it (a heading, or a box whose heading names the list after it)."""
    own = [collapse(h.get_text(" "))[:120] for h in tag.find_all(_HEADINGS, limit=2)] + _short_texts(tag, 6)
    before: list[str] = []
    sibling = tag.find_previous_sibling()
    if isinstance(sibling, Tag):
        if sibling.name in _HEADINGS:
            before.append(collapse(sibling.get_text(" "))[:120])
        else:
            heading = sibling.find(_HEADINGS)
            if isinstance(heading, Tag):
                before.append(collapse(heading.get_text(" "))[:120])
            before.extend(_short_texts(sibling, 2))
    return [own, before]


def _site_label(text: str, url: str) -> bool:
    """Return whether a box's label says it is the site's: most read, a section's, a topic's tags, the site's
    name, its partners', links to other sites."""
    return bool(SITEWIDE_LABELS.search(text) or SECTION_LABELS.search(text) or TOPIC_LABELS.search(text)
                or COMMERCIAL_LABELS.search(text) or ELSEWHERE_LABELS.search(text) or site_box(text, url)
                or names_section(text, url))


def _related_label(text: str, url: str) -> bool:
    """Return whether a label titles the story's own related block ("Sur le même sujet", "L'auteur vous
    recommande")."""
    return bool(RELATED_HEADINGS.search(text) or STORY_PICKS.search(text)) and not _site_label(text, url)


def _site_marks(tag: Tag) -> bool:
    """Return whether a box's class or id says it is the site's (most read, trending) or a cloud of tags."""
    words = marks(tag)
    return bool(SITEWIDE_MARKS.search(words) or TOPIC_MARKS.search(words))


def _heads_a_list_page(heading: Tag, base: str) -> bool:
    """Return whether a heading links to a section's, a topic's or a tag's page ("Plus en <a>Montréal</a>",
    "<a href=/america/venezuela/>VENEZUELA</a>"): the box it heads is that list's latest, not the story's."""
    for a in heading.find_all("a", href=True, limit=3):
        href = a.get("href")
        link = absolute(href, base) if isinstance(href, str) else ""
        if link and _leads_to_index(link):
            return True
    return False


def _own_heading(tag: Tag) -> Tag | None:
    """Return the heading a box opens with, or the one right before it, if any."""
    for element in tag.descendants:
        if not isinstance(element, Tag):
            continue
        if element.name in _HEADINGS:
            return element
        if element.name == "a" and _headline_text(element):
            break  # a headline before any heading: the box opens with its stories
    sibling = tag.find_previous_sibling()
    return sibling if isinstance(sibling, Tag) and sibling.name in _HEADINGS else None


def _sitewide(tag: Tag, url: str) -> bool:
    """Return whether a box of headlines is the site's (most read, trending, latest, more from a section),
    by its class, the label over it or over its parent box, or a heading that links to a section's page."""
    node: Tag | None = tag
    for _ in range(3):
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            break
        # "Related Posts" over "From Gadgetwise" is the story's; "More from ABC News" alone is the site's. A box's
        # own title counts before the one of the box before it ("Également sur RFI" after "Sur le même sujet").
        own, before = _labels(node)
        if any(_related_label(text, url) for text in own):
            return _yields_to_site(own, url) or _in_sites_box(node, url)
        heading = _own_heading(node)
        if heading is not None and _heads_a_list_page(heading, url):
            return True
        if _site_marks(node) or any(_site_label(text, url) for text in own):
            return True
        if any(_related_label(text, url) for text in before):
            return _yields_to_site(before, url)
        if any(_site_label(text, url) for text in before):
            return True
        node = node.parent
    return False


def _yields_to_site(labels: list[str], url: str) -> bool:
    """Return whether a box's labels that say related are all recommendations and another says it is the site's:
    "More Stories" over "Recently in Eat & Drink" is the section's; a title saying related holds."""
    related = [text for text in labels if _related_label(text, url)]
    return all(RECOMMENDATION_LABELS.search(text) for text in related) and any(_site_label(t, url) for t in labels)


def _in_sites_box(box: Tag, url: str) -> bool:
    """Return whether a box sits in a bigger one the site titles as its own ("Related videos" in a box titled
    "Related: Crime & courts" beside "More US news"): the bigger box's title opens it."""
    outer = box.parent
    for _ in range(2):
        if not isinstance(outer, Tag) or outer.name in ("body", "html"):
            break
        title = _box_title(outer)
        if title is not None and box not in title.parents:
            return _site_label(collapse(title.get_text(" "))[:120], url)
        outer = outer.parent
    return False


def _box_title(box: Tag) -> Tag | None:
    """Return the heading that opens a box (its first element, or inside a link-free first element), or None."""
    first = box.find(True, recursive=False)
    if not isinstance(first, Tag):
        return None
    if first.name in _HEADINGS:
        return first
    heading = first.find(_HEADINGS) if first.find("a") is None else None
    return heading if isinstance(heading, Tag) else None


def absolute(href: str, base: str) -> str:
    """Return an http(s) link made absolute without its fragment, or "" for javascript:, mailto:, anchors."""
    return urldefrag(absolute_url(base, href) or "")[0]


def headlines(container: Tag, base: str, own_url: str) -> list[Headline]:
    """Return the headline links inside container to the same site, absolute and without duplicates."""
    return _headlines_of(container.find_all("a", href=True), base, own_url)


def _headlines_of(anchors: list[Tag], base: str, own_url: str) -> list[Headline]:
    """Return the links among anchors that read as headlines of the same site, absolute and without duplicates."""
    own = {page_key(own_url), page_key(base)}
    seen: set[str] = set()
    page = own_url or base
    found: list[Headline] = []
    for a in anchors:
        title = _headline_text(a)
        href = a.get("href")
        link = absolute(href, base) if title and isinstance(href, str) else ""
        if not link or link in seen or page_key(link) in own or _leads_to_index(link) or _is_prev_next(a) \
                or _above(link, page):
            continue  # the story itself (often linked back with a tracking query), a list's page, the next story
        # Related stories live on the same site; share and follow links go elsewhere.
        if is_http_url(page) and not same_site(link, page):
            continue
        seen.add(link)
        found.append(Headline(title=title, url=link))
        if len(found) >= MAX_RELATED:
            break
    return found


def _titles_a_box(tag: Tag, found: Survey, base: str) -> bool:
    """Return whether an element is a heading over a list of links ("Newsfeed" over its stories, "Plus en
    <a>Montréal</a>" over the section's), not a kicker over one headline."""
    if tag.name not in _HEADINGS or (tag.find("a") is not None and not _heads_a_list_page(tag, base)):
        return False
    box = tag.find_next_sibling()
    return isinstance(box, Tag) and found.anchors.get(id(box), 0) >= 2


def _titled_part(block: Tag, label: Tag, found: Survey, base: str) -> list[Tag]:
    """Return the links of a block that its label titles: from the label to the next box's title once some
    were read, so that a "Related" box which also holds "Newsfeed" and "More on <site>" lists gives only the
    first; every link of the block when none follows the label."""
    start: Tag = label
    if label is block:  # a box marked by its class: its own first heading, if any, titles it
        heading = next((h for h in block.find_all(_HEADINGS) if h.find("a") is None), None)
        if heading is None:
            return _without_title_link(list(block.find_all("a", href=True)), block)
        start = heading
    labels = {id(tag) for tag in found.related}
    inside = {id(element) for element in block.descendants if isinstance(element, Tag)}
    anchors: list[Tag] = []
    for element in start.next_elements:
        if not isinstance(element, Tag):
            continue
        if id(element) not in inside:
            break  # past the block
        if anchors and ((id(element) in labels and not found.anchors.get(id(element), 0)) or _titles_a_box(
                element, found, base) or _titles_sites_list(element)):
            break  # the next box's title (a box its class marks, one of the block's own teasers, titles nothing)
        if element.name == "a" and "href" in element.attrs:
            anchors.append(element)
    return _without_title_link(anchors or list(block.find_all("a", href=True)), block)


def _titles_sites_list(tag: Tag) -> bool:
    """Return whether a link or a heading names a list of the site's ("TOP NORTHERN IRELAND STORIES", "MOST POPULAR
    STORIES NOW"): where a box of the story's links runs on into the site's lists, its part ends there."""
    if tag.name != "a" and tag.name not in _HEADINGS:
        return False
    text = collapse(tag.get_text(" "))
    if len(text) >= 60 or (tag.name == "a" and text != text.upper()):
        return False  # a link names a list when set in capitals like a title: "Latest figures on the flood" is a story
    # The label opens the text: "Japan's latest stimulus package" is a headline.
    found = SITEWIDE_LABELS.search(text) or SECTION_LABELS.search(text)
    return found is not None and not re.search(r"\w", text[:found.start()])


def _heading_rank(a: Tag, block: Tag) -> int:
    """Return the rank of the heading a link sits in inside block (1 for h1), 7 when it sits in none."""
    for parent in a.parents:
        if parent is block or not isinstance(parent, Tag):
            break
        if parent.name in _HEADINGS:
            return int(parent.name[1])
    return 7


def _without_title_link(anchors: list[Tag], block: Tag) -> list[Tag]:
    """Return a box's links without the one in its title: a first link in a heading above those of all the others
    ("Trump Impeachment Inquiry More" in an h4 over a plain list, a stream's page in the h2 over h3 headlines)
    goes to the page of the box's topic, not to a story."""
    if len(anchors) < 3:
        return anchors
    first = _heading_rank(anchors[0], block)
    if first < 7 and all(_heading_rank(a, block) > first for a in anchors[1:]):
        return anchors[1:]
    return anchors


def _story_places(story: Tag, levels: int = 2) -> list[Tag]:
    """Return where a story's own list goes: the story's wrapper (its parent or grandparent) and the two boxes right
    after it, not down the page's other columns; with more levels, a wrapper that ends its box climbs on."""
    wrapper: Tag = story
    for level in range(levels):
        # A wrapper that ends its parent box is followed by the parent's next box: a layout that repeats its column
        # for the boxes after the story (<div><div class=col>story</div></div><div><div class=col>related</div></div>).
        if level >= 2 and wrapper.find_next_sibling(True) is not None:
            break
        if isinstance(wrapper.parent, Tag) and wrapper.parent.name not in ("body", "html"):
            wrapper = wrapper.parent
    return [wrapper, *wrapper.find_next_siblings(True, limit=2)]


def _inside(box: Tag, places: list[Tag]) -> bool:
    """Return whether a box is one of the places or sits in one."""
    ids = {id(place) for place in places}
    # By identity: "in" would compare tags by their markup, deep and slow, and take a copy for the place.
    return id(box) in ids or any(id(parent) in ids for parent in box.parents)


def _links_elsewhere(box: Tag, base: str, url: str) -> bool:
    """Return whether a box's links go to other sites."""
    page = url or base
    hrefs = [a.get("href") for a in box.find_all("a", href=True)]
    links = [absolute(href, base) for href in hrefs if isinstance(href, str)]
    return is_http_url(page) and any(links) and all(not same_site(link, page) for link in links if link)


def _opening_title(block: Tag) -> str:
    """Return the title a box marked by its class opens with when it says related ("<div class=header>Więcej na ten
    temat</div>" over the list), else ""."""
    first = block.find(True)
    if not isinstance(first, Tag) or first.find("a") is not None:
        return ""
    text = collapse(first.get_text(" "))
    return text if len(text) < 60 and titles_related(text) else ""


def _about_the_story(label: Tag, block: Tag, links: list[Headline], subject: Subject) -> bool:
    """Return whether a block is about the story when only a class or a recommendation's title marks it: most of
    its headlines share the story's subject. A title that says "related" or "same subject" is taken at its word."""
    title = collapse(label.get_text(" "))[:120] if label is not block else _opening_title(block)
    # A box of clips ("Related videos", class "related-videos") is the site's player's playlist unless about the story.
    clips = bool(VIDEO_STRIP_MARKS.search(marks(block)) or _CLIPS.search(title))
    if title and not RECOMMENDATION_LABELS.search(title) and not clips:
        return True
    return subject.held_by(link.title for link in links)


_CLIPS = re.compile(r"\bvid[eé]os?\b|\bclips\b", re.I)


def _shares_the_story(links: list[Headline], subject: Subject, url: str) -> bool:
    """Return whether a box may be the story's own whatever its title says: a headline shares the story's subject, or a
    story came out before the page's (an editor's link back to earlier reports); a story whose subject is unknown (no
    words read) says nothing against it."""
    # A story of the page's own day says so only when it shares the story's words (its lead's, its keywords'): the
    # day's other news fills a site's "Related" boxes too.
    return (not subject.core or any(subject.told_by(link.title) for link in links)
            or any_earlier([link.url for link in links], url, same_day=False)
            or any_earlier([link.url for link in links if subject.shared_by(link.title)], url))


def _stamped_feed(links: list[Headline]) -> bool:
    """Return whether a box is a feed of the newest stories: half its items or more (two at least) open with when they
    came, in words ("Il y a 5 jours Les pensions ...", "2 hours ago ...")."""
    stamped = sum(bool(RELATIVE_TIME_OPENING.match(link.title)) for link in links)
    return stamped >= 2 and 2 * stamped >= len(links)


def _may_be_the_storys(links: list[Headline], subject: Subject | None, url: str) -> bool:
    """Return whether a box's headlines may be the story's own: not all of them newer than the page's story (the
    section's stories of the day the page was read), not a feed whose items open with when they came ("Il y a 5 jours
    ..."), and, the story's subject known, one of them about it or earlier than it (see _shares_the_story)."""
    return not all_newer([link.url for link in links], url) and not _stamped_feed(links) and (
        subject is None or not links or _shares_the_story(links, subject, url))


def _labels_its_link(tag: Tag) -> bool:
    """Return whether a title of related stories holds its one link after its own words
    ("<p>Also read: <a>...</a></p>"): an insert of one story, not a heading that is a link itself."""
    anchor = tag.find("a")
    if not isinstance(anchor, Tag):
        return False
    words, linked = collapse(tag.get_text(" ")), collapse(anchor.get_text(" "))
    return len(linked) > len(words) // 2 and titles_related(words.partition(linked)[0] or "-")


def _list_of_teasers(block: Tag, found: Survey) -> bool:
    """Return whether a block's links are a list's items, one each, whatever words each adds (a teaser's summary), or
    one story each; or its teaser cards (<article> elements), each linking one story only (its picture's link and its
    headline's, beside its section's or its tags' pages)."""
    items = block.find_all("li", limit=41)
    if len(items) >= 2 and len(items) == found.anchors.get(id(block), 0) \
            and all(found.anchors.get(id(item), 0) == 1 for item in items):
        return True
    # (or a list's items that are teaser cards, each its picture's link and its headline's to one story and its summary:
    # a related-posts plugin's "<li><div><a><img></a></div><div><a>...</a><p>...</p></div></li>")
    if len(items) >= 2 and sum(found.anchors.get(id(item), 0) for item in items) == found.anchors.get(id(block), 0) \
            and all(len(_story_hrefs(item)) == 1 or len(_hrefs(item)) == 1 for item in items):
        return True
    cards = block.find_all("article", limit=41)
    return len(cards) >= 2 and sum(found.anchors.get(id(card), 0) for card in cards) == found.anchors.get(id(block), 0) \
        and all(len(_story_hrefs(card)) == 1 for card in cards)


def _hrefs(card: Tag) -> set[str]:
    """Return the addresses a teaser card links (a story's of a short slug too: "/rot-einrichten/")."""
    return {href for a in card.find_all("a", href=True) if isinstance(href := a.get("href"), str)}


def _story_hrefs(card: Tag) -> set[str]:
    """Return the addresses a teaser card links but its section's, tags' and author's pages ("In News, Portugal")."""
    return {href for href in _hrefs(card) if not _leads_to_index(href)}


def _one_link_run(title: Tag, found: Survey) -> list[Tag]:
    """Return the elements right after a title that hold one link each and little else (at most ten), or []; a title
    alone in its element ("<p><strong>Новости по теме:</strong></p>") is that element's; the items of a list right
    after it are such elements ("<p><b>Vous aimerez aussi :</b></p><ul><li><a>...</a></li>...</ul>")."""
    node = title
    for _ in range(2):
        parent = node.parent
        if node.find_next_sibling() is not None or not isinstance(parent, Tag) \
                or found.text.get(id(parent)) != found.text.get(id(node)):
            break
        node = parent
    run: list[Tag] = []
    for sibling in node.find_next_siblings(limit=20):
        if sibling.name == "br":
            continue  # "<b>PRZECZYTAJ TAKŻE:</b><br><b><a>...</a></b><br>...": the links a line each
        if len(run) == 10:
            break
        if not run and sibling.name in ("ul", "ol"):
            items = sibling.find_all("li", recursive=False)
            return items if 0 < len(items) <= 10 and all(_one_link(item, found) for item in items) else []
        if not _one_link(sibling, found):
            break
        run.append(sibling)
    return run


def _one_link(element: Tag, found: Survey) -> bool:
    """Return whether an element holds one link and little else."""
    return found.anchors.get(id(element), 0) == 1 and found.link_density(element) >= 0.6


def marked_related(found: Survey, base: str, url: str, subject: Subject | None = None,
                   story: Tag | None = None) -> list[Headline]:
    """Return the headlines of the first block the page marks or titles as related stories; a block marked only by
    its class counts beside the story, and one marked only so or titled as a recommendation must be about it."""
    fallback: list[Headline] = []
    # A box its class marks as related may sit where a layout repeats its column; an unmarked list (list_after)
    # is searched only in the story's wrapper and the boxes right after it.
    near = _story_places(story, levels=4) if story is not None else []
    inserts: list[Tag] = []  # blocks with one link: a "Lire aussi" with one story, each
    for tag in found.related:
        if _site_label(collapse(tag.get_text(" "))[:120], url or base) or _site_marks(tag):
            continue  # "More from ABC News", "Dans la même rubrique", "Les sujets associés": the site's box
        block: Tag | None = tag
        elsewhere = False
        # A "Sur le même sujet" heading names the block that holds it, a few levels up; a "Recommended" over
        # an ad network's box names that box, not the column around it.
        for level in range(4):
            if not isinstance(block, Tag) or found.anchors.get(id(block), 0) >= 2 or AD_WORDS.search(marks(block)):
                break
            if found.anchors.get(id(block), 0) == 1 and (block is not tag or _labels_its_link(tag)):
                # "Related" over one link to another site titles the site's external links: the stories of the
                # boxes around it are not what it names.
                elsewhere = _links_elsewhere(block, base, url)
                if elsewhere:
                    break
                if not any(block is seen for seen in inserts):
                    inserts.append(block)  # also a titled box of one story: "<h3><span>More on This Story</span>"
            if level == 3:
                break
            block = block.parent
        if elsewhere or not isinstance(block, Tag) or block.name in ("body", "html"):
            continue
        boxed = 2 <= found.anchors.get(id(block), 0) <= 40 and (found.link_density(block) >= 0.4
                                                                 or _list_of_teasers(block, found))
        run = _one_link_run(tag, found) if not boxed and found.anchors.get(id(tag), 0) == 0 else []
        if len(run) == 1 and not any(run[0] is seen for seen in inserts):
            inserts.append(run[0])  # "<p>Lire aussi :</p><p><a>...</a></p>": one insert, its title above it
        elif run and not _in_chrome(tag, found):
            # "<p>相關文章：</p><p><a>...</a></p><p><a>...</a></p>": a title over paragraphs of one link each, in
            # the story's text; they are the block, the text around them is not
            links = [link for paragraph in run for link in headlines(paragraph, base, url)]
            # (A list's items under such a title, "<h3>Related Stories</h3><ul>...", are the story's own only where most
            # of them share its subject: a template's list of the site's other stories is titled so too.)
            listed = run[0].name == "li" and subject is not None and not subject.held_by(link.title for link in links)
            if len(links) >= 2 and not listed and _may_be_the_storys(links, subject, url or base):
                return links[:MAX_RELATED]
            continue
        if not boxed:
            if found.anchors.get(id(block), 0) <= 3 and len({a.get("href") for a in block.find_all("a", href=True)}) == 1 \
                    and not any(block is seen for seen in inserts):
                inserts.append(block)  # one story's teaser, its picture and headline linked: "Lesen Sie auch" over it
            continue
        if AD_WORDS.search(marks(block)) or (block.name != "aside" and _in_chrome(block, found)):
            continue
        if _sitewide(block, url or base):
            continue
        if tag is block and near and not _inside(block, near):
            continue  # a column's "related" module down the page: the site's boxes reuse the story's markup
        links = _headlines_of(_titled_part(block, tag, found, base), base, url)
        # (A related-posts plugin's box, "yarpp-related", "rp4wp-related-posts", "jp-relatedposts": the plugin chose its
        # posts by the story's own words and terms, whatever words their headlines share with it.)
        chosen = _RELATED_PLUGIN.search(marks(block) + " " + marks(tag)) is not None
        if subject is not None and links and not chosen and not _about_the_story(tag, block, links, subject):
            continue  # "You might also like" over the site's picks on other subjects, or over one of them
        if not _may_be_the_storys(links, None if chosen else subject, url or base):
            continue  # "Related News" over the section's stories of the day, "Related Posts" over its other subjects
        if len(links) >= 2:
            return links
        if links and not fallback and (subject is None or subject.shared_by(links[0].title)):
            # One headline left of a box of many says little about the box: the site's list whose other links were
            # not stories gives one of its own, so it must be about the story.
            fallback = links
    if not fallback and inserts and not _in_chrome(inserts[0], found):
        # A story with no block may have several "Lire aussi :" inserts in its text: each names one of its own. The
        # nearest one says whether they are inserts at all: not when it sits in a menu or links to no story.
        fallback = headlines(inserts[0], base, url)
        for insert in inserts[1:] if fallback else []:
            if not _in_chrome(insert, found):
                fallback.extend(link for link in headlines(insert, base, url) if link not in fallback)
        if subject is not None and fallback:
            # Inserts (one or several): each stands alone, so each must share the story's subject or point back
            # before it.
            fallback = [link for link in fallback if _shares_the_story([link], subject, url or base)]
    return fallback[:MAX_RELATED]


# The classes WordPress's related-posts plugins give their box: YARPP's, Related Posts for WordPress's, Jetpack's,
# Contextual Related Posts', Related Posts by Taxonomy's.
_RELATED_PLUGIN = re.compile(r"yarpp-related|rp4wp-related|jp-relatedposts|crp_related|related-posts-by-taxonomy", re.I)


def _in_side_column(tag: Tag, found: Survey) -> bool:
    """Return whether a list sits in a side column ("sidebar", "right-rail"): its unmarked lists are the site's."""
    for parent in [tag, *tag.parents]:
        if not isinstance(parent, Tag) or id(parent) in found.holds_story:
            return False  # a box around the story is no side column whatever its class says
        if STRIP_MARKS.search(marks(parent)):
            return True
    return False


def list_after(container: Tag, found: Survey, base: str, url: str, title: str = "") -> list[Headline]:
    """Return the first list of headline links that follows the story's body and shares its subject, or []:
    a list nobody titled as related is the story's only when its headlines are about the story."""
    # Start after the story's last element: lists inside the story are its own content.
    last: PageElement = container
    while isinstance(last, Tag) and last.contents:
        last = last.contents[-1]
    near = _story_places(container)
    # An unmarked list shares the story's subject by its words, not by an acronym every story of a section names
    # ("NHS" on a health site's every headline).
    subject = story_subject(title, url=url or base, acronyms=False)
    seen = 0
    for tag in last.next_elements:
        if not isinstance(tag, Tag) or tag.name not in _LISTS:
            continue
        if not _inside(tag, near):
            break  # past the story's wrapper and the boxes after it, lists are the site's
        seen += 1
        if seen > 300:
            break
        key = id(tag)
        anchors = found.anchors.get(key, 0)
        if anchors < 3 or anchors > 40 or found.link_density(tag) < 0.6:
            continue
        links = headlines(tag, base, url)
        # The subject first: it is cheap, and few lists share it; the labels around them are read only then.
        if len(links) < 3 or len(links) < anchors * 0.5 or not subject.held_by((link.title for link in links), 2):
            continue
        if (not _in_chrome(tag, found) and not _in_side_column(tag, found) and not _sitewide(tag, url or base)
                and _may_be_the_storys(links, None, url or base)):
            return links
    return []
