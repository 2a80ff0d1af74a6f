"""The owner's settings, one JSON value per key."""

from __future__ import annotations

import json

from storage.connection import SteadyDatabase


class SqliteSettings:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db

    def load(self) -> dict[str, object]:
        return {
            key: json.loads(value)
            for key, value in self._db.execute("SELECT key, value FROM settings")
        }

    def save(self, values: dict[str, object]) -> None:
        with self._db.atomic():
            for key, value in values.items():
                self._db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, json.dumps(value, ensure_ascii=False)],
                )
