"""Hypothesis strategies for what the outside sends the bot: feeds, pages, OPML, TOML, command words.

Markup is built from pieces that have broken parsers before (references to no character,
entities, CDATA, unclosed and nested tags, JSON-LD, dates) mixed with arbitrary text, so that
a few hundred examples reach the parsers' corners in seconds.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Bounded for CI: every fuzz test stays within a few seconds. No example database: the runs
# leave no files behind in the working copy.
FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ_QUICK = settings(FUZZ, max_examples=300)  # for the cheap parsers (command words)
# Hypothesis's report of a failing example imports a module that warns: let the failure show.
FUZZ_MARKS = [pytest.mark.filterwarnings("ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning")]

# Text as the outside writes it, lone surrogates included (JSON "\ud800" gives one).
any_text = st.text(max_size=40)
# References and entities: to characters, to no character, malformed.
references = st.sampled_from([
    "&#xD800;", "&#xDFFF;", "&#55296;", "&#xD83D;&#xDE00;", "&#x110000;", "&#99999999999999999999;",
    "&#0;", "&#x0;", "&#xFFFE;", "&#x1F600;", "&#65", "&#x;", "&#;", "&amp;", "&lt;", "&nbsp;", "&eacute;",
    "&unknown;", "&", "&#x41", "&#" + "9" * 5000 + ";",
])
words = st.sampled_from(["Le", "titre", "du", "jour", "news", "2024", "中文標題", "Élysée", "a-b", "https://x.y/z"])
inline_text = st.lists(st.one_of(words, references, any_text, st.just(" ")), max_size=8).map("".join)
urls = st.one_of(
    st.sampled_from([
        "https://example.org/monde/2024/03/05/une-longue-histoire-du-jour_123456.html", "/2024/01/a-b-c-d",
        "//cdn.example.org/x", "javascript:alert(1)", "mailto:a@b", "http://[::1", "http://a:99999/",
        "", "#", "?q=1", "https://exa mple.org/", "https://例え.jp/記事/2024/1", "http://%zz/",
    ]),
    any_text,
)
dates = st.one_of(
    st.sampled_from(["Tue, 05 Jul 2016 08:36:00 GMT", "2016-07-05T08:36:00+02:00", "0000-00-00",
                     "2016-02-30", "9999-12-31T23:59:60Z", "yesterday", "1e10", "-1"]),
    any_text,
)


def _element(tags: list[str], leaves: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Return a strategy for nested markup of the given tag names, closed or not."""
    def wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(
            lambda tag, attrs, inner, close: f"<{tag}{attrs}>{inner}" + (f"</{tag}>" if close else ""),
            st.sampled_from(tags),
            st.lists(st.builds(lambda k, v: f' {k}="{v}"', st.sampled_from(
                ["href", "class", "id", "rel", "type", "content", "property", "datetime", "lang", "src"]),
                st.one_of(urls, inline_text)), max_size=3).map("".join),
            st.lists(children, max_size=4).map("".join),
            st.booleans(),
        )
    return st.recursive(leaves, wrap, max_leaves=30)


_json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text, urls, dates),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["@type", "headline", "name", "datePublished",
                                                                "articleBody", "inLanguage", "@graph", "author",
                                                                "url", "dateModified", "mainEntityOfPage"]),
                                               children, max_size=5)),
    max_leaves=15,
)


def _json_ld(value: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


_html_leaves = st.one_of(inline_text, references, st.just("<![CDATA[x]]>"), st.just("<!-- c -->"),
                         st.just("<br>"), st.just("</div>"), _json_values.map(_json_ld))
html_body = _element(["div", "p", "a", "article", "main", "section", "h1", "h2", "nav", "footer", "time",
                      "span", "ul", "li", "header", "aside", "figure", "script", "style", "table", "td"],
                     _html_leaves)

pages = st.builds(
    lambda doctype, lang, title, metas, ld, body: (
        f"{doctype}<html{lang}><head><title>{title}</title>{metas}{ld}</head><body>{body}</body></html>"),
    st.sampled_from(["", "<!DOCTYPE html>", "<?xml version='1.0'?>"]),
    st.one_of(st.just(""), inline_text.map(lambda v: f' lang="{v}"')),
    inline_text,
    st.lists(st.builds(lambda p, c: f'<meta property="{p}" content="{c}">',
                       st.sampled_from(["og:title", "og:site_name", "article:published_time", "og:locale"]),
                       st.one_of(inline_text, dates)), max_size=3).map("".join),
    st.lists(_json_values.map(_json_ld), max_size=2).map("".join),
    html_body,
)

_feed_leaves = st.one_of(inline_text, references, st.just("<![CDATA[<p>x</p>]]>"))
_item_fields = st.lists(st.builds(
    lambda tag, text: f"<{tag}>{text}</{tag}>",
    st.sampled_from(["title", "link", "description", "pubDate", "guid", "summary", "updated", "content:encoded",
                     "dc:date", "published", "id"]),
    st.one_of(_feed_leaves, urls, dates, _element(["x", "p", "a", "title"], _feed_leaves))), max_size=6).map("".join)
feeds = st.one_of(
    st.builds(lambda title, items: f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
                                   + "".join(f"<item>{i}</item>" for i in items) + "</channel></rss>",
              inline_text, st.lists(_item_fields, max_size=4)),
    st.builds(lambda title, items: f'<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">{title}</title>'
                                   + "".join(f"<entry>{i}<link href=\"{u}\"/></entry>" for i, u in items) + "</feed>",
              inline_text, st.lists(st.tuples(_item_fields, urls), max_size=4)),
)


def encoded(markup: st.SearchStrategy[str]) -> st.SearchStrategy[bytes | str]:
    """Return the markup as text (lone surrogates and all) or as bytes in an encoding a server might use."""
    return st.one_of(
        markup,
        st.builds(lambda m, codec: m.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace"),
                  markup, st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"])),
    )


def mutated(markup: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Return markup as UTF-8 bytes with a slice cut out or replaced by random bytes: a torn download."""
    return st.builds(
        lambda m, start, length, junk: m[:start] + junk + m[start + length:],
        markup.map(lambda m: m.encode("utf-8", "surrogatepass")),
        st.integers(0, 2000), st.integers(0, 50), st.binary(max_size=20),
    )
