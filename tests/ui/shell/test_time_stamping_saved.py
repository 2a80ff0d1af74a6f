"""A time-stamping service saved in Settings is used at once, without a restart."""

from __future__ import annotations

from ui.shell.settings_dialog import SettingsDialog
from ui.shell.steady_window import steady_window
from ui.shell.time_stamping import DailyTimeStamp


def test_a_service_saved_in_settings_stamps_at_once(
    qtbot, services, tmp_path, authority_url, message_boxes
) -> None:
    window = steady_window(services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.show()
    stamper = next(t for t in window.customer_tools if isinstance(t, DailyTimeStamp))
    assert not stamper.timer.isActive()
    dialog = SettingsDialog(services, window)
    dialog.accepted.connect(window._on_settings_saved)
    dialog.editors["time_stamp_url"].edit.setText(authority_url)  # type: ignore[attr-defined]
    dialog.save()
    qtbot.waitUntil(lambda: "time-stamped" in window.statusBar().currentMessage(), timeout=60000)
    qtbot.waitUntil(lambda: stamper.task is None, timeout=60000)
    assert [stamp.service for stamp in services.store.time_stamps.all()] == [authority_url]
    assert stamper.timer.isActive()
    # Turned off again: no more tries.
    dialog = SettingsDialog(services, window)
    dialog.accepted.connect(window._on_settings_saved)
    dialog.editors["time_stamp_url"].edit.setText("")  # type: ignore[attr-defined]
    dialog.save()
    assert not stamper.timer.isActive()
    window.close()


def test_a_mistyped_address_is_refused_in_settings(
    qtbot, services, tmp_path, message_boxes
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.editors["time_stamp_url"].edit.setText("htps://freetsa.example/tsr")  # type: ignore[attr-defined]
    dialog.save()
    assert services.settings.text("time_stamp_url") == ""
    assert dialog.result() == 0
    assert any("is not a web address" in text for text in message_boxes.texts())
