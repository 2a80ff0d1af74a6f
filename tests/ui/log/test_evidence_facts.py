"""Facts added to a logged contact: a post's details and the policy clause it breaks."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.core.domain import Channel, Customer
from app.services import Services
from tests.helpers.fixtures import log_post_screenshot
from tests.helpers.import_fixtures import write_mbox
from ui.log.contact_view import ContactDialog
from ui.log.evidence_facts import ClauseTagDialog, PostDetailsDialog

AT = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


def _post(services: Services) -> int:
    return log_post_screenshot(services, services.customers.add(Customer(name="Pat Example")), AT)


def test_post_details_added_later_clear_the_warning(qtbot: QtBot, services: Services) -> None:
    contact_id = _post(services)
    contact = services.contacts.get(contact_id)
    assert services.imports.missing_post_details(contact)
    viewer = ContactDialog(services, contact_id)
    qtbot.addWidget(viewer)
    assert not viewer.post_button.isHidden()
    dialog = PostDetailsDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentText("X (Twitter)")
    dialog.url.setText("https://x.com/pat_rants/status/1")
    dialog.handle.setText("@pat_rants")
    dialog.time_known.setChecked(True)
    dialog.accept()
    assert dialog.result() == PostDetailsDialog.DialogCode.Accepted
    assert services.imports.missing_post_details(contact) == []
    assert services.contacts.get(contact_id).text == ""  # the contact itself is unchanged
    assert services.verify().ok


def test_a_url_that_is_not_a_full_address_is_refused(
    qtbot: QtBot, services: Services, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    contact_id = _post(services)
    dialog = PostDetailsDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.url.setText("x.com/pat")
    dialog.accept()
    assert "https://" in message_boxes.texts("warning")[0]
    assert dialog.result() != PostDetailsDialog.DialogCode.Accepted


def test_a_contact_is_tagged_with_the_clause_it_breaks(qtbot: QtBot, services: Services) -> None:
    contact_id = _post(services)
    customer_id = services.contacts.get(contact_id).customer_id
    policy = services.policies.add_policy("Acceptable-behaviour policy")
    services.policies.add_version(
        policy, "2. Treat our staff with respect.", datetime(2026, 1, 1, tzinfo=UTC)
    )
    dialog = ClauseTagDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.version.setCurrentIndex(1)
    assert "in force then" in dialog.version.currentText()
    dialog.clause.setText("section 2")
    dialog.accept()
    [tag] = services.policies.clause_tags(customer_id)
    assert tag.contact_id == contact_id and tag.clause == "section 2"
    assert services.verify().ok


def test_the_clause_dialog_never_guesses_the_policy_and_a_mistaken_tag_is_withdrawn(
    qtbot: QtBot, services: Services, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    contact_id = _post(services)
    customer_id = services.contacts.get(contact_id).customer_id
    since = datetime(2025, 1, 1, tzinfo=UTC)
    behaviour = services.policies.add_policy("Acceptable-behaviour policy")
    services.policies.add_version(behaviour, "1. Treat our staff with respect.", since)
    refund = services.policies.add_policy("Refund policy")
    r1 = services.policies.add_version(refund, "Refunds within 30 days.", since)
    dialog = ClauseTagDialog(services, contact_id)
    qtbot.addWidget(dialog)
    # Both policies were in force: the last one listed is not picked for the owner.
    assert dialog.version.currentText() == "Choose the policy…"
    assert dialog.tag_list.isHidden() and dialog.withdraw_button.isHidden()
    dialog.clause.setText("section 3")
    dialog.accept()
    assert message_boxes.texts("information") == ["Choose the policy this contact breaks."]
    assert services.policies.contact_tags(contact_id) == []
    dialog.version.setCurrentIndex(dialog.version.findData(r1))  # the wrong one, by mistake
    dialog.accept()
    [wrong] = services.policies.clause_tags(customer_id)

    again = ClauseTagDialog(services, contact_id)
    qtbot.addWidget(again)
    assert again.version.currentText() == "Refund policy, version 1 (in force then)"
    assert again.tag_list.item(0).text().startswith("Refund policy, version 1: section 3")
    again.tag_list.setCurrentRow(0)
    answers = iter([("  ", True), ("tagged with the wrong policy", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    again.withdraw_tag()
    assert "Say why the tag is withdrawn" in again.message_label.text()
    again.withdraw_tag()
    assert again.message_label.text() == "Tag withdrawn; packets no longer count it."
    row = again.tag_list.item(0).text()
    assert row.startswith("WITHDRAWN ") and row.endswith("— tagged with the wrong policy")
    assert not again.withdraw_button.isEnabled()
    assert services.policies.clause_tags(customer_id) == []  # no longer counted
    [kept] = services.policies.contact_tags(contact_id)  # kept, marked
    assert kept.id == wrong.id and kept.withdrawn_reason == "tagged with the wrong policy"
    [entry] = services.store.ledger.entries("clause_tag_withdrawal")
    assert entry.action == "clause_tag.withdrawn"
    assert services.verify().ok
    # Withdrawn, it is no longer where the dialog starts.
    third = ClauseTagDialog(services, contact_id)
    qtbot.addWidget(third)
    assert third.version.currentText() == "Choose the policy…"


def test_a_message_from_a_mailbox_shows_where_in_it_it_came_from(
    qtbot: QtBot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_mbox(tmp_path / "Inbox.mbox", 2)
    data = path.read_bytes()
    report = shop.imports.run([str(path)])
    second = report.imported[1].contact_id
    place = shop.imports.mailbox_place(second)
    assert place is not None
    viewer = ContactDialog(shop, second)
    qtbot.addWidget(viewer)
    assert not viewer.came_from.isHidden()
    assert viewer.came_from.textFormat() == Qt.TextFormat.PlainText
    assert viewer.came_from.text() == (
        f"Where it came from: Message 2 of the mailbox file “Inbox.mbox” ({len(data):,} bytes, "
        f"SHA-256 {hashlib.sha256(data).hexdigest()}). The original stored here is that "
        f"file's {place.length:,} bytes from byte offset {place.offset:,} (counted from 0, just "
        "after the message's “From ” line), unchanged."
    )


def test_a_contact_not_from_a_mailbox_shows_no_mailbox(qtbot: QtBot, services: Services) -> None:
    viewer = ContactDialog(services, _post(services))
    qtbot.addWidget(viewer)
    assert viewer.came_from.isHidden()


def test_the_post_details_hints_are_read_whole(qtbot: QtBot, services: Services) -> None:
    """At its bare minimum width the hints, the only explanation of each field, were cut."""
    dialog = PostDetailsDialog(services, _post(services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.url, dialog.handle):
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.width() > needed + 12, edit.placeholderText()
    assert dialog.platform.lineEdit().placeholderText()


def test_a_post_screenshot_logged_by_hand_is_flagged_until_its_details_are_given(
    qtbot: QtBot, services: Services
) -> None:
    """Log a contact, channel Social media, a pasted screenshot: the same promise as an import
    (asked for platform, address, handle and capture time; flagged until given), not a
    "not recorded" discovered only in the police packet."""
    from app.core.contact_changes import NewAttachment
    from tests.helpers.fixtures import inbound
    from tests.helpers.packet_fixtures import png

    customer = services.customers.add(Customer(name="Pat Example"))
    shot = NewAttachment("post.png", png(8, 8, "#336699"), "image/png")
    contact_id = services.contacts.log(
        customer, inbound("", AT, channel=Channel.SOCIAL, summary="Facebook post"), [shot]
    )
    contact = services.contacts.get(contact_id)
    assert services.imports.missing_post_details(contact)
    viewer = ContactDialog(services, contact_id)
    qtbot.addWidget(viewer)
    assert not viewer.post_button.isHidden()
    # A picture logged as an email, or a social contact with no picture, is not a post.
    email = services.contacts.log(customer, inbound("see attached", AT), [shot])
    words = services.contacts.log(customer, inbound("rude DM", AT, channel=Channel.SOCIAL))
    for other in (email, words):
        assert services.imports.missing_post_details(services.contacts.get(other)) == []
