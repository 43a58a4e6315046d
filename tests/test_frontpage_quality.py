"""Front-page rules by class, and a quality floor on the shared real front pages (bench/scoring.py scores them)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from bench.scoring import FRONTPAGES, load_frontpages, score_listers, story_key
from bench.listing import DEVELOPMENT, GATHERED, JUDGED_FOLDERS, ours
from bot.news.listing import parse_front_page

SITE = "https://news.example.fr/"


REAL_STORY = SITE + "monde/2016/02/10/un-vrai-titre"


def urls_beside_a_real_story(body: str) -> list[str]:
    """Return the URLs of the entries of a page made of body and then one real story."""
    return [url for url, _ in titles(body + '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')]


def titles(body: str) -> list[tuple[str, str]]:
    """Return (url, title) of the entries of a page made of body."""
    html = f"<html><body><main>{body}</main></body></html>"
    return [(e.url, e.title) for e in parse_front_page(html, SITE).entries]


def test_an_index_file_under_a_date_or_an_id_is_a_story() -> None:
    got = titles('<a href="/webapp/issue/2016-05/8/index.html">Le numéro de la semaine en entier</a>'
                 '<a href="/politique/index.html">Toute la politique de notre journal</a>')
    assert [url for url, _ in got] == [SITE + "webapp/issue/2016-05/8/index.html"]


def test_a_script_with_an_id_in_its_query_is_a_story_and_a_download_is_not() -> None:
    got = titles('<a href="/index.php?o=rn&amp;id=403755&amp;SEO=espana-supera-los-contagios">España supera los 900 mil contagios</a>'
                 '<a href="/index.php?o=seccion&amp;p=2">Todas las noticias de la sección</a>'
                 '<a href="/diario.com.app-android-v1.0.apk">La aplicación del diario para Android</a>')
    assert [url for url, _ in got] == [SITE + "index.php?o=rn&id=403755&SEO=espana-supera-los-contagios"]


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
     "https://voiture-occasion.example.fr/auto-occasion-annonce-29358701.html",
     "/chu-de/bao-hiem-xa-hoi/1326.gd", "/zhuanti/2021/aoyun-4711.html",  # Vietnamese and Chinese topic pages
     "/su-kien/978/sinh-con-thuan-theo-tu-nhien-tai-nha-nhung-canh-bao-nguy-hiem.html",  # a Vietnamese running topic's
     "/category/sports/cricket/icc-world-cup-2015",  # a topic named with its year
     "/personas/Theresa-May/63906",  # a person's topic page
     "/contributeurs/Marion-Renson-Experte-droit-animalier-animaux-juriste"],  # a contributor's page
)
def test_quizzes_classifieds_and_topic_pages_are_not_stories(href: str) -> None:
    assert titles(f'<a href="{href}">Un lien qui a tout d\'un titre de une</a>'
                  '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')[0][0].endswith("un-vrai-titre")


def test_a_sponsor_label_marks_its_section_as_advertorial() -> None:
    got = titles('<a href="/reussir-son-projet/">Supplément partenaire : Réussir son projet</a>'
                 '<a href="/reussir-son-projet/article/2016/01/25/comment-transmettre_4850410.html">Comment transmettre un bien</a>'
                 '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')
    assert [url for url, _ in got] == [SITE + "monde/2016/02/10/un-vrai-titre"]


def test_a_headline_opening_with_an_advertisements_label_is_no_story_but_one_on_advertising_is() -> None:
    got = titles('<h3><a href="/blog/allgemein/1515991-jetzt-auf-alternative-antriebe-wechseln">ANZEIGE: Jetzt noch'
                 ' Umweltprämie sichern</a></h3>'
                 '<h3><a href="/2018/03/16/five-ways-to-save-1516001/">Sponsored: Five ways to save on your energy bill</a></h3>'
                 '<h3><a href="/sendungen/extra_3/Werbung-Werde-Hass-Kommentator,extra9934.html">Werbung: Werde'
                 ' Hass-Kommentator</a></h3>'
                 '<a href="/monde/2016/02/10/un-vrai-titre">Un vrai titre de la une du jour</a>')
    assert [url for url, _ in got] == [SITE + "sendungen/extra_3/Werbung-Werde-Hass-Kommentator,extra9934.html",
                                       SITE + "monde/2016/02/10/un-vrai-titre"]


def test_counters_beside_a_headline_are_not_part_of_it() -> None:
    got = titles(
        '<ul class="most-read"><li><a href="/monde/2016/02/10/un-titre-tres-lu">'
        "<span class=\"rank\">1</span> Un titre très lu ce matin</a></li></ul>"
        '<a href="/monde/2016/02/11/un-autre-titre"><h3>Un autre titre de la une <i class="views">23026</i></h3></a>'
        '<a href="/monde/2016/02/12/21-proces">21 procès ouverts dans la même affaire</a>'
    )
    assert sorted(title for _, title in got) == sorted([  # the order is the lead's business, not this test's
        "Un titre très lu ce matin", "Un autre titre de la une", "21 procès ouverts dans la même affaire"])


def test_the_empty_brackets_of_a_counter_a_script_fills_are_not_part_of_a_headline() -> None:
    got = titles('<a href="/sport/2014/12/09/vergne-debiutuos-n27890">Vergne debiutuos „Formulės-E“ lenktynėse ( )</a>'
                 '<a href="/sport/2014/12/09/lotus-tikisi-n27889">„Lotus“ kitąmet tikisi kovoti su „Williams“（ ）</a>'
                 '<a href="/sport/2014/12/09/hamiltonas-n27888">Metų lenktynininkas (Autosport) []</a>')
    assert sorted(title for _, title in got) == sorted([
        "Vergne debiutuos „Formulės-E“ lenktynėse", "„Lotus“ kitąmet tikisi kovoti su „Williams“",
        "Metų lenktynininkas (Autosport)"])


def test_media_labels_credits_and_arrows_around_a_headline_are_dropped() -> None:
    got = titles(
        '<a href="/videos/4180432-entrega-de-los-premios/">VÍDEO | Mujeres que hacen del mundo un lugar mejor</a>'
        '<a href="/galaria/2016/barcelona-entre-dos-verses">Barcelona entre dos vèrses (2010-2014) © Franc Bardòu</a>'
        '<a href="/37,63345,Grupa-elblazan.html">Grupa elblążan chce utrzymania oddziału <span>»</span>,</a>'
        '<a href="/kultura/2020/10/s-veroy">В области пройдет мероприятие «С верой и любовью к Отечеству»</a>'
        '<a href="/item/2833301">צפו: כך נראה הדור הבא של האופניים החשמליים</a>'
    )
    assert [title for _, title in got] == [
        "Mujeres que hacen del mundo un lugar mejor", "Barcelona entre dos vèrses (2010-2014)",
        "Grupa elblążan chce utrzymania oddziału", "В области пройдет мероприятие «С верой и любовью к Отечеству»",
        "כך נראה הדור הבא של האופניים החשמליים"]


def test_a_media_label_after_a_separator_is_dropped() -> None:
    got = titles('<a href="/music/video/ajebutter22-serves-up-visuals-watch/">Ajebutter22 serves up visuals for “Lifestyle”'
                 ' | Watch</a><a href="/2026/03/01/floods-in-the-north/">Floods in the north leave thousands homeless – Video</a>'
                 # (after a spaced hyphen or slash too, and French "Regardez", Italian "Guarda", watch; not a hyphen
                 # inside a word: "... self-video")
                 '<a href="/article-379356-la-reaction-du-premier-ministre.html">Prise d\'otages dans l\'Aude: la réaction du'
                 ' Premier ministre - VIDEO</a><a href="/article-379357-une-fleuriste-raconte.html">Une fleuriste raconte ce'
                 ' qu\'elle voit depuis sa boutique - Regardez</a><a href="/2026/03/02/the-art-of-the-self-video/">The art of'
                 ' the perfect self-video</a><a href="/politica/renzi-spinge-conte-alla-crisi-13692.html">Renzi spinge Conte alla'
                 ' crisi poi va a sciare / Guarda</a>')
    assert [title for _, title in got] == ["Ajebutter22 serves up visuals for “Lifestyle”",
                                           "Floods in the north leave thousands homeless",
                                           "Prise d'otages dans l'Aude: la réaction du Premier ministre",
                                           "Une fleuriste raconte ce qu'elle voit depuis sa boutique",
                                           "The art of the perfect self-video", "Renzi spinge Conte alla crisi poi va a sciare"]


def test_a_bracketed_label_a_comment_count_a_stamp_and_joined_media_labels_leave_the_headline() -> None:
    got = titles(
        '<a href="/koronawirus/7848481,nowa-lista-powiatow.html">Nowa lista powiatów w czerwonej strefie [AKTUALNA MAPA]</a>'
        '<a href="/raksts/zinas/latvija-atklati-102-jauni.a377915/">Latvijā atklāti 102 jauni Covid-19 gadījumi'
        ' <span class="list-article__comments">(5)</span></a>'
        '<a href="/edicao-do-dia/o-cientista-12904285.html"><h2><strong class="t-am-stamp-1"><span>Premium</span></strong>'
        '<span>O cientista que nos prendia à RTP nas tardes de sábado</span></h2></a>'
        '<a href="/2020/10/14/les-preses-gala/">FOTOS i VÍDEO: Les Preses viu la seva Gala amb poques activitats</a>'
        # a bracket in lower case is words of the headline
        '<a href="/2020/10/14/ksiazka-roku/">Książka roku [według czytelników] już wybrana</a>'
    )
    assert [title for _, title in got] == [
        "Nowa lista powiatów w czerwonej strefie", "Latvijā atklāti 102 jauni Covid-19 gadījumi",
        "O cientista que nos prendia à RTP nas tardes de sábado", "Les Preses viu la seva Gala amb poques activitats",
        "Książka roku [według czytelników] już wybrana"]


def test_a_label_before_a_bar_and_a_russian_media_marker_leave_the_headline() -> None:
    got = titles(
        '<a href="/sporarena/choupo-moting-bayernde-41636001">Transfer haberleri | Choupo-Moting, Bayern\'de! Sözleşme 1'
        ' yıllık</a><a href="/sporarena/inter-41636002">Son dakika haberi | Inter\'de 3 futbolcunun daha testi pozitif</a>'
        '<a href="/news/517774">На Баумана в Казани горит крыша одного из зданий (видео)</a>'
        # a bar inside the headline, or after too few words before it, is the headline's
        '<a href="/2020/10/14/derby/">Real Madrid 2 | Barcelona 1: the derby in numbers</a>'
    )
    assert [title for _, title in got] == [
        "Choupo-Moting, Bayern'de! Sözleşme 1 yıllık", "Inter'de 3 futbolcunun daha testi pozitif",
        "На Баумана в Казани горит крыша одного из зданий", "Real Madrid 2 | Barcelona 1: the derby in numbers"]


def test_a_coloured_opening_the_title_attribute_repeats_is_the_headlines_own_but_a_bold_kicker_is_not() -> None:
    got = titles(
        '<h2><a title="Baş nazir açıqladı: TANAP bu il tamamlanacaq" href="/news/140859/bas-nazir-aciqladi--tanap-bu-il'
        '-tamamlanacaq.html"><strong><span style="color: #dd0404;">Baş nazir açıqladı:</span> TANAP bu il tamamlanacaq'
        '</strong></a></h2>'
        # coloured, but the title attribute leaves it out: a kicker
        '<h2><a title="Lavrov tezliklə istefa verəcək" href="/news/140895/lavrov-tezlikle-istefa-verecek.html">'
        '<span style="color: #dd0404;">Rusiya KİV:</span> Lavrov tezliklə istefa verəcək</a></h2>'
        # a bold label the title attribute repeats stays a kicker
        '<h3><a href="/artikel/tera-zweite-open-beta-auf-ps4-xbox-one-gestartet,3327435.html" title="TERA - Zweite'
        ' Open Beta auf PS4 &amp; Xbox One gestartet"><b>TERA</b> - Zweite Open Beta auf PS4 &amp; Xbox One gestartet'
        '</a></h3>'
    )
    assert [title for _, title in got] == [
        "Baş nazir açıqladı: TANAP bu il tamamlanacaq", "Lavrov tezliklə istefa verəcək",
        "Zweite Open Beta auf PS4 & Xbox One gestartet"]


def test_an_opening_in_a_fonts_colour_the_title_attribute_repeats_is_the_headlines_own() -> None:
    got = titles(
        '<li><a href="/mirsahin-qadin-bilmirler-qiz-bilmirler/" title="Mirşahin: Qadın bilmirlər, qız bilmirlər!">'
        '<img src="/photo/150x100/m.jpg" alt="Mirşahin: Qadın bilmirlər, qız bilmirlər!"><article><b><font color="red">'
        'Mirşahin: </font>Qadın bilmirlər, qız bilmirlər!</b></article></a></li>'
        # (in a font's colour, but the title attribute leaves it out: a kicker)
        '<li><a href="/eli-hesenov-azerbaycan-ugurla/" title="Azərbaycan 2018-ci ili də uğurla başa vuracaq"><b><font'
        ' color="red">Əli Həsənov: </font>Azərbaycan 2018-ci ili də uğurla başa vuracaq</b></a></li>'
    )
    assert [title for _, title in got] == ["Mirşahin: Qadın bilmirlər, qız bilmirlər!",
                                           "Azərbaycan 2018-ci ili də uğurla başa vuracaq"]


def test_a_label_in_capitals_in_brackets_after_a_headline_leaves_it_but_a_parts_roman_number_stays() -> None:
    got = titles(
        '<a href="/general/news/599031/">В Украине сегодня будет солнечно и сухо (КАРТА)</a>'
        '<a href="/2021/07/30/besiktas-forma-1503.html">2021-2022 Beşiktaş forma tanıtımı (CANLI YAYIN)</a>'
        '<a href="/blog/3302/consideracions-sus-la-val-dentraunas-ii">Consideracions sus la Val d’Entraunas (II)</a>'
        '<a href="/general/news/599032/">ФОТОФАКТ. На КПВВ огонь уничтожил часть инфраструктуры</a>'
        '<a href="/2020/10/14/umno-tarik-diri/">TERKINI : UMNO Tarik Diri Dari Menyokong PN? – Ahmad Maslan</a>'
        '<a href="/spor/almanyanin-aday-kadrosu,locoNo-7ZkCwFoeGihivBw">ALMANYA\'NIN ADAY KADROSU (3 TÜRK ASILLI OYUNCU VAR)</a>'
    )
    assert [title for _, title in got] == [
        "В Украине сегодня будет солнечно и сухо", "2021-2022 Beşiktaş forma tanıtımı",
        "Consideracions sus la Val d’Entraunas (II)", "На КПВВ огонь уничтожил часть инфраструктуры",
        "UMNO Tarik Diri Dari Menyokong PN? – Ahmad Maslan", "ALMANYA'NIN ADAY KADROSU (3 TÜRK ASILLI OYUNCU VAR)"]


def test_read_more_before_the_headline_a_screen_reader_is_given_leaves_it_but_more_as_a_word_stays() -> None:
    got = titles(
        '<a href="/putin-soglasilsya-snyat-sankcii-s-trex-predpriyatij.html">Читать далее<span class="screen-reader-text">'
        ' Путин согласился снять санкции с трех предприятий</span></a>'
        '<a href="/2021/08/02/more-americans-could-outlive-savings/">More Americans could outlive their savings</a>'
    )
    assert [title for _, title in got] == ["Путин согласился снять санкции с трех предприятий",
                                           "More Americans could outlive their savings"]


def test_a_read_more_call_after_the_headline_leaves_it_but_more_as_its_last_word_stays() -> None:
    got = titles(
        '<h1><a href="/articles/details/62832/l-eviction-pro-benkirane.html">PJD : L’éviction des pro-Benkirane a commencé'
        '&nbsp;&nbsp;<span style="color:#E4660F">(Suite...)</span></a></h1>'
        '<a href="/2019/10/04/maisel-season-2-review-761751/">It needs to put its heroine back at center stage Read More</a>'
        '<a href="/monde/2016/02/10/rien-de-plus">Les négociations reprennent, sans rien de plus</a>'
    )
    assert [title for _, title in got] == ["PJD : L’éviction des pro-Benkirane a commencé",
                                           "It needs to put its heroine back at center stage",
                                           "Les négociations reprennent, sans rien de plus"]


def test_a_call_to_read_on_after_the_headline_leaves_it_in_more_languages() -> None:
    got = titles(
        '<h3><a href="/2018-03-18/een-twistgesprek-foute-jongens/">Een twistgesprek tussen de Foute Jongens'
        '<span class="read-more">Lees verder</span></a></h3>'
        '<a href="/2018/03/18/regeringen-lagger-fram-budgeten/">Regeringen lägger fram budgeten Läs vidare »</a>'
        '<a href="/2018/03/18/guvernul-a-adoptat-bugetul/">Guvernul a adoptat bugetul Citește mai mult</a>'
        # (a picture's teaser whose only words are the call, Spanish and French too: the picture's alt names it)
        '<a href="/opinionciudadana/cuidadoseabrelabanqueta-4348154.html"><img alt="¡Cuidado! se abre la banqueta de la'
        ' avenida"></a><a href="/opinionciudadana/cuidadoseabrelabanqueta-4348154.html">Continuar leyendo...</a>'
        '<a href="/2018/03/18/le-budget-adopte/">Le budget est adopté par le gouvernement Continuer la lecture</a>'
    )
    assert [title for _, title in got] == ["Een twistgesprek tussen de Foute Jongens", "Regeringen lägger fram budgeten",
                                           "Guvernul a adoptat bugetul", "¡Cuidado! se abre la banqueta de la avenida",
                                           "Le budget est adopté par le gouvernement"]


def test_a_link_offering_more_information_is_no_headline() -> None:
    got = titles(
        '<a href="/detallenoticia.php?seccion=portada&amp;cod=20410">Amplía información con un click</a>'
        '<a href="/2015/12/04/campana-esqui-jovenes-20952">Empieza la campaña de esquí para los jóvenes</a>'
        '<a href="/2015/12/04/campana-esqui-jovenes-20952">Plus d’informations</a>'
        '<a href="/2015/12/04/mas-informacion-sobre-el-censo-20953">Más información sobre el censo electoral</a>'
    )
    assert got == [(SITE + "2015/12/04/campana-esqui-jovenes-20952", "Empieza la campaña de esquí para los jóvenes"),
                   (SITE + "2015/12/04/mas-informacion-sobre-el-censo-20953", "Más información sobre el censo electoral")]


def test_a_time_its_element_names_a_section_after_the_headline_and_a_share_count_leave_it() -> None:
    got = titles(
        '<a href="/International/wireStory/protesters-breach-green-zone-38783721">Iraqi Protesters Pour Into Green Zone'
        '<span class="metaH_timeDay">Apr 30, 2016, 2:08 PM</span></a>'
        '<a href="/US/wireStory/woman-struck-duck-boat-38787803">Woman Struck, Killed by Duck Boat in Boston'
        '<span class="metaH_timeDay">1 hour, 58 minutes ago</span></a>'
        '<a href="/Entertainment/photos/celebrity-selfies-20940506">Kerry Washington Takes a Selfie With the Cast'
        ' <div class="section">Entertainment</div></a>'
        '<a href="/International/wireStory/kenya-burns-ivory-38784022">Kenya Burns Huge Pile of Ivory Tusks'
        '<div class="tl_shares"><span>389</span> Shares</div></a>'
        # a section's name before the headline, in a teaser that words it short, stays with it: the story is judged so
        '<a href="/kultur/haftanin-kitaplari-3147925"><span class="category">Kültür-Sanat</span> Haftanın Kitapları</a>'
    )
    assert [title for _, title in got] == [
        "Iraqi Protesters Pour Into Green Zone", "Woman Struck, Killed by Duck Boat in Boston",
        "Kerry Washington Takes a Selfie With the Cast", "Kenya Burns Huge Pile of Ivory Tusks",
        "Kültür-Sanat Haftanın Kitapları"]


def test_a_hashtag_before_the_headline_and_a_cartoon_label_leave_it_but_a_short_one_keeps_its_hashtag() -> None:
    got = titles(
        '<a href="/business/2017/02/17/living-office/">#SmartOffice Le living office, vers une nouvelle manière de travailler</a>'
        '<a href="/business/2017/02/17/fastpitch/">#FastPitch : Les 5 startups de la semaine à suivre</a>'
        '<a href="/2017/02/cartoon-mr-mrs-12345/">Cartoon: Mr and Mrs at the polling station</a>'
        '<a href="/2017/02/17/trending-tag/">#MeToo a year on</a>'
    )
    assert [title for _, title in got] == [
        "Le living office, vers une nouvelle manière de travailler", "Les 5 startups de la semaine à suivre",
        "Mr and Mrs at the polling station", "#MeToo a year on"]


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


def test_two_dots_glued_to_a_headlines_last_word_cut_it_and_the_whole_one_wins_but_a_pause_inside_does_not() -> None:
    got = titles(
        '<li><a href="/haber/chpli-baskan-canakkale-torenlerine-cagrilmadi-437272.html">CHP\'li başkan Çanakkale'
        ' törenlerine..</a></li>'
        '<li><a href="/haber/chpli-baskan-canakkale-torenlerine-cagrilmadi-437272.html">CHP\'li başkan Çanakkale'
        ' törenlerine çağrılmadı</a></li>'
        # (a pause in the middle, two dots with a space before the rest, is the headline's own)
        '<li><a href="/haber/sehir-merkezinde-yogun-kar-yagisi-437280.html">Şehir merkezinde yoğun kar.. Yollar'
        ' kapandı</a></li>'
        '<li><a href="/haber/sehir-merkezinde-yogun-kar-yagisi-437280.html">Şehir merkezinde yoğun kar yağışı, yollar'
        ' kapandı ve okullar tatil edildi</a></li>'
    )
    assert [title for _, title in got] == [
        "CHP'li başkan Çanakkale törenlerine çağrılmadı", "Şehir merkezinde yoğun kar.. Yollar kapandı"]


def test_a_word_a_cdns_email_protection_masked_in_a_headline_is_read_back() -> None:
    got = titles(
        '<h3><a href="/2018/03/mulher-brnca-da-luz-bebe.html">Mulher <span class="__cf_email__" data-cfemail="f69484b6989597">'
        '[email&#160;protected]</span> dá à luz bebé e culpa o café</a></h3>'
        # (a code that is no hex, or cut short, leaves the text as the page gives it)
        '<h3><a href="/2018/03/projeto-gestionali.html">Projeto <span class="__cf_email__" data-cfemail="zz12">'
        '[email&#160;protected]</span> busca formadores na cidade</a></h3>'
    )
    assert [title for _, title in got] == ["Mulher br@nca dá à luz bebé e culpa o café",
                                           "Projeto [email protected] busca formadores na cidade"]


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
    assert urls_beside_a_real_story(f'<a href="{href}">Un lien qui a tout d\'un titre de une</a>') == [REAL_STORY]


def test_a_box_of_classified_ads_is_not_stories() -> None:
    assert urls_beside_a_real_story('<div class="modul-ogloszen-glowna"><a href="/drobne/1,kategoria,9996,ogloszenie.html">'
                                    "Sprzedam domenę zulawy.com razem z serwisem</a></div>") == [REAL_STORY]


def test_a_box_its_heading_calls_the_lottery_the_horoscopes_or_the_events_is_not_stories_but_news_headed_so_is() -> None:
    draws = ('<div class="column"><h2 class="full black">Loterias</h2><ul><li><h3><a href="/materia/870448/dupla-sena---'
             'concurso-1770-2032018">DUPLA SENA - Concurso 1770 (20/3/2018)</a></h3></li><li><h3><a href="/materia/870447/'
             'timemania---concurso-1158-2032018">TIMEMANIA - Concurso 1158 (20/3/2018)</a></h3></li></ul></div>')
    signs = ('<section><h3>Horóscopo</h3><a href="/materia/870450/aries-hoje-20032018">Áries: um dia para rever os'
             ' planos</a></section>')
    events = ('<div class="widget"><h3>Events</h3><ul><li><a href="/eb-live/">Employee Benefits Live: 11-12th October 2016'
              ' Olympia London</a></li></ul></div>')
    assert urls_beside_a_real_story(draws + signs + events) == [REAL_STORY]
    news = ('<div><h2>Loterias: acumulada, Mega-Sena paga 40 milhões</h2><a href="/materia/870460/mega-sena-acumula-e-'
            'paga-40-milhoes">Mega-Sena acumula e pode pagar 40 milhões no sábado</a></div>')
    assert len(urls_beside_a_real_story(news)) == 2


def test_a_teasers_row_whose_class_says_it_has_an_ad_beside_it_holds_a_story_but_an_ad_slot_does_not() -> None:
    teaser = ('<div class="views-row views-row-2 with-ads"><span><a href="/actualites-france/maelys-nordahl-lelandais-de-'
              'nouveau-devant-les-juges">Maëlys: Nordahl Lelandais de nouveau devant les juges</a></span></div>')
    assert urls_beside_a_real_story(teaser) == [SITE + "actualites-france/maelys-nordahl-lelandais-de-nouveau-devant-les-juges",
                                                REAL_STORY]
    assert urls_beside_a_real_story(teaser.replace("with-ads", "ads")) == [REAL_STORY]


def test_a_headline_selling_the_sites_own_print_product_at_the_newsstands_is_no_story_but_news_of_another_is() -> None:
    # (the site's name as its domain spells it: news.example.fr is "Example")
    got = [url for url, _ in titles(
        '<a href="/2018/02/22/le-numero-804-est-en-kiosque_1467509">Le numéro 804 d\'Example est en kiosque</a>'
        '<a href="/2018/02/23/charlie-hebdo-de-retour_1467510">Le nouveau Charlie Hebdo de retour en kiosque mercredi</a>')]
    assert got == [SITE + "2018/02/23/charlie-hebdo-de-retour_1467510"]
    # a new issue of its own magazine, its name in words run together ("Tichys Einblick" for tichyseinblick.de)
    got = [url for url, _ in titles(
        '<a href="/magazin/ex-ample-magazin-04-2018/">Die neue Ausgabe Ex Ample 04/2018 ist da</a>'
        '<a href="/medien/spiegel-ausgabe-erscheint-spaeter/">Die neue Ausgabe des Spiegel erscheint einen Tag später</a>')]
    assert got == [SITE + "medien/spiegel-ausgabe-erscheint-spaeter/"]
    # an issue by its number, out now ("Oh ! My Mag numéro 6 est sorti" for ohmymag.com), not another magazine's
    got = [url for url, _ in titles(
        '<a href="/news/le-numero-6-d-ex-ample-debarque_art116517.html">Ex Ample numéro 6 est sorti</a>'
        '<a href="/news/le-numero-100-de-elle-est-sorti_art116518.html">Le numéro 100 de Elle est sorti avec une couverture'
        ' inédite</a>')]
    assert got == [SITE + "news/le-numero-100-de-elle-est-sorti_art116518.html"]


def test_a_call_to_subscribe_to_the_site_itself_is_no_story_but_news_of_subscribers_is() -> None:
    # (the site's name as its domain spells it: news.example.fr is "Example")
    got = [url for url, _ in titles(
        '<a href="/blog/come-abbonarsi-a-example">Come abbonarsi a Example</a>'
        '<a href="/example-e-presenza-abbonati-subito">Example è presenza. Abbonati subito e fai abbonare</a>'
        '<a href="/2018/03/16/abonnez-vous-newsletter/">Abonnez-vous à la newsletter de Example.fr</a>'
        '<a href="/peru/suscribete-a-los-newsletters-noticia-1320131">Suscríbete a los Newsletters de EXAMPLE</a>'
        '<a href="/sociedad/2020-09-05/example-logra-110000-suscriptores.html">EXAMPLE logra 110.000 suscriptores tras lanzar'
        ' su modelo de pago</a>'
        '<a href="/2018/03/16/abonnez-vous-au-monde/">Abonnez-vous au Monde : la campagne qui fait parler les lecteurs</a>')]
    assert got == [SITE + "sociedad/2020-09-05/example-logra-110000-suscriptores.html",
                   SITE + "2018/03/16/abonnez-vous-au-monde/"]


def test_the_one_headline_opening_with_the_sites_name_presents_the_site_but_a_town_that_names_the_site_opens_many() -> None:
    got = [url for url, _ in titles(
        '<a href="/example-lapplication-de-lactualite-maintenant/">Example – L\'info Police Sécurité Terrorisme, maintenant.</a>'
        '<a href="/2018/03/16/moscou-prend-des-sanctions-contre-londres/">Ex-espion empoisonné : Moscou prend des sanctions'
        ' contre Londres</a>')]
    assert got == [SITE + "2018/03/16/moscou-prend-des-sanctions-contre-londres/"]
    town = [url for url, _ in titles("".join(
        f'<a href="/2018/03/16/example-story-{n}/">Example: the town council votes on its budget {n}</a>' for n in range(2)))]
    assert len(town) == 2


def test_a_job_advertisement_is_no_story_by_the_genders_its_headline_names_or_its_address() -> None:
    got = [url for url, _ in titles(
        '<a href="/news/detail/beitrag/139811-job-des-tages-redakteur-mw-in-bamberg-gesucht.html">Job des Tages: Redakteur'
        ' (m/w/d) in Bamberg gesucht</a>'
        '<a href="/emploi/2018/03/20/developpeur-python-h-f_1467511">Développeur Python (H/F) à Lyon, CDI</a>'
        '<a href="/jobs/job-details/job/225918-redakteurin.html">Vogel Business Media GmbH &amp; Co. KG sucht</a>'
        # (a story about jobs is a story, and so is a headline with a slash in brackets that names no genders)
        '<a href="/2018/03/20/arbeitsmarkt-redakteure-gesucht_1467512">Arbeitsmarkt: Warum Verlage Redakteure suchen</a>'
        '<a href="/2018/03/20/tarif-m-w-verhandlung_1467513">Tarifrunde (Metall/West) geht in die dritte Runde</a>')]
    assert got == [SITE + "2018/03/20/arbeitsmarkt-redakteure-gesucht_1467512", SITE + "2018/03/20/tarif-m-w-verhandlung_1467513"]


def test_a_topics_numbered_page_under_an_index_folder_needs_a_headline_but_a_post_named_by_its_number_does_not() -> None:
    got = [url for url, _ in titles(
        '<a href="/etudes-tendances/dossiers/1064175/medias.html">Médias</a>'
        '<a href="/category/244910/national-news">National</a>'
        '<a href="/etudes-tendances/dossiers/1064176/les-agences-face-a-la-crise.html">Les agences de communication face à la'
        ' crise</a>'
        '<a href="/archives/283626.html">Καρδιοχτύπησε η Βόλφσμπουργκ</a>')]
    assert got == [SITE + "etudes-tendances/dossiers/1064176/les-agences-face-a-la-crise.html", SITE + "archives/283626.html"]


def test_a_course_the_site_sells_is_no_story_but_news_of_training_is() -> None:
    got = [url for url, _ in titles(
        '<a href="/formations/cours/rediger-un-communique-pertinent-coherent-et-performant">Rédiger un communiqué pertinent,'
        ' cohérent et performant</a>'
        '<a href="/emploi/formations/formation/46538/le-chef-de-produit-performant.html">Le chef de produit performant</a>'
        '<a href="/training/courses/writing-for-the-web-in-four-days">Writing for the web in four days</a>'
        # (a story filed under training, or about courses, is a story)
        '<a href="/formations/2018/03/16/les-ecoles-de-commerce-augmentent-leurs-frais_84360">Les écoles de commerce augmentent'
        ' leurs frais</a>')]
    assert got == [SITE + "formations/2018/03/16/les-ecoles-de-commerce-augmentent-leurs-frais_84360"]


def test_a_vendors_download_or_a_glossarys_definition_is_no_story() -> None:
    got = [url for url, _ in titles(
        '<a href="/livre-blanc/bonnes-pratiques-batir-un-reseau-pret-pour-le-cloud-2846-tag-8.html">Bonnes pratiques : bâtir'
        ' un réseau prêt pour le cloud</a>'
        '<a href="/ehandbook/Comprendre-lhyperconvergence-et-ses-enjeux">Comprendre l’hyperconvergence et ses enjeux</a>'
        '<a href="/definition/Apple-Device-Enrollment-Program">Apple Device Enrollment Program, la définition</a>'
        '<a href="/actualites/lire-les-livres-blancs-des-editeurs-sous-la-loupe-71190.html">Les livres blancs des éditeurs'
        ' sous la loupe de la CNIL</a>')]
    assert got == [SITE + "actualites/lire-les-livres-blancs-des-editeurs-sous-la-loupe-71190.html"]


def test_a_deal_a_lottery_draw_or_a_call_to_support_the_site_is_no_story_but_news_of_them_is() -> None:
    got = [url for url, _ in titles(
        '<a href="/2018/03/16/tv-4k-philips-479-euros_266907">La TV 4K Philips 49PUS6262 à 479€ au lieu de 849€</a>'
        '<a href="/2018/03/16/promo-formations-udemy_101703">Promo : les formations Udemy à 12 € pour la Saint-Patrick</a>'
        '<a href="/2018/03/16/hp-omen-en-promotion_266934">HP Omen 15 : un PC gaming avec des arguments en promotion</a>'
        '<a href="/guide-dachat-meilleurs-ordinateurs-portables-actuels-254436">Les meilleurs ordinateurs portables du moment</a>'
        '<a href="/2018/03/16/resultat-tirage-euromillions_84369">Résultat tirage Euromillions du 16 mars 2018 : voici ce'
        ' qu\'il fallait jouer</a>'
        '<a href="/2018/03/16/pronostics-quinte_84353">Pronostics Quinté du 17 mars 2018 : les favoris de la course</a>'
        '<a href="/2018/03/16/soutenir-example_84354">Soutenir Example et son indépendance !</a>'
        # (a deal's news, a lottery's news and a call to support another are stories)
        '<a href="/2018/03/16/fnac-promotions-enquete_84355">La DGCCRF enquête sur les fausses promotions de la Fnac</a>'
        '<a href="/2018/03/16/euromillions-gagnant-lyon_84356">Un Lyonnais remporte 17 millions à l\'Euromillions</a>'
        '<a href="/2018/03/16/soutenir-les-kurdes_84357">Soutenir les Kurdes d\'Afrin : des milliers de manifestants à'
        ' Paris</a>')]
    assert got == [SITE + f"2018/03/16/{path}" for path in ("fnac-promotions-enquete_84355", "euromillions-gagnant-lyon_84356",
                                                             "soutenir-les-kurdes_84357")]


def test_a_list_of_dated_stories_a_class_calls_an_announcement_is_stories() -> None:
    # French "annonce" names a classified ad and an announcement alike: a list of timed, numbered headlines is news
    items = "".join(f'<div class="item"><time>16/03/18</time><a href="/articles/details/{62840 + n}/titre-{n}.html">'
                    f"Une nouvelle du fil numéro {n} sur le site</a></div>" for n in range(4))
    got = urls_beside_a_real_story(f'<div class="corps annonce">{items}</div>')
    assert got == [SITE + f"articles/details/{62840 + n}/titre-{n}.html" for n in range(4)] + [REAL_STORY]


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
    assert scores.precision >= 0.97
    assert scores.recall >= 0.98
    assert scores.leads_right == scores.pages
    assert scores.duplicates <= 0.01


def test_quality_floor_on_the_gathered_dev_pages() -> None:
    # A hundred and sixteen pages: the former held-out eight joined on 2026-11-30, then eight fresh held-out sets (ten,
    # eleven, sixteen, fifteen, fourteen, sixteen, fourteen, four) after their figures were reported. Each joined at
    # where it stood; the classes fixed on them since raise the floor.
    (scores,) = score_listers(load_frontpages(GATHERED, "dev"), [("ours", ours)])
    assert scores.recall >= 0.985
    assert scores.precision >= 0.943
    # (one lead lost, rtlinfo's, when the lead became the first story shown fit by any of its links: eight won elsewhere)
    assert scores.leads_right >= scores.pages - 21
    assert scores.duplicates <= 0.002
    assert scores.title_accuracy is not None and scores.title_accuracy >= 0.983


@pytest.mark.parametrize(("label", "floor"), [
    # precision, recall, leads right, title accuracy: where each set stood once the rounds it judged were over. J's and
    # L's titles went down a little when a page's labels in capitals ("HORROR: ...", "EM GUARABIRA: ...") left its
    # headlines, as the truths' convention says kickers do, and as sets K and M (and K's and M's titles rose more) have
    # it; J's and L's annotators kept them.
    # set I's titles 0.980 -> 0.979 on purpose: a media label after a spaced hyphen leaves the headline ("... - VIDEO",
    # jeanmarcmorandini's annotator, CB, nine titles), where toi-etimes' annotator kept one ("... - watch")
    # set I's titles 0.979 -> 0.978 at the twenty-first stop, on purpose (see K): hurriyet's mega-menu lists three columns
    # under the columnist's name and desk before the headline ("M. Berk Karaoğlu Aile Yazarı Obsesif ..."), stories
    # gained with a title one word too long
    # and 0.978 -> 0.977 (see EW): elgarrotxi's living COVID-19 figures keep their update day "(12/10/2020)"
    ("set I (judged 2026-11-30, development since)", (0.947, 0.954, 15, 0.979)),
    ("set J (judged 2026-11-30, development since)", (0.985, 0.993, 10, 0.994)),
    # set K's precision 0.970 -> 0.969 on purpose: a games section's numbered stories are stories (winfuture's trailers,
    # four), and morgenpost's puzzle under "/interaktiv/spiele/article208240015/<six-word slug>" reads as one
    # set K's titles 0.984 -> 0.979 and M's 0.962 -> 0.960 on purpose: a label in capitals before a colon that the
    # story's slug spells first stays ("LE CREUSOT : ...", 77 titles gained), where niagara-gazette's and foxnews'
    # annotators left a columnist's name out ("SCHEER: ...", "SEAN HANNITY: ...", four titles) and dailymail's kept it
    # set K's precision 0.969 -> 0.962 at the twenty-first stop, on purpose: a mega-menu's lists of numbered stories' headlines
    # are stories (114 true entries gained over the development pages, 9 false), where abcnews' menu also lists four
    # numbered live streams ("Live Look at the Capitol Building ...") its annotators left out
    ("set K (judged 2026-11-30, development since)", (0.963, 0.976, 8, 0.978)),
    ("set L (judged 2026-11-30, development since)", (0.966, 0.986, 4, 0.993)),
    ("set M (judged 2026-11-30, development since)", (0.955, 0.975, 7, 0.964)),
    ("set N (judged 2026-11-30, development since)", (0.965, 0.987, 10, 0.989)),
    ("set O (judged 2026-11-30, development since)", (0.986, 0.965, 10, 0.982)),
    # (P's titles lowered from .977 at the thirty-first stop: its Korean annotator keeps a video's marker after a
    # headline, "... (영상)", which the set of the same region annotated since leaves out, as every other language's)
    ("set P (judged 2026-11-30, development since)", (0.941, 0.985, 8, 0.976)),
    ("set R (judged 2026-11-30, second stop; development since)", (0.991, 0.957, 5, 0.994)),
    ("set S (judged 2026-11-30, second stop; development since)", (0.985, 0.999, 3, 0.999)),
    ("set T (judged 2026-11-30, second stop; development since)", (0.962, 0.976, 6, 0.956)),
    ("set U (judged 2026-11-30, second stop; development since)", (0.976, 0.953, 7, 0.974)),
    ("set V (judged 2026-11-30, second stop; development since)", (0.939, 0.987, 6, 0.978)),
    ("set W (judged 2026-11-30, second stop; development since)", (0.984, 0.983, 8, 0.991)),
    ("set Y (judged 2026-11-30, second stop; development since)", (0.950, 0.995, 2, 0.988)),
    ("set Z (judged 2026-11-30, second stop; development since)", (0.999, 0.910, 3, 0.797)),
    ("set AA (judged 2026-11-30, second stop; development since)", (0.881, 0.946, 1, 0.991)),
    ("set AB (judged 2026-11-30, third stop; development since)", (0.973, 0.987, 10, 0.968)),
    ("set AC (judged 2026-11-30, third stop; development since)", (0.963, 0.956, 4, 0.985)),
    ("set AD (judged 2026-11-30, third stop; development since)", (0.817, 0.842, 5, 0.942)),
    ("set AE (judged 2026-11-30, third stop; development since)", (0.999, 0.933, 5, 0.999)),
    ("set AF (judged 2026-11-30, third stop; development since)", (0.996, 0.957, 4, 0.978)),
    ("set AG (judged 2026-11-30, fourth stop; development since)", (0.965, 0.997, 3, 0.982)),
    ("set AH (judged 2026-11-30, fifth stop; development since)", (0.940, 0.999, 2, 0.999)),
    ("set AI (judged 2026-11-30, fifth stop; development since)", (0.966, 0.974, 9, 0.975)),
    ("set AJ (judged 2026-11-30, fifth stop; development since)", (0.941, 0.975, 7, 0.934)),
    ("set AK (judged 2026-11-30, fifth stop; development since)", (0.959, 0.985, 6, 0.981)),
    ("set AL (judged 2026-11-30, sixth stop; development since)", (0.999, 0.974, 2, 0.999)),
    ("set AM (judged 2026-11-30, sixth stop; development since)", (0.983, 0.965, 7, 0.978)),
    # set AN's titles 0.977 -> 0.976 on purpose: a Greek media marker leaves the headline ("... (φωτο)", "(βίντεο)",
    # eleven titles gained in EL and AV), where sofokleousin's annotator kept "... - Βίντεο" on one
    ("set AN (judged 2026-11-30, sixth stop; development since)", (0.948, 0.948, 9, 0.976)),
    ("set AO (judged 2026-11-30, sixth stop; development since)", (0.972, 0.895, 6, 0.970)),
    ("set AP (judged 2026-11-30, sixth stop; development since)", (0.946, 0.982, 5, 0.992)),
    # (AQ's titles lowered at the thirty-fourth stop, its recall raised: two stories found in dated items, short slugs at
    # the root, come with titles its truth words otherwise, a columnist's name before a colon, "Derviş Aydın
    # Akkoç:Sükûnet", and a headline in capitals spaced before its colon)
    ("set AQ (judged 2026-11-30, sixth stop; development since)", (0.972, 0.876, 4, 0.976)),
    ("set AR (judged 2026-11-30, sixth stop; development since)", (0.967, 0.953, 4, 0.980)),
    # AS's precision 0.994 to 0.990 at the nineteenth stop: a job advertisement's post ("Role Call | ...", which its truth
    # counts as a classified ad) had been left out only because its WordPress class names a tag "tag-social-media", read
    # as a share bar's; a post holding its headline in an <h1> is judged by what it holds since
    ("set AS (judged 2026-11-30, seventh stop; development since)", (0.989, 0.945, 4, 0.958)),
    # AT's recall 0.937 -> 0.914 on purpose: kiezticker's two stories of three-word headlines, titled by their authors'
    # bylines before ("Geschrieben von: Anne Hahn"), are left out now rather than titled so (seven other titles right)
    ("set AT (judged 2026-11-30, seventh stop; development since)", (0.870, 0.914, 4, 0.999)),
    # AU's leads 5 -> 4 at the twenty-ninth stop: a first story shown as a thumbnail yields to the first shown 2.5 times as
    # wide below it since (the top story shown biggest: three development leads gained, Medyafaresi's among them), and
    # konyahaber's annotator took the first of its "ustmanset" strip of 234-pixel pictures above its 670-pixel slider
    ("set AU (judged 2026-11-30, seventh stop; development since)", (0.977, 0.987, 4, 0.994)),
    ("set AV (judged 2026-11-30, seventh stop; development since)", (0.767, 0.901, 5, 0.952)),
    ("set AW (judged 2026-12-01, eighth stop; development since)", (0.838, 0.942, 2, 0.913)),
    ("set AX (judged 2026-12-01, eighth stop; development since)", (0.924, 0.987, 5, 0.991)),
    ("set AY (judged 2026-12-01, eighth stop; development since)", (0.991, 0.955, 4, 0.995)),
    ("set AZ (judged 2026-12-01, eighth stop and the ninth's start; development since)", (0.996, 0.990, 4, 0.991)),
    # (BA's precision lowered at the thirty-fifth stop: a pictured teaser whose slug spells its long headline, no
    # heading, is a story since, and eldia's one from its Sunday magazine's folder, "/laprensa/el-cristo-de-la-caida-...",
    # is left out by its truth)
    ("set BA (judged 2026-12-01, ninth stop; development since)", (0.972, 0.972, 6, 0.923)),
    ("set BB (judged 2026-12-01, ninth stop; development since)", (0.999, 0.990, 4, 0.990)),
    # BC's titles .973 -> .967 and JW's .987 -> .982: Hungarian "videó" after a headline is a media marker since, left out
    # ("... két piros villant – videó", as "- VIDEO" is), and the annotators of two Hungarian sites kept it there ("... +
    # VIDEÓ", "... Győrben - videó") while those of three others left it out (hvg, nso, propeller: seven headlines)
    ("set BC (judged 2026-12-01, ninth stop; development since)", (0.941, 0.984, 6, 0.966)),
    # BD's precision .954 -> .945 at the twenty-ninth stop: an empty link beside a plain line is named by that line since
    # (slides that set their headline in bold beside an empty link), and bianet's box of its special files so names its
    # hub page by the box's description ("... seçkilere buradan ulaşabilirsiniz"): one false entry
    ("set BD (judged 2026-12-01, ninth stop and the tenth's start; development since)", (0.945, 0.960, 4, 0.991)),
    ("set BE (judged 2026-12-01, tenth stop; development since)", (0.936, 0.966, 3, 0.999)),
    # BH's dzfoot: its annotator keeps a bold label before the headline ("<strong>France :</strong> Zeffane ..."), the
    # truths' convention (and most sets) leave it out: twelve titles
    ("set BH (judged 2026-12-01, tenth stop; development since)", (0.973, 0.975, 4, 0.874)),
    # BJ's annotators keep a kicker before a colon ("Editorial : ...") and drop a day after the headline ("... (23/03)")
    ("set BJ (judged 2026-12-01, tenth stop; development since)", (0.963, 0.969, 4, 0.946)),
    ("set BL (judged 2026-12-01, tenth stop; development since)", (0.989, 0.928, 4, 0.983)),
    ("set BF (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.999, 0.982, 4, 0.992)),
    ("set BG (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.992, 0.999, 4, 0.999)),
    ("set BI (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.936, 0.943, 5, 0.984)),
    ("set BK (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.986, 0.971, 3, 0.999)),
    ("set BM (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.983, 0.983, 3, 0.929)),
    ("set BN (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.999, 0.985, 3, 0.999)),
    ("set BO (judged 2026-12-01, tenth stop and the eleventh's start; development since)", (0.999, 0.976, 3, 0.999)),
    ("set BP (judged 2026-12-01, eleventh stop; development since)", (0.968, 0.917, 3, 0.981)),
    ("set BR (judged 2026-12-01, eleventh stop; development since)", (0.946, 0.967, 2, 0.999)),
    ("set BT (judged 2026-12-01, eleventh stop; development since)", (0.999, 0.943, 2, 0.999)),
    ("set BU (judged 2026-12-01, eleventh stop; development since)", (0.999, 0.962, 4, 0.999)),
    ("set BX (judged 2026-12-01, eleventh stop; development since)", (0.999, 0.989, 2, 0.999)),
    # BV's recall 1.000 -> 0.966 on purpose: lemagit's e-handbooks, e-zine and glossary pages left (eight false entries), its
    # stories with a date or a long id are half of the rest, so two idless ones headed in four words read as sections'
    ("set BV (judged 2026-12-01, eleventh stop; development since)", (0.980, 0.966, 3, 0.999)),
    ("set BW (judged 2026-12-01, eleventh stop; development since)", (0.905, 0.979, 3, 0.991)),
    ("set BQ (judged 2026-12-01, eleventh stop; development since)", (0.929, 0.999, 4, 0.986)),
    ("set BS (judged 2026-12-01, eleventh stop and the twelfth's start; development since)", (0.978, 0.999, 3, 0.990)),
    ("set CA (judged 2026-12-01, eleventh stop and the twelfth's start; development since)", (0.979, 0.979, 3, 0.999)),
    # (BY's titles lowered at the thirty-fifth stop: its annotator keeps the site's name after one headline, "Genève 2018 :
    # Palmarès des Prix RTL - Auto Plus", which the issue asks a digest to leave out, the host's name spelled in words)
    ("set BY (judged 2026-12-01, eleventh stop and the twelfth's start; development since)", (0.879, 0.999, 3, 0.991)),
    # BZ judged with precision .979: one site's page sits inside a menu its template never closed; read as the page
    # since (recall .914 -> .952), with the recipes and outings the truth leaves out among it: precision .902
    ("set BZ (judged 2026-12-01, eleventh stop and the twelfth's start; development since)", (0.901, 0.951, 3, 0.894)),
    ("set CB (judged 2026-12-01, twelfth stop; development since)", (0.948, 0.913, 3, 0.988)),
    ("set CC (judged 2026-12-01, twelfth stop; development since)", (0.891, 0.999, 3, 0.980)),
    ("set CD (judged 2026-12-01, twelfth stop; development since)", (0.959, 0.937, 3, 0.999)),
    ("set CE (judged 2026-12-01, twelfth stop; development since)", (0.999, 0.873, 3, 0.941)),
    ("set CF (judged 2026-12-01, twelfth stop; development since)", (0.972, 0.912, 1, 0.999)),
    ("set CG (judged 2026-12-01, twelfth stop; development since)", (0.928, 0.999, 2, 0.999)),
    ("set CH (judged 2026-12-01, twelfth stop; development since)", (0.855, 0.950, 3, 0.999)),
    ("set CI (judged 2026-12-01, twelfth stop; development since)", (0.984, 0.957, 3, 0.988)),
    ("set CJ (judged 2026-12-01, twelfth stop; development since)", (0.945, 0.975, 2, 0.999)),
    ("set CK (judged 2026-12-01, twelfth stop; development since)", (0.999, 0.999, 3, 0.986)),
    ("set CL (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)", (0.974, 0.983, 1, 0.948)),
    ("set CM (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)", (0.979, 0.999, 2, 0.999)),
    ("set CN (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)", (0.990, 0.990, 3, 0.989)),
    # CO's precision 0.954 -> 0.933 at the twenty-first stop, on purpose (see K): vg247's menu lists three dated guides
    # ("Monster Hunter World guide: ...", "Release dates: every game confirmed for 2018") its annotators left out as evergreen
    ("set CO (judged 2026-12-01, twelfth stop and the thirteenth's start; development since)", (0.934, 0.978, 3, 0.978)),
    # CP's precision .696 -> .674 at the twenty-sixth stop: a mega-menu's list of cards is read as stories since, and one
    # site's menu lists three mobile plan deals so (the truth leaves deals out)
    ("set CP (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.807, 0.823, 3, 0.999)),
    ("set CQ (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.943, 0.937, 2, 0.999)),
    ("set CR (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.999, 0.985, 2, 0.983)),
    ("set CS (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.999, 0.999, 2, 0.979)),
    ("set CT (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.932, 0.999, 2, 0.999)),
    ("set CU (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.980, 0.956, 2, 0.999)),
    ("set CV (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.922, 0.999, 3, 0.941)),
    ("set CW (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.962, 0.973, 3, 0.971)),
    ("set CX (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.929, 0.841, 3, 0.951)),
    ("set CY (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.999, 0.988, 1, 0.959)),
    ("set CZ (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.999, 0.904, 3, 0.955)),
    ("set DA (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.971, 0.999, 2, 0.948)),
    ("set DB (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.825, 0.952, 1, 0.849)),
    ("set DC (judged 2026-12-01, thirteenth stop and the fourteenth's start; development since)", (0.809, 0.988, 2, 0.999)),
    ("set DD (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.999, 0.999, 3, 0.999)),
    ("set DE (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.974, 0.992, 2, 0.999)),
    ("set DF (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.957, 0.979, 3, 0.999)),
    ("set DG (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.918, 0.999, 2, 0.999)),
    ("set DH (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.993, 0.999, 2, 0.999)),
    ("set DI (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.999, 0.999, 3, 0.972)),
    ("set DJ (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.829, 0.966, 2, 0.999)),
    ("set DK (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.999, 0.994, 3, 0.973)),
    ("set DL (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.955, 0.984, 3, 0.977)),
    ("set DM (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.982, 0.940, 2, 0.999)),
    ("set DN (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.995, 0.989, 2, 0.981)),
    ("set DO (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.886, 0.901, 1, 0.999)),
    ("set DP (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.979, 0.970, 3, 0.999)),
    # DQ's titles 1.000 to 0.980 at the twentieth stop: one story's headline opens in lower case ("à la mémoire des
    # victimes de l'oas", the site's own wording); a headline opening so is read as the rest of one split over two links
    # since, so its other link's words ("56ème anniversaire de l'assassinat ...") are taken
    ("set DQ (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.675, 0.929, 2, 0.979)),
    ("set DR (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.935, 0.970, 3, 0.999)),
    ("set DS (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.999, 0.993, 3, 0.977)),
    ("set DT (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.981, 0.992, 3, 0.944)),
    ("set DU (judged 2026-12-01, fourteenth stop and the fifteenth's start; development since)", (0.934, 0.907, 1, 0.999)),
    ("set DV (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.876, 0.999, 1, 0.948)),
    ("set DW (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.999, 0.792, 0, 0.874)),
    ("set DX (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.989, 0.999, 2, 0.987)),
    ("set DY (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.970, 0.884, 1, 0.999)),
    ("set DZ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.980, 0.956, 2, 0.999)),
    ("set EA (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.976, 0.972, 2, 0.966)),
    ("set EB (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.923, 0.804, 1, 0.942)),
    ("set EC (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.968, 0.740, 2, 0.999)),
    ("set ED (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.893, 0.999, 1, 0.999)),
    ("set EE (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.991, 0.962, 2, 0.968)),
    ("set EF (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.977, 0.999, 1, 0.999)),
    ("set EG (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.999, 0.929, 3, 0.920)),
    ("set EH (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.956, 0.874, 1, 0.973)),
    ("set EI (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.999, 0.966, 1, 0.999)),
    ("set EJ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.975, 0.978, 3, 0.962)),
    ("set EK (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.999, 0.729, 1, 0.999)),
    ("set EL (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.928, 0.947, 3, 0.989)),
    ("set EM (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.978, 0.999, 2, 0.999)),
    ("set EN (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.606, 0.754, 1, 0.999)),
    ("set EO (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.777, 0.999, 1, 0.916)),
    ("set EP (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.948, 0.957, 3, 0.999)),
    ("set EQ (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.999, 0.983, 3, 0.999)),
    ("set ER (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.899, 0.998, 3, 0.975)),
    # set ES's titles 0.875 -> 0.865 on purpose: a music site's track marker leaves the title ("... (Clip Officiel)",
    # rapghetto, twelve titles gained in EB), where ivoirematin's annotator kept "( Clip Officiel)" on one
    ("set ES (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.890, 0.999, 1, 0.874)),
    ("set ET (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.994, 0.970, 2, 0.965)),
    ("set EU (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.990, 0.893, 2, 0.960)),
    ("set EV (judged 2026-12-02, fifteenth stop and the sixteenth's start; development since)", (0.977, 0.971, 3, 0.994)),
    # EW's titles 0.951 -> 0.941 at the twenty-first stop, on purpose: a day in brackets after a long headline is left out
    # (18 titles right over the development pages), where gamergen's annotators kept a living list's update day
    # ("... disponibles sur l'eShop (23/02/2018)")
    ("set EW (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.870, 0.981, 3, 0.941)),
    ("set EX (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.916, 0.960, 2, 0.883)),
    ("set EY (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.924, 0.979, 2, 0.988)),
    ("set EZ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.912, 0.999, 0, 0.999)),
    ("set FA (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.956, 0.995, 3, 0.972)),
    ("set FB (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.988, 0.948, 2, 0.992)),
    ("set FC (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.957, 0.943, 2, 0.978)),
    ("set FD (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.987, 0.987, 1, 0.937)),
    ("set FE (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.977, 0.999, 3, 0.966)),
    ("set FF (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.896, 0.949, 2, 0.999)),
    ("set FG (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.999, 0.992, 2, 0.987)),
    ("set FH (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.981, 0.999, 2, 0.975)),
    ("set FI (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.999, 0.989, 3, 0.999)),
    ("set FJ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.749, 0.968, 1, 0.999)),
    ("set FK (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.790, 0.847, 1, 0.999)),
    ("set FL (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.909, 0.999, 0, 0.975)),
    ("set FM (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.999, 0.911, 2, 0.999)),
    ("set FN (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.992, 0.958, 2, 0.987)),
    ("set FO (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.820, 0.805, 1, 0.985)),
    ("set FQ (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.999, 0.999, 1, 0.963)),
    ("set FR (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.956, 0.969, 3, 0.999)),
    ("set FS (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.976, 0.933, 1, 0.999)),
    ("set FT (judged 2026-12-02, sixteenth stop and the seventeenth's start; development since)", (0.999, 0.999, 2, 0.963)),
    ("set FU (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.989, 0.999, 2, 0.983)),
    ("set FV (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.999, 0.999, 1, 0.935)),
    ("set FW (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.994, 0.999, 2, 0.999)),
    ("set FX (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.818, 0.999, 2, 0.949)),
    ("set FY (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set FZ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.971, 0.979, 1, 0.985)),
    ("set GA (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.906, 0.999, 2, 0.970)),
    ("set GB (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.973, 0.973, 2, 0.985)),
    ("set GC (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.890, 0.905, 2, 0.999)),
    ("set GD (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.992, 0.999, 1, 0.980)),
    ("set GE (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.959, 0.999, 2, 0.978)),
    ("set GF (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.955, 0.955, 3, 0.987)),
    ("set GG (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.867, 0.999, 2, 0.945)),
    ("set GH (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.844, 0.999, 2, 0.999)),
    ("set GI (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.987, 0.999, 2, 0.986)),
    ("set GJ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.999, 0.955, 1, 0.988)),
    ("set GK (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.895, 0.837, 1, 0.969)),
    ("set GL (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.985, 0.979, 1, 0.957)),
    ("set GM (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.935, 0.939, 2, 0.965)),
    ("set GN (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.689, 0.999, 2, 0.839)),
    ("set GO (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.946, 0.982, 1, 0.993)),
    ("set GP (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.962, 0.989, 1, 0.999)),
    ("set GQ (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.940, 0.985, 1, 0.935)),
    ("set GR (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.999, 0.999, 1, 0.999)),
    # GS's precision 0.990 -> 0.974 and titles 0.684 -> 0.643 at the twenty-first stop, on purpose (see K): gameswelt's menu
    # lists two numbered downloads (a client, a demo) and three walkthroughs its annotators count under the game's name
    # alone, where the menu's link gives the walkthrough's own headline
    ("set GS (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.983, 0.999, 2, 0.749)),
    ("set GT (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.999, 0.981, 2, 0.832)),
    ("set GU (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.759, 0.999, 2, 0.999)),
    ("set GV (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.899, 0.999, 1, 0.999)),
    ("set GW (judged 2026-12-02, seventeenth stop and the eighteenth's start; development since)", (0.877, 0.985, 1, 0.999)),
    ("set GX (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.917, 0.999, 2, 0.931)),
    ("set GY (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.897, 0.999, 2, 0.999)),
    ("set GZ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.912, 0.999, 2, 0.976)),
    ("set HA (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.926, 0.960, 2, 0.999)),
    ("set HB (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.968, 0.930, 2, 0.972)),
    ("set HC (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.995, 0.938, 1, 0.973)),
    ("set HD (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.999, 0.952, 2, 0.979)),
    ("set HE (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.941, 0.999, 2, 0.979)),
    ("set HF (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.909, 0.946, 1, 0.988)),
    ("set HG (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.929, 0.993, 2, 0.948)),
    # (HH's titles .898 -> .816 at the forty-first stop: one site's series hashtag closed by a colon, "#EBCphotography:
    # ...", its annotator leaves out; six other sites' annotators keep such a hashtag as the headline's subject, 24 titles)
    ("set HH (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.980, 0.980, 3, 0.815)),
    ("set HI (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.999, 0.921, 2, 0.958)),
    ("set HJ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.915, 0.969, 3, 0.950)),
    # HK's titles 0.925 to 0.923 at the nineteenth stop: two stories each linked under two slugs after one id were two
    # entries, one under each link's headline; one entry since, under its first link's headline ("EU-Austritt muss ...")
    # where the truth takes the other's ("In einem kritischen Stadium"), so one right title of two is now one wrong of one
    ("set HK (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.972, 0.963, 1, 0.922)),
    ("set HL (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.833, 0.990, 1, 0.999)),
    ("set HM (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.988, 0.878, 2, 0.987)),
    ("set HN (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.974, 0.967, 2, 0.988)),
    ("set HO (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.981, 0.999, 2, 0.988)),
    ("set HP (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.979, 0.904, 2, 0.999)),
    ("set HQ (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.987, 0.990, 2, 0.930)),
    ("set HR (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.995, 0.944, 2, 0.969)),
    ("set HS (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.949, 0.969, 2, 0.973)),
    ("set HT (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.884, 0.999, 2, 0.999)),
    ("set HU (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.882, 0.953, 0, 0.989)),
    ("set HV (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.986, 0.986, 2, 0.999)),
    ("set HW (judged 2026-12-02, eighteenth stop and the nineteenth's start; development since)", (0.868, 0.948, 2, 0.966)),
    ("set HX (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.985, 0.949, 2, 0.999)),
    ("set HY (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.999, 0.999, 2, 0.970)),
    ("set HZ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.973, 0.999, 2, 0.772)),
    ("set IA (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.886, 0.999, 2, 0.975)),
    ("set IB (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.897, 0.999, 2, 0.999)),
    ("set IC (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.974, 0.968, 0, 0.940)),
    ("set ID (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.939, 0.999, 2, 0.999)),
    ("set IE (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.958, 0.999, 2, 0.956)),
    ("set IF (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.838, 0.987, 2, 0.999)),
    ("set IG (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.899, 0.937, 2, 0.962)),
    ("set IH (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.941, 0.991, 3, 0.991)),
    ("set II (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.982, 0.991, 2, 0.991)),
    ("set IJ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.924, 0.979, 2, 0.973)),
    ("set IK (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.934, 0.999, 2, 0.999)),
    ("set IL (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.788, 0.907, 1, 0.957)),
    ("set IM (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.933, 0.973, 2, 0.999)),
    ("set IN (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.940, 0.987, 1, 0.973)),
    ("set IO (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.967, 0.962, 1, 0.976)),
    ("set IP (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set IQ (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.943, 0.925, 2, 0.999)),
    ("set IR (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.977, 0.953, 2, 0.991)),
    ("set IS (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.999, 0.990, 2, 0.943)),
    ("set IT (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.961, 0.970, 2, 0.958)),
    ("set IU (judged 2026-12-02, nineteenth stop and the twentieth's start; development since)", (0.961, 0.913, 1, 0.914)),
    ("set IV (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.858, 0.982, 2, 0.975)),
    ("set IW (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.892, 0.999, 1, 0.639)),
    ("set IX (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.931, 0.943, 2, 0.999)),
    ("set IY (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.981, 0.899, 2, 0.995)),
    ("set IZ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.961, 0.999, 1, 0.999)),
    ("set JA (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.956, 0.999, 1, 0.681)),
    ("set JB (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.970, 0.934, 2, 0.990)),
    ("set JC (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.988, 0.943, 2, 0.988)),
    ("set JD (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.914, 0.993, 2, 0.942)),
    # (JE's titles lowered at the thirty-fourth stop: its annotator keeps English media shorthand after six headlines,
    # "(pics)", "(vid)", where two other Greek sites' annotators leave it out after eighteen, as the conventions say)
    ("set JE (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.872, 0.999, 0, 0.869)),
    ("set JF (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.988, 0.926, 1, 0.999)),
    ("set JG (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.856, 0.946, 1, 0.999)),
    ("set JH (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.913, 0.999, 2, 0.974)),
    ("set JI (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.967, 0.999, 2, 0.999)),
    ("set JJ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.933, 0.994, 2, 0.922)),
    ("set JK (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.999, 0.999, 2, 0.988)),
    ("set JL (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.711, 0.881, 2, 0.961)),
    # JM's titles 0.870 -> 0.856 at the twenty-second stop, on purpose: of a whole teaser in one link, the part its slug
    # spells is the headline (36 titles right on development pages that were not), where one site sets its device's name
    # in a span of its own before the headline its slug spells ("Samsung Galaxy S9:" + "Die Technik hinter der variablen
    # Blende" of ".../samsung-galaxy-s9-die-technik-hinter-der-variablen-blende"), the truth keeping both
    ("set JM (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.746, 0.954, 2, 0.856)),
    # (JN's titles lowered at the thirty-first stop: its annotator keeps a double media label, "VIDEO/ GALERIE FOTO. ...")
    ("set JN (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.986, 0.999, 2, 0.949)),
    # JO's precision 0.864 -> 0.863 and recall 0.999 -> 0.994 at the twenty-first stop, on purpose: a Greek media marker
    # abridged, "(φωτ.)", is left out of the headline (17 titles right that were not), where one story's headline, three
    # words in quotes without it ("«Άσπρισε» η Σπηλιά"), reads as too short to name a story
    ("set JO (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.863, 0.994, 2, 0.999)),
    ("set JP (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.999, 0.979, 1, 0.999)),
    ("set JQ (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.988, 0.989, 2, 0.968)),
    ("set JR (judged 2026-12-02, twentieth stop and the twenty-first's start; development since)", (0.985, 0.933, 2, 0.986)),
    ("set JS (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.974, 0.881, 2, 0.874)),
    ("set JT (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.987, 0.999, 1, 0.654)),
    ("set JU (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.963, 0.991, 2, 0.991)),
    ("set JV (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.990, 0.918, 1, 0.990)),
    ("set JW (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.977, 0.992, 2, 0.981)),
    ("set JX (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.963, 0.982, 2, 0.993)),
    ("set JY (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.937, 0.999, 2, 0.999)),
    ("set JZ (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.823, 0.999, 1, 0.999)),
    ("set KA (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.902, 0.956, 2, 0.999)),
    ("set KB (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.962, 0.999, 2, 0.980)),
    ("set KC (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.919, 0.742, 1, 0.965)),
    ("set KD (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.887, 0.995, 1, 0.946)),
    ("set KE (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.752, 0.982, 1, 0.957)),
    ("set KF (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.980, 0.967, 2, 0.999)),
    ("set KG (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.999, 0.991, 1, 0.999)),
    ("set KH (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.978, 0.918, 1, 0.903)),
    ("set KI (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.969, 0.953, 1, 0.980)),
    ("set KJ (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.970, 0.925, 2, 0.962)),
    ("set KO (judged 2026-12-02, twenty-first stop and the twenty-second's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set KK (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.999, 0.988, 1, 0.844)),
    ("set KL (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.956, 0.999, 2, 0.999)),
    ("set KM (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.974, 0.999, 2, 0.964)),
    ("set KN (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.884, 0.946, 1, 0.999)),
    ("set KP (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.999, 0.970, 1, 0.954)),
    ("set KQ (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.788, 0.999, 2, 0.999)),
    ("set KR (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.874, 0.999, 2, 0.880)),
    ("set KS (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.994, 0.766, 2, 0.957)),
    ("set KT (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.940, 0.988, 1, 0.999)),
    ("set KU (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.976, 0.994, 2, 0.841)),
    ("set KV (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.952, 0.968, 2, 0.999)),
    ("set KW (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.969, 0.969, 2, 0.969)),
    ("set KX (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.913, 0.999, 2, 0.975)),
    ("set KY (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.932, 0.992, 2, 0.979)),
    ("set KZ (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.994, 0.989, 2, 0.909)),
    ("set LA (judged 2026-12-02, twenty-second stop and the twenty-third's start; development since)", (0.910, 0.999, 2, 0.965)),
    ("set LB (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.931, 2, 0.742)),
    # (LC judged .603/.833/1/1.000 when the bench's story key kept a doubled slash: its slider's stories, linked
    # "site//vu-sur-le-net/...", matched nothing; matched since, its Taxi 5 slide's title drops the film's name over a line
    # break ("TAXI<br>La relève est assurée !"): .963)
    ("set LC (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.679, 0.999, 2, 0.963)),
    ("set LD (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.905, 0.999, 1, 0.957)),
    ("set LE (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.978, 2, 0.999)),
    ("set LF (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.951, 0.984, 1, 0.988)),
    ("set LG (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.592, 0.999, 1, 0.999)),
    ("set LH (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.972, 0.929, 2, 0.999)),
    # (LI's titles lowered at the thirty-first stop: its annotator keeps "بالصور.." (with pictures) before four
    # headlines, which four other Arabic sites' annotators leave out, seventeen times)
    ("set LI (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.987, 1, 0.854)),
    ("set LJ (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.920, 0.944, 2, 0.992)),
    ("set LK (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.974, 0.990, 2, 0.920)),
    ("set LL (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.868, 0.978, 2, 0.999)),
    ("set LM (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set LN (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.913, 0.970, 2, 0.994)),
    ("set LO (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.999, 2, 0.966)),
    ("set LQ (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.986, 0.999, 2, 0.934)),
    ("set LR (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.952, 0.987, 2, 0.977)),
    ("set LS (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.994, 0.994, 2, 0.999)),
    ("set LT (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.941, 0.980, 2, 0.999)),
    ("set LU (judged 2026-12-03, twenty-third stop and the twenty-fourth's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set LV (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.999, 0.906, 1, 0.973)),
    # LW judged with precision 1.000 on 5 entries of 28 stories: its posts the root asks by number ("/?idnews=847298")
    # are read since, recall .179 -> 1.000 and the lead right, with six posts the truth leaves out (press releases, a
    # company's promotions) among them: precision .824
    ("set LW (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.823, 0.999, 1, 0.999)),
    ("set LX (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.975, 0.993, 1, 0.968)),
    ("set LY (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.981, 0.990, 1, 0.969)),
    ("set LZ (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.845, 0.999, 2, 0.980)),
    ("set MA (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.961, 0.999, 2, 0.999)),
    ("set MB (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.943, 0.999, 1, 0.999)),
    ("set MC (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.986, 0.948, 1, 0.969)),
    ("set MD (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.959, 0.999, 1, 0.992)),
    ("set ME (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.999, 0.780, 1, 0.954)),
    ("set MF (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.995, 0.854, 2, 0.942)),
    ("set MG (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.961, 0.975, 2, 0.999)),
    ("set MH (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.980, 0.945, 0, 0.961)),
    # MI judged with precision 1.000: a teaser's own <header> is read since (+3 true stories on one page), and with them
    # one auction notice of its classifieds box filed under a devices folder: precision .995
    ("set MI (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.994, 0.984, 2, 0.990)),
    ("set MJ (judged 2026-12-03, twenty-fourth stop and the twenty-fifth's start; development since)", (0.949, 0.999, 1, 0.962)),
    ("set MK (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.920, 0.975, 2, 0.999)),
    ("set ML (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.973, 0.999, 1, 0.928)),
    ("set MM (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.982, 0.999, 1, 0.987)),
    ("set MN (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.914, 0.975, 2, 0.965)),
    ("set MO (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.983, 0.934, 2, 0.990)),
    # MP judged with precision 1.000 on 25 entries: its stories linked through the site's click counter ("/count_click/
    # ...?url=https%3A%2F%2Fdev.by%2Flenta%2Fmain%2F...") are read since, recall .795 -> .886 and the lead right, with one
    # partner's piece the truth leaves out among them: precision .984
    ("set MP (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.983, 0.941, 2, 0.949)),
    ("set MQ (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.909, 0.999, 2, 0.935)),
    ("set MR (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.991, 0.999, 2, 0.938)),
    ("set MS (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.999, 0.999, 2, 0.988)),
    ("set MT (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.974, 0.934, 2, 0.982)),
    ("set MU (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.913, 0.982, 0, 0.961)),
    ("set MV (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.961, 0.910, 2, 0.999)),
    ("set MW (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.978, 0.999, 2, 0.999)),
    ("set MX (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.923, 0.990, 2, 0.980)),
    ("set MY (judged 2026-12-03, twenty-fifth stop and the twenty-sixth's start; development since)", (0.989, 0.999, 2, 0.999)),
    ("set MZ (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set NA (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.987, 0.954, 1, 0.999)),
    # NB judged with recall .980: one site's columnists' pages are no stories since (precision .954 -> 1.000), and a TV
    # clip's teaser of the same shape goes with them: recall .974
    ("set NB (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.999, 0.973, 2, 0.982)),
    ("set NC (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.903, 0.885, 2, 0.999)),
    ("set ND (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.969, 0.932, 2, 0.977)),
    ("set NE (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.999, 0.979, 2, 0.979)),
    ("set NF (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.978, 0.981, 3, 0.994)),
    ("set NG (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.946, 0.956, 1, 0.999)),
    ("set NH (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.895, 0.959, 2, 0.999)),
    ("set NI (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.972, 0.973, 2, 0.999)),
    ("set NJ (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.926, 0.918, 2, 0.988)),
    # NK judged with titles .966 on 117 entries: four of them a story's gallery at its id alone, each titled right, are
    # one entry with their story since (the same wrong titles over 113 entries: .965)
    ("set NK (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.984, 0.936, 2, 0.964)),
    ("set NL (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.856, 0.999, 2, 0.983)),
    ("set NM (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.999, 0.992, 0, 0.984)),
    ("set NN (judged 2026-12-03, twenty-sixth stop and the twenty-seventh's start; development since)", (0.761, 0.994, 2, 0.880)),
    ("set NO (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.987, 0.999, 1, 0.999)),
    ("set NP (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set NQ (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.999, 0.986, 3, 0.972)),
    ("set NR (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.987, 0.999, 2, 0.999)),
    ("set NS (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.975, 0.880, 2, 0.962)),
    ("set NT (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.990, 0.969, 1, 0.991)),
    ("set NU (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.999, 0.969, 1, 0.989)),
    ("set NV (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.723, 0.943, 1, 0.980)),
    ("set NW (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.928, 0.999, 2, 0.983)),
    ("set NX (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.801, 0.999, 1, 0.999)),
    ("set NY (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.938, 0.963, 2, 0.985)),
    ("set NZ (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.992, 0.989, 3, 0.990)),
    ("set OA (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.982, 0.993, 2, 0.976)),
    ("set OB (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.945, 0.999, 2, 0.963)),
    ("set OC (judged 2026-12-03, twenty-seventh stop and the twenty-eighth's start; development since)", (0.986, 0.774, 1, 0.950)),
    ("set OD (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.949, 0.999, 2, 0.985)),
    ("set OE (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.966, 0.965, 2, 0.985)),
    ("set OF (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.999, 0.991, 2, 0.963)),
    ("set OG (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.938, 0.929, 2, 0.999)),
    ("set OH (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.934, 0.985, 2, 0.977)),
    ("set OI (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.999, 0.959, 2, 0.986)),
    ("set OJ (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.999, 0.931, 2, 0.952)),
    ("set OK (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.749, 0.995, 2, 0.999)),
    ("set OL (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.999, 0.964, 2, 0.965)),
    ("set OM (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.911, 0.963, 0, 0.990)),
    ("set ON (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.987, 0.987, 2, 0.984)),
    ("set OO (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.946, 0.978, 2, 0.915)),
    ("set OP (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.999, 0.944, 2, 0.999)),
    ("set OQ (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.976, 0.999, 2, 0.962)),
    ("set OR (judged 2026-12-03, twenty-eighth stop and the twenty-ninth's start; development since)", (0.849, 0.991, 2, 0.926)),
    ("set OS (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set OT (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set OU (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.978, 0.972, 1, 0.900)),
    ("set OV (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.999, 0.956, 2, 0.987)),
    ("set OW (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.986, 0.981, 2, 0.999)),
    ("set OX (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.927, 0.932, 2, 0.959)),
    ("set OY (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.971, 0.983, 1, 0.999)),
    ("set OZ (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.937, 0.999, 2, 0.949)),
    ("set PA (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.941, 0.964, 2, 0.989)),
    ("set PB (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.897, 0.999, 2, 0.999)),
    ("set PC (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.935, 0.982, 2, 0.960)),
    ("set PD (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.977, 0.988, 2, 0.937)),
    ("set PE (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.987, 0.999, 2, 0.942)),
    ("set PF (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.999, 0.987, 1, 0.985)),
    ("set PG (judged 2026-12-03, twenty-ninth stop and the thirtieth's start; development since)", (0.879, 0.993, 2, 0.973)),
    ("set PH (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.904, 0.937, 2, 0.957)),
    ("set PI (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.999, 0.985, 2, 0.999)),
    ("set PJ (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.939, 0.958, 2, 0.999)),
    ("set PK (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.959, 0.924, 1, 0.999)),
    ("set PL (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.988, 0.956, 1, 0.959)),
    ("set PM (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.850, 0.964, 2, 0.976)),
    ("set PN (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.949, 0.999, 2, 0.987)),
    ("set PO (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set PP (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.889, 0.890, 2, 0.930)),
    ("set PQ (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set PR (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.980, 0.946, 2, 0.964)),
    ("set PS (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.909, 0.999, 2, 0.989)),
    ("set PT (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set PU (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.992, 0.993, 1, 0.999)),
    ("set PV (judged 2026-12-03, thirtieth stop and the thirty-first's start; development since)", (0.961, 0.999, 2, 0.970)),
    ("set PW (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.808, 0.943, 1, 0.999)),
    ("set PX (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set PY (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.999, 0.561, 2, 0.969)),
    ("set PZ (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.961, 0.952, 1, 0.967)),
    ("set QA (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.994, 0.957, 2, 0.993)),
    ("set QB (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.880, 0.989, 2, 0.966)),
    ("set QC (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.992, 0.955, 1, 0.985)),
    ("set QD (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.993, 0.993, 2, 0.989)),
    ("set QE (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.794, 0.983, 2, 0.959)),
    ("set QF (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.999, 0.973, 2, 0.992)),
    ("set QG (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.958, 0.990, 2, 0.999)),
    ("set QH (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.979, 0.989, 2, 0.999)),
    ("set QI (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.959, 0.952, 1, 0.999)),
    ("set QJ (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.981, 0.953, 1, 0.969)),
    ("set QK (judged 2026-12-04, thirty-first stop and the thirty-second's start; development since)", (0.921, 0.999, 2, 0.865)),
    ("set QL (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.909, 0.956, 1, 0.999)),
    ("set QM (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.916, 0.999, 1, 0.928)),
    ("set QN (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.821, 0.999, 2, 0.999)),
    ("set QO (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.988, 0.946, 1, 0.999)),
    ("set QP (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.979, 0.891, 2, 0.993)),
    ("set QQ (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.990, 0.999, 2, 0.786)),
    ("set QR (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.960, 0.999, 2, 0.968)),
    ("set QS (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.951, 0.975, 2, 0.928)),
    ("set QT (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.989, 0.955, 2, 0.985)),
    ("set QU (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.964, 0.989, 2, 0.991)),
    ("set QV (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.890, 0.945, 2, 0.926)),
    ("set QW (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.985, 0.928, 2, 0.999)),
    ("set QX (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.974, 0.967, 2, 0.992)),
    ("set QY (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.757, 0.978, 2, 0.999)),
    ("set QZ (judged 2026-12-04, thirty-second stop and the thirty-third's start; development since)", (0.977, 0.957, 0, 0.999)),
    ("set RA (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.911, 0.951, 2, 0.976)),
    ("set RB (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.968, 0.940, 2, 0.976)),
    ("set RC (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.981, 0.991, 1, 0.999)),
    ("set RD (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.999, 0.979, 2, 0.999)),
    ("set RE (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.937, 0.957, 1, 0.999)),
    ("set RF (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.999, 0.991, 2, 0.986)),
    ("set RG (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.970, 0.980, 2, 0.999)),
    ("set RH (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.958, 0.999, 2, 0.942)),
    ("set RI (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.778, 0.999, 2, 0.999)),
    ("set RJ (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.999, 0.963, 2, 0.992)),
    ("set RK (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.999, 0.946, 1, 0.999)),
    ("set RL (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.990, 0.946, 2, 0.999)),
    ("set RM (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.977, 0.999, 2, 0.988)),
    ("set RN (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.952, 0.931, 1, 0.990)),
    ("set RO (judged 2026-12-04, thirty-third stop and the thirty-fourth's start; development since)", (0.964, 0.981, 2, 0.960)),
    ("set SA (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.907, 0.915, 1, 0.614)),
    ("set SB (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.999, 0.905, 1, 0.989)),
    ("set SC (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.958, 0.999, 2, 0.926)),
    ("set SD (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.969, 0.969, 2, 0.999)),
    ("set SE (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.978, 0.909, 2, 0.968)),
    ("set SF (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.991, 0.966, 2, 0.973)),
    ("set SG (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.963, 0.981, 2, 0.970)),
    ("set SH (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.974, 0.985, 2, 0.983)),
    ("set SI (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.950, 0.999, 2, 0.999)),
    ("set SJ (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.999, 0.999, 1, 0.999)),
    ("set SK (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.999, 0.967, 2, 0.937)),
    ("set SL (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.943, 0.963, 2, 0.999)),
    ("set SM (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.992, 0.999, 2, 0.999)),
    ("set SN (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.992, 0.981, 2, 0.947)),
    ("set SO (judged 2026-12-04, thirty-fourth stop and the thirty-fifth's start; development since)", (0.942, 0.975, 2, 0.999)),
    ("set TA (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set TB (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.999, 0.999, 2, 0.984)),
    ("set TC (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.978, 0.931, 2, 0.999)),
    ("set TD (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.988, 0.938, 2, 0.999)),
    ("set TE (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.989, 0.979, 2, 0.985)),
    ("set TF (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.996, 0.999, 2, 0.901)),
    ("set TG (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.968, 0.999, 2, 0.999)),
    ("set TH (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.991, 0.991, 2, 0.999)),
    ("set TI (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.979, 0.989, 2, 0.971)),
    ("set TJ (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set TK (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.875, 0.788, 2, 0.826)),
    ("set TL (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.989, 0.999, 1, 0.999)),
    ("set TM (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set TN (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.958, 0.987, 2, 0.932)),
    ("set TO (judged 2026-12-04, thirty-fifth stop and the thirty-sixth's start; development since)", (0.999, 0.973, 2, 0.980)),
    ("set UA (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.921, 2, 0.913)),
    ("set UB (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set UC (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.971, 0.999, 2, 0.948)),
    ("set UD (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.980, 2, 0.999)),
    ("set UE (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.894, 2, 0.960)),
    ("set UF (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.973, 0.987, 0, 0.981)),
    ("set UG (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.983, 1, 0.999)),
    ("set UH (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.975, 0.969, 2, 0.980)),
    ("set UI (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.974, 0.999, 2, 0.999)),
    ("set UJ (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.999, 0.759, 2, 0.999)),
    ("set UK (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.959, 0.999, 2, 0.999)),
    ("set UL (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.980, 0.896, 2, 0.999)),
    ("set UM (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.967, 0.979, 2, 0.999)),
    ("set UN (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.978, 0.939, 1, 0.983)),
    ("set UO (judged 2026-12-04, thirty-sixth stop and the thirty-seventh's start; development since)", (0.968, 0.968, 2, 0.981)),
    ("set VA (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.943, 0.908, 1, 0.960)),
    ("set VB (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set VC (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.963, 0.974, 2, 0.956)),
    ("set VD (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.986, 2, 0.985)),
    ("set VE (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.999, 1, 0.990)),
    ("set VF (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.969, 0.985, 0, 0.999)),
    ("set VG (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set VH (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.936, 2, 0.924)),
    ("set VI (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.977, 0.982, 2, 0.999)),
    ("set VJ (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.999, 0.924, 2, 0.999)),
    ("set VK (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.931, 0.999, 2, 0.999)),
    ("set VL (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.933, 0.999, 2, 0.999)),
    ("set VM (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.975, 0.958, 0, 0.999)),
    ("set VN (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.978, 0.978, 2, 0.999)),
    ("set VO (judged 2026-12-04, thirty-seventh stop and the thirty-eighth's start; development since)", (0.946, 0.999, 2, 0.999)),
    ("set WA (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.888, 0.867, 2, 0.891)),
    ("set WB (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.879, 0.999, 2, 0.999)),
    ("set WC (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set WD (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.981, 0.999, 1, 0.999)),
    ("set WE (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.943, 0.975, 2, 0.964)),
    ("set WF (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.977, 0.995, 2, 0.993)),
    ("set WG (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.975, 0.999, 2, 0.999)),
    ("set WH (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.999, 0.909, 2, 0.999)),
    ("set WI (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.887, 0.923, 2, 0.982)),
    ("set WJ (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.999, 0.999, 2, 0.986)),
    ("set WK (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.874, 0.949, 1, 0.999)),
    ("set WL (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.988, 0.987, 2, 0.999)),
    ("set WM (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.908, 0.904, 2, 0.973)),
    ("set WN (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.966, 0.999, 1, 0.991)),
    ("set WO (judged 2026-12-05, thirty-eighth stop and the thirty-ninth's start; development since)", (0.996, 0.910, 1, 0.950)),
    ("set XA (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.792, 0.999, 1, 0.943)),
    ("set XB (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.870, 0.990, 2, 0.957)),
    ("set XC (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.940, 0.952, 2, 0.999)),
    ("set XD (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set XE (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.992, 0.965, 2, 0.974)),
    ("set XF (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.957, 0.992, 1, 0.964)),
    ("set XG (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.994, 0.999, 2, 0.973)),
    ("set XH (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.961, 0.943, 2, 0.966)),
    ("set XI (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.931, 0.948, 2, 0.799)),
    ("set XJ (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.993, 0.999, 2, 0.993)),
    ("set XK (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.921, 0.999, 2, 0.930)),
    ("set XL (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.966, 0.937, 2, 0.908)),
    ("set XM (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.999, 0.925, 1, 0.999)),
    ("set XN (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.976, 0.999, 2, 0.958)),
    ("set XO (judged 2026-12-05, thirty-ninth stop and the fortieth's start; development since)", (0.973, 0.949, 2, 0.925)),
    ("set YA (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.999, 0.951, 2, 0.999)),
    ("set YB (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set YC (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.843, 0.999, 1, 0.999)),
    ("set YD (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.969, 0.962, 2, 0.993)),
    ("set YE (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.999, 0.965, 1, 0.984)),
    ("set YF (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set YG (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.882, 0.999, 2, 0.999)),
    ("set YH (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.869, 0.999, 1, 0.999)),
    ("set YI (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.992, 0.999, 2, 0.991)),
    ("set YJ (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.958, 0.999, 1, 0.999)),
    ("set YK (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.999, 0.999, 2, 0.999)),
    ("set YL (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.964, 0.999, 2, 0.970)),
    ("set YM (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.961, 0.966, 2, 0.999)),
    ("set YN (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.978, 0.989, 1, 0.992)),
    ("set YO (judged 2026-12-05, fortieth stop and the forty-first's start; development since)", (0.977, 0.999, 2, 0.999)),
])
def test_quality_floor_on_the_judged_sets(label: str, floor: tuple[float, float, int, float]) -> None:
    (scores,) = score_listers(load_frontpages(JUDGED_FOLDERS[label]), [("ours", ours)])
    precision, recall, leads, titles_right = floor
    assert scores.precision >= precision
    assert scores.recall >= recall
    assert scores.leads_right >= leads
    # P judged with 2.2% and T with 5.3% (T's 1.9% left: one site files its day's top stories twice, under two ids
    # with one slug); W's truth counts a story copied to a subdomain under its own address twice; see their READMEs
    # AA's 0.9%: twelve of Sina's book-reader pages (false entries already) that the bench's story key reads as one
    # BP (0.3%) and BR (2.3%) judged with theirs (see their READMEs' judged figures; BR's a story asked by its id with and
    # without a section's parameter, "nota.php?sec=Columnas-VoxDei&id=883895": one entry since, no ceiling); BI judged with 0.4%, tysol's two
    # addresses of a story (a letter before the id the one difference), one entry since
    # CL judged with 1.5% (one story under two slugs of one id, one entry since) and CN with 0.7% (a story's page and
    # its photo page under one id, "doc.asp?uid=" and "inbeeld.asp?uid=")
    # (CW judged with 0.3%, a story under two slugs before one id, "..._471958.html": one entry since)
    # DG judged with 3.2%: five stories each under two slugs after one id ("/article/2001273513/m-kopa-solar-gets-...",
    # "/article/2001273513/m-kopa-gets-sh1b-from-canada"); 1.4% since, two whose slugs share no more than a name
    # ("barclays-bank-customers-to-access-instant-loans-..." and "barclays-takes-on-m-shwari-...")
    # EE judged with 9.8%: one site lists a story on its own host and a section's host under one path
    # ("www.iafrica.com/articles/1058516.html", "sport.iafrica.com/articles/1058516.html"); ES with 15.8%: a
    # slideshow's slides under the story's id ("...-angers-52386.php", "...-angers-12-52386.php"; 17.1% since its product
    # catalogue's three false entries went, the same slides among fewer entries); EG with 1.7%: a
    # story under two slugs of one id ("51418,fachin-nega-pedidos-..." and "51418,fachin-nega-novos-pedidos-...");
    # FF judged with 0.8%: one story on the site's host and on a section's subdomain under one id
    # ("www.zive.cz/amerika-bude-...-za-den/a-192237/", "vtm.zive.cz/clanky/amerika-bude-...-za-den/sc-870-a-192237/"),
    # one entry since; GW judged with 3.0%: one site writes some links to its stories with a doubled slash after the host
    # ("www.fontanka.ru//2018/03/17/003/" beside "www.fontanka.ru/2018/03/17/003/") and links a story's live report
    # under its path ("/2018/03/16/097//report.1.html", the story's headline as its text); 0.5% since a run of slashes
    # in a path is read as one, the live report left; GX judged with 1.4%: one site links a video story at its article's
    # address and at its video page's ("/<slug>-video-166946/245593/" beside "/video/<slug>/..."); HG with 3.7%: one
    # site links each story under two forms of one id, letters before it that say the edition ("news71178_<slug>" and
    # "newsfr71178_<slug>", "group_article47982" and "groupnews_article47982"); HK with 1.8%: one site links a story
    # under two wholly different slugs after its id in one folder, its headline rewritten ("953400_EU-Austritt-muss-..."
    # and "953400_In-einem-kritischen-Stadium"), one entry since
    # JY judged with 0.9%: one site links one story under two ids with one slug and one headline
    # ("/story/5290489/are-first-born-siblings-really-better/", "/story/5290429/..."); KA with 1.4%: one site links a
    # story under one slug and id in two folders ("/home_artikel,-<slug>-_arid,1356697.html",
    # "/lokales/goslar_artikel,-<slug>-_arid,1356697.html"), one entry since
    # IT judged with 0.9%: one site links three stories at their article's address and at their photo page's under the
    # story's id ("...-530623.html" beside "...-530623_mm_649645_mmc_1.html", the truth one story); IU with 3.6%: one
    # site links two stories at a short address with an empty slug in the section's root ("/clanek/972864-", the
    # match's round as its words) and at their full one ("/hokej/extraliga/clanek/972864-pardubice-...")
    # LI judged with 3.9%: one site links six stories under one id in two section folders
    # ("/online/health/717800/News.html" beside "/online/Variety/717800/News.html"), the truth one story each, one entry
    # since; LL judged with 8.8%:
    # one site files a story under each section's own id after one slug ("/Thoi-su/<slug>/332048.vgp", "/Hoat-dong-.../
    # <slug>/332050.vgp"): one entry since the twenty-ninth stop, no ceiling;
    # LS with 1.0%: one site links two stories at a short address ("/i/9199591.html") beside their full one (one entry
    # since); LT with 0.7%:
    # one site links its lead with and without a tracking query ("view.php?key=...&ref=main_midtop"), one entry since
    # LY judged with 1.7%: one site links two hardware reviews at a slug-only address in its feature slider
    # ("/news/detail/MSI-GE63VR") and at their full one in a list ("/news/detail/34355/MSI-GE63VR")
    # MQ judged with 0.3%: one site's story id is the minute it was filed ("...-2112011803.html", 21-12-01 18:03), two
    # stories of one minute under two slugs share the truth's key (MW, judged with 0.4%, a story at its tagged id alone
    # beside its full address, is one entry since and needs no ceiling)
    # NK judged with 2.8%: one site links four stories at their article's address and at their gallery's under the
    # story's id alone ("/zinas/<slug>-473068" beside "/galerija/473068", one headline for both); NN with 0.4%: one site
    # links a story at its viewer's address twice, once with a section's parameter and a rewritten headline
    # ("mtview.php?no=2018031917303201530" beside "mtview.php?vgb=autom&no=2018031917303201530"): both one entry since,
    # neither needs a ceiling
    # NZ judged with 0.7%: one site links a story at its address with its id before the slug and at the slug alone
    # ("/artikel/167022-dansk-eu-topchef-briterne-..." beside "/artikel/dansk-eu-topchef-briterne-..."), the truth one
    # story: one entry since, no ceiling
    # OM judged with 2.7%: one site files a story under its id in two sections' folders with one headline
    # ("/news/aftr/201803160013.aspx" beside "/news/afav/201803160013.aspx"), the truth one story: one entry since, no
    # ceiling
    # PG judged with 6.6%: one site asks for a story by its coded id and tags each link with the box it sits in
    # ("at_pg.aspx?CNTN_CD=A0002416300&CMPT_CD=C1500_mini" beside "at_pg.aspx?CNTN_CD=A0002416300&PAGE_CD=N0002&CMPT_CD=
    # M0112"), the truth one story per CNTN_CD: one entry since, no ceiling
    # PJ judged with 0.6%: one blog links a story at its section's address and at its month's ("/esportes/<slug>/"
    # beside "/2018/03/<slug>/", one headline for both), the truth one story: one entry since, no ceiling
    # QO judged with 0.6%: one site links a story under one id in its folder with two slugs, its headline rewritten
    # ("/not/110759/toneladas-para-ayudar-al-sahara/" beside "/not/110759/toneladas-de-ayuda-para-el-sahara/": one entry
    # since the thirty-fifth stop, no ceiling); QP with
    # 2.9%: one site links six stories at their dated address and at their node's ("/2018/03/17/article_1351776.html"
    # beside "/node/1351776"), the truth one story each: one entry since, no ceiling; RN judged with 0.5%: one site links a
    # story at its query address and at its slug's ("preview_news.asp?news_data_id=151725" beside
    # "preview_news/Nissan-Micra-..._151725.asp"), the truth one story; SH with 0.8%: one site links its lead story under
    # one id with two slugs, its headline rewritten ("boeing-consegnato-il-737-max-9-a-lion-air-..._n58439.html" beside
    # "boeing-consegna-primo-737-max-9-e-ulteriori_n58439.html"), the truth one story: one entry since the thirty-fifth
    # stop, no ceiling (a slug reworded in half its words joins the first of its id); UH judged with 0.7%: one site links two
    # stories at their address and at its mobile edition's under the same path ("/cronache/articolo.php?articolo_id=
    # 59728" beside "/m/cronache/articolo.php?articolo_id=59728"), the truth one story each: one entry since, no ceiling;
    # WD judged with 2.2%: one site's box of readers' latest comments links one story four times, each under the comment's
    # own slug and its writer ("/noticias/Si-alos-animales/152116", 'Si alos animales Por: Salvador garcia'), and a
    # column's teaser links a story again under the column's name ("/noticias/lateral/151724": one entry since, 1.7%
    # left); WJ judged with 1.6%: one
    # site links a story under two slugs with one headline ("/news/tejas-express-railway/" beside the full one); XE
    # judged with 12.1%: one site links each story under its slug percent-encoded and raw, under "/ar/News/" and
    # "/ar/news/", some under a slug reworded ("/342148/تقرير-8-تغييرات-..." beside "/342148/8-تغييرات-..."), the id naming
    # the story (one entry each since, no ceiling); XO judged with 7.0%: one site links a story's photos page beside its news page, one coded id
    # ("/business/photos/180317/bse1803171600001-p1.htm" and ".../news/...-n1.htm": one entry since, no ceiling); XM judged with 1.7%: one site links
    # a story from its box of the most read with the box's rank beside its plain address ("article.php?article=20896&hot=5":
    # one entry since, no ceiling); YD judged with 0.4%: one site links a story under its id with two slugs, a figure in
    # the headline rewritten ("/2018/3/1/95217-ejecutados-meses-sexenio-602061.html" beside "95219-ejecutados-..."), the
    # truth one story (one entry since, no ceiling); YG judged with 0.8%: one site links its lead story again with a word
    # before its id ("/intim/matcont-112591-tips-makin-mesra-....html" beside "/intim/112591-tips-makin-mesra-....html"),
    # one story (one entry since, no ceiling)
    ceiling = {"P": 0.010, "T": 0.020, "W": 0.006, "AA": 0.010, "AU": 0.020, "BP": 0.004,
               "CN": 0.008, "DG": 0.015, "EE": 0.099, "ES": 0.172, "EG": 0.018, "GW": 0.006,
               "GX": 0.015, "HG": 0.038, "IT": 0.010, "IU": 0.037,
               "JY": 0.010, "LY": 0.018, "MQ": 0.004, "RN": 0.006,
               "WD": 0.018, "WJ": 0.017}.get(label.split()[1], 0.002)
    assert scores.duplicates <= ceiling
    assert scores.title_accuracy is not None and scores.title_accuracy >= titles_right


def test_the_bench_matches_a_story_address_whether_its_letters_are_percent_encoded_or_not() -> None:
    assert story_key("https://wnews.example/post/sympa-la-déco-100") == story_key(
        "https://www.wnews.example/post/sympa-la-d%C3%A9co-100/") == story_key("http://wnews.example/post/sympa-la-d%c3%a9co-100")
    assert story_key("https://wnews.example/post/sympa-la-deco-100") != story_key("https://wnews.example/post/sympa-la-déco-100")


def test_the_bench_matches_a_story_address_whether_its_path_doubles_a_slash_or_not() -> None:
    assert story_key("http://www.cinema.example//vu-sur-le-net/avengers,364496") == story_key(
        "http://www.cinema.example/vu-sur-le-net/avengers,364496")
    assert story_key("https://wnews.example/share/https://other.example/a") != story_key(
        "https://wnews.example/share/https:/other.example/a")  # (an address carried in the path keeps its own)


def test_a_link_whose_own_class_says_nav_is_judged_by_where_it_sits() -> None:
    got = titles('<div class="agenda"><a class="nav_profiling" href="/article/lyon-forum-franchise-ouvrira-portes">'
                 "Lyon : le forum de la franchise ouvrira ses portes</a></div>"
                 '<ul class="nav"><li><a href="/article/toutes-les-rubriques-du-site-ici">Toutes les rubriques du site ici</a></li></ul>')
    assert [url for url, _ in got] == [SITE + "article/lyon-forum-franchise-ouvrira-portes"]


def test_a_list_of_tags_is_not_stories() -> None:
    assert urls_beside_a_real_story(
        '<div class="post-tags"><a href="/metiers/enseignants-premier-degre/">Enseignants du Premier degré</a></div>'
        '<div class="tags"><a href="/metiers/personnels-de-direction/">Personnels de direction des lycées</a></div>') == [REAL_STORY]


def test_a_clock_time_before_a_headline_and_a_length_after_it_are_not_part_of_it() -> None:
    got = titles('<a href="/20201014/propuska-1579854829.html">21:35 Власти Подмосковья не планируют вводить пропуска</a>'
                 '<a href="/20201014/postavki-1579792201.html">Путин согласился снять санкции с предприятий 0:13</a>'
                 '<a href="/20201014/ekipazh-1579792202.html">12:05:31 Экипаж вернулся на Землю после полугода</a>')
    assert [title for _, title in got] == ["Власти Подмосковья не планируют вводить пропуска",
                                           "Путин согласился снять санкции с предприятий",
                                           "Экипаж вернулся на Землю после полугода"]


@pytest.mark.parametrize("href", ["/recipes/0/lemon-sole-fillets-mussel-tartare-recipe/", "/cuisine/recettes/tarte-aux-pommes-1234567",
                                  "/undefined", "/cucinare-con-fooby/paidpost/1466530/funghi-fooby-sapore-re-ospiti",
                                  "/nous-connaitre/comment-et-pourquoi-le-syndicat-peut-vous-aider/", "/contributors/3684",
                                  "/rea/partner/blue-sky-energy-inc-1635/news/article/2012/06/blue-sky-brings-solar-power",
                                  "/seccion/34/mundo-del-vino---gastro/", "/sezioni/623/il-diario-di-costanzo",
                                  "/trend/elections2018/"])
def test_recipes_paid_posts_partners_sections_about_and_contributor_pages_and_unfilled_links_are_not_stories(
        href: str) -> None:
    assert urls_beside_a_real_story(f'<h3><a href="{href}">Lemon sole fillets with mussel tartare and herbs</a></h3>') == [REAL_STORY]


def test_an_address_without_shape_is_a_story_when_headed_as_two_stories_are() -> None:
    got = titles(
        '<h2 class="noticia__titulo h2"><a href="/las-seis-medidas-que-propone-la-hosteleria">Las seis medidas de la hostelería</a></h2>'
        '<h2 class="noticia__titulo h3"><a href="/la-ocupacion-en-la-provincia-cae">La ocupación en la provincia cae al 37%</a></h2>'
        '<h2 class="noticia__titulo h4"><a href="/ElnumerodecasosenAlicantesedisparaa288">El número de casos en Alicante se dispara</a></h2>'
        '<h2 class="box-title"><a href="/Lacompraventadeviviendascae">La compraventa de viviendas cae un 25%</a></h2>'
        '<h2 class="noticia__titulo"><a href="/Supersticions">Supersticions</a></h2>'
        '<a href="/Elgobiernoapruebaelreparto">El Gobierno aprueba el reparto de 895 millones</a>'
    )
    assert [url for url, _ in got] == [SITE + "las-seis-medidas-que-propone-la-hosteleria", SITE + "la-ocupacion-en-la-provincia-cae",
                                       SITE + "ElnumerodecasosenAlicantesedisparaa288"]


def test_a_heading_that_only_labels_a_blurb_does_not_make_a_shapeless_link_a_story() -> None:
    teaser = '<h4 class="t"><a href="/actu/{0}-du-jour-et-de-la-semaine/">Un titre {0} du jour et de la semaine</a></h4>'
    got = titles(teaser.format("premier") + teaser.format("second")
                 + '<a href="/agir/tracts/"><h4 class="t">Tracts</h4> Faire connaître notre position sur les sujets importants</a>')
    assert [url for url, _ in got] == [SITE + "actu/premier-du-jour-et-de-la-semaine/", SITE + "actu/second-du-jour-et-de-la-semaine/"]


def test_a_few_one_segment_slugs_among_deeper_stories_are_site_pages_not_stories() -> None:
    deeper = "".join(f'<a href="/news/local/story-number-{n}-of-the-day/">Story number {n} of the day in town</a>' for n in range(5))
    got = titles(deeper + '<a href="/send-us-a-story/">Send us a story of your own</a>')
    assert len(got) == 5 and all("/news/local/" in url for url, _ in got)


def test_a_blog_whose_posts_are_one_segment_slugs_keeps_them() -> None:
    got = titles("".join(f'<h2><a href="/a-long-post-number-{n}/">A long post number {n} of this blog</a></h2>' for n in range(3))
                 + '<a href="/news/local/story-of-the-day/">The story of the day in town</a>')
    assert len(got) == 4


@pytest.mark.skipif(not (DEVELOPMENT / "truth.json").exists(),
                    reason=f"{DEVELOPMENT} is absent: the development front pages live outside the repository")
def test_quality_floor_on_the_development_front_pages() -> None:
    (scores,) = score_listers(load_frontpages(DEVELOPMENT), [("ours", ours)])
    assert scores.precision >= 0.95
    assert scores.recall >= 0.98
    assert scores.leads_right >= scores.pages - 1
    assert scores.duplicates <= 0.01


def test_a_block_of_articles_whose_class_configures_its_pagination_is_stories_not_a_menu() -> None:
    teaser = '<article class="post"><h3><a href="/{0}-news-story-of-the-day/">The {0} news story of the day</a></h3></article>'
    got = titles(f'<div class="postblock postblock_29 pagination_disable">{teaser.format("first")}{teaser.format("second")}</div>'
                 '<div class="pagination"><a href="/page-two-of-the-news/">Page two of the news list</a></div>')
    assert [url for url, _ in got] == [SITE + "first-news-story-of-the-day/", SITE + "second-news-story-of-the-day/"]


def test_a_teaser_whose_class_mentions_sharing_keeps_its_story_and_a_nav_element_stays_navigation() -> None:
    got = titles('<div class="article-tran hover-share-item"><a href="/2020/10/14/forca-nacional-vai-permanecer/"><img alt="x"></a>'
                 '<h3><a href="/2020/10/14/forca-nacional-vai-permanecer/">Força Nacional vai permanecer por mais 90 dias</a></h3></div>'
                 '<nav><ul class="menu"><li class="menu-item"><div class="td_block with_ajax_pagination">'
                 '<h3><a href="/2020/10/13/a-story-in-the-mega-menu/">A story shown in the site\'s mega menu</a></h3></div></li></ul></nav>'
                 '<div class="share-bar"><a href="/2020/10/12/shared-story-link/">Share this story with your friends</a></div>')
    assert [url for url, _ in got] == [SITE + "2020/10/14/forca-nacional-vai-permanecer/"]


def test_the_lead_is_the_first_story_headed_h2_or_bigger_below_a_few_h3_teasers() -> None:
    got = titles('<div class="promo"><h3><a href="/radio/2015/livestream-der-gala">Der Livestream zur Gala des Radiopreises</a></h3></div>'
                 '<h2><a href="/nachrichten/2015/09/02/fluechtlinge-in-hamburg">Flüchtlinge in Hamburg: Die Stadt hilft</a></h2>'
                 '<h3><a href="/nachrichten/2015/09/02/wetter-im-norden">Das Wetter im Norden bleibt heute mild</a></h3>')
    assert got[0][0] == SITE + "nachrichten/2015/09/02/fluechtlinge-in-hamburg"
    assert titles('<h3><a href="/a/2015/09/02/one-teaser-story">One teaser story of the day here</a></h3>'
                  '<h3><a href="/a/2015/09/02/two-teaser-story">Two teaser story of the day here</a></h3>')[0][0].endswith("one-teaser-story")


def test_a_header_tag_holding_the_pages_teasers_is_no_masthead_and_a_carousel_nav_class_keeps_its_stories() -> None:
    teasers = "".join(f'<h3><a href="/medialibrary/{81800 + n}">A programme of the library, number {n}</a></h3>' for n in range(5))
    got = titles(f'<header><a href="/about-our-organisation-here">About our organisation here today</a>{teasers}</header>')
    assert len(got) == 5
    html = ('<html><body><header><a href="/news/2020/10/14/a-story-in-the-masthead">A story linked from the masthead here</a>'
            '</header><div class="carousel-items owl-carousel nav-center">'
            '<a href="/100-news/a-journey-and-appreciation/"><h4>A journey and appreciation of our work</h4></a></div></body></html>')
    assert [e.url for e in parse_front_page(html, SITE).entries] == [SITE + "100-news/a-journey-and-appreciation/"]


def test_one_segment_slugs_of_a_sibling_subdomain_are_its_stories_not_our_pages() -> None:
    deeper = "".join(f'<a href="/news/local/story-number-{n}-of-the-day/">Story number {n} of the day in town</a>' for n in range(5))
    got = titles(deeper + '<a href="https://city.example.fr/mayor-opens-the-new-bridge-over-the-river/">Mayor opens the new bridge'
                 " over the river</a>")
    assert len(got) == 6 and got[-1][0] == "https://city.example.fr/mayor-opens-the-new-bridge-over-the-river/"


@pytest.mark.parametrize("href", ["/polska/gory-zachwycaja-sprawdz-co-o-nich-wiesz-quiz/7286/", "/rozrywka/quizy/test-dla-polaka-ak-KC2L.html",
                                  "/styl-zycia/porady/horoskop-tygodniowy-12-10-aa-HJDZ.html"])
def test_a_quiz_or_a_horoscope_named_by_any_segment_is_not_a_story(href: str) -> None:
    assert urls_beside_a_real_story(f'<a href="{href}">Un lien qui a tout d\'un titre de une</a>') == [REAL_STORY]


def test_a_headline_cut_short_in_the_link_is_taken_whole_from_its_title_attribute() -> None:
    got = titles('<a href="/monde/2016/02/10/un-titre-coupe" title="Un titre bien trop long pour sa boîte, coupé au milieu">'
                 "Un titre bien trop long pour sa boîte, cou...</a>"
                 '<a href="/monde/2016/02/11/un-autre" title="Autre chose">Un résumé que le site a coupé ici...</a>')
    assert [title for _, title in got] == ["Un titre bien trop long pour sa boîte, coupé au milieu",
                                           "Un résumé que le site a coupé ici..."]


def test_a_block_its_class_calls_a_footer_holding_story_headlines_is_stories_and_a_menu_of_numbered_sections_is_not() -> None:
    carousel = "".join(f'<li><a href="/video/playlist/amazing-{n}/elderly-man-throws-crutches-15501674{n}.html">'
                       f"Old man number {n} will surprise you</a></li>" for n in range(3))
    sections = "".join(f'<li><a href="/r119218200843{n}/Section{n}">Section {n}</a></li>' for n in range(3))
    got = titles(f'<div class="footer-section"><ol class="carousel">{carousel}</ol></div>'
                 f'<div class="footer-section"><ul>{sections}</ul></div>')
    assert len(got) == 3 and all("elderly-man" in url for url, _ in got)


def test_the_address_of_a_folder_of_the_pages_stories_is_a_list_not_a_story() -> None:
    got = titles('<a href="/actualites/magazine-les-nouvelles/tous-les-articles/">Dans le magazine les nouvelles</a>'
                 '<a href="/actualites/magazine-les-nouvelles/tous-les-articles/news/keroman-est-reste-en-activite/">'
                 "Keroman est resté en activité pendant la guerre</a>")
    assert [url for url, _ in got] == [SITE + "actualites/magazine-les-nouvelles/tous-les-articles/news/keroman-est-reste-en-activite/"]


@pytest.mark.parametrize("href", ["/actualites/agenda/evenement/news/max-bird-report-du-22-mai/", "/events/festival-of-lights-in-the-park",
                                  "/epreuves/rando_vtt_de_bethoncourt_2018", "/nos-evenements/grand-prix-strategies-du-design",
                                  "/component/ohanah/release-athens-2018-jamiroquai-and-more?Itemid=",
                                  "/seminarier/det-digitala-vardmotet/", "/seminaires/la-sante-numerique-en-region/"])
def test_a_calendars_event_is_not_a_story_but_a_dated_report_filed_under_agenda_is(href: str) -> None:
    got = titles(f'<a href="{href}">Spectacles et festivals de la semaine à Lorient</a>'
                 '<a href="/agenda/2020/10/14/what-the-summit-decided-today/">What the summit decided today in Davos</a>')
    assert [url for url, _ in got] == [SITE + "agenda/2020/10/14/what-the-summit-decided-today/"]


def test_the_titled_part_of_a_whole_teaser_link_is_its_headline_without_a_date_before_it() -> None:
    got = titles('<a href="/index/ekonomika/tor-sozdadut-98-tyisyach-rabochix-mest"><p class="tnleft__label">14.10.20 21:48 | Экономика</p>'
                 '<p class="tnleft__titlenews">ТОР создадут 9,8 тысяч рабочих мест</p>'
                 '<p class="tnleft__desc">В настоящее время на обоих ТОР работают 6,6 тысяч человек</p></a>'
                 '<a href="/index/obshhestvo/itogi-dnya-14-oktyabrya-2020-goda">14.10.20 21:43 Итоги дня. 14 октября 2020 года</a>'
                 '<a href="/notizie/effettuata-la-tossina-botulinica-numero-42/">09/10/2020 – Effettuata la tossina botulinica</a>'
                 '<a href="/sport/calcio/1468047/mckennie-isolamento"><div class="list-item-heading">SERIE A 3 ore</div>'
                 '<div class="title">Juve, altro caso di coronavirus</div></a>')
    assert [title for _, title in got] == ["ТОР создадут 9,8 тысяч рабочих мест", "Итоги дня. 14 октября 2020 года",
                                           "Effettuata la tossina botulinica", "Juve, altro caso di coronavirus"]


def test_cjk_picture_markers_and_english_video_labels_are_not_part_of_a_headline() -> None:
    got = titles('<a href="/world/2014-09/07/c_126962486.htm">陈冲两女儿光彩照人<font color="#800040">图</font></a>'
                 '<a href="/world/2014-09/07/c_126962487.htm">腾格里沙漠腹地现巨型排污池(组图)</a>'
                 '<a href="/world/2014-09/07/c_126962488.htm">中国发布2030年发展蓝图</a>'
                 '<a href="/news/2020/10/14/christmas-comes-early">In Video: Christmas comes early to Selfridges</a>')
    assert [title for _, title in got] == ["陈冲两女儿光彩照人", "腾格里沙漠腹地现巨型排污池", "中国发布2030年发展蓝图",
                                           "Christmas comes early to Selfridges"]


def test_a_media_marker_in_capitals_after_a_headline_leaves_it_but_a_headline_in_capitals_keeps_its_words() -> None:
    got = titles('<a href="/idman/32060-futbol-matchindan-sonra-dava-vdeo.html">Azərbaycanda futbol matçından sonra kütləvi'
                 ' dava VİDEO</a>'
                 '<a href="/2018/03/12/torrefazione-bugella-fotogallery-e-video.html">Torrefazione Bugella: profumo di caffè'
                 ' e di antiche emozioni FOTOGALLERY e VIDEO</a>'
                 '<a href="/video/fai-primavera-porte-aperte-tutto-weekend-video.html">FAI di Primavera: porte aperte'
                 ' all’Osservatorio per tutto il weekend. IL VIDEO</a>'
                 '<a href="/infografika/1287">Dünyanın ən bahalı 5 ətri - İNFOQRAFİKA</a>'
                 '<a href="/2018/03/12/the-new-camera-review.html">Our verdict on the new camera in a first video</a>'
                 '<a href="/2018/03/12/shock-on-set.html">SHOCK ON THE SET OF THE NEW SHOW: WATCH THE VIDEO</a>')
    assert [title for _, title in got] == [
        "Azərbaycanda futbol matçından sonra kütləvi dava",
        "Torrefazione Bugella: profumo di caffè e di antiche emozioni",
        "FAI di Primavera: porte aperte all’Osservatorio per tutto il weekend.",
        "Dünyanın ən bahalı 5 ətri",
        "Our verdict on the new camera in a first video",
        "SHOCK ON THE SET OF THE NEW SHOW: WATCH THE VIDEO"]


def test_a_box_that_cuts_every_headline_after_a_few_words_yields_to_the_box_that_shows_them_whole() -> None:
    stories = [("/417/094146-club-lawyers-explain-the-legal-position-of-the-midfielder", "Club lawyers explain the",
                "Club lawyers explain the legal position of the midfielder"),
               ("/417/084707-midfielder-apologises-for-signing-with-the-rival-club", "Midfielder apologises for signing",
                "Midfielder apologises for signing with the rival club"),
               ("/504/071459-gulf-plan-for-a-payments-company-unveiled", "Gulf plan for a",
                "Gulf plan for a payments company unveiled")]
    narrow = "".join(f'<li><h4><a href="{href}">{cut}</a></h4></li>' for href, cut, _ in stories)
    wide = "".join(f'<li><h4><a href="{href}">{whole}</a></h4></li>' for href, _, whole in stories)
    got = titles(f'<div class="narrow"><ul>{narrow}</ul></div><div class="wide"><ul>{wide}</ul></div>')
    assert [title for _, title in got] == [whole for _, _, whole in stories]
    # one story's shorter wording first is the page's own choice: the first link's headline stays
    got = titles('<h3><a href="/2018/02/samoa-assesses-damage-as-cyclone-gita-strengthens.htm">Samoa assesses damage</a></h3>'
                 '<h3><a href="/2018/02/samoa-assesses-damage-as-cyclone-gita-strengthens.htm">Samoa assesses damage as'
                 ' Cyclone Gita strengthens</a></h3>')
    assert [title for _, title in got] == ["Samoa assesses damage"]


def test_a_title_class_with_a_versions_number_names_the_headline_over_a_kicker_in_capitals() -> None:
    got = titles('<a href="/innovazione/cambia-business-5g-la-parola-lo-sta-testando/"><div class="card-content__text">'
                 '<p class="card_subhead_V1">ECONOMYUPTV - ACTION FOR 5G</p><p class="card_title_V1">Come cambia il business'
                 ' con il 5G: la parola a chi lo sta testando</p><p class="card_data b1">07 Mar 2018</p></div></a>')
    assert [title for _, title in got] == ["Come cambia il business con il 5G: la parola a chi lo sta testando"]


def test_a_section_word_set_last_in_the_links_of_three_stories_or_more_leaves_their_headlines() -> None:
    teaser = ('<a href="/2018/03/17/{slug}/"><img src="/i/{slug}.jpg"><div class="titleContainer">{headline}'
              ' <div class="clearfix"></div><div class="filter">{label}</div> <div class="clearfix"></div></div></a>')
    stories = [("taksa-e-re-per-pronen", "Taksa e re për pronën, më e lartë në Tiranë", "Aktualitet"),
               ("100-mije-banore-pa-uje", "100 mijë banorë pa ujë, tubacioni këputet", "Aktualitet"),
               ("hoxha-qe-debonte-xhindet", "Hoxha që dëbonte xhindët, KMSH e pezullon", "Aktualitet"),
               ("kishat-e-voskopojes", "Kishat e Voskopojës, të rrezikuara në listën botërore", "Kulturë")]
    got = titles("".join(teaser.format(slug=slug, headline=headline, label=label) for slug, headline, label in stories))
    assert [title for _, title in got] == [headline for _, headline, _ in stories[:3]] + [
        "Kishat e Voskopojës, të rrezikuara në listën botërore Kulturë"]  # (a word set so once may be the headline's)


def test_cjk_picture_markers_in_traditional_characters_are_not_part_of_a_headline() -> None:
    got = titles('<a href="/2018/03/19/YO1803190001.htm">周強連任最高法院長 張軍掌最高檢 (圖)</a>'
                 '<a href="/2018/03/19/YO1803190002.htm">古味「叮叮」帶市民細味舊香江（組圖）</a>'
                 '<a href="/2018/03/19/YO1803190003.htm">港鐵沙中線新地圖</a>')
    assert [title for _, title in got] == ["周強連任最高法院長 張軍掌最高檢", "古味「叮叮」帶市民細味舊香江", "港鐵沙中線新地圖"]


def test_a_cut_headline_in_a_heading_is_taken_whole_from_its_title_attribute() -> None:
    got = titles('<h3><a href="/econet-group-subsidiaries-partner-to-create-marketplace/" title="Econet Group, subsidiaries partner'
                 ' to create digital Africa Wi-Fi marketplace">Econet Group, subsidiaries partner to create digital Africa Wi-Fi ...</a></h3>')
    assert [title for _, title in got] == ["Econet Group, subsidiaries partner to create digital Africa Wi-Fi marketplace"]


def test_the_lead_is_neither_a_strip_of_videos_nor_a_story_named_only_by_an_images_alt_text() -> None:
    videos = "".join(f'<li class="video-unit"><a href="/video/playlist/clip-number-{n}-113013202{n}.html">Clip number {n} shows a baby'
                     "</a></li>" for n in range(3))
    got = titles(f'<ul class="video-list">{videos}</ul>'
                 '<a href="/a-vivre/economie/covid-19-mesures-de-soutien-copy-1/"><img alt="Mesures de soutien aux entreprises"></a>'
                 '<div class="hero"><a href="/news/2014/07/24/algeria-passenger-plane-disappears-radar"><img alt="A generic plane">'
                 "</a><h3><a href=\"/news/2014/07/24/algeria-passenger-plane-disappears-radar\">Passenger plane carrying 116 crashes"
                 "</a></h3></div>")
    assert got[0][0] == SITE + "news/2014/07/24/algeria-passenger-plane-disappears-radar" and len(got) == 5


def test_a_story_linked_over_http_and_https_is_one_entry_and_a_themes_folder_is_an_index() -> None:
    got = titles('<a href="https://news.example.fr/agir/le-syndicat-pres-de-chez-vous/">Le syndicat près de chez vous, partout</a>'
                 '<a href="/thematiques/enseignement-superieur/">Enseignement supérieur et Recherche</a>'
                 '<a href="http://news.example.fr/agir/le-syndicat-pres-de-chez-vous/">Le syndicat près de chez vous, partout</a>')
    assert [url for url, _ in got] == [SITE + "agir/le-syndicat-pres-de-chez-vous/"]


def test_one_static_page_asked_with_several_queries_is_a_tool_and_a_script_serving_stories_by_id_is_not() -> None:
    got = titles("".join(f'<a href="/nachrichten/wetter/wetterplzsuche100.html?plz={code}">Wetterdetails aus der Stadt {code}</a>'
                         for code in (24103, 22359))
                 + "".join(f'<a href="/article.do?action=articleDetail&amp;id=21831612{n}">Ein Artikel aus dem Forum Nummer {n}</a>'
                           for n in range(2)))
    assert [url for url, _ in got] == [SITE + f"article.do?action=articleDetail&id=21831612{n}" for n in range(2)]


def test_a_classed_label_before_the_element_the_page_calls_the_headline_leaves_it() -> None:
    got = titles('<h2><a href="/news/2015/02/26/debate-rules-a78b9a7f"><span class="flach red"><span>Elections 2015</span></span>'
                 ' <span class="headline"><span>How the televised debate will run</span></span></a></h2>')
    assert [title for _, title in got] == ["How the televised debate will run"]


def test_a_classed_label_after_a_pictures_wrapper_and_before_the_element_holding_the_headline_leaves_it() -> None:
    got = titles('<li><a href="/sports/special-reports/asian-games-rivalries-incheon-asiad-2014"><div class="thumb"><img src="a.jpg">'
                 '</div> <strong class="orange uppercase">Special Reports</strong> <div>In Asian Games, rivalries not always'
                 ' about sports</div></a></li>'
                 '<li><a href="/2021/08/02/teepr-1"><h3 class="title">阿公霸氣送房！3幼兒「每人2間」</h3><p>買一間屬於自己的房子是'
                 '許多人的終極目標，但是高房價的台灣尤其是北部，「買房」漸漸...</p></a></li>')
    assert sorted(title for _, title in got) == sorted(["In Asian Games, rivalries not always about sports",
                                                        "阿公霸氣送房！3幼兒「每人2間」"])


def test_of_two_headings_in_one_link_the_bigger_is_the_headline_and_the_smaller_above_it_its_kicker() -> None:
    got = titles('<div class="item"><a href="/journal/2018/fmi-confiant-poursuite-reforme/289020.html"><div class="caption">'
                 '<h3>Flexibilité du régime de change</h3><h2>Le FMI confiant dans la poursuite de la réforme</h2></div>'
                 '<img src="a.jpg"></a></div>'
                 '<div class="item"><a href="/journal/2018/volvo-xc40-elu-voiture-europeenne/288806.html"><h2>Le Volvo XC40 élu'
                 ' Voiture européenne de l’année 2018</h2><h3>Le SUV compact de la marque suédoise a séduit le jury</h3></a></div>')
    assert sorted(title for _, title in got) == ["Le FMI confiant dans la poursuite de la réforme",
                                                 "Le Volvo XC40 élu Voiture européenne de l’année 2018"]


def test_a_caption_a_slider_repeats_on_every_item_gives_way_to_each_links_own_title() -> None:
    items = "".join(f'<a href="/ekonomi/haber/25767{n}-story-{n}" title="{title}" class="slider-item"><img src="{n}.jpg">'
                    f'<div class="title">Ünlü oyuncu hayranından kurtulamadı!</div></a>'
                    for n, title in [(23, "Bakanlık açıkladı! Bunu yapan ihya oldu"), (24, "Malazgirt Ovası milli park oluyor"),
                                     (25, "AB'den ABD'ye vergi misillemesi")])
    got = titles(f'<div class="subhead-slider">{items}</div>'
                 '<ul><li><a href="/video/2018/03/17/midday-report-1">The Midday Agriculture Report</a></li>'
                 '<li><a href="/video/2018/03/16/midday-report-2">The Midday Agriculture Report</a></li>'
                 '<li><a href="/video/2018/03/15/midday-report-3">The Midday Agriculture Report</a></li></ul>')
    assert [title for _, title in got] == ["Bakanlık açıkladı! Bunu yapan ihya oldu", "Malazgirt Ovası milli park oluyor",
                                           "AB'den ABD'ye vergi misillemesi"] + ["The Midday Agriculture Report"] * 3


def test_a_live_marker_in_capitals_before_a_headline_and_a_call_to_comment_are_no_headlines_words() -> None:
    got = titles('<a href="/sport/clanak/cibalia-pred-debaklom/1032994.aspx">UŽIVO Cibalia pred očekivanim debaklom, Rijeka'
                 ' vodi s 5:1</a>'
                 '<a href="/2018/03/19/dori-president-assemblee-82475">Dori : Le Président de l’Assemblée est allé encourager'
                 ' les forces</a><a href="/2018/03/19/cours-d-anglais-82477#forum">Laisser votre commentaire</a>'
                 '<a href="/2018/03/19/leave-a-comment-on-the-budget-82476">Leave a comment on the budget, the mayor asks'
                 ' his town</a>')
    assert [title for _, title in got] == ["Cibalia pred očekivanim debaklom, Rijeka vodi s 5:1",
                                           "Dori : Le Président de l’Assemblée est allé encourager les forces",
                                           "Leave a comment on the budget, the mayor asks his town"]


def test_a_name_in_a_teaser_its_block_calls_the_authors_is_a_byline_but_a_teams_name_stays() -> None:
    got = titles('<div class="autor-box"><a href="/zahranici/chudy-miliardar-z-kremlu/r~b1e153d01c9c11e8a44c0cc47ab5f122/">'
                 '<span class="datum">15. 3. 2018</span><span class="text">Chudý miliardář z Kremlu: Tudy tečou obrovské'
                 ' peníze</span> <span class="jmeno">Jan Hejl</span></a></div>'
                 '<div class="score"><a href="/sport/2018/03/15/arsenal-chelsea-1033014"><span class="team-name">Arsenal'
                 '</span> beats <span class="team-name">Chelsea</span> in the derby again</a></div>')
    assert sorted(title for _, title in got) == ["Arsenal beats Chelsea in the derby again",
                                                 "Chudý miliardář z Kremlu: Tudy tečou obrovské peníze"]


def test_a_story_whose_slug_is_linked_percent_escaped_raw_and_reworded_under_its_id_is_one_entry() -> None:
    raw = "мэр-открыл-новый-мост-через-реку"
    escaped = quote(raw)
    got = titles(f'<a href="/ru/News/512345/{escaped}/2528">Мэр открыл новый мост через реку</a>'
                 f'<a href="/ru/news/512345/{raw}/2504">Мэр открыл новый мост через реку</a>'
                 f'<a href="/ru/news/512345/{quote("сегодня-" + raw)}/2528">Сегодня мэр открыл новый мост через реку</a>'
                 f'<a href="/ru/news/512346/{raw}-2/2504">Второй мост через реку откроют летом</a>'
                 f'<a href="/ru/news/512347/{quote("погода-на-выходные-снег-и-ветер")}/2504">Погода на выходные: снег и ветер'
                 '</a>')
    assert [url for url, _ in got] == [SITE + f"ru/News/512345/{escaped}/2528", SITE + f"ru/news/512346/{raw}-2/2504",
                                           SITE + f"ru/news/512347/{quote('погода-на-выходные-снег-и-ветер')}/2504"]


def test_a_story_asked_by_the_word_for_an_article_and_a_boxs_rank_beside_is_one_entry() -> None:
    got = titles('<a href="/article.php?article=20896">Telekom zvýši rýchlosť optiky na jeden gigabit</a>'
                 '<a href="/article.php?article=20897">Nový procesor je rýchlejší o tretinu ako starý</a>'
                 '<div class="hot"><a href="/article.php?article=20896&amp;hot=1">Telekom zvýši rýchlosť optiky na jeden'
                 ' gigabit</a><a href="/article.php?article=20897&amp;hot=2">Nový procesor je rýchlejší o tretinu ako starý'
                 '</a></div>'
                 '<a href="/index.php?clanak=639646&amp;rubrika=2">Vlada usvojila novi zakon o radu i platama</a>'
                 '<a href="/index.php?clanak=639646&amp;rubrika=5">Vlada usvojila novi zakon o radu i platama</a>')
    assert [url for url, _ in got] == [SITE + "article.php?article=20896", SITE + "article.php?article=20897",
                                       SITE + "index.php?clanak=639646&rubrika=2"]


def test_a_storys_news_and_photos_pages_under_its_coded_id_are_one_entry() -> None:
    got = titles('<a href="/business/news/180317/bse1803171600001-n1.htm">銀行の収益モデルを真っ向から否定するコンビニＡＴＭ</a>'
                 '<a href="/business/news/180317/bsa1803170500001-n1.htm">三菱ふそう、ＥＶトラックを英に初投入</a>'
                 '<div class="photos"><a href="/business/photos/180317/bse1803171600001-p1.htm">羽田空港の国際線到着ロビーに'
                 '設置された外貨両替機（写真＝時事通信フォト）</a>'
                 '<a href="/business/photos/180317/bsa1803170500001-p1.htm">三菱ふそう、ＥＶトラックを英に初投入</a></div>')
    assert got == [(SITE + "business/news/180317/bse1803171600001-n1.htm", "銀行の収益モデルを真っ向から否定するコンビニＡＴＭ"),
                   (SITE + "business/news/180317/bsa1803170500001-n1.htm", "三菱ふそう、ＥＶトラックを英に初投入")]


def test_a_call_to_view_all_of_a_list_it_counts_is_no_headline_but_a_headline_opening_so_is() -> None:
    got = titles('<ul><li><a href="/races/paris-nice-2018/stage-8/results">Soler takes Paris-Nice as Yates runs empty</a></li>'
                 '<li><a href="/races/paris-nice-2018/stage-7/results">Simon Yates wins Paris-Nice stage 7 in the rain</a>'
                 '</li></ul><div class="view-all"><a href="/races/paris-nice-2018/stages">View all 8 stages</a></div>'
                 '<a href="/series/les-bleus-2018/episodes">Voir les 12 épisodes</a>'
                 '<a href="/news/2018/03/19/view-all-7-stages-of-the-tour-as-they-unfold">View all 7 stages of the Tour as'
                 ' they unfold on our map</a>')
    assert [title for _, title in got] == ["Soler takes Paris-Nice as Yates runs empty",
                                           "Simon Yates wins Paris-Nice stage 7 in the rain",
                                           "View all 7 stages of the Tour as they unfold on our map"]


def test_a_teasers_own_footer_holds_its_story_link_but_the_sites_footer_is_navigation() -> None:
    slides = "".join(f'<div class="magazine__item"><div class="magazine__item__body"><div class="magazine__item__title">Le'
                     f' festival de Pâques en direct, concert numéro {n}</div><div class="magazine__item__footer"><p'
                     f' class="read-more"><a href="/magazine/articles/festival-de-paques-concert-{n}/"><span>En savoir'
                     f' plus</span></a></p></div></div></div>' for n in range(3))
    got = titles(f'<div class="magazine__slider">{slides}</div>'
                 '<div class="site__footer"><a href="/magazine/articles/mentions-legales-et-conditions/">Mentions légales et'
                 ' conditions générales du site</a></div>')
    assert [title for _, title in got] == [f"Le festival de Pâques en direct, concert numéro {n}" for n in range(3)]


def test_the_bold_headline_over_a_summary_cut_short_in_one_link_is_the_headline_but_bold_words_in_a_line_are_not() -> None:
    got = titles('<div class="item"><a href="/magazine/articles/cinema-apres-la-guerre/"><img src="/a.jpg" alt="">'
                 '<div class="cat">Coup de coeur</div><div class="inner"><strong>Cinéma : Après la Guerre</strong> <span>'
                 'Aujourd’hui sort en salles le dernier film de la réalisatrice italienne Annarita...</span></div></a></div>'
                 '<div class="item"><a href="/magazine/articles/festival-de-paques-ouvre-ses-portes/">Le festival <strong>ouvre'
                 ' ses portes</strong> ce lundi à Aix-en-Provence avec trois concerts...</a></div>')
    assert [title for _, title in got] == ["Cinéma : Après la Guerre",
                                           "Le festival ouvre ses portes ce lundi à Aix-en-Provence avec trois concerts..."]


def test_a_pictures_link_alone_in_its_box_takes_the_heading_in_the_box_after_it() -> None:
    slides = "".join(f'<div class="imagebox"><div style="height:350px"><a href="/top-stories/6716{n}/students-refinish-meters-{n}">'
                     f'<img src="/m{n}.jpg"></a></div><div class="textbox"><h2>Students refinishing parking meters, part {n}'
                     '</h2></div></div>' for n in range(3))
    got = titles(f'<section class="slider">{slides}</section>'
                 '<div class="box"><div><a href="/top-stories/67170/a-story-of-its-own"><img src="/o.jpg"></a>'
                 '<span>Photo: staff</span></div><div class="textbox"><h2>A heading that names another thing</h2></div></div>')
    assert [title for _, title in got][:3] == [f"Students refinishing parking meters, part {n}" for n in range(3)]
    assert "A heading that names another thing" not in [title for _, title in got]


def test_the_top_storys_banner_in_the_sites_header_leads_but_a_mega_menus_teaser_does_not() -> None:
    menu = "".join(f'<li><a href="/category/{name}/">{name.title()}</a></li>' for name in ("news", "sports", "opinion"))
    html = ('<html><body><header><nav><ul>' + menu + '<li class="dropdown"><article class="teaser"><a href="/2018/03/15/'
            'older-story-in-the-menu"><img src="/o.jpg"></a><header><h1><a href="/2018/03/15/older-story-in-the-menu">An'
            ' older story the sports menu shows in its dropdown</a></h1></header></article></li></ul></nav><div'
            ' id="banner_main"><article class="headerArticle"><a href="/2018/03/17/sudburys-hospital-in-deep-hole"><img'
            ' src="/h.jpg"></a><header><h1><a href="/2018/03/17/sudburys-hospital-in-deep-hole">Sudbury\'s hospital is in'
            ' a deep financial hole</a></h1></header></article></div></header><main>'
            + "".join(f'<article><h2><a href="/2018/03/17/story-number-{n}">The main column\'s story number {n} today</a>'
                      '</h2></article>' for n in range(4)) + '</main></body></html>')
    urls = [e.url for e in parse_front_page(html, SITE).entries]
    assert urls[0] == SITE + "2018/03/17/sudburys-hospital-in-deep-hole"
    assert urls[-1] == SITE + "2018/03/15/older-story-in-the-menu"



def test_a_box_its_heading_calls_press_releases_lists_no_story_beside_the_news_but_news_headed_so_is_one() -> None:
    news = "".join(f'<h2><a href="/2018/03/17/a-story-of-the-newsroom-{n}">The newsroom’s own story number {n} today</a></h2>'
                   for n in range(5))
    releases = ('<div class="sidebar-box"><h3><a href="/C/thong-cao-bao-chi">Thông cáo báo chí</a></h3><ul><li><a'
                ' href="/hp-ra-mat-loat-san-pham-laptop-va-may-tram-ylt63537.html"><h4>HP ra mắt loạt sản phẩm laptop và'
                ' máy trạm doanh nghiệp</h4></a></li><li><a href="/honda-ra-mat-honda-rebel-300-tai-viet-nam-ylt62720.html">'
                '<h4>Honda ra mắt Honda Rebel 300 tại Việt Nam, giá 125 triệu đồng</h4></a></li></ul></div>'
                '<section><h2>Comunicati stampa</h2><a href="/cronaca/body-worlds-arriva-a-roma-con-una-nuova-mostra.html">'
                'Body Worlds arriva a Roma con una nuova mostra</a></section>')
    assert [url for url, _ in titles(news + releases)] == [SITE + f"2018/03/17/a-story-of-the-newsroom-{n}" for n in range(5)]
    headed = ('<div><h2>Communiqués de presse : le ministère se tait</h2><a href="/2018/03/17/le-ministere-ne-publie-plus-'
              'ses-communiques">Le ministère ne publie plus ses communiqués de presse</a></div>')
    assert len(titles(news + headed)) == 6


def test_a_call_to_see_more_after_arrows_at_a_headlines_end_leaves_it() -> None:
    got = titles('<a href="/artigo.php?a=22388&amp;e=Politica">Angola assina Zona do Comércio Livre Continental &gt;&gt;ver'
                 ' mais</a><a href="/noticia/2018/03/17/ninguem-quer-ver-mais">O público diz que ninguém quer ver mais</a>'
                 '<a href="/noticia/2018/03/17/lluvias-en-el-norte-123456">Lluvias intensas en el norte del país » Ver más</a>')
    assert [title for _, title in got] == ["Angola assina Zona do Comércio Livre Continental",
                                           "O público diz que ninguém quer ver mais",
                                           "Lluvias intensas en el norte del país"]


def test_a_label_of_capitals_joined_by_a_short_word_in_brackets_after_a_headline_leaves_it_but_a_time_stays() -> None:
    got = titles('<a href="/foto/2018/03/citroen-c3-aircross-foto-prezzi/702689/">Citroen C3 Aircross: ideale in città e'
                 ' instancabile in montagna [FOTO e PREZZI]</a>'
                 '<a href="/show/12476/mwc-2018-huawei-press-event-live-blog">MWC 2018: Huawei Press Event Live Blog (1pm UTC,'
                 ' 8am ET)</a>')
    assert [title for _, title in got] == ["Citroen C3 Aircross: ideale in città e instancabile in montagna",
                                           "MWC 2018: Huawei Press Event Live Blog (1pm UTC, 8am ET)"]


def test_a_link_to_a_blogs_own_page_showing_its_writers_name_is_no_story_but_a_post_under_the_blog_folder_is() -> None:
    bloggers = "".join(f'<li><a href="/blogg/{slug}/"><img src="/{slug}.png"><p class="name">{name}</p><p class="text">'
                       f'{post}</p></a></li>' for slug, name, post in (
                           ("mikael-hoffmann", "Mikael Hoffmann", "Delad makt är dubbel makt i vården"),
                           ("hanna-brus", "Hanna Brus", "Hög tid för regeringen att ändra regelverket")))
    got = titles(f'<div class="widget"><p class="widget-title">Våra bloggare</p><ul>{bloggers}</ul></div>'
                 '<a href="/blog/the-art-of-the-long-interview">The art of the long interview, in ten lessons</a>')
    assert [url for url, _ in got] == [SITE + "blog/the-art-of-the-long-interview"]


def test_a_print_issues_cover_showing_only_its_number_and_year_is_no_story_but_a_dated_story_beside_it_is() -> None:
    covers = "".join(f'<article><a href="/papirutgaven/{slug}/" class="edition-item"><span class="date">{n} - 2017</span>'
                     f'<img src="/c{n}.jpg" alt="{alt}" class="cover"></a></article>' for n, slug, alt in (
                         (3, "hoyresiden-ma-bry-rasisme", "Høyresiden må bry seg mer om rasisme"),
                         (2, "til-forsvar-elitene", "Til forsvar for elitene og ekspertene")))
    got = titles(f'<section class="section-edition"><h1>Papir</h1>{covers}</section>'
                 '<a href="/2018/03/17/fjern-stoyen-erna/"><span>17 - 03</span> Fjern støyen, Erna, sier lederen</a>')
    assert [url for url, _ in got] == [SITE + "2018/03/17/fjern-stoyen-erna/"]


def test_two_sections_codes_before_one_number_and_a_pages_mark_are_two_stories_but_letters_before_an_id_and_a_slug_one() -> None:
    got = titles('<a href="/business/news/180317/bsd1803171600001-n1.htm">立ち飲み屋で「上京」果たす青森の水産加工品メーカー</a>'
                 '<a href="/business/news/180317/bse1803171600001-n1.htm">銀行の収益モデルを真っ向から否定するコンビニＡＴＭ</a>'
                 '<a href="/a16945-dansk-eu-topchef-tiltraeder-i-dag">Dansk EU-topchef tiltræder i dag i Bruxelles</a>'
                 '<a href="/b16945-dansk-eu-topchef-tiltraeder-i-dag">Dansk EU-topchef tiltræder i dag i Bruxelles</a>')
    assert [url for url, _ in got] == [SITE + "business/news/180317/bsd1803171600001-n1.htm",
                                       SITE + "business/news/180317/bse1803171600001-n1.htm",
                                       SITE + "a16945-dansk-eu-topchef-tiltraeder-i-dag"]


def test_a_heading_between_a_pictures_box_and_the_storys_own_link_is_that_links_kicker_not_the_caption() -> None:
    items = "".join(f'<div class="intitem"><div class="pic"><a href="/eng/interviews/25{n}245/Scholar_teaches_{n}">'
                    f'<img src="/p{n}.jpg"></a></div><h3 class="interviewer">A guest who speaks in part {n}:</h3>'
                    f'<a href="/eng/interviews/25{n}245/Scholar_teaches_{n}" class="bold">The scholar who teaches old'
                    f' languages, part {n}</a></div>' for n in range(3))
    got = titles(f'<div class="block"><div class="teaser">{items}</div></div>')
    assert [title for _, title in got] == [f"The scholar who teaches old languages, part {n}" for n in range(3)]


def test_a_story_linked_again_with_a_word_before_its_id_and_slug_is_one_entry_but_a_days_video_is_its_own() -> None:
    got = titles('<h2><a href="/intim/112591-tips-makin-mesra-dengan-suami-setelah-menikah.html">Tips Makin Mesra dengan'
                 ' Suami Setelah Menikah</a></h2>'
                 '<h3><a href="/love/112624-fakta-kisah-cinta-gigi-hadid-dan-zayn-malik.html">Fakta Kisah Cinta Gigi Hadid'
                 ' dan Zayn Malik</a></h3>'
                 '<div class="matched"><h3><a href="/intim/matcont-112591-tips-makin-mesra-dengan-suami-setelah-menikah.html">'
                 'Tips Makin Mesra dengan Suami Setelah Menikah</a></h3></div>'
                 '<h3><a href="/belfold/20180321-arnyekbizottsagi-vita-a-parlamentben">Árnyékbizottsági vita a parlamentben'
                 '</a></h3><h3><a href="/videok/video-20180321-arnyekbizottsagi-vita-a-parlamentben">Árnyékbizottsági vita a'
                 ' parlamentben, videó</a></h3>')
    assert [url for url, _ in got] == [SITE + "intim/112591-tips-makin-mesra-dengan-suami-setelah-menikah.html",
                                       SITE + "love/112624-fakta-kisah-cinta-gigi-hadid-dan-zayn-malik.html",
                                       SITE + "belfold/20180321-arnyekbizottsagi-vita-a-parlamentben",
                                       SITE + "videok/video-20180321-arnyekbizottsagi-vita-a-parlamentben"]


def test_a_storys_id_after_a_slug_reworded_in_a_figure_of_its_headline_is_one_entry() -> None:
    got = titles('<h2><a href="/seguridad/2018/3/1/95217-ejecutados-meses-sexenio-602061.html">95,217 ejecutados en 58 meses'
                 ' del sexenio</a></h2>'
                 '<h3><a href="/locales/2018/3/1/murieron-tres-715783.html">Murieron tres a más de 100</a></h3>'
                 '<h3><a href="/seguridad/2018/3/1/95219-ejecutados-meses-sexenio-602061.html">95,219 ejecutados en 58 meses'
                 ' del sexenio</a></h3>'
                 '<h3><a href="/decodeurs/article/2016/02/01/primaire-aux-etats-unis-chaque-etat-vote_4857031_4355770.html">'
                 'Primaire aux Etats-Unis : chaque Etat vote</a></h3>'
                 '<h3><a href="/decodeurs/article/2016/02/01/primaire-aux-etats-unis-le-calendrier_4856990_4355770.html">'
                 'Primaire aux Etats-Unis : le calendrier</a></h3>')
    assert [title for _, title in got] == ["95,217 ejecutados en 58 meses del sexenio", "Murieron tres a más de 100",
                                           "Primaire aux Etats-Unis : chaque Etat vote",
                                           "Primaire aux Etats-Unis : le calendrier"]


def test_an_arabic_byline_after_a_headline_by_the_pen_of_its_writer_leaves_the_headline() -> None:
    got = titles('<ul class="items"><li><a href="/opinion/105365-daraja-taht-alsifr">درجة تحت الصفر-قصة قصيرة .. بقلم: د. أمل'
                 ' الكردفاني</a></li><li><a href="/opinion/105331-asmar-4">أسمار! (4) بقلم: الدكتور الخضر هارون</a></li>'
                 '<li><a href="/opinion/105358-alothmaniyun">العثمانيون وسلطنة الفونج في القرن السادس عشر (1 – 2) .. ترجمة'
                 ' وتلخيص: بدر الدين حامد الهاشمي</a></li>'
                 '<li><a href="/1566/154039-column-osama">العرب اليوم - بقلم : أسامة حجاج</a></li></ul>')
    assert [title for _, title in got] == ["درجة تحت الصفر-قصة قصيرة", "أسمار! (4)",
                                           "العثمانيون وسلطنة الفونج في القرن السادس عشر (1 – 2)",
                                           "العرب اليوم - بقلم : أسامة حجاج"]


def test_a_chinese_headlines_live_kicker_and_its_columns_name_after_the_bar_character_leave_it() -> None:
    got = titles('<ul class="list"><li><a href="/news/5409401.html">贸易战引爆A股大跌!这些板块仍会有机会?丨投资人说</a></li>'
                 '<li><a href="/live/5409194.html">直播丨全面贸易战一触即发 恐慌引爆全球</a></li>'
                 '<li><a href="/live/5409098.html">直播︱ 中国人寿去年纯利323亿，一起围观业绩会</a></li>'
                 '<li><a href="/news/5409403.html">怎么过关斩将杀进高盛？ 他们的HR说“学历并非No.1” 丨 视频书摘</a></li>'
                 '<li><a href="/news/5409410.html">一图读懂丨国务院机构改革方案</a></li></ul>')
    assert [title for _, title in got] == ["贸易战引爆A股大跌!这些板块仍会有机会?", "全面贸易战一触即发 恐慌引爆全球",
                                           "中国人寿去年纯利323亿，一起围观业绩会", "怎么过关斩将杀进高盛？ 他们的HR说“学历并非No.1”",
                                           "一图读懂丨国务院机构改革方案"]


def test_a_block_a_template_calls_a_partners_page_holding_most_of_the_pages_stories_is_the_pages_body() -> None:
    items = "".join(f'<div class="item"><a href="/ru/world/news/2354{n:02d}_sudno-s-migrantami-perevernulos-{n}/">'
                    f'Судно с мигрантами перевернулось у берегов Греции, часть {n}</a></div>' for n in range(12))
    paid = "".join(f'<li><a href="/promo/news/2399{n:02d}_kupite-nash-tovar-{n}/">Купите наш лучший товар по скидке, часть {n}'
                   '</a></li>' for n in range(3))
    got = titles(f'<div class="middle" id="partner-page"><div class="important-news">{items}</div>'
                 f'<div class="partners"><ul>{paid}</ul></div></div>')
    assert [title for _, title in got] == [f"Судно с мигрантами перевернулось у берегов Греции, часть {n}" for n in range(12)]


def test_a_headline_about_the_signs_of_the_zodiac_in_indonesian_or_vietnamese_is_a_horoscope() -> None:
    got = titles('<h3><a href="/woman-extra/112561-punya-kemauan-besar-ini-4-zodiak-yang-paling-agresif.html">Punya Kemauan'
                 ' Besar, Ini 4 Zodiak yang Paling Agresif!</a></h3>'
                 '<h3><a href="/5-con-giap-sieu-giau-nam-2018-d173422.html">5 con giáp siêu giàu năm 2018</a></h3>'
                 '<h3><a href="/keluarga/112566-krisdayanti-budayakan-baca-dongeng-untuk-anak.html">Krisdayanti Budayakan'
                 ' Baca Dongeng Untuk Anak</a></h3>'
                 '<h3><a href="/business/2018/03/17/aerospace-shares-rise-after-results/">Zodiac Aerospace shares'
                 ' rise after results</a></h3>')
    assert [title for _, title in got] == ["Krisdayanti Budayakan Baca Dongeng Untuk Anak",
                                           "Zodiac Aerospace shares rise after results"]


def test_a_strip_named_the_topics_of_the_day_above_the_page_does_not_lead() -> None:
    topics = "".join(f'<div class="tema"><a href="/region/tema-del-dia-numero-{n}-1510{n}0#OP">Tema del día número {n}'
                     '</a></div>' for n in range(5))
    got = titles(f'<div id="temas-dia"><div class="titulo">Temas del día</div>{topics}</div>'
                 '<div class="nota"><h2 class="titulo"><a href="/judicial/lo-mataron-en-gramalote-por-defender-otro-151066">'
                 'Lo mataron en Gramalote por defender a otro de un robo</a></h2><div class="foto"><a href="/judicial/lo-'
                 'mataron-en-gramalote-por-defender-otro-151066"><img src="/omana.jpg" width="375" height="200"></a></div></div>')
    assert got[0] == (SITE + "judicial/lo-mataron-en-gramalote-por-defender-otro-151066",
                      "Lo mataron en Gramalote por defender a otro de un robo")


def test_the_top_stories_in_a_header_tag_with_their_share_buttons_are_the_pages_top_stories() -> None:
    def teaser(cls: str, number: int, words: str) -> str:
        return (f'<article class="{cls}"><a href="/artigo/{number}/{words.lower().replace(" ", "-")}?seccao=5"><img src="/f{number}'
                f'.jpg"></a><h1><a href="/artigo/{number}/{words.lower().replace(" ", "-")}?seccao=5">{words}</a></h1>'
                f'<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=http%3a%2f%2fsite%2fartigo%2f'
                f'{number}"></a><a href="https://twitter.com/intent/tweet?url=http%3a%2f%2fsite%2fartigo%2f{number}"></a>'
                '</div></article>')
    menu = "".join(f'<li><a href="/seccao/{name.lower()}">{name}</a></li>' for name in ("Economia", "Mercados", "Opiniao"))
    more = "".join(teaser("submanchete artic-small", 92280 + n, f"Outra noticia da semana numero {n} no pais") for n in range(8))
    # (no <main> around the page: the header tag is then the site's own, as far as its place says)
    page = parse_front_page(f'<html><body><nav class="top-bar"><ul class="menu">{menu}</ul></nav>'
                 '<div id="homepage"><div id="manchete" class="large-8 columns"><header class="row"><div class="large-12">'
                 + teaser("manchete columns", 92327, "Mercado automovel afunda em quatro anos")
                 + teaser("artic-small", 92329, "Empresas publicas custaram milhoes aos contribuintes")
                 + teaser("artic-small", 92330, "Elevar os cuidados medicos num negocio rentavel")
                 + '</div></header></div><section class="home">'
                 + teaser("submanchete artic-small", 92306, "Educacao em analise no pais inteiro")
                 + teaser("submanchete artic-small", 92326, "Assim sao os mercados ou os micheiros") + more
                 + '</section></div></body></html>', SITE)
    assert [entry.url.split("/")[4] for entry in page.entries][:5] == ["92327", "92329", "92330", "92306", "92326"]


def test_a_caught_on_video_label_before_an_english_headline_is_a_media_label() -> None:
    got = titles('<h3><a href="/caught-on-video-transport-truck-fails-at-using-drive-thru">CAUGHT ON VIDEO: Transport Truck'
                 ' Fails at Using Mississauga Drive-Thru</a></h3>'
                 '<h3><a href="/caught-on-camera-fire-starts-back-up-at-sushi-bar">Caught on camera: Fire Starts Back Up at'
                 ' Heart Sushi</a></h3>'
                 '<h3><a href="/thief-caught-on-camera-stealing-a-bike-downtown">Thief caught on camera stealing a bike'
                 ' downtown</a></h3>')
    assert [title for _, title in got] == ["Transport Truck Fails at Using Mississauga Drive-Thru",
                                           "Fire Starts Back Up at Heart Sushi", "Thief caught on camera stealing a bike downtown"]


def test_a_recipe_under_an_indonesian_folder_of_recipes_is_no_story() -> None:
    got = titles('<h3><a href="/resep-makanan/112537-resep-cara-membuat-nasi-uduk-praktis-pakai-rice-cooker.html">Resep Cara'
                 ' Membuat Nasi Uduk Praktis Pakai Rice Cooker</a></h3>'
                 '<h3><a href="/keluarga/112566-krisdayanti-budayakan-baca-dongeng-untuk-anak.html">Krisdayanti Budayakan'
                 ' Baca Dongeng Untuk Anak</a></h3>')
    assert [title for _, title in got] == ["Krisdayanti Budayakan Baca Dongeng Untuk Anak"]


def test_an_arabic_read_more_link_with_a_vowel_mark_takes_its_posts_heading() -> None:
    posts = "".join(f'<div class="leading-{n} clearfix"><h2 class="item-title">مقال الرأي رقم {n} عن عقلية العنف في النظام'
                    f'</h2><p>نص قصير من المقال رقم {n} يتحدث عن الأحداث الأخيرة في البلاد</p><p class="readmore"><a class="btn"'
                    f' href="/index.php/opinion/34-0-6-8/10537{n}-aqliyat-al-unf-{n}">اِقرأ المزيد...</a></p></div>'
                    for n in range(3))
    got = titles(f'<div class="items-leading clearfix">{posts}</div>')
    assert [title for _, title in got] == [f"مقال الرأي رقم {n} عن عقلية العنف في النظام" for n in range(3)]


def test_a_hashtag_a_colon_closes_right_after_it_stays_the_headlines_subject() -> None:
    got = titles('<h3><a href="/culture/monpremierharcelement-exposition-harcelement-sexuel/">#monpremierharcèlement:'
                 " l'exposition sur le traumatisme du premier harcèlement</a></h3>"
                 '<h3><a href="/startups/2018/03/17/fastpitch-les-5-startups-a-suivre/">#FastPitch : Les 5 startups à suivre'
                 ' cette semaine</a></h3>')
    assert [title for _, title in got] == ["#monpremierharcèlement: l'exposition sur le traumatisme du premier harcèlement",
                                           "Les 5 startups à suivre cette semaine"]


def test_a_short_cyrillic_headline_its_slug_spells_in_latin_letters_between_underscores_is_a_story() -> None:
    got = titles('<div class="news"><a href="/news/117599/russkaya_banya">Русская баня</a>'
                 '<a href="/news/117600/gorodskoy_sovet_obsudil_byudzhet_na_sleduyushchiy_god">Городской совет обсудил бюджет на'
                 ' следующий год</a><a href="/news/117601/pogoda">Прогноз на неделю вперёд</a></div>')
    assert (SITE + "news/117599/russkaya_banya", "Русская баня") in got
