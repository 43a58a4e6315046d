"""Digest text: escaped Telegram HTML, a lead cut at a sentence, headlines, the 4096 limit."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pytest

from bot.models import Article, Digest, Entry, Headline, Source
from bot.news.article import extract_article
from bot.news.digest import TELEGRAM_MESSAGE_LIMIT, build_digest, render_html, render_plain
from bot.news.text import truncate
from tests.auxil.fake_bot_api import validate_telegram_html

SOURCE = Source(name="q", url="http://n.test/", title="Le Quotidien <du> Peuple & Co")
LEAD = ("L'OTAN est en pourparlers avec la Russie. M. Stoltenberg a annoncé un renforcement. "
        "« Nous restons ouverts au dialogue », a-t-il dit.")


def _visible(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _digest(**kw: object) -> Digest:
    base = dict(source="q", source_title=SOURCE.title, url="http://n.test/a?x=1&y=2",
                title="Titre <important> & urgent", published=datetime(2016, 7, 5, 8, 36),
                lead=LEAD, related=(Headline("Lié 1", "http://n.test/r1"),),
                others=(Headline("Autre", "http://n.test/o1"),))
    base.update(kw)
    return Digest(**base)  # type: ignore[arg-type]


def test_html_escapes_every_text_and_is_accepted_by_telegrams_parser() -> None:
    markup = render_html(_digest())
    assert "&lt;du&gt; Peuple &amp; Co" in markup
    assert "Titre &lt;important&gt; &amp; urgent" in markup
    assert 'href="http://n.test/a?x=1&amp;y=2"' in markup
    validate_telegram_html(markup)  # raises on tags Telegram refuses or bad nesting


def test_headline_is_a_link_then_the_time_the_lead_and_the_headlines() -> None:
    text = _visible(render_html(_digest()))
    order = ["Le Quotidien", "Titre", "5 juillet 2016 à 08h36", "L'OTAN", "À lire aussi", "Lié 1",
             "Également nouveau", "Autre"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_english_writes_english_dates_and_labels() -> None:
    text = render_plain(_digest(), language="en")
    assert "July 5, 2016, 08:36" in text and "Related" in text and "Also new" in text


def test_aware_times_are_shown_in_the_configured_zone() -> None:
    moment = datetime(2016, 7, 5, 6, 36, tzinfo=timezone.utc)
    assert "08h36" in render_plain(_digest(published=moment), timezone="Europe/Paris")


def test_lead_is_cut_at_a_sentence_boundary() -> None:
    cut = truncate(LEAD, 70, at_sentence=True)
    assert cut == "L'OTAN est en pourparlers avec la Russie."
    assert truncate("Un seul long segment sans point " * 10, 50, at_sentence=True).endswith("…")
    assert truncate("Court.", 50, at_sentence=True) == "Court."


def test_related_headlines_are_capped() -> None:
    related = tuple(Headline(f"Lié {n}", f"http://n.test/r{n}") for n in range(9))
    text = render_plain(_digest(related=related), max_related=3)
    assert "Lié 2" in text and "Lié 3" not in text


def test_a_huge_digest_stays_within_4096_visible_characters_and_counts_the_rest() -> None:
    others = tuple(Headline(f"Un titre assez long numéro {n} " * 2, f"http://n.test/{n}") for n in range(400))
    markup = render_html(_digest(others=others, lead=LEAD * 40))
    assert len(_visible(markup)) <= TELEGRAM_MESSAGE_LIMIT
    assert re.search(r"\+\d+ de plus$", markup)
    shown = markup.count("<a href") - 2  # minus the headline and the related link
    assert int(re.search(r"\+(\d+)", markup.splitlines()[-1]).group(1)) == 400 - shown
    validate_telegram_html(markup)


def test_build_digest_prefers_the_articles_lead_and_drops_self_links() -> None:
    article = Article(url="http://n.test/a", title="Titre", lead="Le chapeau.",
                      related=[Headline("Soi", "http://n.test/a"), Headline("Autre", "http://n.test/b")])
    digest = build_digest(SOURCE, Entry("http://n.test/a", "Titre", summary="Résumé."), article,
                          [Entry("http://n.test/c", "C")])
    assert digest.lead == "Le chapeau."
    assert [h.url for h in digest.related] == ["http://n.test/b"]
    assert [h.url for h in digest.others] == ["http://n.test/c"]


def test_build_digest_without_an_article_uses_the_listings_summary() -> None:
    digest = build_digest(SOURCE, Entry("http://n.test/a", "Titre", summary="Résumé du flux."), None)
    assert digest.lead == "Résumé du flux." and digest.related == ()


STORY = [f"Phrase numéro {n} du récit, qui dit une chose nouvelle et la dit assez longuement." for n in range(40)]


def _lead(lead_chars: int | None = None) -> str:
    article = Article(url="http://n.test/a", title="Titre", paragraphs=STORY, lead="Le chapeau de l'extracteur.")
    entry = Entry("http://n.test/a", "Titre")
    if lead_chars is None:
        return build_digest(SOURCE, entry, article).lead
    return build_digest(SOURCE, entry, article, lead_chars=lead_chars).lead


def test_lead_chars_sets_the_length_of_the_digests_lead() -> None:
    short, default, long = _lead(200), _lead(), _lead(1200)
    assert len(short) < len(default) < len(long)
    assert len(short) <= 200 and len(default) <= 600 and len(long) <= 1200
    assert default == _lead(600)


@pytest.mark.parametrize("lead_chars", [100, 200, 600, 1200, 3000])
def test_the_lead_ends_at_a_sentence_end_when_one_is_in_reach(lead_chars: int) -> None:
    lead = _lead(lead_chars)
    assert lead.endswith("longuement.")
    assert lead in " ".join(STORY)  # whole sentences from the start, in order


def test_at_600_the_lead_is_the_one_the_extractor_gives() -> None:
    page = "<html><body><article><h1>Titre</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>"
    article = extract_article(page, "http://n.test/a")
    digest = build_digest(SOURCE, Entry("http://n.test/a", "Titre"), article)
    assert digest.lead == article.lead


def test_a_listings_summary_is_cut_to_lead_chars_too() -> None:
    summary = "Une phrase du résumé. " * 30
    lead = build_digest(SOURCE, Entry("http://n.test/a", "Titre", summary=summary), None, lead_chars=100).lead
    assert len(lead) <= 100 and lead.endswith("résumé.")


def test_render_takes_the_message_limit() -> None:
    others = tuple(Headline(f"Un titre assez long numéro {n}", f"http://n.test/{n}") for n in range(100))
    assert len(_visible(render_html(_digest(others=others), limit=1000))) <= 1000
    assert len(render_plain(_digest(others=others), limit=1000)) <= 1000


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_an_emoji_heavy_digest_fits_telegrams_utf16_count() -> None:
    # Each "🔥" is one code point but two UTF-16 units: counted in code points this digest
    # would be ~4,000 characters and over 5,000 units, refused by Telegram.
    others = tuple(Headline("🔥📈 " * 20 + f"n°{i}", f"http://n.test/o{i}") for i in range(80))
    markup = render_html(_digest(lead="🔥 Une phrase. " * 40, others=others))
    text = _visible(markup)
    assert _units(text) <= TELEGRAM_MESSAGE_LIMIT
    assert re.search(r"\+\d+ de plus$", text)
    plain = render_plain(_digest(others=others), limit=TELEGRAM_MESSAGE_LIMIT)
    assert _units(plain) <= TELEGRAM_MESSAGE_LIMIT


def test_a_title_cut_to_fit_keeps_its_link() -> None:
    title = "Un titre interminable 🔥 " * 400  # about 10,000 units
    markup = render_html(_digest(title=title))
    validate_telegram_html(markup)
    assert _units(_visible(markup)) <= TELEGRAM_MESSAGE_LIMIT
    assert re.search(r'<a href="http://n.test/a\?x=1&amp;y=2"><b>Un titre interminable[^<]*…</b></a>', markup)
    plain = render_plain(_digest(title=title), limit=TELEGRAM_MESSAGE_LIMIT)
    assert "http://n.test/a?x=1&y=2" in plain and _units(plain) <= TELEGRAM_MESSAGE_LIMIT


def test_build_digest_quotes_the_articles_quotable_paragraphs_not_its_run_in_headings() -> None:
    article = Article(url="http://n.test/a", title="Titre",
                      paragraphs=["Première phrase du récit, assez longue pour se lire.",
                                  "30 minutes. Le chef de l'État est resté une demi-heure."],
                      quotable=["Première phrase du récit, assez longue pour se lire.",
                                "Le chef de l'État est resté une demi-heure."])
    digest = build_digest(SOURCE, Entry("http://n.test/a", "Titre"), article)
    assert "30 minutes" not in digest.lead and "Le chef de l'État" in digest.lead
