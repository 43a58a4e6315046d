"""Fetching news pages and feeds over HTTP: conditional GETs, size and time caps, no private addresses."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from bot.news.charset import decode_body
from bot.news.urls import HTTP_SCHEMES, is_http_url

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "NewsDigestBot/0.1 (+https://github.com/newsdigest-bot; Telegram news digests)"

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/rdf+xml;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)
_ACCEPT_LANGUAGE = "fr, en;q=0.8"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

@dataclass(frozen=True)
class FetchResult:
    """What one fetch brought back: the final URL, the status and the body, raw and decoded."""

    url: str
    status: int
    content: bytes
    text: str
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """Return whether the server said the resource did not change (HTTP 304)."""
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed; str() names the URL and the reason in plain words."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def _media_type(content_type_header: str | None) -> str:
    """Return the media type of a Content-Type header, lowercase and without parameters."""
    return (content_type_header or "").split(";", 1)[0].strip().lower()


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Return whether an address is not on the public internet (loopback, private, link-local, ...)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global  # also carrier-grade NAT (100.64/10) and other special ranges
    )


def _refusal(url: str, address: str) -> FetchError:
    """Return the error for a URL whose host is a private or loopback address."""
    return FetchError(
        url,
        f"refused: {address} is a private or loopback address "
        "(set fetch.allow_private_addresses = true to allow)",
    )


async def check_address(url: str, *, allow_private: bool) -> None:
    """Return None if the URL is http(s) and its host resolves only to public addresses; else raise FetchError."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    scheme = parts.scheme.lower()
    host = parts.hostname
    if not is_http_url(url) or not host:
        if scheme not in HTTP_SCHEMES:
            raise FetchError(url, f"only http and https URLs can be fetched, not {scheme or 'a bare path'}")
        raise FetchError(url, "the URL has no host")
    if allow_private:
        return
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        if _refused(literal):
            raise _refusal(url, host)
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port or (443 if scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve {host}: {exc}") from exc
    # Every address must be public: the connection may use any of them.
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if _refused(ipaddress.ip_address(address)):
            raise _refusal(url, address)


def _megabytes(limit: int) -> str:
    """Return a byte count as a short human size ("5 MB", "512 bytes")."""
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} MB"
    if limit >= 1_000:
        return f"{limit / 1_000:g} kB"
    return f"{limit} bytes"


class Fetcher:
    """An HTTP client for news sources: one shared connection pool, checked hosts, capped bodies."""

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        allow_private_addresses: bool = False,
        user_agent: str = DEFAULT_USER_AGENT,
        max_redirects: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private_addresses = allow_private_addresses
        self.max_redirects = max_redirects
        self._client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            # Redirects are followed by hand so that every hop's host is checked.
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Language": _ACCEPT_LANGUAGE},
            # Proxies and certificates from the environment, as any HTTP client would.
            trust_env=True,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the fetcher cannot be used afterwards."""
        await self._client.aclose()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Return the resource at url (status 304 and no body when etag/last_modified still match); raise FetchError."""
        try:
            # The httpx timeout bounds each read; this bounds the whole fetch (a slow drip of bytes, many hops).
            async with asyncio.timeout(self.timeout):
                return await self._fetch(url, etag=etag, last_modified=last_modified)
        except TimeoutError as exc:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from exc

    async def _fetch(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        """Return the resource at url, following redirects by hand."""
        if self._client.is_closed:
            raise FetchError(url, "the fetcher is closed")
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            await check_address(current, allow_private=self.allow_private_addresses)
            location = await self._get(current, headers)
            if isinstance(location, FetchResult):
                return location
            log.debug("fetch %s: redirected to %s", current, location)
            current = location
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    async def _get(self, url: str, headers: dict[str, str]) -> FetchResult | str:
        """Return the result of one GET, or the absolute URL it redirects to."""
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                log.debug("fetch %s: HTTP %d", url, status)
                if status in _REDIRECT_STATUSES:
                    target = str(response.headers.get("location") or "").strip()
                    if not target:
                        raise FetchError(url, f"HTTP {status} redirect without a Location")
                    return urljoin(url, target)
                content_type = response.headers.get("content-type")
                etag = response.headers.get("etag")
                last_modified = response.headers.get("last-modified")
                if status == 304:
                    return FetchResult(url, 304, b"", "", _media_type(content_type), etag, last_modified)
                if not 200 <= status < 300:
                    raise FetchError(url, f"HTTP {status}")
                content = await self._read_capped(url, response)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            # ConnectError, RemoteProtocolError, DecodingError, ...: say which and why.
            raise FetchError(url, f"{type(exc).__name__}: {str(exc) or 'connection failed'}") from exc
        log.debug("fetch %s: %d bytes of %s", url, len(content), _media_type(content_type) or "unknown type")
        return FetchResult(
            url=url,
            status=status,
            content=content,
            text=decode_body(content, content_type),
            content_type=_media_type(content_type),
            etag=etag,
            last_modified=last_modified,
        )

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        """Return the response body, or raise FetchError as soon as it grows past max_bytes."""
        too_large = FetchError(url, f"larger than {_megabytes(self.max_bytes)}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        # aiter_bytes yields decoded bytes, so a gzip bomb is capped too.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)
