"""A news page to an Article: `extract_article(html, url)` is the package's one entry point."""

from bot.news.article.extract import extract_article

__all__ = ["extract_article"]
