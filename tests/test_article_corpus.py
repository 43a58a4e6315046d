"""Quality floor of extract_article on the shared corpora of real pages (benchmark in bench/)."""

from __future__ import annotations

import pytest

from bench import scoring
from bench.scoring import CORPORA, Scores  # CORPORA: beside the repo, as CI clones it
from bot.news.article import extract_article

if not (CORPORA / "scrapinghub" / "ground-truth.json").exists() or not (CORPORA / "readability" / "pages").is_dir():
    pytest.skip(f"shared corpora not found at {CORPORA} (they live beside the repo: ../shared/corpora)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def scrapinghub() -> Scores:
    pages = scoring.load_corpus(CORPORA / "scrapinghub")
    return scoring.score("extract_article", pages, scoring.ours)


@pytest.fixture(scope="module")
def readability() -> Scores:
    pages = scoring.load_corpus(CORPORA / "readability")
    return scoring.score("extract_article", pages, scoring.ours)


def test_scrapinghub_body_f1_stays_above_floor(scrapinghub: Scores) -> None:
    assert scrapinghub.f1 >= 0.95, scoring.table("scrapinghub", len(scrapinghub.per_page), [scrapinghub])


def test_scrapinghub_lead_precision_stays_above_floor(scrapinghub: Scores) -> None:
    assert scrapinghub.lead_precision >= 0.93, scoring.table("scrapinghub", len(scrapinghub.per_page), [scrapinghub])


def test_readability_lead_precision_stays_above_floor(readability: Scores) -> None:
    assert readability.lead_precision >= 0.93


def test_readability_body_f1_stays_above_floor(readability: Scores) -> None:
    # Lower than scrapinghub's floor: Readability.js's expected bodies keep captions,
    # tables of contents and navigation boxes that a digest leaves out.
    assert readability.f1 >= 0.90


def test_readability_titles_match_metadata(readability: Scores) -> None:
    assert readability.title_accuracy is not None and readability.title_accuracy >= 0.95


def test_readability_published_times_match_metadata(readability: Scores) -> None:
    assert readability.published_accuracy is not None and readability.published_accuracy >= 0.90


def test_real_related_block_gives_absolute_headlines_of_the_story() -> None:
    html = (CORPORA / "readability" / "pages" / "liberation-1" / "source.html").read_bytes()
    article = extract_article(html, "http://fakehost/test/page.html")
    assert article.language == "fr"
    assert len(article.related) >= 2
    assert all(h.url.startswith("http://fakehost/") and len(h.title.split()) >= 3 for h in article.related)
    # the block sits after the story: none of its headlines is the page's own title
    assert all(h.title != article.title for h in article.related)


def test_french_page_lead_has_no_stamp_or_byline() -> None:
    html = (CORPORA / "readability" / "pages" / "lemonde-1" / "source.html").read_bytes()
    article = extract_article(html, "http://fakehost/test/page.html")
    # the signature line above the story ("Site | date • Mis à jour ... | Par ...") is no lead
    assert "|" not in article.lead and "Mis à jour" not in article.lead
    assert article.lead.endswith(".")
    assert article.published is not None and article.published.utcoffset() is not None
