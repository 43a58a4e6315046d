"""The lead a digest shows: the story's first sentences, cut where a sentence ends."""

from __future__ import annotations

import re

from bot.news.article.dates import parse_text_date

LEAD_MIN = 300
LEAD_MAX = 600

# Abbreviations after which a period does not end a sentence (English and French).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr prof gen sen rep gov lt col sgt capt cmdr adm no vs etc inc corp "
    "co ltd jan feb mar apr jun jul aug sep sept oct nov dec fig p pp vol ed eds approx dept "
    "est av ave blvd univ m mm mme mlle mgr me pr cf ex nr art al"
    .split()
)
_SENTENCE_END = re.compile(r"""[.!?…。！？]+["'»”’)\]]*(?=\s|$)|[。！？]""")
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
_ENDS_SENTENCE = re.compile(r"""[.!?…。！？]["'»”’)\]]*$""")
_DATELINE_ONLY = re.compile(r"^[\w .,'’-]{2,40}\s*(?:\(.{1,30}\))?\s*[-–—:]\s*$|^\W*$")
_DATE_ONLY = re.compile(r"^[\W\d]*(?:\d{1,2}[:h.]\d{2}|\d{4}|\d{1,2}/\d{1,2})[\w\s,.:/-]{0,40}$", re.I)


def split_sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph, keeping abbreviations like "M." or "U.S." whole."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        head = text[start:match.start()]
        word = re.search(r"(\w+)$", head)
        token = word.group(1) if word else ""
        if match.group().startswith(".") and len(match.group()) == 1 and token:
            if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue  # "M. Stoltenberg", "J. K. Rowling", "Jan. 5"
            if token.isdigit() and re.match(r"\s*[a-z0-9]", text[end:]):
                continue  # "5. juli", numbered text in mid-sentence
        following = text[end:end + 2].lstrip()
        if following and following[0].islower() and not match.group().endswith(("。", "！", "？")):
            continue  # "e.g. this", "1. b" : a sentence starts with a capital
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def is_front_matter(paragraph: str) -> bool:
    """Return whether a paragraph is a byline, photo credit or bare dateline, not story text."""
    text = paragraph.strip()
    if not text:
        return True
    if len(text) < 160 and _BYLINE.search(text):
        return True
    if len(text) < 60 and (_DATELINE_ONLY.match(text) or _DATE_ONLY.match(text)):
        return True
    if len(text) < 200 and not _ENDS_SENTENCE.search(text):
        # "Le Monde | 04.05.2015 à 13h36 • Mis à jour ... | Par X": a stamp, not a sentence.
        if _INNER_BYLINE.search(text) or parse_text_date(text) is not None:
            return True
    return False


def _cut_words(text: str, limit: int) -> str:
    """Return text cut at the last word boundary before limit, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def is_heading_like(paragraph: str) -> bool:
    """Return whether a paragraph reads as a heading or label: short and without a sentence end."""
    text = paragraph.strip()
    return len(text) < 100 and not _ENDS_SENTENCE.search(text)


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
            candidate = f"{lead} {sentence}".strip() if lead else sentence
            if len(candidate) > maximum:
                return lead if lead else _cut_words(sentence, maximum)
            lead = candidate
            if len(lead) >= minimum:
                return lead
    return lead
