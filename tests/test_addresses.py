"""Tests for bot.news.addresses: which addresses are the public internet, IPv4 inside IPv6 included."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address, ip_address

import pytest

from bot.news.addresses import embedded_ipv4, refusal

PUBLIC_V4 = "93.184.216.34"


def teredo(server: str, client: str, port: int = 40000) -> str:
    """Return the Teredo address of a client behind a NAT: its IPv4 address and port stored inverted (RFC 4380)."""
    bits = (0x2001_0000 << 96) | (int(IPv4Address(server)) << 64) | (0x8000 << 48)
    bits |= (port ^ 0xFFFF) << 32 | (~int(IPv4Address(client)) & 0xFFFF_FFFF)
    return str(IPv6Address(bits))


def sixtofour(v4: str) -> str:
    """Return a 6to4 address (2002:V4ADDR::/48) of an IPv4 address."""
    return str(IPv6Address((0x2002 << 112) | (int(IPv4Address(v4)) << 80) | 1))


def nat64(v4: str) -> str:
    """Return the well-known-prefix NAT64 address of an IPv4 address."""
    return str(IPv6Address(int(IPv6Address("64:ff9b::")) | int(IPv4Address(v4))))


@pytest.mark.parametrize(
    ("address", "why"),
    [
        # IPv4
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "this host or network"),
        ("10.1.2.3", "a private network"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.127.255.254", "carrier-grade NAT"),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("172.16.0.1", "a private network"),
        ("172.31.255.255", "a private network"),
        ("192.0.0.8", "IETF protocol assignments"),
        ("192.0.2.10", "documentation"),
        ("192.88.99.1", "6to4 relay anycast"),
        ("192.168.1.1", "a private network"),
        ("198.18.0.1", "benchmarking"),
        ("198.19.255.255", "benchmarking"),
        ("198.51.100.7", "documentation"),
        ("203.0.113.9", "documentation"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "broadcast"),
        # IPv6
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("::10.0.0.1", "IPv4-compatible"),
        ("::93.184.216.34", "IPv4-compatible"),  # deprecated whatever it embeds
        ("100::1", "discard-only"),
        ("2001:2::1", "benchmarking"),
        ("2001:10::1", "ORCHID"),
        ("2001:20::1", "ORCHIDv2"),
        ("2001:db8::1", "documentation"),
        ("3fff::1", "documentation"),
        ("fc00::1", "unique-local"),
        ("fd12:3456::1", "unique-local"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        ("64:ff9b:1::a00:1", "local-use NAT64"),
        ("4000::1", "reserved, outside the global unicast"),
        ("::ffff:0:7f00:1", "reserved, outside the global unicast"),  # IPv4-translated (SIIT)
        # IPv6 that carries a non-public IPv4 address
        ("::ffff:127.0.0.1", "IPv4-mapped for 127.0.0.1, loopback"),
        ("::ffff:10.0.0.5", "IPv4-mapped for 10.0.0.5, a private network"),
        ("::ffff:169.254.169.254", "IPv4-mapped for 169.254.169.254, link-local"),
        (sixtofour("127.0.0.1"), "6to4 for 127.0.0.1, loopback"),
        (sixtofour("10.0.0.1"), "6to4 for 10.0.0.1, a private network"),
        (sixtofour("100.64.1.1"), "6to4 for 100.64.1.1, carrier-grade NAT"),
        (nat64("127.0.0.1"), "NAT64 for 127.0.0.1, loopback"),
        (nat64("192.168.0.1"), "NAT64 for 192.168.0.1, a private network"),
        (teredo(PUBLIC_V4, "127.0.0.1"), "Teredo for 127.0.0.1, loopback"),
        (teredo(PUBLIC_V4, "10.9.8.7"), "Teredo for 10.9.8.7, a private network"),
        (teredo("192.168.0.1", PUBLIC_V4), "Teredo for 192.168.0.1, a private network"),  # the server part
    ],
)
def test_refusal_names_the_range_of_addresses_off_the_public_internet(address: str, why: str) -> None:
    reason = refusal(ip_address(address))
    assert reason is not None and why in reason


@pytest.mark.parametrize(
    "address",
    [
        PUBLIC_V4,
        "1.1.1.1",
        "8.8.8.8",
        "100.63.255.255",  # just below carrier-grade NAT
        "100.128.0.0",  # just above it
        "172.32.0.1",  # just above 172.16/12
        "192.0.1.1",
        "198.20.0.1",  # just above benchmarking
        "223.255.255.255",  # just below multicast
        "2606:2800:220:1:248:1893:25c8:1946",
        "2a00:1450:4007:80e::200e",
        "::ffff:93.184.216.34",  # IPv4-mapped public: the connection goes to a public address
        sixtofour(PUBLIC_V4),
        nat64(PUBLIC_V4),  # how an IPv6-only host with DNS64 reaches IPv4 sites
        teredo("65.54.227.120", PUBLIC_V4),
    ],
)
def test_refusal_is_none_for_public_addresses(address: str) -> None:
    assert refusal(ip_address(address)) is None


def test_embedded_ipv4_undoes_the_inversion_of_a_teredo_client() -> None:
    # RFC 4380's example: server 65.54.227.120, client 192.0.2.45 behind a NAT on port 40000.
    address = IPv6Address("2001:0:4136:e378:8000:63bf:3fff:fdd2")
    assert embedded_ipv4(address) == ("Teredo", (IPv4Address("65.54.227.120"), IPv4Address("192.0.2.45")))
    assert teredo("65.54.227.120", "192.0.2.45") == str(address)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("::ffff:10.0.0.5", ("IPv4-mapped", ("10.0.0.5",))),
        ("2002:a00:1::1", ("6to4", ("10.0.0.1",))),
        ("64:ff9b::a00:5", ("NAT64", ("10.0.0.5",))),
        ("2606:2800:220:1:248:1893:25c8:1946", None),
        ("::1", None),
    ],
)
def test_embedded_ipv4_finds_the_ipv4_address_inside(
    address: str, expected: tuple[str, tuple[str, ...]] | None
) -> None:
    found = embedded_ipv4(IPv6Address(address))
    assert found == (None if expected is None else (expected[0], tuple(IPv4Address(a) for a in expected[1])))
