"""Plain-text rules shared by listings, articles and digests: scripts, spaces, sentences, cuts."""

from __future__ import annotations

import html
import re
import unicodedata

ELLIPSIS = "…"

# Kana, Hangul syllables and the CJK ideographs (unified, extension A, compatibility, and the
# supplementary planes): the scripts written without spaces, whose headlines are short in
# characters. The Yijing hexagram block between extension A and the unified block is no script.
CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003134f]"
)
# Commas in the scripts news is written in: Latin, CJK, Arabic.
COMMAS = re.compile(r"[,，、،;；]")

# Abbreviations after which a period does not end a sentence (English and French).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr prof gen sen rep gov lt col sgt capt cmdr adm no vs etc inc corp "
    "co ltd jan feb mar apr jun jul aug sep sept oct nov dec fig p pp vol ed eds approx dept "
    "est av ave blvd univ m mm mme mlle mgr me pr cf ex nr art al"
    .split()
)
_SENTENCE_END = re.compile(r"""[.!?…。！？]+["'»”’)\]]*(?=\s|$)|[。！？]""")
_ENDS_SENTENCE = re.compile(r"""[.!?…。！？]["'»”’)\]]*$""")
_LAST_WORD = re.compile(r"(\w+)$")
_LOWER_START = re.compile(r"\s*[a-z0-9]")
# What may not stand before an ellipsis: "mot,…" reads as a typo.
_DANGLING = " ,;:.-–—"


# A numeric character reference, decimal or hexadecimal, its semicolon optional as in HTML.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_CHAR_REF_BYTES = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")


def _names_no_character(digits: str, base: int) -> bool:
    """Return whether a character reference's number is no Unicode scalar value (a surrogate, or too big)."""
    digits = digits.lstrip("0")
    if len(digits) > 8:
        return True  # far past U+10FFFF; and int() refuses numbers of thousands of digits
    number = int(digits or "0", base)
    return 0xD800 <= number <= 0xDFFF or number > 0x10FFFF


def _ref_parts(match: re.Match[str] | re.Match[bytes]) -> tuple[str, int]:
    """Return the digits of a matched character reference, as text, and their base."""
    hexadecimal, decimal = match.group(1), match.group(2)
    digits = hexadecimal if hexadecimal is not None else decimal
    text = digits.decode("ascii") if isinstance(digits, bytes) else str(digits)
    return text, 16 if hexadecimal is not None else 10


def valid_char_refs(markup: str) -> str:
    """Return the markup with each reference to no character (&#xD800;, &#x110000;) made &#xFFFD;."""
    if "&#" not in markup:
        return markup
    return _CHAR_REF.sub(lambda m: "&#xFFFD;" if _names_no_character(*_ref_parts(m)) else m.group(), markup)


def valid_char_refs_bytes(markup: bytes) -> bytes:
    """Return valid_char_refs of markup in an ASCII-compatible encoding, as bytes."""
    if b"&#" not in markup:
        return markup
    return _CHAR_REF_BYTES.sub(
        lambda m: b"&#xFFFD;" if _names_no_character(*_ref_parts(m)) else m.group(), markup)


# Private-use characters: an icon font's glyphs ("\ue315", a Material Icons arrow after "LIRE LA SUITE"), drawn only
# with the site's font; anywhere else a box, and never a word.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def collapse(text: str | None) -> str:
    """Return the text with runs of whitespace collapsed to one space, stripped, and without an icon font's glyphs."""
    return " ".join(_PRIVATE_USE.sub(" ", text or "").split())


# A character reference left in a text after parsing: the page escaped it twice ("Preis &amp;amp; Daten" shows "&amp;").
_ESCAPED_TWICE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")


def unescaped_twice(text: str) -> str:
    """Return a text with the character references a page escaped twice read as their characters ("&quot;" -> '"')."""
    return _ESCAPED_TWICE.sub(lambda reference: html.unescape(reference.group()), text)


# Letters no decomposition takes apart, as a slug writes them ("Haftanın" -> haftanin, "Łódź" -> lodz, "Straße" -> strasse).
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def unaccented(text: str) -> str:
    """Return text without its accents: decomposed (NFKD), combining marks dropped ("Santé" -> "Sante"), and the
    letters that do not decompose written plain ("ł" -> "l", "ı" -> "i")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


def count_cjk(text: str) -> int:
    """Return how many characters of the text are written in a CJK script."""
    return len(CJK.findall(text))


def utf16_len(text: str) -> int:
    """Return the length of the text in UTF-16 code units, the way Telegram counts message length."""
    return len(text.encode("utf-16-le")) // 2


def ends_sentence(text: str) -> bool:
    """Return whether the text ends with sentence punctuation (closing quotes allowed)."""
    return bool(_ENDS_SENTENCE.search(text))


def split_sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph, keeping abbreviations like "M." or "U.S." whole."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        word = _LAST_WORD.search(text[start:match.start()])
        token = word.group(1) if word else ""
        if match.group().startswith(".") and len(match.group()) == 1 and token:
            if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue  # "M. Stoltenberg", "J. K. Rowling", "Jan. 5"
            if token.isdigit() and _LOWER_START.match(text[end:]):
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


# Chinese and Japanese sentences follow one another without a space; Korean and the rest take one.
_CJK_CLOSE = re.compile(r"[。！？」』）\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff0f]$")
_CJK_OPEN = re.compile(r"^[「『（\u3040-\u30ff\u4e00-\u9fff]")


def join_sentences(left: str, right: str) -> str:
    """Return two sentences as one text: a space between them, none between Chinese or Japanese ones."""
    if not left:
        return right
    if not right:
        return left
    return left + right if _CJK_CLOSE.search(left) and _CJK_OPEN.match(right) else f"{left} {right}"


def truncate(text: str, limit: int, *, at_sentence: bool = False) -> str:
    """Return text of at most limit characters: whole, else cut at a sentence end (when asked and
    one is in reach) or at a word end with an ellipsis."""
    if len(text) <= limit:
        return text
    if at_sentence:
        kept = ""
        for sentence in split_sentences(text):
            candidate = join_sentences(kept, sentence)
            if len(candidate) > limit:
                break
            kept = candidate
        # A sentence end in the first third would throw most of the room away.
        if kept and len(kept) >= limit // 3:
            return kept
    cut = text[:limit - len(ELLIPSIS)]
    # A space in the second half is a word end worth cutting at; text without spaces there
    # (CJK, a long URL) is cut where the room ends rather than shrunk to half.
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(_DANGLING) + ELLIPSIS
