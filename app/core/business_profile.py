"""The business profile's logo, kept inside the database so a backup carries it.

The `business_logo` setting holds the SHA-256 of the image; the bytes live in the blob store
beside the evidence (stored once, never changed).
"""

from __future__ import annotations

from app.core.errors import InvalidInputError, NotFoundError
from app.core.ports import Store
from app.core.settings import Settings

MAX_LOGO_BYTES = 5 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


class BusinessProfile:
    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._settings = settings

    def set_logo(self, data: bytes) -> str:
        """Keep the image and make it the letterhead logo; returns its SHA-256."""
        if not data.startswith((_PNG, _JPEG)):
            raise InvalidInputError("The logo must be a PNG or JPEG image.")
        if len(data) > MAX_LOGO_BYTES:
            raise InvalidInputError(
                f"The logo is {len(data) / 1024 / 1024:.1f} MB; choose an image under "
                f"{MAX_LOGO_BYTES // 1024 // 1024} MB."
            )
        with self._store.atomic():
            sha = self._store.blobs.put(data)
            self._settings.update({"business_logo": sha})
        return sha

    def clear_logo(self) -> None:
        self._settings.update({"business_logo": ""})

    def logo(self) -> bytes | None:
        """The logo's bytes, or None when there is none (or it cannot be found)."""
        sha = self._settings.text("business_logo")
        if not sha:
            return None
        try:
            return self._store.blobs.get(sha)
        except NotFoundError:
            return None
