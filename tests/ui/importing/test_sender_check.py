"""Evidence given to one customer is never logged under them when the sender is someone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions, ItemRef, Unmatched
from app.importing.images import ImageDetails
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, email, write_image
from ui.importing.customer_choice import CustomerPickerDialog
from ui.importing.import_dialog import ImportDialog


@pytest.fixture
def victor(shop: Services) -> int:
    return shop.customers.add(Customer(name="Victor Vexed", emails=("victor@example.org",)))


def _import(qtbot, shop: Services, paths: list[Path], customer_id: int) -> ImportDialog:
    dialog = ImportDialog(shop, [str(p) for p in paths], customer_id)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=20_000)
    return dialog


def _summaries(shop: Services, customer_id: int) -> set[str]:
    return {c.summary for c in shop.contacts.page_for_customer(customer_id, 0, 50)}


def test_a_stranger_s_mail_given_to_victor_is_asked_about(
    qtbot, shop: Services, victor: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eml = tmp_path / "stranger.eml"
    eml.write_bytes(bytes(email(sender="Sam Stranger <sam@example.net>", subject="Who")))
    asked: list[Unmatched] = []

    def skip(self: ImportDialog, items: list[Unmatched]) -> None:
        asked.extend(items)
        return None

    monkeypatch.setattr(ImportDialog, "ask_customer", skip)
    dialog = _import(qtbot, shop, [eml], victor)
    assert [(a.key, a.on_screen, a.known_as) for a in asked] == [("sam@example.net", victor, None)]
    assert _summaries(shop, victor) == set()
    assert "waiting for you to choose the customer" in dialog.summary.text()


def test_another_customer_s_mail_goes_to_them_when_the_owner_agrees(
    qtbot,
    shop: Services,
    victor: int,
    angry_customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eml = tmp_path / "angry.eml"
    eml.write_bytes(bytes(email(subject="Mine, not Victor's")))

    def pick(self: ImportDialog, items: list[Unmatched]) -> int | None:
        assert items[0].known_as == angry_customer_id and items[0].on_screen == victor
        picker = CustomerPickerDialog(shop, items, self)
        qtbot.addWidget(picker)
        assert picker.existing.isChecked()
        assert picker.customers.currentData() == angry_customer_id
        assert picker.this_customer.text() == "This customer: Victor Vexed"
        picker.accept()
        return picker.customer_id

    monkeypatch.setattr(ImportDialog, "ask_customer", pick)
    _import(qtbot, shop, [eml], victor)
    assert _summaries(shop, victor) == set()
    assert "Mine, not Victor's" in _summaries(shop, angry_customer_id)


def test_victor_s_own_mail_and_a_photo_need_no_question(
    qtbot, shop: Services, victor: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eml = tmp_path / "victor.eml"
    eml.write_bytes(bytes(email(sender="Victor <victor@example.org>", subject="From Victor")))
    photo = write_image(tmp_path / "door.png", "2026:02:14 21:05:09")
    monkeypatch.setattr(ImportDialog, "ask_image_details", lambda self, path: ImageDetails())
    monkeypatch.setattr(
        ImportDialog, "ask_customer", lambda self, items: pytest.fail("asked needlessly")
    )
    _import(qtbot, shop, [eml, photo], victor)
    assert "From Victor" in _summaries(shop, victor)
    assert len(_summaries(shop, victor)) == 2


def test_the_owner_can_say_it_is_this_customer_after_all(
    qtbot, shop: Services, victor: int
) -> None:
    picker = CustomerPickerDialog(
        shop,
        [Unmatched(ItemRef("x.eml"), "x.eml", "v2@example.net", "V", "Hi", on_screen=victor)],
    )
    qtbot.addWidget(picker)
    assert picker.create_new.isChecked()  # a stranger is not given to anyone by a hurried click
    assert picker.this_customer.isVisibleTo(picker)
    picker.this_customer.setChecked(True)
    picker.accept()
    assert picker.customer_id == victor


def test_the_command_line_customer_still_takes_everything(
    shop: Services, victor: int, tmp_path: Path
) -> None:
    eml = tmp_path / "angry.eml"
    eml.write_bytes(bytes(email(sender=f"<{ANGRY}>")))
    report = shop.imports.run([str(eml)], ImportOptions(customer_id=victor))
    assert [item.customer_id for item in report.imported] == [victor]
