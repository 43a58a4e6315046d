"""Roundup text: everything new for a chat since its last digest time, as one Telegram message.

Pure, like bot/news/digest.py, whose pieces it reuses. Grouped by source, in the order the
sources first had news: the source's newest lead story with its time and lead, then its
related headlines and its other new stories as links. When the whole does not fit in one
message, leads give way to headlines only, then headlines are left out and counted
("+12 more"), so the message is always sent and always within the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.i18n import DEFAULT_LANGUAGE, format_datetime, text
from bot.models import Digest, Headline
from bot.news.message import TELEGRAM_MESSAGE_LIMIT, escape, fit, link, localize, visible_length
from bot.news.text import truncate, utf16_len

ROUNDUP_LEAD_CHARS = 300  # shorter than a lone digest's lead: several sources share a message


@dataclass
class _Group:
    """One source's part of the roundup, and how much of it is shown."""

    title: str
    lead: Digest
    related: list[Headline]
    others: list[Headline]
    level: int = 0  # 0: left out, 1: headline of the lead only, 2: with its time and lead
    lead_title: str = ""  # the lead's title as shown: cut when it alone is over the limit
    shown_related: list[Headline] = field(default_factory=list)
    shown_others: list[Headline] = field(default_factory=list)


def render_roundup(
    digests: Sequence[Digest],
    *,
    language: str = DEFAULT_LANGUAGE,
    timezone: str | None = None,
    when: datetime | None = None,
    max_related: int = 5,
    limit: int = TELEGRAM_MESSAGE_LIMIT,
    site_timezone: str | None = None,
) -> str:
    """Return the digests (oldest first) as one Telegram HTML message of at most `limit` visible
    UTF-16 code units (as Telegram counts); never without at least its first story."""
    groups = _groups(digests, max_related)
    heading = text(language, "roundup.title")
    if when is not None:
        heading = text(language, "roundup.title_at",
                       when=format_datetime(localize(when, timezone), language))
    budget = limit - 40  # room for the "+N more" line

    def render() -> str:
        return _render(heading, groups, language, timezone, site_timezone)

    def fits() -> bool:
        return visible_length(render()) <= budget

    # Leads first, a source at a time: each gets its full lead if it fits, else its headline.
    for group in groups:
        for level in (2, 1):
            group.level = level
            if fits():
                break
        else:
            group.level = 0
    if groups and not any(g.level for g in groups):
        # Not even one headline fits (a title of thousands of characters): the first story
        # still goes out, its title cut to the room left, and still a link.
        first = groups[0]
        first.level = 1
        over = visible_length(render()) - budget
        first.lead_title = fit(first.lead.title, max(utf16_len(first.lead.title) - over, 1))
    # Then the headlines, in reading order, where they fit. Each adds a line (and its block's
    # label with the first), so sizes add up without rendering the whole again.
    used = visible_length(render())
    for group in (g for g in groups if g.level):
        for label, items, shown in (("digest.related", group.related, group.shown_related),
                                    ("digest.others", group.others, group.shown_others)):
            for headline in items:
                size = 1 + utf16_len("• " + headline.title)
                if not shown:
                    size += 1 + utf16_len(text(language, label))
                if used + size <= budget:
                    shown.append(headline)
                    used += size
    left_out = sum(
        (0 if g.level else 1) + len(g.related) + len(g.others)
        - len(g.shown_related) - len(g.shown_others)
        for g in groups
    )
    body = render()
    if left_out:
        body += "\n\n" + escape(text(language, "digest.more", count=left_out))
    return body


def _groups(digests: Sequence[Digest], max_related: int) -> list[_Group]:
    """Return one group per source: its newest digest leads, the rest are headlines."""
    by_source: dict[str, list[Digest]] = {}
    for digest in digests:
        by_source.setdefault(digest.source, []).append(digest)
    groups = []
    for items in by_source.values():
        lead, older = items[-1], items[-2::-1]  # newest leads; the others newest first
        seen = {lead.url}
        related = _fresh(lead.related[:max_related], seen)
        candidates = [Headline(d.title, d.url) for d in older]
        for digest in (lead, *older):
            candidates += digest.others
        groups.append(_Group(lead.source_title, lead, related, _fresh(candidates, seen),
                             lead_title=lead.title))
    return groups


def _fresh(headlines: Sequence[Headline], seen: set[str]) -> list[Headline]:
    """Return the headlines whose url is not in `seen` (which they are added to), in order."""
    kept = []
    for headline in headlines:
        if headline.url not in seen and headline.title:
            seen.add(headline.url)
            kept.append(headline)
    return kept


def _render(heading: str, groups: list[_Group], language: str, timezone: str | None,
            site_timezone: str | None) -> str:
    parts = [f"🗞 <b>{escape(heading)}</b>"]
    for group in groups:
        if not group.level:
            continue
        lines = [f"📰 <b>{escape(group.title)}</b>", link(group.lead_title, group.lead.url, bold=True)]
        if group.level == 2:
            if group.lead.published is not None:
                when = format_datetime(localize(group.lead.published, timezone, site_timezone), language)
                lines.append(f"<i>{escape(when)}</i>")
            if group.lead.lead:
                lines.append(escape(truncate(group.lead.lead, ROUNDUP_LEAD_CHARS, at_sentence=True)))
        for label, shown in (("digest.related", group.shown_related),
                             ("digest.others", group.shown_others)):
            if shown:
                lines.append(f"<b>{escape(text(language, label))}</b>")
                lines += [f"• {link(h.title, h.url)}" for h in shown]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
