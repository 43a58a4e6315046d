"""extract_article on pages of our own: headline, time, body without chrome, lead, related."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.models import Article, Headline
from bot.news.article import extract_article
from bot.news.article.meta import strip_site_name
from tests.auxil.pages import article_page, story

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
PEOPLEDAILY_URL = "http://french.peopledaily.com.cn/International/n3/2016/0705/c31356-9081464.html"


def load(name: str, url: str) -> Article:
    """Return the Article extracted from a fixture page."""
    return extract_article((FIXTURES / name).read_bytes(), url)


@pytest.fixture(scope="module")
def peopledaily() -> Article:
    return load("peopledaily-shape.html", PEOPLEDAILY_URL)


@pytest.fixture(scope="module")
def jsonld() -> Article:
    return load("jsonld-newsarticle.html", "https://example.org/2024/03/09/rivers")


@pytest.fixture(scope="module")
def timed() -> Article:
    return load("time-datetime.html", "https://journal.example.fr/culture/2023/10/12/mediatheque")


def test_title_is_the_h1_not_the_site_suffixed_title(peopledaily: Article) -> None:
    assert peopledaily.title == "L'OTAN en pourparlers avec la Russie pour une nouvelle réunion du Conseil OTAN-Russie"


def test_stamp_without_year_is_dated_from_url(peopledaily: Article) -> None:
    assert peopledaily.published == datetime(2016, 7, 5, 8, 36)


def test_body_paragraphs_are_the_story_only(peopledaily: Article) -> None:
    assert len(peopledaily.paragraphs) == 7
    assert peopledaily.paragraphs[0].startswith("L'OTAN est en pourparlers avec la Russie")
    assert peopledaily.paragraphs[-1].endswith("de décision et d'action communes.")
    text = " ".join(peopledaily.paragraphs)
    for chrome in ("Accueil", "Partager", "Facebook", "Rédacteur", "WeChat", "Copyright", "milliardaires"):
        assert chrome not in text


def test_lead_is_cut_at_a_sentence_end(peopledaily: Article) -> None:
    lead = peopledaily.lead
    assert 300 <= len(lead) <= 600
    assert lead.endswith("partie est de l'Alliance.")
    assert lead.startswith("L'OTAN est en pourparlers")


def test_the_sites_column_of_other_headlines_beside_the_story_is_not_related(peopledaily: Article) -> None:
    # Billionaires, a girl and her grandparents, planes: the site's list, not this story's related block.
    assert peopledaily.related == []


def test_language_comes_from_content_language_meta(peopledaily: Article) -> None:
    assert peopledaily.language == "fr"


def test_json_ld_gives_headline_zone_aware_time_and_language(jsonld: Article) -> None:
    assert jsonld.title == "Rivers rise as storms cross the valley"
    assert jsonld.published == datetime(2024, 3, 9, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert jsonld.language == "en"


def test_byline_caption_share_bar_newsletter_and_inserts_are_not_body(jsonld: Article) -> None:
    assert len(jsonld.paragraphs) == 4
    text = " ".join(jsonld.paragraphs)
    for chrome in ("By Ann Example", "Getty", "Share on", "newsletter", "Read more", "cookies", "Home"):
        assert chrome not in text
    assert jsonld.lead.startswith("Rivers across the valley rose")


def test_marked_related_block_wins_and_links_are_absolute_without_fragment(jsonld: Article) -> None:
    assert [h.url for h in jsonld.related] == [
        "https://example.org/2024/03/01/storm-one",
        "https://example.org/2024/02/20/dams",
        "https://example.org/2024/03/08/insurance",
    ]


def test_time_datetime_gives_publication_not_update(timed: Article) -> None:
    assert timed.published == datetime(2023, 10, 12, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def test_byline_above_story_and_lire_aussi_insert_are_dropped(timed: Article) -> None:
    assert timed.paragraphs[0].startswith("La nouvelle médiathèque du centre-ville")
    assert not any("À lire aussi" in p or p.startswith("Par ") for p in timed.paragraphs)
    assert len(timed.paragraphs) == 3


def test_sur_le_meme_sujet_block_is_related(timed: Article) -> None:
    assert [h.title for h in timed.related] == [
        "Les bibliothèques de la région attirent de nouveaux lecteurs",
        "Lecture publique : le département vote son budget",
    ]
    assert timed.language == "fr"


@pytest.mark.parametrize("html", [b"", "", b"\x00\xff\xfe garbage", "<<<>>>", "<html><body></body></html>", "just text"])
def test_empty_or_garbage_page_gives_empty_article(html: bytes | str) -> None:
    article = extract_article(html, "https://example.org/x")
    assert article.title == ""
    assert article.paragraphs == []
    assert article.lead == ""
    assert article.related == []
    assert article.published is None


def test_non_html_input_never_raises() -> None:
    article = extract_article(None, "")  # type: ignore[arg-type]
    assert article.title == ""


def test_bytes_in_declared_charset_are_decoded() -> None:
    html = '<html><head><meta charset="iso-8859-1"><title>Élection à Genève</title></head></html>'.encode("latin-1")
    assert extract_article(html, "https://example.org/").title == "Élection à Genève"


@pytest.fixture(scope="module")
def chrome_heavy() -> Article:
    return load("chrome-heavy.html", "https://gazette.example.fr/region/2022/08/16/vendanges")


def test_cookie_notice_menu_share_newsletter_hidden_and_comments_are_not_body(chrome_heavy: Article) -> None:
    assert len(chrome_heavy.paragraphs) == 4
    text = " ".join(chrome_heavy.paragraphs)
    for chrome in ("cookies", "budget", "Partager", "Jeanne Exemple", "AFP", "Lire aussi", "newsletter",
                   "Texte caché", "commentaires", "passionnant", "Mentions légales"):
        assert chrome not in text, chrome


def test_lead_starts_with_the_story_not_the_byline_or_credit(chrome_heavy: Article) -> None:
    assert chrome_heavy.lead.startswith("Les premiers raisins ont été cueillis")
    assert chrome_heavy.lead.endswith("installée depuis trente ans.")


def test_a_lire_aussi_block_is_related_without_menu_or_social_links(chrome_heavy: Article) -> None:
    assert [h.url for h in chrome_heavy.related] == [
        "https://gazette.example.fr/economie/2022/08/10/secheresse-agriculteurs",
        "https://gazette.example.fr/economie/2022/07/28/prix-du-vin",
    ]


def test_article_published_time_meta_keeps_its_zone(chrome_heavy: Article) -> None:
    assert chrome_heavy.published == datetime(2022, 8, 16, 6, 0, tzinfo=timezone(timedelta(hours=2)))
    assert chrome_heavy.language == "fr"


def test_photo_caption_with_agency_credit_is_not_body() -> None:
    story = "".join(f"<p>Paragraph {i} of the story tells what happened, in a sentence long enough to count.</p>" for i in range(6))
    html = (f"<html><body><article><h1>Storm</h1><p>Rescuers search the rubble on Monday. (AP Photo/Jane Roe)</p>"
            f"{story}</article></body></html>")
    article = extract_article(html, "https://example.org/storm")
    assert article.paragraphs[0].startswith("Paragraph 0")
    assert not any("AP Photo" in p for p in article.paragraphs)


def test_story_split_into_sibling_sections_is_read_whole() -> None:
    section = ("<div class='story-section'><div class='text'>"
               + "".join(f"<p>Part {{n}}, sentence {i}, which carries enough words, commas, and prose to score.</p>" for i in range(4))
               + "</div></div>")
    html = ("<html><body><main>" + "".join(section.format(n=n) for n in range(3))
            + "<aside><p>Unrelated sidebar text that should stay out of the story body.</p></aside></main></body></html>")
    article = extract_article(html, "https://example.org/long-read")
    assert len(article.paragraphs) == 12
    assert article.paragraphs[0].startswith("Part 0") and article.paragraphs[-1].startswith("Part 2")


def test_script_built_page_falls_back_to_json_ld_article_body() -> None:
    body = "\\n".join(f"Paragraph {i} of the story, told in one sentence that is long enough to read." for i in range(8))
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "App page",'
            f' "articleBody": "{body}"}}</script></head><body><div id="root"></div></body></html>')
    article = extract_article(html, "https://example.org/app")
    assert article.title == "App page"
    assert len(article.paragraphs) == 8
    assert article.lead.startswith("Paragraph 0 of the story")


def test_page_without_body_uses_its_description_as_lead() -> None:
    html = ('<html><head><meta property="og:description" content="The council voted on Monday. '
            'The new bridge opens in May."></head><body><div id="app"></div></body></html>')
    article = extract_article(html, "https://example.org/app")
    assert article.paragraphs == []
    assert article.lead == "The council voted on Monday. The new bridge opens in May."


def test_stamp_without_zone_takes_the_zone_the_page_declares_elsewhere() -> None:
    html = ('<html><head><meta property="article:modified_time" content="2016-07-05T10:00:00+08:00"></head>'
            '<body><h1>Title of the story</h1><div class="info">Dernière mise à jour à 08h36 le 05/07</div>'
            '<p>Body text of the story, with enough words and commas, to be read as prose.</p></body></html>')
    article = extract_article(html, PEOPLEDAILY_URL)
    assert article.published == datetime(2016, 7, 5, 8, 36, tzinfo=timezone(timedelta(hours=8)))


STORY = "".join(
    f"<p>Sentence {i} of the story, with commas, names and enough words to read as prose here.</p>" for i in range(6)
)


def test_section_named_after_its_heading_is_not_a_share_bar() -> None:
    html = (f"<html><body><article><h1>Guide</h1><div class='section intro'>{STORY}</div>"
            f"<div class='section sharing-with-multiple-developers-and-review'>{STORY}</div></article></body></html>")
    assert len(extract_article(html, "https://example.org/guide").paragraphs) == 12


def test_pop_up_card_of_links_inside_a_sentence_is_dropped() -> None:
    card = ("<span class='card'>" + " ".join(f"<a href='/s{i}'>Another story about the same person number {i}</a>"
                                              for i in range(3)) + "</span>")
    html = (f"<html><body><article><h1>Court</h1><p>A man threatened Rep. <a href='/p'>Jane Roe</a>{card} "
            f"(D-Minn.), prosecutors said on Monday.</p>{STORY}</article></body></html>")
    first = extract_article(html, "https://example.org/court").paragraphs[0]
    assert first == "A man threatened Rep. Jane Roe (D-Minn.), prosecutors said on Monday."


def test_nav_footer_and_other_sites_are_never_related() -> None:
    links = "".join(f"<li><a href='{href}'>Headline number {i} about something else</a></li>"
                    for i, href in enumerate(["/a/1", "/a/2", "https://other.example.com/a/3"]))
    html = (f"<html><body><nav><ul>{links}</ul></nav><article><h1>The headline of the story</h1>{STORY}</article>"
            f"<aside class='related'><h3>Related</h3><ul>{links}</ul></aside>"
            f"<footer><ul>{links}</ul></footer></body></html>")
    related = extract_article(html, "https://www.example.org/story").related
    assert [h.url for h in related] == ["https://www.example.org/a/1", "https://www.example.org/a/2"]


def test_unmarked_list_after_the_story_is_related_when_its_headlines_share_the_story_subject() -> None:
    links = "".join(f"<li><a href='/news/{i}.html'>Floods in the north: update number {i} of the day</a></li>"
                    for i in range(4))
    html = (f"<html><body><div class='top'><a href='/'>Home</a></div><div class='main'><h1>Floods reach the city</h1>"
            f"{STORY}</div><div class='list'><ul>{links}</ul></div></body></html>")
    related = extract_article(html, "http://news.example.cn/world/2016/0705/c1.html").related
    assert len(related) == 4
    assert related[0] == Headline(title="Floods in the north: update number 0 of the day",
                                  url="http://news.example.cn/news/0.html")


def test_unmarked_list_of_other_subjects_and_a_site_box_marked_like_related_are_not_related() -> None:
    others = "".join(f"<li><a href='/news/{i}.html'>Other headline number {i} of the day</a></li>" for i in range(4))
    floods = "".join(f"<li><a href='/news/f{i}.html'>Floods in the north: update number {i}</a></li>" for i in range(4))
    html = (f"<html><body><div class='main'><h1>Floods reach the city</h1>{STORY}</div>"
            f"<div class='list'><ul>{others}</ul></div>"
            f"<div class='related'><h3>Most read</h3><ul>{floods}</ul></div></body></html>")
    assert extract_article(html, "http://news.example.cn/world/2016/0705/c1.html").related == []


def test_a_related_block_over_a_from_the_blog_label_is_related_and_tag_pages_are_left_out() -> None:
    links = "".join(f"<li><a href='/2012/0{i + 1}/post-{i}/'>A post of the blog, number {i} of them</a></li>" for i in range(3))
    html = (f"<html><body><article><h1>A post</h1>{STORY}</article><div class='entry-related'><h4>Related Posts</h4>"
            f"<p>From Gadgetwise</p><ul>{links}<li><a href='/tag/kinvey/'>All Articles for Kinvey and more</a></li></ul>"
            "</div></body></html>")
    related = extract_article(html, "https://blog.example.com/2012/11/06/a-post/").related
    assert [h.url for h in related] == [f"https://blog.example.com/2012/0{i + 1}/post-{i}/" for i in range(3)]


def test_paragraph_made_of_links_does_not_win_over_the_story() -> None:
    names = ", ".join(f"<a href='/u/{i}'>user{i}</a>" for i in range(400))
    html = (f"<html><body><div class='story'><h1>Tale</h1>{STORY}</div>"
            f"<div class='kudos'><p>Kudos from {names}</p></div></body></html>")
    paragraphs = extract_article(html, "https://example.org/tale").paragraphs
    assert len(paragraphs) == 6 and not any("user1" in p for p in paragraphs)


def test_story_linking_back_to_itself_with_tracking_query_is_not_related() -> None:
    # Headlines on the story's subject: a box marked only by its class must be about the story.
    links = "".join(f"<li><a href='{href}'>Floods: headline about the news number {i}</a></li>" for i, href in
                    enumerate(["/news/story?intcid=CNI-1", "/news/other-story-of-the-day", "/news.php?id=7", "/news.php?id=8"]))
    html = f"<html><body><article><h1>Floods reach the city</h1>{STORY}</article><aside class='related'><ul>{links}</ul></aside></body></html>"
    related = extract_article(html, "https://example.org/news.php?id=8&utm_source=x").related
    assert [h.url for h in related] == ["https://example.org/news/story?intcid=CNI-1", "https://example.org/news/other-story-of-the-day",
                                        "https://example.org/news.php?id=7"]


def test_related_link_with_kicker_is_titled_by_its_heading() -> None:
    items = "".join(f"<li><a href='/monde/{i}'><span class='slug'>Reportage</span><h2>Titre de l'article lié numéro {i}</h2></a>"
                    f"<span class='author'>Par Jean Exemple</span></li>" for i in range(2))
    html = (f"<html><body><article><h1>Un article du jour</h1>{STORY}</article>"
            f"<aside class='related'><h3>Sur le même sujet</h3><ul>{items}</ul></aside></body></html>")
    related = extract_article(html, "https://journal.example.fr/monde/story").related
    assert [h.title for h in related] == ["Titre de l'article lié numéro 0", "Titre de l'article lié numéro 1"]


def test_site_header_date_before_the_headline_is_not_the_story_date() -> None:
    html = ("<html><body><div class='top'><span class='date'>Mardi 28 novembre 2023</span>"
            "<time datetime='2023-11-28T06:00'>06:00</time></div>"
            "<h1>Le titre de l'article du jour</h1><p class='info'>Publié le 27 novembre 2023 à 18h05</p>"
            f"{STORY}</body></html>")
    article = extract_article(html, "https://journal.example.fr/article")
    assert article.published == datetime(2023, 11, 27, 18, 5)


def test_a_titled_related_block_with_a_single_story_is_kept() -> None:
    page = story(3)
    page.related = page.related[:1]
    html = article_page(page).replace("Les articles les plus lus", "Sur le même sujet")
    article = extract_article(html, "http://news.test" + page.path)
    assert [h.url for h in article.related] == ["http://news.test" + page.related[0][0]]


@pytest.mark.parametrize(("title", "host", "want"), [
    ("How to stay fit at home | The Beachbody Blog", "www.beachbody.com", "How to stay fit at home"),
    ("Le gouvernement présente son budget - Le Monde", "www.lemonde.fr", "Le gouvernement présente son budget"),
    ("宇航员在太空中喝酒会怎么样？后果很严重_探索者_光明网", "", "宇航员在太空中喝酒会怎么样？后果很严重"),
    ("Ghosts - a short story", "example.org", "Ghosts - a short story"),
])
def test_strip_site_name(title: str, host: str, want: str) -> None:
    # The CJK case has no host hint: the heading that repeats one part of the title picks it.
    headings = ["宇航员在太空中喝酒会怎么样？后果很严重"] if "_" in title else []
    assert strip_site_name(title, {"光明网"} if not host else set(), host, headings) == want


def test_the_short_cells_of_a_results_table_stay_out_of_the_lead() -> None:
    rows = "".join(f"<tr><td>{n}.</td><td>Driver Number{n} Jr.</td><td>Team {n} Racing Inc.</td></tr>" for n in range(1, 8))
    prose = ("Martin Truex Jr. won the race on Sunday after a late restart, holding off the field over the last ten laps. "
             "It was his third win of the season and the team's first on a short track since the spring.")
    html = (f"<html><head><title>Truex wins at Richmond</title></head><body><article><h1>Truex wins at Richmond</h1>"
            f"<table><tr><th>Pos.</th><th>Driver</th><th>Team</th></tr>{rows}</table>"
            f"<p>{prose}</p><p>{prose}</p></article></body></html>")
    article = extract_article(html, "https://news.example.com/2020/10/10/truex-wins-at-richmond")
    assert article.lead.startswith("Martin Truex Jr. won the race")
    assert "Driver Number1 Jr." in " ".join(article.paragraphs)  # the table stays in the body


def test_a_custom_element_named_like_a_media_tag_does_not_swallow_the_rest_of_the_page() -> None:
    # "<video-js>" is closed by "</video-js>", never by "</video>": read as a video, it took the page with it.
    html = (f"<html><body><article><h1>Story</h1><div class='player'><video-js id='p1' controls></video-js></div>"
            f"{STORY}</article></body></html>")
    assert len(extract_article(html, "https://example.org/story").paragraphs) == 6


@pytest.mark.parametrize(("title", "want"), [
    ("Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷（1/2 ページ）", "Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷"),
    ("The long road to the budget vote (page 2 of 3)", "The long road to the budget vote"),
    ("Die Reform der Rente im Überblick - Seite 2", "Die Reform der Rente im Überblick"),
    ("Le budget 2024 expliqué en deux épisodes (1/2)", "Le budget 2024 expliqué en deux épisodes (1/2)"),  # a series' part stays
])
def test_a_story_title_loses_the_page_number_of_a_story_split_over_pages(title: str, want: str) -> None:
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "<p>Une phrase de l'article, assez longue pour se lire comme de la prose, avec des mots.</p>" * 5
            + "</article></body></html>")
    assert extract_article(html, "https://news.example.org/2024/05/01/story-4711.html").title == want


def test_a_paragraphs_bold_run_in_heading_stays_in_the_body_but_out_of_the_lead() -> None:
    first = ("François Hollande s'est rendu mardi après-midi au chevet de Théo, à l'hôpital d'Aulnay-sous-Bois, "
             "selon l'Élysée.")
    second = ("Le chef de l'État, qui est resté une demi-heure avec Théo entouré de sa famille, a salué sa dignité "
              "et sa responsabilité après ce qui lui est arrivé.")
    html = (f"<html><head><title>Hollande au chevet de Théo</title></head><body><article><h1>Hollande au chevet de Théo"
            f"</h1><p>{first}</p><p><b>30 minutes.</b> {second}</p><p>{second}</p></article></body></html>")
    article = extract_article(html, "https://www.journal.example/societe/hollande-au-chevet-de-theo-2972081")
    assert article.paragraphs[1].startswith("30 minutes. Le chef de l'État")  # the text as the page gives it
    assert "30 minutes." not in article.lead and "Le chef de l'État" in article.lead
    assert article.quotable[1].startswith("Le chef de l'État")
    # A bold opening that is a sentence of the text, not a heading of a few words, stays in the lead.
    bold = html.replace("<b>30 minutes.</b>", "<b>Le président a parlé aux médecins pendant une longue heure.</b>")
    assert "Le président a parlé" in extract_article(bold, "https://www.journal.example/societe/x-2972081").lead


def test_a_title_meta_tag_the_template_sets_to_the_sites_name_gives_way_to_the_one_the_pages_title_holds() -> None:
    body = "<p>" + "Un colectivo de la línea Oeste activó el protocolo de emergencia en ruta 36 y 520 esta tarde. " * 3 + "</p>"
    html = ('<html><head><title>En ruta 36 y 520 activan protocolo de emergencia en un colectivo - La Ciudad</title>'
            '<meta name="dc:title" content="Diario El Dia de La Plata www.eldia.com">'
            '<meta property="og:title" content="En ruta 36 y 520 activan protocolo de emergencia en un colectivo">'
            f'</head><body><article>{body}</article></body></html>')
    assert extract_article(html, "https://www.eldia.com/nota/2020-4-15-16-5-0-en-ruta").title == \
        "En ruta 36 y 520 activan protocolo de emergencia en un colectivo"
    # A social title the <title> does not hold stays the story's title where no other tag is held by it.
    html = ('<html><head><title>UK orders review of cosmetic surgery industry | WORLD News</title>'
            '<meta property="og:title" content="Cosmetic surgery reviewed after botched implants">'
            '<meta name="title" content="UK orders review of cosmetic surgery industry | WORLD News">'
            f'</head><body><article>{body}</article></body></html>')
    assert extract_article(html, "https://tvnz.co.nz/world-news/cosmetic-surgery-4680283").title == \
        "Cosmetic surgery reviewed after botched implants"


def test_a_story_a_vue_page_sets_in_a_slots_template_is_read_but_a_plain_templates_markup_is_not() -> None:
    prose = "".join(f"<p>Phrase {i} de l'article sur la crue, avec des virgules, des noms et assez de mots pour se lire"
                    f" comme de la prose.</p>" for i in range(5))
    slotted = (f"<html><body><article-layout><template v-slot:content><h1>La crue atteint la ville</h1>{prose}"
               "</template></article-layout></body></html>")
    assert len(extract_article(slotted, "https://www.journal.example/monde/la-crue-atteint-la-ville.html").paragraphs) == 5
    inert = (f"<html><body><h1>La crue atteint la ville</h1>{prose}<template><p>Un gabarit de commentaire que le script "
             "copie, avec des virgules, des noms et assez de mots pour se lire comme de la prose.</p></template></body></html>")
    assert len(extract_article(inert, "https://www.journal.example/monde/la-crue-atteint-la-ville.html").paragraphs) == 5
