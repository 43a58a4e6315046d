"""Digest text: pure functions from a Digest to Telegram HTML or plain text."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.i18n import DEFAULT_LANGUAGE, format_datetime, text
from bot.models import Article, Digest, Entry, Headline, Source
from bot.news.article.lead import lead_of
from bot.news.message import TELEGRAM_MESSAGE_LIMIT, escape, fit, link, localize, visible_length
from bot.news.text import collapse, utf16_len

DEFAULT_LEAD_CHARS = 600
_MORE_LINE_ROOM = 40  # kept free for the "+N more" line


def build_digest(
    source: Source,
    entry: Entry,
    article: Article | None,
    others: Sequence[Entry] = (),
    *,
    lead_chars: int = DEFAULT_LEAD_CHARS,
) -> Digest:
    """Return the digest of one poll: the lead entry (with its article if fetched) and the rest,
    its lead at most lead_chars long and cut where a sentence ends."""
    lead_url = entry.url
    own = {lead_url, article.url if article else lead_url}
    related: list[Headline] = []
    if article is not None:
        for headline in article.related:
            if headline.url not in own and headline.url not in {h.url for h in related}:
                related.append(headline)
    # The article's paragraphs give a lead of any length; its own lead (a page without a body
    # has its description there) and the listing's summary are the fallbacks.
    fallback = (article.lead if article and article.lead else "") or entry.summary
    lead = lead_of((article.quotable or article.paragraphs) if article else [], fallback, lead_chars)
    title = entry.title or (article.title if article else "") or lead_url
    if article is not None and article.title and len(article.title) > len(title) * 2:
        title = article.title  # a listing sometimes carries a truncated headline
    return Digest(
        source=source.name,
        source_title=source.display_title,
        url=lead_url,
        title=collapse(title),
        published=_zoned(entry.published or (article.published if article else None), source),
        lead=collapse(lead),
        related=tuple(related),
        others=tuple(
            Headline(collapse(e.title), e.url) for e in others if e.url != lead_url and e.title
        ),
    )


def _zoned(moment: datetime | None, source: Source) -> datetime | None:
    """Return a site's time with its zone: the source's for a time that carries none."""
    if moment is None or moment.tzinfo is not None or not source.timezone:
        return moment  # without the source's zone, the renderer reads it in the bot's
    return moment.replace(tzinfo=ZoneInfo(source.timezone))


def render_html(
    digest: Digest,
    *,
    language: str = DEFAULT_LANGUAGE,
    timezone: str | None = None,
    max_related: int = 5,
    limit: int = TELEGRAM_MESSAGE_LIMIT,
    site_timezone: str | None = None,
) -> str:
    """Return the digest as Telegram HTML whose visible text is at most `limit` UTF-16 units,
    its time in the reader's zone (a time without zone read in `site_timezone`)."""
    blocks = _blocks(digest, language, timezone, max_related, site_timezone)
    return _assemble(blocks, limit, language, html_mode=True)


def render_plain(
    digest: Digest,
    *,
    language: str = DEFAULT_LANGUAGE,
    timezone: str | None = None,
    max_related: int = 5,
    limit: int | None = None,
    site_timezone: str | None = None,
) -> str:
    """Return the digest as a reader sees it, in plain text, each link after its title, at most
    `limit` UTF-16 units (None: whole)."""
    blocks = _blocks(digest, language, timezone, max_related, site_timezone)
    return _assemble(blocks, limit, language, html_mode=False)


# Each line has its HTML and plain forms so both renderings share one layout, and the text
# that may be cut to fit (a title keeps its link when cut). A block is a list of lines and
# whether it is a headline list (droppable line by line) or part of the story (cut to fit).
class _Line(NamedTuple):
    html: str
    plain: str
    text: str = ""  # what is cut when the line must shrink
    url: str = ""  # a title: its cut form still links here
    bold: bool = False

    def cut(self, units: int, html_mode: bool) -> _Line:
        """Return the line shrunk to at most `units` visible UTF-16 units, a title still a link."""
        if not self.url:
            kept = fit(collapse(self.text), max(units, 1), at_sentence=True)
            return _Line(escape(kept), kept, kept)
        room = units if html_mode else units - 1 - utf16_len(self.url)  # plain: the url's line
        kept = fit(collapse(self.text), max(room, 1))
        return _Line(link(kept, self.url, bold=self.bold), f"{kept}\n{self.url}", kept, self.url, self.bold)


_Block = tuple[bool, list[_Line]]


def _blocks(digest: Digest, language: str, timezone: str | None, max_related: int,
            site_timezone: str | None = None) -> list[_Block]:
    esc = escape
    head: list[_Line] = [
        _Line(f"📰 <b>{esc(digest.source_title)}</b>", f"📰 {digest.source_title}", f"📰 {digest.source_title}"),
        _Line(link(digest.title, digest.url, bold=True), f"{digest.title}\n{digest.url}",
              digest.title, digest.url, True),
    ]
    if digest.published is not None:
        when = format_datetime(localize(digest.published, timezone, site_timezone), language)
        head.append(_Line(f"<i>{esc(when)}</i>", when, when))
    blocks: list[_Block] = [(False, head)]
    if digest.lead:  # build_digest cut it to [digest] lead_chars
        blocks.append((False, [_Line(esc(digest.lead), digest.lead, digest.lead)]))
    related = list(digest.related[:max_related])
    if related:
        blocks.append(_headline_block(text(language, "digest.related"), related))
    if digest.others:
        blocks.append(_headline_block(text(language, "digest.others"), list(digest.others)))
    return blocks


def _headline_block(label: str, headlines: list[Headline]) -> _Block:
    lines: list[_Line] = [_Line(f"<b>{escape(label)}</b>", label)]
    for h in headlines:
        lines.append(_Line(f"• {link(h.title, h.url)}", f"• {h.title}\n  {h.url}"))
    return True, lines


def _assemble(blocks: list[_Block], limit: int | None, language: str, *, html_mode: bool) -> str:
    """Join the blocks, cutting the lead and dropping headlines (counted) to stay within limit
    (UTF-16 code units, as Telegram counts)."""
    budget = limit - _MORE_LINE_ROOM if limit is not None else sys.maxsize
    out: list[str] = []
    visible = 0
    dropped = 0

    def size(line: _Line) -> int:
        return visible_length(line.html) if html_mode else utf16_len(line.plain)

    for b_index, (is_headlines, block) in enumerate(blocks):
        sep = "\n\n" if b_index else ""
        if is_headlines:
            # A headline block: its label goes out only with at least one of its headlines.
            label, items = block[0], block[1:]
            shown: list[_Line] = []
            need = len(sep) + size(label)
            for item in items:
                if not dropped and visible + need + 1 + size(item) <= budget:
                    shown.append(item)
                    need += 1 + size(item)
                else:
                    dropped += 1
            if shown:
                lines = [label, *shown]
                out.append(sep + "\n".join(line[0] if html_mode else line[1] for line in lines))
                visible += need
            continue
        for l_index, line in enumerate(block):
            joint = sep if l_index == 0 else "\n"
            room = budget - visible - len(joint)
            if size(line) > room:
                # The title and the lead must go out: cut them to the room left.
                line = line.cut(room, html_mode)
            out.append(joint + (line[0] if html_mode else line[1]))
            visible += len(joint) + size(line)
    if dropped:
        more = text(language, "digest.more", count=dropped)
        out.append("\n" + (escape(more) if html_mode else more))
    return "".join(out)
