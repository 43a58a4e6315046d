"""Undoing a body's Content-Encoding (gzip, deflate) in bounded slices, so that a small body cannot grow unseen."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

# The most one step decodes: whoever reads the slices counts them and may stop between two.
SLICE = 64 * 1024
# What the bot asks servers for: exactly the codings it undoes itself.
ACCEPT_ENCODING = "gzip, deflate"

_GZIP = 16 + zlib.MAX_WBITS  # a gzip header and trailer
_ZLIB = zlib.MAX_WBITS  # a zlib header and trailer: what RFC 9110 means by deflate
_RAW = -zlib.MAX_WBITS  # a bare deflate stream: what some servers send as deflate all the same
_ALIASES = {"x-gzip": "gzip"}  # RFC 9110 section 8.4.1.3


class UnsupportedEncoding(ValueError):
    """A Content-Encoding the bot does not undo; str() says which and why."""


class CorruptBody(ValueError):
    """A body that is not what its Content-Encoding says; str() says what zlib found."""


class BodyDecoder(Protocol):
    """Undoes one Content-Encoding, chunk after chunk."""

    coding: str

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Yield the decoded bytes of the next chunk, at most SLICE bytes at a time; raise CorruptBody."""
        ...


class _Identity:
    """The body as it came."""

    coding = "identity"

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Yield the chunk unchanged."""
        if data:
            yield data


def _is_zlib_header(head: bytes) -> bool:
    """Return whether two bytes open a zlib stream (method 8, header checksum a multiple of 31; RFC 1950)."""
    return head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


class _Inflater:
    """gzip or deflate (zlib-wrapped or bare), inflated SLICE bytes at a time."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        # deflate waits for its first two bytes to tell a zlib header from a bare stream.
        self._stream = zlib.decompressobj(_GZIP) if coding == "gzip" else None
        self._head = b""

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Yield the inflated bytes of the next chunk, at most SLICE bytes at a time; raise CorruptBody."""
        if self._stream is None:
            data = self._head + data
            if len(data) < 2:
                self._head = data
                return
            self._stream = zlib.decompressobj(_ZLIB if _is_zlib_header(data) else _RAW)
        stream = self._stream
        while not stream.eof:  # what follows the end of the stream is ignored, as httpx did
            try:
                # max_length bounds the output of this step; the input left over waits in unconsumed_tail.
                out = stream.decompress(data, SLICE)
            except zlib.error as exc:
                raise CorruptBody(f"cannot undo the {self.coding} encoding: {exc}") from exc
            data = stream.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < SLICE:
                return  # all input used and nothing held back: the next chunk is needed


def content_codings(header: str | None) -> list[str]:
    """Return the codings of a Content-Encoding header in the order applied, lowercase, identity left out."""
    codings = (part.strip().lower() for part in (header or "").split(","))
    return [_ALIASES.get(coding, coding) for coding in codings if coding and coding != "identity"]


def decoder_for(header: str | None) -> BodyDecoder:
    """Return the decoder for a Content-Encoding header; raise UnsupportedEncoding for a stack or an unknown coding."""
    codings = content_codings(header)
    if not codings:
        return _Identity()
    if len(codings) > 1:
        # Nobody compresses a page twice but a decompression bomb: each layer multiplies the size.
        raise UnsupportedEncoding(f"the body is encoded more than once ({', '.join(codings)})")
    if codings[0] not in ("gzip", "deflate"):
        raise UnsupportedEncoding(f"unsupported content encoding {codings[0]} (the bot asks for {ACCEPT_ENCODING})")
    return _Inflater(codings[0])
