"""The command line says plainly what went wrong and what it did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.standing.action_records import ActionKind
from tests.helpers.import_fixtures import email


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pat(db_path: Path) -> int:
    services = open_services(db_path)
    customer = services.customers.add(Customer(name="Pat Example", emails=("pat@example.com",)))
    services.close()
    return customer


def test_a_future_date_is_refused(capsys, db_path: Path, pat: int) -> None:
    code, out, err = _run(
        capsys, "--db", str(db_path), "log", "--customer", str(pat), "--channel", "email",
        "--text", "Hello", "--at", "2031-05-05",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert "2031-05-05 00:00 is in the future" in err


def test_db_with_a_missing_folder_or_empty_name_is_refused(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "steady.db"
    code, _, err = _run(capsys, "--db", str(missing), "customer", "list")
    assert code == 2 and "does not exist" in err
    assert not missing.parent.exists()
    code, _, err = _run(capsys, "--db", "", "customer", "list")
    assert code == 2 and "was empty" in err


def test_a_folder_is_imported_file_by_file(capsys, tmp_path: Path, db_path: Path, pat: int) -> None:
    folder = tmp_path / "mail"
    (folder / "older").mkdir(parents=True)
    (folder / "one.eml").write_bytes(bytes(email("First", sender="<pat@example.com>")))
    (folder / "older" / "two.eml").write_bytes(
        bytes(email("Second", sender="<pat@example.com>", message_id="<m2@example.com>"))
    )
    (folder / ".DS_Store").write_bytes(b"\0\0")
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(folder), "--json")
    result = json.loads(out)
    assert code == 0, result
    assert result["imported"] == 2 and result["failed"] == 0


def test_a_damaged_msg_and_a_missing_file_are_said_plainly(
    capsys, tmp_path: Path, db_path: Path, pat: int
) -> None:
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"junk")
    code, out, _ = _run(
        capsys, "--db", str(db_path), "import", str(broken), str(tmp_path / "gone.eml"),
        "--customer", str(pat),
    )  # fmt: skip
    assert code == 1
    assert "OLE2" not in out and "not an Outlook message Steady can read" in out
    assert "Steady cannot find gone.eml" in out


def test_verify_answers_in_plain_words_first(capsys, db_path: Path, pat: int) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "verify")
    assert code == 0
    assert out.splitlines()[0] == "Nothing in your log was changed."
    assert "Head hash" in out


def test_customer_show_lists_the_actions_too(capsys, db_path: Path, pat: int) -> None:
    services = open_services(db_path)
    services.actions.record(pat, ActionKind.REFUND, amount=None, reference="R-77", note="goodwill")
    services.close()
    code, out, _ = _run(capsys, "--db", str(db_path), "customer", "show", str(pat))
    assert code == 0
    assert "1 action(s), oldest first:" in out
    assert "reference R-77" in out and "goodwill" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "customer", "show", str(pat), "--json")
    assert json.loads(out)["actions"][0]["reference"] == "R-77"
