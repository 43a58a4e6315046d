"""A story's subject: the words of its headline, lead and keywords that a headline about it would share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.news.text import CJK

# Words too common to say two texts share a subject, in the languages news is written in.
_COMMON_WORDS = frozenset(
    "about after again against their there these those which while would could should where being other "
    "first years people says said still under since before between every during three among "
    "avant après cette comme dans leurs pour quand sont entre encore depuis selon toujours "
    "nicht einer eines unter wurde werden haben sollen gegen schon durch "
    "sobre desde están porque tiene puede hasta entre según "
    "della dello degli sono anche dopo ancora contro".split()
)
_WORD = re.compile(r"[^\W\d_]{5,}")
# The lead says what the story is about; the paragraphs further down wander to its background.
_LEAD_PARAGRAPHS = 2


def subject_words(text: str) -> set[str]:
    """Return the words of a text that may name its subject (5+ letters, not common), or its CJK bigrams."""
    folded = text.casefold()
    words = {w for w in _WORD.findall(folded) if w not in _COMMON_WORDS}
    cjk = "".join(CJK.findall(folded))
    return words | {cjk[i:i + 2] for i in range(len(cjk) - 1)}


@dataclass(frozen=True)
class Subject:
    """What a story is about: the words of its headline, lead and keywords."""

    words: frozenset[str]

    def shared_by(self, headline: str) -> bool:
        """Return whether a headline shares a word of the story's subject."""
        return not self.words.isdisjoint(subject_words(headline))

    def held_by(self, headlines: Iterable[str], least: int = 1) -> bool:
        """Return whether most of the headlines (half, and least of them at the fewest) share the story's subject."""
        listed = list(headlines)
        sharing = sum(1 for headline in listed if self.shared_by(headline))
        return sharing >= max(least, (len(listed) + 1) // 2)


def story_subject(title: str, paragraphs: Iterable[str] = (), keywords: Iterable[str] = ()) -> Subject:
    """Return a story's subject from its headline, its lead paragraphs and the keywords the page declares."""
    lead = list(paragraphs)[:_LEAD_PARAGRAPHS]
    return Subject(frozenset(subject_words(" ".join([title, *lead, *keywords]))))
