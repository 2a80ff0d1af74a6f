"""Helpdesk CSV rows: different tickets with the same words stay different contacts, the same
export imported again adds nothing, and a row in another encoding is read right, named to the
owner, and kept exactly as it is in the file."""

from __future__ import annotations

import codecs
from pathlib import Path

from app.core.domain import Direction
from app.services import Services
from tests.helpers.import_fixtures import ANGRY

HEADER = "Ticket ID,Created at,Requester email,Subject,Description\n"
ASKED = f"2026-11-02 10:15,{ANGRY},Order,Where is my order???\n"


def _summaries(shop: Services, customer_id: int) -> list[str]:
    contacts = shop.contacts.page_for_customer(customer_id, 0, 1000)
    return sorted(contact.summary for contact in contacts)


def test_five_tickets_with_the_same_words_are_five_contacts_once(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    repeat = tmp_path / "repeat.csv"
    repeat.write_text(HEADER + "".join(f"{n},{ASKED}" for n in range(101, 106)))
    notime = tmp_path / "notime.csv"
    notime.write_text("Requester email,Description\n" + f"{ANGRY},Answer me NOW\n" * 4)
    report = shop.imports.run([str(repeat), str(notime)])
    assert report.summary() == "Imported 9, skipped 0 already there, failed 0."
    assert _summaries(shop, angry_customer_id) == ["Answer me NOW"] * 4 + [
        f"Order (#{n})" for n in range(101, 106)
    ]
    again = shop.imports.run([str(repeat), str(notime)])
    assert again.summary() == "Imported 0, skipped 9 already there, failed 0."


def test_a_later_export_in_another_order_adds_only_the_new_tickets(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    first = tmp_path / "week1.csv"
    first.write_text(HEADER + "".join(f"{n},{ASKED}" for n in (101, 102, 103)))
    shop.imports.run([str(first)])
    later = tmp_path / "week2.csv"  # newest first, two more tickets asking the same
    later.write_text(HEADER + "".join(f"{n},{ASKED}" for n in (105, 104, 103, 102, 101)))
    report = shop.imports.run([str(later)])
    assert report.summary() == "Imported 2, skipped 3 already there, failed 0."
    assert _summaries(shop, angry_customer_id) == [f"Order (#{n})" for n in range(101, 106)]


def test_rows_told_apart_only_by_a_column_steady_does_not_read_are_all_kept(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "chats.csv"
    path.write_text(
        "Requester email,Description,Channel\n"
        f"{ANGRY},refund me,web\n{ANGRY},refund me,phone\n{ANGRY},refund me,web\n"
    )
    assert len(shop.imports.run([str(path)]).imported) == 3
    assert len(shop.imports.run([str(path)]).skipped) == 3


def test_a_row_in_windows_1252_after_64_kb_of_utf8_is_read_right_named_and_kept(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "late.csv"
    filler = "".join(f"{n},2026-11-01 09:00,{ANGRY},Order,Still waiting {n}\n" for n in range(1100))
    words = "Vous êtes des voleurs – je porte plainte. «Dernier avertissement» 100€"
    late = f"9999,2026-11-02 10:00,{ANGRY},Réclamation,{words}\r\n".encode("cp1252")
    path.write_bytes((HEADER + filler).encode() + late)
    assert len(HEADER + filler) > 64 * 1024
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 1101, skipped 0 already there, failed 0."
    [item] = [i for i in report.imported if i.label == "Réclamation (#9999)"]
    contact = shop.contacts.get(item.contact_id)
    assert contact.text == words
    assert item.warnings == (
        "Row 1102 is not in UTF-8 like the start of the file; it was read as Windows-1252 "
        "(Western European).",
    )
    [kept] = shop.contacts.attachments(contact.id)
    assert kept.filename == "late, row 1102.csv"
    assert shop.contacts.attachment_data(kept.id)[1] == HEADER.encode() + late
    # The other rows are not flagged.
    assert sum(1 for i in report.imported if i.warnings) == 1


def test_utf8_rows_in_a_windows_1252_file_and_unreadable_bytes_are_named(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        HEADER.encode()
        + f"1,2026-11-02 10:00,{ANGRY},Order,Déjà payé\n".encode("cp1252")
        + f"2,2026-11-02 10:01,{ANGRY},Order,Я подам в суд\n".encode()
        + f"3,2026-11-02 10:02,{ANGRY},Order,odd \x81 byte\n".encode("latin-1")
    )
    report = shop.imports.run([str(path)])
    texts = [shop.contacts.get(i.contact_id).text for i in report.imported]
    assert texts == ["Déjà payé", "Я подам в суд", "odd \ufffd byte"]
    assert [i.warnings for i in report.imported] == [
        (),
        ("Row 3 is in UTF-8, unlike the start of the file (Windows-1252); it was read as UTF-8.",),
        (
            "Some characters of row 4 could not be read and are shown as �; the row exactly "
            "as it is in the file is kept with the contact.",
        ),
    ]
    kept = shop.contacts.attachments(report.imported[2].contact_id)[0]
    assert shop.contacts.attachment_data(kept.id)[1].endswith(b"odd \x81 byte\n")


def test_utf16_without_a_byte_order_mark_and_old_mac_line_ends_are_read(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_bytes(f"Requester email,Description\n{ANGRY},Ich verklage Sie\n".encode("utf-16-le"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(
        codecs.BOM_UTF16_BE
        + f"Requester email,Description\n{ANGRY},Ça suffit\n".encode("utf-16-be")
    )
    mac = tmp_path / "mac.csv"
    mac.write_bytes(f"Requester email,Description\r{ANGRY},first\r{ANGRY},second\r".encode())
    report = shop.imports.run([str(wide), str(bom), str(mac)])
    assert report.summary() == "Imported 4, skipped 0 already there, failed 0."
    texts = [shop.contacts.get(i.contact_id).text for i in report.imported]
    assert texts == ["Ich verklage Sie", "Ça suffit", "first", "second"]
    kept = shop.contacts.attachments(report.imported[1].contact_id)[0]
    assert shop.contacts.attachment_data(kept.id)[1].decode("utf-16-be") == (
        f"Requester email,Description\n{ANGRY},Ça suffit\n"
    )


def test_the_report_names_a_row_as_its_warning_and_the_spreadsheet_do(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    export = tmp_path / "tickets.csv"
    # A blank line, then a time nobody can read: the spreadsheet shows that ticket on row 4.
    export.write_text(HEADER + f"101,{ASKED}\n" + f"102,yesterday-ish,{ANGRY},Late,Where?\n")
    report = shop.imports.run([str(export)])
    sources = [item.source for item in report.imported]
    assert sources == ["tickets.csv, row 2", "tickets.csv, row 4"], sources
    [warning] = [w for item in report.imported for w in item.warnings if "could not" in w]
    assert warning.startswith("Row 4:")


def test_a_helpdesk_internal_note_is_the_business_words_never_the_customers(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    """A private note ("Author type: internal") was once quoted in a legal packet as what the
    customer wrote."""
    path = tmp_path / "tickets.csv"
    path.write_text(
        "Ticket ID,Created at,Requester email,Description,Author type\n"
        f"501,2026-10-03 09:00,{ANGRY},I want my money back,end-user\n"
        f"502,2026-10-03 09:30,{ANGRY},Agent note: he is bluffing,internal\n"
        f"503,2026-10-03 10:00,{ANGRY},Refunds take five days,Private Note\n"
        f"504,2026-10-03 11:00,{ANGRY},Still waiting,robot\n"
    )
    report = shop.imports.run([str(path)])
    contacts = {c.text: c for c in shop.contacts.page_for_customer(angry_customer_id, 0, 100)}
    assert contacts["I want my money back"].direction is Direction.INBOUND
    for note in ("Agent note: he is bluffing", "Refunds take five days"):
        assert contacts[note].direction is Direction.OUTBOUND
        assert contacts[note].summary.startswith("Internal note in the helpdesk")
    warnings = " ".join(w for item in report.imported for w in item.warnings)
    assert "Row 3 is an internal note (Author type: “internal”)" in warnings
    assert "Row 5: “robot” in the column “Author type”" in warnings
