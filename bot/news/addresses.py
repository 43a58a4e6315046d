"""Which IP addresses the bot may fetch from: the public internet only, IPv4 inside IPv6 included."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network

# The ranges that are not the public internet, from IANA's special-purpose registries (RFC 6890
# and its updates), written out rather than taken from ipaddress.is_global, whose lists changed
# between Python releases. Globally reachable special ranges (AS112, AMT) are left out.
_IPV4_REFUSED: tuple[tuple[IPNetwork, str], ...] = tuple(
    (IPv4Network(network), why)
    for network, why in (
        ("0.0.0.0/8", "this host or network, unspecified"),
        ("10.0.0.0/8", "a private network"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local, cloud metadata"),
        ("172.16.0.0/12", "a private network"),
        ("192.0.0.0/24", "IETF protocol assignments"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay anycast, deprecated"),
        ("192.168.0.0/16", "a private network"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved, broadcast"),
    )
)
_IPV6_REFUSED: tuple[tuple[IPNetwork, str], ...] = tuple(
    (IPv6Network(network), why)
    for network, why in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        # Deprecated (RFC 4291); some kernels still tunnel them to the IPv4 address inside.
        ("::/96", "IPv4-compatible, deprecated"),
        ("100::/64", "discard-only"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("2001:2::/48", "benchmarking"),
        ("2001:10::/28", "ORCHID, deprecated"),
        ("2001:20::/28", "ORCHIDv2"),
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local, deprecated"),
        ("ff00::/8", "multicast"),
    )
)
# Every public IPv6 address is in 2000::/3; whatever else is left is reserved by IETF.
_GLOBAL_UNICAST = IPv6Network("2000::/3")
_NAT64 = IPv6Network("64:ff9b::/96")  # RFC 6052: the last 32 bits are the IPv4 address


def embedded_ipv4(ip: IPv6Address) -> tuple[str, tuple[IPv4Address, ...]] | None:
    """Return how an IPv6 address carries IPv4 addresses and which ones (Teredo: server, client), or None."""
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", (ip.ipv4_mapped,)
    if ip in _NAT64:
        return "NAT64", (IPv4Address(int(ip) & 0xFFFF_FFFF),)
    if ip.sixtofour is not None:
        return "6to4", (ip.sixtofour,)
    if ip.teredo is not None:
        # ipaddress undoes the inversion of Teredo's client address (RFC 4380 section 4).
        return "Teredo", ip.teredo
    return None


def _named_range(ip: IPAddress, table: tuple[tuple[IPNetwork, str], ...]) -> str | None:
    """Return what the first range of the table that holds ip is, or None."""
    return next((why for network, why in table if ip in network), None)


def refusal(ip: IPAddress) -> str | None:
    """Return why an address is off the public internet ("loopback", "6to4 for 10.0.0.1, a private network") or None."""
    if isinstance(ip, IPv4Address):
        return _named_range(ip, _IPV4_REFUSED)
    ip = IPv6Address(int(ip))  # a zone id (fe80::1%eth0) says nothing about the range
    embedding = embedded_ipv4(ip)
    if embedding is not None:
        # The connection ends at the IPv4 address inside: it is what must be public.
        how, inner = embedding
        for address in inner:
            why = _named_range(address, _IPV4_REFUSED)
            if why is not None:
                return f"{how} for {address}, {why}"
        return None
    why = _named_range(ip, _IPV6_REFUSED)
    if why is None and ip not in _GLOBAL_UNICAST:
        why = "reserved, outside the global unicast 2000::/3"
    return why
