"""“Did you send these?”: a mail claiming to be the shop's that reached the shop as received
mail is shown unticked and stays the customer's unless the owner ticks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from app.core.domain import Customer, Direction
from app.services import Services
from tests.helpers.import_fixtures import OWN
from ui.importing.import_dialog import ImportDialog
from ui.importing.sent_question import ROLE_SENT

THREAT = "I know where you live. I will burn your shop down tonight."
FORGED = (
    "Received: from evil.example (evil.example [203.0.113.9]) by mx.shop.example; "
    "Fri, 30 Oct 2026 22:10:00 +0000\n"
    f"From: Hale Bikes <{OWN}>\nTo: {OWN}\nSubject: About your shop\n"
    "Date: Fri, 30 Oct 2026 22:10:00 +0000\nMessage-ID: <forged@evil.example>\n\n"
    f"{THREAT}\n"
)


def _rex(shop: Services) -> int:
    return shop.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


def _dialog(qtbot, shop: Services, tmp_path: Path, rex: int, pasted: str = "") -> ImportDialog:
    path = tmp_path / "forged.eml"
    path.write_text(FORGED)
    dialog = ImportDialog(shop, [] if pasted else [str(path)], rex, pasted_text=pasted)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=20_000)
    return dialog


def _question(dialog: ImportDialog) -> QTreeWidgetItem:
    found = [
        dialog.results.topLevelItem(i)
        for i in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(i).text(0).startswith("Did you send these?")
    ]
    assert len(found) == 1
    return found[0]


def _direction(shop: Services, rex: int) -> list[Direction]:
    return [c.direction for c in shop.contacts.page_for_customer(rex, 0, 50)]


def test_left_unticked_the_forged_mail_stays_the_customers(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    rex = _rex(shop)
    dialog = _dialog(qtbot, shop, tmp_path, rex)
    group = _question(dialog)
    assert group.text(0) == "Did you send these? (1)"
    row = group.child(0)
    assert row.text(0) == "About your shop"
    assert row.text(1).startswith("It says it is from Hale Bikes, but it was passed on by another")
    assert row.checkState(0) == Qt.CheckState.Unchecked
    dialog.done_button.click()
    assert _direction(shop, rex) == [Direction.INBOUND]


def test_ticked_it_is_the_business_writing_with_no_threat_suggested(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    rex = _rex(shop)
    dialog = _dialog(qtbot, shop, tmp_path, rex)
    row = _question(dialog).child(0)
    row.setCheckState(0, Qt.CheckState.Checked)
    dialog.done_button.click()
    (contact,) = shop.contacts.page_for_customer(rex, 0, 50)
    assert contact.direction is Direction.OUTBOUND and contact.categories == ()
    assert shop.imports.suggestions.pending(int(row.data(0, ROLE_SENT))) == []


def test_a_pasted_quote_from_the_shop_is_asked_about(qtbot, shop: Services, tmp_path: Path) -> None:
    rex = _rex(shop)
    pasted = (
        "See what your shop wrote to me? I am keeping this.\n\n"
        f"On Mon, Oct 26, 2026 at 11:00 PM Hale Bikes <{OWN}> wrote:\n> {THREAT}\n"
    )
    dialog = _dialog(qtbot, shop, tmp_path, rex, pasted)
    row = _question(dialog).child(0)
    assert row.text(0) == THREAT
    assert "it is quoted inside pasted message 1 (from the customer)" in row.text(1)
    dialog.done_button.click()
    assert _direction(shop, rex) == [Direction.INBOUND, Direction.INBOUND]
