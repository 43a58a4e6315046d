"""Text from a page's bytes: the charset from the header, a BOM, a <meta charset> or an XML declaration."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

# How far into a body to look for a <meta charset> or an XML declaration (HTML says 1024; be generous).
_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read these labels as windows-1252 (WHATWG Encoding); servers that say latin-1 mean it.
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})


def _codec_name(label: str) -> str | None:
    """Return the Python codec for a charset label, windows-1252 for latin-1 labels, or None if unknown."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    normalized = name.replace("-", "_")
    return "cp1252" if normalized in _AS_CP1252 else name


@lru_cache(maxsize=64)
def _single_byte(codec: str) -> bool:
    """Return whether a codec spells every character in one byte (windows-1252, ISO-8859-x, KOI8-R, ...)."""
    return len(bytes(range(0x80, 0x100)).decode(codec, errors="replace")) == 0x80


def _read_declared(content: bytes, declared: str) -> str:
    """Return the body read in the charset it declares, or as UTF-8 where it is mislabelled: its bytes past ASCII all form
    UTF-8 characters, and the charset it names is a one-byte one or cannot read them.

    Text in a one-byte charset almost never forms UTF-8 (its letters would have to fall into UTF-8's lead and
    continuation bytes in pairs), while a UTF-8 page under an old template's "iso-8859-1" label is common: read as
    declared it shows "Donâ€™t" for "Don’t". A page labelled "gb2312" whose bytes are no GB2312 but UTF-8 is UTF-8.
    Each reading is done once: the one that decides is the one returned.
    """
    if not content.isascii():
        try:
            utf8 = content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _single_byte(declared):
                return utf8
            try:
                return content.decode(declared)
            except UnicodeDecodeError:
                return utf8
    return content.decode(declared, errors="replace")


def _header_charset(content_type_header: str | None) -> str | None:
    """Return the charset parameter of a Content-Type header, if any."""
    if not content_type_header:
        return None
    for param in content_type_header.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def bom_codec(content: bytes) -> str | None:
    """Return the codec a byte order mark at the start of content names (it is dropped in decoding), or None."""
    return next((codec for bom, codec in _BOMS if content.startswith(bom)), None)


def decode_body(content: bytes, content_type_header: str | None) -> str:
    """Return the body as text: header charset, else BOM / <meta charset> / XML declaration, else utf-8 or cp1252."""
    bom = bom_codec(content)
    if bom:  # a byte order mark outranks everything (WHATWG "BOM sniffing")
        return content.decode(bom, errors="replace")
    candidates: list[str | None] = [_header_charset(content_type_header)]
    head = content[:_SNIFF_BYTES]
    xml = _XML_ENCODING.match(head)
    meta = _META_CHARSET.search(head)
    candidates.append(xml.group(1).decode("ascii") if xml else None)
    candidates.append(meta.group(1).decode("ascii") if meta else None)
    for label in candidates:
        declared = _codec_name(label) if label else None
        # A declared utf-16/32 without a BOM is almost always a lie (WHATWG reads it as utf-8).
        if declared and not declared.replace("-", "_").startswith(("utf_16", "utf_32")):
            return _read_declared(content, declared)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")
