"""bench/listing.py shows a judged set's pages one by one, never a held-out set's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench import listing

REPO = Path(__file__).resolve().parents[1]


def _run(folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """Return what `bench/listing.py FOLDER --pages` prints."""
    monkeypatch.setattr(sys, "argv", ["listing.py", str(folder.relative_to(REPO)), "--pages"])
    monkeypatch.chdir(REPO)
    listing.main()
    return capsys.readouterr().out


def test_a_judged_set_is_shown_page_by_page_though_its_pages_keep_their_heldout_split(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = list(listing.JUDGED_FOLDERS.values())[-1]  # (the latest: its pages keep "split": "heldout")
    out = _run(folder, capsys, monkeypatch)
    assert "| this project |" in out and " P=" in out


def test_a_held_out_set_is_shown_in_aggregate_only(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    held = [folder for folder in listing.HELDOUT_FOLDERS.values() if (folder / "truth.json").exists()]
    if not held:
        pytest.skip("no set is held out at the moment")
    out = _run(held[0], capsys, monkeypatch)
    assert "| this project |" in out and " P=" not in out
