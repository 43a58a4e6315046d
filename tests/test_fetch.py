"""Tests for bot.news.fetch: httpx.MockTransport above the socket, a local aiohttp server through it."""

from __future__ import annotations

import asyncio
import gzip
import logging
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web

from bot.news.fetch import (
    DEFAULT_USER_AGENT,
    FetchError,
    FetchResult,
    Fetcher,
    check_address,
)

FIXTURES = Path(__file__).parent / "fixtures" / "listing"
PUBLIC_IP = "93.184.216.34"

# What the fake resolver answers: tests never ask a real DNS server.
DNS: dict[str, list[str]] = {
    "news.example": [PUBLIC_IP],
    "cdn.news.example": [PUBLIC_IP, "2606:2800:220:1:248:1893:25c8:1946"],
    "intranet.example": ["10.0.0.5"],
    "sneaky.example": [PUBLIC_IP, "127.0.0.1"],  # one bad address is enough to refuse
    "v6local.example": ["fe80::1%eth0"],
}


@pytest.fixture(autouse=True)
async def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer getaddrinfo from DNS above; unknown names fail as they would offline."""
    loop = asyncio.get_running_loop()

    async def getaddrinfo(host: str, port: int, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in DNS:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
            for ip in DNS[host]
        ]

    monkeypatch.setattr(loop, "getaddrinfo", getaddrinfo)


Handler = Callable[[httpx.Request], httpx.Response]


def mock_fetcher(handler: Handler, **kwargs: Any) -> Fetcher:
    """Return a Fetcher whose requests go to handler instead of the network."""
    return Fetcher(transport=httpx.MockTransport(handler), **kwargs)


# ---------------------------------------------------------------------------- check_address


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.9.10:8080/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped loopback
        "http://intranet.example/",
        "http://sneaky.example/",
        "http://v6local.example/",
    ],
)
async def test_check_address_refuses_private_and_loopback_hosts(url: str) -> None:
    with pytest.raises(FetchError, match="is a private or loopback address") as caught:
        await check_address(url, allow_private=False)
    assert "fetch.allow_private_addresses = true" in str(caught.value)
    assert caught.value.url == url


@pytest.mark.parametrize(
    "url",
    ["http://93.184.216.34/", "https://[2606:2800:220:1:248:1893:25c8:1946]/", "https://news.example/a", "http://cdn.news.example:8080/"],
)
async def test_check_address_accepts_public_hosts(url: str) -> None:
    await check_address(url, allow_private=False)


async def test_check_address_allows_private_hosts_when_configured() -> None:
    await check_address("http://127.0.0.1:8080/", allow_private=True)
    await check_address("http://intranet.example/", allow_private=True)


@pytest.mark.parametrize("url", ["ftp://news.example/x", "file:///etc/passwd", "news.example/no-scheme", "http:///nohost"])
async def test_check_address_accepts_only_http_urls_with_a_host(url: str) -> None:
    with pytest.raises(FetchError):
        await check_address(url, allow_private=True)


async def test_check_address_reports_names_that_do_not_resolve() -> None:
    with pytest.raises(FetchError, match="cannot resolve nowhere.example"):
        await check_address("http://nowhere.example/", allow_private=False)


# ---------------------------------------------------------------------------- Fetcher over MockTransport


async def test_fetch_returns_body_text_type_and_validators() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content="<html><title>Une</title></html>".encode("utf-8"),
            headers={
                "Content-Type": "Text/HTML; charset=UTF-8",
                "ETag": '"abc"',
                "Last-Modified": "Tue, 05 Jul 2016 08:30:00 GMT",
            },
        )

    async with mock_fetcher(handler) as fetcher:
        result = await fetcher.fetch("https://news.example/")
    assert result == FetchResult(
        url="https://news.example/",
        status=200,
        content=b"<html><title>Une</title></html>",
        text="<html><title>Une</title></html>",
        content_type="text/html",
        etag='"abc"',
        last_modified="Tue, 05 Jul 2016 08:30:00 GMT",
    )
    assert not result.not_modified


async def test_fetch_sends_user_agent_accept_and_language() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"ok")

    async with mock_fetcher(handler) as fetcher:
        await fetcher.fetch("https://news.example/")
    headers = seen[0].headers
    assert headers["User-Agent"] == DEFAULT_USER_AGENT
    for media in ("text/html", "application/rss+xml", "application/atom+xml", "xml"):
        assert media in headers["Accept"]
    assert headers["Accept-Language"] == "fr, en;q=0.8"
    assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


async def test_fetch_sends_validators_and_reports_not_modified() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("If-None-Match") == '"v1"' and request.headers.get("If-Modified-Since"):
            return httpx.Response(304, headers={"ETag": '"v1"'})
        return httpx.Response(200, content=b"changed")

    async with mock_fetcher(handler) as fetcher:
        result = await fetcher.fetch("https://news.example/", etag='"v1"', last_modified="Tue, 05 Jul 2016 08:30:00 GMT")
    assert result.not_modified
    assert result.status == 304
    assert result.content == b"" and result.text == ""
    assert result.etag == '"v1"'


async def test_fetch_follows_redirects_and_reports_the_final_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "https://cdn.news.example/middle"})
        if request.url.path == "/middle":
            return httpx.Response(302, headers={"Location": "/final?x=1"})  # relative to the hop
        return httpx.Response(200, content=b"here")

    async with mock_fetcher(handler) as fetcher:
        result = await fetcher.fetch("http://news.example/old")
    assert result.url == "https://cdn.news.example/final?x=1"
    assert result.content == b"here"


async def test_fetch_gives_up_after_max_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.params.get("n", "0"))
        return httpx.Response(302, headers={"Location": f"/loop?n={hop + 1}"})

    async with mock_fetcher(handler, max_redirects=3) as fetcher:
        with pytest.raises(FetchError, match="more than 3 redirects"):
            await fetcher.fetch("https://news.example/loop")


async def test_fetch_checks_the_host_of_every_redirect_hop() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match="169.254.169.254 is a private or loopback address"):
            await fetcher.fetch("https://news.example/")
    assert requested == ["https://news.example/"]  # the private hop was never requested


async def test_fetch_refuses_redirects_to_other_schemes() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "file:///etc/passwd"})

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match="only http and https"):
            await fetcher.fetch("https://news.example/")


@pytest.mark.parametrize("status", [404, 410, 500, 503])
async def test_fetch_raises_on_http_errors_with_url_and_status(status: int) -> None:
    async with mock_fetcher(lambda request: httpx.Response(status, content=b"secret body")) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch("https://news.example/a")
    assert str(caught.value) == f"https://news.example/a: HTTP {status}"
    assert caught.value.url == "https://news.example/a"


async def test_fetch_stops_reading_past_max_bytes() -> None:
    chunks_sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal chunks_sent
        for _ in range(1000):
            chunks_sent += 1
            yield b"x" * 1000

    async with mock_fetcher(lambda request: httpx.Response(200, content=endless()), max_bytes=5_000) as fetcher:
        with pytest.raises(FetchError, match="larger than 5 kB"):
            await fetcher.fetch("https://news.example/big")
    assert chunks_sent < 10


async def test_fetch_refuses_a_declared_content_length_over_the_cap() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "6000000"}, stream=httpx.ByteStream(b""))

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"https://news.example/big: larger than 5 MB"):
            await fetcher.fetch("https://news.example/big")


async def test_fetch_reports_timeouts_in_plain_words() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"https://news.example/: timed out after 15 s") as caught:
            await fetcher.fetch("https://news.example/")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


async def test_fetch_reports_connection_errors_with_their_cause() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match="Connection refused") as caught:
            await fetcher.fetch("https://news.example/")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


async def test_fetch_refuses_private_addresses_before_any_request() -> None:
    requested: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request)
        return httpx.Response(200)

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"refused: 10.0.0.5 is a private or loopback address"):
            await fetcher.fetch("http://intranet.example/")
    assert requested == []


async def test_fetch_logs_at_debug_without_bodies(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.news.fetch")
    async with mock_fetcher(lambda request: httpx.Response(200, content=b"TOP-SECRET-BODY")) as fetcher:
        await fetcher.fetch("https://news.example/")
    records = [r for r in caplog.records if r.name == "bot.news.fetch"]
    assert records and all(r.levelno == logging.DEBUG for r in records)
    assert not any("TOP-SECRET-BODY" in r.getMessage() for r in records)


async def test_fetcher_context_manager_closes_the_client() -> None:
    async with mock_fetcher(lambda request: httpx.Response(200)) as fetcher:
        pass
    with pytest.raises(FetchError, match="the fetcher is closed"):
        await fetcher.fetch("https://news.example/")


# ---------------------------------------------------------------------------- through a real socket


@pytest.fixture
async def local_site() -> AsyncIterator[str]:
    """Serve a small news site on 127.0.0.1 and return its base URL."""
    front = (FIXTURES / "peopledaily_front.html").read_bytes()

    async def home(request: web.Request) -> web.StreamResponse:
        if request.headers.get("If-None-Match") == '"front-v1"':
            return web.Response(status=304, headers={"ETag": '"front-v1"'})
        # Compressed on the wire: the fetcher must hand back the decoded bytes.
        return web.Response(
            body=gzip.compress(front),
            headers={
                "Content-Type": "text/html; charset=utf-8",
                "Content-Encoding": "gzip",
                "ETag": '"front-v1"',
                "Last-Modified": "Tue, 05 Jul 2016 08:30:00 GMT",
            },
        )

    async def moved(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/")

    async def latin1(request: web.Request) -> web.StreamResponse:
        return web.Response(body=(FIXTURES / "latin1_page.html").read_bytes(), headers={"Content-Type": "text/html"})

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})  # chunked: no Content-Length
        await response.prepare(request)
        try:
            for _ in range(200):
                await response.write(b"x" * 10_000)
        except (ConnectionResetError, ConnectionError):
            pass  # the fetcher hung up, as it should
        return response

    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(5)
        return web.Response(text="too late")

    async def broken(request: web.Request) -> web.StreamResponse:
        return web.Response(status=500, text="stack trace")

    app = web.Application()
    app.router.add_get("/", home)
    app.router.add_get("/moved", moved)
    app.router.add_get("/latin1", latin1)
    app.router.add_get("/huge", huge)
    app.router.add_get("/slow", slow)
    app.router.add_get("/broken", broken)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def test_real_server_front_page_is_fetched_decompressed_and_revalidated(local_site: str) -> None:
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        first = await fetcher.fetch(local_site + "/moved")
        again = await fetcher.fetch(local_site + "/", etag=first.etag, last_modified=first.last_modified)
    assert first.url == local_site + "/"
    assert first.status == 200
    assert first.content == (FIXTURES / "peopledaily_front.html").read_bytes()
    assert "Le Quotidien du Peuple en ligne" in first.text
    assert first.content_type == "text/html"
    assert first.etag == '"front-v1"'
    assert again.not_modified and again.content == b""


async def test_real_server_latin1_page_is_decoded_from_its_meta_charset(local_site: str) -> None:
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        result = await fetcher.fetch(local_site + "/latin1")
    assert "fermé pour l'été" in result.text and "5 €" in result.text


async def test_real_server_loopback_is_refused_by_default(local_site: str) -> None:
    async with Fetcher(timeout=5) as fetcher:
        with pytest.raises(FetchError, match="refused: 127.0.0.1 is a private or loopback address"):
            await fetcher.fetch(local_site + "/")


async def test_real_server_oversized_body_is_cut_off(local_site: str) -> None:
    async with Fetcher(allow_private_addresses=True, timeout=5, max_bytes=50_000) as fetcher:
        with pytest.raises(FetchError, match="larger than 50 kB"):
            await fetcher.fetch(local_site + "/huge")


async def test_real_server_slow_answer_times_out(local_site: str) -> None:
    async with Fetcher(allow_private_addresses=True, timeout=0.3) as fetcher:
        with pytest.raises(FetchError, match=r"timed out after 0.3 s"):
            await fetcher.fetch(local_site + "/slow")


async def test_real_server_error_status_is_reported_without_the_body(local_site: str) -> None:
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(local_site + "/broken")
    assert str(caught.value) == f"{local_site}/broken: HTTP 500"


async def test_real_server_closed_port_is_a_connection_error() -> None:
    with socket.socket() as probe:  # find a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        with pytest.raises(FetchError, match=f"127.0.0.1:{port}/") as caught:
            await fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
