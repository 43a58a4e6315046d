"""OPML: what /export writes and /import reads, and the files it refuses."""

from __future__ import annotations

import pytest

from bot.models import Source, SourceKind
from bot.news.opml import MAX_OUTLINES, parse_opml, to_opml


def test_exported_sources_read_back_as_the_same_titles_and_urls() -> None:
    sources = [
        Source(name="lemonde", url="https://www.lemonde.fr/rss/une.xml", title="Le Monde",
               kind=SourceKind.FEED),
        Source(name="quotidien", url="http://example.org/?a=1&b=2", title="Quotidien <&> « fr »",
               kind=SourceKind.PAGE),
        Source(name="bare", url="https://bare.example/feed"),
    ]
    data = to_opml(sources)
    assert data.startswith(b"<?xml") and b"&amp;b=2" in data
    assert parse_opml(data) == [
        ("bare", "https://bare.example/feed"),
        ("Le Monde", "https://www.lemonde.fr/rss/une.xml"),
        ("Quotidien <&> « fr »", "http://example.org/?a=1&b=2"),
    ]


def test_feeds_in_nested_folders_are_found_and_folders_and_links_are_not_feeds() -> None:
    data = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>Mes flux</title></head><body>
  <outline text="Actualit\xe9">
    <outline text="RFI" type="rss" xmlUrl="https://www.rfi.fr/fr/rss"/>
    <outline title="  France   24 " text="ignored" xmlUrl="https://www.france24.com/fr/rss"/>
  </outline>
  <outline text="a plain link" type="link" url="https://example.org/"/>
  <outline xmlUrl="https://untitled.example/rss"/>
</body></opml>"""
    assert parse_opml(data) == [
        ("RFI", "https://www.rfi.fr/fr/rss"),
        ("France 24", "https://www.france24.com/fr/rss"),
        ("", "https://untitled.example/rss"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a valid XML file"),
        (b"this is not xml", "not a valid XML file"),
        (b"<opml><body><outline xmlUrl='x'></body>", "not a valid XML file"),
        (b"<rss version='2.0'><channel/></rss>", "root element is <rss>"),
        (b"<opml version='2.0'><body><outline text='folder'/></body></opml>", "lists no feeds"),
    ],
)
def test_a_file_that_is_not_usable_opml_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_opml(data)


def test_entity_bombs_and_external_entities_are_refused_before_any_expansion() -> None:
    # Billion laughs: each level multiplies the text by ten; expanded it would take gigabytes.
    levels = "".join(
        f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10)
    )
    bomb = (f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY l0 "lol">{levels}]>'
            '<opml><body><outline title="&l9;" xmlUrl="https://x.example/rss"/></body></opml>')
    external = ('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY f SYSTEM "file:///etc/passwd">]>'
                '<opml><body><outline title="&f;" xmlUrl="https://x.example/rss"/></body></opml>')
    for data in (bomb, external):
        with pytest.raises(ValueError, match="DOCTYPE"):
            parse_opml(data.encode())


def test_a_file_with_too_many_feeds_is_refused() -> None:
    outlines = "".join(f'<outline xmlUrl="https://x.example/{i}"/>' for i in range(MAX_OUTLINES + 1))
    with pytest.raises(ValueError, match="more than"):
        parse_opml(f"<opml><body>{outlines}</body></opml>".encode())
