"""At the end of an import with suggested categories, Enter (the reflex that dismisses a
finished progress window) leaves them waiting for review; only Done records them as the
owner's review. The keyboard starts on the first tick, to look at them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.importing.review import SuggestionReview
from app.services import Services
from tests.helpers.import_fixtures import email
from ui.importing.import_dialog import ImportDialog


def _finished(qtbot, shop: Services, tmp_path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("I will sue you, idiots.")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    return dialog


def test_enter_after_an_import_leaves_the_suggestions_waiting(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    dialog = _finished(qtbot, shop, tmp_path)
    waiting = SuggestionReview(shop.store).waiting(angry_customer_id)
    assert waiting
    assert dialog.focusWidget() is dialog.results
    assert not dialog.done_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert SuggestionReview(shop.store).waiting(angry_customer_id) == waiting


def test_space_unticks_the_first_suggestion_and_done_keeps_the_rest_as_reviewed(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    dialog = _finished(qtbot, shop, tmp_path)
    row = dialog.results.currentItem()
    assert row is not None and row.checkState(0) == Qt.CheckState.Checked
    qtbot.keyClick(dialog.results, Qt.Key.Key_Space)
    assert row.checkState(0) == Qt.CheckState.Unchecked
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert SuggestionReview(shop.store).waiting(angry_customer_id) == []
