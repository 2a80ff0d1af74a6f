"""A time-stamping address that can never answer is refused when it is saved."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInputError
from app.services import Services


@pytest.mark.parametrize(
    "typed",
    [
        "htps://freetsa.example/tsr",
        "freetsa.org/tsr",
        "https://",
        "https:///tsr",
        "https://free tsa.org/tsr",
        "ftp://freetsa.org/tsr",
        "https://freetsa.org:port/tsr",
        "javascript:alert(1)",
    ],
)
def test_an_address_that_cannot_work_is_refused(services: Services, typed: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        services.settings.update({"time_stamp_url": typed})
    assert str(refused.value).startswith(
        f"Time-stamping service: “{typed.strip()}” is not a web address Steady can use."
    )
    assert services.settings.text("time_stamp_url") == ""
    assert not services.time_stamps.enabled


@pytest.mark.parametrize(
    "typed", ["https://freetsa.org/tsr", "http://timestamp.digicert.com", " HTTPS://tsa.example "]
)
def test_a_working_address_is_saved(services: Services, typed: str) -> None:
    services.settings.update({"time_stamp_url": typed})
    assert services.settings.text("time_stamp_url") == typed.strip()
    assert services.time_stamps.enabled


def test_a_root_certificate_must_be_pem_text(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="not a certificate in PEM text"):
        services.settings.update({"time_stamp_root": "MIIB...just base64"})
    services.settings.update({"time_stamp_root": ""})
