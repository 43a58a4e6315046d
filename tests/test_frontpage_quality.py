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


def test_counters_beside_a_headline_are_not_part_of_it() -> None:
    got = titles(
        '<ul class="most-read"><li><a href="/monde/2016/02/10/un-titre-tres-lu">'
        "<span class=\"rank\">1</span> Un titre très lu ce matin</a></li></ul>"
        '<a href="/monde/2016/02/11/un-autre-titre"><h3>Un autre titre de la une <i class="views">23026</i></h3></a>'
        '<a href="/monde/2016/02/12/21-proces">21 procès ouverts dans la même affaire</a>'
    )
    assert [title for _, title in got] == [
        "Un titre très lu ce matin", "Un autre titre de la une", "21 procès ouverts dans la même affaire"]


def test_media_labels_credits_and_arrows_around_a_headline_are_dropped() -> None:
    got = titles(
        '<a href="/videos/4180432-entrega-de-los-premios/">VÍDEO | Mujeres que hacen del mundo un lugar mejor</a>'
        '<a href="/galaria/2016/barcelona-entre-dos-verses">Barcelona entre dos vèrses (2010-2014) © Franc Bardòu</a>'
        '<a href="/37,63345,Grupa-elblazan.html">Grupa elblążan chce utrzymania oddziału <span>»</span>,</a>'
        '<a href="/kultura/2020/10/s-veroy">В области пройдет мероприятие «С верой и любовью к Отечеству»</a>'
    )
    assert [title for _, title in got] == [
        "Mujeres que hacen del mundo un lugar mejor", "Barcelona entre dos vèrses (2010-2014)",
        "Grupa elblążan chce utrzymania oddziału", "В области пройдет мероприятие «С верой и любовью к Отечеству»"]


def test_a_whole_headline_beats_a_summary_a_cut_one_and_a_most_read_box() -> None:
    got = titles(
        '<a href="/90,63429,Koronawirus.html">Koronawirus w szkole nr 1. Zakażona nauczycielka i uczeń</a>'
        '<a href="/90,63429,Koronawirus.html">Koronawirusa wykryto u nauczycielki ze Szkoły Podstawowej nr 1 oraz u ucznia'
        " z Zespołu Szkół Zawodowych nr 1 (ul. Robotnicza). -...</a>"
        '<a href="/news/entertainment-arts-29098926">South Korean star dies after crash</a>'
        '<div class="most-popular"><a href="/news/entertainment-arts-29098926">3 South Korean singer dies after a crash</a></div>'
    )
    assert [title for _, title in got] == [
        "Koronawirus w szkole nr 1. Zakażona nauczycielka i uczeń", "South Korean star dies after crash"]


def test_a_short_headline_its_title_attribute_repeats_counts() -> None:
    got = titles('<a href="/sport/cricket/29088722" title="England v India">England v India</a>'
                 '<a href="/news/29088723" title="Watch">Watch</a>')
    assert got == [(SITE + "sport/cricket/29088722", "England v India")]


def test_the_lead_is_the_first_story_below_a_breaking_news_strip() -> None:
    got = titles(
        '<div class="breaking-news-wrapper"><a href="/noticia/4171263/0/mapa-coronavirus/">Las cifras que deja el brote'
        " en España</a></div>"
        '<article><h1><a href="/noticia/4180671/0/cierre-colegios/">Vitoria cierra todos sus centros educativos</a></h1></article>'
    )
    assert [url for url, _ in got] == [SITE + "noticia/4180671/0/cierre-colegios/", SITE + "noticia/4171263/0/mapa-coronavirus/"]


@pytest.mark.parametrize("href", ["/sondatge/450/creses-que-loccitanisme-deuria-jonher-de-rets",
                                  "/news/2/hi/also_in_the_news/"])
def test_polls_and_underscored_section_names_are_not_stories(href: str) -> None:
    got = titles(f'<a href="{href}">Un lien qui a tout d\'un titre de une</a>'
                 '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')
    assert [url for url, _ in got] == [SITE + "monde/2016/02/10/un-vrai-titre"]


def test_a_box_of_classified_ads_is_not_stories() -> None:
    got = titles('<div class="modul-ogloszen-glowna"><a href="/drobne/1,kategoria,9996,ogloszenie.html">'
                 "Sprzedam domenę zulawy.com razem z serwisem</a></div>"
                 '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')
    assert [url for url, _ in got] == [SITE + "monde/2016/02/10/un-vrai-titre"]


def test_subdomain_stories_alt_only_links_and_hidden_links() -> None:
    got = titles(
        '<noscript><a href="/monde/2016/02/09/un-titre-cache">Un titre caché dans un noscript</a></noscript>'
        '<a href="https://sport.example.fr/football/2016/02/10/un-match">Un match de football à rebondissements</a>'
        '<a href="/monde/2016/02/10/une-photo"><img alt="Un titre qui n\'est que dans le texte de l\'image"></a>'
    )
    assert got == [("https://sport.example.fr/football/2016/02/10/un-match", "Un match de football à rebondissements"),
                   (SITE + "monde/2016/02/10/une-photo", "Un titre qui n'est que dans le texte de l'image")]


@pytest.mark.parametrize("charset", ["iso-8859-2", None])
def test_the_page_is_read_in_its_declared_charset_else_utf8(charset: str | None) -> None:
    meta = f'<meta charset="{charset}">' if charset else ""
    html = (f"<html><head>{meta}</head><body>"
            '<a href="/4,63428,Paslek.html">Pasłęk: Śmiertelne zdarzenie na drodze W513</a></body></html>')
    raw = html.encode(charset or "utf-8")
    assert [e.title for e in parse_front_page(raw, SITE).entries] == ["Pasłęk: Śmiertelne zdarzenie na drodze W513"]


@pytest.mark.skipif(not FRONTPAGES.exists(), reason=f"{FRONTPAGES} is absent: the shared front pages live outside the repository")
def test_quality_floor_on_the_shared_front_pages() -> None:
    (scores,) = score_listers(load_frontpages(FRONTPAGES), [("ours", ours)])
    assert scores.precision >= 0.93
    assert scores.recall >= 0.97
    assert scores.leads_right == scores.pages
    assert scores.duplicates <= 0.01


def test_quality_floor_on_the_gathered_dev_pages() -> None:
    (scores,) = score_listers(load_frontpages(GATHERED, "dev"), [("ours", ours)])
    assert scores.recall >= 0.98
    assert scores.precision >= 0.95
    assert scores.leads_right >= scores.pages - 1
    assert scores.duplicates <= 0.02
    assert scores.title_accuracy is not None and scores.title_accuracy >= 0.98
