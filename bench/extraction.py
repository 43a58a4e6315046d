"""Benchmark extract_article on the shared corpora of real pages (optionally against others).

    python bench/extraction.py [CORPUS_DIR ...] [--corpus DIR ...] [--compare] [--worst N] [--limit N] [--by-site N]

Without CORPUS_DIR or --corpus it runs ../shared/corpora/scrapinghub and ../shared/corpora/readability.

--corpus DIR reads every folder under DIR (DIR included) that holds a scrapinghub-layout
ground-truth.json ({key: {"url", "articleBody"}}) beside html/{key}.html.gz and scores all
of DIR's pages pooled, with a line per folder under the table. The development corpora are kept outside the
repository, never committed. How they were taken, for /work/corpora-dev/{dev,heldout}:
the `fetch` tool's snapshot of github.com/j-szulc/html-cleaning-dataset-merged, commit
46e01a04b47051838a228bf23631430b2c9de375, folders cleaneval-final (CleanEval final set;
gold text with its <p>/<h>/<l> marks removed), dragnet_data (Dragnet; gold text before
the comments separator), page-signal-master (L3S-GN1; gold = the spans marked x-nc-sel2,
"full text") and CleanPortalEval-master (gold like CleanEval); each folder's input/{key}.html
is the page. Its readability folder is left out (the shared readability corpus holds it),
and so are pages whose gold text has fewer than 10 words. Split by page, not by site:
sha1("dataset/key")[0] % 3 == 0 is development (tuned on), the rest is held out (scored,
its failures never read while tuning). bench/build_dev_corpus.py is that recipe as code.
Lost pages come back with one command: `python bench/restore_dev_pages.py --mirrors /work/.mirror
[--dev-root DIR] --articles` reads each related set's page from the public repository (or wheel) that
bench/dev_pages.json names, at its commit, checks its sha256 and writes it under --dev-root; --articles
also rebuilds dev/ and heldout/ with bench/build_dev_corpus.py; it lists the `fetch` calls still needed.
--related scores the related headlines on the pages of bench/related_truth.json (shared-corpus pages
annotated with the story's own related block, or none; how, in its "_about"; measured, and studied page by
page for the classes of the rules since 2026-11-30),
then on those of bench/related_dev_truth.json (development pages kept outside the repository, under
--dev-root, default /work/corpora-dev; skipped, saying so, when they are absent): precision over all
headlines given, recall, the pages without such a block given none, the precision of the first
headlines, as many as a digest shows (render_html's max_related), and the milliseconds per page spent finding
them (extract_article's related step, timed in place). Last, bench/related_heldout_truth.json:
44 pages (also under --dev-root; skipped likewise) that were held out until 2026-11-30 and are development
pages since (a fresh held-out set judges the rules now): the bench labels them "former held-out (44), now
development", prints their two halves ("validation", "final") as aggregate lines, and their per-page lines
with --related-pages. Related links are compared without scheme, "www.", fragment, trailing slash or the
whitespace an href may carry around its address (a browser strips it).
Then the later sets gathered the same way (bench/related_heldout2_truth.json ... related_heldout17_truth.json,
pages under --dev-root/related-heldout2 ... 17, truths written before any run; how each was made is in its "_about").
A set still held out prints its aggregate line only, never a page's, so that nobody tunes on it by reading it; a
set that has judged a round and was then studied page by page is labelled development and prints its pages with
--related-pages. RELATED_SETS says which is which.
--by-site N adds a line per site (the page URL's host, "www." dropped) with N pages or more, for each
extractor, then one for all other sites together.
How pages are scored is bench/scoring.py's docstring. trafilatura is timed on extract(), its
fastest call; its title and date come from bare_extraction() outside the timing, and since it
gives dates without times its published accuracy compares days. With --compare the extractors
take turns page by page, so the machine's load weighs on all alike.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

# Run as a script, Python puts bench/ on the path, not the repository that holds it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scoring import (  # noqa: E402
    CORPORA,
    Contender,
    Page,
    Result,
    Scores,
    html_text,
    load_corpus,
    ours,
    score_all,
    table,
)
from bot.news.article.dates import parse_iso  # noqa: E402


def trafilatura_extractor() -> Callable[[Page], Result]:
    """Return a runner for trafilatura's extract(), its fastest call, the one that is timed."""
    import trafilatura

    def run(page: Page) -> Result:
        text = trafilatura.extract(page.html, url=page.url, include_comments=False)
        return Result(text or "", date_only=True)

    return run


def trafilatura_metadata(page: Page, result: Result) -> Result:
    """Return result with trafilatura's title and date, read outside the timed call."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, include_comments=False, with_metadata=True)
    if doc is None:
        return result
    date = getattr(doc, "date", None)
    return Result(result.body, getattr(doc, "title", None), parse_iso(date) if date else None, date_only=True)


def readability_extractor() -> Callable[[Page], Result]:
    """Return a runner for readability-lxml (body and title)."""
    from readability import Document

    def run(page: Page) -> Result:
        try:
            doc = Document(page.html, url=page.url)
            return Result(html_text(doc.summary(html_partial=True)), doc.short_title(), has_dates=False)
        except Exception:  # noqa: BLE001 - it gives up on some encodings ("windows-874"): nothing found
            return Result("", has_dates=False)

    return run


def site_of(url: str) -> str:
    """Return the host a page was taken from, without "www.", or "?" when the URL names none."""
    host = urlsplit(url).hostname or "?"
    return host.removeprefix("www.")


def breakdown(rows: list[Scores], part_of: Callable[[str], str] = lambda name: name.rsplit("/", 1)[0]) -> str:
    """Return F1 (precision, recall) per part of a corpus (by default the folder of a pooled one), for each contender."""
    lines = []
    for row in rows:
        parts: dict[str, list[tuple[float, float]]] = {}
        for name, p, r, _ in row.per_page:
            parts.setdefault(part_of(name), []).append((p, r))
        cells = []
        for part, scores in sorted(parts.items()):
            p = sum(s[0] for s in scores) / len(scores)
            r = sum(s[1] for s in scores) / len(scores)
            cells.append(f"{part} {2 * p * r / (p + r or 1):.3f} ({p:.3f}/{r:.3f}, n={len(scores)})")
        lines.append(f"  {row.name}: " + "; ".join(cells))
    return "\n".join(lines)


BENCH = Path(__file__).resolve().parent
RELATED_TRUTH = BENCH / "related_truth.json"  # measured: pages of the shared corpora
RELATED_DEV_TRUTH = BENCH / "related_dev_truth.json"  # tuned on: pages kept outside the repository
RELATED_HELDOUT_TRUTH = BENCH / "related_heldout_truth.json"  # held out until 2026-11-30, development since
# The later sets: (truth file, label, still held out). A held-out set prints its aggregate only.
RELATED_SETS = [
    (BENCH / "related_heldout2_truth.json", "second set, development since it judged a round on 2026-11-30", False),
    (BENCH / "related_heldout3_truth.json", "third set, development since it judged (0.963) and was opened on 2026-11-30, second stop", False),
    (BENCH / "related_heldout4_truth.json", "fourth set, development since it judged a round on 2026-11-30", False),
    (BENCH / "related_heldout5_truth.json", "fifth set, development since it was opened on 2026-11-30 (0.842 then)", False),
    (BENCH / "related_heldout6_truth.json", "sixth set, development since it judged (0.632) and was opened on 2026-11-30, second stop", False),
    (BENCH / "related_heldout7_truth.json", "seventh set, development since it judged (0.350) and was opened on 2026-11-30, second stop", False),
    (BENCH / "related_heldout8_truth.json", "eighth set, development since it judged (0.644) and was opened on 2026-11-30, third stop", False),
    (BENCH / "related_heldout9_truth.json", "ninth set, development since it judged (0.316) and was opened on 2026-11-30, third stop", False),
    (BENCH / "related_heldout10_truth.json", "tenth set, development since it judged (0.865) and was opened on 2026-11-30, fourth stop", False),
    (BENCH / "related_heldout11_truth.json", "eleventh set, development since it judged (0.560) and was opened on 2026-11-30, fourth stop", False),
    (BENCH / "related_heldout12_truth.json", "twelfth set, development since it judged (1.000, 15/15) and was opened on 2026-11-30, fifth stop", False),
    (BENCH / "related_heldout13_truth.json", "thirteenth set, development since it judged (0.667, 24/36) and was opened on 2026-11-30, fifth stop", False),
    (BENCH / "related_heldout14_truth.json", "fourteenth set, development since it judged (0.667 at the stop's start, 0.684 then) and was opened on 2026-11-30, fifth stop", False),
    (BENCH / "related_heldout15_truth.json", "fifteenth set, development since it judged (0.759, 22/29) and was opened on 2026-11-30, fifth stop", False),
    (BENCH / "related_heldout16_truth.json", "sixteenth set, development since it judged (0.700 at the stop's start, 0.920 then) and was opened on 2026-11-30, fifth stop", False),
    (BENCH / "related_heldout17_truth.json", "seventeenth set, development since it judged (0.000, 0/1) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout19_truth.json", "nineteenth set, development since it judged (0.515, 17/33) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout18_truth.json", "eighteenth set, development since it judged (1.000, 41/41 at the stop's start, 43/43 then) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout20_truth.json", "twentieth set, development since it judged (1.000, 31/31) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout21_truth.json", "twenty-first set, development since it judged (0.967, 29/30) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout22_truth.json", "twenty-second set, development since it judged (0.917, 33/36 at the stop's start, 0.927, 38/41 then) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout23_truth.json", "twenty-third set, development since it judged (0.667, 8/12 at the stop's start, 0.409, 9/22 then) and was opened on 2026-11-30, sixth stop", False),
    (BENCH / "related_heldout24_truth.json", "twenty-fourth set, development since it judged (0.750, 33/44 at the sixth stop's start, 0.771, 37/48 then and at the seventh's start) and was opened on 2026-11-30, seventh stop", False),
    (BENCH / "related_heldout25_truth.json", "twenty-fifth set, development since it judged (0.895, 17/19 at the sixth stop's start, 0.944, 17/18 then and at the seventh's start) and was opened on 2026-11-30, seventh stop", False),
    (BENCH / "related_heldout26_truth.json", "twenty-sixth set, development since it judged (0.968, 30/31) and was opened on 2026-11-30, seventh stop", False),
    (BENCH / "related_heldout27_truth.json", "twenty-seventh set, development since it judged (0.913, 21/23) and was opened on 2026-11-30, seventh stop", False),
    (BENCH / "related_heldout29_truth.json", "twenty-ninth set, development since it judged (0.864, 19/22) and was opened on 2026-12-01, eighth stop", False),
    (BENCH / "related_heldout28_truth.json", "twenty-eighth set, development since it judged (0.977, 42/43 at the seventh stop; 1.000, 42/42 on the pages as restored at the eighth) and was opened on 2026-12-01, eighth stop", False),
    (BENCH / "related_heldout30_truth.json", "thirtieth set, development since it judged (0.960, 24/25) and was opened on 2026-12-01, eighth stop", False),
    (BENCH / "related_heldout31_truth.json", "thirty-first set, development since it judged (0.690, 20/29) and was opened on 2026-12-01, eighth stop", False),
    (BENCH / "related_heldout32_truth.json", "thirty-second set, development since it judged (0.800, 12/15) at the eighth stop's end and the ninth's start and was opened on 2026-12-01, ninth stop", False),
    (BENCH / "related_heldout33_truth.json", "thirty-third set, development since it judged (1.000, 16/16) at the ninth stop's end and the tenth's start and was opened on 2026-12-01, tenth stop", False),
    (BENCH / "related_heldout34_truth.json", "thirty-fourth set, development since it judged (0.900, 9/10) the tenth stop's start and first rules and was opened on 2026-12-01, tenth stop", False),
    (BENCH / "related_heldout35_truth.json", "thirty-fifth set, development since it judged (1.000, 16/16) the tenth stop and the eleventh's start and was opened on 2026-12-01, eleventh stop", False),
    (BENCH / "related_heldout36_truth.json", "thirty-sixth set, development since it judged (1.000, 35/35) the eleventh stop and the twelfth's start and was opened on 2026-12-01, twelfth stop", False),
    (BENCH / "related_heldout37_truth.json", "thirty-seventh set, development since it judged (0.975, 39/40) the eleventh stop and the twelfth's start and was opened on 2026-12-01, twelfth stop", False),
    (BENCH / "related_heldout38_truth.json", "thirty-eighth set, development since it judged (0.647, 11/17) at its arrival on 2026-12-01, eleventh stop, and was opened the same stop", False),
    (BENCH / "related_heldout39_truth.json", "thirty-ninth set, development since it judged (0.750, 12/16) the eleventh stop and the twelfth's start and was opened on 2026-12-01, twelfth stop", False),
    (BENCH / "related_heldout40_truth.json", "fortieth set, development since it judged (0.895, 34/38) at its arrival and was opened on 2026-12-01, twelfth stop", False),
    (BENCH / "related_heldout41_truth.json", "forty-first set, development since it judged (0.690, 20/29) at its arrival and was opened on 2026-12-01, twelfth stop", False),
    (BENCH / "related_heldout42_truth.json", "forty-second set, development since it judged (0.529, 18/34) the twelfth stop and the thirteenth's start and was opened on 2026-12-01, thirteenth stop", False),
    (BENCH / "related_heldout43_truth.json", "forty-third set, development since it judged (0.360, 9/25) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout44_truth.json", "forty-fourth set, development since it judged (0.559, 19/34) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout45_truth.json", "forty-fifth set, development since it judged (0.824, 14/17) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout46_truth.json", "forty-sixth set, development since it judged (1.000, 13/13) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout47_truth.json", "forty-seventh set, development since it judged (0.452, 19/42) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout48_truth.json", "forty-eighth set, development since it judged (1.000, 6/6) at its arrival, the thirteenth stop and the fourteenth's start and was opened on 2026-12-01, fourteenth stop", False),
    (BENCH / "related_heldout49_truth.json", "forty-ninth set, development since it judged (1.000, 9/9) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout50_truth.json", "fiftieth set, development since it judged (0.684, 13/19) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout51_truth.json", "fifty-first set, development since it judged (1.000, 11/11) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout52_truth.json", "fifty-second set, development since it judged (1.000, 13/13) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout53_truth.json", "fifty-third set, development since it judged (0.526, 10/19) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout54_truth.json", "fifty-fourth set, development since it judged (1.000, 30/30) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout55_truth.json", "fifty-fifth set, development since it judged (0.917, 22/24) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout56_truth.json", "fifty-sixth set, development since it judged (0.481, 13/27) at its arrival, the fourteenth stop and the fifteenth's start and was opened on 2026-12-01, fifteenth stop", False),
    (BENCH / "related_heldout57_truth.json", "fifty-seventh set, development since it judged (0.188, 3/16) at its arrival, the fifteenth stop and the sixteenth's start and was opened on 2026-12-02, sixteenth stop", False),
    (BENCH / "related_heldout58_truth.json", "fifty-eighth set, development since it judged (1.000, 13/13) at its arrival, the fifteenth stop and the sixteenth's start and was opened on 2026-12-02, sixteenth stop", False),
    (BENCH / "related_heldout59_truth.json", "fifty-ninth set, development since it judged (0.692, 9/13) at its arrival, the fifteenth stop and the sixteenth's start and was opened on 2026-12-02, sixteenth stop", False),
    (BENCH / "related_heldout60_truth.json", "sixtieth set, development since it judged (0.875, 7/8) at its arrival, the fifteenth stop and the sixteenth's start and was opened on 2026-12-02, sixteenth stop", False),
    (BENCH / "related_heldout61_truth.json", "sixty-first set, development since it judged (0.100, 1/10) at its arrival, the fifteenth stop and the sixteenth's start and was opened on 2026-12-02, sixteenth stop", False),
    (BENCH / "related_heldout62_truth.json", "sixty-second set, development since it judged (1.000, 10/10) at its arrival, the sixteenth stop and the seventeenth's start and was opened on 2026-12-02, seventeenth stop", False),
    (BENCH / "related_heldout63_truth.json", "sixty-third set, development since it judged (0.821, 23/28) at its arrival, the sixteenth stop and the seventeenth's start and was opened on 2026-12-02, seventeenth stop", False),
    (BENCH / "related_heldout64_truth.json", "sixty-fourth set, development since it judged (0.929, 13/14) at its arrival, the sixteenth stop and the seventeenth's start and was opened on 2026-12-02, seventeenth stop", False),
    (BENCH / "related_heldout65_truth.json", "sixty-fifth set, development since it judged (0.929, 26/28) at its arrival, the sixteenth stop and the seventeenth's start and was opened on 2026-12-02, seventeenth stop", False),
    (BENCH / "related_heldout66_truth.json", "sixty-sixth set, development since it judged (1.000, 3/3) at its arrival, the seventeenth stop and the eighteenth's start and was opened on 2026-12-02, eighteenth stop", False),
    (BENCH / "related_heldout67_truth.json", "sixty-seventh set, development since it judged (0.933, 14/15) at its arrival, the seventeenth stop and the eighteenth's start and was opened on 2026-12-02, eighteenth stop", False),
    (BENCH / "related_heldout68_truth.json", "sixty-eighth set, development since it judged (0.385, 5/13) at its arrival, the seventeenth stop and the eighteenth's start and was opened on 2026-12-02, eighteenth stop", False),
    (BENCH / "related_heldout69_truth.json", "sixty-ninth set, development since it judged (1.000, 4/4) at its arrival, the eighteenth stop and the nineteenth's start and was opened on 2026-12-02, nineteenth stop", False),
    (BENCH / "related_heldout70_truth.json", "seventieth set, development since it judged (0.412, 7/17) at its arrival, the eighteenth stop and the nineteenth's start and was opened on 2026-12-02, nineteenth stop", False),
    (BENCH / "related_heldout71_truth.json", "seventy-first set, development since it judged (1.000, 3/3) at its arrival, the nineteenth stop and the twentieth's start and was opened on 2026-12-02, twentieth stop", False),
    (BENCH / "related_heldout72_truth.json", "seventy-second set, development since it judged (1.000, 12/12) at its arrival, the twentieth stop and the twenty-first's start and was opened on 2026-12-02, twenty-first stop", False),
    (BENCH / "related_heldout73_truth.json", "seventy-third set, development since it judged (1.000, 0/0) at its arrival, the twenty-first stop and the twenty-second's start and was opened on 2026-12-02, twenty-second stop", False),
    (BENCH / "related_heldout74_truth.json", "seventy-fourth set, development since it judged (1.000, 8/8) at its arrival, the twenty-second stop and the twenty-third's start and was opened on 2026-12-02, twenty-third stop", False),
    (BENCH / "related_heldout75_truth.json", "seventy-fifth set, development since it judged (1.000, 9/9) at its arrival, the twenty-third stop and the twenty-fourth's start and was opened on 2026-12-03, twenty-fourth stop", False),
    (BENCH / "related_heldout76_truth.json", "seventy-sixth set, development since it judged (1.000, 4/4) at its arrival, the twenty-fourth stop and the twenty-fifth's start and was opened on 2026-12-03, twenty-fifth stop", False),
    (BENCH / "related_heldout77_truth.json", "seventy-seventh set, development since it judged (1.000, 8/8) at its arrival, the twenty-fifth stop and the twenty-sixth's start and was opened on 2026-12-03, twenty-sixth stop", False),
    (BENCH / "related_heldout78_truth.json", "seventy-eighth set, development since it judged (1.000, 7/7) at its arrival, the twenty-sixth stop and the twenty-seventh's start and was opened on 2026-12-03, twenty-seventh stop", False),
    (BENCH / "related_heldout79_truth.json", "seventy-ninth set, development since it judged (1.000, 3/3) at its arrival, the twenty-seventh stop and the twenty-eighth's start and was opened on 2026-12-03, twenty-eighth stop", False),
    (BENCH / "related_heldout80_truth.json", "eightieth set, development since it judged (1.000, 5/5) at its arrival, the twenty-eighth stop and the twenty-ninth's start and was opened on 2026-12-03, twenty-ninth stop", False),
    (BENCH / "related_heldout81_truth.json", "eighty-first set, development since it judged (1.000, 13/13) at its arrival, the twenty-ninth stop and the thirtieth's start and was opened on 2026-12-03, thirtieth stop", False),
    (BENCH / "related_heldout82_truth.json", "eighty-second set, development since it judged (1.000, 15/15) at its arrival, the thirtieth stop and the thirty-first's start and was opened on 2026-12-03, thirty-first stop", False),
    (BENCH / "related_heldout83_truth.json", "eighty-third set, development since it judged (0.750, 6/8) at its arrival, the thirty-first stop and the thirty-second's start and was opened on 2026-12-04, thirty-second stop", False),
    (BENCH / "related_heldout84_truth.json", "eighty-fourth set, development since it judged (1.000, 23/23) at its arrival, the thirty-second stop and the thirty-third's start and was opened on 2026-12-04, thirty-third stop", False),
    (BENCH / "related_heldout85_truth.json", "eighty-fifth set, development since it judged (1.000, 7/7) at its arrival, the thirty-third stop and the thirty-fourth's start and was opened on 2026-12-04, thirty-fourth stop", False),
    (BENCH / "related_heldout86_truth.json", "eighty-sixth set, development since it judged (1.000, 13/13) at its arrival, the thirty-fourth stop and the thirty-fifth's start and was opened on 2026-12-04, thirty-fifth stop", False),
    (BENCH / "related_heldout87_truth.json", "eighty-seventh set, development since it judged (1.000, 12/12) at its arrival, the thirty-fifth stop and the thirty-sixth's start and was opened on 2026-12-04, thirty-sixth stop", False),
    (BENCH / "related_heldout88_truth.json", "eighty-eighth set, development since it judged (1.000, 6/6) at its arrival, the thirty-sixth stop and the thirty-seventh's start and was opened on 2026-12-04, thirty-seventh stop", False),
    (BENCH / "related_heldout89_truth.json", "eighty-ninth set, development since it judged (1.000, 10/10) at its arrival, the thirty-seventh stop and the thirty-eighth's start and was opened on 2026-12-04, thirty-eighth stop", False),
    (BENCH / "related_heldout90_truth.json", "ninetieth set, development since it judged (1.000, 26/26) at its arrival, the thirty-eighth stop and the thirty-ninth's start and was opened on 2026-12-05, thirty-ninth stop", False),
    (BENCH / "related_heldout91_truth.json", "ninety-first set, development since it judged (1.000 (15/15) | 0.417 (15/36) | 8 of 8 | 1.000 (14/14)) at its arrival, the thirty-ninth stop and the fortieth's start and was opened on 2026-12-05, fortieth stop", False),
    (BENCH / "related_heldout92_truth.json", "ninety-second set, development since it judged (1.000 (24/24) | 0.686 (24/35) | 8 of 8 | 1.000 (18/18)) at its arrival, the fortieth stop and the forty-first's start and was opened on 2026-12-05, forty-first stop", False),
    (BENCH / "related_heldout93_truth.json", "held out, ninety-third set (gathered at the forty-first stop, 2026-12-05)", True),
]
DEV_ROOT = Path("/work/corpora-dev")


def _related_key(url: str) -> str:
    """Return a URL as related links are compared: no scheme, "www.", fragment or trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def _related_page(root: Path, key: str) -> Path:
    """Return the file of an annotated page: a path under root, or a shared corpus's page by its name."""
    corpus, name = key.split("/", 1)
    if corpus == "readability" and not name.count("/"):
        return root / "readability" / "pages" / name / "source.html"
    if corpus == "scrapinghub" and not name.count("/"):
        return root / "scrapinghub" / "html" / f"{name}.html.gz"
    return root / key


def _annotated_count(truth_file: Path) -> int:
    """Return how many pages truth_file annotates (its keys but "_about")."""
    import json

    return sum(1 for key in json.loads(truth_file.read_text(encoding="utf-8")) if not key.startswith("_"))


def related_table(truth_file: Path, root: Path, per_page: bool = True, kind: str = "", part: str = "") -> str:
    """Return the related-headline scores of extract_article on the pages annotated in truth_file.

    Without per_page only the aggregate line is given; `part` keeps only the pages of that part ("validation" or
    "final" of the former held-out set). The last column is the time spent finding the related headlines.
    """
    import gzip
    import inspect
    import json
    import time

    from bot.news.article import extract as extract_module
    from bot.news.article import extract_article
    from bot.news.digest import render_html

    spent = [0.0]
    find_related = extract_module._related

    def timed_related(*args: Any) -> Any:
        """Return the related headlines as extract_article finds them, adding the time taken to spent."""
        start = time.perf_counter()
        try:
            return find_related(*args)
        finally:
            spent[0] += time.perf_counter() - start

    truth = {key: item for key, item in json.loads(truth_file.read_text(encoding="utf-8")).items()
             if not key.startswith("_") and (not part or item.get("part") == part)}
    title = f"## related headlines{kind}: {truth_file.name} ({len(truth)} annotated pages under {root})"
    files = {key: _related_page(root, key) for key in truth}
    missing = [key for key, path in files.items() if not path.is_file()]
    if missing:
        # The pages are kept outside the repository: without them there is nothing to score.
        return (f"{title}\nskipped: {len(missing)} of {len(truth)} pages are absent (first: {files[missing[0]]}); "
                "they are kept outside the repository (--dev-root names their folder)")
    # A digest shows the first few related headlines (render_html's max_related): their precision too.
    shown_count = inspect.signature(render_html).parameters["max_related"].default
    given = right = expected = found = shown_given = shown_right = 0
    quiet = quiet_right = 0
    lines = []
    for key, item in truth.items():
        html = files[key].read_bytes()
        if files[key].name.endswith(".gz"):
            html = gzip.decompress(html)
        wanted = {_related_key(url) for url in item["related"]}
        extract_module._related = timed_related  # type: ignore[assignment]  # timed in place, restored below
        try:
            got = [_related_key(h.url) for h in extract_article(html, item["url"]).related]
        finally:
            extract_module._related = find_related  # type: ignore[assignment]
        hits = sum(1 for url in got if url in wanted)
        given, right = given + len(got), right + hits
        shown_given += len(got[:shown_count])
        shown_right += sum(1 for url in got[:shown_count] if url in wanted)
        expected, found = expected + len(wanted), found + len(wanted & set(got))
        if not wanted:
            quiet, quiet_right = quiet + 1, quiet_right + (not got)
        name = key if len(key) <= 40 else f"{key[:12]}...{key[-25:]}"
        lines.append(f"  {name:40} block={len(wanted):2} given={len(got):2} right={hits:2}")
    precision = right / given if given else 1.0
    recall = found / expected if expected else 1.0
    shown_precision = shown_right / shown_given if shown_given else 1.0
    return "\n".join([
        f"{title}, {len(truth) - quiet} with a related block",
        f"| extractor | related precision | related recall | pages without a block given none "
        f"| precision of the {shown_count} a digest shows | ms per page finding them |",
        "|---|---|---|---|---|---|",
        f"| extract_article | {precision:.3f} ({right}/{given}) | {recall:.3f} ({found}/{expected}) | {quiet_right} of {quiet} "
        f"| {shown_precision:.3f} ({shown_right}/{shown_given}) | {1000 * spent[0] / max(len(truth), 1):.1f} |",
        *(lines if per_page else []),
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table per corpus. Returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: both shared corpora)")
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="a folder of scrapinghub-layout corpora, each scored, then pooled (repeatable)")
    parser.add_argument("--compare", action="store_true", help="also run trafilatura and readability-lxml")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    parser.add_argument("--by-site", type=int, default=0, metavar="N", help="a line per site with N pages or more")
    parser.add_argument("--related", action="store_true",
                        help="score related headlines on bench/related_truth.json, bench/related_dev_truth.json "
                             "bench/related_heldout_truth.json and the later sets (RELATED_SETS; held-out ones: aggregate only)")
    parser.add_argument("--related-pages", action="store_true",
                        help="with --related, also a line per page of the sets that are development now")
    parser.add_argument("--dev-root", type=Path, default=DEV_ROOT,
                        help=f"the folder the dev and held-out related pages are under (default {DEV_ROOT})")
    args = parser.parse_args(argv)
    if args.related:
        print(related_table(RELATED_TRUTH, CORPORA))
        print()
        print(related_table(RELATED_DEV_TRUTH, args.dev_root))
        print()
        print("former held-out (44), now development: its two halves' aggregates, then "
              + ("its pages" if args.related_pages else "no page's line (--related-pages prints them)"))
        for part in ("validation", "final"):
            print()
            print(related_table(RELATED_HELDOUT_TRUTH, args.dev_root, per_page=False, part=part,
                                kind=f" (former held-out, {part} half)"))
        if args.related_pages:
            print()
            print(related_table(RELATED_HELDOUT_TRUTH, args.dev_root, kind=" (former held-out, all pages)"))
        for truth, label, held_out in RELATED_SETS:
            if truth.exists():
                print()
                print(related_table(truth, args.dev_root, per_page=args.related_pages and not held_out,
                                    kind=f" ({label} ({_annotated_count(truth)}){', aggregate only' if held_out else ''})"))
        return 0
    runs: list[tuple[str, list[Page]]] = []
    folders = args.corpora or ([] if args.corpus else [CORPORA / "scrapinghub", CORPORA / "readability"])
    for folder in folders + args.corpus:
        if not folder.exists():
            print(f"corpus not found: {folder}", file=sys.stderr)
            return 2
    for folder in folders:
        runs.append((folder.name, load_corpus(folder)))
    for root in args.corpus:
        pooled: list[Page] = []
        for truth in sorted(root.rglob("ground-truth.json")):
            part = str(truth.parent.relative_to(root))
            for page in load_corpus(truth.parent):
                page.name = f"{part}/{page.name}"
                pooled.append(page)
        runs.append((root.name, pooled))
    for name, pages in runs:
        if args.limit:
            pages = pages[:args.limit]
        contenders = [Contender("extract_article", ours)]
        if args.compare:
            contenders += [Contender("trafilatura", trafilatura_extractor(), trafilatura_metadata),
                           Contender("readability-lxml", readability_extractor())]
        rows = score_all(pages, contenders)
        print(table(name, len(pages), rows))
        if args.compare:
            traf = rows[1].ms_per_page
            print(f"time ratio extract_article / trafilatura: {rows[0].ms_per_page / traf:.2f}x")
        if any("/" in page.name for page in pages):
            print(breakdown(rows))
        if args.by_site:
            sites = {page.name: site_of(page.url) for page in pages}
            counts = Counter(sites.values())
            print(breakdown(rows, lambda name: sites[name] if counts[sites[name]] >= args.by_site
                            else f"(other sites, fewer than {args.by_site} pages each)"))
        if args.worst:
            worst = sorted(rows[0].per_page, key=lambda x: (2 * x[1] * x[2] / (x[1] + x[2] or 1)))
            for name, p, r, lp in worst[:args.worst]:
                print(f"  {name} P={p:.2f} R={r:.2f} lead={lp:.2f}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
