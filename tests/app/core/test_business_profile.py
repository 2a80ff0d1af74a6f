from __future__ import annotations

import hashlib

import pytest

from app.application import open_services
from app.core.business_profile import BusinessProfile
from app.core.errors import InvalidInputError
from app.services import Services

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def test_logo_is_kept_in_the_database_under_its_hash(services: Services, db_path) -> None:
    profile = BusinessProfile(services.store, services.settings)
    sha = profile.set_logo(PNG)
    assert sha == hashlib.sha256(PNG).hexdigest()
    services.close()
    reopened = open_services(db_path)
    try:
        assert reopened.settings.text("business_logo") == sha
        assert BusinessProfile(reopened.store, reopened.settings).logo() == PNG
        assert reopened.verify().ok
    finally:
        reopened.close()


def test_a_file_that_is_not_an_image_is_refused(services: Services) -> None:
    profile = BusinessProfile(services.store, services.settings)
    with pytest.raises(InvalidInputError, match="PNG or JPEG"):
        profile.set_logo(b"%PDF-1.4")
    assert profile.logo() is None


def test_clearing_the_logo(services: Services) -> None:
    profile = BusinessProfile(services.store, services.settings)
    profile.set_logo(PNG)
    profile.clear_logo()
    assert profile.logo() is None
