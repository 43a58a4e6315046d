"""Dates as news pages write them: ISO stamps, French and English prose, URL paths."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    # English, full and abbreviated
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French (with and without accents, since pages and feeds drop them)
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4,
    "juil": 7, "déc": 12,
    # Spanish, Portuguese, Italian and German, which news pages in the corpora also use
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # Russian, in the genitive that dates use ("5 июля 2016")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?P<h>\d{1,2})\s*(?:h|:|\.)\s*(?P<mi>\d{2})?(?:\s*(?::|m)\s*\d{2})?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
_NUM_DATE = re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?\b")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
)
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
# Year first, as Chinese, Japanese and Korean pages write it: 2016年7月5日, 2016.07.05, 2016/7/5
_YEAR_FIRST = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[./年]\s*(\d{1,2})\s*[./月]\s*(\d{1,2})(?!\d)")
_TIME_RE = re.compile(rf"(?<![\d/.-]){_TIME}(?![\d/])", re.I)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/"
)
# Upper case only: "est" is French for "is", "Z" is a letter in prose.
_ZONE_ABBR = {"UTC": 0, "GMT": 0, "CET": 1, "CEST": 2, "BST": 1, "EST": -5, "EDT": -4,
              "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}
_ZONE_RE = re.compile(r"\b(UTC|GMT)\s*([+-]\d{1,2})(?::?(\d{2}))?|\b(" + "|".join(_ZONE_ABBR) + r")\b")

# Words that announce the first publication versus a later update, in the languages
# we meet most; an update stamp is used only when no publication stamp exists.
_PUBLISHED_WORDS = re.compile(r"publi[ée]|published|posted|créé|paru|erstellt|veröffentlicht|publicado|pubblicato", re.I)
_UPDATED_WORDS = re.compile(r"mis à jour|mise à jour|updated|modified|actualis|aktualisiert|atualizado|aggiornato", re.I)


def parse_iso(value: str) -> datetime | None:
    """Return the datetime an ISO 8601, RFC 2822 or epoch stamp stands for, or None."""
    text = (value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        seconds = int(text[:10])
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    candidate = re.sub(r"\s+", " ", text)
    # fromisoformat rejects a few spellings that real pages use.
    candidate = re.sub(r"(\d)\s?([+-]\d{2})(\d{2})$", r"\1\2:\3", candidate)
    candidate = re.sub(r"(\.\d{6})\d+", r"\1", candidate)
    candidate = re.sub(r"([+-]\d{2})$", r"\1:00", candidate) if re.search(r"T\d", candidate) else candidate
    candidate = re.sub(r"\s*(UTC|GMT)$", "+00:00", candidate)
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    return parse_text_date(text)


def url_date(url: str) -> tuple[int, int | None, int | None] | None:
    """Return (year, month, day) written in a URL path like /2016/0705/ or /2016/07/05/."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    if match.group(1):
        return int(match.group(1)), int(match.group(2)), int(match.group(3))
    return int(match.group(4)), int(match.group(5)), None


def _clock(text: str) -> tuple[int, int] | None:
    """Return (hour, minute) of the first clock time in text, or None."""
    for match in _TIME_RE.finditer(text):
        hour = int(match.group("h"))
        minute = int(match.group("mi") or 0)
        sep = text[match.start("h") + len(match.group("h")):match.end()].lstrip()[:1].lower()
        ampm = (match.group("ampm") or "").lower()
        if not match.group("mi") and not ampm:
            continue  # a bare number is not a time
        if sep not in ("h", ":") and not ampm:
            continue  # "19.11.2019" and "2019. 11. 19." are dates; "8.36 pm" is a time
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return hour, minute
    return None


def _zone(text: str) -> timezone | None:
    """Return the zone a stamp names (UTC+8, GMT, EST ...), or None."""
    match = _ZONE_RE.search(text)
    if not match:
        return None
    if match.group(1):
        hours = int(match.group(2))
        minutes = int(match.group(3) or 0) * (1 if hours >= 0 else -1)
        return timezone(timedelta(hours=hours, minutes=minutes))
    return timezone(timedelta(hours=_ZONE_ABBR[match.group(4)]))


def _safe(year: int, month: int, day: int, hm: tuple[int, int] | None, tz: timezone | None) -> datetime | None:
    """Return the datetime for these parts, or None when they are not a real date."""
    hour, minute = hm or (0, 0)
    try:
        return datetime(year, month, day, hour, minute, tzinfo=tz)
    except ValueError:
        return None


def parse_text_date(text: str, url: str = "", day_first: bool = True) -> datetime | None:
    """Return the first date written in prose ("5 juillet 2016", "le 05/07 à 08h36"), or None.

    A date without a year takes it from the URL path (news sites put /2016/0705/ there).
    """
    text = (text or "").replace("\xa0", " ")
    if not text.strip():
        return None
    hm = _clock(text)
    tz = _zone(text)
    iso = _ISO_IN_TEXT.search(text)
    if iso:
        y, mo, d = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        if iso.group(4):
            hm = (int(iso.group(4)), int(iso.group(5)))
        return _safe(y, mo, d, hm, tz)
    year_first = _YEAR_FIRST.search(text)
    if year_first:
        y, mo, d = (int(g) for g in year_first.groups())
        return _safe(y, mo, d, hm, tz)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.search(text)
        if match:
            month = MONTHS[match.group("m").lower()]
            return _safe(int(match.group("y")), month, int(match.group("d")), hm, tz)
    match = _NUM_DATE.search(text)
    if match:
        a, b = int(match.group("a")), int(match.group("b"))
        year_text = match.group("y")
        from_url = url_date(url)
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        elif from_url:
            year = from_url[0]
        else:
            return None
        day, month = (a, b) if day_first else (b, a)
        if from_url and from_url[1] and not year_text:
            # The URL settles the day/month order when the stamp omits the year.
            if (b, a) == from_url[1:]:
                day, month = a, b
            elif (a, b) == from_url[1:]:
                day, month = b, a
        if month > 12 and day <= 12:
            day, month = month, day
        return _safe(year, month, day, hm, tz)
    return None


def stamp_date(text: str, url: str = "", day_first: bool = True) -> datetime | None:
    """Return the publication date of a "Published ... Updated ..." line, else its first date."""
    text = (text or "").replace("\xa0", " ")
    pub = _PUBLISHED_WORDS.search(text)
    upd = _UPDATED_WORDS.search(text)
    if pub and upd and upd.start() > pub.start():
        found = parse_text_date(text[pub.start():upd.start()], url, day_first)
        if found:
            return found
    if pub and upd and upd.start() < pub.start():
        found = parse_text_date(text[pub.start():], url, day_first)
        if found:
            return found
    return parse_text_date(text, url, day_first)


def looks_like_stamp(text: str) -> bool:
    """Return whether a short line reads like a publication or update stamp."""
    return bool(_PUBLISHED_WORDS.search(text) or _UPDATED_WORDS.search(text))
