"""The Signs tab fits the width a laptop window gives the panel: the reason wraps rather than
running off the edge, and the contacts that prove each sign are in view without scrolling."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from app.core.domain import Category, Channel, Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.shell.plain_text import long_words_cut
from ui.standing.panel import AssessmentPanel

LONG = "You useless idiots, I want $500 compensation for a $19.95 cushion or I will sue you."


@pytest.mark.parametrize("width", [810, 930])  # the panel in 1280×720 and 1366×768 windows
def test_reasons_wrap_and_contacts_stay_in_view(
    qtbot, services: Services, clock: FakeClock, width: int
) -> None:
    max_id = services.customers.add(Customer(name="Max Loud", emails=("max@example.com",)))
    for days, text, category in (
        (30, LONG, Category.THREAT_LEGAL),
        (20, "I am calling my bank, chargeback coming.", Category.THREAT_CHARGEBACK),
        (10, "Told another customer in the queue that we are thieves.", Category.HARASSING_OTHERS),
    ):
        at = clock() - timedelta(days=days)
        staff = {"channel": Channel.IN_PERSON, "staff": "Sam"} if days == 10 else {}
        services.contacts.log(
            max_id, inbound(text, at, categories=(category,), severity=4, **staff)
        )
    panel = AssessmentPanel(services, max_id)
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()

    tree = panel.signs_tree
    header = tree.header()
    viewport = tree.viewport().width()
    assert sum(header.sectionSize(i) for i in range(3)) <= viewport
    assert tree.horizontalScrollBar().maximum() == 0
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= viewport
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    metrics = tree.fontMetrics()
    longest = max(items, key=lambda item: metrics.horizontalAdvance(item.text(1)))
    assert longest.text(0) == "Harassing other customers"
    assert longest.text(1).endswith("Told another customer in the queue that we are thieves.")
    assert metrics.horizontalAdvance(longest.text(1)) > header.sectionSize(1)
    assert tree.visualItemRect(longest).height() >= 2 * metrics.height()  # wrapped, not cut
    assert [item.text(2) for item in items if item.text(0) == "Threatens legal action"] == ["#1"]


@pytest.mark.parametrize("width", [810, 930])
def test_a_name_with_no_space_keeps_the_risk_score_in_view(
    qtbot, services: Services, clock: FakeClock, width: int
) -> None:
    """An 80-letter name with nothing to wrap at widened the verdict's line past the window's
    edge and pushed the risk score, the number the owner looks for, out of sight."""
    name = "Bartholomew" + "X" * 69
    customer = services.customers.add(Customer(name=name))
    services.contacts.log(customer, inbound("Where is my order?", clock() - timedelta(days=1)))
    panel = AssessmentPanel(services, customer)
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.risk_label.text().startswith("Risk"))
    QApplication.processEvents()
    right = panel.risk_label.mapTo(panel, panel.risk_label.rect().topRight()).x()
    assert right <= panel.width()
    shown = panel.verdict_label.text().replace("\u200e", "").replace("\u2068", "")
    assert shown.startswith("Bartholomew" + "X" * 28 + "…\u2069: nothing in the log")
    # A long name that can wrap is left whole.
    assert long_words_cut("Hale & Delacroix Interiors and Upholstery Ltd of Portmore", 40) == (
        "Hale & Delacroix Interiors and Upholstery Ltd of Portmore"
    )
