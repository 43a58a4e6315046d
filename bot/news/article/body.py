"""The story's container: score paragraphs, pick the densest run of prose, widen it to the story."""

from __future__ import annotations

import re

from bs4.element import NavigableString, PreformattedString, Tag

from bot.news.article.blocks import BLOCKS
from bot.news.article.tree import Survey
from bot.news.markup import BESIDE_STORY_WORDS, FRAME_TAGS, NEGATIVE_WORDS, POSITIVE_WORDS, marks
from bot.news.text import COMMAS

_PARAGRAPHS = frozenset(("p", "pre", "td", "blockquote"))
_OWN_TEXT = frozenset(("div", "section", "article", "li", "main", "span", "font", "center", "dd"))
_TAG_BASE = {"div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
             "ol": -3, "ul": -3, "li": -3, "form": -3, "dl": -3, "th": -5, "body": -5, "address": -3}
# Class words scale a candidate's score rather than add to it: an added bonus let small
# boxes named "...-content" beat the story itself.
CLASS_BONUS = 1.3
CLASS_MALUS = 0.7
# A candidate inside the page's header, footer, sidebar or widget column: on a short post the
# blog's "about me" blurb outscores the story unless where it sits counts.
BESIDE_MALUS = 0.5
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
# Grid classes ("col-xs-12", "row") name a layout, not a kind of content.
_LAYOUT_CLASS = re.compile(r"(?:col|row|grid|container|wrapper|wrap|flex|clearfix|cf|span\d|pull|float|"
                           r"[dwhmp][trblxy]?-|g-|l-|u-)", re.I)


def _class_factor(tag: Tag) -> float:
    """Return a factor above 1 for class/id words that mark content, below 1 for chrome words."""
    words = marks(tag)
    if not words:
        return 1.0
    factor = 1.0
    if NEGATIVE_WORDS.search(words):
        factor *= CLASS_MALUS
    if POSITIVE_WORDS.search(words):
        factor *= CLASS_BONUS
    return factor


def _own_text_len(tag: Tag, found: Survey, chrome: set[int]) -> tuple[int, int, bool]:
    """Return (chars, commas, has block children) for the text an element holds outside blocks."""
    chars = commas = 0
    blocks = False
    for child in tag.contents:
        if isinstance(child, Tag):
            if child.name in BLOCKS:
                blocks = True
            elif id(child) not in chrome:
                key = id(child)
                chars += found.text.get(key, 0) - found.links.get(key, 0)
                commas += found.commas.get(key, 0)
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            s = child.strip()
            chars += len(s)
            commas += len(COMMAS.findall(s))
    return chars, commas, blocks


def story_containers(root: Tag, found: Survey, chrome: set[int]) -> list[Tag]:
    """Return the elements that hold the story's prose, in page order ([] when none)."""
    nodes, final, prose = _score_candidates(root, found, chrome)
    return _widen(root, nodes, final, prose, found, chrome) if final else []


def _score_candidates(root: Tag, found: Survey, chrome: set[int]
                      ) -> tuple[dict[int, Tag], dict[int, float], dict[int, int]]:
    """Return candidate containers by id, their scores, and the prose chars under every element.

    Readability's scheme: each paragraph scores 1 + its commas + its length in hundreds (max 3),
    given whole to its parent, half to its grandparent and less further up; a candidate's score
    is then scaled by its class words and by the share of its text outside links.
    """
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
            key = id(tag)
            # Prose is the text outside links: a paragraph of links is a list, not a story.
            chars, commas = found.text.get(key, 0) - found.links.get(key, 0), found.commas.get(key, 0)
        elif name in _OWN_TEXT:
            chars, commas, blocks = _own_text_len(tag, found, chrome)
            as_paragraph = not blocks
        else:
            continue
        if chars < 25:
            continue
        if as_paragraph and found.link_density(tag) > 0.5:
            continue  # a run of links ("a, b, c, ...") is a list, whatever its commas say
        score = float(1 + commas + min(chars // 100, 3))
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
    beside: dict[int, bool] = {}
    final = {
        k: (_TAG_BASE.get(nodes[k].name, 0) + v * _class_factor(nodes[k])) * (1 - found.link_density(nodes[k]))
        * (BESIDE_MALUS if _beside_story(nodes[k], root, found, beside) else 1.0)
        for k, v in scores.items()
    }
    return nodes, final, prose


def _beside_story(tag: Tag, root: Tag, found: Survey, seen: dict[int, bool]) -> bool:
    """Return whether an element sits in a region beside the story (aside, site header or footer,
    sidebar, widget), one that holds no headline nor <article>. Answers are kept in seen."""
    path: list[int] = []
    answer = False
    node: Tag | None = tag
    while isinstance(node, Tag) and node is not root:
        key = id(node)
        if key in seen:
            answer = seen[key]
            break
        path.append(key)
        if key not in found.holds_story and (
            node.name == "aside" or node.name in FRAME_TAGS or BESIDE_STORY_WORDS.search(marks(node))
        ):
            answer = True
            break
        node = node.parent
    for key in path:
        seen[key] = answer
    return answer


def _kind(tag: Tag) -> tuple[str, str] | None:
    """Return an element's tag and first class, the way CMSs name repeated sections."""
    cls = tag.attrs.get("class")
    first = (cls.split() or [""])[0] if isinstance(cls, str) else (cls[0] if cls else "")
    if not first or _LAYOUT_CLASS.match(first):
        return None
    return (tag.name, first)


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
    climb = top.parent
    while isinstance(climb, Tag) and climb is not root:
        score = final.get(id(climb))
        if score is not None:
            if score < threshold:
                break
            if score > last:
                top = climb
                break
            last = score
        climb = climb.parent
    # An only child stands for its parent, so the parent's siblings can join.
    while isinstance(top.parent, Tag) and top.parent is not root:
        children = [c for c in top.parent.contents if isinstance(c, Tag) and id(c) not in chrome]
        if len(children) != 1:
            break
        top = top.parent
    holder = top.parent
    if not isinstance(holder, Tag):
        return [top]
    top_score = final.get(id(top), best)
    needed = max(10.0, top_score * 0.2)
    top_kind = _kind(top)
    top_marks = marks(top)
    picked: list[Tag] = []
    for sibling in holder.contents:
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
