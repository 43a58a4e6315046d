"""A story's subject: the words of its headline, lead and keywords that a headline about it would share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.news.text import CJK
from bot.news.urls import site_domain

# Words too common to say two texts share a subject (function words of 5+ letters, English, French, German, Spanish,
# Italian, Portuguese, Dutch): a headline shares the story's subject by a name or a content word.
_COMMON_WORDS = frozenset(
    "their theirs there these those which while whose would could should shall might where whether being "
    "other others first years people still under since before between every during three among after "
    "about above below again against because through until within without around across along another "
    "either neither never always often yours yourself ourselves itself himself herself myself anything "
    "something nothing everything someone anyone everyone today yesterday tomorrow weeks month months "
    "makes according "
    "avant après cette cettes comme leurs quand entre encore depuis selon toujours aussi alors avoir "
    "était étaient faire peuvent moins toutes autre autres mêmes notre votre elles celle celles celui "
    "pendant contre parce quelque quelques lorsque ainsi aujourd beaucoup "
    "nicht einer eines einem einen unter wurde wurden werden haben hatte hatten sollen gegen schon durch "
    "diese dieser dieses diesem diesen jetzt immer viele vielen keine seine seiner seinem ihren ihrer "
    "ihrem zwischen während wieder sowie heute gestern worden können müssen unsere ersten "
    "sobre desde están porque tiene tienen puede pueden hasta según también cuando donde todos todas "
    "otros otras mismo misma muchos había hacer siendo antes después ahora durante contra estos estas "
    "nuestro nuestra aunque mientras "
    "della dello delle degli dalla dalle dallo nella nelle negli sulla sulle sullo anche ancora contro "
    "questo questa questi queste quello quella quelli quelle perché quando tutti tutte prima senza stato "
    "stata stati essere hanno molto molti altro altri altra altre sempre mentre secondo verso "
    "pelos pelas estão também outros outras mesmo mesma muito muitos depois agora estes nosso nossa ainda "
    "segundo "
    "onder tegen wordt heeft hebben "
    # what a story is, not what it is about: its medium ("En vidéo : ...", "VIDEO: ...", "Photos: ...")
    "video videos vidéo vidéos photos fotos galerie gallery podcast podcasts direct"
    .split()
)
_WORD = re.compile(r"[^\W\d_]{5,}")
# The lead says what the story is about; the paragraphs further down wander to its background.
_LEAD_PARAGRAPHS = 2


# An acronym names its subject however short ("URE", "NATO", "FIFA"): capitals in a text not set in capitals.
_ACRONYM = re.compile(r"\b[^\W\d_a-zà-ÿ]{3,4}\b")


def subject_words(text: str, acronyms: bool = True) -> set[str]:
    """Return the words of a text that may name its subject (5+ letters, not common; acronyms of 3-4 capitals), or
    its CJK bigrams."""
    folded = text.casefold()
    words = {w for w in _WORD.findall(folded) if w not in _COMMON_WORDS}
    if acronyms and sum(c.isupper() for c in text) * 3 < sum(c.isalpha() for c in text):
        words |= {w.casefold() for w in _ACRONYM.findall(text) if w.isupper()}
    cjk = "".join(CJK.findall(folded))
    return words | {cjk[i:i + 2] for i in range(len(cjk) - 1)}


@dataclass(frozen=True)
class Subject:
    """What a story is about: the words of its headline, lead and keywords; its core, those of its headline."""

    words: frozenset[str]
    core: frozenset[str] = frozenset()

    def shared_by(self, headline: str) -> bool:
        """Return whether a headline shares a word of the story's subject."""
        return not self.words.isdisjoint(subject_words(headline))

    def told_by(self, headline: str) -> bool:
        """Return whether a headline shares a word of the story's own headline (not only of its lead or keywords, which
        name the country or the trade of every story of a site: "Bahamas", "países")."""
        return not self.core.isdisjoint(subject_words(headline))

    def held_by(self, headlines: Iterable[str], least: int = 1) -> bool:
        """Return whether most of the headlines (half, and least of them at the fewest) share the story's subject."""
        listed = list(headlines)
        sharing = sum(1 for headline in listed if self.shared_by(headline))
        return sharing >= max(least, (len(listed) + 1) // 2)


def story_subject(title: str, paragraphs: Iterable[str] = (), keywords: Iterable[str] = (), url: str = "",
                  acronyms: bool = True) -> Subject:
    """Return a story's subject from its headline, its lead paragraphs and the keywords the page declares (with their
    acronyms unless asked not to), without the words of the site's name: every story of linuxdevices.com is about
    Linux, of a city's site about the city."""
    lead = list(paragraphs)[:_LEAD_PARAGRAPHS]
    core = subject_words(title, acronyms)
    words = core | subject_words(" ".join([*lead, *keywords]), acronyms)
    host = urlsplit(url).hostname or ""
    name = site_domain(host).split(".")[0].casefold() if host else ""

    def unnamed(found: set[str]) -> frozenset[str]:
        """Return the words but those of the site's name."""
        return frozenset(word for word in found if not name or word not in name)

    return Subject(unnamed(words), unnamed(core))
