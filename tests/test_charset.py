"""Tests for bot.news.charset: which charset a page's bytes are read in."""

from __future__ import annotations

from pathlib import Path

from bot.news.charset import decode_body

FIXTURES = Path(__file__).parent / "fixtures" / "listing"


def test_decode_body_prefers_the_header_charset() -> None:
    body = "<meta charset='utf-8'>café".encode("cp1252")
    assert decode_body(body, "text/html; charset=ISO-8859-1").endswith("café")


def test_decode_body_reads_meta_charset_and_treats_latin1_as_windows_1252() -> None:
    text = decode_body((FIXTURES / "latin1_page.html").read_bytes(), "text/html")
    assert "Le café de la place est fermé pour l'été." in text
    assert "Prix : 5 €" in text  # 0x80 is the euro sign in windows-1252, a control in ISO-8859-1


def test_decode_body_reads_http_equiv_content_type() -> None:
    body = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>\xe9t\xe9'
    assert decode_body(body, None).endswith("été")


def test_decode_body_reads_the_xml_declaration() -> None:
    body = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>€uro</title></rss>'.encode("iso-8859-15")
    assert "<title>€uro</title>" in decode_body(body, "application/rss+xml")


def test_decode_body_defaults_to_utf8_then_cp1252() -> None:
    assert decode_body("déjà vu".encode("utf-8"), None) == "déjà vu"
    assert decode_body("déjà vu".encode("cp1252"), "text/html") == "déjà vu"


def test_decode_body_honours_a_bom_and_ignores_unknown_labels() -> None:
    assert decode_body(b"\xef\xbb\xbfcaf\xc3\xa9", "text/html; charset=latin-1") == "café"
    assert decode_body("café".encode("utf-8"), "text/html; charset=x-no-such-charset") == "café"
    assert decode_body(b'<meta charset="utf-16">caf\xc3\xa9', None).endswith("café")


def test_decode_body_reads_utf8_bytes_a_page_labels_with_a_one_byte_charset_as_utf8() -> None:
    for label in ("iso-8859-1", "windows-1252", "koi8-r"):
        body = f'<meta charset="{label}"><p>Don’t — café, Москва</p>'.encode("utf-8")
        assert decode_body(body, None).endswith("<p>Don’t — café, Москва</p>"), label
    # Bytes that are no UTF-8 stay in the charset the page declares, as does an ASCII page.
    assert decode_body('<meta charset="iso-8859-1">caf\xe9 à 5 €'.encode("cp1252"), None).endswith("café à 5 €")
    assert decode_body('<meta charset="koi8-r">Москва'.encode("koi8-r"), None).endswith("Москва")


def test_decode_body_reads_utf8_bytes_a_page_labels_with_a_charset_that_cannot_read_them_as_utf8() -> None:
    body = '<meta charset="gb2312"><title>DeepMind新电脑已可利用记忆自学</title>'.encode("utf-8")
    assert decode_body(body, None).endswith("<title>DeepMind新电脑已可利用记忆自学</title>")
    # GB2312 bytes stay GB2312.
    assert decode_body('<meta charset="gb2312">新电脑'.encode("gb2312"), None).endswith("新电脑")
