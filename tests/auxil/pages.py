"""HTML and feeds in the shape of a French news site, built from parameters, for tests."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime


@dataclass
class Story:
    """An article the fake site publishes."""

    path: str  # e.g. /International/n3/2016/0705/c31356-9081464.html
    title: str
    paragraphs: list[str] = field(default_factory=list)
    stamp: str = "Dernière mise à jour à 08h36 le 05/07"
    related: list[tuple[str, str]] = field(default_factory=list)  # (path, title)
    published: datetime | None = None  # for feeds


def story(number: int, title: str | None = None, section: str = "International") -> Story:
    """Return a story with a URL in the seed site's shape and a body of three sentences."""
    title = title or f"Titre de l'article numéro {number} sur l'actualité internationale"
    return Story(
        path=f"/{section}/n3/2016/0705/c31356-{9081000 + number}.html",
        title=title,
        paragraphs=[
            f"Première phrase de l'article {number}, qui raconte l'essentiel de la nouvelle "
            "en une trentaine de mots pour que le lecteur comprenne tout de suite ce qui "
            "s'est passé. Deuxième phrase, qui ajoute un détail utile.",
            f"Un deuxième paragraphe de l'article {number} donne le contexte, cite un "
            "responsable et rappelle les faits des semaines précédentes.",
            "Un troisième paragraphe conclut sur les suites attendues.",
        ],
        related=[(f"/Chine/n3/2016/0704/c3135{k}-{9070000 + number}.html",
                  f"Un article lié au numéro {number} que le lecteur voudra lire ({k})")
                 for k in range(1, 4)],
    )


def front_page(stories: list[Story], site_title: str = "Le Quotidien du Peuple en ligne") -> str:
    """Return a front page: navigation, the stories as headline links, a footer."""
    items = "\n".join(
        f'<li><a href="{html.escape(s.path)}">{html.escape(s.title)}</a></li>' for s in stories
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{html.escape(site_title)}</title></head>
<body>
<div class="nav"><ul>
<li><a href="/">Accueil</a></li><li><a href="/Chine/">Chine</a></li>
<li><a href="/International/">International</a></li><li><a href="/Economie/">Économie</a></li>
</ul></div>
<div class="main"><h2>À la une</h2><ul class="list">
{items}
</ul></div>
<div class="footer"><p>Nous suivre sur WeChat</p><a href="/about.html">À propos</a>
<p>Copyright © Le Quotidien du Peuple en ligne</p></div>
</body></html>"""


def article_page(s: Story, site_title: str = "Le Quotidien du Peuple en ligne") -> str:
    """Return an article page in the seed's shape: stamp, body, editor line, the story's related headlines."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in s.paragraphs)
    related = "\n".join(
        f'<li><a href="{html.escape(path)}">{html.escape(title)}</a></li>' for path, title in s.related
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(s.title)} - {html.escape(site_title)}</title></head>
<body>
<div class="nav"><a href="/">Accueil</a> <a href="/Chine/">Chine</a> <a href="/International/">International</a></div>
<div class="w980 wb_10">
<h1>{html.escape(s.title)}</h1>
<div class="wb_1">{html.escape(s.stamp)}</div>
<div class="share"><a href="#">Partager</a> <a href="#">Imprimer</a></div>
<div class="wb_2">
{body}
<p>(Rédacteur : Wang Xiaoyi)</p>
</div>
<div class="wb_3"><h3>Sur le même sujet</h3><ul>
{related}
</ul></div>
</div>
<div class="footer"><p>Nous suivre sur WeChat</p><p>Copyright ©</p></div>
</body></html>"""


def rss_feed(stories: list[Story], base: str, title: str = "Le Fil") -> str:
    """Return an RSS 2.0 feed of the stories, newest first as given."""
    items = []
    for s in stories:
        date = f"<pubDate>{format_datetime(s.published)}</pubDate>" if s.published else ""
        summary = html.escape(s.paragraphs[0] if s.paragraphs else "")
        items.append(
            f"<item><title>{html.escape(s.title)}</title><link>{base}{s.path}</link>"
            f"<guid>{base}{s.path}</guid>{date}<description>{summary}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>{base}/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    )
