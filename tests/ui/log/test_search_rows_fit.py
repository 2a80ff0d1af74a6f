"""Search results with large text: each row is as tall as its heading and snippet, so a
heading that wraps no longer cuts its snippet off mid-sentence."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.search_dialog import HTML_ROLE, SearchDialog

AT = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)


def test_a_wrapped_heading_keeps_its_whole_snippet(
    qtbot, services: Services, customer_id: int
) -> None:
    services.contacts.log(
        customer_id,
        inbound(
            "I demanded a refund for the two days I could not get into my account, and nobody "
            "answered the phone, the chat or the three emails I sent about the refund.",
            AT,
            summary="Call 14 of the day about the locked account, the missing reset email and the "
            "refund again",
        ),
    )
    services.contacts.log(customer_id, inbound("refund", AT))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(15)
    dialog.results.setFont(font)
    dialog.resize(760, 560)
    dialog.show()
    dialog.query_edit.setText("refund")
    dialog.run_search()
    QApplication.processEvents()
    view = dialog.results
    heights = []
    for row in range(dialog.model.rowCount()):
        index = dialog.model.index(row)
        words = QTextDocument()  # what the row draws, at the row's width
        words.setDefaultFont(view.font())
        words.setHtml(str(index.data(HTML_ROLE)))
        words.setTextWidth(view.viewport().width() - 12)
        shown = view.visualRect(index).height()
        assert shown >= words.size().height() + 4, index.data()
        heights.append(shown)
    assert len(set(heights)) > 1  # a long heading's row is taller than a short one's
