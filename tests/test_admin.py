"""Admins' controls end to end: real PTB over HTTP, the fake Bot API, a local news site, TinyDB."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import FetchSettings
from bot.models import Source, SourceKind
from bot.news.opml import parse_opml, to_opml
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.harness import SOURCE, RunningBot, make_settings, publish, running_bot, site_source
from tests.auxil.news_site import NewsSite
from tests.auxil.pages import article_page, rss_feed, story

ADMIN = 42  # the harness's settings make user 42 a bot admin; in private, chat id = user id
ALICE = 1001  # a reader, not an admin
GROUP = -100500


async def ask(api: FakeBotAPI, body: str, chat_id: int = ADMIN, replies: int = 1,
              **kwargs: Any) -> list[dict[str, Any]]:
    """Send a message as a user and return the bot's `replies` answers to it."""
    before = len(api.messages_to(chat_id))
    api.user_sends(body, chat_id=chat_id, **kwargs)
    return (await api.wait_for_messages(chat_id, before + replies))[before:]


async def answer(api: FakeBotAPI, body: str, chat_id: int = ADMIN, **kwargs: Any) -> str:
    """Send a message as a user and return the visible text of the bot's one answer."""
    (reply,) = await ask(api, body, chat_id, **kwargs)
    return str(reply["plain"] or reply["text"])


def serve_feed(site: NewsSite, path: str = "/rss.xml", numbers: tuple[int, ...] = (2, 1),
               title: str = "Le Fil") -> None:
    """Serve an RSS feed of stories (and each story's page) at `path`."""
    stories = [story(n) for n in numbers]
    for s in stories:
        site.set(s.path, article_page(s))
    site.set(path, rss_feed(stories, site.base_url, title=title), content_type="application/rss+xml")


def poll_jobs(bot: RunningBot, name: str) -> list[Any]:
    """Return the poll jobs scheduled for a source."""
    assert bot.app.job_queue is not None
    return list(bot.app.job_queue.get_jobs_by_name(f"poll:{name}"))


# ---- /addsource ---------------------------------------------------------------------------


async def test_addsource_shows_the_digest_it_would_post_and_its_first_poll_floods_nobody(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    serve_feed(news_site)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        preview, added = await ask(fake_api, f"/addsource fil {news_site.url('/rss.xml')} 900",
                                   replies=2)
        assert story(2).title in preview["plain"] and "Première phrase de l'article 2" in preview["plain"]
        assert "fil" in added["plain"] and "ajoutée" in added["plain"] and "15 min" in added["plain"]
        source = bot.services.catalog.active["fil"]
        assert (source.url, source.title, source.kind, source.interval) == (
            news_site.url("/rss.xml"), "Le Fil", SourceKind.FEED, 900)
        (job,) = poll_jobs(bot, "fil")
        assert job.job.trigger.interval == timedelta(seconds=900)

        await answer(fake_api, "/subscribe fil", chat_id=ALICE)
        await bot.poll("fil")  # the first poll records what is there: nothing is sent
        await bot.deliver()
        assert len(fake_api.messages_to(ALICE)) == 1
        serve_feed(news_site, numbers=(3, 2, 1))
        await bot.poll("fil")
        digest = (await fake_api.wait_for_messages(ALICE, 2))[1]
    assert story(3).title in digest["plain"]


async def test_addsource_with_bad_arguments_says_what_is_valid(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    serve_feed(news_site)
    feed = news_site.url("/rss.xml")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        assert "Usage : /addsource NOM URL [INTERVALLE]" in await answer(fake_api, "/addsource")
        assert "Usage" in await answer(fake_api, "/addsource onlyname")
        assert "Nom invalide : « Le_Fil »" in await answer(fake_api, f"/addsource Le_Fil {feed}")
        assert "minuscules" in await answer(fake_api, f"/addsource {'x' * 33} {feed}")
        reply = await answer(fake_api, "/addsource fil ftp://example.org/rss")
        assert "Adresse invalide" in reply and "https://" in reply
        reply = await answer(fake_api, f"/addsource fil {feed} 10")
        assert "Intervalle invalide : « 10 »" in reply and "de 60 à 86400" in reply
        assert "Intervalle invalide" in await answer(fake_api, f"/addsource fil {feed} often")
        assert "s'appelle déjà" in await answer(fake_api, f"/addsource {SOURCE} {feed}")
        reply = await answer(fake_api, f"/addsource autre {news_site.url('/')}")
        assert "déjà suivie" in reply and SOURCE in reply
        assert set(bot.services.catalog.active) == {SOURCE}


async def test_addsource_explains_why_a_url_cannot_be_a_source(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    news_site.set("/plain.txt", "just some text, no markup at all", content_type="text/plain")
    news_site.set("/empty.html", "<html><body><p>Maintenance en cours.</p></body></html>")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        reply = await answer(fake_api, f"/addsource fil {news_site.url('/missing.xml')}")
        assert "Impossible de lire" in reply and "404" in reply
        assert "ni un flux" in await answer(fake_api, f"/addsource fil {news_site.url('/plain.txt')}")
        reply = await answer(fake_api, f"/addsource fil {news_site.url('/empty.html')}")
        assert "ni un flux" in reply and "no article links found" in reply
        assert "fil" not in bot.services.catalog.active
        assert poll_jobs(bot, "fil") == []


async def test_a_slow_addsource_does_not_hold_up_other_chats(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    news_site.set("/slow.xml", rss_feed([story(1)], news_site.base_url),
                  content_type="application/rss+xml", delay=1.0)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings):
        fake_api.user_sends(f"/addsource lent {news_site.url('/slow.xml')}", chat_id=ADMIN)
        await fake_api.wait_for(lambda: news_site.hits("/slow.xml"), what="the probe's fetch")
        await answer(fake_api, "/help", chat_id=ALICE)
        assert fake_api.messages_to(ADMIN) == []  # still checking the slow site
        await fake_api.wait_for_messages(ADMIN, 2)


async def test_addsource_refuses_loopback_addresses_unless_the_config_allows_them(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    serve_feed(news_site)
    settings = make_settings(tmp_path, fake_api, [], fetch=FetchSettings(allow_private_addresses=False))
    async with running_bot(settings) as bot:
        reply = await answer(fake_api, f"/addsource fil {news_site.url('/rss.xml')}")
        assert "Impossible de lire" in reply and "allow_private_addresses" in reply
        assert bot.services.catalog.active == {}
    assert news_site.requests == []  # refused before any connection


# ---- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    ["/addsource fil https://example.org/rss", f"/removesource {SOURCE}", f"/pause {SOURCE}",
     f"/resume {SOURCE}", f"/interval {SOURCE} 600", "/stats", "/export", "/import"],
)
async def test_a_non_admin_is_refused_politely_and_the_attempt_is_logged(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite, command: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        with caplog.at_level(logging.WARNING, logger="bot.chat.common"):
            reply = await answer(fake_api, command, chat_id=ALICE)
        assert "Désolé" in reply and "administrateurs du bot" in reply
        assert set(bot.services.catalog.active) == {SOURCE} and poll_jobs(bot, SOURCE)
        assert bot.services.catalog.active[SOURCE].interval == 3600
        assert not bot.services.catalog.is_paused(SOURCE)
    assert fake_api.messages_to(ALICE, "sendDocument") == []
    logged = [r.getMessage() for r in caplog.records]
    assert any(command.split()[0] in m and str(ALICE) in m for m in logged), logged


async def test_a_group_admin_who_is_not_a_bot_admin_is_refused_and_a_bot_admin_is_obeyed_in_a_group(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    fake_api.set_member_status(GROUP, 7, "administrator")
    fake_api.set_member_status(GROUP, 8, "member")
    async with running_bot(settings) as bot:
        for user in (7, 8):
            reply = await answer(fake_api, f"/pause {SOURCE}", chat_id=GROUP, user_id=user,
                                 chat_type="group", chat_title="Club")
            assert "administrateurs du bot" in reply
        assert not bot.services.catalog.is_paused(SOURCE)
        reply = await answer(fake_api, f"/pause {SOURCE}", chat_id=GROUP, user_id=ADMIN,
                             chat_type="group", chat_title="Club")
        assert "en pause" in reply and bot.services.catalog.is_paused(SOURCE)


# ---- /removesource /pause /resume /interval ------------------------------------------------


async def test_removesource_unsubscribes_every_chat_and_says_how_many(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        for chat in (ALICE, 1002):
            await answer(fake_api, "/subscribe", chat_id=chat)
        assert "Usage : /removesource NAME" in await answer(fake_api, "/removesource")
        reply = await answer(fake_api, "/removesource lemonde")
        assert "Source inconnue : « lemonde »" in reply and SOURCE in reply
        reply = await answer(fake_api, f"/removesource {SOURCE}")
        assert "retirée" in reply and "Chats désabonnés : 2" in reply
        assert bot.services.catalog.active == {} and poll_jobs(bot, SOURCE) == []
        assert await bot.services.store.subscriptions.of_chat(ALICE) == []
        assert "inconnue" in await answer(fake_api, f"/latest {SOURCE}", chat_id=ALICE)


async def test_a_paused_source_is_not_polled_and_says_so_until_resumed(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        assert "en pause" in await answer(fake_api, f"/pause {SOURCE}")
        assert poll_jobs(bot, SOURCE) == []
        assert "déjà en pause" in await answer(fake_api, f"/pause {SOURCE}")
        _, health = await ask(fake_api, "/sources", replies=2)
        assert "⏸ en pause" in health["plain"]
        assert "Rien à montrer" in await answer(fake_api, f"/latest {SOURCE}", chat_id=ALICE)
        assert news_site.hits("/") == 0  # not even /latest fetches a paused source

        assert "reprise" in await answer(fake_api, f"/resume {SOURCE}")
        assert "n'est pas en pause" in await answer(fake_api, f"/resume {SOURCE}")
        await bot.poll()
        assert news_site.hits("/") == 1
        assert "Usage : /pause NAME" in await answer(fake_api, "/pause")


async def test_interval_reschedules_the_poll_and_refuses_bad_values(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        reply = await answer(fake_api, f"/interval {SOURCE} 120")
        assert "toutes les 120 s (2 min)" in reply
        (job,) = poll_jobs(bot, SOURCE)
        assert job.job.trigger.interval == timedelta(seconds=120)
        assert bot.services.catalog.active[SOURCE].interval == 120
        for bad in ("59", "86401", "1.5", "-5", "soon"):
            reply = await answer(fake_api, f"/interval {SOURCE} {bad}")
            assert f"« {bad} »" in reply and "de 60 à 86400" in reply
        assert "Usage : /interval NAME SECONDS" in await answer(fake_api, f"/interval {SOURCE}")
        assert "inconnue" in await answer(fake_api, "/interval nope 600")
        assert bot.services.catalog.active[SOURCE].interval == 120


# ---- /stats and /sources -------------------------------------------------------------------


async def test_stats_counts_chats_subscriptions_the_last_day_and_failing_sources(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    broken = Source(name="casse", url=news_site.url("/broken.xml"), interval=3600)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site), broken])
    async with running_bot(settings) as bot:
        for chat in (ALICE, 1002):
            await answer(fake_api, f"/subscribe {SOURCE}", chat_id=chat)
        await bot.poll()
        publish(news_site, [story(2), story(1)])
        await bot.poll()
        await fake_api.wait_for_messages(ALICE, 2)
        await fake_api.wait_for_messages(1002, 2)
        await bot.deliver()
        await bot.services.store.chats.deactivate(1002, "blocked")  # as when Telegram answers 403
        await bot.poll("casse")
        await bot.poll("casse")  # backing off: not tried again, still one failure
        reply = await answer(fake_api, "/stats")
    assert "Chats : 1 actifs, 1 inactifs" in reply
    assert "Abonnements actifs : 1" in reply
    assert "Dernières 24 h : 2 résumés, 2 messages envoyés" in reply
    assert "Envois en attente : 0" in reply
    assert "Sources : 2 (dont 0 en pause)" in reply
    assert "Sources en échec : casse (1)" in reply


async def test_sources_shows_admins_each_sources_health_and_readers_only_the_list(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    publish(news_site, [story(1)])
    broken = Source(name="casse", url=news_site.url("/broken.xml"), kind=SourceKind.FEED, interval=600)
    settings = make_settings(tmp_path, fake_api, [site_source(news_site), broken])
    async with running_bot(settings) as bot:
        await bot.poll()
        await bot.poll("casse")
        listing, health = await ask(fake_api, "/sources", replies=2)
        assert SOURCE in listing["plain"] and "casse" in listing["plain"]
        text = health["plain"]
        assert "État des sources" in text
        assert f"{SOURCE} — page, toutes les 60 min" in text and "casse — feed, toutes les 10 min" in text
        assert "dernier succès : il y a 0 s" in text and "dernier succès : jamais" in text
        assert "1 échec(s) de suite" in text and "404" in text
        assert text.count("prochain relevé : dans") == 2  # each source its own job's next run

        await answer(fake_api, "/sources", chat_id=ALICE)
        await bot.deliver()
        assert len(fake_api.messages_to(ALICE)) == 1


# ---- OPML ----------------------------------------------------------------------------------


async def test_export_sends_the_sources_as_an_opml_file(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    other = Source(name="lemonde", url="https://www.lemonde.fr/rss/une.xml", title="Le Monde")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site), other])
    async with running_bot(settings):
        (document,) = await ask(fake_api, "/export")
    assert document["method"] == "sendDocument" and document["filename"] == "sources.opml"
    assert "2 sources" in document["caption"]
    assert parse_opml(document["data"]) == [
        ("Le Monde", "https://www.lemonde.fr/rss/une.xml"),
        ("Le Quotidien du Peuple en ligne", news_site.url("/")),
    ]


async def test_import_adds_the_feeds_of_an_opml_file_and_says_why_others_were_skipped(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    serve_feed(news_site, "/fil.xml", title="Le Fil")
    serve_feed(news_site, "/monde.xml", numbers=(5, 4), title="Le Monde")
    feeds = [
        Source(name="a", url=news_site.url("/fil.xml"), title="Le Fil Info"),
        Source(name="b", url=news_site.url("/monde.xml"), title="Quotidien"),
        Source(name="c", url=news_site.url("/"), title="Déjà là"),
        Source(name="d", url=news_site.url("/gone.xml"), title="Disparu"),
        Source(name="e", url="ftp://example.org/rss", title="Pas du web"),
    ]
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings) as bot:
        before = len(fake_api.messages_to(ADMIN))
        fake_api.user_sends_document(to_opml(feeds), "feeds.opml", chat_id=ADMIN, caption="/import")
        (report,) = (await fake_api.wait_for_messages(ADMIN, before + 1))[before:]
        text = report["plain"]
        assert "2 source(s) ajoutée(s)" in text and "3 ignorée(s)" in text
        # Names come from the titles, made unique: the config source is already "quotidien".
        assert "(le-fil-info, quotidien-2)" in text
        assert f"Déjà là : déjà suivie sous le nom {SOURCE}" in text
        assert "Disparu : illisible" in text and "404" in text
        assert "Pas du web : adresse non http(s)" in text
        added = bot.services.catalog.active["le-fil-info"]
        assert added.kind == SourceKind.FEED and added.url == news_site.url("/fil.xml")
        assert poll_jobs(bot, "le-fil-info") and poll_jobs(bot, "quotidien-2")

        again = len(fake_api.messages_to(ADMIN))
        fake_api.user_sends_document(to_opml(feeds[:1]), "feeds.opml", chat_id=ADMIN, caption="/import")
        (report,) = (await fake_api.wait_for_messages(ADMIN, again + 1))[again:]
        assert "0 source(s) ajoutée(s)" in report["plain"] and "déjà suivie sous le nom le-fil-info" in report["plain"]


async def test_import_refuses_a_bad_file_a_non_admin_and_a_caption_without_a_file(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    bomb = (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">]>'
            b'<opml><body><outline title="&a;" xmlUrl="https://x.example/rss"/></body></opml>')
    async with running_bot(settings) as bot:
        for data, expected in ((b"not xml at all", "pas un OPML lisible"), (bomb, "DOCTYPE"),
                               (b"x" * 1_000_001, "trop gros")):
            before = len(fake_api.messages_to(ADMIN))
            fake_api.user_sends_document(data, "f.opml", chat_id=ADMIN, caption="/import")
            (reply,) = (await fake_api.wait_for_messages(ADMIN, before + 1))[before:]
            assert expected in reply["plain"]
        fake_api.user_sends_document(to_opml([Source(name="x", url="https://x.example/rss")]),
                                     "f.opml", chat_id=ALICE, caption="/import")
        (refusal,) = await fake_api.wait_for_messages(ALICE, 1)
        assert "administrateurs du bot" in refusal["plain"]
        assert "légende /import" in await answer(fake_api, "/import")
        assert set(bot.services.catalog.active) == {SOURCE}


# ---- persistence ---------------------------------------------------------------------------


async def test_the_chats_changes_to_sources_survive_a_restart(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    serve_feed(news_site)
    extra = Source(name="lemonde", url="https://www.lemonde.fr/rss/une.xml", title="Le Monde")
    paused = Source(name="rfi", url="https://www.rfi.fr/fr/rss", title="RFI")
    settings = make_settings(tmp_path, fake_api, [site_source(news_site), extra, paused])
    async with running_bot(settings):
        await ask(fake_api, f"/addsource fil {news_site.url('/rss.xml')} 300", replies=2)
        await answer(fake_api, "/removesource lemonde")
        await answer(fake_api, "/pause rfi")
        await answer(fake_api, f"/interval {SOURCE} 120")

    async with running_bot(settings) as bot:
        sources = bot.services.catalog.active
        assert set(sources) == {SOURCE, "fil", "rfi"}  # lemonde stays removed
        assert sources["fil"].url == news_site.url("/rss.xml") and sources["fil"].interval == 300
        assert sources[SOURCE].interval == 120
        assert bot.services.catalog.is_paused("rfi") and poll_jobs(bot, "rfi") == []
        (job,) = poll_jobs(bot, "fil")
        assert job.job.trigger.interval == timedelta(seconds=300)
        assert poll_jobs(bot, "lemonde") == []


async def test_admins_see_their_commands_in_their_own_menu_and_readers_do_not(
    tmp_path: Path, fake_api: FakeBotAPI, news_site: NewsSite
) -> None:
    settings = make_settings(tmp_path, fake_api, [site_source(news_site)])
    async with running_bot(settings):
        admin_menu = {c["command"] for c in fake_api.my_commands({"type": "chat", "chat_id": ADMIN})}
        readers_menu = {c["command"] for c in fake_api.my_commands()}
    assert {"addsource", "removesource", "stats", "export", "import", "subscribe"} <= admin_menu
    assert "addsource" not in readers_menu and "subscribe" in readers_menu
