"""“Did you forward these?”: a mail claiming to be the shop's forward that came in from outside
(her forward to her own inbox, or a forger's) is shown unticked and stays logged whole as the
sender's unless the owner ticks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from app.core.domain import Customer
from app.services import Services
from tests.helpers.import_fixtures import OWN
from ui.importing.import_dialog import ImportDialog

THREAT = "I know where you live. I will burn your shop down tonight."
FORWARD = (
    "Delivered-To: support@shop.example\n"
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by "
    "mx.shop.example with ESMTPS id K1; Fri, 30 Oct 2026 22:10:00 +0000\n"
    f"From: Hale Bikes <{OWN}>\nTo: {OWN}\nSubject: Fwd: You will pay\n"
    "Date: Fri, 30 Oct 2026 22:10:00 +0000\nMessage-ID: <fwd@shop.example>\n\n"
    "For the log.\n\n---------- Forwarded message ---------\n"
    "From: Rex Hostile <rex@example.com>\nDate: Mon, 26 Oct 2026 at 21:00\n"
    f"Subject: You will pay\nTo: <{OWN}>\n\n{THREAT}\n"
)


def _dialog(qtbot, shop: Services, tmp_path: Path) -> tuple[ImportDialog, int]:
    rex = shop.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    path = tmp_path / "forward.eml"
    path.write_text(FORWARD)
    dialog = ImportDialog(shop, [str(path)], None)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=20_000)
    return dialog, rex


def _groups(dialog: ImportDialog) -> dict[str, QTreeWidgetItem]:
    results = dialog.results
    return {
        results.topLevelItem(i).text(0): results.topLevelItem(i)
        for i in range(results.topLevelItemCount())
    }


def test_left_unticked_the_forward_stays_the_senders_whole(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    dialog, rex = _dialog(qtbot, shop, tmp_path)
    groups = _groups(dialog)
    assert "Did you send these? (1)" not in groups
    group = groups["Did you forward these? (1)"]
    assert group.text(1).startswith("Logged whole as the sender's. Tick only what you or your")
    row = group.child(0)
    assert row.text(0) == "Fwd: You will pay"
    assert row.text(1).startswith(f"It says Hale Bikes <{OWN}> forwarded it, but it carries")
    assert row.checkState(0) == Qt.CheckState.Unchecked
    dialog.done_button.click()
    (contact,) = shop.contacts.page_for_customer(rex, 0, 50)
    assert contact.text.startswith("For the log.") and contact.details.staff == ""


def test_ticked_it_is_the_message_forwarded_dated_when_sent(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    dialog, rex = _dialog(qtbot, shop, tmp_path)
    _groups(dialog)["Did you forward these? (1)"].child(0).setCheckState(0, Qt.CheckState.Checked)
    dialog.done_button.click()
    (contact,) = shop.contacts.page_for_customer(rex, 0, 50)
    assert contact.text == THREAT and contact.details.staff == "Hale Bikes"
    assert contact.occurred_at.isoformat()[:16] == "2026-10-26T21:00"
