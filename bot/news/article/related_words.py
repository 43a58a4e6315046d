"""Words that tell a story's own related block from the site's boxes that look like one.

markup.RELATED_HEADINGS and markup.SITEWIDE_LABELS hold the common words; these are the finer ones the
related-headline reader needs: boxes a newsroom titles for this story ("La rédaction vous conseille"),
and boxes titled like related ones that list a section, a topic's tags or the site itself.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.news.markup import RELATED_HEADINGS
from bot.news.text import unaccented
from bot.news.urls import site_domain

# "Similar articles" in the languages news is written in ("Podobne", "Articles similaires", "Похожие новости"): a box
# of picks like the story, its own block only when its headlines are about it (RECOMMENDATION_LABELS holds it too).
SIMILAR = (r"^\W*similar\b|\bsimilar (?:articles|stories|news|posts|reads)\b|\b(?:articles|sujets) similaires\b|"
           r"\bähnliche (?:artikel|themen|beiträge|nachrichten|meldungen)\b|"
           r"\b(?:art[íi]culos|noticias|not[íi]cias|artigos|mat[ée]rias) similares\b|\b(?:articoli|notizie) simili\b|"
           r"\bvergelijkbare (?:artikelen|berichten)\b|\bпохожие (?:новости|статьи|материалы)\b|^\W*podobn[eéií]\b|"
           r"\bsli[čc]ne (?:vijesti|vesti)\b|\bbenzer haberler\b")

# Titles of the story's own box that markup.RELATED_HEADINGS does not hold: the newsroom's or the
# author's picks for this story, "+ Sur le sujet".
STORY_PICKS = re.compile(
    r"\bsur le sujet\b|^\W*also see\b|\bvous (?:conseille|recommande)\b|"
    # the French of "you may also like" over the story's own list ("Vous aimerez aussi :")
    r"\bvous aimerez (?:aussi|[ée]galement|peut-[êe]tre)\b|\bvous pourriez (?:aussi |[ée]galement )?aimer\b|"
    r"\b(?:la rédaction|l'auteur|l’auteur) vous\b|"
    r"\barticles? li[ée]s\b|\brelacionad[oa]s?\b|\bmore on this (?:story|topic)\b|\bempfehlungen der redaktion\b|"
    r"\b(?:prze)?czytaj (?:też|także|również)\b|^\W*przeczytaj\W*$|\bzobacz (?:też|także|również)\b|"
    # "related" in more of the languages news is written in (Latvian, Lithuanian, Czech, Slovak, Polish, Slovene,
    # Croatian, Greek, Turkish, Indonesian, Vietnamese, Thai, Hindi)
    r"\bsaist[īi]tie raksti\b|\bsusij[ęe] straipsniai\b|\bsouvisej[íi]c[íi]\b|\bs[úu]visiace\b|\bpowi[ąa]zane\b|"
    r"\bsorodne\b|\bpovezan[eoi]\b|\bsrodni [čc]lanci\b|σχετικά|\bilgili haberler\b|\bberita terkait\b|"
    r"\btin li[êe]n quan\b|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|संबंधित|"
    # "read also" and "more on this" in the Nordic languages, Polish, Spanish, German, Romanian, Finnish
    r"\bles ogs[åa]\b|\bl[äæ]s ogs[åa]\b|\bczytaj wi[ęe]cej\b|\bm[áa]s informaci[óo]n\b|\bpara saber m[áa]s\b|"
    r"\bverwandte artikel\b|\bcite[șs]te [șs]i\b|\blue my[öo]s\b|"
    # Swedish, Dutch and German "read also", "see also"; Ukrainian "read also" and "on the subject"
    r"\bl[äa]s ocks[åa]\b|\bzie ook\b|\blesen sie auch\b|читайте також|по темі|"
    # "read also" in German (informal), Czech, Slovak, Slovene, Croatian, Serbian, Bulgarian, Greek,
    # Indonesian, Vietnamese, Hungarian, Turkish; German "also of interest"
    r"\blest auch\b|\blies auch\b|\bauch interessant\b|\b[čc]t[ěe]te (?:tak[ée]|t[ée][žz])\b|"
    r"\b[čc][íi]tajte (?:aj|tie[žz])\b|\bpreberite (?:[šs]e|tudi)\b|\bpro[čc]itajte (?:jo[šs]|i)\b|прочитајте још|"
    r"прочетете (?:още|също)|διαβάστε (?:ακόμα|ακόμη|επίσης)|\bbaca juga\b|đọc thêm|\bolvasd el ezt is\b|\bkapcsol[óo]d[óo]\b|"
    r"\bayr[ıi]ca (?:okuyun|bak[ıi]n[ıi]z)\b|"
    # "more on this subject", "articles on the same subject" (Polish, French, Spanish, Italian, Portuguese, German, Dutch)
    r"\bna ten temat\b|\ben relation\b|\barticoli correlati\b|\bsobre el mismo tema\b|\bsullo stesso (?:tema|argomento)\b|"
    r"\bsobre o mesmo (?:tema|assunto)\b|\bzum gleichen thema\b|\bover hetzelfde onderwerp\b|"
    # a one-link insert in the story's text: "MORE: <a>", "Read: <a>"
    r"^\W*(?:more|read|related|see|lire|lesen|leia|leggi|lee)\s*:\s*$|" + SIMILAR,
    re.I,
)

def titles_related(text: str) -> bool:
    """Return whether a short text is a title of related stories ("Sur le même sujet", "Related News On ..."),
    not a sentence that says "more about" something ("To find out more about commenting, read ...")."""
    found = RELATED_HEADINGS.search(text) or STORY_PICKS.search(text)
    return found is not None and (len(text.split()) <= 6 or found.start() <= 3)


# Titles of a recommendations box ("You might also like", "Recommended", "À découvrir également", the newsroom's picks
# in any language: "Empfehlungen der Redaktion", "La rédaction vous conseille", "Ti consigliamo"): the site's picks,
# the story's own block only when its headlines are about the story.
RECOMMENDATION_LABELS = re.compile(
    r"\byou (?:may|might) (?:also )?(?:like|enjoy|be interested)|recommend|\bk[öo]nnte sie (?:auch )?interessieren|"
    r"\bte puede interesar|\bpotrebbe interessarti|\bauch interessant\b|\bread more\b|^\W*more (?:stories|news|articles)\b|"
    r"d[ée]couvrir|\bdon'?t miss\b|\bne manquez\b|\bleggi anche\b|empfehl|suggest|conseill|consigli|recommand|recomend|"
    # what other readers read: the site's readers' picks, not the newsroom's for this story
    r"\b(?:people|readers|users|others|visitors)(?: who [\w ]+?)? also (?:read|viewed|liked|watched|enjoyed)\b|"
    r"\binternautes ont (?:aussi|[ée]galement) (?:lu|consult[ée])\b|\bleser (?:lasen|interessierten sich) auch\b|"
    + SIMILAR,
    re.I,
)


# A section's latest stories or the site's next one, titled with words markup.RELATED_HEADINGS also holds ("Dans la même
# rubrique"): the section's list, not the story's.
SECTION_LABELS = re.compile(
    r"\bdans la m[êe]me rubrique\b|\bdans la rubrique\b|\bin the same section\b|\bmore in (?!this\b)\w|"
    # "More from" over a linked author or section name; the site's next story ("Read next", "Up next")
    r"^\W*more from\W*$|\bread next\b|\b(?:top|our|staff|editor'?s'?) picks\b|^\W*more (?!on\b|about\b|related\b)(?:[\w&'-]+ ){1,3}(?:news|stories|articles|headlines|posts)\W*$|\bup next\b|\bnext (?:story|article)\b|"
    r"\b(?:mehr )?aus dem ressort\b|\ben la misma secci[óo]n\b|\bnella stessa sezione\b|\bna mesma se[çc][ãa]o\b|"
    # a section's related list or its top stories ("Related articles in World", "TOP NORTHERN IRELAND STORIES")
    r"\brecently in\b|\brelated (?:articles|stories|news|posts|links) in (?!this\b)\w|^\W*top (?:[\w&'-]+ ){1,3}(?:stories|news|headlines)\W*$",
    re.I,
)

# A box of topic or tag pages ("Les sujets associés", class "related-topics"): links to lists, not stories.
TOPIC_LABELS = re.compile(
    r"\bsujets? associ[ée]s\b|\bth[èe]mes? associ[ée]s\b|\bmots?[- ]cl[ée]s\b|\b(?:related )?topics\b|\btags\b|"
    r"\bkeywords\b|\bschlagw[öo]rter\b|\bthemen\b|\betiquetas\b|\btemas relacionados\b|\bargomenti\b|\bt[óo]picos\b|"
    r"キーワード|タグ|关键词|關鍵詞|标签|標籤|키워드|태그",
    re.I,
)
# A cloud of tags by its class: "tags", "tag-cloud", "related-topics", not a box of stories keyed by a tag
# ("more-on--tag", a BEM modifier).
TOPIC_MARKS = re.compile(r"(?:^|[ _]|(?<![-])-)(?:topics|tags|keywords|tag-?cloud|themes|schlagworte)(?:$|[-_ ])", re.I)

# A box of paid-for links titled like a related one ("Related Partners", "Contenus sponsorisés").
COMMERCIAL_LABELS = re.compile(
    r"\bpartners?\b|\bpartenaires?\b|\bsponsor|\bpromoted\b|\bpaid (?:content|post)\b|\bpublicit|\banzeige\b|"
    r"\bwerbung\b|\bpubblicit|\bpatrocinad|\bparceiros?\b|\bsocios\b",
    re.I,
)

# A box of links to other sites titled like a related one ("Related Internet Links", "External links", "Liens
# externes"): the site's stories beside them are not what it names.
ELSEWHERE_LABELS = re.compile(
    r"\b(?:internet|web|external|outside) (?:links|sites|resources)\b|\brelated (?:web ?)?sites\b|"
    r"\belsewhere on the (?:web|internet)\b|\bweb ?links\b|\bliens (?:externes|internet)\b|\bsites? (?:internet )?associ[ée]s\b|"
    r"\bexterne links\b|\bexterne verweise\b|\bweiterf[üu]hrende links\b|\benlaces (?:externos|de inter[ée]s)\b|"
    r"\bsitios relacionados\b|\blink esterni\b|\blinks externos\b",
    re.I,
)

# Links to lists of stories, not stories, by a segment of their path: a journalist's or a theme's page.
LIST_SEGMENTS = frozenset({
    "journalists", "journalist", "columnists", "columnist", "writers", "contributors", "profile", "profiles",
    "auteur", "auteurs", "autor", "autoren", "autores", "signataires", "redacteur", "theme", "themes",
    "sujet", "sujets", "dossiers", "schlagwort", "schlagworte", "tema", "temas", "argomento", "argomenti",
})

# A search of the site ("/search?keyword=...", "/recherche?q=..."): a list of results, not a story.
SEARCH_SEGMENTS = frozenset({"search", "suche", "recherche", "buscar", "busca", "cerca", "ricerca", "zoeken", "szukaj"})

# A link to the previous or next story of the site: navigation, whatever the box around it says.
PREV_NEXT = re.compile(
    r"^\W*(?:previous|next|prev|older|newer)(?: (?:article|story|post|entry))?\b|"
    r"^\W*(?:article|billet|sujet) (?:pr[ée]c[ée]dent|suivant)\b|^\W*(?:pr[ée]c[ée]dent|suivant)\b|"
    r"^\W*(?:vorherige[rs]?|n[äa]chste[rs]?) (?:artikel|beitrag)\b|"
    r"^\W*(?:art[íi]culo|noticia|articolo) (?:anterior|siguiente|precedente|successivo)\b",
    re.I,
)
# A link to the whole list a box shows part of ("See all 121 stories", "Voir tous les articles", "Alle Artikel anzeigen").
SEE_ALL = re.compile(
    r"^\W*(?:see|view|show|browse|read) (?:all|more)\b|^\W*(?:all|more) (?:stories|articles|news|posts)\W*$|"
    r"^\W*voir (?:tout|tous|toutes|plus)\b|^\W*tou(?:te)?s les (?:articles|actualit[ée]s|infos)\b|"
    r"^\W*alle\b.*\b(?:anzeigen|ansehen|lesen)\W*$|^\W*(?:ver|mostrar) (?:todo|todas|todos|m[áa]s)\b|"
    r"^\W*(?:vedi|mostra) (?:tutt[eio]|altr[eio])\b|^\W*(?:ver|veja) (?:tudo|todas|todos|mais)\b|"
    r"^\W*(?:zobacz|poka[żz]) wszystk|^\W*more (?:in|from|on|about) \S|^\W*mehr (?:aus|zu[mr]?|von) \S|"
    r"^\W*plus (?:sur|d'articles|d’articles)\b",
    re.I,
)
# A tool of the page, not a story: "E-mail to a friend", "Print this article", "Envoyer à un ami".
PAGE_TOOLS = re.compile(
    r"^\W*(?:e-?mail|send|share|print|save|bookmark)(?: (?:this|the))? (?:to a friend|article|story|page|post)\b|"
    r"^\W*(?:e-?mail|send)(?: (?:it|this))? to a friend\b|^\W*(?:envoyer|partager|imprimer)(?: (?:à un ami|cet article|l'article))\b|"
    r"^\W*(?:artikel )?(?:versenden|drucken|teilen)\W*$",
    re.I,
)
PREV_NEXT_MARKS = frozenset({"prev", "previous", "next", "pager", "pagination", "older", "newer"})

# A link to a list ("Harriet Alexander »", "Voir tout ›"): the arrow says more of something follows.
_ARROW = re.compile(r"[»›→]\s*$|^\s*[‹←>]|>>?\s*$|^\s*«(?!.*»)")


def more_arrow(text: str) -> bool:
    """Return whether a link's text ends (or starts) with an arrow, not with the closing mark of a French quote
    ("Népal : «Plus les heures passent, moins on est utiles»" is a headline)."""
    if not _ARROW.search(text):
        return False
    unpaired = text.count("»") > text.count("«") or text.count("›") > text.count("‹")
    return unpaired or not text.rstrip().endswith(("»", "›"))

_WORD = re.compile(r"[^\W_]+")
_DOMAIN_ENDINGS = frozenset("com net org co uk fr de es it au ca in ie nz za ch be at nl pt br mx jp cn ru pl".split())


def _folded_words(text: str) -> list[str]:
    """Return the words of a text, casefolded and without accents ("Libération" -> "liberation")."""
    return [w.casefold() for w in _WORD.findall(unaccented(text))]


# What a box naming the site says about it: more of the site ("More on POLITICO", "Également sur RFI"),
# not that it relates to this story ("Related News On Huffington Post").
_SITE_BOX = re.compile(
    r"\b(?:more|mehr|plus|más|mais|altro|altri|latest|top|also|également|aussi|auch|también|anche|ainda)\b|"
    r"\bà la une\b|\ba la une\b",
    re.I,
)


_SECTION_JOINERS = frozenset({"and", "et", "und", "y", "e"})
# What a related title calls its links, not a section's name ("Related news" on /news/business/...).
_BOX_WORDS = frozenset({
    "news", "stories", "story", "articles", "article", "posts", "post", "links", "link", "coverage", "content",
    "reading", "items", "topics", "videos", "video", "nachrichten", "artikel", "noticias", "notizie", "actualites",
    "infos", "articulos", "articoli", "beitrage", "more", "also", "read", "see",
})


def names_section(label: str, url: str) -> bool:
    """Return whether a related title names a section of the page's own address that the story's slug does not
    ("Related: Crime & courts" on /ns/us_news-crime_and_courts/t/two-charged-...): the section's list, not the
    story's ("More on Amazon" on /business/amazon/...-amazons-strategy is the story's subject)."""
    found = RELATED_HEADINGS.search(label)
    if found is None or len(label) > 60:
        return False
    rest = [w for w in _folded_words(label[:found.start()] + " " + label[found.end():])
            if w not in _SECTION_JOINERS and w not in _BOX_WORDS]
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not 0 < len(rest) <= 4 or len(segments) < 2:
        return False
    sections = set(_folded_words(" ".join(segments[:-1]).replace("_", " ")))
    slug = _folded_words(segments[-1].replace("_", " "))
    return all(len(w) >= 3 and w in sections and not any(s.startswith(w) for s in slug) for w in rest)


def site_box(label: str, url: str) -> bool:
    """Return whether a label offers more of the site by its name ("More on POLITICO", "MORE FROM TELEGRAPH.CO.UK"), or
    of a site it names by its address ("More on VF.com": the site's short name, or another site's)."""
    return bool(_SITE_BOX.search(label)) and (names_site(label, url) or _WEB_ADDRESS.search(label) is not None)


# A site's address in a label ("VF.com", "NBCNews.com", "lemonde.fr"): a name and a domain's ending.
_WEB_ADDRESS = re.compile(rf"\b[^\W_][\w-]*\.(?:{'|'.join(sorted(_DOMAIN_ENDINGS))})\b", re.I)


def names_site(label: str, url: str) -> bool:
    """Return whether a short label names the site the page is on ("More on POLITICO", "À la une de libération.fr")."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or len(label) > 60:
        return False
    name = site_domain(host).split(".")[0]
    if len(name) < 3:
        return False
    words = _folded_words(label)
    # The name may be spelt in several words ("Le Monde", "telegraph.co.uk"): join runs of words.
    for start in range(len(words)):
        joined = ""
        for end in range(start, len(words)):
            joined += words[end]
            if joined.startswith(name):
                # A short name ("bbc", "time") names the site only as the label's last word or before its domain's
                # ending ("More on Time.com"), not inside a title ("More time for ...").
                rest = words[end + 1:]
                return len(name) >= 5 or all(word in _DOMAIN_ENDINGS for word in rest)
            if not name.startswith(joined):
                break
    return False
