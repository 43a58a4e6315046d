"""Dates as news pages write them: stamps without a year, French and English prose, ISO."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.news.article.dates import parse_iso, parse_text_date, stamp_date, url_date

PEOPLEDAILY_URL = "http://french.peopledaily.com.cn/International/n3/2016/0705/c31356-9081464.html"


def test_stamp_without_year_takes_year_and_day_order_from_url() -> None:
    found = stamp_date("Dernière mise à jour à 08h36 le 05/07", PEOPLEDAILY_URL)
    assert found == datetime(2016, 7, 5, 8, 36)


def test_stamp_without_year_and_without_dated_url_is_unknown() -> None:
    assert stamp_date("Dernière mise à jour à 08h36 le 05/07", "https://example.org/a") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 juillet 2016", datetime(2016, 7, 5)),
        ("le 1er août 2019 à 18h05", datetime(2019, 8, 1, 18, 5)),
        ("le 05/07/2016 à 08h36", datetime(2016, 7, 5, 8, 36)),
        ("Mardi 12 décembre 2023, 7:45", datetime(2023, 12, 12, 7, 45)),
        ("July 5, 2016", datetime(2016, 7, 5)),
        ("Updated 8:36 PM, Tue July 5, 2016", datetime(2016, 7, 5, 20, 36)),
        ("5th Jan. 2021 at 12:15am", datetime(2021, 1, 5, 0, 15)),
    ],
)
def test_prose_dates_in_french_and_english(text: str, expected: datetime) -> None:
    assert parse_text_date(text) == expected


def test_named_zone_in_stamp_gives_aware_datetime() -> None:
    found = parse_text_date("Published 10:30 GMT+8, March 3, 2022")
    assert found == datetime(2022, 3, 3, 10, 30, tzinfo=timezone(timedelta(hours=8)))


def test_published_wins_over_updated_in_one_line() -> None:
    text = "Publié le 12 octobre 2023 à 07h30 Mis à jour le 13 octobre 2023 à 18h02"
    assert stamp_date(text) == datetime(2023, 10, 12, 7, 30)


def test_published_wins_even_when_update_is_written_first() -> None:
    text = "Updated March 4, 2020 9:15 AM. Published March 3, 2020 6:00 PM"
    assert stamp_date(text) == datetime(2020, 3, 3, 18, 0)


def test_us_numeric_dates_read_month_first_when_asked() -> None:
    assert parse_text_date("07/05/2016", day_first=False) == datetime(2016, 7, 5)
    assert parse_text_date("07/05/2016", day_first=True) == datetime(2016, 5, 7)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-07-05T08:36:00+08:00", datetime(2016, 7, 5, 8, 36, tzinfo=timezone(timedelta(hours=8)))),
        ("2021-11-01T10:52:50+0100", datetime(2021, 11, 1, 10, 52, 50, tzinfo=timezone(timedelta(hours=1)))),
        ("2018-12-21T12:55:00Z", datetime(2018, 12, 21, 12, 55, tzinfo=timezone.utc)),
        ("2017-11-03 03:01:00.000000", datetime(2017, 11, 3, 3, 1)),
        ("Tue, 05 Jul 2016 08:36:00 +0800", datetime(2016, 7, 5, 8, 36, tzinfo=timezone(timedelta(hours=8)))),
        ("2024-06-25", datetime(2024, 6, 25)),
    ],
)
def test_machine_stamps_parse_with_their_zone(value: str, expected: datetime) -> None:
    assert parse_iso(value) == expected


def test_garbage_is_not_a_date() -> None:
    assert parse_iso("not a date") is None
    assert parse_iso("") is None
    assert parse_text_date("31/02/2016") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (PEOPLEDAILY_URL, (2016, 7, 5)),
        ("https://example.org/2019/03/14/story", (2019, 3, 14)),
        ("https://example.org/news/20190314-story.html", (2019, 3, 14)),
        ("https://example.org/2019/3/story", (2019, 3, None)),
        ("https://example.org/news/story-1234567", None),
    ],
)
def test_url_dates(url: str, expected: tuple[int, int | None, int | None] | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年11月19日 10:30", datetime(2019, 11, 19, 10, 30)),
        ("2019. 11. 19. 10:30", datetime(2019, 11, 19, 10, 30)),
        ("19.11.2019, 10:30 Uhr", datetime(2019, 11, 19, 10, 30)),
        ("5. Juli 2016", datetime(2016, 7, 5)),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", datetime(2018, 1, 22, 0, 13)),
        ("12 de marzo de 2020", datetime(2020, 3, 12)),
        ("3 maggio 2019 ore 10:15", datetime(2019, 5, 3, 10, 15)),
        ("19 ноября 2019, 10:30", datetime(2019, 11, 19, 10, 30)),
    ],
)
def test_dates_in_other_languages_and_year_first_orders(text: str, expected: datetime) -> None:
    assert parse_text_date(text) == expected


def test_dotted_day_month_is_not_read_as_a_clock_time() -> None:
    assert parse_text_date("19.11.2019") == datetime(2019, 11, 19)
