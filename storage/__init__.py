"""SQLite storage for Steady: the only package that speaks SQL."""

from storage.store import SqliteStore, open_store

__all__ = ["SqliteStore", "open_store"]
