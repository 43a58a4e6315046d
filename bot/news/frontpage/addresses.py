"""Which links are stories by their address: a URL's shape, the page's folders and queried pages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from bot.news.markup import (
    EVENT_SEGMENTS,
    NOT_STORY_HOSTS,
    NOT_STORY_SEGMENTS,
    GAME_SLUG_WORDS,
    NOT_STORY_SLUG_WORDS,
    PLAY_SLUG_WORDS,
    POLL_AND_CLASSIFIED_WORDS,
    RECIPE_WORDS,
)
from bot.news.text import count_cjk
from bot.news.urls import asks_by_words, is_http_url, normalize_url, site_domain
from bot.news.frontpage.headlines import (
    LETTER_WORDS,
    folded_words_but_numbers,
    heading_signature,
    heading_text,
    word_count,
)


# Path segments that lead to lists, people, accounts or machinery, never to one article.
_SKIP_SEGMENTS = frozenset(
    {
        "tag", "tags", "author", "authors", "auteur", "auteurs", "autor", "autore", "autores", "autori", "autoren",
        "contributor", "contributors", "staff",  # a newsroom member's page (/staff/sammarcus/posts.html)
        "login", "logout", "signin", "sign-in", "signup", "sign-up", "register", "account", "compte",
        "connexion", "inscription", "search", "recherche", "suche", "buscar",
        "feed", "feeds", "rss", "atom", "newsletter", "newsletters", "subscribe", "abonnement",
        "abo", "abos", "aboshop", "abonnements", "subscription", "subscriptions", "suscripcion", "suscripciones",
        "wp-login.php", "wp-admin", "cdn-cgi",
        "click", "adclick", "aclk",  # an ad server's click counter (/advertpro/servlet/click/media?mid=...): it sells
        # a form to e-mail a story to a friend, beside each teaser (Joomla's "/index.php/component/mailto/?link=...")
        "mailto", "sendtofriend", "send-to-friend", "emailafriend", "email-a-friend", "tellafriend", "tell-a-friend",
        "envoyer-a-un-ami",
    }
)
# An account's form named in a segment of two or three words ("/kerknet/register-form", "/register-login/ajax/",
# "/user-login"): an account action with the words of a form or a user around it; not a slug that says more
# ("/how-to-register-to-vote").
_ACCOUNT_ACTIONS = frozenset({"login", "logout", "signin", "signup", "register", "registration", "connexion",
                              "inscription", "anmelden", "registrieren", "registro", "registrati"})
_ACCOUNT_FORM_WORDS = _ACCOUNT_ACTIONS | frozenset({"form", "user", "users", "member", "members", "page", "ajax",
                                                    "modal", "popup", "my", "new", "account", "profile", "box"})
# "RSS" as a word of a folder's name, cased or set apart ("collectionRss", "rss-feeds", "RSS_Feeds"); a folder's name of
# a word or two only: a story's slug may name it ("/opinion/the-rss-should-not-become-.../cid/1824740").
# A page's name that opens with its id, then a slug of three words or more (a CMS's "5719-perjalanan-lebih-singkat"):
# one story's, even filed in a folder of feeds.
_ID_THEN_SLUG = re.compile(r"^\d{3,}-[^-/]+(?:-[^-/]+){2,}$")
_FEED_WORD = re.compile(r"(?:(?:^|[-_.])(?:rss|Rss|RSS)|(?<=[a-z])(?:Rss|RSS))(?=$|[-_.A-Z])")
# Segments that name an index of articles; such a path is an index unless it also carries an id or a date.
_INDEX_SEGMENTS = frozenset(
    {
        "category", "categories", "categorie", "section", "sections", "rubrique", "rubriques",
        "topic", "topics", "theme", "themes", "dossier", "dossiers", "archive", "archives", "sommaire",
        "thematique", "thematiques", "tematica", "tematicas", "tematiche",
        # a section's or a category's index in Spanish, Portuguese, Italian and German ("/seccion/34/mundo-del-vino/")
        "seccion", "secciones", "secao", "secoes", "sezione", "sezioni", "categoria", "categorias", "kategorie",
        "kategorien",
        "trend", "trends",  # a running topic's page ("/trend/elections2018/": a topic, a year in its name)
    }
)
_SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".mp3", ".mp4",
    ".ogg", ".oga", ".opus", ".m4a", ".aac", ".wav", ".flac", ".webm", ".mov",  # a sound or a clip to play
    ".xml", ".rss", ".atom", ".json", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
    ".apk", ".exe", ".dmg", ".msi", ".epub", ".mobi",  # an app or a book to download
    ".md", ".txt", ".csv", ".odt",  # a story's text to download ("Télécharger ce contenu au format markdown")
)
# An index named with its number glued on ("cat_50009743", "category-12", "tag_77"): a list of stories, not one.
_INDEX_ID = re.compile(
    r"^(?:cat|categor(?:y|ies|ia|ie)|kategorie|tags?|topics?|section|rubri(?:que|c|ca|k)|tema|term)[-_]?\d+$", re.I
)
# A category's or a section's word that names a script serving its index (not an archive's, a topic's or a dossier's: a
# site may serve each story from its archive's script).
_INDEX_SCRIPT_WORDS = frozenset({"category", "categories", "categorie", "categoria", "categorias", "kategorie",
                                 "section", "sections", "seccion", "secao", "sezione", "rubrique", "rubrica", "rubrik"})
_INDEX_SCRIPT_NAME_WORDS = 2  # a script's name of a word or two ("category", "ar_category", "news_section")


def _script_words(stem: str) -> list[str]:
    """Return the words of a script's name, split at its hyphens and underscores ("ar_category" -> ["ar", "category"])."""
    return re.split(r"[-_]+", stem)


def _names_index_script(stem: str) -> bool:
    """Return whether a script's name is a category's or a section's index, by itself or after one other word (a
    language's, a kind's): "category", "ar_category", "news-section"; not the word before another, the name's head
    ("section-news.php?id=193922&sid=11": a section's story)."""
    words = _script_words(stem)
    return len(words) <= _INDEX_SCRIPT_NAME_WORDS and words[-1].lower() in _INDEX_SCRIPT_WORDS


# The kind a CMS writes among the comma-separated fields of a page's name ("<name>,autor,50830,1.html" beside
# "<slug>,artykuly,424951,1.html"): an author's or a tag's page, not a story.
_COMMA_KINDS = frozenset({"autor", "author", "autorzy", "authors", "tag", "tagi", "tags", "temat", "tematy"})
# A page named by its kind, an underscore and its id (poll_7cf62254-..., event_a8ad767e-..., business_4000075680.html,
# as news CMSs file their assets): the kind says it polls, announces or advertises, whatever folder holds it. Not a
# hyphen: "/news/business-29099359" is a story of the business section.
_KIND_AND_ID = re.compile(
    r"^(?:poll|survey|event|business|coupon|classified|ad|edition)_(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{4,})$",
    re.I,
)
PATH_QUERY = re.compile(r"^[a-z][\w-]*/[^=&]+$", re.I)  # a query that is a path of folders, no parameter asked for
# A query of one parameter whose value is a path of folders ("q=node/9963", "route=news%2F123"): a CMS's router.
_ROUTE_QUERY = re.compile(r"^[a-z][\w-]*=([a-z][\w-]*(?:/|%2f)[^=&]+)$", re.I)
# A query naming one post by its number: "p=" (WordPress's plain links), "id=", "newsid=", "article_id=", "news=", the id
# first too ("idnews=", "id_article="), "article" in the site's own language ("clanak=639646", Serbo-Croatian "članak";
# "artikel=", "articolo=") ...; not a static page's ("page_id=2": about, contact), a category's ("cat=12") nor a
# month's archive ("m=201603").
_POST_WORDS = (r"(?:id_?)?(?:article|story|news|post|item|content|doc|artikel|articulo|articolo|artigo|articol|artykul|clanak"
               r"|clanek|cikk)(?:_?id)?")
_POST_QUERY = re.compile(rf"(?:^|&)(?:p|id|{_POST_WORDS})=\d{{2,}}(?:&|$)", re.I)
# A query's parameter whose value is words, a slug ("t=la-presse-electronique-a-fond"), not a number or a code.
_WORDS_PARAM = re.compile(r"[a-z_]+=(?=[^&]*[^\W\d_][^&]*[^\W\d_])[^&=]*", re.I)
# A security's international number (ISIN: a market's country code, nine letters or digits, a check digit) in a page's name:
# the company's or the fund's quote page a financial site files by it ("nacon-FR0013482791,FR.html", "Siemens-DE0007236101").
_ISIN = re.compile(r"(?:^|[-_,/])((?:FR|US|DE|GB|NL|BE|CH|IT|ES|LU|IE|JP|CA|AU|SE|DK|NO|FI|AT|PT|XS|KY|BM|JE|GG"
                   r"|IL|HK|CN|KR|TW|IN|BR)[A-Z0-9]{2}\d{7}\d)(?=$|[-_,.])")


def _names_a_security(name: str) -> bool:
    """Return whether a page's name holds an ISIN whose check digit is right (Luhn's sum over its letters as numbers,
    A=10 ... Z=35): a story's code of the same shape ("IN1803180047": a section, a day, a number) mostly fails it."""
    for found in _ISIN.finditer(name):
        digits = "".join(str(int(character, 36)) for character in found.group(1))
        doubled = [int(digit) * (2 if place % 2 else 1) for place, digit in enumerate(reversed(digits))]
        if sum(number - 9 if number > 9 else number for number in doubled) % 10 == 0:
            return True
    return False


# The last folder of a story's readers' comments (not "comment": a British site's opinion section).
_COMMENTS = frozenset({"comments", "kommentare", "commentaires", "comentarios", "commenti", "reacties", "komentarze"})
# A product's sheet of specifications, as a catalogue names the page after the product's ("/<product>/datenblatt").
_SPEC_SHEETS = frozenset({"datenblatt", "specs", "specifications", "fiche-technique", "ficha-tecnica", "scheda-tecnica",
                          "caracteristiques", "technische-daten"})
# A page named "page" and its number ("page-1.html", "page22762.html", "page_3"): a list's page or the site's own, no story's.
_PAGE_NUMBER = re.compile(r"page[-_]?\d+")
# A name that is a day only ("25-04-2020", "2020.04.25"): that day's edition or archive, no story's slug.
_DATE_NAME = re.compile(r"^(?:\d{1,2}[-_.]\d{1,2}[-_.](?:19|20)\d{2}|(?:19|20)\d{2}[-_.]\d{1,2}[-_.]\d{1,2})$")
# A special report's collection as the first folder ("dossier": French, Italian); its stories sit deeper, under a date
# (/dossier/design/2021/01/20/news/...).
_COLLECTION_FOLDERS = frozenset({"dossier", "dossiers"})
# A first folder of special sections: one named right under it is the section's page ("/speciale/samsung-galaxy-s9/",
# "/specials/zukunft_des_handels"); its stories sit deeper ("/specials/interviews/article/1399443/...").
_SPECIAL_FOLDERS = frozenset({"special", "specials", "speciale", "speciali", "especial", "especiales", "spezial",
                              "spezials", "specialen"})
_LIST_STEMS = frozenset({"list", "lists", "liste", "listes", "lista", "listado", "listing"})
_LIST_NAME_WORDS = 3  # a script's name of this many words at most, one of them "list" ("review_list_all.html")
_ITEM_ID_ASKED = re.compile(r"(?:^|&)\w*id=\d", re.I)  # a query asking for one item by its id ("vid_id=3491")


def _names_a_list(stem: str, name: str, query: str) -> bool:
    """Return whether a script's page is named as a list among a word or two ("review_list_all.html?rvw_no=1719",
    "news-list.php?cat=3"): a column's or a section's list of stories (not a slug of a headline's words, no extension;
    nor one asked for one item by its id, "article_list.html?gcd=2&scd=25&vid_id=3491": a video shown above the list)."""
    words = _script_words(stem)
    return ("." in name or bool(query)) and 2 <= len(words) <= _LIST_NAME_WORDS and not _LIST_STEMS.isdisjoint(words) \
        and not any(character.isdigit() for character in stem) and not _ITEM_ID_ASKED.search(query)


_ARTICLE_EXTENSIONS = (".html", ".htm", ".shtml")
INDEX_FILE = re.compile(r"^(?:index|default|home|accueil|main)\d*\.\w+$", re.IGNORECASE)
# A broadcaster's or a site's folder of its shows ("/sendungen/<show>/", "/emissions/<show>/"): a show's page directly
# under it lists its episodes.
_SHOW_FOLDERS = frozenset({"sendungen", "sendung", "emissions", "emission", "shows", "programmes", "programas", "programmi",
                           "trasmissioni", "programy", "programs"})
# ... a script named for one show ("program.aspx?progId=2060"; not "show.php?id=", an article's script), and a query
# asking for a landing page by its id
_SHOW_SCRIPTS = frozenset({"program", "programme", "programa", "programma", "sendung", "emission"})
_LANDING_QUERY = re.compile(r"(?:^|&)landing_?page_?id=", re.I)
# A site's folder of its blogs ("/blogs/<blog>/", "/lesblogs/<blog>-677/"): a blog's home page right under it lists its
# posts (a post is filed deeper, or by a long id or a date: "/blogs/post-significance-of-...-2021668"). Not "/blog/", where
# a site files its posts themselves.
# Folders of the columnists' pages, a columnist's name after ("/colunistas/celso-oliveira/", "/columnists/jane-doe/").
_COLUMNISTS_FOLDERS = frozenset({"columnists", "colunistas", "columnistas", "columnisti", "chroniqueurs", "kolumnisten",
                                 "kolumnisci", "editorialistas", "opinionistas"})
_COLUMNIST_NAME_WORDS = 3
# A folder of one column's pages, its number and its writer's name after ("/coluna/9/Jesse-Souza").
_COLUMN_FOLDERS = frozenset({"coluna", "columna", "column", "colonna", "kolumne", "kolumna", "chronique"})
_BLOG_FOLDERS = frozenset({"blogs", "lesblogs", "les-blogs"})
_SPECIAL_STORY_WORDS = 6  # a slug this long right under a special section's folder spells a story's headline
_BLOG_POST_WORDS = 7  # a slug this long under the blogs' folder spells a post's headline, not a blog's name
_SECTION_NAME_WORDS = 4  # a section's name after its number under an index folder, not a headline's slug
_GAME_PAGE_FOLDERS = frozenset({"game", "jeu", "spiel", "gioco", "juego", "jogo", "gra"})  # one game's page, singular
_ARCHIVE_SEGMENTS = frozenset({"archive", "archives", "dossier", "dossiers"})  # (where a CMS files posts by number)
# Words of a sports section's data pages: calendars, standings, results, fixtures (a folder named by two of them joined,
# "/calendario_classifica/", "/fixtures-results/", "/spielplan-tabelle/", holds tables, not reports; one alone may be a
# section of reports, "/results/wwe-live-event-22317-results-...").
_DATA_FOLDER_WORDS = frozenset({
    "calendar", "calendars", "calendario", "calendari", "calendrier", "kalender", "spielplan", "fixtures", "schedule",
    "classifica", "classifiche", "classement", "classements", "clasificacion", "classificacao", "standings", "tabelle",
    "tabla", "tables", "table", "results", "resultats", "risultati", "resultados", "ergebnisse", "scores", "uitslagen",
    "stand", "programma",
})
# A folder of lost and found notices ("/recherche-trouve-perdu/", "/perdu-trouve/", "/lost-and-found/"): a word for
# lost and one for found in one folder's name.
_LOST_WORDS = frozenset({"perdu", "perdus", "perdue", "lost", "perdidos", "perdido", "smarriti", "verloren", "zgubione"})
_FOUND_WORDS = frozenset({"trouve", "trouves", "trouvee", "found", "encontrados", "encontrado", "ritrovati", "gefunden",
                          "znalezione", "fundsachen"})
# A trade site's catalogue of the courses it sells ("/formations/cours/...", "/formations/formation/46538/...",
# "/training/courses/..."), as a folder of courses right under the catalogue's.
_COURSE_CATALOGUES = frozenset({"formations", "training", "trainings", "seminare", "seminars", "seminaires", "weiterbildung",
                                 "cursos", "corsi"})
_COURSE_WORDS = frozenset({"cours", "formation", "cycle", "stage", "course", "courses", "seminar", "seminare", "seminaire", "curso", "corso",
                           "kurs", "kurse"})
_COURSE_NUMBER = re.compile(r"\d{1,3}")  # a course's number in its catalogue, not a year's
_FOLDER_NUMBERED = re.compile(r"(.+?)[-_,]\d+")  # a name and a number after it ("strategie-rh-20698")
# A page's name that is a search, alone or in a compound of one short word ("gsearch", "advancedsearch", "volltextsuche",
# "recherche"): asked with a query, the results of a search, a directory's listing, no story.
_SEARCH_STEM = re.compile(r"[a-z]{0,12}(?:search|suche|recherche|busca|buscar|ricerca|zoeken|szukaj)", re.I)
_EPISODE_FOLDERS = frozenset({"podcasts"})  # a catalogue, but one episode in it is a story like a single video
# A folder of games to play; but one holding a dated or numbered page a headline's slug names is a games section's news
# ("/videos/Spiele/Sea-of-Thieves-Der-Launch-Trailer-zum-Piratenabenteuer-ist-da-18999.html"), not a game (a game's
# name is a few words: "/spiele/sudoku-12345").
_GAMES_FOLDERS = frozenset({"spiele", "jeux", "giochi"})
_DOWNLOAD_FOLDERS = frozenset({"download", "downloads"})  # a software catalogue's folder (a not-a-story segment)
# A folder of a games or a downloads section that files its reports ("/spiele/fifa-18/news/<slug>/", "/jeux/<game>/tests/
# <slug>/", "/downloads/windows-10/news/<slug>/").
_REPORT_FOLDERS = frozenset({"news", "tests", "test", "reviews", "review", "previews", "preview", "actualites", "actus",
                             "nachrichten", "notizie", "noticias", "artikel", "articles"})
_GAME_NEWS_WORDS = 6
# a numeric id (c31356-9081464), a year (2016, 20240305) or a UUID ("...-4e9ef6b2-5622-11ea-b447-d9646dbdb12a.shtml")
_ID_OR_DATE = re.compile(r"\d{4,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", re.I)
# A script asked for one item by its slug ("article.cfm?id=an-itch-not-low-level-form-pain", "post.php?slug=..."): a
# story's name of four words or more, as in a path.
_SLUG_QUERY = re.compile(r"(?:^|&)(?:id|slug|article|story|post|name|title)=((?:[^&\W]+[-_+]){3,}[^&\W]+)(?:&|$)", re.I)

# How much a URL looks like one story: not at all, only with a long headline, surely, or so
# surely (a date or a long id) that a headline of one word is enough. SHAPELESS is a URL that
# says nothing either way (/Elnumerodecasos, /about): a story only where the page shows it as it
# shows its stories (see _Shapeless).
SHAPELESS, NOT_STORY, NEEDS_HEADLINE, STORY, SURE_STORY = -1, 0, 1, 2, 3
DATE_PATH = re.compile(r"/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:/|$)")

# The day a story's address files it under: a date in its path ("/2016/05/05/157/", "/bangladesh/2020/04/18/<slug>"), or
# a day opening a long number glued to the slug's end, a time of day after it ("...-giao-dien-20160926151850618.chn").
_DAY_PATH = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=$|[/._-])")
_DAY_NUMBER = re.compile(r"(?<![0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{0,9}(?:\.[a-z0-9]{2,5})?/?$", re.I)


def filed_day(key: str) -> date | None:
    """Return the day a story's address files it under, or None where it names none."""
    path = urlsplit(key).path
    match = _DAY_PATH.search(path) or _DAY_NUMBER.search(path)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:  # (the 31st of a short month)
        return None


LONG_ID = re.compile(r"\d{5,}")
_DATE_ONLY_END = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/?$")


# Advertising, in the words a folder's compound name is made of ("biuro-reklamy", "werbung_kunden"; as a whole folder's
# name most are NOT_STORY_SEGMENTS already), a compound of three words at most: a longer one is a slug.
_AD_WORDS = frozenset({"reklama", "reklamy", "reklam", "werbung", "publicidad", "publicite", "pubblicita", "publicidade",
                       "reclame", "reklame", "advertentie", "advertenties", "mainos", "publicitate", "hirdetes", "advertising",
                       "raovat"})  # ... Vietnamese classifieds ("rao vặt": "/raovat-tuyendung/...")
_AD_FOLDER_WORDS = 3
# Job vacancies, in the words a folder's compound name is made of ("lediga-jobb-media": Swedish "vacant jobs"), as a job
# board a trade site runs beside its news names its folder; a compound of three words at most, as for _AD_WORDS.
_VACANCY_WORDS = frozenset({"lediga", "ledige", "vacancies", "vacatures", "vacantes", "vagas", "tyopaikat", "stillinger",
                            "tuyendung"})  # ... and Vietnamese "tuyển dụng", recruiting
# Listings for sale, the two words of "for sale" as one in a folder's compound name ("/boats-for-sale/sailing-cruisers/
# 596-konsort-...", "/voitures-a-vendre/"): a classifieds board beside the news, in the languages POLL_AND_CLASSIFIED_WORDS
# names the whole folder in.
_FOR_SALE_WORDS = frozenset({"forsale", "avendre", "zuverkaufen", "enventa", "sevende", "invendita", "tekoop", "tilsalgs",
                             "tilsalg", "tillsalu"})
# Shops' offers and their leaflets, in the words a folder's compound name is made of ("/e-beilagen/aktuelle-angebote/
# obi-GI7587459": a newspaper's inserts, the current offers of its advertisers), a compound of three words at most, where
# the page is not dated (a motoring section's dated report on a dealer's offer, "/motor-ofertas/2014/12/09/...", is news).
_OFFER_WORDS = frozenset({"angebote", "prospekte", "beilagen", "ofertas", "offerte", "aanbiedingen", "folders"})
# (and recipes, in a compound of three words at most: "/gefsi/syntages-glyka/660862/...", Greek "sweet recipes")
_NOT_NEWS_FOLDER_WORDS = _AD_WORDS | _VACANCY_WORDS | _FOR_SALE_WORDS | RECIPE_WORDS
_UNDERSCORE_SLUG_WORDS = 6
_SHORT_UNDERSCORE_SLUG_WORDS = 4
_LONG_WORD = 5  # letters of a word that says what a story is about, not how a section's name is joined ("in", "the")


def _underscored_slug(stem: str) -> bool:
    """Return whether a name of words joined by underscores reads like a story's slug: six words or more, or four or
    more with two long ones ("netflix_verlost_lebenslaengliches_abo"), not a section's name of short ones
    ("also_in_the_news")."""
    words = stem.split("_")
    return len(words) >= _UNDERSCORE_SLUG_WORDS or len(words) >= _SHORT_UNDERSCORE_SLUG_WORDS and sum(
        len(word) >= _LONG_WORD for word in words) >= 2


_REDIRECT_STEMS = frozenset({"jump", "redirect", "redir", "click", "clickthrough", "out", "outbound", "go", "goto"})
# SPIP (a French CMS) writes an author's page between underscores, a keyword's between pluses, a section's between
# hyphens and a linked site's between at signs ("_Ny-Aina-Rahaga,10089_", "+Madagascar+", "-Politique-"); a story's
# name has no such marks ("Le-GEN-demande-une-analyse,23692"). Those pages sit at the site's root.
_SPIP_MARKED = re.compile(r"^([_+@-])[^_+@/]*?[^\W_][^/]*\1$")
# an ad server's click counter ("cptclick", "adclick", "clickbanner.php?id=100&key=b51b4fe3...", "clickad")
_CLICK_STEM = re.compile(r"^(?:[a-z]{0,6}click|click(?:banner|ad|ads|thru|through|track|count(?:er)?))$", re.I)
# A slug that opens or ends with its contest's name; within a headline's words "giveaway" may be a budget's ("tax-giveaway-
# to-the-rich"), at its ends it names the prize draw.
# A word of a folder's name that makes it a broadcaster's video-on-demand catalogue, not a newsroom's section (a story's
# slug may say it: "netflix-vod-prices-rise"; a folder named by three words or fewer tells no story). Not "replay": a
# news channel files its newscasts' clips under "replay-emissions".
_CATALOGUE_WORDS = frozenset({"vod"})
_GIVEAWAY = re.compile(r"^giveaways?[-_]|[-_]giveaways?$")
# A job advertisement's page named by the post and the genders it is open to at its slug's end ("...-export-control-h-f",
# "...-middleware-f-h-2", "media-designerin-w-m-1", "...-redakteur-m-w-d"), as French and German job ads write them.
_JOB_AD_SLUG = re.compile(r"[-_](?:h-f|f-h|[mw]-[wm](?:-d)?|m-f-d)(?:-\d+)?$")
# A job notice named so in its slug: an employer's recruitment of a year with the number of its vacancies
# ("new-mangalore-port-trust-recruitment-2018-junior-assistant-clerk-18-vacancies-1331821"), or a newsroom's own opening
# ("job-vacancy-editor-daily-post"); not a report on a recruitment ("nia-recruitment-2018-...-invites-applications-how-to-
# apply", no count of vacancies), nor on vacancies ("flipkart-opens-700-new-job-vacancies").
_JOB_NOTICE_SLUG = re.compile(r"recruitment-(?:19|20)\d\d-(?:[a-z0-9]+-)*?\d+-vacanc(?:y|ies)(?:-|$)|^job-vacanc(?:y|ies)-")
# A buying guide named so at its slug's start ("guide-dachat-meilleurs-ordinateurs-portables-254436", "buying-guide-..."):
# the shop's advice, as a "guide-achat" folder is.
_BUYING_GUIDE = re.compile(r"^(?:guides?-d-?achats?|buying-guides?|kaufberatung|gu[ií]as?-de-compras?)(?:[-_]|$)")
# A model letter to copy, named so in its slug ("lettre-type-refus-candidature", "lettre-embauche-type",
# "modele-de-lettre-...", "musterbrief-kuendigung"): a template a business site offers, not a report (a letter in the news
# is "lettre-ouverte-...").
_MODEL_LETTER = re.compile(r"^(?:lettre-(?:[a-z]+-)?type|modeles?-(?:de-)?lettres?|musterbrief|musterschreiben|"
                           r"carta-(?:[a-z]+-)?modelo|modelo-de-carta)(?:[-_]|$)")
# A program's download page named by one compound of "download" and its number ("downloadvorschalt,3610",
# "downloadseite-1645"), as a "downloads" folder is; not a slug of words saying it ("download_com+verspreidde+malware").
_DOWNLOAD_PAGE = re.compile(r"^download[a-z]*(?:[-_,.]?\d+)*$")
# A site's own page named so whole, an id before or after it maybe ("/aide/content/2026452-qui-sommes-nous",
# "/info/contact-us-1234"): who it is, its terms, its privacy policy, how to reach it or to advertise, its charter;
# never a report, whatever number the CMS files it under (a story's slug only ever holds such words among its own).
_SITE_PAGE = re.compile(
    r"(?:\d+[-_])?(?:qui-sommes-nous|a-propos|conditions-generales(?:-d-utilisation|-de-vente)?|cgu|cgv|"
    r"mentions-legales|nous-contacter|contactez-nous|contacts?|regie-publicitaire|charte(?:-de-moderation)?|"
    r"politique-de-confidentialite|"
    r"plan-du-site|about-us|contact-us|terms-of-use|terms-of-service|terms-and-conditions|privacy-policy|cookie-policy|"
    r"advertise-with-us|impressum|kontakt|datenschutz(?:erklaerung)?|nutzungsbedingungen|mediadaten|quienes-somos|"
    r"aviso-legal|politica-de-privacidad|contacto|chi-siamo|contatti|note-legali|colofon|over-ons)(?:[-_]\d+)?"
)
_SPIP_TEMPLATE = re.compile(r"(?:^|&)page=")  # SPIP's spip.php?page=archives: a template asked by its name
_SPIP_ID = re.compile(r"(?:^|&)id_\w+=\d")  # ... or an item asked by its id (spip.php?page=videos&id_article=4841)
# horoscope, Horoskop, horóscopo, oroscopo, goroskop, horoszkóp: no report
_HOROSCOPE = re.compile(r"oroskop|oroscop|oroszkop", re.I)


def names_its_catalogue(text: str, url: str) -> bool:
    """Return whether a link into a catalogue of episodes words the catalogue, not one episode ("More X Podcasts")."""
    folders = [s.lower() for s in urlsplit(url).path.split("/")[:-1]]
    return bool(_EPISODE_FOLDERS.intersection(folders).intersection(re.findall(r"\w+", text.lower())))


# Words a link's query marks a paid-for placement with ("?vcrPlace=SPONSORED_CONTENT_TOP", "utm_campaign=advertorial").
_PAID_QUERY_WORDS = frozenset({"sponsor", "sponsors", "sponsored", "advertorial", "advertorials", "paidpost"})


def paid_placement(query: str) -> bool:
    """Return whether a URL's query marks the link as a paid-for placement, whatever page it leads to."""
    return bool(_PAID_QUERY_WORDS.intersection(re.split(r"[^a-z]+", unquote_plus(query).lower())))


def _game_news(said: set[str], lowered: list[str], path: str) -> bool:
    """Return whether the only not-a-story words of a path are a games folder's holding a dated or numbered page a
    headline's slug names, or a games or downloads folder's reports' folder holding one: a games or a software section's
    news, not a game's name or a call to play it ("forge-of-empires-kostenlos-online-spielen-auf-t-online-de")."""
    words = re.split(r"[-_+]", re.sub(r"\.\w+$", "", lowered[-1]))
    # (filed by its date or id, or in a reports' folder under the games folder: "/spiele/fifa-18/news/fifa-18-neues-...";
    # under a downloads folder only in a reports' folder, "/downloads/windows-10/news/spring-creators-update-...")
    reports = _REPORT_FOLDERS.intersection(lowered[1:-1])
    filed = said <= _GAMES_FOLDERS.intersection(lowered[:-1]) and (DATE_PATH.search(path) or LONG_ID.search(path) or reports) \
        or said <= _DOWNLOAD_FOLDERS.intersection(lowered[:-1]) and reports
    return bool(filed) and len(words) >= _GAME_NEWS_WORDS and not PLAY_SLUG_WORDS.intersection(words)


_AUTHOR_WORDS = frozenset({"author", "authors", "auteur", "auteurs", "autor", "autore", "autores", "autori", "autoren"})
_PAGE_FILE = re.compile(r"[^\W_]\W*\.(?:s?html?|php|aspx?)$")  # a page's file name ("sinma,-gul!.html")


def _authors_piece(said: set[str], lowered: list[str]) -> bool:
    """Return whether the only not-a-story word of a path is an authors' folder holding a number of its own and a page
    below it: one piece of the authors' columns, filed by its id or its day ("/authors/140513/sinma,-gul!.html",
    "/authors/20180322/1016592977.html"), not an author's page ("/authors/jane-doe", "/author/jane-doe-12345/")."""
    if not said or not said <= _AUTHOR_WORDS:
        return False
    at = next((i for i, segment in enumerate(lowered[:-1]) if segment in _AUTHOR_WORDS), None)
    if at is None:
        return False  # (the page itself named so, "/author.html")
    below = lowered[at + 1:]
    # (the page a file, a story's, named by an id or a slug and an extension; not a list's word, "/authors/12345/posts",
    # nor an author's page by her number and her name, "/author/11431/arwin-rahi")
    # (filed by an id or a day as one number, "20180322": a long id's digits)
    return len(below) >= 2 and LONG_ID.fullmatch(below[0]) is not None \
        and (LONG_ID.search(below[-1]) is not None or _PAGE_FILE.search(below[-1]) is not None)


def _account_form(segment: str) -> bool:
    """Return whether a path segment names an account's form in two or three words ("register-form", "user_login")."""
    words = re.split(r"[-_]", segment)
    return 2 <= len(words) <= 3 and not _ACCOUNT_ACTIONS.isdisjoint(words) and _ACCOUNT_FORM_WORDS.issuperset(words)


def _slug_words(segment: str) -> int:
    """Return how many words a path segment's hyphens (or pluses) set apart: a slug's, "charter-jumps-5g-testing" 4."""
    return len([word for word in re.split(r"[-+]", segment) if word])


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _year_names_topic(where: str, query: str, last: str) -> bool:
    """Return whether the only number of an address is a year among the words of its last segment ("icc-world-cup-2015")."""
    numbers = _ID_OR_DATE.findall(where) + _ID_OR_DATE.findall(query)
    return bool(numbers) and all(_YEAR.fullmatch(n) and n in last for n in numbers) and not DATE_PATH.search(where)


# A query's value naming another site's page: an address ("http://...", "//..."), or a host before its page's name
# ("tuttomercatoweb.com-1090057", "www.lequipe.fr/Football/...").
_ADDRESS_VALUE = re.compile(r"^(?:(?:https?:)?//(?P<host>[^/?#:]+)|(?P<named>(?:[a-z0-9-]+\.)+[a-z]{2,6})[-/_]\w)", re.I)
# The words of a slug offering the site's own app: an app, a device, a call to get it, and "our" (see _promotes_own_app).
_APP_WORDS = frozenset({"app", "apps", "appli", "applis", "application", "applications", "applicazioni", "aplicacion",
                        "aplicaciones", "aplicativo", "aplicativos"})
_DEVICE_WORDS = frozenset({"iphone", "ipad", "android", "ios", "smartphone", "smartphones"})
_GET_WORDS = frozenset({"scarica", "scaricate", "scaricare", "telechargez", "telecharger", "descarga", "descargue",
                        "descargar", "baixe", "baixar", "download", "herunterladen", "installez", "installer", "install"})
_OWN_WORDS = frozenset({"nos", "notre", "our", "unsere", "unserer", "nostre", "nostra", "nuestra", "nuestras", "nossa",
                        "nossos", "nossas"})


def _promotes_own_app(words: list[str], host: str) -> bool:
    """Return whether a slug offers the site's own app to download: an app, a device, a call to get it and the site's
    name or "our" ("porta-milannewsit-sempre-con-te-scarica-le-app-...-iphone-ipad-android", "telechargez-nos-applis-
    iphone-et-android"); not a review of an app the site recommends ("coolsmartphone-recommended-ios-app-iosmaps")."""
    if not all(group.intersection(words) for group in (_APP_WORDS, _DEVICE_WORDS, _GET_WORDS)):
        return False  # (most slugs: the site's name is read only for the few that offer an app)
    domain = site_domain(host) if host else ""
    return bool(_OWN_WORDS.union({domain.split(".")[0], domain.replace(".", "")} if domain else ()).intersection(words))


def _sends_off_site(query: str, host: str) -> bool:
    """Return whether a query names a page of another site than host, its value an address or a host and a page."""
    for key, _, value in (parameter.partition("=") for parameter in query.split("&")):
        if key.lower() in _TRACKING_KEYS or key.lower().startswith(("utm_", "at_")):
            continue  # where the reader came from or which box sent them ("?ref=twitter.com", "?spm=smpc.home.it-pics1.1")
        found = _ADDRESS_VALUE.match(unquote_plus(value).strip())
        other = (found["host"] or found["named"] or "").lower().removeprefix("www.") if found else ""
        if other and "." in other and site_domain(other) != site_domain(host):
            return True
    return False


# A word of a path's segment that names a script counting clicks or sending the reader on ("count_click", "redirect").
_FORWARDING_WORDS = frozenset({"click", "clicks", "redirect", "redir", "jump", "goto", "outbound"})
_WHOLE_ADDRESS = re.compile(r"https?://[^/?#\s]+", re.I)  # an address with its scheme and host, not a path alone


def forwarded_to(url: str) -> str:
    """Return the whole address a site's click counter or redirect names in its query, the page it sends the reader to
    ("/count_click/four/topic/82990?url=https%3A%2F%2Fdev.by%2Flenta%2Fmain%2Fbulba-ventures"), else ""."""
    parts = urlsplit(url)
    if not parts.query or not any(
            _FORWARDING_WORDS.intersection(re.split(r"[-_.]", segment.lower())) or _CLICK_STEM.match(segment.split(".")[0])
            for segment in parts.path.split("/") if segment):
        return ""
    for _, value in parse_qsl(parts.query):
        if _WHOLE_ADDRESS.match(value.strip()) and is_http_url(value.strip()):
            return value.strip()
    return ""


# A script's page asked for one story by its long number ("noticia.php?id=239130", "article.php?storyId=4711235"): numbered
# as a story filed under its id is.
# (and by its index's or sequence's number: "articleView.html?idxno=172680", "?seq=1234567", "?no=2018031913553161119";
# and by the word for a post alone: "article.php?article=20896", "?clanak=639646")
ID_ASKED = re.compile(rf"(?:^|&)(?P<asked>(?:id|idx(?:no)?|seq|no|\w+[_-]id|\w*(?-i:[a-z]Id)|{_POST_WORDS})=\d{{5,}})(?=&|$)",
                      re.I)


# A parameter, whatever its name, whose value is an item's coded id: letters, then a long number ("CNTN_CD=A0002416300",
# "cid=AKR20180312000100001"), letters after it too ("id=dvVWXQa814151406519advVWXQ", "id=4CptiFa814148551260a4CptiF":
# a site's key of letters and digits around the story's number); a bare number under another name may be a date or a
# page's.
CODED_ID_ASKED = re.compile(r"(?:^|&)(?P<asked>[\w-]+=[a-z\d]{0,7}[a-z]\d{5,}[a-z\d_]*)(?=&|$)", re.I)


# A video asked for by its coded id of letters and digits ("hatv.aspx?vid=B7E599B1", "?video=x6fk2l9"): one clip.
_VIDEO_ASKED = re.compile(r"(?:^|&)(?:v|vid|video|videoid|video_id|clip|clipid|clip_id)="
                          r"(?=[a-z\d_-]*\d)(?=[a-z\d_-]*[a-z])[a-z\d_-]{6,16}(?=&|$)", re.I)


def asked_by_id(query: str) -> str:
    """Return the parameter of a query that asks for a story by its long number ("no=2018031917303201530") or its coded id
    ("CNTN_CD=A0002416300") where no other holds a long number, else "" (a query of two, "c_id=1501119&objectid=12153870",
    may ask by a section's id)."""
    asked = [match["asked"] for match in ID_ASKED.finditer(query)] or \
        [match["asked"] for match in CODED_ID_ASKED.finditer(query)]
    # (a page of the story beside its id is a page of its own: "?idnews=847298&page=2")
    return asked[0] if len(asked) == 1 and len(LONG_ID.findall(query)) == 1 and not _PAGE_ASKED.search(query) else ""


_PAGE_ASKED = re.compile(r"(?:^|&)(?:page|pg|pagina|seite|strana|sayfa|stranica)=\d", re.I)  # a page of it by its number


def post_by_number(query: str) -> str:
    """Return the parameter of a root's query that names one post by its number ("idnews=847298"), where the others
    only spell its slug in words ("t=la-presse-electronique-a-fond"), else ""."""
    parts = query.split("&")
    numbered = [part for part in parts if _POST_QUERY.fullmatch(part)]
    if len(numbered) != 1:
        return ""
    return numbered[0] if all(_WORDS_PARAM.fullmatch(part) for part in parts if part != numbered[0]) else ""


def path_kind(url: str, page_key: str) -> int:
    """Return how much a same-site URL looks like one article (NOT_STORY ... SURE_STORY);
    page_key is the front page's own normalized URL without its query."""
    parts = urlsplit(url)
    path = parts.path
    segments = [s for s in path.split("/") if s]
    if not segments and PATH_QUERY.match(parts.query):
        # A site that serves its pages through its root's query, a path there ("/?news/2759881553/Slug.aspx"): that
        # path is the page's.
        return path_kind(parts._replace(path="/" + parts.query, query="").geturl(), page_key)
    routed = _ROUTE_QUERY.match(parts.query)
    if routed and (not segments or (len(segments) == 1 and INDEX_FILE.match(segments[0]))):
        # A CMS without clean addresses routes every page through one parameter that holds its path (Drupal's
        # "/?q=node/9963", "/index.php?q=taxonomy/term/5"): that path is the page's.
        return path_kind(parts._replace(path="/" + unquote_plus(routed.group(1)), query="").geturl(), page_key)
    if not segments and _POST_QUERY.search(parts.query):
        return STORY  # the site's root asked for one post by its number (WordPress's plain "/?p=128314", "/?newsid=4711")
    if paid_placement(parts.query):
        return NOT_STORY  # an advertiser's page, as the box that links it says in the link's own query
    if asks_by_words(parts.query):
        return NOT_STORY  # a search or a tag's list: "?s=crue", "?tx_ttnews[swords]=Fachschaft Geschichte"
    if not segments or segments[-1] in ("undefined", "null"):
        return NOT_STORY  # the front page itself, or a link a script failed to fill in
    if parts.query and _SEARCH_STEM.fullmatch(segments[-1].rsplit(".", 1)[0]):
        return NOT_STORY  # a search's results asked for in the query ("/gsearch?f[0]=sector:21658", "/volltextsuche?...")
    if normalize_url(url).split("?", 1)[0] == page_key:
        return NOT_STORY
    date_end = _DATE_ONLY_END.search(path)
    if date_end and _slug_words(path[:date_end.start()].rsplit("/", 1)[-1]) < 3:
        # /date/2021/08/02/: a day's or a month's archive, no story's slug or id after the date (one before it names
        # the story its CMS files so: /articles/news/charter-jumps-5g-testing/2017/02/)
        return NOT_STORY
    lowered = [s.lower() for s in segments]
    name = lowered[-1].rsplit(".", 1)[0]  # the page's name without its extension
    if _DATE_NAME.match(name):
        return NOT_STORY  # /edition-quotidienne/25-04-2020.html, /liseuse/publication/25-04-2020/: a day's edition
    if name in _COMMENTS or name == "commentaire":
        # /node/21558249/comments, /honda/38/CBR-600-RR-2007/commentaire.html: readers' comments, not the story
        return NOT_STORY
    if name in _SPEC_SHEETS and len(lowered) >= 2:
        return NOT_STORY  # /handys/7319-samsung-galaxy-s9-plus/datenblatt: a product's sheet of specifications
    if _names_a_security(segments[-1]) and not DATE_PATH.search(path):
        # /introductions/societe/nacon-FR0013482791,FR.html: a listed company's or a fund's page (not a story a paper
        # files by its day under a code of the same shape, /2018/03/18/IN1803180047.htm)
        return NOT_STORY
    if any(a in _COURSE_CATALOGUES and (b in _COURSE_WORDS or _COURSE_NUMBER.fullmatch(b))
           for a, b in zip(lowered, lowered[1:])):
        # /formations/cours/rediger-un-communique-..., /formations/5/referencement-seo-debutant: a course the site sells,
        # by its kind or its catalogue's short number (not a year's: /formations/2018/03/16/... is a story)
        return NOT_STORY
    if len(lowered) == 2 and lowered[0] in _GAME_PAGE_FOLDERS and not DATE_PATH.search(path):
        # /game/assassins-creed-rogue-remastered/, /jeu/far-cry-5-22773.htm: a games database's page of one game, its
        # facts and its news listed (a gaming site's news is filed elsewhere; "/games/<slug>" is often a section's news)
        return NOT_STORY
    if len(lowered) == 1 and lowered[0].rsplit(".", 1)[0] in _GAME_PAGE_FOLDERS and "." in lowered[0] and parts.query:
        return NOT_STORY  # ... and its script asked for one game by its id (Polish "gra": /gra.asp?ID=19678)
    if len(lowered) == 2 and lowered[0] in _SHOW_FOLDERS and not any(c.isdigit() for c in path):
        return NOT_STORY  # /sendungen/me-myself-and-media/: a show's page, its episodes listed (an episode has its id or date)
    if lowered and parts.query and lowered[-1].rsplit(".", 1)[0] in _SHOW_SCRIPTS or _LANDING_QUERY.search(parts.query):
        # /Podcast/program.aspx/?progId=2060: ... and a show's page its script asks for by the show's id (an episode is
        # asked of another script, "item.aspx?pid=9856"); /page.aspx?landingPageId=1021: a campaign's landing page
        return NOT_STORY
    if len(lowered) == 2 and lowered[0] in _COLUMNISTS_FOLDERS and not (DATE_PATH.search(path) or LONG_ID.search(path)) \
            and _slug_words(lowered[1]) <= _COLUMNIST_NAME_WORDS:
        # /colunistas/celso-oliveira/: a columnist's page, the newest column's headline shown beside the name (not a column
        # a site files right under the folder by its headline's slug, of more words than a name has)
        return NOT_STORY
    if len(lowered) == 3 and lowered[0] in _COLUMN_FOLDERS and lowered[1].isdigit() and "." not in lowered[2] \
            and _slug_words(lowered[2]) <= _COLUMNIST_NAME_WORDS:
        # /coluna/9/Jesse-Souza: a column's page by its number and its writer's name, the newest column's words shown
        # beside it (not a column filed so under a headline's slug: "/kolumne/373775/pisma-iz-magle-kako-je-...")
        return NOT_STORY
    if len(lowered) == 2 and lowered[0] in _BLOG_FOLDERS and not (DATE_PATH.search(path) or LONG_ID.search(path)) \
            and _slug_words(lowered[1]) < _BLOG_POST_WORDS:
        # /blogs/un-prof-sur-le-front-803/: a blog's home page, its posts listed (not a post a site files right under
        # its blogs' folder by a headline's slug: "/blogs/v-pamyat-o-borodatom-dyadke-aleksandre-ptitse/")
        return NOT_STORY
    folder_words = [re.split(r"[-_]+", folder) for folder in lowered[:-1]]  # each folder's name, word by word
    if any(len(words) >= 2 and _DATA_FOLDER_WORDS.issuperset(words) for words in folder_words):
        return NOT_STORY  # /calendario_classifica/serie_a/2017-2018: a league's tables, not a report
    if any(_LOST_WORDS.intersection(words) and _FOUND_WORDS.intersection(words) for words in folder_words):
        return NOT_STORY  # /recherche-trouve-perdu/trouve/le-creusot-a-qui-la-cle.html: a notice of a lost key
    if lowered[0] in _SPECIAL_FOLDERS and len(lowered) == 2 and not (DATE_PATH.search(path) or LONG_ID.search(path)) \
            and _slug_words(lowered[1]) < _SPECIAL_STORY_WORDS:
        # /speciale/samsung-galaxy-s9/: a special section's page, its stories listed (not a story a site files right
        # under the folder by its headline's slug: "/especiales/junin-vive-la-devocion-alegria-semana-santa/")
        return NOT_STORY
    if lowered[0] in _COLLECTION_FOLDERS and len(lowered) <= 4 and not DATE_PATH.search(path) \
            and not (len(lowered) >= 3 and LONG_ID.fullmatch(lowered[-1].rsplit(".", 1)[0])
                     and names_one_story(lowered[-2])):
        # /dossier/economie/france/souverainete-837410.html: a special report's collection, not one story; but one of
        # its stories, named by its own number after its slug, is (/dossier/catalogne/jordi-sanchez-.../9994313.html)
        return NOT_STORY
    # (a word written in two parts counts as one: "rao-vat-khac", Vietnamese "other classifieds", is "raovat")
    not_news = _NOT_NEWS_FOLDER_WORDS if DATE_PATH.search(path) else _NOT_NEWS_FOLDER_WORDS | _OFFER_WORDS
    if any(not_news.intersection([*words, *map("".join, zip(words, words[1:]))])
           for words in (re.split(r"[-_]", folder) for folder in lowered[:-1]) if 2 <= len(words) <= _AD_FOLDER_WORDS):
        # /biuro-reklamy/praca/1498-...: the advertising office's pages (a job ad, a notice), named in a folder's short
        # compound; not a slug's words ("/baidu-hits-reset-button-cleaning-online-advertising/308081/")
        # (so are a job board's, "/lediga-jobb-media/digital-strateg-till-kammarkollegiet-6903259")
        return NOT_STORY
    if any(_account_form(segment) for segment in (*lowered[:-1], lowered[-1].rsplit(".", 1)[0])):
        return NOT_STORY
    # (the last segment also without its extension: "funnel/login.jsp", "subscribe.html")
    said = {s for s in (*lowered, lowered[-1].rsplit(".", 1)[0])
            if s in _SKIP_SEGMENTS or s in NOT_STORY_SEGMENTS or s in POLL_AND_CLASSIFIED_WORDS}
    if said and said == _CATALOGUE_WORDS.intersection([lowered[-1].rsplit(".", 1)[0]]) and len(lowered) == 1 \
            and _POST_QUERY.search(parts.query):
        said = set()  # the catalogue's script asked for one news story by its id ("/vod.aspx?newsid=358841&videoid=89889")
    if said and not _game_news(said, lowered, path) and not _authors_piece(said, lowered):
        if not _EPISODE_FOLDERS.intersection(lowered[:-1]) or _SKIP_SEGMENTS.intersection(lowered):
            return NOT_STORY
        if not (DATE_PATH.search(path) or LONG_ID.search(path)):
            # one episode of a podcast or a show's catalogue (/podcasts/frictionless-devex, /podcasts/bs-report/): an
            # episode where the page gives it a headline's words, as a show's name is a few
            return NEEDS_HEADLINE
        # else one episode of a podcast, filed by its date or id (/podcasts/show/episode-200584821.html): a story
    if any(_FEED_WORD.search(segment) and _slug_words(segment) <= 2 for segment in segments[:-1]) \
            and not _ID_THEN_SLUG.match(segments[-1]):
        # a folder of feeds named in one word with others ("/home/collectionRss/Home-Blocks-9097.php"); not a story a
        # CMS files under the menu entry that feeds it, named by its id and then its slug
        # ("/index.php/rss-hd/63-komuniti/5719-perjalanan-lebih-singkat-guna-jalan-b20")
        return NOT_STORY
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host.split(".", 1)[0] in NOT_STORY_HOSTS and host != site_domain(host):
        return NOT_STORY  # a subdomain for a shop, a forum, jobs (not a site named so: forum.hr is a news site)
    last = lowered[-1]
    if last.endswith(_SKIP_EXTENSIONS):
        return NOT_STORY
    if _slug_words(last) < 3 and any(value.lower().endswith(_SKIP_EXTENSIONS)
                                     for _, value in parse_qsl(parts.query)):
        # A script that serves a file its query names ("/image/image.php?id=207501&image=slika.jpg", a photo of the day
        # a lightbox opens; "download.php?file=report.pdf"): the file, not a page. (Not a story's slug with such a
        # parameter, "/2018/03/storm-hits-the-coast?share=photo.jpg".)
        return NOT_STORY
    if _slug_words(last) < 3 and _POPUP_QUERY.search(parts.query):
        # A script's piece of a page for a popup, asked its window's size or as an ajax fragment
        # ("/photo_consult.html?id=3185&ajax=true&width=800&height=550", a photo a lightbox opens): not a page of its own.
        return NOT_STORY
    stem = re.sub(r"\.\w+$", "", last)  # (lower case, as last is)
    if len(segments) == 1 and _SPIP_MARKED.match(segments[0].rsplit(".", 1)[0]):
        # SPIP's author, keyword, section or site page at the site's root ("_Ny-Aina-Rahaga,10089_.html",
        # "-Politique-.html"); not a quote's slug in a story's folders ("/opinion/790547/-notre-democratie-...-")
        return NOT_STORY
    if stem == "spip" and _SPIP_TEMPLATE.search(parts.query) and not _SPIP_ID.search(parts.query):
        return NOT_STORY  # SPIP's template pages (spip.php?page=archives, ?page=plan): an article is asked by its id_article
    if stem in _REDIRECT_STEMS or _CLICK_STEM.match(stem):
        return NOT_STORY  # a script that sends the reader on (jump.cgi?ID=6023, redirect.php?url=...): a directory's or an ad's
    if _sends_off_site(parts.query, host):
        # A link through the site's own address to another site's page, that page named in its query ("/tour-du-web/
        # 161751?u=http://rmcsport.bfmtv.com/...", "/ext/l.php?r=tuttomercatoweb.com-1090057"): the other site's story.
        return NOT_STORY
    if _KIND_AND_ID.match(stem) or stem in _LIST_STEMS or _names_a_list(stem, last, parts.query):
        return NOT_STORY  # (a page named "list", with an id or not, lists a series' or a section's stories: /rensai/list.html?id=1103)
    if _INDEX_ID.match(stem):
        return NOT_STORY  # /archives/cat_50009743.html, /category-12/: the number is the category's, not a story's
    if parts.query and "." in last and _names_index_script(stem):
        # A script named for a category's or a section's index, asked which one by its query ("ar_category.aspx?id=
        # m8K350a1048831806am8K350&c_type=1", "section.php?id=12"): the category's list, whatever id it is asked by.
        return NOT_STORY
    if _COMMA_KINDS.intersection(stem.split(",")[1:]):
        return NOT_STORY  # /renata-grochal,autor,50830,1.html: a CMS's comma-separated name says it is an author's page
    # Any segment: the slug is often not the last one (/polskie-gory-sprawdz-co-o-nich-wiesz-quiz/7286/).
    if any(NOT_STORY_SLUG_WORDS.intersection(words) or GAME_SLUG_WORDS.intersection(words)
           and (len(words) <= _GAME_SLUG_MAX or PLAY_SLUG_WORDS.intersection(words))
           for words in (re.split(r"[-_+]", s) for s in (stem, *lowered[:-1]))):
        return NOT_STORY
    if any(_CATALOGUE_WORDS.intersection(words) and len(words) <= 3 for words in (s.split("-") for s in lowered[:-1])):
        return NOT_STORY  # a folder of a video-on-demand catalogue named with its channel ("/mako-vod-keshet/show-s2/VOD-...")
    if _promotes_own_app(re.split(r"[-_+]+", stem), host):
        return NOT_STORY  # "telechargez-nos-applis-iphone-et-android-121740": the site's page for its own apps
    if _SITE_PAGE.fullmatch(stem):
        return NOT_STORY  # "2026452-qui-sommes-nous", "kontakt-1111909": the site's own page under a CMS's number
    if _GIVEAWAY.search(stem):
        return NOT_STORY  # a contest to enter ("giveaway-win-an-autographed-...", "enter-the-matt-wilkinson-giveaway")
    if _JOB_AD_SLUG.search(stem) or _JOB_NOTICE_SLUG.search(stem):
        return NOT_STORY
    if _BUYING_GUIDE.match(stem) or _DOWNLOAD_PAGE.match(stem) or _MODEL_LETTER.match(stem):
        return NOT_STORY
    if _HOROSCOPE.search(path):
        return NOT_STORY  # inside a compound too: "monatshoroskop", "gunluk-horoscopo-diario"
    if EVENT_SEGMENTS.intersection(lowered) and not DATE_PATH.search(path):
        return NOT_STORY  # /agenda/evenement/news/max-bird-report-du-22-mai/: a calendar entry
    if "page" in lowered[:-1] and last.isdigit() or _PAGE_NUMBER.fullmatch(stem):
        return NOT_STORY  # /page/2/, /rubrique/<name>/page-1.html: a list's page by its number (or a site's numbered page)
    # An index file (index.html, index.do) names its folder, or with a query the page a script serves
    # (index.php?o=rn&id=403755): a story only if the folder or the query has a date or an id.
    where = "/".join(segments[:-1]) if INDEX_FILE.match(last) else path
    has_id_or_date = bool(_ID_OR_DATE.search(where) or _ID_OR_DATE.search(parts.query) or _VIDEO_ASKED.search(parts.query))
    if INDEX_FILE.match(last) and not has_id_or_date:
        return NOT_STORY
    if any(s in _INDEX_SEGMENTS for s in lowered) and (not has_id_or_date or _year_names_topic(where, parts.query, last)):
        return NOT_STORY  # (/category/sports/cricket/icc-world-cup-2015: the year is the topic's, no story's date)
    if any(_YEAR.fullmatch(a) and b in _INDEX_SEGMENTS for a, b in zip(lowered, lowered[1:])) \
            and not DATE_PATH.search(path):
        return NOT_STORY  # /2015/category/il-corsivo/: a category's archive of one year, no month or day after the year
    if len(lowered) >= 3 and lowered[-3] in _INDEX_SEGMENTS and lowered[-2].isdigit() and "." not in last \
            and _slug_words(last) <= _SECTION_NAME_WORDS:
        # /seccion/1102140761/dia-de-la-mujer, /kategorie/6572/petka-vaclava-klause-ml: a section's page, its number and
        # its name (a story's slug under a section's number is longer, or filed deeper)
        return NOT_STORY
    if len(lowered) >= 3 and stem.isdigit() and _slug_words(lowered[-2]) < _SECTION_NAME_WORDS \
            and any(s in _INDEX_SEGMENTS and s not in _ARCHIVE_SEGMENTS for s in lowered[:-2]) \
            and not any(s.isdigit() for s in lowered[:-1]) and not DATE_PATH.search(path):
        # /category/index/Auto-News/11233: a category's page, its name of three words at most and then its number (a
        # story's slug before its number is longer: /news/articles/local/categories/south-africa/<eight words>/291; nor
        # a story filed under a day's folder, /videos/tematicas/20151102/<slug>/3554639.shtml, nor an archive's post,
        # /archives/news/283617)
        return NOT_STORY
    if any(s in _INDEX_SEGMENTS for s in lowered[:-1]) and not DATE_PATH.search(path) and not stem.isdigit():
        # /dossiers/1064506/medias.html, /category/244910/national/news: a topic's numbered page, unless a headline names a
        # story (not a post named by its number alone: WordPress's /archives/283617.html)
        return NEEDS_HEADLINE
    named = _FOLDER_NUMBERED.fullmatch(stem)
    if named and len(lowered) >= 2 and named[1] == lowered[-2]:
        # A section's own page, its folder's name and the CMS's number ("/strategie-rh/strategie-rh-20698.html",
        # "Stratégie RH"): a story only where a headline names it ("/video/video-224871.html", a clip's headline)
        return NEEDS_HEADLINE
    if DATE_PATH.search(path) or LONG_ID.search(where) or _DATED_SLUG.match(stem):
        return SURE_STORY
    if has_id_or_date or _SLUG_QUERY.search(parts.query) or (_is_opaque_id(last) and names_one_story(last)):
        return STORY  # (an id of letters and digits alone names one: /c49c570c8a444ff3ac01f2f5e5b91b5f)
    if any(_slug_words(s) >= 4 for s in (stem, *lowered[:-1])):
        return STORY  # a long hyphenated slug: /world/some-long-headline-slug/ (not /also_in_the_news/: a section)
    if last.endswith(_ARTICLE_EXTENSIONS) and len(segments) >= 2:
        return STORY
    if len(segments) >= 2 and ("-" in stem or _underscored_slug(stem)):
        # /gallery/best-fitness-tracker, /comments/what_should_i_do_about_my_friend: a story if its link reads like a
        # headline (a short underscored name, /also_in_the_news/, is a section's)
        return NEEDS_HEADLINE
    if len(lowered) >= 2 and lowered[-2] in _MEDIA_FOLDERS and _SERIAL.fullmatch(stem):
        # /imagenes/315/, /fr/photos/585: one gallery or video by its serial number, small as a site's own count of them;
        # a story where its link reads like a headline (not a year's page, /photos/2018/)
        return NEEDS_HEADLINE
    return SHAPELESS


# A slug that opens with the whole day the story was filed, its year of four digits, before its words
# ("/news/24-03-2018-snes9x-v1-30", "/2018-03-24-budget-vote-delayed"): one story of that day.
_DATED_SLUG = re.compile(r"(?:(?:19|20)\d\d[-_](?:0?[1-9]|1[0-2])[-_](?:0?[1-9]|[12]\d|3[01])"
                         r"|(?:0?[1-9]|[12]\d|3[01])[-_](?:0?[1-9]|1[0-2])[-_](?:19|20)\d\d)[-_][^\W\d_]")
# A folder of the site's galleries or videos, and a serial number of one (one to four digits; not a year, "2018").
_MEDIA_FOLDERS = frozenset({"imagenes", "imagens", "images", "foto", "fotos", "photo", "photos", "galeria", "galerias",
                            "galería", "galerías", "gallery", "galleries", "galerie", "galerija", "fotogalerie",
                            "fotogalerija", "video", "videos"})
_SERIAL = re.compile(r"(?!(?:19|20)\d\d$)\d{1,4}")


_ID_NAME_CHARS = 12  # a page named by an id of letters and digits this long names one story ("20200704A07ENE00")
_SLUG_WORDS = 4  # a slug of this many words names one story ("usa-climatechange-coal-family-idJPKBN2651CO")


# A query asking for a fragment of a page for a script (ajax=true) or a popup window's size (width=...&height=...).
_POPUP_QUERY = re.compile(r"(?:^|&)ajax=(?:true|1)(?:&|$)|(?:^|&)width=\d+&(?:.*&)?height=\d+(?:&|$)", re.I)
# Query parameters that only say where a link sat or who sent the reader ("?il=0", "?iref=comtop_8_01", "?utm_source=",
# "?spm=smpc.home...", "?ito=..."): the same page with or without them.
_TRACKING_KEYS = frozenset({"il", "iref", "ref", "ref_", "src", "from", "via", "cmp", "cmpid", "intcmp", "int_source",
                            "int_medium", "ito", "ico", "spm", "scm", "_f", "ncid", "ocid", "fbclid", "gclid", "rss",
                            "rtm", "at_medium", "at_campaign", "xtor", "ns_campaign", "ns_mchannel"})


def tracking_only(query: str) -> bool:
    """Return whether a query holds tracking parameters only (none whose value is a number of four digits or more: a
    script may serve a page by it, whatever the parameter is called)."""
    pairs = [pair for pair in query.split("&") if pair]
    return bool(pairs) and all(map(_tracks, pairs))


def without_tracking(query: str) -> str:
    """Return a query without its tracking parameters (see tracking_only)."""
    return "&".join(pair for pair in query.split("&") if pair and not _tracks(pair))


def _tracks(pair: str) -> bool:
    """Return whether one "key=value" of a query only tracks where a link sat or whence the reader came."""
    key, _, value = pair.partition("=")
    return (key.lower() in _TRACKING_KEYS or key.lower().startswith(("utm_", "at_"))) \
        and not (value.isdigit() and len(value) >= 4)


def _name_words(stem: str) -> int:
    """Return how many words a page's name sets apart by hyphens, underscores or pluses ("usa_climate-change+coal" 4)."""
    return len([word for word in re.split(r"[-_+]", stem) if word])


def names_one_story(name: str) -> bool:
    """Return whether a page's name (its address's last segment) names one story: a slug of four words or more, or an
    id of twelve letters and digits or more ("ASN9M000WN97IIPE020")."""
    stem = name.split(".")[0]
    if _name_words(stem) >= _SLUG_WORDS:
        return True
    digits = sum(c.isdigit() for c in stem)
    # an id, not a word with a number ("wetterplzsuche100"): four digits or more, a quarter of it or more, letters too
    return len(stem) >= _ID_NAME_CHARS and stem.isalnum() and any(c.isalpha() for c in stem) and digits >= 4 \
        and 4 * digits >= len(stem)


# A folder of media pages: a story's video, gallery or podcast is a page of its own beside the story's text.
_MEDIA_FOLDER = re.compile(r"(?:v[íi]d[ée]os?|fotos?|photos?|galer[íi]as?|galler(?:y|ies)|galerie|galerien|audios?|podcasts?|tv"
                           r"|diaporamas?|slideshows?|multimedia|media|live)", re.I)


def sections_slug(inside: str) -> str | None:
    """Return the slug of words naming one story (four words or more, no id) that an address inside its site
    ("actualite/<slug>") files under named sections, none of them media's; else None."""
    folders, _, last = inside.rpartition("/")
    if not folders or any(c.isdigit() for c in folders) or not _long_slug(last):
        return None  # (a date's or a number's folders say which story: a column's slug may come back each day)
    if any(_MEDIA_FOLDER.fullmatch(folder) for folder in folders.split("/")):
        return None
    return last.lower()


def _long_slug(name: str) -> bool:
    """Return whether a page's name is a slug of words naming one story: four words or more, no id."""
    return not LONG_ID.search(name) and _name_words(name.split(".")[0]) >= _SLUG_WORDS


# A month's or a day's folders alone before a name ("2018/03/<slug>", "2018/03/19/<slug>"): a blog's dated permalink.
_DATE_FOLDERS = re.compile(r"(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?")


def month_slug(inside: str) -> str | None:
    """Return the slug of words naming one story (four words or more, no id) that an address inside its site files
    under a month's or a day's folders alone ("2018/03/<slug>": a blog's dated permalink of a post it also files under
    its section); else None."""
    folders, _, last = inside.rpartition("/")
    return last.lower() if _DATE_FOLDERS.fullmatch(folders) and _long_slug(last) else None


def is_article_url(url: str, page_url: str) -> bool:
    """Return whether a same-site URL looks like one article: an id or a date, a long slug, or a deep .html path."""
    return path_kind(url, normalize_url(page_url).split("?", 1)[0]) >= STORY


def is_home_page(url: str) -> bool:
    """Return whether an http(s) URL names a site's home page: no path but "/" or an index file, no query."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    return (is_http_url(url) and not parts.query
            and (not segments or (len(segments) == 1 and bool(INDEX_FILE.match(segments[0])))))


def host_of(url: str) -> str:
    """Return a URL's host as same_site compares it: lower-case, without "www." and a trailing dot."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


# A story URL of a single segment without an id or a date (/some-long-slug/) on the page's own host is a
# story where the site files its stories so; where such links are a few among deeper ones they are its pages
# (/send-us-a-story/, /plugged-with-our-host/): under this share of the page's stories, they are dropped.
_BARE_SLUG_SHARE = 0.25
# Where nearly all of a page's stories have an id or a date in their address, the few on its own host without one are
# its section, topic and author pages (/secciones/el-pais, /actualite/windows-11/, /yazar-ozel/<name>): under this share.
_IDLESS_SHARE = 0.15
_SHAPELESS_MIN_WORDS = 5  # a shapeless URL's link must read as a whole headline, not a label
_SHAPELESS_MIN_CJK = 10
_DATED_MIN_WORDS = 2  # a headline's words in a dated item that make a shapeless link a story ("Το μπρίκι!")


# An id of letters and digits mixed (/video/iLyROoafznwD.html, /piazzaticino/wlrwje9kv50/, /4dojnm-uq-e/): no word of a
# slug in it, only mixed parts and scraps of one or two letters.
_OPAQUE_PART = re.compile(r"^(?:[a-z]{1,2}|\d+|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+)$", re.I)


# A last segment whose only id is a short mix of digits and letters (some-section-597ct0.htm, some-event-e569.htm): no
# token of digits alone, no long hash.
_GAME_SLUG_MAX = 5  # a game's page names it in this many words or fewer
_MIXED_ID_ONLY = re.compile(r"^(?!.*(?:^|[-_,.])\d+(?:[-_,.]|$))[^/]*[-_]((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,8})(?:\.\w+)?$", re.I)
# A trailing slash or encoded space, or a page's extension written twice by a template ("...-tak-mau-gegabah.html.html"
# beside "...-tak-mau-gegabah.html"): the same page.
LOOSE_END = re.compile(r"(?:/|%20)+$|(?<=\.html)\.html$|(?<=\.htm)\.htm$|(?<=\.php)\.php$|(?<=\.aspx)\.aspx$")
_ESCAPED_LETTERS = re.compile(r"(?:%[89a-f][0-9a-f])+", re.I)  # a run of percent-escaped bytes past ASCII


def with_letters_unescaped(path: str) -> str:
    """Return the path with its percent-escaped letters of other scripts written as letters ("/ar/news/342125/%D9%87%D9%84-..."
    as "/ar/news/342125/هل-..."), every escape of ASCII kept (an escaped slash is no folder); a run that is no UTF-8
    stays as it came."""
    def letters(run: re.Match[str]) -> str:
        try:
            return bytes.fromhex(run[0].replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return run[0]
    return _ESCAPED_LETTERS.sub(letters, path)


_NUMBERED_SLUG = re.compile(r"/\d+/[^/]*[^\W\d_][^/]*-")  # /media/118/Na-kratko-o-kadrih: a short id before a slug


def _is_opaque_id(segment: str) -> bool:
    """Return whether a path segment (without its extension) is an id of letters and digits, not a slug or a number."""
    stem = re.sub(r"\.\w+$", "", segment)
    parts = re.split(r"[-_]", stem)
    return len(stem) >= 8 and all(_OPAQUE_PART.match(part) for part in parts) \
        and any(re.search(r"[a-z]", part, re.I) and re.search(r"\d", part) for part in parts)


# A name made of a kind, a number and a slug of two words or more ("review-995-the-last-story.html",
# "review-1598-pinball-hall-of-fame.html"): group 1 is the kind with the number's place ("review-").
_NUMBERED_NAME = re.compile(r"^([a-z]+-)\d+-[^\W\d_]+-[^\W\d_]+", re.I)


# A name ending in a short number, a list's page of a series ("comparatif-...-11.html"), no story a heading names.
_LIST_NUMBER_END = re.compile(r"-\d{1,3}(?:\.\w+)?$")


class Shapes:
    """What the addresses of a page's stories look like, to judge the links whose address alone says too little:
    a shapeless URL (/Elnumerodecasosenalicante) is a story when the page heads it as it heads two stories or
    more (the same heading tag and class); a bare one-segment slug is a story when the page has many; an address
    without an id or a date is a story when the page has more than a few."""

    def __init__(self, host: str) -> None:
        self._host = host  # the front page's own host: a sibling subdomain's slugs are its stories, not our pages
        self._domain = site_domain(host)  # ... and the site's: its subdomains' section pages are its own
        self._signature_of: dict[str, tuple[str, str]] = {}  # shapeless key -> its heading's signature
        self._stories_by_signature: dict[tuple[str, str], set[str]] = {}
        self._bare: set[str] = set()
        self._all: set[str] = set()
        self._idless: set[str] = set()
        self._spelled: set[str] = set()  # idless keys a heading heads with the headline their slug spells (see kept)
        self._sure: set[str] = set()  # keys with a date or a long id in their address
        self._short_id_words: dict[str, int] = {}  # key with a short id or none -> the most words any of its links reads
        # A story named by a kind, a short number and a slug ("review-995-the-last-story.html") -> its kind and folders,
        # and the same of the stories whose number is long ("review-1598-pinball-hall-of-fame.html"): one series.
        self._short_numbered: dict[str, str] = {}
        self._numbered_templates: set[str] = set()
        self.heading_level: dict[str, int] = {}  # key -> the biggest heading (1 for h1) any of its links sits in

    def seen(self, key: str, kind: int, url: str, heading: Any, text: str, dated: Any = None,
             pictured: Callable[[], bool] = lambda: False) -> bool:
        """Note a link with a headline and the heading it holds or sits in (None), or the item that shows its story's
        time (dated, where no heading); return False when it cannot be a story (a shapeless URL outside a heading or a
        dated item, or under a label-like text). (pictured: whether the link's teaser shows a picture, asked only of
        an idless address.)"""
        if heading is not None:
            level = int(heading.tag[1])
            self.heading_level[key] = min(level, self.heading_level.get(key, level))
        if kind == SHAPELESS:
            if heading is None and dated is None:
                return False
            # The headline must be the heading's words: a label heading ("Tracts") over a blurb in the same
            # link is no headline, nor a heading that only holds the link beside other text.
            if heading is not None and text not in heading_text(heading):
                return False
            if len(text.split()) < (_SHAPELESS_MIN_WORDS if heading is not None else _DATED_MIN_WORDS) \
                    and count_cjk(text) < _SHAPELESS_MIN_CJK:
                return False
            # (A dated item's: a list's item that shows its post's time, "<li><a href=/to-briki/><img></a><time
            # datetime=...>...</time><a href=/to-briki/>Το μπρίκι!</a></li>", as the page shows its dated stories.)
            self._signature_of.setdefault(key, heading_signature(heading if heading is not None else dated))
        elif heading is not None:
            self._stories_by_signature.setdefault(heading_signature(heading), set()).add(key)
        elif dated is not None:
            self._stories_by_signature.setdefault(heading_signature(dated), set()).add(key)
        parts = urlsplit(url)  # (once per link: a page has hundreds)
        path, host = parts.path, host_of(url)
        segments = [s for s in path.split("/") if s]
        # (A bare name, not an id of letters and digits: /c49c570c8a444ff3ac01f2f5e5b91b5f names one story; nor a page
        # asked for one item by its number, /video.html?video=1128416.)
        if kind < SURE_STORY and len(segments) == 1 and not _ID_OR_DATE.search(path) and not _is_opaque_id(segments[0]) \
                and host == self._host and not _ITEM_ASKED.search(parts.query):
            self._bare.add(key)
        idless = not (_ID_OR_DATE.search(path) or _ID_OR_DATE.search(parts.query)
                      or any(_is_opaque_id(segment) for segment in segments) or _NUMBERED_SLUG.search(path))
        numbered = _NUMBERED_NAME.match(segments[-1]) if segments and host == self._host else None
        template = "/".join([*segments[:-1], numbered.group(1)]) if numbered else ""
        if idless and host == self._host:
            self._idless.add(key)
            # (or a teaser with its picture, no heading: "<li><img ...><a href='/articoli/investire-in-diamanti-conviene-
            # quanto-rende-.html'>Investire in diamanti conviene? Quanto rende?</a></li>"; not a bare link, a section's
            # words its slug spells, "/ze_sveta/les-nouvelles-du-monde-entier-chaque-jour.html")
            if word_count(text) >= 6 and (
                    len(segments) >= 2 and slug_is(text, url) and not _LIST_NUMBER_END.search(segments[-1])
                    and (heading is not None or pictured())
                    or heading is not None and _query_slug_is(text, parts.query)):
                # (or a slug asked for in the query: "/depeches?slug=bmw-perquisitions-dans-une-enquete-...")
                self._spelled.add(key)
            if template:  # (its number is short: four digits or more would be an id)
                self._short_numbered[key] = template
        elif template:
            self._numbered_templates.add(template)
        # (A section's page on one of the site's subdomains too: "tuyensinh.site/tuyen-sinh/de-thi-dap-an.htm".)
        if idless and not any(c.isdigit() for c in path) and site_domain(host) == self._domain:
            # a number of any size is an id: /some-column-makale,414.html
            self._short_id_words[key] = max(word_count(text), self._short_id_words.get(key, 0))
        if kind == SURE_STORY:
            self._sure.add(key)
        elif kind == STORY and _MIXED_ID_ONLY.match(path.rstrip("/").rsplit("/", 1)[-1]):
            self._short_id_words[key] = max(word_count(text), self._short_id_words.get(key, 0))
        self._all.add(key)
        return True

    def kept(self) -> set[str]:
        """Return the noted keys that stay stories once the whole page is read."""
        kept = {key for key in self._all
                if key not in self._signature_of
                or len(self._stories_by_signature.get(self._signature_of[key], ())) >= 2}
        # (Not one whose kind and number start its name as the page's numbered stories' do: an older story of the same
        # series, its number shorter, "review-995-the-last-story.html" beside "review-1598-pinball-hall-of-fame.html".)
        series = {key for key, template in self._short_numbered.items() if template in self._numbered_templates}
        if len(self._bare & kept) < _BARE_SLUG_SHARE * len(kept):
            kept -= self._bare - series - self._spelled  # (spelled: a bare page asked for a story by its slug)
        if len(self._idless & kept) < _IDLESS_SHARE * len(kept):
            kept -= self._idless - series - self._spelled
        # Where most stories have a date or a long id, an address with only a short one (/some-section-597ct0.htm) or
        # no number at all (/farmers/association-work.htm) linked by a label of a few words is a section's page.
        if 2 * len(self._sure & kept) >= len(kept):
            kept -= {key for key, words in self._short_id_words.items() if words < _SHAPELESS_MIN_WORDS}
        return kept


def slug_is(text: str, url: str) -> bool:
    """Return whether the last segment of a URL's path spells a text, word for word ("/2020/05/l-eau-qui-dort.html"
    for "L'eau qui dort"): the story's own title, not a label its slug goes on from ("/Trade-Republic-Zinsen-...")."""
    # (its letters, "%D8%B2..." read as "زيارة"; not a place in the page after it, "/<slug>#go9492")
    last = unquote(url.partition("#")[0].partition("?")[0].rstrip("/").rsplit("/", 1)[-1])
    # (an extension written twice too: ".html.html")
    return folded_words_but_numbers(text) == folded_words_but_numbers(re.sub(r"(\.\w+)\1?$", "", last))


def _query_slug_is(text: str, query: str) -> bool:
    """Return whether a value of a URL's query spells a text word for word (a story asked for by its slug)."""
    words = folded_words_but_numbers(text)
    return any(folded_words_but_numbers(value) == words for _, value in parse_qsl(query) if "-" in value or "_" in value)


def own_slug(url: str) -> str:
    """Return the segment of a URL's path that spells the most words: the story's own slug. The
    folders it is filed under (a section "/humor/", an author "/opiniao/paula-ferreira/", a town "/viseu/") spell
    labels, not its headline; nor does a section or an id after it ("/owls-turns-20/reviews/", "/story-e6frfkvr-122581")."""
    # (its letters, not their percent-encoded bytes: "%D8%B2%D9%8A..." spells one word, not eight)
    segments = [unquote(segment) for segment in urlsplit(url).path.split("/") if segment]
    if len(segments) < 2:
        return segments[0] if segments else ""
    # Among equals the one with the story's number ("/oray-egin/3150222-parayla-saadet"), then the first.
    return max(segments[1:], key=lambda segment: (len(LETTER_WORDS.findall(segment)), any(c.isdigit() for c in segment)))


def folder_key(url: str) -> str:
    """Return a URL's host and path as a folder of other URLs: lower-case, without "www.", the query and a trailing slash."""
    rest = url.partition("://")[2].partition("#")[0].partition("?")[0].lower()
    return (rest[4:] if rest.startswith("www.") else rest).rstrip("/")


def _folders_above(links: Iterable[tuple[str, int]]) -> Iterator[tuple[str, str]]:
    """Yield (folder, what the link adds below it) for every folder (as folder_key) above each story-like link, the
    host's root aside."""
    for target, kind in links:
        key = folder_key(target)
        # (Not a page's own view a shapeless link adds as a field after a comma or a semicolon, "/<slug>/,coments.1":
        # the story's comments, not a page below it.)
        if kind == NOT_STORY or kind == SHAPELESS and not key.rpartition("/")[2][:1].isalnum():
            continue
        end = key.rfind("/")
        while end > 0 and key.find("/") < end:
            yield key[:end], key[end:]
            end = key.rfind("/", 0, end)


_DATED_SECTION_WORDS = 3  # a section's name after a day's date ("/2018/03/16/ocio-y-cultura/"), not a headline's slug


def dated_section(url: str) -> bool:
    """Return whether an address is a day's date and then only sections' names, no slug, no id ("/2018/03/16/athletic",
    "/2018/03/16/ocio-y-cultura/cultura"): that day's page of a section, where it files stories below."""
    path = urlsplit(url).path
    match = DATE_PATH.search(path)
    if not match:
        return False
    below = [segment for segment in path[match.end():].split("/") if segment]
    return bool(below) and all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", segment)
                               and _slug_words(segment) <= _DATED_SECTION_WORDS for segment in below)


def story_folders(links: Iterable[tuple[str, int]]) -> set[str]:
    """Return the folders (as folder_key) that hold the page's story-like links: the address of such a folder
    is a list of stories (/actualites/magazine/tous-les-articles/, an author's /jean-dupont/), never one story."""
    return {folder for folder, _ in _folders_above(links)}


def numbered_folders(links: Iterable[tuple[str, int]]) -> set[str]:
    """Return the folders (as folder_key) above a story-like link that adds an id of its own below them: a game's, a
    topic's or a section's page (/Dragon-Age-Inquisition-PC-236767/ over /Dragon-Age-Inquisition-PC-236767/News/
    Patch-1145000/), a list of stories even though its own address has an id."""
    return {folder for folder, below in _folders_above(links)
            if set(LONG_ID.findall(below)) - set(LONG_ID.findall(folder)) and LONG_ID.search(folder.partition("/")[2])}


# An item asked by its id: id=1611, article_id=, articleId=, storyid=, selectedNewsId= (a camelCase name ending in "Id").
# A query key that names an item by its number: "id", "news_id", "articleId", and the index and sequence numbers of other
# CMSs ("idxno" of Korean news systems, "no", "seq"); not a page of a list ("page", "pageno") nor a tool's input.
ID_QUERY = re.compile(r"(?:^|&)(?!page|pg)(?:id|\w+[_-]id|(?:article|story|news|post|item|content|doc)id|\w*(?-i:[a-z]Id)"
                      r"|idx\w{0,3}|\w*(?:no|seq))=\d", re.I)


# One value of a parameter on links to this many different pages: it says where on the page a link sits, not which page.
_PLACEMENT_PAGES = 3


def placement_params(urls: Iterable[str], is_story: Callable[[str], bool]) -> frozenset[str]:
    """Return the query parameters of a page's links that only say which of its boxes a link sits in: one of their
    values rides on links to three different pages or more, and a story (is_story of its address without them, its
    other parameters kept) is linked with two of their values or more ("Article-00aa64.htm?pId=585334101" from one
    box, "?pId=1502026921" from another, each box's pId on all its links). Not an item's id ("?cod=20952": one page
    each), nor a language ("?lang=fr" on every link, but no story linked in two), nor a section's code beside the item's
    own key that never names one item twice ("newsbody.asp?code=0100&key=20180317.33001007097": a script's page is its
    whole query)."""
    links = [(page, [piece.partition("=") for piece in query.split("&") if piece])
             for page, _, query in (url.partition("?") for url in urls)]
    pages_of: dict[tuple[str, str], set[str]] = {}  # (name, value) -> the pages linked with it
    for page, pieces in links:
        for name, equals, value in pieces:
            if equals:
                pages_of.setdefault((name, value), set()).add(page)
    shared = {name for (name, _), pages in pages_of.items() if len(pages) >= _PLACEMENT_PAGES}
    values_of: dict[tuple[str, str], set[str]] = {}  # (name, page and its own parameters) -> the name's values on it
    for page, pieces in links:
        own = "&".join("".join(piece) for piece in pieces if piece[0] not in shared)
        item = f"{page}?{own}" if own else page
        for name, equals, value in pieces:
            if equals and name in shared:
                values_of.setdefault((name, item), set()).add(value)
    return frozenset(name for (name, item), values in values_of.items() if len(values) >= 2 and is_story(item))


def without_params(url: str, names: frozenset[str]) -> str:
    """Return the URL without the query parameters named (the rest byte for byte, in their order)."""
    page, mark, query = url.partition("?")
    kept = [piece for piece in query.split("&") if piece and piece.partition("=")[0] not in names]
    return page + (mark if kept else "") + "&".join(kept)


# A slug of a headline's words (five or more) filed in a section's folder inside the site's folder of categories
# ("/category/national/500-people-stranded-aboard-ferry-in-western-japan-since-sunday"); the page files such slugs under
# three sections at the least where that folder is where its stories live (a sub-category's long name sits under one or
# two: "/category/rubriche/falli-da-dietro-nello-mascia/", "/category/archivio/gli-articoli-di-massimiliano-gallo/").
_FILED_SLUG_WORDS = 5
_FILED_SECTIONS = 3
_INDEX_FOLDER = re.compile("/(?:" + "|".join(sorted(map(re.escape, _INDEX_SEGMENTS), key=len, reverse=True)) + ")/", re.I)


def _category_filing(url: str) -> tuple[str, str, str] | None:
    """Return the category folder's address, the section's name and the address without the category folder of an
    address that files a page in a section's folder inside a folder of categories, else None."""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    folder = next((i for i, segment in enumerate(segments[:-2]) if segment.lower() in _INDEX_SEGMENTS), None)
    if folder is None:
        return None
    unfiled = parts._replace(path="/" + "/".join(segments[:folder] + segments[folder + 1:])
                             + ("/" if parts.path.endswith("/") else "")).geturl()
    return f"{parts.scheme}://{parts.netloc}/{'/'.join(segments[:folder + 1])}/", segments[folder + 1].lower(), unfiled


def category_folders(urls: Iterable[str]) -> frozenset[str]:
    """Return the folders of categories a page files its stories in: slugs of a headline's words, no id, in three
    sections' folders or more inside one ("/category/national/<slug>", "/category/politics/<slug>", "/category/tech/
    <slug>")."""
    sections: dict[str, set[str]] = {}
    for url in urls:
        if not _INDEX_FOLDER.search(url):
            continue  # (most links of a page: the one cheap look first)
        parts = urlsplit(url)
        if parts.query or _ID_OR_DATE.search(parts.path) \
                or _slug_words(parts.path.rstrip("/").rsplit("/", 1)[-1]) < _FILED_SLUG_WORDS:
            continue
        if filing := _category_filing(url):
            sections.setdefault(filing[0], set()).add(filing[1])
    return frozenset(folder for folder, names in sections.items() if len(names) >= _FILED_SECTIONS)


def unfiled(url: str, folders: frozenset[str]) -> str:
    """Return an address a page files in a section of one of its category folders without that folder's name (judged
    as the section's own page would be: "/national/500-people-stranded-..."), else the address."""
    filing = _category_filing(url) if folders else None
    return filing[2] if filing is not None and filing[0] in folders else url


# A parameter named for the kind of item it asks for, its value that item's number ("video=1128416", "gallery=20413",
# "article=88123"): one piece each, not a tool's input (a postcode, a day).
_ITEM_ASKED = re.compile(r"(?:^|&)(?:video|vid|clip|gallery|galeria|galerie|photo|foto|audio|podcast|article|artikel|"
                         r"story|news|noticia|nota|post|item)s?=\d{4,}(?:&|$)", re.I)


def _asks_for_an_item(query: str) -> bool:
    """Return whether a query asks for one item by its id ("id=1611", "articleId=") or by its kind's number ("video=
    1128416")."""
    return bool(ID_QUERY.search(query) or _ITEM_ASKED.search(query))


def queried_pages(keys: list[str]) -> set[str]:
    """Return the keys that are one static page asked with several queries (wetter.html?plz=24103, ?plz=22359):
    a tool (weather by postcode, a schedule by day), not stories; a script (index.php?id=, article.do?id=) is not one,
    nor a page asked for an item by its id (lire.htm?action=read&id=1611) or by its kind's number (video.html?video=
    1128416)."""
    by_page: dict[str, list[str]] = {}
    for key in keys:
        page, _, query = key.partition("?")
        last = page.rstrip("/").rsplit("/", 1)[-1].lower()
        if query and last.endswith(_ARTICLE_EXTENSIONS) and not INDEX_FILE.match(last) and not _asks_for_an_item(query):
            by_page.setdefault(page, []).append(key)
    listed = set(keys)
    return {key for page, group in by_page.items() if len(group) >= 2 and page not in listed for key in group}
