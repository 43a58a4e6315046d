"""Scoring extractors on the shared corpora: loading pages, comparing bodies, titles and times.

Scoring (the scrapinghub benchmark's): tokens are \\w+ runs; per page the 4-gram shingles of
the extracted body are matched with multiplicity against the true body's; precision and recall
are averaged over pages and F1 is taken from the two averages. Lead precision is the share of
4-grams among the first 60 extracted tokens that occur in the true body; "digest lead P" is the
same share for the 60 first tokens of the lead a digest shows (build_digest's default length).
Contenders take turns page by page, so the machine's load weighs on all alike.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from bot.news.article import extract_article
from bot.news.article.dates import parse_iso
from bot.news.article.lead import lead_of

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
READABILITY_URL = "http://fakehost/test/page.html"  # the URL Readability.js's tests use
# Readability.js expects titles with the site's name ("... | eHow", "..._光明网"); a digest shows
# them without, so those pages' titles are annotated by hand here.
READABILITY_TITLES: dict[str, str] = json.loads((REPO / "bench" / "readability_titles.json").read_text(encoding="utf-8"))
LEAD_TOKENS = 60
_WORD = re.compile(r"\w+")


@dataclass
class Page:
    """One corpus page with its ground truth."""

    name: str
    url: str
    html: bytes
    body: str
    title: str | None = None
    published: str | None = None


@dataclass
class Result:
    """What one extractor returned for one page."""

    body: str
    title: str | None = None
    published: datetime | None = None
    date_only: bool = False  # the extractor gives days, not times: compare days
    has_dates: bool = True
    lead: str | None = None  # the digest's lead, for extractors that make one


@dataclass
class Scores:
    """One extractor's figures over one corpus."""

    name: str
    precision: float = 0.0
    recall: float = 0.0
    lead_precision: float = 0.0
    digest_lead_precision: float | None = None
    title_accuracy: float | None = None
    title_pages: int = 0
    published_accuracy: float | None = None
    published_pages: int = 0
    ms_per_page: float = 0.0
    per_page: list[tuple[str, float, float, float]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Return F1 from the averaged precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokens(text: str) -> list[str]:
    """Return the \\w+ runs of a text."""
    return _WORD.findall(text or "")


def shingles(words: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the n-gram shingles of a token list, with multiplicity."""
    return Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0)))


def page_scores(extracted: str, truth: str) -> tuple[float, float, float]:
    """Return (precision, recall, lead precision) of an extracted body against the true one."""
    true_words = tokens(truth)
    got_words = tokens(extracted)
    true_sh = shingles(true_words)
    got_sh = shingles(got_words)
    tp = sum((true_sh & got_sh).values())
    fp = sum(got_sh.values()) - tp
    fn = sum(true_sh.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (1.0 if not true_sh else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    lead = shingles(got_words[:LEAD_TOKENS])
    if lead:
        lead_precision = sum(c for s, c in lead.items() if s in true_sh) / sum(lead.values())
    else:
        lead_precision = 1.0 if not true_sh else 0.0
    return precision, recall, lead_precision


def normalize_title(text: str) -> str:
    """Return a title reduced for comparison: NFKC, case-folded words."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def same_time(expected: str, got: datetime | None, date_only: bool = False) -> bool:
    """Return whether an extracted time matches the expected stamp (to the minute, or the day)."""
    want = parse_iso(expected)
    if want is None or got is None:
        return False
    if date_only or re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected.strip()):
        return want.date() == got.date()
    if want.tzinfo is not None and got.tzinfo is not None:
        return abs((want - got).total_seconds()) < 60
    # One side has no zone: the wall-clock time is all that can be compared.
    return want.replace(tzinfo=None, second=0, microsecond=0) == got.replace(tzinfo=None, second=0, microsecond=0)


def html_text(html: str) -> str:
    """Return the text of an HTML fragment, blocks separated by spaces."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    return " ".join(" ".join(root.itertext()).split())


def load_corpus(folder: Path) -> list[Page]:
    """Return the pages of a corpus folder (scrapinghub or readability layout); a scrapinghub-layout
    entry may also give the page's "title"."""
    pages: list[Page] = []
    truth_file = folder / "ground-truth.json"
    if truth_file.exists():
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for key in sorted(truth):
            path = folder / "html" / f"{key}.html.gz"
            if path.exists():
                html = gzip.decompress(path.read_bytes())
                pages.append(Page(key, truth[key].get("url", ""), html, truth[key].get("articleBody", ""),
                                  truth[key].get("title") or None))
        return pages
    for page_dir in sorted((folder / "pages").iterdir()):
        source = page_dir / "source.html"
        if not source.exists():
            continue
        meta_file = page_dir / "expected-metadata.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        expected = page_dir / "expected.html"
        body = html_text(expected.read_text(encoding="utf-8")) if expected.exists() else ""
        title = READABILITY_TITLES.get(page_dir.name) or meta.get("title") or None
        pages.append(Page(page_dir.name, READABILITY_URL, source.read_bytes(), body,
                          title, meta.get("publishedTime") or None))
    return pages


def ours(page: Page) -> Result:
    """Return extract_article's body, title and time for a page, and the lead a digest shows."""
    article = extract_article(page.html, page.url)
    lead = lead_of(article.paragraphs, article.lead)
    return Result("\n".join(article.paragraphs), article.title, article.published, lead=lead)


@dataclass
class Contender:
    """An extractor under test: its name, its timed call, and an optional untimed metadata call."""

    name: str
    run: Callable[[Page], Result]
    metadata: Callable[[Page, Result], Result] | None = None


def score_all(pages: list[Page], contenders: list[Contender]) -> list[Scores]:
    """Return each contender's figures over pages; they take turns page by page, so a change
    in the machine's load during the run weighs on all of them alike."""
    results = {c.name: Scores(c.name) for c in contenders}
    sums: dict[str, dict[str, list[float]]] = {
        c.name: {"p": [], "r": [], "lead": [], "title": [], "time": [], "digest": []} for c in contenders
    }
    elapsed = dict.fromkeys(results, 0.0)
    for page in pages:
        for contender in contenders:
            start = time.perf_counter()
            got = contender.run(page)
            elapsed[contender.name] += time.perf_counter() - start
            if contender.metadata is not None and (page.title is not None or page.published):
                got = contender.metadata(page, got)
            acc = sums[contender.name]
            p, r, lp = page_scores(got.body, page.body)
            acc["p"].append(p)
            acc["r"].append(r)
            acc["lead"].append(lp)
            results[contender.name].per_page.append((page.name, p, r, lp))
            if page.title is not None and got.title is not None:
                acc["title"].append(float(normalize_title(page.title) == normalize_title(got.title)))
            if got.lead is not None:
                acc["digest"].append(page_scores(got.lead, page.body)[2])
            if page.published and got.has_dates:
                acc["time"].append(float(same_time(page.published, got.published, got.date_only)))
    count = max(len(pages), 1)
    for name, result in results.items():
        acc = sums[name]
        result.precision = sum(acc["p"]) / count
        result.recall = sum(acc["r"]) / count
        result.lead_precision = sum(acc["lead"]) / count
        if acc["title"]:
            result.title_accuracy, result.title_pages = sum(acc["title"]) / len(acc["title"]), len(acc["title"])
        if acc["time"]:
            result.published_accuracy, result.published_pages = sum(acc["time"]) / len(acc["time"]), len(acc["time"])
        if acc["digest"]:
            result.digest_lead_precision = sum(acc["digest"]) / len(acc["digest"])
        result.ms_per_page = 1000 * elapsed[name] / count
    return [results[c.name] for c in contenders]


def score(name: str, pages: list[Page], extractor: Callable[[Page], Result]) -> Scores:
    """Return one extractor's figures over pages."""
    return score_all(pages, [Contender(name, extractor)])[0]


def table(corpus: str, pages: int, rows: list[Scores]) -> str:
    """Return the figures as a Markdown table."""

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [
        f"## {corpus} ({pages} pages)",
        "| extractor | F1 | precision | recall | lead precision | digest lead P | title acc | published acc | ms/page |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        title = f"{pct(row.title_accuracy)} (n={row.title_pages})" if row.title_accuracy is not None else "-"
        published = (f"{pct(row.published_accuracy)} (n={row.published_pages})"
                     if row.published_accuracy is not None else "-")
        lines.append(f"| {row.name} | {row.f1:.3f} | {row.precision:.3f} | {row.recall:.3f} | "
                     f"{row.lead_precision:.3f} | {pct(row.digest_lead_precision)} | {title} | {published} | "
                     f"{row.ms_per_page:.1f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- front pages
#
# Front pages (../shared/corpora/README.md, section frontpages/): entries are compared with the
# true stories by story key (key_regex's group 1, else the URL without scheme, fragment and
# tracking parameters). Precision = entries (unique keys) that are true stories / entries;
# recall = true stories found / true stories; duplicates = entries whose key repeats an earlier
# one; lead = entry 0 is the true lead; title = the entry's title is the story's headline, for
# truths that give "titles" ({url: headline}).

FRONTPAGES = CORPORA / "frontpages"
_TRACKING = re.compile(r"^(?:utm_\w+|xtor|xtref|hpt|ref|ito|at_\w+|ns_\w+|fbclid|gclid|cmp|cid|src)$", re.I)


@dataclass
class FrontPage:
    """One front page with its truth."""

    name: str
    url: str
    html: bytes
    stories: list[str]
    lead: str
    key_regex: str | None = None
    excluded: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    lang: str = ""
    split: str = "shared"


@dataclass
class ListingScores:
    """One lister's figures over a set of front pages."""

    name: str
    precision: float = 0.0
    recall: float = 0.0
    leads_right: int = 0
    pages: int = 0
    duplicates: float = 0.0
    title_accuracy: float | None = None
    titles_scored: int = 0
    ms_per_page: float = 0.0
    per_page: list[tuple[str, float, float, bool, int]] = field(default_factory=list)


def story_key(url: str, key_regex: str | None = None) -> str:
    """Return what identifies a story: key_regex's group 1, else the URL without scheme,
    fragment, tracking parameters and a trailing slash."""
    from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

    if key_regex:
        match = re.search(key_regex, url)
        if match:
            return match.group(1)
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    # A browser goes to one page for /post/sympa-la-déco and /post/sympa-la-d%C3%A9co (and %c3%a9): compare them decoded.
    # (And a web server serves one page for "site//vu-sur-le-net/..." and "site/vu-sur-le-net/...": a run of slashes is
    # one, save after a colon, an address carried in the path.)
    path = re.sub(r"(?<!:)//+", "/", unquote(parts.path)).rstrip("/") or "/"
    return f"{host}{path}" + (f"?{query}" if query else "")


def load_frontpages(folder: Path, split: str | None = None) -> list[FrontPage]:
    """Return the pages of a front-page folder (truth.json beside <name>.html.gz), of one split if given."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages: list[FrontPage] = []
    for name in sorted(truth):
        item = truth[name]
        if split is not None and item.get("split", "shared") != split:
            continue
        path = folder / f"{name}.html.gz"
        if not path.exists():
            continue
        excluded = item.get("excluded_story_shaped") or []
        pages.append(FrontPage(
            name, item["url"], gzip.decompress(path.read_bytes()), list(item["stories"]), item["lead"],
            item.get("key_regex"), list(excluded), dict(item.get("titles") or {}), item.get("lang", ""),
            item.get("split", "shared"),
        ))
    return pages


Lister = Callable[[FrontPage], list[tuple[str, str]]]


def score_listers(pages: list[FrontPage], listers: list[tuple[str, Lister]]) -> list[ListingScores]:
    """Return each lister's figures; listers take turns page by page so the machine's load weighs on all alike."""
    results = {name: ListingScores(name) for name, _ in listers}
    elapsed = dict.fromkeys(results, 0.0)
    sums: dict[str, dict[str, list[float]]] = {name: {"p": [], "r": [], "d": [], "t": []} for name in results}
    for page in pages:
        true_keys = [story_key(u, page.key_regex) for u in page.stories]
        true_set = set(true_keys)
        lead_key = story_key(page.lead, page.key_regex)
        true_titles = {story_key(u, page.key_regex): normalize_title(t) for u, t in page.titles.items()}
        for name, lister in listers:
            start = time.perf_counter()
            entries = lister(page)
            elapsed[name] += time.perf_counter() - start
            keys = [story_key(url, page.key_regex) for url, _ in entries]
            unique = list(dict.fromkeys(keys))
            hits = sum(1 for k in unique if k in true_set)
            precision = hits / len(unique) if unique else 0.0
            recall = len(true_set & set(unique)) / len(true_set) if true_set else 1.0
            dups = (len(keys) - len(unique)) / len(keys) if keys else 0.0
            lead = bool(keys) and keys[0] == lead_key
            acc = sums[name]
            acc["p"].append(precision)
            acc["r"].append(recall)
            acc["d"].append(dups)
            for key, (_, title) in zip(keys, entries):
                if key in true_titles:
                    acc["t"].append(float(normalize_title(title) == true_titles[key]))
            result = results[name]
            result.leads_right += int(lead)
            result.per_page.append((page.name, precision, recall, lead, len(unique)))
    count = max(len(pages), 1)
    for name, result in results.items():
        acc = sums[name]
        result.pages = len(pages)
        result.precision = sum(acc["p"]) / count
        result.recall = sum(acc["r"]) / count
        result.duplicates = sum(acc["d"]) / count
        if acc["t"]:
            result.title_accuracy, result.titles_scored = sum(acc["t"]) / len(acc["t"]), len(acc["t"])
        result.ms_per_page = 1000 * elapsed[name] / count
    return [results[name] for name, _ in listers]


def listing_table(title: str, rows: list[ListingScores]) -> str:
    """Return a lister comparison as a Markdown table."""
    lines = [
        f"## {title} ({rows[0].pages if rows else 0} pages)",
        "| system | precision | recall | lead right | duplicates | title acc | ms/page |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        title_acc = f"{row.title_accuracy:.3f} (n={row.titles_scored})" if row.title_accuracy is not None else "-"
        lines.append(f"| {row.name} | {row.precision:.3f} | {row.recall:.3f} | {row.leads_right} of {row.pages} | "
                     f"{row.duplicates:.3f} | {title_acc} | {row.ms_per_page:.1f} |")
    return "\n".join(lines)
