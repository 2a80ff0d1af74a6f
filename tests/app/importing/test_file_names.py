"""A file whose name is not UTF-8 (copied from an old Windows stick or out of a zip) is taken
in under a readable name, never a traceback; the file itself is read by its real name."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.core.file_names import readable
from tests.helpers.import_fixtures import email

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="names are bytes on POSIX only")


def _latin1(folder: Path, name: bytes) -> str:
    """A path whose last part is these raw bytes, as Python hands it over."""
    return os.fsdecode(os.path.join(os.fsencode(folder), name))


@pytest.fixture
def gordon_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Gordon Pryce", emails=("gordon@example.com",)))
    services.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_mail_named_in_latin_1_imports_under_a_readable_name(
    gordon_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _latin1(tmp_path, b"caf\xe9.eml")
    with open(path, "wb") as handle:
        handle.write(bytes(email("You will regret this.", sender="gordon@example.com")))
    code, out, err = _run(capsys, "--db", str(gordon_db), "import", path)
    assert code == 0, err
    assert "Traceback" not in err and out.startswith("Imported 1")
    services = open_services(gordon_db)
    try:
        contact = services.contacts.page_for_customer(1, 0, 5)[0]
        names = [a.filename for a in services.contacts.attachments(contact.id)]
        assert names == ["café.eml"]
        assert services.verify().ok
    finally:
        services.close()


def test_attaching_and_backing_up_under_such_names_work(
    gordon_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = _latin1(tmp_path, b"re\xe7u.txt")
    with open(picture, "wb") as handle:
        handle.write(b"Receipt for the lamp, 19.95")
    code, _, err = _run(
        capsys, "--db", str(gordon_db), "log", "--customer", "1", "--channel", "phone",
        "--text", "Called about the receipt", "--attach", picture,
    )  # fmt: skip
    assert code == 0, err
    backup = _latin1(tmp_path, b"sauvegarde-\xe9t\xe9.db")
    code, out, err = _run(capsys, "--db", str(gordon_db), "backup", backup)
    assert code == 0, err
    assert "verified" in out and "Traceback" not in err
    assert os.path.exists(f"{backup}.heads")
    services = open_services(gordon_db)
    try:
        contact = services.contacts.page_for_customer(1, 0, 5)[0]
        assert [a.filename for a in services.contacts.attachments(contact.id)] == ["reçu.txt"]
    finally:
        services.close()


def test_proper_names_are_untouched_and_bad_bytes_never_reach_the_log() -> None:
    assert readable("Sé dónde vives.eml") == "Sé dónde vives.eml"
    assert readable("写真.png") == "写真.png"
    shown = readable(os.fsdecode(b"\x81\x8d\xff.png"))
    shown.encode("utf-8")  # storable
    assert shown.endswith(".png")
