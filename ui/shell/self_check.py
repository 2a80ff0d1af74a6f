"""A self-check of the window for the built desktop bundle (scripts/build-bundle.sh --check).

The bundle leaves out parts of Qt that Steady does not use (FFmpeg, Qt Quick and QML, the
virtual keyboard, Wayland, translations, TLS), most of ICU's data, and the libraries that
printing and reading aloud find on the computer itself (CUPS, PulseAudio). This check runs
inside the built program, offscreen or on an X server, and uses what each of those could
break: the main window with every customer's assessment and charts, the reply editor,
reading aloud's engines, the PDF viewer on a packet, pictures, printing through CUPS, and
the Qt text functions that go through ICU (sorting by language, case, time zones, HTML
encodings). It prints what failed and exits non-zero.

    STEADY_SELF_CHECK=packet.pdf Steady --db demo.db
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringDecoder, QTimer, QTimeZone
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from app.core.domain import Direction
from ui.shell.main_window import MainWindow

TIMEOUT_MS = 120_000


class SelfCheck:
    def __init__(self, app: QApplication, window: MainWindow, packet: str) -> None:
        self.app = app
        self.window = window
        self.packet = packet
        self.failures: list[str] = []
        self.customers = [row for row in range(window.customer_list.model.rowCount())]

    def check(self, what: str, test: Callable[[], object]) -> None:
        try:
            if not test():
                self.failures.append(what)
        except Exception as error:  # every failure is reported, none stops the others
            self.failures.append(f"{what}: {error!r}")

    def start(self) -> None:
        QTimer.singleShot(TIMEOUT_MS, lambda: self.finish("timed out"))
        self.check("ICU collation", lambda: QCollator(QLocale("fr")).compare("é", "f") < 0)
        # Each language's own order, which the root order alone gets wrong: Swedish puts ä
        # after z, Chinese sorts by pinyin (běi before shàng).
        self.check("ICU Swedish order", lambda: QCollator(QLocale("sv")).compare("ä", "z") > 0)
        self.check("ICU pinyin order", lambda: QCollator(QLocale("zh")).compare("北", "上") < 0)
        self.check("ICU case", lambda: QLocale("de").toUpper("straße") == "STRASSE")
        self.check("time zones", lambda: QTimeZone(b"Europe/Paris").isValid())
        self.check("ICU single-byte encodings", self._html_encoding)
        self.check("pictures", self._pictures)
        self.check("reading aloud", self._speech)
        self.check("PDF viewer", self._pdf)
        self.check("printing", self._printing)
        self.check("reply editor", self._reply_editor)
        self._next_customer()

    def _html_encoding(self) -> bool:
        # What Qt does with HTML pasted from another program; windows-1252 is one of ICU's
        # single-byte tables (the multi-byte ones are left out of the bundle).
        html = QByteArray(b'<html><head><meta charset="windows-1252"></head>')
        decoder = QStringDecoder.decoderForHtml(html)
        return decoder.isValid() and decoder.name() == "windows-1252"

    def _pictures(self) -> bool:
        formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
        missing = {"png", "jpeg", "webp"} - formats
        if missing:
            raise ValueError(f"cannot read {', '.join(sorted(missing))} (can read {formats})")
        return True

    def _speech(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return "mock" in QTextToSpeech.availableEngines() or bool(QTextToSpeech.availableEngines())

    def _pdf(self) -> bool:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument(self.window)
        document.load(self.packet)
        return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0

    def _printing(self) -> bool:
        from PySide6.QtPrintSupport import QPrinterInfo

        QPrinterInfo.availablePrinterNames()  # loads the platform's print plugin
        if not sys.platform.startswith("linux"):
            return True
        # The CUPS plugin uses the computer's own libcups (left out of the bundle); it must load.
        with open("/proc/self/maps", encoding="utf-8") as maps:
            loaded = maps.read()
        if "libcupsprintersupport" not in loaded or "libcups.so" not in loaded:
            raise ValueError("the CUPS print plugin did not load")
        return True

    def _reply_editor(self) -> bool:
        from ui.reply.editor import ReplyEditor

        services = self.window.services
        customer = self.window.current_customer()
        assert customer is not None
        contacts = services.contacts.page_for_customer(customer, 0, 200)
        message = next(c for c in contacts if c.direction is Direction.INBOUND)
        editor = ReplyEditor(services, message.id)
        editor.close()
        return True

    def _next_customer(self) -> None:
        tools = next((t for t in self.window.customer_tools if hasattr(t, "loader")), None)
        if tools is None:  # the features plug in just after the first paint
            QTimer.singleShot(50, self._next_customer)
            return
        if not self.customers:
            self.finish()
            return
        self.window.customer_list.table.selectRow(self.customers.pop(0))
        self._wait_for(tools)

    def _wait_for(self, tools: object) -> None:
        panel = tools.panel  # type: ignore[attr-defined]
        if panel.picture is None or panel.picture.customer.id != panel.customer_id:
            QTimer.singleShot(50, lambda: self._wait_for(tools))
            return
        self.check("charts", lambda: panel.charts.severity_series is not None)
        self._next_customer()

    def finish(self, problem: str = "") -> None:
        if problem:
            self.failures.append(problem)
        for failure in self.failures:
            print(f"self-check failed: {failure}", file=sys.stderr)
        if not self.failures:
            print("self-check passed")
        self.window.close()
        self.app.exit(1 if self.failures else 0)
