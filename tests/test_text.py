"""The text toolkit: spaces, scripts, UTF-16 length, sentences and cutting text to a length."""

from __future__ import annotations

import pytest

from bot.news.text import collapse, count_cjk, ends_sentence, split_sentences, truncate, utf16_len, unaccented, unescaped_twice


def test_collapse_joins_whitespace_runs_and_strips() -> None:
    assert collapse("  Un\n\ttitre \u00a0 long  ") == "Un titre long"
    assert collapse(None) == ""


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("习近平会见", 5),          # unified ideographs
        ("ひらがなカタカナ", 8),     # kana
        ("한국어 뉴스", 5),          # Hangul syllables
        ("㐀㐁", 2),                # extension A
        ("𠀀𠀁", 2),                # supplementary ideographs (outside the BMP)
        ("䷀䷁", 0),                 # Yijing hexagrams sit between the blocks but are no script
        ("Élection à Genève", 0),
    ],
)
def test_count_cjk_counts_kana_hangul_and_ideographs_only(text: str, count: int) -> None:
    assert count_cjk(text) == count


def test_utf16_len_counts_characters_outside_the_bmp_twice() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len("é") == 1
    assert utf16_len("📰 news") == 7  # the emoji is a surrogate pair
    assert utf16_len("𠀀") == 2


def test_sentences_keep_abbreviations_whole() -> None:
    text = "M. Stoltenberg a parlé. Le Dr. Smith est venu aux U.S. hier. Fin!"
    assert split_sentences(text) == ["M. Stoltenberg a parlé.", "Le Dr. Smith est venu aux U.S. hier.", "Fin!"]


def test_sentences_end_at_cjk_full_stops_without_spaces() -> None:
    assert split_sentences("第一句。第二句！") == ["第一句。", "第二句！"]


def test_ends_sentence_allows_closing_quotes() -> None:
    assert ends_sentence("He said “yes.”") and ends_sentence("Fin!")
    assert not ends_sentence("Un titre sans point")


def test_truncate_leaves_text_that_fits_alone() -> None:
    assert truncate("Court.", 50) == "Court."
    assert truncate("Court.", 50, at_sentence=True) == "Court."


def test_truncate_at_sentence_keeps_whole_sentences() -> None:
    text = "Première phrase assez longue. Deuxième phrase. Troisième phrase qui ne tient pas."
    assert truncate(text, 50, at_sentence=True) == "Première phrase assez longue. Deuxième phrase."


def test_truncate_at_sentence_cuts_at_a_word_when_the_first_sentence_is_too_long() -> None:
    cut = truncate("Un seul long segment sans point " * 10, 50, at_sentence=True)
    assert cut == "Un seul long segment sans point Un seul long…"


@pytest.mark.parametrize("limit", [1, 2, 10, 49, 50, 51, 500])
def test_truncate_never_exceeds_the_limit(limit: int) -> None:
    text = "mot, " * 200
    cut = truncate(text, limit)
    assert len(cut) <= limit and cut.endswith("…")
    assert not cut[:-1].endswith((",", " "))  # no dangling comma before the ellipsis


def test_truncate_without_spaces_in_reach_cuts_where_the_room_ends() -> None:
    text = "新华社北京 " + "中" * 100  # one early space must not halve the cut
    assert truncate(text, 40) == text[:39] + "…"


def test_truncate_at_sentence_joins_chinese_sentences_without_spaces() -> None:
    text = "第一句话在这里结束。第二句话也在这里结束。第三句话则要长得多得多得多得多得多。"
    assert truncate(text, 25, at_sentence=True) == "第一句话在这里结束。第二句话也在这里结束。"


def test_unaccented_drops_accents_writes_letters_that_do_not_decompose_plain_and_keeps_other_scripts() -> None:
    assert unaccented("Santé, Libération, Ærø, Ⅻ ½") == "Sante, Liberation, AEro, XII 1⁄2"
    assert unaccented("Haftanın Kitapları, Łódź, Straße") == "Haftanin Kitaplari, Lodz, Strasse"
    assert unaccented("新闻 Новости") == "新闻 Новости"


def test_collapse_drops_an_icon_fonts_private_use_glyphs() -> None:
    assert collapse("LIRE LA SUITE \ue315") == "LIRE LA SUITE"
    assert collapse("10.jubileja 17\U000f0001 komentāri") == "10.jubileja 17 komentāri"


def test_unescaped_twice_reads_references_left_after_parsing_and_leaves_plain_ampersands() -> None:
    assert unescaped_twice("Preis &amp; Daten, &quot;Sessions&quot; &#39;ok&#39; &eacute;t&eacute;") == \
        "Preis & Daten, \"Sessions\" 'ok' été"
    assert unescaped_twice("AT&T & Co; R&D &unknownname;") == "AT&T & Co; R&D &unknownname;"
