"""What is not the story: the one vocabulary of page chrome that listings and articles read.

Navigation, menus, share bars, comments, newsletters, cookie notices, ads, related and
"most read" boxes, footers ... as element names, ARIA roles, class/id words and the labels
readers see. Each reader of a page trusts its own named subset of these words, matched its own
way (whole words, substrings, or tokens of a class), because each asks a different question:
"is this small box chrome?", "does this container score lower?", "is this link navigation?".
Every subset is picked from VOCABULARY (or LABELS), so a word is added in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import Tag

# ---------------------------------------------------------------------------- elements and roles

NAVIGATION_TAGS = frozenset({"nav", "menu"})
# The site's header and footer; inside a sectioning element they belong to a story instead.
FRAME_TAGS = frozenset({"header", "footer"})
SECTIONING_TAGS = frozenset({"article", "section", "aside", "main"})
FORM_TAGS = frozenset({"form", "button", "input", "textarea", "label", "select", "option"})
# Elements that never hold a story's prose, whatever the site.
CHROME_TAGS = NAVIGATION_TAGS | FORM_TAGS | {"footer", "aside", "dialog", "figcaption", "address"}
# Regions cut out of a page's source before it is parsed: large, and never a story.
CUT_REGION_TAGS = ("nav", "footer")
NAVIGATION_ROLES = frozenset({"navigation", "menu", "menubar", "contentinfo", "banner", "search"})

# ---------------------------------------------------------------------------- class and id words

# What each kind of chrome is called in class and id attributes, as regular-expression
# fragments for one word ("breadcrumbs?" is breadcrumb and breadcrumbs). Some are Readability's
# stems, only ever read as substrings ("foot" for footer, footnote, page-foot).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "navigation": (
        "nav", "navbar", "menu", "breadcrumbs?", "pagination", "pager", "toolbar", "topbar", "skip", "jump",
        "tool", "scroll",
        # compounds a listing reads as whole tokens (navlist, nav2 ...)
        "navigation", "navlist", "navmenu", "navlinks?", "navitems?", "navwrap(?:per)?", "navblock", "nav\\d*",
    ),
    "frame": ("header", "footer", "masthead", "banner", "sidebar", "foot", "footnote", "contact"),
    "sharing": (
        "share", "shares", "sharing", "social", "socials", "socialmedia", "socialshare", "sociallinks", "socialicons",
    ),
    "comments": ("comments?", "disqus", "com-", "combx", "shoutbox"),
    "newsletter": ("newsletter", "subscribe", "subscription", "signup", "paywall"),
    "cookies": ("cookies?", "consent", "gdpr"),
    "ads": (
        "ads?", "advert", "advertisement", "promo", "sponsor", "sponsored", "outbrain", "taboola",
        "skyscraper", "shopping",
    ),
    "related": (
        "related", "similar", "recommend", "recommended", "recommendations?", "suggest", "recirc",
        "trending", "popular", "most-?read", "read-?more", "read-?also", "read-?next", "also-?read",
        "more-?stories", "more-?news", "more-?articles", "more-?on", "more-?from", "see-?also", "same-?topic",
        "further-?reading", "lire-?aussi", "a-?lire", "voir-?aussi", "meme-?sujet", "relacionad", "correlat",
    ),
    "overlays": ("popup", "modal", "widget"),
    "hidden": ("hidden", "visually-?hidden", "sr-only"),
    "media": ("gallery", "slideshow", "carousel", "media", "caption", "credit"),
    # What surrounds a story inside its own page: who wrote it, when, filed under what.
    "furniture": ("byline", "author", "meta", "dateline", "signature", "tags", "print"),
}
# The opposite: words that name the story's own container.
STORY_WORDS: tuple[str, ...] = (
    "article", "body", "content", "main", "story", "entry", "post", "text", "column", "shadow",
    "page", "blog", "prose", "chapo", "lead", "intro",
)

# What chrome says in its visible text, by kind, as regular-expression fragments.
LABELS: dict[str, tuple[str, ...]] = {
    "ads": ("advertisement", "advertising", "publicité", "anzeige", "publicidad", "pubblicità", "sponsored"),
    "related": (
        "related", "read more", "read also", "read next", "see also", "also read", "further reading",
        "recommended", "lire aussi", "à lire aussi", "a lire aussi", "[àa] lire également", "[àa] lire egalement",
        "voir aussi", "[àa] voir aussi", "sur le même sujet", "sur le m[êe]me sujet", "sur le m[êe]me th[èe]me",
        "dans la m[êe]me rubrique", "more (?:stories|news|on|from|about)",
        "you (?:may|might) also (?:like|be interested)", "mehr zum thema", "das könnte sie auch interessieren",
        "leia (?:também|mais)", "veja (?:também|mais)", "leggi anche", "ver también", "lee también",
        "noticias relacionadas", "notizie correlate", "te puede interesar", "potrebbe interessarti", "lees ook",
        "meer over", "читайте также", "по теме", "اقرأ أيضا", "相关", "相關", "関連", "관련",
        "mehr (?:über|zu[mr]?) ", "m[áa]s sobre", "mais sobre",  # "Mehr über <the story's subject>", "Más sobre ..."
        "(?:prze)?czytaj (?:te[zż]|tak[zż]e|r[oó]wnie[zż]|wi[eę]cej)", "zobacz (?:te[zż]|tak[zż]e|r[oó]wnie[zż])",
        "powi[aą]zane",  # Polish: "Przeczytaj także", "Zobacz też", "Powiązane artykuły"
    ),
    "prompts": ("lire la suite", "click here", "cliquez ici", "this article", "cet article", "continue reading"),
    "sharing": ("share", "partager", "share this", "follow us", "suivez-nous", "nous suivre"),
    "newsletter": (
        "subscribe", "sign up", "newsletter", "abonnez-vous", "inscrivez-vous", "s'abonner", "je m'abonne",
        "déjà abonné", "pour lire la suite", "suscríbete", "iscriviti", "jetzt abonnieren", "assine",
        "already a subscriber", "sign in", "log in",
    ),
    "media": ("photo", "photos", "image", "credit", "crédit", "getty images", "watch", "video", "vidéo"),
    "rights": ("©", "copyright", "all rights reserved", "tous droits réservés"),
}

_KNOWN_WORDS = frozenset(word for words in VOCABULARY.values() for word in words)
_KNOWN_LABELS = frozenset(label for labels in LABELS.values() for label in labels)


def _subset(chosen: tuple[str, ...], known: frozenset[str]) -> tuple[str, ...]:
    """Return the chosen entries; ValueError names any that the vocabulary does not hold."""
    unknown = [entry for entry in chosen if entry not in known]
    if unknown:
        raise ValueError(f"not in the vocabulary of non-story markup: {unknown}")
    return chosen


def pick(words: str) -> tuple[str, ...]:
    """Return the space-separated class/id words as a subset of VOCABULARY (ValueError otherwise)."""
    return _subset(tuple(words.split()), _KNOWN_WORDS)


def pick_story(words: str) -> tuple[str, ...]:
    """Return the space-separated words as a subset of STORY_WORDS (ValueError otherwise)."""
    return _subset(tuple(words.split()), frozenset(STORY_WORDS))


def pick_labels(*labels: str) -> tuple[str, ...]:
    """Return the labels as a subset of LABELS (ValueError otherwise)."""
    return _subset(labels, _KNOWN_LABELS)


def _whole_words(words: Iterable[str], *, plural: bool = True) -> str:
    """Return a pattern for the words between separators of a class/id ("post-share", "share_bar")."""
    end = r"(?:$|[-_ ]|s\b)" if plural else r"(?:$|[-_ ])"
    return rf"(?:^|[-_ ])(?:{'|'.join(words)}){end}"


def _anywhere(words: Iterable[str]) -> str:
    """Return a pattern for the words anywhere in a class/id, as Readability reads them."""
    return "|".join(words)


# ---------------------------------------------------------------------------- the subsets

# Chrome when it holds a small part of the page (an article's boxes around its story).
CHROME_WORDS = re.compile(_whole_words(pick(
    "share sharing social socials comments? disqus newsletter subscribe subscription cookies? consent gdpr "
    "related recommend recommended promo advert advertisement ads? sponsor sponsored sidebar breadcrumbs? "
    "menu navbar nav footer masthead popup modal banner toolbar print skip pagination pager tags signup "
    "paywall outbrain taboola byline author caption credit meta dateline signature read-?more more-?stories "
    "trending popular most-?read jump hidden visually-?hidden sr-only"
)), re.I)
# Chrome whatever its size or wrapper ("article-comments", "post-share"): only an element
# holding the headline or the <article> survives these.
STRONG_CHROME_WORDS = re.compile(_whole_words(pick(
    "comments? disqus share sharing social newsletter subscribe cookies? consent gdpr related recommend "
    "recommended recommendations? outbrain taboola sponsored breadcrumbs? gallery slideshow carousel popup "
    "modal sr-only visually-?hidden"
)), re.I)
# Words that rescue a container from CHROME_WORDS ("main-content-with-sidebar").
STORY_CONTAINER_WORDS = re.compile(_anywhere(pick_story(
    "article body content main story entry post text column shadow")), re.I)
# Readability's class weights: a candidate container scores more or less for these substrings.
POSITIVE_WORDS = re.compile(_anywhere(pick_story(
    "article body content entry main page post text blog story prose chapo lead intro")), re.I)
NEGATIVE_WORDS = re.compile(_anywhere(pick(
    "hidden banner combx comments? com- contact foot footer footnote masthead media meta outbrain promo "
    "related scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget nav menu social "
    "caption byline author newsletter"
)), re.I)
# Where a block of links is navigation or a share bar rather than a list of stories.
NAVIGATION_WORDS = re.compile(_whole_words(pick(
    "nav navbar menu footer header breadcrumbs? masthead topbar toolbar share social pagination pager tags"
), plural=False), re.I)
AD_WORDS = re.compile(
    _anywhere(pick("outbrain taboola sponsor promo advert")) + "|" + _whole_words(pick("ads?"), plural=False),
    re.I,
)
# A box of links to other stories, however the CMS spells it: its words joined by a hyphen, an underscore or
# nothing ("meme_sujet", "read-also", "moreStories").
RELATED_WORDS = re.compile(_anywhere(pick(
    "related similar more-?stories more-?news more-?articles more-?on read-?also read-?more read-?next "
    "also-?read lire-?aussi a-?lire voir-?aussi meme-?sujet same-?topic see-?also suggest recirc "
    "further-?reading more-?from relacionad correlat"
)).replace("-?", "[-_]?"), re.I)

# A short block that starts with one of these is chrome, not story ("Publicité", "Lire aussi : ...").
CHROME_LABELS = re.compile(r"^\W*(?:" + "|".join(pick_labels(
    "advertisement", "advertising", "publicité", "anzeige", "publicidad", "pubblicità", "sponsored",
    "read more", "read also", "see also", "related", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite",
    "voir aussi", "sur le même sujet", "share", "partager", "share this", "subscribe", "sign up", "newsletter",
    "click here", "cliquez ici", "follow us", "suivez-nous", "nous suivre", "photo", "photos", "image", "credit",
    "crédit", "getty images", "©", "copyright", "all rights reserved", "tous droits réservés",
    "this article", "cet article", "continue reading", "watch", "video", "vidéo", "abonnez-vous", "inscrivez-vous",
    "s'abonner", "je m'abonne", "déjà abonné", "pour lire la suite", "suscríbete", "iscriviti", "jetzt abonnieren",
    "assine", "already a subscriber", "sign in", "log in",
)) + r")\b", re.I)
# A heading that titles a box of related stories, in the languages news is written in: the related labels chrome shows.
RELATED_HEADINGS = re.compile("|".join(LABELS["related"]), re.I)

# A listing reads class and id values as tokens ("mainNav top-menu" -> main, nav, top, menu).
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# Sharing blocks: whole tokens only, so that a "sociale" section of a French site keeps its headlines.
_SHARING_TOKENS = frozenset(pick("social socials socialmedia socialshare sociallinks socialicons sharing share shares"))
# "nav" is a prefix of ordinary words (navy, navire): only as itself, a known compound or a suffix (topnav).
_NAV_COMPOUNDS = pick("navbar navigation navlist navmenu navlinks? navitems? navwrap(?:per)? navblock nav\\d*")
_NAV_TOKEN = re.compile(rf"^(?:{'|'.join(_NAV_COMPOUNDS)})$|nav$")
# Stems a navigation token starts or ends with (mainmenu, site-footer, paginator), and the
# stem a sharing token starts with (sharebar): affixes, not substrings ("nav" in "unavailable").
_NAV_AFFIXES = ("menu", "footer", "breadcrumb", "paginat", "pager")
_SHARE_PREFIX = "share"

# ---------------------------------------------------------------------------- reading an element


def marks(tag: Tag) -> str:
    """Return a tag's class and id as one string (class may be one string or bs4's list)."""
    attrs = tag.attrs
    cls = attrs.get("class")
    if cls is None:
        text = ""
    elif isinstance(cls, str):
        text = cls
    else:
        text = " ".join(cls)
    ident = attrs.get("id")
    return f"{text} {ident}" if ident else text


def _is_navigation_token(token: str) -> bool:
    """Return whether one lower-case class/id token names navigation, a menu, a footer or sharing."""
    if token in _SHARING_TOKENS or _NAV_TOKEN.search(token):
        return True
    return token.startswith((_SHARE_PREFIX, *_NAV_AFFIXES)) or token.endswith(_NAV_AFFIXES)


def says_navigation(tag: Tag) -> bool:
    """Return whether an element's role, class or id says it is navigation, a menu, a footer or sharing."""
    roles = tag.get("role")
    for role in [roles] if isinstance(roles, str) else roles or []:
        if str(role).lower() in NAVIGATION_ROLES:
            return True
    return any(_is_navigation_token(word.lower()) for word in _TOKEN_SPLIT.split(marks(tag)) if word)

# ---------------------------------------------------------------------------- added for issue 12

# Regions beside the story (a blog's sidebar profile, the site's header blurb, the copyright
# line): a candidate for the story's container that sits inside one scores less. Whole words.
_BESIDE_EXTRA = ("copyright", "profile", "rail")
BESIDE_STORY_WORDS = re.compile(_whole_words((*pick("sidebar header footer masthead widget"), *_BESIDE_EXTRA)), re.I)
# A CMS files a post under terms and prints them into its class ("category-social_media",
# "entry-category-share", "tag-comments"): such a token names a topic, not a component.
TAXONOMY_TOKEN = re.compile(r"^(?:[a-z]+-)?(?:category|categories|tag|tags|topic|topics)[-_]", re.I)

# ---------------------------------------------------------------------------- listings (front pages)

# A box of the stories readers share, read or comment on most ("most-commented"): its "share" token names no share bar,
# nor its place in the footer a footer.
MOST_SHARED_MARKS = re.compile(
    r"most[-_ ]?(?:shared|read|viewed|popular|commented|discussed)"
    r"|meist[-_ ]?(?:geteilt|gelesen|kommentiert|diskutiert)"
    r"|plus[-_ ]?(?:partag|lu|comment)|m[aá]s[-_ ]?comentad|pi[uù][-_ ]?commentat", re.I
)
# A box of the stories readers pick, by its class or id: the most read or shared, what is trending or popular ("most-read",
# "vmagazine-top-trending-block", "mas-leidas", and the WordPress Popular Posts plugin's "wpp-list"). Its stories rank
# by clicks, not by the newsroom's choice: never the lead.
POPULAR_MARKS = re.compile(
    MOST_SHARED_MARKS.pattern + r"|most[-_ ]?stats?|trending|popular|m[aá]s[-_ ]?le[ií]d|mais[-_ ]?lid|pi[uù][-_ ]?lett"
    r"|(?<![a-z])wpp[-_]", re.I
)
# The account menu of a site's header (help, settings, sign-in links): never a story.
ACCOUNT_MARKS = re.compile(
    r"(?:^|[-_ ])(?:account|accounts|user-?menu|usermenu|profile|my-?account|login|log-?in|sign-?in|konto|compte)"
    r"(?:$|[-_ ])", re.I
)
# Link texts that say "more", not which story: never a headline when the story has another.
# "Read more" in the words no headline opens with ...
_MORE_OPENERS = (
    r"read[-_ ]?more|read full story|continue reading|weiterlesen|lire la suite|en savoir plus|leer m[aá]s|seguir leyendo|"
    r"continuar leyendo|continuer (?:la|[àa]) lire|continuer la lecture|continuar lendo|continuare a leggere|"
    r"leia mais|continue lendo|leggi tutto|continua a leggere|lees meer|czytaj (?:wi[eę]cej|dalej)|devam[ıi]n[ıi] oku|"
    r"читать далее|читати далі|baca selengkapnya|xem th[eê]m|läs mer|les mer|læs mere|lue lisää|"
    # ... "read on" in Dutch, the Nordic languages, Romanian, Greek, Croatian/Serbian, Slovenian and Hungarian
    r"lees verder|verder lezen|läs vidare|les videre|læs videre|cite[sș]te mai (?:mult|departe)|διαβάστε περισσότερα|"
    r"pro[cč]itaj(?:te)? vi[sš]e|preberi(?:te)? ve[cč]|tov[aá]bb olvasom|"
    # ... in Arabic ("for more", "read more", "continue reading"), Persian ("the article goes on", "read more") and Hebrew
    # ("read more", "to go on reading"): "... في غزة للمزيد.." runs the call into the headline it closes
    # (and "read the whole story": "إقرأ الموضوع كاملاً", "اقرأ الخبر كاملا")
    # (a vowel mark maybe written on its first letter: "اِقرأ المزيد...")
    r"للمزيد|[اإأ]?\u0650?قر[أا] (?:المزيد|(?:الموضوع|الخبر|المقال|المقالة|التفاصيل)(?: كامل(?:ا|اً|ة)?)?)|تابع القراءة|"
    r"ادامه مطلب|بیشتر بخوانید|קרא עוד|קראו עוד|להמשך קריאה"
)
# ... and a section's call to its page after its name ("Top Stories see more"): only ever last ("See All the Ads From
# Super Bowl LI ..." opens a headline).
_SECTION_CALLS = r"see more|view more|see all|view all|voir plus|voir tout"
# ... and in those that also open headlines ("More Americans ...", "Mehr Datenschutz: ...", "Plus", "Suite").
_MORE_PHRASES = (
    _MORE_OPENERS + r"|mehr|more|full story|mehr lesen|la suite|suite|plus|lire plus|ver m[aá]s|saiba mais|"
    r"leggi (?:di pi[uù]|l'articolo)|[čc]íst d[aá]l|devam[ıi]|подробнее|детальніше|selengkapnya|阅读全文|閱讀全文|查看全文|"
    r"続きを読む|"
    # A call to comment on the story ("Laisser votre commentaire", "Leave a comment", "Kommentar schreiben")
    r"(?:laisser|laissez|ajouter|écrire|[ée]crivez) (?:un|votre) commentaire|(?:leave|add|post|write) a comment|"
    r"kommentar schreiben|jetzt kommentieren|(?:deja|dejar|escribe) (?:un|tu) comentario|lascia(?:re)? un commento|"
    r"deixe (?:o )?seu comentário|"
    # "More information", "Amplía información con un click", "Plus d'infos", "Mehr Informationen"
    r"(?:more|further) info(?:rmation)?|m[aá]s info(?:rmaci[oó]n)?|ampl[ií]a (?:la )?informaci[oó]n(?: con un cli(?:c|ck))?|"
    r"plus d['’]info(?:rmation)?s|mehr info(?:rmation)?(?:en|s)?|maggiori informazioni|mais informa[cç][oõ]es|"
    # "Click here to read more", "Haz click para leer más", "Cliquez ici pour lire la suite", "Clicca qui per leggere tutto"
    r"(?:haz )?(?:click|clic|cliquez|clicca|clique)(?: here| aqu[íi]| ici| qui)? (?:to|para|pour|per) "
    r"(?:read more|read the (?:full )?(?:story|article)|continue reading|leer m[aá]s|seguir leyendo|lire la suite|lire plus|"
    r"leggere (?:di pi[uù]|tutto)|ler mais|leia mais)|"
    # "Read all the articles" of a section or an edition ("Lire tous les articles", "Alle Artikel lesen")
    r"(?:lire|voir) tous (?:les|ses) articles|tous (?:les|ses) articles|"
    # ... or of an author ("View all of this authors articles", "See all stories by this author", "More from this author")
    r"(?:read|see|view) all (?:of )?(?:the |this |his |her |their )?(?:(?:author|writer|columnist)['’]?s['’]? )?"
    r"(?:articles|stories|posts)(?: (?:by|from) (?:this|the) (?:author|writer|columnist))?|"
    r"(?:more|all) (?:articles |stories |posts )?(?:by|from) (?:this|the) (?:author|writer|columnist)|"
    r"alle artikel(?: lesen| anzeigen)?|(?:ver|leer) todos los art[íi]culos|(?:vedi|leggi) tutti gli articoli|"
    # ... and all of its news or its reports ("Lees alle reportages", "Ver todas las noticias", "Alle Nachrichten")
    r"(?:lees|bekijk) alle (?:artikelen|reportages|berichten|verhalen|nieuwsberichten|nieuws)|"
    r"(?:ver|leer) todas las noticias|(?:ver|ler) todas as not[íi]cias|(?:vedi|leggi) tutte le notizie|"
    r"(?:voir|lire) toutes les (?:actualit[ée]s|actus|infos|informations)|alle nachrichten(?: lesen| anzeigen)?|"
    r"(?:read|see|view) all (?:the )?(?:news|reports)|"
    # ... and all of a list it counts ("View all 7 stages", "Voir les 12 épisodes", "Ver las 5 etapas", "Alle 7 Etappen
    # anzeigen"): the list's page, each item one link further
    r"(?:read|see|view|show) all (?:the )?\d+ [^\W\d]+|(?:voir|afficher) (?:tou(?:te)?s )?les \d+ [^\W\d]+|"
    r"(?:ver|mostrar) (?:tod[oa]s )?l[oa]s \d+ [^\W\d]+|(?:vedi|mostra) (?:tutt[ie] )?[gl]?[il]e? \d+ [^\W\d]+|"
    r"alle \d+ [^\W\d]+ (?:anzeigen|ansehen)|"
    # ... and a day's whole edition or the archive of the days before ("toute l'édition du 16/03", "Toutes les archives
    # des jours précédents", "Die ganze Ausgabe vom 16.03.")
    r"(?:toute )?l['’][ée]dition (?:du|de) \d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
    r"toutes les archives(?: des jours pr[ée]c[ée]dents)?|"
    r"(?:die )?(?:ganze )?ausgabe vom \d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|"
    # A call to see a member's or an author's profile ("Voir le profil utilisateur", "View profile", "Profil ansehen")
    r"(?:voir|afficher|view|see) (?:le |the |mon |my |son |his |her |their )?(?:profil|profile)"
    r"(?: (?:utilisateur|complet|public|de l['’]auteur|of the author))?|profil ansehen|ver (?:el )?perfil|vedi (?:il )?profilo|"
    r"(?:ver|ler) todos os artigos"
)
MORE_LABELS = re.compile(rf"^\W*(?:{_MORE_PHRASES})\W*$", re.I)
# A link to more of a kind, one or two words of it ("More videos", "Plus de photogaleries", "Plus d'infos mondiales", "Mehr
# Videos", "Más noticias", "Altre notizie"): a section's, unless the story's slug opens with it ("/864463-more-rain-forecast";
# no number either: "Plus de 100 morts" opens a headline).
MORE_OF_A_KIND = re.compile(
    r"^\W*(?:(?:more|mehr|m[aá]s|mais|meer|altr[ie]|wi[eę]cej) |plus d(?:e |['’]))[^\W\d]+"
    # (two kinds joined: "Mehr Fotos & Fotostrecken", "More photos and videos")
    r"(?: [^\W\d]+| (?:&|\+|and|und|et|y|e|i|en) [^\W\d]+)?\W*$", re.I
)
# A call to see more of a section, a column or a writer, whatever its name ("+ Veja mais Defesa do Consumidor", "Veja
# mais de Cesar Romero", "Voir plus de Sport", "See more from Opinion", "Ver más de Deportes"): a section's link. Not
# one counting what it shows ("Veja mais de 100 fotos do carnaval" names a gallery).
SEE_MORE_OF = re.compile(
    r"^\W*(?P<call>(?:veja|ver|vea|see|view|voir|vedi|bekijk|zie|siehe)\s+"
    r"(?:mais|more|m[aá]s|plus|altr[oie]|meer|mehr)"
    r"(?:\s+(?:de|do|da|dos|das|of|from|di|del|della|dei|van|von|en)\b|\s*d['’])?)[^\d]*$", re.I
)
# "Read more" before the headline a screen reader is given ("Читать далее<span class=screen-reader-text> Путин ...").
MORE_BEFORE = re.compile(rf"^\W*(?:{_MORE_OPENERS})[\s:»›>…\.-]+(?=\S)", re.I)
# The one word "read", alone in brackets after a teaser's words ("... les terribles... [ lire ]"): its call to open the story.
_READ_WORDS = r"lire|read|leer|leggi|lesen|ler|lees|läs|læs|czytaj|читать|oku"
# "Read more" after the headline, in brackets or as a call no headline ends with ("... à Jerada (Suite...)", "... Weiterlesen
# »"): the link runs its teaser's call to open the story into its headline.
_ARROWS = r"(?:>{1,2}|»|›)"  # marks that point on to the story, one or two
MORE_AFTER = re.compile(
    rf"\s*(?:[(\[]\s*(?:{_MORE_PHRASES}|{_READ_WORDS})\s*(?:\.{{2,}}|…)?\s*[)\]]|"
    # (after a space or a stop, or after arrows that point on: "... Continental >>leia mais"; "see more" in Portuguese
    # and Spanish only so, words a headline may end with: "... ninguém quer ver mais")
    rf"(?:(?:(?<=[\s.…])|{_ARROWS}\s*)(?:{_MORE_OPENERS}|{_SECTION_CALLS})|{_ARROWS}\s*ver m[aá]i?s)"
    rf"\s*(?:\.{{2,}}|…|»|›|>)?)\s*$",
    re.I,
)
# Pages that sell, test or gather rather than report: classifieds, quizzes, partner supplements,
# topic pages, podcast catalogues, horoscopes; as the first label of a host, as a whole path
# segment, or as one word of a slug.
NOT_STORY_HOSTS = frozenset({
    "quiz", "immobilier", "voiture-occasion", "annonces", "emploi", "jobs", "shop", "boutique",
    "weather", "wetter", "meteo", "abo", "aboshop", "abonnement", "subscribe", "subscription",
    "kleinanzeigen", "astrology", "horoscope", "horoscopes", "modele-lettre", "recettes",
    # a subdomain of paid-for pages ("inforial": Indonesian for an advertorial) or of event promotions
    "advertorial", "advertorials", "inforial", "sponsored", "partner", "partners", "brandstudio", "event", "events",
    "brandstories", "brandstory", "brandcontent", "brandvoice", "brandchannel",  # a brand's own stories, and a partner's
    "partnerstudio", "contentstudio",  # or a content studio's
    # its community's pages: readers' and members' posts (communautes.site.fr/status/15008), not the newsroom's reports
    "community", "communities", "communaute", "communautes",
    "wiki", "marktplatz",  # a site's encyclopedia of guides, its marketplace
    "vod",  # its video-on-demand catalogue (vod.site/movie/2781367/...)
    "download", "downloads",  # its software catalogue (download.site/bezpieczenstwo/pakiety-bezpieczenstwa/avira-...)
    "mp3",  # its songs to hear or download (mp3.site/<singer>_-_<song>-861226.html), not reports
    "click", "clicks", "adclick", "ads", "adserver",  # an ad server's click counter (clicks.site/hp_c.asp?banner=283600)
    "jogos", "jogosonline", "jeux", "spiele", "giochi",  # its games to play
    "codepromo", "codes-promo", "bons-plans", "acquisti",  # its discount codes and shopping guides
    "deals", "store", "offers", "angebote", "ofertas",  # its deals and its store (deals.site/sales/hype-3-5-for-mac-2)
    "immobilien", "immobilienmarkt", "stellenmarkt", "stellenangebote",  # its property and job markets
    # ... and its job board in other languages ("rabota.nur.kz": Russian "work"; Polish, Czech, Serbo-Croatian, Hungarian,
    # German, Spanish, Portuguese, Italian)
    "rabota", "robota", "praca", "prace", "posao", "munka", "karriere", "careers", "empleo", "emprego", "lavoro",
    "epaper", "e-paper",  # the printed edition's reader
    # its directory of local businesses (empresas.site/cantabria/santander/comercios/pasteleria/la-tahona-cantabra_2945.html)
    "empresas", "entreprises", "firmen", "aziende", "bedrijven", "directory",
    "forum", "forums", "foro", "foros",  # readers' threads on the site's forum (forums.site/forum/affich-37285226-...)
    # paid death notices and condolences (nekrologi.site/0,11,,489137,-kondolencje.html), a broadcaster's replays
    "nekrologi", "nekrolog", "traueranzeigen", "trauer", "avisdedeces", "avis-de-deces", "necrologie", "necrologi",
    "esquelas", "replay", "eedition", "e-edition",
    "class", "classified", "classifieds",  # a classified-ads subdomain (class.site.com/Jobs-and-Careers-Offered/ad/39890/...)
    "obituaries", "obits",  # a death-notice platform's subdomain (obituaries.site.com/obituary/lee-taylor-1091453337)
    # a TV guide's subdomain, its listings of the day's programmes (tvprogramma.site.ru/main/17/1521258351)
    "tvprogramma", "tvprogram", "tvprogramm", "tv-programm", "programme-tv", "programmetv",
    # a catalogue of products and their makers (produits.site.com/fabricant-sika-france-171.php), not the news
    "produits", "products", "produkte", "productos", "prodotti", "produtos",
})
# Recipes: a folder's whole name in the words that mean nothing else ("/recettes/", "/mad/opskrift/<dish>", Greek in Latin
# letters "/gefsi/syntages/", South Slavic "/recepti/"), and a word of a folder's short compound too ("/syntages-glyka/",
# "/eykolh-syntagh/": frontpage/addresses.py). (Not Polish "przepisy", rules too, "/przepisy-drogowe/"; nor English
# "recipes", a feature list's folder too, "/easy-vegetarian-recipes/": those only as a whole folder's name.)
RECIPE_WORDS = frozenset({"recettes", "recette", "rezepte", "rezept", "recetas", "receta", "ricette", "ricetta", "receitas",
                          "receita", "recepten", "recepti", "opskrift", "opskrifter", "oppskrift", "oppskrifter",
                          "syntages", "syntagh", "syntagi",
                          "resep"})  # (Indonesian and Malay: "/resep-makanan/", food recipes)
NOT_STORY_SEGMENTS = frozenset({
    "quiz", "quizz", "quizzes", "quizy", "annonce", "annonces", "kleinanzeigen", "classifieds", "thema", "themen",
    "victorina", "viktorina", "viktoriny",  # a quiz as Russian spells it in Latin letters ("/victorina/20180315/...")
    # a CMS's uploads, each a page of one picture or document ("/files/irfan-fandi-bangga-sarung-jersi-polis" beside the
    # story's "/setempat/irfan-fandi-bangga-sarung-jersi-polis"; WordPress's "/attachment/<slug>/")
    "files", "attachment", "attachments",
    "topic", "topics", "subject", "tema", "temas", "temat", "tematy", "temi", "taxonomy",
    "keywords", "keyword", "schlagwort", "schlagworte", "etiqueta", "etiquetas",  # a keyword's page (/keywords/.../1.html)
    "chu-de", "chuyen-de", "tu-khoa", "zhuanti",  # Vietnamese topic, special topic and keyword pages, Chinese 专题
    "su-kien",  # a Vietnamese "event": a running topic's page of its stories ("/su-kien/664-vu-an-lien-quan-...chn")
    "trac-nghiem",  # Vietnamese quizzes and fortune-telling ("/tin-tuc/trac-nghiem/gieo-que-tuan-19-3-3724533.html")
    "advertorial", "advertorials", "sponsored", "anzeige", "podcasts", "horoscopes",
    "recipes", "recipe",  # (and RECIPE_WORDS: "recettes", "rezepte", "recetas", "ricette", ...)
    "culinaria",  # cookery, Portuguese, Spanish and Italian sites' folder of recipes ("/culinaria/item/9694-receita-...")
    # buying guides, best-of product lists, deals and coupons, contests, software downloads: the shop, not the news
    "kaufberater", "bestenlisten", "produkttests", "produktempfehlung", "produktempfehlungen", "deals", "gutscheine",
    "coupons", "codes-promo", "bons-plans", "preisvergleich", "comparateur-prix", "price-comparison",  # price comparisons
    "bon-plan",  # (one deal, French: "/bon-plan/bon-plan-un-chargeur-sans-fil-...")
    "shopping", "ofertas", "ofertas-descuentos", "chollos", "schnaeppchen", "offerte",
    "shop", "eshop", "e-shop", "webshop", "onlineshop",  # the site's shop ("/eshop/index.asp?mod=eshop_item&pID=63698")
    "seances",  # a cinema site's showtimes of a film ("/seances/chien,362546")
    # buying guides and deals as French, Italian and Spanish sites file them ("guide-achat", "guide-shopping", "acquisti")
    "guide-achat", "guides-achat", "guide-d-achat", "guide-shopping", "acquisti", "ofertas-regalos", "code-promo",
    "codepromo", "promociones",
    # a folder of promotions: a shop's offers ("/promo/10-pourcent-emetteur-recepteur-..."), a channel's promo clips of its
    # shows ("/shows/promoroliki/vse-video/...-anons": Russian "promo clips")
    "promo", "promos", "promoroliki",
    # betting tips: a bookmaker's promotion ("/noticias/apuestas-deportivas/el-corner-de-pronosticos/...")
    "apuestas", "apuestas-deportivas", "betting", "sportwetten", "paris-sportifs", "scommesse",
    "gewinnspiel", "gewinnspiele", "concours", "sorteos", "download", "downloads",
    "logitheque", "telechargement", "telechargements",  # (French: a software library, its downloads)
    # ... and in Portuguese: promotions and draws for tickets ("/entretenimento/promocoes/ler.asp?acao=abrir&id=2318")
    "promocoes", "promocao", "sorteio", "sorteios",
    # ... and in Danish, Norwegian, Swedish, Dutch, Finnish ("/konkurrence/vind-billetter-til-...")
    "konkurrence", "konkurrencer", "konkurranse", "konkurranser", "tavling", "tavlingar", "winactie", "winacties",
    "prijsvraag", "prijsvragen", "kilpailu", "kilpailut", "arvonta",
    # a vendor's downloads and a glossary: white papers, e-books and e-zines for leads, definitions of terms
    "livre-blanc", "livres-blancs", "white-paper", "white-papers", "whitepaper", "whitepapers", "ehandbook", "ehandbooks",
    "ezine", "ezines", "definition", "definitions", "glossary", "glossaire", "lexikon",
    "souteze", "soutez", "sutaze", "sutaz",  # Czech and Slovak contests (/souteze/velikonocni-hody-s-denikem-...)
    "quotes", "citations", "zitate", "citazioni",  # a page of a person's sayings or a market's prices (/quotes/1196/?qt=1)
    "quote-of-the-day",
    # a subscription's and a job advertisement's page, in Hungarian, Czech and Polish, as a whole segment (/cikk/64820/Allashirdetes)
    "elofizetes", "allashirdetes", "predplatne", "prenumerata", "abonament",
    # a job advertisement's page (/jobs/job-details/job/225918-redakteurin.html)
    "job-details", "jobdetails", "stellenanzeige", "stellenanzeigen",
    # ... and a job market's, a classified market's, as a folder (/stellenmarkt/art-director-digital-print-80-100-1,
    # /petitesannonces/33213_iphone-7-plus-128-apple-care)
    "stellenmarkt", "stellenangebote", "stellenboerse", "jobboerse", "petitesannonces", "petites-annonces",
    # ... and a classifieds board's folder in more languages: Greek "αγγελίες" spelled in Latin letters
    # ("/aggelies/item/87514-poleitai-volkswagen-golf-14"), Spanish, Portuguese, Serbo-Croatian, Czech, Slovak, Romanian,
    # Turkish, Hungarian, Bulgarian in Latin letters
    "aggelies", "mikres-aggelies", "clasificados", "classificados", "oglasi", "mali-oglasi", "inzerce", "inzercia",
    "anunturi", "mica-publicitate", "ilanlar", "aprohirdetes", "obiavi",
    "marktplatz",  # a local site's marketplace of businesses' paid posts (/dortmund-sued/marktplatz/<slug>-d835256.html)
    "offre-emploi", "offres-emploi", "offre-d-emploi", "offres-d-emploi", "job-offer", "job-offers",  # ... as a folder
    # ... a job board's folder of vacancies in French, Spanish, Dutch and English ("/emplois/37309/representante-aux-
    # ventes"; the singular "emploi", "empleo" files reports on work too)
    "emplois", "empleos", "vacatures", "vacancies",
    # a directory of businesses and their offers (/Annuaire/CIMRA-INFORMATIQUE-SERVICES-64948/offre-1050-...), in French,
    # German and Dutch: the listed companies' own pages, not reports
    "annuaire", "annuaires", "annuaire-entreprises", "branchenbuch", "firmenverzeichnis", "bedrijvengids",
    "business-directory", "company-directory", "suppliers",  # (a trade site's directory of its suppliers)
    "giveaway", "giveaways", "sweepstakes", "prijsvraag", "prijsvragen",  # contests to enter, in English and Dutch
    "tracks",  # a radio's or a music site's page of a song in its playlist or charts ("/tracks/11744/": "MI GNA by ...")
    # readers' forum threads: what readers post, not what the site reports
    "forum", "forums", "foro", "foros", "showthread", "viewtopic", "forumdisplay",
    "have-your-say",  # ... and the question a site puts to its readers to answer below ("What do you think ...?")
    # paid-for pages, as the path names them (not press releases: a company's newsroom lists them as its news)
    "paidpost", "paid-post", "paid-content", "sponsored-content", "partner-content", "branded-content", "special-content",
    "sponsor", "sponsors",  # ... a folder of a sponsor's posts ("/post/sponsor/la-storia-degli-appendiabiti")
    # ... in Greek as the Latin alphabet spells it ("/horigoymeni-katahorisi/<slug>": a sponsored entry)
    "horigoymeni-katahorisi", "horigoumeni-katahorisi", "horigoymeno", "horigoumeno",
    "brand-content", "publireportage", "publireportages", "publirreportaje", "publicommunique", "publi-communique",
    "brandcontent", "brandchannel", "brandstudio", "brandvoice", "brandstories",  # ... as a brand's own folder
    "brand-info", "brandinfo",  # ... and a brand's information a site files under its PR ("/pr/brand-info/424469/...")
    # ... and hyphenated as French sites file them ("/sante/publi-reportages/article/instants-de-vie-...")
    "publi-reportage", "publi-reportages", "publi-redactionnel", "publi-redactionnels", "publiredactionnel",
    "publi",  # (French and Spanish short for an advertisement: "/infos-om/publi/evenement-le-maillot-collector-...")
    "contenu-sponsorise", "contenus-sponsorises", "contenu-partenaire", "contenus-partenaires",
    "van-onze-partner", "van-onze-partners", "partnerbijdrage", "partnerbijdragen",  # ... in Dutch ("from our partner")
    "sponsoredfeatures", "sponsored-features", "special-promotion", "special-promotions",
    # ... a site's content marketing ("/content-marketing/2018/03/02/<slug>": a company's piece it was paid to run), and
    # a Portuguese publieditorial's folder ("/especiais/publieditoria/18-03-2018/<slug>.html")
    "content-marketing", "contentmarketing", "publieditoria", "publieditorial", "publieditoriais",
    # a partner's pages: its profile, its products and its own releases ("/rea/partner/<company>/news/article/..."), or
    # the network of partners' offers ("/partners/funnel/mortgage-rates.aspx")
    "partner", "partners",
    "partners-commerciali", "partner-commerciali",  # ... in Italian, "commercial partners" ("/partners-commerciali/...")
    # ... and in Spanish and Portuguese as a folder of its own ("/auspiciado/el-endulzante-...-lanza-iniciativa/719856350")
    "auspiciado", "auspiciados", "auspiciada", "auspiciadas", "patrocinado", "patrocinados", "patrocinada", "patrocinadas",
    "publirreportajes",
    "comercial", "contenido-comercial", "contenido-patrocinado", "conteudo-patrocinado", "contenuto-sponsorizzato",
    "reklama", "reklamy", "reklam", "reklamraksti", "werbung", "publicidad", "publicite", "pubblicita",  # advertising
    "publicidade", "reclame", "reklame", "advertentie", "advertenties", "mainos", "publicitate", "hirdetes",  # in more
    # the site's own pages: who it is, how to reach it, its legal notice (never words a news section is
    # also called by, like "legal", "privacy" or "help")
    "about", "about-us", "qui-sommes-nous", "nous-connaitre", "ueber-uns", "uber-uns", "quienes-somos", "chi-siamo",
    "contact-us", "nous-contacter", "kontakt", "contacto", "contatti", "impressum", "mentions-legales", "cgu", "faq",
    "profil", "wiki",  # a person's page (an author's, a company's)
    "user", "users", "person", "member", "members",  # a reader's or a person's page (/user/2332/blogs, /person/1656)
    "membre", "membres", "mitglied", "mitglieder", "miembro", "miembros", "membro", "membri",  # ... in more languages
    # a person's topic page, the stories naming her (/personas/Theresa-May/63906; not "people", a celebrities' section)
    "personas", "personnes", "persone", "personen", "pessoas", "personalidades", "personnalites",
    # a contributor's page, her columns' list (/contributeurs/Marion-Renson-Experte-droit-animalier)
    "contributor", "contributors", "contributeur", "contributeurs", "colaboradores", "collaboratori", "mitwirkende",
    "profile", "profiles", "gebruiker", "gebruikers", "benutzer", "utilisateur", "utilisateurs", "usuario", "usuarios",
    "utente", "utenti",  # ... in more words and languages (/gebruiker/frank-gerritse)
    "profils", "profily", "profili", "profielen", "perfiles", "perfis",  # (/profily/Lubica-Lassakova-PhDr-3581)
    # a sports database's page of one athlete, her record and bouts (/fighter/Alexander-Volkov-40951,
    # /joueur/neymar-42859.htm), not a report on her; singular but for the English (French "pilotes" is a feature folder)
    "fighter", "fighters", "athlete", "athletes", "joueur", "jugador", "jogador", "giocatore", "zawodnik",
    # ... and of one club, as a German-speaking database files it ("/fc-barcelona/startseite/verein/131"; not the plural, a
    # local paper's section of its clubs' news, "/schwelm/vereine/sanierung-an-schwelmer-rennbahn-geht-voran-d837776.html")
    "verein",
    # a game of chance's draw results, a quiz of trivia, a radio's or a channel's player, a game to play
    "lotto", "lottery", "lotteries", "loteria", "loterias", "loterie", "loteries", "lotterie", "lotteria", "lotterien",
    "trivia", "trivias", "player", "spiele", "jeux", "giochi",
    "on-air",  # a radio's show page ("/on-air/kc-and-ross-in-the-morning/"), not a report
    "replay",  # a broadcaster's programmes to watch again
    "uitzending", "uitzendingen",  # ... and a TV guide's broadcast of one (Dutch: /tv-gids/uitzending/3687083/hollow-man)
    "vod",  # ... and its video-on-demand catalogue: a show's episodes, films to rent (/vod/movie/2781367/...)
    # paid death notices ("Traueranzeigen", "nekrologi", "avis de décès", "esquelas"), not obituaries the newsroom writes
    "nekrologi", "nekrologe", "traueranzeigen", "avis-de-deces", "avis-deces", "necrologie", "necrologi", "esquelas",
    # recipes in more languages (Czech/Swedish, Polish, Russian, Turkish, Catalan; the rest in RECIPE_WORDS)
    "recept", "recepty", "przepisy", "przepis", "retsepty", "tarifler", "receptes", "recepta",
    "kujna",  # ... and a Macedonian kitchen's ("кујна") dishes
    # ... and a week's meal plan ("/mad/madplan/uge-12") and the Greek signs of the zodiac ("/zodia/659992/hmerhsia-...")
    "madplan", "zodia",
    # betting forecasts ("pronostics", Vietnamese "soi kèo" odds and football forecasts)
    "pronostics", "pronostic", "pronosticos", "pronostico", "pronostici", "soi-keo", "ty-le-keo", "du-doan-bong-da",
    # a vendor's webinar or white paper to download, or its resource library ("/resource/the-business-case-for-
    # hyperconvergence-478730"; not the plural, "/resources/": a section of news on mining and energy, or a trade list)
    "webinar", "webinars", "webinare", "webinaire", "webinaires", "whitepaper", "whitepapers", "ebooks",
    "white-paper", "white-papers", "resource", "resource-library", "resource-center", "resource-centre",
    # the printed edition's reader, in a folder (/eedition/the-daily/edition_8fa4c2a4-...html), and its archive of
    # scanned pages (Spanish and Italian "hemeroteca", "emeroteca": /hemeroteca/pdf;2018-03-20;0;1)
    "eedition", "e-edition", "epaper", "e-paper", "hemeroteca", "emeroteca",
    # ... and a press review's page of one newspaper's front page of a day (Turkish "gazeteler", the newspapers:
    # "/gazeteler/2018-03-23/hurriyet"; "gazete-mansetleri", their headlines)
    "gazeteler", "gazete-mansetleri",
    # a business's paid news page, as Vietnamese sites file them ("doanh nghiệp - sản phẩm - dịch vụ", press releases)
    "thong-tin-doanh-nghiep", "doanh-nghiep-san-pham-dich-vu", "thong-cao-bao-chi",
    # a TV guide's listing of a programme (/programme-tele/173197253/section-de-recherches.html), not a report on it
    # (not "programme-tv" nor "tvguide": sections of TV news too, "/programme-tv/apres-1557-emissions-...")
    "programme-tele", "tv-programm", "tvprogramm", "fernsehprogramm", "programma-tv", "guia-tv", "guiatv", "progtv",
    "programacion-tv", "tv-listings", "tvprogramma",
    "cartelera", "carteleras",  # ... and a cinema's listing of a film (/cartelera/interna/la-forma-del-agua)
    # the civil register's notices (births, marriages, deaths: "/etat-civil/naissances/carnet-rose-...") and the
    # pharmacy on duty (/pharmacie-de-garde/pharmacie-de-garde-aujourd-hui-dimanche-18-mars.html): a service, not news
    "etat-civil", "etat_civil", "pharmacie-de-garde", "pharmacies-de-garde", "farmacias-de-turno", "farmacia-de-turno",
    "farmacie-di-turno", "farmacia-di-turno", "apotheken-notdienst",
}) | RECIPE_WORDS
NOT_STORY_SLUG_WORDS = frozenset({
    "quiz", "quizz", "advertorial", "gewinnspiel", "gewinnspiele", "newsletter",  # not "annonce": French "announces"
    "datenschutzerklaerung", "impressum", "agb",  # the site's privacy policy, legal notice, terms (never the news)
    "horoscope", "horoskop", "horoscopo", "oroscopo", "goroskop",  # a horoscope is no report, in any language
    # nor are the signs of the zodiac and an astrologer's readings ("kuram-zodiaka-zimem", "gunluk-burc-yorumlari")
    "zodiac", "zodiaque", "zodiaco", "zodiaka", "zodiaku", "sternzeichen", "burc", "astrolog", "astrologs", "astrology",
    "ruyada", "sonnik", "traumdeutung",  # nor a dream's reading ("ruyada-balik-gormek-ne-anlama-gelir")
    "xsmb", "xsmn", "xsmt", "xoso", "vietlott",  # nor a lottery's draw (Vietnamese "xổ số miền Bắc": "xsmb-ket-qua-xo-so")
    "bonplan",  # nor one deal, as French sites name it in one word ("bonplan-ssd_sandisk_plus_240_go_a_...")
})
# ... and a puzzle or a card game the site offers to play, named in a short slug ("mini-sudoku-jetzt-kostenlos-spielen",
# "daily-solitaire"; a headline's slug may name one: "...-sa-strategie-solitaire-3602054", "schoeffe-spielt-solitaire-...")
GAME_SLUG_WORDS = frozenset({
    "sudoku", "crossword", "crosswords", "kreuzwortraetsel", "kreuzwortratsel", "solitaire", "solitaer", "mahjong",
})
# ... or in a longer one that says to play it ("kreuzwortraetsel-jetzt-kostenlos-online-spielen-a-78e97ba1-...")
PLAY_SLUG_WORDS = frozenset({"spielen", "play", "jouer", "jugar", "giocare", "online", "kostenlos", "gratis", "free", "daily"})
# A link text saying the page it leads to is paid for: its path prefix is a partner's.
SPONSOR_LABELS = re.compile(
    r"^\W*(?:suppl[ée]ment partenaire|contenu (?:sponsoris[ée]|partenaire)|publi-?r[ée]dactionnel|"
    r"anzeige|sponsored|advertorial|partner content|paid (?:post|content))\b", re.I
)

# A teaser's whole label saying the story is paid for ("Anzeige", "Sponsored", "Publireportage", "贊助"): the story
# it labels is an advertiser's, whatever its address looks like.
PAID_LABEL = re.compile(
    r"^\W*(?:anzeige|werbung|sponsored|sponsoris[ée]e?|gesponsert|patrocinado|publicit[ée]|publireportage|"
    r"publi-?r[ée]dactionnel|advertorial|native|partner(?:inhalt| content)?|contenu partenaire|"
    r"paid (?:post|content)|(?:sponsored|sponsoris[ée]e?|gesponsert|patrocinado|paid for) (?:by|par|von|por)|"
    # ... and content an organisation supplied, not the newsroom's ("<div class=summary>Supplied content</div>": an
    # event's own photo page or announcement, as a press release is)
    r"(?:supplied|submitted|contributed) content|"
    r"贊助|赞助|廣告|广告|"
    # ... and the Japanese "PR" label of a brand's article in capitals ("<span class='list-item pr'>PR</span>"), "広告"
    # (an advertisement), "PR記事" (a PR article): not "Pr." or a word that holds the letters
    r"(?-i:PR)|PR記事|広告)\W*$", re.I
)

# A headline opening with such a label and a separator ("ANZEIGE: Jetzt noch Umweltprämie sichern", "Sponsored | ..."):
# the advertiser's words, no story. (Not "native" nor "partner", nor "Werbung" or "Publicidad", advertising as a topic:
# words a headline may open with, "Werbung: Werde Hass-Kommentator", a satire's.)
PAID_OPENING = re.compile(
    r"^\W*(?:anzeige|sponsored|sponsoris[ée]e?|gesponsert|patrocinado|publireportage|publi-?r[ée]dactionnel|"
    r"advertorial|contenu partenaire|paid (?:post|content))\s*[:|–—-]\s*\S", re.I
)

# A block's title saying its links are companies' press releases, not the newsroom's reports.
PRESS_RELEASES_TITLE = re.compile(
    r"^\W*(?:press ?releases?|persberichten|pressemitteilungen|pressemeldungen|communiqu[ée]s(?: de presse)?|"
    r"comunicados(?: de prensa)?|comunicati stampa|пресс-релизы)\W*$", re.I
)

# The title of a box of job offers or calls for tenders (French, English, German, Spanish, Italian, Portuguese, Dutch):
# classified advertisements, whatever addresses their pages have. Not a section's "Emploi" or "Jobs": the labour market's news.
CLASSIFIEDS_TITLE = re.compile(
    r"^\W*(?:(?:nos |les |derni[èe]res )?offres d['’]emploi|appels? d['’]offres?|petites annonces|job (?:offers|listings|vacancies)|"
    r"vacancies|tenders|stellenangebote|stellenanzeigen|ofertas de (?:empleo|trabajo)|offerte di lavoro|vagas de emprego|"
    r"vacatures)\W*$", re.I
)

# A headline saying something is on sale at the newsstands ("... est en kiosque", "il libro in edicola dal 28 con
# Repubblica Milano", "ab heute am Kiosk"): where it names the site itself, the publisher promotes its own print product.
ON_SALE_TITLE = re.compile(
    r"\ben kiosques?\b|\bin edicola\b|\bam kiosk\b|\bon (?:the )?newsstands?\b|\ben (?:los )?quioscos?\b|\bnas bancas\b|"
    r"\bw kioskach\b|\bin de winkel\b|"
    # (a new issue of the site's own magazine: "Die neue Ausgabe Tichys Einblick 04/2018 ist da", with the site's name)
    r"\bneue (?:Ausgabe|Heft)\b|\bnew issue\b|\bnouveau num[ée]ro\b|\bnuevo n[úu]mero\b|\bnuovo numero\b|"
    r"\bnovo n[úu]mero\b|\bnieuwe editie\b|\bnowy numer\b|"
    # (an issue by its number, out now: "Oh ! My Mag numéro 6 est sorti", "Issue 12 of Example is out")
    r"\b(?:num[ée]ro|n°|issue|ausgabe|n[úu]mero)\s*\d+\b.{0,60}?\b(?:est (?:sorti|paru|disponible|arriv[ée])|d[ée]barque|"
    r"is out|is here|ist da|ist erschienen)\b", re.I
)

# A headline naming a table of data rather than a report: a medal table, a league's standings, a schedule of results.
DATA_PAGE_TITLE = re.compile(
    r"^\W*(?:medals? (?:table|count|tally)|standings|league table|tabla de (?:posiciones|medallas)|medallero|"
    r"classement (?:g[ée]n[ée]ral|des m[ée]dailles)|medaillenspiegel|tabelle|таблица медалей|медальный зач[её]т|"
    r"турнирная таблица|расписание и результаты|madalya (?:tablosu|sıralaması)|puan durumu|"
    # ... or the rota of the pharmacies open tonight ("Pharmacie de garde", "Farmacias de guardia", "Apotheken-Notdienst")
    r"pharmacies? de garde|farmacias? de guardia|farmacie di turno|apotheken-?notdienst|notdienst-?apotheken?)"
    # then nothing, a colon, or what the table is of ("... of the Olympics", "... Олимпиады"), never a verb
    r"(?:\s*(?:[:|–—-]|$)|\s+(?:of|after|in|at|for|de|des|du|del|der|im|zur|олимпиады|чемпионата|финалов|в|на)\b)", re.I
)

# A headline sending readers to the site's own print edition ("Διαβάστε στην έντυπη ΠΑΤΡΙΣ της Δευτέρας", "Découvrez les
# principaux sujets de notre édition du 14 mars", "In today's print edition"): what the paper holds, not a report.
# (Its own edition only: "our", "the print edition", the Greek "read in the printed ..."; not a report on print, "Η κρίση
# στην έντυπη δημοσιογραφία".)
PRINT_EDITION_TITLE = re.compile(
    r"^\W*(?:διαβάστε|σήμερα) στην έντυπη\b|^\W*πρωτοσέλιδο της έντυπης\b|"
    r"\bnotre [ée]dition (?:du|de|d['’]aujourd['’]hui|papier|imprim[ée]e)\b|"
    r"\b(?:in|from) (?:today['’]s|tomorrow['’]s|this week['’]s|our|the) (?:print|printed) (?:edition|paper|issue)\b|"
    r"\bin (?:der|unserer) (?:heutigen |morgigen |aktuellen )?(?:print-?|gedruckten )ausgabe\b|"
    r"\b(?:sull['’]|nell['’])edizione cartacea\b|\ben (?:nuestra|la) edici[óo]n impresa\b|"
    r"\bna edi[çc][ãa]o impressa\b|\bin de papieren krant\b", re.I)

# A headline asking the reader to click ("Coffee Brown ... Κάντε κλικ στην Εικόνα !!", "cliquez ici pour lire le pdf du
# journal"): an advertiser's or the site's own button, not a report.
CLICK_TITLE = re.compile(r"\b(?:κάντε κλικ|cliquez ici|click here|klicken sie hier|hier klicken|haga clic|clique aqui|"
                         r"clicca qui|kliknij tutaj)\b", re.I)

# A call to subscribe to a periodical, the site's print product ("Подписка на еженедельник «Литовский курьер» на 2018 год",
# "Subscription to the weekly ...", "Abonnement au journal ..."): the publisher's offer, not a report, whatever the name.
PERIODICAL_SUBSCRIPTION_TITLE = re.compile(
    r"^\W*(?:подписка на|подпишитесь на|передплата на|subscriptions? to|subscribe to|abonnement (?:à|au|aux)|abonnez-vous (?:à|au)|"
    r"suscripci[óo]n a|suscr[íi]bete a|assinatura d[oa]|assine [oa]|abonnement auf|prenumerata)\s+"
    r"(?:(?:the|our|la|le|l['’]|notre|nuestro|el|nossa|nosso|o|a|die|das|unsere?)\s*)?"
    r"(?:газету|еженедельник|журнал|газети|тижневик|weekly|newspaper|magazine|paper|print edition|journal|hebdomadaire|quotidien|"
    r"mensuel|peri[óo]dico|semanario|revista|jornal|zeitung|wochenzeitung|magazin|gazety|tygodnika|miesi[ęe]cznika)", re.I)

# A business's listing with its telephone number in the headline ("Τεχνικό Γραφείο ... - Τηλ. 24630 26339 & 694 8786 532",
# "... Tel. 0221 12 34 56"): an advertiser's card, not a report (a report names no number to call in its headline).
PHONE_TITLE = re.compile(r"(?:^|[\s(,–-])(?:τηλ|tel|tél|тел|telf|telefone|telefon|tlf)\.?\s*:?\s*\+?\d[\d\s/.-]{5,}", re.I)

# One picture of a gallery, by its number in it ("Foto 1 de Las protestas prosiguen en Lavapiés", "Photo 3 of 12", "Bild 2
# von 10"): the gallery's picture page, its caption or the story's headline after, not a story of its own.
PICTURE_OF_TITLE = re.compile(r"^\W*(?:foto|fotos|photo|imagen|image|bild|immagine|zdj[eę]cie|снимка|фото)\s+\d{1,3}\s+"
                              r"(?:de|of|von|di|sur|z|от|из)\s", re.I)

# A magazine's issue named by its number and year, a few words of its name before ("HDTV 02/2018", "SATELLIT EMPFANG +
# TECHNIK Ausgabe 2/2018"): the issue's page, not a story.
ISSUE_TITLE = re.compile(r"^\W*(?:\S+\s+){0,5}?(?:(?:ausgabe|heft|nr\.?|n[°º]|no\.?|issue|num[ée]ro|n[úu]mero|edi[cç][aã]o|"
                         r"edici[óo]n)\s*)?\d{1,2}\s*[/-]\s*(?:19|20)\d\d\W*$"
                         # ... or a call to see what an issue holds, the whole headline ("What's in this issue?", "Dans ce
                         # numéro", "In dieser Ausgabe"): the issue's contents page
                         r"|^\W*(?:what[’']?s\s+)?in\s+this\s+(?:week[’']?s\s+|month[’']?s\s+)?issue\W*$"
                         r"|^\W*(?:dans\s+ce\s+num[ée]ro|in\s+dieser\s+ausgabe|en\s+este\s+n[úu]mero|in\s+questo\s+numero"
                         r"|neste\s+n[úu]mero|in\s+dit\s+nummer)\W*$", re.I)

# A market quote's line ("Курс доллара на 12 июня USD ЦБ: 71,68 (-0,52)", "DAX 15.432,12 (+0,45 %)"): a price and its
# change, the link to a data page. (The change signed, in brackets, at the end: a report's figures are in its words.)
QUOTE_TITLE = re.compile(r"\d[\d\s.,]*\s*\(\s*[-+−–]\s*\d[\d.,]*\s*%?\s*\)\s*$")

# A headline labelled as a quiz to take or a contest to enter ("Quiz: Erkennen Sie ...", "Trivia. ¿Quién acuñó ...",
# "Тест: ...", "Concours : gagne un ...") or asking
# one ("Wie gut kennen Sie Berlin-Mitte?", "How well do you know ..."): a game,
# not a report. Not "Test:" alone (a product's test is a review) nor "Umfrage:" (a poll's findings are news).
# A call to readers for their stories, pictures or texts ("Dysfonctionnements dans le télétravail : témoignez !",
# "Readers Write: Calling for Submissions", "Send us your videos"): the newsroom asks, it does not report.
CALLOUT_TITLE = re.compile(
    r"\btémoignez\b|\bappel à (?:témoins|témoignages?)\b|\bracontez-nous\b|\bshare your (?:story|stories|experiences?|photos|videos)\b|"
    r"\btell us (?:about )?your\b|\bsend us your\b|\bcalling for submissions\b|\bcuéntanos\b|\berzählen sie uns\b|"
    r"\bschicken sie uns\b|\bcontaci la tua\b|\bconte-nos\b|"
    # ... and a link opening with "for more details" ("לפרטים נוספים והוראות", "Pour plus d'informations"): a notice's
    # pointer to a help or terms page, not a headline
    r"^\W*(?:לפרטים נוספים|for more (?:details|information|info)|pour plus (?:de détails|d['’]informations?)|"
    r"para m[áa]s (?:detalles|informaci[óo]n)|per maggiori (?:dettagli|informazioni)|para mais (?:detalhes|informa[çc][õo]es))"
    r"(?:\s|$)",
    re.I,
)
# A family's notice a news site prints for its readers, in Arabic: a day's death notices ("وفيات الاحد 18/3/2018"), one who
# "passed into God's mercy" ("... في ذمة الله", "... الى رحمة الله"), and congratulations on a promotion, a degree, a birth,
# a wedding ("تهنئة للدكتور ...", "... مبارك الترقية", "... .. زفاف مبارك"), a birthday: a paid notice, not a report.
# (Not the name Mubarak in a headline: "إطلاق سراح حسني مبارك".)
SOCIAL_NOTICE_TITLE = re.compile(
    r"^\W*وفيات\b|في ذمة الله|[اإ]لى رحمة الله|^\W*تهنئ[ةه]\b|"
    r"مبارك\s+(?:ال)?(?:ترقي[ةه]|تخرج|مولود|تعيين|خطوب[ةه]|زفاف|دكتورا[ةه]|نجاح|ماجستير)|"
    r"(?:\.\.|…)\s*(?:زفاف\s+)?مبارك\s*$|"
    # ... a birthday's ("ميلاد سعيد ...": happy birthday; "... كل عام وانت بالف خير": many happy returns)
    r"^\W*(?:عيد\s+)?ميلاد\s+سعيد|كل\s+عام\s+و[اأ]?نت[مي]?\s+ب(?:[اأ]لف\s+)?خير|"
    # ... and the death notices and a family's thanks a French, English, German or Spanish local site prints ("Avis de
    # décès", "Avis de remerciements", "Death notices", "Traueranzeigen", "Esquelas"; not "Avis de recherche", a
    # police appeal)
    r"^\W*(?:avis (?:de d[ée]c[èe]s|d['’]obs[èe]ques|de remerciements|de messe)|death notices?|funeral notices?|"
    r"traueranzeigen?|esquelas?)\b",
    re.I,
)
# A job advertisement's headline: the genders the post is open to, in brackets ("Redakteur (m/w/d)", "Développeur (H/F)",
# "Engineer (m/f)"), as job ads in German, French and English write them.
# Unbracketed, French sites end the headline with it ("Technicien Electricité H/F", "... Electronique - H/F."), German
# ones write "w/m" or "m/w" after the post ("Media Designerin w/m Witschi + Partner AG").
JOB_AD_TITLE = re.compile(r"\(\s*(?:[mwfhd]\s*/\s*){1,2}[mwfhdx]\s*\)|\b(?:h\s*/\s*f|f\s*/\s*h)\W*$|"
                          r"\b(?:m\s*/\s*w|w\s*/\s*m)(?:\s*/\s*d)?\b", re.I)
# A Japanese link to a list of articles ("...朝刊記事一覧へ", "一覧を見る"): an index, not a story.
LIST_LINK_TITLE = re.compile(r"一覧(?:へ|を見る|はこちら)|記事一覧|"
                             # ... and a Chinese site's channel for reporting illegal content ("网络监督专区欢迎监督如实举报",
                             # "违法和不良信息举报"), as the law has every site link it
                             # (not "举报电话" alone: a story may report the hotline)
                             r"如实举报|举报专区|不良信息举报|网络监督专区|"
                             # ... and a call to a topic's or a section's page in other languages ("Toute l'actualité sur
                             # Régions", "All the news on Brexit", "Alle Nachrichten zu ...")
                             r"^\W*(?:toute l['’]actualit[ée]|toutes les actualit[ée]s|toutes les infos|all (?:the )?(?:latest )?news"
                             r"|alle (?:nachrichten|news|meldungen)|todas las noticias|tutte le notizie|todas as not[íi]cias)\s+"
                             r"(?:sur|de|du|des|d['’]|on|about|from|zu|über|aus|sobre|di|del|della|da|do)\b", re.I)
# A headline marked as an advertisement in brackets ("＆ｗ<ＰＲ特集", "【PR】...", "[PR] ...", "...を公開［PR］" in full-width
# ones, "(高市府廣告)..." a city's advertisement, "... [Anzeige]", Romanian "(P) ..." for "publicitate", as the press there
# marks paid pieces): paid for.
# (Brackets only: a report may name advertising in its own words. Or the label opening the headline before a dash or a
# colon, only in words no report would open with: "INFORME PUBLICITÁRIO - 43 mil cirurgias ...", Portuguese for an
# advertorial.)
PR_TITLE = re.compile(r"[<＜【\[［（(]\s*(?:(?:PR|ＰＲ)\s*(?:[>＞】\]］）)]|特集)|[^()（）【】\[\]]{0,6}(?:廣告|广告|광고)\s*[)）】\]]|"
                      r"(?:anzeige|werbung|advertorial|sponsored|sponso|sponsoris[ée]e?|partenariat|publicité|"
                      r"publirreportaje|publicitate|reklama)\s*[)）】\]])|"
                      r"(?:PR|ＰＲ)特集|^\W*[(\[](?-i:P)[)\]]\s|"
                      r"^\W*(?:informe publicit[áa]rio|informe comercial|conte[úu]do patrocinado|publieditorial|"
                      r"publirreportaje|publireportage|advertorial|"
                      # "sponsored content:" as a label opening the headline, in more languages ("SPONSRAT INNEHÅLL: ...")
                      r"sponsored content|sponsrat innehåll|sponset innhold|sponsoreret indhold|gesponsorde inhoud|"
                      r"gesponserter inhalt|contenu sponsorisé|contenuto sponsorizzato|contenido patrocinado|"
                      r"χορηγούμενο(?: περιεχόμενο)?)\s*[-–—:|]\s", re.I)
# A Chinese, Japanese or Korean headline about the signs of the zodiac or a fortune ("哪个星座...", "7月底前...的4生肖",
# "今日の運勢", "별자리 운세"): a horoscope, as "horoscope" in an address says in other languages; so is a headline that
# opens with the word horoscope, in any language, the day's or the week's signs ("Horoskopi ditor, e mërkurë 21 mars",
# "Гороскоп на неделю", "Horóscopo de hoy"), not a story that names one further on.
# (And the signs named as Indonesian, Malay, Polish or Czech do, "zodiak", or as Vietnamese, "con giáp", the zodiac's
# animals, and "cung hoàng đạo", its signs: "3 Zodiak Paling Baik Hati", "5 con giáp siêu giàu năm 2018"; not English
# "zodiac", a killer's or a company's name as often.)
HOROSCOPE_TITLE = re.compile(r"星座|生肖|运势|運勢|占い|별자리|운세|^\W*(?:h?or[oó]s[ck]op|h?oroszk[oó]p|гороскоп|ωροσκ)"
                             r"|\bzodiak|\bcon giáp\b|\bcung hoàng đạo\b", re.I)
# A headline labelled as a quiz or a contest ("Quiz: ...", "Gewinnspiel: ...", "Verlosung: ..."), or one offering a prize:
# something to play or enter, not a report.
QUIZ_TITLE = re.compile(r"^\W*(?:(?:quizz?|kv[ií]z|trivia|test visual|тест|викторина|concours|jeu-concours|gewinnspiel|"
                        r"verlosung|giveaway|sorteo|concurso|concorso|prijsvraag|[àa] gagner|zu gewinnen|jetzt gewinnen|"
                        r"διαγωνισμός(?: \S+ \d{4})?|κουίζ|κουιζ)\s*[|:.!]\s|"  # Greek "contest" ("Διαγωνισμός Μαρτίου 2018:
                        # Κερδίστε ..."), "quiz" ("ΚΟΥΙΖ: Ποιος είναι ο πρώην παίκτης ...")
                        r"ψηφίστε\b|"  # ... and a Greek call to vote opening the headline ("Ψηφίστε… Τι θα γίνει με ...")
                        # ... and a Norwegian, Danish, Swedish or Dutch one ("Stem på din februarfavoritt", "Rösta på ...")
                        r"(?:stem|stemm|rösta) på\b|stem op\b|"
                        # ... and a call to predict a match's score ("Voorspel de eindstand en ruststand van PEC
                        # Zwolle - Feyenoord", "Predict the score: ..."): a prediction game
                        r"voorspel (?:de|het) (?:eind|rust)?(?:stand|uitslag|score)|predict the (?:score|result)s?\b|"
                        r"(?:wie gut kennen sie|how well do you know|test your knowledge|[¿]?cu[aá]nto sabes (?:de|sobre))\b|"
                        # ... and in more languages: Slovene, Croatian, Serbian and Bosnian, Czech and Slovak, Polish,
                        # Italian, French and Portuguese ("Kako dobro poznate šimpanze?", "Jak dobře znáte ...", "Quanto
                        # conosci ...", "Connaissez-vous bien ...", "Quanto você sabe sobre ...")
                        r"(?:kako dobro (?:poznate|poznaš|poznajete|znate|znaš)|jak dobře (?:znáte|znáš)|ako dobre (?:poznáte|poznáš)|"
                        r"jak dobrze (?:znasz|znacie)|quanto (?:conosci|ne sai|sai) (?:di|su)?|connaissez-vous bien|"
                        r"(?:o )?quanto (?:você|voce) sabe (?:de|sobre))\b|"
                        # a prize to enter for: "Win yourself a ZTE Skate!", "WIN Two tickets to see ..."
                        r"win (?:yourself|a|an|one of|two|three|tickets?|\d+)\b|"
                        # ... and in French, German and Italian: "Gagnez des places pour ...", "Gewinnen Sie ...", "Vinci un ..."
                        r"(?:gagnez|tentez de gagner|gewinnen sie|vinci (?:un|una|i|le|gli))\b|"
                        # ... and in Dutch, the Nordic languages, Polish, Portuguese and Spanish: "Win de DVD van ...",
                        # "Osallistu arvontaan ja voita ...", "Voita upouusi ...", "Wygraj bilety ...", "Ganhe ..."
                        r"(?:win (?:de|het|een)|voita|osallistu arvontaan|vinn|wygraj|ganhe|gana (?:un|una|entradas)|κερδίστε)\b)|"
                        # a teaser asking the reader to win in its second half ("Découvrez ... et gagnez une formation",
                        # the familiar "Joue avec Momo au BLIND TEST et gagne ton voyage"), or to take part and become
                        # the station's host ("Participe au Talent Project et deviens animateur"): a contest or a casting
                        r".*\b(?:et gagnez|et gagne (?:ton|ta|tes)|und gewinnen sie|e vinci)\b|"
                        # ... or after a dash or a colon, the prize set after the film's or the event's name ("White Day
                        # – gagnez des cadeaux !", "Avant que nous disparaissions – gagnez des places !")
                        r".*\s[-–—:]\s+(?:(?:gagnez|tentez de gagner) (?:des|un|une|vos|votre|deux|trois|\d+)|"
                        r"gewinnen sie|vinci (?:un|una|i|le|gli)|win (?:a|an|one of|tickets?))\b|"
                        r"(?:participe|participez)\b.{0,120}?\bet (?:deviens|devenez)\b", re.I)

# A readers' poll: a headline labelled as one, its question to the reader after the label ("Sondage – Quel est le pire
# latéral droit de l'histoire du PSG ?", "Umfrage: Wer gewinnt die Champions League 2018?", "SONDAGGIO MN - ... SCELTA
# GIUSTA?"). Not a report on a survey's results, which says them ("Sondage : Macron en forte baisse ..."); nor "Poll:",
# which English and Dutch news sites put before reports and programme segments ("Poll: Majority of Americans ...",
# "Poll: Wat is nu de meest kansrijke regio?", a television segment on its viewers' poll).
# ... and a question of the week or a call to vote asked so ("QOTW: Do you own a smart speaker?", "VOTE: What are the
# best TV shows of all time?").
POLL_TITLE = re.compile(r"^\W*(?:sondage|umfrage|encuesta|sondeo|sondaggio|enquesta|sondagem|ankieta|qotw|question of the week"
                        r"|vote)(?:\s+[A-Z]{2,4})?\s*[-–—:|]\s*[^?]+\?\s*$", re.I)

# A shop's product teaser: its name, then its price after a bar ("Xiaomi Mi Pro Ordinateur | 791.36 €"); a headline
# about a price says it in words ("Na emeryturze - 854 zł").
PRICE_TAG_TITLE = re.compile(r"\|\s*(?:[€$£]\s*\d[\d\s.,]*|\d[\d\s.,]*\s*(?:€|\$|£|eur|usd|zł|kč|₽))\s*$", re.I)

# A property's or a car's listing, its price and then a "for sale" or "to let" ending its words ("Membach 285.000 €
# Zum Verkauf", "Appartement 3 pièces 189 000 € à vendre"): a classified ad the site shows beside the news, no report
# (not a headline that only speaks of one: "Homes for sale rise to £300,000 average", "Elvis's mansion, $5m, is for
# sale").
LISTING_TITLE = re.compile(
    r"(?:[€$£]\s*\d[\d\s.,]*|\d[\d\s.,]*\s*(?:€|\$|£|eur\b|euros?\b|chf\b|zł|kč\b))\s*[-–—|:,]?\s*"
    r"(?:zum verkauf|zu verkaufen|zu vermieten|zur miete|[àa] vendre|[àa] louer|for sale|for rent|to let|en venta|"
    r"se vende|se alquila|in vendita|in affitto|te koop|te huur|til salgs|till salu|na prodej|na sprzeda[żz])\W*$",
    re.I,
)
# A headline selling a product at a price for a while ("Today only: ...", "Don't pay $80, get ...", "... zum Tiefpreis",
# "輸入專屬折扣碼" a discount code): a shop's offer, not a report.
DEAL_TITLE = re.compile(
    r"^\W*(?:today only|deal of the day|deal alert|daily deals?|deals?\s*:|deal-kracher|angebot des tages|"
    r"oferta del d[ií]a)|^\W*don[’']?t pay \$?\d|zum tiefpreis|g[üu]nstig wie nie|折扣碼|優惠碼|优惠码|promo code|coupon code|"
    # French: "Promo : ...", "... à 479€ au lieu de 849€", "... en promo chez Fnac", "... en promotion", "Les bons plans ...",
    # a deal's label the headline opens with, "Bon plan : ...", "[BON PLAN] ...", "Bon plan sur ...", "Bons plans iOS : ..."
    # (six sites' annotators leave such deals out, two count them)
    r"^\W*promo\s*:|\d\s*(?:€|euros?)\s+au lieu de\s+\d|\ben promo(?:tion)? chez\b|\bles bons plans\b|\ben promotion\W*$|"
    r"^\W*bons? plans?\b|"
    # a product's price page, titled so before its name ("Meilleur prix : Samsung Galaxy J7 (2017)", "Bester Preis: ...")
    r"^\W*(?:meilleur prix|best price|bester preis|miglior prezzo|mejor precio|melhor pre[çc]o)\s*:",
    re.I,
)
# A lottery's draw or a horse race's betting tips ("Résultat tirage Euromillions du 16 mars", "Pronostics Quinté du 17
# mars", "Lottozahlen vom Samstag"): a page of numbers for players, not a report.
LOTTERY_TITLE = re.compile(
    r"^\W*(?:r[ée]sultats? (?:du |de l['’])?(?:tirage|loto|quint[ée]|euro ?millions?|keno)|pronostics? (?:du |pour le )?quint[ée]|"
    r"lottozahlen|lottery results|powerball (?:numbers|results)|resultados? (?:de la )?loter[íi]a|estrazioni? del lotto)\b",
    re.I,
)
# A call to support the site itself ("Soutenir Acrimed et son indépendance !", "Unterstützen Sie ..."): with the site's name.
SUPPORT_TITLE = re.compile(
    r"^\W*(?:soutenir|soutenez|faites un don|support|donate to|unterstützen sie|unterstützt|apoya|apoye|sostieni|sostenete|"
    r"wesprzyj)\b", re.I)
# A call to subscribe to the site itself ("Come abbonarsi a Tempi", "Abonnez-vous à la newsletter de Lefaso.net", "Scegli
# l'abbonamento a Repubblica"): with the site's name; not a report on its subscribers ("EL PAÍS logra 110.000 suscriptores").
SUBSCRIBE_TITLE = re.compile(
    r"\b(?:abonnez-vous|abonne-toi|s['’]abonner|je m['’]abonne|abbonati|abbonatevi|abbonarsi|l['’]abbonamento a|"
    r"suscr[ií]bete|suscr[ií]base|suscribirse|subscribe to|subscribe now|jetzt abonnieren|abonnieren sie|assine|"
    r"assinar|abonneer|abonar[st]e|zasubskrybuj|prenumeruj|abon(?:at|ați)-v[ăa])\b", re.I)

# ---------------------------------------------------------------------------- reading an lxml element
#
# The front-page parser reads lxml elements, not bs4 tags: their class is one string and their
# attributes are read with get(). The same words, read the same way as marks() and says_navigation().
# (lxml has no type stubs: an element is Any here. The import sits here because this file only grows at its end.)

from typing import Any  # noqa: E402


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden_from_readers(attributes: Any) -> bool:
    """Return whether an element's attributes (a bs4 tag's attrs, an lxml element's attrib) hide it from readers: the
    hidden attribute, aria-hidden, or a style of display:none or visibility:hidden."""
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style")
    return isinstance(style, str) and ("none" in style or "hidden" in style) and bool(_HIDDEN_STYLE.search(style))


def element_marks(element: Any) -> str:
    """Return an lxml element's class and id as one string."""
    text = element.get("class") or ""
    ident = element.get("id")
    return f"{text} {ident}" if ident else text


_ITEMS_FOOTER = re.compile(r"(?:^|[-_])(?:item|card|teaser|post|entry|article|story|slide|tile)s?(?:__|[-_])footer$", re.I)


def element_says_navigation(element: Any) -> bool:
    """Return whether an lxml element's role, class, id or custom tag name says it is navigation, a menu, a footer
    or sharing."""
    if str(element.get("role") or "").lower() in NAVIGATION_ROLES:
        return True
    # A custom element is named as a class would be (<a-menu>, <site-nav>); "navi" is German for navigation
    # ("special-navi", "hauptnavi"), in pages of any language.
    tag = element.tag if isinstance(element.tag, str) and "-" in element.tag else ""
    # A "js-" class is a script's hook ("js-share-dialog-container" on a story's teaser), not what the element is; and
    # a teaser's own footer ("magazine__item__footer", "card-footer") holds its story's links, not the site's.
    marks = " ".join(token for token in element_marks(element).split()
                     if not token.lower().startswith(("js-", "js_")) and not _ITEMS_FOOTER.search(token))
    words = (word.lower() for word in _TOKEN_SPLIT.split(f"{marks} {tag}") if word)
    return any(_is_navigation_token(word) or word.endswith("navi") for word in words)


# The attributes that name the language a link leads to (HTML's hreflang and lang, and the data- names templates use) and
# a language tag's shape ("fr", "pt-br", "zh-CN-t", "sr_Latn").
_LANGUAGE_ATTRIBUTES = ("hreflang", "lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang", "data-lang",
                        "data-language", "data-locale")
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*", re.I)


def link_language(link: Any) -> str:
    """Return the language tag a link's attributes say it leads to, lowercased, or "" when they name none."""
    for name in _LANGUAGE_ATTRIBUTES:
        value = (link.get(name) or "").strip()
        if value and _LANGUAGE_TAG.fullmatch(value):
            return value.lower()
    return ""

# Pages that poll or sell rather than report, as a whole path segment (never a slug word: a story may
# report a poll's results): polls and classified ads, in the languages of the gathered front pages.
POLL_AND_CLASSIFIED_WORDS = frozenset({
    "poll", "polls", "sondage", "sondages", "sondatge", "sondatges", "umfrage", "umfragen", "encuesta", "encuestas",
    "sondaggio", "sondaggi", "enquesta", "ogloszenie", "ogloszenia", "anuncio", "anuncios", "annuncio", "annunci",
    "raovat", "rao-vat",  # Vietnamese classifieds ("rao vặt")
    # ... a folder of listings for sale (a property site's "/Nyheter/Eiendom/Til-salgs/Oslo/...", Norwegian "for sale"),
    # in the Nordic languages, English, French, German, Spanish, Italian and Dutch
    "til-salgs", "til-salg", "till-salu", "for-sale", "a-vendre", "zu-verkaufen", "en-venta", "se-vende", "in-vendita",
    "te-koop",
    # ... and a board of readers' greetings, a birthday's or a jubilee's, beside the news (Russian "поздравления" as its
    # folder is spelled in Latin letters, Polish "życzenia", German "Glückwünsche")
    "pozdravlenija", "pozdravleniya", "pozdravlenia", "zyczenia", "glueckwuensche",
})
# Words saying a story was updated, or how often, or that it is breaking ("Updated", "Updatedx3", "Mise à jour"): when,
# not what (in brackets before or after a headline: MEDIA_KICKERS, UPDATE_LABEL; or after a slash: MEDIA_SUFFIX).
# (Not "MàJ": annotators keep it.)
_UPDATE_WORDS = (r"updated?(?:\s*x\s*\d+)?|update \d+|breaking(?: news)?|mise [àa] jour|mis [àa] jour|actualizad[oa]|"
                 r"actualizaci[óo]n|aktualisiert|aggiornat[oa]|aggiornamento|atualizad[oa]|atualiza[çc][ãa]o|bijgewerkt|"
                 r"обновлено|обновление|"
                 # (Macedonian, Bulgarian, Serbian and Croatian, Czech, Polish: "updated")
                 r"обновен[оа]?|ажурирано|ažurirano|aktualizováno|aktualizacja|zaktualizowano")
# Arabic and Persian words of a media marker, before a headline or after it: "video", "with video", "with pictures",
# "film", "photo" (each place adds its own: "بالصورة" before, "صور", "صورة" after).
_ARABIC_MEDIA_WORDS = r"فيديو|بالفيديو|بالص\u0651?ور|ویدئو|ویدیو|عکس|فیلم|[إا]نفوجرافي[كك]|[إا]نفوغرافي[كك]"  # (its shadda written
# or not: "بالصّور"; and "infographic", "إنفوجرافيك")
# A media label before a headline ("VÍDEO | ...", "WATCH: ...", "Vídeo. ...", French "VIDÉO. ...", "EN IMAGES. ...",
# "Diaporama : ...", "影／..." for a video in Chinese): the label is not the headline.
MEDIA_KICKERS = re.compile(
    # (a count of pictures before it too: "4 Photos: ...")
    r"^\W*(?:\d{1,3}\s+(?=(?:fotos?|photos?)\s*:))?"
    r"(?:(?:v[íi]d[eé]os?|fotos?|photos?|audio)\s+(?:i|y|e|et|and|und|&|\+)\s+(?:v[íi]d[eé]os?|fotos?|photos?|audio)|"
    r"v[íi]d[eé]os?|fotos?|photos?|galer[íi]a|gallery|galerie|audio|podcast|watch|listen|live|direct|directo|"
    r"vide[óo]|wideo|fot[óo]k|gal[ée]ria|"  # Hungarian "videó", "fotók", "galéria"; Polish "wideo"
    r"in (?:video|pictures|foto|bildern)|en (?:images|vid[ée]os?|im[áa]genes|fotos|photos?)|pictures|slideshow|diaporama|"
    r"caught on (?:video|camera|tape)|"  # English: what a reader's or a camera's footage shows ("CAUGHT ON VIDEO: ...")
    r"resumo v[íi]deo|"  # Portuguese: a match's "video summary"
    r"bildergalerie|fotostrecke|fotogaler[íi]a|infographic|cartoon|caricature|karikatur|vi[ñn]eta|"
    r"fotot|کاریکاتور|كاريكاتير|كاريكاتور|"  # Albanian "photos" ("FOTOT/ ..."), Persian and Arabic "caricature"
    r"en direct|en vivo|ao vivo|diretta|infographie|infograf[íi]a|"
    # a breaking-news label ("Son Dakika | ...", "Breaking: ...", "Última hora: ..."): when, not what
    r"son dakika(?: haberi)?|breaking(?: news)?|[úu]ltima hora|ultim'ora|eilmeldung|derni[èe]re minute|срочно|молния|"
    r"na[žz]ivo|u[žz]ivo|fotogal[ée]ri[ae]|"  # Slovak, Czech, Croatian, Serbian "live", Slovak and Hungarian "gallery"
    r"tin n[óo]ng|canl[ıi] izle|terkini|фотофакт|фото|видео|відео|"
    r"смотрите|дивіться|"  # Russian, Ukrainian: "watch" ("Смотрите: танцевальный флешмоб ...")
    r"фоторепортаж|видеорепортаж|фотоотч[её]т|відеорепортаж|фотозвіт|"  # a photo or video report ("Фоторепортаж: ...")
    r"filmpje|kijken|bekijk|luister|"  # Dutch: "a little film", "watch", "listen"
    # Danish, Norwegian, Swedish "see the pictures", "see the video" ("SE BILLEDERNE: ..."), Finnish "watch the video and
    # the pictures" ("Katso video ja kuvat: ...")
    r"se (?:billederne|billedet|bildene|bildet|bilderna|bilden|videoen|videon|video|klippet)|"
    r"katso (?:video|kuvat|video ja kuvat|kuvat ja video)|"
    r"images? en galerie|"  # French: a gallery's picture ("Image en galerie : ...")
    r"צפו|וידאו|גלריה|"  # Hebrew: "watch", "video", "gallery"
    # Arabic, Persian (and "with the picture"; "watch" and "pictures" before a colon: "شاهد: ...", "صور: ...")
    rf"{_ARABIC_MEDIA_WORDS}|بالصورة|شاهد(?=\s*:)|صور(?=\s*:))"
    r"(?:\s*[|:.●•؛/…]{1,2}|\s+[-–—])\s+|"  # (and after the Persian semicolon: "فیلم؛ ...", a doubled colon, "فیلم::
    # ...", or a slash: "VIDEO/ ...", "Video / ...", or an ellipsis, "فيديو … ...")
    # ... or in capitals before a comma, the site's initials after it as a photo's credit is set ("FOTO, ...",
    # "VIDEO FV, ..."): Italian sites' way (not inside brackets: "(VIDEO, FOTO) ..." is read whole below)
    r"^\s*(?-i:FOTO|FOTOS|VIDEO|VIDEOS|AUDIO)(?:\s+(?-i:[A-Z]{2,4}))?,\s+(?=\S)|"
    # ... or a call to watch before two dots or more, as Arabic sites set it: "شاهد.. محمود سعد يكشف ..." ("watch..")
    # (a media word before two dots, "فيديو.. ...", "بالصور.. ...", "with pictures..", ends above with the doubled
    # separator: four sites' annotators of the development pages leave it out, seventeen times, one keeps it, four)
    r"^\W*شاهد\s*\.{2,}\s*(?=\S)|"
    # glued to the headline by a hyphen ("Vidéo-El Hadj O Diouf crée ...", not "Video-on-demand ...")
    r"^\W*v[íi]d[eé]os?-(?=(?-i:[A-ZÀ-Ý]))(?![^\s:]*:)|"  # (a compound is a label of its own: "Video-Highlights: ...")
    r"^[【\[〈(]?(?:影音?|圖輯?|图集|組圖|组图|直播|視頻|视频)[】\]〉)]?\s*[／/｜|:：]?\s*(?=\S)(?<=[】\]〉)／/｜|:：\s])|"
    # in brackets, one or two of them ("[Video Podcast] ...", "(VIDEO) ...", "[Fotos y video] ...")
    # (and a count of them: "( 13 Photos ) ...", "(02 Photos) : ...")
    r"^\s*[\[(]\s*(?:\d{1,3}\s*)?(?:v[íi]d[eé]o|fotos?|photos?|audio|podcast|gallery|galer[íi]a|mapa?|infografi[ck]a?|"
    r"видео|фото|відео|аудио|"  # (Cyrillic: "(ВИДЕО) ...")
    r"en images|in pictures|diaporama)s?"
    r"(?:\s+(?:(?:i|y|e|et|and|und|&|\+)\s+)?(?:v[íi]d[eé]o|fotos?|photos?|audio|podcast)s?)?\s*[\])](?:\s*:)?\s*(?=\S)|"
    # and a story's update mark in brackets ("[Mise à jour] ...", "(UPDATED) ...", "[Aktualisiert] ..."): when
    # it changed, not what happened
    rf"^\s*[\[(]\s*(?:{_UPDATE_WORDS})\s*[\])](?:\s*:)?\s*(?=\S)",
    re.I,
)
# A genre's label before a Chinese, Japanese or Korean headline ("コラム：...", "アングル：...", "较真丨...", "【快讯】...",
# "[속보] ..."): a column's, an analysis', a fact-check's or a newsflash's kicker, what MEDIA_KICKERS is for other
# scripts; not a speaker's or a source's name ("习近平：...", "新京报评论：..."): only these words, alone before the mark.
# (Not "exclusive", "独家", "단독": annotators keep that claim as the headline's.)
_CJK_GENRES = (
    "コラム|アングル|焦点|解説|社説|速報|インタビュー|視点|論点|寄稿|ルポ|分析|"  # Japanese
    "较真|聚焦|评论|評論|社论|社論|社评|社評|时评|時評|快讯|快訊|专访|專訪|解读|解讀|深度|观察|觀察|特写|特寫|直播|"  # Chinese
    "속보|사설|칼럼|인터뷰|르포|기획|분석|"  # Korean
    "사진|동?영상|포토"  # ... and a Korean media label ("[사진] ...", "[영상] ...": photos, video), as MEDIA_KICKERS's
)
# (In angle brackets too: "<속보> ...")
CJK_GENRE_KICKER = re.compile(rf"^\s*(?:[【\[〈「<＜［]\s*(?:{_CJK_GENRES})\s*[】\]〉」>＞］]|(?:{_CJK_GENRES})\s*[：:丨｜|︱])\s*(?=\S)")
# A column's or an event's name after a Chinese headline, set off by the bar character "丨" or a vertical dash ("...这些板块
# 仍会有机会?丨投资人说", "...丨中国发展高层论坛", "... 丨 视频书摘"): the rubric, as the bar before a headline sets a kicker; a name
# of Han characters alone, no punctuation.
CJK_BAR_TAIL = re.compile(r"\s*[丨︱]\s*[\u4e00-\u9fff]{2,10}$")
# A Chinese or Japanese headline's label set before a full-width slash ("快訊／...", "籃球／...", "懶人包／...", "LIVE／..."):
# a news desk's rubric, a sport's name or a format, as the Chinese-language press sets its kickers; a label of four
# characters at most, no digit ("山口は１／３回" is a score, "ドル／円" a pair in the headline's own words).
# ... or before a closing double angle bracket that opens none ("台海軍情》...", "獨家》...", "國防MIT》...": a column's or a
# desk's name, as the Taiwanese press sets it; not a work's title in brackets, "《流浪地球》票房...", which is the subject).
CJK_SLASH_KICKER = re.compile(r"^\s*(?:(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,4}|[A-Z]{2,4})\s*／"
                              r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]{1,8}》)\s*(?=\S)")
# How long ago a story was posted, after its headline ("... 4 hours ago", "... il y a 2 heures", "... vor 3 Stunden"):
# when the link was read, not words of the headline.
RELATIVE_TIME = re.compile(
    # (Seconds to days only: "... il y a 30 ans" may end a headline on an anniversary.)
    r"\s+(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|[smhd])\s+ago"
    r"|il y a\s+\d+\s*(?:secondes?|minutes?|min|heures?|h|jours?)"
    r"|vor\s+\d+\s*(?:Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tagen?)"
    r"|hace\s+\d+\s*(?:segundos?|minutos?|min|horas?|h|días?))\s*$",
    re.I,
)
# When a story came, in words, opening a feed's item ("Il y a 5 jours Les pensions ...", "2 hours ago ...", "vor 3 Stunden").
RELATIVE_TIME_OPENING = re.compile(
    r"^\W*(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|il y a\s+\d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?)"
    r"|vor\s+\d+\s*(?:Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tagen?|Wochen?)"
    r"|hace\s+\d+\s*(?:segundos?|minutos?|min|horas?|h|días?|semanas?)"
    r"|h[áa]\s+\d+\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?)"
    r"|\d+\s*(?:minuti|ore|giorni|settimane)\s+fa)\b",
    re.I,
)
# Arabic and Persian words of a media marker after a headline: those before it, and "pictures", "picture" ("... (صورة)").
_ARABIC_MEDIA_AFTER = rf"{_ARABIC_MEDIA_WORDS}|صور|صورة"
# A media marker after a headline ("... (+Videos)", "... [FOTOS]", "...[影]", "...【圖輯】"): not the headline's words either.
_MEDIA_WORD = (r"\+?\s*(?:v[íi]d[ée]os?|vide[óo]|fotos?|fotolar|photos?|galer[íi]a|gallery|galerie|audio|podcast|infograf[íi]as?|infographie|infographics?|slide ?shows?|"
               # (photo galleries as one word or two, and the infographic in Azerbaijani and Polish spelling)
               r"foto ?galler(?:y|ia)|foto ?galer[íi]a|foto ?galerie|infoqrafika|infografika|"
               r"photo ?reportages?|fotorreportajes?|fotoreportage|"
               r"видео|фото|фоторепортаж|аудио|инфографика|інфографіка|відео|影音?|視頻|视频|圖輯|图集|組圖|组图|"
               r"k[ée]pek|k[ée]p|k[ée]pgal[ée]ria|videograf[íi]a|"  # (Hungarian "kép", "képek", "képgaléria", "videó")
               r"φωτο|φωτ\.|φωτογραφ[ίι]ες|β[ίι]ντεο|"  # (and in Greek: "(φωτο)", "(φωτ.)" abridged, "(βίντεο)")
               # (English shorthand, as Greek sites set it: "(vid)", "(vid & pics)"; in small letters or capitalised,
               # never in capitals: "(PIC)" after a name is its acronym)
               r"(?-i:vids?|pics?|Vids?|Pics?|pix)|"
               r"भिडियो(?:सहित)?|तस्बिर(?:सहित)?|"  # (Nepali "video", "photo", "with" them: "(भिडियोसहित)")
               r"(?:มี|ชม|ดู)?(?:คลิป(?:วิดีโอ)?|ภาพ|วิดี?โอ|วีดีโอ)|"  # (Thai "clip", "pictures", "video", "has"/"watch" them)
               r"동?영상|사진(?:\s*\d+\s*장)?|포토|화보|"  # (Korean "video", "photos", "13 photos": "(사진 13장)", "pictorial")
               rf"{_ARABIC_MEDIA_AFTER}|صوت)")  # (Arabic, Persian: "(فيديو)", "+عکس", "(صورة)", "(صوت)": audio)
# (with a count, "(289 photos)", or two joined by "and": "(foto e video)", "(photos et vidéos)")
_MEDIA_JOIN = r"(?:\s*[,+/&]\s*|\s+(?:and|et|e|y|und|en|i|и)\s+|\s+و(?=\S))"  # (Arabic "and" glued: "(فيديو وصور)")
_EXCLUSIVE = r"exclu|exclusive?|exclusiv[oa]|exklusiv|esclusiv[oa]"  # the site's alone ("(exclu vidéo)")
_WATCH = r"watch|regardez|guarda|شاهد"  # a call to watch after a headline, as a media marker is set ("... - Regardez")
# ("... (photos et vidéos)", "... [VIDEO]"; a word or two saying which before it too: "... [booth tour video]",
# "(hands-on video)"; not a phrase that goes on from the headline, "(et leurs photos)")
MEDIA_SUFFIX = re.compile(rf"\s*[(\[（【]\s*(?:\d+\s*)?(?!(?:and|et|e|y|und|en|i|и)\s)(?:[^\W\d_][\w'’-]*\s+){{0,2}}"
                          rf"{_MEDIA_WORD}(?:{_MEDIA_JOIN}(?:\d+\s*)?{_MEDIA_WORD})*\s*[)\]）】]$"
                          # "... | Watch", "... – Video", "... | Commentary Video" too, and after a spaced hyphen or slash:
                          # "... - VIDEO", French "... - Regardez", Italian "... / Guarda" (watch)
                          rf"|(?:\s+|(?<=\S)(?=\|))(?:[|–—]\s*|[-/]\s+)(?:[^\W\d_]+\s+)?(?:{_WATCH}|{_MEDIA_WORD})$"
                          # (the bar glued to the headline too: "... e i Trilli| Video")
                          # ... or after two dots or more, as Arabic sites set it: "...الوباء..شاهد" (watch)
                          rf"|\s*\.{{2,}}\s*(?:{_WATCH}|{_MEDIA_WORD})$"
                          # or glued by a hyphen, as Arabic sites set it: "... لمونديال 2026-فيديو", "...-صور"
                          rf"|\s*-\s*(?:{_ARABIC_MEDIA_AFTER})$"
                          # or by a slash, as Persian sites set it: "... بازیگران/ عکس" (photo)
                          rf"|\s*/\s*(?:{_ARABIC_MEDIA_AFTER})$"
                          # and Polish "... - NA ŻYWO", "... - TRANSMISJA" (live, broadcast) after a spaced dash, or the
                          # live's capitals after a headline that is not in capitals ("... 95. miesięcznica NA ŻYWO")
                          r"|\s+[-–—]\s+(?:na żywo|transmisja|relacja na żywo)$|(?<=(?-i:[a-ząćęłńóśźż0-9.]))\s+(?-i:NA ŻYWO)$"
                          rf"|\s*#\s*{_MEDIA_WORD}$"  # and as a hashtag: "... avec INSTA# Audio", "... #video"
                          # or glued by a plus, as Persian sites set it ("...استهبان+عکس", "... + فیلم"), or after a full
                          # stop ("... в Якутске. Видео"), an exclamation mark after it maybe ("... dobbiamo crescere".
                          # VIDEO!")
                          rf"|\s*\+\s*{_MEDIA_WORD}$|(?<=\S)\.\s+{_MEDIA_WORD}!?$"
                          # and a Russian or Ukrainian update's label after a spaced dash ("... - ОБНОВЛЕНО", "... –
                          # ДОПОЛНЕНО"): when the story changed, not what happened (annotators keep "... - UPDATE")
                          r"|\s+[-–—]\s+(?:обновлено|дополнено|оновлено|доповнено)$"
                          # ... or any language's glued after a slash ("... во Охрид/Обновен"), not all there is
                          rf"|(?<=\S)\s*/\s*(?:{_UPDATE_WORDS})\s*$"
                          # and a photographer's or a camera's credit in brackets, the media word and a name after it
                          # ("... (fotos RAFA MOLINA)", "(photo: Jean Dupont)"): who took the pictures, not the headline
                          r"|\s*[(\[]\s*(?:fotos?|photos?|v[íi]d[ée]os?)\s*:?\s+(?-i:[A-ZÀ-Ý][\w.'’-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w.'’-]*)){0,3}\s*[)\]]$"
                          # and one saying whose it is: "... (vidéo d'un Jeudi d'Acrimed)", "... (video of the debate)"
                          rf"|\s*[(\[]\s*{_MEDIA_WORD}\s+(?:d['’]|de |du |des |of |from |von |del |della )[^()\[\]]{{1,60}}[)\]]$"
                          # or one claiming it exclusive: "... (exclu vidéo)", "(vidéo exclusive)", "(exclusive video)"
                          rf"|\s*[(\[]\s*(?:(?:{_EXCLUSIVE})\s+{_MEDIA_WORD}|{_MEDIA_WORD}\s+(?:{_EXCLUSIVE}))\s*[)\]]$",
                          re.I)
# A media marker in capitals after a headline that is not in capitals, no bracket nor separator between ("... 7 arresti
# VIDEO", "... kütləvi dava VİDEO", "... biellesi FOTOGALLERY e VIDEO", "... il weekend. IL VIDEO"): what the story
# holds, set in the capitals no headline's word of that case has.
_CAPITAL_MEDIA_AFTER = re.compile(rf"(?<=\S)\s+(?:IL\s+|LE\s+|LA\s+|THE\s+|\d+\s+)?"
                                  rf"({_MEDIA_WORD}(?:{_MEDIA_JOIN}{_MEDIA_WORD})*)$", re.I)


def without_capital_media_after(text: str) -> str:
    """Return a headline without a media marker in capitals set after it ("... kütləvi dava VİDEO"), where the
    headline itself is not in capitals."""
    found = _CAPITAL_MEDIA_AFTER.search(text)
    if not found:
        return text
    markers = re.findall(_MEDIA_WORD, found.group(1), re.I)
    head = text[:found.start()]
    if not all(marker.strip("+ ").isupper() for marker in markers) or not found.group(0).split()[0].isupper() \
            or not any(character.islower() for character in head) or len(head.split()) < 3:
        return text
    return head


# A media marker in brackets between a headline's first words and its colon ("Tunisie [Audio]: Nouredine Taboubi ...",
# "Tunisie [Photos] : Le ministère ..."): what the story holds, set inside the kicker; the kicker and its colon stay.
MEDIA_BEFORE_COLON = re.compile(rf"(?<=\S)\s*[(\[]\s*{_MEDIA_WORD}\s*[)\]](?=\s?[:：])", re.I)
# A music site's marker of a track or of its video after the title, in brackets only ("Lefa feat. Orelsan – Potentiel
# (Son)", "Niska - Medellin (Clip Officiel)", "... (Official Music Video)"): "son" and "clip" alone are words.
TRACK_MARKER = re.compile(r"\s*[(\[]\s*(?:son|clip(?: officiel| vid[ée]o)?|video ?clip|official (?:music |lyric )?video"
                          r"|lyric video|audio officiel|official audio)\s*[)\]]$", re.I)
# A ticker or a breaking-news strip above the page: its stories are real, but the page's top story is below it.
TICKER_MARKS = re.compile(
    r"ticker|breaking|marquee|(?:^|[-_ ])marq(?:$|[-_ ])|(?:^|[-_ ])flash(?:$|[-_ ]|news|info)|eilmeld|last-?minute|"
    r"[uú]ltima-?hora|highlighter|"
    r"minut[oe]-?(?:a|par|by|por)-?minut[oe]|"  # the newest lines as they come ("linhaMinutoaMinuto", "minute-by-minute")
    r"(?:^|[-_ ])urg(?:ent)?(?:$|[-_ ])|"  # a ticker module ("gkHighlighter"), an urgent bar ("title_urg_title", "urgent")
    r"in-?the-?news|hot-?topics|trending-?(?:bar|topics|now)|"  # a bar of the day's topics ("In the News: ...")
    # ... and named as the topics of the day ("temas-dia", "temas-del-dia", "topics-of-the-day", "themes-du-jour")
    r"(?:^|[-_ ])(?:temas?|topics?|th[eè]mes?|temi)-?(?:(?:del|do|du|of-?the|di)-?)?(?:d[ií]a|day|jour|giorno)(?:$|[-_ ])|"
    # (Spanish "aviso", Italian "annuncio": a notice; a bar asking readers for money, "donate-bar", is the site's own notice)
    r"(?:^|[-_ ])(?:announcement|notice|avisos?|annuncio|donate|donations?)(?:$|[-_ ]|s?-?bar)", re.I
)
# A list of the newest stories in the order they came, as its class or id names it ("latest-news", "lastnews", "hot-news",
# "just-in", "newsfeed", Turkish "son-dakika", a "bant" of headlines, news in brief): above the main column it is a feed,
# not the top story.
LATEST_MARKS = re.compile(
    r"latest|newest|just-?in|hot-?news|(?:^|[-_ ])last[-_]?news|news-?feed|live-?(?:feed|news)|derni[eè]res|[uú]ltim[ao]s|"
    r"neueste|son-?dakika|"
    r"(?:^|[-_ ])bant(?:$|[-_ ])|"
    # news in brief ("view-breves", "kurzmeldungen", "news-in-brief", "en-bref"): short items as they come
    r"(?:^|[-_ ])br[eè]ves(?:$|[-_ ])|kurzmeldung|in-?brief|(?:^|[-_ ])en-?bref(?:$|[-_ ])", re.I
)
# A box of classified ads, as its class or id names it: its links sell, they do not report.
CLASSIFIED_MARKS = re.compile(
    r"classified|kleinanzeig|(?:^|[-_ ])(?:annonces?|og[lł]oszen\w*|anuncios?|annunci|clasificados?)(?:$|[-_ ])", re.I
)

# A list of a story's or the site's tags ("tags", "post-tags", "taglist", "tag-cloud"), as a whole class
# token: its links lead to topic pages, whatever their address looks like.
TAG_LIST_TOKEN = re.compile(r"^(?:[a-z]+[-_])?tag(?:s|[-_]?list|[-_]?cloud)$", re.I)

# A box of the site's, not the story's: what its heading or its class says ("Most read", "Trending",
# "Latest news", "More from UK", "From the homepage", "From <the blog>"). "More from this stream"
# and "More on this story" are the story's own.
# ... of them, the words that name the stories readers pick ("Most read", "Les plus lus", "најчитани 7 дена"): a box, or
# a tab whose pane it names, of the most read, watched, shared or commented.
_POPULAR_LABEL_WORDS = (
    r"most[- ](?:read|popular|viewed|shared|emailed|recommended|commented|watched)|\bpopular\b|trending|"
    r"les plus (?:lus|partagés|commentés)|meist ?gelesen|más (?:leíd|vist)|mais (?:lidas|vistas)|"
    r"più (?:lett|vist)|самое (?:популярное|читаемое)|популярное|"
    # most read in more of the languages news is written in (Dutch, Nordic, Polish, Czech, Slovak, Turkish, Vietnamese,
    # Japanese, Korean, Chinese; Macedonian, Serbian, Croatian and Bulgarian: most read, watched, commented)
    r"\bmeest gelezen\b|\bmest (?:lest|läst|læst|delt|sett)\b|\bnajczęściej czytane\b|\bnajpopularniejsze\b|"
    r"\bnejčtenější\b|\bnajčítanejšie\b|\ben çok okunan\b|\bđọc nhiều\b|\bxem nhiều\b|よく読まれ|アクセスランキング|"
    r"많이 본|인기 기사|热门|熱門|排行|"
    r"најчитан|најгледан|најкоментиран|коментирани|najčitanij|najgledanij|najkomentarisanij|"
    r"най-четен|най-коментиран"
)
POPULAR_LABELS = re.compile(_POPULAR_LABEL_WORDS, re.I)
SITEWIDE_LABELS = re.compile(
    _POPULAR_LABEL_WORDS + r"|"
    r"top stories|\blatest\b|recent (?:posts|stories|articles)|\bmore (?:from|in) (?!this\b)|^\W*from\b|"
    r"editors'? picks|what to read next|next on\b|around the web|recommended for you|you may have missed|"
    r"à la une|"
    # latest in more of the languages news is written in
    r"\bneueste\b|\búltimas noticias\b|\bultime notizie\b|\bnajnowsze\b|"
    r"\bnejnovější\b|\bsiste nytt\b|\bson dakika\b|最新ニュース|최신 뉴스|最新新闻|最新消息",
    re.I,
)
SITEWIDE_MARKS = re.compile(
    r"most[-_ ]?(?:read|popular|viewed|shared|emailed|recommended|commented)|popular|trending|latest|"
    r"recent[-_ ]?posts|top[-_ ]?stories|editors?[-_ ]?picks|"
    # the same in the languages CMSs name classes in ("meistgelesen", "mest-lest", "plus-lus", "ranking")
    r"meist[-_ ]?gelesen|mest[-_ ]?(?:lest|last|laest)|plus[-_ ]?lus|mas[-_ ]?leid|piu[-_ ]?lett|najczesciej|"
    r"nejctenejsi|ranking",
    re.I,
)

# A calendar's entries (what is on, where, when), as a whole path segment: an event is announced, not reported.
# A dated path (/agenda/2020/10/14/...) is a section of reports some sites call so, and stays a story.
EVENT_SEGMENTS = frozenset({
    "agenda", "evenement", "evenements", "event", "events", "veranstaltung", "veranstaltungen", "termine",
    "evento", "eventos", "eventi", "afisha",
    "afis", "afise", "evenimente", "evenementen", "uitagenda", "appuntamenti",  # Romanian, Dutch and Italian: what is on
    "nos-evenements", "epreuves",  # the site's own events; a sport's races to enter (/epreuves/rando_vtt_de_bethoncourt_2018)
    "calendar", "calendars", "calendrier", "kalender", "calendario", "calendari",  # /calendar/306043741.html: what is on
    # ... and the seminars a site holds, to sign up for ("/seminarier/det-digitala-vardmotet/", Swedish; Danish and
    # Norwegian "seminarer", English, French, German, Italian, Spanish)
    "seminarier", "seminarer", "seminars", "seminaires", "seminare", "seminari", "seminarios", "konferenser",
    # ... and the CMS plugins that keep an events calendar, by their names in the address (Joomla's
    # "/component/ohanah/<event>", "/component/jevents/...", "/icagenda/...")
    "ohanah", "jevents", "icagenda", "eventlist", "dpcalendar", "eventbooking",
})
# A list, a box or a slider of videos ("video-list", "type_topvideos", "videoStrip", "video_slider",
# "index-video-slide", Turkish "sag-video-alani", the right column's video area): its stories are clips, not the page's
# top story.
VIDEO_STRIP_MARKS = re.compile(
    r"(?:^|[-_ ])(?:top)?videos(?:$|[-_ ])|video[-_ ]?(?:list|strip|carousel|slider?|rail|playlist|bar|alani)"
    r"|(?:^|[-_ ])video[-_ ]?unit",
    re.I
)

# A teaser's list of links to other stories ("id-Teaser-el-related", "related-links"): never the page's top story.
RELATED_LIST_MARKS = re.compile(_anywhere(pick(
    "related relacionad correlat see-?also lire-?aussi voir-?aussi meme-?sujet same-?topic")), re.I)
# A strip of several stories above or beside the main column, as its class or id names it: the page's header
# ("page-header", "masthead"), a scrolled strip ("scroll-container") or a side column ("sidebar", "right-rail",
# "rightCol", "aside"); not a carousel or a slider: that is often the hero itself. Words start and end at a separator or
# a capital (camelCase ids).
_CLASS_WORD_START = r"(?:^|(?<=[\s_-])|(?<=[a-z])(?=[A-Z]))"
_CLASS_WORD_END = r"(?=$|[\s_-]|[A-Z])"
STRIP_MARKS = re.compile(
    rf"{_CLASS_WORD_START}(?i:header|masthead|topbar|scroll(?:er|ing)?|sidebar|"
    rf"rail|aside|(?:right|side)[-_]?col(?:umn)?|side[-_]?(?:content|feed|panel)){_CLASS_WORD_END}"
)

# The strip a Turkish news layout sets above its headline slider, as its class or id names it: the "sürmanşet" ("over the
# headline": "surmansetSlider", "surmanset-haber") or the row "above the manşet" ("manset_ustu"). Its small teasers are
# the day's stories, but the top story is the manşet slider's first below it; a slider of its own, it is still the strip.
ABOVE_HEADLINE_MARKS = re.compile(
    rf"{_CLASS_WORD_START}(?i:s[uü]r-?man[sş]et|man[sş]et[-_]?[uü]st[uü]){_CLASS_WORD_END}"
)

# An advertising slot, as a whole class or id token ("ad-microsites", "ad_box", "adContainer"): its links sell.
AD_SLOT_TOKENS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertorial", "sponsored", "anzeige",
                            "werbung", "publicite", "publicidad", "pubblicita"})


# A block of paid-for stories, as a whole class or id token ("teaser sponsored", "partner-carousel"): its teasers
# are a partner's, however many.
PAID_TOKENS = frozenset({"sponsored", "advertorial", "partner", "partners"})
_AD_SLOT_HINT = re.compile("ad|sponsor|anzeige|werbung|publici|pubblici|partner", re.I)  # cheap: most classes have none


def element_says_ad_slot(element: Any, tokens: frozenset[str] = AD_SLOT_TOKENS) -> bool:
    """Return whether an lxml element's class or id names an advertising slot (or, given PAID_TOKENS, paid content)."""
    mark = element_marks(element)
    if not _AD_SLOT_HINT.search(mark):
        return False
    words = [word.lower() for word in _TOKEN_SPLIT.split(mark) if word]
    # "noAd", "no-ads", "without-ads": a block where the site shows no advertising
    # "adActive", "ads-loaded": a flag that the block shows an ad somewhere, not that it is one (a most-read list
    # with a banner beside it)
    # "tag-partner", "category-partners": a post's topic (partnerships), as blog software names it in its class; a post
    # it files as "category-sponsored" is paid for
    # "with-ads", "has-ad": a block that has an ad beside what it holds (a teaser's row), not one
    return any(word in tokens and (i == 0 or words[i - 1] not in _NEGATIONS and words[i - 1] not in _HAVING
                                   and (words[i - 1] not in _TAXONOMIES or not word.startswith("partner")))
               and (i + 1 == len(words) or words[i + 1] not in _AD_STATES) for i, word in enumerate(words))


_NEGATIONS = frozenset({"no", "non", "not", "without", "sans", "ohne", "sin"})
_HAVING = frozenset({"with", "has", "avec", "mit", "con"})
_TAXONOMIES = frozenset({"tag", "tags", "category", "categories", "cat", "topic"})
_AD_STATES = frozenset({"active", "load", "loaded", "enabled", "ready", "visible", "free", "blocked", "blocker", "disabled"})


# The kicker of a teaser: a label above or before its headline, inside the same heading or link ("teaser__kicker",
# data-component="TeaserKicker", "dachzeile", "surtitre", "overline", "eyebrow", "preface", "supertitle").
KICKER_MARKS = re.compile(r"kicker|(?:^|[-_ ])indicator|dachzeile|spitzmarke|catch-?line|sur-?titre|overline|eyebrow|roofline|topline|prev?-?title|preface|"
                          r"super-?title|super-?head|over-?title|(?:^|[-_ ])prefix(?:$|[-_ ])|"
                          # the newsroom's own words for it: Spanish "antetítulo", "sobretítulo", Argentine "volanta",
                          # Brazilian "chapéu", "supratítulo", Italian "occhiello"
                          r"(?:ante|sobre|supra)-?t[ií]tul|volanta|chapeu|occhiello", re.I)
# Where a page puts its top story, as a class or an id names it: a strip's name beside one of these ("featured-header",
# "header-slider") is the top story's place, not a strip above it.
# (French "à la une"; Portuguese "destaque"; Turkish "manşet", the front page's headline, "mansetTop": not the row above
# it, "surmanset")
_TOP_STORY_MARKS = r"featured|aufmacher|top-?stor|lead-?stor|splash|(?:^|[-_ ])a?-?la-?une(?:$|[-_ ])|destaque|(?:^|[-_ ])man[sş]et" \
    r"|(?:^|[-_ ])manchete(?:$|[-_ ])"
HERO_MARKS = re.compile(rf"{_TOP_STORY_MARKS}|(?:^|[-_ ])hero|slider|carousel|slideshow|showcase"
                        r"|(?:^|[-_ ])slides?(?:$|[-_ ])|(?:^|[-_ ])glider(?:$|[-_ \d])",
                        re.I)
# A block that is the top story itself ("cover-story", "hero", "featured"), not a slider or a carousel of several.
COVER_MARKS = re.compile(rf"{_TOP_STORY_MARKS}|cover-?stor|(?:^|[-_ ])hero(?:$|[-_ ])", re.I)
# A service box beside the news, as its class or id names it: the weather, horoscopes, lottery numbers, recipes, the
# print edition's reader. Its links lead to forecasts, draws, dishes and issues, whatever their addresses or texts look
# like.
_WEATHER_WORDS = r"weather|wetter|meteo"
SERVICE_BOX_MARKS = re.compile(rf"(?:^|[-_ ])(?:{_WEATHER_WORDS}|horoscopes?|horoskop|lotto|lottery|"
                               r"recipes?|rezepte?|recettes?|recetas?|ricett[ae]|"
                               # the print edition's issues and supplements, as Issuu's reader shows them
                               # ("issuu-carousel": each cover links the supplement's page, no report)
                               r"issuu|e-?paper)(?:$|[-_ ])", re.I)
WEATHER_MARKS = re.compile(rf"(?:^|[-_ ])(?:{_WEATHER_WORDS})(?:$|[-_ ])", re.I)  # ... the weather's, of those

# A link that counts a story's comments ("33 comments on this story", "12 Kommentare"): it leads to them, no headline.
COMMENT_COUNT = re.compile(
    r"^\W*\d[\d.,]*k?\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reactions?|réactions?|reacties|"
    r"yorum(?:lar)?|komentarz[ey]?|komentář\w*|комментари\w*|коментар\w*|shares?|partages?|compartid[oa]s)(?!\w)", re.I
)
# A badge beside a headline, as its class names it ("badge-status" holding "COMPACT+", "Neu", "Live"): a marker, not
# words of the headline. Whole tokens of the class.
BADGE_MARKS = re.compile(r"(?:^|[-_ ])(?:badges?|stamp(?:-\d+)?)(?:$|[-_ ])", re.I)  # "t-am-stamp-1" holding "Premium"
# A blog theme's title on a story's link that wraps the headline in its own words ("Permalink to <headline>", WordPress's
# default in its languages): the headline is what follows.
PERMALINK_TITLE = re.compile(
    r"^\s*(?:permalink(?: to| zu| naar| a| per| para| vers| do)?|permalien(?: vers| pour| de| à)?|permanent link(?: to)?|"
    r"permanenter link zu|"
    r"lien permanent (?:vers|pour|de)|enlace permanente (?:a|para)|link permanente (?:a|para)|"
    r"постоянная ссылка на|bezpośredni odnośnik do|stały odnośnik do)\s*[:\-–]?\s+(?=\S)", re.I
)
# A label in brackets after a headline saying the story was updated, or how often, or that it is breaking ("... [Updated]",
# "... [Updatedx3]", "... (Mise à jour)", "... [Breaking]"): when, not what.
UPDATE_LABEL = re.compile(rf"^(?:{_UPDATE_WORDS})$", re.I)
# A paywall's mark in an element of its own beside a headline ("<span class=dnmais>Premium</span>", "Abonnés", "Z+",
# "SZ Plus", "Réservé aux abonnés"): it says who may read the story, in no headline's words. The whole element's text.
PAYWALL_LABEL = re.compile(
    r"^(?:(?:article |contenu )?premium|premium content|exclusive|exclusivo|exclusiva|exklusiv|esclusivo|abonn[ée]s?|"
    r"(?:article |contenu )?r[ée]serv[ée] (?:aux|à nos) abonn[ée]s|exclusivit[ée] abonn[ée]s|pour les abonn[ée]s|"
    r"abo|(?:nur )?f[üu]r abonnenten|exklusiv f[üu]r abonnenten|abonnenten|"
    r"assinantes?|(?:exclusivo |s[óo] )?para assinantes|exclusivo (?:para )?suscriptores|(?:s[óo]lo )?para suscriptores|suscriptores|"
    r"riservato (?:agli )?abbonati|abbonati|subscribers? only|subscriber exclusive|for subscribers|members only|"
    r"[\w.]{1,10} ?(?:\+|plus))$",
    re.I,
)
