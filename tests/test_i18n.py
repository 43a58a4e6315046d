"""Catalogues: one per language, the same keys and {fields} as the reference, every used key there."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from importlib import resources
from pathlib import Path

import pytest

from bot.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    CatalogueError,
    catalogue,
    format_datetime,
    pick_language,
    text,
)

REPO = Path(__file__).resolve().parents[1]
BOT = REPO / "bot"
REFERENCE = catalogue(DEFAULT_LANGUAGE).texts
OTHERS = [language for language in LANGUAGES if language != DEFAULT_LANGUAGE]


def _fields(template: str) -> set[str]:
    """Return the names of the {fields} of a template ("{hour:02d}" gives "hour")."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- the catalogue files ---


def test_languages_are_exactly_the_catalogue_files_shipped_in_the_package() -> None:
    files = {p.name for p in resources.files("bot.i18n").iterdir() if p.name.endswith(".toml")}
    assert files == {f"{language}.toml" for language in LANGUAGES}
    assert DEFAULT_LANGUAGE in LANGUAGES


@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_the_keys_of_the_reference_and_no_other(language: str) -> None:
    texts = catalogue(language).texts
    assert sorted(set(REFERENCE) - set(texts)) == []  # missing: readers would get French
    assert sorted(set(texts) - set(REFERENCE)) == []  # extra: never shown


@pytest.mark.parametrize("language", OTHERS)
def test_every_text_has_the_fields_of_the_reference_text(language: str) -> None:
    texts = catalogue(language).texts
    differ = {key: (_fields(REFERENCE[key]), _fields(texts[key]))
              for key in REFERENCE.keys() & texts.keys() if _fields(REFERENCE[key]) != _fields(texts[key])}
    assert differ == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_twelve_different_months(language: str) -> None:
    months = catalogue(language).months
    assert len(set(months)) == 12 and all(months)


def test_i18n_imports_nothing_from_the_rest_of_the_bot() -> None:
    # bot.config, bot.prefs and run_bot.py take LANGUAGES from here: an import back would be a cycle.
    tree = ast.parse((BOT / "i18n" / "__init__.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert sorted(m for m in imported if m == "bot" or m.startswith("bot.")) == []


def test_a_language_without_a_catalogue_file_is_named_in_the_error() -> None:
    with pytest.raises(CatalogueError, match=r"xx\.toml"):
        catalogue("xx")


def test_catalogues_ship_with_the_package_and_load_from_a_zipped_install(tmp_path: Path) -> None:
    # Build the package as a wheel would hold it (setuptools' build_py), zip it and import it
    # from the zip alone (-S: no site-packages, so no editable install of the repository):
    # a missing package-data line, or reading the files beside __file__, would fail here.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(BOT, source / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    built = tmp_path / "built"
    subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()",
                    "build_py", "--build-lib", str(built)],
                   cwd=source, check=True, capture_output=True)
    installed = shutil.make_archive(str(tmp_path / "installed"), "zip", built)
    script = ("import datetime, bot.i18n as i18n; print(i18n.__file__); "
              "print(i18n.format_datetime(datetime.datetime(2016, 7, 5, 8, 36), 'en'))")
    shown = subprocess.run([sys.executable, "-S", "-c", script], cwd=tmp_path,
                           env={"PYTHONPATH": installed}, check=True, capture_output=True, text=True)
    where, date = shown.stdout.splitlines()
    assert where.startswith(installed) and date == "July 5, 2016, 08:36"


# --- the keys the code uses ---


def _modules_using_text() -> Iterator[tuple[Path, ast.Module]]:
    """Yield each module of bot/ that imports text from bot.i18n, parsed."""
    for path in sorted(BOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.ImportFrom) and node.module == "bot.i18n"
               and any(alias.name == "text" for alias in node.names) for node in ast.walk(tree)):
            yield path, tree


def _assigned(tree: ast.Module, name: str) -> Iterator[ast.expr]:
    """Yield what a variable is given: `key = ...`, and its column in `for a, b in (("x", 1), ...)`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            yield node.value
        elif (isinstance(node, (ast.For, ast.comprehension)) and isinstance(node.target, ast.Tuple)
              and isinstance(node.iter, (ast.Tuple, ast.List))):
            for column, target in enumerate(node.target.elts):
                if isinstance(target, ast.Name) and target.id == name:
                    yield from (row.elts[column] for row in node.iter.elts if isinstance(row, ast.Tuple))


def _keys(tree: ast.Module, node: ast.expr) -> Iterator[str]:
    """Yield the keys an argument may be: a literal "k", both sides of an if, a variable's values;
    an f-string gives its literal start followed by "*"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _keys(tree, node.body)
        yield from _keys(tree, node.orelse)
    elif isinstance(node, ast.JoinedStr):
        start = node.values[0]
        prefix = start.value if isinstance(start, ast.Constant) and isinstance(start.value, str) else ""
        yield prefix + "*"
    elif isinstance(node, ast.Name):
        for value in _assigned(tree, node.id):
            yield from _keys(tree, value)


def _used_keys() -> dict[str, str]:
    """Return each key that bot/ passes to text(), with the first file:line that does."""
    used: dict[str, str] = {}
    for path, tree in _modules_using_text():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "text" and len(node.args) >= 2):
                for key in _keys(tree, node.args[1]):
                    used.setdefault(key, f"{path.relative_to(REPO)}:{node.lineno}")
    return used


def test_every_key_the_code_passes_to_text_is_in_the_reference_catalogue() -> None:
    used = _used_keys()
    assert len(used) > 80  # the scan still finds the calls (95 keys and patterns when written)
    missing = {key: where for key, where in used.items()
               if not (key[:-1] and any(k.startswith(key[:-1]) for k in REFERENCE)
                       if key.endswith("*") else key in REFERENCE)}
    assert missing == {}


def test_the_keys_the_code_builds_from_names_are_all_in_the_reference_catalogue() -> None:
    from bot.chat.admin_opml import SKIP_REASONS
    from bot.chat.admin_sources import PROBE_ANSWERS
    from bot.chat.alerts import MESSAGES
    from bot.chat.menu import ADMIN_MENU, MENU
    from bot.chat.reader_settings import SETTINGS
    from bot.probe import ProbeFailure

    # Every reason a URL cannot be a source has its answer to /addsource and to /import.
    assert set(PROBE_ANSWERS) == set(SKIP_REASONS) == set(ProbeFailure)
    built = ({f"cmd.{name}" for name in MENU} | {f"admin.cmd.{name}" for name in ADMIN_MENU}
             | {setting.usage for setting in SETTINGS}
             | set(PROBE_ANSWERS.values()) | set(SKIP_REASONS.values()) | set(MESSAGES.values()))
    assert sorted(built - set(REFERENCE)) == []


def test_each_language_names_itself_as_the_settings_buttons_do() -> None:
    from bot.chat.reader_settings import LANGUAGE_NAMES

    assert {language: text(language, "language.name") for language in LANGUAGES} == LANGUAGE_NAMES


# --- the functions ---


@pytest.mark.parametrize(
    "language, expected",
    [("fr", "5 juillet 2016 à 08h36"), ("en", "July 5, 2016, 08:36"),
     ("de", "5 juillet 2016 à 08h36")],  # a language the bot does not speak: French
)
def test_format_datetime_writes_the_date_as_the_language_does(language: str, expected: str) -> None:
    assert format_datetime(datetime(2016, 7, 5, 8, 36), language) == expected


@pytest.mark.parametrize("language, expected", [("fr", "1 décembre 2024 à 23h05"),
                                                ("en", "December 1, 2024, 23:05")])
def test_format_datetime_pads_minutes_and_names_the_last_month(language: str, expected: str) -> None:
    assert format_datetime(datetime(2024, 12, 1, 23, 5), language) == expected


def test_text_fills_the_fields_and_falls_back_to_french_for_an_unknown_language() -> None:
    assert text("en", "digest.more", count=3) == "+3 more"
    assert text("de", "digest.more", count=3) == "+3 de plus"
    assert text("en", "digest.related") == "Related"


@pytest.mark.parametrize(
    "candidate, default, expected",
    [("fr-FR", "en", "fr"), ("EN", "fr", "en"), ("de", "en", "en"), (None, "en", "en"),
     ("de", "xx", DEFAULT_LANGUAGE)],
)
def test_pick_language_keeps_a_language_the_bot_speaks_else_the_default(
    candidate: str | None, default: str, expected: str
) -> None:
    assert pick_language(candidate, default) == expected


@pytest.mark.parametrize("language, expected", [("fr", "8 décembre 2011"), ("en", "December 8, 2011")])
def test_format_datetime_gives_the_day_alone_for_a_midnight_to_the_second(language: str, expected: str) -> None:
    # A page that dates its story by the day only is read as that day's midnight: "à 00h00" would invent a time.
    assert format_datetime(datetime(2011, 12, 8), language) == expected
    assert format_datetime(datetime(2011, 12, 8, 0, 0, 30), language) != expected  # a real time past midnight stays
