"""Tests for bot.news.urls: normalizing, resolving and comparing URLs."""

from __future__ import annotations

import pytest

from bot.news.urls import absolute_url, is_http_url, is_tracking, normalize_url, page_key, same_site, site_domain


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Scheme and host are case-insensitive; the path is not.
        ("HTTP://French.PeopleDaily.com.cn/Chine/Index.html", "http://french.peopledaily.com.cn/Chine/Index.html"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        ("https://example.com/a?id=7&fbclid=XYZ&gclid=1&p=2", "https://example.com/a?id=7&p=2"),
        # Kept parameters stay byte for byte, in order, even oddly encoded ones.
        ("https://example.com/s?q=a%20b&flag&UTM_Campaign=x", "https://example.com/s?q=a%20b&flag"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("http://[::1]:8000/a", "http://[::1]:8000/a"),
    ],
)
def test_normalize_url_lowercases_host_and_drops_fragment_and_tracking(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_a_session_id_in_the_path_is_no_part_of_the_page() -> None:
    # Every link of a Java site's page carries the reader's session (";jsessionid="); the next visit gets another.
    story = "http://www.site.example/rea/news/article/2012/06/pv-outsourcing"
    assert normalize_url(f"{story};jsessionid=33349282B6ADCDAC505D0ED39D001A61") == story
    assert absolute_url("http://www.site.example/rea/home;jsessionid=AB12", "/rea/news/article/2012/06/pv-outsourcing"
                        ";JSESSIONID=AB12?page=2") == f"{story}?page=2"
    assert page_key(f"{story};phpsessid=9f8e") == page_key(story)
    # A path parameter that is no session stays: it may name the page.
    assert normalize_url("http://www.site.example/a;v=2") == "http://www.site.example/a;v=2"


def test_a_posts_comment_page_is_the_post() -> None:
    # A box of recent comments links each post's comment page ("/2012/05/08/<slug>/comment-page-1/"): one story.
    post = "http://lokal.example/2012/05/08/krisenfest-kulturnacht/"
    assert normalize_url(f"{post}comment-page-1/") == post
    assert absolute_url(post, "comment-page-12/#comment-3307") == f"{post}#comment-3307"
    assert page_key(f"{post}Comment-Page-2?replytocom=5") == page_key(f"{post}?replytocom=5")
    # A slug that only ends in those words names its own page.
    assert normalize_url("http://lokal.example/the-comment-page-1a/") == "http://lokal.example/the-comment-page-1a/"


def test_a_run_of_slashes_in_a_path_is_one() -> None:
    # A site writes some links to its stories with a doubled slash after the host: the server reads one slash.
    assert normalize_url("http://www.site.example//2018/03/17/003/") == "http://www.site.example/2018/03/17/003/"
    assert normalize_url("http://www.site.example/news///a.html?x=1") == "http://www.site.example/news/a.html?x=1"
    # An address carried in the path keeps its scheme's two slashes.
    assert normalize_url("http://share.example/to/https://www.site.example/a") == "http://share.example/to/https://www.site.example/a"


def test_normalize_url_is_idempotent() -> None:
    once = normalize_url("HTTPS://WWW.Example.com/x?b=2&utm_term=z#top")
    assert normalize_url(once) == once


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/International/n3/2016/0705/c31356-9081464.html", "http://french.peopledaily.com.cn/International/n3/2016/0705/c31356-9081464.html"),
        ("c31357-9080999.html", "http://french.peopledaily.com.cn/Chine/c31357-9080999.html"),
        ("//en.people.cn/a.html", "http://en.people.cn/a.html"),
        ("  https://other.org/x  ", "https://other.org/x"),
        ("javascript:void(0)", None),
        ("JavaScript:openMenu()", None),
        ("mailto:redaction@example.com", None),
        ("tel:+33100000000", None),
        ("#top", None),
        ("data:text/html,hello", None),
        ("ftp://files.example.com/x", None),
        ("", None),
        # a stray mark a template set before a whole address: the address meant
        ("!https://other.org/gaming/a-story/", "https://other.org/gaming/a-story/"),
        ("'http://other.org/x", "http://other.org/x"),
        # a name that opens with a dash or a word is a path here, whatever follows
        ("-https://other.org/x", "http://french.peopledaily.com.cn/Chine/-https:/other.org/x"),
    ],
)
def test_absolute_url_resolves_links_and_rejects_non_pages(href: str, expected: str | None) -> None:
    assert absolute_url("http://french.peopledaily.com.cn/Chine/index.html", href) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.example.com/a", "http://example.com/b"),
        ("http://french.peopledaily.com.cn/", "http://www.peopledaily.com.cn/x"),
        ("https://www.example.com.cn/", "http://french.example.com.cn/y"),
        ("https://www.bbc.co.uk/news", "https://sport.bbc.co.uk/football"),
        ("https://news.example.org/", "https://www.example.org/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:9090/x"),
    ],
)
def test_same_site_accepts_www_and_sibling_subdomains(a: str, b: str) -> None:
    assert same_site(a, b)
    assert same_site(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Under com.cn and co.uk the registrable domain has three labels: these are different owners.
        ("http://french.peopledaily.com.cn/", "http://www.people.com.cn/"),
        ("https://www.bbc.co.uk/", "https://www.itv.co.uk/"),
        ("https://example.com/", "https://example.org/"),
        ("https://example.com/", "https://notexample.com/"),
        ("http://127.0.0.1/", "http://127.0.0.2/"),
        ("https://example.com/", "mailto:x@example.com"),
    ],
)
def test_same_site_rejects_other_sites(a: str, b: str) -> None:
    assert not same_site(a, b)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("french.peopledaily.com.cn", "peopledaily.com.cn"),
        ("www.example.co.uk", "example.co.uk"),
        ("a.b.example.com", "example.com"),
        ("www.lemonde.fr", "lemonde.fr"),
        ("example.com", "example.com"),
        # A two-letter name under a country code is the site's own, not a shared level like co.uk.
        ("sport.se.pl", "se.pl"),
        ("www.nu.nl", "nu.nl"),
        ("www.education.gouv.fr", "education.gouv.fr"),
    ],
)
def test_site_domain_keeps_three_labels_under_shared_second_levels(host: str, expected: str) -> None:
    assert site_domain(host) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://example.com/a", True),
        ("HTTPS://Example.com", True),
        ("https://[::1]:8443/", True),
        ("ftp://example.com/a", False),
        ("mailto:a@example.com", False),
        ("//example.com/a", False),  # relative to a scheme: not absolute
        ("/a/b.html", False),
        ("http:///a", False),  # no host
        ("http://[::1/", False),  # malformed: no exception, just no
        ("", False),
    ],
)
def test_is_http_url_accepts_only_absolute_http_with_a_host(url: str, expected: bool) -> None:
    assert is_http_url(url) is expected


def test_tracking_parameters_are_dropped_and_referral_ones_only_ignored_for_self_links() -> None:
    assert is_tracking("utm_source") and is_tracking("FBCLID")
    assert not is_tracking("src") and is_tracking("src", referral=True)
    assert is_tracking("intcid", referral=True) and not is_tracking("id", referral=True)
    # normalize_url keeps "?src=": on some sites it selects the page
    assert normalize_url("https://example.com/a?src=home") == "https://example.com/a?src=home"


def test_page_key_ignores_www_trailing_slash_order_and_referral_parameters() -> None:
    assert page_key("https://www.example.com/news/story/?intcid=CNI-1&utm_medium=x") == page_key(
        "http://example.com/news/story")
    assert page_key("https://example.com/news.php?id=7") != page_key("https://example.com/news.php?id=8")
    assert page_key("https://example.com/a?b=2&a=1") == page_key("https://example.com/a?a=1&b=2")
