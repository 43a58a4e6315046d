"""Whether a box's stories came out after the page's own story, by the dates and ids their addresses carry."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from bot.news.article.dates import url_date

# A story's number in its address: five digits or more, not part of a longer run ("/article/1507177/", ",198264.html").
_ID = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_MIN_LINKS = 3


def _day(url: str) -> tuple[date, bool] | None:
    """Return the date a URL names (its first day when it names a month only), and whether it names the day."""
    found = url_date(url)
    if found is None:
        return None
    year, month, day = found
    try:
        return date(year, month or 1, day or 1), day is not None
    except ValueError:
        return None


def _number(url: str) -> str | None:
    """Return the last long number of a URL's path and query (a story's id), or None."""
    parts = urlsplit(url)
    numbers = _ID.findall(parts.path + "?" + parts.query)
    return numbers[-1] if numbers else None


def _keys(urls: list[str], page: str) -> list[tuple[int, int, bool]]:
    """Return (page's key, link's key, whether one key is one day or one story) for each link whose address can be set
    on one scale with the page's (see _order); the page's date and id are read once."""
    page_day, page_id = _day(page), _number(page)
    return [key for key in (_order(url, page_day, page_id) for url in urls) if key is not None]


def _order(url: str, page_day: tuple[date, bool] | None, page_id: str | None) -> tuple[int, int, bool] | None:
    """Return (page's key, link's key, exact) on one scale where both addresses carry one: a date (exact where both name
    the day, months compared where one names only its month), else an id of as many digits (ids of a site grow one by
    one; one of another length may be of another series; exact), else None."""
    link_day = _day(url)
    if page_day is not None and link_day is not None:
        (first, first_has_day), (second, second_has_day) = page_day, link_day
        if first_has_day and second_has_day:
            return first.toordinal(), second.toordinal(), True
        # One names only the month: compare months.
        return first.year * 12 + first.month, second.year * 12 + second.month, False
    if page_day is not None or link_day is not None:
        return None
    link_id = _number(url)
    if page_id is None or link_id is None or len(page_id) != len(link_id):
        return None
    return int(page_id), int(link_id), True


def all_newer(urls: list[str], page: str) -> bool:
    """Return whether a box's stories are the site's newest, not the story's own: three or more of them (and at
    least half) carry a date or an id comparable with the page's, every one of those came out after the page's story,
    and they lie closer to each other than to it (a bunch of the day's stories the site showed when the page was
    read, long after its story; a story's own list points back to earlier reports on its subject)."""
    keys = _keys(urls, page)
    if len(keys) < _MIN_LINKS or len(keys) * 2 < len(urls):
        return False
    own = keys[0][0]
    links = [link for _, link, _ in keys]
    if min(links) <= own:
        return False
    return max(links) - min(links) < min(links) - own


def any_earlier(urls: list[str], page: str, same_day: bool = True) -> bool:
    """Return whether one of a box's stories came out before the page's (or on its day, unless same_day is False; in
    its month where a date names no day), by the dates or ids of the addresses: a link back to earlier reports, as an
    editor's list of the story's own holds."""
    return any(link < own or link == own and (same_day or not exact) for own, link, exact in _keys(urls, page))
