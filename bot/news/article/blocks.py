"""Reading a story's container: text blocks in reading order, and which are prose."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from bot.news.markup import CHROME_LABELS
from bot.news.text import collapse

BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
# A caption ends with its credit: "(AP Photo/Jane Roe)", "(credit: NASA)", "(Reuters)".
_CREDIT_END = re.compile(
    r"\((?:\s*(?:photo|foto|image|credit|crédit|courtesy|illustration|file)\b[^()]*"
    r"|[^()]*\b(?:(?-i:AP|AFP|EPA|DPA|ANSA)|Reuters|Getty Images|Xinhua|Bloomberg|Shutterstock|iStock|"
    r"Keystone)\b[^()]*)\)\W*$",
    re.I,
)


@dataclass
class Block:
    """One paragraph-sized run of text, with how much of it is link text."""

    text: str
    link_chars: int
    tag: str
    run_in: int = 0  # the length of a bold run-in heading the text opens with ("30 minutes. Le chef de l'État ..."), or 0

    @property
    def link_density(self) -> float:
        """Return the share of the text that sits inside links."""
        return self.link_chars / max(len(self.text), 1)


def _next_tag_is_br(tag: Tag) -> bool:
    """Return whether the next non-blank sibling of a <br> is another <br>."""
    sibling = tag.next_sibling
    while isinstance(sibling, NavigableString) and not sibling.strip():
        sibling = sibling.next_sibling
    return isinstance(sibling, Tag) and sibling.name == "br"


# A paragraph's bold opening of a few words that ends with a stop or a colon ("<p><b>30 minutes.</b> Le chef de ...",
# "<p><strong>Quatre policiers mis en examen.</strong> Un policier ..."): a run-in heading over the text that follows,
# not its first sentence; so much text must follow it.
_RUN_IN_WORDS = 6
_RUN_IN_REST = 40


def _run_in(element: Tag) -> str:
    """Return the text of the bold run-in heading a block element opens with, or ""."""
    first = next((child for child in element.children
                  if not (isinstance(child, NavigableString) and not child.strip())), None)
    if not isinstance(first, Tag) or first.name not in ("b", "strong"):
        return ""
    text = collapse(first.get_text(" "))
    return text if 0 < len(text.split()) <= _RUN_IN_WORDS and text[-1] in ".:" else ""


def read_blocks(root: Tag, chrome: set[int]) -> list[Block]:
    """Return the text blocks under root in reading order, one per paragraph-like element."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = 0
    current = root.name or "div"

    run_in = ""  # the bold run-in heading the block being read opens with, if any

    def flush() -> None:
        nonlocal link_chars, run_in
        text = collapse("".join(parts))
        if text:
            opens = bool(run_in) and text.startswith(run_in) and len(text) > len(run_in) + _RUN_IN_REST
            blocks.append(Block(text=text, link_chars=min(link_chars, len(text)), tag=current,
                                run_in=len(run_in) if opens else 0))
            run_in = ""
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
            run_in = _run_in(child)
        else:
            stack.append((iter(child.contents), in_link or name == "a", None))
    flush()
    return blocks


def keep_block(block: Block) -> bool:
    """Return whether a block reads as story prose rather than chrome."""
    text = block.text
    if _MACHINE_STAMP.match(text):
        return False  # "2019-11-19T08:57:40+01:00": a stamp meant for scripts, not readers
    if len(text) < 400 and _CREDIT_END.search(text):
        return False  # a photo caption: "... in 2006. (NASA via AP, File)"
    if block.link_density > 0.5 and len(text) < 400:
        return False
    if len(text) < 120 and CHROME_LABELS.search(text):
        return False
    if len(text) < 100 and text.startswith("(") and text.endswith(")"):
        return False  # "(Rédacteur : ...)", "(Photo: ...)"
    return True
