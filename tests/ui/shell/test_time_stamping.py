"""The window asks for the day's time-stamp in the background, only when it is turned on."""

from __future__ import annotations

from ui.shell.steady_window import steady_window
from ui.shell.time_stamping import DailyTimeStamp


def _stamper(window) -> DailyTimeStamp:
    return next(t for t in window.customer_tools if isinstance(t, DailyTimeStamp))


def test_nothing_is_sent_while_time_stamping_is_off(window) -> None:
    stamper = _stamper(window)
    assert stamper.task is None and not stamper.timer.isActive()
    assert window.services.store.time_stamps.all() == []


def test_the_head_is_stamped_in_the_background_when_turned_on(
    qtbot, services, tmp_path, authority_url
) -> None:
    services.settings.update({"time_stamp_url": authority_url})
    window = steady_window(services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.show()
    stamper = _stamper(window)
    qtbot.waitUntil(lambda: "time-stamped" in window.statusBar().currentMessage(), timeout=60000)
    qtbot.waitUntil(lambda: stamper.task is None, timeout=60000)
    stamps = services.store.time_stamps.all()
    assert len(stamps) == 1 and stamps[0].service == authority_url
    assert "time-stamped" in window.statusBar().currentMessage()
    window.close()


def test_offline_is_said_once_in_the_status_bar(qtbot, services, tmp_path) -> None:
    services.settings.update({"time_stamp_url": "http://127.0.0.1:9/tsr"})
    window = steady_window(services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.show()
    stamper = _stamper(window)
    # Refused at once: the attempt may be over before a check could see it under way.
    qtbot.waitUntil(
        lambda: "could not be reached" in window.statusBar().currentMessage(), timeout=60000
    )
    qtbot.waitUntil(lambda: stamper.task is None, timeout=60000)
    assert services.store.time_stamps.all() == []
    window.close()
