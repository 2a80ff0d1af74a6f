"""Prepare packet tells the truth about contacts withdrawn as logged by mistake: the packet
leaves them out of its log (it lists them apart, with why), so the chooser shows them greyed,
never ticked, never an example, and counts only what the packet holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.packets.contacts import all_contacts, default_examples
from app.packets.data import Redaction
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text
from tests.ui.shell.test_colours import dark  # noqa: F401 (the fixture)
from ui.packets.contact_choice import EXAMPLE, ID_ROLE, INCLUDE, WORDS
from ui.packets.packet_dialog import PacketDialog

THREAT = "返金しないなら訴えます"  # the worst of the log: Steady's first example
POST = "Larkspur Files are crooks, avoid!"  # the only contact with a picture
THREAT_WHY = "Sent by another customer, logged under Pat by mistake"
POST_WHY = "A different Pat's post"


@pytest.fixture
def withdrawn_dialog(qtbot, packet_subject: PacketSubject) -> Iterator[PacketDialog]:  # type: ignore[no-untyped-def]
    ids = packet_subject.contact_ids
    packet_subject.services.contacts.withdraw(ids["japanese"], THREAT_WHY)
    packet_subject.services.contacts.withdraw(ids["post"], POST_WHY)
    opened = PacketDialog(packet_subject.services, packet_subject.customer_id)
    # Closed as Steady closes it, not as the owner would: no question about typed words.
    qtbot.addWidget(opened, before_close_func=lambda shown: shown.done(0))
    yield opened
    opened.wait_for_worker()
    opened.done(0)


def _row(dialog: PacketDialog, contact_id: int) -> QTreeWidgetItem:
    tree = dialog.chooser.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return next(r for r in rows if r.data(INCLUDE, ID_ROLE) == contact_id)


def _click_box(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    box = QPoint(tree.columnWidth(INCLUDE) // 2, tree.visualItemRect(item).center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box)


def _preview(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()


def test_a_withdrawn_contact_is_shown_withdrawn_and_cannot_be_ticked(
    qtbot, withdrawn_dialog: PacketDialog, packet_subject: PacketSubject
) -> None:
    ids = packet_subject.contact_ids
    chooser = withdrawn_dialog.chooser
    threat = _row(withdrawn_dialog, ids["japanese"])
    assert threat.checkState(INCLUDE) == Qt.CheckState.Unchecked
    assert not threat.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert threat.data(EXAMPLE, Qt.ItemDataRole.CheckStateRole) is None  # no example box
    assert threat.text(WORDS).startswith(f"Withdrawn: {THREAT_WHY} — ")
    assert THREAT_WHY in threat.toolTip(WORDS) and "not in the packet" in threat.toolTip(INCLUDE)
    # Still selectable: its words can be read, and redacted in the line the packet prints.
    assert threat.flags() & Qt.ItemFlag.ItemIsSelectable
    # Neither "Include all", a click on its box nor the keyboard ticks it.
    chooser.show()
    QApplication.processEvents()
    chooser._include_all(Qt.CheckState.Checked)
    chooser.set_included(ids["japanese"], True)
    chooser.tree.setCurrentItem(threat)
    qtbot.keyClick(chooser.tree, Qt.Key.Key_Space)
    _click_box(qtbot, chooser.tree, threat)
    assert threat.checkState(INCLUDE) == Qt.CheckState.Unchecked
    # The rows kept are ticked, and the count names only them.
    kept = _row(withdrawn_dialog, ids["greek"])
    assert kept.checkState(INCLUDE) == Qt.CheckState.Checked
    _click_box(qtbot, chooser.tree, kept)  # the same click unticks a contact kept
    assert kept.checkState(INCLUDE) == Qt.CheckState.Unchecked
    kept.setCheckState(INCLUDE, Qt.CheckState.Checked)
    assert chooser.count.text() == (
        "11 of 11 contacts ticked for the packet. 2 withdrawn as logged by mistake are not in "
        "it: the packet lists them apart, with why."
    )
    chooser.set_included(ids["greek"], False)
    assert chooser.count.text().startswith("10 of 11 contacts ticked")
    withdrawn_dialog.whole_log.setChecked(False)
    withdrawn_dialog.date_to.setDate(withdrawn_dialog.date_from.date().addDays(5))
    # 1 to 6 March: six contacts, one of them (5 March) withdrawn, one (2 March) unticked.
    assert chooser.count.text().startswith("4 of the 5 contacts in the period ticked")


def test_the_packet_holds_what_the_chooser_shows(
    qtbot,
    withdrawn_dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = packet_subject.contact_ids
    chooser = withdrawn_dialog.chooser
    # Steady's examples are the packet's: the withdrawn threat is not one, the next worst is.
    logged = all_contacts(packet_subject.services, packet_subject.customer_id)
    kept = [c for c in logged if c.id not in (ids["japanese"], ids["post"])]
    assert chooser.ticked_examples() == default_examples(kept)
    assert ids["japanese"] not in chooser.ticked_examples()
    # Nothing unticked: the packet is the whole period's, as before the withdrawn were shown.
    assert withdrawn_dialog.options().contact_ids is None
    _preview(qtbot, withdrawn_dialog)
    made = withdrawn_dialog.made
    assert made is not None
    assert made.data.examples == chooser.ticked_examples()
    assert made.data.examples_chosen_by == "steady"
    ticked = {
        int(r.data(INCLUDE, ID_ROLE))
        for r in (chooser.tree.topLevelItem(i) for i in range(chooser.tree.topLevelItemCount()))
        if r.checkState(INCLUDE) == Qt.CheckState.Checked
    }
    assert {c.id for c in made.data.contacts} == ticked
    assert withdrawn_dialog.status.text().startswith(f"Packet {made.data.number}: ")
    assert ", 11 contacts (and 2 withdrawn, listed apart), " in withdrawn_dialog.status.text()
    assert withdrawn_dialog.drawn_as_chosen
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    withdrawn_dialog.save_pdf()
    text = flat(" ".join(pdf_text(target.read_bytes())))
    log = text[text.rindex("Appendix A — Full contact log") :]
    assert POST not in log and THREAT not in log
    assert f"(reason given: {THREAT_WHY})" in text and f"(reason given: {POST_WHY})" in text


def test_a_withdrawn_contacts_picture_is_not_counted_as_printed(
    withdrawn_dialog: PacketDialog,
) -> None:
    redactions = withdrawn_dialog.redactions
    redactions.add(Redaction("Robin", None, "staff member's name"))
    assert redactions.pictures_printed() == 0
    assert redactions.pictures_warning.isHidden()


def test_a_withdrawn_row_is_drawn_greyed_in_dark_mode_too(
    withdrawn_dialog: PacketDialog,
    packet_subject: PacketSubject,
    dark: QPalette,  # noqa: F811
) -> None:
    tree = withdrawn_dialog.chooser.tree
    drawn: list[tuple[bool, QColor]] = []
    for key in ("japanese", "greek"):
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        index = tree.indexFromItem(_row(withdrawn_dialog, packet_subject.contact_ids[key]), WORDS)
        tree.itemDelegate().initStyleOption(option, index)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        drawn.append((enabled, option.palette.color(group, QPalette.ColorRole.Text)))
    (withdrawn_enabled, withdrawn_words), (kept_enabled, kept_words) = drawn
    assert kept_enabled and not withdrawn_enabled
    # This dark palette's disabled words are as bright as the rest: the row must still dim.
    assert withdrawn_words.lightness() < kept_words.lightness() - 40
