"""The lead a digest shows: the story's first sentences, cut where a sentence ends."""

from __future__ import annotations

import re

from bot.news.article.dates import parse_text_date
from bot.news.text import collapse, ends_sentence, join_sentences, split_sentences, truncate

LEAD_MAX = 600  # the extractor's Article.lead; a digest asks for its own length with lead_of
LEAD_MIN = LEAD_MAX // 2

_BYLINE = re.compile(
    # "By Jane Roe", "Par Claire Exemple": the name is capitalised ("By the time ..." is a sentence)
    r"^(?i:by|par|von|por|door|av|af)\s+[A-ZÀ-ÖØ-Þ]"
    # "Photo: ...", "Crédit photo : ...", "AFP/...", "Source : ...": a label, then its credit
    r"|^(?i:photos?|crédits?(?: photo)?|credits?|image|illustration|sources?|fotos?|afp|reuters|ap|"
    r"getty(?: images)?)(?: (?i:photo))?\s*[:/©|-]"
    r"|©|(?i:\bgetty images\b)"
    r"|^(?i:posted|published|updated|publié|mis à jour|dernière mise à jour|modifié)\b"
)
_INNER_BYLINE = re.compile(r"(?:^|[|•·,]\s*)(?i:by|par|von|por|di|door|av|af)\s+[A-ZÀ-ÖØ-Þ]")
_DATELINE_ONLY = re.compile(r"^[\w .,'’-]{2,40}\s*(?:\(.{1,30}\))?\s*[-–—:]\s*$|^\W*$")
_DATE_ONLY = re.compile(r"^[\W\d]*(?:\d{1,2}[:h.]\d{2}|\d{4}|\d{1,2}/\d{1,2})[\w\s,.:/-]{0,40}$", re.I)


def is_front_matter(paragraph: str) -> bool:
    """Return whether a paragraph is a byline, photo credit or bare dateline, not story text."""
    text = paragraph.strip()
    if not text:
        return True
    if len(text) < 160 and _BYLINE.search(text):
        return True
    if len(text) < 60 and (_DATELINE_ONLY.match(text) or _DATE_ONLY.match(text)):
        return True
    if len(text) < 200 and not ends_sentence(text):
        # "Le Monde | 04.05.2015 à 13h36 • Mis à jour ... | Par X": a stamp, not a sentence.
        if _INNER_BYLINE.search(text) or parse_text_date(text) is not None:
            return True
    return False


def is_heading_like(paragraph: str) -> bool:
    """Return whether a paragraph reads as a heading or label: short and without a sentence end."""
    text = paragraph.strip()
    return len(text) < 100 and not ends_sentence(text)


def make_lead(paragraphs: list[str], minimum: int = LEAD_MIN, maximum: int = LEAD_MAX) -> str:
    """Return the first sentences of the story, about minimum..maximum chars, cut at a sentence end."""
    prose = [p for p in paragraphs if not is_heading_like(p)]
    # Subheadings, infobox labels and kickers do not belong in running text; a story told
    # without sentence punctuation at all still gets a lead from its raw paragraphs.
    return _lead_from(prose or paragraphs, minimum, maximum)


def _lead_from(paragraphs: list[str], minimum: int, maximum: int) -> str:
    """Return the first sentences of paragraphs, skipping front matter before the story starts."""
    lead = ""
    started = False
    for paragraph in paragraphs:
        if not started and is_front_matter(paragraph):
            continue
        started = True
        for sentence in split_sentences(paragraph):
            candidate = join_sentences(lead, sentence).strip()
            if len(candidate) > maximum:
                return lead if lead else truncate(sentence, maximum)
            lead = candidate
            if len(lead) >= minimum:
                return lead
    return lead


def lead_of(paragraphs: list[str], fallback: str, chars: int = LEAD_MAX) -> str:
    """Return a lead of at most chars: the story's first sentences (at least half of chars when the
    story has them), else the fallback text cut at a sentence end."""
    return make_lead(paragraphs, chars // 2, chars) or truncate(collapse(fallback), chars, at_sentence=True)
