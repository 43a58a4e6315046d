"""A local aiohttp server that plays a news site for the fetcher tests.

Pages are set per path (optionally with a query string); the server honours conditional
GETs (ETag / Last-Modified -> 304), can fail a path a number of times, redirect, or answer
slowly, and logs every request so tests can assert what the fetcher asked for.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from aiohttp import web

from tests.auxil.loopback import LoopbackServer


@dataclass
class Page:
    """What the site answers for one path."""

    body: bytes
    content_type: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0


def _http_date(value: datetime | str) -> str:
    """Return an RFC 7231 date for a datetime (naive = UTC) or a string as given."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return format_datetime(value.astimezone(timezone.utc), usegmt=True)


def _quote_etag(etag: str) -> str:
    """Return an ETag in its quoted header form ("abc" or W/"abc")."""
    if etag.startswith('"') or etag.startswith('W/"'):
        return etag
    return f'"{etag}"'


def _etag_matches(header: str, etag: str) -> bool:
    """Return True if an If-None-Match header matches ``etag`` (weak comparison, RFC 7232)."""
    if header.strip() == "*":
        return True
    strip = lambda tag: tag.strip().removeprefix("W/")  # noqa: E731
    return strip(etag) in {strip(candidate) for candidate in header.split(",")}


@functools.cache
def zeros_compressed(coding: str, size: int) -> bytes:
    """Return size zero bytes as a valid gzip or deflate (zlib) body: a decompression bomb, some 1000 times smaller.

    One compressed megabyte is repeated: a full flush ends it on a byte boundary and resets the
    history, so every megabyte compresses to the same bytes and no gigabyte is ever in memory.
    """
    megabyte, count = bytes(1 << 20), size >> 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = packer.compress(megabyte) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * count + packer.flush()
    if coding == "gzip":
        crc = functools.reduce(lambda value, _: zlib.crc32(megabyte, value), range(count), 0)
        trailer = crc.to_bytes(4, "little") + (size & 0xFFFF_FFFF).to_bytes(4, "little")
        return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + stream + trailer  # RFC 1952, no name, no time
    adler = functools.reduce(lambda value, _: zlib.adler32(megabyte, value), range(count), 1)
    return b"\x78\xda" + stream + adler.to_bytes(4, "big")  # RFC 1950, best compression


class NewsSite(LoopbackServer):
    """A news site on 127.0.0.1: set pages, then point the fetcher at ``url(path)``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._pages: dict[str, Page] = {}
        self._failures: dict[str, list[int]] = {}
        self._redirects: dict[str, tuple[str, int]] = {}
        self._closing = asyncio.Event()
        super().__init__()

    def make_app(self) -> web.Application:
        """Return one route that serves every path from the pages set."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    def before_stop(self) -> None:
        """Cut slow answers in progress short."""
        self._closing.set()

    @property
    def base_url(self) -> str:
        """Return "http://127.0.0.1:PORT"."""
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        """Return the absolute URL of ``path`` on this site."""
        if not path.startswith("/"):
            path = "/" + path
        return f"{self.base_url}{path}"

    # ------------------------------------------------------------------ configuration

    def set(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
        etag: str | None = None,
        last_modified: datetime | str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Serve ``body`` at ``path`` (a str body is UTF-8 encoded); ``delay`` seconds before answering."""
        self._redirects.pop(path, None)
        self._pages[path] = Page(
            body=body.encode("utf-8") if isinstance(body, str) else body,
            content_type=content_type,
            status=status,
            headers=dict(headers or {}),
            etag=_quote_etag(etag) if etag else None,
            last_modified=_http_date(last_modified) if last_modified else None,
            delay=delay,
        )

    def remove(self, path: str) -> None:
        """Make ``path`` answer 404 again."""
        self._pages.pop(path, None)
        self._redirects.pop(path, None)

    def fail(self, path: str, status: int, times: int = 1) -> None:
        """Make the next ``times`` requests of ``path`` answer ``status`` (before anything else)."""
        self._failures.setdefault(path, []).extend([status] * times)

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        """Make ``path`` redirect to ``to`` (a path on this site or an absolute URL)."""
        self._redirects[path] = (to, status)

    def hits(self, path: str) -> int:
        """Return how many requests asked for ``path`` (with or without its query string)."""
        return sum(
            1 for _, logged, _ in self.requests if logged == path or logged.split("?", 1)[0] == path
        )

    # ------------------------------------------------------------------ serving

    def _lookup(self, request: web.Request, table: dict[str, Any]) -> tuple[str, Any] | None:
        """Return (key, entry) matching the request's path+query first, then its path."""
        for key in (request.path_qs, request.path):
            if key in table:
                return key, table[key]
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((request.method, request.path_qs, dict(request.headers)))

        failing = self._lookup(request, self._failures)
        if failing and failing[1]:
            status = failing[1].pop(0)
            return web.Response(status=status, text=f"failure {status}\n")

        redirect = self._lookup(request, self._redirects)
        if redirect:
            to, status = redirect[1]
            return web.Response(status=status, headers={"Location": to})

        found = self._lookup(request, self._pages)
        if found is None:
            return web.Response(status=404, text="not found\n")
        page: Page = found[1]

        if page.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), page.delay)

        headers = dict(page.headers)
        if page.etag:
            headers["ETag"] = page.etag
        if page.last_modified:
            headers["Last-Modified"] = page.last_modified

        if page.status == 200 and self._not_modified(request, page):
            return web.Response(status=304, headers=headers)

        headers["Content-Type"] = page.content_type
        # aiohttp drops the body of HEAD answers itself and keeps Content-Length.
        return web.Response(status=page.status, body=page.body, headers=headers)

    @staticmethod
    def _not_modified(request: web.Request, page: Page) -> bool:
        """Return True if the request's validators say the client's copy is current."""
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            # RFC 7232: If-None-Match wins; If-Modified-Since is then ignored.
            return bool(page.etag) and _etag_matches(if_none_match, page.etag or "")
        if_modified_since = request.headers.get("If-Modified-Since")
        if if_modified_since and page.last_modified:
            try:
                since = parsedate_to_datetime(if_modified_since)
                modified = parsedate_to_datetime(page.last_modified)
            except (TypeError, ValueError):
                return False
            # "-0000" dates parse naive: treat them as UTC so the comparison can't raise.
            since = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
            modified = modified if modified.tzinfo else modified.replace(tzinfo=timezone.utc)
            return modified <= since
        return False
