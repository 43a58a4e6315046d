"""What a link says: whether its words are a headline, and which of its texts is the story's headline."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain, takewhile
from typing import Any, Protocol
from urllib.parse import urlsplit

from bot.news.markup import (
    BADGE_MARKS,
    PAYWALL_LABEL,
    PERMALINK_TITLE,
    CHROME_LABELS,
    COMMENT_COUNT,
    KICKER_MARKS,
    MEDIA_KICKERS,
    UPDATE_LABEL,
    CJK_BAR_TAIL,
    CJK_GENRE_KICKER,
    CJK_SLASH_KICKER,
    MEDIA_SUFFIX,
    RELATIVE_TIME,
    MEDIA_BEFORE_COLON,
    MORE_AFTER,
    MORE_BEFORE,
    MORE_LABELS,
    MORE_OF_A_KIND,
    SEE_MORE_OF,
    TRACK_MARKER,
    element_marks,
    hidden_from_readers,
    without_capital_media_after,
)
from bot.news.article.dates import MONTHS
from bot.news.text import collapse, count_cjk, unaccented, unescaped_twice
from bot.news.urls import site_domain, site_name
from bot.news.frontpage.page import NOISE_TAGS


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def folded_words(text: str) -> list[str]:
    """Return the words of a text, lower-case and without accents ("Santé" -> "sante")."""
    return re.findall(r"[a-z0-9]+", unaccented(text.casefold()))


def words_of(text: str) -> list[str]:
    """Return the words of a text in any script, lower-case and without accents ("Santé" -> "sante", "العمر ساعة")."""
    return re.findall(r"\w+", unaccented(text.casefold()))


def folded_words_but_numbers(text: str) -> list[str]:
    """Return the folded words of a text but numbers: an id beside a slug, a number written in both."""
    return [word for word in folded_words(text) if not word.isdigit()]


# A market quote: a name, a price and its change ("Bitcoin 38.291,75 %-1,45", "DAX 18.210 +0,4 %", "ZBG Token $0,0317 -4,04%").
_NUMBER = re.compile(r"^(?:[-+−%$€£¥₺]*\d[\d.,]*[%$€£¥₺]?|%)$")
_QUOTE_NAME_WORDS = 3


def _is_quote(text: str) -> bool:
    """Return whether a link text is a market quote (a name, then a price and a percentage change): a data page's."""
    if "%" not in text:
        return False
    words = text.split()
    numbers = sum(bool(_NUMBER.match(word)) for word in words)
    return numbers >= 2 and len(words) - numbers <= _QUOTE_NAME_WORDS and bool(_NUMBER.match(words[-1]))


_SHORT_WORD = 3  # letters of a word a slug may leave out ("un", "the", "hoy")
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)  # an image's alt that only names its file
# ... or its file's stem without the extension: a hash ("67ff11705b1492d6efc4e9f8aaf5d1cb"), a camera's numbered name
# ("IMG_2041", "DSC01234"), a social network's numbers ("14801185_10154132154417648_695069588_n")
_FILE_STEM = re.compile(r"^(?:[0-9a-f]{16,}|(?:img|dsc[nf]?|pict?)[-_ ]?\d{3,}|\d{5,}(?:[ _]\d{5,})+_[a-z])$", re.I)
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)  # a link whose words are an address: where it goes, no headline


def spelled_by(text: str, slug: str) -> bool:
    """Return whether a story's slug spells a short text ("Chalk Coffee" of .../chalk-coffee/): every word, or every
    word but the short ones it may leave out ("Un radar averiado" of /opinion/radar-averiado-20210801185805.html)."""
    words = folded_words(text)
    if not words and slug and not MORE_LABELS.match(text):
        # A text in a script of no Latin letters, "زيارة المستقبل" of ".../زيارة-المستقبل": where its words are all the
        # slug's, numbers aside (not a name that ends a series' slug, "יוני גנוט" of "/162104-אמני-הגולה-יוני-גנוט": a
        # profile's; nor two words of a longer one: no short words of such a script are known to leave out); a Greek or
        # Cyrillic text's words spelled in Latin letters too, however transliterated ("Περιμένει δικαίωση…" of
        # ".../perimenei-dikaiosi"): their consonants the same, word for word.
        own = words_of(text)
        # (a slug's words split at underscores too: "2152_nerealnoe-realnee-realnogo" opens with its id)
        slugged = [word for word in words_of(slug.replace("_", " ")) if not word.isdigit()]
        return bool(own) and (set(own) == set(slugged)
                              or [_consonants(_transliterated(word)) for word in own] == list(map(_consonants, slugged)))
    if not (slug and words) or MORE_LABELS.match(text):
        return False
    spelled = set(folded_words(slug))
    long_words = set(_long_words(words))
    return set(words) <= spelled or bool(long_words) and long_words <= spelled


# Greek and Cyrillic letters in Latin ones, as slugs spell them (one of the ways: the comparison reads consonants only).
_LATIN_LETTERS = str.maketrans({
    **dict(zip("αβγδεζηικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "i", "k", "l", "m", "n", "x", "o", "p",
                                             "r", "s", "s", "t", "y", "f", "ch", "ps", "o"])), "θ": "th",
    **dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l",
                                                        "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh",
                                                        "sch", "", "y", "", "e", "yu", "ya", "i", "i", "e", "g"])),
})


def _transliterated(word: str) -> str:
    """Return a Greek or Cyrillic word in Latin letters ("περιμενει" -> "perimenei"); another word as it is."""
    return word.translate(_LATIN_LETTERS)


def _consonants(word: str) -> str:
    """Return a Latin word's consonants, each run of one letter once, the ways of spelling one sound made one ("ks" and
    "x", "ts" and "c"; "h" and "j" left out, as vowels are): what any transliteration keeps of a word."""
    word = word.replace("ks", "x").replace("ts", "c").replace("tz", "c")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhjw]", "", word))


def _long_words(words: list[str]) -> list[str]:
    """Return the words that say what a text is about: longer than a short word, not a number."""
    return [word for word in words if len(word) > _SHORT_WORD and not word.isdigit()]


# A short text wholly in brackets, a label's or a byline's ("[이유림]", "[창간 12주년]", "【特集】"), not a quote's corner
# brackets ("「日本人でよかった」" is a headline).
_BRACKETED_LABEL = re.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|【[^【】]{1,20}】|[(（][^()（）]{1,20}[)）])\s*$")
# A day written in Chinese, Japanese or Korean characters, in brackets maybe ("【2018年3月14日】", "2018년 3월 16일").
_CJK_DATE = re.compile(r"^\s*[\[【(（]?\s*(?:(?:19|20)\d\d\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
                       r"(?:\s*[(（]?[月火水木金土日]?[)）]?)?\s*[\]】)）]?\s*$")
CJK_HEADLINE_CHARS = 8  # a Chinese or Japanese headline's characters at least, not a label's
_CJK_SUMMARY_CHARS = 36  # a Chinese, Japanese or Korean text cut short after this many of its characters is a summary


def is_headline(text: str, slug: str = "") -> bool:
    """Return whether a link text reads like a headline rather than a label ("Sport", "More", "»").
    A headline of one to three words ("Setlist", "24 heures photo") counts when the story's
    URL slug spells it: a section label ("Santé") on a story link does not. slug is given for sure stories only."""
    if not text or len(text) > 300 or COMMENT_COUNT.match(text) or _is_quote(text) or _FILE_NAME.match(text) \
            or _FILE_STEM.match(text) or _WEB_ADDRESS.match(text) or _BRACKETED_LABEL.match(text) or _CJK_DATE.match(text):
        return False
    if len(text.split()) >= 4 or len(text) >= 20:
        return True
    if spelled_by(text, slug):
        return True
    # Chinese, Japanese and Korean headlines have no spaces and are short in characters; on a dated or numbered
    # story's link five characters make one ("明星也爱路边摊", "国货亮相IFA"), where a label has two to four ("国际", "更多").
    if slug and count_cjk(text) >= 2 and len("".join(text.split())) >= 5 and not MORE_LABELS.match(text):
        return True
    return count_cjk(text) >= CJK_HEADLINE_CHARS


# How good a link's text is as the story's headline: a heading, the link's own words, or what
# an image or a caption says (alt text, captions and photo credits are the last resort).
HEADING, LINK_TEXT, ASIDE_TEXT = 0, 1, 2
_CAPTION_MARKS = re.compile(r"caption|credit|legend|copyright", re.I)
_CREDIT_MARKS = re.compile(r"credit|copyright", re.I)  # (a "caption" may hold a slide's headline: "spotlight-article__caption")
# A standfirst under the headline in the same link (Brazilian "linha fina", French "chapô", American "dek"): the teaser's
# summary, no words of its headline, shown or not. Whole parts of a class token.
_STANDFIRST_MARKS = re.compile(r"(?:^|[-_ ])(?:standfirst|linha-?fina|chap[oô]|dek)(?:$|[-_ ])", re.I)
# An author's name in an element so classed inside a headline's link ("<span class=author-art> di Paolo Tomaselli</span>"):
# a byline, no words of the headline, shown or not. Whole parts of a class token.
_BYLINE_MARKS = re.compile(r"(?:^|[-_ ])(?:author|authors|byline|autore|auteur|autor|signature|source|quelle|fuente|fonte)"
                           r"(?:$|[-_ ])", re.I)  # and the publisher a portal names after it ("<span class=source>")
# An icon's element ("<i class=su-icon>bloqué</i>", "<i class=material-icons>lock</i>"): a screen reader's word or a font's
# ligature for a picture, not the headline's words, when it holds a few words at most.
_ICON_MARKS = re.compile(r"(?:^|[-_ ])(?:icons?|ico|glyph|glyphicon|fa)(?:$|[-_ ])", re.I)
_ICON_WORDS = 3
# A section's or a category's name, as a class says it.
_SECTION_WORDS = r"section|category|categoria|categorie|rubri[ck]|ressort"
# A class calling its element a button ("b__mainnews-btn", "read-button"): a call to open the story, not a headline's words.
_BUTTON_MARKS = re.compile(r"(?:^|[-_ ])(?:btn|button)(?:$|[-_ ])", re.I)
_BUTTON_WORDS = 3
_BYLINE_WORDS = 10  # "di Paolo Tomaselli, inviato a Ferrara": a name and a role, not a headline
# A media marker alone in its element after the headline ("... <br><span>VIDEO</span>", "Il video"): what the link
# leads to, not its words.
_MEDIA_WORD_ALONE = re.compile(r"^(?:(?:il|la|le|les|the|el|o|a|das|der|die)\s+)?(?:v[íi]d[eé]os?|fotos?|photos?|gallery|"
                               r"galerie|galer[íi]a|audio|podcast|diretta|en direct|en vivo|ao vivo|"
                               # Japanese and Chinese photo and video marks, and a "new" badge (not "nuevo": a word alone
                               # in its element inside a headline, "lo hizo de <span>nuevo</span>")
                               r"写真|動画|映像|视频|視頻|图片|圖片|new!?|新着)$", re.I)
_PICTURE_MARKS = re.compile(r"(?:^|[-_ ])(?:foto|photo|image|img)(?:$|[-_ ])", re.I)


def _is_caption(element: Any, pictured: bool) -> bool:
    """Return whether an element is a figure caption or a photo credit: so named, or named for a picture in a link
    that shows one, or as a badge of a word or two ("Bilder"); in a link without a picture, a headline in an element
    named "item-image-text" is the teaser's text."""
    marks = element_marks(element)
    if _is_credit(element):
        return True
    if _headline_over_summary(element):
        return False  # a slide's caption that is its teaser: "<span class=ps-caption><b>Headline</b><br>Summary ..."
    return element.tag in ("figcaption", "small") or bool(_CAPTION_MARKS.search(marks)) \
        or bool(_PICTURE_MARKS.search(marks)) and (pictured or len(collapse(" ".join(element.itertext())).split()) <= 2)


def _headline_over_summary(element: Any) -> bool:
    """Return whether an element opens with a headline in bold, a line break, then a summary longer than it (not a
    headline broken over several lines: "<strong>Как ... начать</strong><br>новую жизнь,<br>несмотря на ...")."""
    if (element.text or "").strip() or len(element) < 2 or element[0].tag not in _BOLD_TAGS or element[1].tag != "br" \
            or (element[0].tail or "").strip() or sum(1 for child in element if child.tag == "br") > 1:
        return False
    headline = text_of(element[0])
    return is_headline(headline) and len(_words_after(element[1]).split()) > len(headline.split())


_CREDIT_CHARS = 60  # "© Galatasaray SK/Twitter", "© imago images": a name, not a sentence


def _is_credit(element: Any) -> bool:
    """Return whether an element is a photo's credit set before the headline in a link: short, its text opening with ©
    ("<div class=quelle><span>©</span> DHA</div>")."""
    text = collapse(" ".join(element.itertext()))
    return text.startswith("©") and len(text) <= _CREDIT_CHARS


# An element whose whole text is a number is a counter beside the headline: a rank in a most-read
# list ("1", "2."), or a count of views or comments ("15111", "1 204").
_COUNTER = re.compile(r"^[#№]?\d{1,3}(?:[\s.,]?\d{3})*[.)]?$|^[(\[]\d{1,3}(?:[\s.,]?\d{3})*[)\]]$")  # and "(5)", "[12]"


def _link_texts(anchor: Any, slug: str = "") -> tuple[str, str]:
    """Return a link's words without those of captions, credits and counters inside it, and all its
    words but counters, dates and kickers (slug: the story's, which may spell a short headline after a kicker)."""
    own: list[str] = []
    shown: list[str] = []
    pictured = next(anchor.iter("img", "picture"), None) is not None

    skipped: list[Any] = []  # labels left out (see below)

    def walk(element: Any, caption: bool, labels: bool) -> None:
        if _headline_over_summary(element):
            # A slide's caption that is its teaser: its headline in bold, the summary below the line break left out.
            words = text_of(element[0])
            shown.append(words)
            if not caption:
                own.append(words)
            return
        if element.text and not _capitals_line_kicker(element):
            shown.append(element.text)
            if not caption:
                own.append(element.text)
        leading = _leading_kicker(element, slug)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in NOISE_TAGS and not _is_counter(child) \
                    and not _is_kicker(child) and not _is_byline(child) and not _is_standfirst(child) \
                    and not any(child is label for label in leading):
                if labels and _is_classed_label(child):
                    skipped.append(child)
                else:
                    walk(child, caption or _is_caption(child, pictured), labels)
            if child.tail:  # the text after a child belongs to the element around it
                shown.append(child.tail)
                if not caption:
                    own.append(child.tail)

    walk(anchor, False, True)
    if skipped and not collapse(" ".join(shown)):
        walk(anchor, False, False)  # a label that is the link's only words is its headline ("item-label")
    return collapse(" ".join(own)), collapse(" ".join(shown))


def _is_standfirst(element: Any) -> bool:
    """Return whether an element is a standfirst inside a headline's link: so classed ("linha-fina"), not also a title."""
    marks = element_marks(element)
    return bool(_STANDFIRST_MARKS.search(marks)) and not _TITLE_MARKS.search(marks)


def _title_over_a_name(anchor: Any, titled: Any) -> bool:
    """Return whether a link's words are only those of its title-classed part and of one sibling part its class calls a
    name, of a few words (a column's box: "<div class=tcltitle>...</div><div class=name>...</div>"; not a columnist's
    box that adds the column's headline in a part of its own: "<strong class=name>...</strong><span
    class=company-title>Aile Yazarı</span><span class=desc>Kamburluk (kifoz) tedavisi</span>")."""
    names = [sibling for sibling in (*titled.itersiblings(), *titled.itersiblings(preceding=True))
             if isinstance(sibling.tag, str) and _NAME_MARKS.search(element_marks(sibling))]
    return len(names) == 1 and 0 < len(text_of(names[0]).split()) <= _BYLINE_WORDS \
        and words_of(text_of(anchor)) == words_of(f"{text_of(titled)} {text_of(names[0])}")


def _is_byline(element: Any) -> bool:
    """Return whether an element is a byline inside a headline's link: so classed ("author-art"), not a block its class
    also calls a title ("cell-author__title" holds a column's headline), and a name's length at most."""
    marks = element_marks(element)
    if _TITLE_MARKS.search(marks) or len(collapse(" ".join(element.itertext())).split()) > _BYLINE_WORDS:
        return False
    # (or classed a name, "<span class=jmeno>Jan Hejl</span>", in a teaser its block calls the author's: a columnist's box)
    return bool(_BYLINE_MARKS.search(marks)) or bool(_NAME_MARKS.search(marks)) and any(
        _BYLINE_MARKS.search(element_marks(parent)) for parent in list(element.iterancestors())[:_NAME_LEVELS])


# A link whose words are the site's "last updated" stamp and its day and time ("Ultimo aggiornamento: lunedì 19 marzo 2018
# 14:53", "Dernière mise à jour à 08h36 le 05/07"): the header's clock, linking the newest story, not its headline or its
# place on the page. (Not "Updated: Ten dead after ...": a headline the stamp opens.)
_UPDATE_LABEL = re.compile(r"^\W*(?:ultimo aggiornamento|aggiornato|derni[èe]re mise [àa] jour|mise? [àa] jour|last updated|updated|"
                           r"letzte aktualisierung|zuletzt aktualisiert|aktualisiert|[úu]ltima actualizaci[óo]n|actualizado|"
                           r"[úu]ltima atualiza[çc][ãa]o|atualizado|laatst bijgewerkt|bijgewerkt|ostatnia aktualizacja|"
                           r"обновлено|son g[üu]ncelleme)\b", re.I)
_WEEKDAYS = frozenset(unaccented(day) for day in (
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica lunes martes miércoles jueves viernes sábado domingo "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag segunda terça quarta quinta sexta feira maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag").split())
_CLOCK_WORDS = frozenset("à a le at on um am alle ore il el las de del di the h às om o pm".split())


def is_date_stamp(text: str) -> bool:
    """Return whether a text is a date or a time stamp alone ("24/03 11:50", "15/02/18", "17 Mar")."""
    return len(text) <= _STAMP_CHARS and bool(_STAMP.match(text))


def is_update_stamp(text: str) -> bool:
    """Return whether a link's words are a "last updated" label and a day or a time only."""
    label = _UPDATE_LABEL.match(text)
    if label is None:
        return False
    words = re.findall(r"[^\s,.:;/()\-–|]+", text[label.end():].lower())
    return any(any(c.isdigit() for c in word) for word in words) and all(
        any(c.isdigit() for c in word) or word in MONTHS or unaccented(word) in _WEEKDAYS or word in _CLOCK_WORDS
        for word in words)


def in_byline(anchor: Any) -> bool:
    """Return whether a link is a name in a story's byline ("By <a>Simon Smale</a>" in <p class=byline>): the author's
    page, whatever its address looks like."""
    if len(text_of(anchor).split()) > _NAME_WORDS:
        return False
    element = anchor
    for _ in range(2):
        element = element.getparent()
        if element is None or not isinstance(element.tag, str):
            return False
        # (Only a class naming the byline: a box its class calls the author's holds a columnist's teaser too.)
        if _BYLINE_CLASS.search(element_marks(element)) and _is_byline(element):
            return True
    return False


_BYLINE_CLASS = re.compile(r"byline", re.I)
_NAME_MARKS = re.compile(r"(?:^|[-_ ])(?:name|jmeno|jméno|imie|nom|nombre|nome|naam)(?:$|[-_ ])", re.I)  # a person's name
_NAME_LEVELS = 4  # how far above a name's element the block calling it the author's may be
_NAME_WORDS = 4


def _is_kicker(element: Any) -> bool:
    """Return whether an element is the kicker above or before a headline ("Kommentar", "Trump bestätigt: ..."), as
    its class or its component name says: a label of the story, not words of its headline."""
    return bool(KICKER_MARKS.search(f"{element_marks(element)} {element.get('data-component') or ''}"))


def _is_classed_label(element: Any) -> bool:
    """Return whether an element is a label of a word or three its class calls one ("ssts-label" over the picture,
    "label--region") or a tag ("ArticleTags__item"): a section's, a place's or a topic's name beside the headline, which
    its own class would call a title."""
    marks = element_marks(element)
    if not _LABEL_MARKS.search(marks) or _TITLE_MARKS.search(marks):
        return False
    words = collapse(" ".join(element.itertext()))
    # (A label that ends a sentence, "Análisis.", is read with the headline: the page shows them as one.)
    return 0 < len(words.split()) <= _LABEL_WORDS and words[-1].isalnum()


# A class calling its element a label or tags: a word of the class ("label", "tag-list") or a camelCase part ("ArticleTags").
_LABEL_MARKS = re.compile(r"(?:(?:^|[-_ ])(?:[Ll]abel|[Tt]ags?)|(?<=[a-z])(?:Label|Tags?))(?=$|[-_ ]|[A-Z])")
_LABEL_WORDS = 3


def opens_with_stamp(anchor: Any) -> bool:
    """Return whether a link's words open with when its story came ("<span class=datum>před 15 minutami</span>",
    "<time>10:46</time>"): an item of a feed of the newest stories."""
    if (anchor.text or "").strip() or not len(anchor):
        return False
    first = anchor[0]
    if not isinstance(first.tag, str) or not _is_counter(first):
        return False
    text = text_of(first)
    return any(c.isdigit() for c in text) \
        and (first.tag == "time" or bool(_TIME_MARKS.search(first.get("class") or "")) or bool(_STAMP.match(text)))


def _clock_icon(element: Any) -> bool:
    """Return whether an element opens with an icon its class calls a clock or a calendar ("fa fa-clock-o")."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return first is not None and first.tag in ("i", "span", "svg") and not (element.text or "").strip() \
        and not text_of(first) and bool(_CLOCK_ICON.search(first.get("class") or ""))


_CLOCK_ICON = re.compile(r"clock|calendar|(?:^|[-_ ])(?:time|date)(?:$|[-_ ])", re.I)


def _is_counter(element: Any) -> bool:
    """Return whether an element's whole text is a number, a date or a count of comments, or the element is a badge: a
    rank, a count, when, or a marker ("COMPACT+"), not words of a headline."""
    marks = element.get("class") or ""
    if BADGE_MARKS.search(marks):
        return True
    if _a_word_of_many(element):
        return False  # "<span>Flies</span><span>82</span><span>Miles</span>": a headline set a word to an element
    text = collapse(" ".join(element.itertext()))
    if len(text) <= _STAMPED_CHARS and any(c.isdigit() for c in text) and (element.tag == "time" or _TIME_MARKS.search(marks)
                                                                          or _clock_icon(element)):
        # when, as its element or the clock icon it opens with says: "Apr 30, 2016, 2:08 PM", "1 hour, 58 minutes ago"
        # in "metaH_timeDay", "<i class='fa fa-clock-o'></i> sam 17/03 - 07h45"
        return True
    if len(text.split()) <= _SECTION_LABEL_WORDS and _SECTION_MARKS.search(marks) and element.getnext() is None \
            and not (element.tail or "").strip():
        return True  # the story's section set after its headline ("... <div class=section>Entertainment</div>")
    if len(text.split()) <= _BUTTON_WORDS and _BUTTON_MARKS.search(marks) and element.getnext() is None \
            and not (element.tail or "").strip() and _words_before(element):
        return True  # a button's call after the headline, inside its link ("...<br><span class=b__mainnews-btn>Открыть</span>")
    if PAYWALL_LABEL.match(text) or _MEDIA_WORD_ALONE.match(text):
        return True  # "<span class=dnmais>Premium</span> Peregrinação a Fátima": who may read it, no headline's word
    if _ICON_MARKS.search(marks) and len(text.split()) <= _ICON_WORDS:
        return True  # "<i class=su-icon>bloqué</i>": an icon's word
    if len(text) == 1 and text.isalpha() and marks and _after_words(element):
        return True  # "... а украинская власть – нет <span class=red_bg>G</span>": a badge's letter after the headline
    if _RELATIVE_DAY.fullmatch(text) \
            and (marks and element.tag not in _EMPHASIS_TAGS or element.tag in ("small", "time")) \
            and _after_words(element) and element.getnext() is None and not (element.tail or "").strip():
        # "<h3>Thinkerbell wins skincare brand Sukin <span class=muted>yesterday</span></h3>": when, set last in a style
        # of its own; not a word the headline stresses ("The show returns <b>Today</b>")
        return True
    return len(text) <= _STAMP_CHARS and bool(_COUNTER.match(text) or _STAMP.match(text) or COMMENT_COUNT.match(text))


def classed_as_section(link: Any) -> bool:
    """Return whether a link's own class calls it a section's or a category's label ("category-flag", "rubrik",
    "section_link"; not an item of a category's page, "category-page-item-image-text")."""
    return any(_SECTION_LABEL_CLASS.fullmatch(name) for name in (link.get("class") or "").split())


# A class naming a section's or a category's label or link: its word alone or with one word of a label after it.
_SECTION_LABEL_CLASS = re.compile(rf"(?:{_SECTION_WORDS}|cat)(?:[-_](?:flag|label|link|name|tag|title|badge|kicker))?",
                                  re.I)


def _words_before(element: Any) -> bool:
    """Return whether words of its parent come before an element (in the parent's text or an earlier child)."""
    previous = element.getprevious()
    if previous is None:
        return bool((element.getparent().text or "").strip())
    return bool(text_of(previous)) or bool((previous.tail or "").strip()) or _words_before(previous)


def _after_words(element: Any) -> bool:
    """Return whether an element stands apart after words of its parent: a space before it and none of its own letters
    glued after it."""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    worded = bool(before.strip()) or previous is not None and bool(text_of(previous))
    return worded and before[-1:].isspace() and not (element.tail or " ")[0].isalnum()


def _a_word_of_many(element: Any) -> bool:
    """Return whether an element is one of a run of three or more like elements of a word each, its parent's whole
    content: a headline set word by word (for an animation), whose numbers and media words are its own."""
    parent = element.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    siblings = [child for child in parent if isinstance(child.tag, str)]
    return len(siblings) >= 3 and all(child.tag == element.tag and not (child.tail or "").strip()
                                      and len(collapse(" ".join(child.itertext())).split()) == 1 for child in siblings)


# An element whose whole text is a day or a time stamps the story ("01/08", "30.07.", "14:05", "01/08/2021 14:05"); a
# number ("2.5" per cent) or a score ("2-1") is not one.
# ... and so does a day and its month's name, either way round ("17 Mar", "17. März", "5 juillet 2018", "Mar 17"), and
# today or yesterday and the time ("Сегодня 14.57", "Heute, 10:15", "Hier à 18h30", "Yesterday at 9:05").
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_RELATIVE_DAYS = ("today|yesterday|heute|gestern|aujourd'hui|aujourd’hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|"
                  "vandaag|gisteren|dzisiaj|dziś|wczoraj|dnes|včera|danes|včeraj|danas|jučer|juče|bugün|dün|idag|igår|"
                  "i dag|i går|tänään|eilen|ma|tegnap|astăzi|azi|сегодня|вчера|сьогодні|вчора|учора|днес|σήμερα|χθες")
# ... or that day alone, in its own element after the headline's words ("<span class=muted>yesterday</span>").
_RELATIVE_DAY = re.compile(rf"(?:{_RELATIVE_DAYS})", re.I)
_AT = r"(?:at\s+|à\s+|um\s+|a las\s+|alle\s+|às\s+|в\s+)?"  # "Yesterday at 9:05", "Hier à 18h30"
_STAMP = re.compile(r"^(?:\d{2}[./]\d{2}\.?|\d{1,2}\.\d{1,2}\.|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?:,?\s+\d{1,2}[:h.]\d{2})?$"
                    r"|^\d{1,2}[:h]\d{2}$"
                    rf"|^(?:\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}),?(?:\s+(?:19|20)\d{{2}})?$"
                    rf"|^(?:{_RELATIVE_DAYS}),?\s+{_AT}\d{{1,2}}[:h.]\d{{2}}$", re.I)
_STAMP_CHARS = 24  # longer than any counter or date stamp: words, read no further
_STAMPED_CHARS = 40  # a date or a time in words ("September 30, 2016, 12:08 PM") in an element its class calls one
_TIME_MARKS = re.compile(r"time|date|(?:^|[-_ ])(?:ago|when|pubdate|datum|fecha|heure|hora)(?:$|[-_ ])", re.I)
_SECTION_MARKS = re.compile(rf"(?:^|[-_ ])(?:{_SECTION_WORDS})(?:$|[-_ ])", re.I)
_SECTION_LABEL_WORDS = 3
_KICKER_WORDS = 8  # a label, not a headline of its own
_BOLD_TAGS = frozenset({"strong", "b"})
_EMPHASIS_TAGS = _BOLD_TAGS | {"em", "i", "u", "mark"}
# A kicker's words ending in when the story came, a section's or a place's name before the day and the time ("Sport 16/3
# 21:21", "Sjöbo idag 09:00", "Skåne/Kristianstad 1/3 20:15"): a feed's label, set apart in bold before the headline.
_STAMPED_LABEL = re.compile(r"^(?:[^\W\d_][\w./-]*\s+){0,3}"
                            rf"(?:(?:\d{{1,2}}[./]\d{{1,2}}\.?(?:[./]\d{{2,4}})?|{_RELATIVE_DAYS}),?\s+)?"
                            r"\d{1,2}[:.h]\d{2}$", re.I)


def stamped_label(anchor: Any) -> str:
    """Return the words a link opens with in a bold element of their own that end in its story's day and time ("<strong>
    Sport 16/3 21:21</strong>Kvartsfinalklart för H65 och Lugi"), else ""."""
    node = anchor
    while not (node.text or "").strip():
        # (past a thumbnail's wordless element before it: "<span class=thumbnail><img></span><span><strong>Lund ...")
        first = next((child for child in node
                      if isinstance(child.tag, str) and (text_of(child) or (child.tail or "").strip())), None)
        if first is None or not text_of(first):
            return ""
        if first.tag in _BOLD_TAGS:
            words = text_of(first)
            return words if _STAMPED_LABEL.match(words) else ""
        node = first
    return ""


_PLAIN_TAGS = frozenset({"span", "em", "i", "p", "div"})
_BOLD_KICKER_WORDS = 4
_DASH_AFTER = re.compile(r"^\s*[-–—]\s")  # a dash set between a label and the headline after it


def _leading_kicker(element: Any, slug: str = "") -> tuple[Any, ...]:
    """Return the children that open an element as its kicker, set apart by the markup: an element first in it, with
    words after it, that ends in a colon ("<span>Bahn-Tochter: </span><span>Wie ...</span>") or a line break
    ("<strong>TEST</strong><br>Asus ..."), or classed labels of a word or three before the element's own words; else
    none. A colon inside running text ("Android : ...") stays."""
    if (element.text or "").strip() or not len(element):
        return ()
    first = element[0]
    while _wordless(first) and first.getnext() is not None:
        first = first.getnext()  # a picture's wrapper before the label ("<div class=thumb><img></div><strong>...")
    follower = first.getnext()
    if follower is None and not (first.tail or "").strip():
        return ()  # nothing after it: a wrapper, not a kicker (the common case, settled before reading any text)
    if not isinstance(first.tag, str) or first.tag in NOISE_TAGS or first.tag == "br":
        return ()
    words = text_of(first)
    if not words or len(words.split()) > _KICKER_WORDS:
        return ()
    if first.tag in HEADING_TAGS:
        # A heading of a word or three in capitals before the link's own words in ordinary case ("<a><img><h2>BOX
        # OFFICE</h2>'Black Panther' Berjaya di Box Office</a>"): a category's label the page sets as a heading; the
        # words after it are the headline. (Any other heading first in a link is the headline, or its kicker's line.)
        rest = _words_after(first)
        return (first,) if len(words.split()) <= _LABEL_WORDS and _in_capitals(words) and not _in_capitals(rest) \
            and is_headline(rest) else ()
    # Before a line break only a label ("TEST", "Exclusive"): a bold headline over a teaser is set apart so too.
    by_break = not (first.tail or "").strip() and follower is not None and follower.tag == "br" and not is_headline(words)
    # A bold label of a word or few before a plain element that holds the rest ("<strong>InsurTech</strong>
    # <span>Hitfox-Gründer will ...</span>"): the page sets the two apart as a kicker and its headline.
    by_weight = first.tag in _BOLD_TAGS and follower is not None and follower.tag in _PLAIN_TAGS \
        and not (first.tail or "").strip() and len(words.split()) <= _BOLD_KICKER_WORDS and words[-1:].isalnum() \
        and len(text_of(follower).split()) > len(words.split()) + 1  # (a label shorter than the headline it opens)
    # A plain <span> of a word or three before the element's own words, nothing else after it ("<h4><span>Selfie</span>
    # Música y esencia ecuatoriana</h4>", "<span>LOCAL</span> What does it mean ..."): a label the page sets apart.
    # (or before one plain element that holds them, nothing after it: "<span>İnternet</span><em>Yasaklanan ...</em>")
    alone_after = follower is not None and not (first.tail or "").strip() and follower.tag in _PLAIN_TAGS \
        and follower.getnext() is None and not (follower.tail or "").strip()
    rest = (first.tail or "") if follower is None else text_of(follower) if alone_after else ""
    by_span = first.tag == "span" and not first.get("class") and len(words.split()) <= _LABEL_WORDS \
        and words[-1:].isalnum() and len(rest.split()) > len(words.split()) + 1
    # A <span> in capitals before one plain element that holds the headline in ordinary case, nothing after it
    # ("<h2><span id=sypt>ΜΕ 1,5 ΛΤ. ΜΟΤΕΡ & ΠΑΡΕΜΦΕΡΕΙΣ ΤΙΜΕΣ</span><span class=clear>VWT-Roc Vs Honda HR-V</span></h2>"):
    # the kicker line over the headline, whatever its length (up to a kicker's).
    by_capitals = first.tag == "span" and alone_after and _in_capitals(words) and not _in_capitals(rest)
    # A bold label of a word or few before a dash and the headline ("<strong>Club</strong> - Verratti : ...", "<b>TERA</b> -
    # Zweite Open Beta ..."): a section's or a game's name set apart. (Not before a colon: "<b>Clôture Paris</b> : le
    # CAC40 ..." words the headline's subject, which annotators keep.)
    by_dash = first.tag in _BOLD_TAGS and _DASH_AFTER.match(first.tail or "") is not None \
        and len(words.split()) <= _BOLD_KICKER_WORDS
    # A bold label of a word or few before the headline's words, a space between, the headline opening a sentence of its
    # own in a capital ("<strong>ARTICOLO</strong> Regeni, a 2 anni ...", "<b>Big Brother Naija</b> Anto evicted ..."):
    # the story's kind or series set apart. (Not a bold subject the sentence goes on from, in lower case: "<b>Compagnie
    # Lebon</b> manque de visibilité ...".)
    tail = first.tail or ""
    by_bold = first.tag in _BOLD_TAGS and tail[:1].isspace() and tail.lstrip()[:1].isupper() \
        and len(words.split()) <= _BOLD_KICKER_WORDS and words[-1:].isalnum() \
        and len(_words_after(first).split()) > len(words.split()) + 1
    labels = _classed_labels(first)
    if not (by_break or by_weight or by_span or by_capitals or by_dash or by_bold or labels or words.endswith(":")):
        return ()
    # (a headline of two or three words after it where the story's slug spells it: "<strong>Mercado</strong> Mais por
    # menos" of ".../2245188-mais-por-menos.html")
    return (labels or (first,)) if is_headline(_words_after(labels[-1] if labels else first), slug) else ()


def _words_after(element: Any, until: Callable[[Any], bool] = lambda sibling: False) -> str:
    """Return the words after an element inside its parent: its tail and its later siblings' words (not scripts'), up to
    the first sibling until says ends them."""
    siblings = takewhile(lambda e: not (isinstance(e.tag, str) and e.tag not in NOISE_TAGS and until(e)),
                         element.itersiblings())
    return collapse(" ".join([element.tail or ""] + [" ".join(e.itertext()) + " " + (e.tail or "") for e in siblings
                                                     if isinstance(e.tag, str) and e.tag not in NOISE_TAGS]))


def _headline_after_label(anchor: Any, own: str) -> str:
    """Return a link's kicker and the headline after it, up to the next link, where the link's words are a kicker of a
    word or three and a colon and what follows it reads as a headline, no summary; else "". (A longer link before a
    colon is a headline of its own, the words after it a quote or a summary: "Komentátor ... po vystúpení na Markíze:
    „Nadobudol som dojem ...“".)"""
    if len(own.split()) > _LABEL_WORDS:
        return ""
    # (up to a line break or the next link: the next story's, or the teaser's counter of comments)
    rest = _words_after(anchor, lambda sibling: sibling.tag in ("a", "br") or next(sibling.iter("a"), None) is not None)
    return f"{own} {rest}" if is_headline(rest) and len(rest) <= _TEASER_CHARS else ""


def _capitals_line_kicker(element: Any) -> bool:
    """Return whether an element's own words open it as a kicker in capitals on a line of its own, a headline in
    ordinary case after the line break ("TRAGÉDIA EM CORRIDA<br>"Deus queria ...", diz irmão ...", "HANDS OF DOOM<br>
    Official: ..."). Not a headline all in capitals broken over two lines ("TSK: AFRİN'DE ...<br>DAİR HABERLER ...")."""
    words = (element.text or "").strip()
    if not words or not len(element) or element[0].tag != "br" or len(words.split()) > _KICKER_WORDS \
            or words != words.upper() or not any(c.isalpha() for c in words):
        return False
    rest = _words_after(element[0])
    return rest != rest.upper() and is_headline(rest)


def _wordless(element: Any) -> bool:
    """Return whether an element and the text after it hold no words (a picture's wrapper, an icon)."""
    return isinstance(element.tag, str) and element.tag not in NOISE_TAGS and element.tag != "br" \
        and not (element.tail or "").strip() and not "".join(element.itertext()).strip()


_FIRST_WORD_MARKS = re.compile(r"first-?word|first-?letter|drop-?cap|initial", re.I)  # a headline's first word, styled
_LABELS_MAX = 3  # classed labels in a row before a headline ("Sport", "voetbal"): more is a sentence set in parts


def _classed_labels(first: Any) -> tuple[Any, ...]:
    """Return a run of classed labels of a word or three each that opens an element, one after another with nothing
    between them, before the element's own words ("<span class=title>Faro </span>GNR apreende ...", "<span
    class=label>Regio</span><span class=label>antwerpen</span>Slachtoffer ..."): a town's, a region's or a section's
    names the page styles apart. Not an unclassed <b>/<strong> (emphasis inside the headline), nor an element its class
    calls the headline's first word ("<span class=firstword>AT&T</span> still throttles ...")."""
    labels: list[Any] = []
    element = first
    while element is not None and len(labels) < _LABELS_MAX:
        if not isinstance(element.tag, str) or element.tag in NOISE_TAGS:
            return ()  # a comment or a script between labels: read no further
        words = text_of(element)
        if labels and _TITLE_MARKS.search(element_marks(element)) and is_headline(words):
            return tuple(labels)  # the labels before the element the page calls the headline ("<span class=headline>")
        if not (element.get("class") and words and len(words.split()) <= _LABEL_WORDS
                and words[-1].isalnum() and not _FIRST_WORD_MARKS.search(element_marks(element))):
            # (the labels before the last element, which holds the headline: "<strong class=orange>Special Reports</strong>
            # <div>In Asian Games, ...</div>")
            last = element.getnext() is None and not (element.tail or "").strip()
            return tuple(labels) if labels and last and is_headline(words) and all(
                word_count(text_of(label)) <= _LABEL_WORDS and (not _TITLE_MARKS.search(element_marks(label))
                                                                 or _in_capitals(text_of(label)))
                for label in labels) else ()
        labels.append(element)
        follower = element.getnext()
        if follower is None:
            return tuple(labels) if is_headline(element.tail or "") else ()
        if (element.tail or "").strip():
            return ()  # words between two labels: they are part of a sentence
        element = follower
    return ()


def word_count(text: str) -> int:
    """Return how many words a text reads: not the separators between a section's names ("Nhân vật - Sự kiện" is four),
    half its CJK characters."""
    return max(sum(any(c.isalnum() for c in word) for word in text.split()), count_cjk(text) // 2)


def text_of(element: Any) -> str:
    """Return an element's words, whitespace collapsed."""
    return collapse(" ".join(element.itertext()))


def heading_text(heading: Any) -> str:
    """Return a heading's words without a counter inside it ("Title 23026" with a view count)."""
    return _link_texts(heading)[1]


# What may trail or lead a headline in a link without being part of it: "more" arrows and separators
# left by a dropped counter ("... miejskim » ,") or kicker (": Der richtige Krieg"), a photographer's credit ("... © Franc Bardòu").
# A clock time before a headline in a news feed ("21:35 ...", "10:46 a.m. ...", French "14h32 ...") or a video's length
# after it ("... 0:13").
# A CJK media marker after a headline: "(图)", "（组图）", "[多图]", or apart " 图", " 高清图" (pictures, HD pictures), in
# traditional characters too ("(圖)", "（組圖）").
# A date before a headline in a feed ("14.10.20 21:48 | ...", "07/09/2014 ...") or after it and a comma ("..., 19.01.2016").
# The brackets of a counter a script fills in later ("... lenktynėse ( )"), empty in the page as served.
_TRAILING = re.compile(r"(?:\s*©.*|[\s»›>|,·•:;–—-]+|\s+\d{1,2}:\d{2}(?::\d{2})?|,\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
                       # a day and its time after the headline, its teaser's stamp set in the link ("... كفر قدوم
                       # 2018-03-17 16:08"): the time alone goes by the rule before, the day with it by this one
                       r"|\s+(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))"
                       r"\s+\d{1,2}:\d{2}(?::\d{2})?"
                       # a teaser's counts of comments and views and its day, set apart by bars, its section maybe last
                       # ("... по казуса ЧЕЗ 13 | 9039 | 14.03.2018 | ПОЛИТИКА")
                       r"|\s+(?:\d+\s*\|\s*)+\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\s*\|\s*[^|\d]{1,40})?"
                       r"|\s*[(（\[【](?:[组組多]|高清)?[图圖][)）\]】]|\s+(?:[组組多]|高清)?[图圖]|\s*[(（\[]\s*[)）\]])$")
# A day in brackets after a headline ("(15/03/2018)", "(2018-03-15)"), its time maybe; a day and a month either way
# round, not numbers that can be no day ("(43/12/11)": a player's figures)
_DAY_OF_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
# (and a time alone so, "... 杜汶澤嬲爆「除咪」走人 (22:19)", "... של נתניהו (22:34)": the hour it was posted; a score has a
# minute's one digit, "(3:1)", or none)
_DAY_AFTER = re.compile(rf"\s*[(\[（]\s*(?:(?:{_DAY_OF_MONTH}[./-]{_DAY_OF_MONTH}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}})"
                        r"(?:,?\s+\d{1,2}[:h.]\d{2})?|(?:[01]?\d|2[0-3]):[0-5]\d)\s*[)\]）]$")
_DATED_HEADLINE_WORDS = 6
# A byline after a separator ("Octubre de Chávez | Por: Earle Herrera", "... – By Jane Doe"): a credit, no headline's words.
# (And Arabic's "by the pen of" or "translated by" and a colon, after two dots or more or none, a name and a role of a
# few words of no capitals: "... .. بقلم: د. أمل الكردفاني", "... بقلم: الدكتور الخضر هارون", ".. ترجمة وتلخيص: ...".)
_BYLINE_AFTER = re.compile(r"\s+[|–—]\s+(?i:por|by|von|par|di)\s*:?\s+[A-ZÀ-ÝĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w.'’-]*){0,3}$"
                           r"|(?:\s*(?:\.{2,}|[|–—]))?\s+(?:بقلم|ترجمة(?:\s+وتلخيص|\s+وتعليق)?)\s*:\s*\S+(?:\s+\S+){0,15}$")
# What a headline's text may open with that is no part of it: separators and a dash, a separator's slash, a lone asterisk,
# a flag's or an alert's emoji ("/ Govt plans ...", "*Gobierno ...", "🇫🇷 Paris : ...", "🔴 LIVE ..."; not three
# asterisks, "*** ...", that annotators keep), a day and a time.
_LEADING = re.compile(r"^(?:[\s»›>|·•–—:]+|-\s+|/\s*|\*(?!\*)\s*|(?:[\U0001F1E6-\U0001F1FF]{2}\s*)+"
                      r"|[\U0001F534\U0001F535\U0001F6A8\u26A1\u2757\u2B55]\uFE0F?\s*"
                      r"|(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}h\d{2})"
                      r"(?:\s*(?i:[ap]\.?\s?m\.?))?\s+"
                      r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\s+)")


# "Read more about <headline>": a "read more" link that names its story for screen readers.
_READ_MORE_ABOUT = re.compile(r"^(?:read more|continue reading|learn more) (?:about|on) (?=\S)|^(?:en savoir plus|lire la suite) "
                              r"(?:sur|de) (?=\S)|^(?:mehr|weiterlesen) (?:über|zu) (?=\S)|^(?:leer|saber) más sobre (?=\S)|"
                              r"^saiba mais sobre (?=\S)", re.I)


def without_read_more_or_byline(text: str) -> str:
    """Return a headline without the "Read more about" of a link that names its story so for screen readers, nor a
    byline after it ("| Por: Earle Herrera"): what the digest shows, once the link is judged a story by all its words."""
    text = _READ_MORE_ABOUT.sub("", text, count=1)
    bare = MORE_BEFORE.sub("", text, count=1)
    text = bare if bare != text and len(bare.split()) >= 3 else text
    bare = MORE_AFTER.sub("", text, count=1)
    text = bare if bare != text and len(bare.split()) >= 3 else text
    bare = _BYLINE_AFTER.sub("", text)
    # (not where a separator is left dangling: a column's name before its writer's, "العرب اليوم - بقلم : ...")
    return text if _DANGLING.search(bare) else bare


_DANGLING = re.compile(r"[-–—|:]$")


# A label of a word or three before a bar ("Transfer haberleri | ...", "ENTREVISTA | ...", "Icona ENTREVISTA | "): a
# section's or a format's name set before the headline.
_BAR_KICKER = re.compile(r"^[^|\s\d]+(?:\s+[^|\s\d]+){0,2}\s+\|\s+(?=\S)")  # no digit: "Real Madrid 2 | ..." is a score


# A label in capitals before a colon or a full stop ("RICHARDS: City water issue ...", "GUEST VIEW: ...", "VAKARA ZIŅAS.
# Ko dara ..."): a columnist's name, a column's or a kicker, when the page sets several headlines so (see
# without_capitals_labels); before a spaced dash too ("MERCATO – Biglia ...", "FORMELLO - Ripresa ..."), only ever on
# such a page: annotators keep a lone "PHOTOS – ..." as often as they drop a lone "DÉCRYPTAGE - ...".
_CAPITALS_LABEL = re.compile(r"^((?:\S+\s+){0,3}\S+?)(?:\s*[:.]|\s+[-–—])\s+(?=\S)")
_CAPITALS_LABELLED_MIN = 3  # one "UNICEF: ..." on a page is a source quoted; three such labels are the page's habit
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O[’'])(?=\w)")  # "McGAIR": a surname in capitals keeps its prefix's case


def _capitals_label(text: str) -> int:
    """Return the length of the label in capitals that opens a headline, colon (full stop, spaced dash) and space
    included, else 0.

    The label is two words or more, or one of five letters or more (not "NASA:", "FBI:", "UN:": who says what), in
    capitals in any script; the rest reads as a sentence (three words or more, not all in capitals)."""
    match = _CAPITALS_LABEL.match(text)
    if not match:
        return 0
    words = match.group(1).split()
    if not (" ".join(_NAME_PREFIX.sub("", word) for word in words).isupper()
            and (len(words) >= 2 or sum(ch.isalpha() for ch in words[0]) >= 5)):
        return 0
    rest = text[match.end():]
    return match.end() if len(rest.split()) >= 3 and not rest.isupper() and not rest[0].islower() else 0


def without_capitals_labels(titles: list[str], slugs: list[str]) -> list[str]:
    """Return a page's headlines without the labels in capitals before a colon or a full stop that open them, when
    several do; slugs are the stories' own slugs, in the same order."""
    cuts = [_capitals_label(title) for title in titles]
    if sum(1 for cut in cuts if cut) < _CAPITALS_LABELLED_MIN:
        return titles
    # A label the story's own slug spells first, before a colon, is the headline's, as the site names the story ("LE
    # CREUSOT : Les Stars Dance ont ..." at "/le-creusot-les-stars-dance-ont-...html"): the town or the subject the
    # colon joins to the rest. One before a full stop or a dash is set apart, a kind of story ("ENTRETIEN. « C’est
    # mon ... »" at "/entretien-c-est-mon-..."), whatever the slug spells.
    return [title if cut and title[:cut].rstrip().endswith(":") and _slug_opens_with(slug, title[:cut]) else title[cut:]
            for title, cut, slug in zip(titles, cuts, slugs)]


# A label in brackets after a headline, in capitals in any script ("... [MAPA]", "... [DANE EUROSTATU]", "... (КАРТА)",
# "... (UPDATED)"): what the story holds or who sent it, not its words ("[według czytelników]" in lower case is).
_BRACKETED_END = re.compile(r"\s*[(\[【]([^()\[\]【】]{2,40})[)\]】]$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def _capitals_words(label: str) -> bool:
    """Return whether a label is set in capitals, its words joined by short words in lower case maybe ("FOTO e PREZZI")."""
    words = label.split()
    joined = [word for word in words if not (len(word) <= _JOINING_CHARS and word.islower() and word.isalpha())]
    return label.isupper() or len(joined) >= 2 and len(joined) < len(words) and all(word.isupper() for word in joined)


_JOINING_CHARS = 3  # a short word that joins two in capitals: "e", "and", "et", "und", "y"


def _without_label_after(text: str) -> str:
    """Return a headline without a label in capitals in brackets after it, a paywall's ("(article premium)"), an
    update's ("[Updated]"), or a column's in square brackets after a Chinese or Japanese headline ("... [旅空子]",
    "... [＆ｗ]")."""
    match = _BRACKETED_END.search(text)
    label = match.group(1) if match else ""
    if match and match.start() > 0 and text[match.end() - 1] in "]】" and count_cjk(text[:match.start()]) >= CJK_HEADLINE_CHARS \
            and (count_cjk(label) or not any(c.isascii() and c.isalnum() for c in label)):
        return text[:match.start()]
    # A part's number in Roman numerals ("(II)", "(VI)") is the headline's: a series' instalment.
    # (Not where the headline itself is set in capitals: "ALMANYA'NIN ADAY KADROSU (3 TÜRK ASILLI OYUNCU VAR)" goes on.)
    # (Nor an acronym of the words just before it: "... Ensemble pour la Démocratie et la Souveraineté (EDS)".)
    # (Capitals joined by a short word in lower case too: "[FOTO e PREZZI]", "[PHOTOS and VIDEO]".)
    capitals = _capitals_words(label) and not _ROMAN.match(label) and not (match and text[:match.start()].isupper()) \
        and not (match and _spells_initials(label, text[:match.start()]))
    return text[:match.start()] if match and match.start() > 0 and (capitals or PAYWALL_LABEL.match(label)
                                                                     or UPDATE_LABEL.match(label)) else text


def _slug_opens_with(slug: str, text: str) -> bool:
    """Return whether a story's slug opens with a text's words ("864463-more-rain-forecast" with "More rain forecast"),
    numbers aside on both sides ("mwc-2018-asus-..." with "MWC 2018:"). A text of no Latin words ("ΚΡΗΤΗ:" over a slug
    spelled in Latin letters, "kriti-...") cannot be told from the slug and counts as spelled: the label stays."""
    words = folded_words_but_numbers(text)
    return bool(slug) and folded_words_but_numbers(slug)[:len(words)] == words


def _spells_initials(label: str, before: str) -> bool:
    """Return whether a label in capitals is the acronym of the capitalized words before it ("Forces d’Avenir (MFA)" after
    "Mouvement")."""
    letters = [c for c in label if c.isalpha()]
    initials = [word[0] for word in re.split(r"[\s’'-]+", before) if word[:1].isupper()]
    return len(letters) >= 2 and initials[-len(letters):] == letters


# A media word in capitals before a headline in title case, with no mark between ("WATCH Joy Reid Shuts Down ...",
# "VIDEO Highlights Of ..."): the medium, not the headline's first word (in capitals only, before a word in title case:
# "LIVE NOW: ..." is a label in capitals of its own, see without_capitals_labels).
_CAPITALS_MEDIA_KICKER = re.compile(
    r"^(?:WATCH|VIDEO|VIDEOS|VIDÉO|VÍDEO|LISTEN|PHOTOS|FOTOS|LIVE|UŽIVO|ŽIVĚ|NA ŻYWO)\s+(?=[A-Z](?:[a-z’']|\s))"
)
# A hashtag set before the headline ("#SmartOffice Le “living office” ...", "#FastPitch : Les 5 startups ..."): its topic.
# (Not one the words after it still run on to a colon, the hashtag's own second word: "#Startup 3D : Fabric8Labs ...";
# nor one a comma joins to the sentence as its subject: "#Bacheclam, los ciclistas madrileños protestan ..."; nor one a
# colon closes right after it, the headline's subject as a hashtag: "#EqualPayDay: Women Are Worth ...", six sites'
# annotators keep it, one strips it.)
_HASHTAG_KICKER = re.compile(r"^#[^\s#,:]+\s+:?\s*(?=\S)(?![^\s:]+\s*:)")
# A wire service's version label before a headline ("UPDATE 4-...", "CORRECTED-...", "REFILE-...", "WRAPUP 2-..."): which
# edition of the story, not its words.
_WIRE_LABEL = re.compile(r"^(?:UPDATE \d+|WRAPUP \d+|CORRECTED|REFILE|RPT|FACTBOX|EXPLAINER|INSIGHT|ANALYSIS)\s*-\s*(?=\S)")

# A genre's label before a headline ("EDITORIAL. ...", "DÉCRYPTAGE - ...", "Documentary: ..."): what kind of piece, as
# CJK_GENRE_KICKER for Chinese, Japanese and Korean. (Not "Review", "Analysis", "Q&A", "Op-Ed" or "Exclusive":
# annotators keep those as the headline's words as often as not.)
_GENRE_KICKER = re.compile(
    r"^(?:editorial|[ée]ditorial|editoriale|leitartikel|documentary|documentaire|documental|"
    r"d[ée]cryptage|interaktiv|interactive|clip)(?:\s*[:.|]|\s+[-–—])\s+(?=\S)", re.I)


# A tile's label before a headline that opens with that same label and a colon ("社評 社評：特首捐錢難換大和解 ...",
# "王慧麟 王慧麟：政府需要的「三力」", "Opinion Opinion: ..."): the label once, as the headline has it.
_REPEATED_LABEL = re.compile(r"^(\S{1,24})\s+(?=\1\s?[:：])")


def cleaned(text: str) -> str:
    """Return a candidate headline without a media label before or after it, credits, arrows and separators around it
    (a closing guillemet that closes a quotation stays: «С верой и любовью к Отечеству»)."""
    text = MEDIA_KICKERS.sub("", text, count=1)
    text = _REPEATED_LABEL.sub("", MEDIA_BEFORE_COLON.sub("", text, count=1), count=1)
    genre = CJK_SLASH_KICKER.sub("", CJK_GENRE_KICKER.sub("", text, count=1), count=1)
    text = genre if count_cjk(genre) >= CJK_HEADLINE_CHARS else text  # the label, not a headline's only words
    tailless = CJK_BAR_TAIL.sub("", text)
    text = tailless if count_cjk(tailless) >= CJK_HEADLINE_CHARS else text
    for kicker in (_BAR_KICKER, _HASHTAG_KICKER, _WIRE_LABEL, _GENRE_KICKER, _CAPITALS_MEDIA_KICKER):
        bare = kicker.sub("", text, count=1)
        if bare != text and (len(bare.split()) >= 4 or kicker is _WIRE_LABEL and count_cjk(bare) >= CJK_HEADLINE_CHARS) \
                and "|" not in bare:
            text = bare
    # (A track's marker leaves a title long enough to stand alone: "Sadek – Maladie (Clip Officiel)" keeps it, as a
    # headline of one to three words names no story by itself.)
    bare = TRACK_MARKER.sub("", text)
    text = bare if len(bare.split()) >= 4 else text
    # A day in brackets after a long headline is when it was posted ("... American democracy (15/03/2018)"); after a short
    # one it tells a recurring story from its namesakes and is the headline's ("Σκίτσο του Ηλία Μακρή (20.03.18)").
    undated = _DAY_AFTER.sub("", text)
    text = undated if len(undated.split()) >= _DATED_HEADLINE_WORDS or count_cjk(undated) >= CJK_HEADLINE_CHARS else text
    previous = None
    while previous != text:
        previous = text
        trimmed = _without_label_after(_TRAILING.sub("", text))
        trimmed = RELATIVE_TIME.sub("", without_capital_media_after(MEDIA_SUFFIX.sub("", trimmed)))
        if trimmed.count("«") > trimmed.count("»") and text[len(trimmed):].lstrip().startswith("»"):
            trimmed = text[:text.index("»", len(trimmed)) + 1]
        text = _LEADING.sub("", trimmed)
        if text != trimmed:
            text = MEDIA_KICKERS.sub("", text, count=1)  # a label after a stamp: "17/03/2018 07:45 - Vidéo. ..."
    return text


# A class that says the element is the headline ("tnleft__titlenews", "element__headline"), not a subtitle.
# A heading's class on a plain element ("<div class='h1'>", a CSS framework's "h3") says so too.
_TITLE_MARKS = re.compile(r"(?<!sub)(?:title|headline)|titre|titular|(?:^|\s)(?:h[1-4]|ttl|head)(?:$|\s)", re.I)
_HEADING_CLASS = re.compile(r"(?:^|\s)h[1-4](?:$|\s)")  # a CSS framework's heading class on a plain element


def _names_the_title(classes: str) -> bool:
    """Return whether a class names its element the title ("news-big-headline", "card__title"), not a piece of it
    ("title-prefix"), nor a subtitle ("sub-headline"): the last part of a class token says what the element is, a
    number after it aside ("title_1" over "title_2": the headline's line, then the subtitle's)."""
    return any(_TITLE_MARKS.search(parts[-1] or token) and (len(parts) < 2 or parts[-2].lower() != "sub")
               for parts, token in ((_unnumbered(re.split(r"[-_]+", token)), token) for token in classes.split())) \
        or bool(_HEADING_CLASS.search(classes))


_VERSION_NUMBER = re.compile(r"[vV]?\d+")  # a number ending a class token, a version's letter before it maybe


def _unnumbered(parts: list[str]) -> list[str]:
    """Return a class token's parts without the number that ends them ("title", "1" -> "title"), a version's letter
    before it maybe ("card", "title", "V1" -> "card", "title": a theme's second design of the same element)."""
    return parts[:-1] if len(parts) >= 2 and _VERSION_NUMBER.fullmatch(parts[-1]) else parts


def is_cut(text: str) -> bool:
    """Return whether a headline ends cut short ("...", "…")."""
    return _CUT.search(text) is not None


def uncut(text: str, whole: str) -> str:
    """Return whole (a link's title attribute) when text is it cut short ("Rozpaczliwy apel ... niech go pan zap..."),
    without the day and time it may open with ("16-03-2018 17:34 W stronę Ziemi ..."), else text."""
    match = _CUT.search(text)
    if not match or not whole:
        return text
    whole = _STAMPED_TITLE.sub("", whole, count=1)
    start = text[:match.start()].rstrip().casefold()
    return whole if len(start) >= 10 and whole.casefold().startswith(start) and len(whole) > len(start) else text


# A title attribute that opens with its story's day and maybe its time ("16-03-2018 17:34 ...", "2018-03-16 ...").
_STAMPED_TITLE = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}),?"
                            r"(?:\s+\d{1,2}[:h]\d{2})?\s+(?=\S)")


def _titled_part(text: str, title: str) -> str:
    """Return a link's title attribute when it is a whole headline found inside text (text adds a kicker, a byline,
    a teaser or a reading time to it: "Energiepolitik Ministerin Reiche will ... Von X"), else text. Not a title
    cut short: by a quotation mark that closed the attribute ('De virus y “de vinos' of '... “de vinos" con ...'),
    or ending in a colon or a comma."""
    if not title or len(title) >= len(text) or _CUT.search(title) or title[-1] in _OPEN_ENDS or not is_headline(title) \
            or (len(title.split()) < _TITLE_MIN_WORDS and count_cjk(title) < 2) or CHROME_LABELS.match(title):
        return text  # "Eskalation in Nahost": a kicker of three words may fill a title attribute too
    at = text.casefold().find(title.casefold())
    if at < 0:
        return text
    end = at + len(title)
    if text[end:].lstrip().startswith(_QUOTES):
        return text  # the attribute ended at a quotation mark the text goes on with: 'fase 2 "actualizada"'
    return title if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()) else text


_OPEN_ENDS = ":,;(–—-"
_QUOTES = ('"', "“", "”", "„", "«", "‘", "'")  # (a title attribute its first inner quotation mark closed)
_TITLE_MIN_WORDS = 4


# A date with its year: "18 février 2012", "March 5, 2024", "18.02.2012", "2012-02-18"; then a clock time, a source.
_DATE_WITH_YEAR = re.compile(r"\b(?:\d{1,2}\.?\s+[^\W\d]{3,}\.?,?\s+(?:19|20)\d{2}|[^\W\d]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
                             r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b")
_CLOCK_OR_SOURCE = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\|.*$")
_DATELINE_WORDS = 2  # a place or a source beside the date, not a headline


def names_an_edition(text: str, name: str) -> bool:
    """Return whether a link text is the site's name and a day only ("Humo 13 maart 2018", "Le Parisien du 17/03/2018"):
    an issue of its printed edition, not a story; name is the site's, as its domain spells it."""
    rest, dates = _DATE_WITH_YEAR.subn(" ", text)
    words = folded_words(rest)
    return bool(name) and dates == 1 and "".join(words) in (name, name + "du", name + "van", name + "vom", name + "del")


def _is_dateline(text: str) -> bool:
    """Return whether a link text is a dateline: a date with its year and at most a place and a source beside it
    ("Izegem 19 février 2012 - 12:50 | Belga"), not a headline."""
    rest, dates = _DATE_WITH_YEAR.subn(" ", text)
    if not dates:
        return False
    return sum(any(c.isalnum() for c in word) for word in _CLOCK_OR_SOURCE.sub(" ", rest).split()) <= _DATELINE_WORDS


class _HeadingFinder(Protocol):
    """What headline_of asks of the page's containers (chrome.Containers): kept a protocol so no import cycle arises."""

    def in_heading(self, element: Any) -> bool:
        """Return whether an element is (inside) a heading."""


_PARAGRAPHS = ("p", "div")
_READING_TIME = re.compile(r"^\d+\s*(?:min|minutes?|mins?)\b", re.I)


_LABEL_MAX_WORDS = 5  # the most words of a label a link sets beside its bold headline ("NACIONAL - Política:", a byline)


def _bold_headline(anchor: Any) -> str:
    """Return the words of the one bold element of a link whose other words are labels beside it: a section's name, a byline
    or a label ending in a colon, each a few words in an element of its own ("<span>Negocios</span> <b>La energía solar
    ...</b> <i>José Roberto Arteaga</i>", "INTERNACIONAL - Política: <strong>La prensa china ...</strong>"); else ""."""
    holder = anchor
    while True:  # (its parts may sit in a wrapper beside the picture: "<a><figure>...</figure><div><span>...")
        children = [child for child in holder if isinstance(child.tag, str) and child.tag not in NOISE_TAGS]
        worded = [child for child in children if text_of(child)]
        if len(worded) != 1 or worded[0].tag in ("b", "strong") or (holder.text or "").strip() \
                or any((child.tail or "").strip() for child in children):
            break
        holder = worded[0]
    bolds = [child for child in children if child.tag in ("b", "strong")]
    if len(bolds) != 1:
        return ""
    bold = collapse(text_of(bolds[0]))
    label = collapse(holder.text or "")
    if len(bold.split()) < 3 or label and (not label.endswith(":") or len(label.split()) > _LABEL_MAX_WORDS):
        return ""
    if not label and _over_summary_paragraph(bolds[0], worded, children):
        return bold
    for child in children:
        # (Words between or after the elements, outside any, run on: "El gobierno anuncia <strong>un plan</strong> para ...")
        if (child.tail or "").strip() or child is not bolds[0] and len(text_of(child).split()) > _LABEL_MAX_WORDS:
            return ""
    # Not where the link's picture names all its words (a band in bold, its album beside: "<strong>Evoken</strong><br>
    # <em>Atra Mors</em>" under alt="Evoken Atra Mors" is one headline), nor where its title names other words than the bold
    # ones ("<strong>LA ROSA CELEBRA 2.000 PROGRAMAS</strong><span>Escucha el programa especial</span>" so titled).
    whole = folded_words(text_of(anchor))
    title = collapse(anchor.get("title"))
    if any(folded_words(image.get("alt") or "") == whole for image in anchor.iter("img")) \
            or title and folded_words(title) != folded_words(bold):
        return ""
    return bold


def _bold_over_cut_summary(anchor: Any) -> str:
    """Return the words of the one bold element of a link whose words after it are more, cut short, and before it a label
    at most: a teaser's headline over its summary the page cut ("<span>Coup de coeur</span> <strong>Cinéma : Après la
    Guerre</strong> <span>Aujourd'hui sort en salles le dernier film de ...</span>"); else ""."""
    bolds = list(anchor.iter("b", "strong"))
    if len(bolds) != 1:
        return ""
    # (an element of its own, no words of a line running into it: "Le festival <b>ouvre ses portes</b> ce lundi ..." stresses)
    previous = bolds[0].getprevious()
    if (bolds[0].tail or "").strip() or ((previous.tail if previous is not None else bolds[0].getparent().text) or "").strip():
        return ""
    bold, whole = collapse(text_of(bolds[0])), collapse(text_of(anchor))
    if len(bold.split()) < 3:
        return ""
    before, found, rest = whole.partition(bold)
    if not found or len(before.split()) > _LABEL_WORDS or not is_headline(bold):
        return ""
    return bold if is_cut(rest) and len(rest.split()) > len(bold.split()) else ""


# What holds a teaser's summary under its bold headline in one link: a paragraph, or an emphasis or a plain element of
# its own where the link's title or picture names the bold words ("<a title='Medyada erkekleşen kadın'><strong>Medyada
# erkekleşen kadın</strong><img ...><em>Medyada kadın temsili deyince ...</em>")
_SUMMARY_TAGS = frozenset({"p", "em", "i", "span", "div", "small"})


def _named_by_link(element: Any, words: str) -> bool:
    """Return whether the link around an element names these words in its title or its picture's alt, word for word."""
    anchor = next((parent for parent in element.iterancestors() if parent.tag == "a"), None)
    if anchor is None:
        return False
    names = [anchor.get("title") or ""] + [image.get("alt") or "" for image in anchor.iter("img")]
    return folded_words(words) in [folded_words(collapse(name)) for name in names if name.strip()]


def _over_summary_paragraph(bold: Any, worded: list[Any], children: list[Any]) -> bool:
    """Return whether a link's bold words come first and read as a headline over one paragraph of more words, its summary
    ("<strong>SCPI : classement des meilleurs rendements 2017</strong><br><p>Comment identifier les ...</p>"): a teaser in
    one link, set as a heading over its standfirst without a heading's tag; worded are those of its children with words."""
    if len(worded) != 2 or worded[0] is not bold or worded[1].tag not in _SUMMARY_TAGS \
            or any((child.tail or "").strip() for child in children):
        return False
    headline, summary = text_of(bold).split(), text_of(worded[1]).split()
    if worded[1].tag != "p" and not _named_by_link(bold, " ".join(headline)):
        return False  # (an emphasis or a plain element may hold the headline after a bold kicker)
    # (a paragraph's words however few beside the headline's: "<strong>Old Mutual donates £30,000 to Manx charities
    # </strong><p>Funds raised by staff through 2017</p>"; a plain element's must be more)
    return is_headline(" ".join(headline)) and len(summary) >= _SUMMARY_WORDS \
        and (len(summary) > len(headline) or worded[1].tag == "p")


_SLUG_WORDS = 4  # a slug of fewer long words names the story too briefly to say which of its parts it spells


def _foreign_to(text: str, slug: str) -> bool:
    """Return whether a story's slug (of a few words at least) spells fewer than half of a text's long words."""
    spelled = {word for word in folded_words(slug) if len(word) > _SHORT_WORD}
    words = [word for word in folded_words(text) if len(word) > _SHORT_WORD and not word.isdigit()]
    return len(spelled) >= _SLUG_WORDS and bool(words) and 2 * sum(word in spelled for word in words) < len(words)


def _rest_after_kicker(shown: str, part: str, title: str) -> str:
    """Return the words of a link after the part a class calls its title, where the link's title attribute joins the
    two as a kicker and its headline ("<part>: <rest>") and the rest reads as a headline; else ""."""
    words, part = collapse(shown), collapse(part)
    if not title or not part or not words.startswith(part):
        return ""
    rest = words[len(part):].strip()
    kicker, colon, headline = collapse(title).partition(":")
    return rest if colon and kicker.strip().casefold() == part.casefold() and headline.strip().casefold() == rest.casefold() \
        and is_headline(cleaned(rest)) else ""


def _text_over_paragraph(anchor: Any, slug: str, below: frozenset[str] = frozenset({"p"})) -> str:
    """Return the words a link (or a part of it) opens with, before a line break and a paragraph, where they read as a
    headline: the paragraph is its summary ("PUBG Mobile, dünyayı salladı!<br><p>PUBG Mobile, dünya genelinde ...</p>"),
    as a heading over a summary in one link is; else "". (below: the tags such a summary may be set in.)"""
    words = collapse(anchor.text)
    children = [child for child in anchor if isinstance(child.tag, str)]
    if not words or not children or children[0].tag != "br" or (children[0].tail or "").strip():
        return ""
    after = next((child for child in children[1:] if child.tag != "br"), None)
    if after is None or after.tag not in below or any((child.tail or "").strip() for child in children[1:]):
        return ""
    return words if is_headline(cleaned(words), slug) and len(text_of(after).split()) > len(words.split()) else ""


def _headline_paragraph(anchor: Any, slug: str, own: str) -> str:
    """Return the paragraph of a link made of several (author, headline, summary, reading time) that reads as its
    headline, or "" for a link that is not made so; own is the link's own words (_link_texts)."""
    # Each paragraph's words as the link's own are read: without kickers, captions and counters inside it.
    # (Not a paragraph that is a label or a kicker itself: "<div class=ArticleTags__item>Coronavirus</div>".)
    paragraphs = [_link_texts(e)[0] for e in anchor.iter(*_PARAGRAPHS) if e is not anchor and not any(
        isinstance(child.tag, str) and child.tag in _PARAGRAPHS for child in e) and not _is_classed_label(e) and not _is_kicker(e)]
    paragraphs = [text for text in paragraphs if text]
    if len(paragraphs) == 1:
        # One paragraph among a link's other words (its author's name, its date in spans) is the headline where the
        # link's picture says so in its alt text.
        # (The rest a name and a date, a few words: not a headline beside a paragraph that describes the picture, nor
        # nothing: a picture's link whose only words are its description, a placeholder's.)
        image = next(anchor.iter("img"), None)
        alt = collapse(image.get("alt")) if image is not None else ""
        rest = own.replace(paragraphs[0], " ")
        return paragraphs[0] if alt and cleaned(alt) == cleaned(paragraphs[0]) and is_headline(paragraphs[0], slug) \
            and 0 < len(LETTER_WORDS.findall(rest)) <= _BESIDE_WORDS else ""
    if len(paragraphs) < 2:
        return ""
    fit = [text for text in paragraphs if not _short(text, slug) and len(text) <= _TEASER_CHARS
           and not _READING_TIME.match(text) and is_headline(text, slug)]
    # (A word or three the story's slug spells, "Anciens" of ".../les-anciens-des-girondins-gagnent...", only where no
    # other paragraph reads as a headline by itself: it may be the category's label above the headline.)
    return next((text for text in fit if is_headline(text)), fit[0] if fit else "")


_BESIDE_WORDS = 6  # an author's name and title (and a date's month) beside a headline in one link
LETTER_WORDS = re.compile(r"[^\W\d_]+")  # a word of letters: no number, no separator


def _part_the_slug_spells(anchor: Any, slug: str, own: str) -> str:
    """Return the one part of a link made of several (a label, the headline, a summary in spans and paragraphs of
    their own) whose words the story's slug spells, or ""."""
    if not slug:
        return ""
    # (A part is a line of its own: not words set in italics or bold inside a line, "<em>The Death of Stalin</em>".)
    parts = [text for e in anchor.iterdescendants() if isinstance(e.tag, str) and e.tag not in NOISE_TAGS
             and e.tag not in _EMPHASIS
             and _a_line(e)
             and (text := collapse(" ".join(e.itertext())))]
    letters = "".join(folded_words(slug))
    spelled = [text for text in parts if len(text.split()) >= _SPELLED_PART_WORDS
               and (words := _long_words(folded_words(text)))
               and sum(word in letters for word in words) >= _SPELLED_SHARE * len(words)]
    # (Only where the link holds more than that part: a label or a summary beside it, no bigger text the slug spells.)
    return spelled[0] if len(spelled) == 1 and len(own) > len(spelled[0]) + 1 else ""


_EMPHASIS = frozenset({"br", "i", "b", "em", "strong", "small", "u", "mark"})


def _a_line(element: Any) -> bool:
    """Return whether an element is a line of words of its own: no element inside it but emphasis and line breaks."""
    return not any(isinstance(child.tag, str) and child.tag not in _EMPHASIS for child in element)

_SPELLED_PART_WORDS = 4  # a headline's words, not a label's the slug may spell too ("Actualités", "Sport")
_SPELLED_SHARE = 0.8  # of a part's long words its slug spells (glued as "l'université" in "luniversite", or cut)


def _over_summary(heading: Any) -> bool:
    """Return whether a heading is followed, inside its element, by a paragraph of a sentence or more: a summary (after
    a byline or a date of a few words at most: "<h1>Air It Out</h1><div>by Rich Lowry</div><div><p>In an ...")."""
    follower = heading.getnext()
    for _ in range(3):
        while follower is not None and not isinstance(follower.tag, str):
            follower = follower.getnext()
        if follower is None:
            return False
        words = len(text_of(follower).split())
        if words >= _SUMMARY_WORDS:
            return follower.tag == "p" or follower.find("p") is not None and follower.find(".//a") is None
        follower = follower.getnext()
    return False


_SUMMARY_WORDS = 6


def _part_named_by_title(anchor: Any, title: str, slug: str) -> Any:
    """Return the part of a link (a heading or a paragraph) whose words are its title attribute's, where the link shows other
    words beside it and the title reads as a headline; else None."""
    if not is_headline(title, slug):
        return None
    wanted = folded_words(title)
    whole = folded_words(text_of(anchor))
    if whole == wanted:
        return None  # the title only repeats the link's words
    return next((part for part in anchor.iterdescendants(*HEADING_TAGS, *_PARAGRAPHS)
                 if folded_words(heading_text(part)) == wanted), None)


def _line_named_by_alt(anchor: Any, slug: str) -> Any:
    """Return the line of a link made of its picture and several lines of words (a <p>, <div> or <span> of text alone)
    that is the picture's alt word for word, where that alt reads as a headline of four words or more; else None."""
    image = next(anchor.iter("img"), None)
    alt = collapse(image.get("alt")) if image is not None else ""
    if len(alt.split()) < _TITLE_MIN_WORDS and count_cjk(alt) < CJK_HEADLINE_CHARS or not is_headline(alt, slug):
        return None  # (a columnist's name in the alt, over the column's name and his own: no headline)
    lines = [line for line in anchor.iter("p", "div", "span") if _a_line(line) and text_of(line)]
    return next((line for line in lines if text_of(line).casefold() == alt.casefold()), None) if len(lines) > 1 else None


def _heading_named_by_alt(anchor: Any, headings: list[Any]) -> Any:
    """Return the one heading of a link's several whose words are its picture's alt word for word (two words or more),
    else None."""
    image = next(anchor.iter("img"), None)
    alt = words_of(collapse(image.get("alt"))) if image is not None else []
    if len(alt) < 2:
        return None
    named = [heading for heading in headings if words_of(heading_text(heading)) == alt]
    return named[0] if len(named) == 1 else None


def link_title(anchor: Any) -> str:
    """Return a link's title attribute, without a blog theme's words around the headline ("Permalink to ...")."""
    return PERMALINK_TITLE.sub("", unescaped_twice(collapse(anchor.get("title"))), count=1)


def is_permalink(anchor: Any) -> bool:
    """Return whether a link says it is a post's permalink: rel="bookmark" (HTML's word for it) or a theme's
    "Permalink to ..." title."""
    return "bookmark" in (anchor.get("rel") or "").lower().split() or bool(PERMALINK_TITLE.match(anchor.get("title") or ""))


# A byline's opening words ("Geschrieben von: Anne Hahn", "Posted by ...", "Publié par ..."): who wrote a story, never its
# headline.
_BYLINE_OPENING = re.compile(r"^\W*(?:geschrieben von|verfasst von|written by|posted by|published by|publi[ée] par|[ée]crit par|"
                             r"escrito por|publicado por|scritto da|pubblicato da|geschreven door|napisa[łl](?:a)?|автор)\s*:?\s",
                             re.I)


# A picture's class or id saying it shows the author ("author-img", "columnist-photo", "avatar").
_PORTRAIT_MARKS = re.compile(r"author|columnist|avatar|portrait", re.I)


def _headings_of_the_story(anchor: Any) -> list[Any]:
    """Return a link's headings, but one naming the person an author's portrait in the link shows where another part
    of the link its class calls the title names the story."""
    headings = list(anchor.iter(*HEADING_TAGS))
    # (A column's teaser: "<p><span class=au_title>Yarın büyük gün!</span> ...</p><img class=author-img alt='Yavuz
    # Alogan'><h6>Yavuz Alogan<br>Aydınlık, Bugün</h6>": the h6 opens with the portrait's alt text, the columnist's name.)
    portraits = [alt for alt in (collapse(image.get("alt")) for image in anchor.iter("img")
                                 if _PORTRAIT_MARKS.search(element_marks(image))) if alt]
    if not portraits or not any(_names_the_title(part.get("class") or "") and heading_text(part)
                                and next(part.iterancestors(*HEADING_TAGS), None) is None
                                for part in anchor.iterdescendants() if isinstance(part.tag, str)):
        return headings
    return [heading for heading in headings if not any(heading_text(heading).startswith(alt) for alt in portraits)]


_COLOURED = re.compile(r"(?:^|;)\s*color\s*:", re.I)  # a part's own colour, set in its style attribute


def headline_of(anchor: Any, slug: str, containers: _HeadingFinder, short_ok: bool = True) -> tuple[int, str]:
    """Return the headline a link shows and its rank (HEADING, LINK_TEXT, ASIDE_TEXT), or (ASIDE_TEXT, ""); short_ok
    says whether the link's address names a story by itself, so that a headline of two or three words may title it."""
    time = next(anchor.iter("time"), None)
    date_text = text_of(time) if time is not None else None
    own, shown = _link_texts(anchor, slug)
    title = link_title(anchor)
    if title and any(_COLOURED.search(part.get("style") or "") or part.tag == "font" and part.get("color")
                     for part in anchor.iterdescendants("span", "font", "em")):
        # A link whose title attribute repeats every word it shows, the part it sets apart too ("<a title='Rusiya KİV:
        # Lavrov ...'><span style='color: #dd0404'>Rusiya KİV:</span> Lavrov ...</a>", or by a font's colour, "<font
        # color=red>Mirşahin: </font>"): that part is the headline's own words in colour, no kicker. (Its whole text
        # read only for such a link: this runs for every link of a page.)
        whole = text_of(anchor)
        if shown != whole and whole.casefold() == title.casefold():
            own = shown = whole
    candidates: list[tuple[int, str]] = []
    # Of several headings in one link, a label of a word or three ("Conta PJ" over "Nubank anuncia ...") is a kicker.
    # Of several headings that are not labels, the biggest: a smaller one above it is its kicker ("<h3>Flexibilité du
    # régime de change</h3><h2>Le FMI confiant dans la poursuite de la réforme</h2>").
    headings = _headings_of_the_story(anchor)
    # A link made of several parts whose title attribute is one of them, word for word, names its headline so: a kicker's
    # heading above it ("<h3>ESTRADA DA GUIA</h3><p>Prefeito em Mato Grosso se envolve ...</p>"), the columnist's name
    # ("<h2>Wellington Fagundes</h2><h3>Enfim, a terra!</h3>") are not.
    named = _part_named_by_title(anchor, title, slug) if title and len(headings) + len(anchor) > 1 else None
    if named is None and len(anchor) > 2:
        # ... and so the line its picture's alt repeats, of a link of a picture and several lines ("<img alt='Asesinan a
        # candidato del PRI en Puebla'><span>Asesinan a candidato ...</span><span>16 de marzo de 2018</span><span>Gustavo
        # Gómez se encontraba ...</span>"): the headline, the other lines its date and its summary. Not a line outside
        # the link's heading that reads as one: the picture is then the writer's portrait, the line its caption ("<img
        # alt='The Works founder Douglas Nicol'><div class=feature-tag>The Works founder Douglas Nicol</div><h3>Five
        # things ...</h3>").
        named = _line_named_by_alt(anchor, slug)
        if named is not None and not containers.in_heading(named) \
                and any(is_headline(cleaned(heading_text(heading)), slug) for heading in headings):
            named = None
    by_alt = _heading_named_by_alt(anchor, headings) if named is None and len(headings) > 1 else None
    if by_alt is not None:
        # ... and so the heading its picture's alt repeats, of a link of several headings ("<h4>Chronique du mardi</h4>
        # <img alt='Kronik : bof-bof'><h3>Kronik : bof-bof</h3>"): however short (two of the page's words agree on
        # it, as a title attribute's would: it ranks as the link's words), the other heading its kicker; where the
        # address needs a headline's words to be a story's, only one that reads as a headline (or the story is lost).
        alt_named = cleaned(heading_text(by_alt))
        if is_headline(alt_named, slug):
            return HEADING, alt_named
        if short_ok:
            return LINK_TEXT, alt_named
    if named is not None:
        return (HEADING if named.tag in HEADING_TAGS else LINK_TEXT), cleaned(heading_text(named))
    worded = [h for h in headings if not _short(heading_text(h), slug)]
    # (Of those, one whose words the story's slug leaves out is a kicker beside the one it spells, however big:
    # "<h2>La guerre des espions</h2><h3>Moscou riposte à Londres ...</h3>" of .../moscou-riposte-a-londres-...)
    heading = min(worded, key=lambda h: (_is_kicker(h), _foreign_to(heading_text(h), slug), h.tag)) if worded \
        else headings[0] if headings else None
    if heading is not None:
        whole_heading = uncut(heading_text(heading), title)
        candidates.append((HEADING, whole_heading))
        words = cleaned(whole_heading)
        if _over_summary(heading) and len(words.split()) >= 2 and not MORE_LABELS.match(words) \
                and not words.endswith(("...", "…")):  # (a heading cut short is made whole further down)
            # A teaser in one link, its heading over its summary ("<h2>The kindest cuts</h2><p class=rubric>Barclays
            # is trimming ..."): the heading is the headline however short, the paragraph its standfirst; a short one
            # ranks as the link's words, which name the story (a short heading alone may be a label's).
            return (HEADING if is_headline(words, slug) else LINK_TEXT), words
    parent = anchor.getparent()
    if parent is not None and containers.in_heading(parent):
        candidates.append((HEADING, uncut(shown, title)))
    # A whole teaser in one link (label, headline, blurb): the part its class calls the title is the headline.
    # (The first such part that reads as a headline, else the first with words: an empty one is a background drawn
    # behind it, "newsHeadlineBackground", and a short one a kicker's line, "<p class=teaser-headline>11:15 | ACCIDENT"
    # over "<p class=teaser-title>..."; not a part whose class names a piece of the title, "title-prefix",
    # "title-separator": only where the class ends in it.)
    # (So is the part the page's microdata calls the headline: itemprop="headline".)
    parts = [e for e in anchor.iterdescendants() if isinstance(e.tag, str) and (_names_the_title(e.get("class") or "")
                                                                                 or e.get("itemprop") == "headline")
             and heading_text(e)]
    # (The innermost such part: a box its class calls the title may hold the title's line and the subtitle's, each
    # classed so, "<div class=head_bx_title><div class=title_1>...</div><div class=title_2>...</div></div>".)
    inner = set(parts)
    parts = [e for e in parts if not any(d in inner for d in e.iterdescendants())]
    titled = next((e for e in parts if is_headline(cleaned(heading_text(e)))), parts[0] if parts else None)
    if titled is not None:
        # (Unless the link's title attribute says that part is the kicker of the rest: "Die Liebe unseres Lebens: 10
        # faszinierende Fakten über Schokolade" over "<span class=title>Die Liebe unseres Lebens</span><span class=info>10
        # faszinierende ...</span>": the rest is the headline.)
        rest = _rest_after_kicker(shown, heading_text(titled), title)
        column = cleaned(heading_text(titled))
        if not rest and len(column.split()) >= 2 and not is_headline(column, slug) and _title_over_a_name(anchor, titled):
            # A column's box: its short title over its writer's name ("<div class=tcltitle>العمر ساعة</div><div
            # class=name>غادة عبد الرحيم</div>"): the title however short, not the two run together.
            return LINK_TEXT, column
        # (Nor its summary, set below a line break inside it: "<span class=ttl>È arrivata la neve<br><span class=sttl>
        # Nella giornata di ieri ...</span></span>".)
        candidates.append((LINK_TEXT, rest or _text_over_paragraph(titled, slug, _SUMMARY_TAGS) or heading_text(titled)))
    else:
        # ... and where no class says which part, the first paragraph that reads as a headline: not the author's name
        # or a label above it, nor the summary or the reading time below it; or the bold words after a label.
        paragraph = _text_over_paragraph(anchor, slug) or _bold_over_cut_summary(anchor) \
            or _headline_paragraph(anchor, slug, own) or _bold_headline(anchor) or _part_the_slug_spells(anchor, slug, own)
        if paragraph:
            candidates.append((LINK_TEXT, paragraph))
    image = next(anchor.iter("img"), None)
    if MORE_LABELS.match(own) or not shown and image is None and not is_headline(cleaned(title)):
        # A "read more" link ("Devamını Oku", "Leer más") under a teaser whose title is not a link: that title names it;
        # so it names an empty link laid over its teaser ("<li><h4>Milan's Struggles</h4><a class=overlay></a></li>").
        # (One whose title attribute is no headline too: a page that broke its quotes, title="Santo: " es un orgullo ...".)
        # A link of no words and no title at all may take a plain line beside it, as a "read more" link does (a slide's
        # "<a href=...></a><img><strong>Trump, McMaster'ın görevine son verdi</strong>"); one showing a kicker's words or
        # titled by a date ("Domenica 18 marzo") only a heading or a title-classed part.
        named_beside = teaser_title(anchor, headed=not own and bool(text_of(anchor) or title))
        if named_beside:
            candidates.append((LINK_TEXT, named_beside))
    elif not shown and not title and image is not None and not collapse(image.get("alt")):
        # A picture's link of no words at all, not even its picture's alt, over the heading that captions it in its
        # teaser's item, no link itself ("<div class=slider__item><a href=...><img alt=''></a><h2>“مي حليمة”.. أكبر عاملة
        # ...</h2></div>"): that heading names it. (Not a box's heading above the picture: "L'IMAGE DE LA SEMAINE".)
        caption = _caption_heading(anchor)
        if caption:
            candidates.append((LINK_TEXT, caption))
    if not own and is_headline(cleaned(title), slug) \
            and (unescaped_twice(shown).casefold() == title.casefold() or _shown_beside(anchor, title)):
        # A link of no words of its own whose title attribute the reader sees as its teaser's headline: in the caption
        # of its picture ("<a title='Nico Rosberg: ...'><figure><img><figcaption>Nico Rosberg: ...</figcaption>"), or
        # beside the empty link laid over its teaser ("<a title='Kriminelles Klebeband: ...' class=content-link></a>
        # <span class=msg-text>Kriminelles Klebeband: ...</span>").
        candidates.append((LINK_TEXT, title))
    if own.endswith(":") and (after := _headline_after_label(anchor, own)):
        # A link of a kicker only, the headline set after it outside the link ("<a>Rihanna:</a> <span>Fans sollen
        # Snapchat löschen</span>"): the two together are what the reader reads as the story's headline.
        candidates.append((LINK_TEXT, after))
    candidates.append((LINK_TEXT, uncut(own, title)))
    if not own and image is not None and MEDIA_KICKERS.match(title) and shown \
            and words_of(collapse(image.get("alt"))) == words_of(shown):
        # A picture's link of a caption only, titled as the site describes its gallery or video ("Fotostrecke: Experte
        # Gary Anderson ... bewerten ...", "Video: Toro Rossos Brendon Hartley blickt ..."): the caption the picture's
        # alt repeats is the headline ("Expertenwertung: So stark sind die F1-Teams"), the title its summary.
        candidates.append((LINK_TEXT, shown))
    candidates.append((ASIDE_TEXT, title))
    if image is not None:
        candidates.append((ASIDE_TEXT, collapse(image.get("alt"))))
    candidates.append((ASIDE_TEXT, shown))
    short = dated_short = ""
    permalink = is_permalink(anchor)
    for rank, text in candidates:
        if date_text is not None and text == date_text or MORE_LABELS.match(text) or _BYLINE_OPENING.match(text) \
                or MORE_OF_A_KIND.match(text) and not _slug_opens_with(slug, text) \
                or (see_more := SEE_MORE_OF.match(text)) and not _slug_opens_with(slug, see_more["call"]):
            continue  # a link whose only text is its date names no story, nor one that only says "read more" or who wrote it
        if (CHROME_LABELS.match(text) or _is_dateline(text)) and rank != HEADING:
            rank = ASIDE_TEXT  # "Photo : ...", "© AFP": a credit; "Huy 18 février 2012 - 07:00 | L'Avenir": a dateline
        text = cleaned(text)
        if is_headline(text, slug):
            # The title attribute as it is, or without the media label the text lost ("影／..."): whichever the text holds.
            part = _titled_part(text, title)
            return rank, part if part != text or not title else _titled_part(text, cleaned(title))
        if rank == HEADING and (slug or permalink) and not short and len(text.split()) >= 2 and not MORE_LABELS.match(text) \
                and not COMMENT_COUNT.match(text):
            short = text  # a dated or numbered story's (or a post's permalink's) heading of two or three words ("Sonnenmacht China")
        if rank == LINK_TEXT and short_ok and not dated_short and len(text.split()) >= 2 \
                and not MORE_LABELS.match(text) and not COMMENT_COUNT.match(text) and _beside_its_stamp(anchor):
            dated_short = text  # a list's item of a story's link of two or three words and its date ("The world-maker")
        if rank == LINK_TEXT and text and text.casefold() == title.casefold() and len(text.split()) >= 3 \
                and not MORE_LABELS.match(text):
            return rank, text  # a short headline its title attribute repeats ("England v India")
    if dated_short:
        return LINK_TEXT, dated_short  # (its words name the story, as a title attribute's would: no label's)
    return (HEADING, short) if short else (ASIDE_TEXT, "")


_HEADLINED_ITEMS = 2  # items of a list whose headlines say it lists stories
_DAY_AND_MONTH = re.compile(r"\d{1,2}[./]\d{1,2}")  # a day and its month, "19/4": two of them are a span of days


def _beside_its_stamp(anchor: Any) -> bool:
    """Return whether a link sits in an item beside when its story came, in an element of its own, and links nothing
    else ("<li><a href=/detail/big_read/30322597>The world-maker</a><div class=box-right-date>Aug 03,2017</div>")."""
    parent = anchor.getparent()
    if parent is None or any(link.get("href") != anchor.get("href") for link in parent.iter("a")):
        return False
    if not any(isinstance(sibling.tag, str) and sibling is not anchor and any(c.isdigit() for c in text_of(sibling))
               and _is_counter(sibling) and len(_DAY_AND_MONTH.findall(text_of(sibling))) < 2 for sibling in parent):
        return False  # (an event's days, "19/4/2018 έως 21/4/2018", are a calendar's: no story's date)
    # ... in a list of such items most of whose links read as headlines: a short one among them is one too (not a
    # calendar's fairs, "Agritech 2018", nor a shop's categories, each beside its date)
    items = [item for item in parent.itersiblings() if item.tag == parent.tag] \
        + [item for item in parent.itersiblings(preceding=True) if item.tag == parent.tag]
    worded = sum(1 for item in items if (link := next(item.iter("a"), None)) is not None and is_headline(text_of(link)))
    return worded >= _HEADLINED_ITEMS and 2 * worded > len(items)


_TEASER_LEVELS = 5  # how far above a "read more" link its teaser may be


def shows_its_story(anchor: Any) -> bool:
    """Return whether a link shows the reader its story: words, a picture, the heading of the teaser it lies over, or the
    headline set right after it ("<span><a href=...></a>Voronin anunță ce candidați ...</span>": a slide's empty link
    before its caption's words); not an empty link laid over a scoreboard's teams and scores."""
    return bool(text_of(anchor)) or next(anchor.iter("img"), None) is not None or bool(teaser_title(anchor, headed=True)) \
        or is_headline(collapse(anchor.tail))


_IN_PAGE = re.compile(r"^#[^\s#]+$")  # a link to a named place on the page itself ("#comments")


def _icon_button(link: Any) -> bool:
    """Return whether a link is a button a script acts on, an icon without words ("<a class=ic-fbk href='#' onclick=...>"):
    it leads nowhere ("#", "javascript:...") and shows no text."""
    href = (link.get("href") or "").strip()
    return (href == "#" or href.lower().startswith("javascript:")) and not text_of(link)


def _caption_heading(anchor: Any) -> str:
    """Return the text of the heading right after a link among its next siblings, itself no link and holding none, in
    a teaser block around the link that holds no other story's link; else "". (After the box that holds the link alone,
    too, the heading in a box of its own: "<div class=imagebox><div><a><img></a></div><div class=textbox><h2>DACC
    students refinishing ...</h2></div></div>", a picture's link a template closed after its caption.)"""
    if next(_teaser_blocks(anchor), None) is None:
        return ""
    node = anchor
    for _ in range(_CAPTION_LEVELS):
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag in NOISE_TAGS:
                continue
            headings = [sibling] if sibling.tag in HEADING_TAGS else list(sibling.iter(*HEADING_TAGS))
            if len(headings) == 1 and next(sibling.iter("a"), None) is None \
                    and collapse(text_of(sibling)) == collapse(text_of(headings[0])) \
                    and not _kicker_of_link(sibling, anchor.get("href")):
                return heading_text(headings[0])
            return ""  # (another element first: a summary, a date, a button)
        node = node.getparent()
        if node is None or any(isinstance(child.tag, str) and child.tag not in NOISE_TAGS and text_of(child)
                               for child in node) or (node.text or "").strip():
            return ""  # (the link's box holds more than the link: not a picture's box)
    return ""


_CAPTION_LEVELS = 2  # the link, then the box that holds it alone


def _kicker_of_link(heading: Any, href: str | None) -> bool:
    """Return whether the next element after a heading is a link to the same story that shows words: the heading is
    that link's kicker ("<h3>Love for Armenian can't be explained in words:</h3><a href=...>The Italian scholar who
    ..."), not the picture's caption."""
    after = next((sibling for sibling in heading.itersiblings()
                  if isinstance(sibling.tag, str) and sibling.tag not in NOISE_TAGS), None)
    return after is not None and after.tag == "a" and after.get("href") == href and bool(text_of(after).strip())


def _teaser_blocks(anchor: Any) -> Iterator[Any]:
    """Yield the blocks around a link, nearest first, up to _TEASER_LEVELS, while they hold no link elsewhere: the
    teaser it belongs to, not a list whose titles are their own links' headlines."""
    node = anchor
    href = anchor.get("href")
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        # (nor are a teaser's share buttons, icons that link nowhere, "<a title='Compartí en Facebook' href='#'
        # onclick=...>": a script acts on them)
        # (a link to the same address is the teaser's own, its picture's: "<a><img alt=...></a><h3>...</h3><p>... <a>[ LIRE
        # LA SUITE ]</a></p>"; so is one to a named place on this page, its comments' count: "#article_all_comments"; not a
        # button's bare "#": a cookie notice's "OK")
        if node is None or node.tag in ("body", "html") \
                or any(link is not anchor and link.get("href") and link.get("href") != href
                       and not _IN_PAGE.match(link.get("href")) and not _icon_button(link) for link in node.iter("a")):
            return
        yield node


def _shown_beside(anchor: Any, title: str) -> bool:
    """Return whether the teaser block around a link shows the link's title attribute, word for word, as the text of an
    element outside any link (the story's other link words its headline its own way: a kicker set apart in it)."""
    widest = None  # (the blocks nest: the widest holds every element of the others)
    for widest in _teaser_blocks(anchor):
        pass
    wanted = title.casefold()
    return widest is not None and any(
        isinstance(element.tag, str) and element.tag not in NOISE_TAGS
        and next(element.iterancestors("a"), None) is None and next(element.iter("a"), None) is None
        and unescaped_twice(text_of(element)).casefold() == wanted for element in widest.iterdescendants())


def teaser_title(anchor: Any, headed: bool = False) -> str:
    """Return the title of the teaser a "read more" link closes: a heading or an element its class calls the title, not
    itself a link, in the nearest block around the link that has one and no other link; else (unless headed: only such
    a title), in the widest such block, the first element of text alone that reads as a headline (a teaser that sets
    its headline in a plain "description"); else ""."""
    block = None  # the widest block around the link holding no other link
    for block in _teaser_blocks(anchor):
        for element in block.iterdescendants():
            if isinstance(element.tag, str) and (element.tag in HEADING_TAGS or _TITLE_MARKS.search(element.get("class") or "")) \
                    and element is not anchor and anchor not in element.iterancestors() and element not in anchor.iterancestors():
                return heading_text(element)
    if block is None or headed:
        return ""
    for element in block.iterdescendants():
        if element.tag == "a" and element is not anchor and is_headline(text_of(element)):
            # (Not where the story's own link in the block names it: that link's words are its headline, and the
            # summary below them is none: "<a style='background-image:...'></a> ... <a>Nākamgad ...</a><div
            # class=lead>Nākamgad Latvijas Institūtu (LI) ...".)
            return ""
        if isinstance(element.tag, str) and element.tag not in NOISE_TAGS and not len(element) and element is not anchor \
                and anchor not in element.iterancestors():
            text = text_of(element)
            if is_headline(text) and len(text) <= _TEASER_CHARS and not MORE_LABELS.match(text) and not _is_dateline(text) \
                    and not _aside_in(element, block):
                return text
    return ""


def _aside_in(element: Any, block: Any) -> bool:
    """Return whether an element, or one around it inside a block, is hidden from readers (a template's debugging
    output left in a "display:none" box: "Array ( [0] => 8 )") or is a picture's credit, or a byline
    ("<div class=credito-variedades>Dilson Silva / AgNews</div>"): no teaser's headline."""
    for around in chain((element,), element.iterancestors()):  # (up to the block only: not every ancestor)
        if hidden_from_readers(around.attrib) or _CREDIT_MARKS.search(marks := element_marks(around)) \
                or _BYLINE_MARKS.search(marks):
            return True
        if around is block:
            return False
    return False


# A link text this long, or cut short ("..."), is a teaser's summary or a shortened headline: it loses
# to a whole headline. A box of the most read stories often words a headline shorter or otherwise:
# the story's own teaser wins over it.
_TEASER_CHARS = 150
# (SPIP's "(...)" too; and two dots glued to the last word, "주부들 냉..": a Korean site's cut)
_CUT = re.compile(r"(?:[(\[]\s*)?(?:\.\.\.|…|(?<=\w)\.\.(?!\.))\W*$")


def _in_capitals(text: str) -> bool:
    """Return whether a text is written in capitals: its letters of a script with cases, nearly all of them, upper case
    (not a Chinese or Korean headline around "F-22")."""
    if not text.isupper():
        return False  # (most links: read no letter one by one; title_preference asks of every link of the page)
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isupper() or c.islower()) >= 0.9 * len(letters)


def _short(text: str, slug: str) -> bool:
    """Return whether a headline is of one to three words its story's slug does not spell: maybe a kicker's."""
    return len(text.split()) < _TITLE_MIN_WORDS and count_cjk(text) < 2 and not spelled_by(text, slug)


def _opens_in_lower_case(text: str) -> bool:
    """Return whether a text opens with a small letter not followed by a capital ("si è diffuso ...", not "iPhone ...")."""
    return len(text) > 1 and text[0].islower() and not text[1].isupper()


def _small_part_of(text: str, slug: str) -> bool:
    """Return whether a headline of one to three words is a small part of its story's slug: the slug has four or more
    words longer than a short word, and three times as many as the headline has."""
    if not slug or len(text.split()) >= _TITLE_MIN_WORDS or count_cjk(text) >= 2:
        return False
    long_words = _long_words(folded_words(slug))
    return len(long_words) >= _TITLE_MIN_WORDS and len(long_words) >= 3 * len(folded_words(text))


# How good a story's headline is (title_preference), smaller first.
Preference = tuple[int, int, int, bool, bool, bool, int]


def title_preference(rank: int, text: str, boxed: bool, slug: str = "", level: int = 9) -> Preference:
    """Return how good a story's headline is, smaller first: a heading over the link's words over alt text
    and captions; whole over cut or overlong; outside a most-read box over inside. Among equal headings and link
    words the first link wins: where the page first shows a story it words its headline in full, other boxes reword
    it (longer or shorter). Among alt texts and captions the longer wins: an alt describes a picture in a few words."""
    # A heading of two or three words may be a kicker above the headline's own heading ("Koran Tempo"): a longer one wins.
    # One its slug spells is the story's own ("Chalk Coffee" of /2019/05/27/chalk-coffee/).
    # So may one the slug spells but as a small part of its words: a tag's name over the picture ("Verratti" of
    # /verratti-le-psg-nest-pas-si-loin-du-real/20479), the headline the story's other links give being longer.
    # Worse still is the rest of a headline the page split over two links, opening in lower case ("si è diffuso così
    # rapidamente" after "Perché il coronavirus"): no headline alone.
    short = 2 if _opens_in_lower_case(text) else int(_short(text, slug) or _small_part_of(text, slug))
    # Of a story's headings the bigger one is its headline: a teaser sets its kicker, its author or its series in a
    # smaller heading above it (<h3>Os dez mandamentos do verão</h3><h2>Cecília Meireles: "..."</h2>).
    # A link of words in capitals its slug does not spell is a teaser's kicker set in a link of its own ("GRADSKI STADION
    # ODLAZI U POVIJEST" above "Zabranjen ulaz na vrlo opasne tribine" at /358709/4/Zabranjen-ulaz-na-vrlo-opasne-
    # tribine): the story's other links word its headline. (Not any link its slug does not spell: a site's slug is often
    # another wording of the headline its first link gives.)
    kicker = _in_capitals(text) and not (slug and folded_words_but_numbers(text) == folded_words_but_numbers(slug))
    cut = bool(_CUT.search(MORE_AFTER.sub("", text)))
    # A heading cut short after more Chinese, Japanese or Korean characters than a headline of those scripts has is a
    # teaser's summary set in a heading ("<h3><a>고령화와 저출산, 평균수명의 증가, ... 우리 사회가 직면한 가…</a></h3>" under the
    # headline's own "<dt><a>문재인 케어는 기망인가, 희망인가</a></dt>"): a whole link's words win over it. (Not a shorter
    # heading cut so, nor one in another script: a headline may end in a stylistic "…", "Tout «tarif» un jour…".)
    if rank == HEADING and cut and count_cjk(text) >= _CJK_SUMMARY_CHARS:
        rank = LINK_TEXT
    return (rank, short, level if rank == HEADING else 9, kicker, len(text) > _TEASER_CHARS or cut, boxed,
            -len(text) if rank == ASIDE_TEXT else 0)


def site_title(root: Any, url: str) -> str:
    """Return the site's name from og:site_name, else from the page's <title>, else the host."""
    for meta in root.iter("meta"):
        if meta.get("property") == "og:site_name" and collapse(meta.get("content")):
            return collapse(meta.get("content"))
    title = next(root.iter("title"), None)
    if title is not None and text_of(title):
        return site_name_in(text_of(title), urlsplit(url).hostname or "")
    return urlsplit(url).hostname or url


_TITLE_PARTS = re.compile(r"\s+(?:[-|–—:·•»]|::)\s+|,\s+")  # a comma too: "20 Minutes, information en continu, ..."
_DANGLING = re.compile(r"^(?:[-|–—:·•»]+\s+)+|(?:\s+[-|–—:·•»]+)+$")  # a separator with nothing on one side ("Tekiano :: TeK'n'Kult |")
_SITE_NAME_WORDS = 4  # a longer part of a title is a tagline, not the site's name


def site_name_in(title: str, host: str) -> str:
    """Return the part of a home page's title that names the site: the part that spells its host's name ("L'Avenir"
    of "L'Avenir - L'actu 24/24, 7/7 - Bruxelles, Liège, Namur..." at lavenir.net, "Le Monde.fr" of "Accueil | Le
    Monde.fr", "20 Minutes" of "20 Minutes, information en continu, actualités..."), else the whole title."""
    title = _DANGLING.sub("", title) or title
    parts = [part for part in _TITLE_PARTS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    domain = site_domain(host) if host else ""
    name = site_name(host) if host else ""
    if not name:
        return title
    for part in parts:
        letters = "".join(folded_words(part))
        if len(part.split()) <= _SITE_NAME_WORDS and (letters == name or name in letters):
            return part
    # A long tagline may name the site by its address, as one word ("BTP : Produits et Services du BTP ... avec
    # Batiweb.com les professionnels du bâtiment"): that word is its name.
    spelled = domain.replace(".", "")
    return next((word.strip(".,;:!?()«»\"'") for word in title.split()
                 if "".join(folded_words(word)) in (name, spelled) and "." in word.strip(".")), title)


_LAST_PART = re.compile(r"\s+[-|–—·•]\s+([^-|–—·•]+)$")  # a headline's last part after a spaced separator


def without_site_name(root: Any, host: str) -> Callable[[str], str]:
    """Return a function giving a headline without the site's name after it ("Oppo Find X2 Pro : le test - 01net.com"):
    the host, or the og:site_name the page declares."""
    names = {host} | {collapse(meta.get("content")) for meta in root.iter("meta") if meta.get("property") == "og:site_name"}
    names = {name for name in names if name}
    if not names:
        return lambda text: text
    suffix = re.compile(r"\s+[-|–—:·•]\s+(?:www\.)?(?:" + "|".join(re.escape(name) for name in names) + r")$", re.I)

    ends = tuple(name.casefold() for name in names)
    # (and the host's name spelled in words after a separator, "Uzun atlama dünya rekoru - KONYA HABER SİTESİ" on
    # konyahabersitesi.com)
    label = site_name(host)

    def unnamed(text: str) -> str:
        spelled = _LAST_PART.search(text)
        words = folded_words(spelled[1]) if spelled else []
        if spelled and len(words) > 1 and "".join(words) == label:
            trimmed = text[:spelled.start()]
            return trimmed if is_headline(trimmed) else text
        if not text.casefold().endswith(ends):
            return text
        trimmed = suffix.sub("", text)
        return trimmed if is_headline(trimmed) else text

    return unnamed


# Words a page's link attributes add after the link's own words ("Igor Tudor'dan Sneijder açıklaması" titled "...
# Haberi", "news of"; "... - Galeria zdjęć"): the site's tag for search engines, no headline's, where three links or more
# with words of their own carry it; a headline taken from an attribute leaves it out.
_TAIL_WORDS = 3
_TAIL_LINKS = 3


def attribute_extensions(root: Any) -> list[tuple[str, str]]:
    """Return each link's own words (two or more) and the words its title or its picture's alt adds after them."""
    found: list[tuple[str, str]] = []
    for anchor in root.iter("a"):
        image = anchor.find(".//img")
        raw = (anchor.get("title") or "", image.get("alt") or "" if image is not None else "")
        if all(len(words.split(None, 2)) < 3 for words in raw):
            continue  # (an attribute of two words or fewer adds none after two)
        attributes = [collapse(words) for words in raw]
        first = next((chunk.split()[0] for chunk in anchor.itertext() if chunk.strip()), "")
        if not first or not any(words.startswith(first) for words in attributes):
            continue  # (the link shows no words, or an attribute that does not open with them)
        shown = text_of(anchor)
        if len(shown.split()) < 2:
            continue
        found.extend((shown, words[len(shown):].strip()) for words in attributes if words.startswith(shown + " "))
    return found


def attribute_tails(extensions: list[tuple[str, str]]) -> frozenset[str]:
    """Return the words a page's link titles or pictures' alts add after three links' own words or more (of a page's
    attribute_extensions)."""
    shown_with: dict[str, set[str]] = {}
    for shown, tail in extensions:
        if len(tail.split()) <= _TAIL_WORDS:
            shown_with.setdefault(tail, set()).add(shown)
    return frozenset(tail for tail, shown in shown_with.items() if len(shown) >= _TAIL_LINKS)


# Links whose title goes on, each in words of its own, after all the words they show: a page that cuts its lines at a
# length without a mark ("Lolla: melhor atração, Chance, The Rapper mostra força da nova" titled "... da nova safra do
# hip-hop"), its headlines whole in the titles. (Not a title that adds a field after a mark, "... | Mar 17, 2018 - 04:00
# PM", "... - Associated Press": the date, the author or the section, not the rest of a sentence.)
_CUT_LINKS = 3
_GOES_ON = re.compile(r"^[\w\"'«“‘¿¡]")


def goes_on(text: str, title: str) -> bool:
    """Return whether a link's title goes on with words after all of a text's, no mark between (its sentence's rest)."""
    return title.startswith(text + " ") and _GOES_ON.match(title[len(text) + 1:]) is not None


def cuts_unmarked(extensions: list[tuple[str, str]], tails: frozenset[str]) -> bool:
    """Return whether a page shows three links' headlines or more cut short without a mark, whole in their titles (of its
    attribute_extensions and attribute_tails)."""
    rests = {tail for _, tail in extensions if tail not in tails and _GOES_ON.match(tail)}
    return len(rests) >= _CUT_LINKS


def without_tail(title: str, tails: frozenset[str]) -> str:
    """Return a headline without one of the page's attribute tails after it (and the dash before it), where the rest is
    a headline: the longest tail first ("in Zimbabwe" before "Zimbabwe"), whatever order the set holds them in."""
    for tail in sorted(tails, key=lambda tail: (-len(tail), tail)):
        if title.endswith(" " + tail):
            trimmed = title[:-len(tail)].rstrip(" -|–—:·•/")
            if is_headline(trimmed):
                return trimmed
    return title


def heading_of(anchor: Any) -> Any:
    """Return the heading a link holds or sits in (up to 3 levels up), or None."""
    heading = next(anchor.iter(*HEADING_TAGS), None)
    node, depth = anchor.getparent(), 0
    while heading is None and node is not None and depth < 3:
        if node.tag in HEADING_TAGS:
            heading = node
        node, depth = node.getparent(), depth + 1
    return heading


def heading_signature(heading: Any) -> tuple[str, str]:
    """Return a heading's tag and first class: what the teasers of one kind share."""
    classes = (heading.get("class") or "").split()
    return heading.tag, classes[0] if classes else ""


def is_label(text: str) -> bool:
    """Return whether a headline is short enough to be a label ("Sport", "Trade Republic"): what only a dated or
    numbered story whose slug spells it may have as its headline. Chinese, Japanese and Korean are not measured so."""
    return not is_headline(text) and count_cjk(text) < 2
