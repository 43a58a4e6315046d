"""The one vocabulary of non-story markup, and the subsets the listing and the article read."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from bot.news import markup
from bot.news.markup import (
    AD_WORDS,
    CHROME_LABELS,
    CHROME_WORDS,
    NAVIGATION_WORDS,
    NEGATIVE_WORDS,
    RELATED_HEADINGS,
    RELATED_WORDS,
    SITEWIDE_MARKS,
    STRONG_CHROME_WORDS,
    marks,
    pick,
    pick_labels,
    says_navigation,
)


def _tag(attrs: str, *, multi_valued: bool = True) -> Tag:
    options = {} if multi_valued else {"multi_valued_attributes": None}
    tag = BeautifulSoup(f"<div {attrs}>x</div>", "lxml", **options).div
    assert isinstance(tag, Tag)
    return tag


def test_a_subset_may_only_pick_words_of_the_vocabulary() -> None:
    assert pick("share nav") == ("share", "nav")
    with pytest.raises(ValueError, match="frobnicator"):
        pick("share frobnicator")
    with pytest.raises(ValueError):
        pick_labels("lorem ipsum")


def test_every_word_has_one_kind() -> None:
    words = [word for kind in markup.VOCABULARY.values() for word in kind]
    assert len(words) == len(set(words))


@pytest.mark.parametrize("cls", ["share-bar", "social", "breadcrumbs"])
def test_listing_and_article_agree_that_share_bars_and_breadcrumbs_are_chrome(cls: str) -> None:
    assert says_navigation(_tag(f'class="{cls}"'))  # a listing's link in it is no headline
    assert STRONG_CHROME_WORDS.search(cls)  # an article drops it whatever its size
    assert NAVIGATION_WORDS.search(cls)  # its links are no related headlines


@pytest.mark.parametrize("cls", ["main-nav", "site-footer", "mainMenu", "pagination"])
def test_navigation_is_chrome_to_the_listing_and_to_the_article(cls: str) -> None:
    assert says_navigation(_tag(f'class="{cls}"'))
    assert CHROME_WORDS.search(cls.replace("M", "-m"))


def test_words_inside_other_words_are_not_chrome() -> None:
    # "nav" in "unavailable", "social" in a French "sociale" section, "share" in a heading's slug
    assert not says_navigation(_tag('class="unavailable sociale"'))
    assert not CHROME_WORDS.search("unavailable sociale")


def test_roles_name_navigation_for_the_listing() -> None:
    assert says_navigation(_tag('role="navigation"'))
    assert not says_navigation(_tag('role="main"'))


def test_each_reader_keeps_its_own_matching() -> None:
    # Readability's weights read substrings ("footnote", "comment-list"); the chrome finder whole words.
    assert NEGATIVE_WORDS.search("page-footnotes") and not CHROME_WORDS.search("page-footnotes")
    assert AD_WORDS.search("taboola-feed") and AD_WORDS.search("ads") and not AD_WORDS.search("uploads")


def test_related_boxes_are_named_in_classes_and_titled_in_many_languages() -> None:
    assert RELATED_WORDS.search("o-read-also-block")
    # CMSs join a class's words with a hyphen, an underscore or nothing.
    assert RELATED_WORDS.search("bloc_base meme_sujet") and RELATED_WORDS.search("read_also")
    assert RELATED_WORDS.search("moreStories") and not RELATED_WORDS.search("meme sujet")
    for heading in ("Sur le même sujet", "À lire aussi", "Read more", "Leggi anche", "Читайте также", "相关新闻"):
        assert RELATED_HEADINGS.search(heading), heading


def test_chrome_labels_start_a_block() -> None:
    assert CHROME_LABELS.search("Publicité")
    assert CHROME_LABELS.search("— Lire aussi : la suite")
    assert not CHROME_LABELS.search("Le maire a refusé de partager le budget.")


def test_marks_reads_class_as_a_string_or_a_list() -> None:
    assert marks(_tag('class="a b" id="c"')) == "a b c"
    assert marks(_tag('class="a b" id="c"', multi_valued=False)) == "a b c"
    assert marks(_tag("")) == ""


def test_sitewide_boxes_are_named_in_classes_in_several_languages() -> None:
    for mark in ("mostRead", "box-meistgelesen", "mest-lest", "bloc_plus_lus", "article-ranking"):
        assert SITEWIDE_MARKS.search(mark), mark
    assert not SITEWIDE_MARKS.search("related-links")
