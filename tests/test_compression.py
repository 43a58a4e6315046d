"""Tests for bot.news.compression: gzip and deflate undone in bounded slices, stacks and unknown codings refused."""

from __future__ import annotations

import gzip
import time
import zlib
from itertools import islice

import pytest

from bot.news.compression import SLICE, CorruptBody, UnsupportedEncoding, content_codings, decoder_for
from tests.auxil.news_site import zeros_compressed

PAGE = ("<html><body>" + "Le café de la place est fermé pour l'été. " * 600 + "</body></html>").encode("utf-8")


def raw_deflate(data: bytes) -> bytes:
    """Return data as a bare deflate stream, without the zlib header (what some servers send)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def decode_all(header: str, chunks: list[bytes]) -> list[bytes]:
    """Return every slice a decoder yields for the chunks, in order."""
    decoder = decoder_for(header)
    return [piece for chunk in chunks for piece in decoder.decode(chunk)]


def split(data: bytes, size: int) -> list[bytes]:
    """Return data cut into chunks of size bytes."""
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize(
    ("header", "encoded"),
    [
        ("gzip", gzip.compress(PAGE)),
        ("x-gzip", gzip.compress(PAGE)),
        ("GZIP", gzip.compress(PAGE)),
        ("deflate", zlib.compress(PAGE)),  # RFC 9110: zlib-wrapped
        ("deflate", raw_deflate(PAGE)),  # what some servers send all the same
        ("identity", PAGE),
        ("", PAGE),
        ("identity, gzip", gzip.compress(PAGE)),  # identity is no coding at all
    ],
    ids=["gzip", "x-gzip", "GZIP", "zlib-deflate", "raw-deflate", "identity", "none", "identity-gzip"],
)
@pytest.mark.parametrize("chunk_size", [1, 7, 1000, 1 << 20])
def test_decoder_gives_back_the_page_whatever_the_chunking(header: str, encoded: bytes, chunk_size: int) -> None:
    assert b"".join(decode_all(header, split(encoded, chunk_size))) == PAGE


def test_decoder_never_yields_more_than_a_slice_at_once() -> None:
    pieces = decode_all("gzip", [gzip.compress(bytes(10 * SLICE + 123))])
    assert max(len(piece) for piece in pieces) == SLICE
    assert sum(len(piece) for piece in pieces) == 10 * SLICE + 123


def test_decoder_does_only_the_work_its_reader_asks_for() -> None:
    # 1 GB of zeros in 1 MB: inflating it all would take seconds and a gigabyte.
    bomb = zeros_compressed("gzip", 1 << 30)
    started = time.perf_counter()
    first = list(islice(decoder_for("gzip").decode(bomb), 10))
    assert sum(map(len, first)) == 10 * SLICE
    assert time.perf_counter() - started < 0.5


def test_decoder_ignores_what_follows_the_end_of_the_stream() -> None:
    assert b"".join(decode_all("gzip", [gzip.compress(PAGE) + b"\0\0trailing"])) == PAGE


@pytest.mark.parametrize("header", ["gzip, gzip", "deflate, deflate", "gzip,deflate", "deflate, identity, gzip"])
def test_decoder_for_refuses_a_body_encoded_more_than_once(header: str) -> None:
    with pytest.raises(UnsupportedEncoding, match=r"the body is encoded more than once \(.+, .+\)"):
        decoder_for(header)


@pytest.mark.parametrize("header", ["br", "zstd", "compress", "x-rot13"])
def test_decoder_for_refuses_codings_it_does_not_undo(header: str) -> None:
    with pytest.raises(UnsupportedEncoding, match=f"unsupported content encoding {header}"):
        decoder_for(header)


@pytest.mark.parametrize(
    ("header", "body"), [("gzip", b"<html>not gzip at all</html>"), ("deflate", b"\x78\x9c garbage")]
)
def test_decoder_reports_a_body_that_is_not_what_its_header_says(header: str, body: bytes) -> None:
    with pytest.raises(CorruptBody, match=f"cannot undo the {header} encoding"):
        decode_all(header, [body])


def test_content_codings_lists_the_codings_in_order_without_identity() -> None:
    assert content_codings(None) == []
    assert content_codings(" Identity ") == []
    assert content_codings("x-gzip, DEFLATE") == ["gzip", "deflate"]
