"""Front-page rules by class, and a quality floor on the shared real front pages (bench/scoring.py scores them)."""

from __future__ import annotations

import pytest

from bench.scoring import FRONTPAGES, load_frontpages, score_listers
from bench.listing import GATHERED, ours
from bot.news.listing import parse_front_page

SITE = "https://news.example.fr/"


def titles(body: str) -> list[tuple[str, str]]:
    """Return (url, title) of the entries of a page made of body."""
    html = f"<html><body><main>{body}</main></body></html>"
    return [(e.url, e.title) for e in parse_front_page(html, SITE).entries]


def test_an_index_file_under_a_date_or_an_id_is_a_story() -> None:
    got = titles('<a href="/webapp/issue/2016-05/8/index.html">Le numéro de la semaine en entier</a>'
                 '<a href="/politique/index.html">Toute la politique de notre journal</a>')
    assert [url for url, _ in got] == [SITE + "webapp/issue/2016-05/8/index.html"]


def test_a_short_headline_counts_when_a_dated_slug_spells_it() -> None:
    got = titles('<a href="/2016/02/01/setlist/">Setlist</a><a href="/2016/0704/c31357-9080950.html">Santé</a>')
    assert got == [(SITE + "2016/02/01/setlist/", "Setlist")]


def test_the_heading_wins_over_a_longer_caption_or_credit() -> None:
    got = titles(
        '<a href="/politique/article/2016/02/10/la-decheance_4862.html"><figure><img alt="x">'
        "<figcaption>Le premier ministre, Manuel Valls, s'adressant aux députés, mercredi</figcaption></figure></a>"
        '<h2><a href="/politique/article/2016/02/10/la-decheance_4862.html">La déchéance votée de peu</a></h2>'
    )
    assert got == [(SITE + "politique/article/2016/02/10/la-decheance_4862.html", "La déchéance votée de peu")]


def test_a_most_shared_box_is_stories_and_an_account_menu_is_not() -> None:
    got = titles(
        '<div class="user-menu"><a href="/aide/2016/comment-se-connecter-a-son-compte">Comment se connecter à son compte</a></div>'
        '<div class="most-shared"><a href="/monde/2016/02/10/un-titre-tres-partage">Un titre très partagé ce matin</a></div>'
    )
    assert [url for url, _ in got] == [SITE + "monde/2016/02/10/un-titre-tres-partage"]


@pytest.mark.parametrize(
    "href",
    ["https://quiz.example.fr/quiz/2081645281-quiz-des-pays", "/thema/Er_sagt_sie_sagt_123456",
     "https://voiture-occasion.example.fr/auto-occasion-annonce-29358701.html"],
)
def test_quizzes_classifieds_and_topic_pages_are_not_stories(href: str) -> None:
    assert titles(f'<a href="{href}">Un lien qui a tout d\'un titre de une</a>'
                  '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')[0][0].endswith("un-vrai-titre")


def test_a_sponsor_label_marks_its_section_as_advertorial() -> None:
    got = titles('<a href="/reussir-son-projet/">Supplément partenaire : Réussir son projet</a>'
                 '<a href="/reussir-son-projet/article/2016/01/25/comment-transmettre_4850410.html">Comment transmettre un bien</a>'
                 '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')
    assert [url for url, _ in got] == [SITE + "monde/2016/02/10/un-vrai-titre"]


@pytest.mark.skipif(not FRONTPAGES.exists(), reason=f"{FRONTPAGES} is absent: the shared front pages live outside the repository")
def test_quality_floor_on_the_shared_front_pages() -> None:
    (scores,) = score_listers(load_frontpages(FRONTPAGES), [("ours", ours)])
    assert scores.precision >= 0.93
    assert scores.recall >= 0.97
    assert scores.leads_right == scores.pages
    assert scores.duplicates <= 0.01


def test_quality_floor_on_the_gathered_dev_pages() -> None:
    (scores,) = score_listers(load_frontpages(GATHERED, "dev"), [("ours", ours)])
    assert scores.recall >= 0.95
    assert scores.precision >= 0.85
