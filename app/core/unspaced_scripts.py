"""Scripts whose words are not separated by spaces, as Unicode ranges: one table for the search
(which looks such words up as written) and for redaction (which needs no word boundary there).
"""

from __future__ import annotations

# No space between words: Thai, Lao, Tibetan, Myanmar, Khmer, Hangul (particles join the word
# before them), kana and CJK ideographs with their radicals, extensions and compatibility forms.
UNSPACED = (
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x9FFF),  # CJK radicals, kana, Hangul compatibility jamo, CJK ideographs
    (0xA960, 0xA97F),  # Hangul jamo extended
    (0xAC00, 0xD7FF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # halfwidth katakana
    (0x20000, 0x3FFFF),  # CJK extensions
)
# Spaces between words, but prefixes and particles written onto a word (Hebrew, Arabic).
PREFIXED = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Arabic supplements
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),
)


def character_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The ranges as a regular expression's character class."""
    return "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]"
