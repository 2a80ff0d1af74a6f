"""Settings: one editor per declared setting, saved to the database and read back."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox

from app.application import open_services
from app.core.business_profile import BusinessProfile
from app.core.settings import SETTINGS
from app.services import Services
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell.settings_dialog import LogoEditor, SettingsDialog


def test_every_declared_setting_has_an_editor_of_its_kind(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {setting.key for setting in SETTINGS if not setting.hidden}
    assert isinstance(dialog.editors["signature"].widget, QPlainTextEdit)
    assert isinstance(dialog.editors["business_address"].widget, QPlainTextEdit)
    assert isinstance(dialog.editors["paper_size"].widget, QComboBox)
    assert isinstance(dialog.editors["cooling_off_minutes"].widget, QSpinBox)
    assert isinstance(dialog.editors["business_logo"], LogoEditor)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [
        "Business profile",
        "You and your replies",
        "Money and paper",
        "Blocking",
        "Keeping your log safe",
    ]


def test_settings_are_saved_and_read_back(
    qtbot, services: Services, db_path: Path, tmp_path: Path
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    editors = dialog.editors
    editors["business_name"].widget.setText("Larkspur Files")  # type: ignore[attr-defined]
    editors["signature"].widget.setPlainText("Jordan Ellis\nFounder")  # type: ignore[attr-defined]
    editors["cooling_off_minutes"].widget.setValue(30)  # type: ignore[attr-defined]
    editors["hourly_rate"].widget.setText("45")  # type: ignore[attr-defined]
    editors["currency"].widget.setCurrentText("EUR")  # type: ignore[attr-defined]
    editors["paper_size"].widget.setCurrentText("Letter")  # type: ignore[attr-defined]
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(logo))
    editors["business_logo"].take_file(str(logo))  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    services.close()
    reopened = open_services(db_path)
    try:
        settings = reopened.settings
        assert settings.text("business_name") == "Larkspur Files"
        assert settings.text("signature") == "Jordan Ellis\nFounder"
        assert settings.cooling_off_minutes == 30
        assert settings.hourly_rate == Decimal("45")
        assert (settings.text("currency"), settings.text("paper_size")) == ("EUR", "Letter")
        assert BusinessProfile(reopened.store, settings).logo() == logo.read_bytes()
        again = SettingsDialog(reopened)
        qtbot.addWidget(again)
        assert again.editors["hourly_rate"].value() == "45.00"
        assert again.editors["signature"].value() == "Jordan Ellis\nFounder"
    finally:
        reopened.close()


def test_a_bad_value_is_explained_and_nothing_typed_is_lost(
    qtbot, services: Services, message_boxes: MessageBoxes
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["business_name"].widget.setText("Corner Shop")  # type: ignore[attr-defined]
    dialog.editors["hourly_rate"].widget.setText("forty")  # type: ignore[attr-defined]
    dialog.save()
    assert message_boxes.texts("warning") == [
        "Your hourly rate: “forty” is not an amount of money (for example 19.95)."
    ]
    assert dialog.isVisible()
    assert dialog.editors["business_name"].value() == "Corner Shop"
    assert services.settings.text("business_name") == ""


def test_restore_defaults_fills_the_fields_without_saving(
    qtbot, services: Services, monkeypatch
) -> None:
    monkeypatch.setattr("ui.shell.settings_dialog.confirm", lambda *_: True)
    services.settings.update({"paper_size": "Letter"})
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    assert dialog.editors["paper_size"].value() == "A4"
    assert services.settings.text("paper_size") == "Letter"


def test_a_file_that_is_not_an_image_is_refused_as_logo(
    qtbot, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image")
    dialog.editors["business_logo"].take_file(str(notes))  # type: ignore[attr-defined]
    assert "not an image" in message_boxes.texts("warning")[0]


def test_every_tab_title_is_in_sight_at_the_size_it_opens(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.resize(780, 560)  # as it opens on a 1280x720 laptop (offscreen screens are smaller)
    dialog.show()
    bar = dialog.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width(), (last, bar.width())
