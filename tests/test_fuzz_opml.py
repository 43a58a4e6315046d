"""Fuzzing parse_opml: whatever file an admin sends to /import, feeds or a ValueError saying why not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.news.opml import MAX_OUTLINES, parse_opml
from tests.auxil.fuzz import FUZZ, FUZZ_MARKS, inline_text, references, urls

pytestmark = FUZZ_MARKS

_attribute = st.builds(lambda k, v: f' {k}="{v}"',
                       st.sampled_from(["text", "title", "xmlUrl", "xmlurl", "type", "htmlUrl"]),
                       st.one_of(urls, inline_text))
_outline = st.recursive(
    st.lists(_attribute, max_size=4).map(lambda attrs: f"<outline{''.join(attrs)}/>"),
    lambda children: st.builds(lambda attrs, inner: f"<outline{''.join(attrs)}>{''.join(inner)}</outline>",
                               st.lists(_attribute, max_size=3), st.lists(children, max_size=4)),
    max_leaves=20,
)
_prologs = st.sampled_from(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="latin-1"?>',
                            '<!DOCTYPE opml [<!ENTITY a "b">]>', '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
                            "\ufeff"])
opml_files = st.builds(
    lambda prolog, root, title, outlines: (
        f'{prolog}<{root} version="2.0"><head><title>{title}</title></head><body>{"".join(outlines)}</body></{root}>'),
    _prologs, st.sampled_from(["opml", "OPML", "rss", "x:opml"]), st.one_of(inline_text, references),
    st.lists(_outline, max_size=5),
)


def feeds_or_error(data: bytes) -> None:
    try:
        feeds = parse_opml(data)
    except ValueError:
        return
    assert 0 < len(feeds) <= MAX_OUTLINES
    assert all(isinstance(title, str) and url for title, url in feeds)


@FUZZ
@given(text=opml_files, codec=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_any_opml_file_is_feeds_or_a_value_error(text: str, codec: str) -> None:
    feeds_or_error(text.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace"))


@FUZZ
@given(data=st.one_of(st.binary(max_size=300), opml_files.map(lambda t: t.encode("utf-8", "surrogatepass")[:200])))
def test_any_bytes_are_feeds_or_a_value_error(data: bytes) -> None:
    feeds_or_error(data)
