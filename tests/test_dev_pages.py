"""bench/dev_pages.json covers every development page of the related benches; bench/restore_dev_pages.py restores them."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from bench.restore_dev_pages import MANIFEST, Entry, load_manifest, page_bytes, restore

BENCH = Path(__file__).resolve().parents[1] / "bench"
SHA256 = re.compile(r"[0-9a-f]{64}")


def _related_keys() -> set[str]:
    """Return the page keys of every bench/related_*truth.json but related_truth.json (shared corpora)."""
    keys: set[str] = set()
    for truth in BENCH.glob("related_*truth.json"):
        if truth.name != "related_truth.json":
            keys.update(key for key in json.loads(truth.read_text(encoding="utf-8")) if key != "_about")
    return keys


def test_every_related_page_has_a_source_with_its_sha256() -> None:
    manifest = load_manifest()
    keys = {key for key in _related_keys() if not key.startswith(("dev/", "heldout/"))}
    assert len(keys) > 800
    assert sorted(keys - manifest.keys()) == []
    assert [key for key in keys if not SHA256.fullmatch(manifest[key]["sha256"])] == []
    assert all(manifest[key]["repo"] and manifest[key]["path"] for key in keys)


def test_the_manifest_is_sorted_one_entry_a_line() -> None:
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    keys = [json.loads("{" + line.rstrip(",") + "}").popitem()[0] for line in lines[2:-1]]
    assert lines[1].startswith(' "_about": ') and keys == sorted(keys) == sorted(load_manifest())


def test_a_json_member_is_the_utf8_of_its_string() -> None:
    entry: Entry = {"member": "[0].raw_response.content", "stored": "gzip"}
    source = gzip.compress(json.dumps([{"raw_response": {"content": "<p>été</p>"}}]).encode())
    assert page_bytes(entry, source) == "<p>été</p>".encode("utf-8")


def test_a_wheel_member_is_read_from_the_zip() -> None:
    wheel = io.BytesIO()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("pkg/tests/page.html", b"<html>wheel</html>")
    entry: Entry = {"member": "pkg/tests/page.html", "stored": "plain"}
    assert page_bytes(entry, wheel.getvalue()) == b"<html>wheel</html>"


def _git(repo: Path, *args: str) -> str:
    """Return the output of a git command run in repo."""
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t.test", *args],
                          check=True, capture_output=True, text=True).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_restore_reads_the_snapshot_checks_and_writes_each_page(tmp_path: Path) -> None:
    page = "<html><body>Déjà vu</body></html>".encode("utf-8")
    repo = tmp_path / "mirrors" / "owner+name" / "repo"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "page.html").write_bytes(page)
    (repo / "data" / "page.html.gz").write_bytes(gzip.compress(page))
    (repo / "data" / "cases.json").write_text(json.dumps([{"raw_response": {"content": page.decode()}}]))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "pages")
    commit = _git(repo, "rev-parse", "HEAD")
    digest = hashlib.sha256(page).hexdigest()
    base = {"repo": "owner/name", "commit": commit, "sha256": digest, "note": ""}
    manifest: dict[str, Entry] = {
        "set/pages/plain.html.gz": {**base, "path": "data/page.html", "member": "", "stored": "plain"},
        "set/pages/gzip.html": {**base, "path": "data/page.html.gz", "member": "", "stored": "gzip"},
        "set/pages/json.html.gz": {**base, "path": "data/cases.json", "member": "[0].raw_response.content",
                                   "stored": "plain"},
        "set/pages/wrong.html.gz": {**base, "path": "data/page.html", "member": "", "stored": "plain",
                                    "sha256": "0" * 64},
        "other/absent.html.gz": {**base, "repo": "someone/elsewhere", "path": "x.html", "member": "",
                                 "stored": "plain"},
    }
    root = tmp_path / "dev-root"

    summary = restore(manifest, tmp_path / "mirrors", root)

    assert sorted(summary.written) == ["set/pages/gzip.html", "set/pages/json.html.gz", "set/pages/plain.html.gz"]
    assert gzip.decompress((root / "set/pages/plain.html.gz").read_bytes()) == page
    assert gzip.decompress((root / "set/pages/json.html.gz").read_bytes()) == page
    assert (root / "set/pages/gzip.html").read_bytes() == page  # no .gz in the key: the page as it is
    assert [key for key, _ in summary.mismatched] == ["set/pages/wrong.html.gz"]
    assert not (root / "set/pages/wrong.html.gz").exists()
    assert summary.missing == {"fetch github:someone/elsewhere": ["other/absent.html.gz"]}
    assert summary.failed == []

    again = restore(manifest, tmp_path / "mirrors", root, only=["set/"])
    assert again.written == [] and len(again.present) == 3
