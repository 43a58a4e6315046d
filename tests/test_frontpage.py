"""Tests for bot.news.frontpage: which links of small hand-written front pages are stories, and which is the lead."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest

from bot.news.frontpage import read_front_page
from bot.news.frontpage.addresses import NOT_STORY, SURE_STORY, path_kind, slug_is
from bot.news.frontpage.headlines import teaser_title, without_tail

SITE = "https://news.example.com/"


def page(body: str) -> list[tuple[str, str]]:
    """Return the (path, title) of the entries read_front_page finds in a page with this body."""
    entries = read_front_page(f"<html><body>{body}</body></html>", SITE).entries
    return [(e.url.removeprefix(SITE.rstrip("/")), e.title) for e in entries]


def headlines_of_headings(texts: list[str]) -> list[str]:
    """Return the titles read_front_page gives dated stories whose headings hold these texts, one each."""
    html = "".join(f'<h2><a href="/2026/03/0{n}/story-{n}/">{text}</a></h2>' for n, text in enumerate(texts, 1))
    return [title for _, title in page(html)]


def headed(path: str, words: str) -> str:
    """Return a teaser: a heading holding a link to this path under these words."""
    return f'<h2><a href="{path}">{words}</a></h2>'


def story(n: int, words: str = "a headline of several words") -> str:
    """Return a teaser: a heading holding a link to a dated story."""
    return f'<article><h2><a href="/2026/03/01/story-{n}/">Story {n}: {words}</a></h2></article>'


# ---------------------------------------------------------------------------- the lead


def test_lead_is_not_a_line_of_a_ticker_of_several_stories() -> None:
    entries = page(f'<div class="news-ticker">{story(1)}{story(2)}</div><main>{story(3)}{story(4)}</main>')
    assert entries[0][0] == "/2026/03/01/story-3/"
    assert [path for path, _ in entries[1:]] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2026/03/01/story-4/"]


def test_lead_is_not_a_line_of_a_marquee_element_whatever_its_box_is_called() -> None:
    # (the old scrolling element: "<div class=latesetNewsText><marquee>...", its class misspelled, no ticker's word)
    ticker = f'<div class="latesetNewsText"><marquee>{story(1)}{story(2)}</marquee></div>'
    assert page(ticker + f'<div class="localImage">{story(3)}</div>')[0][0] == "/2026/03/01/story-3/"


def test_lead_is_not_a_line_of_a_marquee_its_class_abbreviates() -> None:
    entries = page(f'<div class="news-marq"><div class="marq" id="news">{story(1)}{story(2)}</div></div>'
                   f'<main>{story(3)}{story(4)}</main>')
    assert entries[0][0] == "/2026/03/01/story-3/"
    # (a word that only holds the letters is no marquee: "marquis", "remarque")
    assert page(f'<div class="marquis-row">{story(1)}{story(2)}</div><main>{story(3)}</main>')[0][0] == "/2026/03/01/story-1/"


def test_lead_is_the_first_slide_of_a_glider_carousel_though_its_class_calls_it_a_scroller() -> None:
    # (Glider.js, a carousel's script: "scroller" names how its slides move, not a ticker scrolling the newest lines)
    slides = "".join(f'<div class="section"><div class="titre"><a href="/2026/03/01/story-{n}/">Story {n}: a headline of several'
                     f" words</a></div></div>" for n in (1, 2, 3))
    below = f'<div class="eau">{story(4)}{story(5)}</div>'
    assert page(f'<div class="scroller" id="my-glider13193766">{slides}</div>{below}')[0][0] == "/2026/03/01/story-1/"
    # (a scroller of its own is still a strip of the newest lines)
    assert page(f'<div class="scroller" id="news-13193766">{slides}</div>{below}')[0][0] == "/2026/03/01/story-4/"


def test_lead_is_not_a_teaser_of_a_dropdown_panel_of_top_articles_above_the_page() -> None:
    # (a panel shown when the reader opens it, its own slider inside: "topArticlesDropdown")
    panel = f'<div id="topArticlesDropdown" class="topArticlesDropdown"><div class="flexslider">{story(1)}{story(2)}</div></div>'
    assert page(panel + f'<section class="newsBlock">{story(3)}{story(4)}</section>')[0][0] == "/2026/03/01/story-3/"



def test_lead_is_not_a_story_of_a_tab_pane_its_tab_names_the_most_read() -> None:
    # (the pane's own class says nothing; its tab, a link to the pane's id, names it: "најчитани 7 дена", most read)
    panes = (f'<div class="tabs_framed"><ul class="tabs"><li><a href="#tabs_2_2">најчитани 7 дена</a></li>'
             f'<li><a href="#tabs_2_3">Most commented</a></li></ul>'
             f'<div class="tabcontent" id="tabs_2_2"><div class="inner">{story(1)}{story(2)}</div></div>'
             f'<div class="tabcontent" id="tabs_2_3"><div class="inner">{story(5)}</div></div></div>')
    assert page(panes + f'<section class="newsBlock">{story(3)}{story(4)}</section>')[0][0] == "/2026/03/01/story-3/"
    # (a pane its tab names otherwise is still the page's)
    other = panes.replace("најчитани 7 дена", "Политика").replace("Most commented", "Економија")
    assert page(other + f'<section class="newsBlock">{story(3)}{story(4)}</section>')[0][0] == "/2026/03/01/story-1/"

def test_lead_is_not_a_slide_of_a_slider_of_the_newest_stories_but_one_named_for_the_site_may_lead() -> None:
    slides = "".join(f'<li><h5><a href="/2026/03/01/story-{n}/">Story {n}: a headline of several words</a></h5></li>'
                     for n in (1, 2))
    slides = f'<div class="justSlider"><ul class="slides">{slides}</ul></div>'
    below = f'<section class="newsBlock"><div class="topNewsOfDay">{story(3)}</div>{story(4)}</section>'
    latest = f'<div class="fullWidthSlider" id="latest-sldier">{slides}</div>'
    assert page(latest + below)[0][0] == "/2026/03/01/story-3/"
    # (sondakika.com, "latest news" in Turkish, calls its headline slider by its own name)
    named = f'<div class="bx-slider-sondakika" id="sondakika-slider">{slides}</div>'
    entries = read_front_page(f"<html><body>{named}{below}</body></html>", "https://www.sondakika.com/").entries
    assert entries[0].url == "https://www.sondakika.com/2026/03/01/story-1/"
    # (nor is a carousel whose every item its class calls one of the newest stories)
    items = "".join(f'<div class="latestItem"><img src="/i/{n}.jpg"><a href="/2026/03/01/story-{n}/">Story {n}: a headline'
                    ' of several words</a></div>' for n in (1, 2))
    assert page(f'<div class="topCarousel">{items}</div>{below}')[0][0] == "/2026/03/01/story-3/"
    assert page(f'<div class="topCarousel">{items.replace("latestItem", "item")}</div>{below}')[0][0] == \
        "/2026/03/01/story-1/"


def test_lead_is_not_a_topic_of_a_bar_of_the_days_topics_above_the_page() -> None:
    topics = ('<div id="in-the-news"><strong>In the News:</strong><ul><li><a href="/2026/03/01/story-1/">mobile phone penetration'
              ' surges</a></li><li><a href="/2026/03/01/story-2/">startups rewarded by the agency</a></li></ul></div>')
    entries = page(topics + f'<div class="content">{story(3)}{story(4)}</div>')
    assert entries[0][0] == "/2026/03/01/story-3/"


def test_a_tag_the_story_is_filed_under_in_its_teasers_class_makes_no_breaking_news_bar() -> None:
    # A CMS writes the story's tags on its teaser ("taxonomy-breaking-news"): the top story, not a one-line ticker.
    def teaser(n: int, tag: str) -> str:
        return (f'<div class="node node-story taxonomy-{tag} block-module"><div class="image"><a href="/2026/03/01/story-{n}/">'
                f'<img src="{n}.jpg"></a></div><span class="header-title"><a href="/2026/03/01/story-{n}/">Story {n}: a'
                " headline of several words</a></span></div>")
    entries = page(f'<div class="collection-stories-top">{teaser(1, "breaking-news")}{teaser(2, "wole-soyinka")}</div>')
    assert entries[0][0] == "/2026/03/01/story-1/"
    # (a bar the page itself calls breaking still is one)
    assert page(f'<div class="breaking-news">{teaser(1, "politics")}</div>{story(2)}')[0][0] == "/2026/03/01/story-2/"


def test_an_empty_link_over_a_teaser_whose_title_attribute_is_broken_takes_the_teasers_heading_beside_share_icons() -> None:
    # The page broke its quotes (title="Santo: " es un orgullo ..."): the teaser's heading names the story, not the
    # attribute's "Santo:", though the teaser holds share buttons that link nowhere; so the story may lead.
    teaser = ('<article class="info-general"><a class="cover-link" href="/info-general/santo-orgullo-20180317-0085.html"'
              ' title="Santo: " es un orgullo volver""></a><span class="entry-label">Info General</span>'
              '<div class="entry-share"><a title="Compartí en Facebook" href="#" class="ic-fbk" onclick="share()"></a>'
              '<a title="Compartí en Twitter" href="javascript:void(0)" class="ic-tw"></a></div><figure><img src="s.jpg"'
              ' alt="Santo sabe de la importancia"></figure><div class="entry-data"><h2 class="title-font"><span>Santo: "Es un'
              ' orgullo volver a Crónica"</span></h2></div></article>')
    assert page(teaser + story(2)) == [("/info-general/santo-orgullo-20180317-0085.html", 'Santo: "Es un orgullo volver a Crónica"'),
                                       ("/2026/03/01/story-2/", "Story 2: a headline of several words")]


def test_the_pages_main_column_is_no_strip_whatever_else_its_class_says() -> None:
    # "main_content pt-header": the main column, spaced under the header; its slider's first slide leads, not a story
    # first linked from it that a later showcase links again outside it.
    slider = (f'<section class="main_content pt-header"><div class="manset">{story(1)}{story(2)}</div></section>'
              f'<section class="main_content proSlider">{story(2)}</section>')
    assert page(slider)[0][0] == "/2026/03/01/story-1/"
    # (a header that is only a header is still a strip)
    assert page(f'<div class="site-header">{story(1)}{story(2)}</div><main>{story(3)}</main>')[0][0] == "/2026/03/01/story-3/"


def test_lead_is_not_a_line_of_a_side_feed_set_before_the_page() -> None:
    # A theme's slide-out side feed ("jeg_sidecontent" > "jeg_sidefeed") written first in the body: not the main column.
    side = f'<div id="jeg_sidecontent"><div class="jeg_sidefeed">{story(1)}{story(2)}</div></div>'
    assert page(side + f'<div class="jeg_slider">{story(2)}</div>{story(3)}')[0][0] == "/2026/03/01/story-2/"


def test_the_featured_block_with_its_own_related_links_is_the_top_storys_place_not_a_list_of_related_links() -> None:
    # "destaqueBig relacionados_peq": Portuguese "big highlight" with "small related" links under its headline.
    top = (f'<div class="col-xs-12 destaqueBig relacionados_peq"><div class="tit"><a href="/2026/03/01/story-1/">Story 1: a'
           ' headline of several words</a></div><ul><li><a href="/2026/03/01/story-4/">Story 4: a related story of the'
           f' top</a></li></ul></div><div class="destaque">{story(2)}</div>{story(3)}')
    assert page(top)[0][0] == "/2026/03/01/story-1/"
    # (a teaser's list of related links alone is still no place for the lead)
    related = ('<ul class="relacionados"><li><a href="/2026/03/01/story-1/">Story 1: a headline of several words</a></li>'
               f'<li><a href="/2026/03/01/story-2/">Story 2: a headline of several words</a></li></ul><main>{story(3)}</main>')
    assert page(related)[0][0] == "/2026/03/01/story-3/"


def test_lead_is_not_a_clip_of_a_video_bar_in_the_header() -> None:
    clips = "".join(f'<li><div class="video-bar-text"><a href="/coffee/video/2026/03/01/clip-{n}/">Clip {n}: a moment of the'
                    f" evening show on the channel</a></div></li>" for n in range(10))
    bar = f'<header><section class="video-bar-w"><div class="video-bar"><ul>{clips}</ul></div></section></header>'
    entries = page(bar + f'<section class="top"><article class="apertura">{story(2)}</article></section>')
    assert entries[0][0] == "/2026/03/01/story-2/" and len(entries) == 11


def test_lead_is_not_a_clip_of_a_turkish_video_area_floated_beside_the_headline_slider() -> None:
    # ("sag-video-alani": the right column's video area, first in the markup, floated right of the manşet)
    clip = f'<div class="sag-haberalani fRightIm"><div class="sag-video-alani">{story(1)}</div></div>'
    manset = f'<div class="sol-haberalani"><div class="home_manset" id="anamanset">{story(2)}{story(3)}</div></div>'
    assert page(clip + manset)[0][0] == "/2026/03/01/story-2/"


def test_lead_is_not_a_slide_of_a_video_slide_block_above_the_headline_slider() -> None:
    slides = "".join(f"<li>{story(n)}</li>" for n in (1, 2))
    html = (f'<div class="index-video-slide"><ul class="overview">{slides}</ul></div>'
            f'<div class="headline" id="headline"><ul class="overview"><li>{story(3)}</li><li>{story(4)}</li></ul></div>')
    assert page(html)[0][0] == "/2026/03/01/story-3/"


def test_lead_is_not_a_slide_of_a_video_slider_above_the_main_headlines() -> None:
    # A slider of video clips ("video_slider") is a strip of videos like a video carousel, not the top story's slider.
    slides = "".join(f'<li class="slide">{story(n, "a video clip of the evening")}</li>' for n in (1, 2, 3))
    html = f'<div class="video_slider"><ul class="content-slider">{slides}</ul></div><section>{story(4)}{story(5)}</section>'
    entries = page(html)
    assert entries[0][0] == "/2026/03/01/story-4/" and len(entries) == 5
    # (a slider of the top stories still gives the lead)
    assert page(html.replace("video_slider", "top_slider"))[0][0] == "/2026/03/01/story-1/"


def test_a_header_stamp_of_the_last_update_linking_the_newest_story_is_neither_its_headline_nor_the_lead() -> None:
    header = '<header><p><a href="/2026/03/01/story-2/">Dernière mise à jour à 08h36 le 05/07</a></p></header>'
    italian = '<div><a href="/2026/03/01/story-3/">Ultimo aggiornamento: lunedì 19 marzo 2018 14:53</a></div>'
    got = page(header + italian + story(1) + story(2) + story(3))
    assert [path for path, _ in got] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2026/03/01/story-3/"]
    assert [title for _, title in got][1:] == ["Story 2: a headline of several words", "Story 3: a headline of several words"]
    # a headline the word opens is a headline
    updated = '<h2><a href="/2026/03/01/story-4/">Updated: ten dead after a plane crash-lands in a house</a></h2>'
    assert page(updated + story(1))[0] == ("/2026/03/01/story-4/", "Updated: ten dead after a plane crash-lands in a house")


def test_lead_is_the_story_whose_own_teaser_opens_the_main_column_though_a_ticker_above_listed_it_first() -> None:
    entries = page(f'<div class="news-ticker">{story(3)}{story(1)}</div><main>{story(1)}{story(2)}</main>')
    assert entries[0][0] == "/2026/03/01/story-1/"  # not story 2, the first story first shown outside the ticker


def dated(day: str, n: int) -> str:
    """Return a teaser of a story filed under a day ("2026/03/01") in its address."""
    return f'<article><h2><a href="/{day}/story-{n}/">Story {n}: a headline of several words</a></h2></article>'


def test_lead_is_not_a_story_its_address_files_months_before_the_pages_other_stories() -> None:
    # An old announcement a page keeps linked at its top ("the new layout", two years old) is no top story of the day
    old = dated("2024/09/26", 1)
    entries = page(old + "".join(dated("2026/03/17", n) for n in range(2, 7)))
    assert entries[0][0] == "/2026/03/17/story-2/"
    assert "/2024/09/26/story-1/" in [path for path, _ in entries]  # (still listed: a story, only not the lead)
    # a day glued to the slug's end, a time of day after it, dates it too
    glued = ['<h2><a href="/new-layout-announced-20240926151850618.chn">The new layout announced today for all</a></h2>'] + [
        f'<h2><a href="/story-{n}-of-the-day-2026031700{n}326972.chn">Story {n}: a headline of several words</a></h2>'
        for n in range(2, 7)]
    assert page("".join(glued))[0][0] == "/story-2-of-the-day-20260317002326972.chn"


def test_lead_is_not_a_story_its_address_numbers_with_two_digits_fewer_than_the_pages_other_stories() -> None:
    # The editor's letter a header keeps linked, numbered when the site had a hundredth of its stories
    def numbered(number: int) -> str:
        return f'<h2><a href="/articles/{number}-a-story-of-the-day">A story of the day: a headline of words</a></h2>'
    old = numbered(43141)
    entries = page(old + "".join(numbered(1002570 + n) for n in range(8)))
    assert entries[0][0] == "/articles/1002570-a-story-of-the-day"
    assert "/articles/43141-a-story-of-the-day" in [path for path, _ in entries]  # (still listed, only not the lead)
    # (one digit fewer, or too few stories numbered alike, say nothing: a site's numbers grow by tenfold in time)
    assert page(numbered(943141) + "".join(numbered(1002570 + n) for n in range(8)))[0][0] \
        == "/articles/943141-a-story-of-the-day"
    assert page(old + "".join(numbered(1002570 + n) for n in range(6)))[0][0] == "/articles/43141-a-story-of-the-day"


def test_lead_is_the_first_story_of_a_grid_rows_wide_column_not_of_a_narrow_side_column_before_it() -> None:
    def row(first: str, second: str) -> str:
        return (f'<div class="row"><div class="{first}">{story(1)}{story(2)}</div>'
                f'<div class="{second}">{story(3)}{story(4)}</div></div>')
    assert page(row("col col-md-3 col-sm-3 col-xs-12", "col col-md-6 col-sm-6 col-xs-12"))[0][0] == "/2026/03/01/story-3/"
    # the widest screen's width counts: a column of four there beside one of eight
    assert page(row("col-sm-4 top-story", "col-sm-12 col-lg-8"))[0][0] == "/2026/03/01/story-3/"
    # not beside a column barely wider, nor above a row of the whole width
    assert page(row("col-md-5", "col-md-6"))[0][0] == "/2026/03/01/story-1/"
    assert page(row("col-md-3", "col-md-12"))[0][0] == "/2026/03/01/story-1/"
    # ... and of a 960-pixel grid, its columns counted in its container's ("grid-6" beside "grid-12" in "container-24")
    def fixed(container: str, first: str, second: str) -> str:
        return row(first, second).replace('<div class="row">', f'<div class="zone {container}">', 1)
    assert page(fixed("container-24", "grid-6 region", "grid-12 region"))[0][0] == "/2026/03/01/story-3/"
    assert page(fixed("container-12", "grid-6 region", "grid-6 region"))[0][0] == "/2026/03/01/story-1/"
    # ... and of Bootstrap 2's grid ("span3" beside "span6")
    assert page(row("span3", "span6"))[0][0] == "/2026/03/01/story-3/"
    assert page(row("span4", "span5"))[0][0] == "/2026/03/01/story-1/"


def test_a_themes_section_header_that_holds_the_pages_grid_of_stories_is_no_masthead() -> None:
    # A Drupal theme's zones of the whole page inside its "section-header": a side column's list of the day's stories,
    # each with its author, beside the wide column's picture story.
    lines = "".join(f'<li><a href="/story/1229{n:02d}">Story {n}: the day\'s headline of several words</a>'
                    f'<div class="author">By: <a href="/profile/9785{n}">Reporter {n}</a></div></li>' for n in range(1, 12))
    header = ('<header class="section section-header" id="section-header"><div class="zone container-24">'
              '<nav><a href="/">Home</a><a href="/politics">Politics</a></nav>'
              f'<div class="grid-6 region"><ul>{lines}</ul></div>'
              '<div class="grid-12 region"><div class="views-row"><a href="/story/122990">The top story of the day in a'
              ' headline of words</a><a href="/story/122990"><img src="/flat-580/1.jpg" alt=""></a></div></div>'
              "</div></header>")
    entries = page(header)
    assert len(entries) == 12
    assert entries[0][0] == "/story/122990"


def test_a_bare_first_link_yields_the_lead_to_a_headed_teaser_with_a_picture_just_below() -> None:
    bare = '<p><a href="/2026/03/01/story-1/">Story 1: a headline of several words</a></p>'
    pictured = ('<article><a href="/2026/03/01/story-2/"><img src="2.jpg"></a>'
                '<h2><a href="/2026/03/01/story-2/">Story 2: a headline of several words</a></h2></article>')
    assert page(bare + pictured + story(3))[0][0] == "/2026/03/01/story-2/"
    # not where the first story is headed, nor for a teaser headed small or shown without a picture
    assert page(story(1) + pictured)[0][0] == "/2026/03/01/story-1/"
    assert page(bare + pictured.replace("h2", "h4"))[0][0] == "/2026/03/01/story-1/"
    assert page(bare + story(2))[0][0] == "/2026/03/01/story-1/"


def test_a_headline_leaves_out_a_separators_slash_a_lone_asterisk_and_a_flags_or_alerts_emoji_before_it() -> None:
    assert headlines_of_headings(["/ Govt plans for green urbanisation", "*Gobierno anuncia un plan de vivienda",
                                  "🇫🇷 Paris : un homme arrêté après une course-poursuite", "🔴 LIVE Milano, la giunta approva"
                                  " il bilancio", "*** Borsa güne yükselişle başladı bugün"]) == [
        "Govt plans for green urbanisation", "Gobierno anuncia un plan de vivienda",
        "Paris : un homme arrêté après une course-poursuite", "LIVE Milano, la giunta approva il bilancio",
        "*** Borsa güne yükselişle başladı bugün"]


def test_a_story_a_few_days_older_than_the_pages_others_may_still_lead() -> None:
    entries = page(dated("2026/03/10", 1) + "".join(dated("2026/03/17", n) for n in range(2, 7)))
    assert entries[0][0] == "/2026/03/10/story-1/"
    # nor does a page with few dated stories say which day is its own
    assert page(dated("2024/09/26", 1) + dated("2026/03/17", 2) + dated("2026/03/17", 3))[0][0] == "/2024/09/26/story-1/"


def test_lead_is_not_the_line_of_a_sites_announcement_or_notice_bar() -> None:
    for bar in ("announcement announcement-bar", "notice-wrapper", "site-notices-bar"):
        line = '<a href="/event-info/meetup-pitch-off-new-york-2016/">NY Meetup Tonight: join us for the pitch-off</a>'
        entries = page(f'<div class="{bar}">{line}</div><main>{story(1)}{story(2)}</main>')
        assert entries[0][0] == "/2026/03/01/story-1/", bar


def test_lead_is_not_a_story_a_scoreboard_first_links_by_an_empty_link_over_its_scores() -> None:
    scores = "".join(f'<div class="m-nba"><a href="/2026/03/01/story-{n}/" class="link"></a><div class="team"><span'
                     f' class="score">12{n}</span><span class="name">PHI</span></div></div>' for n in (1, 2))
    entries = page(f'<div class="m-scoreboard">{scores}</div><main>{story(3)}{story(1)}{story(2)}</main>')
    assert entries[0][0] == "/2026/03/01/story-3/"
    # ... but an empty link laid over the top teaser, its heading beside it (and its comments' count), leads
    hero = ('<div class="article_container"><a href="/2026/03/01/story-4/" class="article_link"></a><img src="/h.jpg" alt="">'
            '<h1>Story 4: the top story of the day</h1><a href="#article_all_comments">12</a></div>')
    assert page(f"{hero}<main>{story(3)}</main>")[0][0] == "/2026/03/01/story-4/"


def test_a_class_naming_a_scripts_scroll_behaviour_makes_no_strip_of_the_pages_own_column() -> None:
    for hook in ("content content_list trigger_scroll", "feed infinite-scroll", "js-scroll-reveal"):
        entries = page(f'<aside class="aside_right"><ul class="flash_list">{story(1)}{story(2)}</ul></aside>'
                       f'<section class="{hook}">{story(3)}{story(4)}</section>')
        assert entries[0][0] == "/2026/03/01/story-3/", hook
    # a scrolled strip is one still
    assert page(f'<div class="scroll-container">{story(1)}{story(2)}</div><main>{story(3)}</main>')[0][0] \
        == "/2026/03/01/story-3/"


def test_lead_is_not_a_story_of_a_trending_or_most_read_box_above_the_main_teasers() -> None:
    for box in ("vmagazine-top-trending-block", "most-read", "td_block_trending_now", "mas-leidas", "news-most-stats",
                "wpp-list"):
        entries = page(f'<div class="{box}">{story(1)}{story(2)}</div><div class="featured">{story(3)}</div>{story(4)}')
        assert entries[0][0] == "/2026/03/01/story-3/", box
        assert len(entries) == 4  # still entries: only the lead is not taken from the box
    # A box of one story that only the page's own words call popular is still the top story when nothing else is.
    assert page(f'<div class="popular">{story(1)}</div>')[0][0] == "/2026/03/01/story-1/"


def test_lead_is_the_top_story_a_block_named_so_sets_inside_a_most_read_box_above_the_main_teasers() -> None:
    for place in ("laune", "a-la-une", "featured-story"):
        top = f'<div id="{place}"><a href="/2026/03/01/top-story/"><img src="t.jpg"></a><h3><a href="/2026/03/01/top-story/">The top story of the day, set above the rest</a></h3></div>'
        read = '<ul><li><h3><a href="/2026/02/20/read-1/">The most read story of the week, in its box</a></h3></li></ul>'
        entries = page(f'<div id="lespluslus">{top}{read}</div><article><h3><a href="/2026/03/02/story-1/">Story 1: a headline of '
                       'several words</a></h3></article>')
        # (the box's own stories still come last)
        assert [path for path, _ in entries] == ["/2026/03/01/top-story/", "/2026/03/02/story-1/", "/2026/02/20/read-1/"], place


def test_stories_shown_only_in_a_most_read_box_come_after_the_pages_own_in_a_digests_other_headlines() -> None:
    most_read = "".join(f'<li><a href="/2026/02/2{n}/read-{n}/">The most read story number {n} of the week</a></li>' for n in (1, 2))
    entries = page(f'<div class="news-most-stats"><ul>{most_read}<li><a href="/2026/03/01/story-3/">Story 3: a headline of'
                   f' several words</a></li></ul></div><main>{story(1)}{story(2)}{story(3)}</main>')
    # (story 3, in the box and in the main column, keeps its first link's place)
    assert [path for path, _ in entries] == ["/2026/03/01/story-1/", "/2026/03/01/story-3/", "/2026/03/01/story-2/",
                                             "/2026/02/21/read-1/", "/2026/02/22/read-2/"]


def test_lead_is_not_a_line_of_a_feed_of_the_newest_stories_unless_it_heads_one_big() -> None:
    feed = "".join(f'<li><a href="/2026/03/01/latest-{n}/">Latest headline number {n} of the day</a></li>' for n in range(3))
    for box in ("latest-news", "hot-news__col", "block-son-dakika", "s-bant-list", "view view-breves", "kurzmeldungen"):
        entries = page(f'<ul class="{box}">{feed}</ul>{story(1)}{story(2)}')
        assert entries[0][0] == "/2026/03/01/story-1/", box
    # A column called latest that opens with a big (h2) teaser holds the page's top story.
    assert page(f'<div class="latest">{story(1)}{story(2)}</div>{story(3)}')[0][0] == "/2026/03/01/story-1/"


def test_lead_may_be_a_single_teaser_the_page_marks_breaking() -> None:
    # "breaking-news" on the teaser of one story says what that story is, not that it is a strip above the page.
    entries = page(f'<div class="article breaking-news">{story(1)}</div>{story(2)}')
    assert entries[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_in_the_page_header_strip_nor_a_side_column() -> None:
    entries = page(f'<div id="page-header"><section class="mini-teasers">{story(1)}{story(2)}</section></div>'
                   f'<div id="rightColHomepage">{story(3)}{story(4)}</div>'
                   f'<div id="leftColHomepage">{story(5)}</div>')
    assert entries[0][0] == "/2026/03/01/story-5/"


def test_lead_is_not_in_a_scrolled_strip_named_by_a_custom_element() -> None:
    entries = page(f'<a-scroll-container><ul><li>{story(1)}</li><li>{story(2)}</li></ul></a-scroll-container>'
                   f'<section>{story(3)}</section>')
    assert entries[0][0] == "/2026/03/01/story-3/"


def test_lead_may_be_in_a_carousel_at_the_top() -> None:
    # A slider or a carousel at the top is often the hero itself.
    entries = page(f'<div class="carousel slide">{story(1)}{story(2)}</div>{story(3)}')
    assert entries[0][0] == "/2026/03/01/story-1/"


def test_lead_is_a_carousels_first_slide_whatever_the_size_of_its_caption() -> None:
    # (an h4 caption over each slide, the page's other teasers headed h2 below: the slides are the top stories)
    slides = "".join(f'<div class="item"><a href="/articles/slide-{n}"><img src="/s{n}.jpg" alt=""></a><div class="carousel-caption">'
                     f'<h4><a href="/articles/slide-{n}">The slide number {n} of the top stories</a></h4></div></div>' for n in (1, 2))
    entries = page(f'<div id="homepage-carousel" class="carousel slide"><div class="carousel-inner">{slides}</div></div>'
                   f'<div class="view-content">{story(1)}{story(2)}</div>')
    assert entries[0][0] == "/articles/slide-1"
    # An h3 teaser with no slider around it still yields to the h2 teaser just below.
    entries = page('<h3><a href="/2026/03/01/small/">A small teaser of several words above</a></h3>' + story(1))
    assert entries[0][0] == "/2026/03/01/story-1/"
    # ... but not one shown whole, its picture and its summary with its headline ("Top News" under an h4 above the
    # editors' picks, headed h2)
    whole = ('<div id="top-news"><a href="/2026/03/01/top/"><span class="photo"><img src="/t.jpg"></span><h4>The top story'
             ' of the day in several words</h4><p>The story of the day told in the first sentence of its text, as a'
             " teaser's summary tells it.</p></a></div>")
    assert page(whole + story(1))[0][0] == "/2026/03/01/top/"


def test_a_sliders_slides_that_show_their_headlines_only_in_pictures_are_stories_without_a_title() -> None:
    slides = "".join(f'<li><a href="/tsk-afrin-siviller-hastane-goruntu-30921{n}"><img src="/s{n}.jpg"></a></li>'
                     for n in (1, 2))
    named = '<h2><a href="/meral-aksener-anket-sonucunu-acikladi-309196">Meral Akşener anket sonucunu açıkladı</a></h2>'
    entries = page(f'<div class="flexslider mansetslider"><ul class="slides">{slides}</ul></div>{named}{story(1)}')
    # the lead is a story the page names; the slides follow untitled (a digest titles one from its own page if it leads)
    assert entries == [("/meral-aksener-anket-sonucunu-acikladi-309196", "Meral Akşener anket sonucunu açıkladı"),
                       ("/tsk-afrin-siviller-hastane-goruntu-309211", ""), ("/tsk-afrin-siviller-hastane-goruntu-309212", ""),
                       ("/2026/03/01/story-1/", "Story 1: a headline of several words")]
    # none: a picture alone outside a slider (a promotion's banner, an old story); a slide whose address names no story
    # by a date or an id, or by an id alone (the page lists it by its slug too); a slide in a folder where the page names
    # no story (a slider of newspapers' covers)
    others = ('<div class="banner"><a href="/coolsmartphone-now-an-official-supporter-of-4g-britain-30921"><img src="/b.jpg">'
              '</a></div><div class="carousel"><a href="/kampanya/yaz-indirimleri-basladi-hemen-bak"><img src="/k.jpg"></a>'
              '<a href="/article309196.html"><img src="/a.jpg"></a>'
              '<a href="/titrologie/la-une-de-jeune-afrique-cette-semaine-03212018-1843"><img src="/c.jpg"></a></div>')
    assert [path for path, _ in page(others + named + story(1))] == ["/meral-aksener-anket-sonucunu-acikladi-309196",
                                                                    "/2026/03/01/story-1/"]


def test_lead_may_sit_in_a_header_strip_that_also_names_the_featured_story() -> None:
    entries = page(f'<section class="category-page-list-featured-header">{story(1)}{story(2)}</section>{story(3)}')
    assert entries[0][0] == "/2026/03/01/story-1/"


def test_the_cover_story_a_template_sets_inside_the_sites_header_is_a_story_and_the_lead() -> None:
    cover = ('<header class="header"><nav><a href="/us/therapists">Find a Therapist</a><a href="/us/tests">Tests</a></nav>'
             '<div class="block-cover-story"><div class="cover-story__wrap"><a class="cover-story__link"'
             ' href="/us/blog/strong-people/202409/how-polite-talk-goes-wrong"><h2>Are You Sugarcoating Things?</h2>'
             '<p>When polite conversations go awry</p></a></div></div></header>')
    entries = page(cover + story(1) + story(2))
    assert entries[0][0] == "/us/blog/strong-people/202409/how-polite-talk-goes-wrong" and len(entries) == 3


def test_the_featured_stories_a_sponsors_block_never_closed_swallows_are_stories_and_the_lead() -> None:
    # The template leaves its sponsor's section open: the featured teasers after it land inside it, the page's own stories.
    def featured(n: int, kind: str = "featured-article") -> str:
        return (f'<article class="{kind}"><div class="featured-article-info"><h2><span><a href="/2026/03/01/'
                f'story-{n}/">Story {n}: a headline of several words</a></span></h2></div></article>')

    sponsor = ('<div class="sponsored-details"><img src="/logo.png" alt="Our partner"><p><a href="/2026/02/01/partner-'
               'update/">The partner\'s update of the month, in words</a></p></div>')
    html = (f'<section class="home-sponsored-section"><div class="sponsored-wrap">{sponsor}'
            f'<section class="home-featured">{featured(1)}</section></div>{featured(2)}{featured(3)}</section>'
            f'<section class="home-recent">{story(4)}{story(5)}</section>')
    assert [path for path, _ in page(html)] == [f"/2026/03/01/story-{n}/" for n in range(1, 6)]
    # (a sponsor's own featured piece stays out: its class calls it paid)
    paid = html.replace(featured(2), featured(2, "featured-article sponsored-post"))
    assert [path for path, _ in page(paid)] == [f"/2026/03/01/story-{n}/" for n in (1, 3, 4, 5)]


def test_lead_is_the_one_story_headed_h1_among_headed_teasers_even_in_a_header_strip() -> None:
    hero = '<li class="wide"><h1><a href="/2026/03/01/story-2/">Story 2: the top story of the page</a></h1></li>'
    html = f'<ul class="list-news">{story(1)}</ul><article><header class="header-a"><ul>{hero}{story(3)}{story(4)}</ul></header></article>'
    assert page(html)[0][0] == "/2026/03/01/story-2/"


def test_lead_is_the_one_h1_teaser_just_below_a_slider_of_many_slides() -> None:
    # A slider of ten slides above the page's main story, the one h1: its slides count as one teaser, so the h1 is
    # still among the first teasers.
    slides = "".join(f'<div class="slide">{story(n)}</div>' for n in range(1, 11))
    main = '<div id="main-story"><h1><a href="/2026/03/01/story-11/">Story 11: the main story of the day</a></h1></div>'
    html = f'<div class="slider">{slides}</div>{main}{story(12)}'
    assert page(html)[0][0] == "/2026/03/01/story-11/"
    # (ten teasers that are no slider's: the h1 is too far below the first story to be the top one)
    assert page(html.replace('class="slider"', 'class="stories"'))[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_a_lone_h1_among_teasers_without_headings() -> None:
    plain = "".join(f'<li><a href="/2026/03/01/story-{n}/">Story {n}: a teaser of several words</a></li>' for n in (1, 3, 4))
    hero = '<li><h1><a href="/2026/03/01/story-2/">Story 2: a headline of several words</a></h1></li>'
    html = f'<div class="sidebar"><ul>{plain[:plain.index("</li>") + 5]}{hero}{plain[plain.index("</li>") + 5:]}</ul></div>'
    assert page(html)[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_a_lone_h1_in_a_header_above_teasers_under_small_print_headings() -> None:
    # A header's banner (its h1) and a row of columnists' teasers under h4s above the page's slider: small print heads
    # no rank of stories, so the lone h1 does not outrank the slider's first slide.
    columns = "".join(f'<li><h4><a href="/2026/03/01/story-{n}/">Story {n}: a column of several words</a></h4></li>'
                      for n in range(3, 9))
    header = ('<div class="header"><div class="cintillo"><h1><a href="/2026/03/01/story-2/">Story 2: the banner of the'
              f' day</a></h1></div><ul class="columns">{columns}</ul></div>')
    slides = "".join(f'<div class="slide"><h2><a href="/2026/03/01/story-{n}/">Story {n}: a slide of several words</a></h2>'
                     f'<a href="/2026/03/01/story-{n}/"><img src="{n}.jpg"></a></div>' for n in (1, 9))
    html = f'{header}<div id="slides">{slides}</div>{story(10)}'
    assert page(html)[0][0] == "/2026/03/01/story-1/"
    # (under h3 headings the row ranks its stories, and the one h1 is the top story)
    assert page(html.replace("h4>", "h3>"))[0][0] == "/2026/03/01/story-2/"


def test_lead_is_not_an_h1_among_the_first_teasers_when_the_page_heads_another_story_h1_further_down() -> None:
    # (a show's h1 teaser fourth on the page, and a column's h1 teaser below the first ones: no story is the one h1)
    first = "".join(story(n) for n in range(1, 4)) + '<article><h1><a href="/2026/03/01/story-4/">Story 4: a show of the'\
        ' week with a guest</a></h1></article>'
    below = "".join(f'<li><a href="/2026/03/01/story-{n}/">Story {n}: a teaser of several words</a></li>' for n in range(5, 14))
    column = '<article><h1><a href="/2026/03/01/story-14/">Story 14: a column with a headline</a></h1></article>'
    assert page(first + f"<ul>{below}</ul>" + column)[0][0] == "/2026/03/01/story-1/"
    assert page(first + f"<ul>{below}</ul>")[0][0] == "/2026/03/01/story-4/"


def test_lead_may_be_inside_the_pages_wrapper_whatever_else_its_class_says() -> None:
    # "page-wrapper" wraps the whole page: a word of the header beside it ("space-header-banner") makes no strip of it.
    html = f'<div class="row custom-wrapper space-header-banner page-wrapper">{story(1)}{story(2)}</div><div>{story(3)}</div>'
    assert page(html)[0][0] == "/2026/03/01/story-1/"
    # (the header's own block still is one)
    assert page(html.replace(" page-wrapper", ""))[0][0] == "/2026/03/01/story-3/"


def test_lead_is_the_main_columns_first_story_inside_the_layout_that_wraps_it_with_the_sidebar() -> None:
    side = f'<aside class="sidebar"><ul>{story(3)}{story(4)}</ul></aside>'
    below = '<div class="more"><a href="/2026/03/01/story-2/">Story 2: a headline of several words</a></div>'
    html = f'<div class="content-sidebar-wrap"><main class="content">{story(1)}{story(2)}</main>{side}</div>{below}'
    assert page(html)[0][0] == "/2026/03/01/story-1/"
    # (so are the layout's other names: "content-with-sidebar", "site__main-aside-wrp")
    for layout in ("content-with-sidebar clearfix", "site__main-aside-wrp"):
        assert page(html.replace("content-sidebar-wrap", layout))[0][0] == "/2026/03/01/story-1/"
    # (a side column of its own is still one: its stories give the lead up to the main column's)
    assert page(f'<div class="right-sidebar">{story(3)}{story(4)}</div><main>{story(1)}</main>')[0][0] == "/2026/03/01/story-1/"


def test_lead_is_the_main_columns_first_story_inside_a_layout_its_class_says_has_no_sidebar() -> None:
    ticker = ('<div class="newsticker"><ul><li><a href="/2026/03/01/story-3/">Story 3: a headline of several words</a></li>'
              '<li><a href="/2026/03/01/story-1/">Story 1: a headline of several words</a></li></ul></div>')
    for layout in ("layout-1-col layout-no-sidebar", "without-sidebar", "has-no-sidebars"):
        html = f'{ticker}<div class="{layout}"><div class="grid">{story(1)}{story(2)}{story(3)}</div></div>'
        assert page(html)[0][0] == "/2026/03/01/story-1/", layout


def test_lead_is_not_the_one_line_of_a_breaking_news_bar() -> None:
    bar = '<div id="breaking-news"><ul><li><a href="/2026/03/01/story-1/">Story 1: the one line of the bar</a></li></ul></div>'
    assert page(bar + story(2))[0][0] == "/2026/03/01/story-2/"


def test_lead_may_be_in_a_block_marked_breaking_that_shows_its_stories_as_picture_teasers_with_summaries() -> None:
    # A grid section named "breaking-news" whose stories each have a picture, a heading and a summary: the page's top
    # stories, not a ticker's lines (a ticker's lines have neither picture nor summary).
    def teaser(n: int) -> str:
        return (f'<li><a href="/2026/03/01/story-{n}/"><img src="/img/{n}.jpg" alt=""><h2>Story {n}: a headline of words</h2>'
                f'<p>The summary of story {n} says in a sentence of several words what happened.</p></a></li>')
    grid = f'<section class="section-grid section-grid__breaking-news"><ul>{teaser(1)}{teaser(2)}</ul></section>'
    assert page(grid + story(3))[0][0] == "/2026/03/01/story-1/"
    # (the same block as one-line links stays a ticker; so does a ticker of linked lines set in paragraphs)
    lines = "".join(f'<li><a href="/2026/03/01/story-{n}/"><img src="/img/{n}.jpg" alt="">Story {n}: a line</a></li>' for n in (1, 2))
    assert page(f'<section class="breaking-news"><ul>{lines}</ul></section>{story(3)}')[0][0] == "/2026/03/01/story-3/"
    paragraphs = "".join(f'<p><a href="/2026/03/01/story-{n}/">Story {n}: a line of the ticker in a paragraph of words</a></p>'
                         for n in (1, 2))
    assert page(f'<div class="ticker"><img src="/logo.png" alt="">{paragraphs}</div>{story(3)}')[0][0] == "/2026/03/01/story-3/"


def test_lead_may_be_a_teaser_whose_block_names_its_related_links() -> None:
    html = f'<article class="mainNews"><div class="titleRelatedBlock">{story(1)}<ul><li>' \
           '<a href="/2026/03/01/story-2/">Story 2: a related story below it</a></li></ul></div></article>'
    assert page(html)[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_a_teasers_related_link_that_comes_before_the_teasers_own_link() -> None:
    # A card whose headline is not linked: one link laid over the whole card, after its list of related links.
    html = """<div class="teaser">
        <h3>Eskalation im Iran: ein Tod wird bestätigt</h3>
        <ul class="teaser-related"><li><a href="/politik/bilder-der-eskalation-im-nahen-osten-94191576.html">
          Menschen auf der Straße: Bilder der Eskalation im Nahen Osten</a></li></ul>
        <a class="overlay-link" href="/politik/eskalation-im-iran-94191048.html">Eskalation im Iran: ein Tod wird bestätigt</a>
      </div>"""
    entries = page(html)
    assert entries[0] == ("/politik/eskalation-im-iran-94191048.html", "Eskalation im Iran: ein Tod wird bestätigt")
    assert len(entries) == 2


def test_a_sliders_first_slide_named_only_by_its_pictures_alt_may_lead() -> None:
    # A manşet slider's slides carry their headlines painted on the picture and in its alt: the first is the top story.
    def slides(block: str) -> str:
        items = "".join(f'<li><a href="/2026/03/01/story-{n}/"><img src="/i/{n}.jpg" alt="Story {n}: a headline of words"'
                        ' width="980"></a></li>' for n in (1, 2))
        return f'<div class="{block}"><ul class="items">{items}</ul></div>'
    assert page(slides("mansetSlider") + story(3))[0] == ("/2026/03/01/story-1/", "Story 1: a headline of words")
    # (so in a rotator, or a block a Turkish or Chinese layout calls the headline)
    assert page(slides("panel rotator") + story(3))[0][0] == "/2026/03/01/story-1/"
    assert page(slides("headline hdln headline") + story(3))[0][0] == "/2026/03/01/story-1/"
    # (a strip of pictures no class calls a slider or the hero still yields to a story the page names in words)
    assert page(slides("gallery") + story(3))[0][0] == "/2026/03/01/story-3/"


def test_lead_is_not_the_one_line_of_an_italian_announcement_bar_above_the_page() -> None:
    # "annuncio_header": a notice bar ("annuncio", Italian for an announcement) that shows one story's line in capitals.
    bar = ('<div class="annuncio_header"><span class="annuncio_header_testo"><a href="/primo-piano/maglie-la-casacca-263151">'
           'MAGLIE, La casacca che verrà utilizzata a Torino</a></span></div>')
    teaser = '<div class="pp"><div class="titolo"><a href="/copertina/posto-fisso-263150">POSTO FISSO</a></div></div>'
    assert page(bar + teaser)[0][0] == "/copertina/posto-fisso-263150"


def test_a_teaser_its_class_calls_the_lead_or_the_largest_leads_over_small_teasers_above_it() -> None:
    def teaser(n: int, size: str) -> str:
        return f'<article class="b-article {size}"><h3><a href="/2026/03/01/story-{n}/">Story {n}: a headline</a></h3></article>'
    row = teaser(1, "article-xsm") + teaser(2, "article-xsm")
    for size in ("article-xlg article-top", "lead-post post-368741", "teaser is-lead"):
        assert page(row + teaser(3, size) + teaser(4, "article-sm"))[0][0] == "/2026/03/01/story-3/"
    # (a bare "lead", the standfirst's class, or a size the page gives no other name say nothing)
    for size in ("lead", "article-lg", "leader"):
        assert page(row + teaser(3, size))[0][0] == "/2026/03/01/story-1/"
    # (nor one that names the teaser after the lead: "second-lead-story", "sub-lead-story", "secondary-lead-story")
    for size in ("second-lead-story", "sub-lead-story", "secondary-lead-story"):
        assert page(row + teaser(3, size))[0][0] == "/2026/03/01/story-1/"


def test_lead_is_the_first_story_shown_big_below_a_row_of_stories_shown_as_thumbnails() -> None:
    def teaser(n: int, width: int, words: str) -> str:
        return (f'<div class="item"><a href="/2026/03/01/story-{n}/"><img src="/i/{n}.jpg" width="{width}" alt="">'
                f'<span>{words}</span></a></div>')
    thumbnails = "".join(teaser(n, 218, f"A small story of the day number {n}") for n in (1, 2, 3))
    big = teaser(4, 630, "The top story of the day shown the biggest") + teaser(5, 630, "The second slide of the slider")
    assert page(thumbnails + big)[0][0] == "/2026/03/01/story-4/"
    # ... but a first story shown small in a list above that the page shows big further down stays the lead, and so does
    # one whose picture says no width
    again = teaser(1, 750, "A small story of the day number 1")
    assert page(thumbnails + big + again)[0][0] == "/2026/03/01/story-1/"
    unsized = thumbnails.replace('width="218" ', "")
    assert page(unsized + big)[0][0] == "/2026/03/01/story-1/"
    # (a big picture named only by its own words, its title attribute, is the top story's slide: a manşet's headline is
    # painted on the picture; one that says no words at all is a banner's)
    titled = ('<div class="news"><a href="/2026/03/01/story-6/" title="The top story of the day painted on its picture">'
              '<img src="/i/6.jpg" width="980" height="400"></a></div>')
    assert page(thumbnails + titled + big)[0][0] == "/2026/03/01/story-6/"
    wordless = titled.replace(' title="The top story of the day painted on its picture"', "")
    assert page(thumbnails + wordless + big)[0][0] == "/2026/03/01/story-4/"


def test_a_pictures_width_may_be_the_size_folder_of_its_address_but_not_a_size_in_its_files_name() -> None:
    def teaser(n: int, source: str, words: str) -> str:
        return f'<div class="item"><a href="/2026/03/01/story-{n}/"><img src="{source}" alt=""><span>{words}</span></a></div>'
    thumbnails = "".join(teaser(n, f"/photo/150x100/2018-03/{n}.jpg", f"A small story of the day number {n}")
                         for n in (1, 2, 3))
    big = teaser(4, "/photo/622x387/2018-03/4.jpg", "The top story of the day shown the biggest")
    assert page(thumbnails + big)[0][0] == "/2026/03/01/story-4/"
    # (an uploaded file keeps the name it was given: "--400x300.jpg" served 320 pixels wide says nothing of its size)
    named = "".join(teaser(n, f"/s320/photo-{n}--150x100.jpg", f"A small story of the day number {n}") for n in (1, 2, 3))
    assert page(named + teaser(4, "/s320/photo-4--622x387.jpg", "The top story of the day"))[0][0] == "/2026/03/01/story-1/"


def test_lead_is_the_teaser_a_grid_places_highest_by_its_own_offsets_not_the_first_in_the_markup() -> None:
    def block(n: int, top: int, left: int) -> str:
        return (f'<div class="pMat" style="overflow: hidden; position: absolute; left: {left}px; top: {top}px;">'
                f'<a href="/2026/03/0{n}/story-{n}/">Story {n}: a headline of several words</a></div>')
    grid = f'<div class="boxGrade">{block(1, 725, 0)}{block(2, 435, 0)}{block(3, 0, 0)}{block(4, 0, 436)}</div>'
    assert page(grid)[0][0] == "/2026/03/03/story-3/"
    # (two blocks placed so are no grid: the markup's order stands)
    assert page(f'<div>{block(1, 725, 0)}{block(3, 0, 0)}</div>')[0][0] == "/2026/03/01/story-1/"


def test_a_river_of_items_linked_only_by_their_comment_counters_is_the_pages_stories_without_titles() -> None:
    def item(n: int, folder: str = "/news") -> str:
        return (f'<div class="news short"><p class="news-text">Le groupe numéro {n} sortira son album le mois prochain.</p>'
                f'<a class="comment" href="{folder}/13287{n}_Le-groupe-numero-{n}-sortira-son-album-le-mois-prochain"'
                f' title="Commenter">0</a></div>')
    river = "".join(item(n) for n in range(1, 6))
    entries = page(story(1) + river)
    assert [path for path, _ in entries][1:] == [f"/news/13287{n}_Le-groupe-numero-{n}-sortira-son-album-le-mois-prochain"
                                                 for n in range(1, 6)]
    assert entries[0][0] == "/2026/03/01/story-1/" and all(title == "" for _, title in entries[1:])
    # (four such items are no river; nor are counters that link the readers' comments page, "/Comment/...")
    assert len(page(story(1) + "".join(item(n) for n in range(1, 5)))) == 1
    assert len(page(story(1) + "".join(item(n, "/Comment/StandardComment") for n in range(1, 6)))) == 1


def test_a_slide_of_a_block_its_class_calls_the_slides_is_a_top_story_whatever_the_size_of_its_heading() -> None:
    def slide(n: int) -> str:
        return (f'<div class="sp-slide"><a href="/top/story-{n}-of-the-day/"><img src="/{n}-800x450.jpg"></a>'
                f'<div class="sp-layer"><h3 class="news-title"><a href="/top/story-{n}-of-the-day/">Story {n}: the top'
                ' story of the day in the slider</a></h3></div></div>')
    slides = f'<div class="vgps-wrapper"><div class="sp-slides">{slide(1)}{slide(2)}</div></div>'
    later = '<h2><a href="/2026/03/01/story-3/">Story 3: a story further down under a bigger heading</a></h2>'
    assert page(slides + later)[0][0] == "/top/story-1-of-the-day/"
    # (a block classed "slideshare" or "slidebar" is no slider)
    assert page(slides.replace("sp-slides", "slidebar").replace("sp-slide", "slideshare") + later)[0][0] == \
        "/2026/03/01/story-3/"


def test_lead_is_the_first_story_shown_taller_below_a_slider_of_strip_shaped_pictures() -> None:
    def slide(n: int, height: int) -> str:
        return (f'<li><a href="/2026/03/0{n}/story-{n}/"><img src="/i/{n}.jpg" width="980" height="{height}"'
                f' alt="Story {n}: a headline painted on the picture of the slide"></a></li>')
    strip = f'<div class="top_headline_2"><ul class="overview">{slide(1, 230)}{slide(2, 230)}</ul></div>'
    headline = f'<div class="headline"><ul class="overview">{slide(3, 360)}{slide(4, 360)}</ul></div>'
    assert page(strip + headline)[0][0] == "/2026/03/03/story-3/"
    # (a slider of pictures of a column's shape keeps the lead; so does one below that is no taller)
    assert page(strip.replace('"230"', '"360"') + headline)[0][0] == "/2026/03/01/story-1/"
    assert page(strip + headline.replace('"360"', '"300"'))[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_a_line_of_a_list_its_class_calls_the_last_news() -> None:
    # "lastnews", "last-news": the newest stories as they came, in the English of many a CMS; not "blastnews".
    lines = "".join(f'<li><a href="/2026/03/01/story-{n}/">Story {n}: a headline of words</a></li>' for n in (1, 2))
    for block in ("lastnewsbar", "last-news", "box last_news"):
        assert page(f'<div class="{block}"><ul>{lines}</ul></div>{story(3)}')[0][0] == "/2026/03/01/story-3/"
    assert page(f'<div class="blastnews"><ul>{lines}</ul></div>{story(3)}')[0][0] == "/2026/03/01/story-1/"


def test_lead_is_not_a_teaser_of_the_strip_a_turkish_layout_sets_above_its_headline_slider() -> None:
    # The sürmanşet ("over the headline") and the row "above the manşet": small teasers of the day above the top story.
    def teasers(ns: tuple[int, ...]) -> str:
        return "".join(f'<figure class="item"><a href="/2026/03/01/story-{n}/"><img src="/i/{n}.jpg"></a><figcaption>'
                       f'<a href="/2026/03/01/story-{n}/">Story {n}: a headline of words</a></figcaption></figure>' for n in ns)
    for strip in ('<div class="surmansetSlider">{}</div>', '<ul class="lastnews manset_ustu">{}</ul>'):
        entries = page(strip.format(teasers((1, 2))) + f'<div class="mansetSlider">{teasers((3, 4))}</div>')
        assert entries[0][0] == "/2026/03/01/story-3/"
    # (one teaser so named is that story's own box)
    assert page(f'<div class="surmanset">{teasers((1,))}</div>{story(3)}')[0][0] == "/2026/03/01/story-1/"


# ---------------------------------------------------------------------------- chrome


def test_links_in_a_navigation_strip_named_navi_or_a_custom_menu_element_are_not_stories() -> None:
    labels = ('<a href="/politik/ukraine-konflikt/ukraine-konflikt-alle-infos-78901514.html">Ukraine-Konflikt</a>'
              '<a href="/politik/nato/nato-alle-infos-79262508.html">NATO</a>')
    entries = page(f'<div class="special-navi">{labels}</div><a-menu><ul><li>'
                   '<a href="/special/zusammen-das-datacenter-weiterentwickeln-4711/">Special: Zusammen das Datacenter'
                   f' weiterentwickeln</a></li></ul></a-menu>{story(1)}')
    assert [path for path, _ in entries] == ["/2026/03/01/story-1/"]


def test_a_widget_a_navigation_class_configures_holds_stories_where_it_wraps_a_carousel_of_them() -> None:
    href = "/videos/0,0,0,0,10899{n}-la_voiture_{n}_en_video_depuis_le_salon.html"
    slides = "".join(f'<div class="entry-item"><div class="entry-thumb"><a href="{href.format(n=n)}"><img src="/v{n}.jpg"'
                     f' alt=""></a><div class="overlay"><a href="{href.format(n=n)}">Voir la vidéo</a></div></div><div'
                     f' class="entry-title"><a href="{href.format(n=n)}">La voiture {n} en vidéo depuis le salon de Genève</a>'
                     f'</div></div>' for n in range(3))
    widget = ('<div class="widget kopa-owl-widget nav-top"><div class="widget-header"><a href="/videos.html" class="view-topic">'
              'Voir toutes les vidéos</a></div><div class="customNavigation"><a class="btn prev"></a><a class="btn next"></a>'
              f'</div><div class="owl-carousel owl-theme">{slides}</div></div>')
    assert len(page(widget + story(1))) == 4
    # ... not a menu so classed whose links are sections
    menu = ('<div class="nav-top"><div class="slider"><a href="/auto/">Auto</a><a href="/moto/">Moto</a>'
            '<a href="/essais/">Essais</a></div></div>')
    assert [path for path, _ in page(menu + story(1))] == ["/2026/03/01/story-1/"]


def test_a_folder_named_by_two_data_words_holds_a_leagues_tables_but_one_such_word_may_be_a_section_of_reports() -> None:
    html = ('<h2><a href="/calendario_classifica/serie_a/2017-2018">Serie A TIM 2017-2018</a></h2>'
            '<h3><a href="/fixtures-results/premier-league/this-weekends-matches">This weekend\'s matches and'
            ' results</a></h3>'
            '<h3><a href="/results/wwe-live-event-22317-results-reigns-vs-owens">WWE Live Event Results: Reigns vs.'
            ' Owens</a></h3>' + story(1))
    assert sorted(path for path, _ in page(html)) == ["/2026/03/01/story-1/",
                                                      "/results/wwe-live-event-22317-results-reigns-vs-owens"]


def test_the_sites_page_offering_its_own_app_is_no_story_but_a_story_about_an_app_is() -> None:
    html = ('<h2><a href="/news/porta-examplecom-sempre-con-te-scarica-le-app-gratuite-per-iphone-ipad-android-84870">APP'
            ' gratis per seguirci ovunque voi siate!</a></h2>'
            '<h3><a href="/autour/telechargez-nos-applis-mobiles-nos-applis-iphone-et-android-121740">Téléchargez nos'
            ' applis iOS et Android</a></h3>'
            '<h3><a href="/2012/06/06/news-recommended-ios-app-iosmaps/">Recommended iOS app: iOSMaps</a></h3>'
            '<h3><a href="/2026/03/01/download-the-new-android-app-of-the-city-council/">Download the new Android app'
            ' of the city council</a></h3>')
    assert [path for path, _ in page(html)] == ["/2012/06/06/news-recommended-ios-app-iosmaps/",
                                                "/2026/03/01/download-the-new-android-app-of-the-city-council/"]


def test_a_link_through_the_site_to_another_sites_page_its_query_names_is_no_story_of_the_page() -> None:
    html = ('<li><a href="/tour-du-web/161751?u=http:%2F%2Frmcsport.bfmtv.com%2Ffootball%2Fbleus-ben-yedder-et-varane">'
            'Bleus : Ben Yedder et Varane ouvrent le bal à Clairefontaine</a></li>'
            '<li><a href="/ext/l.php?r=tuttomercatoweb.com-1090057">Mercato no stop: indiscrezioni, trattative e'
            ' retroscena</a></li>'
            # a query naming the site's own page, or where the reader came from, leaves a story its own
            '<li><a href="/2026/03/01/story-1/?from=https://news.example.com/">A headline of several words</a></li>'
            '<li><a href="/a/406540176_114877?spm=smpc.home.it-pics1.1.15942">A story the box sent the reader to</a></li>'
            f'{story(2)}')
    assert [path.split("?")[0] for path, _ in page(html)] == ["/2026/03/01/story-1/", "/a/406540176_114877",
                                                             "/2026/03/01/story-2/"]


def test_a_site_that_serves_its_pages_through_the_roots_query_lists_each_story_the_query_names() -> None:
    def teaser(n: int, words: str) -> str:
        return f'<li><a href="/?news/275988{n}553/{words.replace(" ", "+")}.aspx">{words}</a></li>'
    html = ("<ul>" + teaser(1, "Woning waar drugs werd gevonden blijkt van jeugdzorg")
            + teaser(2, "Ernstig ongeluk op A65 bij Vught weg weer deels open")
            + teaser(3, "Tilburgse restaurants gaan kijken hoeveel eten ze weggooien")
            + '</ul><a href="/?contact/form.aspx">Contact</a><a href="/?s=vught">Zoek</a>')
    assert [path.split("/")[2] for path, _ in page(html)] == ["2759881553", "2759882553", "2759883553"]


def test_a_link_to_the_address_the_page_names_its_own_is_the_page_itself_not_a_story() -> None:
    # A site's root that calls itself "home/0,7340,L-8,00.html": its logo and its "make us your home page" link go there.
    html = ('<html><head><link rel="canonical" href="home/0%2c7340%2cL-8%2c00.html"></head><body>'
            '<a id="makeHomepage" href="home/0%2c7340%2cL-8%2c00.html">Make our news site your home page now</a>'
            f'{story(1)}<a href="/?p=128314">Story of a post named by its number alone here</a></body></html>')
    entries = read_front_page(html, SITE).entries
    assert [e.url.removeprefix(SITE.rstrip("/")) for e in entries] == ["/2026/03/01/story-1/", "/?p=128314"]
    # Without the canonical link that address would have read as a story's (a numbered page under the root).
    assert "home" in read_front_page(html.replace('rel="canonical"', 'rel="alternate"'), SITE).entries[0].url


def test_a_block_of_links_each_naming_the_language_it_leads_to_is_the_language_menu_not_stories() -> None:
    # An international site's editions, their home pages numbered like stories ("/sw/idhaa-ya-kiswahili/s-11588").
    editions = "".join(f'<li><a href="/{code}/{name}/s-{number}" {attribute}="{code}">{name.title()} '
                       f'<span class="native">{name} edition of the news</span></a></li>'
                       for code, name, number, attribute in (("sw", "kiswahili-habari-za-dunia", 11588, "data-lang"),
                                                             ("pt-br", "noticias-do-brasil-e-do-mundo", 7111, "hreflang"),
                                                             ("ru", "novosti-i-analitika-dnya", 9119, "lang")))
    assert [path for path, _ in page(f'<div class="top"><ul>{editions}</ul></div>{story(1)}')] == ["/2026/03/01/story-1/"]
    # Stories of one other language, each marked so, stay stories: a menu links three languages or more.
    marked = "".join(f'<li><a href="/2026/03/01/story-{n}/" lang="en">Story {n}: a headline of several words</a></li>'
                     for n in (2, 3, 4))
    assert [path for path, _ in page(f'<ul>{marked}</ul>')] == [f"/2026/03/01/story-{n}/" for n in (2, 3, 4)]


def test_a_mega_menus_lists_of_story_headlines_are_stories_though_each_cell_holds_one_or_two() -> None:
    cells = "".join(f'<div class="subnav_listing_box"><a href="/tv/news/hindi/a-story/articleshow/7866217{n}.cms">A'
                    f' television story number {n} of the day</a></div>' for n in range(4))
    html = (f'<ul class="hover_subnav"><li class="right_subnav_listing"><div class="contentvalues">{cells}</div></li>'
            '<li><a href="/tv/">TV</a></li></ul>' + story(1))
    assert len(page(html)) == 5
    # A menu of labels stays a menu, whatever its cells hold.
    labels = "".join(f'<div class="subnav_listing_box"><a href="/tv/section-{n}/7866217{n}">Section {n}</a></div>'
                     for n in range(4))
    assert [path for path, _ in page(f'<ul class="hover_subnav"><li>{labels}</li></ul>' + story(1))] == ["/2026/03/01/story-1/"]


def test_a_menu_classed_column_listing_stories_asked_for_by_their_number_lists_stories() -> None:
    # ("menudcha": Spanish for the right-hand menu; each section's label over its stories, "noticia.php?id=239130")
    rows = "".join(f"<a class='titdchab' href='seccion.php?id={n}'>Section {n}</a><br><div class='pretitportada'>"
                   f"<a href='noticia.php?id=23913{n}' class='pretit'>A headline of the section number {n}</a></div>"
                   f"<div class='pretitportada'><a href='noticia.php?id=23914{n}'>Another story of section {n} today</a></div>"
                   for n in range(3))
    entries = page(f"<table><tr><td class='menudcha'>{rows}</td></tr></table>")
    assert [path for path, _ in entries] == [f"/noticia.php?id={i}{n}" for n in range(3) for i in (23913, 23914)]
    # A menu of sections whose pages are asked for by a short number stays a menu.
    labels = "".join(f"<li><a href='seccion.php?id={n}'>The section number {n} of the site</a></li>" for n in range(5))
    assert [path for path, _ in page(f"<ul class='menudcha'>{labels}</ul>{story(1)}")] == ["/2026/03/01/story-1/"]


def test_a_big_mega_menu_is_read_in_time_linear_in_its_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every cell asks whether the blocks around it list stories: each block is read once, not once per cell (a hostile
    # menu of 3,000 cells took 51 s before, 0.5 s after). Counted in headline checks, not timed.
    import bot.news.frontpage.chrome as chrome
    calls = 0
    checked = chrome._is_story_headline

    def counting(link: object, named: bool = False) -> bool:
        nonlocal calls
        calls += 1
        return checked(link, named)

    monkeypatch.setattr(chrome, "_is_story_headline", counting)
    cells = "".join(f'<div class="subnav_listing_box"><a href="/tv/news/story-{n}/articleshow/78662{n:03d}.cms">A'
                    f' television story number {n} of the day</a></div>' for n in range(400))
    entries = page(f'<ul class="hover_subnav"><li class="right_subnav_listing"><div class="contentvalues">{cells}</div>'
                   '</li></ul>')
    assert len(entries) == 400
    assert calls < 10 * 400


def test_links_in_an_advertising_slot_are_not_stories_but_a_stage_beside_an_ad_keeps_its_own() -> None:
    ad = ('<div class="ad-microsites"><a href="/security/ueberleben-im-zeitalter-automatisierter-angriffe-5023/">'
          'Überleben im neuen Zeitalter automatisierter Cyberangriffe</a></div>')
    stage = f'<section class="c-stage c-stage--tower-inhouse-ad">{story(1)}{story(2)}</section>'
    assert [path for path, _ in page(ad + stage)] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/"]


def test_a_menu_like_class_inside_a_heading_names_a_part_of_the_headline_not_a_menu() -> None:
    teaser = ('<h3><span class="teaser-breadcrumb-headline-title"><a href="/politics/minister-takes-up-her-seat-again">'
              'Minister takes up her seat in parliament again</a></span></h3>')
    crumbs = ('<div class="breadcrumb"><a href="/politics/all-the-parties-and-their-people">All the parties and'
              ' their people</a></div>')
    assert sorted(path for path, _ in page(teaser + crumbs + story(1))) == ["/2026/03/01/story-1/",
                                                                            "/politics/minister-takes-up-her-seat-again"]


def test_a_link_inside_a_sentence_of_a_teasers_summary_is_a_reference_not_a_story() -> None:
    summary = ('<p>We have seen <a href="/art/eye-art-makeup-artist-uses-her-eyes-as-canvas.html">makeup artists and'
               ' their eyes</a> use the tricks of the trade to turn into celebrities before, but this one is new.</p>')
    appended = ('<p>China and Pakistan have agreed to postpone the state visit planned for later this month, both sides'
                ' said. <a href="/world/2026-03/01/c_134.htm">Pakistan and the opposition resume their talks</a></p>')
    listed = ('<p><a href="/politik/umfrage-rechtschreibung-1.2001">Perfekte Rechtschreibung - entscheidend oder'
              ' überbewertet?</a> • <a href="/politik/umfrage-bargeld-1.2002">Was halten Sie von einem Bargeld-Limit'
              ' in Europa?</a></p>')
    # a link that ends the sentence the paragraph runs into, with no stop or colon to introduce it
    ending = ('<p>Vermont is famous for its progressive vibe, its ski mountains, craft beer, dairy farms and Champy, the'
              ' mythical <a href="/today/travel/vermont/champ-lake-champlain/">Lake Champlain water monster</a>.</p>')
    paths = [path for path, _ in page(story(1) + summary + appended + listed + ending)]
    assert "/art/eye-art-makeup-artist-uses-her-eyes-as-canvas.html" not in paths
    assert "/today/travel/vermont/champ-lake-champlain/" not in paths
    assert {"/world/2026-03/01/c_134.htm", "/politik/umfrage-rechtschreibung-1.2001",
            "/politik/umfrage-bargeld-1.2002"} <= set(paths)


def test_a_headline_on_a_line_of_its_own_in_a_paragraph_is_a_story_not_a_reference() -> None:
    # a blog's list written as one paragraph a post: its date, a line break, the headline, a line break, its summary
    posts = "".join(f'<p><span class="byline">mar {n}, 2018</span><br /><a href="/archives/blog/2018/march/{n}/post-{n}/">'
                    f'Post {n}: a headline of several words</a> <br />Despite what was said the day before, the minister'
                    f' dismissed the idea that anything would change soon.<br /><a href="/archives/blog/2018/march/{n}/'
                    f'post-{n}/">read on...</a></p>' for n in (14, 15))
    # (not a link inside one of the lines, with words of the line before it and after it)
    inline = ('<p>A line of its own first.<br />We have seen <a href="/art/eye-art-makeup-artist-uses-her-eyes.html">makeup'
              ' artists and their eyes</a> use the tricks of the trade to turn into celebrities before.<br /></p>')
    paths = [path for path, _ in page(story(1) + posts + inline)]
    assert paths == ["/2026/03/01/story-1/", "/archives/blog/2018/march/14/post-14/", "/archives/blog/2018/march/15/post-15/"]


def test_a_list_of_dated_or_long_named_headlines_in_a_block_its_class_also_calls_an_ad_slot_keeps_its_stories() -> None:
    feed = "".join(f'<li><a href="/fr/info-en-continu/20211004-story-number-{n}">Story number {n} of the rolling news'
                   ' feed</a></li>' for n in range(3))
    html = f'<div class="o-block-ad-n-newsfeed"><div id="ad-slot"></div><ol>{feed}</ol></div>'
    assert len(page(story(1) + html)) == 4
    # a section's list named by slugs alone, in a cell its class pairs with an ad ("listing-cell ad-cell")
    listing = "".join(f'<li><a href="/ancient-reptile-gave-birth-{n}-times">An ancient reptile gave birth {n} times to'
                      ' live young</a></li>' for n in range(3))
    cell = (f'<div class="listing-cell ad-cell"><div class="left-cell"><h3>Animals</h3><ul>{listing}</ul></div>'
            '<div class="right-cell ad-cell"><div id="ad-right2"></div></div></div>')
    assert len(page(story(1) + cell)) == 4


def test_a_frame_an_ads_id_names_around_the_whole_page_keeps_its_stories_and_a_slot_of_a_few_stays_an_ad() -> None:
    # the page's menus and its ten stories' headlines (paragraphs, no heading tags) inside the frame an ad's skin is
    # fixed to ("<div class='bg-relative' id='AD-FIX'>")
    menu = "".join(f'<li><a href="/section-{n}/">Section {n}</a></li>' for n in range(40))
    stories = "".join(f'<p class="h2"><a href="/1846{n:02d}/ce-bi-nam-bilo-mar-story-{n}/">Story {n} of the day, a'
                      ' headline of several words</a></p>' for n in range(10))
    framed = page(f'<div class="bg-relative" id="AD-FIX"><ul class="sections">{menu}</ul><div class="main">{stories}'
                  '</div></div>')
    assert [path for path, _ in framed] == [f"/1846{n:02d}/ce-bi-nam-bilo-mar-story-{n}/" for n in range(10)]
    # a slot holding a few numbered stories' headlines among its links is still an advertising slot
    slot = "".join(f'<p class="h2"><a href="/1847{n:02d}/ce-bi-nam-bilo-mar-story-{n}/">Story {n} of the day, a'
                   ' headline of several words</a></p>' for n in range(3))
    paths = [path for path, _ in page(story(1) + f'<div id="AD-FIX"><ul class="sections">{menu}</ul>{slot}</div>')]
    assert paths == ["/2026/03/01/story-1/"]


# ---------------------------------------------------------------------------- headlines


def test_headline_leaves_out_the_kicker_inside_the_heading_and_its_separator() -> None:
    html = """<a href="/politik/mullah-fuehrer-ist-tot-69a34cd97c787f6a1cef26cc"><h3 class="teaser__title">
        <span class="teaser__title__kicker">Trump bestätigt</span><span class="teaser__title__separator">: </span>
        <span class="teaser__title__headline">Mullah-Führer Chamenei ist tot!</span></h3></a>
      <a href="/meinung/Kommentar-Warum-wir-Teams-kaufen-11192309.html"><h3><span data-component="TeaserKicker">Kommentar</span>
        <span data-component="TeaserHeadline">Warum wir immer noch MS Teams kaufen</span></h3></a>"""
    assert [title for _, title in page(html)] == ["Mullah-Führer Chamenei ist tot!", "Warum wir immer noch MS Teams kaufen"]


def test_headline_leaves_out_a_classed_label_of_a_word_or_three_before_the_links_own_words() -> None:
    html = ('<p><a href="/pais/noticias/faro/gnr-apreende-alfarroba-13983847.html"><span class="title">Faro </span>GNR'
            ' apreende e devolve ao dono alfarroba furtada em Loulé</a></p>'
            '<p><a href="/finanzen/id_91520716/etf-sparplan.html"><span class="c-label">MEINUNG</span> Einmalanlage oder'
            ' Sparplan, so vermehrt sich Ihr Geld</a></p>'
            # emphasis inside the headline, a label that ends a sentence ("Análisis."): part of what the page shows
            '<p><a href="/politik/id_91520717/trump.html"><b>Trump</b> signs the spending bill into law on Friday</a></p>'
            '<p><a href="/politica/el-conflicto-mundial-nid28012026/"><span class="tag">Análisis.</span> El conflicto'
            ' mundial se proyecta sobre Milei</a></p>')
    assert [title for _, title in page(html)] == [
        "GNR apreende e devolve ao dono alfarroba furtada em Loulé", "Einmalanlage oder Sparplan, so vermehrt sich Ihr Geld",
        "Trump signs the spending bill into law on Friday", "Análisis. El conflicto mundial se proyecta sobre Milei"]


def test_headline_leaves_out_a_byline_after_a_separator_but_the_story_stays_however_short_its_headline() -> None:
    html = ('<h3><a href="/500-latigazos-por-marcos-sarmiento/" title="500 latigazos | Por: Marcos Sarmiento">500 latigazos'
            ' | Por: Marcos Sarmiento</a></h3>'
            '<h3><a href="/2026/03/01/police-review/">Officers cleared in review – By Jane Doe</a></h3>'
            '<h3><a href="/2026/03/01/killed-by-lightning/">Farmer killed by lightning in a field near Lyon</a></h3>')
    assert [title for _, title in page(html)] == [
        "500 latigazos", "Officers cleared in review", "Farmer killed by lightning in a field near Lyon"]


def test_a_read_more_link_under_a_teaser_whose_title_is_not_a_link_is_named_by_that_title() -> None:
    slides = "".join(
        f'<div class="story-content"><span class="story-content-title">{title}</span><img src="/i/{n}.jpg">'
        f'<div class="story-content-description">Uzun bir özet metni burada yer alıyor ve devam ediyor.</div>'
        f'<a class="read-more" href="/sporarena/son-dakika-haberi-4156408{n}">{more}</a></div>'
        for n, (title, more) in enumerate([("Son Dakika | Mert Hakan sonrası iki yeni transfer bombası!", "Devamını Oku"),
                                           ("Nuevo récord de temperaturas en la capital este verano", "Leer más")]))
    # A list of several links closed by one "more" link to a story: the list's own links name their stories.
    listed = ('<div><h3><a href="/2026/03/01/story-7/">Story 7: a headline of several words</a></h3>'
              '<a href="/2026/03/01/story-8/">Read more</a></div>')
    assert page(slides + listed) == [("/sporarena/son-dakika-haberi-41564080", "Mert Hakan sonrası iki yeni transfer bombası!"),
                                     ("/sporarena/son-dakika-haberi-41564081", "Nuevo récord de temperaturas en la capital este verano"),
                                     ("/2026/03/01/story-7/", "Story 7: a headline of several words")]


def test_a_read_more_link_beside_its_teasers_own_picture_link_is_named_by_the_teasers_heading_not_the_pictures_alt() -> None:
    teasers = "".join(
        f'<li><a href="/pros/article/{slug}--1920{n}"><img src="/i/{n}.jpg" alt="{alt}"></a><h3>{title}</h3><p>Un résumé'
        f' de quelques phrases sur la course du jour. <a href="/pros/article/{slug}--1920{n}">[ LIRE LA SUITE ]</a></p></li>'
        for n, (slug, alt, title) in enumerate([("un-grand-prix-de-denain-inedit", "Le peloton du GP de Denain",
                                                 "Un Grand Prix de Denain inédit"),
                                                ("le-trace-du-criterium-devoile", "Le peloton du Critérium du Dauphiné",
                                                 "Le tracé du Critérium du Dauphiné dévoilé")]))
    assert [title for _, title in page(f"<ul>{teasers}</ul>")] == ["Un Grand Prix de Denain inédit",
                                                                    "Le tracé du Critérium du Dauphiné dévoilé"]


def test_an_empty_link_laid_over_a_teaser_is_named_by_the_teasers_heading() -> None:
    # A card whose only link is an empty overlay spanning it, the headline an unlinked heading beside it.
    cards = "".join(f'<li class="cf"><div class="img"><img alt="" src="/i/{n}.png"></div><h4>{title}</h4>'
                    f'<a href="/2014/09/{slug}.html" class="overlay"></a></li>'
                    for n, (slug, title) in enumerate([("slim-mimics-zara", "Slim Mimics Zara to Spruce Up Sears Fashions"),
                                                       ("hm-profit-jumps", "H&M Profit Jumps as Retailer Pushes Online")]))
    assert page(f"<ul>{cards}</ul>") == [("/2014/09/slim-mimics-zara.html", "Slim Mimics Zara to Spruce Up Sears Fashions"),
                                         ("/2014/09/hm-profit-jumps.html", "H&M Profit Jumps as Retailer Pushes Online")]


def test_a_pictures_link_of_no_words_is_named_by_the_heading_that_captions_it_but_not_by_a_boxs_heading_above() -> None:
    # A video box's items: the picture's link (its alt empty), then the headline in an unlinked <h2> under it.
    items = "".join(f'<div class="slider__item"><a href="/27908{n}.html"><img width="140" src="/v/{n}.jpg" alt=""></a>'
                    f'<h2>{title}</h2></div>'
                    for n, title in enumerate(["“مي حليمة”.. أكبر عاملة نظافة تحكي تجربتها",
                                               "هشام الوالي يتحدث عن دخول ابنته للفن"]))
    # (a box whose heading is its own label, above its one picture: no caption of the picture's story)
    box = '<div class="box"><h3>L\'IMAGE DE LA SEMAINE</h3><a href="/2014/01/03/grand-ecran_695346"><img src="/w.jpg" alt=""></a></div>'
    assert page(f'<div class="slider">{items}</div>{box}') == [
        ("/279080.html", "“مي حليمة”.. أكبر عاملة نظافة تحكي تجربتها"), ("/279081.html", "هشام الوالي يتحدث عن دخول ابنته للفن")]


def test_a_short_slug_at_the_root_is_a_story_in_a_list_item_that_shows_its_time_as_the_dated_stories_items_do() -> None:
    def item(slug: str, words: str, n: int) -> str:
        return (f'<li><a href="/{slug}/"><img src="/{n}.jpg" alt=""></a><div class="content"><time datetime="2018-03-17T2'
                f'{n}:00:00+02:00">17 Μαρτίου 2018</time><a href="/{slug}/">{words}</a></div></li>')

    items = [("kypellouchos-dramas-i-aek-2018", "Κυπελλούχος Δράμας η ΑΕΚ!"), ("opla-krani", "Όπλα, κράνη, εξαρτήσεις…!"),
             ("ta-pedia-pezi-echase-stichima-apo-ton-vranies", "Τα παιδία παίζει! Έχασε στοίχημα από τον Βράνιες"),
             ("ouiski", "Ουίσκι… δυο δάκτυλα!")]
    got = [path for path, _ in page("<ul>" + "".join(item(slug, words, n) for n, (slug, words) in enumerate(items)) + "</ul>"
                                    + '<ul class="menu"><li><a href="/videos/">Βίντεο σήμερα</a></li></ul>')]
    assert got == [f"/{slug}/" for slug, _ in items]


def test_an_empty_link_laid_over_a_slide_is_named_by_the_plain_headline_beside_it() -> None:
    # A slider's slides: an empty link, the picture and the headline in bold beside it, no heading, no title class
    # ("<li><a href=...></a><img alt=...><strong>Trump, McMaster'ın görevine son verdi</strong></li>"); or a paragraph
    # under the picture's link ("<a><img alt=85223></a><p>نائب الملك يطلق ...</p>").
    slides = "".join(f'<li><a href="/haber/{slug}/86347{n}"></a><img src="/i/{n}.jpg" alt=""><strong>{title}</strong></li>'
                     for n, (slug, title) in enumerate([("trump-mcmasterin-gorevine-son-verdi",
                                                         "Trump, McMaster'ın görevine son verdi"),
                                                        ("afrinde-4-koy-daha-temizlendi",
                                                         "Afrin'de 4 köy daha teröristlerden temizlendi")]))
    assert page(f'<div class="slider"><ul>{slides}</ul></div>') == [
        ("/haber/trump-mcmasterin-gorevine-son-verdi/863470", "Trump, McMaster'ın görevine son verdi"),
        ("/haber/afrinde-4-koy-daha-temizlendi/863471", "Afrin'de 4 köy daha teröristlerden temizlendi")]


def test_an_empty_link_is_not_named_by_hidden_words_a_credit_or_a_summary_under_its_storys_own_link() -> None:
    # Beside an empty link: a template's debugging output in a hidden box, a photographer's credit, then the headline.
    hidden = ('<div class="item"><a href="/life/419623/"></a><div style="display:none">Array ( [0] => 8 )</div>'
              '<span>На обочине у Заславля почти две недели лежит туша свиньи</span></div>')
    credited = ('<div class="slide"><div class="credito-variedades">Dilson Silva e Jc Pereira / AgNews</div>'
                '<a href="/variedades/ludmilla-enfrenta-calor-no-rio/320610"><div class="image"></div></a>'
                '<p>Ludmilla enfrenta calor no Rio de Janeiro com mergulho na praia</p></div>')
    # ... nor a label beside an empty link whose title attribute names the story ("Domenica 18 marzo", no headline alone).
    titled = ('<div class="photos"><a href="/2018/03/18/domenica-18-marzo-2/" title="Domenica 18 marzo"></a>'
              '<span>Le foto di oggi</span></div>')
    titles = dict(page(hidden + credited + titled))
    assert titles["/life/419623/"] == "На обочине у Заславля почти две недели лежит туша свиньи"
    assert titles["/variedades/ludmilla-enfrenta-calor-no-rio/320610"] == \
        "Ludmilla enfrenta calor no Rio de Janeiro com mergulho na praia"
    assert titles.get("/2018/03/18/domenica-18-marzo-2/") != "Le foto di oggi"


def test_a_pictures_empty_link_takes_no_teaser_text_where_its_storys_own_link_beside_it_has_words() -> None:
    # The story's own link in the block names it; the summary below it is no headline (which of a story's links titles
    # its entry is decided over the whole page: the empty link offers nothing to choose).
    slide = lxml.html.fromstring(
        '<div class="slide"><figure><a style="background-image:url(/i/e1vo.jpg)" href="/raksts/nakamgad.a377974/"></a>'
        '</figure><div><a href="/raksts/nakamgad.a377974/">Nākamgad Latvijas Institūtu pievienos LIAA</a></div>'
        '<div class="lead">Nākamgad Latvijas Institūtu (LI) pievienos Latvijas Investīciju un attīstības aģentūrai.</div>'
        '</div>')
    assert teaser_title(slide.find(".//figure/a")) == ""


def test_headline_leaves_out_a_kicker_its_class_calls_a_preface_or_a_supertitle() -> None:
    html = ('<h2><a href="/lokales/abriss-geplant-kuendigungen-von-garagen-58563673.html"><span class="preface">Abriss'
            ' geplant</span> Kündigungen von Garagen verärgern die Mieter</a></h2>'
            '<h2><a href="/2026/03/01/olympia-gold/"><span class="teaser-supertitle">Olympia 2026</span>'
            ' Historischer Erfolg im Ringen der Frauen</a></h2>')
    assert [title for _, title in page(html)] == ["Kündigungen von Garagen verärgern die Mieter",
                                                  "Historischer Erfolg im Ringen der Frauen"]


def test_headline_leaves_out_a_badge_and_a_count_of_comments_in_their_own_elements() -> None:
    html = ('<h2><a href="/2026/03/01/terrorziel-europa-islamisten/">Terrorziel Europa: Islamisten und der Staat'
            '<span class="badge-status">COMPACT+</span></a></h2>'
            '<li><a href="/futbol/costa-icin-son-viraja-girildi-h44887.html">Costa için son viraja girildi! 2 milyon'
            ' Euro<br><span class="font-weight-bold">(85 yorum)</span></a></li>')
    assert [title for _, title in page(html)] == ["Terrorziel Europa: Islamisten und der Staat",
                                                  "Costa için son viraja girildi! 2 milyon Euro"]


def test_links_in_a_weather_box_or_to_a_weather_host_are_not_stories() -> None:
    html = ('<div class="module weather-tab"><h2><a href="/forecast/adelaide-2026-03-01-9401.html">Adelaide 21 °C and'
            ' sunny all day</a></h2></div>'
            '<p><a href="https://weather.example.com/popup_fcast.jsp?site=news&amp;twcid=9770">Sydney 21 °C - 27 °C</a></p>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_links_in_a_box_of_recipes_are_not_stories() -> None:
    html = ('<div class="gallery-widget healthy-recipes"><h2>Healthy Recipes</h2><ul><li>'
            '<a href="/mediterranean-potato-soup-059991/"><h3>Healthy Recipe: Mediterranean Potato Soup</h3></a></li></ul></div>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_list_of_short_labels_with_numbered_addresses_is_a_menu_not_stories() -> None:
    products = "".join(f'<li><a href="/finanzen/article25{n}0630391/{name}-Zinsen-2-75-Prozent-Lohnt-sich-das-Angebot.html">'
                       f'{name}</a></li>' for n, name in enumerate(["Trade-Republic", "Klarna", "Comdirect", "Barclays"]))
    assert [path for path, _ in page(f"<ul>{products}</ul>{story(1)}")] == ["/2026/03/01/story-1/"]


def test_a_one_word_headline_stays_among_long_ones_under_a_heading_or_where_its_slug_is_that_word() -> None:
    among = ('<ul><li><a href="/2016/02/01/setlist/">Setlist</a></li>'
             '<li><a href="/2016/02/01/a-long-story/">A long story with a whole headline here</a></li>'
             '<li><a href="/2016/02/01/another-long-story/">Another long story with a whole headline</a></li></ul>')
    headed = '<ul>' + "".join(f'<li><h4><a href="/2016/02/0{n}/story-{n}-by-bike-{n}4711/">By bike</a></h4></li>'
                              for n in range(1, 4)) + '</ul>'
    blog = '<ul>' + "".join(f'<li><a href="/2020/0{n}/{slug}.html">{title}</a></li>' for n, (slug, title) in
                            enumerate([("l-eau-qui-dort", "L'eau qui dort"), ("perdant", "Perdant"), ("chut", "Chut")], 1)) + '</ul>'
    assert len(page(among)) == 3
    assert len(page(headed)) == 3
    assert [title for _, title in page(blog)] == ["L'eau qui dort", "Perdant", "Chut"]


def test_a_short_headline_stays_where_its_slug_spells_its_words_but_the_short_ones() -> None:
    columns = "".join(f'<article><h4><a href="/opinion/{slug}-2021080119{n}805-ntvo.html">{title}</a></h4></article>'
                      for n, (slug, title) in enumerate([("radar-averiado", "Un radar averiado"), ("manana", "Hoy no, mañana")]))
    issue = '<article><h4><a href="/oreol/news/117625-_30_1176/">№ 30 (1176)</a></h4></article>'
    assert [title for _, title in page(story(1) + columns + issue)] == [
        "Story 1: a headline of several words", "Un radar averiado", "Hoy no, mañana"]


def test_a_short_headline_in_another_script_stays_where_its_percent_encoded_slug_is_its_words() -> None:
    def teaser(number: int, folder: str, slug: str, words: str) -> str:
        return (f'<div class="item"><a href="/article/{number}/{quote(folder)}/{quote(slug)}"><div class="title">{words}'
                '</div></a></div>')
    html = (teaser(829025, "البلد", "زيارة-المستقبل", "زيارة المستقبل")
            + teaser(829026, "البلد", "إيران-تريد-حزب-الله-آخر-في-اليمن", "إيران تريد حزب الله آخر في اليمن")
            + teaser(829027, "الملعب", "اشتعال-صراع", "اشتعال صراع")
            # (not a name that ends a series' longer slug: a profile's; nor a Latin slug's two words under a folder in
            # another script, spelled as ever)
            + teaser(162104, "אמנים", "אמני-הגולה-יוני-גנוט", "יוני גנוט")
            + teaser(829028, "البلد", "visit-future", "Visit Future"))
    assert [title for _, title in page(html)] == ["زيارة المستقبل", "إيران تريد حزب الله آخر في اليمن", "اشتعال صراع",
                                                   "Visit Future"]


def test_buying_guides_best_of_lists_contests_downloads_newsletters_quotes_and_job_ads_are_not_stories() -> None:
    shop = "".join(f'<h3><a href="{href}">A teaser that reads like a headline {n}</a></h3>' for n, href in enumerate([
        "/kaufberater/saug-wisch-roboter-test/", "/bestenlisten/testsieger/top-10-die-besten-saugroboter/2dxtvlp",
        "/bildplus/gewinnspiel/gewinnspiele/gewinnspiele-75208514.bild.html", "/download/product/crystaldiskinfo-59349",
        "/politik/der-kostenlose-newsletter-in-ihr-postfach-6985b5471ec9885e0fe65b3e",
        "/souteze/velikonocni-hody-s-denikem-soutezte-o-poukazky-20180316.html", "/quotes/1196/?qt=1", "/cikk/64820/Allashirdetes",
        "/downloadvorschalt,3610.html"]))
    assert [path for path, _ in page(shop + story(1))] == ["/2026/03/01/story-1/"]
    # (a slug of words saying "download" names a story: "/posting/553657/Download_com+verspreidde+malware+...")
    news = ('<h3><a href="/posting/553657/Download_com+verspreidde+malware+die+bitcoins+steelt">Download.com verspreidde'
            ' malware die bitcoins steelt</a></h3>')
    assert [path for path, _ in page(news)] == ["/posting/553657/Download_com+verspreidde+malware+die+bitcoins+steelt"]


def test_shopping_deals_and_betting_tips_are_not_stories() -> None:
    html = ('<h3><a href="/es/noticias/shopping/20210802-mejores-ofertas-amazon-7673513">Las mejores ofertas del lunes'
            ' en Amazon</a></h3>'
            '<h3><a href="https://oferplan.news.example.com/ofertas-descuentos/masaje-relajante-pareja-14272.html">Masaje'
            ' relajante en pareja en el centro</a></h3>'
            '<h3><a href="/es/noticias/apuestas-deportivas/japon-vs-espana-11961793">La anfitriona, último escollo para'
            ' España</a></h3>'
            # (the site's shop, and a trade site's directory of its suppliers)
            '<h3><a href="/eshop/index.asp?mod=eshop_item&amp;cID=52&amp;pID=63698">2018/1 ηλεκτρονικό τεύχος περιοδικού'
            ' Γ-Κ</a></h3><h3><a href="/suppliers/index.asp?mod=supplierList&amp;Kind=7&amp;id=54137">Τελευταίες'
            ' καταχωρήσεις προμηθευτών</a></h3>'
            # (and a catalogue's sheet of a product's specifications)
            '<h3><a href="/handys/7319-samsung-galaxy-s9-plus/datenblatt">Samsung Galaxy S9 Plus Datenblatt und alle'
            ' Daten</a></h3>'
            # (and a cinema site's showtimes of a film, and one deal as French sites file it)
            '<h3><a href="/seances/chien,362546">Voir les séances pour Chien ce soir</a></h3>'
            '<h3><a href="/bon-plan/bon-plan-un-chargeur-sans-fil-rapide-a-2379-39865704.htm">Bon plan : un chargeur sans'
            ' fil rapide à 23,79 €</a></h3>'
            # (or in one word of its slug; and a French software library's page of a program)
            '<h3><a href="/bonplan-8262-une-enceinte-ue-boom-2-a-79.html">Une enceinte UE Boom 2 à 79 € chez Darty</a></h3>'
            '<h3><a href="/logitheque/metatogger.htm">Editeur de tags conciliant puissance et simplicité, disponible'
            ' gratuitement</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_headline_opening_with_a_deals_label_is_no_story_but_one_that_weighs_a_good_deal_is() -> None:
    deals = ('<h3><a href="/xiaomi-mi-a1-smartphone-plan/">[BON PLAN] Le smartphone Xiaomi Mi A1 à moins de 155 euros 🔥'
             '</a></h3><h3><a href="/plan-linfinix-zero-5-noir-a-184-43-e">Bon plan sur l’Infinix Zero 5 Noir, à seulement'
             ' 184.43 €</a></h3><h3><a href="/2018/03/17/oddworld-strangers-wrath-incursion-td">Bons plans iOS : Oddworld:'
             ' Strangers Wrath, Incursion TD, Sky Live</a></h3>')
    report = ('<h3><a href="/campus/article/2016/02/01/les-admissions-paralleles.html">Admissions parallèles, le bon plan'
              ' ?</a></h3>')
    assert [path for path, _ in page(story(1) + deals + report)] == ["/2026/03/01/story-1/",
                                                                    "/campus/article/2016/02/01/les-admissions-paralleles.html"]


def test_a_job_notice_with_its_count_of_vacancies_is_no_story_but_a_report_on_a_recruitment_is() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/news/new-mangalore-port-trust-recruitment-2018-junior-assistant-clerk-18-vacancies-1331821",
         "New Mangalore Port Trust Recruitment 2018 Junior Assistant Clerk 18 Vacancies"),
        ("/2018/02/13/job-vacancy-editor-daily-post", "JOB VACANCY: Editor for our newsroom in Abuja"),
    ])
    news = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/jobs/nia-recruitment-2018-national-investigation-agency-announces-jobs-invites-applications/1101520",
         "NIA recruitment 2018: National Investigation Agency announces jobs, invites applications"),
        ("/article/after-two-year-hiring-freeze-flipkart-opens-700-new-job-vacancies-78386",
         "After a two-year hiring freeze, Flipkart opens 700 new job vacancies"),
    ])
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/",
        "/jobs/nia-recruitment-2018-national-investigation-agency-announces-jobs-invites-applications/1101520",
        "/article/after-two-year-hiring-freeze-flipkart-opens-700-new-job-vacancies-78386"]


def test_a_sites_property_and_job_markets_and_its_e_paper_are_not_stories() -> None:
    html = ('<h3><a href="https://immobilienmarkt.news.example.com/immobilien-ratgeber/angebote-fuer-ihre-solaranlage">'
            'Jetzt individuelle Solaranlagen-Angebote erhalten</a></h3>'
            '<h3><a href="https://stellenmarkt.news.example.com/jobsuche/vorstand-geschaeftsfuehrung">Vorstand und'
            ' Geschäftsführung: Jobs finden</a></h3>'
            '<h3><a href="https://epaper.news.example.com/2026/03/01/ausgabe-4711.html">Die Zeitung von heute zum'
            ' Lesen</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_classifieds_boards_folder_in_more_languages_holds_no_story() -> None:
    teasers = [("/index.php/aggelies/item/87514-poleitai-volkswagen-golf-14-timi-syzitisimi",
                "Πωλείται Volkswagen Golf '14 (Τιμή Συζητήσιμη)"),
               ("/mali-oglasi/prodajem-stan-u-centru-grada-4711", "Prodajem stan u centru grada, povoljno"),
               ("/clasificados/vendo-departamento-en-el-centro-88123", "Vendo departamento de dos ambientes en el centro"),
               ("/inzerce/prodam-byt-3-1-v-centru-mesta-5521", "Prodám byt 3+1 v centru města, cena dohodou")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in teasers)
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_job_ads_classifieds_brand_folders_and_a_community_host_are_not_stories_but_reports_on_jobs_are() -> None:
    teasers = [("/poste/responsable-sous-traitance-et-export-control-h-f/", "Responsable sous-traitance et export control"),
               ("/poste/architecte-logiciel-temps-reel-middleware-f-h-2/", "Architecte logiciel temps réel Middleware"),
               ("/stellenmarkt/art-director-digital-print-80-100-1", "Art Director (Digital, Print) bei einer Agentur"),
               ("/petitesannonces/33213_iphone-7-plus-128-apple-care", "Iphone 7 plus 128 Go avec Apple Care"),
               ("/brandchannel/dekoratio_20180312_9_marka_amirol_nem_is_hallott", "9 márka, amiről nem is hallott"),
               ("https://communautes.news.example.com/status/15008", "Les cryptos ? Oui, mais dans quel sens ?"),
               ("/gestion_offre/visu_offre.php4?reference_offre=171505", "Technicien Electricité en usine H/F"),
               ("/stellen/4711-media-designerin", "Media Designerin w/m Witschi + Partner AG, Ittigen"),
               ("/video/31257", "INFORME PUBLICITÁRIO - Governo destinou R$ 50 milhões para a Agricultura")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in teasers)
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]
    # reports on jobs, on advertising and on a community stay stories
    news = ('<h3><a href="/2026/03/01/les-offres-h-f-de-la-fonction-publique-en-hausse/">Les offres de la fonction'
            ' publique en hausse</a></h3>'
            '<h3><a href="/community/2026/03/01/local-group-raises-funds-for-the-library/">Local group raises funds for'
            ' the library</a></h3>'
            '<h3><a href="/2026/03/01/arpp-campagne/">Publicité : l\'ARPP épingle une campagne de lessive</a></h3>'
            '<h3><a href="/2026/03/01/jobs-report/">Jobs report: employers add 200,000 posts in February</a></h3>')
    assert len(page(news)) == 4


def test_a_folder_of_vacancies_or_a_course_catalogues_numbered_course_holds_no_story_but_a_singular_folder_files_reports() -> None:
    ads = [("/emplois/37309/representante-aux-ventes", "Représentant(e) aux ventes chez un éditeur"),
           ("/empleos/4412/responsable-comercial-en-madrid", "Responsable comercial en Madrid para una startup"),
           ("/vacancies/88412/senior-reporter-west-midlands", "Senior reporter, West Midlands, full time"),
           ("/formations/5/referencement-seo-debutant", "Référencement SEO : les bases pour débutants")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in ads)
    news = [("/formation/formation-professionnelle/lancement-d-une-offre-de-formations-au-rgpd-30820.html",
             "Lancement d'une offre de formations au RGPD"),
            ("/economia/empleo/2026/03/01/el-paro-baja-en-marzo/", "El paro baja en marzo por tercer mes seguido")]
    html += "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in news)
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"] + [href for href, _ in news]


def test_a_sections_own_page_its_folders_name_and_a_number_is_a_story_only_where_a_headline_names_it() -> None:
    sections = '<li><a href="/logiciels-rh/logiciels-rh-21549.html">Logiciels RH</a></li>' \
               '<li><a href="/actualites-rh/actualites-rh-20754.html">toutes les actualités</a></li>'
    clip = '<h3><a href="/video/video-224871.html">UN verschieben die Rettungsaktion in Aleppo erneut</a></h3>'
    assert [path for path, _ in page(story(1) + sections + clip)] == ["/2026/03/01/story-1/", "/video/video-224871.html"]


def test_a_job_boards_folder_named_vacant_jobs_holds_job_ads_but_a_story_about_vacancies_is_news() -> None:
    ads = [("/lediga-jobb-media/digital-strateg-till-kammarkollegiet-6903259", "Digital strateg till Kammarkollegiet"),
           ("/lediga-jobb-media/arbetsgivare/marknadsassistent-till-kund-i-malmo-6902442", "Marknadsassistent till kund i Malmö"),
           ("/vacatures-media/eindredacteur-digitale-media-120443", "Eindredacteur digitale media in Amsterdam"),
           ("/ledige-stillinger/journalist-til-vestlandet-88412", "Journalist til Vestlandet, fast stilling")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in ads)
    news = ('<h3><a href="/ekonomi/2018/03/16/rekordmanga-lediga-jobb-i-mars/">Rekordmånga lediga jobb i mars enligt'
            " Arbetsförmedlingen</a></h3>")
    assert [path for path, _ in page(story(1) + html + news)] == ["/2026/03/01/story-1/",
                                                                   "/ekonomi/2018/03/16/rekordmanga-lediga-jobb-i-mars/"]


def test_listings_for_sale_and_a_radios_song_pages_are_not_stories_but_a_story_about_a_sale_is() -> None:
    pages = [("/Nyheter/Eiendom/Til-salgs/Oslo/Ullern/Skoeyen-klassisk-3-roms-selveier-med-peis", "Skøyen: klassisk 3-roms"
              " selveier med peis og god takhøyde"),
             ("/immobilier/a-vendre/paris-15/appartement-3-pieces-lumineux-84512", "Appartement 3 pièces lumineux à Paris 15e"),
             ("/tracks/11744/", "JE M'EN FOUS by MOK SAIB"), ("/tracks/11642/", "MI GNA by SUPER SAKO & MAITRE GIMS")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in pages)
    news = '<h3><a href="/2018/03/19/house-for-sale-fetches-record/">House for sale in Oslo fetches a record price</a></h3>'
    assert [path for path, _ in page(story(1) + html + news)] == ["/2026/03/01/story-1/", "/2018/03/19/house-for-sale-fetches-record/"]


def test_a_board_of_readers_greetings_holds_no_story_but_a_story_about_greetings_is_news() -> None:
    greetings = ('<h3><a href="/pozdravlenija/6976">С юбилеем! Дорогую Ирочку поздравляем всей семьёй</a></h3>'
                 '<h3><a href="/zyczenia/1204">Wszystkiego najlepszego dla naszej kochanej babci</a></h3>'
                 '<h3><a href="/novosti/291330-pozdravleniya-s-8-marta-kak-ih-pishut-latviitsy">Поздравления с 8 марта:'
                 ' как их пишут латвийцы</a></h3>')
    assert [path for path, _ in page(story(1) + greetings)] == [
        "/2026/03/01/story-1/", "/novosti/291330-pozdravleniya-s-8-marta-kak-ih-pishut-latviitsy"]


def test_vietnamese_classifieds_and_recruiting_folders_hold_ads_but_a_story_about_recruiting_is_news() -> None:
    ads = [("/raovat-tuyendung/tuyen-dung/201803/thong-bao-tuyen-dung-8072238/", "Thông báo tuyển dụng nhân sự mới"),
           ("/raovat-tuyendung/bo-cao-giai-the/201801/bo-cao-giai-the-doanh-nghiep-8064993/", "Bố cáo giải thể doanh nghiệp"),
           ("/rao-vat/nha-dat/201803/cho-thue-mat-bang-8067519/", "Thông báo về việc cho thuê mặt bằng"),
           ("/raovat/201803/ban-xe-may-suzuki-8071240/", "Chương trình khuyến mại đặc biệt cho xe máy")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in ads)
    news = ('<h3><a href="/du-hoc/8-ong-lon-co-the-tuyen-dung-ban-20190413072835758.htm">8 ông lớn có thể tuyển dụng bạn mà'
            " không yêu cầu bằng đại học</a></h3>")
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/", "/du-hoc/8-ong-lon-co-the-tuyen-dung-ban-20190413072835758.htm"]


def test_a_blogs_home_page_under_a_folder_of_blogs_and_a_seminar_the_site_sells_are_not_stories() -> None:
    pages = [("/blogs/un-prof-sur-le-front-803/", "Un prof sur le front, le blog d'un enseignant"),
             ("/lesblogs/visa-pour-limage-2013-673/", "Visa pour l'image 2013, le blog du festival"),
             ("/blogs/il-sugo-della-storia", "Il sugo della storia, il blog di Tempi"),
             ("/ekpaideysi/seminars/seminar/962/seminario-ekmathisis-misthodosias", "Σεμινάριο εκμάθησης εργατικών θεμάτων")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in pages)
    # a post is filed deeper, by a long id or a date; a site's "/blog/" holds its posts themselves
    posts = ('<h3><a href="/blogs/post-significance-of-the-navratri-festival-2021668">Significance of the Navratri'
             ' festival</a></h3><h3><a href="/blogs/2018/02/l-assemblee-generale-de-pour-politis-34231/">L\'Assemblée'
             ' générale de Pour Politis</a></h3><h3><a href="/blog/il-compito-che-ci-aspetta-dopo-il-4-marzo">Il compito'
             " che ci aspetta dopo il 4 marzo</a></h3>")
    assert [path for path, _ in page(story(1) + html + posts)] == [
        "/2026/03/01/story-1/", "/blogs/post-significance-of-the-navratri-festival-2021668",
        "/blogs/2018/02/l-assemblee-generale-de-pour-politis-34231/", "/blog/il-compito-che-ci-aspetta-dopo-il-4-marzo"]


def test_sponsored_content_labelled_so_in_more_languages_or_filed_in_a_sponsors_folder_is_not_a_story() -> None:
    paid = [("/medier/digitalt/sa-gor-du-valkampanjen-6904550", "SPONSRAT INNEHÅLL: Så gör du valkampanjen mer framgångsrik"),
            ("/2018/03/16/nouvelle-gamme-de-velos/", "Contenu sponsorisé : la nouvelle gamme de vélos électriques"),
            ("/2018/03/16/nuove-cucine/", "Contenuto sponsorizzato - Le nuove cucine arrivano in città"),
            ("/horigoymeni-katahorisi/eyropaiko-panepistimio-kyproy-1", "Ευρωπαϊκό Πανεπιστήμιο Κύπρου, οι σπουδές"),
            ("/post/sponsor/la-storia-degli-appendiabiti", "La storia degli appendiabiti, dal Settecento a oggi"),
            # (a site's content marketing, a Portuguese publieditorial's folder)
            ("/content-marketing/2018/01/31/ingle--chetvert-veka-v-mire-himikatov", "Ingle – четверть века в мире химикатов"),
            ("/especiais/publieditoria/18-03-2018/mercado-de-trabalho.html", "Mercado de trabalho precisa de profissionais")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in paid)
    news = '<h3><a href="/2018/03/16/sponsored-content-rules/">Sponsored content rules tightened by the regulator</a></h3>'
    assert [path for path, _ in page(story(1) + html + news)] == ["/2026/03/01/story-1/", "/2018/03/16/sponsored-content-rules/"]


def test_a_teaser_holding_a_sponsored_by_label_over_the_sponsors_logo_is_not_a_story() -> None:
    # "Sponsored by" (a comment before it in the markup) over a link to the sponsor's own site: the label reaches up past
    # that off-site link to the teaser's story, an advertiser's. A story beside it, about sponsorship, stays.
    native = ('<li class="large-6 columns"><a href="/node/312797"><img src="a.jpg" alt=""></a><h3><a href="/node/312797">'
              'Why people must always be the priority</a></h3><div class="article-sponsor"><p><!-- label -->Sponsored by</p>'
              '<div class="sponsor-logo"><a href="https://www.homes.example.org/"><img src="logo.png" alt=""></a></div></div></li>')
    news = '<h3><a href="/2018/03/16/sponsored-by-a-bank/">A football club sponsored by a bank loses its shirt deal</a></h3>'
    assert [path for path, _ in page(f"<ul>{story(1)}{native}{story(2)}</ul>{news}")] == [
        "/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2018/03/16/sponsored-by-a-bank/"]


def test_a_readers_poll_labelled_so_asking_its_question_is_not_a_story_but_a_report_on_a_survey_is() -> None:
    polls = [("/2018/03/sondage-quel-est-le-pire-lateral-droit/", "Sondage – Quel est le pire latéral droit de l’histoire du PSG ?"),
             ("/gesellschaft/umfrage-champions-league-sieger-9448449", "Umfrage: Wer gewinnt die Champions League 2018?"),
             ("/il-sondaggio/sondaggio-mn-gattuso-rinnovo-285779", "SONDAGGIO MN - GATTUSO AD UN PASSO DAL RINNOVO, SCELTA GIUSTA?"),
             ("/ce/features/general/116285-qotw-do-smart-speaker/", "QOTW: Do you own a smart speaker?"),
             ("/2018/03/greatest-tv-shows-sweet-16", "VOTE: What are the best TV shows of all time?")]
    reports = [("/2018/03/sondage-macron-en-baisse/", "Sondage : Macron en forte baisse chez les retraités"),
               ("/2018/03/poll-majority-of-americans/", "Poll: Majority of Americans not confident in security of elections"),
               ("/2018/03/who-wins-the-league/", "Who wins the league this year? The coaches answer")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in polls + reports)
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"] + [href for href, _ in reports]


def test_what_is_on_in_romanian_dutch_or_italian_listings_folders_is_not_a_story_but_a_dated_report_there_is() -> None:
    listings = [("/md/afis/invitatie-la-cinema-lista-filmelor-pentru-17-martie", "Invitație la CINEMA! Lista filmelor pentru 17 martie"),
                ("/uitagenda/jazzfestival-in-het-park-dit-weekend", "Jazzfestival in het park dit weekend voor het hele gezin"),
                ("/appuntamenti/menabo-leggere-presente-disegnare-futuro", "Menabò. Leggere il presente per disegnare il futuro")]
    report = ("/md/afis/2018/03/17/festivalul-de-film-a-adus-zece-mii-de-spectatori", "Festivalul de film a adus zece mii de spectatori")
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in listings + [report])
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/", report[0]]


def test_a_popups_piece_asked_as_an_ajax_fragment_or_by_its_windows_size_is_not_a_story() -> None:
    photos = "".join(f'<li><a href="/photo_consult.html?id={n}&amp;ajax=true&amp;width=800&amp;height=550"><img src="{n}.jpg">'
                     f'<span>[2011-2012] L1-J14 Club Africain - Esperance Tunis {n}</span></a></li>' for n in (3185, 5548))
    window = '<li><a href="/gallery.php?id=77&amp;width=640&amp;height=480">The gallery of the match between the two clubs</a></li>'
    news = '<h3><a href="/2018/03/17/ajax-beat-psv-in-the-derby/">Ajax beat PSV in the derby of the season</a></h3>'
    assert [path for path, _ in page(story(1) + f"<ul>{photos}{window}</ul>" + news)] == [
        "/2026/03/01/story-1/", "/2018/03/17/ajax-beat-psv-in-the-derby/"]


def test_a_folder_of_promotions_holds_offers_and_promo_clips_not_stories() -> None:
    promos = [("/promo/10-pourcent-emetteur-recepteur-portable-yaesu-fta-750l/", "-10% sur l'Emetteur Récepteur portable YAESU"),
              ("/promos/reduction-lentree-salon-ebace-2017/", "Réduction de 100 dollars sur l'entrée au salon EBACE"),
              ("/shows/promoroliki/vse-video/pamyati-olega-tabakova-anons", "Памяти Олега Табакова, анонс фильма")]
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in promos)
    news = '<h3><a href="/2018/03/16/promo-season-for-airlines/">Promo season for airlines begins with record fares</a></h3>'
    assert [path for path, _ in page(story(1) + html + news)] == ["/2026/03/01/story-1/", "/2018/03/16/promo-season-for-airlines/"]


def test_a_link_counting_a_storys_comments_is_no_headline() -> None:
    html = ('<a href="/national/farm-hunger-striker-faces-eviction/comments-e6frfkwi-1225817934483">33 comments on this'
            ' story</a><a href="/national/farm-hunger-striker-faces-eviction/story-e6frfkwi-1225817934480">Farm hunger'
            ' striker faces eviction</a>')
    assert [path for path, _ in page(html)] == ["/national/farm-hunger-striker-faces-eviction/story-e6frfkwi-1225817934480"]


def test_a_dateline_link_gives_way_to_the_headline_link_of_the_same_story() -> None:
    html = ('<dl><dt><a href="/article/detail.aspx?articleid=DMF20120219_012">Izegem 19 février 2012 - 12:50 | Belga</a></dt>'
            '<dd><a href="/article/detail.aspx?articleid=DMF20120219_012">Incendie mortel à Izegem</a></dd></dl>')
    assert [title for _, title in page(html)] == ["Incendie mortel à Izegem"]


def test_a_link_to_more_of_a_kind_is_no_story_but_a_headline_its_slug_opens_with_is() -> None:
    html = (story(1) + '<a href="/p/4945.html">Plus de Photogaleries</a><a href="/z/2882">Plus d’infos mondiales</a>'
            '<a href="/videos/48213">More videos</a>'
            '<h3><a href="/print/864463-more-rain-forecast">More rain forecast</a></h3>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/", "/print/864463-more-rain-forecast"]


def test_a_pictures_teaser_of_two_or_three_words_its_name_spells_is_a_story_where_its_folder_holds_stories() -> None:
    def teaser(path: str, words: str) -> str:
        return (f'<a href="{path}"><img src="p.jpg" alt=""><h3>{words}</h3>'
                '<p>W czwartek (22 marca) o godzinie 18 w Studiu S-1 Radia Szczecin.</p></a>')
    html = (teaser("/aktualnosci/wiadomosci/bedzie-nowy-dworzec-w-centrum-miasta/", "Będzie nowy dworzec w centrum miasta")
            + teaser("/aktualnosci/wiadomosci/tylko-krystek/", "Tylko Krystek")
            + teaser("/aktualnosci/kultura/festiwal-filmowy-otwiera-nowy-sezon/", "Festiwal filmowy otwiera nowy sezon")
            + teaser("/vlajka/kaliningradska-oblast", "Kaliningradská oblast"))  # (a flag's tile, alone in its folder)
    assert [path for path, _ in page(html)] == ["/aktualnosci/wiadomosci/bedzie-nowy-dworzec-w-centrum-miasta/",
                                                "/aktualnosci/wiadomosci/tylko-krystek/",
                                                "/aktualnosci/kultura/festiwal-filmowy-otwiera-nowy-sezon/"]


def test_a_long_underscored_slug_is_a_story_under_a_headline_and_a_short_one_a_section() -> None:
    html = ('<a href="https://blogs.news.example.com/bossy/index.php/news/comments/what_should_i_do_about_my_friend/">'
            'What should I do about my friend?</a>'
            '<a href="/medien/netflix_verlost_lebenslaengliches_abo">Netflix verlost lebenslängliches Abo</a>'
            '<a href="/news/also_in_the_news/">Also in the news this week and more</a>')
    # (four words joined so are a story's slug where two are long; "also_in_the_news" joins short ones: a section)
    assert [title for _, title in page(html)] == ["What should I do about my friend?", "Netflix verlost lebenslängliches Abo"]


def test_subscription_offers_are_not_stories() -> None:
    html = ('<a href="/plus/abo/jahresabo?affiliateId=30174">heise+ Jahresabo: Mit heise+ lesen Sie alle Inhalte</a>'
            '<a href="https://abo.news.example.com/4-wochen-testen-lay">Jetzt vier Wochen lang das Angebot nutzen</a>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_camel_case_menu_class_still_says_navigation() -> None:
    html = ('<div class="topMenuItem"><a href="/2026/03/01/in-the-menu/">A story linked from the top menu item</a></div>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_the_sites_privacy_policy_is_not_a_story_though_its_address_has_an_id() -> None:
    html = '<a href="/Datenschutzerklaerung-der-Medien-GmbH-Co-KG-4860.html">Datenschutzerklärung der Medien GmbH</a>'
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_label_heading_over_a_block_of_stories_is_its_title_not_a_story() -> None:
    html = ('<section class="block"><h2 class="block-title"><a href="/sport/startseite/sport/sport-home-15479124.bild.html">'
            f'Sport</a></h2>{story(1)}{story(2)}</section>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/"]


def test_a_block_whose_class_says_it_has_no_ads_keeps_its_stories() -> None:
    assert [path for path, _ in page(f'<div class="widget boxContainer noAd">{story(1)}</div>')] == ["/2026/03/01/story-1/"]


def test_one_page_asked_for_several_items_by_id_lists_stories_not_a_tool() -> None:
    items = "".join(f'<a href="/toutes-les-news/lire.htm?lng=fr&amp;action=read&amp;id=16{n}">Les U1{n} sont champions'
                    f' de Belgique</a>' for n in range(1, 4))
    tool = "".join(f'<a href="/wetter.html?plz=2410{n}">Das Wetter in Kiel für heute und morgen {n}</a>' for n in range(2))
    # ... by the index or sequence number other systems name their items with ("articleView.html?idxno=18195").
    indexed = "".join(f'<a href="/news/articleView.html?idxno=1819{n}">한반도 준전시상태 스텔스기 F-22로 압박 {n}</a>'
                      f'<a href="/actualite/read.html?seq=4{n}1">Le conseil vote le budget de la commune {n}</a>' for n in range(2))
    # (a list's page number is no item's: "?pageno=2" asks for the next page of the same list)
    pager = "".join(f'<a href="/list.html?pageno={n}">Les nouvelles de la semaine passée page {n}</a>' for n in range(2, 4))
    assert [path for path, _ in page(items + tool + indexed + pager)] == [
        *(f"/toutes-les-news/lire.htm?lng=fr&action=read&id=16{n}" for n in range(1, 4)),
        *(path for n in range(2) for path in (f"/news/articleView.html?idxno=1819{n}", f"/actualite/read.html?seq=4{n}1"))]


def test_headline_leaves_out_a_date_stamp_element_inside_the_link() -> None:
    html = ('<ul><li><a href="/actualites/comment-pegasus-pirate-les-smartphones-2046602.html">'
            '<font class="time">01/08</font>&nbsp; Comment Pegasus pirate-t-il autant de smartphones ?</a></li>'
            '<li><a href="/actualites/windows-11-la-premiere-beta-2046603.html"><span>30.07.</span> '
            'Windows 11 : la première bêta est disponible</a></li>'
            # (a day and its month's name too, either way round)
            '<li><a href="/2018/03/sd-spranglista-hade-aldrig-en-chans/"><span>17 Mar</span> SD spränglista hade aldrig en'
            ' chans</a></li><li><a href="/2018/03/le-budget-est-adopte/"><span>5 juillet 2018</span> Le budget de la ville'
            ' est adopté</a></li></ul>')
    assert [title for _, title in page(html)] == ["Comment Pegasus pirate-t-il autant de smartphones ?",
                                                  "Windows 11 : la première bêta est disponible",
                                                  "SD spränglista hade aldrig en chans", "Le budget de la ville est adopté"]


def test_headline_leaves_out_today_or_yesterday_and_the_time_in_an_element_of_their_own() -> None:
    html = ('<ul><li><a href="/news/worldnews/stoltenberg-said-russia-grows-unpredictable-237077.html">Stoltenberg says'
            ' Russia grows ever more unpredictable <br/><acronym>Сегодня 14.57</acronym></a></li>'
            '<li><a href="/news/politik/die-koalition-einigt-sich-auf-den-haushalt-237078.html"><span>Heute, 10:15</span>'
            ' Die Koalition einigt sich auf den Haushalt</a></li>'
            '<li><a href="/news/monde/le-budget-de-la-ville-est-adopte-237079.html">Le budget de la ville est adopté'
            ' <em>Hier à 18h30</em></a></li>'
            # (a day's word alone is no stamp: it may be a headline's own)
            '<li><a href="/news/tv/the-show-returns-237080.html">The show returns <b>Today</b></a></li></ul>')
    assert [title for _, title in page(html)] == ["Stoltenberg says Russia grows ever more unpredictable",
                                                  "Die Koalition einigt sich auf den Haushalt",
                                                  "Le budget de la ville est adopté", "The show returns Today"]


def test_headline_leaves_out_a_classed_badge_of_one_letter_after_it_but_not_an_unclassed_letter_of_its_own() -> None:
    html = ('<ul><li><a href="/news/politics/the-army-was-ready-to-defend-the-peninsula-236883.html">The army was ready to'
            ' defend the peninsula, the government was not <span class="red_bg">G</span> <acronym>19:40</acronym></a></li>'
            '<li><a href="/news/tech/apple-unveils-the-new-iphone-236884.html">Apple unveils the new iPhone'
            ' <span>X</span></a></li></ul>')
    assert [title for _, title in page(html)] == ["The army was ready to defend the peninsula, the government was not",
                                                  "Apple unveils the new iPhone X"]


def test_headline_leaves_out_a_bold_label_before_a_plain_element_holding_the_rest_but_not_a_bold_headline() -> None:
    html = ('<a href="/2018/03/16/hitfox-gruender-will-mit-gabi-die-usa-erobern/"><h2><strong>InsurTech</strong>'
            ' <span>Hitfox-Gründer will mit Gabi die USA erobern</span></h2></a>'
            '<a class="news-links" href="/very-best-of/warum-ich-noch-nicht-auf-tinder-bin-id8125861.html">'
            "<strong>Yaël's Talk </strong><span>Warum ich noch nicht auf Tinder bin</span></a>"
            # (a bold headline of its own before a series' name no shorter: the page's words as they come)
            '<a href="/v/20170328160104263"><strong>Feinstaub und Smog</strong> <span>Die Wissenschaft der Woche</span></a>'
            # (a bold word inside running text: the headline's own)
            '<a href="/2018/03/16/trump-says-no-to-the-deal/"><strong>Trump</strong> says no to the deal at the last'
            ' minute</a>')
    assert [title for _, title in page(html)] == ["Hitfox-Gründer will mit Gabi die USA erobern",
                                                  "Warum ich noch nicht auf Tinder bin",
                                                  "Feinstaub und Smog Die Wissenschaft der Woche",
                                                  "Trump says no to the deal at the last minute"]


def test_headline_leaves_out_a_bold_label_before_a_dash_but_not_one_before_a_colon() -> None:
    html = ('<li><a href="/news/club/kurzawa-reflechit-a-engager-un-preparateur-mental/20474"><strong>Club</strong>\n'
            "- Kurzawa réfléchit à engager un préparateur mental\n</a></li>"
            '<h3><a href="/artikel/tera-zweite-open-beta-auf-ps4-xbox-one-gestartet,3327435.html"><b>TERA</b> - Zweite'
            " Open Beta auf PS4 &amp; Xbox One gestartet</a></h3>"
            # (before a colon the bold words are the headline's subject)
            '<a href="/actions/actualites/news/cloture-paris-le-cac40-reprend-821268.html"><b>Clôture Paris</b> : le'
            " CAC40 reprend 1,25%</a>")
    assert [title for _, title in page(html)] == ["Kurzawa réfléchit à engager un préparateur mental",
                                                  "Zweite Open Beta auf PS4 & Xbox One gestartet",
                                                  "Clôture Paris : le CAC40 reprend 1,25%"]


def test_headline_leaves_out_a_bold_label_before_a_sentence_of_its_own_but_not_a_bold_subject() -> None:
    html = ('<p><a href="/p/genova/2018/01/25/ACJYKTc-regeni_genova_piazza.shtml"><strong>ARTICOLO</strong> Regeni, a 2 anni'
            " dalla morte anche Genova in piazza</a></p>"
            '<li><a href="/2018/03/16/anto-evicted-from-the-house/"><b>Big Brother Naija</b> Anto evicted from the house'
            " tonight</a></li>"
            # (a bold subject the sentence goes on from in lower case stays the headline's)
            '<li><a href="/bourse/2018/03/16/compagnie-lebon-manque-de-visibilite/"><b>Compagnie Lebon</b> manque de'
            " visibilité pour 2020</a></li>")
    assert [title for _, title in page(html)] == ["Regeni, a 2 anni dalla morte anche Genova in piazza",
                                                  "Anto evicted from the house tonight",
                                                  "Compagnie Lebon manque de visibilité pour 2020"]


def test_a_name_over_a_picture_that_is_a_small_part_of_the_slug_gives_way_to_the_stories_headline() -> None:
    # A tag's name over the lead's picture ("Verratti"), the story's headline in the list below it.
    html = ('<div class="big-pic"><a href="/news/club/verratti-le-psg-nest-pas-si-loin-du-real/20479"><img src="v.jpg">'
            '<div class="caption"><div class="tag1">Verratti</div><div class="tag2">Interview</div></div></a></div>'
            '<ul><li><a href="/news/club/verratti-le-psg-nest-pas-si-loin-du-real/20479">Verratti : «Le PSG n’est pas si'
            " loin du Real»</a></li>"
            # (a short headline its slug spells whole stays the story's: "Chalk Coffee")
            '<li><a href="/2019/05/27/chalk-coffee/">Chalk Coffee</a></li>'
            '<li><a href="/2019/05/27/chalk-coffee/">Chalk Coffee opens its second shop in the old town</a></li></ul>')
    assert page(html) == [("/news/club/verratti-le-psg-nest-pas-si-loin-du-real/20479",
                           "Verratti : «Le PSG n’est pas si loin du Real»"), ("/2019/05/27/chalk-coffee/", "Chalk Coffee")]


def test_the_rest_of_a_headline_split_over_two_links_is_not_the_stories_headline() -> None:
    html = ('<h3><a href="/salute/20_marzo_01/coronavirus-perche-si-e-diffuso-rapidamente-b2c4.shtml">Perché il coronavirus'
            '</a> <a href="/salute/20_marzo_01/coronavirus-perche-si-e-diffuso-rapidamente-b2c4.shtml">si è diffuso così'
            " rapidamente</a></h3>")
    assert [title for _, title in page(html)] == ["Perché il coronavirus"]


def test_headline_leaves_out_a_kicker_its_own_element_ends_in_a_colon_or_a_line_break() -> None:
    html = ('<a href="/wirtschaft/deutsche-bahn-wie-db-cargo-kaempft-a-0381fcea"><h2><span><span>Bahn-Tochter: </span>'
            '<span>Wie DB Cargo gegen die Zerschlagung kämpft</span></span></h2></a>'
            '<a href="/tests/test-express-asus-rt-ax56u-6641.html"><h2><strong>TEST </strong><br>'
            'Asus RT-AX56U, un routeur Wi-Fi 6 parfait pour les petits appartements</h2></a>')
    assert [title for _, title in page(html)] == ["Wie DB Cargo gegen die Zerschlagung kämpft",
                                                  "Asus RT-AX56U, un routeur Wi-Fi 6 parfait pour les petits appartements"]


def test_headline_leaves_out_a_kicker_line_in_capitals_set_in_a_span_before_the_headlines() -> None:
    def teaser(n: int, kicker: str, headline: str) -> str:
        return (f'<a href="/data/news/preview_news/story_16384{n}.asp"><img src="/{n}.jpg"><div class="mask"><h2>'
                f'<span id="sypt">{kicker}</span><span class="clear">{headline}</span></h2></div></a>')

    html = (teaser(1, "ΜΕ 1,5 ΛΤ. ΜΟΤΕΡ &amp; ΠΑΡΕΜΦΕΡΕΙΣ ΤΙΜΕΣ", "VWT-Roc Vs Honda HR-V")
            + teaser(2, "ΑΠΟ ΤΙΣ ΠΙΟ HIGH TECH ΛΙΜΟΥΖΙΝΕΣ", "Πρώτη Δοκιμή: Νέο Audi A8")
            # (a headline set in capitals over two spans is one headline)
            + teaser(3, "ΒΑΖΕΙ ΤΟ ΦΟΡΤΗΓΟ ΜΕ ΤΙΣ ΠΟΡΤΕΣ", "ΟΔΗΓΟΣ ΧΑΜΕΝΟ ΤΑΛΕΝΤΟ ΣΤΟ ΔΡΟΜΟ"))
    assert [title for _, title in page(html)] == ["VWT-Roc Vs Honda HR-V", "Πρώτη Δοκιμή: Νέο Audi A8",
                                                  "ΒΑΖΕΙ ΤΟ ΦΟΡΤΗΓΟ ΜΕ ΤΙΣ ΠΟΡΤΕΣ ΟΔΗΓΟΣ ΧΑΜΕΝΟ ΤΑΛΕΝΤΟ ΣΤΟ ΔΡΟΜΟ"]


def test_headline_is_the_bold_part_of_a_link_that_sets_its_sections_label_before_it() -> None:
    html = ('<ul class="ticker"><li><a href="nota.php?id=883888">INTERNACIONAL - Política: <strong>La prensa china alude a'
            ' Xi Jinping como lo hacía con Mao Zedong</strong></a></li>'
            '<li><a href="nota.php?id=883892">Religión: <strong>La Secretaría de Comunicación admite el error</strong></a></li>'
            # (not a bold word inside a headline's own words, nor a label after which more words follow the bold)
            '<li><a href="nota.php?id=883893">El gobierno anuncia <strong>un plan nuevo</strong> para los jóvenes</a></li>'
            '<li><a href="nota.php?id=883894">Un tiroteo en un centro comercial: <strong>pánico</strong></a></li></ul>')
    assert [title for _, title in page(html)] == [
        "La prensa china alude a Xi Jinping como lo hacía con Mao Zedong", "La Secretaría de Comunicación admite el error",
        "El gobierno anuncia un plan nuevo para los jóvenes", "Un tiroteo en un centro comercial: pánico"]


def test_headline_is_the_paragraph_that_reads_as_one_not_a_category_label_the_slug_happens_to_spell() -> None:
    teaser = ('<li><a href="/Actualites/un-dernier-but-et-les-anciens-des-girondins-gagnent-le-match-du-coeur/25916">'
              '<div class="data_info"><span class="data_before">14:27</span></div><div class="content-picture">'
              '<img src="/g.jpg" alt="Actualités"><div class="data_category">Anciens</div></div>'
              '<p>Un dernier but de... Pauleta et les anciens des Girondins gagnent le Match du Cœur (3-0)</p></a></li>')
    assert page(f"<ul>{teaser}</ul>") == [("/Actualites/un-dernier-but-et-les-anciens-des-girondins-gagnent-le-match-du-coeur/25916",
                                          "Un dernier but de... Pauleta et les anciens des Girondins gagnent le Match du Cœur (3-0)")]


def test_headline_is_the_bold_part_of_a_link_between_its_sections_name_and_its_byline_but_not_a_bands_name() -> None:
    html = ('<a href="/empresas/negocios/la-energia-solar-comienza-a-brillar-en-mexico/"><figure><img src="/s.jpg" alt="energía'
            ' solar"></figure> <span>Negocios</span> <b>La energía solar comienza a brillar en México</b> <i>José Roberto'
            ' Arteaga</i> </a>'
            # (the parts in a wrapper beside the picture)
            '<a href="/empresas/negocios/trump-arancel-a-china/"><figure><img src="/c.jpg" alt="china"></figure><div>'
            '<span>Negocios</span> <b>Trump lanza un cañonazo en aranceles a China</b> <i>Reuters</i></div></a>'
            # (a band in bold and its album beside, the picture's alt naming both: one headline)
            '<a href="/reviews/6811/evoken-atra-mors"><img src="/a.jpg" alt="Evoken Black Atra Mors"><br><strong>Evoken'
            ' Black</strong><br><em>Atra Mors</em></a>'
            # (a title naming the other part: that part is the headline)
            '<a title="Escucha el programa especial" href="/audios/la-rosa-de-los-vientos_20120603.html"><img src="/r.jpg">'
            '<span><strong>LA ROSA CELEBRA 2.000 PROGRAMAS</strong><span>Escucha el programa especial</span></span></a>')
    assert [title for _, title in page(html)] == ["La energía solar comienza a brillar en México",
                                                  "Trump lanza un cañonazo en aranceles a China", "Evoken Black Atra Mors",
                                                  "Escucha el programa especial"]


def test_headline_is_the_part_of_a_link_its_title_attribute_repeats_not_the_kickers_or_the_authors_heading() -> None:
    html = ('<a href="/noticia/prefeito-em-mt-se-envolve-em-acidente.html" title="Prefeito em Mato Grosso se envolve em'
            ' acidente; um morto"><h3>ESTRADA DA GUIA</h3><p>Prefeito em Mato Grosso se envolve em acidente; um morto</p></a>'
            '<a href="/colunista/joao-edison-de-souza/movimento-mato-grosso-subiu-no-muro.html" title="Movimento Mato Grosso'
            ' subiu no Muro"><img src="/w.jpg" alt=""><h2>João Edisom de Souza</h2><h3>Movimento Mato Grosso subiu no Muro</h3></a>'
            # (a title that only repeats the link's words, or names none of its parts, changes nothing)
            '<a href="/noticia/outra-noticia-do-dia.html" title="Outra notícia do dia"><h3>Outra notícia do dia</h3></a>')
    assert sorted(title for _, title in page(html)) == ["Movimento Mato Grosso subiu no Muro", "Outra notícia do dia",
                                                        "Prefeito em Mato Grosso se envolve em acidente; um morto"]


def test_a_colon_inside_the_running_text_of_a_headline_stays() -> None:
    html = ('<a href="/actualites/android-ce-cheval-de-troie-bancaire-2046604.html"><h2>Android : ce cheval de Troie '
            'bancaire prend le contrôle de votre appareil</h2></a>'
            '<a href="/2026/03/01/opinion-column/"><h2><b>Why we still buy it: a column about software</b></h2></a>')
    assert [title for _, title in page(html)] == ["Android : ce cheval de Troie bancaire prend le contrôle de votre appareil",
                                                  "Why we still buy it: a column about software"]


def test_a_title_attribute_found_inside_the_link_text_is_the_headline_without_kicker_or_byline() -> None:
    html = ('<a href="/ausland/energiepolitik-reiche-will-gasfoerderung-ankurbeln-a-1368d0a9" title="Ministerin Reiche '
            'will Gasförderung in Deutschland ankurbeln"><span class="topmark">Energiepolitik</span> '
            '<span>Ministerin Reiche will Gasförderung in Deutschland ankurbeln</span> <span>Von Anna Muster</span></a>'
            '<a href="/ausland/bahn-tochter-kaempft-a-0381fcea" title="Bahn-Tochter"><h2>Wie DB Cargo gegen die '
            'Zerschlagung kämpft</h2></a>')
    assert [title for _, title in page(html)] == ["Ministerin Reiche will Gasförderung in Deutschland ankurbeln",
                                                  "Wie DB Cargo gegen die Zerschlagung kämpft"]


def test_headline_leaves_out_the_sites_name_after_it() -> None:
    html = ('<a href="/tests/oppo-find-x2-pro-le-test-6444.html"><h2>Oppo Find X2 Pro : le test complet - '
            'news.example.com</h2></a>')
    assert [title for _, title in page(html)] == ["Oppo Find X2 Pro : le test complet"]


def test_headline_leaves_out_the_hosts_name_spelled_in_words_after_it() -> None:
    html = ('<html><body><h2><a href="/videogaleridetay/uzun-atlama-dunya-rekoru-konya-haber-sitesi.html">Uzun atlama dünya'
            ' rekoru - KONYA HABER SİTESİ</a></h2><h2><a href="/haber/konya-haber-merkezi-acildi-11066.html">Yeni merkez'
            ' açıldı - Konya Haber</a></h2></body></html>')
    entries = read_front_page(html, "https://www.konyahabersitesi.com/").entries
    # (not a part that spells only some of the host's name: "Konya Haber" may be the headline's own words)
    assert [entry.title for entry in entries] == ["Uzun atlama dünya rekoru", "Yeni merkez açıldı - Konya Haber"]


def test_a_bold_kicker_before_a_short_headline_its_slug_spells_is_left_out() -> None:
    html = ('<a class="tit" href="/_conteudo/2018/03/blogs/motores/2245188-mais-por-menos.html"><strong>Mercado</strong>'
            ' Mais por menos</a>'
            # (a short rest its slug does not spell is no headline alone: the two read as one)
            '<a class="tit" href="/_conteudo/2018/03/blogs/motores/2245189-balanco-do-mes-de-vendas.html"><strong>Mercado'
            '</strong> Mais por menos</a>')
    assert [title for _, title in page(html)] == ["Mais por menos", "Mercado Mais por menos"]


def test_a_storys_first_headline_wins_over_a_longer_rewording_in_a_later_box() -> None:
    html = ('<a href="/2026/03/01/kaserne/">Neue Kaserne eröffnet in der Stadt</a>'
            '<div class="box"><a href="/2026/03/01/kaserne/">Neue Kaserne eröffnet in der Stadt: was Anwohner jetzt '
            'wissen müssen</a></div>')
    assert page(html) == [("/2026/03/01/kaserne/", "Neue Kaserne eröffnet in der Stadt")]


def test_a_section_label_its_folder_spells_is_not_a_storys_headline() -> None:
    html = ('<div><a href="/humor/rudy_paz/358804">Humor</a></div>'
            '<div><a href="/cultura/2016/02/01/setlist-4711/">Setlist</a></div>' + story(1))
    assert [path for path, _ in page(html)] == ["/cultura/2016/02/01/setlist-4711/", "/2026/03/01/story-1/"]


def test_a_market_quote_is_a_data_page_not_a_story() -> None:
    html = ('<a href="/ekonomi/piyasa/2211-bitcoin">Bitcoin 38.291,75 %-1,45</a>'
            '<a href="/boerse/dax-index-1234567">DAX 18.210 +0,4 %</a>' + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_recipe_in_a_folder_named_in_the_singular_is_not_a_story() -> None:
    html = ('<a href="/effilee/rezept/safran-orangen-risotto-a-08fb5520">Safran-Orangen-Risotto mit Parmesan und Salbei</a>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_title_attribute_cut_short_by_a_quotation_mark_does_not_replace_the_link_text() -> None:
    html = ('<a href="/2026/03/01/de-virus-y-de-vinos/" title="De virus y “de vinos">De virus y “de vinos" con Fernando '
            'Simón (II)</a>')
    assert [title for _, title in page(html)] == ['De virus y “de vinos" con Fernando Simón (II)']
    # ... nor one that closed where the headline opens a curly quotation ('title="... Have "Killer Instincts""')
    html = ('<a href="/2026/03/01/ai-can-have-killer-instincts/" title="Google DeepMind Shows That AI Can Have "Killer'
            ' Instincts""><h3>Google DeepMind Shows That AI Can Have &#8220;Killer Instincts&#8221;</h3></a>')
    assert [title for _, title in page(html)] == ["Google DeepMind Shows That AI Can Have “Killer Instincts”"]


def test_among_alt_texts_the_longer_describes_the_story() -> None:
    html = ('<a href="/2026/03/01/blenders-explained/"><img src="b.jpg" alt="blender-b-010.jpg"></a>'
            '<a href="/2026/03/01/blenders-explained/"><img src="c.jpg" alt="What are high-performance blenders worth?"></a>')
    assert [title for _, title in page(html)] == ["What are high-performance blenders worth?"]


def test_a_horoscope_is_not_a_story_though_its_address_names_it_inside_a_compound() -> None:
    html = ('<a href="/iconist/service/plus699c5c55/monatshoroskop-maerz-skorpione-erleben-erfolg.html">Skorpione, flirtet'
            ' mutig los! Wassermänner erleben einen Top-Job-Monat</a>'
            '<a href="/bulvar/2018/03/napi-horoszkop-2018-marcius-13-rajtad-all-minden">Napi horoszkóp 2018. március 13. –'
            ' Rajtad áll minden</a>' + story(1))  # (Hungarian)
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_zodiac_readings_and_puzzles_to_play_are_not_stories_but_a_headlines_slug_naming_a_game_is() -> None:
    html = ('<h3><a href="/dzivesstils/353910-kuram-zodiaka-zimem-2-augusts-bus-ipasi-veiksmigs/">Kurām zodiaka zīmēm'
            ' 2. augusts būs īpaši veiksmīgs?</a></h3>'
            '<h3><a href="/gunluk-burc-yorumlari-3-agustos-2021-sali-1077282">Günlük burç yorumları bugün neler'
            ' söylüyor</a></h3>'
            '<h3><a href="/games/sudoku-jetzt-kostenlos-spielen-a-5f6bd756">Öffnen Sie das Spiel Sudoku heute</a></h3>'
            '<h3><a href="/games/daily-solitaire">Das tägliche Solitaire für Sie</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]
    # a headline's slug may name a game: "solitaire" is French and English for "lone" too
    news = ('<h3><a href="/politique/benoit-hamon-appelle-a-mettre-entre-parentheses-sa-strategie-solitaire-3602054">Benoît'
            ' Hamon appelle à mettre entre parenthèses sa stratégie solitaire</a></h3>')
    assert [path for path, _ in page(news)] == ["/politique/benoit-hamon-appelle-a-mettre-entre-parentheses-sa-strategie-solitaire-3602054"]


def test_lottery_draws_trivia_players_games_and_dream_readings_are_not_stories() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/loterias/resultado-del-quini-6-cuales-fueron-los-numeros-nid29012026/", "Cuáles fueron los números de la suerte"),
        ("/xo-so-mien-bac/xsmb-ket-qua-xo-so-hom-nay-n20210801171752776.htm", "Kết quả xổ số miền Bắc hôm nay ngày 2 tháng 8"),
        ("/juegos/trivias/cuanto-sabes-sobre-la-historia-de-la-onu-nid29012026/", "¿Cuánto sabés sobre la historia de la ONU?"),
        ("/victorina/20180315/1516319022.html", "Права потребителей. Как хорошо вы их знаете?"),
        ("/player/corks-fit-mix-high-energy-hits/", "The Fit Mix: high energy hits for your workout"),
        ("/on-air/kc-and-ross-in-the-morning/", "KC and Ross in the Morning, weekdays from six"),
        ("/spiele/id_90186570/forge-of-empires-kostenlos-online-spielen.html", "Von der Antike bis in die Zukunft spielen"),
        ("/ruyada-balik-gormek-ne-anlama-gelir-3119083", "Rüyada balık görmek ne anlama gelir?"),
        ("https://mengem.news.example.com/receptes/pa-pessic-vapor_0_2543145802.html", "Com es fa el pa de pessic al vapor?"),
        ("/trpeza/recepti/80531/baklava-ravanija-bez-kora-recept", "Baklava ravanija bez kora: nikad brža poslastica"),
        ("/kujna/deserti/trislojna-chokoladna-torta-so-malini", "Трислојна чоколадна торта со малини"),
    ])
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_nordic_and_greek_recipes_a_meal_plan_and_the_zodiac_are_not_stories_but_the_highway_codes_news_is() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/mad/opskrift/opkvikkende-smoothie-med-banan", "Opkvikkende smoothie med banan til morgenen"),
        ("/mat/oppskrifter/lammestek-med-rosmarin", "Lammestek med rosmarin og ovnsbakte poteter"),
        ("/mad/madplan/uge-12", "Boller i karry og nem pasta: Her er ugens madplan til dig"),
        ("/gefsi/syntages-glyka/660862/mhlopitakia-pentanostima-sto-foyrno", "Μηλοπιτάκια πεντανόστιμα στο φούρνο"),
        ("/gefsi/eykolh-syntagh/660863/fettuccine-me-saltsa-manitariwn", "Fettuccine με σάλτσα μανιταριών"),
        ("/gefsi/syntagh-ths-hmeras/660854/mprizoles-xoirines-sto-foyrno", "Μπριζόλες χοιρινές στο φούρνο με πιπεριές"),
        ("/zodia/659992/hmerhsia-problepsh-gia-ta-12-zwdia-sabbato-17-martioy", "Ημερήσια πρόβλεψη για τα 12 ζώδια"),
    ])
    news = ('<h3><a href="/przepisy-drogowe/news-nowe-tablice-rejestracyjne-i-badania,nId,6814779">Nowe tablice'
            ' rejestracyjne i badania, ale z rewolucji skorzysta tylko garstka</a></h3>')
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/", "/przepisy-drogowe/news-nowe-tablice-rejestracyjne-i-badania,nId,6814779"]


def test_a_newspapers_front_page_of_a_day_a_clubs_database_page_and_a_tv_guides_programme_are_not_stories() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/gazeteler/2018-03-23/hurriyet", "Hürriyet gazetesinin bugünkü manşeti ve birinci sayfası"),
        ("/gazete-mansetleri/ankara-son-soz_19-03-2018-tarihli-gazete-manseti-oku.html", "Ankara Son Söz Gazetesi manşeti"),
        ("/fc-barcelona/startseite/verein/131/saison_id/2017", "FC Barcelona: Kader, Spiele und Marktwerte 2017"),
        ("/progTv/fiche.php?id=1716563&date=2018-03-17", "Les Experts : Miami, saison 10 ce soir à la télévision"),
    ])
    news = ('<h3><a href="/schwelm/vereine/sanierung-an-schwelmer-rennbahn-geht-voran-d837776.html">Sanierung an'
            ' Schwelmer Rennbahn geht voran</a></h3>')
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/", "/schwelm/vereine/sanierung-an-schwelmer-rennbahn-geht-voran-d837776.html"]


def test_a_piece_of_the_authors_columns_filed_by_its_id_or_day_is_a_story_but_an_authors_page_is_not() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/authors/139817/aftafa-gormemis-zatlarin-tualet-radikalizmi.html", "Aftafa görməmiş zatların tualet radikalizmi"),
        ("/authors/20180322/1016592977.html", "О молодёжной политике Объединенной Левой партии Эстонии"),
        ("/author/11431/arwin-rahi", "Arwin Rahi, columnist of the opinion pages"),
        ("/authors/12345/posts", "All the posts of our columnist this month"),
        ("/authors/jane-doe", "Jane Doe writes on the economy for us"),
    ])
    assert [path for path, _ in page(story(1) + html)] == [
        "/2026/03/01/story-1/", "/authors/139817/aftafa-gormemis-zatlarin-tualet-radikalizmi.html",
        "/authors/20180322/1016592977.html"]


def test_a_gallery_or_video_by_its_small_serial_number_is_a_story_where_its_link_reads_as_a_headline() -> None:
    html = ('<a href="/imagenes/315/">Visita del portaaviones Juan Carlos I al puerto</a>'
            '<a href="/fr/photos/585">Le président reçoit les lettres de créance de six ambassadeurs</a>'
            '<a href="/photos/316/">Fotos</a>')  # (a label, no headline)
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/", "/imagenes/315/", "/fr/photos/585"]


def test_a_sports_databases_page_of_one_athlete_is_no_story_but_a_report_naming_fighters_is() -> None:
    html = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in [
        ("http://www.example.com/fighter/Alexander-Volkov-40951", "Alexander Volkov"),
        ("/fighters/Daniel-Cormier-52311", "Daniel Cormier"),
        ("/joueur/neymar-42859.htm", "Neymar"),
        ("/athlete/mikaela-shiffrin-58223", "Mikaela Shiffrin"),
    ])
    news = '<h3><a href="/news/fighters-weigh-in-for-the-london-card-133581">Fighters weigh in for the London card</a></h3>'
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/", "/news/fighters-weigh-in-for-the-london-card-133581"]


def test_webinars_white_papers_betting_forecasts_and_business_paid_pages_are_not_stories() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/resources/whitepaper/22025796/download-operational-excellence", "Download our ebook on operational excellence"),
        ("/news/webinar/passkeys-verstehen-und-nutzen-11153887.html", "Passkeys verstehen und nutzen: jetzt anmelden"),
        ("/du-doan-bong-da/soi-keo-nha-cai-u23-mexico-vs-brazil-n20210801165142083.htm", "Soi kèo nhà cái U23 Mexico vs Brazil"),
        ("/thong-tin-doanh-nghiep/uu-dai-he-sang-suc-khoe-937316.ldo", "Ưu đãi hè sang, sức khỏe ngập tràn giảm đến 15%"),
        ("/doanh-nghiep-san-pham-dich-vu/shopback-ky-niem-mot-nam-20210802141335672.htm", "ShopBack kỷ niệm một năm hoạt động"),
    ])
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_vendors_resource_library_is_not_stories_but_a_section_of_resources_news_is() -> None:
    html = ('<h3><a href="/resource/the-business-case-for-hyperconvergence-478730">The business case for hyperconvergence</a>'
            '</h3><h3><a href="/white-papers/solving-it-complexity-472486">Solving IT complexity for the enterprise</a></h3>'
            # (a section of news on mining and energy, "/resources/", stays)
            '<h3><a href="/resources/bhp-lifts-iron-ore-output-478731">BHP lifts iron ore output as prices climb</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/", "/resources/bhp-lifts-iron-ore-output-478731"]


def test_paid_death_notices_and_a_broadcasters_replays_are_not_stories_but_an_obituary_is() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("http://nekrologi.news.example.com/0,11,,489148,Marian-Kaczmarski-nekrolog.html", "Zmarł Marian Kaczmarski, żegnamy"),
        ("/traueranzeigen/anzeige-12345678-hans-mueller/", "In stiller Trauer nehmen wir Abschied"),
        ("https://replay.news.example.com/lv/ieraksts/ltv/199301/bellingcat-dokumentala-filma", "«Bellingcat». Patiesību"
         " meklējot. Dokumentāla filma"),
        ("/2026/03/01/obituary-jane-doe-actor/", "Jane Doe, actor who lit up the stage, dies at 90"),
    ])
    assert [path for path, _ in page(html)] == ["/2026/03/01/obituary-jane-doe-actor/"]


def test_a_scripts_js_hook_naming_sharing_does_not_make_a_teaser_chrome() -> None:
    html = "".join(f'<div class="grid-content article topstory js-share-dialog-container js-share-context">'
                   f'<a href="/article/story-number-{n}/894966{n}">Story number {n} of the evening news</a></div>'
                   for n in range(3))
    assert len(page(html)) == 3
    # A share bar named so, without a script's prefix, is still one.
    assert page('<div class="share-dialog"><a href="/article/story-number-9/8949669">Share this story with friends</a>'
                '</div>' + story(1)) == [("/2026/03/01/story-1/", "Story 1: a headline of several words")]


def test_a_redirect_script_and_a_classified_ads_subdomain_are_not_stories() -> None:
    html = ('<h3><a href="/cgi-bin/jump.cgi?ID=6023">What is fun and what is featured in the county</a></h3>'
            '<h3><a href="/redirect.php?url=https%3A%2F%2Fshop.example%2F12345">A partner offer for our readers today</a></h3>'
            '<h3><a href="http://class.news.example.com/Jobs-and-Careers-Offered/ad/39890/Customer-Service.html">Customer'
            ' Service and Sales Representative wanted</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_commercial_content_folders_and_a_death_notice_platform_are_not_stories() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/contenido-comercial/un-nuevo-icono-arquitectonico-llega-a-cartagena-635190", "Un nuevo ícono arquitectónico llega"),
        ("/comercial/2021/11/22/solicitar-un-credito-de-vivienda/", "¡Solicitar un crédito de vivienda no tiene que ser difícil!"),
        ("https://obituaries.news.example.com/obituary/lee-taylor-1091453337", "TAYLOR, Lee May 20, 1944 - Oct 9, 2024"),
    ])
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_section_link_with_its_call_to_see_more_is_no_story_but_a_headline_opening_with_see_all_is() -> None:
    html = ('<div class="cathead"><a href="/news/top-stories/">Top Stories <span>see more</span></a></div>'
            '<div class="cathead"><a href="/news/online-special/">Online Special View all</a></div>'
            '<h3><a href="/news/see-all-the-ads-from-super-bowl/">See All the Ads From Super Bowl LI, Best to Worst</a></h3>')
    assert page(story(1) + html) == [("/2026/03/01/story-1/", "Story 1: a headline of several words"),
                                     ("/news/see-all-the-ads-from-super-bowl/", "See All the Ads From Super Bowl LI, Best to Worst")]


def test_service_pages_a_local_site_files_beside_its_news_are_not_stories() -> None:
    html = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        # the civil register's notices, lost and found, the pharmacy on duty
        ("/news/etat-civil/naissances/carnet-rose-alizee-hentsch.html", "CARNET ROSE : Alizée Hentsch est née"),
        ("/news/etat-civil/deces/avis-de-deces-monsieur-paul-papillon.html", "Avis de décès : Monsieur Paul Papillon"),
        ("/news/recherche-trouve-perdu/trouve/le-creusot-a-qui-la-cle.html", "À qui appartient cette clé trouvée rue Jean Jaurès ?"),
        ("/communaute/perdu-trouve/vous-avez-perdu-un-animal/", "Animal perdu, que faire dès les premières heures ?"),
        ("/news/vie-locale/pharmacie-de-garde/pharmacie-de-garde-aujourd-hui-dimanche-18-mars.html",
         "Pharmacie de garde aujourd'hui dimanche 18 mars"),
        # a TV guide's programmes, on a folder and on a subdomain
        ("/programme-tele/173197253/section-de-recherches.html", "Section de recherches, saison 12, épisode 4"),
        ("http://tvprogramma.news.example.com/main/17/1521258351", "Микки и весёлые гонки, мультсериал"),
        # a partner's pages in Dutch, a catalogue of products, a form to e-mail a story to a friend
        ("/van-onze-partner/growing-ideas-tomatenkweker-wil-het-verschil-maken", "Growing Ideas - Tomatenkweker wil het verschil maken"),
        ("http://produits.news.example.com/fabricant-sika-france-171.php", "Sika France Solutions techniques pour construire"),
        ("/index.php/component/mailto/?tmpl=component&link=d5162e99c9240a04fba483ca3932f392014c8bee", "Στείλτε αυτό το σύνδεσμο σε φίλο"),
    ])
    # (a story that says it lost and found something, in its slug, is one; so is TV news under a TV section)
    kept = "".join(f'<h3><a href="{href}">{text}</a></h3>' for href, text in [
        ("/2026/03/01/lost-dog-found-after-three-weeks-in-the-woods/", "Lost dog found after three weeks in the woods"),
        ("/entertainment/tv/tvguide/article/Liv-Tyler-Is-Expecting-Her-Second-Child-5790678.php", "Liv Tyler is expecting her second child"),
    ])
    assert [path for path, _ in page(story(1) + html + kept)] == [
        "/2026/03/01/story-1/", "/2026/03/01/lost-dog-found-after-three-weeks-in-the-woods/",
        "/entertainment/tv/tvguide/article/Liv-Tyler-Is-Expecting-Her-Second-Child-5790678.php"]


def test_threads_of_a_sites_forum_are_not_stories_but_a_news_site_named_forum_has_its_own() -> None:
    html = ('<h3><a href="https://forums.news.example.com/forum/affich-37285226-probleme-alimentation-pc">Problème'
            ' d\'alimentation de mon PC portable</a></h3>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]
    own = read_front_page('<html><body><h3><a href="https://www.forum.hr/2026/03/01/vlada-donijela-odluku/">Vlada'
                          ' je donijela odluku o novim mjerama</a></h3></body></html>', "https://www.forum.hr/")
    assert [e.url for e in own.entries] == ["https://www.forum.hr/2026/03/01/vlada-donijela-odluku/"]


def test_a_headline_labelled_as_a_quiz_or_trivia_is_not_a_story_but_a_test_or_a_poll_is() -> None:
    html = "".join(f'<h3><a href="/nachrichten/id_8737515{n}/eine-geschichte.html">{text}</a></h3>' for n, text in enumerate([
        "Quiz: Erkennen Sie diese berühmten Persönlichkeiten?", "Trivia. ¿Quién acuñó el término Naciones Unidas?",
        "Тест. Що ви знаєте про кандидатів у мери Одеси?", "Test visual: lo primero que se ve revela tu personalidad",
        "Test: das neue Smartphone im Praxistest überzeugt", "Umfrage: Mehrheit der Deutschen für ein Tempolimit",
        "Wie gut kennen Sie die Berliner U-Bahnstationen?", "How well do you know the capitals of Europe?",
        "Concours : gagne un stabilisateur pour ton smartphone", "Gewinnspiel: Zwei Karten für das Konzert gewinnen",
        "Verlosung: fudder Sneak Preview im Cinemaxx", 'Jetzt gewinnen: "Teen Wolf" Staffel 4', "Win yourself a ZTE Skate !",
        "WIN Two tickets to see Girls Aloud at Brighton Pride", "Win for Democrats as the Senate passes the budget",
        "Gagnez des places pour le concert JUICY et Nathy Peluso", "Gewinnen Sie zwei Karten für das Finale",
        # (the prize after a dash or a colon: the film's or the event's name first)
        "White Day – gagnez des cadeaux !", "Avant que nous disparaissions : gagnez des places !",
        "Brexit – win or lose, the talks go on", "Le PSG s'impose – gagnez du temps sur la route du stade",
        # (and in Greek: a quiz, a call to vote)
        "ΚΟΥΙΖ: Ποιος είναι ο πρώην παίκτης της ΑΕΚ", "Ψηφίστε… Τι θα γίνει με τον ΠΑΟΚ",
        # (and in Norwegian, Swedish, Dutch: a call to vote)
        "Stem på din februarfavoritt blant bildene", "Rösta på årets idrottare i Skåne", "Stem op de mooiste foto van de week",
        # (and a call to predict a match's score: a prediction game; not a report on a forecast)
        "Voorspel de eindstand en ruststand van PEC Zwolle - Feyenoord", "Predict the score: Liverpool v Manchester City",
        "Voorspellingen van het KNMI voor de komende zomer",
    ]))
    assert [title for _, title in page(html)] == ["Test: das neue Smartphone im Praxistest überzeugt",
                                                  "Umfrage: Mehrheit der Deutschen für ein Tempolimit",
                                                  "Win for Democrats as the Senate passes the budget",
                                                  "Brexit – win or lose, the talks go on",
                                                  "Le PSG s'impose – gagnez du temps sur la route du stade",
                                                  "Voorspellingen van het KNMI voor de komende zomer"]


def test_a_quiz_asking_how_well_readers_know_a_subject_is_no_story_in_more_languages() -> None:
    html = "".join(f'<h3><a href="/novice/prispevek/60{n}30">{text}</a></h3>' for n, text in enumerate([
        "Kako dobro poznate šimpanze?", "Jak dobře znáte pražské tramvaje?", "Jak dobrze znasz polskie góry?",
        "Quanto conosci la storia della Juventus?", "Connaissez-vous bien les fromages de Normandie ?",
        "Quanto você sabe sobre a Copa do Mundo?", "Kako dobro je prodajala nova trgovina v centru mesta"]))
    assert [title for _, title in page(html)] == ["Kako dobro je prodajala nova trgovina v centru mesta"]


def test_an_arabic_sites_death_notices_and_congratulations_are_no_stories_but_news_of_a_mubarak_is() -> None:
    html = "".join(f'<h3><a href="/article/3618{n:02d}">{text}</a></h3>' for n, text in enumerate([
        "وفيات الاحد 18/3/2018", "المهندسة فريال عقل في ذمة الله", "الحاجة سارة محمد المعايطة الى رحمة الله",
        "تهنئه للدكتور احمد ابو محفوظ", "د حازم شحاده مبارك الترقية", "أنس الشويات وآيه الغرايبه .. زفاف مبارك",
        "إطلاق سراح حسني مبارك ودروس الثورة المصرية", "الملكة تدعم 100 مشروع مدر للدخل خلال زيارة لجمعية سيدات مأدبا"]))
    assert [title for _, title in page(html)] == ["إطلاق سراح حسني مبارك ودروس الثورة المصرية",
                                                  "الملكة تدعم 100 مشروع مدر للدخل خلال زيارة لجمعية سيدات مأدبا"]


def test_a_local_sites_death_notices_thanks_and_pharmacy_rota_are_no_stories_but_a_police_appeal_is() -> None:
    html = "".join(f'<h3><a href="/article/4480{n:02d}-un-avis.html">{text}</a></h3>' for n, text in enumerate([
        "Avis de décès", "Avis de remerciements", "Avis d'obsèques de Madame Martin", "Death notices",
        "Traueranzeigen", "Pharmacie de garde", "Farmacias de guardia del fin de semana",
        "Avis de recherche: disparition à Namur", "Apotheken können ab Februar Impfungen anbieten"]))
    assert [title for _, title in page(html)] == ["Avis de recherche: disparition à Namur",
                                                  "Apotheken können ab Februar Impfungen anbieten"]


def test_a_call_to_read_the_sites_print_edition_is_no_story_nor_the_lead_but_a_report_on_print_is() -> None:
    calls = ["Διαβάστε στην έντυπη ΠΑΤΡΙΣ της Δευτέρας 19 Μαρτίου 2018", "Πρωτοσέλιδο της έντυπης ΠΑΤΡΙΣ 19/03/2018",
             "Découvrez les principaux sujets de notre édition du 14 mars 2018 en 1 clic!",
             "What to read in today's print edition of the Gazette", "Was Sie in der heutigen Printausgabe lesen"]
    reports = ["Η κρίση στην έντυπη δημοσιογραφία βαθαίνει", "Print edition sales fall for the tenth year running"]
    html = "".join(f'<h2><a href="/2018/03/19/story-{n}/">{text}</a></h2>' for n, text in enumerate(calls + reports))
    assert [title for _, title in page(html)] == reports


def test_a_headline_asking_the_reader_to_click_is_no_story_but_a_report_on_clicks_is() -> None:
    html = "".join(f'<h2><a href="/2018/03/19/story-{n}/">{text}</a></h2>' for n, text in enumerate([
        "Coffee Brown και στο χώρο σας με ένα τηλεφώνημα! Κάντε κλικ στην Εικόνα !!",
        "Cliquez ici pour lire le pdf du journal", "Click here to download our app",
        "Facebook users click less on news links, study finds"]))
    assert [title for _, title in page(html)] == ["Facebook users click less on news links, study finds"]


def test_a_headline_selling_a_product_at_a_price_is_not_a_story_but_news_of_prices_is() -> None:
    html = "".join(f'<h3><a href="/article/36275{n}/a-teaser.html">{text}</a></h3>' for n, text in enumerate([
        "Today only: Bump up home security with Eufy gear at all-time low prices",
        "Don’t Pay $80, Get a Logitech Gaming Mouse for $37.99 Shipped",
        "Deal-Kracher: Gasgrill von Weber zum Tiefpreis", "Bluetooth-Kopfhörer von Marshall günstig wie nie",
        "輸入專屬折扣碼，Ivacy VPN 每月低至 1.07 美金", "Meilleur prix : Samsung Galaxy J7 (2017) au meilleur tarif",
        "Amazon cuts prices of its Echo speakers as sales slow", "Le meilleur prix du gaz baissera en avril",
    ]))
    assert [title for _, title in page(html)] == ["Amazon cuts prices of its Echo speakers as sales slow",
                                                  "Le meilleur prix du gaz baissera en avril"]


def test_a_few_addresses_without_an_id_among_numbered_stories_are_section_pages() -> None:
    stories = "".join(f'<a href="/35896{n}-a-story-about-the-day-number-{n}">A story about the day number {n} here</a>'
                      for n in range(8))
    sections = ('<a href="/secciones/el-pais">Todas las noticias de la sección El País</a>'
                '<a href="/piazzaticino/wlrwje9kv50/lo-spettro-di-un-nuovo-lockdown">Lo spettro di un nuovo lockdown in'
                ' Ticino</a>')
    paths = [path for path, _ in page(stories + sections)]
    assert "/secciones/el-pais" not in paths
    assert "/piazzaticino/wlrwje9kv50/lo-spettro-di-un-nuovo-lockdown" in paths and len(paths) == 9


def test_a_label_to_an_address_with_only_a_short_mixed_id_among_dated_stories_is_a_section_page() -> None:
    sections = ('<h3><a href="/world/mysteries-of-the-world-561ct133.htm">Mysteries of the world</a></h3>'
                '<h3><a href="/world/short-story-7ab3.htm">A short headline of several words here</a></h3>'
                '<h3><a href="/sport/a-short-story-1505.html">Rosier calls on Ghezzal!</a></h3>')
    paths = [path for path, _ in page(story(1) + story(2) + story(3) + sections)]
    assert "/world/mysteries-of-the-world-561ct133.htm" not in paths
    assert "/world/short-story-7ab3.htm" in paths and "/sport/a-short-story-1505.html" in paths


def test_the_dashes_between_a_sections_names_are_no_words_of_a_headline() -> None:
    sections = ('<h3><a href="/nhan-vat-su-kien-562ct133.htm">Nhân vật - Sự kiện</a></h3>'
                '<h3><a href="/phong-su-dieu-tra-581ct129.htm">Phóng sự – Điều tra</a></h3>')
    assert [path for path, _ in page(story(1) + story(2) + story(3) + sections)] == [
        "/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2026/03/01/story-3/"]


def test_a_label_to_an_address_without_any_number_among_dated_stories_is_a_section_page() -> None:
    sections = ('<h3><a href="/hoi-nong-dan/nong-dan-lam-giau.htm">Nông dân làm giàu</a></h3>'
                '<h3><a href="/serie/ist-das-eine-blase">Ist das eine Blase?</a></h3>'
                '<h3><a href="/column/kaos-hep-kaos-makale,414.html">Kaos hep kaos yine</a></h3>'
                '<h3><a href="/world/the-farmers-of-the-delta-count-their-losses.htm">The farmers of the delta count'
                ' their losses after the flood</a></h3>')
    paths = [path for path, _ in page(story(1) + story(2) + story(3) + story(4) + sections)]
    assert "/hoi-nong-dan/nong-dan-lam-giau.htm" not in paths and "/serie/ist-das-eine-blase" not in paths
    assert "/column/kaos-hep-kaos-makale,414.html" in paths  # a short number is an id
    assert "/world/the-farmers-of-the-delta-count-their-losses.htm" in paths and len(paths) == 6


def test_a_category_named_with_its_number_and_topic_or_taxonomy_pages_are_not_stories() -> None:
    html = ('<h3><a href="/archives/cat_50009743.html">ゲーム 総合ニュース まとめ の記事一覧</a></h3>'
            '<h3><a href="/taxonomy/term/106928">Agenda dos jogos da semana inteira</a></h3>'
            '<h3><a href="/es/temas/espana-juegos-olimpicos-1017082">España en los Juegos Olímpicos de Tokio</a></h3>'
            '<h3><a href="/archives/52318282.html">ゲームの新作発表会が来週に開かれると発表された</a></h3>')
    assert sorted(path for path, _ in page(story(1) + html)) == ["/2026/03/01/story-1/", "/archives/52318282.html"]


def test_a_days_or_a_months_archive_is_not_a_story_but_a_story_filed_by_its_slug_then_its_month_is() -> None:
    archives = ('<h3><a href="/date/2026/03/01/">All the news of the day in one place</a></h3>'
                '<h3><a href="/date/2026/02">View posts for February 2026 in the archive</a></h3>'
                '<h3><a href="/audio-news/2026/02/">The audio news of February, every day of it</a></h3>')
    slug_first = '<h3><a href="/articles/news/charter-jumps-into-5g-testing/2026/02/">Charter jumps into 5G testing</a></h3>'
    assert [path for path, _ in page(story(1) + archives + slug_first)] == [
        "/2026/03/01/story-1/", "/articles/news/charter-jumps-into-5g-testing/2026/02/"]


def test_stories_without_ids_stay_where_the_page_files_many_so() -> None:
    html = "".join(f'<a href="/politics/a-long-story-slug-number-{n}/">A long story about politics, part {n}</a>'
                   for n in ("one", "two", "three"))
    assert len(page(html + story(1) + story(2))) == 5


def test_an_ad_servers_click_counter_is_not_a_story() -> None:
    html = ('<a href="https://adsp.news.example.com/advertpro/servlet/click/media?mid=24138&amp;pid=0&amp;position=1">'
            "Ayın en çok satan kitapları bu hafta indirimde</a>" + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_headline_is_the_bold_words_over_the_summary_paragraph_of_a_whole_teaser_in_one_link() -> None:
    html = ('<figcaption><a href="/placements/palmares-scpi-classement-des-meilleures-scpi.html"><strong>SCPI : classement des'
            ' meilleurs rendements 2017</strong><br><p>Comment identifier les meilleures SCPI de rendement ? Le classement selon'
            ' leur taux de distribution est un indicateur, mais pas le seul...</p></a></figcaption>')
    assert [title for _, title in page(html)] == ["SCPI : classement des meilleurs rendements 2017"]
    # (a summary paragraph shorter than the headline is one all the same)
    short = ('<div><a href="/news/business/old-mutual-donates-30000-to-manx-charities/"><img src="/i.jpg" alt="">'
             '<strong>Old Mutual donates £30,000 to Manx charities</strong><p class="s-hide">Funds raised by staff through'
             ' 2017</p></a></div>')
    assert [title for _, title in page(html + short)][1] == "Old Mutual donates £30,000 to Manx charities"


def test_a_bold_headline_before_a_line_break_is_not_taken_for_a_kicker() -> None:
    html = ('<a href="/2026/03/01/council-votes/"><b>Council votes to rebuild the old bridge</b><br>The vote ends two years'
            ' of debate about the river crossing and its costs</a>')
    assert page(html)[0][1].startswith("Council votes to rebuild the old bridge")


def test_a_title_attribute_of_a_few_words_is_a_kicker_not_the_headline() -> None:
    html = ('<a href="/ausland/usa-und-israel-attackieren-iran-a-1368d0a9" title="Eskalation in Nahost">Eskalation in Nahost'
            ' USA und Israel attackieren Iran</a>')
    assert page(html)[0][1] != "Eskalation in Nahost"


def test_a_number_or_a_score_in_its_own_element_stays_in_the_headline() -> None:
    html = ('<a href="/2026/03/01/inflation/">Inflation falls to <b>2.5</b> per cent in March</a>'
            '<a href="/2026/03/01/derby/">Bayern win the derby <span>2-1</span> in Dortmund</a>')
    assert [title for _, title in page(html)] == ["Inflation falls to 2.5 per cent in March",
                                                  "Bayern win the derby 2-1 in Dortmund"]


def test_the_element_a_heading_class_names_is_the_headline_of_a_whole_teaser_in_one_link() -> None:
    html = ('<a href="/ticino/cronaca/1468054/bellinzona-svincolo-sud"><div class="section"><div class="lh-l">CANTONE</div>'
            '<span class="date">1 ora</span></div><div class="h1">Caos quotidiano al nuovo svincolo di Bellinzona sud</div>'
            '<div class="h2">Rotonde e code a ogni ora del mattino</div></a>')
    assert [title for _, title in page(html)] == ["Caos quotidiano al nuovo svincolo di Bellinzona sud"]


def test_a_most_read_list_in_a_block_flagged_as_showing_an_ad_keeps_its_stories() -> None:
    # "adActive", "on-ad-load": the block shows an ad somewhere, it is not one; "ad-box" is one.
    ranked = "".join(f'<li>{n}<a href="/article/51175{n}0">A most read story number {n} of the day</a></li>'
                     for n in range(1, 4))
    ad = '<div class="ad-box"><a href="/article/5117999">A sold teaser that only an advertiser placed</a></div>'
    paths = [path for path, _ in page(f'<aside class="aside-list adActive"><ul>{ranked}</ul></aside>{ad}')]
    assert paths == ["/article/5117510", "/article/5117520", "/article/5117530"]


def test_one_story_linked_with_and_without_a_placement_query_is_one_entry() -> None:
    html = ('<h2><a href="/article/5117423?rec=es">A story linked from the most read box</a></h2>'
            '<h2><a href="/article/5117423">A story linked from the most read box</a></h2>'
            '<h2><a href="/2026/03/01/story.php?id=42&amp;from=top">A script asked for one story by its id</a></h2>'
            '<h2><a href="/2026/03/01/story.php?id=43">A script asked for another story by its id</a></h2>')
    assert [path for path, _ in page(html)] == ["/article/5117423?rec=es", "/2026/03/01/story.php?id=42&from=top",
                                                "/2026/03/01/story.php?id=43"]


def test_a_mega_menus_teasers_are_stories_but_its_section_links_are_not() -> None:
    card = ('<div class="col card"><a href="/read/1489836/a-comedian-tells-what-happened"><img src="/a.jpg" alt=""></a>'
            '<h4><a href="/read/1489836/a-comedian-tells-what-happened">A comedian tells what happened that night</a></h4>'
            '</div>')
    menu = (f'<nav class="menu"><ul><li><a href="/politics/">Politics</a></li><li class="sub">'
            f'<a href="/people/">People</a><div class="more">{card}</div></li></ul></nav>')
    # listed, though not as the lead: the page's own column comes first
    assert [path for path, _ in page(menu + story(1))] == ["/2026/03/01/story-1/",
                                                           "/read/1489836/a-comedian-tells-what-happened"]


def test_a_mega_menus_card_without_a_heading_is_a_story_but_never_the_lead_where_every_story_sits_in_a_strip() -> None:
    card = ('<div class="col-md-4"><a href="/bourse/trading-a-haute-frequence-844145.html" class="image-wrapper">'
            '<img src="/a.jpg" alt=""></a><div class="title-river"><a href="/bourse/trading-a-haute-frequence-844145.html">'
            'Trading à haute fréquence : une finance à haut risque</a></div></div>')
    menu = f'<div class="sub-menu container"><ul><li><a href="/bourse/">Bourse</a></li></ul>{card}</div>'
    got = page(f'<nav class="menu">{menu}</nav><div id="page-header">{story(1)}{story(2)}</div>')
    # (the menu's story after the page's own, though the menu comes first in the markup)
    assert [path for path, _ in got] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/",
                                         "/bourse/trading-a-haute-frequence-844145.html"]


def test_a_mega_menus_list_of_numbered_headlines_gives_stories_after_the_pages_own_and_no_lead() -> None:
    items = "".join(f'<li><a href="/read/7657{n}/kesal-deddy-tegaskan-tak-punya-masalah-{n}">Kesal, Deddy tegaskan tak punya'
                    f" masalah {n}</a></li>" for n in range(3))
    sections = "".join(f'<li><a href="/{name.lower()}/">{name}</a></li>' for name in ("Ekonomi", "Hukum", "Olahraga", "Gaya"))
    menu = (f'<ul class="menu"><li><a href="/politik/">Politik</a><div class="megamenu"><div class="news_box"><ul>{items}'
            f"</ul></div></div></li>{sections}</ul>")
    # (one of the menu's stories the page also shows in its own column is placed there: it may lead)
    column = ('<main><h2><a href="/read/76571/kesal-deddy-tegaskan-tak-punya-masalah-1">Kesal, Deddy tegaskan tak punya'
              f" masalah 1</a></h2>{story(2)}</main>")
    paths = [path for path, _ in page(menu + column)]
    assert paths == ["/read/76571/kesal-deddy-tegaskan-tak-punya-masalah-1", "/2026/03/01/story-2/",
                     "/read/76570/kesal-deddy-tegaskan-tak-punya-masalah-0",
                     "/read/76572/kesal-deddy-tegaskan-tak-punya-masalah-2"]
    # (and where every story sits in a strip, the first the page shows outside the menu leads, though the menu lists it
    # first)
    ticker = column.replace("<main>", '<div class="news-ticker">').replace("</main>", "</div>")
    assert page(menu + ticker)[0][0] == "/read/76571/kesal-deddy-tegaskan-tak-punya-masalah-1"


def test_a_hidden_teaser_inside_the_chrome_stays_out() -> None:
    card = ('<div class="card"><a href="/read/1489836/a-comedian"><img src="/a.jpg" alt=""></a>'
            '<h4><a href="/read/1489836/a-comedian">A comedian tells what happened that night</a></h4></div>')
    assert page(f'<nav><noscript>{card}</noscript></nav>{story(1)}') == page(story(1))


def test_a_row_hidden_on_every_size_of_screen_stays_out_but_one_hidden_on_some_sizes_counts() -> None:
    switched_off = f'<div class="row hidden-xs hidden-sm hidden-md hidden-lg"><h1>{story(1)}</h1>{story(2)}</div>'
    phones_only = f'<div class="row hidden-md hidden-lg">{story(3)}</div>'
    got = [path for path, _ in page(f'{switched_off}<h2>{story(4)}</h2>{phones_only}')]
    assert got == ["/2026/03/01/story-4/", "/2026/03/01/story-3/"]


def test_a_template_naming_its_body_and_its_leads_block_with_a_menus_word_still_lists_their_stories() -> None:
    lead = ('<div class="row nav_main_article"><figure><img src="/lead.jpg" alt="">'
            '<h1><a href="/news/articles/the-lead-story/61455">The lead story of the page in words</a></h1></figure></div>')
    items = "".join(f'<div class="push"><a href="/news/articles/story-{n}/614{n:02}"><img src="/{n}.jpg" alt=""></a>'
                    f'<p class="navigation"><a href="/news">News</a></p><p class="title">'
                    f'<a href="/news/articles/story-{n}/614{n:02}">Headline {n} of the page in words</a></p></div>'
                    for n in range(1, 13))
    menu = ('<div class="menu"><a href="/2026/03/01/a-menus-story/">A story the menu features in words</a>'
            '<a href="/news">News</a><a href="/sport">Sport</a></div>')
    got = [path for path, _ in page(f'{menu}<div class="container-fluid main_nav">{lead}<div class="grid">{items}</div></div>')]
    assert got == ["/news/articles/the-lead-story/61455"] + [f"/news/articles/story-{n}/614{n:02}" for n in range(1, 13)]


def test_two_columns_a_template_names_with_a_menus_word_hold_the_pages_stories() -> None:
    # "nleft_nav" and "nright_nav": the page's two columns, each holding half its stories (neither three in four of them)
    # among more links to topics.
    def column(name: str, numbers: range) -> str:
        items = "".join(f'<div class="item"><div class="headline"><a href="/index.php/2026/03/story-{n}-of-the-day.html">'
                        f'Story {n}: a headline of several words</a></div><p>Its summary, a sentence of the story.</p></div>'
                        for n in numbers)
        tags = "".join(f'<li><a href="/index.php/tag/topic-{n}">Topic {n}</a> ({n})</li>' for n in range(20))
        return f'<div id="{name}">{items}<ul class="cloud">{tags}</ul></div>'

    menu = '<div class="menu"><a href="/news">News</a><a href="/reviews">Reviews</a></div>'
    got = [path for path, _ in page(f'{menu}<div class="outer">{column("nleft_nav", range(1, 13))}'
                                    f'{column("nright_nav", range(13, 24))}</div>')]
    assert got == [f"/index.php/2026/03/story-{n}-of-the-day.html" for n in range(1, 24)]


def test_a_weather_block_of_article_teasers_counts_but_a_forecast_widget_or_a_recipes_block_does_not() -> None:
    news = f'<div class="bloc-home bloc-home-meteo">{story(2)}{story(3)}</div>'
    widget = ('<div class="weather-box"><a href="/2026/03/01/paris-forecast/">Paris : 14 degrés et averses ce lundi</a>'
              '<a href="/meteo/lyon/">Lyon</a></div>')
    recipes = f'<div class="bloc-recettes">{story(4)}</div>'
    got = [path for path, _ in page(story(1) + news + widget + recipes)]
    assert got == ["/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2026/03/01/story-3/"]


def test_teasers_in_a_block_its_class_calls_sponsored_or_a_partners_are_not_stories() -> None:
    partners = "".join(f'<div class="partner-carousel-item">{story(n)}</div>' for n in (1, 2))
    sponsored = f'<article class="teaser sponsored">{story(3)}</article>'
    assert [path for path, _ in page(f'<div class="partners-carousel">{partners}</div>{sponsored}{story(4)}')] \
        == ["/2026/03/01/story-4/"]


def test_advertorial_and_event_subdomains_and_special_content_are_not_stories() -> None:
    html = ('<a href="https://inforial.example.com/read/1005306/a-brand-launches-its-new-product">A brand launches its'
            ' new product today</a><a href="https://events.example.com/read/1486382/a-festival-opens-its-doors">'
            'A festival opens its doors to the public</a><a href="/special-content/banking-for-newcomers-674236">'
            'Banking for newcomers: what you need to know</a>'
            '<a href="https://deals.example.com/sales/hype-3-5-for-mac-2">Hype 3.5 for Mac, the animation tool, on sale</a>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_advertising_folders_and_readers_or_peoples_pages_are_not_stories() -> None:
    html = ('<h3><a href="/reklamraksti/353425-jau-septembri-gardezus-pulces-riga-food.htm">Jau septembrī gardēžus'
            ' pulcēs Riga Food izstāde</a></h3>'
            '<h3><a href="/user/2332/blogs">Alexander Vinogradov writes his blog</a></h3>'
            '<h3><a href="/person/1656">The ombudsman for the rights of the child</a></h3>'
            '<h3><a href="/gebruiker/frank-gerritse">Afbeelding van Frank Gerritse, redacteur</a></h3>'
            '<h3><a href="/usuario/playlists/2716398448/maysa">Maysa morria há 40 anos; relembre sucessos</a></h3>'
            # a member's page in French, an advertorial's folder as French sites hyphenate it
            '<h3><a href="/membre/nicaulas-10714.html">Nicaulas, membre depuis 2009, ses critiques</a></h3>'
            '<h3><a href="/profily/doc-MUDr-Andrea-Kalavska-PhD-MHA-3580">doc. MUDr. Andrea Kalavská, PhD. MHA</a></h3>'
            '<h3><a href="/sante/publi-reportages/article/instants-de-vie-groupama-olivier">Instants de vie Groupama :'
            ' Olivier raconte</a></h3>'
            # ... or as they shorten it
            '<h3><a href="/infos/publi/evenement-le-maillot-collector-de-1993-est-dispo-156388">Evènement : le maillot'
            ' collector de 1993 est dispo !</a></h3>'
            # ... or a brand's information filed under the site's PR
            '<h3><a href="/pr/brand-info/424469/last-chance-to-own-intercontinental-holiday-apartment.html">Last chance'
            ' to own Intercontinental holiday apartment</a></h3>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_folder_whose_short_compound_name_says_advertising_holds_no_story_but_a_slug_saying_it_does() -> None:
    html = ('<h3><a href="/biuro-reklamy/praca/1498-burmistrz-nowogardu-oferuje-stanowisko/">(1498) Burmistrz Nowogardu'
            ' oferuje stanowisko</a></h3>'
            '<h3><a href="/anzeigen-werbung/kunden/2018/neue-filiale-eroeffnet-am-markt">Neue Filiale eröffnet am Markt</a></h3>'
            '<h3><a href="/article/digital/baidu-hits-reset-button-cleaning-online-advertising/308081/">Baidu Hits the Reset'
            ' Button After Cleaning Up Online Advertising</a></h3>')
    assert [path for path, _ in page(html)] == ["/article/digital/baidu-hits-reset-button-cleaning-online-advertising/308081/"]


def test_a_contest_to_enter_is_no_story_but_a_headline_saying_giveaway_among_its_words_is() -> None:
    html = ('<h3><a href="/article/2017/01/giveaway-win-an-autographed-edition-of-the-book">[GIVEAWAY] Win an autographed'
            ' edition of the book</a></h3>'
            '<h3><a href="/features/enter-the-matt-wilkinson-giveaway/">Enter the Matt Wilkinson giveaway today</a></h3>'
            '<h3><a href="/artikel/prijsvraag/win-kaarten-voor-festival.html">Win kaarten voor het festival van morgen</a></h3>'
            '<h3><a href="/2017/01/tax-giveaway-to-the-rich-passes-the-senate">Tax giveaway to the rich passes the'
            ' Senate</a></h3>')
    assert [path for path, _ in page(html)] == ["/2017/01/tax-giveaway-to-the-rich-passes-the-senate"]


def test_a_contest_in_more_languages_a_paid_piece_marked_sponso_and_a_job_offer_are_not_stories() -> None:
    html = ('<h3><a href="/nl/wedstrijden/win-de-dvd-van-the-mountain-between-us_15683">Win de DVD van The Mountain'
            ' Between Us</a></h3>'
            '<h3><a href="/2018/03/01/osallistu-arvontaan-ja-voita-apple-iphone-x/">Osallistu arvontaan ja voita Apple'
            ' iPhone X</a></h3>'
            '<h3><a href="/2018/03/02/nikon-plaza-paris/">Découvrez le Nikon Plaza Paris et gagnez une formation à la'
            ' photographie</a></h3>'
            '<h3><a href="/2018/03/03/une-semaine-avec-la-surface-pro/">Une semaine avec la nouvelle Surface Pro'
            ' [sponso]</a></h3>'
            '<h3><a href="https://emploi-btp.news.example.com/offre-emploi/offre-emploi-chef-d-agence-travaux-o-1448373">CHEF'
            " D'AGENCE TRAVAUX H/F</a></h3>"
            # (winning in a report's own words stays)
            '<h3><a href="/2018/03/04/liverpool-fight-back/">Liverpool fight back and win the league at Anfield</a></h3>')
    assert [path for path, _ in page(html)] == ["/2018/03/04/liverpool-fight-back/"]


def test_a_familiar_call_to_play_and_win_or_to_take_part_and_become_the_host_is_a_contest_not_a_story() -> None:
    html = "".join(f'<h3><a href="/news/{n}-a-teaser.html">{text}</a></h3>' for n, text in enumerate([
        "Joue avec Momo au BLIND TEST to RUSSIA et gagne ton voyage tous frais payés",
        "Participe au Talent Project et deviens animateur de la radio !",
        # (a report of a win, or of someone who became one, stays)
        "Nadal bat Federer et gagne le titre à Indian Wells", "Il participe au concours et devient champion du monde"]))
    assert [title for _, title in page(html)] == ["Nadal bat Federer et gagne le titre à Indian Wells",
                                                  "Il participe au concours et devient champion du monde"]


def test_a_model_letter_to_copy_is_not_a_story_but_an_open_letter_in_the_news_is() -> None:
    html = ('<h3><a href="/article/lettre-type-refus-candidature.5263">Lettre type de refus de candidature</a></h3>'
            '<h3><a href="/article/lettre-embauche-type.5262">Lettre d\'embauche type pour votre futur salarié</a></h3>'
            '<h3><a href="/ratgeber/musterbrief-kuendigung-4711.html">Musterbrief: So kündigen Sie Ihren Vertrag</a></h3>'
            '<h3><a href="/blog/050122/lettre-ouverte-aux-signataires-de-la-primaire">Lettre ouverte aux signataires de la'
            ' primaire populaire</a></h3>')
    assert [path for path, _ in page(html)] == ["/blog/050122/lettre-ouverte-aux-signataires-de-la-primaire"]


def test_a_directory_of_businesses_and_their_offers_is_not_a_story() -> None:
    html = ('<h3><a href="/Annuaire/CIMRA-INFORMATIQUE-SERVICES-64948/offre-1050-sauvegarde-externalisee.html">La sauvegarde'
            ' externalisée : l’assurance-vie de la PME</a></h3>'
            '<h3><a href="/branchenbuch/elektriker-muster-gmbh-4711/">Elektriker Muster GmbH: Ihr Partner für Solaranlagen'
            '</a></h3>'
            '<h3><a href="/News/L-article-du-jour/Hydrogene-forte-montee-en-puissance-du-Rhonalpin-McPhy-i85741.html">'
            'Hydrogène : forte montée en puissance du Rhônalpin McPhy</a></h3>')
    assert [path for path, _ in page(html)] == [
        "/News/L-article-du-jour/Hydrogene-forte-montee-en-puissance-du-Rhonalpin-McPhy-i85741.html"]


def test_a_short_numeric_id_before_the_slug_is_an_id_among_numbered_stories() -> None:
    stories = "".join(story(n) for n in range(1, 8))
    media = '<a href="/media/118/Na-kratko-o-kadrih-produktivnost">Na kratko o kadrih: kako izboljšati produktivnost?</a>'
    assert "/media/118/Na-kratko-o-kadrih-produktivnost" in [path for path, _ in page(stories + media)]


def test_a_story_its_teaser_labels_as_paid_for_is_not_listed() -> None:
    html = ('<section><a href="/article/5117514" class="channel">贊助</a><h3><a href="/article/5117514">3招打造翱翔未來的混合'
            '辦公模式</a></h3></section><div class="teaser"><span class="label">Anzeige</span>'
            '<a href="/2026/03/01/ein-kredit-fuer-alle/">Ein Kredit für alle, die jetzt bauen wollen</a></div>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_teaser_its_summary_calls_supplied_content_is_an_organisations_own_not_the_newsrooms() -> None:
    def teaser(slug: str, summary: str) -> str:
        return (f'<div class="article-item"><div class="article-image"><a href="/Magazine/Social-Scene/{slug}/"><img'
                f' src="/i/{slug}.jpg"></a></div><div class="article-content"><h3 class="article-title"><a'
                f' href="/Magazine/Social-Scene/{slug}/">{slug.replace("-", " ")}</a></h3><div class="summary">{summary}'
                '</div></div></div>')
    html = teaser("MentorPrize-Holds-Its-Inaugural-Fundraiser-Downtown", "Supplied content")
    news = teaser("A-Gala-Night-For-The-Special-Olympics-In-Town", "Our photographer was at the gala on Saturday")
    assert [path for path, _ in page(story(1) + html + news)] == [
        "/2026/03/01/story-1/", "/Magazine/Social-Scene/A-Gala-Night-For-The-Special-Olympics-In-Town/"]


def test_a_paid_label_padded_by_the_template_and_beside_the_sponsors_own_link_still_marks_its_story() -> None:
    padding = "\n" + " " * 40
    html = (f'<div class="article"><p class="section">{padding}Sponsored{padding}</p>'
            '<a href="/tips-for-a-healthy-life-with-your-family-0599992/"><h2>Tips for a healthy life with your family</h2></a>'
            '<div>by <a href="https://www.sponsor.example.org/">The Sponsor</a></div></div>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_short_heading_names_a_story_when_its_other_links_have_no_words_of_their_own() -> None:
    teaser = ('<div class="teaser"><h5><span>Sonnenmacht China</span></h5><p>China baut Windkraft massiv aus und'
              ' Deutschland bremst die Energiewende.</p><a href="/politik/energiewende-94190635.html"><h5>Sonnenmacht'
              ' China</h5></a><a href="/politik/energiewende-94190635.html" title="Sonnenmacht China">Deutschland'
              ' bremst die Energiewende trotz Chinas Vorsprung</a></div>')
    kicker_only = '<h3><a href="/2026/03/01/a-kicker-story/">Koran Tempo</a></h3>'
    assert page(teaser + kicker_only) == [("/politik/energiewende-94190635.html", "Sonnenmacht China")]


def test_headline_leaves_out_a_media_marker_after_it_but_not_a_score() -> None:
    html = ('<a href="/2026/03/01/cuarentena/">Motorizados incumplen la cuarentena en Carabobo (+Videos)</a>'
            '<a href="/2026/03/01/carnaval/">Le carnaval de Marche-en-Famenne (photo, vidéo, audio)</a>'
            '<a href="/2026/03/01/radiowoz/">Policyjny radiowóz zdemolowany przy Marszałkowskiej [GALERIA]</a>'
            '<a href="/2026/03/01/derby/">Bayern win the derby in Dortmund (2-1)</a>'
            '<a href="/2026/03/01/moribonde/">« La télévision, une moribonde tonique » (vidéo d’un Jeudi d’Acrimed)</a>'
            '<a href="/2026/03/01/videos-de-surveillance/">Le procès des caméras (vidéos de surveillance) commence</a>'
            '<a href="/news/aipl/202107140012.aspx">富豪布蘭森太空首飛成功 2張免費太空機票開放爭取[影]</a>'
            '<a href="/news/aipl/202107140013.aspx">東京奧運代表團授旗 蔡總統盼黃金世代激勵台灣【圖輯】</a>'
            '<a href="/2018/03/15/emission-avec-insta-audio/">Emission Ambarao sur Radio Alliance 92 avec INSTA# Audio</a>'
            '<a href="/2018/03/15/hashtag/">We are the champions of the league #WeAreTheChampions</a>'
            '<a href="/2018/03/15/tatlises-nevesini-evlendirdi-fotolar/">Tatlısəs nəvəsini evləndirdi - FOTOLAR</a>')
    assert [title for _, title in page(html)] == ["Motorizados incumplen la cuarentena en Carabobo",
                                                  "Le carnaval de Marche-en-Famenne",
                                                  "Policyjny radiowóz zdemolowany przy Marszałkowskiej",
                                                  "Bayern win the derby in Dortmund (2-1)",
                                                  "« La télévision, une moribonde tonique »",
                                                  "Le procès des caméras (vidéos de surveillance) commence",
                                                  "富豪布蘭森太空首飛成功 2張免費太空機票開放爭取",
                                                  "東京奧運代表團授旗 蔡總統盼黃金世代激勵台灣",
                                                  "Emission Ambarao sur Radio Alliance 92 avec INSTA",
                                                  "We are the champions of the league #WeAreTheChampions",
                                                  "Tatlısəs nəvəsini evləndirdi"]  # (Azerbaijani "photos")


def test_one_podcast_episode_is_a_story_but_the_catalogue_is_not_nor_a_classified_ad() -> None:
    html = ('<a href="/podcasts/f-a-z-podcast-fuer-deutschland/wie-man-die-medienzeit-seiner-kinder-regelt-200570271.html">'
            'So regelt man die Medienzeit der Kinder</a><a href="/podcasts/f-a-z-podcast-fuer-deutschland/">Der Podcast für'
            ' Deutschland, alle Folgen</a><a href="/actualites/huawei-annonce-ses-p50-et-p50-pro-2046571.html">Huawei'
            ' annonce ses P50 et P50 Pro</a><a href="/annonces/vends-velo-de-course-2046572.html">Vends vélo de course'
            ' en très bon état</a>'
            # an episode named by its slug alone, with a headline's words; shows' pages, by a short name or naming
            # the catalogue
            '<a href="/podcasts/frictionless-devex">Frictionless DevEx: how teams find what slows them down</a>'
            '<a href="/podcasts/the-weekly-brief/">The Weekly Brief</a>'
            '<a href="/podcasts/grand-stand/">More Grand Stand Sports Podcasts</a>')
    assert [path for path, _ in page(html + story(1))] == [
        "/podcasts/f-a-z-podcast-fuer-deutschland/wie-man-die-medienzeit-seiner-kinder-regelt-200570271.html",
        "/actualites/huawei-annonce-ses-p50-et-p50-pro-2046571.html", "/podcasts/frictionless-devex",
        "/2026/03/01/story-1/"]


def test_a_games_sections_numbered_story_is_a_story_but_a_game_to_play_is_not() -> None:
    html = ('<h2><a href="/videos/Spiele/Sea-of-Thieves-Der-Launch-Trailer-zum-Piratenabenteuer-ist-da-18999.html">Sea of'
            ' Thieves - Der Launch-Trailer zum Piratenabenteuer ist da</a></h2>'
            # a game named in a few words, or a call to play one, under the same folder: games, no stories
            '<h2><a href="/spiele/id_90186570/forge-of-empires-kostenlos-online-spielen-auf-t-online-de.html">Forge of'
            ' Empires: eine Reise durch die Zeit</a></h2>'
            '<h2><a href="/jeux/mots-croises-du-jour-48213.html">Les mots croisés du jour, grille facile</a></h2>')
    assert [path for path, _ in page(html + story(1))] == [
        "/videos/Spiele/Sea-of-Thieves-Der-Launch-Trailer-zum-Piratenabenteuer-ist-da-18999.html", "/2026/03/01/story-1/"]


def test_a_report_filed_in_a_news_folder_under_a_games_or_downloads_folder_is_a_story_but_a_program_page_is_not() -> None:
    html = ('<h2><a href="/spiele/fifa-18/news/fifa-18-neues-update-aendert-anstoessiges-trikot/">FIFA 18: Neues Update'
            ' ändert anstößiges Trikot</a></h2>'
            '<h2><a href="/spiele/yakuza-6/tests/yakuza-6-im-test-die-liebe-zum-detail/">Yakuza 6 im Test: Die Liebe zum'
            ' Detail</a></h2>'
            '<h2><a href="/downloads/windows-10/news/spring-creators-update-neue-windows-10-version-erscheint-im-april/">Spring'
            ' Creators Update: Neue Windows 10-Version erscheint im April</a></h2>'
            # a game's or a program's own page, and a call to play one, in the same folders: no stories
            '<h2><a href="/spiele/fifa-18/">FIFA 18: alle News, Tests und Videos zum Spiel</a></h2>'
            '<h2><a href="/downloads/windows-10/">Windows 10 herunterladen: die neueste Version gratis</a></h2>'
            '<h2><a href="/spiele/solitaire/news/solitaire-kostenlos-online-spielen-jetzt-sofort/">Solitaire kostenlos'
            ' online spielen, jetzt sofort</a></h2>')
    assert [path.split("/")[2] for path, _ in page(html)] == ["fifa-18", "yakuza-6", "windows-10"]


def test_a_shows_page_under_the_folder_of_shows_is_no_story_but_an_episode_is() -> None:
    html = ('<h2><a href="/sendungen/me-myself-and-media/">Me, Myself and Media, the weekly show</a></h2>'
            '<h2><a href="/emissions/le-grand-journal/">Le Grand Journal, toutes les émissions</a></h2>'
            '<h2><a href="/fernsehen/sendungen/extra_3/Extra-3-vom-02092015,extra9948.html">Extra 3 vom 2. September'
            ' 2015, die ganze Sendung</a></h2>'
            '<h2><a href="/sendungen/me-myself-and-media-41/2018/">Me, Myself and Media 41: wie unterwandert ist die NATO?</a></h2>'
            # (a show's page its script asks for by the show's id, and a campaign's landing page; an episode is asked of
            # another script)
            '<h2><a href="/Podcast/program.aspx/?progId=2060">הרגע | פודקאסט חדש ומומלץ על סיפור אחד אמיתי</a></h2>'
            '<h2><a href="/page.aspx?landingPageId=1021">כאן | בית היוצרים מטייל בארץ ומחפש קולות</a></h2>'
            '<h2><a href="/Podcast/item.aspx?pid=9856">עונה חדשה לפודקאסט המובן מאליו עם אורחים</a></h2>')
    assert [path for path, _ in page(html)] == ["/fernsehen/sendungen/extra_3/Extra-3-vom-02092015,extra9948.html",
                                                "/sendungen/me-myself-and-media-41/2018/", "/Podcast/item.aspx?pid=9856"]


def test_a_link_whose_query_marks_a_paid_placement_is_no_story_nor_is_anything_else_at_its_address() -> None:
    html = ('<ul><li><a href="/vendor/show.action?id=87743dd9&amp;place=SPONSORED_CONTENT_TOP">Cutting Java costs in'
            ' 2026 without slowing delivery</a></li></ul>'
            '<ul><li><a href="/vendor/show.action?id=497186d7&amp;place=RV">Designing a control plane for cloud'
            ' infrastructure, a live webinar</a></li></ul>'
            '<a href="/news/2026/03/cloud-queries-across-regions/">Cloud SQL queries across regions reach preview</a>')
    assert [path for path, _ in page(html + story(1))] == ["/news/2026/03/cloud-queries-across-regions/",
                                                           "/2026/03/01/story-1/"]


def test_a_block_titled_sponsored_or_press_releases_holds_no_stories() -> None:
    releases = ('<section><h3>Persberichten</h3><a href="/rgf-staffing-lanceert-younited-platform/"><h3>RGF Staffing'
                ' lanceert Younited, het platform voor ondernemers</h3></a></section>')
    sponsored = f'<div><h4>Sponsored</h4>{story(1)}</div>'
    paths = [path for path, _ in page(releases + sponsored + story(2) + story(3))]
    assert paths == ["/2026/03/01/story-2/", "/2026/03/01/story-3/"]


def test_a_box_titled_by_a_brands_logo_linking_to_its_site_is_the_brands_corner_but_a_sister_titles_section_is_not() -> None:
    corner = ('<div class="ahm-widget"><h3 class="ahm-widget-title"><a href="https://www.astramotor-md.co.id">'
              '<img src="/logo-ahm.png" alt=""></a></h3><ul>'
              '<li><a href="/2018/03/11/keren-santri-smk-khusyuk-modifikasi-sepeda-motor-901965">Keren! Santri SMK'
              ' khusyuk modifikasi sepeda motor</a></li>'
              '<li><a href="/2018/02/28/motor-bebek-vs-matik-mana-yang-terbaik-898824">Motor bebek vs matik, mana yang'
              ' terbaik?</a></li></ul></div>')
    sister = ('<div><h3><a href="https://www.noticiasmagazine.pt/"><img src="/nm.png" alt=""></a></h3><article><h2>'
              '<a href="/noticias-magazine/mario-cordeiro-a-ideia-falsa-dos-adolescentes-13999205.html">Mário Cordeiro:'
              ' a ideia falsa dos adolescentes</a></h2></article></div>')
    assert [path for path, _ in page(story(1) + corner + sister)] == [
        "/2026/03/01/story-1/", "/noticias-magazine/mario-cordeiro-a-ideia-falsa-dos-adolescentes-13999205.html"]
    # (a logo linking to the site itself titles one of its own sections)
    own = corner.replace("https://www.astramotor-md.co.id", "/otomotif/")
    assert len(page(story(1) + own)) == 3


def test_a_title_in_a_header_of_its_own_marks_the_block_right_after_it_as_press_releases_and_no_other() -> None:
    releases = ('<div class="view"><div class="view-header"><h2><a href="/Communiques">Communiqués</a></h2></div>'
                f'<div class="view-content">{story(1)}</div></div>')
    paths = [path for path, _ in page(releases + f"<div>{story(2)}</div>" + story(3))]
    assert paths == ["/2026/03/01/story-2/", "/2026/03/01/story-3/"]


def test_press_releases_in_their_folder_beside_a_news_sites_stories_are_not_its_news_but_a_newsrooms_are() -> None:
    releases = "".join(f'<li><a href="/pressreleaser/285477{n}/enersize-har-lamnat-in-patentansokningar-{n}">Enersize har'
                       f' lämnat in två patentansökningar av stor betydelse {n}</a></li>' for n in range(3))
    news = "".join(story(n) for n in range(1, 6))
    assert all("/pressreleaser/" not in path for path, _ in page(news + f"<ul>{releases}</ul>"))
    # (filed so in French: "/communique/<slug>", the releases a business site posts as they were sent)
    communiques = "".join(f'<li><a href="/communique/gbl-resultats-de-lannee-2017-{n}">GBL: résultats de l’année 2017,'
                          f" exercice {n}</a></li>" for n in range(3))
    assert all("/communique/" not in path for path, _ in page(news + f"<ul>{communiques}</ul>"))
    # (and as Russian and Ukrainian portals file their "companies' news": "/novosti-kompaniy/<slug>")
    companies = "".join(f'<li><a href="/novosti-kompaniy/vstrechayte-novuyu-lotereyu-27660{n}_.html">Встречайте новую'
                        f" электронную мгновенную лотерею {n}</a></li>" for n in range(3))
    assert all("/novosti-kompaniy/" not in path for path, _ in page(news + f"<ul>{companies}</ul>"))
    # (and filed so by the blog software, as it prints the category into the teaser's class: a plain slug's address)
    filed = "".join(f'<article class="post-12509{n} post type-post category-press-releases tag-damen entry"><h2><a href='
                    f'"/damen-unveils-multi-cat-water-injection-dredger-{n}/">Damen unveils Multi Cat Water Injection Dredger'
                    f' {n}</a></h2></article>' for n in range(3))
    assert all("/damen-unveils" not in path for path, _ in page(news + filed))
    # a company's newsroom: its releases are its news
    assert sum("/pressreleaser/" in path for path, _ in page(story(1) + f"<ul>{releases}</ul>")) == 3


def test_a_press_releases_title_in_a_column_of_titled_boxes_marks_its_own_box_only() -> None:
    # The column's boxes are siblings, each after its own title: "Communiqués" titles the box after it, not the column.
    column = ('<div id="content"><h2 class="newTitle">Actualités</h2>'
              f'<div class="home-actu">{story(1)}</div><h2 class="newTitle red">Communiqués</h2>'
              f'<div class="big">{story(2)}</div><br><div class="big">{story(3)}</div>'
              f'<h2 class="newTitle">Actualités</h2><div class="home-actu">{story(4)}{story(5)}</div></div>')
    assert [path for path, _ in page(column)] == ["/2026/03/01/story-1/", "/2026/03/01/story-4/",
                                                  "/2026/03/01/story-5/"]


def test_a_box_titled_job_offers_or_calls_for_tenders_holds_classifieds_down_to_the_next_title() -> None:
    def item(kind: str, n: int, words: str) -> str:
        return f'<div class="item"><a href="{kind}-societe-2225{n}.html"><div class="cat">Kinshasa</div><p>{words}</p></a></div>'
    jobs = ('<div class="last_left"><div class="title"><h3><a href="emplois.html">OFFRES D\'EMPLOI</a></h3></div>'
            '<div class="bar"> </div>' + item("emploi", 1, "Receptionist and secretary for the office")
            + item("emploi", 2, "Gestionnaire des infrastructures du parc national") + '</div>')
    tenders = ('<div class="last_left"><div class="title"><h3><a href="appels.html">APPELS D\'OFFRES</a></h3></div>'
               + item("appel", 3, "Equipements de communication et télécoms") + '</div>')
    after = f'<div class="title"><h3>Emploi</h3></div>{story(1)}{story(2)}'
    assert [path for path, _ in page(jobs + tenders + after)] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/"]


def test_an_alt_text_naming_the_image_file_is_no_headline_and_a_short_heading_its_slug_spells_stays() -> None:
    html = ('<a href="/7989404/lemon-cookie-recipes"><img src="/a.jpg" alt="pink-lemon-cookie-027-d111938.jpg"></a>'
            '<a href="/7989404/lemon-cookie-recipes" class="item-image-text">17 Perfect Lemon Cookie Recipes</a>'
            '<article><h2><a href="/2019/05/27/chalk-coffee/">Chalk Coffee</a></h2>'
            '<h3><a href="/2019/05/27/chalk-coffee/">my last visit in 2019</a></h3></article>')
    assert [title for _, title in page(html)] == ["17 Perfect Lemon Cookie Recipes", "Chalk Coffee"]


def test_an_alt_text_that_is_an_image_files_stem_a_hash_or_numbers_is_no_headline() -> None:
    html = ('<a href="/item/25566-lyseis-poiotitas.html"><img src="/a.jpg" alt="67ff11705b1492d6efc4e9f8aaf5d1cb"></a>'
            '<h3><a href="/item/25566-lyseis-poiotitas.html">Quality solutions for the new hospital wing of the town</a></h3>'
            '<a href="/item/20954-akadimia-deka-xronia.html"><img src="/b.jpg" alt="14801185 10154132154417648_695069588_n">'
            '</a><a href="/item/20955-camera-roll.html"><img src="/c.jpg" alt="IMG_2041"></a>'
            + "".join(story(n) for n in range(1, 4)))
    titles = [title for _, title in page(html)]
    assert "Quality solutions for the new hospital wing of the town" in titles
    assert not any(title in ("67ff11705b1492d6efc4e9f8aaf5d1cb", "14801185 10154132154417648_695069588_n", "IMG_2041")
                   for title in titles)


def test_a_medal_table_or_a_leagues_standings_is_a_data_page_not_a_story() -> None:
    html = ('<h3><a href="/sport/11976593">Таблица медалей Олимпиады в Токио</a></h3>'
            '<h3><a href="/sport/2026/03/01/standings-premier-league/">Standings: Premier League after matchday 25</a></h3>'
            '<h3><a href="/sport/11976594">Standings shake-up as the leaders lose at home again</a></h3>')
    assert [path for path, _ in page(html)] == ["/sport/11976594"]


def test_a_magazines_issue_named_by_its_number_and_year_is_no_story_but_a_headline_with_such_a_number_is() -> None:
    html = ('<li><a href="/HDTV-02-2018.162356.0.html">HDTV 02/2018</a></li>'
            '<li><a href="/SATELLIT-EMPFANG-TECHNIK-Ausgabe-2-2018.162789.0.html">SATELLIT EMPFANG + TECHNIK Ausgabe'
            ' 2/2018</a></li>'
            '<li><a href="/Der-Receiver-Test-im-Heft-2-2018-zeigt-die-Sieger.162790.0.html">Der Receiver-Test im Heft 2/2018'
            ' zeigt die Sieger</a></li>')
    assert [path for path, _ in page(html)] == ["/Der-Receiver-Test-im-Heft-2-2018-zeigt-die-Sieger.162790.0.html"]


def test_a_call_to_see_what_an_issue_holds_is_no_story_but_a_headline_about_an_issue_is() -> None:
    html = ('<li><a href="/the-listener/march-24-2018/">What\'s in this issue?</a></li>'
            '<li><a href="/metro/march-april/">In this month\'s issue</a></li>'
            '<li><a href="/magazine/avril-2018/">Dans ce numéro</a></li>'
            '<li><a href="/2026/03/01/in-this-issue-the-minister-answers/">In this issue of the budget the minister answers'
            ' at last</a></li>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/in-this-issue-the-minister-answers/"]


def test_a_shops_product_teaser_with_its_price_after_a_bar_is_no_story_but_a_headline_saying_a_price_is() -> None:
    html = ('<li><a href="/?onglet=boutique2article&amp;id=786412&amp;nomarticle=Xiaomi-Mi-Pro-Ordinateur">Xiaomi Mi Pro'
            ' Ordinateur | 791.36 €</a></li>'
            '<li><a href="/shop/item/780908-smartwatch-lemfo-lem5-pro">Smartwatch Téléphone LEMFO... | $117.59</a></li>'
            '<li><a href="/2026/03/01/kierowcy-tirow-dostaja-dzis/">Kierowcy tirów dostają dziś 7-9 tysięcy. Na emeryturze'
            ' - 854 zł</a></li>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/kierowcy-tirow-dostaja-dzis/"]


def test_one_story_linked_with_and_without_a_trailing_slash_is_one_entry() -> None:
    html = ('<h2><a href="/story/shotspotter-secret-sensor-locations-leak">Secret sensor locations leak online</a></h2>'
            '<h3><a href="/story/shotspotter-secret-sensor-locations-leak/">Secret sensor locations leak</a></h3>'
            '<h3><a href="/cartera/por-covid-cancelan-85-feria-ganadera%20">Por covid cancelan la 85 feria ganadera</a></h3>'
            '<h3><a href="/cartera/por-covid-cancelan-85-feria-ganadera">Cancelan la feria ganadera</a></h3>')
    assert [path for path, _ in page(html)] == ["/story/shotspotter-secret-sensor-locations-leak",
                                                "/cartera/por-covid-cancelan-85-feria-ganadera%20"]


def test_one_story_linked_with_a_doubled_slash_after_the_host_is_one_entry() -> None:
    html = ('<h2><a href="/2018/03/17/003/">The ministry hopes Europe will grasp the principle at last</a></h2>'
            '<li><a href="https://news.example.com//2018/03/17/003/">The ministry hopes Europe will grasp the principle'
            '</a></li><li><a href="//news.example.com//2018/03/17/004/">Police close the bridge after a crash at'
            ' dawn</a></li>')
    assert [path for path, _ in page(html)] == ["/2018/03/17/003/", "/2018/03/17/004/"]


def test_one_post_linked_by_its_blog_short_address_and_its_full_one_is_one_entry_either_way_round() -> None:
    full = '<h3><a href="/region/blanzy/448145-classes-en-1-blanzy-21.html">Classes en 1 : le banquet de Blanzy</a></h3>'
    short = '<li><a href="/?p=448145">Classes en 1 (Blanzy)</a></li>'
    other = '<li><a href="/?p=448146">Le marché de printemps de Sanvignes ouvre samedi</a></li>'
    assert [path for path, _ in page(full + short + other)] == ["/region/blanzy/448145-classes-en-1-blanzy-21.html",
                                                                "/?p=448146"]
    assert [path for path, _ in page(short + full + other)] == ["/?p=448145", "/?p=448146"]


def test_a_post_the_root_asks_by_its_number_with_and_without_its_slug_is_one_story() -> None:
    # "idnews=" (the id first) names a post as "newsid=" does; a second parameter only spells its slug.
    slugged = ('<h3><a href="/?idnews=847298&amp;t=la-presse-electronique-a-fond-sur-les-violences">La presse électronique'
               ' à fond sur les violences militaires</a></h3>')
    bare = '<a href="/?idnews=847298"><img src="/i/847298.jpg" alt=""></a>'
    other = '<h3><a href="/?id_article=847300&amp;t=nicolas-lawson-exprime-son-engagement">Nicolas Lawson exprime son engagement</a></h3>'
    assert [path for path, _ in page(bare + slugged + other)] == ["/?idnews=847298", "/?id_article=847300&t=nicolas-lawson-exprime-son-engagement"]
    # (two posts, a number apart, stay two; a second number is no slug: "?idnews=847298&page=2" is another page)
    assert len(page(slugged + '<h3><a href="/?idnews=847298&amp;page=2">La suite du dossier sur la presse</a></h3>')) == 2


def test_one_story_linked_with_its_query_parameters_in_another_order_is_one_entry() -> None:
    html = ('<h2><a href="/live/news.php?lang=173&amp;newid=13177&amp;cat=155">Workers rally for their rights in the'
            ' town square</a></h2><li><a href="/live/news.php?lang=173&amp;cat=155&amp;newid=13177">Workers rally for'
            ' their rights</a></li><li><a href="/live/news.php?lang=173&amp;cat=155&amp;newid=13176">A cultural'
            ' association holds its yearly meeting</a></li>')
    assert [path for path, _ in page(html)] == ["/live/news.php?lang=173&newid=13177&cat=155",
                                                "/live/news.php?lang=173&cat=155&newid=13176"]


def test_one_story_linked_at_its_address_and_at_its_mobile_editions_is_one_entry_either_way_round() -> None:
    html = ('<h2><a href="/cronache/articolo.php?articolo_id=59728">Doctors protest against their own pay rise and ask'
            ' for fairer spending</a></h2><h3><a href="/cronache/articolo.php?articolo_id=59729">A new hospital opens'
            ' in the north of the region</a></h3><li><a href="/m/cronache/articolo.php?articolo_id=59728">Doctors'
            ' protest against their own pay rise</a></li><li><a href="/mobile/news/2026/03/05/budget-vote-delayed/">'
            'Budget vote delayed again by a week</a></li><li><a href="/news/2026/03/05/budget-vote-delayed/">Budget'
            ' vote delayed again</a></li>')
    assert [path for path, _ in page(html)] == ["/cronache/articolo.php?articolo_id=59728",
                                                "/cronache/articolo.php?articolo_id=59729",
                                                "/mobile/news/2026/03/05/budget-vote-delayed/"]


def test_one_numbered_story_filed_under_two_folders_or_subdomains_is_one_entry() -> None:
    html = ('<h2><a href="https://metro.news.example.com/read/1490191/hospital-beds-fill-up">Hospital beds fill up in'
            ' the capital</a></h2><h3><a href="/nova/12912/police-may-use-firearms">Police may use firearms against'
            ' protesters</a></h3><h3><a href="/read/1490191/hospital-beds-fill-up">Hospital beds fill up</a></h3>'
            '<h3><a href="/noticia/12912/police-may-use-firearms">Police may use firearms</a></h3>'
            '<h3><a href="/noticia/12913/another-story-entirely">Another story with its own number</a></h3>')
    assert [path for path, _ in page(html)] == ["https://metro.news.example.com/read/1490191/hospital-beds-fill-up",
                                                "/nova/12912/police-may-use-firearms", "/noticia/12913/another-story-entirely"]
    # (and one named by its id alone in one folder on two of the site's hosts)
    hosts = ('<h3><a href="/articles/1058434.html">Not getting enough sleep? Here is why you should</a></h3>'
             '<h3><a href="https://lifestyle.news.example.com/articles/1058434.html">Not getting enough sleep? Here is'
             ' why</a></h3><h3><a href="/articles/1058435.html">Medication ATMs launched across the country</a></h3>')
    assert [path for path, _ in page(hosts)] == ["/articles/1058434.html", "/articles/1058435.html"]


def test_one_story_named_by_its_id_alone_under_two_sections_is_one_entry_by_its_headline_or_its_slug() -> None:
    # The same id under two sections' folders and one headline; the same id and another headline: a section's page of
    # that day (the id reads as a day and a serial), its own entry.
    same_id = ('<h3><a href="/news/aftr/201803160013.aspx">Expat writers publish Taiwan-inspired stories, poetry</a></h3>'
               '<h3><a href="/news/afav/201803170019.aspx">President thanks U.S. counterpart for signing travel act</a></h3>'
               '<h3><a href="/news/afav/201803160013.aspx">Expat writers publish Taiwan-inspired stories, poetry</a></h3>'
               '<h3><a href="/news/asoc/201803160013.aspx">Society news of the sixteenth of March in one page</a></h3>')
    assert [path for path, _ in page(same_id)] == ["/news/aftr/201803160013.aspx", "/news/afav/201803170019.aspx",
                                                   "/news/asoc/201803160013.aspx"]
    # One slug before each section's own id ("/Thoi-su/<slug>/332048.vgp", "/Hoat-dong/<slug>/332050.vgp"): one story;
    # two ids under one slug in one section (a series' issues) stay two.
    slug = "To-chuc-trong-the-Le-tang-nguyen-Thu-tuong-Phan-Van-Khai"
    sections = (f'<h3><a href="/Thoi-su/{slug}/332048.vgp">Tổ chức trọng thể Lễ tang nguyên Thủ tướng Phan Văn Khải</a></h3>'
                f'<h3><a href="/Hoat-dong/{slug}/332050.vgp">Tổ chức trọng thể Lễ tang nguyên Thủ tướng...</a></h3>'
                '<h3><a href="/Thoi-tiet/Ban-tin-du-bao-thoi-tiet-hang-ngay/331001.vgp">Bản tin dự báo thời tiết hằng'
                ' ngày</a></h3><h3><a href="/Thoi-tiet/Ban-tin-du-bao-thoi-tiet-hang-ngay/331002.vgp">Bản tin dự báo'
                ' thời tiết hằng ngày mới</a></h3>')
    assert [path for path, _ in page(sections)] == [f"/Thoi-su/{slug}/332048.vgp",
                                                    "/Thoi-tiet/Ban-tin-du-bao-thoi-tiet-hang-ngay/331001.vgp",
                                                    "/Thoi-tiet/Ban-tin-du-bao-thoi-tiet-hang-ngay/331002.vgp"]


def test_an_author_or_town_folder_spells_no_headline_so_the_heading_below_it_is_the_title() -> None:
    href = "/opiniao/paula-ferreira/de-belem-chega-ruido-13997758.html"
    got = page(f'<article><h3><a href="{href}"><span>Paula Ferreira</span></a></h3>'
               f'<h2><a href="{href}">De Belém chega ruído</a></h2></article>' + story(1) + story(2))
    assert dict(got)[href] == "De Belém chega ruído"


def test_of_a_storys_headings_the_bigger_one_is_its_headline() -> None:
    href = "/gente/cecilia-meireles-se-vir-alguem-sem-mascara-13997587.html"
    got = page(f'<article><h3><a href="{href}">Os dez mandamentos do verão</a></h3>'
               f'<h2><a href="{href}">Cecília Meireles: "Se vir alguém sem máscara? Não tenho feitio"</a></h2></article>'
               + story(1) + story(2))
    assert dict(got)[href] == 'Cecília Meireles: "Se vir alguém sem máscara? Não tenho feitio"'


def test_a_headline_cut_short_is_made_whole_by_the_title_of_its_pictures_link() -> None:
    href = "/2021/08/02/ahly-tops-ten-clubs-4711/"
    whole = "Al Ahly tops the ten clubs with the most titles in the twenty-first century"
    got = page(f'<article><a href="{href}" title="{whole}"><img src="/a.jpg" alt=""></a>'
               f'<h3><a href="{href}">Al Ahly tops the ten clubs with the most titles in the…</a></h3></article>'
               + story(1) + story(2))
    assert dict(got)[href] == whole


def test_media_labels_in_chinese_and_with_a_full_stop_leave_the_headline() -> None:
    got = page('<article><h2><a href="/2021/08/02/a-4711/">影／荷蘭田徑女將跌倒成吊車尾 華麗轉身爬起奪冠</a></h2></article>'
               '<article><h2><a href="/2021/08/02/b-4712/">Vídeo. Dragões dão as boas-vindas "a casa" aos adeptos</a></h2></article>'
               # the same label in the title attribute of a link that adds a blurb to the headline
               '<article><h2><a href="/2021/08/02/c-4713/" title="影／日本節目討論「台灣射手叫聲秘密」">'
               '<span>影／日本節目討論「台灣射手叫聲秘密」</span><div>在今年東京奧運奪得男子團體射箭銀牌的鄧宇成，因為和伙伴們高超的射箭技巧吸引觀眾</div>'
               '</a></h2></article>')
    assert [title for _, title in got] == ["荷蘭田徑女將跌倒成吊車尾 華麗轉身爬起奪冠", 'Dragões dão as boas-vindas "a casa" aos adeptos',
                                           "日本節目討論「台灣射手叫聲秘密」"]


def test_a_headline_in_an_element_named_for_the_picture_is_the_headline_in_a_link_without_a_picture() -> None:
    href = "/2021/08/02/sunshine-mills-recalls-dog-food-4711/"
    got = page(f'<article><a href="{href}"><img src="/dog.jpg" alt="A border collie puppy eating dog food from a bowl"></a>'
               f'<a href="{href}" class="item-image-text"><span class="item-image-text-wrapper">Sunshine Mills Recalls 6 Kinds of Dog Food'
               '</span></a></article>'
               # a badge of one word named for pictures is no part of the headline
               '<article><a href="/2021/08/02/kunst-4712/"><span class="icon-photo">Bilder</span> Schnitzen statt Spitzen im Allgäu</a></article>')
    assert dict(got) == {href: "Sunshine Mills Recalls 6 Kinds of Dog Food", "/2021/08/02/kunst-4712/": "Schnitzen statt Spitzen im Allgäu"}


def test_of_two_headings_in_one_link_a_label_of_a_few_words_is_the_kicker() -> None:
    got = page('<a href="/noticias/2021/07/nubank-novidades-4711/"><img src="/a.jpg"><div><h3>Conta PJ</h3>'
               '<h4>Nubank anuncia duas novidades para clientes da conta PJ</h4></div></a>' + story(1) + story(2))
    assert dict(got)["/noticias/2021/07/nubank-novidades-4711/"] == "Nubank anuncia duas novidades para clientes da conta PJ"


def test_of_two_headings_in_one_link_the_one_its_slug_spells_is_the_headline_not_a_bigger_kicker() -> None:
    got = page('<a href="/actualites/politique/128107/moscou-riposte-a-londres-et-expulse-23-diplomates-britanniques">'
               '<img src="/a.jpg" alt=""><h2>La guerre des espions</h2><h3>Moscou riposte à Londres et expulse 23 diplomates'
               ' britanniques</h3></a>'
               # (a slug of SEO keywords spelling the kicker, which its class calls a catchline, names no headline)
               '<a href="/blaulicht/kontrolle-drogen-marihuana-haschisch-medikamente-4207082"><h4 class="fp-article__catchline">'
               'Marihuana, Haschisch, Medikamente</h4><h3 class="fp-article__title">Mehrere Kilogramm Drogen in Auto in Dessau'
               ' gefunden</h3></a>' + story(1))
    assert [title for _, title in got][:2] == ["Moscou riposte à Londres et expulse 23 diplomates britanniques",
                                                "Mehrere Kilogramm Drogen in Auto in Dessau gefunden"]


def test_a_call_to_read_all_of_an_editions_articles_is_no_headline() -> None:
    html = "".join(f'<div class="edition"><a href="/content/journal-du-{day}-811{n}">{words}</a></div>'
                   for n, (day, words) in enumerate((("samedi", "Lire tous les articles"), ("lundi", "Alle Artikel lesen"),
                                                     ("martes", "Ver todos los artículos"))))
    assert page(html + story(1)) == [("/2026/03/01/story-1/", "Story 1: a headline of several words")]


def test_a_call_to_a_days_whole_edition_or_the_archive_of_the_days_before_is_no_story() -> None:
    html = ('<li><a href="/accueil-2018-03-16.htm">toute l\'édition du 16/03</a></li>'
            '<li><a href="/foot-mars-2018.htm">Toutes les archives des jours précédents</a></li>'
            '<li><a href="/ausgabe/2018-03-16-4711.html">Die ganze Ausgabe vom 16.03.</a></li>'
            '<li><a href="/2018/03/16/forum-energie-4712.html">La 15e édition du forum de l\'énergie s\'ouvre à Alger</a></li>')
    assert [path for path, _ in page(html)] == ["/2018/03/16/forum-energie-4712.html"]


def test_a_summary_cut_short_before_a_bracketed_call_to_read_yields_to_the_storys_headline() -> None:
    html = ('<div class="chapo"><a href="/football/article-35455.htm">Doublure d\'Alphonse Areola au Paris Saint-Germain,'
            ' le gardien allemand Kevin Trapp devrait bénéficier d\'un meilleur... [<span>lire</span>]</a></div>'
            '<table><tr><td><a href="/football/article-35455.htm"><span>17/03</span> <i>- Actu LIGUE 1</i><br/>'
            '<b>PSG : Emery pousse Trapp vers le Mondial... et la sortie !</b></a></td></tr></table>'
            # (a word in brackets after a headline that is no call stays: "(Les)")
            '<h2><a href="/football/article-35456.htm">Le retour des Misérables au théâtre (Les)</a></h2>')
    assert page(html) == [("/football/article-35455.htm", "PSG : Emery pousse Trapp vers le Mondial... et la sortie !"),
                          ("/football/article-35456.htm", "Le retour des Misérables au théâtre (Les)")]


def test_a_read_more_link_naming_its_story_gives_the_stories_headline() -> None:
    got = page('<ul><li><a href="/node/wildkat-wrestling-results-4711">Read more<span class="visually-hidden"> about Wildkat '
               'Wrestling Results for the last weekend</span></a></li></ul>' + story(1) + story(2))
    assert dict(got)["/node/wildkat-wrestling-results-4711"] == "Wildkat Wrestling Results for the last weekend"


def test_a_clock_time_with_am_or_pm_before_a_live_update_is_no_part_of_its_headline() -> None:
    got = page('<ul class="live-ticker"><li><a href="/politics/2024/01/17/campaign-updates/#link-1"><div>10:46 a.m.</div>'
               "Florida Gov. Ron DeSantis has events in New Hampshire today</a></li></ul>"
               '<ul><li><a href="/world/2024/01/17/markets-4711/">9:05 PM Markets close lower after a long day</a></li></ul>')
    assert sorted(title for _, title in got) == ["Florida Gov. Ron DeSantis has events in New Hampshire today",
                                                 "Markets close lower after a long day"]


def test_the_sites_name_is_the_part_of_the_pages_title_that_spells_its_host() -> None:
    def title(page_title: str, url: str) -> str:
        return read_front_page(f"<html><head><title>{page_title}</title></head><body></body></html>", url).title

    long = "L'Avenir - L'actu 24/24, 7/7 - Bruxelles, Liège, Namur, Charleroi, Mons, Arlon, Brabant Wallon"
    assert title(long, "http://www.lavenir.net/") == "L'Avenir"
    assert title("Accueil | Le Monde.fr", "https://www.lemonde.fr/") == "Le Monde.fr"
    assert title("20 Minutes, information en continu, actualités, politique, sport…", "https://www.20minutes.fr/") == "20 Minutes"
    # A long tagline naming the site by its address, as one word
    tagline = "BTP : Produits et Services du BTP et de la Construction avec Batiweb.com les professionnels du bâtiment"
    assert title(tagline, "http://www.batiweb.com/") == "Batiweb.com"
    assert title("Live, breaking news today: Latest headlines from CBSNews.com", "https://www.cbsnews.com/") == "CBSNews.com"
    # No part spells the host: the title stays whole, as does a title of one part.
    assert title("Startseite - Nachrichten aus aller Welt", "https://www.example.de/") == "Startseite - Nachrichten aus aller Welt"
    assert title("Le Quotidien du Peuple en ligne", "http://french.peopledaily.com.cn/") == "Le Quotidien du Peuple en ligne"
    # A separator left dangling at the end, or two colons between the parts ("Tekiano :: TeK'n'Kult |").
    assert title("Tekiano :: TeK'n'Kult |", "https://www.tekiano.com/") == "Tekiano"
    assert title("Nachrichten aus aller Welt |", "https://www.example.de/") == "Nachrichten aus aller Welt"


def test_in_a_link_made_of_paragraphs_the_headline_is_the_first_that_reads_as_one() -> None:
    # Author, headline, reading time, with classes that say nothing: neither the author nor the time is the headline.
    opinion = ('<section><a class="css-rgq5s4" href="/2024/03/25/opinion/kate-middleton-cancer-diagnosis.html"><div>'
               '<p class="css-1hgbvll">Tina Brown</p><p class="css-dgqyc1">Heavy Lies the Crown</p>'
               '<p class="css-1esztn">5 min read</p></div></a></section>')
    # Headline, summary, reading time: the summary is no part of the headline.
    news = ('<section><a href="/2024/03/24/world/europe/paris-waiters-race.html"><div><div><p>Waiters Race Through Paris as a '
            'Storied Contest Returns</p></div><p>Contestants rushed through the streets with croissant-laden trays as the '
            'French capital showcased its cafe culture.</p><p>5 min read</p></div></a></section>')
    assert dict(page(opinion + news)) == {
        "/2024/03/25/opinion/kate-middleton-cancer-diagnosis.html": "Heavy Lies the Crown",
        "/2024/03/24/world/europe/paris-waiters-race.html": "Waiters Race Through Paris as a Storied Contest Returns"}


def test_how_long_ago_a_story_was_posted_is_no_part_of_its_headline_but_an_anniversary_is() -> None:
    got = page('<ul><li><a href="/2024/05/01/budget-vote-4711/">The budget vote is set for Thursday night 3 hours ago</a></li>'
               '<li><a href="/2024/05/01/wall-fell-4712/">The night the wall fell, thirty years ago</a></li>'
               '<li><a href="/2024/05/01/mur-4713/">La chute du mur de Berlin, il y a 30 ans</a></li></ul>')
    assert sorted(title for _, title in got) == ["La chute du mur de Berlin, il y a 30 ans",
                                                 "The budget vote is set for Thursday night",
                                                 "The night the wall fell, thirty years ago"]


def test_calendar_entries_and_pages_named_by_a_kind_that_polls_or_advertises_are_not_stories() -> None:
    html = ('<h3><a href="/philly/calendar/306043741.html">Hucksters: The Tumult of Dock Street at the museum</a></h3>'
            '<h3><a href="/life/would-you-want-another-reality-show/poll_043a24e9-fd38-5495-96ef-758c58ce93ae.html">'
            'Would you want another reality show set at the shore?</a></h3>'
            '<h3><a href="/findit/food/bakeries/fresh-market/business_4000075680.html">Fresh Market bakery and deli</a></h3>'
            '<h3><a href="/eedition/the-daily-press/edition_8fa4c2a4-5bee-53c7-9d37-1d34d157e728.html">The Daily Press'
            ' e-edition for today</a></h3>'
            # (and the printed edition's archive of scanned pages, Spanish "hemeroteca")
            '<h3><a href="/hemeroteca/pdf;2018-03-20;0;1">Sección 0 de la Hemeroteca Digital de hoy</a></h3>'
            # a story of a section whose name comes before its id with a hyphen, and a dated calendar section's report
            '<h3><a href="/news/business-29099359">UK set to challenge the EU bonus cap in court</a></h3>'
            '<h3><a href="/calendar/2026/03/01/the-parade-drew-thousands/">The parade drew thousands to the city</a></h3>')
    assert {path for path, _ in page(html + story(1))} == {
        "/news/business-29099359", "/calendar/2026/03/01/the-parade-drew-thousands/", "/2026/03/01/story-1/"}


def labelled(labels: list[str]) -> list[str]:
    """Return the titles read from teasers whose headlines open with these labels (a colon after each unless it ends in
    a full stop or a dash), one per teaser."""
    teasers = "".join(f'<h3><a href="/2026/03/01/story-{n}/">{label}{"" if label.endswith((".", "-", "–", "—")) else ":"}'
                      ' Council votes on'
                      f' the new budget {n}</a></h3>'
                      for n, label in enumerate(labels))
    return [title for _, title in page(teasers)]


def test_labels_in_capitals_before_a_colon_or_a_full_stop_leave_the_headlines_of_a_page_that_sets_several() -> None:
    assert labelled(["RICHARDS", "McGAIR", "GUEST VIEW", "SLIDESHOW"]) == [
        f"Council votes on the new budget {n}" for n in range(4)]
    # a full stop sets a label apart as a colon does ("VAKARA ZIŅAS. Ko dara ...")
    assert labelled(["VAKARA ZIŅAS.", "EKSPRESJAUTĀJUMS.", "VAKARA ZIŅAS."]) == [
        f"Council votes on the new budget {n}" for n in range(3)]
    # ... and so does a spaced dash ("MERCATO – Biglia nel mirino ...", "FORMELLO - Ripresa ...")
    assert labelled(["MERCATO –", "FORMELLO -", "FINALE —"]) == [f"Council votes on the new budget {n}" for n in range(3)]
    # One such label on a page is a source the headline quotes ("UNICEF: ..."): it stays, as do all on a page of two.
    assert labelled(["UNICEF", "Police"]) == ["UNICEF: Council votes on the new budget 0",
                                              "Police: Council votes on the new budget 1"]
    # An acronym of four letters or fewer says who speaks ("NASA:", "FBI:"), however many the page sets.
    assert labelled(["NASA", "FBI", "UN", "WHO"])[0] == "NASA: Council votes on the new budget 0"


def test_a_label_in_capitals_before_a_colon_stays_where_the_story_s_own_slug_spells_it_first() -> None:
    teasers = "".join(f'<h3><a href="/news/vie-locale/{slug}.html">{text}</a></h3>' for slug, text in [
        ("le-creusot-les-stars-dance-ont-organise-leur-festival", "LE CREUSOT : Les Stars Dance ont organisé leur festival"),
        ("rugby-montchanin-trop-fort-pour-autun-ce-dimanche", "RUGBY : Montchanin trop fort pour Autun ce dimanche"),
        ("bourgogne-franche-comte-les-torques-s-exposent", "BOURGOGNE - FRANCHE-COMTÉ : Les torques s'exposent au musée"),
        # the page's habit still takes a label its slug leaves out, and one set apart by a full stop
        ("la-mairie-vote-son-budget-pour-l-annee", "POLITIQUE : La mairie vote son budget pour l'année"),
        ("entretien-le-maire-repond-a-ses-administres", "ENTRETIEN. Le maire répond à ses administrés ce soir")])
    assert [title for _, title in page(teasers)] == [
        "LE CREUSOT : Les Stars Dance ont organisé leur festival", "RUGBY : Montchanin trop fort pour Autun ce dimanche",
        "BOURGOGNE - FRANCHE-COMTÉ : Les torques s'exposent au musée", "La mairie vote son budget pour l'année",
        "Le maire répond à ses administrés ce soir"]


def test_a_label_in_capitals_stays_before_a_headline_in_capitals_or_too_short_to_stand_alone() -> None:
    teasers = "".join(f'<h3><a href="/2026/03/01/story-{n}/">{text}</a></h3>' for n, text in enumerate([
        "CITY HALL: COUNCIL VOTES ON THE BUDGET", "WEATHER ALERT: Snow tonight", "OPINION: Why the budget matters",
        "EXCLUSIVE: The mayor speaks at last", "ANALYSIS: What the vote means for the city"]))
    assert [title for _, title in page(teasers)] == [
        "CITY HALL: COUNCIL VOTES ON THE BUDGET", "WEATHER ALERT: Snow tonight", "Why the budget matters",
        "The mayor speaks at last", "What the vote means for the city"]


def test_a_script_that_serves_a_picture_its_query_names_is_no_story() -> None:
    box = ('<div class="left-box"><h2>Foto dana</h2><p><a class="lightbox" href="/image/image.php?id=207501&image=slika.jpg">'
           'Poslije kiše dolazi duga nad gradom</a></p>'
           '<p><a href="/files/download.php?file=annual-report-2018.pdf">Download the annual report of the year</a></p></div>')
    assert page(box + '<h3><a href="/2018/03/storm-hits-the-coast?share=photo.jpg">A storm hits the coast tonight</a></h3>') == [
        ("/2018/03/storm-hits-the-coast?share=photo.jpg", "A storm hits the coast tonight")]
    assert path_kind("https://news.example.com/image/image.php?id=207501&image=slika.jpg", SITE) == NOT_STORY


def test_a_utf8_page_its_template_labels_latin1_is_read_as_utf8() -> None:
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<h2><a href="/2026/03/01/resume/">Don’t use this word in your résumé</a></h2></body></html>').encode("utf-8")
    assert [e.title for e in read_front_page(body, SITE).entries] == ["Don’t use this word in your résumé"]


def test_a_photo_credit_opening_a_slide_link_is_no_part_of_its_headline() -> None:
    slide = ('<div class="slider"><a href="/transfer-news/view/news/390292"><div class="photo"></div>'
             '<div class="source"><span>©</span> imago images</div><div class="newsHeadlineBackground"> </div>'
             '<div class="news-big-headline">Henry Onyekuru signs for Olympiakos</div></a></div>')
    assert page(slide) == [("/transfer-news/view/news/390292", "Henry Onyekuru signs for Olympiakos")]


def test_the_part_a_class_names_the_title_is_the_headline_not_a_part_named_a_piece_of_it() -> None:
    teaser = ('<a href="/358960-vaccination-starts-tomorrow"><div class="element title-prefix">The federal council decided'
              '</div><div class="element title">Vaccination of teenagers starts tomorrow across the country</div>'
              '<div class="element title-suffix">Nine hundred thousand teenagers meet the requirements of this first'
              ' stage, the ministry says.</div></a>')
    assert page(teaser) == [("/358960-vaccination-starts-tomorrow", "Vaccination of teenagers starts tomorrow across the country")]
    # A piece named after the title ("title-separator") holding a word of the headline is not the headline.
    split = ('<a href="/358974-a-plan-to-revive-domestic-spending">A plan to revive domestic <span class="title-separator">'
             'spending</span></a>')
    assert page(split) == [("/358974-a-plan-to-revive-domestic-spending", "A plan to revive domestic spending")]


def test_the_part_a_class_calls_the_head_is_the_headline_not_the_lead_below_it() -> None:
    # A teaser in one link, its "head" over its "lead" (the standfirst): the head is the headline, however short.
    teaser = ('<a href="/russia/2018/03/17/1689360.html"><div class="hover" data-title="x"><div class="rollover-views">3840'
              '</div></div><span class="head">Санкции с симметрией и без</span><span class="lead">Похоже, Совбез ООН'
              ' окончательно перестал быть площадкой, где мировые державы могут решать свои споры.</span></a>')
    assert page(teaser) == [("/russia/2018/03/17/1689360.html", "Санкции с симметрией и без")]
    # Not a class that only ends in the letters ("masthead") nor a "subhead".
    other = ('<a href="/world/2018/03/17/1689361.html"><span class="masthead">Совбез ООН перестал быть площадкой</span>'
             '<span class="subhead">для споров мировых держав</span></a>')
    assert page(other) == [("/world/2018/03/17/1689361.html", "Совбез ООН перестал быть площадкой для споров мировых держав")]


def test_a_paywall_mark_in_its_own_element_is_no_part_of_the_headline() -> None:
    marks = ["Premium", "Abonnés", "Réservé aux abonnés", "Z+", "SZ Plus", "Exclusivo para assinantes"]
    teasers = "".join(f'<h2><a href="/2026/03/01/story-{n}/"><span class="mark">{mark}</span> <span>The council votes on'
                      f' the budget {n}</span></a></h2>' for n, mark in enumerate(marks))
    assert sorted(title for _, title in page(teasers)) == [f"The council votes on the budget {n}" for n in range(len(marks))]
    # The same words inside the headline's own text stay.
    assert page('<h2><a href="/2026/03/01/story-9/">Premium economy seats cost more this summer</a></h2>') == [
        ("/2026/03/01/story-9/", "Premium economy seats cost more this summer")]


def test_a_kicker_named_in_the_newsrooms_own_words_is_no_part_of_the_headline() -> None:
    kinds = ["prev-title", "antetitulo", "volanta", "feed-post-header-chapeu", "occhiello", "card-overtitle", "sobretitulo"]
    teasers = "".join(f'<a href="/2026/03/01/story-{n}/"><span class="{kind}">Halterofilia</span><p class="text">The strange'
                      f' victory of the lifter {n}</p></a>' for n, kind in enumerate(kinds))
    assert sorted(title for _, title in page(teasers)) == [f"The strange victory of the lifter {n}" for n in range(len(kinds))]


def test_french_german_spanish_dutch_hungarian_and_polish_media_labels_leave_the_headline() -> None:
    labels = ["VIDÉO.", "Vidéo :", "EN IMAGES.", "Diaporama :", "In Bildern:", "Fotostrecke:", "En fotos.",
              "[Video Podcast]", "(VIDÉO)", "[Fotos y vídeo]", "[Mapa]", "[Infografika]",  # in brackets too
              "Filmpje:", "Kijken:",  # Dutch: "a little film", "watch"
              "Image en galerie :",
              "Videó:", "Fotók:", "Wideo:",  # Hungarian and Polish
              "WATCH", "VIDEO"]  # in capitals before words in title case, with no mark between
    teasers = "".join(f'<h2><a href="/2026/03/01/story-{n}/">{label} La crue de la Seine vue du ciel {n}</a></h2>'
                      for n, label in enumerate(labels))
    assert sorted(title for _, title in page(teasers)) == sorted(f"La crue de la Seine vue du ciel {n}" for n in range(len(labels)))


def test_an_icon_fonts_glyph_is_no_word_and_a_read_more_link_takes_its_teasers_plain_headline() -> None:
    teaser = ('<div class="flash"><div class="date">09 OCT.</div><div class="city">PACA</div>'
              '<div class="description">Côte d\'Azur : 60 millions d\'euros pour un tourisme plus fort</div>'
              '<div class="read-next"><a href="/article/fonds-tourisme-cote-azur-60millions">LIRE LA SUITE'
              ' <i class="material-icons">\ue315</i></a></div></div>')
    assert page(teaser) == [("/article/fonds-tourisme-cote-azur-60millions",
                             "Côte d'Azur : 60 millions d'euros pour un tourisme plus fort")]
    # Without a headline in its teaser, a "read more" link with an icon names no story: never "LIRE LA SUITE".
    assert page('<div><a href="/article/fonds-tourisme-cote-azur-60millions">LIRE LA SUITE <i>\ue315</i></a></div>') == []


def test_a_french_clock_time_before_a_headline_is_no_part_of_it() -> None:
    got = page('<ul class="fil"><li><a href="/2026/03/01/greve-4711/">14h32 La grève des contrôleurs se poursuit ce week-end</a></li>'
               '<li><a href="/2026/03/01/match-4712/">9h05 Le PSG s\'impose face à Lyon en fin de match</a></li></ul>')
    assert sorted(title for _, title in got) == ["La grève des contrôleurs se poursuit ce week-end",
                                                 "Le PSG s'impose face à Lyon en fin de match"]


def test_a_teaser_its_template_calls_a_profile_is_a_story_but_an_account_menu_is_not() -> None:
    teasers = "".join(f'<article class="fig-profile fig-container"><h2><a href="/actualite-france/story-2021122{n}">A story'
                      f' of the day number {n}</a></h2></article>' for n in range(3))
    listed = '<li class="fig-grid4__profile"><a href="/international/poutine-souffle-le-chaud-20211223">Poutine souffle le chaud et le froid sur l’Ukraine</a></li>'
    account = '<div class="user-profile"><a href="/help/how-to-change-your-settings">How to change your settings</a></div>'
    assert [path for path, _ in page(account + teasers + listed)] == [
        *(f"/actualite-france/story-2021122{n}" for n in range(3)), "/international/poutine-souffle-le-chaud-20211223"]


def test_a_paywall_mark_in_brackets_after_a_headline_is_no_part_of_it() -> None:
    assert page('<h2><a href="/musique/laurent-voulzy-20211224">Laurent Voulzy: on a tous dans le chœur (article premium)'
                '</a></h2>') == [("/musique/laurent-voulzy-20211224", "Laurent Voulzy: on a tous dans le chœur")]


def test_a_story_linked_with_and_without_a_tracking_query_is_one_entry_when_its_path_alone_names_it() -> None:
    html = ('<h2><a href="/article/usa-climatechange-coal-family-idJPKBN2651CO">A coal family faces the climate</a></h2>'
            '<li><a href="/article/usa-climatechange-coal-family-idJPKBN2651CO?il=0">A coal family faces the climate</a></li>'
            # a page a script serves by the query's id stays two pages
            '<li><a href="/main/read.nhn?oid=003&amp;aid=0008923028">The assembly passes the budget bill today</a></li>'
            '<li><a href="/main/read.nhn?oid=421&amp;aid=0003703008">The new phone sells out in one hour</a></li>')
    assert [path for path, _ in page(html)] == ["/article/usa-climatechange-coal-family-idJPKBN2651CO",
                                                "/main/read.nhn?oid=003&aid=0008923028", "/main/read.nhn?oid=421&aid=0003703008"]


def test_a_page_named_by_an_id_of_letters_and_digits_under_two_folders_is_one_story() -> None:
    html = ('<h2><a href="/omn/20200704/20200704A07ENE00.html">The flood waters rise in the south of the country</a></h2>'
            '<li><a href="/omn/20200704A07ENE00.html">The flood waters rise in the south of the country</a></li>'
            '<li><a href="/omn/20200704/20200704A04HVX00.html">The premier visits the flooded towns of the south</a></li>')
    assert [path for path, _ in page(html)] == ["/omn/20200704/20200704A07ENE00.html", "/omn/20200704/20200704A04HVX00.html"]


def test_shopping_guides_discount_codes_advertorials_and_a_login_script_are_not_stories() -> None:
    html = ('<h3><a href="/guide-achat/3204295-20211223-amazon-remise-nintendo-switch">Amazon : 35% de remise sur la Nintendo'
            ' Switch</a></h3><h3><a href="/guide-shopping/maison/machine-a-cafe-craquez-sur-le-modele">Machine à café : craquez'
            ' sur le modèle</a></h3><h3><a href="https://acquisti.example.com/casa/gel-disinfettanti-coronavirus/">Amuchina e'
            ' gel igienizzanti, dove trovarli</a></h3><h3><a href="/publicommunique/3204171-20211224-calendrier-avent">Voulez-'
            'vous une invitation au spectacle de Noël</a></h3><h3><a href="/sponsoredfeatures/life-style/768260/Win-a-Gift-Card">'
            'Get your hands on this gift card today</a></h3><h3><a href="/edicola/funnel/login.jsp?source=promo">Solo'
            " l'abbonamento al sito a 1 euro al mese</a></h3>")
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_of_two_parts_classed_as_titles_the_one_that_reads_as_a_headline_is_the_headline() -> None:
    card = ('<a href="/sport/3204943-20211224-cyclisme-championne-placee-coma-apres-accident"><div class="teaser">'
            '<p class="teaser-headline"><time datetime="2021-12-24T16:26:03+01:00">24/12/21</time> | ACCIDENT</p>'
            '<p class="teaser-title">La championne du monde de cyclisme placée dans le coma artificiel</p></div></a>')
    assert page(card) == [("/sport/3204943-20211224-cyclisme-championne-placee-coma-apres-accident",
                           "La championne du monde de cyclisme placée dans le coma artificiel")]


def test_headline_leaves_out_a_media_marker_with_its_count_or_two_joined_by_and_but_not_a_phrase_in_brackets() -> None:
    html = ('<a href="/Photos-Essais-F1-de-Barcelone-09-03,124857.html">Essais F1 de Barcelone - 09/03 (289 photos)</a>'
            '<a href="/internet/google-maps-sedia-rotelle.html">Google Maps aiuta gli utenti in sedia a rotelle (foto e'
            ' video)</a>'
            '<a href="/2026/03/01/top-10/">Les dix plus belles plages de Corse (et leurs photos)</a>')
    assert [title for _, title in page(html)] == ["Essais F1 de Barcelone - 09/03",
                                                  "Google Maps aiuta gli utenti in sedia a rotelle",
                                                  "Les dix plus belles plages de Corse (et leurs photos)"]


def test_headline_leaves_out_a_day_in_brackets_after_a_long_headline_but_not_after_a_short_recurring_one() -> None:
    html = ('<a href="/2018/03/15/pers-m15.html">Seven days in March: The Trump administration and the breakdown of'
            " American democracy (15/03/2018)</a>"
            # (a short one's day tells it from its namesakes; numbers that are no day stay: "(43/12/11)")
            '<a href="/2018/03/20/skitso-makri/">Σκίτσο του Ηλία Μακρή (20.03.18)</a>'
            '<a href="/2018/03/20/epic-duel/">2006 Epic Duel: Paul Pierce (50/7/8) vs LeBron (43/12/11)</a>')
    assert [title for _, title in page(html)] == [
        "Seven days in March: The Trump administration and the breakdown of American democracy",
        "Σκίτσο του Ηλία Μακρή (20.03.18)", "2006 Epic Duel: Paul Pierce (50/7/8) vs LeBron (43/12/11)"]


def test_the_part_of_a_whole_teaser_link_its_slug_spells_is_the_headline_not_its_label_and_summary() -> None:
    def teaser(slug: str, headline: str) -> str:
        return (f'<li><a href="/2026/03/17/{slug}/"><div class="img"><img src="x.jpg" alt=""><span>93</span></div>'
                f'<div class="text"><span class="side-list-cat">Actualités</span><span style="color: #222">{headline}</span>'
                "<p>Le milieu de terrain ivoirien effectue son retour en équipe nationale pour les matches amicaux...</p>"
                "</div></a></li>")
    got = page("<ul>" + teaser("trois-ans-apres-sa-retraite-yaya-toure-est-de-retour-en-selection-ivoirienne",
                               "Trois ans après sa retraite, Yaya Touré est de retour en sélection ivoirienne")
               + teaser("trafic-de-drogue-a-luniversite-trois-etudiants-arretes",  # (an elided "l'" glued in the slug)
                        "Trafic de drogue à l’université : trois étudiants arrêtés") + "</ul>")
    assert [title for _, title in got] == ["Trois ans après sa retraite, Yaya Touré est de retour en sélection ivoirienne",
                                           "Trafic de drogue à l’université : trois étudiants arrêtés"]


def test_words_set_in_italics_inside_a_headline_are_no_part_of_their_own() -> None:
    link = ('<li><a href="/2026/03/17/the-death-of-stalin-review/"><span><em>The Death of Stalin</em> review: Armando'
            " Iannucci's comedy of terror</span><p>Our critic's verdict on the film of the year so far</p></a></li>")
    assert page(link)[0][1].startswith("The Death of Stalin review")


def test_a_bold_headline_over_its_summary_in_one_link_is_the_headline_where_the_links_title_names_it() -> None:
    html = ('<p><a href="/medyada-erkeklesen-kadin-1856854y.htm" title="Medyada erkekleşen kadın"><strong>Medyada erkekleşen'
            ' kadın</strong><img src="/a.jpg"><em>Medyada kadın temsili deyince iki şeyi anlıyoruz; biri medyanın sunduğu'
            " kadın temsili</em></a></p>"
            # (without a title or a picture naming the bold words, a bold name may be a kicker over the headline)
            '<p><a href="/governor-donates-land-for-base-1856855y.htm"><strong>Umaru Al-Makura</strong><span>Governor'
            " donates 100 hectares of land for the rapid response base</span></a></p>")
    assert [title for _, title in page(html)] == [
        "Medyada erkekleşen kadın", "Governor donates 100 hectares of land for the rapid response base"]


def test_italian_slovak_and_nepali_media_markers_leave_the_headline_but_a_phrase_with_a_comma_stays() -> None:
    html = ('<h2><a href="/news/foto-ddv-a-new-york-263124">FOTO, DDV a New York per evento Tod\'s</a></h2>'
            '<h2><a href="/news/video-fv-la-fiorentina-263111">VIDEO FV, La Fiorentina si allena allo stadio</a></h2>'
            '<h2><a href="/2018/03/317627-nazivo-ludia">NAŽIVO: Ľudia opäť povstali za slušné Slovensko</a></h2>'
            '<h2><a href="/2018/03/318054-fotogaleria">FOTOGALÉRIA: Lujza z Našich prekvapením večera</a></h2>'
            '<h2><a href="/2018/03/666340">बिहेअघि सासुको कुटाई खानुपर्ने अनौठो परम्परा (भिडियोसहित)</a></h2>'
            # (not a word in a headline's own case before a comma; a label inside brackets is not cut in half)
            '<h2><a href="/2018/03/17/fotos-videos-memes/">Fotos, videos y memes del partido de anoche</a></h2>'
            '<h2><a href="/2018/03/17/zovu-ga-ubica/">(VIDEO, FOTO) ZOVU GA UBICA: Fudbaler Napolija je LJUDINA</a></h2>')
    assert [title for _, title in page(html)] == [
        "DDV a New York per evento Tod's", "La Fiorentina si allena allo stadio", "Ľudia opäť povstali za slušné Slovensko",
        "Lujza z Našich prekvapením večera", "बिहेअघि सासुको कुटाई खानुपर्ने अनौठो परम्परा",
        "Fotos, videos y memes del partido de anoche", "(VIDEO, FOTO) ZOVU GA UBICA: Fudbaler Napolija je LJUDINA"]


def test_hungarian_russian_portuguese_and_french_media_markers_leave_the_headline() -> None:
    markers = [("", " – képgaléria"), ("", " – KÉP"), ("", ". Инфографика"), ("RESUMO VÍDEO | ", ""), ("[Diaporama] ", ""),
               ("", " (Videografía)"), ("[En images] ", "")]
    teasers = "".join(f'<h2><a href="/2026/03/01/story-{n}/">{before}La crue de la Seine vue du ciel {n}{after}</a></h2>'
                      for n, (before, after) in enumerate(markers))
    assert [title for _, title in page(teasers)] == [f"La crue de la Seine vue du ciel {n}" for n in range(len(markers))]


def test_a_hashtag_before_a_headline_is_its_topic_unless_its_words_run_on_to_a_colon() -> None:
    html = ('<h2><a href="/2018/03/17/smart-office/">#SmartOffice Le « living office » gagne les sièges des banques</a></h2>'
            '<h2><a href="/fabric8labs-impression-3d-05022018/">#Startup 3D : Fabric8Labs, une nouvelle approche du métal</a></h2>'
            '<h2><a href="/2018/03/17/pld-accuse/">#TCHAD #PLD : Le PLD accuse le régime de porter atteinte à son secrétaire</a></h2>')
    assert [title for _, title in page(html)] == ["Le « living office » gagne les sièges des banques",
                                                  "#Startup 3D : Fabric8Labs, une nouvelle approche du métal",
                                                  "#TCHAD #PLD : Le PLD accuse le régime de porter atteinte à son secrétaire"]


def test_headline_leaves_out_a_russian_update_label_after_a_dash_with_a_media_marker_before_it() -> None:
    html = ('<h2><a href="/news/faig-agaev---foto">Дорожная полиция Баку ответила Фаику Агаеву - ФОТО - ОБНОВЛЕНО</a></h2>'
            '<h2><a href="/news/glavy-mid-prinyali-deklaraciyu">Главы МИД приняли Бакинскую декларацию - ДОПОЛНЕНО</a></h2>')
    assert [title for _, title in page(html)] == ["Дорожная полиция Баку ответила Фаику Агаеву",
                                                  "Главы МИД приняли Бакинскую декларацию"]


def test_headline_leaves_out_an_english_media_shorthand_in_small_letters_but_not_an_acronym() -> None:
    html = ('<a href="/2018/03/25/nao-vid/">Μεγαλείο! Έτσι φτιάχτηκε ο ψηφιδωτός Δικέφαλος (vid)</a>'
            '<a href="/2018/03/25/aek-pics/">Έσπασε το αήττητο του ΠΑΟ η Κ20 της ΑΕΚ! (pics)</a>'
            '<a href="/2018/03/25/mellon/">Εδώ αρχίζει… το αύριο της ΑΕΚ! (vid &amp; pics)</a>'
            '<a href="/2018/03/25/pic-board/">Mboweni names a new board for the Public Investment Corporation (PIC)</a>')
    assert [title for _, title in page(html)] == ["Μεγαλείο! Έτσι φτιάχτηκε ο ψηφιδωτός Δικέφαλος",
                                                  "Έσπασε το αήττητο του ΠΑΟ η Κ20 της ΑΕΚ!",
                                                  "Εδώ αρχίζει… το αύριο της ΑΕΚ!",
                                                  "Mboweni names a new board for the Public Investment Corporation (PIC)"]


def test_headline_leaves_out_a_media_marker_in_greek() -> None:
    html = ('<a href="/2018/03/25/alexandreia/">Τίμησαν την 25η Μαρτίου στην Αλεξάνδρεια (φωτο)</a>'
            # (abridged, and two joined: "(φωτ.)", "(φωτ.+βίντεο)")
            '<a href="/2018/03/18/ekloges-fot/">Λάρισα: Εκλογές στο Σύνδεσμο Εφέδρων Αξιωματικών (φωτ.)</a>'
            '<a href="/2017/12/13/giortines-notes-fot/">Γιορτινές νότες από τη Φιλαρμονική του Δήμου (φωτ.+βίντεο)</a>'
            '<a href="/2018/03/25/opap/">Οι παίκτες της ΠΑΕ Ατρόμητος έζησαν το παιχνίδι με τον ΟΠΑΠ (βίντεο)</a>'
            '<a href="/2018/03/25/fotografies/">Η ιστορία των φωτογραφιών της πόλης μας σε μια έκθεση</a>')
    assert [title for _, title in page(html)] == ["Τίμησαν την 25η Μαρτίου στην Αλεξάνδρεια",
                                                  "Λάρισα: Εκλογές στο Σύνδεσμο Εφέδρων Αξιωματικών",
                                                  "Γιορτινές νότες από τη Φιλαρμονική του Δήμου",
                                                  "Οι παίκτες της ΠΑΕ Ατρόμητος έζησαν το παιχνίδι με τον ΟΠΑΠ",
                                                  "Η ιστορία των φωτογραφιών της πόλης μας σε μια έκθεση"]


def test_headline_leaves_out_a_music_sites_track_marker_in_brackets_where_the_title_still_stands_alone() -> None:
    html = "".join(f'<h3><a href="/son/{n}-track/">{text}</a></h3>' for n, text in enumerate([
        "Lefa feat. Orelsan – Potentiel (Son)", "Naps feat. Soolking – Favela (Clip Officiel)",
        "The Band – Our New Single (Official Music Video)",
        "Sadek – Maladie (Clip Officiel)",  # two words left: too few to name a story, the marker stays
        "Like Father, Like Son", "Ein Clip geht um die Welt: Hunderttausende sehen zu"]))  # the words, not a marker
    assert [title for _, title in page(html)] == [
        "Lefa feat. Orelsan – Potentiel", "Naps feat. Soolking – Favela", "The Band – Our New Single",
        "Sadek – Maladie (Clip Officiel)", "Like Father, Like Son", "Ein Clip geht um die Welt: Hunderttausende sehen zu"]


def test_headline_leaves_out_a_teasers_counts_and_day_set_apart_by_bars_after_it() -> None:
    html = ('<a href="/politika/transformatsiite-borisov-kazusa-chez.html"><strong>Трансформациите на Борисов по казуса ЧЕЗ'
            '</strong> <span class="cmvcd"><span class="cmc">13</span><span class="sep">|</span><span class="cmv">9039</span>'
            '<span class="sep">|</span><span class="cmd">14.03.2018</span><span class="sep">|</span>'
            '<span class="cat">ПОЛИТИКА</span></span></a>'
            '<a href="/2026/03/01/score/">Derby ends 2 | 1 after a late goal in the rain</a>')
    assert [title for _, title in page(html)] == ["Трансформациите на Борисов по казуса ЧЕЗ",
                                                  "Derby ends 2 | 1 after a late goal in the rain"]


def test_headline_leaves_out_a_call_to_watch_after_two_dots_as_arabic_sites_set_it() -> None:
    html = ('<a href="/2021/08/02/wabaa/">لا أحذية ولا قفازات!..هموم عمال النظافة في عزّ تفشي الوباء..شاهد</a>'
            '<a href="/2021/08/02/oxygen/">شاب جزائري ينجح في إنشاء موقع خاص ببيع وشراء أجهزة الأوكسجين .. شاهد</a>')
    assert [title for _, title in page(html)] == ["لا أحذية ولا قفازات!..هموم عمال النظافة في عزّ تفشي الوباء",
                                                  "شاب جزائري ينجح في إنشاء موقع خاص ببيع وشراء أجهزة الأوكسجين"]


def test_headline_leaves_out_a_media_marker_in_arabic_or_persian_but_keeps_a_word_of_its_own() -> None:
    html = ('<a href="/2018/03/25/shuyukh/">الشيوخ يحيون ذكرى إسقاط التعديلات الدستورية (فيديو)</a>'
            '<a href="/2018/03/25/nowruz/">با رقص آذری در تهران به پیشواز نوروز (ویدئو)</a>'
            '<a href="/2018/03/25/maarid/">معرض الصور التاريخية للمدينة يفتح أبوابه للزوار</a>')
    assert [title for _, title in page(html)] == ["الشيوخ يحيون ذكرى إسقاط التعديلات الدستورية",
                                                  "با رقص آذری در تهران به پیشواز نوروز",
                                                  "معرض الصور التاريخية للمدينة يفتح أبوابه للزوار"]


def test_headline_leaves_out_an_update_mark_in_brackets_before_it_but_not_a_bracket_of_words() -> None:
    html = ('<a href="/2018/03/17/nouvelles-beta-chez-apple/">[Mise à jour] Nouvelles beta chez Apple</a>'
            '<a href="/2018/03/17/le-budget-est-vote/">(UPDATED) Le budget de la ville est voté</a>'
            '<a href="/2018/03/17/nachtzug/">[Aktualisiert] Nachtzug nach Wien fällt aus</a>'
            '<a href="/2018/03/17/updates-from-the-front/">[Updates from the front] Letters of a soldier</a>')
    assert [title for _, title in page(html)] == ["Nouvelles beta chez Apple", "Le budget de la ville est voté",
                                                  "Nachtzug nach Wien fällt aus",
                                                  "[Updates from the front] Letters of a soldier"]


def test_headline_leaves_out_a_media_marker_that_claims_the_media_exclusive_but_not_an_exclusive_claim_alone() -> None:
    html = ('<a href="/2018/03/17/les-duos-impossibles/">Les duos impossibles font le show à Bruxelles (exclu vidéo)</a>'
            '<a href="/2018/03/17/nicolas-rey/">Nicolas Rey se confie sur son enfance (Vidéo exclusive)</a>'
            '<a href="/2018/03/17/le-ministre/">Le ministre quitte le gouvernement (exclusif)</a>')
    assert [title for _, title in page(html)] == ["Les duos impossibles font le show à Bruxelles",
                                                  "Nicolas Rey se confie sur son enfance",
                                                  "Le ministre quitte le gouvernement (exclusif)"]


def test_a_kicker_in_capitals_in_a_link_of_its_own_gives_way_to_the_headline_in_the_storys_next_link() -> None:
    url = "/358709/4/Zabranjen-ulaz-na-vrlo-opasne-tribine"
    html = (f'<div><a class="image-unit-h3" href="{url}">GRADSKI STADION ODLAZI U POVIJEST</a>'
            f'<a class="vijest-naslov" href="{url}">Zabranjen ulaz na vrlo opasne tribine</a>'
            f'<a class="vijest-podnas" href="{url}">Ako sve bude išlo kako je isplanirano, ove bi godine trebalo početi rušenje</a></div>')
    assert page(html) == [(url, "Zabranjen ulaz na vrlo opasne tribine")]
    # A site that sets its headlines in capitals keeps them where its slug spells them, before a summary's link.
    capitals = "/358710/4/Gradski-stadion-odlazi-u-povijest"
    html = (f'<div><a href="{capitals}">GRADSKI STADION ODLAZI U POVIJEST</a>'
            f'<a href="{capitals}">Ako sve bude išlo kako je isplanirano, ove bi godine trebalo početi rušenje</a></div>')
    assert page(html) == [(capitals, "GRADSKI STADION ODLAZI U POVIJEST")]


def test_headline_leaves_out_a_media_marker_glued_by_a_plus_or_after_a_full_stop() -> None:
    html = ('<a href="/2018/03/17/estahban/">بازداشت تعدادی اصلاح طلب در استهبان+عکس</a>'
            '<a href="/2018/03/17/sultan/">حساب بانکی صدها میلیاردی سلطان شکر + فیلم</a>'
            '<a href="/2018/03/17/lyzhnya/">Лыжня зовёт на Зелёный луг Якутска. Видео</a>'
            '<a href="/2018/03/17/apple-tv/">Apple launches its new streaming service Apple TV+</a>'
            # (an exclamation mark after it too: "... crescere\". VIDEO!")
            '<a href="/2018/03/17/crescere/">Di Francesco: "Noi un po\' ingenui, dobbiamo crescere". VIDEO!</a>')
    assert [title for _, title in page(html)] == ["بازداشت تعدادی اصلاح طلب در استهبان", "حساب بانکی صدها میلیاردی سلطان شکر",
                                                  "Лыжня зовёт на Зелёный луг Якутска",
                                                  "Apple launches its new streaming service Apple TV+",
                                                  'Di Francesco: "Noi un po\' ingenui, dobbiamo crescere"']


def test_headline_leaves_out_a_kicker_set_in_bold_before_a_dash_at_the_links_start() -> None:
    html = ('<div><time>17/03</time> <a href="/infos/article-asse-ntep-et-tannane-225341.html"><b>ASSE -</b>Ntep et Tannane'
            " absents du groupe pour Guingamp</a></div>"
            '<div><a href="/infos/article-klopp-salah-225342.html"><strong>Liverpool –</strong> Klopp : "Salah ne veut pas'
            ' être comparé à Messi"</a></div>'
            # (a bold opening of the headline's own words, no dash closing it, stays)
            '<div><a href="/infos/article-greve-225344.html"><b>Grève</b> à la SNCF - les trains restent à quai</a></div>')
    assert [title for _, title in page(html)] == ["Ntep et Tannane absents du groupe pour Guingamp",
                                                  'Klopp : "Salah ne veut pas être comparé à Messi"',
                                                  "Grève à la SNCF - les trains restent à quai"]


def test_headline_leaves_out_a_persian_media_marker_after_a_slash_and_a_polish_live_marker() -> None:
    html = ('<a href="/2018/03/17/nowruz/">امیر جعفری و ریما رامین فر در لحظه تحویل سال نو/ عکس</a>'
            '<a href="/2018/03/17/marzec/">Zapowiedź obchodów 50. rocznicy wydarzeń Marca\'68 - TRANSMISJA</a>'
            '<a href="/2018/03/17/smolensk/">PAMIĘTAMY! Oddajemy hołd ofiarom katastrofy smoleńskiej - 95. miesięcznica'
            " NA ŻYWO</a>"
            # (a headline in capitals keeps its last words: they may be its own)
            '<a href="/2018/03/17/caps/">WIELKA TRANSMISJA MECZU NA ŻYWO</a>')
    assert [title for _, title in page(html)] == ["امیر جعفری و ریما رامین فر در لحظه تحویل سال نو",
                                                  "Zapowiedź obchodów 50. rocznicy wydarzeń Marca'68",
                                                  "PAMIĘTAMY! Oddajemy hołd ofiarom katastrofy smoleńskiej - 95. miesięcznica",
                                                  "WIELKA TRANSMISJA MECZU NA ŻYWO"]


def test_headline_leaves_out_an_arabic_or_persian_media_label_before_it() -> None:
    html = ('<a href="/2018/03/17/hesab/">فیلم؛ حساب بانکی آخوندی که مرغ نمی خورد</a>'
            '<a href="/2018/03/17/zulu/">بالفيديو. ملك الزولو ورئيس برلمان سيداو مشاو لرواق وكالة الجنوب</a>'
            '<a href="/2018/03/17/mabouth/">بالصور. مبعوث رئيس الاتحاد العربي جا للمغرب</a>'
            '<a href="/2018/03/17/benkirane/">مشى العز مع بنكيران وبنعرفة فالمعاقل الانتخابية ديالو +صورة</a>')
    assert [title for _, title in page(html)] == ["حساب بانکی آخوندی که مرغ نمی خورد",
                                                  "ملك الزولو ورئيس برلمان سيداو مشاو لرواق وكالة الجنوب",
                                                  "مبعوث رئيس الاتحاد العربي جا للمغرب",
                                                  "مشى العز مع بنكيران وبنعرفة فالمعاقل الانتخابية ديالو"]


def test_a_label_in_lenticular_brackets_after_a_chinese_headline_is_no_part_of_it() -> None:
    html = ('<a href="/2021/07/12/202107120001.aspx">三級警戒延到7/26 微解封場所範圍出爐【更新】</a>'
            '<a href="/2021/07/12/202107120002.aspx">德國在台協會處長王子陶：台海危險非台灣造成【專訪】</a>')
    assert [title for _, title in page(html)] == ["三級警戒延到7/26 微解封場所範圍出爐", "德國在台協會處長王子陶：台海危險非台灣造成"]


def test_an_icons_word_a_lone_media_marker_and_a_byline_in_their_elements_are_no_part_of_the_headline() -> None:
    links = ['<a href="/2026/03/01/story-1/"><span class="su-title">Parthenay. La Gâtine lui a tapé dans l’œil'
             ' <i class="su-icon">bloqué</i></span></a>',
             '<a href="/2026/03/01/story-2/">Ecco il decalogo del ministero per prevenire il contagio <br><span>VIDEO</span></a>',
             '<a href="/2026/03/01/story-3/"><span>Pagelle</span>: CR7 come Atlante, Ramsey si sblocca<span class="author-art">'
             ' di Paolo Tomaselli, inviato a Ferrara</span></a>']
    assert sorted(title for _, title in page("".join(f"<h3>{link}</h3>" for link in links))) == [
        "Ecco il decalogo del ministero per prevenire il contagio", "Pagelle : CR7 come Atlante, Ramsey si sblocca",
        "Parthenay. La Gâtine lui a tapé dans l’œil"]


def test_a_standfirst_in_the_link_a_date_after_a_comma_and_a_columns_label_after_a_cjk_headline_leave_it() -> None:
    links = ['<a href="/cotidiano/2017/01/1852045-chuva-forte.shtml"><strong class="chapeu">Transtornos nas ruas</strong>'
             ' <span class="chamada">Chuva forte deixa regiões alagadas em São Paulo</span> <em class="linha-fina">Para os'
             ' próximos dias, de acordo com o CGE, o tempo segue instável</em></a>',
             '<a href="/ausland/putin-gipfel-berlin-101.html">Schonungslose Bestandsaufnahme beim Gipfel, 19.01.2016</a>',
             '<a href="/articles/ASN9L6S66N92OHGB00H.html">爽涼な空気と歴史を楽しむ 長野県・軽井沢 [旅空子]</a>']
    assert sorted(title for _, title in page("".join(f"<h3>{link}</h3>" for link in links))) == [
        "Chuva forte deixa regiões alagadas em São Paulo", "Schonungslose Bestandsaufnahme beim Gipfel",
        "爽涼な空気と歴史を楽しむ 長野県・軽井沢"]
    # A date that is the headline's own words stays ("... am 24.09.2017"), as does a bracketed word in Latin letters.
    assert [title for _, title in page('<h3><a href="/inland/wahl-101.html">Die Bundestagswahl findet am 24.09.2017 statt'
                                       '</a></h3>')] == ["Die Bundestagswahl findet am 24.09.2017 statt"]


def test_a_portals_new_and_photo_badges_and_the_publisher_after_a_headline_are_no_part_of_it() -> None:
    links = ['<a href="/pickup/6259429">特別国会 開会後に延長協議<span class="icNew">new</span></a>',
             '<a href="/pickup/6259430">韓国と中国 関係正常化で合意<span class="icPhoto">写真</span></a>',
             '<a href="/article?a=20171031-00023468-president-life"><span class="rankNum">1</span><span class="cap">'
             '<span class="ttl">あの"聖心"の女子寮が貫く"秘密のルール"</span><span class="source">プレジデントオンライン</span>'
             '<span class="date">10/31(火) 9:15</span></span></a>']
    assert sorted(title for _, title in page("".join(f"<li>{link}</li>" for link in links))) == [
        'あの"聖心"の女子寮が貫く"秘密のルール"', "特別国会 開会後に延長協議", "韓国と中国 関係正常化で合意"]


def test_cjk_horoscopes_topic_subjects_about_pages_and_game_subdomains_are_not_stories() -> None:
    html = ('<h3><a href="/a/406191227_120235314">哪个星座，最爱做白日梦，虽然被称为梦想家</a></h3>'
            '<h3><a href="/a/406528788_120012571">哪些生肖人，7月底运势飙升，飞黄腾达</a></h3>'
            '<h3><a href="/subject/320793">西班牙人时隔27年再跌入西乙联赛</a></h3>'
            '<h3><a href="https://h5.news.example.com/about/NetworkLicense.html">网络文化经营许可证 京网文【2014】0935-235号</a></h3>'
            '<h3><a href="https://jogosonline.news.example.com/jedi-vs-jedi-blades-of-light_48320.html">Obi-Wan e Anakin'
            ' Skywalker se enfrentam em um duelo</a></h3>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_footer_tag_whose_every_link_leads_to_a_dated_story_lists_stories_even_columns_of_a_word() -> None:
    columns = ("eco-breves-196", "Eco brèves"), ("fakafaka-8", "Fakafaka"), ("tselatra-238", "Tselatra"), \
        ("en-passant-151", "En passant…"), ("coi-focus-sur-la-gestion-des-cotes", "COI : focus sur la gestion des côtes")
    links = "".join(f'<li><a href="/2018/03/17/{slug}/">{words}</a></li>' for slug, words in columns)
    assert [path for path, _ in page(f'<footer class="footer"><ul>{links}</ul></footer>')] == \
        [f"/2018/03/17/{slug}/" for slug, _ in columns]
    # The site's footer, its legal and contact pages beside a few stories, stays the site's.
    legal = '<a href="/mentions-legales/">Mentions légales du site</a><a href="/contact/">Nous contacter par courriel</a>'
    assert page(f'<footer class="footer"><ul>{links}</ul>{legal}</footer>') == []


def test_a_footer_tag_most_of_whose_links_are_ten_stories_a_long_slug_names_holds_the_pages_collections() -> None:
    # A television's page sets its "most popular", "recommended" and "latest" collections of episodes in its <footer>:
    # cards linking shows' episodes by long slugs, neither dated in the path nor numbered, beside the site's own links.
    shows = [f"/shows/{show}/vypuski/{slug}-vypusk-ot-1{day}-03-2018" for day in range(6)
             for show, slug in (("muzhskoe", "blestyashaya-krysha-muzhskoe-zhenskoe"), ("pust-govoryat", "dnevniki-mishulina-chto-pomoglo"))]
    cards = "".join(f'<a class="card" href="{path}"><div class="stats">199 687 44:49</div><div class="info"><div class="title">'
                    f"Episode {n} of the evening show on the first channel</div></div></a>" for n, path in enumerate(shows))
    legal = "".join(f'<a href="/{slug}">{words}</a>' for slug, words in (
        ("about", "About the channel"), ("contacts", "Contacts"), ("advertising", "Advertising on the channel"),
        ("privacy-policy", "Privacy policy"), ("rules", "Rules of the site")))
    footer = f'<footer class="footer"><section class="collection"><h2>Most popular</h2>{cards}</section><div class="links">{legal}</div></footer>'
    assert [path for path, _ in page(footer)] == shows
    # The site's footer with a few such links beside its own stays the site's.
    assert page(f'<footer class="footer"><section class="collection">{cards[:cards.index("</a>", 600) + 4]}</section>'
                f'<div class="links">{legal}</div></footer>') == []


def test_a_teasers_own_footer_of_follow_up_stories_is_no_page_footer() -> None:
    teaser = ('<div class="media-news"><h2><a href="/cronache/20_febbraio_23/coronavirus-italia-76-casi-0ed11116.shtml">'
              'Coronavirus, le vittime salgono a tre: più di 150 casi</a></h2><div class="media-news__footer">'
              '<a href="/cronache/20_febbraio_23/austria-blocca-treni-brennero-0ed11117.shtml">L’Austria blocca i treni dal'
              ' Brennero per due ore</a></div></div>')
    footer = ('<div class="site-footer"><a href="/cronache/20_febbraio_23/lavora-con-noi-0ed11118.shtml">Lavora con noi nella'
              ' redazione del giornale</a></div>')
    assert [path for path, _ in page(teaser + footer)] == ["/cronache/20_febbraio_23/coronavirus-italia-76-casi-0ed11116.shtml",
                                                           "/cronache/20_febbraio_23/austria-blocca-treni-brennero-0ed11117.shtml"]


def test_a_japanese_headline_names_a_story_its_address_alone_does_not_and_tracking_queries_make_no_second_entry() -> None:
    html = ('<li><a href="/article/ny-forex-idJPL4N2GF3HB?il=0">ＮＹ外為市場＝円が対ドルで7週ぶり高値、欧州コロナ感染拡大で安全買い</a></li>'
            '<li><a href="/article/ny-forex-idJPL4N2GF3HB">ＮＹ外為市場＝円が対ドルで7週ぶり高値、欧州コロナ感染拡大で安全買い</a></li>'
            '<li><a href="/news/bus-crash">A bus crash on the ring road kills three people</a></li>'
            '<li><a href="/news/bus-crash?ito=newsnow&amp;ref=home">A bus crash on the ring road kills'
            ' three people</a></li>')
    assert [path for path, _ in page(html)] == ["/article/ny-forex-idJPL4N2GF3HB?il=0", "/news/bus-crash"]


def test_an_element_classed_a_prefix_is_a_kicker_or_a_columnists_name_not_the_headline() -> None:
    links = ['<a href="/voices/donald-trump-biggest-lie-a7598566.html"><span class="media-prefix"></span><span class="media-prefix'
             ' voices">David Usborne</span> Donald Trump\'s biggest lie: His promise to unify America</a>',
             '<a href="/358912-armas-a-bolivia">Armas a Bolivia: el juez deja la causa que investiga a Macri<span'
             ' class="title-separator"></span><span class="element title-prefix">Declinó su competencia para investigar la'
             ' denuncia</span></a>']
    assert sorted(title for _, title in page("".join(f"<h2>{link}</h2>" for link in links))) == [
        "Armas a Bolivia: el juez deja la causa que investiga a Macri",
        "Donald Trump's biggest lie: His promise to unify America"]


def test_a_heading_naming_the_author_a_portrait_shows_is_not_the_headline_the_title_part_is() -> None:
    # A column's teaser in one link: its title part and summary, the columnist's portrait, then an h6 of the name.
    def column(n: int, title: str, name: str, portrait: str = "author-img") -> str:
        return (f'<div class="item"><a href="/2026/03/01/column-{n}/"><p class="au_text"><span class="au_title">{title}</span>'
                f' A summary of the column that runs on for a good many words before it is cut short...</p>'
                f'<img class="{portrait}" src="{n}.jpg" alt="{name}"><h6 class="au_name"><b>{name}</b><br>'
                f'<span>Daily, Today</span></h6></a></div>')
    html = column(1, "Afrin harekatı bütün hızıyla sürüyor", "Yavuz Alogan") \
        + column(2, "Ofis çalışmalarında hangi koltuklar kullanılmalıdır", "Şenay Özdoğan")
    assert [title for _, title in page(html)] == ["Afrin harekatı bütün hızıyla sürüyor",
                                                  "Ofis çalışmalarında hangi koltuklar kullanılmalıdır"]
    # A teaser's picture (no author's) whose alt its heading repeats: the heading, as it reads, is the headline.
    assert [title for _, title in page(column(3, "Yeni sezonun ilk maçı", "Derbi öncesi son antrenman yapıldı",
                                              portrait="teaser-img"))] == ["Derbi öncesi son antrenman yapıldı Daily, Today"]


def test_a_slides_caption_holding_its_headline_in_bold_over_a_summary_is_its_teaser_and_may_lead() -> None:
    # "<span class=ps-caption><b>Headline</b><br>Summary ...</span>" in a slider's link: the slide's own words, not a
    # photo's caption; the headline is the bold line, and the first slide leads the page.
    def slide(n: int, headline: str) -> str:
        return (f'<div class="item"><a href="/actu-4447{n}-slide_story_{n}.html"><img src="{n}.png" alt="{headline}">'
                f'<span class="ps-caption"><b>{headline}</b><br>A summary of the slide that runs on for many more words'
                f' than its headline has.</span></a></div>')
    slides = slide(8, "Amical : Programme des matches internationaux de jeudi") + slide(7, "Tunisie-Iran : Où voir le match ce soir")
    entries = page(f'<div class="owl-carousel">{slides}</div><div class="news">{story(1)}{story(2)}</div>')
    assert entries[:2] == [("/actu-44478-slide_story_8.html", "Amical : Programme des matches internationaux de jeudi"),
                           ("/actu-44477-slide_story_7.html", "Tunisie-Iran : Où voir le match ce soir")]
    # A headline broken over several lines in bold and plain words stays whole.
    broken = ('<div class="box"><a href="/article/513394"><img src="a.jpg" alt=""><span><strong>Как 39-летнему мужчине'
              ' удалось начать</strong><br>новую жизнь,<br>несмотря на крупные кредиты?</span></a></div>')
    assert page(broken + story(1))[0][1] == "Как 39-летнему мужчине удалось начать новую жизнь, несмотря на крупные кредиты?"


def test_a_sections_page_on_one_of_the_sites_subdomains_is_no_story_where_the_stories_carry_ids() -> None:
    stories = "".join(f'<h3><a href="https://news.example.com/xa-hoi/story-number-{n}-2019041512{n}.htm">A story of the day'
                      f' number {n} in the city</a></h3>' for n in range(4))
    section = '<li><a href="https://tuyensinh.example.com/tuyen-sinh/de-thi-dap-an.htm">Đề thi - Đáp án</a></li>'
    assert section.split('"')[1] not in [SITE.rstrip("/") + path if path.startswith("/") else path
                                         for path, _ in page(stories + section)]
    assert len(page(stories + section)) == 4


def test_a_japanese_headline_marked_as_an_advertisement_is_not_a_story_but_pr_as_a_word_is() -> None:
    html = ('<li><a href="/and_w/20200728/1589053/">＆ｗ<ＰＲ特集</a></li>'
            '<li><a href="/articles/ASN9L6S66N92OHGB00H.html">【PR】秋の新作コレクションを特別価格でご紹介します</a></li>'
            # (and after it in full-width square brackets)
            '<li><a href="/articles/-/126847">充実した付帯サービスを活用して、年会費以上に得する方法を公開［PR］</a></li>'
            '<li><a href="/2026/03/01/pr-firm-4711/">A PR firm is fined for fake reviews of hotels</a></li>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/pr-firm-4711/"]


def test_a_headline_opened_by_the_romanian_mark_of_a_paid_piece_is_not_a_story_but_a_p_in_brackets_inside_one_is() -> None:
    html = ('<li><a href="/news/p-trucuri-despre-alegerea-rafturilor-metalice---272241">(P) Trucuri despre alegerea'
            ' rafturilor metalice</a></li>'
            '<li><a href="/news/p-vrei-sa-faci-chestionare-auto---271548">[P] Vrei să faci chestionare auto?</a></li>'
            '<li><a href="/news/parcarea-p-din-centru-se-inchide---272242">Parcarea (P) din centru se închide luni</a></li>')
    assert [path for path, _ in page(html)] == ["/news/parcarea-p-din-centru-se-inchide---272242"]


def test_a_sites_own_page_filed_under_an_id_is_not_a_story_but_a_headline_naming_its_words_is() -> None:
    html = ('<li><a href="/aide/content/2026452-qui-sommes-nous">Qui sommes-nous ?</a></li>'
            '<li><a href="/aide/content/2026466-conditions-generales">Conditions générales</a></li>'
            '<li><a href="/aide/content/2177344-regie-publicitaire">Régie publicitaire</a></li>'
            '<li><a href="/general/kontakt-1111909">Kontakt zur Redaktion</a></li>'
            '<li><a href="/actualite/content/2453501-la-mairie-publie-les-contacts-des-elus">La mairie publie les contacts'
            ' des élus</a></li>')
    assert [path for path, _ in page(html)] == ["/actualite/content/2453501-la-mairie-publie-les-contacts-des-elus"]


def test_a_market_quotes_line_is_no_story_but_a_score_or_a_rise_in_a_headlines_words_is() -> None:
    html = ('<li><a href="/exchanges/info/cb.0/72413/eod">Курс доллара на 12 июня USD ЦБ: 71,68 (-0,52)</a></li>'
            '<li><a href="/boerse/indizes/dax-2026-03-01-4711/">DAX 15.432,12 (+0,45 %)</a></li>'
            '<li><a href="/sport/2026/03/01/habay-4712/">Virton et Habay partagent les points (2-2)</a></li>'
            '<li><a href="/ekonomika/353874-ikp-matematika">IKP matemātika: kā +1,4% pārvērtās par +10,3%</a></li>')
    assert [path for path, _ in page(html)] == ["/sport/2026/03/01/habay-4712/", "/ekonomika/353874-ikp-matematika"]


def test_a_headline_bracketing_an_advertisements_label_is_not_a_story_but_advertising_in_its_words_is() -> None:
    html = ('<li><a href="/news/story/7314/5635653">(高市府廣告)降級瘋奧運 加碼時時送</a></li>'
            '<li><a href="/news/E-Commerce/Die-besten-Schnaeppchen-683186/">Schnäppchen: 10 Prozent Rabatt bei Aquatuning [Anzeige]</a></li>'
            '<li><a href="/news/story/7314/5635654">政府廣告預算大增 議員質疑浪費公帑</a></li>'
            '<li><a href="/2026/03/01/ads-4712/">Sponsored content rules tightened by the regulator</a></li>')
    assert [path for path, _ in page(html)] == ["/news/story/7314/5635654", "/2026/03/01/ads-4712/"]


def test_a_uuid_in_an_address_is_an_id_like_a_number() -> None:
    stories = "".join(story(n) for n in range(6))  # numbered stories around a story named by a UUID only
    named = ('<h3><a href="/cultura/20_febbraio_13/leggere-insieme-fa-bene-fa5f338a-48ea-11ea-91e8-775bd36e4cb6.shtml">Leggere'
             ' insieme fa bene al cervello dei bambini</a></h3>')
    assert len(page(stories + named)) == 7


def test_a_japanese_link_to_a_list_of_articles_is_not_a_story() -> None:
    html = ('<li><a href="/shimen/20200919/index_tokyo_list.html">09月19日朝日新聞デジタル朝刊記事一覧へ（朝5時更新）</a></li>'
            '<li><a href="/articles/ASN9M3RD8N9HUCVL048.html">プラダ着こなすシルバーテツヤ 秋田の86歳に世界注目</a></li>')
    assert [path for path, _ in page(html)] == ["/articles/ASN9M3RD8N9HUCVL048.html"]


def test_a_call_to_a_topics_page_in_words_is_not_a_story_but_a_headline_about_news_is() -> None:
    html = ('<h3><a href="/actualites/speciale-regions-173.html">Toute l\'actualité sur Régions</a></h3>'
            '<h3><a href="/news/brexit-special-12.html">All the news on Brexit</a></h3>'
            '<h3><a href="/actualites/lire-la-toute-derniere-actualite-sur-le-climat-71200.html">La toute dernière actualité'
            ' sur le climat inquiète les assureurs</a></h3>' + story(1))
    assert sorted(path for path, _ in page(html)) == ["/2026/03/01/story-1/",
                                                      "/actualites/lire-la-toute-derniere-actualite-sur-le-climat-71200.html"]


def test_a_call_to_readers_for_their_stories_is_not_a_story_nor_the_lead() -> None:
    html = ('<div class="banner-tophome"><a href="/edition/appel-temoignages/article/040122/teletravail-temoignez">'
            'Dysfonctionnements dans le télétravail : témoignez !</a></div>'
            '<h3><a href="/2018/05/calling-for-reader-submissions">Readers Write: Calling for Submissions</a></h3>'
            '<h3><a href="/home/contactus/article-5490381/Video-Submission.html">Send us your videos</a></h3>' + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_wire_services_version_label_is_no_part_of_the_headline() -> None:
    got = page('<li><a href="/article/usa-tiktok-ban-idJPL4N2GF2XX">UPDATE 4-米、ＴｉｋＴｏｋなど20日から提供禁止 トランプ氏「急展開も」</a></li>'
               '<li><a href="/article/us-markets-idUSKBN2651CO">CORRECTED-Stocks rally as tech shares rebound from losses</a></li>')
    assert sorted(title for _, title in got) == ["Stocks rally as tech shares rebound from losses",
                                                 "米、ＴｉｋＴｏｋなど20日から提供禁止 トランプ氏「急展開も」"]


def test_a_genres_label_before_a_chinese_japanese_or_korean_headline_is_a_kicker_but_a_speakers_name_stays() -> None:
    got = page('<li><a href="/article/column-tamaki-idJPKBN2650UV">コラム：菅総裁の新成長戦略、目玉は通信インフラの高度化か</a></li>'
               '<li><a href="/omn/20200703/20200703A05C5L00.html">较真丨北京本轮疫情中的新冠病毒有突变，这个突变是怎么回事？</a></li>'
               '<li><a href="/article/2020/07/03/1001">[속보] 정부, 수도권 방역 조치 2주 연장하기로 결정</a></li>'
               '<li><a href="/politics/2020-07/03/c_1126191.htm">习近平：坚持人民至上生命至上的抗疫理念</a></li>'
               '<li><a href="/omn/20200704/20200704A0AAAA00.html">コラム：短い</a></li>')
    assert sorted(title for _, title in got) == sorted([
        "菅総裁の新成長戦略、目玉は通信インフラの高度化か", "北京本轮疫情中的新冠病毒有突变，这个突变是怎么回事？",
        "정부, 수도권 방역 조치 2주 연장하기로 결정", "习近平：坚持人民至上生命至上的抗疫理念", "コラム：短い"])


def test_a_short_label_before_a_full_width_slash_is_a_chinese_headlines_kicker_but_a_score_or_a_pair_stays() -> None:
    got = page('<li><a href="/news/20210712/2028541.htm">快訊／新莊家族感染＋2 侯友宜：玉鳳宮出入複雜將擴大匡列</a></li>'
               '<li><a href="/news/story/7001/5655001">籃球／杜蘭特奧運狂飆數據 4項居美國隊史之冠</a></li>'
               '<li><a href="/news/20210712/2028542.htm">LIVE／北市+9例！信義爆7人「類家戶感染」 柯文哲最新說明</a></li>'
               '<li><a href="/article/column-kameoka-idJPKBN2690KK">膠着のドル／円、米大統領選後に円安か＝亀岡裕次氏</a></li>'
               '<li><a href="/articles/GCO2020091901001549.html">山口は１／３回を無安打無失点 フィリーズ戦</a></li>'
               '<li><a href="/news/story/7001/5655002">籃球／短標題</a></li>')
    assert sorted(title for _, title in got) == sorted([
        "新莊家族感染＋2 侯友宜：玉鳳宮出入複雜將擴大匡列", "杜蘭特奧運狂飆數據 4項居美國隊史之冠",
        "北市+9例！信義爆7人「類家戶感染」 柯文哲最新說明", "膠着のドル／円、米大統領選後に円安か＝亀岡裕次氏",
        "山口は１／３回を無安打無失点 フィリーズ戦", "籃球／短標題"])


def test_a_columns_name_before_a_closing_double_angle_bracket_is_a_kicker_but_a_works_title_stays() -> None:
    got = page('<li><a href="/news/politics/breakingnews/3598668">台海軍情》李喜明：兩岸「灰色地帶侵略」增加 非全面戰爭但有小衝突</a></li>'
               '<li><a href="/news/politics/breakingnews/3601526">獨家》日本第3波贈台100萬劑AZ疫苗 15日抵台</a></li>'
               '<li><a href="/news/movies/breakingnews/3601527">《流浪地球》票房突破十億 創下國產科幻片紀錄</a></li>')
    assert sorted(title for _, title in got) == sorted([
        "李喜明：兩岸「灰色地帶侵略」增加 非全面戰爭但有小衝突", "日本第3波贈台100萬劑AZ疫苗 15日抵台",
        "《流浪地球》票房突破十億 創下國產科幻片紀錄"])


def test_a_folder_of_advertising_in_portuguese_dutch_or_danish_holds_no_story() -> None:
    html = "".join(f'<li><a href="/{folder}/destaques/um-sabor-de-indicacao-geografica-protegida-12916818.html">'
                   f'Um sabor de indicação geográfica protegida e de qualidade</a></li>'
                   for folder in ("publicidade", "reclame", "reklame"))
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_the_sites_root_asked_for_one_post_by_its_number_is_a_story_but_not_for_a_category_a_month_or_a_static_page() -> None:
    html = ('<ul><li><a href="/?p=128314">বান্দরবানে জাতীয় দুর্যোগ প্রস্তুতি দিবস পালন</a></li>'
            '<li><a href="/?newsid=4711">Le conseil municipal vote le budget de la ville</a></li>'
            '<li><a href="/?cat=12">Toutes les nouvelles de la rubrique régionale</a></li>'
            '<li><a href="/?m=201603">Les archives du mois de mars deux mille seize</a></li>'
            '<li><a href="/?page_id=2">Qui sommes-nous et comment nous joindre</a></li>'
            '<li><a href="/?news=5258431">Importations : les difficultés du passage à l’économie de marché</a></li></ul>')
    assert sorted(path for path, _ in page(html)) == ["/?news=5258431", "/?newsid=4711", "/?p=128314"]


def test_the_sites_root_asked_for_one_article_by_its_number_in_the_sites_own_language_is_a_story() -> None:
    # "clanak" (Serbo-Croatian "članak"), "artikel", "articolo": the word "article" as the site spells its parameter,
    # beside a section's name in words and the day; a section asked for by its name alone stays no story
    html = ('<ul><li><a href="/?nivo=3&amp;rubrika=Politika&amp;datum=2018-03-22&amp;clanak=639646">'
            'Opozicija traži nove izbore u glavnom gradu</a></li>'
            '<li><a href="/?artikel=88231">Gemeinderat beschließt den neuen Haushalt der Stadt</a></li>'
            '<li><a href="/?articolo=5521&amp;sezione=cronaca">Il consiglio comunale approva il bilancio</a></li>'
            '<li><a href="/?nivo=2&amp;rubrika=Politika">Sve vijesti iz rubrike politika na jednom mjestu</a></li></ul>')
    assert sorted(path for path, _ in page(html)) == ["/?articolo=5521&sezione=cronaca", "/?artikel=88231",
                                                      "/?nivo=3&rubrika=Politika&datum=2018-03-22&clanak=639646"]


def test_a_cms_that_routes_every_page_through_one_query_parameter_is_read_by_the_path_that_parameter_holds() -> None:
    # Drupal without clean addresses: "/?q=node/9963" is a story, "/?q=taxonomy/term/5" a topic's list, "?q=user" an account
    html = ('<ul><li><a href="/?q=node/9963">Des éleveurs se plaignent du manque de soutien et des pâturages</a></li>'
            '<li><a href="/index.php?q=node/9958">Un assaillant armé tué et un douanier blessé à la frontière</a></li>'
            '<li><a href="/?q=taxonomy/term/5">Toutes les nouvelles de la rubrique économie du pays</a></li>'
            '<li><a href="/?q=user/login">Se connecter à votre compte pour commenter les nouvelles</a></li></ul>')
    assert sorted(path for path, _ in page(html)) == ["/?q=node/9963", "/index.php?q=node/9958"]


def test_an_author_s_call_to_see_all_her_articles_is_no_story_whatever_number_her_page_carries() -> None:
    html = "".join(f'<li><a href="/profile-on/{name},{n}" title="View all of this authors articles">{text}</a></li>'
                   for n, (name, text) in enumerate([("sue-arnold", "View all of this authors articles"),
                                                     ("john-passant", "See all stories by this author"),
                                                     ("max-larkin", "More from this author")], start=718))
    assert [path for path, _ in page("<ul>" + html + "</ul>" + story(1))] == ["/2026/03/01/story-1/"]


def test_a_call_to_read_all_of_a_sites_news_or_reports_is_no_story_in_dutch_spanish_or_french() -> None:
    html = "".join(f'<li><a href="/archief/nr-{n}">{text}</a></li>' for n, text in
                   enumerate(["Lees alle reportages", "Ver todas las noticias", "Voir toutes les actualités",
                              "Alle Nachrichten anzeigen"], start=4042))
    assert [path for path, _ in page("<ul>" + html + "</ul>" + story(1))] == ["/2026/03/01/story-1/"]


def test_a_tv_guides_broadcast_of_a_programme_is_no_story() -> None:
    html = ('<ul><li><a href="/tv-gids/uitzending/3699401/mission-impossible-ii">Mission: Impossible II vanavond op televisie</a></li>'
            '<li><a href="/tv-gids/uitzending/3687083/stella-blomkvist">Stella Blómkvist, de IJslandse thrillerreeks</a></li></ul>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_an_issue_of_the_sites_printed_edition_named_by_the_site_and_its_day_is_no_story() -> None:
    edition = "https://www.humo.be/"
    html = ('<ul><li><a href="/humo-archief/nr-4045">Humo 13 maart 2018</a></li>'
            '<li><a href="/humo-archief/nr-4044">Humo van 6 maart 2018</a></li>'
            '<li><a href="/2018/03/13/humo-wint-prijs/">Humo wint de prijs van het beste weekblad 2018</a></li>'
            '<li><a href="/2018/03/13/de-koning/">De koning opent het nieuwe museum in Brussel</a></li></ul>')
    assert [e.url.removeprefix(edition.rstrip("/")) for e in read_front_page(html, edition).entries] == [
        "/2018/03/13/humo-wint-prijs/", "/2018/03/13/de-koning/"]


def test_a_call_to_see_a_members_profile_is_no_story_whatever_its_address() -> None:
    html = "".join(f'<li><a href="/2018/03/17/hoaxteam-{name}-1234{n}">{text}</a></li>' for n, (name, text) in enumerate(
                   [("marie-odile", "Voir le profil utilisateur."), ("daniel", "View profile"), ("rebel", "Profil ansehen")]))
    assert [path for path, _ in page("<ul>" + html + "</ul>" + story(1))] == ["/2026/03/01/story-1/"]


def test_a_cinemas_listing_of_a_film_is_no_story() -> None:
    html = ('<ul><li><a href="/cartelera/interna/la-forma-del-agua">La forma del agua, de Guillermo del Toro</a></li>'
            '<li><a href="/cartelera/interna/las-aventuras-de-lara-croft">Las aventuras de Lara Croft en cines</a></li></ul>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_download_subdomain_s_software_pages_are_no_stories() -> None:
    html = ('<ul><li><a href="https://download.news.example.com/bezpieczenstwo/pakiety/avira-free-security-suite">'
            'Avira Free Security Suite - pakiet zabezpieczający dla Windows i macOS</a></li>'
            '<li><a href="https://downloads.news.example.com/gry/strzelanki/fortnite-battle-royale">'
            'Fortnite: Battle Royale - epicka strzelanka z milionem graczy do pobrania</a></li></ul>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_songs_subdomain_s_pages_are_no_stories() -> None:
    html = ('<ul><li><a href="https://mp3.news.example.com/metanet_isgenderli_-_menim_adim_esq-861226.html">Mətanət'
            ' İsgəndərli - Mənim Adım Eşq</a></li><li><a href="https://mp3.news.example.com/samir_piriyev_-_esqbaz-862118.html">'
            'Samir Piriyev - Eşqbaz</a></li></ul>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_a_business_directorys_subdomain_lists_companies_not_stories() -> None:
    html = ('<article><h4><a href="https://empresas.news.example.com/cantabria/santander/comercios/pasteleria/'
            'la-tahona-cantabra_2945.html#utm_source=dmo">La Tahona Cántabra</a></h4></article>'
            '<article><h4><a href="https://entreprises.news.example.com/lyon/garages/garage-du-centre-ville_2974.html">'
            'Garage du centre-ville, réparations toutes marques</a></h4></article>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]


def test_one_story_linked_from_several_boxes_each_adding_its_short_number_after_the_id_is_one_entry() -> None:
    slug = "kamp-mod-tiden-derfor-skal-mette-findes-hurtigt-"
    html = (f'<h2><a href="/{slug}/Sjaelland-Politi/20141209/artikler/312099989/1265">Derfor skal Mette findes hurtigt</a></h2>'
            f'<li><a href="/{slug}/20141209/artikler/312099989/1779">Kamp mod tiden: Derfor skal Mette findes hurtigt</a></li>'
            f'<li><a href="/another-story-of-the-day-in-the-region-/20141209/artikler/312099990/1779">Another story of the day in the region</a></li>')
    assert [path.rsplit("/", 3)[-2] for path, _ in page(html)] == ["312099989", "312099990"]



def test_one_story_named_by_its_id_and_slug_before_an_index_file_on_two_of_the_sites_hosts_is_one_entry() -> None:
    slug = "amerika-bude-tisknout-domky-pro-chude-sedesatimetrove-bydleni"
    html = (f'<h2><a href="/{slug}/a-192237/default.aspx">Amerika bude tisknout domky pro chudé</a></h2>'
            f'<li><a href="https://vtm.news.example.com/clanky/{slug}/sc-870-a-192237/default.aspx">'
            'Amerika bude tisknout domky pro chudé</a></li>'
            '<li><a href="/nova-ssd-typu-qlc-krok-dopredu-nebo-vzad/a-192297/default.aspx">Nová SSD typu QLC: krok dopředu, nebo vzad?</a></li>')
    assert [path.rsplit("/", 2)[-2] for path, _ in page(html)] == ["a-192237", "a-192297"]


def test_one_story_named_by_its_id_after_its_slug_under_two_folders_is_one_entry() -> None:
    slug = "2018-10-29/soaking-up-australias-drought-natural-sequence-farming"
    html = (f'<h2><a href="/news/{slug}/10312844">Could this be the solution to the drought?</a></h2>'
            f'<li><a href="/news/u/news/{slug}/10312844">Could this be the solution to the drought?</a></li>'
            f'<li><a href="/news/u/news/2018-10-29/another-story-of-the-day/10312845">Another story of the day</a></li>')
    assert [path.rsplit("/", 1)[-1] for path, _ in page(html)] == ["10312844", "10312845"]

def test_one_story_named_by_its_id_after_two_slugs_of_its_headline_is_one_entry_but_not_two_stories_of_one_stream() -> None:
    html = ('<h2><a href="/news/L-equipe-type-de-la-semaine-avec-ramsey-et-messi/884819">L’équipe type de la semaine</a></h2>'
            '<li><a href="/news/L-equipe-type-de-la-semaine-avec-ramsey-messi/884819">L’équipe type de la semaine</a></li>'
            '<li><a href="/news/Bordeaux-s-incline-a-domicile-contre-rennes/885185">Bordeaux s’incline à domicile</a></li>')
    assert [path.rsplit("/", 1)[-1] for path, _ in page(html)] == ["884819", "885185"]
    stream = ('<h2><a href="/2016/3/1/11140158/morgan-ev3-announced-geneva-motor-show/in/10897549">The Morgan EV3 is here</a></h2>'
              '<h2><a href="/2016/3/1/11140780/the-indefensible-supercar-bugatti-chiron/in/10897549">The indefensible supercar</a></h2>')
    assert [path.split("/")[4] for path, _ in page(stream)] == ["11140158", "11140780"]  # the stream's id is not theirs


def test_one_story_under_two_slugs_of_its_headline_before_one_id_is_one_entry_but_not_two_stories_of_one_day() -> None:
    html = ('<h2><a href="/rubriky/krimi/stropnicky-i-slechtova-ve-shode-smrtici-novicok-z-cr-nepochazi_471958.html">'
            'Stropnický a Šlechtová ve shodě: Smrtící novičok z ČR nepochází</a></h2>'
            '<li><a href="/rubriky/krimi/stropnicky-a-slechtova-ve-shode-smrtici-novicok-z-cr-nepochazi_471958.html">'
            'Stropnický a Šlechtová ve shodě: Smrtící novičok z ČR nepochází</a></li>'
            '<li><a href="/news/kubacki-ponownie-zmierzy-sie-z-granerudem-najlepsi-przyjada-do,nId,6815012">Kubacki'
            ' ponownie zmierzy się z Granerudem</a></li>'
            '<li><a href="/news/dawid-kubacki-ponownie-zmierzy-sie-z-granerudem-najlepsi-przyj,nId,6815012">Kubacki'
            ' ponownie zmierzy się z Granerudem</a></li>'
            '<li><a href="/news/2018/03/22/madaraka-express-increases-passenger-fares-to-sh1000-from-sh700_c1734620">'
            'Madaraka Express increases passenger fares to Sh1,000 from Sh700</a></li>'
            '<li><a href="/news/2018/03/22/madaraka-express-revises-passenger-fares-to-sh1000-from-sh700_c1734620">'
            'Madaraka Express revises passenger fares to Sh1,000 from Sh700</a></li>'
            # (a headline rewritten in half its words: "consegnato il ... a Lion Air" beside "consegna primo ...")
            '<li><a href="/economia-finanza/boeing-consegnato-il-737-max-9-a-lion-air-aereo-del-futuro_n58439.html">'
            'Boeing, consegnato il 737 Max 9 a Lion Air</a></li>'
            '<li><a href="/economia-finanza/boeing-consegna-primo-737-max-9-e-ulteriori_n58439.html">Boeing, consegna'
            ' primo 737 Max 9. E come saranno aerei del futuro</a></li>')
    assert [path.rsplit("/", 1)[-1] for path, _ in page(html)] == [
        "stropnicky-i-slechtova-ve-shode-smrtici-novicok-z-cr-nepochazi_471958.html",
        "kubacki-ponownie-zmierzy-sie-z-granerudem-najlepsi-przyjada-do,nId,6815012",
        "madaraka-express-increases-passenger-fares-to-sh1000-from-sh700_c1734620",
        "boeing-consegnato-il-737-max-9-a-lion-air-aereo-del-futuro_n58439.html"]
    # two stories of one day (the date ends their names), and two a site numbers alike with other words, stay two
    day = ('<h2><a href="/sante/covid-19-le-bilan-du-jour-en-france-20211224">Covid-19 : le bilan du jour en France'
           '</a></h2><h2><a href="/sante/covid-19-le-bilan-du-jour-en-italie-20211224">Covid-19 : le bilan du jour en'
           ' Italie</a></h2>'
           '<h2><a href="/john-mcmullen-eagles-coach-training-camp-observations-058882/">Eagles training camp'
           ' observations</a></h2>'
           '<h2><a href="/report-carson-wentz-eschew-foot-surgery-eagles-058882/">Carson Wentz to eschew foot'
           ' surgery</a></h2>')
    assert len(page(day)) == 4


def test_one_story_whose_name_opens_with_its_id_under_two_wholly_different_slugs_is_one_entry_but_not_two_of_one_day() -> None:
    html = ('<h2><a href="/nachrichten/europa/953400_EU-Austritt-muss-womoeglich-verschoben-werden.html">EU-Austritt muss'
            ' womöglich verschoben werden</a></h2>'
            '<li><a href="/nachrichten/europa/953400_In-einem-kritischen-Stadium.html">"In einem kritischen Stadium"</a></li>'
            '<li><a href="/nachrichten/europa/953401_In-einem-anderen-Stadium.html">Ein anderer Bericht aus Brüssel</a></li>'
            '<h2><a href="/kultura/20180316_katy_perry_meg_kapni_fog">Katy Perry még kapni fog ezért a csókért</a></h2>'
            '<h2><a href="/kultura/20180316_oriasgraffitivel_hivja_fel">Óriásgraffitivel hívja fel a figyelmet Banksy</a></h2>')
    assert [path.rsplit("/", 1)[-1] for path, _ in page(html)] == [
        "953400_EU-Austritt-muss-womoeglich-verschoben-werden.html", "953401_In-einem-anderen-Stadium.html",
        "20180316_katy_perry_meg_kapni_fog", "20180316_oriasgraffitivel_hivja_fel"]


def test_one_story_under_two_slugs_of_its_headline_after_one_id_is_one_entry_but_not_two_stories_of_one_day() -> None:
    # (an id that opens with digits a date could, "2001273513", is still an id: no hour 35)
    html = ('<h2><a href="/business/article/2001273513/m-kopa-solar-gets-more-funding-from-canada">M-Kopa gets'
            ' Sh1b from Canada</a></h2>'
            '<li><a href="/business/article/2001273513/m-kopa-gets-sh1b-from-canada">M-Kopa gets Sh1b from Canada</a></li>'
            '<li><a href="/business/article/2001273510/stanchart-starts-african-online-banking-push">StanChart starts'
            ' African online banking push</a></li>')
    assert [path.split("/")[3] for path, _ in page(html)] == ["2001273513", "2001273510"]
    # two stories of one day's folder, their slugs alike, stay two
    day = ('<h2><a href="/journal/20211224/covid-19-le-bilan-du-jour-en-france">Covid-19 : le bilan du jour en France'
           '</a></h2><h2><a href="/journal/20211224/covid-19-le-bilan-du-jour-en-italie">Covid-19 : le bilan du jour'
           ' en Italie</a></h2>')
    assert len(page(day)) == 2


def test_a_folder_with_an_id_that_holds_stories_with_ids_of_their_own_is_a_topic_page_not_a_story() -> None:
    html = ('<h2><a href="/Dragon-Age-Inquisition-PC-236767/">Dragon Age: Inquisition for the PC</a></h2>'
            '<h3><a href="/Dragon-Age-Inquisition-PC-236767/News/Patch-bringt-neue-Quests-und-behebt-Fehler-1145000/">'
            'Patch bringt neue Quests und behebt Fehler</a></h3>'
            '<h3><a href="/Driveclub-PS4-256941/">Driveclub, the racing game for the PS4</a></h3>')
    assert [path for path, _ in page(html)] == [
        "/Dragon-Age-Inquisition-PC-236767/News/Patch-bringt-neue-Quests-und-behebt-Fehler-1145000/",
        "/Driveclub-PS4-256941/"]  # no story below it on this page: nothing says it is a topic's


def test_a_storys_comments_linked_as_a_field_after_a_comma_make_no_folder_of_it_but_a_page_below_one_does() -> None:
    # "/<section>/<slug>/,coments.1#komentarai" beside each teaser is the story's own comments (a counter), not a page
    # filed under it: the story stays. A page below a slug ("/guide/negocis") still makes that slug a list of pages.
    def teaser(slug: str) -> str:
        return (f'<div class="block"><h2><a href="/lt/naujienos/politika/{slug}/">A headline of several words on {slug}</a>'
                f'</h2><a href="/lt/naujienos/politika/{slug}/,coments.1#komentarai">(12)</a></div>')
    html = teaser("seimas_svarsto_kitu_metu_biudzeta") + teaser("mitinguotojai_prie_seimo_kaltino_valdzia")
    html += ('<h2><a href="/lt/naujienos/politika/gidas_po_seimo_rumus_ir_sales/">A guide to the rooms of the parliament</a></h2>'
             '<a href="/lt/naujienos/politika/gidas_po_seimo_rumus_ir_sales/salė">Salė</a>')
    assert [path for path, _ in page(html)] == ["/lt/naujienos/politika/seimas_svarsto_kitu_metu_biudzeta/",
                                                "/lt/naujienos/politika/mitinguotojai_prie_seimo_kaltino_valdzia/"]


def test_a_main_column_inside_a_menu_a_template_never_closed_holds_stories_but_a_mega_menus_panel_does_not() -> None:
    # The <nav> is never closed: the parser puts the page's main column inside it, section links and all. Its stories
    # are the page's, the first of them the lead; the menu's own section links stay chrome.
    sections = ("politics", "culture", "world", "science", "sport", "books", "film", "music", "housing", "brexit", "events")
    menu = '<ul class="menu">' + "".join(f'<li><a href="/{name}">{name.title()}</a></li>' for name in sections) + "</ul>"
    teasers = "".join(f'<div class="teaser"><h2><a href="/2026/03/01/story-{n}/">Story {n}: a headline of several words</a>'
                      f'</h2></div>' for n in (1, 2, 3))
    unclosed = page(f'<header class="site-header"><nav class="site-nav">{menu}<div class="row"><div class="main-content">'
                    f'{teasers}<a href="/politics">More politics</a></div></div>')
    assert [path for path, _ in unclosed] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/", "/2026/03/01/story-3/"]
    # A mega-menu's panel under its entry, whatever its inner parts are called, is the menu's: its teasers come after the
    # page's own column, which leads.
    panel = (f'<nav class="site-nav"><ul class="menu"><li><a href="/politics">Politics</a><div class="dropdown">'
             f'<div class="main-content">{teasers}</div></div></li></ul></nav><main>{story(4)}</main>')
    assert [path for path, _ in page(panel)] == ["/2026/03/01/story-4/", "/2026/03/01/story-1/", "/2026/03/01/story-2/",
                                                 "/2026/03/01/story-3/"]


def test_a_nav_or_a_header_listing_ten_stories_or_more_holds_stories_but_a_menu_of_labels_or_a_few_teasers_does_not() -> None:
    def items(prefix: str, count: int) -> str:
        return "".join(f'<li><a href="/2016/3/1/{1140000 + n}/{prefix}-story-{n}">A {prefix} story number {n} of the day</a></li>'
                       for n in range(count))
    sections = "".join(f'<li><a href="/{name}">{name.title()}</a></li>' for name in ("tech", "science", "culture"))
    newest = page(f'<header class="m-header"><nav class="js-side-menu">{items("new", 10)}</nav>'
                  f'<nav class="sections">{sections}</nav></header>{story(1)}')
    assert len(newest) == 11 and newest[0][0] == "/2026/03/01/story-1/"  # the list's stories, never the lead
    menu = page(f'<nav class="menu">{items("menu", 3)}{sections}</nav>{story(1)}')
    assert [path for path, _ in menu] == ["/2026/03/01/story-1/"]
    # a <nav> its class calls a slider holds the page's top stories, however many other links each slide has
    slides = "".join(f'<li class="money"><div><a href="/2017/02/slide-story-{n}/">A slide story number {n} of the day</a>'
                     f'</div><a href="/tech">Tech</a><a href="/author/x">By X</a><a href="/tag/{n}">Tag {n}</a></li>'
                     for n in range(3))
    slider = page(f'<aside><nav class="slider bullets"><ul>{slides}</ul></nav></aside>{story(1)}')
    assert sorted(path for path, _ in slider) == ["/2017/02/slide-story-0/", "/2017/02/slide-story-1/",
                                                  "/2017/02/slide-story-2/", "/2026/03/01/story-1/"]


def test_classed_labels_in_a_row_before_the_headline_are_kickers_but_a_class_naming_its_first_word_is_not() -> None:
    got = page('<article><a href="/cnt/dmf20141205_01415127"><h1><span class="label label--region">Regio</span>'
               '<span class="label">antwerpen</span>Slachtoffer in levensgevaar na steekpartij</h1></a></article>'
               '<article><a href="/2014/12/att-still-throttles-unlimited-data/"><h1><span class="whole"><span class="firstword">'
               '<span class="adjust">AT&amp;T</span></span> still throttles unlimited data even when not congested</span></h1></a></article>')
    assert sorted(title for _, title in got) == ["AT&T still throttles unlimited data even when not congested",
                                                 "Slachtoffer in levensgevaar na steekpartij"]


def test_an_update_label_in_brackets_after_the_headline_is_no_part_of_it() -> None:
    got = page('<h2><a href="/2014/12/sony-pictures-hack-gets-uglier/">Sony Pictures hack gets uglier [Updated]</a></h2>'
               '<h2><a href="/2014/12/greve-sncf/">La grève continue à la SNCF (mise à jour)</a></h2>'
               '<h2><a href="/2014/12/the-update-show/">The quarterly results of the company (Update 2)</a></h2>'
               '<h2><a href="/2017/01/whats-new-ios-beta/">What’s new in the first beta [Updatedx3]</a></h2>'
               '<h2><a href="/2016/02/isis-stole-material/">ISIS believed to have stolen material [Breaking]</a></h2>')
    assert sorted(title for _, title in got) == ["ISIS believed to have stolen material", "La grève continue à la SNCF",
                                                 "Sony Pictures hack gets uglier", "The quarterly results of the company",
                                                 "What’s new in the first beta"]


def test_a_label_its_class_calls_one_is_no_part_of_the_headline_unless_it_is_the_links_only_words() -> None:
    got = page('<li><a href="/story/news/politics/2015/04/15/100-days-of-congress/25855119/">'
               '<span class="hfwmm-ssts-label-top-left">Washington</span><img src="a.jpg" alt="">'
               '<span class="hfwmm-list-hed">100 days of Congress: Stumbles, but progress</span></a></li>'
               '<li><a href="/video/playlist/good-deeds/magician-gives-money-homeless-people-144752217.html">'
               '<img src="b.jpg" alt=""><span class="fz-xxs item-label">Magician&#39;s touching trick</span></a></li>')
    assert sorted(title for _, title in got) == ["100 days of Congress: Stumbles, but progress", "Magician's touching trick"]


def test_a_days_edition_and_a_special_reports_collection_are_not_stories_but_the_stories_filed_under_them_are() -> None:
    html = ('<li><a href="/edition-quotidienne/25-04-2020.html">Voir l’édition du jour de ce samedi</a></li>'
            '<li><a href="/liseuse/publication/25-04-2020/">Libé du 25 avril 2020 en version numérique</a></li>'
            '<li><a href="/dossier/economie/france/souverainete-la-france-en-etat-d-urgence-837005.html">'
            'Souveraineté: la France en état d’urgence absolue</a></li>'
            '<li><a href="/edition-quotidienne/25-04-2020/focus/le-quotidien-paris-normandie-est-a-vendre-845901.html">'
            'Le quotidien Paris-Normandie est à vendre</a></li>'
            '<li><a href="/dossier/design/2021/01/20/news/giordano_vigano_il_maestro_del_mobile-283700000/">'
            'Giordano Viganò, il maestro del mobile</a></li>'
            # (one of a collection's stories, named by its own number after its slug)
            '<li><a href="/dossier/catalogne/jordi-sanchez-renonce-a-presider-la-catalogne/9994313.html">Jordi Sanchez'
            ' renonce à présider la Catalogne</a></li>')
    assert sorted(path for path, _ in page(html)) == [
        "/dossier/catalogne/jordi-sanchez-renonce-a-presider-la-catalogne/9994313.html",
        "/dossier/design/2021/01/20/news/giordano_vigano_il_maestro_del_mobile-283700000/",
        "/edition-quotidienne/25-04-2020/focus/le-quotidien-paris-normandie-est-a-vendre-845901.html"]


def test_a_special_sections_page_right_under_its_folder_is_no_story_but_the_stories_filed_deeper_are() -> None:
    html = ('<li><a href="/speciale/samsung-galaxy-s9/">Samsung Galaxy S9: senza cornici, più potente</a></li>'
            '<li><a href="/specials/zukunft_des_handels">Die Zukunft des Handels: unser Schwerpunkt</a></li>'
            '<li><a href="/specials/interviews/article/1399443/orizon-asfalistikh-hrthe-h-ora.html">Orizon: the hour of'
            ' the insurers has come</a></li>'
            '<li><a href="/specials/coverage/assembly-elections-2014/maharashtra/sena-mns-pit-heavy-weights">Sena, MNS'
            ' pit heavyweights against each other</a></li>'
            # (a story filed right under the folder by its headline's slug of six words or more is a story)
            '<li><a href="/especiales/junin-vive-la-devocion-alegria-semana-santa/">Junín vive la devoción y alegría en'
            ' Semana Santa</a></li>'
            # and a brand's own stories on a subdomain of theirs
            '<li><a href="https://brandstories.example.com/2026/03/01/ai-technology-empowers-the-customer-and-the-agent/">AI technology empowers both the customer and the'
            ' agent</a></li>')
    assert sorted(path for path, _ in page(html)) == [
        "/especiales/junin-vive-la-devocion-alegria-semana-santa/",
        "/specials/coverage/assembly-elections-2014/maharashtra/sena-mns-pit-heavy-weights",
        "/specials/interviews/article/1399443/orizon-asfalistikh-hrthe-h-ora.html"]


def test_a_page_named_by_a_securitys_isin_is_a_quote_page_not_a_story() -> None:
    html = ('<li><a href="/introductions/societe/paulic-meunerie-FR0013479730,FR.html">Paulic Meunerie sur Euronext Growth Paris</a></li>'
            '<li><a href="/aktien/Siemens-Aktie-DE0007236101">Siemens Aktie: Kurs, Chart und Nachrichten heute</a></li>'
            '<li><a href="/articles/DA3S14627743.html">社説 コロナと経済 両立への道筋を示せ</a></li>')
    assert [path for path, _ in page(html)] == ["/articles/DA3S14627743.html"]  # an id, not an ISIN: no market's code


def test_a_papers_code_of_section_letters_and_a_number_filed_by_day_is_a_story_not_an_isin_nor_another_sections() -> None:
    # "IN1803180047" has an ISIN's shape (a market's letters, ten digits) but not its check digit, and the day's folders
    # file it; "CH1803190007" and "YO1803190007", one number under two sections' letters, are two stories
    html = ('<li><a href="/2018/03/18/IN1803180047.htm">譚耀宗高票當選人大常委</a></li>'
            '<li><a href="/2018/03/19/CH1803190007.htm">159名人大常委會委員 黨政軍法學中堅雲集</a></li>'
            '<li><a href="/2018/03/19/YO1803190007.htm">陳勇建言獻策「帶路」灣區 打造國際旅遊集散地</a></li>'
            '<li><a href="/introductions/societe/paulic-meunerie-FR0013479730,FR.html">Paulic Meunerie sur Euronext Growth</a></li>')
    assert [title for _, title in page(html)] == ["譚耀宗高票當選人大常委", "159名人大常委會委員 黨政軍法學中堅雲集",
                                                 "陳勇建言獻策「帶路」灣區 打造國際旅遊集散地"]


def test_a_storys_topic_tags_inside_its_link_are_not_its_headline_though_its_address_spells_them() -> None:
    got = page('<article class="Chrono__item"><a href="/Football/Actualites/Coronavirus-gros-don-de-gareth-bale-a-un-hopital/1129077" '
               'title="Bale très généreux"><span class="Chrono__time">21:54</span> <div class="ArticleTags Chrono__tags">'
               '<div class="ArticleTags__items"><div class="ArticleTags__item">Coronavirus</div></div></div> '
               '<span class="Chrono__summary">Bale très généreux</span></a></article>')
    assert [title for _, title in got] == ["Bale très généreux"]


def test_a_storys_comments_and_a_keywords_page_are_not_stories() -> None:
    html = ('<li><a href="/node/21558249/comments">Comments</a></li>'
            '<li><a href="/keywords/5/1/55107eb35fb700b772796717666e/1.html">唐纳德·特朗普相关新闻报道</a></li>'
            '<li><a href="/comment/2017/02/14/the-opinion-section-is-a-section-of-stories/">The opinion section holds stories too</a></li>')
    assert [path for path, _ in page(html)] == ["/comment/2017/02/14/the-opinion-section-is-a-section-of-stories/"]


def test_stories_a_topic_page_selects_by_a_camelcase_id_stay_apart_and_an_ad_servers_click_counter_is_none() -> None:
    html = "".join(f'<li><a href="/m/media/issue/253966?selectedNewsId=2017032817{n}017405">The story number {n} of this topic</a></li>'
                   for n in range(3))
    html += '<li><a href="/cptclick?contentseq=97475&amp;puid=1572506180432596">Special price on this week’s new coat</a></li>'
    assert len(page(html)) == 3


def test_an_ad_servers_banner_counter_is_no_story_whatever_digits_its_key_has() -> None:
    banners = "".join(f'<a href="clickbanner.php?id=10{n}&amp;key=b51b4fe3e2fa44f14f43af1a88b16d7a6c0f518{n}"><img src="/b{n}.png"'
                      f' alt="Infos - Actualités du pays - partenaire numéro {n}"></a>'
                      f'<a href="clickad.php?id=2{n}&amp;key=c22024e6841ec75ca2bf96e2c9e2f3170{n}"><img src="/c{n}.png"'
                      f' alt="Infos - Actualités du pays - logo partenaires {n}"></a>' for n in range(3))
    assert [path for path, _ in page(banners + story(1))] == ["/2026/03/01/story-1/"]


def test_spips_author_keyword_section_and_template_pages_are_not_stories() -> None:
    html = ('<h3><a href="Le-GEN-demande-une-analyse,23692.html">Le GEN demande une analyse approfondie</a></h3>'
            '<a href="_Ny-Aina-Rahaga,10089_.html">Ny Aina Rahaga</a><a href="+Madagascar+.html">Le mot-clé Madagascar</a>'
            '<a href="-Politique-.html">Toute la rubrique de la politique</a>'
            '<a href="/opinion/790547/-notre-democratie-est-confisquee-">"Notre démocratie est confisquée"</a>'
            # its template pages asked by name, not an article asked by its id
            '<h3><a href="spip.php?page=archives">Archives : les articles du site depuis 1996</a></h3>'
            '<a href="spip.php?page=videos&amp;id_article=4841">La vidéo du débat sur le climat à Lyon</a>')
    assert [path for path, _ in page(html)] == ["/Le-GEN-demande-une-analyse,23692.html",
                                                "/opinion/790547/-notre-democratie-est-confisquee-",
                                                "/spip.php?page=videos&id_article=4841"]
    # (a template page asked by name is none however its link is headed)
    assert path_kind("https://news.example.com/spip.php?page=archives", SITE) == NOT_STORY
    assert path_kind("https://news.example.com/spip.php?page=videos&id_article=4841", SITE) != NOT_STORY


def test_the_one_paragraph_of_a_link_its_pictures_alt_repeats_is_the_headline_not_the_author_and_date_around_it() -> None:
    def card(n: int, author: str, title: str) -> str:
        return (f'<div><a href="/opinii/story-{n}-71387{n}"><figure><img src="/a{n}.png" alt="{title}"></figure>'
                f'<span class="block">{author}</span><div class="font-bold">{title}</div>'
                f'<span>05.03.2018 - 19:30</span></a></div>')
    got = page(card(1, "Dan Chitic", "Cui îi mai pasă de România") + card(2, "Profesor Doctor Alexandru Vlad Ciurea",
                                                                           "Responsabilizarea managerilor de spital"))
    assert [title for _, title in got] == ["Cui îi mai pasă de România", "Responsabilizarea managerilor de spital"]
    # A picture's link whose only words describe it (a placeholder's) names nothing: the headline's own link does.
    got = page('<div><a href="/news/reddit-parent-olympics-1234567"><div><img src="/p.jpg" alt="father and son on the floor">'
               '<span class="visually-hidden">father and son on the floor</span></div></a>'
               '<h3><a href="/news/reddit-parent-olympics-1234567">Reddit users suggest parent olympics for tired parents</a>'
               '</h3></div>')
    assert got == [("/news/reddit-parent-olympics-1234567", "Reddit users suggest parent olympics for tired parents")]


def test_a_short_heading_over_a_summary_in_one_link_is_the_headline_not_the_whole_teaser() -> None:
    got = page('<article><a href="/blogs/schumpeter/2013/02/barclays"><div><h2 class="headline">The kindest cuts</h2>'
               '<p class="rubric">Barclays is trimming parts of its investment bank. This may be its first cut</p></div></a></article>'
               '<article><a href="/2013/02/13/a-longer-story"><h2>A heading of many words over its own summary</h2>'
               '<p>The summary says more about the story than the heading does, in a sentence</p></a></article>')
    assert [title for _, title in got] == ["The kindest cuts", "A heading of many words over its own summary"]
    # ... a byline between them, the summary in a block of its own
    got = page('<div><a href="article/445010/michael-flynn-donald-trump-clear-air"><h1 class="item_title">Air It Out</h1>'
               '<div class="item_authors">by Rich Lowry</div><div class="item_body"><p>In an environment where every day'
               ' has felt like a month and almost every news cycle ...</p></div></a></div>')
    assert [title for _, title in got] == ["Air It Out"]


def test_a_page_named_list_is_a_list_of_stories_not_one() -> None:
    html = ('<li><a href="/rensai/list.html?id=1107">動物たちはどこへ 変わりゆく動物園の記録</a></li>'
            '<li><a href="/news/liste.php?rubrique=12">Toutes les dépêches de la rubrique sport</a></li>'
            # (or a script named as a list among a word or two: a column's list)
            '<li><a href="/news/review_list_all.html?rvw_no=1719">[창간 12주년] 文정부 바람직한 외교안보 전략은?</a></li>'
            '<li><a href="/news-list.php?cat=3">Every story of the economy section today</a></li>')
    assert [path for path, _ in page(html + story(1))] == ["/2026/03/01/story-1/"]
    # ... but not one asked for one item by its id, nor a headline's slug that holds the word
    html = ('<li><a href="/article_list.html?gcd=2&amp;scd=25&amp;vid_id=3491">서울의 인기 출사지, 어떤 곳들이 있을까?</a></li>'
            '<li><a href="/2026/03/01/the-list-of-winners.html">The list of this year’s winners is out</a></li>')
    assert [path for path, _ in page(html)] == ["/article_list.html?gcd=2&scd=25&vid_id=3491",
                                                "/2026/03/01/the-list-of-winners.html"]


def test_a_chinese_sites_channel_for_reporting_illegal_content_is_not_a_story_but_news_of_a_hotline_is() -> None:
    html = ('<li><a href="/s2013/fanfujubao/">网络监督专区欢迎监督如实举报</a></li>'
            '<li><a href="/politics/2014-09/07/c_126961787.htm">19省份公布中秋节“四风”问题举报电话</a></li>')
    assert [path for path, _ in page(html)] == ["/politics/2014-09/07/c_126961787.htm"]


def test_pages_a_script_serves_by_a_number_stay_apart_whatever_the_parameter_is_called() -> None:
    html = "".join(f'<li><a href="/article.php?ref={n}4711">A story served by a script number {n} of today</a></li>'
                   for n in range(3))
    assert len(page(html)) == 3


def test_a_blog_themes_permalink_gives_a_short_headline_not_the_themes_words() -> None:
    # A post's permalink (rel="bookmark", titled "Permalink to ..." by the theme) may have a heading of two words.
    def teaser(n: int, words: str, prefix: str = "Permalink to") -> str:
        link = f'<a href="/?p=1219{n:02}" title="{prefix} {words}" rel="bookmark">'
        return (f'<div class="post">{link}<img src="{n}.jpg" alt="{words}"></a><h2>{link}{words}</a></h2>'
                f'<p>A summary of the post in a sentence of several words.</p></div>')
    html = "".join(teaser(n, f"Another story {n} here") for n in range(4)) + "".join(
        teaser(n, f"Kajer {word}!", prefix) for n, word, prefix in
        ((10, "jibon", "Permalink to"), (11, "sathi", "Lien permanent vers"), (12, "gaan", "Permalink per"),
         (13, "mati", "Permalien vers")))
    assert [title for _, title in page(html)][-4:] == ["Kajer jibon!", "Kajer sathi!", "Kajer gaan!", "Kajer mati!"]


def test_headline_leaves_out_a_genre_label_and_a_media_label_before_a_spaced_dash() -> None:
    titles = ["Documentary: Embarrassing truth behind the global food war, part two",
              "DÉCRYPTAGE - Le télescope Webb, un projet à forte dominante américaine",
              "EN DIRECT - Plus de 3500 patients hospitalisés en soins critiques",
              "Review: At the best new Mexican restaurant, the cooking will thrill"]
    assert headlines_of_headings(titles) == [
        "Embarrassing truth behind the global food war, part two",
        "Le télescope Webb, un projet à forte dominante américaine",
        "Plus de 3500 patients hospitalisés en soins critiques",
        "Review: At the best new Mexican restaurant, the cooking will thrill"]  # a review's label is its headline's


def test_headline_leaves_out_a_stamp_with_its_dash_and_a_media_label_after_it_or_set_apart_by_a_bullet() -> None:
    titles = ["17/03/2018 07:45 - Vidéo. Mauritanie: l'opposition dénonce l'implication du président",
              "17/03/2018 09:12 - Face au Raja, la tâche s’annonce ardue pour le FC Nouadhibou",
              "Vidéo ● Pénurie du gaz domestique : la bonbonne à 6000 MRO",
              "L’ONG forme des auxiliaires vétérinaires à Maale (Brakna) [PhotoReportage]",
              "-5 °C : le froid polaire arrive sur la France ce week-end"]
    assert headlines_of_headings(titles) == [
        "Mauritanie: l'opposition dénonce l'implication du président",
        "Face au Raja, la tâche s’annonce ardue pour le FC Nouadhibou",
        "Pénurie du gaz domestique : la bonbonne à 6000 MRO",
        "L’ONG forme des auxiliaires vétérinaires à Maale (Brakna)",
        "-5 °C : le froid polaire arrive sur la France ce week-end"]


def test_a_bylines_words_are_never_a_storys_headline() -> None:
    def teaser(n: int, title: str, author: str) -> str:
        address = f"/index.php?option=com_content&amp;view=article&amp;id=33{n}5:kiez-{n}&amp;catid=69:kiez"
        return (f'<table><tr><td class="contentheading"><a href="{address}" class="contentpagetitle">{title}</a></td></tr>'
                f'</table><table><tr><td><span class="small">Geschrieben von: {author}</span></td></tr>'
                f'<tr><td><p>Der erste Satz der Meldung, mit genug Worten für einen Absatz.</p><a href="{address}" '
                f'class="readon">Weiterlesen...</a></td></tr></table>')
    # (A headline of three words under an id asked for in a query is too short to name a story alone: that story goes
    # untitled rather than titled by its author's name.)
    got = page(teaser(1, "Antwort vom Essen", "Anne Hahn") + teaser(2, "Der S-Bahn-Kabelbrand ist wieder egal?", "Dieter Haehnel"))
    assert [title for _, title in got] == ["Der S-Bahn-Kabelbrand ist wieder egal?"]


def test_headline_leaves_out_a_count_of_photos_before_it_and_a_video_label_glued_by_a_hyphen() -> None:
    titles = ["( 13 Photos ) La face cachée de la première dame du pays",
              "(02 Photos) : A la découverte de la belle « Gnarel » de Thiero Bocoum",
              "4 Photos: L’ancien ministre Aliou Sow s’est remarié samedi",
              "Vidéo-El Hadj O Diouf crée son mouvement pour réélire Macky Sall",
              "Video-on-demand services grow again this year in Europe",
              "Video-Highlights: HFC-Frauen können FCM erneut nicht in Bedrängnis bringen"]
    assert headlines_of_headings(titles) == [
        "La face cachée de la première dame du pays",
        "A la découverte de la belle « Gnarel » de Thiero Bocoum",
        "L’ancien ministre Aliou Sow s’est remarié samedi",
        "El Hadj O Diouf crée son mouvement pour réélire Macky Sall",
        "Video-on-demand services grow again this year in Europe",
        "Video-Highlights: HFC-Frauen können FCM erneut nicht in Bedrängnis bringen"]


def test_an_acronym_after_the_words_it_abbreviates_stays_in_the_headline_a_label_in_capitals_does_not() -> None:
    assert headlines_of_headings([
        "Le MFA rejoint la coalition Ensemble pour la Démocratie et la Souveraineté (EDS)",
        "Le Mouvement des Forces d’Avenir (MFA) rejoint la coalition",
        "Les frappes continuent dans le nord de la Syrie (CARTE)",
        "Women’s Rights and the Revolutionary Association of Women of Afghanistan (RAWA)"]) == [
        "Le MFA rejoint la coalition Ensemble pour la Démocratie et la Souveraineté (EDS)",
        "Le Mouvement des Forces d’Avenir (MFA) rejoint la coalition",
        "Les frappes continuent dans le nord de la Syrie",
        "Women’s Rights and the Revolutionary Association of Women of Afghanistan (RAWA)"]


def test_a_link_whose_words_are_a_web_address_has_no_headline() -> None:
    html = ('<a href="/titrologie/la-giga-marche-du-jeudi-22-mars-0807">http://www.site.example/titrologie/la-giga-marche-'
            'du-jeudi-...</a><a href="/titrologie/la-une-du-jour-0808">www.site.example/titrologie/la-une-du-jour</a>')
    assert page(html + story(1)) == [("/2026/03/01/story-1/", "Story 1: a headline of several words")]


def test_a_headline_cut_short_is_made_whole_by_the_same_storys_words_in_another_box_or_its_pictures_alt() -> None:
    story_1, story_2 = "/2026/03/01/dark-souls-hands-on/", "/2026/03/01/sputnik-v-dudas/"
    html = (f'<article><a href="{story_1}"><h3>Dark Souls 3 hands-on: finding joy in a wo...</h3></a></article>'
            f'<article><a href="{story_2}"><img src="s.png" alt="Sputnik V, una vacuna que genera muchas dudas"></a>'
            f'<h3><a href="{story_2}">Sputnik V, una vacuna que ...</a></h3></article>'
            f'<ul class="latest"><li><a href="{story_1}">Dark Souls 3 hands-on: finding joy in a world...</a></li>'
            f'<li><a href="{story_1}?ref=list">Dark Souls 3 hands-on: finding joy in a world that wants you dead</a></li></ul>')
    assert dict(page(html)) == {story_1: "Dark Souls 3 hands-on: finding joy in a world that wants you dead",
                                story_2: "Sputnik V, una vacuna que genera muchas dudas"}


def test_a_script_asked_for_one_item_by_a_slug_of_four_words_or_more_is_a_story_but_not_by_a_short_name() -> None:
    html = ('<a href="/article.cfm?id=an-itch-not-low-level-form-pain">Molecular basis for itch discovered</a>'
            '<a href="/blog/post.cfm?id=a-brief-history-of-mental-illness-in-art">A brief history of mental illness in art</a>'
            '<a href="/section.cfm?id=mind-brain">Everything about the mind and the brain</a>')
    assert sorted(path for path, _ in page(html)) == ["/article.cfm?id=an-itch-not-low-level-form-pain",
                                                      "/blog/post.cfm?id=a-brief-history-of-mental-illness-in-art"]


def test_a_story_named_only_by_an_id_of_letters_and_digits_is_a_story_among_dated_ones() -> None:
    dated = "".join(f'<h3><a href="/2018/11/0{n}/a-dated-story-number-{n}/">A dated story number {n} of the day</a></h3>'
                    for n in range(1, 8))
    html = dated + '<h3><a href="/c49c570c8a444ff3ac01f2f5e5b91b5f">Michelle Obama had a miscarriage, used IVF</a></h3>'
    assert "/c49c570c8a444ff3ac01f2f5e5b91b5f" in [path for path, _ in page(html)]


def test_a_name_in_a_teasers_byline_is_the_authors_page_and_a_sound_file_is_no_story() -> None:
    html = ('<li><a href="/news/2018-10-29/lewis-hamilton-among-greatest-champions/10395542"><h3>Hamilton among the greats'
            '</h3></a><p class="byline">By <a href="/news/simon-smale/10007892">Simon Smale</a></p></li>'
            '<a href="https://podcast.example.com/sat/sat-20181110-0812-reforming-food-production-02.ogg">Play Ogg in browser</a>')
    assert [path for path, _ in page(html)] == ["/news/2018-10-29/lewis-hamilton-among-greatest-champions/10395542"]


def test_a_link_that_only_invites_a_click_names_no_story() -> None:
    html = ('<div class="imageElement"><h3></h3><a href="/2015/06/asi-son-las-nuevas-camisetas.html"'
            ' title="Haz click para leer más"></a><img src="/a.jpg" alt=""></div>'
            '<p><a href="/2015/06/otra-noticia-del-club.html">Click here to read more</a></p>')
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_newsroom_members_page_is_no_story() -> None:
    html = ('<li><a href="/2017/05/bill-would-cut-waits-for-disability-benefits.html"><h3>Bill would cut waits for'
            ' disability benefits</h3></a><a href="http://connect.example.com/staff/sammarcus/posts.html">NJ Advance Media'
            ' for the example site</a></li>')
    assert [path for path, _ in page(html)] == ["/2017/05/bill-would-cut-waits-for-disability-benefits.html"]


def test_a_readers_forum_thread_a_storys_text_to_download_and_a_price_comparison_are_no_stories() -> None:
    html = ('<h2><a href="/news/jugement-du-tribunal-sur-le-blocage-de-sci-hub">Jugement du tribunal sur le blocage de Sci-Hub</a></h2>'
            '<a href="/news/jugement-du-tribunal-sur-le-blocage-de-sci-hub.md">Télécharger ce contenu au format markdown</a>'
            '<li><a href="/forum/trad/428289">Köpa mobil under Black Friday, några tips?</a></li>'
            '<li><a href="/forum/showthread.php?t=747525">Red Dead Redemption auch für den PC?</a></li>'
            '<li><a href="/preisvergleich/a521379.html">HTC Desire ab 437 Euro im Preisvergleich</a></li>')
    assert [path for path, _ in page(html)] == ["/news/jugement-du-tribunal-sur-le-blocage-de-sci-hub"]


def test_a_long_cjk_summary_cut_short_in_a_heading_yields_to_the_headlines_own_link_but_a_short_cut_heading_stays() -> None:
    one, two, three = "/news/article.html?no=532596", "/news/article.html?no=532597", "/2026/03/01/tarif-un-jour/"
    html = (f'<dl><dt><a href="{one}">문재인 케어는 기망인가, 희망인가</a></dt><dd><h3><a href="{one}">고령화와 저출산, '
            '평균수명의 증가, 그로 인한 생산인구 급감과 사회적 부담의 급증은 우리 사회가 직면한 가…</a></h3></dd></dl>'
            f'<dl><dt><a href="{two}">윤상, 현송월과 만난다</a></dt><dd><h3><a href="{two}">밝히고 싶어도 밝힐 수 없는…</a></h3>'
            f'</dd></dl><div><a href="{three}">Au cœur des marchés</a><h3><a href="{three}">Tout «tarif» un jour…</a></h3></div>')
    assert dict(page(html)) == {one: "문재인 케어는 기망인가, 희망인가", two: "밝히고 싶어도 밝힐 수 없는…",
                                three: "Tout «tarif» un jour…"}


def test_a_headline_cut_in_the_middle_of_a_word_is_made_whole_by_its_pictures_alt_but_not_by_a_call_to_read_on() -> None:
    one, two, three = "/news/syrias-children-are-among-most-vulnerable-1330872/", "/news/a-whole-one-1331043/", \
        "/archives/52325286.html"
    html = (f'<div><a href="{one}"><img src="a.jpg" alt="Syria’s children are among the most vulnerable"></a>'
            f'<h3><a href="{one}">Syria’s children are among the mos &raquo;</a></h3></div>'
            f'<div><a href="{two}"><img src="b.jpg" alt="Calligraphy and art exhibition in Bhopal, a photo"></a>'
            f'<h3><a href="{two}">Calligraphy and art exhibition in Bhopal</a></h3></div>'
            f'<div><h3><a href="{three}">東京五輪でめちゃくちゃ強そうな選手が発見される</a></h3>'
            f'<a href="{three}">東京五輪でめちゃくちゃ強そうな選手が発見されるの続きを読む</a></div>')
    assert dict(page(html)) == {one: "Syria’s children are among the most vulnerable",
                                two: "Calligraphy and art exhibition in Bhopal",
                                three: "東京五輪でめちゃくちゃ強そうな選手が発見される"}


def test_a_headline_cut_short_with_a_bracketed_ellipsis_is_made_whole_by_its_title_attribute() -> None:
    whole = "Le smartphone Honor 20i, futur Honor 20 Lite, est officiel"
    html = f'<h2><a href="/article/49566/Le-smartphone-Honor-20i" title="{whole}">Le smartphone Honor 20i, futur Honor 20 Lite, (...)</a></h2>'
    assert [title for _, title in page(html)] == [whole]


def test_a_headline_cut_short_is_made_whole_by_a_title_attribute_that_opens_with_its_day_and_time() -> None:
    html = ('<a href="/wiadomosc/2018-03-16/asteroida-zmierza-w-strone-ziemi/" title="16-03-2018 17:34 W stronę Ziemi'
            ' zmierza potężna asteroida. Naukowcy z NASA pracują nad jej zneutralizowaniem">W stronę Ziemi zmierza potężna'
            ' asteroida. Naukowcy z NASA pracują nad jej...</a>'
            '<a href="/wiadomosc/2018-03-17/pozar-w-sklepie/" title="2018-03-17 Pożar w sklepie. Dzieci podpaliły karton'
            ' z chipsami">Pożar w sklepie. Dzieci podpaliły...</a>')
    assert [title for _, title in page(html)] == [
        "W stronę Ziemi zmierza potężna asteroida. Naukowcy z NASA pracują nad jej zneutralizowaniem",
        "Pożar w sklepie. Dzieci podpaliły karton z chipsami"]


def test_headline_leaves_out_an_infographic_marker_and_a_worded_video_marker_after_it() -> None:
    html = ('<h2><a href="/14618-nasa-john-glenn-orbit-anniversary.html">1st American in Orbit: How John Glenn Made History'
            ' (Infographic)</a></h2><h2><a href="/35257-asteroid-flies-between-earth-and-moon.html">Asteroid Flies Between'
            ' Earth And Moon | Commentary Video</a></h2>')
    assert [title for _, title in page(html)] == ["1st American in Orbit: How John Glenn Made History",
                                                  "Asteroid Flies Between Earth And Moon"]


def test_headline_leaves_out_a_leading_element_its_class_calls_the_headlines_indicator() -> None:
    html = ('<div class="headline"><a href="/content/341f0aaa-7173-454c-89fd-103287625d38"><span class="headline-indicator">'
            '<span>The Big Read. </span></span><span>Has China already reached peak oil?</span></a></div>')
    assert [title for _, title in page(html)] == ["Has China already reached peak oil?"]


def test_a_story_linked_by_its_id_alone_and_by_its_id_and_slug_in_any_case_is_one_entry() -> None:
    html = ('<h2><a href="/news/1135110/capello-index-comeback-euro-2012/">Capello Index to make comeback for Euro'
            ' 2012</a></h2><ul><li><a href="/news/1135110/">Capello Index to make comeback for Euro 2012</a></li>'
            '<li><a href="/news/1135059/Immediate-Media-prepares-job-cuts">Immediate Media prepares for job cuts'
            ' across sales</a></li></ul><h3><a href="/news/1135059/immediate-media-prepares-job-cuts/">Immediate Media'
            ' prepares for job cuts across sales</a></h3>')
    assert sorted(path for path, _ in page(html)) == ["/news/1135059/Immediate-Media-prepares-job-cuts",
                                                      "/news/1135110/capello-index-comeback-euro-2012/"]


def test_a_folder_named_by_a_number_that_holds_several_slugs_is_no_story_of_its_own() -> None:
    # "/journal/070122/<slug>": the day's folder; a link to it alone joins none of its stories.
    stories = "".join(f'<h2><a href="/journal/france/070122/{slug}">{words}</a></h2>' for slug, words in (
        ("la-crue-atteint-la-ville", "La crue atteint la ville basse ce matin"),
        ("le-pont-est-ferme-au-public", "Le pont est fermé au public jusqu'à lundi")))
    paths = [path for path, _ in page(stories + '<p><a href="/journal/france/070122/">Toute l\'actualité du jour'
                                                  ' en continu</a></p>')]
    assert "/journal/france/070122/la-crue-atteint-la-ville" in paths
    assert "/journal/france/070122/le-pont-est-ferme-au-public" in paths


def test_links_into_a_folder_of_feeds_are_not_stories_but_a_slug_naming_rss_is() -> None:
    feeds = "".join(f'<li><a href="/home/collectionRss/Home-Blocks-{n}.php">Click to View RSS Feed</a></li>'
                    for n in (9097, 9935, 17251))
    slug = ('<h2><a href="/opinion/the-rss-should-not-become-a-party-wing/cid/1824740">The RSS should not become a'
            ' party wing</a></h2>')
    assert sorted(path for path, _ in page(story(1) + f"<ul>{feeds}</ul>" + slug)) == [
        "/2026/03/01/story-1/", "/opinion/the-rss-should-not-become-a-party-wing/cid/1824740"]


def test_links_asking_for_pages_by_words_are_lists_but_a_query_naming_a_page_by_its_number_is_not() -> None:
    tags = "".join(f'<li><a href="/misc/news-tagging/?tx_ttnews%5Bswords%5D={words}&amp;cHash=4abb103d59c">{text}</a></li>'
                   for words, text in (("Fachschaft%20Geschichte", "Fachschaft Geschichte der Universität Freiburg"),
                                       ("Rave%20against", "Rave against the Ordnungsamt in der Innenstadt")))
    search = '<p><a href="/?s=inondations+du+sud">Toutes nos infos sur les inondations du sud</a></p>'
    assert [path for path, _ in page(story(1) + f"<ul>{tags}</ul>" + search)] == ["/2026/03/01/story-1/"]
    numbered = "https://www.site.example/publications/?q=326_revalorisation-des-corps-d-inspection"
    assert path_kind(numbered, "https://www.site.example/") != NOT_STORY  # (shapeless: its headings judge it)


def test_an_older_story_of_a_numbered_series_is_a_story_though_its_number_is_short() -> None:
    # "review-995-the-last-story.html" beside "review-1598-...": the same kind and number before the slug, an older one.
    series = "".join(f'<h3><a href="/review-{n}-{slug}.html">{words}</a></h3>' for n, slug, words in (
        (1598, "pinball-hall-of-fame", "Pinball Hall of Fame: The Williams Collection im Test"),
        (1199, "pandoras-tower", "Pandora's Tower im Test auf der Wii"),
        (1613, "mario-tennis-open", "Mario Tennis Open im großen Test"),
        (995, "the-last-story", "The Last Story im Test: wirklich das Letzte?")))
    stories = "".join(f'<h3><a href="/news-1330{n}-story-number-{n}.html">Story number {n} of the day\'s news</a></h3>'
                      for n in range(4))
    paths = [path for path, _ in page(series + stories)]
    assert "/review-995-the-last-story.html" in paths
    assert len(paths) == 8


def test_a_headline_set_a_word_to_an_element_keeps_its_numbers_and_media_words() -> None:
    words = "Octopus Cannibalism Caught on Video for the First Time in 82 Years".split()
    spans = "".join(f"<span>{word}</span>" for word in words)
    got = page(f'<ul><li><a href="/animals/octopus-cannibalism-caught-on-video-140924.htm">{spans}</a></li></ul>'
               + story(1) + story(2))
    assert dict(got)["/animals/octopus-cannibalism-caught-on-video-140924.htm"] == " ".join(words)
    # ... where a count beside a headline in one element is no word of it
    counted = page('<ul><li><a href="/animals/octopus-story-140925.htm"><span>Octopus cannibalism caught on camera'
                   '</span> <span class="count">82</span></a></li></ul>' + story(1) + story(2))
    assert dict(counted)["/animals/octopus-story-140925.htm"] == "Octopus cannibalism caught on camera"


def test_a_boxs_number_in_every_link_of_the_box_is_left_out_of_a_storys_address() -> None:
    # Each box tags its links with its own number ("?pId=..."): one story shown in two boxes is one entry, under an
    # address the next visit gives again when the story has moved to another box.
    def box(number: int, ids: list[str]) -> str:
        links = "".join(f'<li><a href="/news/Article-{i}.htm?sCh=3d38&amp;pId={number}">Story {i}: a headline of words</a></li>'
                        for i in ids)
        return f"<ul>{links}</ul>"

    entries = page(box(111, ["a78b9a7f", "3d389a7f", "672ee9c9"]) + box(222, ["cf249004", "a78b9a7f", "0a0382f9"]))
    assert [path for path, _ in entries] == [f"/news/Article-{i}.htm?sCh=3d38"
                                             for i in ["a78b9a7f", "3d389a7f", "672ee9c9", "cf249004", "0a0382f9"]]


def test_an_items_number_and_a_language_on_every_link_stay_in_its_address() -> None:
    # "?cod=" names one item per page; "?lang=fr" rides on every link, but no story is linked under two of its values.
    links = "".join(f'<li><a href="/detalle.php?seccion=portada&amp;cod={n}&amp;lang=fr">Story {n}: a headline of words</a></li>'
                    for n in (20952, 20953, 20954))
    entries = page(f'<ul>{links}<li><a href="/detalle.php?seccion=deportes&amp;cod=20955&amp;lang=fr">Story 4: a headline'
                   ' of words</a></li></ul>')
    assert [path for path, _ in entries] == [f"/detalle.php?seccion={s}&cod={n}&lang=fr"
                                             for s, n in [("portada", 20952), ("portada", 20953), ("portada", 20954),
                                                          ("deportes", 20955)]]


def test_a_sections_code_beside_each_storys_own_key_stays_in_its_address() -> None:
    # "?code=0100&key=20180317.33001007097": the section's code rides on many stories' links and on its lists' and
    # fronts', but no story is linked under two codes: they are the stories' own addresses, never one for all.
    def item(code: str, key: str) -> str:
        return f'<li><a href="/news2011/asp/newsbody.asp?code={code}&amp;key={key}">Story {key}: a headline of words</a></li>'

    keys = [f"20180317.3300100{n}" for n in range(6970, 6976)]
    entries = page("<ul>" + "".join(item(code, key) for code, key in zip(["0100"] * 3 + ["0200"] * 3, keys)) + "</ul>"
                   + "<ul>" + "".join(f'<li><a href="/news2011/asp/{name}?code={code}">Section {code}</a></li>'
                                      for name in ("list.asp", "lists.asp") for code in ("0100", "0200")) + "</ul>")
    assert [path for path, _ in entries] == [f"/news2011/asp/newsbody.asp?code={code}&key={key}"
                                             for code, key in zip(["0100"] * 3 + ["0200"] * 3, keys)]


def test_a_boxs_number_stays_in_a_gallerys_address_where_it_is_the_only_id() -> None:
    # "?ProjectID=4900" tags a topic's stories, one of them linked under two topics, and it is also the only id of
    # each gallery's address ("Photos.aspx?ProjectID=4887"): the galleries stay apart, one entry each.
    news = "".join(f'<li><a href="/News.aspx?NewsID={n}&amp;ProjectID={p}">Story {n}: a headline of words</a></li>'
                   for n, p in [(358897, 4900), (358819, 4900), (358818, 4900), (358817, 4902), (358897, 4902)])
    galleries = "".join(f'<li><a href="/Photos.aspx?ProjectID={n}">Gallery {n}: pictures of the week</a></li>'
                        for n in (4887, 4888, 4889))
    entries = page(f"<ul>{news}</ul><ul>{galleries}</ul>")
    assert [path for path, _ in entries if path.startswith("/Photos")] == [f"/Photos.aspx?ProjectID={n}"
                                                                        for n in (4887, 4888, 4889)]


def test_a_video_on_demand_catalogue_is_not_stories_but_a_story_about_vod_is() -> None:
    entries = page('<a href="http://vod.news.example.com/movie/2781367/i-want-someone-to-eat-cheese-with">I want someone to eat cheese with</a>'
                   '<a href="/mako-vod-keshet/the-next-star-s2/VOD-9585ade6ecd8b41006.htm">The next star: the big final tonight</a>'
                   '<a href="/vod/2026/03/01/episode-12/">The show: the twelfth episode of the season</a>'
                   '<a href="/tech/2026/03/01/netflix-vod-prices-rise-again/">Netflix raises its VOD prices again this spring</a>')
    assert [path for path, _ in entries] == ["/tech/2026/03/01/netflix-vod-prices-rise-again/"]


def test_a_story_named_by_its_id_and_an_extension_after_its_slug_under_two_sections_is_one_entry() -> None:
    entries = page('<h3><a href="/black/clanak/emily-ratajkowsky-pokazala-sto-zna/1033014.aspx">Emily Ratajkowsky pokazala'
                   ' što zna i poručila sve</a></h3>'
                   '<li><a href="/magazin/clanak/emily-ratajkowsky-pokazala-sto-zna/1033014.aspx">Emily Ratajkowsky pokazala'
                   ' što zna i poručila sve</a></li>'
                   '<li><a href="/magazin/clanak/andrija-milosevic-pokazao-kako/1033006.aspx">Andrija Milošević pokazao kako'
                   ' je izgledao prije</a></li>')
    assert [path for path, _ in entries] == ["/black/clanak/emily-ratajkowsky-pokazala-sto-zna/1033014.aspx",
                                             "/magazin/clanak/andrija-milosevic-pokazao-kako/1033006.aspx"]


def test_a_story_named_by_its_slug_and_comma_separated_numbers_under_two_sections_is_one_entry() -> None:
    entries = page('<h3><a href="/le-geant-algerien-mise-sur-la-tunisie,520,78711,3">Le géant algérien mise sur la Tunisie</a></h3>'
                   '<li><a href="/le-geant-algerien-mise-sur-la-tunisie,534,78711,3">Le géant algérien mise sur la Tunisie</a></li>'
                   '<li><a href="/le-geant-algerien-mise-sur-la-tunisie,534,78712,3">Le géant algérien mise sur la Tunisie, la'
                   ' suite</a></li>')
    assert [path for path, _ in entries] == ["/le-geant-algerien-mise-sur-la-tunisie,520,78711,3",
                                             "/le-geant-algerien-mise-sur-la-tunisie,534,78712,3"]


def test_a_story_named_by_a_sections_word_its_slug_and_its_id_under_two_sections_is_one_entry() -> None:
    entries = page('<h3><a href="/home_artikel,-Von-Langschlaefern-und-Fruehaufstehern-_arid,1356697.html">Von Langschläfern'
                   ' und Frühaufstehern</a></h3>'
                   '<li><a href="/lokales/goslar_artikel,-Von-Langschlaefern-und-Fruehaufstehern-_arid,1356697.html">Von'
                   ' Langschläfern und Frühaufstehern</a></li>'
                   '<li><a href="/lokales/goslar_artikel,-Neue-Spitze-im-Verein-gewaehlt-_arid,1356705.html">Neue Spitze im'
                   ' Verein gewählt</a></li>')
    assert [path for path, _ in entries] == ["/home_artikel,-Von-Langschlaefern-und-Fruehaufstehern-_arid,1356697.html",
                                             "/lokales/goslar_artikel,-Neue-Spitze-im-Verein-gewaehlt-_arid,1356705.html"]


def test_a_story_named_by_its_id_with_a_letter_glued_to_it_in_two_boxes_is_one_entry() -> None:
    # ("a" in the column of articles, "b" in the blog's box: the same id and slug, one story; another id is another)
    entries = page('<h3><a href="/a16945-Fejk-raport-o-Polsce-Niekonczaca-sie-historia">Fejk raport o Polsce. Niekończąca się'
                   ' historia</a></h3><li><a href="/b16945-Fejk-raport-o-Polsce-Niekonczaca-sie-historia">Fejk raport o Polsce.'
                   ' Niekończąca się historia</a></li><li><a href="/b16946-Fejk-raport-o-Polsce-Niekonczaca-sie-historia">Fejk'
                   ' raport o Polsce, część druga</a></li>')
    assert [path for path, _ in entries] == ["/a16945-Fejk-raport-o-Polsce-Niekonczaca-sie-historia",
                                             "/b16946-Fejk-raport-o-Polsce-Niekonczaca-sie-historia"]


def test_a_slug_spells_its_short_headline_whatever_extension_follows_even_written_twice_but_not_a_sections_name() -> None:
    assert slug_is("Rupiah ke 15.000?", "http://www.beritasatu.com/tajuk/5816-rupiah-ke-15000.html.html")
    assert slug_is("KPK Tak Berpolitik", "http://www.beritasatu.com/tajuk/5817-kpk-tak-berpolitik.html")
    assert not slug_is("Lifestyle", "https://www.bild.de/lifestyle/startseite/lifestyle/lifestyle-15478526.bild.html")


def test_a_slug_spells_its_short_headline_whatever_place_in_the_page_its_address_points_to() -> None:
    assert slug_is("Snes9x v1.30", "https://www.planetemu.net/news/24-03-2018-snes9x-v1-30#go9492")
    assert slug_is("La Tahona Cántabra", "https://site.example/comercios/la-tahona-cantabra_2945.html#utm_source=dmo")
    assert not slug_is("Go", "https://www.planetemu.net/news/24-03-2018-snes9x-v1-30#go9492")


def test_a_slug_that_opens_with_its_whole_day_names_one_story() -> None:
    for url in ("https://www.planetemu.net/news/24-03-2018-snes9x-v1-30", "https://site.example/2018-03-24-budget-vote",
                "https://site.example/blog/2018_03_24_release-notes.html"):
        assert path_kind(url, "site.example") == SURE_STORY
    # (not a day's edition, nor a number that only reads as a day: a version, a score)
    assert path_kind("https://site.example/edition/24-03-2018", "site.example") == NOT_STORY
    assert path_kind("https://site.example/news/v1-03-2018-notes", "site.example") != SURE_STORY


def test_a_video_asked_for_by_its_coded_id_is_a_story_where_a_headline_names_it() -> None:
    html = ('<li><a href="/videos?video=oPzkn11EHbU">KCB devours Impala as Kabras silence Homeboyz</a></li>'
            '<li><a href="/hatv.aspx?vid=251B1B73">Steffen Thoresen after the second semi-final win</a></li>'
            # (not a word asked for: a video's section by its name)
            '<li><a href="/videos?video=sports">All our sports videos in one place today</a></li>')
    assert [path for path, _ in page(html + story(1))] == ["/videos?video=oPzkn11EHbU", "/hatv.aspx?vid=251B1B73",
                                                           "/2026/03/01/story-1/"]


def test_a_table_of_dated_rows_that_a_class_calls_a_menus_is_a_list_of_stories() -> None:
    def row(day: int, slug: str, words: str) -> str:
        return (f'<tr class="menu-newspair"><td class="menu-news-titre"><a href="/news/{day}-03-2026-{slug}">{words}</a>'
                f'</td><td class="menu-news">Super NES</td><td class="menu-news-date">{day}/03 11:50</td>'
                '<td class="menu-news">Firebrand</td></tr>')
    rows = [row(24, "snes9x-v1-30", "Snes9x v1.30"), row(21, "virtuanes-3ds-v1-02", "VirtuaNES 3DS v1.02"),
            row(19, "mame-icons-extended-pack", "MAME Icons v0.195 Extended Pack")]
    html = f'<table class="accueil-news">{"".join(rows)}</table>'
    assert [title for _, title in page(html)] == ["Snes9x v1.30", "VirtuaNES 3DS v1.02", "MAME Icons v0.195 Extended Pack"]
    # (a menu's table of sections stays a menu: no row dates its link)
    menu = ('<table class="menu"><tr><td class="menu-item"><a href="/2026/03/01/story-2/">Sport news of the day in'
            ' the region</a></td><td class="menu-item"><a href="/2026/03/01/story-3/">Culture news of the day in'
            ' the region</a></td></tr></table>')
    assert [path for path, _ in page(menu + story(1))] == ["/2026/03/01/story-1/"]


def test_among_dated_stories_an_idless_one_stays_where_a_heading_gives_it_the_long_headline_its_slug_spells() -> None:
    dated = "".join(story(n) for n in range(1, 21))
    world = ('<h2><a href="/ze_sveta/krejcir-muze-byt-vydan-do-ceska-rozhodl-soud.html">Krejčíř může být vydán do Česka,'
             ' rozhodl soud</a></h2>')
    listing = ('<h3><a href="/tests/comparatif-les-smartphones-haut-de-gamme-11.html">Comparatif : les smartphones haut'
               ' de gamme</a></h3>')
    section = '<a href="/ze_sveta/les-nouvelles-du-monde-entier-chaque-jour.html">Les nouvelles du monde entier chaque jour</a>'
    paths = [path for path, _ in page(dated + world + listing + section)]
    assert "/ze_sveta/krejcir-muze-byt-vydan-do-ceska-rozhodl-soud.html" in paths
    # (not a numbered list's page, nor one no heading heads)
    assert "/tests/comparatif-les-smartphones-haut-de-gamme-11.html" not in paths
    assert "/ze_sveta/les-nouvelles-du-monde-entier-chaque-jour.html" not in paths


def test_among_dated_stories_an_idless_one_stays_where_its_pictured_teaser_gives_it_the_long_headline_its_slug_spells() -> None:
    dated = "".join(story(n) for n in range(1, 21))
    guide = ('<ul><li><img src="/i/diamanti.jpg" width="183" alt="investire in diamanti"><a href="/articoli/investire-in-'
             'diamanti-conviene-quanto-rende-.html">Investire in diamanti conviene? Quanto rende?</a></li></ul>')
    section = '<a href="/ze_sveta/les-nouvelles-du-monde-entier-chaque-jour.html">Les nouvelles du monde entier chaque jour</a>'
    paths = [path for path, _ in page(dated + guide + section)]
    assert "/articoli/investire-in-diamanti-conviene-quanto-rende-.html" in paths
    assert "/ze_sveta/les-nouvelles-du-monde-entier-chaque-jour.html" not in paths


def test_a_kicker_in_capitals_on_its_own_line_before_the_headline_is_no_part_of_it_but_a_headline_in_capitals_is() -> None:
    html = ('<h3><a href="/2026/03/01/story-1/">TRAGÉDIA EM CORRIDA<br>"Deus queria que ela fosse agora", diz irmão de'
            ' advogada morta</a></h3>'
            '<h3><a href="/2026/03/01/story-2/">HANDS OF DOOM<br>Official: N. Korea killers dipped hands in poison</a></h3>'
            '<h3><a href="/2026/03/01/story-3/">TSK: AFRİN\'DE HASTANE BOMBALANDIĞINA<br>DAİR HABERLER GERÇEK DIŞIDIR</a></h3>')
    assert [title for _, title in page(html)] == ['"Deus queria que ela fosse agora", diz irmão de advogada morta',
                                                  "Official: N. Korea killers dipped hands in poison",
                                                  "TSK: AFRİN'DE HASTANE BOMBALANDIĞINA DAİR HABERLER GERÇEK DIŞIDIR"]


def test_a_plain_span_of_a_word_or_three_opening_a_headline_is_its_label_but_a_longer_one_is_the_headline() -> None:
    html = ('<a href="/noticia/1102142627/musica-y-esencia-ecuatoriana"><h4><span>Selfie</span> Música y esencia'
            ' ecuatoriana en Ambato</h4></a>'
            '<h3><a href="/2026/03/01/story-2/"><span>Tragic News</span> Ebony Reigns dies in gory car accident</a></h3>'
            '<h3><a href="/2026/03/01/story-3/"><span>Trump, Putin and Xi meet</span> in Geneva for talks</a></h3>')
    assert [title for _, title in page(html)] == ["Música y esencia ecuatoriana en Ambato",
                                                  "Ebony Reigns dies in gory car accident",
                                                  "Trump, Putin and Xi meet in Geneva for talks"]


def test_a_plain_span_of_a_word_or_three_before_one_plain_element_holding_the_headline_is_its_label() -> None:
    html = ('<div class="desc"><a href="/inrange-tv-pornhub-a-gecti">\n<span>İnternet</span>\n<em>Yasaklanan silah kanalı'
            " Pornhub'a geçti!</em>\n</a></div>"
            '<h3><a href="/2018/03/16/opinion-paigham/"><span>OPINION</span><span>Towards implementing Paigham-e-Pakistan'
            "</span></a></h3>"
            # (not before an element followed by more words: the span opens the sentence)
            '<h3><a href="/2018/03/16/merkel-story/"><span>Merkel</span><em>und Macron</em> treffen sich in Paris zum'
            " Gipfel</a></h3>")
    assert [title for _, title in page(html)] == ["Yasaklanan silah kanalı Pornhub'a geçti!", "Towards implementing Paigham-e-Pakistan",
                                                  "Merkel und Macron treffen sich in Paris zum Gipfel"]


def test_a_links_words_before_a_line_break_and_its_summary_paragraph_are_its_headline() -> None:
    html = ('<div class="title"><a href="/2018/03/16/pubg-mobile-dunyayi-salladi" class="u-url p-name">PUBG Mobile, dünyayı salladı!<br>\n'
            "<p>PUBG Mobile, dünya genelinde büyük bir başarı elde etti. Kısa sürede, binlerce oyuncuya ulaşan oyun...</p></a></div>"
            # (a label before the break is no headline: the link's words stay whole)
            '<div class="title"><a href="/2018/03/16/label-story/">Exklusiv<br><p>Die Regierung plant eine neue Steuer auf'
            " Plastik</p></a></div>")
    assert [title for _, title in page(html)] == ["PUBG Mobile, dünyayı salladı!",
                                                  "Exklusiv Die Regierung plant eine neue Steuer auf Plastik"]


def test_the_part_a_class_calls_the_title_leaves_out_its_summary_set_below_a_line_break_inside_it() -> None:
    def teaser(n: int, title: str, below: str) -> str:
        return (f'<div class="fotonews"><a href="/ticino/45049{n}/story-{n}"><img src="/{n}.jpg" alt=""><span class="ttl sp">'
                f'{title}<br><span class="sttl">{below}</span></span></a></div>')
    html = teaser(5, "È arrivata la neve", "Nella giornata di ieri i fiocchi sono scesi sopra i 700 metri di quota") \
        + teaser(6, "Auto contro treno, quattro feriti", "Un 70enne non si è accorto dell'arrivo del convoglio al passaggio") \
        + teaser(7, "Hockey", "Stagione finita per il portiere dei Leventinesi")  # (a label before the break: whole)
    assert [title for _, title in page(html)] == ["È arrivata la neve", "Auto contro treno, quattro feriti",
                                                  "Hockey Stagione finita per il portiere dei Leventinesi"]


def test_a_label_in_capitals_a_class_calls_the_title_before_the_headline_in_a_block_of_its_own_is_a_label() -> None:
    words = "".join(f"<span>{word}</span> " for word in "What does it mean, exactly, to label herdsmen terrorists?".split())
    html = ('<a href="/news/local/what-does-it-mean-exactly-id8139190.html"><span class="title"><span><span>LOCAL</span></span>'
            f'</span><span class="info clearfix"><span>{words}</span></span></a>')
    assert [title for _, title in page(html)] == ["What does it mean, exactly, to label herdsmen terrorists?"]


def test_a_title_classed_part_the_links_title_attribute_calls_the_kicker_of_the_rest_gives_way_to_the_rest() -> None:
    words = "".join(f"<span>{word}</span> " for word in "10 faszinierende Fakten über Schokolade".split())
    html = ('<a href="/very-best-of/die-liebe-unseres-lebens-id8105261.html" title="Die Liebe unseres Lebens: 10 faszinierende'
            ' Fakten über Schokolade"><img src="s.jpg" alt="Die Liebe unseres Lebens: 10 faszinierende Fakten über Schokolade">'
            '<span class="caption"><span class="title"><span>Die Liebe unseres Lebens</span></span>'
            f'<span class="info clearfix"><span>{words}</span></span></span></a>'
            # (where the title attribute does not split them so, the part the class calls the title stays the headline)
            '<a href="/very-best-of/ein-anderer-artikel-id8105262.html" title="Ein ganz anderer Titel für den Artikel hier">'
            '<span class="title">Der Titel des Artikels von heute</span><span class="info">Und eine Zusammenfassung dazu</span></a>')
    assert [title for _, title in page(html)] == ["10 faszinierende Fakten über Schokolade", "Der Titel des Artikels von heute"]


def test_the_part_of_a_link_the_pages_microdata_calls_the_headline_is_the_headline() -> None:
    entries = page('<li class="story-teaser"><a href="/News/Business/Shipping-company/1840414-4352344-ot7q8/index.html">'
                   '<span>1&nbsp;day&nbsp;ago</span> <n itemprop="headline">Shipping company outlines its role</n></a></li>')
    assert [title for _, title in entries] == ["Shipping company outlines its role"]


def test_when_a_story_came_after_a_clock_icon_is_no_part_of_its_headline() -> None:
    def teaser(icon: str) -> str:
        return ('<div><a href="/node/520325"><img src="/a.jpg" alt="Mathilde Hoarau et Fred Parmard sont montés très haut"></a>'
                f'<a href="/node/520325"><div><h3>De toute beauté</h3><div class="info">{icon} sam 17/03 - 07h45</div></div>'
                '</a></div>')
    assert [title for _, title in page(teaser('<i class="fa fa-clock-o"></i>'))] == ["De toute beauté"]
    assert [title for _, title in page(teaser(""))] == ["De toute beauté sam 17/03 - 07h45"]


def test_a_story_linked_with_its_extension_written_twice_is_one_entry_under_its_first_address() -> None:
    entries = page('<a href="/figur/481041-tak-mau-gegabah.html"><img src="/a.jpg" alt="Agus Harimurti Yudhoyono"></a>'
                   '<h3><a href="/figur/481041-tak-mau-gegabah.html.html">Tak mau gegabah soal pencalonan</a></h3>'
                   '<h3><a href="/opini/5795-populisme-bagi-rakyat.html.html">Populisme bagi rakyat kecil, antara janji</a></h3>')
    assert entries == [("/figur/481041-tak-mau-gegabah.html", "Tak mau gegabah soal pencalonan"),
                       ("/opini/5795-populisme-bagi-rakyat.html.html", "Populisme bagi rakyat kecil, antara janji")]


def test_one_story_named_by_its_id_before_a_page_name_every_story_shares_under_two_sections_is_one_entry() -> None:
    html = ('<h3><a href="/online/health/717800/News.html">Coffee machines are a new danger to your health</a></h3>'
            '<h3><a href="/online/local/717837/News.html">A housing project opens in the south of the island</a></h3>'
            '<h3><a href="/online/Variety/717800/News.html">Coffee machines are a new danger to your health</a></h3>'
            '<h3><a href="/online/Variety/717801/News.html">A singer stops his concert to scold the crowd</a></h3>')
    assert [path for path, _ in page(html)] == ["/online/health/717800/News.html", "/online/local/717837/News.html",
                                                "/online/Variety/717801/News.html"]


def test_a_story_asked_by_a_key_with_and_without_a_parameter_saying_where_the_link_sat_is_one_entry() -> None:
    html = ('<h2><a href="/view.php?key=20180322010012632&amp;ref=main_midtop">The president flies to Vietnam for a state'
            ' visit</a></h2><h3><a href="/view.php?key=20180322010012640">Markets close higher on a quiet trading day</a></h3>'
            '<li><a href="/view.php?key=20180322010012632">The president flies to Vietnam for a state visit</a></li>'
            '<li><a href="/view.php?key=20180322010012650&amp;ref=main_list">A new bridge opens over the river today</a></li>')
    assert [path for path, _ in page(html)] == ["/view.php?key=20180322010012632&ref=main_midtop",
                                                "/view.php?key=20180322010012640",
                                                "/view.php?key=20180322010012650&ref=main_list"]


def test_a_storys_short_address_by_its_id_alone_beside_its_full_one_is_one_entry() -> None:
    html = ('<h2><a href="/i/9199591.html">Cristiano Ronaldo: four children was a record too</a></h2>'
            '<h3><a href="/futebol/ronaldo-quatro-filhos-tambem-foi-um-recorde-9199591.html">Cristiano Ronaldo: four children'
            ' was a record too</a></h3>'
            '<h3><a href="/futebol/jardim-fala-do-futuro-e-das-polemicas-9199642.html">Jardim speaks of the future and of'
            ' the rows</a></h3><li><a href="/i/9199700.html">A short address of a story the page links only so</a></li>')
    assert [path for path, _ in page(html)] == ["/i/9199591.html", "/futebol/jardim-fala-do-futuro-e-das-polemicas-9199642.html",
                                                "/i/9199700.html"]


def test_a_dated_story_filed_under_its_folders_in_two_orders_or_on_two_hosts_is_one_entry() -> None:
    entries = page('<h2><a href="/2018-03-19/sucesos/24-Oleada-robos-coches.htm">Oleada de robos en coches en el barrio</a></h2>'
                   '<li><a href="/sucesos/2018-03-19/24-Oleada-robos-coches.htm">Oleada de robos en coches en el barrio</a></li>'
                   '<li><a href="https://m.news.example.com/2018-03-19/sucesos/24-Oleada-robos-coches.htm">Oleada de robos en'
                   ' coches en el barrio</a></li>'
                   '<li><a href="/sucesos/2018-03-19/25-Detenido-por-robar.htm">Detenido por robar en un centro</a></li>')
    assert [path for path, _ in entries] == ["/2018-03-19/sucesos/24-Oleada-robos-coches.htm",
                                             "/sucesos/2018-03-19/25-Detenido-por-robar.htm"]


def test_a_story_filed_under_two_sections_by_one_long_slug_is_one_entry_but_not_its_video_page() -> None:
    entries = page('<h2><a href="/actualite/le-mca-cartonne-le-fmf-fc-et-va-en-phase-de-poules">Le MCA cartonne le FMF FC et'
                   ' va en phase de poules</a></h2>'
                   '<li><a href="/sport/le-mca-cartonne-le-fmf-fc-et-va-en-phase-de-poules">Le MCA cartonne le FMF FC et va'
                   ' en phase de poules</a></li>'
                   '<li><a href="/videos/le-mca-cartonne-le-fmf-fc-et-va-en-phase-de-poules">Le MCA cartonne le FMF FC : la'
                   ' vidéo des six buts</a></li>'
                   '<li><a href="/2018/03/17/the-morning-briefing-of-the-day">The morning briefing of the day, Saturday</a></li>'
                   '<li><a href="/2018/03/18/the-morning-briefing-of-the-day">The morning briefing of the day, Sunday</a></li>')
    assert [path for path, _ in entries] == ["/actualite/le-mca-cartonne-le-fmf-fc-et-va-en-phase-de-poules",
                                             "/videos/le-mca-cartonne-le-fmf-fc-et-va-en-phase-de-poules",
                                             "/2018/03/17/the-morning-briefing-of-the-day",
                                             "/2018/03/18/the-morning-briefing-of-the-day"]


def test_a_bar_of_notices_over_one_story_is_no_lead() -> None:
    # (Spanish "avisos": notices; "LO ÚLTIMO:", the latest, over one line and a "leer" link)
    entries = page('<div class="atencion"><div class="avisos"><div class="tipo">LO ÚLTIMO:</div><div class="textoaviso">'
                   f'Story 1: a headline of several words <a href="/2026/03/01/story-1/">leer</a></div></div></div>'
                   f'<main>{story(2)}{story(1)}{story(3)}</main>')
    assert entries[0][0] == "/2026/03/01/story-2/"


def test_a_breaking_news_bar_titled_by_a_label_heading_over_one_line_is_no_lead() -> None:
    entries = page('<div class="breaking-news"><h4 class="breaking-news_title"><span>SON DAKİKA</span></h4>'
                   f'<a href="/2026/03/01/story-1/" class="breaking-news_item">Story 1: a headline of several words</a>'
                   '<a href="/sondakika">TÜMÜ</a></div>'
                   f'<main>{story(2)}{story(3)}</main>')
    assert [path for path, _ in entries][:2] == ["/2026/03/01/story-2/", "/2026/03/01/story-1/"]
    # A teaser marked breaking, its headline a heading of its own, is a story's place and may lead.
    entries = page(f'<article class="breaking">{story(4)}</article><main>{story(5)}</main>')
    assert entries[0][0] == "/2026/03/01/story-4/"


def test_a_list_whose_links_each_open_with_when_their_story_came_is_a_feed_not_the_lead() -> None:
    def feed(numbers: tuple[int, ...]) -> str:
        return "".join(f'<div class="boxik"><a href="/2026/03/01/story-{n}/"><span class="datum">před {n * 9} minutami'
                       f'</span><span class="text">Story {n}: a headline of several words</span></a></div>' for n in numbers)

    entries = page(f'<div class="pravy"><div class="sedy-sloupec">{feed((1, 2, 3))}</div></div>'
                   f'<div class="levy"><div class="otvirak">{story(4)}</div>{story(5)}</div>')
    assert entries[0] == ("/2026/03/01/story-4/", "Story 4: a headline of several words")
    # Two stamped links are no feed yet.
    entries = page(f'<div class="sedy-sloupec">{feed((1, 2))}</div>{story(4)}')
    assert entries[0][0] == "/2026/03/01/story-1/"


def test_a_ticker_module_named_highlighter_and_an_urgent_bar_hold_no_lead() -> None:
    notice = '<a href="/2026/03/01/story-1/">Story 1: a headline of several words</a>'
    for bar in (f'<div class="gkHighlighterWrapper"><div class="nowrap"><span>{notice}</span></div></div>',
                f'<div class="title_urg_title">{notice}</div>'):
        entries = page(f'{bar}<main>{story(2)}{story(3)}</main>')
        assert entries[0][0] == "/2026/03/01/story-2/"


def test_a_strip_after_a_tickers_title_of_its_own_holds_no_lead_but_a_teaser_after_another_title_may() -> None:
    alerts = "".join(f'<a href="/2026/03/01/alert-{n}/">Alert {n}: the road to the coast is closed again</a>' for n in (1, 2))
    for title in ("Alertes  infos :", "Flash info", "Breaking news"):
        ticker = f'<div class="uppercase">{title}</div><div class="spacer"><hr></div><div class="module">{alerts}</div>'
        entries = page(f"{ticker}<main>{story(3)}{story(4)}</main>")
        assert entries[0][0] == "/2026/03/01/story-3/"
    # (a section's title before its stories is no ticker's: its first story may lead)
    section = f'<div class="uppercase">Politique</div><div class="module">{alerts}</div>'
    assert page(f"{section}<div>{story(3)}</div>")[0][0] == "/2026/03/01/alert-1/"


def test_a_minute_by_minute_strip_named_so_or_titled_so_holds_no_lead() -> None:
    lines = "".join(f'<li class="news-item"><a href="/2026/03/01/alert-{n}/">Alert {n}: the road to the coast is closed'
                    " again</a></li>" for n in (1, 2))
    for strip in (f'<div class="linhaMinutoaMinuto"><ul class="lista">{lines}</ul></div>',
                  f'<div class="box"><h4><a href="/minuto">Minuto a Minuto ></a></h4><div class="rotativo"><ul>{lines}</ul>'
                  "</div></div>"):
        assert page(f"{strip}<main>{story(3)}{story(4)}</main>")[0][0] == "/2026/03/01/story-3/"


def test_a_one_line_slider_after_a_tickers_title_in_russian_holds_no_lead_but_a_picture_slider_does() -> None:
    lines = "".join(f'<div class="shortly_item"><a href="/2026/03/01/alert-{n}/">Аким Атырау озвучил планы по строительству'
                    f" {n}</a></div>" for n in (1, 2))
    ticker = f'<div class="shortly"><span>Коротко:</span><div id="shortly_slider">{lines}</div></div>'
    assert page(f"{ticker}<main>{story(3)}{story(4)}</main>")[0][0] == "/2026/03/01/story-3/"
    # (a slider of pictured slides after such a title is still the top stories' place)
    pictured = ticker.replace('<a href="/2026/03/01/alert-1/">', '<a href="/2026/03/01/alert-1/"><img src="/1.jpg" alt="">')
    assert page(f"{pictured}<main>{story(3)}{story(4)}</main>")[0][0] == "/2026/03/01/alert-1/"


def test_lead_is_not_a_story_an_advertisers_banner_picture_links_above_the_page() -> None:
    # A banner across the top ("banniere-haut") whose picture, without words, links a post: the advertiser's.
    banner = '<div id="banniere-haut"><a href="/2026/03/01/story-1/" target="_blank"><img src="/pubs/doras.jpg" alt=""></a></div>'
    entries = page(banner + story(2) + story(1))
    assert entries[0][0] == "/2026/03/01/story-2/" and len(entries) == 2
    # (a picture that names its story in its alt text, or a block that is no banner, may still open the page)
    assert page(banner.replace('alt=""', 'alt="Story 1: a headline"') + story(2) + story(1))[0][0] == "/2026/03/01/story-1/"
    assert page(banner.replace("banniere-haut", "une") + story(2) + story(1))[0][0] == "/2026/03/01/story-1/"


def test_a_bar_asking_readers_for_money_holds_no_lead() -> None:
    appeal = ('<div class="donate-bar"><a href="/art/58984.html?from=link">The site lives on its readers\' gifts alone.'
              " Please give today.</a></div>")
    entries = page(f"{appeal}<main>{story(1)}{story(2)}</main>")
    assert entries[0][0] == "/2026/03/01/story-1/"


def test_a_list_of_the_newest_stories_inside_the_sites_header_gives_stories_but_not_the_lead() -> None:
    latest = "".join(f'<li><a href="/article/3694{n}/un-lauds-achievements-{n}">UN lauds achievements {n}</a></li>'
                     for n in range(5))
    menu = '<ul class="menu"><li><a href="/articlelist/302/Bangladesh">Bangladesh</a></li></ul>'
    header = f'<header><div class="recent-news"><a href="/archive">Latest:</a><ul>{latest}</ul></div>{menu}</header>'
    entries = page(f"{header}<main>{story(1)}{story(2)}</main>")
    assert entries[0][0] == "/2026/03/01/story-1/"
    assert {f"/article/3694{n}/un-lauds-achievements-{n}" for n in range(5)} <= {path for path, _ in entries}
    assert "/articlelist/302/Bangladesh" not in {path for path, _ in entries}


def test_a_page_asking_for_a_story_by_the_slug_its_headline_spells_is_a_story_beside_numbered_ones() -> None:
    numbered = "".join(f'<h3><a href="/actualite/{n}/un-titre-de-plusieurs-mots-{n}.html">Un titre de plusieurs mots {n}</a>'
                       "</h3>" for n in range(38110, 38118))
    wires = ('<h4><a href="/depeches?slug=bmw-perquisitions-dans-une-enquete-pour-fraude-sur-des-vehicules-diesel">BMW:'
             " perquisitions dans une enquête pour fraude sur des véhicules diesel</a></h4>"
             # (a page asked for a slug its heading does not spell stays a section's page)
             '<h4><a href="/depeches?slug=economie">Toutes les dépêches de la semaine en économie</a></h4>')
    paths = [path for path, _ in page(numbered + wires)]
    assert "/depeches?slug=bmw-perquisitions-dans-une-enquete-pour-fraude-sur-des-vehicules-diesel" in paths
    assert "/depeches?slug=economie" not in paths


def test_a_searchs_results_asked_for_in_the_query_are_no_story_but_a_story_about_a_search_is() -> None:
    html = ('<li><a href="http://guide.news.example.com/gsearch?f[0]=sector:21658">Services de paiement et fonds'
            " d'investissement</a></li>"
            '<li><a href="/volltextsuche?q=energie&amp;page=2">Alle Artikel zur Energiewende der letzten Woche</a></li>'
            # (a story's slug that ends in the word stays a story)
            '<li><a href="/2026/03/01/the-long-search/">The long search for the missing crew goes on at sea</a></li>')
    assert [path for path, _ in page(html)] == ["/2026/03/01/the-long-search/"]


def test_an_ad_servers_click_counter_on_a_subdomain_is_not_a_story() -> None:
    entries = page('<a href="http://clicks.news.example.com/hp_c.asp?banner=283600&amp;href=http://shop.example.com">Learn'
                   ' English with the best teachers in town today</a>' + story(1))
    assert [path for path, _ in entries] == ["/2026/03/01/story-1/"]


def test_a_wordless_links_title_attribute_shown_as_its_teasers_headline_beats_a_summary_linked_elsewhere() -> None:
    overlay = ('<div class="item"><a title="Kriminelles Klebeband: Mazda in Sebring bestraft" class="content-link"'
               ' href="/imsa/news/kriminelles-klebeband-mazda-in-sebring-bestraft-18031701"></a>'
               '<div><span class="msg-published">Langstrecke</span><span class="msg-text">Kriminelles Klebeband: Mazda in'
               " Sebring bestraft</span></div></div>")
    captioned = ('<div class="teaser"><a title="Nico Rosberg: Was ihm an der Formel 1 am meisten fehlt"'
                 ' href="/formel-1/news/nico-rosberg-was-ihm-an-der-formel-1-am-meisten-fehlt-18031607"><figure><img'
                 ' src="/a.jpg" alt="Nico Rosberg: Was ihm an der Formel 1 am meisten fehlt"><figcaption>Nico Rosberg: Was'
                 " ihm an der Formel 1 am meisten fehlt</figcaption></figure></a></div>")
    summaries = ('<p><a title="Langstrecke" href="/imsa/news/kriminelles-klebeband-mazda-in-sebring-bestraft-18031701">Die'
                 " Mazda RT24-P wurden in Sebring ans Ende des Feldes strafversetzt</a></p>"
                 '<p><a title="Formel 1" href="/formel-1/news/nico-rosberg-was-ihm-an-der-formel-1-am-meisten-fehlt-18031607">'
                 "Ex-Weltmeister Nico Rosberg offenbart, dass ihm die Formel 1 doch fehlt</a></p>")
    titles = dict(page(overlay + captioned + summaries))
    assert titles["/imsa/news/kriminelles-klebeband-mazda-in-sebring-bestraft-18031701"] == \
        "Kriminelles Klebeband: Mazda in Sebring bestraft"
    assert titles["/formel-1/news/nico-rosberg-was-ihm-an-der-formel-1-am-meisten-fehlt-18031607"] == \
        "Nico Rosberg: Was ihm an der Formel 1 am meisten fehlt"


def test_a_picture_links_title_attribute_gives_way_to_the_storys_own_link_that_sets_its_kicker_apart() -> None:
    teaser = ('<div class="item"><a class="news-img" title="Markles Vater ist nicht eingeladen! Führt jetzt Prinz William'
              ' Meghan zum Altar?" href="/promi/markles-vater-fuehrt-jetzt-prinz-william-meghan-zum-altar-id8120313.html">'
              '<img src="/a.jpg" alt="x"></a><a class="news-links" href="/promi/markles-vater-fuehrt-jetzt-prinz-william-'
              'meghan-zum-altar-id8120313.html"><strong>Markles Vater ist nicht eingeladen! </strong><span>Führt jetzt'
              " Prinz William Meghan zum Altar?</span></a></div>")
    assert page(teaser + story(1))[0][1] == "Führt jetzt Prinz William Meghan zum Altar?"


def test_character_references_a_page_escaped_twice_are_read_as_their_characters_in_titles() -> None:
    teasers = ('<div class="item"><a title="&amp;quot;Vergeudete Sessions&amp;quot;: Neuer Katar-Zeitplan spaltet die MotoGP"'
               ' href="/motogp/news/vergeudete-sessions-neuer-katar-zeitplan-18031617"><figure><img src="/a.jpg" alt="x">'
               "<figcaption>&quot;Vergeudete Sessions&quot;: Neuer Katar-Zeitplan spaltet die MotoGP</figcaption></figure></a>"
               '</div><p><a title="Motorrad" href="/motogp/news/vergeudete-sessions-neuer-katar-zeitplan-18031617">Ein Tag'
               " gestrichen, Trainings und Rennen verlegt: so bewerten die Fahrer den neuen Zeitplan</a></p>"
               '<h3><a href="/auto/news/ford-mustang-2018-bilder-preis-daten-18031601">Ford Mustang 2018: Bilder, Preis'
               " &amp;amp; Daten von Bullitt, GT &amp;amp; Cabrio</a></h3>")
    assert page(teasers) == [
        ("/motogp/news/vergeudete-sessions-neuer-katar-zeitplan-18031617",
         '"Vergeudete Sessions": Neuer Katar-Zeitplan spaltet die MotoGP'),
        ("/auto/news/ford-mustang-2018-bilder-preis-daten-18031601", "Ford Mustang 2018: Bilder, Preis & Daten von Bullitt, GT & Cabrio"),
    ]


def test_a_block_its_own_first_heading_calls_a_menu_holds_labels_not_stories_nor_the_lead() -> None:
    programmes = "".join(f'<a href="/videoteca/opinion/programa-de-opinion-{n}/">Programa de opinión número {n}</a>'
                         for n in range(6))
    menu = f'<div class="p40-mmnuC"><h2>Menú videoteca</h2><div>{programmes}</div></div>'
    # (a block whose heading only mentions a menu, a restaurant's story, keeps its stories)
    review = ('<div><h2>The new menu at the harbour brasserie is a delight</h2>'
              '<a href="/2026/03/01/harbour-brasserie-menu-review/">The new menu at the harbour brasserie is a delight</a></div>')
    paths = [path for path, _ in page(menu + story(1) + review)]
    assert paths == ["/2026/03/01/story-1/", "/2026/03/01/harbour-brasserie-menu-review/"]


def test_the_line_a_pictures_alt_repeats_is_the_headline_of_a_link_of_a_picture_a_date_and_a_summary() -> None:
    card = ('<div class="grid"><a href="/noticia/seguridad/nota/2018-03-16-18-24/asesinan-a-candidato-del-pri-en-puebla/">'
            '<img src="/a.jpg" alt="Asesinan a candidato del PRI en Puebla"><span>Asesinan a candidato del PRI en Puebla'
            "</span><span>16 de marzo de 2018</span><span>Gustavo Gómez se encontraba desayunando cuando llegaron unos"
            " hombres armados</span></a>"
            # (a columnist's name in the alt is no headline: the column's own line stays its title)
            '<a href="/noticia/opinion/nota/2018-03-16-18-25/las-esposas-de-los-candidatos/"><img src="/b.jpg"'
            ' alt="Ernesto Camou Healy"><span>Ernesto Camou Healy</span><span>Las esposas de los candidatos y sus'
            " campañas</span></a></div>")
    titles = dict(page(card))
    assert titles["/noticia/seguridad/nota/2018-03-16-18-24/asesinan-a-candidato-del-pri-en-puebla/"] == \
        "Asesinan a candidato del PRI en Puebla"
    assert titles["/noticia/opinion/nota/2018-03-16-18-25/las-esposas-de-los-candidatos/"] != "Ernesto Camou Healy"


def test_a_story_linked_through_the_sites_own_click_counter_is_that_story_but_an_ads_counter_stays_none() -> None:
    counted = ('<article><h2><a href="/count_click/four/topic/82990?url=https%3A%2F%2Fnews.example.com%2Flenta%2Fmain%2F'
               'bulba-ventures">Юрий Мельничек открывает венчурный фонд Bulba Ventures в Минске</a></h2></article>')
    advert = ('<article><h2><a href="/count_click/banner/7?url=https%3A%2F%2Fshop.example.org%2Fsale">Скидки до'
              " пятидесяти процентов на ноутбуки только сегодня</a></h2></article>")
    entries = page(counted + story(1) + advert)
    assert entries[0] == ("/lenta/main/bulba-ventures", "Юрий Мельничек открывает венчурный фонд Bulba Ventures в Минске")
    assert [path for path, _ in entries] == ["/lenta/main/bulba-ventures", "/2026/03/01/story-1/"]


def test_a_post_filed_right_under_the_blogs_folder_by_its_headlines_slug_is_a_story_but_a_blogs_home_page_is_not() -> None:
    assert path_kind("https://news.example.com/blogs/v-pamyat-o-borodatom-dyadke-aleksandre-ptitse/", SITE) > NOT_STORY
    assert path_kind("https://news.example.com/blogs/un-prof-sur-le-front-803/", SITE) == NOT_STORY
    entries = page('<div class="post"><h2><a href="/blogs/v-pamyat-o-borodatom-dyadke-aleksandre-ptitse/">В память о'
                   " «Бородатом дядьке» Александре Птице</a></h2></div>" + story(1))
    assert "/blogs/v-pamyat-o-borodatom-dyadke-aleksandre-ptitse/" in [path for path, _ in entries]


def test_a_story_named_by_its_id_then_its_slug_in_a_folder_named_for_feeds_is_a_story_but_a_feeds_page_is_not() -> None:
    assert path_kind("https://news.example.com/index.php/rss-hd/63-komuniti/5719-perjalanan-lebih-singkat-guna-jalan-b20",
                     SITE) > NOT_STORY
    assert path_kind("https://news.example.com/home/collectionRss/Home-Hcat-Nation-World-9248.php", SITE) == NOT_STORY


def test_a_teasers_own_header_tag_holding_its_headline_is_no_site_header_but_the_masthead_still_is() -> None:
    teasers = "".join(f'<div class="more-local-item"><header><h2><a href="/2018/news/stories/03/21/local-story-{n}">Local'
                      f' story number {n} of the day in town</a><span><a href="/2018/news/stories/03/21/local-story-{n}'
                      f'#comments">3</a></span></h2></header><p>Summary of the local story.</p></div>' for n in range(3))
    masthead = ('<header><h1><a href="/">The Town News</a></h1><a href="/2018/news/stories/03/21/masthead-promo-story">'
                "Our masthead promotes a story of the week here</a></header>")
    paths = [path for path, _ in page(masthead + teasers)]
    assert paths == [f"/2018/news/stories/03/21/local-story-{n}" for n in range(3)]


def test_a_folder_named_for_classifieds_in_a_word_written_in_two_parts_holds_no_story() -> None:
    assert path_kind("https://news.example.com/rao-vat-khac/tim-giay-to-bi-danh-roi/150462.htm", SITE) == NOT_STORY
    assert path_kind("https://news.example.com/an-ninh-trat-tu/khoi-to-2-vu-11-bi-can-danh-bac/150915.htm", SITE) > NOT_STORY


def test_french_photo_and_video_labels_in_any_number_and_the_arabic_pictures_label_with_its_shadda_leave_the_headline() -> None:
    assert headlines_of_headings([
        "En photo : Maram Ben Aziza fait sensation avec sa tenue traditionnelle",
        "En photos: La marque Pyrex renouvelle son partenariat avec le Chef",
        "En vidéos : Tout sur KarhabtiCare lauréat du concours Imagine",
        "بالصّور : جنازة ام الخير أرملة الزعيم الوطني فرحات حشاد",
    ]) == [
        "Maram Ben Aziza fait sensation avec sa tenue traditionnelle",
        "La marque Pyrex renouvelle son partenariat avec le Chef",
        "Tout sur KarhabtiCare lauréat du concours Imagine",
        "جنازة ام الخير أرملة الزعيم الوطني فرحات حشاد",
    ]


def test_a_story_at_its_tagged_id_alone_beside_its_id_and_slug_in_one_folder_is_one_entry_but_a_days_number_is_not() -> None:
    links = ('<h3><a href="/sportcafe/bg-futbol/id_1208419207">Маскирани потрошиха автобус с фенове на Левски</a></h3>'
             '<h3><a href="/sportcafe/bg-futbol/id_1208419207_Maskirani_potroshiha_avtobus_s_fenove_na_Levski">Маскирани'
             " потрошиха автобус с фенове на Левски</a></h3>"
             # (a tag before a day's number names the day's page, shared: two stories)
             '<h3><a href="/archive/p_20180317_first_story_of_the_day_here">The first story of the day in the archive</a></h3>'
             '<h3><a href="/archive/p_20180317_second_story_of_the_day_here">The second story of the day in the archive</a>'
             "</h3>")
    assert [path for path, _ in page(links)] == [
        "/sportcafe/bg-futbol/id_1208419207", "/archive/p_20180317_first_story_of_the_day_here",
        "/archive/p_20180317_second_story_of_the_day_here"]


def test_a_greek_contest_or_a_call_to_win_is_no_story_but_a_report_on_a_public_competition_is() -> None:
    links = ('<h3><a href="/post/344951/diagwnismos-martioy-2018-kerdiste-ena-taksidi">Διαγωνισμός Μαρτίου 2018: Κερδίστε'
             " ένα ταξίδι για δυο στην υπέροχη Βαρσοβία</a></h3>"
             '<h3><a href="/post/344952/o-diagwnismos-toy-asep-ksekina">Ο διαγωνισμός της ΑΣΕΠ για 500 θέσεις ξεκινά τη'
             " Δευτέρα</a></h3>")
    assert [path for path, _ in page(links)] == ["/post/344952/o-diagwnismos-toy-asep-ksekina"]


def test_a_mega_menus_list_of_stories_asked_by_their_index_number_gives_stories() -> None:
    items = "".join(f'<li><a href="/news/articleView.html?idxno=17268{n}">헌재, 낙태죄 위헌여부 공개변론 열어 {n}</a></li>'
                    for n in range(3))
    sections = "".join(f'<li><a href="/news/articleList.html?sc_section_code=S1N{n}">섹션 {n}</a></li>' for n in range(4))
    menu = (f'<ul class="menu"><li><a href="/news/">뉴스</a><div class="menu-sub-wrap"><div class="menu-cell"><ul>{items}'
            f"</ul></div></div></li>{sections}</ul>")
    paths = [path for path, _ in page(menu + story(1))]
    assert paths == ["/2026/03/01/story-1/"] + [f"/news/articleView.html?idxno=17268{n}" for n in range(3)]


def test_a_mega_menus_list_of_cards_each_a_pictures_link_and_its_headlines_gives_stories() -> None:
    cards = "".join(f'<li><a href="/article/962{n}/actus/actualites/lingare-bab-souika-09461{n}" class="img"><img src="/{n}.jpg"'
                    f' alt=""></a><div class="text"><a href="/article/962{n}/actus/actualites/lingare-bab-souika-09461{n}">'
                    f"LINGARE, le nouvel espace d'innovation localisé à Bab Souika {n}</a></div></li>" for n in range(3))
    menu = (f'<ul class="menu"><li class="menu-item"><a href="/actus/">Actus</a><div class="dropdown-menu mega-dropdown">'
            f'<ul class="widget__popular">{cards}</ul></div></li><li><a href="/sport/">Sport</a></li></ul>')
    paths = [path for path, _ in page(menu + story(1))]
    assert paths == ["/2026/03/01/story-1/"] + [f"/article/962{n}/actus/actualites/lingare-bab-souika-09461{n}" for n in range(3)]


def test_a_storys_gallery_at_its_id_alone_beside_the_storys_name_ending_in_that_id_is_one_entry_either_way() -> None:
    story_link = ('<h3><a href="/zinas/foto-siera-uzkodu-razotajs-izversas-eksporta-473068">Siera uzkodu ražotājs izvēršas'
                  " eksportā</a></h3>")
    gallery = '<h3><a href="/galerija/473068">Siera uzkodu ražotājs izvēršas eksportā</a></h3>'
    other = '<h3><a href="/zinas/200-miljonu-projekts-strauji-iegust-aprises-473079">200 miljonu projekts strauji iegūst aprises</a></h3>'
    assert [path for path, _ in page(story_link + gallery + other)] == [
        "/zinas/foto-siera-uzkodu-razotajs-izversas-eksporta-473068", "/zinas/200-miljonu-projekts-strauji-iegust-aprises-473079"]
    assert [path for path, _ in page(gallery + story_link + other)] == [
        "/galerija/473068", "/zinas/200-miljonu-projekts-strauji-iegust-aprises-473079"]
    # (a day's number alone names the day's page, not one story of it)
    day = ('<h3><a href="/galerija/20180317">Siera uzkodu ražotājs izvēršas eksportā</a></h3>'
           '<h3><a href="/zinas/siera-uzkodu-razotajs-izversas-eksporta-20180317">Siera uzkodu ražotājs izvēršas eksportā</a></h3>')
    assert len(page(day)) == 2


def test_a_storys_id_alone_under_a_columns_word_beside_its_slug_then_that_id_is_one_entry() -> None:
    story_link = ('<h3><a href="/noticias/El-yoismo-de-Maria-Patino-yo-yo-y-luego-yo/151724">El yoísmo de María Patiño,'
                  ' yo, yo y luego yo</a></h3>')
    column = '<h3><a href="/noticias/lateral/151724">TODO ESTO ES MI TELE</a></h3>'
    other = '<h3><a href="/noticias/Sant-Roc-logra-el-doblete-en-las-Fallas/152737">Sant Roc logra el doblete en las Fallas</a></h3>'
    assert page(story_link + column + other) == [
        ("/noticias/El-yoismo-de-Maria-Patino-yo-yo-y-luego-yo/151724", "El yoísmo de María Patiño, yo, yo y luego yo"),
        ("/noticias/Sant-Roc-logra-el-doblete-en-las-Fallas/152737", "Sant Roc logra el doblete en las Fallas")]


def test_a_story_named_by_a_word_and_its_id_beside_its_node_by_that_id_alone_is_one_entry_either_way() -> None:
    story = '<h3><a href="/2018/03/17/article_1351776.html">Experts expect a jump in the rankings of the G20</a></h3>'
    node = '<li><a href="/node/1351776">Experts expect a jump in the rankings of the G20</a></li>'
    other = '<h3><a href="/2018/03/17/article_1351766.html">Strong signs of large shale oil reserves in the east</a></h3>'
    assert [path for path, _ in page(story + other + node)] == [
        "/2018/03/17/article_1351776.html", "/2018/03/17/article_1351766.html"]
    assert [path for path, _ in page(node + story + other)] == ["/node/1351776", "/2018/03/17/article_1351766.html"]
    # (another id, or a day's number after the word, names another page)
    day = ('<h3><a href="/news/article_20180317.html">Experts expect a jump in the rankings of the G20</a></h3>'
           '<li><a href="/node/20180317">Experts expect a jump in the rankings of the G20</a></li>')
    assert len(page(story + '<li><a href="/node/1351777">Another story of the day told at its node</a></li>')) == 2
    assert len(page(day)) == 2


def test_a_story_asked_by_its_one_long_id_with_a_sections_parameters_beside_it_is_one_entry() -> None:
    links = ('<h3><a href="/mtview.php?no=2018031917303201530&MRH_P">토요타 \'뉴 시에나\' 출시...가격 5000만원대 수입 미니밴</a></h3>'
             '<h3><a href="/mtview.php?vgb=autom&no=2018031917303201530&MATN_P">토요타 5000만원대 \'뉴 시에나\' 출시..수입 미니밴 유일'
             " 4륜구동</a></h3>"
             # (a query of a section's id and the story's is two stories where the story's differ)
             '<h3><a href="/news/article.cfm?c_id=1501119&objectid=12153870">Pamela Anderson takes on the Prime Minister</a></h3>'
             '<h3><a href="/news/article.cfm?c_id=1501119&objectid=12152022">How hip-hop is taking over the television</a></h3>')
    assert [path for path, _ in page(links)] == [
        "/mtview.php?no=2018031917303201530&MRH_P", "/news/article.cfm?c_id=1501119&objectid=12153870",
        "/news/article.cfm?c_id=1501119&objectid=12152022"]


def test_a_story_asked_by_its_coded_id_with_each_boxs_parameters_is_one_entry_from_any_of_the_sites_scripts() -> None:
    links = ('<h3><a href="/View/at_pg.aspx?CNTN_CD=A0002416760&CMPT_CD=C1400_mini">좋아해서 때린다? 이건 \'나쁜 남자\'가 아닙...</a>'
             '</h3><h3><a href="/View/at_pg.aspx?CNTN_CD=A0002416760&PAGE_CD=N0002&CMPT_CD=M0113">좋아해서 때린다? 이건 \'나쁜 남자\'가'
             ' 아닙니다</a></h3>'
             '<h3><a href="/tenman/report_last.aspx?CNTN_CD=A0002416760&CMPT_CD=PT004">\'나쁜 남자\'가 아닙니다</a></h3>'
             '<h3><a href="/View/at_pg.aspx?CNTN_CD=A0002416662&PAGE_CD=N0002&CMPT_CD=M0113">"데뷔하자" 제안했는데, YG는 왜 또'
             ' 비난의 대상이 됐나</a></h3>')
    assert [path for path, _ in page(links)] == [
        "/View/at_pg.aspx?CNTN_CD=A0002416760&CMPT_CD=C1400_mini",
        "/View/at_pg.aspx?CNTN_CD=A0002416662&PAGE_CD=N0002&CMPT_CD=M0113"]


def test_a_site_that_files_its_stories_in_its_sections_folders_inside_its_category_folder_lists_them() -> None:
    slugs = {"national": "500-people-stranded-aboard-ferry-in-western-japan-since-sunday",
             "politics": "abe-takes-blame-for-loss-of-trust-over-scandal",
             "tech": "bird-repellent-fence-developed-for-solar-panels"}
    teasers = "".join(f'<h3><a href="/category/{section}/{slug}">{slug.replace("-", " ").capitalize()}</a></h3>'
                      for section, slug in slugs.items())
    # (a short slug and one with a year in it are judged as the section's own page would judge them; a poll and a
    # readers' question are not stories there either)
    others = ('<h3><a href="/category/picture-of-the-day/man-on-a-mission">Man on a mission</a></h3>'
              '<h3><a href="/category/features/the-10-most-popular-japanese-names-for-girls-in-2017-2018">The 10 most'
              " popular Japanese names for girls in 2017-2018</a></h3>"
              '<h3><a href="/category/poll/is-bitcoin-an-environmentally-friendly-currency">Is bitcoin an environmentally'
              " friendly currency?</a></h3>"
              '<h3><a href="/category/have-your-say/what-do-you-think-should-be-done-with-vacated-land">What do you think'
              " should be done with vacated land?</a></h3>")
    assert [path for path, _ in page(teasers + others)] == [f"/category/{section}/{slug}" for section, slug in slugs.items()] \
        + ["/category/picture-of-the-day/man-on-a-mission",
           "/category/features/the-10-most-popular-japanese-names-for-girls-in-2017-2018"]
    # (long names under two sub-categories only are the sub-categories' own pages, as ever)
    subcategories = ('<h3><a href="/category/rubriche/falli-da-dietro-nello-mascia/">Falli da dietro nello Mascia</a></h3>'
                     '<h3><a href="/category/archivio/gli-articoli-di-massimiliano-gallo/">Gli articoli di Massimiliano'
                     " Gallo</a></h3>")
    assert page(story(1) + subcategories) == page(story(1))


def test_words_a_sites_link_titles_add_after_three_links_own_words_are_left_out_of_a_headline_taken_from_a_title() -> None:
    def shown(n: int, words: str) -> str:
        return f'<li><a href="/2026/03/0{n}/story-{n}/" title="{words} Haberi">{words}</a></li>'
    pictured = ('<div class="manset"><a href="/2026/03/09/story-9/" title="CHP\'li belediyeden şehit ailesine büyük ayıp'
                ' Haberi"><img src="/9.jpg" alt=""></a></div>')
    listed = [shown(1, "Igor Tudor'dan Sneijder açıklaması"), shown(2, "ABD'nin 'Yağma' yalanı ortaya çıktı"),
              shown(3, "Seren Serengil ile Hande Yener barıştı")]
    entries = dict(page(pictured + "<ul>" + "".join(listed) + "</ul>"))
    assert entries["/2026/03/09/story-9/"] == "CHP'li belediyeden şehit ailesine büyük ayıp"
    assert entries["/2026/03/01/story-1/"] == "Igor Tudor'dan Sneijder açıklaması"
    # (two links so titled are no site's habit yet)
    entries = dict(page(pictured + "<ul>" + "".join(listed[:2]) + "</ul>"))
    assert entries["/2026/03/09/story-9/"] == "CHP'li belediyeden şehit ailesine büyük ayıp Haberi"


def test_the_longest_of_a_pages_attribute_tails_leaves_a_headline_first_whatever_order_the_set_holds() -> None:
    tails = frozenset({"Zimbabwe", "in Zimbabwe", "for sale in Zimbabwe"})
    assert without_tail("Building supplies wanted for sale in Zimbabwe", tails) == "Building supplies wanted"
    assert without_tail("Maize prices fall again in Zimbabwe", tails) == "Maize prices fall again"


def test_a_page_that_cuts_its_lines_without_a_mark_has_them_whole_in_its_links_titles() -> None:
    def line(n: int, shown: str, rest: str) -> str:
        return f'<li><a href="/2026/03/0{n}/story-{n}/" title="{shown} {rest}">{shown}</a></li>'
    cut = [line(1, "Lolla: melhor atração, Chance, The Rapper mostra força da nova", "safra do hip-hop"),
           line(2, "Kelvin supera momento mais difícil da carreira e volta aos", "treinos no Vasco"),
           line(3, "Álvaro Dias lança pré-candidatura à Presidência da República em", "Belo Horizonte")]
    entries = dict(page("<ul>" + "".join(cut) + "</ul>"))
    assert entries["/2026/03/01/story-1/"] == "Lolla: melhor atração, Chance, The Rapper mostra força da nova safra do hip-hop"
    assert entries["/2026/03/03/story-3/"] == "Álvaro Dias lança pré-candidatura à Presidência da República em Belo Horizonte"
    # (two such lines are no habit yet; and a title that adds a field after a mark, a date or an author, no rest)
    assert dict(page("<ul>" + "".join(cut[:2]) + "</ul>"))["/2026/03/01/story-1/"] \
        == "Lolla: melhor atração, Chance, The Rapper mostra força da nova"
    fields = [line(n, f"Hallan muerto al hacker número {n} que delató a Manning", f"| Mar 17, 2018 - 04:{n}0 PM")
              for n in (1, 2, 3)]
    assert dict(page("<ul>" + "".join(fields) + "</ul>"))["/2026/03/01/story-1/"] \
        == "Hallan muerto al hacker número 1 que delató a Manning"


def test_a_link_to_a_readers_comment_on_a_story_does_not_title_it_where_another_link_names_it() -> None:
    comments = ('<div class="comments"><p><a href="/2026/03/01/plea-bargaining/#comment-1632380">Japanese government milking'
                " money through its court system, as ever.</a></p><p>Posted in: <a href=\"/2026/03/01/plea-bargaining/\">Japan"
                " to introduce plea bargaining on June 1</a></p></div>")
    assert page(story(1) + comments)[1] == ("/2026/03/01/plea-bargaining/", "Japan to introduce plea bargaining on June 1")


def test_an_albums_pictures_linked_under_the_albums_own_address_are_no_stories_of_their_own() -> None:
    pictures = "".join(f'<a href="/album/testdag-8-in-barcelona-2018/f1-testing-day-four-{n}/" title="F1 Testing Day Four">'
                       f'<img src="/day-8-{n}.jpg" alt="F1 Testing Day Four"></a>' for n in range(37, 41))
    album = ('<article><header><a href="/album/testdag-8-in-barcelona-2018/" title="Testdag 8 in Barcelona – 2018">Testdag 8'
             f' in Barcelona – 2018</a></header><p class="fotos">{pictures}</p></article>')
    assert not [path for path, _ in page(story(1) + album) if "/f1-testing-day-four-" in path]
    # (a picture's teaser filed in a section's folder the page links is a story: "/photos/" names no one story)
    section = ('<a href="/photos/">Photos</a><a href="/photos/asmaa-khamlichi-au-studio-de-la-radio.html"'
               ' title="Asmaa Khamlichi au studio de la radio"><img src="/a.jpg" alt="Asmaa Khamlichi au studio de la radio"></a>')
    assert "/photos/asmaa-khamlichi-au-studio-de-la-radio.html" in [path for path, _ in page(story(1) + section)]


def test_a_folder_of_listings_for_sale_named_in_a_compound_holds_no_story() -> None:
    links = ('<h3><a href="/boats-for-sale/sailing-cruisers/596-konsort-from-leinster-boats">Konsort from Leinster Boats'
             " for a fair price</a></h3>"
             '<h3><a href="/voitures-a-vendre/citadines/605-une-citadine-presque-neuve">Une citadine presque neuve à saisir'
             " vite</a></h3>"
             '<h3><a href="/sailing-news/racing/597-konsort-wins-the-leinster-cup-race">Konsort wins the Leinster Cup race at'
             " last</a></h3>")
    assert [path for path, _ in page(links)] == ["/sailing-news/racing/597-konsort-wins-the-leinster-cup-race"]


def test_a_gallerys_picture_titled_by_its_number_in_the_gallery_is_no_story() -> None:
    links = ('<h3><a href="/sucesos/protestas-prosiguen-Lavapies_1_1979212308.html">Foto 1 de Las protestas prosiguen en'
             " Lavapiés tras los disturbios</a></h3>"
             '<h3><a href="/galerie/bild-2-von-10-der-parade_1_1979212309.html">Bild 2 von 10: die Parade am Sonntag in der'
             " Stadt</a></h3>"
             '<h3><a href="/sucesos/protestas-prosiguen-Lavapies_0_1979212310.html">Las protestas prosiguen en Lavapiés tras'
             " los disturbios</a></h3>"
             # (a headline about photographs is one)
             '<h3><a href="/cultura/fotos-de-la-exposicion_0_1979212311.html">Fotos de la exposición que nadie quiso ver en'
             " Madrid</a></h3>")
    assert [path for path, _ in page(links)] == ["/sucesos/protestas-prosiguen-Lavapies_0_1979212310.html",
                                                 "/cultura/fotos-de-la-exposicion_0_1979212311.html"]


def test_the_rest_of_the_page_inside_a_menu_the_template_never_closed_gives_stories() -> None:
    words = ["pulis-pilason-sa-aksidente", "pamilya-ginpa-evacuate-landslide", "judges-ayaw-sa-protest",
             "pondo-libre-tertiary-education", "patay-arestado-sa-operasyon", "bilang-ng-mga-biktima-bumaba"]
    teasers = "".join(f'<li><h3><a href="/{slug}-{n}/">Story {n}: {slug.replace("-", " ")}</a></h3></li>'
                      for n, slug in enumerate(words, 1))
    sections = "".join(f'<li><a href="/category/{name}/">{name}</a></li>' for name in ("balita", "sports", "showbiz"))
    body = f'<div class="main-col"><ul class="two-cols">{teasers}</ul></div><div class="foot"><a href="/about/">About us</a></div>'
    unclosed = f'<nav class="navigation"><ul>{sections}<li class="menu-item mega"><a href="/news/">News</a>{body}</li></ul></nav>'
    assert [path for path, _ in page(unclosed)] == [f"/{slug}-{n}/" for n, slug in enumerate(words, 1)]
    # (a menu's panel of teasers that ends where the menu does, the page going on after it, stays the menu's)
    panel = f'<nav class="navigation"><ul>{sections}<li class="menu-item mega"><a href="/news/">News</a><ul>{teasers}</ul></li></ul></nav>'
    own = "".join(f'<article><h2><a href="/2026/03/02/own-{n}/">Own {n}: a headline of several words</a></h2></article>'
                  for n in range(1, 4))
    paths = [path for path, _ in page(panel + own + '<div class="foot"><a href="/about/">About us</a></div>')]
    assert paths == [f"/2026/03/02/own-{n}/" for n in range(1, 4)]


def test_arabic_media_markers_a_call_to_watch_before_two_dots_audio_and_a_glued_hyphen_are_no_headline_words() -> None:
    assert headlines_of_headings([
        "شاهد.. محمود سعد يكشف أسرارا عن أول كاتب مصري",  # "watch.." before
        "«الصحة» تعلن عن أماكن الوحدات المتنقلة (صوت)",  # "(audio)" after
        "قبيلة «الحميدات» تعلن استمرار الحشد بقنا (فيديو وصور)",  # "(video and pictures)", the "and" glued
        "العلمي يكشف ملاعب المغرب المرشحة لمونديال 2026-فيديو",  # glued by a hyphen
        "بالفيديو... مجلس عائلة في منطقة المالكية",  # ("with video..." before stays: annotators keep it)
        "فيديو … حريق في ثكنة عسكرية بالعيون",  # ("video" before an ellipsis set as one character goes)
        "إنفوجرافيك.. حقوق المطلقة في القانون المصري",  # ("infographic" before two dots goes)
    ]) == ["محمود سعد يكشف أسرارا عن أول كاتب مصري", "«الصحة» تعلن عن أماكن الوحدات المتنقلة",
           "قبيلة «الحميدات» تعلن استمرار الحشد بقنا", "العلمي يكشف ملاعب المغرب المرشحة لمونديال 2026",
           "بالفيديو... مجلس عائلة في منطقة المالكية", "حريق في ثكنة عسكرية بالعيون", "حقوق المطلقة في القانون المصري"]


def test_a_call_to_subscribe_to_a_periodical_is_no_story_but_a_report_on_subscribers_is() -> None:
    links = ('<div class="bar"><a href="/podpiska-na-ezhenedelnik-litovskij-kurer/">Подписка на еженедельник «Литовский курьер»'
             " на 2018 год</a></div>"
             '<h3><a href="/2026/03/01/abonnement-au-journal-papier/">Abonnement au journal papier : nos offres pour le'
             " printemps</a></h3>"
             '<h3><a href="/2026/03/01/subscribers-rise/">The newspaper gains 110,000 digital subscribers in a year</a></h3>')
    assert [path for path, _ in page(links)] == ["/2026/03/01/subscribers-rise/"]


def test_a_manset_sliders_picture_slides_with_numbered_buttons_are_stories_without_a_title() -> None:
    # A Turkish front page's "manşet" (its headline slider: "mansetTop", no "slider" in its class) shows each slide's
    # headline only in its picture, and a row of buttons under it links each slide again by its number ("8").
    slides = "".join(f'<li><a href="/haber/gundem/tskdan-idlibde-yeni-gozlem-noktasi-35571{n}.html"><img src="/s{n}.jpg"></a>'
                     "</li>" for n in (1, 2))
    buttons = "".join(f'<li><a href="/haber/gundem/tskdan-idlibde-yeni-gozlem-noktasi-35571{n}.html">{n}</a></li>' for n in (1, 2))
    named = ('<h2><a href="/haber/gundem/basbakan-yildirim-bogazlarda-milli-gemi-trafik-35569.html">Başbakan Yıldırım:'
             " Boğazlarda milli gemi trafik sistemini kuruyoruz</a></h2>")
    manset = (f'<div class="mansetAna netteSampleSlideMain"><div class="maUst netteSampleSlide mansetTop"><ul>{slides}</ul>'
              f'</div><div class="maAlt"><ul class="maBtns">{buttons}</ul></div></div>')
    paths = [path for path, _ in page(manset + named)]
    assert paths == ["/haber/gundem/basbakan-yildirim-bogazlarda-milli-gemi-trafik-35569.html",
                     "/haber/gundem/tskdan-idlibde-yeni-gozlem-noktasi-355711.html",
                     "/haber/gundem/tskdan-idlibde-yeni-gozlem-noktasi-355712.html"]


def test_a_columnists_page_under_the_columnists_folder_is_no_story_but_a_column_filed_there_by_its_slug_is() -> None:
    links = ('<div class="colunista"><a href="/colunistas/celso-oliveira/">Subcomissão promove debate sobre os desafios da'
             " mulher advogada</a></div>"
             '<div class="colunista"><a href="/colunistas/coluna-do-gp1/">João Vicente percorre os passos de Jesus Cristo na'
             " Terra Santa</a></div>"
             '<h3><a href="/colunistas/celso-oliveira/subcomissao-promove-debate-sobre-os-desafios-da-mulher">Subcomissão'
             " promove debate sobre os desafios da mulher advogada</a></h3>" + story(1))
    assert sorted(path for path, _ in page(links)) == [
        "/2026/03/01/story-1/", "/colunistas/celso-oliveira/subcomissao-promove-debate-sobre-os-desafios-da-mulher"]


def test_a_businesss_card_with_its_telephone_number_in_the_headline_is_no_story() -> None:
    links = ('<h3><a href="/live/news.php?newid=10809">Τεχνικό Γραφείο Χρήστος Π. Σιαπαλίδης - Τηλ. 24630 26339 & 694 8786'
             " 532, Πτολεμαΐδα</a></h3>"
             '<h3><a href="/live/news.php?newid=8153">Kουρτίδης-Δομικά-Μονωτικά Υλικά-1ο χλμ. Πτολεμαϊδας-Κοζάνης-Τηλ 24630'
             " 25633</a></h3>"
             # (a report that names a number in its own words is one)
             '<h3><a href="/live/news.php?newid=13177">Telecom outage: 112 calls diverted for 3 hours in the region</a></h3>')
    assert [path for path, _ in page(links)] == ["/live/news.php?newid=13177"]


def test_a_link_opening_with_for_more_details_is_no_story_but_a_headline_that_mentions_details_is() -> None:
    links = ('<h3><a href="/help/Article-c7430c4a7b9d631006.htm">לפרטים נוספים והוראות</a></h3>'
             '<h3><a href="/info/Article-c7430c4a7b9d631007.htm">Pour plus d\'informations sur le concours du mois</a></h3>'
             '<h3><a href="/2026/03/01/details-emerge/">More details emerge on the minister\'s resignation</a></h3>')
    assert [path for path, _ in page(links)] == ["/2026/03/01/details-emerge/"]


def test_a_call_to_read_more_in_arabic_persian_or_hebrew_after_a_headline_is_left_out_of_it() -> None:
    titles = headlines_of_headings(["الرئيس يزور القاهرة بعد غد الاثنين للمزيد..", "مصر تستأنف ضخ الغاز اعتباراً من العام المقبل اقرأ المزيد",
                                    "خبر مهم درباره انتخابات شهر آینده ادامه مطلب", "הממשלה אישרה את התקציב החדש קרא עוד »"])
    assert titles == ["الرئيس يزور القاهرة بعد غد الاثنين", "مصر تستأنف ضخ الغاز اعتباراً من العام المقبل",
                      "خبر مهم درباره انتخابات شهر آینده", "הממשלה אישרה את התקציב החדש"]


def test_a_buttons_call_inside_a_link_after_its_headline_is_no_word_of_it() -> None:
    html = ('<div class="mainnews"><a href="/2026/03/01/story-1/">Drones will deliver parcels in the city<br>'
            '<span class="b__mainnews-btn">Open</span></a></div>'
            '<div class="list"><a href="/2026/03/01/story-2/">The new bridge opens to traffic next week '
            '<span class="read-button">Read</span></a></div>'
            '<h2><a href="/2026/03/01/story-3/">Makers of the <span class="btn">button</span> raise its price</a></h2>')
    assert [title for _, title in page(html)] == ["Drones will deliver parcels in the city",
                                                  "The new bridge opens to traffic next week",
                                                  "Makers of the button raise its price"]


def test_a_call_to_watch_in_russian_or_ukrainian_before_a_colon_is_a_media_marker_left_out() -> None:
    assert headlines_of_headings(["Смотрите: танцевальный флешмоб эстонской полиции", "Дивіться: як будували новий міст",
                                  "Смотрите в оба: правила дорожного движения меняются"]) == [
        "танцевальный флешмоб эстонской полиции", "як будували новий міст", "Смотрите в оба: правила дорожного движения меняются"]


def test_a_photo_or_video_report_label_in_russian_or_ukrainian_before_a_colon_is_left_out() -> None:
    assert headlines_of_headings(["Фоторепортаж: Пожарные тушили огонь на улице Кауняс",
                                  "Відеорепортаж: як будували новий міст через Дніпро",
                                  "Фотоотчет: в Даугавпилсе прошел весенний марафон"]) == [
        "Пожарные тушили огонь на улице Кауняс", "як будували новий міст через Дніпро", "в Даугавпилсе прошел весенний марафон"]


def test_a_story_at_its_slug_alone_beside_its_id_and_slug_in_one_folder_is_one_entry_either_way_round() -> None:
    slug = "eu-chief-says-the-britons-contradict-themselves"
    words = "EU chief says the Britons contradict themselves"
    id_first = page(headed(f"/artikel/167022-{slug}", words) + headed(f"/artikel/{slug}", words) + story(1))
    assert [path for path, _ in id_first] == [f"/artikel/167022-{slug}", "/2026/03/01/story-1/"]
    slug_first = page(headed(f"/artikel/{slug}", words) + headed(f"/artikel/167022-{slug}", words) + story(1))
    assert [path for path, _ in slug_first] == [f"/artikel/{slug}", "/2026/03/01/story-1/"]
    # two stories of two ids under one slug stay two; one folder's slug does not join another folder's id
    two = page(headed(f"/artikel/167022-{slug}", words) + headed(f"/artikel/167099-{slug}", words)
               + headed(f"/blog/{slug}", words))
    assert [path for path, _ in two] == [f"/artikel/167022-{slug}", f"/artikel/167099-{slug}", f"/blog/{slug}"]


def test_a_topics_page_its_links_class_calls_a_category_label_is_no_story_nor_the_lead() -> None:
    flag = '<a class="category-flag" href="/kategorie/6572/petka-vaclava-klause">Pětka Václava Klause ml.</a>'
    teaser = f'<article>{flag}<h1><a href="/2026/03/01/story-1/">Václav Klaus ml.: Politika do školy nepatří</a></h1></article>'
    assert [path for path, _ in page(teaser + story(2))] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/"]
    # an item of a category's page keeps its story: the class names the list it sits in, not a label
    item = '<a class="category-page-item-text" href="/category/6572/the-best-baby-strollers-of-the-year">The best baby strollers of the year</a>'
    assert "/category/6572/the-best-baby-strollers-of-the-year" in [path for path, _ in page(item + story(2))]


def test_a_slide_a_script_links_by_data_href_leads_where_the_page_also_links_its_story() -> None:
    slide = ('<div class="slider"><div class="n2-ss-layers-container" onclick="" data-href="/2026/03/01/story-9/">'
             '<div class="layer">Fatma wins the packaging contest of the year</div></div></div>')
    latest = '<ul><li><a href="/2026/03/01/story-9/">Fatma wins the packaging contest of the year</a></li></ul>'
    assert [path for path, _ in page(slide + story(1) + latest)][:2] == ["/2026/03/01/story-9/", "/2026/03/01/story-1/"]
    # an address only a script opens (no link of the page goes there) stays unread
    ticker = '<div data-href="/2026/03/01/story-8/">A ticker line only a script opens to its story</div>'
    assert [path for path, _ in page(ticker + story(1))] == ["/2026/03/01/story-1/"]


def test_a_time_in_brackets_after_a_long_or_a_chinese_headline_is_when_it_was_posted_not_its_words() -> None:
    assert headlines_of_headings(["Tamar Zandberg elected to lead the Meretz party at last (22:39)",
                                  "【唔怕輸】謝霆鋒鬥星級名廚David Rocco博一鋪 (22:40)",
                                  "Bayern beat Dortmund at home on Saturday night (3:1)", "Die Tagesschau am Abend (20:00)"]) == [
        "Tamar Zandberg elected to lead the Meretz party at last", "【唔怕輸】謝霆鋒鬥星級名廚David Rocco博一鋪",
        "Bayern beat Dortmund at home on Saturday night (3:1)", "Die Tagesschau am Abend (20:00)"]


def test_a_tiles_label_before_a_headline_opening_with_that_label_and_a_colon_is_read_once() -> None:
    html = ('<div class="tile"><a href="/2026/03/01/story-1/"><img src="a.jpg" alt="王慧麟"><h2>王慧麟</h2>'
            '<div class="desc">王慧麟：政府需要的「三力」</div></a></div>'
            '<div class="tile"><a href="/2026/03/01/story-2/"><img src="b.jpg" alt="Opinion"><h2>Opinion</h2>'
            '<div class="desc">Opinion: the city needs more buses now</div></a></div>'
            '<a href="/2026/03/01/story-3/">Tom Tom gave the police its speed records of the year</a>')
    assert [title for _, title in page(html)] == ["王慧麟：政府需要的「三力」", "Opinion: the city needs more buses now",
                                                  "Tom Tom gave the police its speed records of the year"]


def test_a_folder_of_shops_offers_or_a_papers_leaflets_holds_no_story_unless_its_page_is_dated() -> None:
    html = (headed("/e-beilagen/aktuelle-angebote/obi-GI7587459", "Obi: alles für Ihren Garten diese Woche")
            + headed("/motor-ofertas/2014/12/09/ferrari-sergio-6-unidades/21992.html", "Ferrari Sergio: sólo 6 unidades")
            + story(1))
    assert [path for path, _ in page(html)] == ["/motor-ofertas/2014/12/09/ferrari-sergio-6-unidades/21992.html",
                                                "/2026/03/01/story-1/"]


def test_a_sections_page_by_its_number_and_name_under_an_index_folder_is_no_story_whatever_its_link_says() -> None:
    html = (headed("/seccion/1102059412/revista-luces", "El talento natural de Paty Cantú en la revista")
            + headed("/seccion/1102140761/dia-de-la-mujer", "Día de la Mujer en la ciudad")
            + headed("/seccion/1102140761/el-estado-debe-pagar-usd-140-mil-a-una-mujer",
                            "El Estado debe pagar USD 140 mil a una mujer")
            + story(1))
    assert [path for path, _ in page(html)] == ["/seccion/1102140761/el-estado-debe-pagar-usd-140-mil-a-una-mujer",
                                                "/2026/03/01/story-1/"]


def test_a_categorys_page_by_its_name_then_its_number_is_no_story_but_a_dated_storys_is() -> None:
    html = (headed("/category/index/Aparajitha/11287", "An Exclusive Section for Women")
            + headed("/category/index/Auto-News/11233", "Auto News of the week, all in one place")
            # (nor a story filed under a day's folder, a short slug before its number)
            + headed("/es/videos/tematicas/20151102/di-maria-vuelta-madrid/3554604.shtml", "Di María ya está de vuelta en Madrid")
            + story(1))
    assert sorted(path for path, _ in page(html)) == [
        "/2026/03/01/story-1/", "/es/videos/tematicas/20151102/di-maria-vuelta-madrid/3554604.shtml"]


def test_hungarian_video_after_a_dash_is_a_media_marker_left_out() -> None:
    assert headlines_of_headings(["Összeverekedtek a csapattársak, két piros villant – videó",
                                  "Hamiltont elvitte egy körre a 22 éves modell – VIDEÓ",
                                  "Orbán tompai videója akciódús, mint egy epizód"]) == [
        "Összeverekedtek a csapattársak, két piros villant", "Hamiltont elvitte egy körre a 22 éves modell",
        "Orbán tompai videója akciódús, mint egy epizód"]


def test_a_media_marker_in_brackets_before_a_kickers_colon_is_left_out_and_the_kicker_stays() -> None:
    assert headlines_of_headings(["Tunisie [Audio]: Grève ouverte des propriétaires de taxis individuels",
                                  "Tunisie [Photos] : Retour de la neige à Kasserine avec de nouvelles chutes",
                                  "Le groupe (Vidéo Club) ouvre un nouveau magasin à Sousse demain"]) == [
        "Tunisie: Grève ouverte des propriétaires de taxis individuels",
        "Tunisie : Retour de la neige à Kasserine avec de nouvelles chutes",
        "Le groupe (Vidéo Club) ouvre un nouveau magasin à Sousse demain"]


def test_a_photographers_credit_in_brackets_after_a_headline_is_left_out() -> None:
    assert headlines_of_headings(["Miles de personas despiden a las Hogueras en la playa (fotos RAFA MOLINA)",
                                  "Les pompiers sauvent un chat coincé sur le toit (photo: Jean Dupont)"]) == [
        "Miles de personas despiden a las Hogueras en la playa", "Les pompiers sauvent un chat coincé sur le toit"]


def test_a_columns_page_by_its_number_and_its_writers_name_is_no_story_but_a_column_by_its_slug_is() -> None:
    html = (headed("/coluna/9/Jesse-Souza", "\u201cO que há por trás da chacina nesta semana\u201d")
            + headed("/vesti/kolumne/373775/pisma-iz-magle-kako-je-opoziciju-razbio-inat",
                            "Pisma iz magle: kako je opoziciju razbio inat")
            + story(1))
    assert [path for path, _ in page(html)] == ["/vesti/kolumne/373775/pisma-iz-magle-kako-je-opoziciju-razbio-inat",
                                                "/2026/03/01/story-1/"]


def test_a_root_page_the_menu_names_by_its_own_name_is_a_section_whatever_headline_a_box_links_to_it() -> None:
    # Italpress's partners' channels: the menu names each ("<a href='/bosch/'>Bosch</a>"), a box of each links the same
    # address under the channel's newest headline ("BOSCH POWER TOOLS, FATTURATO +5% NEL 2017")
    folder = Path(__file__).parent / "fixtures" / "frontpages-judgenv"
    url = "https://www.italpress.com/"
    paths = [entry.url.removeprefix(url.rstrip("/"))
             for entry in read_front_page(gzip.decompress((folder / "italpress.html.gz").read_bytes()), url).entries]
    assert not {"/bosch", "/bosch/", "/a2a/", "/a2a", "/fiaip", "/subaru", "/regione-toscana/"} & set(paths)
    assert "/politica/m5s-grillo-mutazione-genetica-ma-no-inciuci" in paths


def test_a_name_whose_comma_separated_fields_say_author_or_tag_is_no_story() -> None:
    assert path_kind("www.newsweek.pl/renata-grochal,autor,50830,1.html", "www.newsweek.pl/") == NOT_STORY
    assert path_kind("www.newsweek.pl/brexit,tag,1200,1.html", "www.newsweek.pl/") == NOT_STORY
    assert path_kind("www.newsweek.pl/polska/przeciwko-czystkom-w-sadach,artykuly,424794,1.html",
                     "www.newsweek.pl/") > NOT_STORY


def test_a_job_boards_subdomain_in_russian_polish_or_other_languages_holds_no_story() -> None:
    html = ('<h3><a href="https://rabota.news.example.com/tips-Топ+вакансии+за+границей-543">Топ вакансии за границей этой весной</a></h3>'
            '<h3><a href="https://praca.news.example.com/oferta/kierownik-sklepu-warszawa-123456">Kierownik sklepu w Warszawie od zaraz</a></h3>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_video_catalogues_script_asked_for_one_news_story_by_its_id_is_that_storys_clip() -> None:
    html = ('<ul class="videos"><li><a href="/vod.aspx?newsid=358841&videoid=89889">車牌號碼一樣…別人違停他吃罰單</a></li>'
            '<li><a href="/vod.aspx?newsid=358786&videoid=89873">內褲賊屢闖車庫犯案 屋主PO影找人</a></li>'
            '<li><a href="/vod/movie/2781367/the-great-film-to-rent">The great film to rent this weekend</a></li></ul>' + story(1))
    paths = [path for path, _ in page(html)]
    assert "/vod.aspx?newsid=358841&videoid=89889" in paths and "/vod.aspx?newsid=358786&videoid=89873" in paths
    assert "/vod/movie/2781367/the-great-film-to-rent" not in paths
    # the clip of a story whose own page the page links too, asked by the same news id: one entry
    both = page('<h3><a href="/News.aspx?NewsID=358869">母女遭家暴繼父狂砍 女兒：先救我媽</a></h3>'
                '<ul><li><a href="/vod.aspx?newsid=358869&videoid=89866">母女遭家暴繼父狂砍 女兒：先救我媽</a></li></ul>' + story(1))
    assert sorted(path for path, _ in both) == ["/2026/03/01/story-1/", "/News.aspx?NewsID=358869"]


def test_an_account_form_named_in_a_segment_of_two_or_three_words_is_no_story_and_never_the_lead() -> None:
    # "Meld je aan voor je gepersonaliseerde startpagina." (sign in for your own start page) above the top story
    html = ('<div class="pane-content"><a href="/kerknet/register-form">Meld je aan voor je gepersonaliseerde startpagina.'
            '</a><a href="/user_login">Log in to read every story of the site</a></div>' + story(1) + story(2))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/", "/2026/03/01/story-2/"]
    # (a story's slug saying more than a form is one)
    assert path_kind("news.example.com/2026/03/01/how-to-register-to-vote-in-the-spring-election/",
                     "news.example.com/") > NOT_STORY


def test_a_joined_read_more_link_five_blocks_below_its_teasers_heading_takes_that_heading() -> None:
    # A Drupal teaser: the picture's block holds the link ("readmore"), its sibling block the unlinked heading.
    def teaser(slug: str, words: str) -> str:
        return (f'<div class="node genesis_teaser"><div class="inner"><div class="ds-background"><div class="field">'
                f'<div class="field-items"><div class="field-item"><img src="{slug}.jpg"></div></div></div>'
                f'<div class="field"><div class="field-items"><div class="field-item"><a href="/redactie/blog/{slug}">'
                f'readmore</a></div></div></div></div><div class="ds-on-top"><div class="field"><div class="field-items">'
                f'<div class="field-item"><h2>{words}</h2></div></div></div></div></div></div>')
    html = teaser("marijke-bereidt-zich-voor-op-het-vormsel", "Marijke (62!) bereidt zich voor op het vormsel") \
        + teaser("vasten-verbindt-de-gemeenschap", "Vasten verbindt de gemeenschap")
    assert page(html) == [("/redactie/blog/marijke-bereidt-zich-voor-op-het-vormsel",
                           "Marijke (62!) bereidt zich voor op het vormsel"),
                          ("/redactie/blog/vasten-verbindt-de-gemeenschap", "Vasten verbindt de gemeenschap")]


def test_an_arabic_call_to_read_the_whole_story_takes_its_slides_heading_and_the_slide_leads() -> None:
    # "إقرأ الموضوع كاملاً" (read the whole story) under a wide slider's heading: the slider's first story is the top one.
    def slide(n: int, words: str) -> str:
        return (f'<div class="wideslider-sheet"><div class="wideslider-info"><h1 class="ws-title">{words}</h1>'
                f'<div class="ws-intro">ملخص الخبر في سطر واحد طويل بما يكفي ليكون ملخصا</div><div class="ws-more">'
                f'<a class="btn" href="/news/2018/3447/world/48698{n}.html">إقرأ الموضوع كاملاً</a></div></div></div>')
    html = (f'<div class="wideslider">{slide(1, "الغوطة الشرقية.. أول دفعة من أحرار الشام تغادر حرستا")}'
            f'{slide(2, "استعدادات مكثفة لاستقبال زوار الفورمولا الـ 14")}</div>'
            '<h3><a href="/news/2018/3447/bahrain/486908.html">تأجيل قضية علي سلمان و 2 آخرين لجلسة 24 أبريل</a></h3>')
    entries = page(html)
    assert entries[0] == ("/news/2018/3447/world/486981.html", "الغوطة الشرقية.. أول دفعة من أحرار الشام تغادر حرستا")
    assert ("/news/2018/3447/world/486982.html", "استعدادات مكثفة لاستقبال زوار الفورمولا الـ 14") in entries


def test_a_list_whose_first_line_is_a_breaking_news_label_is_a_strip_and_the_top_story_below_leads() -> None:
    alerts = ('<ul class="Box-list-normal"><li class="alerttitle">Breaking News</li>'
              '<li><a href="/ncaa/2018/03/umbc-defeats-top-seeded-virginia/">UMBC upsets top-seeded Virginia in the first round</a></li>'
              '<li><a href="/national/2018/03/sessions-fires-mccabe/">Sessions fires former FBI Deputy Director McCabe</a></li>'
              '<li><a href="/entertainment/2018/03/trump-lawyer-claims-damages/">Trump lawyer claims up to $20m in damages</a>'
              '</li></ul>')
    top = ('<div class="Box-featured"><a href="/county/2018/03/elevated-lead-levels-found-in-schools/"><img src="bus.jpg"></a>'
           '<h3><a href="/county/2018/03/elevated-lead-levels-found-in-schools/">Elevated lead levels at half of the schools'
           ' tested so far</a></h3><p>It is early in the process, but more than half the schools tested so far show lead.</p>'
           '</div>')
    assert page(alerts + top)[0][0] == "/county/2018/03/elevated-lead-levels-found-in-schools/"
    # (a block of teasers whose first words happen to be such a label is no strip)
    teasers = ('<div class="box"><p>Breaking News</p><h2><a href="/2026/03/01/story-1/">Story 1: a headline of several'
               ' words</a></h2><img src="1.jpg"></div>')
    assert page(teasers + story(2))[0][0] == "/2026/03/01/story-1/"


def test_a_part_of_a_link_its_class_calls_a_sub_headline_is_no_headline_beside_the_headline() -> None:
    slide = ('<a class="content-link" title="Was kommt nach Renault?" href="/news/2018-03-20/red-bull-nach-renault-kommt-'
             'honda-oder-porsche"><figure><img src="a.jpg" alt="Was kommt nach Renault?"><figcaption><span class="sub-headline">'
             'Red Bull: Alternativen Honda, Aston Martin &amp; Porsche</span><span class="headline">Was kommt nach Renault?'
             '</span></figcaption></figure></a>')
    assert page(slide) == [("/news/2018-03-20/red-bull-nach-renault-kommt-honda-oder-porsche", "Was kommt nach Renault?")]


def test_a_pictures_caption_its_alt_repeats_is_the_headline_where_the_title_describes_the_gallery_or_video() -> None:
    def item(path: str, title: str, caption: str) -> str:
        return (f'<div class="block-image"><a title="{title}" href="{path}"><figure><img src="x.jpg" alt="{caption}">'
                f'<figcaption>{caption}</figcaption></figure></a></div>')
    html = (item("/fotos/2018/expertenwertung-so-stark-sind-die-f1-teams/1467667",
                 "Fotostrecke: Experte Gary Anderson bewertet die Stärke der Formel-1-Teams nach den Testfahrten",
                 "Expertenwertung: So stark sind die F1-Teams")
            + item("/vc/14018", "Video: Toro Rossos Brendon Hartley blickt auf den Formel-1-Saisonauftakt in Melbourne",
                   "Toro Rosso: Australien-Preview mit Brendon Hartley"))
    assert [title for _, title in page(html)] == ["Expertenwertung: So stark sind die F1-Teams",
                                                  "Toro Rosso: Australien-Preview mit Brendon Hartley"]


def test_a_thai_or_korean_media_marker_in_brackets_after_a_headline_is_left_out() -> None:
    assert headlines_of_headings(["เจ.มุ้ย ลงซ้อมทีมชาติชุดใหญ่ (คลิป)",
                                  "ลี้ลับสยองขวัญ !! สุดยอดสิ่งของต้องคำสาป !!(มีภาพ)",
                                  "ไม่ใช่ว่าใครก็ได้ เฉพาะผู้ถูกเลือกเท่านั้น !!! #มีคลิป",
                                  "비 오자 음원차트 역주행하는 헤이즈 '비도 오고 그래서' (영상)",
                                  "난리난 한화이글스 치어리더 '20살' 조연주 (사진 13장)"]) == [
        "เจ.มุ้ย ลงซ้อมทีมชาติชุดใหญ่", "ลี้ลับสยองขวัญ !! สุดยอดสิ่งของต้องคำสาป !!",
        "ไม่ใช่ว่าใครก็ได้ เฉพาะผู้ถูกเลือกเท่านั้น !!!", "비 오자 음원차트 역주행하는 헤이즈 '비도 오고 그래서'",
        "난리난 한화이글스 치어리더 '20살' 조연주"]


def test_a_link_to_more_of_two_kinds_joined_by_an_ampersand_or_and_is_no_story() -> None:
    html = ('<a href="/fotos-videos/alles-fotos-fotostrecken-und-videos?hash=eed3a83330cc8728aec15aa1d5bbcad4">Mehr Fotos'
            ' &amp; Fotostrecken</a><a href="/media/all-photos-and-videos-of-the-week-2026/123456">More photos and videos</a>'
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_story_a_japanese_pr_label_marks_as_a_brands_article_is_no_story() -> None:
    special = ('<div class="block"><span class="title">SPECIAL</span><ul class="list-thumb"><li><a href="/articles/-/6543">'
               '<div class="left"><img src="a.jpg" alt="羽田空港からJR東日本の駅清掃へ"></div><div class="right">'
               '<span class="list-item pr">PR</span><span class="title">羽田空港からJR東日本の駅清掃へ。女性クルーは「駅に恩返しがしたい」'
               '</span></div></a></li></ul></div>')
    news = '<h2><a href="/articles/-/6451">神童は大人になってどうなったのか？東大合格したZ会出身の神童</a></h2>'
    assert [path for path, _ in page(news + special)] == ["/articles/-/6451"]


def test_a_carousel_whose_class_also_names_its_arrows_navigation_is_a_carousel_of_stories_not_a_menu() -> None:
    # "carousel carousel-nav": the slides are pictures whose title attribute and alt are the stories' headlines
    def slide(n: int, words: str) -> str:
        return (f'<div class="item"><a href="/kibris/story-number-{n}-of-the-day-h24364{n}.html" title="{words}">'
                f'<img src="{n}.jpg" alt="{words}"></a></div>')
    carousel = ('<div id="rise-headline" class="carousel carousel-nav rise-headline"><div class="carousel-inner">'
                + slide(1, "KKTC'de yaşayan Rum ve Maronitleri sevindirecek haber!")
                + slide(2, "Bakan Besim organ bağışı çağrısı yaptı")
                + slide(3, "Halen tarım ve hayvancılık yapılıyor; tehlike çok büyük") + '</div></div>')
    paths = [path for path, _ in page(carousel + story(1))]
    assert paths[:3] == ["/kibris/story-number-1-of-the-day-h243641.html", "/kibris/story-number-2-of-the-day-h243642.html",
                         "/kibris/story-number-3-of-the-day-h243643.html"]


def test_a_nordic_call_to_see_the_pictures_or_the_video_before_a_headline_is_left_out() -> None:
    assert headlines_of_headings(["SE BILLEDERNE: Prins Nikolai er alletiders storebror",
                                  "Se bildene: Slik ble det nye rådhuset i Drammen",
                                  "Katso video ja kuvat: Åbo Akademin Kirjatornissa piilee aarteita"]) == [
        "Prins Nikolai er alletiders storebror", "Slik ble det nye rådhuset i Drammen",
        "Åbo Akademin Kirjatornissa piilee aarteita"]


def test_a_nordic_or_dutch_contests_folder_holds_no_story() -> None:
    html = (headed("/konkurrence/vind-billetter-til-liveshows-i-x-factor", "VIND billetter til liveshows i X Factor")
            + headed("/winactie/win-een-weekend-weg-naar-de-ardennen", "Win een weekend weg naar de Ardennen") + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_short_greek_or_cyrillic_headline_stays_where_its_latin_slug_spells_it_however_transliterated() -> None:
    teasers = [("/2018/03/17/tapeinotiki-itta", "Ταπεινωτική ήττα!"),
               ("/954337/opinion/politikh/krish-diarkeias", "Κρίση διαρκείας"), ("/2018/03/17/shchuka-klyuyot", "Щука клюёт"),
               ("/2018/03/17/putin-vyigral-vybory", "Политика")]  # (not a label over a slug of other words)
    html = story(1) + "".join(f'<article><h3><a href="{href}">{words}</a></h3><p>The summary of the story, a sentence.</p>'
                              '</article>' for href, words in teasers)
    assert [title for _, title in page(html)] == ["Story 1: a headline of several words", "Ταπεινωτική ήττα!",
                                                   "Κρίση διαρκείας", "Щука клюёт"]


def test_a_cjk_day_or_a_short_text_wholly_in_brackets_gives_way_to_the_teasers_headline() -> None:
    def teaser(day: str, label: str, words: str) -> str:
        return (f'<div class="clmnBox"><a href="/kp/rensai/note/2018/{day}.html"><img src="/{day}.jpg"></a>'
                f'<div class="clmnDate"><a href="/kp/rensai/note/2018/{day}.html">{label}</a></div>'
                f'<div class="clmnDetail"><a href="/kp/rensai/note/2018/{day}.html">{words}</a></div></div>')
    html = (teaser("180314", "【2018年3月14日】", "京都スタジアム　市民の施設へ活用法示せ")
            + teaser("180307", "[이유림]", "안철수 백의종군 한달만에 복귀… 18일 기자회견 예고")
            + teaser("180228", "2018년 3월 16일", "임순례 감독 미투가 공작? 잡스럽다 김어준에 직격탄"))
    assert [title for _, title in page(html)] == ["京都スタジアム 市民の施設へ活用法示せ", "안철수 백의종군 한달만에 복귀… 18일 기자회견 예고",
                                                   "임순례 감독 미투가 공작? 잡스럽다 김어준에 직격탄"]
    # (a quote in corner brackets is a headline)
    assert [title for _, title in page(teaser("180221", "[写真]", "「日本人でよかった」"))] == ["「日本人でよかった」"]


def test_a_portuguese_promotions_or_draws_folder_holds_no_story() -> None:
    html = (headed("/entretenimento/promocoes/ler.asp?acao=abrir&id=2318", "Concorra a ingresso para Masha e o Urso")
            + headed("/sorteios/2026/03/sorteio-de-ingressos-para-o-show-de-sabado", "Sorteio de ingressos para o show de"
                     " sábado") + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_cms_uploads_page_is_no_story_but_the_story_its_picture_sits_beside_is() -> None:
    # The picture's link goes to its upload's page ("/files/<slug>"), the headline's to the story ("/setempat/<slug>").
    teasers = "".join(f'<div class="teaser"><a href="/files/{slug}"><img src="/{slug}.jpg" alt="{title}"></a>'
                      f'<h3><a href="/setempat/{slug}">{title}</a></h3></div>'
                      for slug, title in [("irfan-fandi-bangga-sarung-jersi-polis", "Irfan Fandi bangga sarung jersi polis"),
                                          ("guna-mesin-bagi-tingkat-produktiviti", "Guna mesin bagi tingkat produktiviti")])
    attachment = '<a href="/2026/03/01/story-9/attachment/the-floods-in-pictures/">The floods in pictures, one by one</a>'
    assert [path for path, _ in page(teasers + attachment)] == ["/setempat/irfan-fandi-bangga-sarung-jersi-polis",
                                                                "/setempat/guna-mesin-bagi-tingkat-produktiviti"]


def test_a_games_databases_page_of_one_game_is_no_story_but_a_games_sections_news_is() -> None:
    html = (headed("/game/assassins-creed-rogue-remastered/", "Assassin’s Creed Rogue Remastered")
            + headed("/jeu/far-cry-5-22773.htm", "Far Cry 5, le jeu et ses actualités")
            + headed("/games/22206-pubg-para-celular-chega-aos-estados-unidos", "PUBG para celular chega aos Estados Unidos")
            + headed("/game/2018/03/12/far-cry-5-review/", "Far Cry 5 review: a wild ride through Montana"))
    assert [path for path, _ in page(html)] == ["/games/22206-pubg-para-celular-chega-aos-estados-unidos",
                                                "/game/2018/03/12/far-cry-5-review/"]


def test_a_games_databases_script_asked_for_one_game_by_its_id_is_no_story() -> None:
    html = (headed("/gra.asp?ID=19678", "Far Cry 5, strzelanina w otwartym świecie Montany")
            + headed("/game.php?id=2083", "Assassin’s Creed Rogue Remastered, the game and its news"))
    assert [path for path, _ in page(story(1) + html)] == ["/2026/03/01/story-1/"]


def test_a_cookery_folder_holds_recipes_no_story() -> None:
    html = (headed("/index.php/culinaria/item/9694-receita-de-calulu-de-peixe-fresco", "Receita de Calulu de Peixe Fresco")
            + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_an_italian_commercial_partners_folder_holds_no_story() -> None:
    html = (headed("/partners-commerciali/cicli-bortolotto-e-il-mondo-della-bicicletta-a-prezzi-incredibili-90894",
                   "CICLI BORTOLOTTO E' IL MONDO DELLA BICICLETTA A PREZZI INCREDIBILI") + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_spanish_sponsored_folder_holds_no_story() -> None:
    html = (headed("/auspiciado/el-endulzante-lanza-iniciativa-con-tres-especialistas/719856350",
                   "El endulzante lanza iniciativa con tres especialistas")
            + headed("/patrocinado/nueva-tarjeta-de-credito-con-beneficios-para-viajeros/719856351",
                     "Nueva tarjeta de crédito con beneficios para viajeros") + story(1))
    assert [path for path, _ in page(html)] == ["/2026/03/01/story-1/"]


def test_a_podcasts_marker_in_brackets_or_a_media_word_after_a_bar_glued_to_the_headline_is_left_out() -> None:
    assert headlines_of_headings(["Enfocando la animación en Cuba (+ Podcast)",
                                  "District attorney drama, general election predictions (podcast)",
                                  "“Firma e Pesta”: a Portofino Toti, chef stellati e i Trilli| Video",
                                  "AC|DC live in Paris for the first time in ten years"]) == [
        "Enfocando la animación en Cuba", "District attorney drama, general election predictions",
        "“Firma e Pesta”: a Portofino Toti, chef stellati e i Trilli", "AC|DC live in Paris for the first time in ten years"]


def test_a_korean_media_or_breaking_label_in_brackets_before_a_headline_is_left_out_but_exclusive_stays() -> None:
    assert headlines_of_headings(["&lt;속보&gt; 신의현, 크로스컨트리 7.5km 우승…패럴림픽 사상 첫 금메달",
                                  "[사진]하일지 교수의 미투 해명 기자회견",
                                  "[영상] 한국의 해외입양, 65년의 '적폐'",
                                  "[단독] 조선일보 사장 손녀, 운전기사 ‘폭언’ 녹취록 공개"]) == [
        "신의현, 크로스컨트리 7.5km 우승…패럴림픽 사상 첫 금메달", "하일지 교수의 미투 해명 기자회견",
        "한국의 해외입양, 65년의 '적폐'", "[단독] 조선일보 사장 손녀, 운전기사 ‘폭언’ 녹취록 공개"]


def test_a_blogs_post_at_its_months_permalink_and_at_its_sections_is_one_entry_but_two_days_posts_stay_two() -> None:
    slug = "botafogo-pb-vence-mas-sousa-promete-ir-ao-tjd"
    words = "Botafogo-PB vence, mas Sousa promete ir ao TJD"
    for first, second in ((f"/esportes/{slug}/", f"/2018/03/{slug}/"), (f"/2018/03/{slug}/", f"/esportes/{slug}/")):
        assert [path for path, _ in page(headed(first, words) + story(1) + headed(second, words))] == [
            first, "/2026/03/01/story-1/"]
    column = "the-weekly-roundup-of-the-news"
    assert len(page(headed(f"/2018/03/19/{column}/", "The weekly roundup of the news this Monday")
                    + headed(f"/2018/03/26/{column}/", "The weekly roundup of the news next Monday"))) == 2


def test_a_columns_short_title_over_its_writers_name_is_the_headline_not_the_two_run_together() -> None:
    def column(n: int, title: str, name: str) -> str:
        return (f'<li><a href="/posts/47996{n}.html"><div class="tcolumns-row"><div class="image"><img src="p{n}.jpg"></div>'
                f'<div class="tcl-text"><div class="subtitle isempty"></div><div class="tcltitle">{title}</div>'
                f'<div class="name">{name}</div></div></div></a></li>')
    html = f'<ul>{column(8, "العمر ساعة", "غادة عبد الرحيم")}{column(7, "لكي نستمر", "فاطمة الجمعة")}</ul>'
    assert page(html) == [("/posts/479968.html", "العمر ساعة"), ("/posts/479967.html", "لكي نستمر")]


def test_a_writers_job_title_beside_the_name_in_a_columnists_box_does_not_title_the_column() -> None:
    box = ('<ul><li><a href="/aile/yazarlar/yasemin-soyturk-ozseren/kamburluk-kifoz-tedavisi-41636229"><img src="a.jpg"'
           ' alt="Yasemin Soytürk Özseren"><strong class="name">Yasemin Soytürk Özseren</strong><span class="company-title">'
           'Aile Yazarı</span><span class="desc">Kamburluk (kifoz) tedavisi</span></a></li></ul>')
    assert [title for _, title in page(box)] != ["Aile Yazarı"]


def test_of_a_links_several_headings_the_one_its_pictures_alt_repeats_is_the_headline_however_short() -> None:
    def item(path: str, kicker: str, words: str) -> str:
        return f'<li><a href="{path}"><h4>{kicker}</h4><img src="x.jpg" alt="{words}"><h3>{words}</h3></a></li>'
    html = ("<ul>" + item("/colunista/wellington-fagundes/2026/03/13/enfim-a-terra.html", "Wellington Fagundes",
                          "Enfim, a terra!")
            + item("/chroniques/2026/03/14/bof-bof.html", "Chronique du mardi", "Kronik : bof-bof") + "</ul>"
            + story(1) + story(2))
    titles = dict(page(html))
    assert titles["/colunista/wellington-fagundes/2026/03/13/enfim-a-terra.html"] == "Enfim, a terra!"
    assert titles["/chroniques/2026/03/14/bof-bof.html"] == "Kronik : bof-bof"
    # (where the address needs a headline's words to name a story, a short one would lose it: the link keeps its words)
    kept = dict(page("<ul>" + item("/chroniques/bof-bof.php", "Chronique du mardi", "Kronik : bof-bof")
                     + item("/humeurs/federation-francaise-des-motards-en-colere.php", "Humeur du jeudi",
                            "Z'humeurs : la FFMC en colère contre les radars") + "</ul>" + story(1) + story(2)))
    assert kept["/chroniques/bof-bof.php"] == "Chronique du mardi Kronik : bof-bof"


def test_a_media_label_before_a_slash_a_doubled_colon_or_in_cyrillic_brackets_is_left_out() -> None:
    assert headlines_of_headings(["FOTOT/ Festa e çmendur e studentëve: Alkool, drogë dhe shumë zhveshje",
                                  "Video / Dj Arafat à Sa Maman « Tu Me Laissait Crécher Chez Tes Copains »",
                                  "(ВИДЕО) Груевски: Не сакав да предизвикам инцидент со Џафери",
                                  "فیلم:: حداد عادل 70 درصد کسانی که در آشوبهای اخیر دستگیر شدند، بیکار بودند",
                                  "کاریکاتور؛ چماق جهل بر سر دختران انقلاب در خیابان",
                                  "Video/Audio streaming grows faster than cable this year"]) == [
        "Festa e çmendur e studentëve: Alkool, drogë dhe shumë zhveshje",
        "Dj Arafat à Sa Maman « Tu Me Laissait Crécher Chez Tes Copains »",
        "Груевски: Не сакав да предизвикам инцидент со Џафери",
        "حداد عادل 70 درصد کسانی که در آشوبهای اخیر دستگیر شدند، بیکار بودند",
        "چماق جهل بر سر دختران انقلاب در خیابان", "Video/Audio streaming grows faster than cable this year"]


def test_a_showcase_of_slides_whose_empty_links_sit_before_their_captions_words_holds_the_lead() -> None:
    def slide(slug: str, words: str) -> str:
        return (f'<div class="showcase-item"><i class="date-item">17 mar. 12:15</i><img src="{slug}.jpg" alt="Image">'
                f'<span><a href="/md/politica/{slug}"></a>{words}</span><a href="/md/politica/{slug}"></a></div>')
    showcase = ('<div class="header-showcase clearfix">'
                + slide("voronin-anunta-ce-candidati-va-sustine-pcrm-la-alegeri",
                        "Voronin anunță ce candidați va susține PCRM la alegerile din Chișinău și Bălți")
                + slide("dodon-i-a-transmis-un-mesaj-de-felicitare-presedintelui-chinez",
                        "Dodon i-a transmis un mesaj de felicitare președintelui chinez") + "</div>")
    item = ('<div class="article-item"><a href="/md/in-lume/ucraina-le-interzice-cetatenilor-rusi-sa-voteze" class="link-img-wrap">'
            '<img src="u.jpg" alt=""></a><div class="news_title"><a href="/md/in-lume/ucraina-le-interzice-cetatenilor-rusi-sa-voteze">'
            'Ucraina le interzice cetăţenilor ruşi să voteze pe teritoriul său</a></div></div>')
    # (the slides' stories named again in the page's list of the newest, further down)
    newest = ('<ul class="latest"><li><a href="/md/politica/voronin-anunta-ce-candidati-va-sustine-pcrm-la-alegeri">Voronin'
              ' anunță ce candidați va susține PCRM la alegerile din Chișinău și Bălți</a></li><li><a href="/md/politica/'
              'dodon-i-a-transmis-un-mesaj-de-felicitare-presedintelui-chinez">Dodon i-a transmis un mesaj de felicitare'
              ' președintelui chinez</a></li></ul>')
    assert page(showcase + item + newest)[0][0] == "/md/politica/voronin-anunta-ce-candidati-va-sustine-pcrm-la-alegeri"


def test_a_headline_opening_with_the_word_horoscope_is_the_signs_of_the_day_not_a_story() -> None:
    titles = headlines_of_headings(["Horoskopi ditor, e mërkurë 21 mars 2018", "Гороскоп на неделю: что ждёт Овнов",
                                    "Horóscopo de hoy: lunes 2 de agosto", "Nën hetim për trafik kokaine, biznesmenit i sekuestrohen prona",
                                    "Why the horoscope industry keeps growing in a crisis"])
    assert titles == ["Nën hetim për trafik kokaine, biznesmenit i sekuestrohen prona",
                      "Why the horoscope industry keeps growing in a crisis"]


def test_of_a_title_box_holding_a_numbered_title_line_and_subtitle_line_the_first_line_is_the_headline() -> None:
    def slide(n: int, words: str, subtitle: str) -> str:
        return (f'<li><a href="/main/news_view.php?id=33521{n}"><div class="head_bx_title"><div class="bg_opacity"></div>'
                f'<div class="title_1 ovt ff-nanum-bold">{words}</div><div class="title_2 ovt ff-nanum"> {subtitle}</div>'
                f'</div><img src="{n}.jpg" alt="top"></a></li>')
    titles = dict(page("<ul>" + slide(7, "김종국, 운동을 시작한 이유 + 안양 김도끼로 불리던 이유 공개", "학창시절 싸움을 잘했다는 소문에 대해서도 해명")
                       + slide(5, "술 마시고 자극 받은 뇌, 며칠이 지나야 정상으로 되돌아올까", "헐..충격") + "</ul>"))
    assert titles == {"/main/news_view.php?id=335217": "김종국, 운동을 시작한 이유 + 안양 김도끼로 불리던 이유 공개",
                      "/main/news_view.php?id=335215": "술 마시고 자극 받은 뇌, 며칠이 지나야 정상으로 되돌아올까"}


def test_a_label_in_capitals_with_a_year_that_the_storys_slug_spells_first_stays_in_the_headline() -> None:
    items = [("/show/12490/mwc-2018-asus-press-event-live-blog", "MWC 2018: ASUS Press Event Live Blog (6:30pm UTC)"),
             ("/show/12491/intel-shows-new-chips", "ANALYSIS: Intel shows new chips to its partners"),
             ("/show/12492/amd-cuts-prices", "REVIEW: AMD cuts prices of its desktop processors"),
             ("/show/12493/nokia-returns", "PHONE NEWS: Nokia returns to the high end this spring")]
    titles = dict(page("".join(headed(path, words) for path, words in items)))
    assert titles == {"/show/12490/mwc-2018-asus-press-event-live-blog": "MWC 2018: ASUS Press Event Live Blog (6:30pm UTC)",
                      "/show/12491/intel-shows-new-chips": "Intel shows new chips to its partners",
                      "/show/12492/amd-cuts-prices": "AMD cuts prices of its desktop processors",
                      "/show/12493/nokia-returns": "Nokia returns to the high end this spring"}


def test_a_dated_address_of_section_names_only_that_files_the_pages_stories_is_that_days_section_not_a_story() -> None:
    html = ('<div class="seccion"><h3><a href="/2018/03/16/athletic">Athletic</a></h3>'
            + headed("/2018/03/16/athletic/aburto-exige-a-la-uefa-que-castigue-a-clubes", "Aburto exige a la UEFA que castigue a los clubes violentos")
            + headed("/2018/03/16/athletic/punto-final-a-la-utopia", "Punto final a la utopía")
            + '</div><div class="seccion"><h3><a href="/2018/03/16/ocio-y-cultura/cultura">Cultura</a></h3>'
            + headed("/2018/03/16/ocio-y-cultura/cultura/el-museo-abre-una-sala-nueva", "El museo abre una sala nueva este sábado")
            + "</div>" + headed("/2018/03/16/zama", "Zama"))
    paths = [path for path, _ in page(html)]
    assert "/2018/03/16/athletic" not in paths and "/2018/03/16/ocio-y-cultura/cultura" not in paths
    assert {"/2018/03/16/athletic/aburto-exige-a-la-uefa-que-castigue-a-clubes", "/2018/03/16/athletic/punto-final-a-la-utopia",
            "/2018/03/16/ocio-y-cultura/cultura/el-museo-abre-una-sala-nueva", "/2018/03/16/zama"} <= set(paths)


def test_one_page_asked_for_videos_by_their_numbers_lists_each_video_not_a_tool_asked_with_several_queries() -> None:
    videos = "".join(f'<div class="videosBoxs"><a href="/video.html?video=11284{n}"><img src="{n}.jpg"></a>'
                     f'<a href="/video.html?video=11284{n}"><h2 class="textVbox">{words}</h2></a></div>'
                     for n, words in ((16, "Ngordh i vetmi rinoceront mashkull në Tokë"),
                                      (15, "Tragjedia, nëna parkon pranë lumit, mjeti mbytet me vajzën brenda"),
                                      (12, "Monstra detare shfaqet në vendin e legjendës, shikoni krijesën")))
    weather = "".join(f'<h2><a href="/wetter.html?plz={code}">Das Wetter heute in {town} und Umgebung</a></h2>'
                      for code, town in ((24103, "Kiel"), (22359, "Hamburg")))
    stories = "".join(story(n, f"Rama takim me Hahn në Bruksel, dita {n} e bisedimeve") for n in range(1, 7))
    paths = [path for path, _ in page(videos + weather + stories)]
    assert {"/video.html?video=1128416", "/video.html?video=1128415", "/video.html?video=1128412"} <= set(paths)
    assert not any("wetter" in path for path in paths)


def test_a_heading_of_a_word_or_three_in_capitals_before_the_links_own_words_is_a_category_label() -> None:
    def tile(n: int, label: str, words: str) -> str:
        return (f'<li><a href="/berita/tampil/0020000{n}.html"><img src="/images/news/preview/0020000{n}.jpg">'
                f'<h2>{label}</h2>{words}</a></li>')
    titles = dict(page('<ul id="TopikKeren1">' + tile(9, "INDO", "Siti Nurhaliza Melahirkan Anak Pertama")
                       + tile(7, "BOX OFFICE", "'Black Panther' Berjaya di Box Office") + "</ul>"
                       + '<h2><a href="/berita/tampil/00200011.html">SELEB</a></h2>'))
    assert titles["/berita/tampil/00200009.html"] == "Siti Nurhaliza Melahirkan Anak Pertama"
    assert titles["/berita/tampil/00200007.html"] == "'Black Panther' Berjaya di Box Office"


def test_a_teaser_whose_headline_block_a_class_calls_major_leads_even_when_its_picture_link_has_no_such_class() -> None:
    listing = ('<div class="news-grid__elem"><div class="list">'
               + "".join(f'<div class="list-item"><a href="/news/politic/20933{n}/">{words}</a></div>'
                         for n, words in ((6, "Бойкот провалился. Явка на выборах президента превысила результаты"),
                                          (4, "В день выборов в центре города отмечают воссоединение с Крымом"),
                                          (3, "Памятник печальному воину-освободителю поставили в Севастополе")))
               + "</div></div>")
    major = ('<div class="news-grid__elem news-grid__elem_with-image"><div class="news-grid__elem_row">'
             '<a href="/news/politic/209335/" class="photo"><div class="photo-el" style="background-image: url(p.jpg)"></div></a>'
             '<div class="news-piece_major-wrap"><div class="news-piece news-piece_major">'
             '<a href="/news/politic/209335/" class="news-piece__link">Екатеринбург переизбрал президента. Первые итоги голосования</a>'
             '</div></div></div></div>')
    assert page(listing + major)[0][0] == "/news/politic/209335/"


def test_an_arabic_birthday_greeting_is_a_familys_notice_not_a_story() -> None:
    assert headlines_of_headings(['ميلاد سعيد "احمد شلباية"', "اسحاق شاهين .. كل عام وانت بالف خير",
                                  "ميلاد المسيح يوحد المسيحيين في القدس هذا العام"]) == [
        "ميلاد المسيح يوحد المسيحيين في القدس هذا العام"]


def test_a_vietnamese_sites_quizzes_and_fortune_telling_folder_holds_no_story() -> None:
    html = "".join(headed(f"/tin-tuc/{folder}/{slug}-37250{n}.html", words) for n, (folder, slug, words) in enumerate((
        ("trac-nghiem", "gieo-que-tuan-19-3", "Gieo quẻ tuần 19/3: vận may của bạn trong tuần mới"),
        ("trac-nghiem", "thu-ba-cua-ban", "Thứ ba của bạn sẽ ra sao theo ngày sinh"),
        ("thoi-su", "ha-noi-cam-duong-de-sua-cau", "Hà Nội cấm đường để sửa cầu trong ba ngày cuối tuần"),
        ("thoi-su", "mua-lon-o-mien-trung", "Mưa lớn ở miền Trung, nhiều nơi ngập sâu"))))
    assert [path for path, _ in page(html)] == ["/tin-tuc/thoi-su/ha-noi-cam-duong-de-sua-cau-372502.html",
                                                "/tin-tuc/thoi-su/mua-lon-o-mien-trung-372503.html"]


def test_a_hashtag_a_comma_joins_to_the_headline_is_its_subject_not_a_kicker() -> None:
    assert headlines_of_headings(["#Bacheclam, los ciclistas madrileños protestan por los baches",
                                  "#SmartOffice Le living office séduit les grandes entreprises"]) == [
        "#Bacheclam, los ciclistas madrileños protestan por los baches", "Le living office séduit les grandes entreprises"]


def test_a_local_sites_marketplace_folder_of_businesses_posts_holds_no_story_but_a_slug_naming_a_square_does() -> None:
    html = "".join(headed(path, words) for path, words in (
        ("/panorama/marktplatz/nrwradtour-2018-d837764.html", "NRWRadtour 2018: mit dem Rad durch das ganze Land"),
        ("/castrop-rauxel/marktplatz/a-m-automobiltechnik-20-jahre-d836576.html", "A+M Automobiltechnik: 20 Jahre im Mittelstandspark West"),
        ("/dortmund/kultur/fest-am-marktplatz-mit-musik-d835250.html", "Fest am Marktplatz mit Musik und Tanz bis in die Nacht"),
        ("/bochum/politik/rat-beschliesst-neuen-haushalt-d835251.html", "Der Rat beschließt den neuen Haushalt für das kommende Jahr")))
    assert [path for path, _ in page(html)] == ["/dortmund/kultur/fest-am-marktplatz-mit-musik-d835250.html",
                                                "/bochum/politik/rat-beschliesst-neuen-haushalt-d835251.html"]


def test_a_page_named_by_page_and_a_number_or_a_readers_comments_page_is_no_story() -> None:
    html = "".join(headed(path, words) for path, words in (
        ("/actualite-moto/rubrique/Special-Bol-d-or-2015-79eme-edition/page-1.html", "Le Bol d'Or 2015, toute la course en direct"),
        ("/page22762.html", "Война в глазах детей: рисунки о войне со всей страны"),
        ("/honda/38/CBR-600-RR-2007/commentaire.html", "Le prix de la Honda CBR 600RR 2007 2008 selon les lecteurs"),
        ("/actualite-moto/articles/17195/essai-du-bridgestone-t31/page.html", "Essai du Bridgestone T31, pneu sport-touring")))
    assert [path for path, _ in page(html)] == ["/actualite-moto/articles/17195/essai-du-bridgestone-t31/page.html"]


def _coded(n: int, key: str = "dvVWXQ") -> str:
    """Return the address of story n asked by a coded id: a site's key of letters around the story's long number."""
    return f"/ar_page.aspx?id={key}a8141514065{n:02d}a{key}"


def test_a_page_set_inside_its_header_tag_lists_the_stories_its_script_asks_for_by_a_coded_id() -> None:
    # (A template that opens a <header> and puts the whole page in it: the stories are no masthead's links, as the
    # letters around each story's number make it no bare number.)
    words = ["إصابة مواطن في قصف إسرائيلي شرق غزة", "إصابات بالاختناق جراء قمع الاحتلال مسيرة كفر قدوم",
             "قراقع يحذر من تدهور الأوضاع الصحية والنفسية للأسرى", "مصرع مواطن سقط من علو أثناء عمله في قلقيلية",
             "المتحف الفلسطيني يفتتح معرضه الجديد في رام الله", "الهباش يستقبل سفير سلطنة بروناي في مكتبه",
             "مؤشر القدس يغلق منخفضا وسط تداولات تجاوزت أربعة ملايين", "الرئيس يهنئ نظيره الايرلندي بيوم القديس باتريك",
             "نادي سلوان ثاني الهابطين رسميا لدوري الدرجة الثانية", "رئيس جامعة القدس ماضون في توسيع الشراكة مع مؤسساتنا",
             "البابا فرانسيس يعرب عن قلقه الحقيقي حيال وضع اللاجئين"]
    items = "".join(f'<li><a href="{_coded(n)}"><img src=""><span>{text}</span><div>2018-03-17 1{n % 10}:08</div></a></li>'
                    for n, text in enumerate(words))
    body = (f'<header class="container" id="header"><div class="menu"><a href="/">الرئيسية</a><a href="/ar_category.aspx">'
            f'أخبار</a></div><ul class="pgwSlider">{items}</ul></header>')
    assert page(body) == [(_coded(n), text) for n, text in enumerate(words)]


def test_one_story_asked_by_its_number_in_two_boxes_keys_is_one_entry() -> None:
    body = "".join(f'<h3><a href="{path}">{text}</a></h3>' for path, text in (
        (_coded(1), "إصابة مواطن في قصف إسرائيلي شرق غزة"),
        (_coded(2), "إصابات بالاختناق جراء قمع الاحتلال مسيرة كفر قدوم"),
        (_coded(1, "gwKFLz"), "إصابة مواطن في قصف إسرائيلي شرق غزة اليوم"),
        (_coded(2, "4CptiF"), "إصابات بالاختناق جراء قمع الاحتلال مسيرة كفر قدوم الأسبوعية")))
    assert [path for path, _ in page(body)] == [_coded(1), _coded(2)]


def test_a_day_and_its_time_after_a_headline_are_its_stamp_not_its_words() -> None:
    assert headlines_of_headings(["إصابة مواطن في قصف إسرائيلي شرق غزة 2018-03-17 17:10",
                                  "Le conseil municipal vote le budget 17.03.2018 16:08",
                                  "Le bilan de la saison 2017-2018 en dix matchs"]) == [
        "إصابة مواطن في قصف إسرائيلي شرق غزة", "Le conseil municipal vote le budget", "Le bilan de la saison 2017-2018 en dix matchs"]


def test_a_script_named_for_a_category_asked_which_one_by_its_query_is_an_index_not_a_story() -> None:
    page_key = "http://www.site.ps/"
    for address in ("http://www.site.ps/ar_category.aspx?id=m8K350a1048831806am8K350&c_type=1",
                    "http://www.site.ps/category.php?id=123456", "http://www.site.ps/news-section.asp?sec=88123"):
        assert path_kind(address, page_key) == NOT_STORY, address
    # (a story's script, or a longer name that only holds the word, stays a story)
    for address in ("http://www.site.ps/ar_page.aspx?id=dvVWXQa814151406519advVWXQ",
                    "http://www.site.ps/best-category-winners-announced.php?id=123456"):
        assert path_kind(address, page_key) != NOT_STORY, address
    # (nor a script whose name's head is another word after the section's: "section-news", a section's story)
    assert path_kind("http://www.site.ps/section-news.php?id=193922&sid=11", page_key) != NOT_STORY


def test_a_link_of_a_kicker_and_a_colon_takes_the_headline_set_after_it_outside_the_link() -> None:
    item = ('<li><a href="/News/{slug}-16-03-2018-{n}">{kicker}</a>&nbsp;<span>{rest}</span> <span class="count">(<a '
            'href="/News/{slug}-16-03-2018-{n}#kommentare">0 Kommentare</a>)</span></li>')
    body = "<ul>" + "".join(item.format(n=14500 + n, slug=slug, kicker=kicker, rest=rest) for n, (slug, kicker, rest) in enumerate((
        ("Rihanna-Fans-sollen-Snapchat-loeschen", "Rihanna:", "Fans sollen Snapchat löschen"),
        ("Nach-zehn-Jahren-Abgabe-auf-CD-Rohlinge-beschlossen", "Nach zehn Jahren:", "Abgabe auf CD-Rohlinge beschlossen"),
        # (a headline of its own before a colon keeps its words: what follows is its quote)
        ("Kommentator-nach-dem-Auftritt-des-Ministers-im-Fernsehen", "Kommentator nach dem Auftritt des Ministers im Fernsehen:",
         "„Ich hatte den Eindruck, dass er mehr auf seine Partei hört“")))) + "</ul>"
    assert [title for _, title in page(body)] == [
        "Rihanna: Fans sollen Snapchat löschen", "Nach zehn Jahren: Abgabe auf CD-Rohlinge beschlossen",
        "Kommentator nach dem Auftritt des Ministers im Fernsehen"]


def test_an_arabic_call_to_watch_or_pictures_label_before_a_colon_is_no_word_of_the_headline() -> None:
    assert headlines_of_headings(["شاهد: لقطات مذهلة لمدينة نرويجية.. جزء من أحداث قصة خيالية",
                                  "صور: نجمات ارتدين الفستان نفسه من Alexander McQueen",
                                  # ("a witness" opening a headline, no colon after it: the headline's own word)
                                  "شاهد عيان يروي تفاصيل الحادث في وسط المدينة"]) == [
        "لقطات مذهلة لمدينة نرويجية.. جزء من أحداث قصة خيالية", "نجمات ارتدين الفستان نفسه من Alexander McQueen",
        "شاهد عيان يروي تفاصيل الحادث في وسط المدينة"]


def test_a_story_linked_by_a_picture_only_takes_its_headline_from_the_block_whose_click_opens_it() -> None:
    slides = "".join(f'<div class="page"><a href="https://news.example.com/politica/2018/03/story-{n}.html"><img src="{n}.jpg"'
                     ' width="330"></a></div>' for n in (1, 2, 4))
    menu = ("<ul id=\"main_navi\">"
            "<li onmousedown=\"window.open('https://news.example.com/politica/2018/03/story-1.html','_parent');\">Servidores"
            " rejeitam proposta e greve é mantida</li>"
            "<li onclick=\"location.href='https://news.example.com/politica/2018/03/story-2.html'\">Rodrigo Agostinho se filia"
            " ao PSB visando eleição</li>"
            "<li onclick=\"location.href='https://news.example.com/politica/2018/03/story-4.html'\">Temer admite que poderá"
            " ser candidato à reeleição</li>"
            # (a page only a script opens, linked nowhere on the page, is no entry)
            "<li onclick=\"window.open('https://news.example.com/politica/2018/03/story-3.html')\">Prefeitura anuncia nova"
            " obra no centro da cidade</li></ul>")
    assert page(f'<div id="destaques">{slides}{menu}</div>') == [
        ("/politica/2018/03/story-1.html", "Servidores rejeitam proposta e greve é mantida"),
        ("/politica/2018/03/story-2.html", "Rodrigo Agostinho se filia ao PSB visando eleição"),
        ("/politica/2018/03/story-4.html", "Temer admite que poderá ser candidato à reeleição")]


def test_a_propertys_listing_its_price_then_for_sale_is_no_story_but_a_headline_about_one_is() -> None:
    assert headlines_of_headings(["Membach 285.000 € Zum Verkauf", "Appartement 3 pièces 189 000 € à vendre",
                                  "Loft 85 m², 1.200 € - zu vermieten", "Mansion where Elvis lived, $5m, is for sale",
                                  "Homes for sale rise to £300,000 average"]) == [
        "Mansion where Elvis lived, $5m, is for sale", "Homes for sale rise to £300,000 average"]


def test_a_carousel_of_the_print_editions_supplements_in_an_issuu_or_e_paper_box_holds_no_story() -> None:
    covers = "".join(f'<div class="item"><a href="/article/doclife-supplement-{n}"><img src="{n}.jpg"></a><h3><a href="/article/'
                     f'doclife-supplement-{n}">docLife: Με υγεία και τον χειμώνα τεύχος {n}</a></h3></div>' for n in (1, 2, 3))
    body = (f'<div class="issuu-carousel owl-carousel">{covers}</div><div class="e-paper-box"><h3><a href="/2026/03/01/issue-9/">'
            f'Das komplette Heft für nur 5,99 € als ePaper lesen</a></h3></div><main>{story(4)}{story(5)}</main>')
    assert [path for path, _ in page(body)] == ["/2026/03/01/story-4/", "/2026/03/01/story-5/"]


def test_an_advertising_slot_the_template_never_closed_holds_the_columns_next_boxes_of_stories() -> None:
    items = "".join(f'<div class="col"><article><a class="article-img-link" href="/article/{slug}"><img src="x.jpg"></a>'
                    f'<a class="cat-link" href="/category/ellada">ΕΛΛΑΔΑ</a><a class="article-link" href="/article/{slug}">{words}'
                    "</a></article></div>" for slug, words in (
                        ("prosoxh-o-efet-aposyrei-feta-kai-katsikisio-tyri", "Προσοχή: Ο ΕΦΕΤ αποσύρει φέτα και κατσικίσιο τυρί"),
                        ("lamia-28xronos-skhnothethse-lhsteia-gia-ta-lefta", "Λαμία: 28χρονος σκηνοθέτησε ληστεία για τα λεφτά")))
    unclosed = (f'<div class="box ad"><div id="div-gpt-ad-1511793875987-0"></div><div class="box ad"><div id="div-gpt-ad-2">'
                f'</div></div><div class="box dol">{items}</div></div>')
    assert [path for path, _ in page(unclosed)] == ["/article/prosoxh-o-efet-aposyrei-feta-kai-katsikisio-tyri",
                                                    "/article/lamia-28xronos-skhnothethse-lhsteia-gia-ta-lefta"]
    # (a slot of its own, holding a native ad's items, stays an ad's)
    native = f'<div class="box ad"><div id="div-gpt-ad-1511793875987-0"></div><div class="box dol">{items}</div></div>'
    assert page(native) == []


def test_a_categorys_archive_of_one_year_is_no_story_but_a_story_filed_under_a_year_is() -> None:
    page_key = "http://www.site.it/"
    assert path_kind("http://www.site.it/2015/category/il-corsivo/", page_key) == NOT_STORY
    for address in ("http://www.site.it/2015/politics/a-long-story-slug-about-the-regional-budget/",
                    "http://www.site.it/archives/featured-articles/2018/march/16/its-time-for-a-new-foreign-policy"):
        assert path_kind(address, page_key) != NOT_STORY, address


def test_a_relative_day_in_its_own_element_after_a_headline_is_when_not_a_word_of_it() -> None:
    teasers = "".join(
        f'<div class="news-list"><a class="news" href="/news/{slug}"><h3 class="news-title">{headline} '
        f'<span class="muted">{day}</span></h3><p>A summary of the story, a sentence long, below its headline.</p></a></div>'
        for slug, headline, day in (
            ("thinkerbell-wins-skincare-brand-sukin", "Thinkerbell wins skincare brand Sukin", "yesterday"),
            ("alex-parsons-appointed-ceo-of-adcorp", "Alex Parsons appointed CEO of Adcorp", "Today"),
            ("la-mairie-ferme-le-pont-pour-travaux", "La mairie ferme le pont pour travaux", "hier"),
        ))
    # (a headline whose own last word is such a day keeps it: it runs on in the heading's text, no element of its own)
    own = ('<div class="news-list"><a class="news" href="/news/what-changed-since-yesterday"><h3>What the council'
           " changed since yesterday</h3></a></div>")
    assert dict(page(teasers + own)) == {
        "/news/thinkerbell-wins-skincare-brand-sukin": "Thinkerbell wins skincare brand Sukin",
        "/news/alex-parsons-appointed-ceo-of-adcorp": "Alex Parsons appointed CEO of Adcorp",
        "/news/la-mairie-ferme-le-pont-pour-travaux": "La mairie ferme le pont pour travaux",
        "/news/what-changed-since-yesterday": "What the council changed since yesterday",
    }


def test_a_line_the_pictures_alt_repeats_outside_the_links_heading_is_the_writers_caption_not_the_headline() -> None:
    opinion = "".join(
        f'<a class="feature" href="/opinion/{slug}"><div class="feature-img"><img src="/{n}.jpg" alt="{writer}"></div>'
        f'<div class="feature-tag">{writer}</div><div class="feature-content"><h3>{headline}</h3>'
        f"<p>The writer's summary of the column, a sentence or two long, below its heading.</p></div></a>"
        for n, (slug, writer, headline) in enumerate((
            ("five-things-you-need-to-know-from-sxsw", "The Works founder Douglas Nicol",
             "Five things you need to know from SXSW"),
            ("are-you-willing-to-bet-on-a-bot", "iProspect Australia national head of social strategy Jovana Radovic",
             "Are you willing to bet on a bot?"),
        )))
    # (the line inside the heading the alt repeats is still the headline, its kicker beside it in the heading)
    kicked = ('<a href="/haber/7548156/vatandasa-sansur"><img src="/k.jpg" alt="Vatandaşa canlı yayında sansür uygulandı">'
              '<div><h3><span>Apar topar konuyu değiştirdiler</span><span>Vatandaşa canlı yayında sansür uygulandı</span>'
              "</h3></div><span>GÜNDEM</span></a>")
    assert dict(page(opinion + kicked)) == {
        "/opinion/five-things-you-need-to-know-from-sxsw": "Five things you need to know from SXSW",
        "/opinion/are-you-willing-to-bet-on-a-bot": "Are you willing to bet on a bot?",
        "/haber/7548156/vatandasa-sansur": "Vatandaşa canlı yayında sansür uygulandı",
    }


def test_a_box_of_the_most_commented_stories_in_the_sites_footer_lists_stories() -> None:
    most = "".join(f'<li><a href="/mobile/{slug}/">{headline}</a></li>' for slug, headline in (
        ("samsung-no-longer-considers-lg-a-smartphone-competitor", "Η Samsung δεν θεωρεί πια αντίπαλό της την LG στα κινητά"),
        ("sony-working-bezel-less-flagship-4k-2018", "H Sony εργάζεται για την ανάπτυξη bezel-less ναυαρχίδα 4K"),
        ("how-faster-is-an-iphone-after-battery-replacement",
         "Δείτε πόσο ταχύτερο είναι ένα iPhone μετά την αλλαγή μπαταρίας"),
    ))
    footer = (f'<div id="footer"><div><h3>Τα πιο σχολιασμένα άρθρα</h3><ul id="most-commented">{most}</ul></div>'
              '<ul class="links"><li><a href="/about-us/">Σχετικά με εμάς και την ομάδα μας</a></li></ul></div>')
    paths = [path for path, _ in page(story(1) + footer)]
    assert paths == ["/2026/03/01/story-1/", "/mobile/samsung-no-longer-considers-lg-a-smartphone-competitor/",
                     "/mobile/sony-working-bezel-less-flagship-4k-2018/",
                     "/mobile/how-faster-is-an-iphone-after-battery-replacement/"]


def test_a_bracketed_media_marker_with_a_word_or_two_saying_which_is_left_out_of_the_headline() -> None:
    teasers = "".join(f'<h2><a href="/mobile/{slug}/">{text}</a></h2>' for slug, text in (
        ("sony-mobile-mwc-2018-booth-tour-video", "Η Sony Mobile στην έκθεση MWC 2018 [booth tour video]"),
        ("hands-on-with-the-new-phone", "Hands on with the new phone from the fair (hands-on video)"),
        ("frauentag-in-der-ddr", "So wurde der Frauentag in der DDR gefeiert (mit Video)"),
        # (brackets of words that end in no media word stay the headline's own)
        ("film-of-the-year", "Ein Film über die Stadt (Dokumentation des Jahres)"),
    ))
    assert [title for _, title in page(teasers)] == [
        "Η Sony Mobile στην έκθεση MWC 2018", "Hands on with the new phone from the fair",
        "So wurde der Frauentag in der DDR gefeiert", "Ein Film über die Stadt (Dokumentation des Jahres)"]


def test_a_bold_kicker_ending_in_the_storys_day_and_time_is_left_out_of_the_headline() -> None:
    feed = "".join(
        f'<li class="news-post"><a class="link" href="/2018/03/{slug}/">{thumb}<span class="headline"><strong>{label}'
        f"</strong>{headline}</span></a></li>"
        for slug, thumb, label, headline in (
            ("16/kvartsfinalklart-for-h65-och-lugi", "", "Sport 16/3 21:21", "Kvartsfinalklart för H65 och Lugi"),
            ("17/miljopris-breddas-for-att-locka-fler", '<span class="thumbnail"><img src="/t.jpg" alt=""></span>',
             "Sjöbo idag 09:00", "Miljöpris breddas för att locka fler"),
            ("01/fortsatt-snovader-ar-att-vanta", "", "Skåne/Kristianstad 1/3 20:15", "Fortsatt snöväder är att vänta"),
            # (a short headline its slug spells too)
            ("16/kaftsmall-for-h65", "", "Sport 16/3 21:20", "Käftsmäll för H65"),
            # (bold words that end in no time are the headline's own)
            ("16/fem-frågor-till-kommunen", "", "Fem frågor", "till kommunen om bygget vid torget"),
        ))
    assert [title for _, title in page(f'<ul class="news-feed">{feed}</ul>')] == [
        "Kvartsfinalklart för H65 och Lugi", "Miljöpris breddas för att locka fler", "Fortsatt snöväder är att vänta",
        "Käftsmäll för H65", "Fem frågor till kommunen om bygget vid torget"]


def test_a_short_headline_beside_its_date_in_a_list_of_headlined_items_names_its_story() -> None:
    items = "".join(f'<li><a href="/detail/big_read/{number}" class="box-right-txt">{headline}</a>'
                    f'<div class="box-right-date">{day}</div></li>' for number, headline, day in (
                        (30325444, "A scrumptious blend of street food and tourism", "Aug 31,2017"),
                        (30322597, "The world-maker", "Aug 03,2017"),
                        (30321797, "Thailand can step forward fast because of great talent", "Jul 26,2017")))
    # (not an events calendar's fairs, each beside its span of days, however headlined the others)
    fairs = "".join(f'<li><a href="/index.asp?mod=articles&amp;id={number}">{name}</a>'
                    f'<p class="calendarDates">{days}</p></li>' for number, name, days in (
                        (107640, "20η έκθεση Foodex στο Τόκιο της Ιαπωνίας", "19/4/2018 έως 25/4/2018"),
                        (104175, "Agritech 2018", "8/5/2018 έως 10/5/2018"),
                        (105829, "Natural & Organic Products Europe", "22/4/2018 έως 23/4/2018")))
    paths = [path for path, _ in page(f'<div class="box-right"><ul>{items}</ul></div><div><ul>{fairs}</ul></div>')]
    assert "/detail/big_read/30322597" in paths
    assert "/index.asp?mod=articles&id=104175" not in paths


def test_a_call_to_see_more_of_a_section_or_a_writer_names_no_story() -> None:
    calls = "".join(f'<div class="more"><a href="{path}">{text}</a></div>' for path, text in (
        ("/noticias/defesa-consumidor", "+ Veja mais Defesa do Consumidor"),
        ("/colunas/cesar-romero", "Veja mais de Cesar Romero"),
        ("/home/lt-from/1521352834", "See More Top Stories"),
        ("/sport/football", "Voir plus de Football"),
    ))
    # (a story whose slug opens with the words is one, and so is a gallery that counts what it shows)
    stories = ('<h2><a href="/2026/03/01/see-more-of-the-northern-lights-this-week/">See more of the northern lights this'
               ' week as the sun storms</a></h2><h2><a href="/galerias/2026/03/01/carnaval-100-fotos/">Veja mais de 100'
               " fotos do carnaval na avenida</a></h2>")
    assert [path for path, _ in page(story(1) + calls + stories)] == [
        "/2026/03/01/story-1/", "/2026/03/01/see-more-of-the-northern-lights-this-week/",
        "/galerias/2026/03/01/carnaval-100-fotos/"]


def test_a_wordpress_posts_teaser_names_its_story_however_short_its_slug() -> None:
    posts = "".join(
        f'<article class="post-teaser post-{n} post type-{kind} status-publish format-standard hentry"><header>'
        f'<div class="meta">06.06.2017 | Slucio</div><a href="/{slug}/" title="{headline}"><h2>{headline}</h2></a></header>'
        f"<p>A mio parere lasciare il centrocampo in mano al Real è stato l'errore ...</p></article>"
        for n, kind, slug, headline in ((229324, "post", "grave-errore-allegri", "Grave errore di Allegri"),
                                        (229325, "post", "la-tormenta-boliviana", "La tormenta boliviana"),
                                        # (not a page's nor a shop's product: "type-page", "type-product")
                                        (229326, "page", "chi-siamo", "Chi siamo e cosa facciamo"),
                                        (229327, "product", "maglia-ufficiale", "Maglia ufficiale della squadra")))
    assert [path for path, _ in page(story(1) + posts)] == ["/2026/03/01/story-1/", "/grave-errore-allegri/",
                                                            "/la-tormenta-boliviana/"]


def test_a_mega_menus_cards_whose_class_names_a_menus_part_give_stories() -> None:
    cards = "".join(f'<li><div class="menu-thumb"><a href="/2018031{n}-foxconn-unit-wins-approval-{n}/"><img src="/{n}.jpg"'
                    f' alt="Foxconn unit wins China approval {n}"></a><div class="menu-text"><a href="/2018031{n}-foxconn-unit-'
                    f'wins-approval-{n}/">Foxconn unit wins China approval for Shanghai IPO {n}</a></div></div></li>'
                    for n in range(3))
    menu = (f'<nav id="main-nav"><ul class="menu"><li class="menu-item menu-item-has-children"><a href="/category/news/">News'
            f'</a><div class="sub-menu"><ul id="menu-links"><li class="menu-item"><a href="/category/markets/">Markets</a>'
            f'<ul class="menu-thumbs">{cards}</ul></li></ul></div></li><li><a href="/category/sport/">Sport</a></li></ul></nav>')
    paths = [path for path, _ in page(menu + story(1))]
    assert paths == ["/2026/03/01/story-1/"] + [f"/2018031{n}-foxconn-unit-wins-approval-{n}/" for n in range(3)]


def test_an_update_mark_after_a_slash_or_in_more_languages_is_left_out_of_the_headline() -> None:
    html = "".join(f'<h3><a href="/vesti_detail.asp?ID=14911{n}">{text}</a></h3>' for n, text in enumerate([
        "Поплавено шеталиштето и кафулиња во Охрид/Обновен", "[Aktualizacja] Znamy polską cenę nowego telefonu",
        "Seminarium Duchowne w Elblągu w kwarantannie (aktualizacja)", "Затворен патот кон Маврово (обновена)",
        # (a slash inside the headline's own words stays: "Гостивар/Тетово" names two towns)
        "Нов пат меѓу Гостивар/Тетово отворен за сообраќај"]))
    assert [title for _, title in page(html)] == [
        "Поплавено шеталиштето и кафулиња во Охрид", "Znamy polską cenę nowego telefonu",
        "Seminarium Duchowne w Elblągu w kwarantannie", "Затворен патот кон Маврово",
        "Нов пат меѓу Гостивар/Тетово отворен за сообраќај"]
