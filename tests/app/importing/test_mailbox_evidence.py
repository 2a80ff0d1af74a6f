"""A mailbox as evidence: why one gave nothing ("Imported 0" never stands alone), and where each
stored message came from in it (the file's name, size and SHA-256, the message's number and
bytes), so the original can be checked against the mailbox without a second copy of it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.importing.batch_report import FileNote, ImportFailure, ImportOptions, Progress
from app.importing.mailbox_place import MailboxFile, MailboxPlace
from app.services import Services
from tests.helpers.import_fixtures import email, write_mbox

SEPARATOR = b"From angry@example.com Mon Nov  2 10:00:00 2026\n"
NO_MESSAGE_END = "Nothing was saved; the file itself is unchanged."


def _contacts(services: Services, customer_id: int) -> list[int]:
    return [c.id for c in services.contacts.page_for_customer(customer_id, 0, 100)]


def test_a_mailbox_of_separator_lines_only_says_so_and_logs_nothing(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "empty-export.mbox"
    path.write_bytes((SEPARATOR + b"\n") * 2 + SEPARATOR)
    for options in (ImportOptions(), ImportOptions(customer_id=angry_customer_id)):
        report = shop.imports.run([str(path)], options)
        assert report.summary() == "Imported 0, skipped 0 already there, failed 1."
        assert report.failed == [
            ImportFailure(
                "empty-export.mbox",
                "This mailbox holds no messages: only 3 separator lines (the “From …” line a "
                "mail program writes before each message), with no message after them. "
                + NO_MESSAGE_END,
            )
        ]
        assert report.unmatched == []
    # Before, each blank line between two separators was logged as an empty message.
    assert _contacts(shop, angry_customer_id) == []


def test_separator_lines_back_to_back_are_still_only_separators(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "crlf.mbox"
    path.write_bytes(SEPARATOR.replace(b"\n", b"\r\n") * 2 + b"From -\r\n")
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert [f.reason.split(" (")[0] for f in report.failed] == [
        "This mailbox holds no messages: only 3 separator lines"
    ]
    assert _contacts(shop, angry_customer_id) == []


def test_a_mailbox_whose_separators_are_all_malformed_names_the_lines(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    messages = [
        b"From angry@example.com 2026-11-02\n"
        + bytes(email(f"Message {n}", message_id=f"<bad{n}@example.com>")).replace(b"\r\n", b"\n")
        for n in range(3)
    ]
    data = b"\n".join(messages)
    lines = data.splitlines()
    starts = [n for n, line in enumerate(lines, start=1) if line.startswith(b"From angry")]
    path = tmp_path / "odd-exporter.mbox"
    path.write_bytes(data)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert report.summary() == "Imported 0, skipped 0 already there, failed 1."
    [failure] = report.failed
    assert failure.source == "odd-exporter.mbox"
    assert failure.reason == (
        "This mailbox holds no messages Steady can read: no line in it begins a message the "
        "way mail programs write it (“From sender date”), and it does not begin like a single "
        "email (with From:, Date: or Subject: lines). "
        f"Lines {starts[0]}, {starts[1]} and {starts[2]} begin with “From ” but not in that "
        "form. " + NO_MESSAGE_END
    )
    assert _contacts(shop, angry_customer_id) == []


def test_an_mbox_of_one_byte_is_told_not_logged(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.mbox"
    path.write_bytes(b"x")
    for options in (ImportOptions(), ImportOptions(customer_id=angry_customer_id)):
        report = shop.imports.run([str(path)], options)
        assert report.summary() == "Imported 0, skipped 0 already there, failed 1."
        [failure] = report.failed
        assert failure.reason.endswith(
            "(with From:, Date: or Subject: lines). The file is only 1 byte long. " + NO_MESSAGE_END
        )
    assert _contacts(shop, angry_customer_id) == []


def test_a_mailbox_imported_again_says_every_message_was_already_there(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_mbox(tmp_path / "inbox.mbox", 3)
    first = shop.imports.run([str(path)])
    assert (len(first.imported), first.notes) == (3, [])
    again = shop.imports.run([str(path)])
    assert again.summary() == "Imported 0, skipped 3 already there, failed 0."
    assert again.notes == [
        FileNote(
            "inbox.mbox",
            "All 3 messages were already in the log; nothing new was added. The same mailbox "
            "(the same SHA-256) was imported before, as “inbox.mbox”.",
        )
    ]


def test_the_same_mailbox_under_two_names_adds_nothing_and_keeps_the_first_source(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_mbox(tmp_path / "inbox.mbox", 2)
    copy = tmp_path / "backup-of-inbox.mbox"
    shutil.copyfile(path, copy)
    shop.imports.run([str(path)])
    contacts = _contacts(shop, angry_customer_id)
    again = shop.imports.run([str(copy)])
    assert again.summary() == "Imported 0, skipped 2 already there, failed 0."
    assert again.notes[0].text.endswith("was imported before, as “inbox.mbox”.")
    assert _contacts(shop, angry_customer_id) == contacts
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    size = path.stat().st_size
    details = [e.detail for e in shop.store.ledger.entries("import_file")]
    assert details == [
        {
            "filename": name,
            "kind": "mbox",
            "size": size,
            "sha256": digest,
            "imported": imported,
            "skipped": skipped,
            "failed": 0,
        }
        for name, imported, skipped in (("inbox.mbox", 2, 0), ("backup-of-inbox.mbox", 0, 2))
    ]
    # The stored originals came from the first file, and still say so.
    places = [shop.imports.mailbox_place(contact_id) for contact_id in contacts]
    assert {place.mailbox.filename for place in places if place} == {"inbox.mbox"}


def _mailbox_with_traps(path: Path) -> bytes:
    """Messages with a body line starting "From ", CRLF line ends, an attachment and a
    separator that is not preceded by a blank line's worth of bytes one would expect."""
    with_file = email("Invoice attached. From now on I deal with my lawyer.")
    with_file.add_attachment(
        b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="invoice.pdf"
    )
    data = (
        SEPARATOR
        + bytes(email("First one.", message_id="<a1@example.com>")).replace(b"\r\n", b"\n")
        + b"\n"
        + SEPARATOR.replace(b"\n", b"\r\n")
        + bytes(email("From what I can tell you are thieves.", message_id="<a2@example.com>"))
        + b"\r\n"
        + SEPARATOR
        + bytes(with_file).replace(b"\r\n", b"\n")
    )
    path.write_bytes(data)
    return data


def test_each_stored_original_is_the_mailbox_sliced_at_its_recorded_offset(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "Inbox"
    data = _mailbox_with_traps(path)
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 3, skipped 0 already there, failed 0."
    mailbox = MailboxFile("Inbox", len(data), hashlib.sha256(data).hexdigest())
    for number, item in enumerate(report.imported, start=1):
        original, *others = shop.contacts.attachments(item.contact_id)
        stored = shop.contacts.attachment_data(original.id)[1]
        [entry] = shop.store.ledger.entries("attachment", original.id)
        recorded = entry.detail["mailbox"]
        assert isinstance(recorded, dict)
        offset, length = recorded["offset"], recorded["length"]
        assert isinstance(offset, int) and isinstance(length, int)
        # What a lawyer does with the mailbox: slice it at the offset, compare the bytes.
        assert data[offset : offset + length] == stored
        assert recorded == {
            "filename": "Inbox",
            "size": len(data),
            "sha256": mailbox.sha256,
            "message": number,
            "offset": offset,
            "length": len(stored),
        }
        place = MailboxPlace(mailbox, number, offset, length)
        assert shop.imports.mailbox_place(item.contact_id) == place
        assert place.described() in original.note
        assert original.filename == f"Inbox-{number}.eml"
        assert [a.filename for a in others] == (["invoice.pdf"] if number == 3 else [])
    assert shop.verify().ok


def test_a_mailbox_that_grows_while_it_is_imported_is_told(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_mbox(tmp_path / "live.mbox", 3)
    before = path.read_bytes()
    grown: list[bool] = []

    def mail_program_writes(step: Progress) -> None:
        if "message 1" in step.current and not grown:
            grown.append(True)
            with path.open("ab") as handle:
                handle.write(b"\n" + SEPARATOR + bytes(email("Late", message_id="<late@x>")))

    report = shop.imports.run([str(path)], progress=mail_program_writes)
    assert len(report.imported) == 4  # what was read is kept…
    assert [f.source for f in report.failed] == ["live.mbox"]  # …and the change is told
    assert report.failed[0].reason.startswith(
        "The mailbox changed while it was being imported (a mail program may still be writing it)."
    )
    # Each message records the file as it was when its hash was taken.
    place = shop.imports.mailbox_place(report.imported[0].contact_id)
    assert place is not None
    assert place.mailbox == MailboxFile(
        "live.mbox", len(before), hashlib.sha256(before).hexdigest()
    )
    assert (
        before[place.offset :][: place.length]
        == shop.contacts.attachment_data(
            shop.contacts.attachments(report.imported[0].contact_id)[0].id
        )[1]
    )
    # The import's ledger entry names the same file, not the one that grew.
    [entry] = shop.store.ledger.entries("import_file")
    assert (entry.detail["size"], entry.detail["sha256"]) == (len(before), place.mailbox.sha256)
