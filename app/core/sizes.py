"""A file's size in the words the owner reads, in the window and in the packets alike."""

from __future__ import annotations


def size_words(size: int) -> str:
    """ "812 bytes", "14 KB", "3.2 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
