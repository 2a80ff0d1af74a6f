"""SQLite storage for Steady: the only package that speaks SQL."""

from storage.lazy_modules import before_sqlite_utils

before_sqlite_utils()  # before the first import of sqlite-utils, which store's modules do

from storage.store import SqliteStore, open_store  # noqa: E402

__all__ = ["SqliteStore", "open_store"]
