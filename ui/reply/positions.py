"""Python counts text in code points, Qt in UTF-16 units: an emoji is one to Python and two to
Qt. Every offset from app/ goes through here before it touches a QTextDocument."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Map:
    """Converts between code-point and UTF-16 offsets of one text, in O(log n) per offset."""

    def __init__(self, text: str) -> None:
        # Code-point indexes of the characters that take two UTF-16 units.
        self._wide = [index for index, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # The same characters' UTF-16 positions, for the way back.
        self._wide16 = [index + n for n, index in enumerate(self._wide)]

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._wide, index)

    def to_python(self, position: int) -> int:
        return position - bisect_left(self._wide16, position)


def to_qt(text: str, index: int) -> int:
    return Utf16Map(text).to_qt(index)


def to_python(text: str, position: int) -> int:
    return Utf16Map(text).to_python(position)
