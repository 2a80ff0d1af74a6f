"""The import window driven as the owner would: drop files, watch progress, answer its
questions, read the report, confirm or clear suggested categories."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget

from app.core.domain import Category, Customer
from app.importing.batch_report import Unmatched
from app.importing.images import ImageDetails
from app.services import Services
from tests.helpers.import_fixtures import email, write_image, write_mbox
from ui.importing.csv_columns import CsvMappingDialog
from ui.importing.customer_choice import CustomerPickerDialog
from ui.importing.drop import ImportDropFilter
from ui.importing.import_dialog import ImportDialog
from ui.importing.screenshot_facts import ScreenshotDetailsDialog


def _drop(widget: QWidget, paths: list[Path]) -> None:
    """What the window receives when files are dragged from the file manager and dropped."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    with warnings.catch_warnings():
        # Qt marks the QPoint constructor deprecated but offers no other for drag enter.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the window refused the drag"
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _tree_texts(dialog: ImportDialog) -> list[str]:
    texts: list[str] = []

    def walk(item: QTreeWidgetItem) -> None:
        for index in range(item.childCount()):
            child = item.child(index)
            texts.append(f"{child.text(0)} | {child.text(1)}")
            walk(child)

    walk(dialog.results.invisibleRootItem())
    return texts


@pytest.fixture
def window(qtbot, shop: Services) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_dropping_files_onto_the_window_imports_them(
    qtbot,
    shop: Services,
    angry_customer_id: int,
    window: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eml = tmp_path / "threat.eml"
    eml.write_bytes(bytes(email("I know where you live.", message_id="<t1@example.com>")))
    mbox = write_mbox(tmp_path / "inbox.mbox", 3)
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"junk")
    shot = write_image(tmp_path / "post.png", "2026:02:14 21:05:09")
    monkeypatch.setattr(
        ImportDialog, "ask_image_details", lambda self, path: ImageDetails(is_post=True)
    )
    asked: list[str] = []

    def pick(self: ImportDialog, items: list[Unmatched]) -> int:
        asked.extend(item.source for item in items)
        return angry_customer_id

    monkeypatch.setattr(ImportDialog, "ask_customer", pick)
    drops = ImportDropFilter(shop, window, customer_id=lambda: None)
    opened: list[ImportDialog] = []
    drops.dialog_opened.connect(opened.append)
    _drop(window, [eml, mbox, broken, shot])
    [dialog] = opened
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert dialog.summary.text().startswith("Imported 5, skipped 0 already there, failed 1.")
    assert asked == ["post.png"]  # a screenshot without a handle names no customer
    texts = _tree_texts(dialog)
    assert any(t.startswith("broken.msg | ") and "not an Outlook message" in t for t in texts)
    assert any("Threat of physical harm" in t and "“I know where you live”" in t for t in texts)
    assert any("weak evidence until you add: platform" in t for t in texts)
    # The contacts are in the database, for the customer the addresses matched.
    summaries = {c.summary for c in shop.contacts.page_for_customer(angry_customer_id, 0, 50)}
    assert {"Refund", "Complaint 0", "Complaint 1", "Complaint 2"} <= summaries
    assert any(s.startswith("Screenshot of a post") for s in summaries)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_dropping_the_same_files_again_skips_them(
    qtbot, shop: Services, angry_customer_id: int, window: QWidget, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "inbox.mbox", 4)
    for expected in ("Imported 4, skipped 0", "Imported 0, skipped 4"):
        dialog = ImportDialog(shop, [str(mbox)], parent=window)
        dialog.start()
        qtbot.waitUntil(lambda d=dialog: d.is_done, timeout=10_000)
        assert dialog.summary.text().startswith(expected)
        dialog.close()


def test_unticking_a_suggestion_clears_it_when_done(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("You clowns. I will sue you.")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    group = dialog.results.topLevelItem(0)
    assert group.text(0) == "Suggested categories"
    abuse = next(
        group.child(i)
        for i in range(group.childCount())
        if "Abusive language" in group.child(i).text(0)
    )
    abuse.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.categories == (Category.THREAT_LEGAL,)


def test_an_unknown_sender_asks_for_the_customer_and_imports_for_them(
    qtbot,
    shop: Services,
    angry_customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mbox = write_mbox(tmp_path / "new.mbox", 2, sender="stranger@example.net")
    asked: list[list[Unmatched]] = []

    def pick(self: ImportDialog, items: list[Unmatched]) -> int:
        asked.append(items)
        return shop.customers.add(Customer(name="Stranger", emails=("stranger@example.net",)))

    monkeypatch.setattr(ImportDialog, "ask_customer", pick)
    dialog = ImportDialog(shop, [str(mbox)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert [len(items) for items in asked] == [2]
    assert dialog.summary.text() == "Imported 2, skipped 0 already there, failed 0."
    assert shop.customers.page(0, 10, "Stranger")[0].contact_count == 2


def test_cancel_stops_the_batch_and_keeps_what_was_saved(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "big.mbox", 400)
    dialog = ImportDialog(shop, [str(mbox)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: "Imported 3" in dialog.summary.text() or dialog.is_done, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert dialog.heading.text() == "Import cancelled"
    saved = shop.contacts.count_for_customer(angry_customer_id)
    assert 0 < saved < 400
    assert f"Imported {saved}," in dialog.summary.text()
    assert shop.verify().ok


def test_screenshot_form_defaults_to_exif_time_and_warns_until_complete(
    qtbot, tmp_path: Path
) -> None:
    shot = write_image(tmp_path / "post.jpg", "2026:02:14 21:05:09")
    form = ScreenshotDetailsDialog(str(shot))
    qtbot.addWidget(form)
    assert "EXIF" in form.captured_note.text()
    assert form.captured.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-02-14 21:05"
    form.is_post.setChecked(True)
    assert "platform, full URL of the post, poster's handle, time of the post" in (
        form.warning.text()
    )
    qtbot.keyClicks(form.url, "https://www.instagram.com/p/abc")
    form.handle.setText("@angry_pat")
    form.post_time_known.setChecked(True)
    assert form.platform.currentText() == "Instagram"
    assert form.warning.text() == ""
    details = form.details()
    assert details.is_post and details.captured_from == "EXIF"
    assert details.post.url == "https://www.instagram.com/p/abc"


def test_csv_mapping_shows_a_preview_and_is_remembered(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "id,created,requester,title,comment\n"
        "7,2026-03-01T10:00:00Z,angry@example.com,Late,Where is it\n",
        encoding="utf-8",
    )
    form = CsvMappingDialog(shop, str(path))
    qtbot.addWidget(form)
    assert form.preview.item(0, 1).text() == "angry@example.com"
    assert form.preview.item(0, 3).text() == "Where is it"
    form.choices["subject"].setCurrentIndex(form.choices["subject"].findData("comment"))
    assert form.preview.item(0, 2).text() == "Where is it (#7)"
    form.accept()
    again = CsvMappingDialog(shop, str(path))
    qtbot.addWidget(again)
    assert again.mapping().column("subject") == "comment"


def test_customer_picker_creates_a_customer_from_the_sender(
    qtbot, shop: Services, angry_customer_id: int
) -> None:
    from app.importing.batch_report import ItemRef

    picker = CustomerPickerDialog(
        shop, [Unmatched(ItemRef("x.eml"), "x.eml", "new@example.net", "New Person", "Hi")]
    )
    qtbot.addWidget(picker)
    assert picker.email.text() == "new@example.net" and picker.name.text() == "New Person"
    picker.create_new.setChecked(True)
    picker.accept()
    assert shop.customers.get(picker.customer_id).emails == ("new@example.net",)


@pytest.mark.parametrize("how", ["Escape", "close button"])
def test_an_unticked_suggestion_is_cleared_when_the_window_is_closed_without_done(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path, how: str
) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("You clowns. I will sue you.")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert dialog.results.accessibleName() == "What was imported"
    group = dialog.results.topLevelItem(0)
    abuse = next(
        group.child(i)
        for i in range(group.childCount())
        if "Abusive language" in group.child(i).text(0)
    )
    abuse.setCheckState(0, Qt.CheckState.Unchecked)
    if how == "Escape":
        qtbot.keyClick(dialog.results, Qt.Key.Key_Escape)
    else:
        dialog.close()
    assert not dialog.isVisible()
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.categories == (Category.THREAT_LEGAL,)


def test_closing_the_window_with_every_suggestion_ticked_decides_nothing(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("You clowns. I will sue you.")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Escape)
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert set(contact.categories) == {Category.ABUSE, Category.THREAT_LEGAL}
    assert len(shop.imports.suggestions.pending(contact.id)) == 2


def test_tab_leaves_the_csv_preview_and_reaches_remember_and_import(
    qtbot, shop: Services, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "id,created,requester,title,comment\n"
        "7,2026-03-01T10:00:00Z,angry@example.com,Late,Where is it\n",
        encoding="utf-8",
    )
    form = CsvMappingDialog(shop, str(path))
    qtbot.addWidget(form)
    form.show()
    assert form.preview.accessibleName() == "Preview of the first contacts"
    form.preview.setFocus()
    form.preview.setCurrentCell(0, 0)
    reached = []
    for _ in range(3):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        reached.append(form.focusWidget().text())
    assert reached == [form.remember.text(), "Import", "Cancel"]
