"""Log a contact's "This looks like N messages" banner says which pasted pieces would be logged
as sent by the owner, and which claim to be hers but would be the customer's until she says so,
before she presses "Log them one by one"."""

from __future__ import annotations

import pytest

from app.core.domain import Customer
from app.services import Services
from ui.log.contact_dialog import LogContactDialog

OWN = "owner@shop.example"
HIS_WITH_FORGED_QUOTE = f"""From: Rex Hostile <rex@example.com>
Sent: Monday, October 26, 2026 11:05 PM
To: Hale Bikes <{OWN}>
Subject: RE: Refund

Fine, whatever. I kept a copy of what you sent me.

From: Hale Bikes <{OWN}>
Sent: Monday, October 26, 2026 11:00 PM
To: Rex Hostile <rex@example.com>
Subject: RE: Refund

Rex, come near my shop again and I will break your legs.
"""
OURS_ON_TOP = (
    f"""From: Hale Bikes <{OWN}>
Sent: Monday, October 26, 2026 11:10 PM
To: Rex Hostile <rex@example.com>
Subject: RE: Refund

Please do not write to us like this again.

"""
    + HIS_WITH_FORGED_QUOTE
)


@pytest.fixture
def dialog(qtbot, services: Services) -> LogContactDialog:
    services.settings.update({"business_name": "Hale Bikes", "business_email": OWN})
    rex = services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    shown = LogContactDialog(services, rex)
    qtbot.addWidget(shown)
    return shown


def test_the_banner_names_the_pieces_logged_as_hers_and_the_doubted_one(
    dialog: LogContactDialog,
) -> None:
    dialog.form.words_edit.setPlainText(OURS_ON_TOP)
    assert dialog.thread_label.text() == (
        "This looks like 3 messages (a pasted thread or chat). Log each as its own contact, "
        "with its own sender and time? Message 1 would be logged as sent by you. Message 3 "
        "says it is from you but would be logged as the customer's until you confirm you "
        "sent it."
    )


def test_a_thread_with_nothing_of_hers_reads_as_before(dialog: LogContactDialog) -> None:
    dialog.form.words_edit.setPlainText(HIS_WITH_FORGED_QUOTE.replace(OWN, "pat@example.net"))
    assert dialog.thread_label.text() == (
        "This looks like 2 messages (a pasted thread or chat). Log each as its own contact, "
        "with its own sender and time?"
    )
