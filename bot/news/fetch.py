"""Fetching news pages and feeds over HTTP: conditional GETs, size and time caps, no private addresses.

Each hop of a fetch resolves its host once, checks every address, and connects to a checked
address; the name stays in the Host header and in TLS (SNI, certificate). A name that answers a
public address to the check and a private one to the connection (DNS rebinding) gets no second
answer. Bodies are decompressed here, a slice at a time, under the same cap as the wire.

Fetches are capped: at most `max_fetches` at once, and `max_per_host` to one host name (polite to
a site that hosts many feeds). A fetch waits for its slots before its time-out starts, so waiting
never fails a fetch and nothing queues inside httpx. Each request gets a connection pool of its
own, closed with it: nothing is kept alive anyway, and a pool slot that httpcore leaks when a
request is cancelled at the wrong moment (encode/httpcore#1093) dies with its pool.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
import logging
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Sequence
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from ipaddress import ip_address
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from bot.news.addresses import IPAddress, IPNetwork, refusal
from bot.news.charset import decode_body
from bot.news.compression import ACCEPT_ENCODING, CorruptBody, UnsupportedEncoding, decoder_for
from bot.news.urls import HTTP_SCHEMES

log = logging.getLogger(__name__)

MAX_FETCHES = 32  # fetches at once, all hosts together
MAX_PER_HOST = 4  # fetches at once to one host name

DEFAULT_USER_AGENT = "NewsDigestBot/0.1 (+https://github.com/newsdigest-bot; Telegram news digests)"

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/rdf+xml;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)
_ACCEPT_LANGUAGE = "fr, en;q=0.8"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# What a failed attempt to connect raises: nothing was sent, so the next address may be tried.
_NOT_CONNECTED = (httpx.ConnectError, httpx.ConnectTimeout)

# Answers a host name and a port with the host's addresses, best first; raises OSError.
Resolver = Callable[[str, int], Awaitable[Sequence[IPAddress]]]


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


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """Return the addresses the system resolver gives for a host, in its order, each once; raise OSError."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for info in infos:
        address = ip_address(str(info[4][0]).split("%", 1)[0])  # drop an IPv6 zone id
        if address not in addresses:
            addresses.append(address)
    return addresses


def _parse(url: str) -> httpx.URL:
    """Return the URL parsed as it will be sent, if http(s) with a host and a valid port; else raise FetchError."""
    # One parser for the check and the connection: no two readings of one URL can disagree on its host.
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    if parsed.scheme not in HTTP_SCHEMES:
        raise FetchError(url, f"only http and https URLs can be fetched, not {parsed.scheme or 'a bare path'}")
    if not parsed.host:
        raise FetchError(url, "the URL has no host")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise FetchError(url, f"invalid URL: port {parsed.port} is out of range")
    return parsed


async def _resolve(url: str, parsed: httpx.URL, resolver: Resolver) -> tuple[IPAddress, ...]:
    """Return the addresses of the URL's host: itself for an IP literal, else what the resolver answers."""
    host = parsed.raw_host.decode("ascii")  # an IDN in its ASCII form, as DNS and TLS know it
    try:
        return (ip_address(host),)
    except ValueError:
        pass
    try:
        found = tuple(await resolver(host, parsed.port or _DEFAULT_PORTS[parsed.scheme]))
    except (OSError, UnicodeError) as exc:  # socket.gaierror is an OSError
        raise FetchError(url, f"cannot resolve {parsed.host}: {exc}") from exc
    if not found:
        raise FetchError(url, f"cannot resolve {parsed.host}: no address")
    return found


def _check(url: str, addresses: Iterable[IPAddress], allowed_networks: Iterable[IPNetwork]) -> None:
    """Return None if every address is public or in an allowed network; else raise FetchError naming one."""
    networks = tuple(allowed_networks)
    # Every address must pass: the connection may go to any of them.
    for address in addresses:
        why = None if any(address in network for network in networks) else refusal(address)
        if why is not None:
            raise FetchError(
                url,
                f"refused: {address} is not a public address ({why}); "
                "set fetch.allow_private_addresses = true to allow",
            )


async def check_address(
    url: str,
    *,
    allow_private: bool,
    resolver: Resolver = system_resolver,
    allowed_networks: Iterable[IPNetwork] = (),
) -> tuple[IPAddress, ...]:
    """Return the addresses of an http(s) URL's host, checked unless allow_private; else raise FetchError."""
    addresses = await _resolve(url, _parse(url), resolver)
    if not allow_private:
        _check(url, addresses, allowed_networks)
    return addresses


def _loggable(url: str) -> str:
    """Return the URL without its query and user info, which may hold secrets (tokens, keys)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        return urlunsplit((parts.scheme, netloc + (f":{parts.port}" if parts.port else ""), parts.path, "", ""))
    except ValueError:
        return "(an invalid URL)"


def _transport_failure(url: str, exc: httpx.HTTPError, timeout: float) -> FetchError:
    """Return the FetchError for an httpx error: a time-out in plain words, else its kind and message."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(url, f"timed out after {timeout:g} s")
    # ConnectError, RemoteProtocolError, ...: say which and why.
    return FetchError(url, f"{type(exc).__name__}: {str(exc) or 'connection failed'}")


def _megabytes(limit: int) -> str:
    """Return a byte count as a short human size ("5 MB", "512 bytes")."""
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} MB"
    if limit >= 1_000:
        return f"{limit / 1_000:g} kB"
    return f"{limit} bytes"


class _ClosingStream(httpx.AsyncByteStream):
    """A response body that closes its request's own transport once read or dropped."""

    def __init__(self, stream: httpx.AsyncByteStream, transport: httpx.AsyncHTTPTransport) -> None:
        self._stream = stream
        self._transport = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            await self._transport.aclose()


class _PoolPerRequest(httpx.AsyncBaseTransport):
    """Sends each request through a connection pool of its own, closed with the response.

    No connection is kept alive (see Fetcher), so one shared pool gains nothing, and costs the
    bot when httpcore leaks a slot: a request cancelled after the pool gave it a new connection
    but before it used it leaves that connection in the pool for good; with enough of them,
    every later request waits for a slot until it times out (encode/httpcore#1093).
    """

    def __init__(self, verify: ssl.SSLContext) -> None:
        self._verify = verify

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = httpx.AsyncHTTPTransport(
            verify=self._verify, trust_env=False,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=0))
        try:
            response = await transport.handle_async_request(request)
        except BaseException:  # a failure or a cancellation: this request's pool goes with it
            await asyncio.shield(transport.aclose())
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _ClosingStream(response.stream, transport)
        return response


class _Slots:
    """At most `total` holders at once, and at most `per_host` for one host name; FIFO waits."""

    def __init__(self, total: int, per_host: int) -> None:
        self.per_host = per_host
        self._total = asyncio.Semaphore(total)
        self._hosts: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}
        self.busy = 0  # holders now
        self.peak = 0  # the most holders at once so far

    @asynccontextmanager
    async def hold(self, host: str) -> AsyncIterator[None]:
        """Wait for a slot for this host, then for one of the total; hold both inside."""
        semaphore, users = self._hosts.setdefault(host, (asyncio.Semaphore(self.per_host), [0]))
        users[0] += 1
        try:
            # The host's slot first: a fetch waiting for a busy host holds none of the others' slots.
            async with semaphore, self._total:
                self.busy += 1
                self.peak = max(self.peak, self.busy)
                try:
                    yield
                finally:
                    self.busy -= 1
        finally:
            users[0] -= 1
            if not users[0]:
                del self._hosts[host]  # hosts come and go: keep only those in use


def _host_key(url: str) -> str:
    """Return the host name a URL's fetch is counted under ("" when it has none: the fetch fails anyway)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class Fetcher:
    """An HTTP client for news sources: checked addresses, connections pinned to them, capped bodies."""

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        allow_private_addresses: bool = False,
        user_agent: str = DEFAULT_USER_AGENT,
        max_redirects: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver = system_resolver,
        allowed_networks: Iterable[IPNetwork] = (),
        verify: ssl.SSLContext | None = None,
        max_fetches: int = MAX_FETCHES,
        max_per_host: int = MAX_PER_HOST,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private_addresses = allow_private_addresses
        self.max_redirects = max_redirects
        self.resolver = resolver
        # Networks fetched from although not public (an intranet site), when private addresses are refused.
        self.allowed_networks = tuple(allowed_networks)
        self.slots = _Slots(max_fetches, max_per_host)
        # Certificates from the environment (SSL_CERT_FILE, SSL_CERT_DIR), but not its proxies:
        # a proxy would resolve the name itself, and reach an address nobody checked.
        context = verify if verify is not None else httpx.create_ssl_context(trust_env=True)
        self._client = httpx.AsyncClient(
            transport=transport if transport is not None else _PoolPerRequest(context),
            timeout=httpx.Timeout(timeout),
            # Redirects are followed by hand so that every hop's host is checked.
            follow_redirects=False,
            headers={
                "User-Agent": user_agent,
                "Accept": _ACCEPT,
                "Accept-Language": _ACCEPT_LANGUAGE,
                "Accept-Encoding": ACCEPT_ENCODING,  # only what bot.news.compression undoes
            },
            verify=context,
            trust_env=False,
            # No connection is kept for later: the pool knows a connection by its address, so one
            # opened for a name would carry the next name at that address without TLS checking it.
            limits=httpx.Limits(max_keepalive_connections=0),
            # The client would file cookies under the address it connects to, mixing the sites that
            # share one (a CDN): it keeps none, and self._cookies keeps them by name.
            cookies=http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[])),
        )
        self._cookies = httpx.Cookies()

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
        """Return the resource at url (status 304 and no body when etag/last_modified still match); raise FetchError.

        Waits for a free slot first (see MAX_FETCHES, MAX_PER_HOST); the time-out starts once it has one.
        """
        async with self.slots.hold(_host_key(url)):  # the first hop's host: redirects stay in its slot
            try:
                # The httpx timeout bounds each read; this bounds the whole fetch (DNS, a slow drip of bytes, many hops).
                async with asyncio.timeout(self.timeout):
                    return await self._fetch(url, etag=etag, last_modified=last_modified)
            except TimeoutError as exc:
                raise FetchError(url, f"timed out after {self.timeout:g} s") from exc

    async def _fetch(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        """Return the resource at url, following redirects by hand: each hop resolved once and checked."""
        if self._client.is_closed:
            raise FetchError(url, "the fetcher is closed")
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            addresses = await check_address(
                current,
                allow_private=self.allow_private_addresses,
                resolver=self.resolver,
                allowed_networks=self.allowed_networks,
            )
            outcome = await self._get(current, addresses, headers)
            if isinstance(outcome, FetchResult):
                return outcome
            log.debug("fetch %s: redirected to %s", _loggable(current), _loggable(outcome))
            current = outcome
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    async def _get(self, url: str, addresses: Sequence[IPAddress], headers: dict[str, str]) -> FetchResult | str:
        """Return the result of one GET, or where it redirects: each checked address in turn until one connects."""
        for address in addresses[:-1]:
            try:
                return await self._get_from(url, address, headers)
            except FetchError as exc:
                if not isinstance(exc.__cause__, _NOT_CONNECTED):
                    raise
                log.debug("fetch %s: %s did not connect (%s); trying the next", _loggable(url), address, exc.reason)
        return await self._get_from(url, addresses[-1], headers)

    async def _get_from(self, url: str, address: IPAddress, headers: dict[str, str]) -> FetchResult | str:
        """Return the result of one GET sent to address, or the absolute URL it redirects to."""
        parsed = _parse(url)
        # The connection goes to the address checked; the name goes in the Host header and, for
        # https, in the TLS handshake: SNI, and the certificate is verified for the name.
        pinned = parsed.copy_with(host=str(address))
        extensions = {"sni_hostname": parsed.raw_host.decode("ascii")} if parsed.scheme == "https" else {}
        named = httpx.Request("GET", parsed)  # the request as the site sees it, for the cookie rules
        self._cookies.set_cookie_header(named)
        sent = {**headers, "Host": parsed.netloc.decode("ascii")}
        if "Cookie" in named.headers:
            sent["Cookie"] = named.headers["Cookie"]
        try:
            async with self._client.stream("GET", pinned, headers=sent, extensions=extensions) as response:
                seen_as_named = httpx.Response(response.status_code, headers=response.headers, request=named)
                self._cookies.extract_cookies(seen_as_named)
                status = response.status_code
                log.debug("fetch %s: HTTP %d from %s", _loggable(url), status, address)
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
        except httpx.HTTPError as exc:
            raise _transport_failure(url, exc, self.timeout) from exc
        log.debug("fetch %s: %d bytes of %s", _loggable(url), len(content), _media_type(content_type) or "unknown type")
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
        """Return the body, its Content-Encoding undone; raise FetchError once it passes max_bytes, sent or decoded."""
        limit = _megabytes(self.max_bytes)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"larger than {limit}")
        try:
            decoder = decoder_for(response.headers.get("content-encoding"))
        except UnsupportedEncoding as exc:
            raise FetchError(url, f"refused: {exc}") from exc
        pieces: list[bytes] = []
        received = decoded = 0
        # Raw bytes, decoded here: the cap counts each slice as it is inflated, not a whole chunk after.
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received > self.max_bytes:
                raise FetchError(url, f"larger than {limit}")
            try:
                for piece in decoder.decode(chunk):
                    decoded += len(piece)
                    if decoded > self.max_bytes:
                        raise FetchError(url, f"larger than {limit} once decompressed")
                    pieces.append(piece)
                    await asyncio.sleep(0)  # between two slices, the other tasks run
            except CorruptBody as exc:
                raise FetchError(url, str(exc)) from exc
        return b"".join(pieces)
