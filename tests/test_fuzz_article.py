"""Fuzzing extract_article: whatever a page holds, an Article whose text UTF-8 can write; it never raises."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given
from hypothesis import strategies as st

from bot.models import Article
from bot.parsing import read_article
from tests.auxil.fuzz import FUZZ, FUZZ_MARKS, encoded, mutated, pages, urls

pytestmark = FUZZ_MARKS
ARTICLE_URL = "https://example.org/monde/2024/03/05/une-longue-histoire-du-jour_123456.html"


@FUZZ
@given(content=encoded(pages), url=st.one_of(st.just(ARTICLE_URL), urls))
def test_any_page_is_an_article_that_utf8_can_write(content: bytes | str, url: str) -> None:
    article = read_article(content, url)
    assert isinstance(article, Article)
    json.dumps(dataclasses.asdict(article), ensure_ascii=False, default=str).encode("utf-8")


@FUZZ
@given(content=st.one_of(mutated(pages), st.binary(max_size=300)))
def test_any_torn_page_is_an_article(content: bytes) -> None:
    assert isinstance(read_article(content, ARTICLE_URL), Article)
