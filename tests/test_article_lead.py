"""The lead a digest shows: the story's first sentences, past bylines and credits, cut at a sentence end."""

from __future__ import annotations

import pytest

from bot.news.article.lead import is_front_matter, lead_of, make_lead
from bot.news.text import ends_sentence

STORY = ["By Jane Roe", "PARIS —"] + [f"Sentence number {n} of the story says something new. " * 2 for n in range(30)]


def test_lead_skips_bylines_credits_and_datelines() -> None:
    paragraphs = ["By Jane Roe", "Photo: AFP", "PARIS —", "First sentence of the story is here. " * 3, "More text. " * 40]
    lead = make_lead(paragraphs)
    assert lead.startswith("First sentence of the story is here.")
    assert lead.endswith(".")
    assert 300 <= len(lead) <= 600


def test_lead_of_one_endless_sentence_is_cut_at_a_word() -> None:
    lead = make_lead(["word " * 300])
    assert len(lead) <= 601
    assert lead.endswith("…")


@pytest.mark.parametrize(
    ("paragraph", "front_matter"),
    [
        ("By Jane Roe", True),
        ("Par Claire Exemple", True),
        ("Photo : Pierre Exemple / AFP", True),
        ("AP Photo/Jane Roe", True),
        ("Updated 5:30 PM", True),
        ("PARIS —", True),
        ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Jean Exemple", True),
        ("By the time rescuers arrived, the house had collapsed.", False),
        ("Sources say the minister will resign.", False),
        ("De Gaulle avait prévenu ses ministres.", False),
    ],
)
def test_front_matter_is_bylines_credits_and_stamps_not_sentences(paragraph: str, front_matter: bool) -> None:
    assert is_front_matter(paragraph) is front_matter


@pytest.mark.parametrize("chars", [200, 600, 1200])
def test_lead_of_fills_at_least_half_its_length_and_ends_a_sentence(chars: int) -> None:
    lead = lead_of(STORY, "", chars)
    assert chars // 2 <= len(lead) <= chars
    assert lead.startswith("Sentence number 0") and ends_sentence(lead)


def test_lead_of_at_the_default_length_is_the_extractors_lead() -> None:
    assert lead_of(STORY, "") == make_lead(STORY)


def test_lead_of_a_story_without_paragraphs_is_its_fallback_cut_at_a_sentence() -> None:
    summary = "Le résumé du flux dit ceci. " * 20
    lead = lead_of([], summary, 100)
    assert len(lead) <= 100 and lead.endswith("ceci.")
    assert lead_of([], "  Court.  ", 100) == "Court."


def test_chinese_and_japanese_sentences_join_without_a_space_korean_ones_with_one() -> None:
    assert make_lead(["中国政府今天宣布了新的政策。这项政策将于明年实施。专家认为这将带来积极影响。"], 100, 200) == (
        "中国政府今天宣布了新的政策。这项政策将于明年实施。专家认为这将带来积极影响。")
    assert make_lead(["東京で会議が開かれた。「参加者は百人を超えた」と発表された。"], 100, 200) == (
        "東京で会議が開かれた。「参加者は百人を超えた」と発表された。")
    assert make_lead(["서울에서 회의가 열렸다. 참가자는 백 명이 넘었다."], 100, 200) == "서울에서 회의가 열렸다. 참가자는 백 명이 넘었다."
