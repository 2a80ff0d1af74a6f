"""The names mail programs give character sets, and the text codec each one means.

The WHATWG Encoding Standard's labels (the ones browsers and mail programs agree on), plus the
Microsoft and Mac names Outlook and Apple Mail still send. Python knows many of them, but not
"iso-8859-8-i" (Outlook's "Hebrew (ISO-Logical)"), "windows-874" (Thai), "windows-31j",
"ks_c_5601-1989", "x-mac-cyrillic" and others: unknown, the text was read as Windows-1252
and a Hebrew or Thai customer's words became nonsense. Only character sets are listed; a label
naming a transform (rot13, base64, zlib) stays unknown.
"""

from __future__ import annotations

import re

# Python codec: the labels that mean it, written as the standard writes them. Where a label is
# usually meant as a larger set that also reads what it declares, it means that set: Latin-1 as
# Windows-1252, GB2312 as GB18030, EUC-KR as Windows-949, Shift_JIS as Windows-932.
_TABLE = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859_2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
    "iso_8859-2:1987 l2 latin2",
    "iso8859_3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 "
    "iso_8859-3:1988 l3 latin3",
    "iso8859_4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
    "iso_8859-4:1988 l4 latin4",
    "iso8859_5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 "
    "iso_8859-5 iso_8859-5:1988",
    # Arabic and Hebrew "-i" (logical order) and "-e" (explicit direction) hold the same bytes.
    "iso8859_6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
    "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859_7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 "
    "iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859_8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 "
    "iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859_10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859_13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859_14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859_15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859_16": "iso-8859-16",
    "koi8_r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8_u": "koi8-ru koi8-u",
    "mac_roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
    "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 windows-1252 x-cp1252",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
    "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac_cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk "
    "gb18030 euc-cn x-mac-chinesesimp",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5 x-mac-chinesetrad",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp_ext": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis x-ms-cp932 "
    "cp932 x-mac-japanese",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
    "ksc5601 ksc_5601 windows-949 x-mac-korean",
    "utf-16-be": "unicodefffe utf-16be",
    # Without a byte-order mark these are little-endian, as the standard says.
    "utf-16": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16",
    "utf-16-le": "utf-16le",
    # Apple Mail's other Mac character sets.
    "mac_greek": "x-mac-greek",
    "mac_turkish": "x-mac-turkish",
    "mac_iceland": "x-mac-icelandic",
    "mac_latin2": "x-mac-ce x-mac-centraleurroman",
    "mac_croatian": "x-mac-croatian",
    "mac_romanian": "x-mac-romanian",
    "mac_arabic": "x-mac-arabic",
    "mac_farsi": "x-mac-farsi",
}


def _key(label: str) -> str:
    """A label as compared: case, spaces, quotes, "-" and "_" do not count ("ISO_8859-8-I")."""
    return re.sub(r"[\s\"'_-]", "", label.lower())


LABELS: dict[str, str] = {
    _key(label): codec for codec, labels in _TABLE.items() for label in labels.split()
}


def codec_for_label(label: str) -> str | None:
    """The Python codec a standard label means, or None when the label is not one of them."""
    return LABELS.get(_key(label))
