"""Roundups: everything new since the last digest time, grouped by source, in one message."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from bot.models import Digest, Headline
from bot.news.digest import TELEGRAM_MESSAGE_LIMIT
from bot.news.roundup import render_roundup
from tests.auxil.fake_bot_api import validate_telegram_html

LEAD = ("L'OTAN est en pourparlers avec la Russie. M. Stoltenberg a annoncé un renforcement. "
        "« Nous restons ouverts au dialogue », a-t-il dit.")


def _digest(source: str, n: int, **kw: object) -> Digest:
    base: dict[str, object] = dict(
        source=source, source_title=f"Journal <{source}> & Co", url=f"http://{source}.test/{n}?a=1&b=2",
        title=f"Titre {n} de {source}", published=datetime(2016, 7, 5, 6, n, tzinfo=timezone.utc),
        lead=f"Lead {n}. " + LEAD,
        related=(Headline(f"Lié à {n}", f"http://{source}.test/r{n}"),),
        others=(Headline(f"Autre {n}", f"http://{source}.test/o{n}"),),
    )
    base.update(kw)
    return Digest(**base)  # type: ignore[arg-type]


def _visible(markup: str) -> str:
    return validate_telegram_html(markup)  # also checks that Telegram would accept it


def test_each_source_has_a_heading_its_newest_lead_story_and_the_others_as_links() -> None:
    digests = [_digest("a", 1), _digest("b", 2), _digest("a", 3)]
    markup = render_roundup(digests, language="fr", timezone="Europe/Paris")
    text = _visible(markup)
    assert text.index("Journal <a> & Co") < text.index("Titre 3 de a") < text.index("Journal <b> & Co")
    # Source a: its newest story leads, with its time and lead; the older one is a link.
    assert "Lead 3." in text and "Lead 1." not in text and "Lead 2." in text
    assert "5 juillet 2016 à 08h03" in text
    assert '<a href="http://a.test/1?a=1&amp;b=2">Titre 1 de a</a>' in markup
    assert "Autre 1" in text and "Autre 3" in text and "Lié à 3" in text
    assert "Journal &lt;a&gt; &amp; Co" in markup


def test_the_title_says_when_and_is_written_in_the_chats_language() -> None:
    when = datetime(2016, 7, 5, 6, 0, tzinfo=timezone.utc)
    text = _visible(render_roundup([_digest("a", 1)], language="en", timezone="Europe/Paris", when=when))
    assert text.startswith("🗞 Your news — July 5, 2016, 08:00")
    assert "Related" in text and "Also new" in text
    fr = _visible(render_roundup([_digest("a", 1)], language="fr", timezone="Europe/Paris", when=when))
    assert fr.startswith("🗞 Vos nouvelles — 5 juillet 2016 à 08h00")


def test_a_headline_that_is_also_another_story_is_shown_once() -> None:
    first = _digest("a", 1)
    second = _digest("a", 2, others=(Headline("Titre 1 de a", first.url),))
    text = _visible(render_roundup([first, second]))
    assert text.count("Titre 1 de a") == 1


def test_related_headlines_follow_the_chats_count() -> None:
    related = tuple(Headline(f"Lié {i}", f"http://a.test/r{i}") for i in range(8))
    text = _visible(render_roundup([_digest("a", 1, related=related)], max_related=2))
    assert "Lié 1" in text and "Lié 2" not in text
    assert "À lire aussi" not in _visible(render_roundup([_digest("a", 1)], max_related=0))


def test_a_huge_roundup_stays_within_4096_and_counts_what_it_left_out() -> None:
    digests = []
    for source in "abcdefghij":
        for n in range(1, 6):
            others = tuple(Headline(f"Un autre titre assez long numéro {n}-{i} pour {source}",
                                    f"http://{source}.test/o{n}-{i}") for i in range(10))
            digests.append(_digest(source, n, others=others, lead=LEAD * 5))
    markup = render_roundup(digests)
    text = _visible(markup)
    assert len(text) <= TELEGRAM_MESSAGE_LIMIT
    match = re.search(r"\+(\d+) de plus$", text)
    assert match is not None
    shown = text.count("• ")
    every = 10 * (1 + 1 + 4 + 50)  # per source: its lead, 1 related, 4 older stories, 50 others
    leads = sum(1 for s in "abcdefghij" if f"Titre 5 de {s}" in text)
    assert shown + leads + int(match.group(1)) == every


def test_a_small_limit_keeps_the_first_sources_and_counts_the_rest() -> None:
    digests = [_digest(s, 1) for s in "abc"]
    text = _visible(render_roundup(digests, limit=400))
    assert len(text) <= 400
    assert "Titre 1 de a" in text and text.endswith("de plus")


def test_a_roundup_never_drops_its_only_story_even_with_a_huge_title() -> None:
    title = "Un titre de plus de quatre mille caractères 🔥 " * 120
    markup = render_roundup([_digest("a", 1, title=title, related=(), others=())])
    text = _visible(markup)
    assert len(text.encode("utf-16-le")) // 2 <= TELEGRAM_MESSAGE_LIMIT
    assert '<a href="http://a.test/1?a=1&amp;b=2"><b>Un titre de plus' in markup
    assert not re.search(r"\+\d+ de plus", text)  # nothing was left out: the story is there


def test_an_emoji_heavy_roundup_fits_telegrams_utf16_count() -> None:
    others = tuple(Headline("🔥📈 " * 20 + f"n°{i}", f"http://a.test/o{i}") for i in range(80))
    text = _visible(render_roundup([_digest("a", 1, others=others)]))
    assert len(text.encode("utf-16-le")) // 2 <= TELEGRAM_MESSAGE_LIMIT
