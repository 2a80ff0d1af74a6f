"""How statuses and severities look: a colour chip always paired with words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.core.domain import SEVERITY_LABELS, CustomerStatus
from ui.shell.status_colours import text_on

SEVERITY_COLOURS = {
    1: QColor("#8fb996"),
    2: QColor("#e3c35a"),
    3: QColor("#e8974a"),
    4: QColor("#d9623b"),
    5: QColor("#b0282f"),
}

STATUS_COLOURS = {
    CustomerStatus.ACTIVE: QColor("#8fb996"),
    CustomerStatus.WARNED: QColor("#e3c35a"),
    CustomerStatus.BLOCKED: QColor("#d9623b"),
    CustomerStatus.TERMINATED: QColor("#8a8a8a"),
    CustomerStatus.REFERRED_TO_COUNSEL: QColor("#6a7fbf"),
    CustomerStatus.REPORTED_TO_POLICE: QColor("#b0282f"),
}


# Risk out of 100, from the highest floor down.
RISK_COLOURS = (
    (70, QColor("#b0282f")),
    (40, QColor("#d9623b")),
    (15, QColor("#e3c35a")),
    (0, QColor("#8fb996")),
)
UNKNOWN_COLOUR = QColor("#999999")

# The charts: this customer in the warm colour, the average customer in grey (both read on a
# light or a dark chart background).
CHART_CUSTOMER = QColor("#d9623b")
CHART_AVERAGE = QColor("#9aa5b1")


def severity_label(severity: int) -> str:
    return SEVERITY_LABELS.get(severity, str(severity))


def chip_icon(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


def risk_colour(risk: int) -> QColor:
    return next(colour for floor, colour in RISK_COLOURS if risk >= floor)


def chip_style(colour: QColor) -> str:
    """A style sheet for a QLabel shown as a rounded chip, its words black or white."""
    return (
        f"background: {colour.name()}; color: {text_on(colour).name()}; border-radius: 8px; "
        "padding: 2px 8px; font-weight: 600;"
    )
