"""Tests for bot.news.fetch: httpx.MockTransport above the socket, a local aiohttp server through it."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import logging
import os
import socket
import ssl
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta, timezone
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
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
from tests.auxil.news_site import NewsSite, zeros_compressed

FIXTURES = Path(__file__).parent / "fixtures" / "listing"
PUBLIC_IP = "93.184.216.34"

# What the fake resolver answers: tests never ask a real DNS server.
DNS: dict[str, list[str]] = {
    "news.example": [PUBLIC_IP],
    "cdn.news.example": [PUBLIC_IP, "2606:2800:220:1:248:1893:25c8:1946"],
    "intranet.example": ["10.0.0.5"],
    "sneaky.example": [PUBLIC_IP, "127.0.0.1"],  # one bad address is enough to refuse
    "v6local.example": ["fe80::1%eth0"],
    # IPv6 answers that carry a private IPv4 address: the connection would end there.
    "sixtofour.example": ["2002:a00:1::1"],  # 6to4 of 10.0.0.1
    "nat64.example": ["64:ff9b::a00:5"],  # NAT64 of 10.0.0.5
    "mapped.example": ["::ffff:169.254.169.254"],  # IPv4-mapped cloud metadata
    "teredo.example": ["2001:0:5db8:d822:8000:63bf:80ff:fffe"],  # Teredo client 127.0.0.1 (stored inverted)
    "v6only.example": ["64:ff9b::5db8:d822"],  # NAT64 of PUBLIC_IP: how an IPv6-only host reaches it
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


def unread(response: httpx.Response) -> httpx.Response:
    """Return the response with its body not yet read, as a socket gives it (httpx reads a bytes body at once).

    The Fetcher reads raw bytes and undoes Content-Encoding itself: an encoded body is given as stream=.
    """
    if not response.is_stream_consumed:
        return response
    return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(response.content))


def mock_fetcher(handler: Handler, **kwargs: Any) -> Fetcher:
    """Return a Fetcher whose requests go to handler instead of the network."""
    return Fetcher(transport=httpx.MockTransport(lambda request: unread(handler(request))), **kwargs)


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
        "http://[2002:7f00:1::1]/",  # 6to4 of 127.0.0.1
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
        "http://[::10.0.0.1]/",  # IPv4-compatible, deprecated
        "http://198.18.0.1/",  # benchmarking
        "http://192.0.2.1/",  # documentation
        "http://[2001:db8::1]/",  # documentation
        "http://intranet.example/",
        "http://sixtofour.example/",
        "http://nat64.example/",
        "http://mapped.example/",
        "http://teredo.example/",
        "http://sneaky.example/",
        "http://v6local.example/",
    ],
)
async def test_check_address_refuses_private_and_loopback_hosts(url: str) -> None:
    with pytest.raises(FetchError, match="is not a public address") as caught:
        await check_address(url, allow_private=False)
    assert "fetch.allow_private_addresses = true" in str(caught.value)
    assert caught.value.url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.216.34/",
        "https://[2606:2800:220:1:248:1893:25c8:1946]/",
        "https://news.example/a",
        "http://cdn.news.example:8080/",
        "http://v6only.example/",
    ],
)
async def test_check_address_accepts_public_hosts(url: str) -> None:
    await check_address(url, allow_private=False)


async def test_check_address_returns_the_addresses_it_checked_for_the_connection() -> None:
    assert await check_address("http://cdn.news.example/", allow_private=False) == (
        ip_address(PUBLIC_IP), ip_address("2606:2800:220:1:248:1893:25c8:1946"))
    assert await check_address("http://[::1]:8080/", allow_private=True) == (ip_address("::1"),)


async def test_check_address_names_the_private_ipv4_address_inside_an_ipv6_answer() -> None:
    with pytest.raises(FetchError) as caught:
        await check_address("http://sixtofour.example/", allow_private=False)
    assert caught.value.reason == (
        "refused: 2002:a00:1::1 is not a public address (6to4 for 10.0.0.1, a private network); "
        "set fetch.allow_private_addresses = true to allow"
    )


async def test_check_address_lets_allowed_networks_through_and_nothing_else() -> None:
    intranet = [ip_network("10.0.0.0/24")]
    assert await check_address("http://intranet.example/", allow_private=False, allowed_networks=intranet)
    with pytest.raises(FetchError, match="refused: 127.0.0.1"):
        await check_address("http://sneaky.example/", allow_private=False, allowed_networks=intranet)


async def test_check_address_allows_private_hosts_when_configured() -> None:
    await check_address("http://127.0.0.1:8080/", allow_private=True)
    await check_address("http://intranet.example/", allow_private=True)


@pytest.mark.parametrize(
    "url",
    ["ftp://news.example/x", "file:///etc/passwd", "news.example/no-scheme", "http:///nohost", "http://[::1/",
     "http://news.example:99999/"],
)
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
    requested: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append((request.headers["Host"], request.url.host))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    async with mock_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match="169.254.169.254 is not a public address"):
            await fetcher.fetch("https://news.example/")
    assert requested == [("news.example", PUBLIC_IP)]  # the private hop was never requested


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
        with pytest.raises(FetchError, match=r"refused: 10.0.0.5 is not a public address"):
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
        with pytest.raises(FetchError, match="refused: 127.0.0.1 is not a public address"):
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


# ---------------------------------------------------------------------------- DNS rebinding: one answer per hop, used


class ScriptedResolver:
    """Answers each name from a script, one answer per call (the last one repeats), and records the calls."""

    def __init__(self, script: dict[str, list[list[str]]]) -> None:
        self.script = script
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[IPv4Address | IPv6Address]:
        asked = self.calls.count(host)
        self.calls.append(host)
        answers = self.script[host]
        return [ip_address(a) for a in answers[min(asked, len(answers) - 1)]]


def rebinding(name: str, first: str, then: str) -> ScriptedResolver:
    """Return a resolver whose name answers first, then something else ever after (a rebinding attack)."""
    return ScriptedResolver({name: [[first], [then]]})


async def test_fetch_connects_to_the_address_it_checked_never_to_a_second_answer() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"public page")

    resolver = rebinding("rebind.example", PUBLIC_IP, "127.0.0.1")
    async with mock_fetcher(handler, resolver=resolver) as fetcher:
        result = await fetcher.fetch("https://rebind.example/news?id=1")
    assert resolver.calls == ["rebind.example"]  # resolved once, by the check
    [request] = seen
    assert request.url.host == PUBLIC_IP  # the connection goes to the checked address
    assert request.url.raw_path == b"/news?id=1"
    assert request.headers["Host"] == "rebind.example"  # the site still sees its name
    assert request.extensions["sni_hostname"] == "rebind.example"  # TLS is verified for the name
    assert result.url == "https://rebind.example/news?id=1" and result.content == b"public page"


async def test_fetch_resolves_every_redirect_hop_once_and_connects_to_its_checked_answer() -> None:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["Host"], request.url.host))
        if request.headers["Host"] == "start.example":
            return httpx.Response(302, headers={"Location": "http://next.example:8080/story"})
        return httpx.Response(200, content=b"story")

    resolver = ScriptedResolver({
        "start.example": [[PUBLIC_IP], ["127.0.0.1"]],
        "next.example": [["2606:2800:220:1:248:1893:25c8:1946"], ["10.0.0.1"]],
    })
    async with mock_fetcher(handler, resolver=resolver) as fetcher:
        result = await fetcher.fetch("http://start.example/")
    assert resolver.calls == ["start.example", "next.example"]
    assert seen == [("start.example", PUBLIC_IP), ("next.example:8080", "2606:2800:220:1:248:1893:25c8:1946")]
    assert result.url == "http://next.example:8080/story"


async def test_fetch_refuses_a_redirect_hop_whose_name_answers_a_private_address() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Host"])
        return httpx.Response(302, headers={"Location": "http://inside.example/admin"})

    resolver = ScriptedResolver({"start.example": [[PUBLIC_IP]], "inside.example": [["192.168.1.1"]]})
    async with mock_fetcher(handler, resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match=r"http://inside.example/admin: refused: 192.168.1.1 is not a public"):
            await fetcher.fetch("http://start.example/")
    assert seen == ["start.example"]


async def test_fetch_tries_the_next_checked_address_when_one_does_not_connect() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "2606:2800:220:1:248:1893:25c8:1946":
            raise httpx.ConnectError("[Errno 101] Network is unreachable", request=request)
        return httpx.Response(200, content=b"over IPv4")

    resolver = ScriptedResolver({"dual.example": [["2606:2800:220:1:248:1893:25c8:1946", PUBLIC_IP]]})
    async with mock_fetcher(handler, resolver=resolver) as fetcher:
        result = await fetcher.fetch("https://dual.example/")
    assert result.content == b"over IPv4"
    assert resolver.calls == ["dual.example"]


async def test_fetch_does_not_send_again_to_another_address_once_a_request_was_sent() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.host)
        raise httpx.ReadError("connection reset by peer", request=request)

    resolver = ScriptedResolver({"dual.example": [[PUBLIC_IP, "93.184.216.35"]]})
    async with mock_fetcher(handler, resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match="ReadError: connection reset by peer"):
            await fetcher.fetch("https://dual.example/")
    assert asked == [PUBLIC_IP]


async def serve(
    app: web.Application, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None
) -> web.AppRunner:
    """Return a started runner serving app on host:port (0: a free port); the caller cleans it up."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port, ssl_context=tls).start()
    except OSError:
        await runner.cleanup()
        raise
    return runner


async def test_dns_rebinding_through_real_sockets_never_reads_the_internal_server(news_site: NewsSite) -> None:
    # The public site is on 127.0.0.1:PORT, the "internal" one on 127.0.0.2:PORT (same port). The
    # name answers 127.0.0.1 (allowed for this test, as a public address would be), then 127.0.0.2.
    news_site.set("/", "<html><title>Public front page</title></html>")
    news_site.redirect("/moved", f"http://again.example:{news_site.port}/")
    internal_hits: list[str] = []

    async def secret(request: web.Request) -> web.StreamResponse:
        internal_hits.append(request.path)
        return web.Response(text="INTERNAL SECRET")

    internal = web.Application()
    internal.router.add_get("/{tail:.*}", secret)
    try:
        runner = await serve(internal, "127.0.0.2", news_site.port)
    except OSError as exc:  # only Linux routes all of 127/8 to the loopback by default
        pytest.skip(f"cannot listen on 127.0.0.2: {exc}")
    resolver = ScriptedResolver({
        "rebind.example": [["127.0.0.1"], ["127.0.0.2"]],
        "again.example": [["127.0.0.1"], ["127.0.0.2"]],
    })
    try:
        async with Fetcher(timeout=5, resolver=resolver, allowed_networks=[ip_network("127.0.0.1/32")]) as fetcher:
            result = await fetcher.fetch(f"http://rebind.example:{news_site.port}/moved")
            # A later fetch resolves again and gets the second answer: checked, it is refused.
            with pytest.raises(FetchError, match=r"refused: 127.0.0.2 is not a public address \(loopback\)"):
                await fetcher.fetch(f"http://rebind.example:{news_site.port}/")
    finally:
        await runner.cleanup()
    assert "Public front page" in result.text
    assert result.url == f"http://again.example:{news_site.port}/"
    assert internal_hits == []
    # One resolution per hop, and that answer is where the hop connected.
    assert resolver.calls == ["rebind.example", "again.example", "rebind.example"]
    assert [(path, headers["Host"]) for _, path, headers in news_site.requests] == [
        ("/moved", f"rebind.example:{news_site.port}"), ("/", f"again.example:{news_site.port}")]


async def test_the_check_refuses_the_second_answer_when_it_is_the_one_resolved(news_site: NewsSite) -> None:
    # The other half of the guarantee: an answer that is checked is checked; 127.0.0.2 is not allowed.
    resolver = ScriptedResolver({"rebind.example": [["127.0.0.2"]]})
    async with Fetcher(timeout=5, resolver=resolver, allowed_networks=[ip_network("127.0.0.1/32")]) as fetcher:
        with pytest.raises(FetchError, match=r"refused: 127.0.0.2 is not a public address \(loopback\)"):
            await fetcher.fetch(f"http://rebind.example:{news_site.port}/")
    assert news_site.requests == []


async def test_allow_private_addresses_still_fetches_named_loopback_sources(news_site: NewsSite) -> None:
    news_site.set("/rss.xml", "<rss/>", content_type="application/rss+xml")
    resolver = ScriptedResolver({"news.local": [["127.0.0.1"]]})
    async with Fetcher(timeout=5, allow_private_addresses=True, resolver=resolver) as fetcher:
        result = await fetcher.fetch(f"http://news.local:{news_site.port}/rss.xml")
    assert result.text == "<rss/>"
    assert news_site.requests[0][2]["Host"] == f"news.local:{news_site.port}"


async def test_a_connection_is_never_reused_for_another_name_at_the_same_address() -> None:
    # The pool knows connections by address: reused for another name, TLS would not check that name.
    peers: list[tuple[str, object]] = []

    async def page(request: web.Request) -> web.StreamResponse:
        peers.append((request.host, request.transport.get_extra_info("peername") if request.transport else None))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", page)
    runner = await serve(app)
    port = runner.addresses[0][1]
    resolver = ScriptedResolver({"a.example": [["127.0.0.1"]], "b.example": [["127.0.0.1"]]})
    try:
        async with Fetcher(timeout=5, allow_private_addresses=True, resolver=resolver) as fetcher:
            await fetcher.fetch(f"http://a.example:{port}/")
            await fetcher.fetch(f"http://b.example:{port}/")
    finally:
        await runner.cleanup()
    assert [host for host, _ in peers] == [f"a.example:{port}", f"b.example:{port}"]
    assert peers[0][1] != peers[1][1]  # two connections, two client ports


async def test_cookies_go_back_to_the_name_that_set_them_not_to_another_name_at_its_address() -> None:
    # A consent wall: /enter sets a cookie and redirects to /, which wants it. b.example shares the address.
    seen: list[tuple[str, str, str | None]] = []

    async def enter(request: web.Request) -> web.StreamResponse:
        seen.append((request.host, request.path, request.headers.get("Cookie")))
        response = web.HTTPFound("/")
        response.set_cookie("consent", "yes")
        raise response

    async def home(request: web.Request) -> web.StreamResponse:
        seen.append((request.host, request.path, request.headers.get("Cookie")))
        return web.Response(text="front page" if request.cookies.get("consent") == "yes" else "consent wall")

    app = web.Application()
    app.router.add_get("/enter", enter)
    app.router.add_get("/", home)
    runner = await serve(app)
    port = runner.addresses[0][1]
    resolver = ScriptedResolver({"a.example": [["127.0.0.1"]], "b.example": [["127.0.0.1"]]})
    try:
        async with Fetcher(timeout=5, allow_private_addresses=True, resolver=resolver) as fetcher:
            first = await fetcher.fetch(f"http://a.example:{port}/enter")
            other = await fetcher.fetch(f"http://b.example:{port}/")
            again = await fetcher.fetch(f"http://a.example:{port}/")
    finally:
        await runner.cleanup()
    assert (first.text, other.text, again.text) == ("front page", "consent wall", "front page")
    assert seen == [
        (f"a.example:{port}", "/enter", None),
        (f"a.example:{port}", "/", "consent=yes"),
        (f"b.example:{port}", "/", None),
        (f"a.example:{port}", "/", "consent=yes"),
    ]


def make_certificates(directory: Path, name: str) -> tuple[Path, Path, Path]:
    """Return (CA cert, server cert, server key) PEM files: a throwaway CA that signed a certificate for name."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


async def test_https_to_the_checked_address_is_verified_for_the_name(tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path, "news.example")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    sni: list[str | None] = []

    def record_sni(sock: ssl.SSLObject, server_name: str | None, context: ssl.SSLContext) -> None:
        sni.append(server_name)

    server_tls.sni_callback = record_sni

    async def page(request: web.Request) -> web.StreamResponse:
        return web.Response(text=f"hello over TLS, {request.host}")

    app = web.Application()
    app.router.add_get("/", page)
    runner = await serve(app, tls=server_tls)
    port = runner.addresses[0][1]
    resolver = ScriptedResolver({"news.example": [["127.0.0.1"]], "impostor.example": [["127.0.0.1"]]})
    try:
        async with Fetcher(
            timeout=5, resolver=resolver, allowed_networks=[ip_network("127.0.0.1/32")],
            verify=ssl.create_default_context(cafile=str(ca)),
        ) as fetcher:
            result = await fetcher.fetch(f"https://news.example:{port}/")
            # The same server and address, asked for another name: its certificate does not cover it.
            with pytest.raises(FetchError, match="ConnectError: .*(certificate|hostname)") as caught:
                await fetcher.fetch(f"https://impostor.example:{port}/")
    finally:
        await runner.cleanup()
    assert result.text == f"hello over TLS, news.example:{port}"
    assert sni == ["news.example", "impostor.example"]
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


# ---------------------------------------------------------------------------- decompression: capped as inflated


class LoopWatch:
    """Measures the longest time the event loop went without running a 10 ms ticker, while inside."""

    def __init__(self) -> None:
        self._ticks: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            self._ticks.append(time.perf_counter())
            await asyncio.sleep(0.01)

    @property
    def longest(self) -> float:
        """Return the longest gap between two ticks (the last one at the exit), less the 10 ms asked for."""
        return max(later - earlier for earlier, later in zip(self._ticks, self._ticks[1:])) - 0.01

    async def __aenter__(self) -> LoopWatch:
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._ticks.append(time.perf_counter())  # a stall that lasts to the end counts too
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


async def fetch_measured(url: str, max_bytes: int = 5_000_000) -> tuple[FetchError, float, int, float]:
    """Return the FetchError of a fetch that must fail, its time, its Python memory peak and longest loop stall."""
    async with Fetcher(allow_private_addresses=True, timeout=10, max_bytes=max_bytes) as fetcher:
        # A first request (a 404) imports what a process's first fetch imports: not the bomb's doing.
        with contextlib.suppress(FetchError):
            await fetcher.fetch(url + "-not-here")
        tracemalloc.start()
        try:
            async with LoopWatch() as watch:
                started = time.perf_counter()
                with pytest.raises(FetchError) as caught:
                    await fetcher.fetch(url)
                elapsed = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return caught.value, elapsed, peak, watch.longest


GIGABYTE = 1 << 30
MB = 1_000_000


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
async def test_a_compressed_gigabyte_is_cut_off_at_the_cap_as_it_is_inflated(news_site: NewsSite, coding: str) -> None:
    bomb = zeros_compressed(coding, GIGABYTE)  # about 1 MB on the wire: under the cap as sent
    news_site.set("/bomb", bomb, headers={"Content-Encoding": coding})
    error, elapsed, peak, stall = await fetch_measured(news_site.url("/bomb"))
    assert error.reason == "larger than 5 MB once decompressed"
    assert elapsed < 1.0
    assert peak < 5 * MB + 15 * MB  # the capped body, the wire's chunks and the server's copy, never the gigabyte
    assert stall < 0.25


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
async def test_a_body_compressed_twice_is_refused_before_anything_is_inflated(news_site: NewsSite, coding: str) -> None:
    # 1 GB of zeros compressed twice: 2.5 kB on the wire, 1 MB after one layer, 1 GB after two.
    bomb = gzip.compress(zeros_compressed("gzip", GIGABYTE)) if coding == "gzip" else zlib.compress(
        zeros_compressed("deflate", GIGABYTE), 9)
    assert len(bomb) < 5000
    news_site.set("/bomb", bomb, headers={"Content-Encoding": f"{coding}, {coding}"})
    error, elapsed, peak, stall = await fetch_measured(news_site.url("/bomb"))
    assert error.reason == f"refused: the body is encoded more than once ({coding}, {coding})"
    assert elapsed < 1.0 and peak < 10 * MB and stall < 0.25


async def test_a_body_in_an_unsupported_coding_is_refused_in_plain_words(news_site: NewsSite) -> None:
    news_site.set("/br", b"\x1b\x03\x00\xf8\xa5@\x02", headers={"Content-Encoding": "br"})
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(news_site.url("/br"))
    assert caught.value.reason == "refused: unsupported content encoding br (the bot asks for gzip, deflate)"


async def test_fetch_asks_only_for_the_codings_it_undoes(news_site: NewsSite) -> None:
    news_site.set("/", "ok")
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        await fetcher.fetch(news_site.url("/"))
    assert news_site.requests[0][2]["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.parametrize(
    "encode",
    [gzip.compress, zlib.compress, lambda data: zlib.compress(data)[2:-4]],  # the last: bare deflate, no zlib header
    ids=["gzip", "deflate", "bare-deflate"],
)
async def test_compressed_pages_are_inflated_and_decoded(news_site: NewsSite, encode: Callable[[bytes], bytes]) -> None:
    page = (FIXTURES / "latin1_page.html").read_bytes()
    coding = "gzip" if encode is gzip.compress else "deflate"
    news_site.set("/page", encode(page), content_type="text/html", headers={"Content-Encoding": coding})
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        result = await fetcher.fetch(news_site.url("/page"))
    assert result.content == page
    assert "fermé pour l'été" in result.text


async def test_a_corrupt_compressed_body_is_reported(news_site: NewsSite) -> None:
    news_site.set("/page", b"<html>not gzip</html>", headers={"Content-Encoding": "gzip"})
    async with Fetcher(allow_private_addresses=True, timeout=5) as fetcher:
        with pytest.raises(FetchError, match=r"/page: cannot undo the gzip encoding: .*incorrect header check"):
            await fetcher.fetch(news_site.url("/page"))


class GzipStream(httpx.AsyncByteStream):
    """A gzip stream of what an async iterator yields, made as it is read."""

    def __init__(self, source: AsyncIterator[bytes]) -> None:
        self._source = source

    async def __aiter__(self) -> AsyncIterator[bytes]:
        packer = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        async for data in self._source:
            yield packer.compress(data) + packer.flush(zlib.Z_SYNC_FLUSH)
        yield packer.flush()


async def test_the_cap_on_the_wire_still_holds_for_compressed_bodies() -> None:
    async def noise() -> AsyncIterator[bytes]:
        for _ in range(100):  # random bytes do not compress: the wire grows as fast as the text
            yield os.urandom(10_000)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=GzipStream(noise()))

    async with mock_fetcher(handler, max_bytes=50_000) as fetcher:
        with pytest.raises(FetchError, match=r"larger than 50 kB"):
            await fetcher.fetch("https://news.example/big")


# ---------------------------------------------------------------------------- logs


async def test_fetch_logs_no_query_strings_nor_user_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.news.fetch")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed":
            return httpx.Response(302, headers={"Location": "/final?key=SECRET-KEY"})
        return httpx.Response(200, content=b"ok")

    async with mock_fetcher(handler) as fetcher:
        await fetcher.fetch("https://user:PASSWORD@news.example/feed?token=SECRET-TOKEN")
    messages = [r.getMessage() for r in caplog.records if r.name == "bot.news.fetch"]
    assert any("https://news.example/final" in m for m in messages)
    assert not any(secret in m for m in messages for secret in ("SECRET", "PASSWORD", "user"))
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "bot.news.fetch")
