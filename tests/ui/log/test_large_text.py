"""An owner who enlarges the application's text gets the customer's exact words and the proof
codes enlarged too, still in a fixed-width font."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.evidence_list import EvidenceList


@pytest.fixture
def large_text(qapp) -> Iterator[QFont]:
    before = QFont(QApplication.font())
    large = QFont(before)
    large.setPointSizeF(16)
    QApplication.setFont(large)
    yield large
    QApplication.setFont(before)


@pytest.fixture
def large_pixels(qapp) -> Iterator[QFont]:
    before = QFont(QApplication.font())
    large = QFont(before)
    large.setPixelSize(24)
    QApplication.setFont(large)
    yield large
    QApplication.setFont(before)


def _dialog(qtbot, services: Services, customer_id: int, tmp_path: Path) -> LogContactDialog:
    dialog = LogContactDialog(services, customer_id)
    qtbot.addWidget(dialog)
    shot = tmp_path / "threat.png"
    shot.write_bytes(b"not really a picture")
    dialog.evidence.add_paths([str(shot)])
    return dialog


def test_exact_words_and_proof_codes_grow_with_the_application_font(
    qtbot, services: Services, customer_id: int, tmp_path: Path, large_text: QFont
) -> None:
    dialog = _dialog(qtbot, services, customer_id, tmp_path)
    words = dialog.form.words_edit.font()
    assert words.pointSizeF() == 16 and QFontInfo(words).fixedPitch()
    proof = dialog.evidence.tree.topLevelItem(0).font(EvidenceList.PROOF)
    assert proof.pointSizeF() == 16 and QFontInfo(proof).fixedPitch()


def test_a_font_sized_in_pixels_is_followed_too(
    qtbot, services: Services, customer_id: int, tmp_path: Path, large_pixels: QFont
) -> None:
    dialog = _dialog(qtbot, services, customer_id, tmp_path)
    assert dialog.form.words_edit.font().pixelSize() == 24
    assert dialog.evidence.tree.topLevelItem(0).font(EvidenceList.PROOF).pixelSize() == 24
