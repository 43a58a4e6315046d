"""Digest text: pure functions from a Digest to Telegram HTML or plain text."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import format_datetime, text
from bot.models import Article, Digest, Entry, Headline, Source
from bot.news.article.lead import split_sentences

TELEGRAM_TEXT_LIMIT = 4096  # characters after entities are parsed (Bot API sendMessage)
DEFAULT_LEAD_CHARS = 600
_SPACES = re.compile(r"\s+")


def build_digest(
    source: Source, entry: Entry, article: Article | None, others: Sequence[Entry] = ()
) -> Digest:
    """Return the digest of one poll: the lead entry (with its article if fetched) and the rest."""
    lead_url = entry.url
    own = {lead_url, article.url if article else lead_url}
    related: list[Headline] = []
    if article is not None:
        for headline in article.related:
            if headline.url not in own and headline.url not in {h.url for h in related}:
                related.append(headline)
    lead = (article.lead if article and article.lead else "") or entry.summary
    title = entry.title or (article.title if article else "") or lead_url
    if article is not None and article.title and len(article.title) > len(title) * 2:
        title = article.title  # a listing sometimes carries a truncated headline
    return Digest(
        source=source.name,
        source_title=source.display_title,
        url=lead_url,
        title=_clean(title),
        published=entry.published or (article.published if article else None),
        lead=_clean(lead),
        related=tuple(related),
        others=tuple(
            Headline(_clean(e.title), e.url) for e in others if e.url != lead_url and e.title
        ),
    )


def cut_at_sentence(value: str, limit: int) -> str:
    """Return `value` cut to at most `limit` characters, at a sentence end when one is near."""
    value = _clean(value)
    if len(value) <= limit:
        return value
    kept = ""
    for sentence in split_sentences(value):
        candidate = f"{kept} {sentence}" if kept else sentence
        if len(candidate) > limit:
            break
        kept = candidate
    if kept and len(kept) >= limit // 3:
        return kept
    # No sentence end in reach: cut at a word and say so with an ellipsis.
    return value[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—") + "…"


def render_html(
    digest: Digest,
    *,
    language: str = "fr",
    timezone: str | None = None,
    max_related: int = 5,
    lead_chars: int = DEFAULT_LEAD_CHARS,
    limit: int = TELEGRAM_TEXT_LIMIT,
) -> str:
    """Return the digest as Telegram HTML whose visible text is at most `limit` characters."""
    blocks = _blocks(digest, language, timezone, max_related, lead_chars)
    return _assemble(blocks, limit, language, html_mode=True)


def render_plain(
    digest: Digest,
    *,
    language: str = "fr",
    timezone: str | None = None,
    max_related: int = 5,
    lead_chars: int = DEFAULT_LEAD_CHARS,
) -> str:
    """Return the digest as a reader sees it, in plain text, each link after its title."""
    blocks = _blocks(digest, language, timezone, max_related, lead_chars)
    return _assemble(blocks, 1 << 30, language, html_mode=False)


# Each line is (html, plain) so both renderings share one layout. A block is a list of lines
# and whether it is a headline list (droppable line by line) or part of the story (cut to fit).
_Line = tuple[str, str]
_Block = tuple[bool, list[_Line]]


def _blocks(
    digest: Digest, language: str, timezone: str | None, max_related: int, lead_chars: int
) -> list[_Block]:
    esc = _escape
    head: list[_Line] = [
        (f"📰 <b>{esc(digest.source_title)}</b>", f"📰 {digest.source_title}"),
        (_link(digest.title, digest.url, bold=True), f"{digest.title}\n{digest.url}"),
    ]
    if digest.published is not None:
        when = format_datetime(_localize(digest.published, timezone), language)
        head.append((f"<i>{esc(when)}</i>", when))
    blocks: list[_Block] = [(False, head)]
    lead = cut_at_sentence(digest.lead, lead_chars) if digest.lead else ""
    if lead:
        blocks.append((False, [(esc(lead), lead)]))
    related = list(digest.related[:max_related])
    if related:
        blocks.append(_headline_block(text(language, "digest.related"), related))
    if digest.others:
        blocks.append(_headline_block(text(language, "digest.others"), list(digest.others)))
    return blocks


def _headline_block(label: str, headlines: list[Headline]) -> _Block:
    lines: list[_Line] = [(f"<b>{_escape(label)}</b>", label)]
    for h in headlines:
        lines.append((f"• {_link(h.title, h.url)}", f"• {h.title}\n  {h.url}"))
    return True, lines


def _assemble(blocks: list[_Block], limit: int, language: str, *, html_mode: bool) -> str:
    """Join the blocks, cutting the lead and dropping headlines (counted) to stay within limit."""
    budget = limit - 40  # room for the "+N more" line
    out: list[str] = []
    visible = 0
    dropped = 0

    def size(line: _Line) -> int:
        return _visible_length(line[0]) if html_mode else len(line[1])

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
                cut = cut_at_sentence(line[1], max(room, 1))
                line = (_escape(cut), cut)
            out.append(joint + (line[0] if html_mode else line[1]))
            visible += len(joint) + size(line)
    if dropped:
        more = text(language, "digest.more", count=dropped)
        out.append("\n" + (_escape(more) if html_mode else more))
    return "".join(out)


def _link(title: str, url: str, *, bold: bool = False) -> str:
    inner = _escape(title)
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<a href="{html.escape(url, quote=True)}">{inner}</a>'


def _escape(value: str) -> str:
    return html.escape(value, quote=False)


def _visible_length(markup: str) -> int:
    """Return how many characters Telegram counts for this HTML: the text without tags."""
    return len(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def _localize(moment: datetime, timezone: str | None) -> datetime:
    if moment.tzinfo is None or not timezone:
        return moment  # a naive time is the site's own clock: show it as the site wrote it
    return moment.astimezone(ZoneInfo(timezone))


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value or "").strip()
