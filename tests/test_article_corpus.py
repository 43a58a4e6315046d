"""Quality floor of extract_article on the shared corpora of real pages (benchmark in bench/)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# CI clones the repo with a copy of shared/ beside it: always resolve from the repo's parent.
CORPORA = REPO.parent / "shared" / "corpora"

if not (CORPORA / "scrapinghub" / "ground-truth.json").exists() or not (CORPORA / "readability" / "pages").is_dir():
    pytest.skip(f"shared corpora not found at {CORPORA} (they live beside the repo: ../shared/corpora)",
                allow_module_level=True)


def _bench() -> ModuleType:
    """Return bench/extraction.py as a module, so the test scores exactly as the benchmark does."""
    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "bench" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _bench()


@pytest.fixture(scope="module")
def scrapinghub() -> Any:
    pages = bench.load_corpus(CORPORA / "scrapinghub")
    return bench.score("extract_article", pages, bench.ours)


@pytest.fixture(scope="module")
def readability() -> Any:
    pages = bench.load_corpus(CORPORA / "readability")
    return bench.score("extract_article", pages, bench.ours)


def test_scrapinghub_body_f1_stays_above_floor(scrapinghub: Any) -> None:
    assert scrapinghub.f1 >= 0.95, bench.table("scrapinghub", len(scrapinghub.per_page), [scrapinghub])


def test_scrapinghub_lead_precision_stays_above_floor(scrapinghub: Any) -> None:
    assert scrapinghub.lead_precision >= 0.93, bench.table("scrapinghub", len(scrapinghub.per_page), [scrapinghub])


def test_readability_lead_precision_stays_above_floor(readability: Any) -> None:
    assert readability.lead_precision >= 0.93


def test_readability_body_f1_stays_above_floor(readability: Any) -> None:
    # Lower than scrapinghub's floor: Readability.js's expected bodies keep captions,
    # tables of contents and navigation boxes that a digest leaves out.
    assert readability.f1 >= 0.90


def test_readability_titles_match_metadata(readability: Any) -> None:
    assert readability.title_accuracy is not None and readability.title_accuracy >= 0.95


def test_readability_published_times_match_metadata(readability: Any) -> None:
    assert readability.published_accuracy is not None and readability.published_accuracy >= 0.90


def test_real_related_block_gives_absolute_headlines_of_the_story() -> None:
    html = (CORPORA / "readability" / "pages" / "liberation-1" / "source.html").read_bytes()
    article = bench.extract_article(html, "http://fakehost/test/page.html")
    assert article.language == "fr"
    assert len(article.related) >= 2
    assert all(h.url.startswith("http://fakehost/") and len(h.title.split()) >= 3 for h in article.related)
    # the block sits after the story: none of its headlines is the page's own title
    assert all(h.title != article.title for h in article.related)


def test_french_page_lead_has_no_stamp_or_byline() -> None:
    html = (CORPORA / "readability" / "pages" / "lemonde-1" / "source.html").read_bytes()
    article = bench.extract_article(html, "http://fakehost/test/page.html")
    # the signature line above the story ("Site | date • Mis à jour ... | Par ...") is no lead
    assert "|" not in article.lead and "Mis à jour" not in article.lead
    assert article.lead.endswith(".")
    assert article.published is not None and article.published.utcoffset() is not None
