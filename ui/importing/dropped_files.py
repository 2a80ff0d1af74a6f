"""Files the owner drags in from their desktop or mail program."""

from __future__ import annotations

from PySide6.QtCore import QMimeData


def local_files(mime: QMimeData) -> list[str]:
    """The local file paths being dragged, or [] for text, web links and the like."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
