"""Importing files for real: contacts, originals, customers, idempotence, failures, ledger."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Category, Customer, Direction
from app.importing.batch_report import ImportOptions, ItemRef
from app.importing.helpdesk_csv import ColumnMapping, guess_mapping, read_table
from app.importing.images import ImageDetails
from app.importing.records import PostDetails
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN, email, write_image, write_mbox, write_msg


def _contacts(services: Services, customer_id: int) -> list:
    return services.contacts.page_for_customer(customer_id, 0, 1000)


def test_an_eml_becomes_a_contact_with_its_original_and_attachments(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    message = email("You idiots. I will see you in court.")
    message.add_attachment(
        b"%PDF-1.4 receipt", maintype="application", subtype="pdf", filename="receipt.pdf"
    )
    path = tmp_path / "angry.eml"
    path.write_bytes(bytes(message))
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    [contact] = _contacts(shop, angry_customer_id)
    assert contact.text == "You idiots. I will see you in court."
    assert contact.summary == "Refund"
    assert contact.direction is Direction.INBOUND
    assert contact.source == "import:email"
    assert contact.external_id == "message-id:m1@example.com"
    assert set(contact.categories) == {Category.ABUSE, Category.THREAT_LEGAL}
    assert contact.severity == 4  # abusive: "idiots"; the court is hostile only
    attachments = shop.contacts.attachments(contact.id)
    assert [a.filename for a in attachments] == ["angry.eml", "receipt.pdf"]
    original, data = shop.contacts.attachment_data(attachments[0].id)
    assert data == path.read_bytes()
    assert original.sha256 == hashlib.sha256(data).hexdigest()
    suggestions = shop.imports.suggestions.for_contact(contact.id)
    assert {(s.category, s.words) for s in suggestions} == {
        (Category.ABUSE, ("idiots",)),
        (Category.THREAT_LEGAL, ("see you in court",)),
    }
    assert shop.verify().ok


def test_importing_again_does_nothing_and_a_grown_mbox_adds_only_the_new(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "inbox.mbox", 5)
    assert len(shop.imports.run([str(mbox)]).imported) == 5
    again = shop.imports.run([str(mbox)])
    assert (len(again.imported), len(again.skipped)) == (0, 5)
    write_mbox(mbox, 3, start=5)
    grown = shop.imports.run([str(mbox)])
    assert (len(grown.imported), len(grown.skipped)) == (3, 5)
    assert shop.contacts.count_for_customer(angry_customer_id) == 8
    # The same message as a separate .eml is recognised (its Message-ID and its content).
    single = tmp_path / "m2.eml"
    single.write_bytes(
        bytes(
            email(
                "Message 2: I want my money back.",
                sender=ANGRY,
                subject="Complaint 2",
                message_id="<m2@example.com>",
            )
        )
    )
    assert len(shop.imports.run([str(single)]).skipped) == 1
    records = shop.store.imports.file_records()
    assert [(r.filename, r.imported, r.skipped) for r in records] == [
        ("inbox.mbox", 5, 0),
        ("inbox.mbox", 0, 5),
        ("inbox.mbox", 3, 5),
        ("m2.eml", 0, 1),
    ]
    assert records[0].sha256 != records[2].sha256
    assert [e.action for e in shop.store.ledger.entries("import_file")] == ["import.file"] * 4
    assert shop.verify().ok


def test_a_message_without_message_id_is_recognised_by_its_content(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "no-id.eml"
    path.write_bytes(bytes(email(message_id=None)))
    first = shop.imports.run([str(path)])
    assert first.imported[0].contact_id
    assert shop.contacts.get(first.imported[0].contact_id).external_id.startswith("sha256:")
    assert len(shop.imports.run([str(path)]).skipped) == 1


def test_a_corrupt_file_fails_alone_and_the_rest_of_the_batch_imports(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(bytes(email()))
    broken_msg = tmp_path / "broken.msg"
    broken_msg.write_bytes(b"this is not an OLE file at all")
    missing = tmp_path / "gone.eml"
    other = tmp_path / "other.eml"
    other.write_bytes(bytes(email("second", message_id="<m9@example.com>")))
    report = shop.imports.run([str(good), str(broken_msg), str(missing), str(other)])
    assert report.summary() == "Imported 2, skipped 0 already there, failed 2."
    reasons = {failure.source: failure.reason for failure in report.failed}
    assert "not an Outlook message" in reasons["broken.msg"]
    assert "cannot find gone.eml" in reasons["gone.eml"]
    assert shop.verify().ok


def test_mail_from_our_own_address_is_outbound_and_matched_by_recipient(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(
        bytes(
            email("We are sorry.", sender=f"Shop <{OWN}>", to=ANGRY, message_id="<r1@shop.example>")
        )
    )
    report = shop.imports.run([str(path)])
    contact = shop.contacts.get(report.imported[0].contact_id)
    assert (contact.customer_id, contact.direction) == (angry_customer_id, Direction.OUTBOUND)


def test_an_unknown_sender_waits_for_the_owner_to_choose_the_customer(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "new.mbox", 2, sender="stranger@example.net")
    report = shop.imports.run([str(mbox)])
    assert not report.imported and len(report.unmatched) == 2
    assert {u.key for u in report.unmatched} == {"stranger@example.net"}
    assert "2 waiting for you to choose the customer" in report.summary()
    newcomer = shop.customers.add(Customer(name="Stranger"))
    picks = {u.ref: newcomer for u in report.unmatched}
    second = shop.imports.run(
        [str(mbox)], ImportOptions(only=frozenset(picks), item_customers=picks)
    )
    assert len(second.imported) == 2
    assert shop.contacts.count_for_customer(newcomer) == 2


def test_outlook_msg_is_imported_with_its_original(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_msg(
        tmp_path / "complaint.msg",
        subject="Réclamation",
        body="I will sue you.",
        sender=ANGRY,
        message_id="<msg1@example.com>",
    )
    report = shop.imports.run([str(path)])
    assert not report.failed, report.failed
    contact = shop.contacts.get(report.imported[0].contact_id)
    assert (contact.customer_id, contact.text, contact.summary) == (
        angry_customer_id,
        "I will sue you.",
        "Réclamation",
    )
    assert contact.external_id == "message-id:msg1@example.com"
    names = {a.filename: a for a in shop.contacts.attachments(contact.id)}
    assert set(names) == {"complaint.msg", "receipt.txt"}
    assert shop.contacts.attachment_data(names["complaint.msg"].id)[1] == path.read_bytes()
    assert len(shop.imports.run([str(path)]).skipped) == 1


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".webp", ".gif"])
def test_images_keep_their_bytes_and_capture_time(
    shop: Services, angry_customer_id: int, tmp_path: Path, suffix: str
) -> None:
    path = write_image(tmp_path / f"shot{suffix}", "2026:02:14 21:05:09", "+02:00")
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    contact = shop.contacts.get(report.imported[0].contact_id)
    [attachment] = shop.contacts.attachments(contact.id)
    assert shop.contacts.attachment_data(attachment.id)[1] == path.read_bytes()
    assert attachment.is_image
    if suffix != ".gif":  # GIF has no EXIF: the file's time is used
        assert contact.occurred_at == datetime(
            2026, 2, 14, 21, 5, 9, tzinfo=timezone(timedelta(hours=2))
        )
        assert "EXIF" in attachment.note
    else:
        assert (
            contact.occurred_at == datetime.fromtimestamp(int(os.path.getmtime(path))).astimezone()
        )
    assert shop.imports.missing_post_details(contact) == []
    assert shop.verify().ok


def test_a_screenshot_of_a_post_warns_until_its_facts_are_complete(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_image(tmp_path / "post.png")
    details = ImageDetails(is_post=True, post=PostDetails(handle="@angry_pat"))
    report = shop.imports.run([str(path)], ImportOptions(image_details={str(path): details}))
    item = report.imported[0]
    assert item.customer_id == angry_customer_id  # matched by the handle "X: @angry_pat"
    contact = shop.contacts.get(item.contact_id)
    assert shop.imports.missing_post_details(contact) == [
        "platform",
        "full URL of the post",
        "time of the post",
    ]
    posted = datetime(2026, 2, 1, 12, 0).astimezone()
    shop.imports.posts.record(
        contact.id,
        PostDetails(
            url="https://x.com/angry_pat/status/123", handle="@angry_pat", posted_at=posted
        ),
    )
    assert shop.imports.missing_post_details(contact) == []
    assert shop.imports.posts.get(contact.id).platform == "X (Twitter)"
    assert shop.verify().ok


def test_any_other_file_is_attached_as_is_and_huge_files_are_refused_clearly(
    shop: Services, angry_customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.7 " + os.urandom(3 * 1024 * 1024))
    report = shop.imports.run([str(pdf)], ImportOptions(customer_id=angry_customer_id))
    [attachment] = shop.contacts.attachments(report.imported[0].contact_id)
    assert shop.contacts.attachment_data(attachment.id)[1] == pdf.read_bytes()
    monkeypatch.setattr("app.importing.batch.MAX_ATTACHMENT_BYTES", 1024 * 1024)
    other = tmp_path / "big.bin"
    other.write_bytes(os.urandom(2 * 1024 * 1024))
    refused = shop.imports.run([str(other)], ImportOptions(customer_id=angry_customer_id))
    assert "Steady keeps files up to 1 MB" in refused.failed[0].reason
    assert shop.verify().ok


def test_helpdesk_csv_columns_are_guessed_and_remembered(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        "Ticket ID;Subject;Requester email;Created at;Description;Type\n"
        "101;Broken;angry@example.com;2026-03-01 10:00:00 +0100;It broke, you morons;incoming\n"
        "101;Broken;angry@example.com;2026-03-01 11:00:00 +0100;We will replace it;agent\n",
        encoding="cp1252",
    )
    table = read_table(str(path))
    guessed = guess_mapping(table.headers)
    assert guessed.columns == {
        "when": "Created at",
        "email": "Requester email",
        "subject": "Subject",
        "text": "Description",
        "reference": "Ticket ID",
        "direction": "Type",
    }
    report = shop.imports.run([str(path)])
    assert len(report.imported) == 2
    first, second = (shop.contacts.get(i.contact_id) for i in report.imported)
    assert (first.text, first.summary, first.direction) == (
        "It broke, you morons",
        "Broken (#101)",
        Direction.INBOUND,
    )
    assert second.direction is Direction.OUTBOUND
    assert len(shop.imports.run([str(path)]).skipped) == 2
    own = ColumnMapping({"text": "Subject", "email": "Requester email"})
    shop.imports.remember_mapping(table.signature, own)
    assert shop.imports.remembered_mapping(table.signature) == own


def test_pasted_thread_becomes_one_contact_per_message(
    shop: Services, angry_customer_id: int
) -> None:
    text = (
        "I'll see you in court.\n\n"
        "On Mon, 2 Mar 2026 at 10:15, Shop <support@shop.example> wrote:\n"
        "> We can refund you.\n"
    )
    report = shop.imports.import_pasted(angry_customer_id, text)
    contacts = [shop.contacts.get(i.contact_id) for i in report.imported]
    # The shop's words quoted in the customer's message are his claim until the owner confirms.
    assert [(c.text, c.direction) for c in contacts] == [
        ("I'll see you in court.", Direction.INBOUND),
        ("We can refund you.", Direction.INBOUND),
    ]
    assert "it is quoted inside pasted message 1" in report.imported[1].doubted
    shop.imports.sent_by_owner.confirm(report.imported[1].contact_id)
    assert shop.contacts.get(report.imported[1].contact_id).direction is Direction.OUTBOUND
    assert len(shop.imports.import_pasted(angry_customer_id, text).skipped) == 2


def test_clearing_a_suggestion_is_a_correction_and_confirming_keeps_it(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "a.eml"
    path.write_bytes(bytes(email("You clowns, I'll leave a bad review and sue you.")))
    contact_id = shop.imports.run([str(path)]).imported[0].contact_id
    assert set(shop.contacts.get(contact_id).categories) == {
        Category.ABUSE,
        Category.THREAT_PUBLIC,
        Category.THREAT_LEGAL,
    }
    shop.imports.suggestions.decide(contact_id, {Category.THREAT_LEGAL})
    contact = shop.contacts.get(contact_id)
    assert contact.categories == (Category.THREAT_LEGAL,) and contact.revision == 1
    assert shop.contacts.revisions(contact_id)[0].details.categories != contact.categories
    assert {s.category: s.status for s in shop.imports.suggestions.for_contact(contact_id)} == {
        Category.ABUSE: "cleared",
        Category.THREAT_PUBLIC: "cleared",
        Category.THREAT_LEGAL: "confirmed",
    }
    assert shop.verify().ok


def test_a_full_disk_fails_that_message_and_stops_cleanly(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    first = tmp_path / "first.eml"
    first.write_bytes(bytes(email()))
    big = tmp_path / "big.eml"
    big_message = email("big", message_id="<big@example.com>")
    big_message.add_attachment(
        os.urandom(400_000), maintype="application", subtype="octet-stream", filename="x.bin"
    )
    big.write_bytes(bytes(big_message))
    later = tmp_path / "later.eml"
    later.write_bytes(bytes(email("later", message_id="<later@example.com>")))
    pages = shop.store.db.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    shop.store.db.execute(f"PRAGMA max_page_count = {pages + 40}")  # type: ignore[attr-defined]
    report = shop.imports.run([str(first), str(big), str(later)])
    assert len(report.imported) == 1
    assert "disk is full" in report.stopped
    assert [f.source for f in report.failed] == ["big.eml", "later.eml"]
    assert shop.contacts.count_for_customer(angry_customer_id) == 1
    assert shop.verify().ok


def test_a_database_locked_by_another_program_fails_clearly(
    db_path: Path,
    shop: Services,
    angry_customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "a.eml"
    path.write_bytes(bytes(email()))
    monkeypatch.setattr("storage.database.BUSY_TIMEOUT_SECONDS", 0.05)
    second = open_services(db_path, shop.clock)
    blocker = sqlite3.connect(db_path)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        report = second.imports.run([str(path)])
    finally:
        blocker.rollback()
        blocker.close()
    assert "in use by another program" in report.failed[0].reason
    assert not report.imported
    again = second.imports.run([str(path)])
    second.close()
    assert len(again.imported) == 1
    assert shop.verify().ok


def test_cancel_stops_between_messages(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "inbox.mbox", 10)
    seen: list[int] = []
    report = shop.imports.run(
        [str(mbox)],
        progress=lambda p: seen.append(p.imported),
        should_stop=lambda: len(seen) > 4,
    )
    assert report.cancelled and 0 < len(report.imported) < 10
    assert shop.contacts.count_for_customer(angry_customer_id) == len(report.imported)
    assert ItemRef(str(mbox), 1) == report.imported[0].ref
