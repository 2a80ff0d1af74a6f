"""The letterhead's email and the owner's own addresses are checked as the customer's are."""

from __future__ import annotations

import pytest

from app.application import open_services
from app.core.errors import InvalidInputError
from app.services import Services


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("business_email", "shop-at-example"),
        ("business_email", "+1 555 0100"),
        ("business_addresses", "shop@example.com\nsales at example.com"),
    ],
)
def test_a_slip_in_an_address_is_refused_and_nothing_is_saved(
    services: Services, key: str, typed: str
) -> None:
    with pytest.raises(InvalidInputError, match="does not look like an email address"):
        services.settings.update({key: typed, "business_name": "Larkspur"})
    assert services.settings.text(key) == ""
    assert services.settings.text("business_name") == ""


def test_good_addresses_are_kept(services: Services) -> None:
    services.settings.update(
        {"business_email": "shop@example.com", "business_addresses": "a@x.org\n\nb@y.co.uk\n"}
    )
    assert services.settings.text("business_email") == "shop@example.com"


def test_an_address_saved_by_an_earlier_steady_still_loads_and_saves(
    services: Services, db_path
) -> None:
    services.store.settings.save({"business_email": "shop-at-example"})
    services.close()
    reopened = open_services(db_path)
    try:
        assert reopened.settings.text("business_email") == "shop-at-example"
        # Saving the rest of the form again does not trip over the old value.
        reopened.settings.update({"business_email": "shop-at-example", "owner_name": "Jo"})
        assert reopened.settings.text("owner_name") == "Jo"
    finally:
        reopened.close()
