"""Related headlines (bot/news/article/related.py, related_words.py): the story's own block, never the site's."""

from bot.news.article import extract_article
from bot.news.article.related_words import names_section, names_site, site_box, titles_related

URL = "https://www.journal.example/monde/2020/10/08/la-crue-atteint-la-ville_123.html"
STORY = "".join(
    f"<p>Phrase {i} de l'article, avec des virgules, des noms et assez de mots pour se lire comme de la prose.</p>"
    for i in range(6)
)


def links(prefix: str, count: int = 3, words: str = "Un autre titre du journal") -> str:
    """Return list items linking to count stories of the site under /prefix/."""
    return "".join(f"<li><a href='/{prefix}/2020/10/0{i + 1}/story-{prefix}-{i}.html'>{words} numéro {i} {prefix}</a></li>"
                   for i in range(count))


def page(after: str, *, before: str = "", inside: str = "") -> str:
    """Return an article page with boxes before the story, inside it (after its text) and after it."""
    return (f"<html><body>{before}<div class='page'><article><h1>La crue atteint la ville</h1>{STORY}{inside}"
            f"</article>{after}</div></body></html>")


def related_paths(html: str, url: str = URL) -> list[str]:
    """Return the paths of the related headlines extract_article finds."""
    return [h.url.split("journal.example", 1)[1] for h in extract_article(html, url).related]


def test_a_sections_list_titled_dans_la_meme_rubrique_is_not_related_but_sur_le_sujet_is() -> None:
    html = page(f"<aside><div><h5>+ Dans la même rubrique</h5><ul>{links('rubrique')}</ul></div>"
                f"<div><h5>+ Sur le sujet</h5><ul>{links('enquete', 2)}</ul></div></aside>")
    assert related_paths(html) == ["/enquete/2020/10/01/story-enquete-0.html", "/enquete/2020/10/02/story-enquete-1.html"]


def test_a_box_of_topic_pages_marked_related_gives_nothing() -> None:
    topics = ("<div class='related-topics'><p>Les sujets associés</p><ul>"
              "<li><a href='/politique/sante/coronavirus/'>Coronavirus - Covid-19 en France</a></li>"
              "<li><a href='/economie/emploi/'>Emploi et chômage en France</a></li></ul></div>")
    assert related_paths(page(topics)) == []


def test_a_box_offering_more_of_the_site_by_its_name_is_the_sites_but_related_news_on_it_is_related() -> None:
    assert related_paths(page(f"<div><h3>More on JOURNAL</h3><ul>{links('more')}</ul></div>")) == []
    related = related_paths(page(f"<div><strong>Related News On Journal:</strong><div>{links('rel', 2)}</div></div>"))
    assert related == ["/rel/2020/10/01/story-rel-0.html", "/rel/2020/10/02/story-rel-1.html"]


def test_names_site_reads_the_hosts_name_in_the_label_and_short_names_only_at_its_end() -> None:
    assert names_site("À la une de libération.fr", "https://www.liberation.fr/x")
    assert names_site("MORE FROM TELEGRAPH.CO.UK", "http://www.telegraph.co.uk/news/1.html")
    assert site_box("More on Time.com", "http://newsfeed.time.com/2011/08/24/a/")
    assert not site_box("More time for the rescue teams", "http://time.com/a")
    assert not site_box("Related News On Huffington Post", "http://www.huffingtonpost.com/a")


def test_links_with_an_arrow_and_journalists_pages_are_not_headlines() -> None:
    box = ("<div class='storyMoreOn'><h3>More on this story</h3><ul>"
           "<li><a href='/news/2020/10/07/world-news-roundup-123.html'>World News and more »</a></li>"
           "<li><a href='/journalists/harriet-alexander/'>Harriet Alexander the reporter</a></li>"
           "<li><a href='/news/2020/10/07/asia-news-of-the-day-124.html'>Asia news of the day »</a></li></ul></div>")
    assert related_paths(page(box)) == []


def test_previous_and_next_story_links_are_navigation_not_related() -> None:
    box = ("<div class='related-posts'><h3>Related</h3>"
           "<a rel='prev' href='/a/2020/10/01/older-story.html'>The story published just before this one</a>"
           "<a class='next' href='/a/2020/10/09/newer-story.html'>The story published just after this one</a>"
           "<a href='/a/2020/10/07/other.html'>Previous article: a flood of last year in the north</a></div>")
    assert related_paths(page(box)) == []


def test_a_box_of_partners_links_titled_related_gives_nothing() -> None:
    box = f"<div class='related_links'><div class='headerOne'>Related Partners</div><ul>{links('partner', 2)}</ul></div>"
    assert related_paths(page(box)) == []


def test_a_related_box_that_also_holds_the_blogs_latest_and_the_sites_lists_gives_its_first_list() -> None:
    box = (f"<div class='relatedContent'><h3>Related</h3>"
           f"<div class='tout'><h4>Stories</h4><ul>{links('stories')}</ul></div>"
           f"<div class='tout'><h4>Newsfeed</h4><ul>{links('newsfeed')}</ul></div>"
           f"<div class='more'><h3><a href='/'>More on the site</a></h3><ul>{links('site')}</ul></div></div>")
    assert related_paths(page(box)) == [f"/stories/2020/10/0{i + 1}/story-stories-{i}.html" for i in range(3)]


def test_a_recommended_title_over_an_ad_networks_box_does_not_name_the_column_around_it() -> None:
    column = ("<div class='sidebar-column'><div class='taboola-sidebar'><h6>Recommended</h6>"
              "<a href='https://ads.example.net/'>An advertiser's offer of the week</a></div>"
              f"<div class='b-tabs'><h6>Multimedia</h6><ul>{links('photo', 2)}</ul></div></div>")
    assert related_paths(page(column)) == []


def test_a_box_whose_class_says_it_has_no_footer_is_not_chrome() -> None:
    box = f"<div class='mod-container mod-no-footer'><h4>ALSO SEE</h4><ul>{links('also', 2)}</ul></div>"
    assert related_paths(page(box)) == ["/also/2020/10/01/story-also-0.html", "/also/2020/10/02/story-also-1.html"]


def test_a_related_box_inside_a_page_wrapper_classed_like_navigation_is_kept() -> None:
    html = (f"<html><body><div class='site-container int-nav'><article><h1>La crue atteint la ville</h1>{STORY}</article>"
            f"<div class='li-relatedlinks'><h3>Sur le même sujet</h3><ul>{links('meme', 2)}</ul></div>"
            "</div></body></html>")
    assert related_paths(html) == ["/meme/2020/10/01/story-meme-0.html", "/meme/2020/10/02/story-meme-1.html"]


def test_more_from_over_an_authors_name_and_read_next_are_the_sites() -> None:
    author = (f"<div class='columnist'><h3>MORE FROM</h3><a href='/author/keith/'>Keith Kelly</a>"
              f"<ul>{links('author')}</ul></div>")
    read_next = f"<div class='read-next-wrapper'><h3>Read Next</h3><ul>{links('next', 2)}</ul></div>"
    assert related_paths(page(author + read_next)) == []


def test_polish_titles_of_related_stories_title_a_box_and_an_ad_in_it_is_no_headline() -> None:
    for title in ("Przeczytaj więcej", "Czytaj także", "Zobacz też", "Powiązane artykuły"):
        assert titles_related(title), title
    ad = "<li><a href='/monde/2020/10/05/noc-bez-vat.html'>Reklama Już 18 kwietnia Noc bez vat w salonie</a></li>"
    html = page(f"<div class='boxNews'><div><span>Przeczytaj więcej</span></div><ul>{links('monde')}{ad}</ul></div>")
    assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]


def test_more_about_the_storys_subject_titles_related_stories_in_german_spanish_and_portuguese() -> None:
    for title in ("Mehr über Missbrauch in der Kirche", "Mehr zum Hochwasser", "Más sobre la crecida", "Mais sobre a cheia"):
        assert titles_related(title), title
        html = page(f"<div><h3>{title}</h3><ul>{links('monde')}</ul></div>")
        assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)], title
    assert not titles_related("Nimmermehr zurück")


def test_a_sentence_saying_more_about_something_is_not_a_related_title() -> None:
    assert not titles_related("To find out more about Facebook commenting please read the guidelines")
    assert titles_related("Related News On Huffington Post:")
    assert titles_related("NOS ARTICLES LIÉS »")
    box = ("<div class='util-bar'><p>To find out more about commenting, read the</p>"
           "<a href='/conversation-guidelines/'>Conversation Guidelines and FAQs</a></div>")
    assert related_paths(page(box)) == []


def test_the_newsrooms_and_the_authors_picks_are_related_when_about_the_story_as_any_recommendation() -> None:
    # Picks are recommendations ("Empfehlungen der Redaktion" as much as "La rédaction vous conseille"): the
    # story's own block when they share its subject, the site's choice of other stories when they do not.
    words = "La ville après la crue"
    redaction = f"<aside><div>La rédaction vous conseille</div><ul>{links('conseil', 2, words=words)}</ul></aside>"
    assert related_paths(page(redaction)) == [f"/conseil/2020/10/0{i + 1}/story-conseil-{i}.html" for i in range(2)]
    auteur = ("<div class='bloc-recommande'><div class='bloc-head'>L'auteur vous recommande</div>"
              f"<ul>{links('analyse', 3, words=words)}</ul></div>")
    assert related_paths(page(auteur)) == [f"/analyse/2020/10/0{i + 1}/story-analyse-{i}.html" for i in range(3)]
    elsewhere = f"<aside><div>La rédaction vous conseille</div><ul>{links('conseil', 2)}</ul></aside>"
    assert related_paths(page(elsewhere)) == []


def test_a_one_link_more_insert_in_the_text_is_related() -> None:
    insert = ("<p><strong>MORE:</strong> <a href='/nation/2020/10/07/crue-de-l-an-dernier.html'>"
              "La crue de l'an dernier avait déjà touché la ville</a></p>")
    assert related_paths(page("", inside=insert)) == ["/nation/2020/10/07/crue-de-l-an-dernier.html"]


def test_a_titled_teaser_of_one_story_linked_by_its_picture_and_its_headline_is_an_insert() -> None:
    teaser = ("<aside class='article__readmore'><span>Lesen Sie auch</span><article>"
              "<a href='/nation/2020/10/01/la-crue-de-1910.html'><img src='/crue.jpg' alt=''></a>"
              "<div><time>14/08/2021</time><a href='/nation/2020/10/01/la-crue-de-1910.html'>La crue de 1910 à Paris</a>"
              "<p>Un résumé de l'article, avec des virgules, des noms et des mots en nombre pour se lire comme du texte."
              " Un résumé de l'article, avec des virgules, des noms et des mots en nombre.</p></div></article></aside>")
    assert related_paths(page("", inside=teaser)) == ["/nation/2020/10/01/la-crue-de-1910.html"]


def test_a_paragraph_that_says_also_read_before_its_one_link_is_an_insert_but_a_link_named_so_is_not() -> None:
    # (beside a link in the prose: the paragraph, not the story's text, is the insert)
    insert = ("<p>Also read: <a href='/nation/2020/10/07/crue-de-l-an-dernier.html'>"
              "La crue de l'an dernier avait déjà touché la ville</a></p>"
              "<p>Selon <a href='https://meteo.example/'>le service météo</a>, la décrue commencera demain matin.</p>")
    assert related_paths(page("", inside=insert)) == ["/nation/2020/10/07/crue-de-l-an-dernier.html"]
    assert related_paths(page("", inside="<p><a href='/nation/lire-aussi/'>Lire aussi</a></p>")) == []


def test_a_class_saying_what_a_related_box_has_names_no_chrome() -> None:
    # "with ajax pagination": its pages of related stories turn; it is no pagination bar (nor "no-footer" a footer)
    for marks in ("td_block_related_posts td_with_ajax_pagination", "related-box has-pagination", "related no-footer"):
        html = page(f"<div class='{marks}'><h4>Related articles</h4><ul>{links('monde')}</ul></div>")
        assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)], marks


def test_a_title_over_paragraphs_of_one_link_each_in_the_text_is_a_block() -> None:
    inside = ("<p>相關文章：</p>"
              "<p><a href='/nation/2020/10/07/crue-de-l-an-dernier.html'>La crue de l'an dernier avait touché la ville</a></p>"
              "<p><a href='/nation/2020/10/06/digues.html'>Les digues de la ville face à la crue</a></p>"
              "<p>La suite du texte de l'article, une phrase sans lien qui ferme la liste des titres.</p>")
    assert related_paths(page("", inside=inside)) == ["/nation/2020/10/07/crue-de-l-an-dernier.html",
                                                      "/nation/2020/10/06/digues.html"]


def test_a_title_alone_in_its_paragraph_over_paragraphs_of_one_link_each_is_a_block() -> None:
    inside = ("<p><strong>Новости по теме:</strong></p>"
              "<p><strong><a href='/nation/2020/10/07/crue.html'>La crue de l'an dernier avait touché la ville</a></strong></p>"
              "<p><strong><a href='/nation/2020/10/06/digues.html'>Les digues de la ville face à la crue</a></strong></p>"
              "<p>La suite du texte de l'article, une phrase sans lien qui ferme la liste des titres.</p>")
    assert related_paths(page("", inside=inside)) == ["/nation/2020/10/07/crue.html", "/nation/2020/10/06/digues.html"]


def test_a_title_over_links_a_line_each_is_a_block() -> None:
    prose = "La crue a touché la ville, disent les habitants, et les pompiers ont travaillé toute la nuit sans relâche. " * 3
    inside = (f"<p>{prose}<br><b>PRZECZYTAJ TAKŻE:</b><br>"
              "<b><a href='/nation/2020/10/07/crue.html'>La crue de l'an dernier avait touché la ville</a></b><br>"
              "<b><a href='/nation/2020/10/06/digues.html'>Les digues de la ville face à la crue</a></b><br>"
              f"{prose}</p>")
    assert related_paths(page("", inside=inside)) == ["/nation/2020/10/07/crue.html", "/nation/2020/10/06/digues.html"]


def test_a_titled_list_whose_items_add_a_summary_to_their_link_is_a_block() -> None:
    summary = "<small>" + "Un long résumé de l'article, avec des virgules, des noms et des mots en nombre. " * 3 + "</small>"
    items = "".join(f"<li><a href='/nation/2020/10/0{i + 1}/crue-{i}.html'>La crue de l'an dernier, épisode {i}</a>"
                    f" {summary}</li>" for i in range(3))
    html = page(f"<div class='box'><p>Related articles:</p><ol>{items}</ol></div>")
    assert related_paths(html) == [f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in range(3)]


def test_a_titled_box_of_teaser_cards_each_linking_one_story_by_picture_and_headline_is_a_block() -> None:
    summary = "<p>" + "Un long résumé de l'article, avec des virgules, des noms et des mots en nombre. " * 3 + "</p>"
    cards = "".join(f"<article><a href='/nation/2020/10/0{i + 1}/crue-{i}.html'><img src='/i{i}.jpg' alt=''></a>"
                    f"<h3><a href='/nation/2020/10/0{i + 1}/crue-{i}.html'>La crue de l'an dernier, épisode {i}</a></h3>"
                    f"{summary}</article>" for i in range(3))
    html = page(f"<aside class='news-box'><h2>Sur le même sujet</h2>{cards}</aside>")
    assert related_paths(html) == [f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in range(3)]
    # a card may also link its section and its tags' pages ("In News, Portugal"), not a second story
    sections = cards.replace("</h3>", "</h3>In <a href='/nation/'>Nation</a>, <a href='/tag/crues'>crues</a>", 1)
    assert related_paths(page(f"<aside class='news-box'><h2>Sur le même sujet</h2>{sections}</aside>")) == \
        [f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in range(3)]
    mixed = cards.replace("</h3>", "</h3><a href='/monde/2020/10/09/autre-histoire.html'>Une autre histoire</a>", 1)
    assert related_paths(page(f"<aside class='news-box'><h2>Sur le même sujet</h2>{mixed}</aside>")) == []


def test_a_titled_list_whose_items_are_teaser_cards_each_linking_one_story_by_picture_and_headline_is_a_block() -> None:
    # (a related-posts plugin's list: "<li><div><a><img></a></div><div><a>...</a><p>summary</p></div></li>")
    summary = "<p>" + "Un long résumé de l'article, avec des virgules, des noms et des mots en nombre. " * 3 + "</p>"
    items = "".join(f"<li><div class='image'><a href='/nation/2020/10/0{i + 1}/crue-{i}.html'><img src='/i{i}.jpg' alt=''></a>"
                    f"</div><div class='content'><a href='/nation/2020/10/0{i + 1}/crue-{i}.html'>La crue de l'an dernier,"
                    f" épisode {i}</a>{summary}</div></li>" for i in range(3))
    html = page(f"<div class='rp4wp-related-posts'><h3>Sur le même sujet</h3><ul>{items}</ul></div>")
    assert related_paths(html) == [f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in range(3)]
    # (a story named by a short slug, "/rot-einrichten/", is one card all the same: the block stands)
    short = items.replace("/nation/2020/10/01/crue-0.html", "/crue-ancienne/")
    assert related_paths(page(f"<div class='rp4wp-related-posts'><h3>Sur le même sujet</h3><ul>{short}</ul></div>")) == [
        f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in (1, 2)]
    # (an item linking two stories makes it no list of cards)
    mixed = items.replace("</div></li>", "<a href='/monde/2020/10/09/autre-histoire.html'>Une autre histoire</a></div></li>", 1)
    assert related_paths(page(f"<div class='rp4wp-related-posts'><h3>Sur le même sujet</h3><ul>{mixed}</ul></div>")) == []


def test_a_related_posts_plugins_box_is_the_storys_own_whatever_words_its_headlines_share_with_it() -> None:
    # (YARPP, Related Posts for WordPress, Jetpack: the plugin chose them by the story's words and terms)
    items = "".join(f"<li><a href='/blog/billet-sur-un-tout-autre-theme-{i}/'>Un billet sur un tout autre thème, numéro {i}</a>"
                    "</li>" for i in range(3))
    for box in ("yarpp-related", "rp4wp-related-posts", "jp-relatedposts"):
        html = page(f"<div class='{box}'><h3>Related posts:</h3><ol>{items}</ol></div>")
        assert related_paths(html) == [f"/blog/billet-sur-un-tout-autre-theme-{i}/" for i in range(3)], box
    # (a box a theme only calls "related" still has to be about the story)
    assert related_paths(page(f"<div class='related-box'><h3>You might also like</h3><ol>{items}</ol></div>")) == []


def test_words_after_a_link_in_a_sentence_title_nothing() -> None:
    prose = ("<p>La ville a mesuré la crue. Consultez <a href='/nation/2020/10/01/guide-des-crues.html'>notre guide"
             " des crues</a> to learn more about these floods.</p>")
    assert related_paths(page("", inside=prose)) == []


def test_an_h1_after_the_pages_first_can_title_a_related_box_but_the_storys_own_h1_cannot() -> None:
    html = page(f"<section><h1>Related Stories</h1><ul>{links('monde')}</ul></section>")
    assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]
    # the page's first h1 is the story's headline, whatever its words: "Related ..." there names no box
    headline_first = (f"<html><body><div class='page'><article><h1>Related deaths rise</h1>{STORY}</article>"
                      f"<ul>{links('monde')}</ul></div></body></html>")
    assert related_paths(headline_first) == []


def test_a_lone_insert_about_something_else_is_not_the_storys() -> None:
    insert = ("<p><strong>ALSO READ</strong> <a href='/culture/le-festival-de-jazz-ouvre-samedi.html'>"
              "Le festival de jazz ouvre samedi soir</a></p>")
    assert related_paths(page("", inside=insert)) == []


def test_an_unmarked_column_whose_lists_are_mostly_about_other_things_is_not_related() -> None:
    about = "".join(f"<li><a href='/crue/{i}.html'>La crue atteint un autre quartier, épisode {i}</a></li>" for i in range(2))
    column = (f"<div class='column'><ul>{about}</ul><h4>Économie</h4><ul>{links('eco', 4)}</ul>"
              f"<h4>Sport</h4><ul>{links('sport', 4)}</ul></div>")
    assert related_paths(page(column)) == []


def test_a_box_also_on_the_site_is_the_sites_and_the_one_link_same_subject_box_wins() -> None:
    same = ("<aside class='aside--related'><div>Sur le même sujet</div>"
            "<a href='/france/20201008-la-crue-gagne-le-sud'>La crue gagne aussi la ville du sud</a></aside>")
    also = f"<aside class='aside--related'><div>Également sur Journal</div><ul>{links('france', 3)}</ul></aside>"
    assert related_paths(page(same + also)) == ["/france/20201008-la-crue-gagne-le-sud"]


def test_a_link_to_a_section_named_in_a_word_or_two_is_not_a_headline() -> None:
    box = ("<div class='relatedStory'><h3>Related Stories</h3><ul>"
           "<li><a href='/news/canada/british-columbia'>Top stories from British Columbia</a></li>"
           "<li><a href='/news/canada/bc-flood-warning-1.5754648'>La crue menace aussi la ville voisine</a></li>"
           "<li><a href='/news/canada/dam-deaths-human-error'>La crue atteint la ville par une erreur humaine</a></li>"
           "</ul></div>")
    assert related_paths(page(box)) == ["/news/canada/bc-flood-warning-1.5754648", "/news/canada/dam-deaths-human-error"]


def test_a_headline_ending_a_french_quote_is_no_arrow() -> None:
    box = ("<aside class='related'><span>Sur le même sujet</span><ul>"
           "<li><a href='/monde/2015/04/29/katmandou_1277386'><h2>A Katmandou, exode sous pression</h2></a></li>"
           "<li><a href='/monde/2015/04/29/aide_1276779'><span>interview</span>"
           "<h2>Népal : «Plus les heures passent, moins on est utiles»</h2></a></li></ul></aside>")
    assert related_paths(page(box)) == ["/monde/2015/04/29/katmandou_1277386", "/monde/2015/04/29/aide_1276779"]


def test_links_to_a_search_of_the_site_are_not_headlines() -> None:
    box = ("<div class='relatedContent'><h3>Related</h3><ul>"
           "<li><a href='/search?keyword=marina-bay-sands&page=2'>Marina Bay Sands in Singapore</a></li>"
           "<li><a href='/recherche/?q=crue+de+la+seine+2020'>Toute la crue de la Seine</a></li></ul></div>")
    assert related_paths(page(box)) == []


def test_a_box_of_related_keywords_in_japanese_gives_nothing() -> None:
    box = ("<div class='m-block'><span>関連キーワード</span><div>"
           "<a href='/news/kita-chosen-seifu'>北朝鮮政府の最新ニュース一覧</a>"
           "<a href='/news/beichou-hotline'>米朝ホットライン開設の関連ニュース</a></div></div>")
    assert related_paths(page(box)) == []


def test_related_titled_in_latvian_or_thai_is_related() -> None:
    for title in ("Saistītie raksti", "เรื่องที่เกี่ยวข้อง"):
        box = f"<section class='block'><h3>{title}</h3><ul>{links('arzemes', 2)}</ul></section>"
        assert related_paths(page(box)) == [f"/arzemes/2020/10/0{i + 1}/story-arzemes-{i}.html" for i in range(2)]


def test_a_you_might_also_like_box_is_related_only_when_most_of_its_headlines_share_the_storys_subject() -> None:
    other = page(f"<div><h3>You might also like</h3><ul>{links('picks')}</ul></div>")
    assert related_paths(other) == []
    about = page(f"<div><h3>You might also like</h3><ul>{links('picks', words='La ville après la crue')}</ul></div>")
    assert related_paths(about) == [f"/picks/2020/10/0{i + 1}/story-picks-{i}.html" for i in range(3)]


def test_a_title_that_says_related_is_taken_at_its_word_whatever_the_headlines_say() -> None:
    html = page(f"<div><h3>Sur le même sujet</h3><ul>{links('monde')}</ul></div>")
    assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]


def test_a_box_marked_related_only_by_its_class_counts_beside_the_story_not_down_another_column() -> None:
    box = f"<div class='related-links'><ul>{links('rel', words='La ville après la crue')}</ul></div>"
    beside = page(box)
    assert related_paths(beside) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(3)]
    columns = "".join(f"<div class='column'><p>Colonne {i} de la page, sans lien.</p></div>" for i in range(3))
    far = page("").replace("</body>", f"{columns}<div class='column'>{box}</div></body>")
    assert related_paths(far) == []


def test_a_box_marked_related_in_a_column_repeated_after_the_storys_counts_beside_the_story() -> None:
    box = f"<aside class='bloc related'><ul>{links('rel', words='La ville après la crue')}</ul></aside>"
    story = (f"<div class='row'><div class='col'><article><h1>La crue atteint la ville</h1><p class='byline'>Par A. B.</p>"
             f"<div class='text'>{STORY}</div></article></div></div>")
    html = f"<html><body><div class='grid'>{story}<div class='row'><div class='col'>{box}</div></div></div></body></html>"
    assert related_paths(html) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(3)]
    # A column of the page's own further down is not beside the story.
    far = html.replace("<div class='row'><div class='col'><aside", "<div class='row'></div><div class='row'></div>"
                       "<div class='row'></div><div class='row'><div class='col'><aside")
    assert related_paths(far) == []


def test_a_box_marked_related_only_by_its_class_with_headlines_on_other_subjects_is_the_sites() -> None:
    assert related_paths(page(f"<div class='related-links'><ul>{links('rel')}</ul></div>")) == []


def test_more_section_news_is_the_sections_box_but_more_on_this_story_is_related() -> None:
    assert related_paths(page(f"<div><h3>More technology news</h3><ul>{links('tech')}</ul></div>")) == []
    related = related_paths(page(f"<div><h3>More on this story</h3><ul>{links('story')}</ul></div>"))
    assert related == [f"/story/2020/10/0{i + 1}/story-story-{i}.html" for i in range(3)]


def test_related_titles_in_more_languages_name_the_storys_block() -> None:
    for label in ("Más información", "Les også", "Verwandte Artikel", "Czytaj więcej"):
        html = page(f"<div><h3>{label}</h3><ul>{links('monde')}</ul></div>")
        assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)], label


def test_each_one_link_lire_aussi_insert_of_a_story_without_a_block_is_related() -> None:
    inserts = "".join(f"<p>Phrase {i} de l'article, avec des mots.</p><p><strong>Lire aussi :</strong> "
                      f"<a href='/nation/2020/10/0{i + 1}/crue-{i}.html'>La crue de l'an dernier, épisode {i}</a></p>"
                      for i in range(3))
    assert related_paths(page("", inside=inserts)) == [f"/nation/2020/10/0{i + 1}/crue-{i}.html" for i in range(3)]


def test_a_list_headed_by_a_link_to_a_section_or_topic_page_is_that_lists_not_the_storys() -> None:
    # Found as the unmarked list after the story: its headlines share the subject, its heading names the section.
    words = "La ville après la crue"
    for heading in ("<a href='/monde/'>MONDE</a>", "Autres nouvelles de <a href='/tema/crues-tid1234/'>Les crues</a>"):
        html = page(f"<section><h2>{heading}</h2><div><ul>{links('monde', words=words)}</ul></div></section>")
        assert related_paths(html) == [], heading
    untitled = page(f"<section><div><ul>{links('monde', words=words)}</ul></div></section>")
    assert related_paths(untitled) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]
    # A heading that says related is taken at its word, whatever page it links to.
    related = page(f"<section><h2>Mehr zum Thema <a href='/thema/hochwasser/'>Hochwasser</a></h2><ul>{links('monde')}</ul></section>")
    assert related_paths(related) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]


def test_a_related_box_ends_where_a_heading_linking_to_a_section_opens_the_sections_list() -> None:
    box = (f"<aside><h2>À lire aussi</h2><div><ul>{links('crue', 2)}</ul></div>"
           f"<div><h2>Plus en <a href='/politique/montreal'>Montréal</a></h2><ul>{links('montreal', 3)}</ul></div></aside>")
    assert related_paths(page(box)) == [f"/crue/2020/10/0{i + 1}/story-crue-{i}.html" for i in range(2)]


def test_a_box_marked_only_by_its_class_with_one_headline_on_another_subject_gives_nothing() -> None:
    story = "/news/2020/10/09/budget-vote.html"
    box = (f"<div class='recirculation-related'><h4>Featured</h4><a href='{story}'><img src='/b.jpg'></a>"
           f"<a href='{story}'>The budget vote is set for Thursday night</a></div>")
    assert related_paths(page(box)) == []
    about = box.replace("The budget vote is set for Thursday night", "La ville compte les dégâts de la crue")
    assert related_paths(page(about)) == ["/news/2020/10/09/budget-vote.html"]


def test_a_box_marked_by_its_class_that_opens_with_a_same_subject_title_is_taken_at_its_word() -> None:
    for title in ("Więcej na ten temat", "Articles en relation", "Articoli correlati"):
        box = f"<div class='article-related'><div class='header'>{title}</div><ul>{links('monde')}</ul></div>"
        assert related_paths(page(box)) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)], title
    untitled = f"<div class='article-related'><div class='header'>Notre sélection</div><ul>{links('monde')}</ul></div>"
    assert related_paths(page(untitled)) == []


def test_a_link_in_the_heading_over_a_boxs_list_goes_to_its_topic_not_to_a_story() -> None:
    topic = "<h4><a href='/dossier/la-crue-de-la-seine-en-direct/'>La crue de la Seine Plus</a></h4>"
    box = f"<div class='related-links'>{topic}<ul>{links('rel', words='La ville après la crue')}</ul></div>"
    assert related_paths(page(box)) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(3)]
    stream = (f"<div><h2>Sur le même sujet <a href='/dossier/la-crue-de-la-seine-en-direct/'>La crue de la Seine, "
              f"au fil des jours</a></h2><ul>{links('rel', words='<h3>La ville après la crue</h3>')}</ul></div>")
    assert related_paths(page(stream)) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(3)]


def test_a_first_headline_in_a_heading_like_the_others_stays_a_headline() -> None:
    cards = "".join(f"<li><h3><a href='/rel/2020/10/0{i + 1}/story-rel-{i}.html'>La ville après la crue, épisode {i}"
                    f"</a></h3></li>" for i in range(3))
    assert related_paths(page(f"<div><h2>Sur le même sujet</h2><ul>{cards}</ul></div>")) == [
        f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(3)]


def test_links_to_the_whole_list_of_a_box_are_not_headlines() -> None:
    for text in ("See all 121 stories", "More in La crue de la Seine", "Voir tous les articles", "Alle Artikel anzeigen"):
        box = (f"<div><h3>Sur le même sujet</h3><ul>{links('rel', 2)}"
               f"<li><a href='/dossier/la-crue-de-la-seine-2020/'>{text}</a></li></ul></div>")
        assert related_paths(page(box)) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(2)], text


def test_a_related_title_over_links_to_other_sites_names_none_of_the_sites_stories() -> None:
    for title in ("Related Internet Links", "Liens externes", "Elsewhere on the web"):
        box = f"<div><h3>{title}</h3><ul>{links('rel', words='La ville après la crue')}</ul></div>"
        assert related_paths(page(box)) == [], title


def test_a_related_box_of_one_link_to_another_site_does_not_name_the_sections_list_beside_it() -> None:
    external = ("<div class='digdeeper'><h3>Related</h3>"
                "<a href='https://www.meteo.example/crues/2020/guide.html'>Le guide des crues de la météo</a></div>")
    column = f"<div class='storyright'>{external}<div class='more'><ul>{links('region', 5)}</ul></div></div>"
    assert related_paths(page(column)) == []


def test_one_headline_left_of_a_related_box_counts_only_when_about_the_story() -> None:
    def box(words: str) -> str:
        return (f"<div><h3>Related Stories</h3><ul><li><a href='/rel/2020/10/01/story-rel-0.html'>{words}</a></li>"
                "<li><a href='/tag/crues/'>Crues</a></li><li><a href='/author/anne-b/'>Anne B.</a></li></ul></div>")
    assert related_paths(page(box("Un autre titre du journal, sans rapport"))) == []
    assert related_paths(page(box("La ville après la crue, un an plus tard"))) == ["/rel/2020/10/01/story-rel-0.html"]


def test_an_unmarked_list_sharing_only_the_sites_name_with_the_story_is_the_sites() -> None:
    story = "".join(f"<p>Phrase {i} du reportage, avec des virgules, des noms et assez de mots pour la prose.</p>"
                    for i in range(6))
    listed = "".join(f"<li><a href='/ville/2020/10/0{i + 1}/info-{i}.html'>Journal de la ville, épisode {i} du mois</a></li>"
                     for i in range(4))
    html = (f"<html><body><div class='page'><article><h1>Le marché du journal rouvre ses portes</h1>{story}</article>"
            f"<div class='more'><ul>{listed}</ul></div></div></body></html>")
    assert related_paths(html) == []
    assert len(extract_article(html, URL.replace("journal.example", "gazette.example")).related) == 4


def test_a_sections_related_list_is_the_sections() -> None:
    box = f"<div class='box'><h3>Related articles in World</h3><ul>{links('world')}</ul></div>"
    assert related_paths(page(box)) == []


def test_a_related_list_running_on_into_the_sites_top_stories_ends_where_they_start() -> None:
    own = links('rel', 2, words='La ville après la crue')
    site = (f"<li><a href='/region/default.stm'>TOP REGION STORIES</a></li>{links('region', 2)}"
            f"<li><a href='/stats/map.stm'>MOST POPULAR STORIES NOW</a></li>")
    box = f"<div><h3>Sur le même sujet</h3><ul>{own}{site}</ul></div>"
    assert related_paths(page(box)) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(2)]


def test_a_headline_saying_latest_does_not_end_a_related_list() -> None:
    own = links('rel', 2) + "<li><a href='/rel/2020/10/05/latest.html'>Latest figures on the flood damage</a></li>"
    box = f"<div><h3>Sur le même sujet</h3><ul>{own}</ul></div>"
    assert len(related_paths(page(box))) == 3


def test_page_tools_and_a_link_ending_in_an_arrow_are_not_headlines() -> None:
    for text in ("E-mail to a friend", "Print this article", "Get this story's Big Picture >"):
        box = (f"<div><h3>Sur le même sujet</h3><ul>{links('rel', 2)}"
               f"<li><a href='/rel/2020/10/09/story-tools-0.html'>{text}</a></li></ul></div>")
        assert related_paths(page(box)) == [f"/rel/2020/10/0{i + 1}/story-rel-{i}.html" for i in range(2)], text


def test_names_section_reads_a_section_of_the_address_that_the_storys_slug_does_not_name() -> None:
    crime = "http://www.news.example/id/48296989/ns/us_news-crime_and_courts/t/two-charged-murder-teen/"
    assert names_section("Related: Crime & courts", crime)
    amazon = "https://www.times.example/business/amazon/a-glimpse-of-amazons-strategy-with-whole-foods/"
    assert not names_section("More on Amazon", amazon)
    assert not names_section("Related", crime) and not names_section("Related: Gardening", crime)
    # What the title calls its links is no section's name.
    assert not names_section("related news", "https://www.money.example/news/business/markets/economy-in-stress-42/")


def test_a_related_list_inside_a_box_the_site_titles_for_a_section_is_the_sections() -> None:
    def box(title: str) -> str:
        return (f"<div class='slice'><h3>{title}</h3><ol><li><div class='title'>Related stories</div>"
                f"<ol>{links('news', 4)}</ol></li></ol></div>")
    assert related_paths(page(box("Related: <a href='/monde/'>Monde</a>"))) == []
    assert len(related_paths(page(box("À la maison")))) == 4


def test_a_related_box_of_clips_counts_only_when_about_the_story() -> None:
    for title, mark in (("Also See", "module related-videos"), ("Related videos", "module")):
        other = page(f"<div class='{mark}'><h2>{title}</h2><ul>{links('video')}</ul></div>")
        assert related_paths(other) == [], title
        about = page(f"<div class='{mark}'><h2>{title}</h2><ul>{links('video', words='La ville après la crue')}</ul></div>")
        assert len(related_paths(about)) == 3, title


def test_a_recommendation_titled_beside_a_sections_label_is_the_sections_but_related_holds() -> None:
    def box(title: str) -> str:
        return (f"<div class='tabbedbox'><div class='top'><h6>{title}</h6><h3>Recently in Monde</h3></div>"
                f"<div class='content'><ul>{links('monde', words='La ville après la crue')}</ul></div></div>")
    assert related_paths(page(box("More Stories"))) == []
    assert len(related_paths(page(box("Related Stories")))) == 3


def test_an_unmarked_list_in_a_side_column_is_the_sites_even_about_the_story() -> None:
    listed = f"<ul>{links('ville', 4, words='La ville après la crue')}</ul>"

    def layout(column: str) -> str:
        return (f"<html><body><div class='wrap'><div class='main'><article><h1>La crue atteint la ville</h1>"
                f"<p class='byline'>Par A. B.</p><div class='text'>{STORY}</div></article></div>"
                f"<div class='{column}'><div class='box'>{listed}</div></div></div></body></html>")
    assert related_paths(layout("sidebar")) == []
    assert len(related_paths(layout("more"))) == 4


def test_what_other_readers_read_is_related_only_when_about_the_story_and_the_sites_picks_never() -> None:
    assert related_paths(page(f"<div><h3>Readers also read</h3><ul>{links('lus')}</ul></div>")) == []
    about = page(f"<div><h3>Readers also read</h3><ul>{links('lus', words='La ville après la crue')}</ul></div>")
    assert len(related_paths(about)) == 3
    picks = page(f"<div><h3>Related: our top picks</h3><ul>{links('picks', words='La ville après la crue')}</ul></div>")
    assert related_paths(picks) == []


def test_most_read_and_latest_in_more_languages_are_the_sites() -> None:
    for label in ("Meest gelezen", "Najczęściej czytane", "En çok okunan", "많이 본 뉴스", "Related: 热门新闻"):
        box = f"<div><h3>{label}</h3><ul>{links('monde', words='La ville après la crue')}</ul></div>"
        assert related_paths(page(box)) == [], label


def test_how_long_ago_a_related_story_was_posted_is_no_part_of_its_headline() -> None:
    box = ("<div><h3>Related</h3><ul><li><a href='/monde/2020/10/07/crue-4711.html'>La ville après la crue du fleuve 4 hours ago"
           "</a></li><li><a href='/monde/2020/10/06/crue-4712.html'>La ville compte ses dégâts il y a 2 heures</a></li></ul></div>")
    titles = [h.title for h in extract_article(page(box), URL).related]
    assert titles == ["La ville après la crue du fleuve", "La ville compte ses dégâts"]


def test_a_related_box_of_stories_all_out_long_after_the_page_is_the_sites_newest() -> None:
    # The story is of 2020-10-08; the box, read years later, holds the day's stories on other subjects.
    later = "".join(f"<li><a href='/fil/2023/06/1{i}/story-{i}.html'>Un autre titre du journal numéro {i}</a></li>"
                    for i in range(3))
    assert related_paths(page(f"<div><h3>Related News</h3><ul>{later}</ul></div>")) == []
    earlier = later.replace("/2023/06/", "/2020/09/")
    assert len(related_paths(page(f"<div><h3>Related News</h3><ul>{earlier}</ul></div>"))) == 3


def test_a_box_titled_related_whose_headlines_share_nothing_with_the_storys_and_none_earlier_is_not_related() -> None:
    # The story: "La crue atteint la ville" (2020-10-08). Undated links to the site's other subjects say nothing of it.
    others = "".join(f"<li><a href='/fil/autre-sujet-{i}.html'>Le conseil municipal vote le budget numéro {i}</a></li>"
                     for i in range(3))
    assert related_paths(page(f"<div><h3>Articles relacionados</h3><ul>{others}</ul></div>")) == []
    # One of them about the story (it shares "ville"), or one dated before it, makes the box the story's.
    about = others.replace("le budget numéro 0", "le budget de la ville")
    assert len(related_paths(page(f"<div><h3>Articles relacionados</h3><ul>{about}</ul></div>"))) == 3
    earlier = others.replace("/fil/autre-sujet-0.html", "/fil/2020/09/30/autre-sujet-0.html")
    assert len(related_paths(page(f"<div><h3>Articles relacionados</h3><ul>{earlier}</ul></div>"))) == 3


def test_of_several_inserts_in_the_text_only_those_about_the_story_or_earlier_than_it_are_related() -> None:
    def insert(path: str, words: str) -> str:
        return f"<p><strong>Lire aussi :</strong> <a href='{path}'>{words}</a></p>"
    inserts = (insert("/nation/crue-de-l-an-dernier.html", "La crue de l'an dernier avait déjà touché la ville")
               + insert("/culture/le-festival-de-jazz-ouvre-samedi.html", "Le festival de jazz ouvre samedi soir")
               + insert("/nation/2020/09/12/digues-renforcees.html", "Les digues renforcées après l'hiver"))
    assert related_paths(page("", inside=inserts)) == ["/nation/crue-de-l-an-dernier.html",
                                                      "/nation/2020/09/12/digues-renforcees.html"]


def test_a_box_offering_more_of_a_site_named_by_its_web_address_is_the_sites() -> None:
    assert site_box("More on VF.com", "https://www.vanityfair.com/hollywood/2015/01/story")
    assert site_box("Also on lemonde.fr", "https://www.journal.example/monde/story")
    assert not site_box("More on this story", "https://www.vanityfair.com/hollywood/2015/01/story")
    assert not site_box("More stories about Node.js", "https://www.journal.example/tech/story")
    assert related_paths(page(f"<div><h3>More on JOURNAL.example.com</h3><ul>{links('more')}</ul></div>")) == []


def test_an_experts_page_and_the_blog_the_story_is_filed_under_are_not_related_headlines() -> None:
    box = ("<div><h3>Related Content</h3><ul>"
           "<li><a href='/monde/'>Le blog du monde et de la ville</a></li>"
           "<li><a href='/experts/stephanie-riegg-cellini/'>Stephanie Riegg Cellini</a></li>"
           "<li><a href='/nation/2020/09/12/la-crue-de-l-an-dernier.html'>La crue de l'an dernier a touché la ville</a></li>"
           "<li><a href='/nation/2020/09/13/les-digues-de-la-ville.html'>Les digues de la ville renforcées</a></li></ul></div>")
    assert related_paths(page(box)) == ["/nation/2020/09/12/la-crue-de-l-an-dernier.html",
                                        "/nation/2020/09/13/les-digues-de-la-ville.html"]


def test_a_box_titled_similar_articles_is_related_only_when_its_headlines_are_about_the_story() -> None:
    # "Similar" boxes are picks like the story, made by a machine or the newsroom: recommendations, judged so. (In a
    # column before the story, where only a title makes a box related.)
    about = links("proche", 3, words="La ville sous la crue")
    for title in ("Podobne", "Articles similaires", "Similar stories", "Ähnliche Artikel", "Похожие новости"):
        box = f"<div class='box'><div class='hd'>{title}</div><ul>{about}</ul></div>"
        assert len(related_paths(page("", before=box))) == 3, title
        assert related_paths(page("", before=box.replace(about, links("proche", 3)))) == [], title


def test_a_box_titled_more_on_this_story_over_one_story_gives_it() -> None:
    box = ("<div class='story_relatedlinks'><div class='section_title'><h3><span>More on This Story</span></h3></div>"
           "<div class='clear'>&#160;</div><ul class='bullet'><li><a href='/monde/2020/10/07/la-crue-monte.html'>"
           "<span>La crue monte encore dans la ville basse</span></a></li></ul></div>")
    assert related_paths(page(box)) == ["/monde/2020/10/07/la-crue-monte.html"]
    # One story on another subject, not earlier than this one, in such a box says nothing of it.
    other = box.replace("La crue monte encore dans la ville basse", "Le festival de jazz ouvre samedi soir").replace(
        "/monde/2020/10/07/la-crue-monte.html", "/culture/le-festival-de-jazz.html")
    assert related_paths(page(other)) == []


def test_a_related_box_of_the_pages_own_day_is_the_storys_only_when_a_headline_shares_its_words() -> None:
    # The story: "La crue atteint la ville", 2020/10/08. The day's other news fills many a site's "Related" box.
    def box(words: str) -> str:
        items = "".join(f"<li><a href='/fil/2020/10/08/story-{i}.html'>{words} numéro {i}</a></li>" for i in range(3))
        return f"<div><h3>Related Articles</h3><ul>{items}</ul></div>"
    assert related_paths(page(box("Le conseil municipal vote le budget"))) == []
    # (words of the story's lead, "Phrase ... avec des virgules": not of its headline)
    assert len(related_paths(page(box("Des virgules dans une phrase")))) == 3
    earlier = box("Le conseil municipal vote le budget").replace("/2020/10/08/story-0", "/2020/10/07/story-0")
    assert len(related_paths(page(earlier))) == 3


def test_a_titled_related_box_whose_teasers_each_carry_a_related_class_gives_all_of_them() -> None:
    teasers = "".join(f"<article class='element'><div class='related-item-wrapper'><div class='kicker'>"
                      f"<a href='/ville'>Ville</a></div><h2><a href='/fil/2020/10/0{i + 1}/crue-{i}.html'>"
                      f"La ville face à la crue, épisode {i}</a></h2></div></article>" for i in range(4))
    box = ("<div class='related-viewer-portlet'><div class='teaser-viewer-title'><span>Noticias <b>Relacionadas</b>"
           f"</span></div><section class='teaser-related-list'>{teasers}</section></div>")
    # (before the story, where no unmarked list after it is read in its stead)
    assert related_paths(page("", before=box)) == [f"/fil/2020/10/0{i + 1}/crue-{i}.html" for i in range(4)]


def test_a_related_block_in_the_storys_own_footer_is_kept_and_the_pages_footer_is_not_read() -> None:
    same = (f"<div class='memetheme'><div class='memetheme_titre'>Sur le même sujet :</div><ul>{links('monde', 3)}"
            "</ul></div>")
    html = page("", inside=f"<footer class='footer-article'>{same}</footer>")
    assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]
    # The page's footer, outside the story, is the site's however its boxes are titled.
    assert related_paths(page(f"<footer class='site-footer'>{same}</footer>")) == []


def test_a_related_block_in_a_div_the_story_calls_its_footer_is_kept_but_the_pages_is_not_read() -> None:
    same = f"<div class='related-wrap'><h3>Verwandte Artikel</h3><ul>{links('monde', 3)}</ul></div>"
    html = page("", inside=f"<div class='article-footer'>{same}</div>")
    assert related_paths(html) == [f"/monde/2020/10/0{i + 1}/story-monde-{i}.html" for i in range(3)]
    assert related_paths(page(f"<div class='page-footer'>{same}</div>")) == []
    # a menu inside the story stays a menu, whatever else its class says
    assert related_paths(page("", inside=f"<div class='article-footer nav-menu'>{same}</div>")) == []


def test_read_also_in_more_languages_titles_related_stories_but_not_words_that_begin_alike() -> None:
    for title in ("Lest auch", "Lies auch:", "Auch interessant", "Čtěte také", "Čítajte aj", "Preberite še", "Pročitajte još",
                  "Прочетете още", "Διαβάστε επίσης", "Baca juga:", "Đọc thêm", "Olvasd el ezt is", "Ayrıca okuyun"):
        assert titles_related(title), title
    for words in ("Les idées", "Lest we forget the victims of the flood", "Lesbos"):
        assert not titles_related(words), words


def test_read_also_and_see_also_in_swedish_dutch_german_and_ukrainian_title_related_stories() -> None:
    for title in ("LÄS OCKSÅ", "Zie ook:", "Lesen Sie auch", "Читайте також:", "Матеріали по темі"):
        assert titles_related(title), title
    box = f"<div><h3>Lesen Sie auch</h3><ul>{links('monde')}</ul></div>"
    assert len(related_paths(page("", before=box))) == 3


def test_a_box_whose_items_open_with_when_they_came_is_a_feed_of_the_newest_not_the_storys_block() -> None:
    def stamped(stamp: str) -> str:
        return "".join(f"<li><a href='/eco/2020/10/0{i + 1}/crue-{i}.html'>{stamp.format(i + 1)} La crue de la ville"
                       f" et ses suites, épisode {i}</a></li>" for i in range(4))
    feed = page(f"<aside><div class='related'><h5>Sur le même sujet</h5><ul>{stamped('Il y a {} jours')}</ul></div>"
                "</aside>")
    assert related_paths(feed) == []
    plain = page(f"<aside><div class='related'><h5>Sur le même sujet</h5><ul>{stamped('')}</ul></div></aside>")
    assert len(related_paths(plain)) == 4


def test_vous_aimerez_aussi_titles_the_storys_own_list_in_french() -> None:
    for title in ("Vous aimerez aussi :", "Vous aimerez également", "Vous pourriez aussi aimer"):
        assert titles_related(title), title


def test_a_list_right_after_a_title_in_the_storys_text_sharing_the_storys_subject_is_its_block() -> None:
    def listed(*words: str) -> str:
        return "".join(f"<li><a href='/monde/suite-{i}.html'>{headline}</a></li>" for i, headline in enumerate(words))
    after = "<p>Consulter tous les contenus de la rédaction.</p>"
    same = listed("La crue de la ville, le bilan du jour", "La ville compte les dégâts de la crue",
                  "Après la crue, la ville reconstruit ses quais")
    assert len(related_paths(page("", inside=f"<p><b>Vous aimerez aussi :</b></p><ul>{same}</ul>{after}"))) == 3
