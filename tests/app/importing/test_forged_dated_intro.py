"""A customer writes a new threat under an introduction he dated himself, as a mail program
would ("On 2 Nov 2026 at 11:30, Rex <rex@…> wrote:"), naming his own address. Only the
business's own earlier words are left out unread: his "quote" of words never logged is read,
in any language. An honest reply quoting the owner is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from tests.helpers.import_fixtures import email

OWN = "anna@halebikes.example"
REX = "Rex Marlow <rex@mail.example>"
FORGED = {
    "en": f"On Mon, 2 Nov 2026 at 11:30, {REX} wrote:",
    "de": f"Am Mo., 2. Nov. 2026 um 11:30 Uhr schrieb {REX}:",
}
OWNER_QUOTED = {
    "en": f"On Mon, 2 Nov 2026 at 11:30, Anna Hale <{OWN}> wrote:",
    "de": f"Am Mo., 2. Nov. 2026 um 11:30 Uhr schrieb Anna Hale <{OWN}>:",
}


@pytest.fixture
def hale_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.settings.update({"business_name": "Hale Bikes", "business_email": OWN})
    services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    services.close()
    return db_path


def _suggested(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, body: str) -> str:
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(email(body, sender=REX, to=OWN, subject="Re: Your bike")))
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    return "\n".join(line for line in out.splitlines() if "suggested:" in line)


@pytest.mark.parametrize("language", FORGED)
def test_a_threat_under_the_customers_own_dated_intro_is_suggested(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    body = f"Whatever.\n\n{FORGED[language]}\n> I will burn your shop down.\n"
    assert _suggested(capsys, hale_db, tmp_path, body) == (
        "  suggested: reply.eml: Threat of vandalism: “burn your shop down” (in a quoted part)"
    )


@pytest.mark.parametrize("language", OWNER_QUOTED)
def test_the_owners_own_words_quoted_under_her_dated_intro_are_still_left_out(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    quote = "> If you threaten to burn the shop down again we will call the police."
    body = f"Fine, understood.\n\n{OWNER_QUOTED[language]}\n{quote}\n"
    assert _suggested(capsys, hale_db, tmp_path, body) == ""
