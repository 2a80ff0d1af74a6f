"""Where Steady keeps its database on each platform."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

DB_FILENAME = "steady.db"
DEMO_FILENAME = "steady-demo.db"


def data_folder() -> Path:
    override = os.environ.get("STEADY_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Steady"


def cache_folder() -> Path:
    """Where Steady keeps what it can always make again (compiled code), never the owner's
    data: losing it costs a few milliseconds at the next start."""
    override = os.environ.get("STEADY_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Steady" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Steady"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "Steady"


def default_database() -> Path:
    return data_folder() / DB_FILENAME


def demo_database() -> Path:
    return data_folder() / DEMO_FILENAME


def assets_folder() -> Path:
    """The assets folder, beside the packages in a checkout or inside the desktop bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def database_exists(path: str | os.PathLike[str]) -> bool:
    candidate = Path(path)
    return candidate.exists() and candidate.stat().st_size > 0


def private_temporary_folder(prefix: str) -> Path:
    """A new folder for temporary copies (a packet opened in a viewer, evidence opened in
    another program, a pasted screenshot), readable by the owner only, inside Steady's own
    temporary folder, which is emptied when Steady closes."""
    parent = data_folder() / "temporary"
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(parent, 0o700)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))


def empty_private_temporary_folder() -> None:
    """Remove every temporary copy (at exit, and at start after a crash left some behind)."""
    shutil.rmtree(data_folder() / "temporary", ignore_errors=True)
