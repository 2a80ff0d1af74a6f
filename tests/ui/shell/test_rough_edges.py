"""Small things a new owner on a laptop would trip over: words cut off, charts squeezed,
jargon in headings, help text that floats."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtWidgets import QApplication, QLabel

from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.contact_view import ContactDialog
from ui.shell.main_window import MainWindow
from ui.shell.screen_fit import SMALLEST_WINDOW
from ui.shell.settings_dialog import SettingsDialog
from ui.standing.panel import AssessmentPanel


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_first_screen_shows_its_whole_sentence(window: MainWindow) -> None:
    window.resize(SMALLEST_WINDOW)
    QApplication.processEvents()
    text = window.empty_text
    assert "then log what they said and when" in text.text()
    assert _whole(text)


def test_charts_name_both_bars_and_every_month_on_a_laptop(
    demo_window: MainWindow, demo_ids: dict, qtbot
) -> None:
    demo_window.resize(1250, 690)  # a 1366x768 screen less the panel and the title bar
    demo_window.select_customer(demo_ids["hale"])
    panel = demo_window.findChild(AssessmentPanel)
    panel.tabs.setCurrentWidget(panel.charts)
    # The charts fill in once the assessment is worked out off the window's thread.
    qtbot.waitUntil(lambda: len(panel.charts.volume_view.chart().legend().markers()) == 2)
    QApplication.processEvents()
    chart = panel.charts.volume_view.chart()
    legend = chart.legend()
    assert legend.isVisible()
    assert [marker.label() for marker in legend.markers()] == [
        "This customer",
        "Average customer",
    ]
    # The legend sits inside the chart's view, not below its bottom edge.
    view = panel.charts.volume_view
    assert view.mapFromScene(legend.geometry().bottomLeft()).y() <= view.height()
    months = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    labels = months.categories()
    assert len(labels) >= 6 and all(len(label) == 3 for label in labels), labels  # "Jun"
    width = view.fontMetrics().horizontalAdvance(max(labels, key=len))
    assert width < chart.plotArea().width() / len(labels)
    assert "2026" in chart.title()


def test_file_proof_is_in_plain_words(
    window: MainWindow, services: Services, customer_id: int, clock
) -> None:
    contact_id = services.contacts.log(customer_id, inbound("Refund me now.", clock()))
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    headings = [dialog.evidence.tree.headerItem().text(c) for c in range(6)]
    assert headings == ["File", "Kind", "Note", "Size", "Proof it is unchanged", "Added"]
    assert "SHA-256" in dialog.evidence.tree.headerItem().toolTip(4)


def test_settings_fields_start_at_the_top_with_help_beneath(window: MainWindow, qtbot) -> None:
    dialog = SettingsDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.resize(640, 560)
    dialog.show()
    blocking = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Blocking")
    dialog.tabs.setCurrentIndex(blocking)
    QApplication.processEvents()
    editor = dialog.editors["blocking_checklist"].widget
    page = dialog.tabs.currentWidget()
    top = editor.mapTo(page, editor.rect().topLeft()).y()
    assert top < 40  # the field starts at the top of the page, not halfway down
    # The checklist takes the page's height rather than four lines above empty space.
    assert editor.height() > page.height() / 2
