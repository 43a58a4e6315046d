"""Tests for bot.news.listing: feeds and front pages read into entries, pure and offline."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.models import SourceKind
from bot.news.listing import (
    SUMMARY_MAX_CHARS,
    Listing,
    ListingError,
    detect_kind,
    parse_feed,
    parse_front_page,
    parse_listing,
)

FIXTURES = Path(__file__).parent / "fixtures" / "listing"
PD = "http://french.peopledaily.com.cn/"
PD_ARTICLE = PD + "{}"


def fixture(name: str) -> bytes:
    """Return the bytes of a fixture file."""
    return (FIXTURES / name).read_bytes()


# ---------------------------------------------------------------------------- detect_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("french_rss.xml", SourceKind.FEED),
        ("atom.xml", SourceKind.FEED),
        ("malformed_feed.xml", SourceKind.FEED),
        ("peopledaily_front.html", SourceKind.PAGE),
        ("english_front.html", SourceKind.PAGE),
        ("page_with_feed_link.html", SourceKind.PAGE),
        ("latin1_page.html", SourceKind.PAGE),
    ],
)
def test_detect_kind_reads_the_document_root(name: str, kind: SourceKind) -> None:
    assert detect_kind(fixture(name)) == kind


def test_detect_kind_trusts_the_document_over_a_wrong_content_type() -> None:
    # Servers often send feeds as text/html or text/plain.
    assert detect_kind(fixture("french_rss.xml"), "text/html; charset=utf-8") == SourceKind.FEED
    assert detect_kind(fixture("peopledaily_front.html"), "application/xml") == SourceKind.PAGE


def test_detect_kind_handles_rdf_stylesheets_and_text() -> None:
    rdf = '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>'
    assert detect_kind(rdf) == SourceKind.FEED
    assert detect_kind("\ufeff<html><body></body></html>") == SourceKind.PAGE
    assert detect_kind('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>') == SourceKind.FEED
    xhtml = '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html/>'
    assert detect_kind(xhtml, "application/xhtml+xml") == SourceKind.PAGE


@pytest.mark.parametrize("content_type", ["", "text/html", "text/xml"])
def test_a_page_or_feed_sent_as_bytes_after_a_utf8_byte_order_mark_is_read_as_itself(content_type: str) -> None:
    bom = b"\xef\xbb\xbf"
    page = bom + b"\r\n<!DOCTYPE html>\r\n<!--[if lt IE 7]><html class=ie6><![endif]--><html><body>" + (
        '<h2><a href="/monde/2024/03/05/une-histoire_123456.html">Une histoire du monde à lire</a></h2>'
        '<h2><a href="/monde/2024/03/05/une-autre_123457.html">Une autre histoire à lire aussi</a></h2>'
    ).encode() + b"</body></html>"
    assert detect_kind(page, content_type) == SourceKind.PAGE
    assert [e.title for e in parse_listing(page, "https://example.org/").entries] == [
        "Une histoire du monde à lire", "Une autre histoire à lire aussi"]
    feed = bom + fixture("french_rss.xml").lstrip(bom)
    assert detect_kind(feed, content_type) == SourceKind.FEED


def test_detect_kind_uses_the_content_type_when_the_root_says_nothing() -> None:
    assert detect_kind(b"<channel><item/></channel>", "application/rss+xml") == SourceKind.FEED


@pytest.mark.parametrize("content", [b'{"items": []}', b"", b"plain words, no markup", b"%PDF-1.4"])
def test_detect_kind_rejects_what_is_neither_feed_nor_page(content: bytes) -> None:
    with pytest.raises(ListingError, match="not a feed nor an HTML page"):
        detect_kind(content, "application/json")


# ---------------------------------------------------------------------------- feeds


def test_rss_entries_come_newest_first_with_undated_entry_after_its_predecessor() -> None:
    listing = parse_feed(fixture("french_rss.xml"), "http://french.peopledaily.com.cn/rss/Chine.xml")
    assert listing.kind == SourceKind.FEED
    assert listing.title == "Le Quotidien du Peuple en ligne - Chine"
    assert [e.url for e in listing.entries] == [
        PD + "Chine/n3/2016/0705/c31357-9081466.html",
        PD + "Chine/n3/2016/0704/c31357-9080953.html",  # undated: stays after the entry it follows
        PD + "Chine/n3/2016/0704/c31357-9080999.html",
        PD + "Culture/n3/2016/0701/c31358-9079000.html",
    ]


def test_rss_entry_fields_are_plain_text_and_utc() -> None:
    first, undated, flood, festival = parse_feed(fixture("french_rss.xml"), PD).entries
    # Whitespace collapsed, tracking parameters dropped from the link.
    assert first.title == "Xi Jinping appelle à approfondir la réforme et l'ouverture"
    assert first.published == datetime(2016, 7, 5, 0, 30, tzinfo=timezone.utc)
    assert first.summary == "Le président chinois a prononcé un discours « important »."
    assert undated.published is None
    # CDATA HTML becomes text: no tags, no image, entities decoded.
    assert flood.summary == (
        "Les pluies torrentielles qui frappent le sud de la Chine depuis une semaine ont fait 186 morts."
    )
    assert festival.summary == "Un festival & des millions de visiteurs."
    assert all(e.published is None or e.published.tzinfo == timezone.utc for e in (first, flood, festival))


def test_rss_skips_entries_without_link_and_keeps_first_of_duplicates() -> None:
    entries = parse_feed(fixture("french_rss.xml"), PD).entries
    titles = [e.title for e in entries]
    assert "Une entrée sans lien" not in titles
    assert "Inondations dans le sud de la Chine (doublon)" not in titles
    assert len({e.url for e in entries}) == len(entries)


def test_feed_given_as_text_ignores_its_stale_encoding_declaration() -> None:
    text = fixture("french_rss.xml").decode("utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    entries = parse_feed(text, PD).entries
    assert entries[0].title == "Xi Jinping appelle à approfondir la réforme et l'ouverture"


def test_atom_feed_resolves_relative_links_and_strips_html_titles() -> None:
    listing = parse_listing(fixture("atom.xml"), "https://www.example.org/blog/feed.atom")
    assert listing.kind == SourceKind.FEED
    assert listing.title == "Example Weekly"
    newer, older = listing.entries
    assert newer.url == "https://www.example.org/blog/2024/03/05/newer-post"
    assert newer.title == "Newer post with emphasis in the title"
    assert newer.published == datetime(2024, 3, 5, 8, 30, tzinfo=timezone.utc)
    assert newer.summary == "Body of the newer post."
    assert older.url == "https://www.example.org/blog/2024/03/01/older-post-about-gardens"


def test_feed_without_dates_keeps_document_order() -> None:
    items = "".join(
        f"<item><title>Story number {i}</title><link>http://n.example/{i}</link></item>" for i in (3, 1, 2)
    )
    feed = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    assert [e.title for e in parse_feed(feed, "http://n.example/rss").entries] == [
        "Story number 3",
        "Story number 1",
        "Story number 2",
    ]


def test_feed_entries_with_equal_dates_keep_document_order() -> None:
    date = "<pubDate>Tue, 05 Jul 2016 08:30:00 GMT</pubDate>"
    items = "".join(f"<item><title>T{i}</title><link>http://n.example/{i}</link>{date}</item>" for i in "abc")
    feed = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    assert [e.title for e in parse_feed(feed, "http://n.example/").entries] == ["Ta", "Tb", "Tc"]


def test_feed_summary_is_cut_at_a_word_boundary() -> None:
    long = "mot " * 400
    feed = (
        '<rss version="2.0"><channel><title>T</title><item><title>Long</title>'
        f"<link>http://n.example/1</link><description>{long}</description></item></channel></rss>"
    )
    summary = parse_feed(feed, "http://n.example/").entries[0].summary
    assert len(summary) <= SUMMARY_MAX_CHARS
    assert summary.endswith("mot…")


def test_malformed_feed_without_entries_is_an_error() -> None:
    with pytest.raises(ListingError, match="feed is malformed"):
        parse_listing(fixture("malformed_feed.xml"), "http://broken.example/feed")


def test_malformed_feed_that_still_has_entries_is_used() -> None:
    feed = (
        b"<rss version='2.0'><channel><title>x</title>"
        b"<item><title>Still readable</title><link>http://a.example/b</link></item>"
        b"<item><title>broken &bogus; entity</title><link>http://a.example/c</link></item>"
    )
    entries = parse_feed(feed, "http://a.example/rss").entries
    assert entries[0].title == "Still readable"


def test_empty_but_valid_feed_has_no_entries() -> None:
    listing = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', "http://q.example/")
    assert listing == Listing(kind=SourceKind.FEED, title="Quiet", entries=[])


def test_parse_feed_never_treats_its_input_as_a_url_or_a_file(tmp_path: Path) -> None:
    # feedparser fetches strings that look like URLs and opens strings that name files; ours must not.
    (tmp_path / "feed.xml").write_bytes(fixture("atom.xml"))
    with pytest.raises(ListingError):
        parse_feed("http://127.0.0.1:9/feed.xml", "http://127.0.0.1:9/")
    with pytest.raises(ListingError):
        parse_feed(str(tmp_path / "feed.xml"), "http://x.example/")


# ---------------------------------------------------------------------------- front pages

PD_EXPECTED = [
    ("Chine/n3/2016/0705/c31357-9081466.html", "Xi Jinping appelle à approfondir la réforme et l'ouverture"),
    ("International/n3/2016/0705/c31356-9081464.html", "Brexit : Nigel Farage démissionne de la présidence du UKIP"),
    ("International/n3/2016/0705/c31356-9081462.html", "Attentat de Bagdad : le bilan s'alourdit à plus de 200 morts"),
    ("International/n3/2016/0704/c31356-9080871.html", "Japon : sept Japonais tués dans l'attaque de Dacca"),
    ("Chine/n3/2016/0704/c31357-9080999.html", "Inondations dans le sud de la Chine : 186 morts et 45 disparus"),
    ("Chine/n3/2016/0704/c31357-9080953.html", "Le premier ministre chinois rencontre des entrepreneurs"),
    ("Economie/n3/2016/0705/c31355-9081401.html", "La Chine va réduire ses capacités de production d'acier"),
    ("Economie/n3/2016/0704/c31355-9080900.html", "L'AIIB approuve ses premiers prêts pour 509 millions de dollars"),
    ("Culture/n3/2016/0705/c31358-9081300.html", "Le festival de la bière de Qingdao attire des millions de visiteurs"),
    ("Insolite/n3/2016/0703/c31360-9080500.html", "Un chat devient chef de gare dans le Hunan"),
    ("Sports/n3/2016/0702/c31359-9080100.html", "Euro 2016 : le Portugal se qualifie pour la finale"),
]


def test_front_page_lists_article_headlines_in_document_order() -> None:
    listing = parse_listing(fixture("peopledaily_front.html"), PD)
    assert listing.kind == SourceKind.PAGE
    assert listing.title == "Le Quotidien du Peuple en ligne"
    assert listing.feed_url is None
    assert [(e.url, e.title) for e in listing.entries] == [(PD + path, title) for path, title in PD_EXPECTED]


@pytest.mark.parametrize("root", ['<html lang="fr" />', '<html/>', '<HTML xmlns="http://www.w3.org/1999/xhtml"/>'])
def test_a_page_whose_root_is_written_self_closed_is_read_whole(root: str) -> None:
    # XHTML's empty-element form on the root (and on <body>) is read as the start tag: libxml2 would close the root there
    # and the page's stories would be lost ("no article links found").
    page = fixture("peopledaily_front.html").decode()
    page = re.sub(r"<html[^>]*>", root, page, count=1)
    page = re.sub(r"<body([^>]*)>", r"<body\1 />", page, count=1)
    assert [(e.url, e.title) for e in parse_front_page(page.encode(), PD).entries] == [
        (PD + path, title) for path, title in PD_EXPECTED]


def test_front_page_top_story_keeps_image_link_position_and_headline_text() -> None:
    # The image link comes first (no text), then the headline, then "[Plus]": one entry, the headline.
    top = parse_front_page(fixture("peopledaily_front.html"), PD).entries[0]
    assert top.title.startswith("Xi Jinping")


def test_front_page_skips_navigation_footer_sharing_and_other_sites() -> None:
    urls = {e.url for e in parse_front_page(fixture("peopledaily_front.html"), PD).entries}
    assert PD + "Photos/n3/2016/0705/c31362-9081470.html" not in urls  # in the header nav
    assert PD + "about/n3/2016/0101/c31000-8900000.html" not in urls  # in the footer
    assert PD + "Chine/n3/2016/0601/c31357-9060000.html" not in urls  # in the footer
    assert PD + "Chine/n3/2016/0705/c31357-9081499.html" not in urls  # in a sharing block
    assert PD + "Chine/n3/2016/0701/c31357-0000000.html" not in urls  # written by a script
    assert all(u.startswith(PD) for u in urls)


def test_front_page_drops_short_labels_and_uses_title_attribute() -> None:
    entries = parse_front_page(fixture("peopledaily_front.html"), PD).entries
    assert PD + "Chine/n3/2016/0704/c31357-9080950.html" not in {e.url for e in entries}  # "Santé"
    festival = next(e for e in entries if "9081300" in e.url)
    assert festival.title == "Le festival de la bière de Qingdao attire des millions de visiteurs"


def test_front_page_duplicate_link_keeps_first_position_and_longest_headline() -> None:
    entries = parse_front_page(fixture("peopledaily_front.html"), PD).entries
    flood = [e for e in entries if "9080999" in e.url]
    assert len(flood) == 1  # also in "les plus lus", shorter there
    assert flood[0].title == "Inondations dans le sud de la Chine : 186 morts et 45 disparus"
    assert [e.url for e in entries].index(flood[0].url) == 4


def test_front_page_rules_hold_for_an_english_site_of_another_shape() -> None:
    listing = parse_listing(fixture("english_front.html"), "https://www.riversidecourier.co.uk/")
    assert listing.kind == SourceKind.PAGE
    assert listing.title == "The Riverside Courier"  # og:site_name wins over <title>
    assert listing.feed_url == "https://www.riversidecourier.co.uk/feed/"
    assert [(e.url, e.title) for e in listing.entries] == [
        (
            "https://www.riversidecourier.co.uk/2024/03/05/council-approves-new-bridge-over-the-river/",
            "Council approves £40m bridge over the river after decade of debate",
        ),
        (
            "https://www.riversidecourier.co.uk/2024/03/05/local-school-wins-national-robotics-contest/",
            "Local school wins national robotics contest",
        ),
        (
            # Tracking parameter dropped; a link wrapping a heading and a teaser takes the heading.
            "https://riversidecourier.co.uk/2024/03/04/flood-warnings-lifted-as-water-levels-fall/",
            "Flood warnings lifted as water levels fall",
        ),
        (
            # A sibling subdomain, a long slug and no date.
            "https://sport.riversidecourier.co.uk/football/riverside-rovers-promoted-after-late-winner",
            "Riverside Rovers promoted after late winner",
        ),
        (
            "https://www.riversidecourier.co.uk/2024/03/03/market-square-reopens-after-two-year-restoration/",
            "Market square reopens after two-year restoration",
        ),
    ]


def test_front_page_feed_link_and_base_href_resolve_to_absolute_urls() -> None:
    listing = parse_front_page(fixture("page_with_feed_link.html"), "https://www.tagesbeispiel.de/")
    assert listing.feed_url == "https://www.tagesbeispiel.de/feeds/alle.atom"
    assert [e.url for e in listing.entries] == [
        "https://www.tagesbeispiel.de/nachrichten/politik/bundestag-beschliesst-neues-gesetz-zur-rente-123456.html",
        "https://www.tagesbeispiel.de/nachrichten/wirtschaft/inflation-sinkt-im-februar-deutlich.html",
    ]


def test_front_page_accepts_short_cjk_headlines() -> None:
    html = """<html><head><title>人民网</title></head><body>
      <ul><li><a href="/n1/2024/0305/c1001-40188000.html">全国两会在北京隆重开幕</a></li>
          <li><a href="/n1/2024/0305/c1001-40188001.html">更多</a></li></ul></body></html>"""
    entries = parse_front_page(html, "http://www.people.com.cn/").entries
    assert [e.title for e in entries] == ["全国两会在北京隆重开幕"]


def test_front_page_accepts_five_character_cjk_headlines_on_dated_stories_only() -> None:
    html = """<html><body><ul>
      <li><a href="/travel/2014-09/06/c_126961367.htm">明星也爱路边摊</a></li>
      <li><a href="/info/2014-09/07/c_133626512.htm">国货亮相IFA</a></li>
      <li><a href="/world/2014-09/07/c_126961989.htm">国际</a></li>
      <li><a href="/special/lubiantan/">明星也爱路边摊</a></li></ul></body></html>"""
    entries = parse_front_page(html, "http://www.example.cn/").entries
    assert [e.title for e in entries] == ["明星也爱路边摊", "国货亮相IFA"]


@pytest.mark.parametrize(
    "href",
    [
        "/",
        "/index.html",
        "/International/",
        "/International/index.html",
        "/tag/politique-internationale-et-diplomatie/",
        "/author/jean-pierre-martin-dupont/",
        "/category/politique-internationale-et-diplomatie/",
        "/search?q=chine+et+france",
        "/login?next=/2024/03/05/a-b-c-d",
        "/feed/",
        "/rss/2024/chine.xml",
        "/images/2024/03/05/photo-du-jour-en-grand.jpg",
        "/docs/2024/rapport-annuel-complet.pdf",
        "/page/2",
        "/a-propos",
    ],
)
def test_front_page_ignores_links_that_are_not_articles(href: str) -> None:
    html = f"""<html><body>
      <a href="{href}">Un titre assez long pour passer pour un titre</a>
      <a href="/Monde/n3/2024/0305/c31356-9000000.html">Un vrai article avec un vrai titre</a>
    </body></html>"""
    entries = parse_front_page(html, "https://news.example.fr/").entries
    assert [e.url for e in entries] == ["https://news.example.fr/Monde/n3/2024/0305/c31356-9000000.html"]


@pytest.mark.parametrize(
    "wrapper",
    [
        '<nav>{}</nav>',
        '<header class="site-header">{}</header>',
        '<footer>{}</footer>',
        '<div role="navigation">{}</div>',
        '<div class="mainMenu">{}</div>',
        '<ul id="topnav">{}</ul>',
        '<div class="breadcrumbs">{}</div>',
        '<div class="pagination">{}</div>',
        '<aside class="sidebar-menu">{}</aside>',
        '<div class="share-tools">{}</div>',
        '<div class="social">{}</div>',
    ],
)
def test_front_page_ignores_article_links_inside_navigation(wrapper: str) -> None:
    link = '<a href="/monde/2024/03/05/un-article-dans-la-navigation/">Un article placé dans la navigation</a>'
    html = f"""<html><body>{wrapper.format(link)}
      <a href="/monde/2024/03/05/le-vrai-article/">Le vrai article de la une du jour</a></body></html>"""
    entries = parse_front_page(html, "https://news.example.fr/").entries
    assert [e.title for e in entries] == ["Le vrai article de la une du jour"]


def test_front_page_keeps_links_in_article_headers_and_unrelated_classes() -> None:
    # <header> inside <article> is the story's header; "navy" and "unavailable" are not "nav".
    html = """<html><body>
      <article><header><h2><a href="/2024/03/05/story-in-an-article-header/">Story in an article header</a></h2></header></article>
      <div class="navy-blue unavailable"><a href="/2024/03/05/story-in-a-blue-box/">Story in a blue box today</a></div>
      <aside class="most-read"><a href="/2024/03/04/most-read-story-of-the-week/">Most read story of the week</a></aside>
    </body></html>"""
    titles = [e.title for e in parse_front_page(html, "https://news.example.com/").entries]
    assert titles == ["Story in an article header", "Story in a blue box today", "Most read story of the week"]


def test_front_page_keeps_block_headers_but_not_the_site_header() -> None:
    # A <header> inside a <section> heads a block of stories; the <body>'s <header> is the site's.
    html = """<html><body>
      <header><a href="/2024/03/05/site-header-promo-for-the-app/">Site header promo for the app</a></header>
      <section class="une"><header><h2><a href="/2024/03/05/top-story-in-block-header/">Top story in a block header</a></h2></header></section>
    </body></html>"""
    titles = [e.title for e in parse_front_page(html, "https://news.example.com/").entries]
    assert titles == ["Top story in a block header"]


def test_front_page_ignores_link_text_that_is_only_a_date() -> None:
    html = """<html><body>
      <a href="/2016/07/05/c31356-9081464.html"><time datetime="2016-07-05">Mardi 5 juillet 2016 à 08h30</time></a>
      <a href="/2016/07/05/c31356-9081465.html">Un article dont le titre est un vrai titre</a>
    </body></html>"""
    titles = [e.title for e in parse_front_page(html, "https://news.example.fr/").entries]
    assert titles == ["Un article dont le titre est un vrai titre"]


def test_front_page_without_article_links_is_an_error() -> None:
    html = '<html><head><title>Empty</title></head><body><nav><a href="/a">A</a></nav></body></html>'
    with pytest.raises(ListingError, match="no article links found"):
        parse_front_page(html, "https://news.example.com/")


def test_parse_listing_honours_an_explicit_kind() -> None:
    with pytest.raises(ListingError):
        parse_listing(fixture("peopledaily_front.html"), PD, SourceKind.FEED)
    assert parse_listing(fixture("peopledaily_front.html"), PD, SourceKind.PAGE).kind == SourceKind.PAGE
