"""Whether a box's stories all came out after the page's (bot/news/article/recency.py)."""

from bot.news.article.recency import all_newer, any_earlier

PAGE = "https://www.journal.example/sante/2021/03/29/un-traite-sur-les-pandemies.html"


def dated(*days: str) -> list[str]:
    """Return story addresses of the site dated by each "YYYY/MM/DD"."""
    return [f"https://www.journal.example/fil/{day}/story-{i}.html" for i, day in enumerate(days)]


def test_a_bunch_of_stories_long_after_the_page_are_the_sites_newest() -> None:
    assert all_newer(dated("2023/06/12", "2023/06/12", "2023/06/11"), PAGE)


def test_one_story_before_the_page_makes_the_box_the_storys() -> None:
    assert not all_newer(dated("2023/06/12", "2021/03/20", "2023/06/11"), PAGE)


def test_later_stories_spread_wider_than_their_distance_from_the_page_are_a_subjects_list() -> None:
    # A topic's list filled as the subject went on: months between its stories, the first soon after the page's.
    assert not all_newer(dated("2021/05/02", "2022/01/10", "2022/09/30"), PAGE)


def test_fewer_than_three_comparable_stories_say_nothing() -> None:
    assert not all_newer(dated("2023/06/12", "2023/06/12"), PAGE)
    undated = ["https://www.journal.example/fil/une-autre-histoire.html"] * 4
    assert not all_newer(dated("2023/06/12", "2023/06/12", "2023/06/11") + undated, PAGE)


def test_ids_of_the_same_length_are_compared_and_others_not() -> None:
    page = "https://www.site.example/handel/eurocash-rusza,198264.html"
    later = [f"https://www.site.example/handel/story-{n},{n}.html" for n in (198494, 198486, 198450)]
    assert all_newer(later, page)
    longer = [f"https://www.site.example/handel/story-{n},{n}.html" for n in (1198494, 1198486, 1198450)]
    assert not all_newer(longer, page)


def test_a_month_only_date_is_compared_by_month() -> None:
    page = "https://www.site.example/2021/03/a-story/"
    assert all_newer([f"https://www.site.example/2023/06/story-{i}/" for i in range(3)], page)
    assert not all_newer([f"https://www.site.example/2021/03/story-{i}/" for i in range(3)], page)


def test_any_earlier_finds_one_story_out_before_the_page_or_on_its_day() -> None:
    assert any_earlier(dated("2023/06/12", "2021/03/29"), PAGE)
    assert not any_earlier(dated("2023/06/12", "2021/04/02") + ["https://www.journal.example/fil/sans-date.html"], PAGE)


def test_any_earlier_without_the_pages_day_wants_a_story_out_before_it_but_a_month_only_date_still_counts() -> None:
    assert not any_earlier(dated("2023/06/12", "2021/03/29"), PAGE, same_day=False)
    assert any_earlier(dated("2023/06/12", "2021/03/28"), PAGE, same_day=False)
    # Where either address names only a month, the same month may be any of its days.
    assert any_earlier(["https://www.journal.example/fil/2021/03/story.html"], PAGE, same_day=False)
    assert any_earlier(dated("2021/03/29"), "https://www.journal.example/2021/03/a-story/", same_day=False)
