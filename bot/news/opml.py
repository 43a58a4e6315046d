"""OPML, the file format feed readers exchange subscription lists in: write one, read one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from xml.parsers import expat

from bot.models import Source
from bot.news.text import collapse

MAX_OUTLINES = 1000  # an import larger than this is a mistake, not a reading list


def to_opml(sources: Iterable[Source], title: str = "News digest bot sources") -> bytes:
    """Return an OPML 2.0 document (UTF-8 bytes) with one outline per source."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for source in sorted(sources, key=lambda s: s.name):
        # Page sources go out as xmlUrl too: this bot reads either kind from the same attribute.
        ET.SubElement(body, "outline", type="rss", text=source.display_title,
                      title=source.display_title, xmlUrl=source.url)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"


def _refuse_dtd(*_: object) -> None:
    # A DOCTYPE is where entity bombs and external entities live; OPML never needs one.
    raise ValueError("the file declares a DOCTYPE or entities, which OPML never needs; refused")


def parse_opml(data: bytes) -> list[tuple[str, str]]:
    """Return (title, url) for each feed outline of an OPML document; ValueError says what is wrong."""
    feeds: list[tuple[str, str]] = []
    depth = 0
    root: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth == 1:
            root.append(name)
            if name.lower() != "opml":
                raise ValueError(f"not an OPML file: its root element is <{name}>, expected <opml>")
        if name.lower() != "outline":
            return
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        if not url:
            return  # a folder (category) outline, or a plain link: not a feed
        title = collapse(attrs.get("title") or attrs.get("text"))
        feeds.append((title, url))
        if len(feeds) > MAX_OUTLINES:
            raise ValueError(f"the file lists more than {MAX_OUTLINES} feeds")

    def end(_: str) -> None:
        nonlocal depth
        depth -= 1

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ValueError(f"not a valid XML file: {expat.errors.messages[exc.code]} "
                         f"at line {exc.lineno}") from None
    if not root:
        raise ValueError("the file is empty")
    if not feeds:
        raise ValueError("the OPML file lists no feeds (no outline with an xmlUrl)")
    return feeds

