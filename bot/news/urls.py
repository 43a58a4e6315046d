"""URL helpers shared by the fetcher and the parsers: normalizing, resolving, comparing sites."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

HTTP_SCHEMES = ("http", "https")

# Query parameters that only track the reader; two URLs that differ by them are one article.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid"})
_TRACKING_PREFIXES = ("utm_",)
# Parameters that say where the reader came from (a campaign, a referrer, a box of links). They
# mostly track, but a site may also use one to pick a page ("?src=..."), so they are ignored only
# when asking whether a link leads back to the page it sits on, never dropped from a kept URL.
_REFERRAL_PARAMS = re.compile(r"\w*cid|ftag|ref|src|source|from|cmp|mod|xtor|at_\w+", re.I)

# Link schemes that never lead to a page we could fetch.
_NON_PAGE_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "callto:", "about:")

# A stray mark a template set before a whole address ("!https://site/story/", "'https://site/story/"): a browser would
# take it for a path on this site and find nothing there; the address after it is the one meant.
_STRAY_MARK = re.compile(r"^[^\w\s/.?#%~&=+-]{1,3}\s*(?=https?://)", re.I)

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Second-level labels under a country code that are shared by many registrants
# (example.com.cn, example.co.uk, example.gov.br): the registrable domain then has three labels.
_SHARED_SECOND_LEVELS = frozenset(
    {"com", "co", "org", "net", "gov", "edu", "ac", "or", "ne", "go", "mil", "nic", "gob", "gv", "nom", "ltd", "plc",
     "gouv", "govt", "sch", "asn"}
)


def is_tracking(name: str, *, referral: bool = False) -> bool:
    """Return whether a query parameter name only tracks the reader (or, with referral, also
    says where the reader came from)."""
    lowered = name.lower()
    if lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES):
        return True
    return referral and bool(_REFERRAL_PARAMS.fullmatch(name))


def is_http_url(url: str) -> bool:
    """Return whether a URL is absolute http(s) with a host, the only kind the bot fetches."""
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in HTTP_SCHEMES and bool(parts.hostname)
    except ValueError:  # e.g. an invalid IPv6 literal
        return False


# A server's session id written into the path (";jsessionid=3334...": Java servlets, PHP, old ASP): one reader's visit,
# not the page; every link of a page carries it, and the next visit gets another.
_SESSION_PATH_PARAM = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#;]*", re.I)
# A post's page of comments (WordPress's "/2012/05/08/<slug>/comment-page-1/", linked by a box of recent comments): the
# post itself, with its readers' comments paged; one story, whichever of its comment pages a link opens.
_COMMENT_PAGE = re.compile(r"(?<=[^/])/comment-page-\d+(?=/?(?:$|[?#]))", re.I)


# A run of slashes in a path, but after a colon ("/share/https://..."): the scheme of an address the path carries.
_SLASH_RUN = re.compile(r"(?<!:)//+")


def the_page(url: str) -> str:
    """Return the URL without what names one visit or one view of its page: a session id in its path's parameters, a
    post's comment page."""
    if ";" in url:
        url = _SESSION_PATH_PARAM.sub("", url)
    return _COMMENT_PAGE.sub("", url) if "comment-page-" in url.lower() else url


def normalize_url(url: str) -> str:
    """Return the URL with scheme and host lowercased, no fragment, no default port, no run of slashes in its path, no
    session id or tracking params."""
    parts = urlsplit(the_page(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host
    if ":" in host:  # an IPv6 literal needs its brackets back
        netloc = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a malformed port: keep the URL as it came rather than fail
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        netloc = f"{userinfo}@{netloc}"
    path = parts.path
    if "//" in path:
        # A run of slashes in a path is one, as web servers read it ("site//2018/03/17/003/" is "site/2018/03/17/003/"),
        # save after a colon: an address carried in the path ("/share/https://...") keeps its own.
        path = _SLASH_RUN.sub("/", path)
    if not path and netloc:
        path = "/"  # "http://x.org" and "http://x.org/" are the same page
    query = parts.query
    if query:
        # Filter the raw pieces rather than re-encode: the kept parameters stay byte for byte.
        kept = [piece for piece in query.split("&") if piece and not is_tracking(piece.split("=", 1)[0])]
        query = "&".join(kept)
    return urlunsplit((scheme, netloc, path, query, ""))


def absolute_url(base: str, href: str) -> str | None:
    """Return href resolved against base, or None when it leads to no web page (javascript:, mailto:, #...)."""
    href = _STRAY_MARK.sub("", href.strip())
    if not href or href.startswith("#"):
        return None
    if href.lower().startswith(_NON_PAGE_SCHEMES):
        return None
    try:
        resolved = urljoin(base, href)
    except ValueError:  # e.g. an invalid IPv6 literal in the href
        return None
    return the_page(resolved) if is_http_url(resolved) else None


def _host(url: str) -> str:
    """Return the URL's host, lowercased, without a leading "www." and without a trailing dot."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def site_domain(host: str) -> str:
    """Return the registrable-ish domain of a host: its last two labels, or three under com.cn, co.uk and the like."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) <= 2 or all(label.isdigit() for label in labels):
        return ".".join(labels)  # short hosts and IPv4 literals compare whole
    tld, second = labels[-1], labels[-2]
    # A heuristic, not the Public Suffix List: good enough to tell one news site from another.
    # Only the named shared levels: a two-letter site name under a country (se.pl, nu.nl, br.de) is the site's own.
    if len(tld) == 2 and second in _SHARED_SECOND_LEVELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_name(host: str) -> str:
    """Return a site's name as its domain spells it: the domain's first label ("konyahabersitesi" of
    www.konyahabersitesi.com, "lemonde" of www.lemonde.fr)."""
    return site_domain(host).split(".", 1)[0]


def same_site(a: str, b: str) -> bool:
    """Return whether two URLs belong to the same site (same host ignoring www., or sibling subdomains)."""
    host_a, host_b = _host(a), _host(b)
    if not host_a or not host_b:
        return False
    if host_a == host_b:
        return True
    if ":" in host_a or ":" in host_b:  # IPv6 literals have no subdomains
        return False
    return site_domain(host_a) == site_domain(host_b)


def page_key(url: str) -> str:
    """Return the URL reduced to what names its page: host without www., path without its
    trailing slash, and the query without tracking or referral parameters."""
    parts = urlsplit(the_page(url))
    # "?intcid=..." or "?utm_source=..." point back at the same story; "?id=42" does not.
    query = sorted(
        piece for piece in parts.query.split("&")
        if piece and not ("=" in piece and is_tracking(piece.split("=", 1)[0], referral=True))
    )
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}?{'&'.join(query)}"


# Query keys that ask for pages by words (a search's, a tag's), as CMSs name them: WordPress "s", TYPO3's "swords"
# (inside "tx_ttnews[swords]"), "q", "query", "keyword(s)", "searchterm", "term", "tag".
_WORDS_KEYS = frozenset({"s", "q", "query", "search", "searchterm", "searchword", "searchwords", "sword", "swords",
                         "keyword", "keywords", "term", "tag", "tags"})
_NUMBERED_VALUE = re.compile(r"^\d|\d{4}")


def asks_by_words(query: str) -> bool:
    """Return whether a query asks for pages by words: a key of _WORDS_KEYS, alone or as the last bracketed part of
    one ("tx_ttnews[swords]")."""
    for piece in query.split("&"):
        key, equals, value = piece.partition("=")
        name = unquote_plus(key).rstrip("]").rsplit("[", 1)[-1].lower()
        # (words, not a page's number: "?q=326_revalorisation-des-corps" names one publication)
        if equals and value and name in _WORDS_KEYS and not _NUMBERED_VALUE.search(unquote_plus(value)):
            return True
    return False
