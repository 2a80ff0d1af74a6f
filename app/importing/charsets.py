"""Reading text whose declared character set may be wrong, missing or unknown.

Mail lies about its charset: gb2312 labels on GBK bytes, Latin-1 labels on Windows-1252
quotes or on UTF-8 text. Each declared name (charset_labels lists the names in use) is read as the superset it
is usually meant to be, then UTF-8, then Windows-1252, and the owner is told when the text was
read other than as declared.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

from app.importing.charset_labels import codec_for_label

# Labels read other than the standard says: ASCII as UTF-8 (a sender who says ASCII and
# writes "café" meant UTF-8), and the "don't know" labels as UTF-8 first.
_SUPERSETS = {
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
}


_PLAIN = b"From: Pat <pat@example.com>\n0123456789"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)


def _codec(name: str) -> str | None:
    """The text codec a declared name means; None for unknown names and for codecs that are
    not character sets at all (rot13, zlib, base64, hex: a sender can declare any of them)."""
    cleaned = name.strip().strip('"').lower()
    cleaned = _SUPERSETS.get(cleaned) or codec_for_label(cleaned) or cleaned
    try:
        info = codecs.lookup(cleaned)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def _ascii_compatible(codec: str) -> bool:
    """Whether the codec reads plain ASCII as itself (UTF-16/32 and EBCDIC do not)."""
    try:
        return _PLAIN.decode(codec) == _PLAIN.decode("ascii")
    except (UnicodeError, LookupError, ValueError):
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mislabelled(data: bytes, codec: str) -> bool:
    """Plain ASCII or UTF-8 declared as a charset that would turn it into nonsense.

    Any even number of bytes "decodes" as UTF-16 and any bytes as EBCDIC, so the declared
    codec never fails. Real UTF-16/32 text has a byte-order mark or NUL bytes, and real
    EBCDIC is almost never valid UTF-8, so bytes with neither are not what the label says.
    """
    if _ascii_compatible(codec) or b"\x00" in data or data.startswith(_BOMS):
        return False
    return _is_utf8(data)


# Western labels that mail programs put on UTF-8 they send without converting it (a real Yahoo
# mail: "iso-8859-1" over UTF-8 bytes). Any bytes "decode" in these, into "fÃ¼r" for "für".
_WESTERN = {"cp1252", "iso8859-1", "iso8859-15"}


def _utf8_under_western(data: bytes, codec: str) -> bool:
    """UTF-8 text with letters beyond ASCII declared as Latin-1 or Windows-1252. Real Western
    text is almost never valid UTF-8: each accented letter would have to be followed by exactly
    the right symbols ("Ã" then "©"), throughout the text."""
    return codec in _WESTERN and not data.isascii() and _is_utf8(data)


def decode_leniently(data: bytes, declared: str | None, where: str) -> tuple[str, str | None]:
    """The text, and a warning for the owner when it could not be read as it said."""
    declared = (declared or "").strip()
    codec = _codec(declared) if declared else None
    if codec and data and _utf8_under_western(data, codec):
        return data.decode("utf-8"), (
            f"The {where} said “{declared}”, but its text is written in UTF-8; it was read as "
            "UTF-8."
        )
    if codec and data and _mislabelled(data, codec):
        return data.decode("utf-8"), (
            f"The {where} said “{declared}”, which did not match the text; it was read as UTF-8."
        )
    if codec:
        try:
            return data.decode(codec), None
        except (UnicodeError, LookupError, ValueError):
            # idna and "undefined" are text codecs that refuse ordinary bytes.
            pass
    for fallback in ("utf-8", "cp1252"):
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        if not declared:
            return text, None if fallback == "utf-8" or data.isascii() else (
                f"The {where} did not say which character set it uses; it was read as "
                "Windows-1252 (Western European)."
            )
        reason = "is not a known character set" if codec is None else "did not match the text"
        label = "UTF-8" if fallback == "utf-8" else "Windows-1252"
        return text, f"The {where} said “{declared}”, which {reason}; it was read as {label}."
    text = data.decode("utf-8", errors="replace")
    return text, (
        f"Some characters of the {where} could not be read and are shown as �; the original "
        "is kept unchanged."
    )


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def decode_words(raw: str, where: str) -> tuple[str, list[str]]:
    """A header's encoded words ("=?utf-8?Q?caf=C3=A9?=") decoded one by one, for when the
    standard decoder gives up on the whole line: one word that cannot be decoded is kept as
    written, and the rest of the line is still read."""
    warnings: list[str] = []
    pieces: list[str] = []
    end = 0
    after_word = False
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[end : match.start()]
        # Space between two encoded words only separates them (RFC 2047).
        if not (after_word and not between.strip()):
            pieces.append(between)
        end = match.end()
        charset, kind, data = match.group(1).split("*")[0], match.group(2), match.group(3)
        try:
            if kind in "bB":
                chunk = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
            else:
                chunk = binascii.a2b_qp(data.encode("ascii"), header=True)
        except (binascii.Error, ValueError):
            pieces.append(match.group(0))
            after_word = False
            problem = f"Part of the {where} could not be decoded; it is kept as written."
            if problem not in warnings:
                warnings.append(problem)
            continue
        text, warning = decode_leniently(chunk, charset, where)
        if warning and warning not in warnings:
            warnings.append(warning)
        pieces.append(text)
        after_word = True
    pieces.append(raw[end:])
    return "".join(pieces), warnings
