"""An imported mail threatening in another script gets its category, and the import report
quotes the words as written with what they mean in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.domain import Category
from app.services import Services
from tests.helpers.import_fixtures import email
from ui.importing.import_dialog import ImportDialog


def test_a_chinese_threat_is_suggested_with_its_meaning(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    eml = tmp_path / "zh.eml"
    eml.write_bytes(bytes(email("你们这些骗子，我会起诉你。")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    group = dialog.results.topLevelItem(0)
    assert group.text(0) == "Suggested categories"
    rows = {group.child(i).text(0).split(" — ")[-1]: group.child(i).text(1) for i in range(2)}
    assert rows == {
        "Abusive language": "because of “骗子” (swindler)",
        "Threat of legal action": "because of “起诉” (sue (you))",
    }
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert set(contact.categories) == {Category.ABUSE, Category.THREAT_LEGAL}
