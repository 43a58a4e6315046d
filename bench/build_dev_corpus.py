#!/usr/bin/env python3
"""Build the article development corpora /work/corpora-dev/dev and /work/corpora-dev/heldout (scrapinghub layout).

    python3 bench/build_dev_corpus.py MIRROR_GIT_DIR [--commit SHA] [--out DIR] [--check-related TRUTH.json ...]

OUT (--out) is /work/corpora-dev unless told; only OUT/dev, OUT/heldout and OUT/manifests/dev-heldout.tsv are
replaced. bench/restore_dev_pages.py --articles runs it with the related truths to check. (First written as
/work/corpora-dev/tools/build_dev_corpus.py when the corpora were rebuilt on 2026-12-01; same output.)

MIRROR_GIT_DIR is the `fetch` tool's snapshot of github.com/j-szulc/html-cleaning-dataset-merged (a git
directory without a work tree, e.g. /work/.mirror/j-szulc+html-cleaning-dataset-merged/repo); every file is
read from commit 46e01a04b47051838a228bf23631430b2c9de375 with `git show COMMIT:PATH`. Standalone: the
standard library and lxml only.

Sources (folder in the snapshot -> dataset name in the output and in the split hash):

    cleaneval-final         -> cleaneval        CleanEval final set
    dragnet_data            -> dragnet          Dragnet
    page-signal-master      -> l3s-gn1          L3S-GN1 (Google News), as mirrored by geodrome/page-signal
    CleanPortalEval-master  -> cleanportaleval  CleanPortalEval

The readability folder is left out (the shared readability corpus holds it), and so is cleaneval-dev.
A page is FOLDER/input/KEY.html with its gold FOLDER/GoldStandard/KEY.txt; inputs without a gold (59 of
cleaneval-final) are skipped. The page is stored byte for byte (gzip, mtime 0) as html/KEY.html.gz; KEY is
the file name without ".html" ("108", "R128", "bbc.co.uk_news_01", an L3S uuid).

Gold text ("articleBody"), blocks joined by a blank line, whitespace inside a block collapsed to one space:
  * cleaneval, cleanportaleval: the gold file (UTF-8, else cp1252; BOM dropped) without its "URL: ..." line,
    split at the CleanEval marks <p> <h> <l> (any case, "</p>" too, and the annotators' typos "<h<", "<h.",
    "<l."), which are removed; character references (&#8217; &rsquo; ...) are decoded (CleanPortalEval's gold
    has them; cleaneval-final's has none).
  * dragnet: the gold file (UTF-8, else cp1252) up to the comments separator, the first "!@#$" (normally the
    line "!@#$%^&*()  COMMENTS"; a few files spell it otherwise); blocks are the blank-line separated parts.
  * l3s-gn1: the gold file is the page re-saved by the annotation tool; the gold is the text of the elements
    with class x-nc-sel2 ("full text"; sel1 headline, sel3 supplemental, sel4 related, sel5 comments are not
    taken), an x-nc-sel2 element inside another one counted once; <script>/<style> text left out. Spans in
    the same block element (p, div, li, td, h1-h6, ...) are joined by a space, others start a new block.
Pages whose gold has fewer than 10 words (whitespace-separated; the \\w+ count drops the same pages) are left
out: 6 cleaneval (empty gold), 9 dragnet, 2 cleanportaleval, no l3s-gn1.

URL ("url"):
  * cleaneval, cleanportaleval: the id of the <text id="..."> line that opens the input file (the same as the
    gold's "URL:" line wherever that exists; 155 cleaneval-final golds have none).
  * dragnet, l3s-gn1: the page's <link rel="canonical"> href, else its og:url meta, the first absolute
    http(s) one in that order; else "" (238 dragnet pages and all 621 L3S-GN1 pages name no URL).

Split, by page: sha1("DATASET/KEY" in UTF-8).digest()[0] % 3 == 0 (the first byte of the digest, not its
first hex digit) is development (OUT/dev/DATASET), the rest held out (OUT/heldout/DATASET). Each
OUT/SPLIT/DATASET holds ground-truth.json ({KEY: {"url", "articleBody"}}) and html/KEY.html.gz, so a page is
OUT/SPLIT/DATASET/html/KEY.html.gz, the key layout of bench/related_*_truth.json ("heldout/dragnet/html/
330.html.gz"). OUT/manifests/dev-heldout.tsv lists every page kept (split, dataset, key, word count, url,
source blob ids).

--check-related FILE ...: read related-truth JSON files (plain data) and check that each "dev/..." or
"heldout/..." key names a page that was built, under that split, with the same url.
"""

from __future__ import annotations

import argparse
import codecs
import copy
import gzip
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

COMMIT = "46e01a04b47051838a228bf23631430b2c9de375"
DEV_ROOT = Path("/work/corpora-dev")
DATASETS = {  # folder in the snapshot -> dataset name
    "cleaneval-final": "cleaneval",
    "dragnet_data": "dragnet",
    "page-signal-master": "l3s-gn1",
    "CleanPortalEval-master": "cleanportaleval",
}
MIN_WORDS = 10
SPLITS = ("dev", "heldout")


def latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Return the bytes cp1252 leaves undefined (0x81 0x8d 0x8f 0x90 0x9d) read as Latin-1, and where to go on."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("latin-1-fallback", latin1_fallback)


# --- reading the snapshot --------------------------------------------------------------------------------

def git(git_dir: Path, *args: str) -> bytes:
    """Return the output of a git command run on the mirror."""
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True).stdout


def list_files(git_dir: Path, commit: str, folder: str) -> dict[str, str]:
    """Return {path: blob id} of the files under folder at commit."""
    out = git(git_dir, "ls-tree", "-r", "-z", commit, "--", folder)
    files: dict[str, str] = {}
    for entry in out.split(b"\0"):
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        _mode, kind, blob = meta.split()
        if kind == b"blob":
            files[path.decode("utf-8")] = blob.decode()
    return files


def show(git_dir: Path, commit: str, path: str) -> bytes:
    """Return the bytes of a file at commit, read with `git show`."""
    return git(git_dir, "show", f"{commit}:{path}")


# --- text helpers ----------------------------------------------------------------------------------------

def decode(data: bytes) -> str:
    """Return a gold file's text: UTF-8 (BOM dropped), else cp1252 (bytes it leaves undefined as Latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="latin-1-fallback")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def blocks_text(blocks: list[str]) -> str:
    """Return blocks with their whitespace collapsed, empty ones dropped, joined by a blank line."""
    cleaned = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(block for block in cleaned if block)


# --- gold text -------------------------------------------------------------------------------------------

CLEANEVAL_MARK = re.compile(r"<\s*/?\s*[phl]\s*>|<[hl]<|<[hl]\.(?=\s)", re.I)
CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def gold_cleaneval(data: bytes) -> tuple[str, str]:
    """Return (URL line's URL or "", gold text) of a CleanEval-style gold file."""
    lines = decode(data).split("\n")
    url = ""
    for i, line in enumerate(lines):
        if line.strip():
            if line.strip().startswith("URL:"):
                url = line.strip()[4:].strip()
                del lines[i]
            break
    text = CHARREF.sub(lambda m: html.unescape(m.group(0)), "\n".join(lines))
    return url, blocks_text(CLEANEVAL_MARK.split(text))


def gold_dragnet(data: bytes) -> str:
    """Return a Dragnet gold file's text before the comments separator."""
    text = decode(data)
    cut = text.find("!@#$")
    if cut >= 0:
        text = text[:cut]
    return blocks_text(re.split(r"\n[ \t]*\n", text))


SEL2 = 'contains(concat(" ", normalize-space(@class), " "), " x-nc-sel2 ")'
BLOCK_TAGS = {"p", "div", "li", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "ul", "ol", "dl", "dd", "dt", "pre", "center", "form", "body", "html", "section", "article",
              "noscript", "iframe"}


def element_text(element: lxml.html.HtmlElement) -> str:
    """Return an element's text without that of its <script> and <style> descendants (nor comments)."""
    element = copy.deepcopy(element)
    for unwanted in element.xpath(".//script | .//style"):
        unwanted.drop_tree()
    return str(element.text_content())


def gold_l3s(data: bytes) -> str:
    """Return the text of an L3S-GN1 annotated page's x-nc-sel2 ("full text") elements."""
    text = decode(data)
    try:
        root = lxml.html.document_fromstring(text)
    except ValueError:  # a str with an XML encoding declaration
        root = lxml.html.document_fromstring(text.encode("utf-8"))
    blocks: list[list[str]] = []
    last_block: lxml.html.HtmlElement | None = None
    for element in root.xpath(f"//*[{SEL2}]"):
        if element.xpath(f"ancestor::*[{SEL2}]"):
            continue  # counted with its x-nc-sel2 ancestor
        block = element.getparent() if element.tag not in BLOCK_TAGS else element
        while block is not None and block.tag not in BLOCK_TAGS:
            block = block.getparent()
        text = " ".join(element_text(element).split())
        if not text:
            continue
        if block is not None and block is last_block and blocks:
            blocks[-1].append(text)
        else:
            blocks.append([text])
        last_block = block
    return blocks_text([" ".join(parts) for parts in blocks])


# --- page URL --------------------------------------------------------------------------------------------

TEXT_ID = re.compile(rb'\s*(?:\xef\xbb\xbf)?\s*<text\s+id="([^"]*)"')


def url_text_id(page: bytes) -> str:
    """Return the id of the <text id="..."> line opening a CleanEval-style input, or ""."""
    match = TEXT_ID.match(page)
    return match.group(1).decode("utf-8", errors="replace").strip() if match else ""


def url_declared(page: bytes) -> str:
    """Return the page's canonical link, else its og:url, the first absolute http(s) one; else ""."""
    try:
        root = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        try:
            root = lxml.html.document_fromstring(page.decode("utf-8", errors="replace"))
        except (ValueError, lxml.etree.ParserError):
            return ""
    candidates = [link.get("href") for link in root.iter("link")
                  if "canonical" in (link.get("rel") or "").lower().split()]
    candidates += [meta.get("content") for meta in root.iter("meta")
                   if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url"]
    for candidate in candidates:
        candidate = (candidate or "").strip()
        if urlsplit(candidate).scheme in ("http", "https") and urlsplit(candidate).netloc:
            return candidate
    return ""


# --- building --------------------------------------------------------------------------------------------

def split_of(dataset: str, key: str) -> str:
    """Return "dev" when sha1("dataset/key")'s first byte is divisible by 3, else "heldout"."""
    return "dev" if hashlib.sha1(f"{dataset}/{key}".encode("utf-8")).digest()[0] % 3 == 0 else "heldout"


Truth = dict[str, dict[str, str]]  # {key: {"url", "articleBody"}}


def build(git_dir: Path, commit: str, out: Path) -> dict[tuple[str, str], Truth]:
    """Build OUT/dev and OUT/heldout; return {(split, dataset): {key: truth entry}}."""
    corpora: dict[tuple[str, str], Truth] = {(s, d): {} for s in SPLITS for d in DATASETS.values()}
    pages: dict[tuple[str, str, str], bytes] = {}
    manifest: list[tuple[str, ...]] = []
    dropped: dict[str, list[str]] = {d: [] for d in DATASETS.values()}
    for folder, dataset in DATASETS.items():
        files = list_files(git_dir, commit, folder)
        inputs = {p[len(f"{folder}/input/"):-len(".html")]: p for p in files
                  if p.startswith(f"{folder}/input/") and p.endswith(".html") and p.count("/") == 2}
        golds = {p[len(f"{folder}/GoldStandard/"):-len(".txt")]: p for p in files
                 if p.startswith(f"{folder}/GoldStandard/") and p.endswith(".txt") and p.count("/") == 2}
        for key in sorted(inputs.keys() & golds.keys()):
            page = show(git_dir, commit, inputs[key])
            gold = show(git_dir, commit, golds[key])
            if dataset in ("cleaneval", "cleanportaleval"):
                gold_url, body = gold_cleaneval(gold)
                url = url_text_id(page) or gold_url
            elif dataset == "dragnet":
                body, url = gold_dragnet(gold), url_declared(page)
            else:
                body, url = gold_l3s(gold), url_declared(page)
            words = len(body.split())
            if words < MIN_WORDS:
                dropped[dataset].append(key)
                continue
            split = split_of(dataset, key)
            corpora[(split, dataset)][key] = {"url": url, "articleBody": body}
            pages[(split, dataset, key)] = page
            manifest.append((split, dataset, key, str(words), url, files[inputs[key]], files[golds[key]]))
        print(f"{dataset}: {len(inputs)} inputs, {len(golds)} golds, {len(inputs.keys() & golds.keys())} pairs, "
              f"{len(dropped[dataset])} dropped (< {MIN_WORDS} words): {' '.join(dropped[dataset])}", file=sys.stderr)

    staging = out / ".build-dev-corpus.tmp"
    if staging.exists():
        shutil.rmtree(staging)
    for (split, dataset), truth in corpora.items():
        target = staging / split / dataset
        (target / "html").mkdir(parents=True)
        (target / "ground-truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        for key in truth:
            (target / "html" / f"{key}.html.gz").write_bytes(gzip.compress(pages[(split, dataset, key)], mtime=0))
    for split in SPLITS:
        if (out / split).exists():
            shutil.rmtree(out / split)
        (staging / split).rename(out / split)
    staging.rmdir()
    (out / "manifests").mkdir(exist_ok=True)
    with open(out / "manifests" / "dev-heldout.tsv", "w", encoding="utf-8") as f:
        f.write(f"# built by build_dev_corpus.py from j-szulc/html-cleaning-dataset-merged@{commit}\n")
        f.write("split\tdataset\tkey\twords\turl\tinput_blob\tgold_blob\n")
        for row in sorted(manifest):
            f.write("\t".join(row) + "\n")
    return corpora


def check_related(out: Path, truth_files: list[Path]) -> int:
    """Print, for each dev/ or heldout/ key of the related truths, whether its page and url match; 0 if all do."""
    bad = 0
    for truth_file in truth_files:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for key, item in truth.items():
            parts = key.split("/")
            if parts[0] not in SPLITS:
                continue
            ok_layout = len(parts) == 4 and parts[2] == "html" and parts[3].endswith(".html.gz")
            page_key = parts[3][:-len(".html.gz")] if ok_layout else ""
            gt_file = out / parts[0] / parts[1] / "ground-truth.json"
            gt = json.loads(gt_file.read_text(encoding="utf-8")) if ok_layout and gt_file.exists() else {}
            exists = (out / key).is_file() and page_key in gt
            same_url = exists and gt[page_key]["url"] == item.get("url")
            bad += not same_url
            note = "" if same_url else (f"  ours: {gt[page_key]['url']!r}" if exists else "  page not built here")
            print(f"{truth_file.name}: {key}: {'page ok' if exists else 'MISSING'}, "
                  f"{'url ok' if same_url else 'URL DIFFERS'}{note}")
    return 1 if bad else 0


def main() -> int:
    """Build the corpora (and check related-truth keys when asked)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("git_dir", type=Path, help="the mirror's git directory")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--out", type=Path, default=DEV_ROOT)
    parser.add_argument("--check-related", type=Path, nargs="*", default=[], metavar="TRUTH_JSON")
    parser.add_argument("--check-only", action="store_true", help="do not build; only --check-related")
    args = parser.parse_args()
    if not args.check_only:
        corpora = build(args.git_dir, args.commit, args.out)
        for split in SPLITS:
            counts = {d: len(corpora[(split, d)]) for d in DATASETS.values()}
            print(f"{split}: {sum(counts.values())} pages  " + "  ".join(f"{d} {n}" for d, n in counts.items()))
    return check_related(args.out, args.check_related) if args.check_related else 0


if __name__ == "__main__":
    sys.exit(main())
