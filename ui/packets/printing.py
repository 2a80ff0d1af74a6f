"""Printing a PDF through the system's print dialog, page by page at print resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300


def make_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_pdf(document: QPdfDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print every page; False if the owner cancelled."""
    printer = make_printer()
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Steady packet")
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(
                int(points.width() / 72 * PRINT_DPI), int(points.height() / 72 * PRINT_DPI)
            )
            image = document.render(index, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return True
