"""Importing a whole mail folder takes the mail and pictures in it, and leaves out what the mail
program keeps beside them (indexes, settings, empty mailboxes), saying so, instead of logging
those files as something the customer sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.importing.batch_report import ImportOptions
from app.services import Services
from tests.helpers.import_fixtures import email, write_image
from tests.helpers.mail_folders import MORK, separated, thunderbird_folder


def test_a_thunderbird_folder_imports_the_mail_and_leaves_out_its_own_files(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    folder = thunderbird_folder(tmp_path)
    report = shop.imports.run([str(folder)], ImportOptions(customer_id=angry_customer_id))
    assert report.summary() == (
        "Imported 3, skipped 0 already there, failed 0. Left out 9 files that are not evidence "
        "(a mail program's or Steady's own files, empty files)."
    )
    contacts = shop.contacts.page_for_customer(angry_customer_id, 0, 50)
    assert sorted(c.summary for c in contacts) == ["Again", "Court", "Refund"]
    index = "Not evidence: Thunderbird's index of a mail folder, not a message."
    empty = "Not evidence: the file is empty."
    assert [(left.source, left.reason) for left in report.left_out] == [
        ("Local Folders/Inbox.msf", index),
        ("Local Folders/Trash", empty),
        ("Local Folders/Trash.msf", index),
        ("Local Folders/Unsent Messages", empty),
        ("Local Folders/folderTree.json", "Not evidence: Thunderbird's list of mail folders, not a message."),
        ("Local Folders/msgFilterRules.dat", "Not evidence: Thunderbird's mail filter settings, not a message."),
        ("Local Folders/popstate.dat", "Not evidence: Thunderbird's record of mail already downloaded, not a message."),
        ("Local Folders/virtualFolders.dat", "Not evidence: Thunderbird's saved searches, not a message."),
        ("Local Folders/Inbox.sbd/Complaints.msf", index),
    ]  # fmt: skip
    again = shop.imports.run([str(folder)], ImportOptions(customer_id=angry_customer_id))
    assert (len(again.imported), len(again.skipped), len(again.left_out)) == (0, 3, 9)
    assert len(shop.contacts.page_for_customer(angry_customer_id, 0, 50)) == 3


def test_the_same_folder_without_a_customer_leaves_the_same_files_out(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    folder = thunderbird_folder(tmp_path)
    report = shop.imports.run([str(folder)])
    assert (len(report.imported), len(report.failed), len(report.unmatched)) == (3, 0, 0)
    assert len(report.left_out) == 9


def test_an_index_under_another_name_is_still_left_out_and_evidence_stays(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "Inbox.idx").write_bytes(MORK)
    (folder / "receipt.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    write_image(folder / "threat.png")
    (folder / "notes.txt").write_bytes(b"He shouted at my staff.\n")
    report = shop.imports.run([str(folder)], ImportOptions(customer_id=angry_customer_id))
    assert sorted(item.label for item in report.imported) == [
        "File: notes.txt",
        "File: receipt.pdf",
        "Image: threat.png",
    ]
    assert [left.source for left in report.left_out] == ["evidence/Inbox.idx"]


def test_an_apple_mail_export_leaves_out_its_table_of_contents(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    export = tmp_path / "Inbox.mbox"
    export.mkdir()
    (export / "mbox").write_bytes(separated(bytes(email("Pay up.", subject="Apple"))))
    (export / "table_of_contents").write_bytes(b"\x00\x00\x00\x02binary index\x00")
    (export / "Info.plist").write_bytes(b'<?xml version="1.0"?><plist></plist>')
    report = shop.imports.run([str(export)], ImportOptions(customer_id=angry_customer_id))
    assert [item.label for item in report.imported] == ["Apple"]
    assert [left.source for left in report.left_out] == [
        "Inbox.mbox/Info.plist",
        "Inbox.mbox/table_of_contents",
    ]


@pytest.mark.parametrize("name", ["Inbox.msf", "folderTree.json"])
def test_a_file_named_on_its_own_is_taken_in(
    shop: Services, angry_customer_id: int, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(MORK)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert [item.label for item in report.imported] == [f"File: {name}"]
    assert report.left_out == []


def test_the_command_line_lists_what_it_left_out(
    capsys: pytest.CaptureFixture[str],
    shop: Services,
    angry_customer_id: int,
    db_path: Path,
    tmp_path: Path,
) -> None:
    folder = thunderbird_folder(tmp_path)
    argv = ["--db", str(db_path), "import", str(folder), "--customer", str(angry_customer_id)]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Imported 3, skipped 0 already there, failed 0. Left out 9 files that are not evidence "
        "(a mail program's or Steady's own files, empty files)."
    )
    assert "  left out: Local Folders/Trash: Not evidence: the file is empty." in lines
    assert main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["imported"], result["skipped"], result["failed"]) == (0, 3, 0)
    assert result["left_out"][0] == {
        "source": "Local Folders/Inbox.msf",
        "reason": "Not evidence: Thunderbird's index of a mail folder, not a message.",
    }


def test_a_folder_holding_the_log_leaves_out_steady_s_own_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Taken in, the log, its backups or its heads would put every other customer's details
    into one customer's evidence, where they could never be removed, and into every bundle."""
    from app.application import open_services
    from app.core.domain import Customer

    folder = tmp_path / "shop"
    folder.mkdir()
    log = folder / "shop.db"
    services = open_services(log)
    services.customers.add(Customer(name="Gordon Pryce", emails=("gordon@example.com",)))
    services.customers.add(Customer(name="Tasha Morrow", emails=("tasha@example.com",)))
    services.verify()  # the heads file beside the log
    assert services.backups.daily()  # "Steady backups/" beside the log
    (folder / "shop.db.replaced-2026-11-20-101010").write_bytes(log.read_bytes())
    (folder / ".shop.db.1a2b3c4d.partial").write_bytes(log.read_bytes())
    mail = email("You will regret this.", sender="gordon@example.com")
    (folder / "mail.eml").write_bytes(bytes(mail))
    try:
        report = services.imports.run([str(folder)], ImportOptions(customer_id=1))
        assert len(report.imported) == 1
        left_out = {Path(left.source).name: left.reason for left in report.left_out}
        for name in (
            "shop.db",
            "shop.db.heads",
            "shop.db.replaced-2026-11-20-101010",
        ):
            assert "Steady's own log" in left_out[name], (name, left_out)
        backups = [name for name in left_out if name.startswith("shop-")]
        assert len(backups) == 2  # the day's backup and its heads
        assert all("Steady's own log" in left_out[name] for name in backups)
        assert all(
            "a database's working file" in reason
            for name, reason in left_out.items()
            if name.endswith(("-wal", "-shm"))
        )
        files = [
            a.filename
            for c in services.contacts.page_for_customer(1, 0, 20)
            for a in services.contacts.attachments(c.id)
        ]
        assert all(not name.startswith("shop") for name in files), files
        assert ".shop.db.1a2b3c4d.partial" not in files  # hidden files are never taken in
        assert "Steady's own files" in report.summary()
    finally:
        services.close()


def test_a_database_or_its_working_files_found_in_a_folder_are_not_messages(
    tmp_path: Path,
) -> None:
    import sqlite3

    from app.importing.not_evidence import why_not_evidence

    other = tmp_path / "orders.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE orders (customer TEXT)")
    conn.commit()
    conn.close()
    (tmp_path / "orders.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    assert "a database (Steady's log" in why_not_evidence(str(other))
    assert "a database's working file" in why_not_evidence(str(tmp_path / "orders.sqlite-wal"))
    for name in ("complaint-journal.txt", "refund-journal"):  # no database beside them
        letter = tmp_path / name
        letter.write_text("Day 3 of waiting for my refund.")
        assert why_not_evidence(str(letter)) == ""
