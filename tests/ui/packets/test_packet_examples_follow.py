"""The examples Prepare packet ticks are the ones the packet prints: Steady's choice among the
contacts the packet holds (the period, the ticked contacts), not among the whole log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.packets.contacts import all_contacts, default_examples
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text
from ui.packets.packet_dialog import PacketDialog


@pytest.fixture
def dialog(qtbot, packet_subject: PacketSubject) -> Iterator[PacketDialog]:  # type: ignore[no-untyped-def]
    opened = PacketDialog(packet_subject.services, packet_subject.customer_id)
    qtbot.addWidget(opened, before_close_func=lambda shown: shown.done(0))
    yield opened
    opened.wait_for_worker()
    opened.done(0)


def _printed_examples(qtbot, dialog: PacketDialog) -> tuple[tuple[int, ...], str]:  # type: ignore[no-untyped-def]
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    made = dialog.made
    assert made is not None, dialog.status.text()
    text = flat(" ".join(pdf_text(made.pdf.data)))
    start = text.index("Chosen by Steady:")
    section = text[start : text.index("Warnings given", start)]
    return made.data.examples, section


def test_the_examples_shown_are_the_examples_printed(
    qtbot, dialog: PacketDialog, packet_subject: PacketSubject
) -> None:
    ids = packet_subject.contact_ids
    services = packet_subject.services
    chooser = dialog.chooser
    whole_log = default_examples(all_contacts(services, packet_subject.customer_id))
    # The worst of the whole log are from early March.
    assert ids["japanese"] in whole_log and ids["chinese"] in whole_log
    assert chooser.ticked_examples() == whole_log
    # From 8 March: those early ones are not in the packet, so not among its examples.
    dialog.whole_log.setChecked(False)
    dialog.date_from.setDate(QDate(date(2026, 3, 8)))
    dialog.date_to.setDate(QDate(date(2026, 3, 31)))
    shown = chooser.ticked_examples()
    assert ids["japanese"] not in shown and ids["chinese"] not in shown
    assert ids["email"] in shown and ids["after"] in shown
    assert chooser.examples() is None  # still Steady's choice
    printed, section = _printed_examples(qtbot, dialog)
    assert printed == shown
    assert "Refund me by Friday" in section and "I don't care about your warning" in section
    assert QUOTE_JAPANESE not in section
    # A contact ticked out of the packet is no longer shown as an example, nor printed.
    chooser.set_included(ids["email"], False)
    shown = chooser.ticked_examples()
    assert ids["email"] not in shown and ids["after"] in shown
    printed, section = _printed_examples(qtbot, dialog)
    assert printed == shown
    assert "Refund me by Friday" not in section


def test_the_owners_own_choice_is_kept_when_the_period_changes(
    qtbot, dialog: PacketDialog, packet_subject: PacketSubject
) -> None:
    ids = packet_subject.contact_ids
    chooser = dialog.chooser
    chooser.set_example(ids["korean"], True)
    chosen = chooser.ticked_examples()
    dialog.whole_log.setChecked(False)
    dialog.date_from.setDate(QDate(date(2026, 3, 8)))
    assert chooser.ticked_examples() == chosen
    assert chooser.examples() == chosen
    # Those of 4, 5 and 6 March are outside the period: the owner is told they will not be quoted.
    assert chooser.count.text().endswith(
        "3 examples ticked are not in the packet and will not be quoted."
    )
    dialog.date_from.setDate(QDate(date(2026, 3, 1)))
    assert "will not be quoted" not in chooser.count.text()


QUOTE_JAPANESE = "返金しないなら訴えます"
