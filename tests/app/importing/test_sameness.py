"""Different evidence is never dropped as "already there", and the same message is never
logged twice because it came in a different wrapper."""

from __future__ import annotations

from pathlib import Path

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, email, write_image


def test_same_message_id_with_different_content_is_kept_and_flagged(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    first = tmp_path / "first.eml"
    first.write_bytes(bytes(email("I will pay tomorrow.", sender=ANGRY)))
    forged = tmp_path / "second.eml"
    forged.write_bytes(bytes(email("I never promised to pay.", sender=ANGRY)))
    kept = shop.imports.run([str(first)]).imported[0].contact_id
    report = shop.imports.run([str(forged)])
    assert [item.source for item in report.imported] == ["second.eml"]
    flag = f"Same Message-ID as contact {kept}, different content."
    assert flag in report.imported[0].warnings
    second = report.imported[0].contact_id
    texts = {shop.contacts.get(cid).text for cid in (kept, second)}
    assert texts == {"I will pay tomorrow.", "I never promised to pay."}
    original = shop.contacts.attachments(second)[0]
    assert flag in original.note
    # Importing either again adds nothing.
    again = shop.imports.run([str(first), str(forged)])
    assert (len(again.imported), len(again.skipped)) == (0, 2)
    assert shop.verify().ok


def test_the_same_file_for_a_second_customer_is_logged_for_them_too(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    other = shop.customers.add(Customer(name="Their Friend"))
    picture = write_image(tmp_path / "threat.png")
    first = shop.imports.run([str(picture)], ImportOptions(customer_id=angry_customer_id))
    second = shop.imports.run([str(picture)], ImportOptions(customer_id=other))
    assert len(first.imported) == 1 and len(second.imported) == 1
    assert shop.contacts.count_for_customer(other) == 1
    assert shop.contacts.count_for_customer(angry_customer_id) == 1
    # For the same customer again it is already there.
    again = shop.imports.run([str(picture)], ImportOptions(customer_id=other))
    assert (len(again.imported), len(again.skipped)) == (0, 1)
    assert shop.verify().ok


def test_an_mbox_of_messages_already_imported_as_eml_adds_nothing(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    # Without a Message-ID, with a body line starting "From " that the mbox quotes as ">From ",
    # and CRLF line endings in the .eml: only the message itself is compared.
    messages = [
        bytes(email(f"Message {n}\nFrom now on I call daily.", sender=ANGRY, message_id=None))
        for n in range(3)
    ]
    paths = []
    for number, raw in enumerate(messages):
        path = tmp_path / f"m{number}.eml"
        path.write_bytes(raw.replace(b"\n", b"\r\n"))
        paths.append(str(path))
    assert len(shop.imports.run(paths).imported) == 3
    mbox = tmp_path / "all.mbox"
    mbox.write_bytes(
        b"".join(
            b"From angry@example.com Mon Mar  2 10:00:00 2026\n"
            + raw.replace(b"\nFrom now", b"\n>From now")
            + b"\n"
            for raw in messages
        )
    )
    report = shop.imports.run([str(mbox)])
    assert (len(report.imported), len(report.skipped)) == (0, 3)
