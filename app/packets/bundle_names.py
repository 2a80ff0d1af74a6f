"""The names files take inside an evidence bundle: safe on every file system, kept short."""

from __future__ import annotations

from app.packets.data import Exhibit

NAME_LIMIT = 60  # characters of the original name kept in a zip entry (the manifest has all)


def _safe(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).strip("._")
    return cleaned or "file"


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """A file name a zip tool and every file system accept: safe characters, kept short.

    The extension survives (so the file still opens with the right program); the full
    original name is in the manifest.
    """
    safe = _safe(name)
    if len(safe) <= limit:
        return safe
    stem, dot, extension = safe.rpartition(".")
    if not dot or len(extension) > 10:
        return safe[:limit].rstrip("._") or "file"
    return f"{stem[: limit - len(extension) - 1].rstrip('._')}.{extension}"


def exhibit_path(exhibit: Exhibit) -> str:
    return f"exhibits/{exhibit.number:03d}-{short_name(exhibit.filename)}"
